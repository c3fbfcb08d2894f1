import datetime as dt

import numpy as np

from briefgen.cuts import conflicting_figures
from briefgen.frequency import listed, rarity, zipf
from briefgen.language import language_of
from briefgen.models import Article
from briefgen.salience import profiles, value

T0 = dt.datetime(2026, 11, 24, 8, tzinfo=dt.UTC)


def article(text: str, title: str = "Headline", language: str = "") -> Article:
    return Article(
        url="https://x.example.com/a",
        canonical_url="https://x.example.com/a",
        title=title,
        text=text,
        published=T0,
        language=language,
    )


def test_rarity_tells_a_template_word_from_a_city_and_a_name():
    assert rarity("the") == 0.0
    assert rarity("officials") < rarity("lisbon") < rarity("halvorsen")
    assert rarity("xqzvbrt") == 7.0  # unknown to the lists: as telling as can be
    assert rarity("brücke", "de") < rarity("albertbrücke", "de")
    assert zipf("bridge", "xx") == zipf("bridge", "en")  # a language wordfreq lacks: English
    assert not listed("xx")
    # Tagalog and Norwegian are listed under another code (fil, nb), for every reader alike
    assert listed("tl") and listed("no")
    assert zipf("muling", "tl") == zipf("muling", "fil") > zipf("muling", "en") + 2


def test_the_stop_words_of_a_language_without_a_list_tell_nothing():
    """blind-day-64: Marathi has no wordfreq list, and "आहे" (is), "नाही" (not), "आणि"
    (and) were as telling as a name; two Marathi reports of a rate decision and of an onion
    export price shared enough of them to be one story."""
    assert not listed("mr")
    assert [rarity(w, "mr") for w in ("आहे", "नाही", "आणि")] == [0.0, 0.0, 0.0]
    assert rarity("लासलगाव", "mr") == 7.0  # a town
    assert rarity("na", "sw") == 0.0 and rarity("kimbunga", "sw") == 7.0


def test_language_is_declared_or_english_by_its_stopwords_or_detected():
    assert language_of(article("Il pleut.", language="FR")) == "fr"
    assert language_of(article("It rains.", language="en-GB")) == "en"
    assert language_of(article("The mayor said that the bridge was closed to all traffic.")) == "en"
    german = (
        "Die Albertbrücke in Dresden ist seit Donnerstagmorgen für den gesamten Verkehr gesperrt, "
        "nachdem Ingenieure bei einer Prüfung Risse an zwei Stahlträgern entdeckt hatten."
    )
    assert language_of(article(german)) == "de"


def test_names_are_words_the_batch_capitalises_inside_sentences():
    one, two = profiles(
        [
            article(
                "Police said Storm Orla hit Lindmoor overnight. Storm damage was worst on the "
                "coast, said Anna Berg of the Lindmoor council.",
                title="Storm Orla hits Lindmoor",
            ),
            article("Lindmoor is quiet again. The storm has passed, police said."),
        ]
    )
    assert {"@lindmoor", "@anna", "@berg", "@orla"} <= set(one.anchors)
    assert "@police" not in one.anchors and "polic" in one.terms  # first word, or small
    assert "@lindmoor" in two.anchors  # named so elsewhere in the batch, first word here


def test_a_name_of_capitals_joined_by_an_ampersand_is_one_name():
    """H&M, AT&T, S&P: each letter alone was no word, and a Swedish and a Danish report of
    H&M's sales shared no name (blind-day-59); names spaced around the sign stay apart."""
    swedish, danish = profiles(
        [
            article("Försäljningen för H&M:s fjärde kvartal ökade.", language="sv"),
            article("Den svenske tøjkæde H&M øgede salget, og AT&T faldt.", language="da"),
        ]
    )
    assert "@h&m" in swedish.anchors and "@h&m" in danish.anchors
    assert "@at&t" in danish.anchors
    (english,) = profiles([article("Shares of Marks & Spencer and of M&S's rival rose.")])
    assert {"@marks", "@spencer", "@m&s"} <= set(english.anchors)
    # business English's abbreviations are words, not names two reports share
    (business,) = profiles([article("Spending on R&D and on M&A fell, the Q&A showed.")])
    assert not any("&" in key for key in business.anchors)


def test_digits_and_decimal_marks_of_other_scripts_are_read_as_ascii():
    """۵٫۹ (Persian digits and Arabic's decimal mark) is 5.9, ৩৪ (Bengali) 34."""
    persian, bengali = profiles(
        [
            article("زلزله‌ای به بزرگی ۵٫۹ ریشتر راور را لرزاند.", "زلزله ۵٫۹ ریشتری", "fa"),
            article("আগুনে ৩৪ জন আহত হয়েছেন।", "আগুন", "bn"),
        ]
    )
    assert "#5.9" in persian.anchors and "#34" in bengali.anchors


def test_a_german_noun_after_an_article_or_a_number_is_no_name():
    """German writes every noun with a capital: after an article or a number it is a noun
    (das Werk, 1150 Jobs); a name is written bare, and a country may take an article."""
    (german,) = profiles(
        [
            article(
                "Der Autozulieferer Kessler schließt das Werk in Burbach, 1150 Jobs fallen weg. "
                "Die Geschäftsführung informierte am Dienstagmorgen die Beschäftigten. Kessler "
                "verlagert die Fertigung in die Türkei. Sprecher Jens Kröger bestätigte die "
                "Pläne der Kessler AG beim Essen mit Journalisten.",
                title="Kessler macht Werk in Burbach dicht",
                language="de",
            )
        ]
    )
    assert {"@kessler", "@burbach", "@jens", "@kröger", "@turkey"} <= set(german.anchors)
    nouns = {"@werk", "@jobs", "@geschäftsführung", "@dienstagmorgen", "@beschäftigten"}
    assert not nouns & set(german.anchors)
    assert "@essen" not in german.anchors and "c:essen" not in german.places  # a meal
    (names,) = profiles(
        [
            article(
                "Die AfD und die Münchner Polizei stritten, der Bauer schwieg. Die Pläne der "
                "Brandt AG stehen.",
                language="de",
            )
        ]
    )
    # capitals inside, a city's adjective, a legal form after it: names; a Bauer is a noun
    assert {"@afd", "@münchner", "@brandt"} <= set(names.anchors)
    assert "@bauer" not in names.anchors


def test_figures_have_kinds_and_key_figures_come_from_the_lead():
    (p,) = profiles(
        [
            article(
                "Profit rose 12% to £1.24bn, the bank said. It was fined £38 million in 2019, "
                "and 4,317 accounts were closed in the 88th minute of the year.",
                title="Bank profit rises",
            )
        ]
    )
    assert {"%=12e0", "£=12e8", "£=38e6", "account=43e2"} <= p.figures  # 4,317 -> 4.3e3
    assert p.key_figures == {"£=12e8"}  # the title and first sentence only, and no share
    assert not any("88" in f for f in p.figures)  # an ordinal is no quantity
    assert "#2019" in p.anchors and not any("2019" in f for f in p.figures)  # a year


def conflicts(*texts: str) -> list[bool]:
    """Whether the key figures of each pair of texts (first and second, third and fourth ...)
    conflict."""
    found = profiles([article(t) for t in texts])
    left, right = np.arange(0, len(texts), 2), np.arange(1, len(texts), 2)
    return conflicting_figures(found, left, right).tolist()


def test_key_figures_of_one_kind_that_differ_conflict():
    assert conflicts(
        "A magnitude 5.9 earthquake struck off Izmir on Tuesday, killing two.",
        "A magnitude 4.8 earthquake shook Malatya on Tuesday, damaging homes.",
        "The government will spend $5.2 billion on the railways, it said.",
        "Rail operators said they would cut 5,400 jobs over two years.",
    ) == [True, False]  # 5.9 vs 4.8; a sum in dollars vs jobs


def test_a_toll_that_rose_in_a_later_report_is_no_conflict():
    """A quake's 37 dead at one and 52 at seven are one quake's toll rising (blind-day-36);
    the same counts the other way round, a later report with fewer dead, conflict still, as
    do two quakes' magnitudes whatever their tolls."""
    texts = [
        ("Death toll from Central Sulawesi quake rises to 37", "At least 37 people died.", "en"),
        ("Sulawesi toll climbs to 52", "The death toll rose to 52 people.", "en"),
        ("Quake kills 52 in Sulawesi", "A magnitude 6.8 quake killed 52 people.", "en"),
        ("Quake kills 9 in Kerman", "A magnitude 5.1 quake killed 9 people in Kerman.", "en"),
        ("インドネシア地震", "スラウェシ島でM6.8の地震があり、死者52人に達した。", "ja"),
    ]
    found = profiles([article(text, title, lang) for title, text, lang in texts])
    assert [p.dead for p in found] == [{37}, {52}, {52}, {9}, {52}]  # not M6.8
    left, right = np.array([0, 2, 3]), np.array([1, 3, 2])
    rising = conflicting_figures(found, left, right, np.array([0.0, 7.0, 9.0, 1.0, 0.0]))
    falling = conflicting_figures(found, left, right, np.array([7.0, 0.0, 0.0, 1.0, 0.0]))
    assert rising.tolist() == [False, True, True]  # 6.8 and 5.1: two quakes
    assert falling.tolist() == [True, True, True]
    assert conflicting_figures(found, left, right).tolist() == [True, True, True]
    at_once = conflicting_figures(found, left, right, np.zeros(5))  # dated by the day alone
    assert at_once.tolist() == [True, True, True]


def test_a_toll_of_hundreds_that_rose_is_no_conflict_though_key_figures_are_rounded():
    """Key figures keep two significant digits (137 is 140): the counts of the dead are
    compared so rounded too."""
    found = profiles(
        [
            article("At least 137 people were killed in the floods.", "Floods kill 137"),
            article("The death toll rose to 152 people on Tuesday.", "Flood toll rises to 152"),
        ]
    )
    assert [p.dead for p in found] == [{137}, {152}]
    assert value("peopl=14e1") == 140 and value("tally=17-16") is None  # a score counts none
    pair = np.array([0]), np.array([1])
    assert conflicting_figures(found, *pair).tolist() == [True]
    assert conflicting_figures(found, *pair, np.array([0.0, 6.0])).tolist() == [False]


def test_the_area_a_fire_burned_grows_as_the_day_goes_on():
    """blind-day-63: 4,500 hectares of the Sierras Chicas burned in the morning and 5,800 by
    night are one fire's; a later report of less burned conflicts still, as do two fires'
    other figures (350 homes destroyed and 120) however much their areas grew."""
    found = profiles(
        [
            article(
                "El incendio ya quemó 4.500 hectáreas en las Sierras Chicas.", "Incendio", "es"
            ),
            article("El incendio ya quemó 5.800 hectáreas en las Sierras.", "Incendio", "es"),
            article("The wildfire has burned 12,000 acres and destroyed 350 homes.", "Wildfire"),
            article("The wildfire has burned 19,000 acres and destroyed 120 homes.", "Wildfire"),
            article("The Helderberg blaze has burned 1,500ha above Somerset West.", "Blaze"),
            article("The Helderberg blaze grows to 2,300ha above Somerset West.", "Blaze"),
        ]
    )
    pairs = np.array([0, 2, 4]), np.array([1, 3, 5])
    assert conflicting_figures(found, *pairs).tolist() == [True, True, True]
    hours = np.array([0.0, 13.0, 0.0, 5.0, 0.0, 6.0])
    assert conflicting_figures(found, *pairs, hours).tolist() == [False, True, False]
    earlier = conflicting_figures(found, *pairs, hours[::-1].copy())
    assert earlier.tolist() == [True, True, True]
    # ... but not past twice the area: Limache's 85 hectares and Viña del Mar's 310 are two
    # fires of one day and region (blind-day-19)
    two = profiles(
        [
            article("Incendio forestal en Limache ya suma 85 hectáreas.", "Incendio", "es"),
            article("Incendio forestal en Viña del Mar consume 310 hectáreas.", "Incendio", "es"),
        ]
    )
    assert conflicting_figures(two, np.array([0]), np.array([1]), np.array([0.0, 5.0])).all()


def test_one_companys_two_sums_of_two_orders_apart_are_two_events():
    """A €4.6bn takeover bid and a €38.5m fine on one company are two events' sums; a share
    price of HK$58 and $7.5bn of investment (eight orders apart) are two quantities of one."""
    assert conflicts(
        "Northcape bid €4.6 billion for Solerna on Wednesday, its board said.",
        "The regulator fined Solerna €38.5 million over road contracts on Wednesday.",
        "Huaxin shares closed at HK$58 on Wednesday in Hong Kong.",
        "Huaxin will invest $7.5 billion in a new plant, it said on Wednesday.",
    ) == [True, False]


def test_shares_and_bare_numbers_that_differ_are_no_conflict():
    """One company's results: the wire leads with profit down 18%, the trade paper with a
    margin of 2.4% and its analyst's age, the local paper with a 58-year-old worker; none
    says what the other's figure counts, so none contradicts another."""
    wire, trade, local = profiles(
        [
            article("Brightwater's pretax profit fell 18% to £212 million on Thursday."),
            article("Brightwater's margin slipped to 2.4%, said Tom Reid, 61, on Thursday."),
            article("Ann Hale, a 58-year-old cashier, heard of Brightwater's profit on Thursday."),
        ]
    )
    left, right = np.array([0, 0, 1]), np.array([1, 2, 2])
    assert not conflicting_figures([wire, trade, local], left, right).any()


def test_an_articles_words_are_read_from_its_top():
    """Past its first TOP_CHARS characters a long article's background (shared by other
    events) is not read; the cut falls between words, and in Chinese, with one early space,
    not at that space."""
    from briefgen.salience import TOP_CHARS, _top

    news = "Ferry capsizes off Zanzibar. " + "Rescuers searched the harbour overnight. " * 24
    background = " The archipelago has a long history of maritime disasters." * 20
    (profile,) = profiles([article(news + background)])
    assert "rescuer" in profile.terms and "archipelago" not in profile.terms
    top = _top(news + background)
    assert len(top) <= TOP_CHARS and (news + background)[len(top)] == " "
    chinese = "新华社 北京1月2日电" + "救援人员连夜在港口搜寻失踪者。" * 100
    assert len(_top(chinese)) == TOP_CHARS
    assert _top("short text") == "short text"


def test_chinese_and_japanese_are_read_from_a_shorter_top():
    """Chinese and Japanese say in TOP_CHARS_DENSE characters what Latin letters say in
    TOP_CHARS: a Japanese report's closing note on another event is not read."""
    from briefgen.salience import TOP_CHARS_DENSE

    news = "十日、各地で成人式が開かれた。" + "新成人が会場に集まり、門出を祝った。" * 25
    aside = "一方、新潟県では大雪が続いている。"
    assert len(news) > TOP_CHARS_DENSE
    (japanese,) = profiles([article(news + aside, "成人式", "ja")])
    assert "会場" in japanese.terms and "大雪" not in japanese.terms
    (early,) = profiles([article(aside + news, "成人式", "ja")])
    assert "大雪" in early.terms


def test_chinese_and_japanese_are_read_word_by_word_with_their_figures():
    """A run of Chinese or Japanese is its words (it was one 'word' per clause, so two reports
    of one fire shared none); a number written against its words is a figure, full-width or
    not; a date or a time (16日, ９時) is neither a figure nor a name."""
    zh, ja = profiles(
        [
            article("广州清和汽车16日宣布召回超12万辆轿车，原因是燃油泵故障。", language="zh"),
            article(
                "新潟県中越地方で１６日午前９時ごろ地震があり、３人がけがをした。", language="ja"
            ),
        ]
    )
    assert {"召回", "燃油"} <= set(zh.terms) and {"地震", "新潟"} <= set(ja.terms)
    # a city is one name, its own (as "Niigata" in English), whatever the script
    assert {"@niigata", "@guangzhou"} <= set(ja.anchors) | set(zh.anchors)
    assert not {"@新潟", "@广州"} & (set(ja.anchors) | set(zh.anchors))
    assert "辆=12e4" in zh.figures and "人=30e-1" in ja.figures
    assert not {"#16", "#9"} & (set(zh.anchors) | set(ja.anchors))


def test_chinese_in_traditional_and_simplified_characters_is_read_alike():
    """A Taiwanese report (臺灣, 花蓮, 餘震) and a mainland one (台湾, 花莲, 余震) of one quake
    share their words and their places: Chinese is read in simplified characters."""
    taiwan, mainland = profiles(
        [
            article("臺灣花蓮縣近海發生規模6.1地震，氣象署提醒注意餘震。", language="zh"),
            article("台湾花莲县海域发生6.1级地震，气象部门提醒注意余震。", language="zh"),
        ]
    )
    assert {"余震", "花莲"} <= set(taiwan.terms) & set(mainland.terms)
    assert "n:TW" in taiwan.places & mainland.places


def test_thai_words_are_whole_and_korean_dates_are_no_figures():
    """Thai vowel and tone marks are inside a word (a stdlib regex broke words at them), and
    a Korean date (16일) is no figure that two reports of one fire could disagree on."""
    thai, korean = profiles(
        [
            article("นายกรัฐมนตรีประยุทธ์เดินทางไปเชียงใหม่", language="th"),
            article("서울에서 16일 화재가 발생해 3명이 다쳤다", language="ko"),
        ]
    )
    assert {"นายกรัฐมนตรี", "เชียงใหม่"} <= set(thai.terms)
    assert "#16" not in korean.anchors and "#3" in korean.anchors


def test_korean_is_read_in_morphemes_with_its_money():
    """A Korean word carries its particles (현암건설은, 현암건설이: the builder, as topic and
    as subject): read in morphemes, two reports of one company share its name, a name as a
    proper noun (MeCab's NNP) as a capitalised word is in English; 5000만 원 is 50 million
    won and 12억 달러 1.2 billion dollars, as English outlets write them."""
    topic, subject, english = profiles(
        [
            article("현암건설은 벌금 5000만 원을 선고받았다", language="ko"),
            article("현암건설이 12억 달러 규모의 공사를 따냈다", language="ko"),
            article("Hyeonam was fined 50 million won; it won a $1.2 billion contract."),
        ]
    )
    assert "@현암" in set(topic.anchors) & set(subject.anchors)
    assert "건설" in set(topic.terms) & set(subject.terms)
    assert not {"현암건설은", "현암건설이"} & (set(topic.terms) | set(subject.terms))
    assert "₩=50e6" in topic.figures and "$=12e8" in subject.figures
    assert {"₩=50e6", "$=12e8"} <= english.figures
    # Hanja written against Korean (北미사일, "North Korea's missile") is read with it
    (missile,) = profiles([article("北미사일 발사에 美中갈등 격화", language="ko")])
    assert {"미사일", "갈등", "발사"} <= set(missile.terms)


def test_figures_of_one_kind_but_far_apart_in_size_are_no_conflict():
    """A share price and an investment are both in dollars, but a hundred-fold apart they
    are two quantities, not one reported two ways; a 5.9 quake and a 4.8 one still conflict."""
    shares, capex, quake, other = profiles(
        [
            article("Huaxin shares rose to $58 in Hong Kong on Wednesday."),
            article("Huaxin plans to spend $7.5 billion on new fabs this year."),
            article("A magnitude 5.9 earthquake struck off Izmir on Tuesday."),
            article("A magnitude 4.8 earthquake shook Malatya on Tuesday."),
        ]
    )
    pairs = np.array([0, 2]), np.array([1, 3])
    conflict = conflicting_figures([shares, capex, quake, other], *pairs)
    assert conflict.tolist() == [False, True]


def test_words_of_scripts_with_vowel_signs_are_read_whole_with_their_figures():
    """Python's \\w leaves combining marks out (Devanagari's, Bengali's, Tamil's vowel
    signs): मंजिला (storeys) was read as म, ज and ल, and a count's unit as its first letter,
    so that a Hindi and a Marathi report of one fire gave "figures of one kind" that
    differed (व=11 and व=6.4) and were cut apart."""
    (hindi,) = profiles(
        [article("मुंबई में 22 मंजिला इमारत में आग लगी। आग 11वीं मंजिल पर लगी।", language="hi")]
    )
    assert {"मंजिल", "इमारत"} <= set(hindi.terms)  # stemmed: मंजिला, मंजिल
    assert hindi.key_figures == {"मंजिला=22e0"}  # the 11th floor is no count
    assert conflicts(
        "मुंबई में 22 मंजिला इमारत में आग, 17 लोग अस्पताल में। आग 11वीं मंजिल से फैली।",
        "मुंबईत २२ मजली इमारतीला आग, १७ जण रुग्णालयात; पहाटे ६.४ वाजता आग विझली।",
    ) == [False]


def test_a_count_in_words_is_the_same_figure_as_in_digits():
    """ "Twelve miners" in one report and "12 miners" in another are one figure; "fourteen
    miners" another (a count a newspaper writes in words was no figure at all)."""
    (worded,) = profiles([article("Twelve miners were trapped in Huelva on Monday.")])
    assert worded.key_figures == {"miner=12e0"}
    assert conflicts(
        "Rescuers freed twelve miners trapped in a flooded shaft on Monday.",
        "Rescuers freed 12 miners trapped in a flooded shaft on Monday.",
        "Rescuers freed twelve miners trapped in a flooded shaft on Monday.",
        "Rescuers freed 14 miners trapped in a flooded shaft on Monday.",
    ) == [False, True]


def test_the_lead_of_a_report_in_a_script_without_capitals_is_its_first_sentence():
    """A sentence was known to end only before a capital: an Arabic, Hebrew or Hindi report's
    lead was its whole top, and a country its third paragraph names for the history ("the
    trade route between Egypt and the Levant") was a place of its event."""
    arabic = (
        "أعلنت سلطة الآثار، الخميس، اكتشاف أرضية فسيفساء في مدينة عسقلان. "
        "وكانت المدينة ميناء على طريق التجارة بين مصر وبلاد الشام."
    )
    hindi = "कुर्ला के गोदाम में आग लगी। मुंबई से 14 दमकल गाड़ियां पहुंचीं।"
    (found_ar, found_hi) = profiles([article(arabic, "", "ar"), article(hindi, "", "hi")])
    assert "n:EG" in found_ar.places and "n:EG" not in found_ar.lead_places
    assert "c:mumbai" in found_hi.places and "c:mumbai" not in found_hi.lead_places
