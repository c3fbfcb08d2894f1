import datetime as dt

from briefgen.frequency import listed, rarity, zipf
from briefgen.language import language_of
from briefgen.models import Article
from briefgen.salience import profiles

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


def test_croatian_serbian_and_luxembourgish_are_read_by_a_neighbours_list():
    """wordfreq reads Croatian, Serbian and Bosnian by its Serbo-Croatian list, Serbian's
    Cyrillic in Latin letters, and Luxembourgish by German's; before, English's list made
    "vlada" (government) as rare as a name (zipf 1.6), and every Serbian word in Cyrillic
    unknown."""
    assert listed("hr") and listed("sr") and listed("bs") and listed("lb")
    assert zipf("влада", "sr") == zipf("vlada", "sr") == zipf("vlada", "hr") > 5.0
    assert zipf("vlada", "en") < 2.0
    assert zipf("земљотрес", "sr") == zipf("zemljotres", "bs") > 3.5  # (љ: lj)
    assert zipf("streik", "lb") == zipf("streik", "de") > 3.5
    assert rarity("kierchbierg", "lb") == 7.0  # a Luxembourgish name German does not know


def test_words_of_languages_without_a_list_are_known_by_simplemma():
    """wordfreq has no Swahili, Estonian or Georgian list, and English's read their every
    word as rare as a name: "Wizara ya Afya" (the Ministry of Health) weighed as much as
    Kampala. simplemma's dictionaries know their words (Swahili's, not its places' names):
    less telling. Whether a name is a word there is still told by frequencies: Galician's
    "Holanda" is the Netherlands, though its dictionary knows it."""
    assert rarity("wizara", "en") == 7.0
    assert rarity("wizara", "sw") == rarity("serikali", "sw") == 3.0  # ministry, government
    assert rarity("busia", "sw") == rarity("busia", "en") > 5.0  # a border town: a name
    assert rarity("kenya", "sw") == rarity("kenya", "en") < 3.0  # more common in English
    assert rarity("na", "sw") == 0.0  # "and": a stop word
    assert rarity("valitsus", "et") == rarity("მთავრობა", "ka") == 3.0  # government
    assert rarity("", "sw") == 7.0
    assert zipf("holanda", "gl") == zipf("holanda", "en") < 3.7
    holland = profiles([article("O goberno de Holanda asinou un acordo.", language="gl")])[0]
    assert "n:NL" in holland.places


def test_thai_is_read_by_the_thai_national_corpus():
    """wordfreq has no Thai list: PyThaiNLP's counts of the Thai National Corpus tell its
    common words, where every Thai word was as telling as a name."""
    assert listed("th")
    assert zipf("ที่", "th") > 7.0  # "that", "at"
    assert zipf("รัฐบาล", "th") > 5.0 > zipf("แผ่นดินไหว", "th") > 3.5  # government, quake
    assert rarity("ซอร์บลัท", "th") == 7.0  # "Zorblat": a name the corpus has not
    # a name in Latin letters in a Thai text is read by English's list, not by the corpus's
    # few Latin entries (the review's: Bangkok had become as telling as a made-up name)
    assert zipf("bangkok", "th") == zipf("bangkok", "en") > 3.5


def test_the_stop_words_of_a_language_without_a_list_tell_nothing():
    """blind-day-64: Marathi has no wordfreq list, and "आहे" (is), "नाही" (not), "आणि"
    (and) were as telling as a name; two Marathi reports of a rate decision and of an onion
    export price shared enough of them to be one story."""
    assert not listed("mr")
    assert [rarity(w, "mr") for w in ("आहे", "नाही", "आणि")] == [0.0, 0.0, 0.0]
    assert rarity("लासलगाव", "mr") == 7.0  # a town
    assert rarity("na", "sw") == 0.0 and rarity("mwanakwerekwe", "sw") == 7.0  # a town


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


def test_a_word_after_an_elided_article_is_read_without_it():
    """French, Italian and Catalan elide an article against the next word: "d'Airbus",
    "dell'Etna" and "l'usine" were words of their own, so a name after one was no name and
    "l'incendie" was not "incendie" (blind-day-53's Etna); "all'1,75%" lost its rate. A
    capital after one is a name only when the word is rare (l'État, l'Assemblée: the
    review's, two events met by them); an elision written with a capital inside a sentence
    is part of a name (L'Aquila, L'Oréal, N'Djamena: as English writes them), and one that
    opens a sentence before a capital may be (L'OMS stays whole)."""
    french, italian, catalan, yoruba = profiles(
        [
            article(
                "Les ouvriers d'Airbus ont quitté l'usine. Selon l'OMS, l'incendie a touché "
                "l'État et l'Assemblée. L'usine de L'Oréal à Aulnay ferme.",
                language="fr",
            ),
            article(
                "Il risveglio dell'Etna preoccupa i sindaci. A L'Aquila il tasso sale all'1,75%.",
                language="it",
            ),
            article("L'alcalde s'ha reunit amb l'Ajuntament d'Igualada.", language="ca"),
            article("Ìjàmbá ọkọ̀ ṣẹlẹ̀ n'Ibadan lánàá, àwọn ọlọ́pàá sọ.", language="yo"),
        ]
    )
    assert {"@airbus", "@oms", "@l'oréal"} <= set(french.anchors)
    assert {"usin", "incend"} <= set(french.terms)
    assert not {"@état", "@assemblée"} & set(french.anchors)
    assert {"@etna", "@l'aquila"} <= set(italian.anchors) and "#1.75" in italian.anchors
    assert "alcald" in catalan.terms and "@ajuntament" not in catalan.anchors  # the council
    assert "@ibadan" in yoruba.anchors
    # a common word after one tells nothing of its case: "d'Ottawa" read as written small
    # made the batch's Ottawa a word, and no place (blind-day-8's pipeline)
    quebec, ottawa = profiles(
        [
            article("Le feu vert d'Ottawa au gazoduc fâche le Québec.", language="fr"),
            article("Ottawa approved the pipeline on Wednesday, the minister said."),
        ]
    )
    assert "c:ottawa" in quebec.places and "c:ottawa" in ottawa.places
    (english,) = profiles([article("A quake hit L'Aquila, where L'Oréal has a plant.")])
    assert {"@l'aquila", "@l'oréal"} <= set(english.anchors)
    # Turkish writes a case ending after the apostrophe, English a possessive: not elisions
    (turkish,) = profiles([article("Deprem Malatya'da hissedildi.", language="tr")])
    assert "@malatya" in turkish.anchors
    (english,) = profiles([article("Officials said d'Artagnan's sword is in Chang'e's museum.")])
    assert "d'artagnan" in english.terms and "@chang'e" in english.anchors


def test_a_name_after_a_prefix_joined_to_it_is_the_name_and_its_place():
    """Zulu joins a locative or possessive prefix to a name: blind-day-74's Zulu report of
    the Rustenburg mine accident, "emayini yaseRustenburg" (at Rustenburg's mine), named
    neither Rustenburg nor any place. Irish mutates a name's start (i gCorcaigh, in Cork).
    Only a place is read so: days, titles and institutions are written after a prefix with
    a capital too (ngoLwesibili, on Tuesday; uMongameli, the president; an tAire, the
    minister), and two reports of two events met by them (the review's)."""
    zulu, irish = profiles(
        [
            article(
                "Abavukuzi abahlanu bashonile emayini yaseRustenburg ngoLwesibili. "
                "Kusho uMongameli weNUM.",
                title="Abavukuzi bashonile eRustenburg",
                language="zu",
            ),
            article("Bhí stoirm i gCorcaigh inné, a dúirt an tAire.", language="ga"),
        ]
    )
    assert "@rustenburg" in zulu.anchors and "c:rustenburg" in zulu.lead_places
    assert not {"@lwesibili", "@mongameli", "@num"} & set(zulu.anchors)
    assert "n:IE" in irish.places and "@aire" not in irish.anchors


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


def test_a_word_in_two_of_its_cases_is_one_term_in_an_indic_language_without_a_stemmer():
    """Snowball has no stemmer for Bengali, Telugu, Kannada, Malayalam, Gujarati, Marathi or
    Sinhala: two Bengali reports of one factory fire wrote Tejgaon, its industrial area and
    the night guard in other cases (তেজগাঁওয়ে, "in Tejgaon"; তেজগাঁওয়ের, "Tejgaon's") and
    shared none of them (blind-day-76)."""
    first = "তেজগাঁওয়ে প্লাস্টিক কারখানায় আগুন, শিল্পাঞ্চলে নৈশপ্রহরী নিহত।"
    later = "তেজগাঁওয়ের কারখানার আগুন নিয়ন্ত্রণে, শিল্পাঞ্চলের নৈশপ্রহরীর মরদেহ উদ্ধার।"
    one, two = profiles([article(first, "", "bn"), article(later, "", "bn")])
    assert {"তেজগাঁও", "কারখানা", "শিল্পাঞ্চল", "নৈশপ্রহরী"} <= set(one.terms) & set(two.terms)
    # a word whose last letter is an ending's is cut as its forms are (the review's: সরকার,
    # "government", was সরকা and সরকারের সরকার)
    plain, genitive = profiles(
        [article("সরকার নতুন নীতি ঘোষণা করেছে।", "", "bn"), article("সরকারের নীতি।", "", "bn")]
    )
    assert set(plain.terms) & set(genitive.terms) == {"সরকা", "নীতি"}
