"""Figures: amounts written in groups of digits read whole, and one amount compared as one
number however it is written (briefgen.figures); the counts a sentence gives in digits or
in words (briefgen.summarize.counts)."""

import re

import pytest
from test_salience import article

from briefgen.article_words import words_of
from briefgen.figures import anchor, in_full, in_points, tallies
from briefgen.salience import profiles
from briefgen.scale_words import scale_power
from briefgen.summarize.counts import counts, in_digits
from briefgen.text import one_of


def met_in_english(english: str, *reports: tuple[str, str]) -> list[set[str]]:
    """The names and figures each report (its text, its language) shares with an English one."""
    *found, theirs = profiles(
        [*(article(t, language=lang) for t, lang in reports), article(english)]
    )
    return [set(report.anchors) & set(theirs.anchors) for report in found]


def test_an_amount_in_groups_of_digits_is_one_number():
    assert in_full("8억2000만 원을") == "820000000 원을"
    assert in_full("1조2천억 원") == "1200000000000 원"
    assert in_full("５千万円、12万8436台") == "50000000円、128436台"
    assert in_full("3.5万人") == "35000人"
    assert in_full("형법 제15조에 따라, 2027年3月") == "형법 제15조에 따라, 2027年3月"  # no amounts
    assert in_full("最高2,500萬元、1,200억 원") == "最高25000000元、120000000000 원"  # grouped
    assert in_full("12,345 and 2.5") == "12,345 and 2.5"
    # a larger unit multiplies what smaller ones before it counted: 万亿 is a trillion
    assert in_full("从1.9万亿日元") == "从1900000000000日元"
    assert in_full("2万5000亿元") == "2500000000000元"


def amounts(words: list[tuple[str, str, int]]) -> list[str]:
    """The 'kind=value' of each figure among words_of's words."""
    return [c for _, c, _ in words if "=" in c]


def test_an_iso_code_is_the_currency_of_the_amount_it_precedes_or_follows():
    """NOK 310 million and 310 million kroner are one sum; USD 5bn and $5bn too; three
    capitals that are no currency in use stay a name (ABC 7); a code stays a plain word too,
    never a name by its capitals (PHP 8.4 is also a language's version)."""
    words = words_of("NOK 310 million, 310m kroner, USD 5bn, $5bn and 2bn EUR; ABC 7 News", "en")
    assert amounts(words) == [
        "kr=310000000.0",
        "kr=310000000.0",
        "$=5000000000.0",
        "$=5000000000.0",
        "€=2000000000.0",
        "news=7.0",
    ]
    assert ("abc", "capital", 1) in words and ("nok", "", 1) in words
    assert ("php", "", 1) in words_of("PHP 8.4 was released", "en")
    # India's crore and lakh are scales; yen and yuan in any script are one kind
    indian = words_of("₹17,000 crore, or Rs 17,000 crore; 5 lakh and ₹2.5 lakh crore", "en")
    assert amounts(indian) == ["₹=170000000000.0"] * 2 + [
        "=500000.0",
        "₹=2500000000000.0",
    ]
    pointed = words_of("Rs.5 crore, Rs. 5 crore and Rs.2,500 crore, not 3.5 crore", "en")
    assert amounts(pointed) == ["₹=50000000.0"] * 2 + [
        "₹=25000000000.0",
        "=35000000.0",
    ]
    assert amounts(words_of("約6300億円で買収", "ja")) == ["¥=630000000000.0"]
    # a currency's sign or letters written against the amount, as Nigerian, Kenyan or
    # Bangladeshi English writes them ("N1,150" was the word "n1"); one letter only before
    # thousands (N95 is a mask, R2 a road)
    glued = words_of("N1,150 or ₦1,150; KSh1,200 and Sh1.2bn; Tk500; N95 masks on R2", "en")
    assert amounts(glued) == [
        "ngn=1150.0",
        "ngn=1150.0",
        "kes=1200.0",
        "kes=1200000000.0",
        "bdt=500.0",
    ]
    assert ("n95", "capital", 1) in glued and ("r2", "capital", 1) in glued


def test_one_amount_is_one_anchor_in_every_language():
    """820 million won is 8억2000만 원; $1.2 billion is 12억 달러 and 1,200 million dollars."""
    assert anchor("1.2", "$=1200000000.0") == anchor("1200", "$=1200000000.0") == "1200000000"
    assert anchor("5.9", "earthquak=5.9") == "5.9"  # nothing scaled it: as written
    korean, english = profiles(
        [
            article("현암건설 회장에게 뇌물 8억2000만 원, 12억 달러 공사", language="ko"),
            article("Hyeonam's chairman paid 820 million won for a $1.2 billion contract."),
        ]
    )
    assert {"#820000000", "#1200000000"} <= set(korean.anchors) & set(english.anchors)
    # the scale words of every language: 18,7 miliardi, 150 مليار, 2 Billionen (a German
    # Billion is a million millions)
    italian, arabic, german = met_in_english(
        "A €18.7 billion budget, a 150 billion riyal deficit, €2 trillion of debt.",
        ("La manovra vale 18,7 miliardi di euro.", "it"),
        ("عجز متوقع عند 150 مليار ريال", "ar"),
        ("Die Schulden steigen auf 2 Billionen Euro, eine Billion mehr.", "de"),
    )
    assert "#18700000000" in italian
    assert "#150000000000" in arabic
    assert "#2000000000000" in german
    # "eine Billion" is 10^12 in German, "one billion" 10^9 in English; Turkish "bin" is a
    # thousand, German "bin" "I am"
    (german, english, turkish) = profiles(
        [
            article("Der Fonds hat 1 Billion Euro und 40 bin ich alt.", language="de"),
            article("The fund holds 1 billion euros."),
            article("Depremde 5 bin kişi evsiz kaldı.", language="tr"),
        ]
    )
    assert "#1000000000000" in german.anchors and "#40" in german.anchors
    assert "#1000000000" in english.anchors and "#5000" in turkish.anchors


def test_the_scale_words_of_each_language_s_number_formats_scale_its_numbers():
    """Bengali's কোটি (crore), Hindi's अरब (a hundred crore), Romanian's "milioane" and
    Hungarian's "milliárd" (the CLDR's compact number formats: scale_words.cldr_scales): a
    Bengali report's 13,420 crore rupees was 13,420 and met the English one's in nothing."""
    # ... written where each language writes them: Swahili before the number, Romanian after
    # "de" from twenty; Bengali's লাখ কোটি is a lakh of crores, লাখ no word joining them
    bengali, hindi, romanian, hungarian, swahili, romanian_de, lakh_crore = met_in_english(
        "TCS's profit was ₹13,420 crore on revenue of ₹68,950 crore; a $5 billion plan, a 1.5 "
        "million lei profit and 12 billion forints; 1.5 billion shillings, 20 million lei and "
        "a 2 lakh crore taka budget.",
        ("টিসিএসের মুনাফা ১৩,৪২০ কোটি টাকা, আয় ৬৮,৯৫০ কোটি টাকা।", "bn"),
        ("कंपनी 5 अरब डॉलर का निवेश करेगी।", "hi"),
        ("Compania a raportat un profit de 1,5 milioane de lei.", "ro"),
        ("A kormány 12 milliárd forintot különített el.", "hu"),
        ("Serikali imetenga shilingi bilioni 1.5 kwa mradi huo.", "sw"),
        ("Guvernul a alocat 20 de milioane de lei pentru spitale.", "ro"),
        ("সরকার ২ লাখ কোটি টাকার বাজেট দিয়েছে।", "bn"),
    )
    assert {"#134200000000", "#689500000000"} <= bengali
    assert "#5000000000" in hindi
    assert "#1500000" in romanian
    assert "#12000000000" in hungarian
    assert "#1500000000" in swahili
    assert "#20000000" in romanian_de
    assert "#2000000000000" in lakh_crore
    # a lakh and a crore in the Indic scripts whose CLDR formats give millions: a Telugu
    # recall's 1.18 lakh bottles met the English report's 118,000 in nothing (blind-day-73)
    telugu, tamil, malayalam = met_in_english(
        "The firm recalled 118,000 bottles and set aside ₹120 crore; 2.5 lakh people left.",
        ("సంస్థ 1.18 లక్షల బాటిళ్లను వెనక్కి పిలిపించింది.", "te"),
        ("2.5 லட்சம் பேர் வெளியேறினர்.", "ta"),
        ("കമ്പനി 120 കോടി രൂപ നീക്കിവച്ചു.", "ml"),
    )
    assert "#118000" in telugu and "#250000" in tamil and "#1200000000" in malayalam
    # a language's own words only: Hungarian's "milliárd" scales no number in a Czech text
    assert scale_power("milliárd", "hu") == 9 and scale_power("milliárd", "cs") is None
    assert scale_power("elfu", "sw") == 3 and scale_power("elfu", "en") is None
    assert scale_power("bilion", "ms") == 9 and scale_power("bilion", "pl") == 12
    # Sorani Kurdish's and Urdu's, whatever language a text is told to be (blind-day-70: a
    # Rudaw report's 310 هەزار barrels a day was 310)
    assert scale_power("هەزار", "sdh") == 3 and scale_power("ملیۆن", "ckb") == 6
    assert scale_power("ملیار", "ckb") == 9 and scale_power("ملین", "ur") == 6
    # Korean's large amounts are read in groups (in_full), and 제3조 is Article 3
    (korean,) = profiles([article("헌법 제3조에 따라 예산 3조 원을 편성했다.", language="ko")])
    assert "#3000000000000" in korean.anchors and "#3" in korean.anchors


def test_a_scale_word_joined_to_what_it_counts_counts_it():
    """ "19 milliards d'euros", "7 384 milliards de francs CFA", "5 millones de dólares": the
    word after "de" is what is counted, as in "19 billion euros"; a Senegalese budget's two
    amounts were of something called "de", one kind with every other French amount."""

    def kinds(text: str, language: str) -> set[str]:
        (profile,) = profiles([article(text, language=language)])
        return profile.figures

    english = kinds("It will spend 19 billion euros and $5 million on 5 million people.", "en")
    assert {"€=19e9", "$=50e5"} <= english
    assert {"€=19e9", "$=50e5"} <= kinds(
        "Il dépensera 19 milliards d'euros et 5 millions de dollars.", "fr"
    )
    assert "$=50e5" in kinds("Gastará 5 millones de dólares.", "es")
    # a thousand millions, as Spanish and Portuguese write a billion
    assert "$=30e8" in kinds("Invertirá 3 mil millones de dólares.", "es")
    assert "€=30e8" in kinds("Vai investir 3 mil milhões de euros.", "pt")
    assert {"€=19e9", "$=50e5"} <= kinds(
        "Spenderà 19 miliardi di euro e 5 milioni di dollari.", "it"
    )
    assert "franc=73e11" in kinds("Un budget de 7 384 milliards de francs CFA.", "fr")
    assert "lei=20e6" in kinds("Guvernul a alocat 20 de milioane de lei.", "ro")
    assert not {k for k in kinds("19 milliards de personnes, 2 millions d'habitants", "fr")
                if k.startswith(("de=", "d="))}  # fmt: skip


def test_an_amount_in_yen_or_dollars_in_chinese_is_the_amount_in_japanese_and_english():
    """日元 (yen) was read as 日, a day of the month, and its amount dropped as a date: a
    Chinese report of a carmaker's forecast shared none of its figures with the Japanese
    and English ones. 美元 is US dollars, not 美 ("beautiful")."""
    chinese, japanese, english = profiles(
        [
            article("全年利润预期从1.9万亿日元下调至1.6万亿日元，投资50亿美元。", language="zh"),
            article("営業利益予想を1兆9000億円から1兆6000億円に引き下げた。", language="ja"),
            article("It cut its forecast to 1.6 trillion yen and will invest $5 billion."),
        ]
    )
    assert {"#1900000000000", "#1600000000000"} <= set(chinese.anchors) & set(japanese.anchors)
    assert {"#1600000000000", "#5000000000"} <= set(chinese.anchors) & set(english.anchors)
    assert {"¥=16e11", "$=50e8"} <= chinese.figures & english.figures  # figures.buckets


def test_zeros_that_end_decimals_make_no_other_number():
    """The yen at 151.80 in one report and 151.8 in another is one rate; a date keeps its
    zeros."""
    assert anchor("151.80", "") == anchor("151.8", "") == "151.8"
    assert anchor("1.0", "%=1.0") == anchor("1", "%=1.0") == "1"
    assert anchor("3.10.2020", "") == "3.10.2020" and anchor("100", "") == "100"


def test_a_number_joined_to_an_arabic_prefix_is_still_the_number():
    """Arabic joins "by" to a number (بـ13.9%: by 13.9%); the number was lost, and an Arabic
    and an English report of Egypt's rate cut shared no figure."""
    arabic, english = profiles(
        [
            article("تراجع التضخم إلى 12.5% من بـ13.9% في سبتمبر، وقتل لـ25 شخصا.", language="ar"),
            article("Inflation eased to 12.5% from 13.9% in September."),
        ]
    )
    assert {"#12.5", "#13.9"} <= set(arabic.anchors) & set(english.anchors)
    assert "25" in counts("قتل بـ25 شخصا", "ar")


def test_a_korean_count_is_of_its_unit_whatever_follows_it():
    """5천 명 is 5,000 people, as 5千人 is; 3명이 counts people (명) with the particle 이
    after it, as MeCab reads it after a number (alone it read 명이, one noun)."""
    counted = {w[1] for t, lang in [("5천 명이", "ko"), ("5천명이", "ko"), ("约5千人", "zh")]
               for w in words_of(t, lang) if w[1]}  # fmt: skip
    assert counted == {"명=5000.0", "人=5000.0"}
    assert [w[1] for w in words_of("3명이 숨졌다, 선박 12척을", "ko") if w[1]] == [
        "명=3.0",
        "척=12.0",
    ]


def test_a_decimal_comma_and_spaced_groups_are_read_as_the_language_writes_them():
    assert in_points("Selic em 0,5 ponto, para 11,25% ao ano", "pt") == (
        "Selic em 0.5 ponto, para 11.25% ao ano"
    )
    assert in_points("1.200 Beschäftigte am 3.12.2026, Umsatz 1.200,5", "de") == (
        "1,200 Beschäftigte am 3.12.2026, Umsatz 1,200.5"  # the date as written
    )
    assert in_points("1 200 salariés, 24,6 %", "fr") == "1,200 salariés, 24.6 %"
    # Georgian and Armenian group with a space and write a decimal comma (CLDR)
    assert in_points("1 200-მდე მანქანა, 18,5 მილიონი", "ka") == "1,200-მდე მანქანა, 18.5 მილიონი"
    assert in_points("մինչև 1 200 միջոց, 2,5 տոկոս", "hy") == "մինչև 1,200 միջոց, 2.5 տոկոս"
    assert in_points("1,200 jobs, 2026 200 days", "en") == "1,200 jobs, 2026 200 days"
    # South Africa's languages group with a space too (blind-day-64: "angu-3 000", 3,000)
    assert in_points("amahektha angu-3 000", "zu") == "amahektha angu-3,000"
    assert in_points("4 100 hektaar, 2,5 km", "af") == "4,100 hektaar, 2.5 km"
    assert in_points("a 12\u00a0500 tonne cargo", "en") == "a 12,500 tonne cargo"
    # yen and sen: the yen at 147.35 to the dollar in Japanese (a new user's fact said twice)
    assert in_points("1ドル＝147円35銭と前日の149円10銭", "ja") == "1ドル＝147.35円と前日の149.10円"
    assert in_points("147円5銭", "ja") == "147.05円"
    assert in_points("１４７円３５銭", "ja") == "147.35円"  # full-width, as NHK writes it
    # rupees and paise, in Urdu and in Hindi: Pakistan's petrol up "8 rupees 42 paise"
    assert in_points("قیمت میں 8 روپے 42 پیسے اضافہ", "ur") == "قیمت میں 8.42روپے اضافہ"
    assert in_points("कीमत 272 रुपये 9 पैसे हो गई", "hi") == "कीमत 272.09रुपये हो गई"


def test_rupees_in_urdu_hindi_and_english_are_one_kind_of_figure():
    """Rs8.42 in an English report (its number after "Rs" unspaced) and 8 روپے 42 پیسے in an
    Urdu one are one sum in rupees."""
    urdu, english, hindi = profiles(
        [
            article("حکومت نے پیٹرول کی قیمت میں 8 روپے 42 پیسے فی لیٹر اضافہ کیا۔", language="ur"),
            article("The government raised the petrol price by Rs8.42 per litre."),
            article("सरकार ने पेट्रोल की कीमत 8 रुपये 42 पैसे प्रति लीटर बढ़ा दी।", language="hi"),
        ]
    )
    assert "₹=84e-1" in urdu.key_figures & english.key_figures & hindi.key_figures


def test_one_rate_in_portuguese_and_english_is_one_figure():
    """11,25% in a Portuguese report of Brazil's rate rise is 11.25% (it was 11 and 25)."""
    portuguese, english = profiles(
        [
            article("O Copom elevou a Selic em 0,5 ponto, para 11,25% ao ano.", language="pt"),
            article("Brazil's central bank raised the Selic rate by 0.5 points to 11.25%."),
        ]
    )
    assert {"#11.25", "#0.5"} <= set(portuguese.anchors) & set(english.anchors)


def test_a_speed_is_of_its_rate_not_a_million():
    """A gust of "50 m/s" is of 50 metres a second (blind-day-74: Icelandic and English
    reports of a storm's gusts read as 50 million), as "120 km/h" is of kilometres; "£50m"
    is still millions."""
    (english,) = profiles([article("Gusts of 50 m/s, 53m/s at Hvalnes, and 120 km/h winds.")])
    assert {"m=50e0", "m=53e0", "km=12e1"} <= english.figures
    assert "#50000000" not in english.anchors
    (bid,) = profiles([article("The board rejected a £50m bid.")])
    assert "£=50e6" in bid.figures
    # a rate of money keeps its scale (the review's: "£300k/week" was £300)
    (pay,) = profiles([article("He earns £300k/week, and the levy raises $5bn/year.")])
    assert {"£=30e4", "$=50e8"} <= pay.figures


def test_a_score_or_a_vote_is_a_tally_however_it_is_written_and_a_date_or_time_is_none():
    assert tallies("in a 6-3 decision; Sivasspor lost 2–3 and won 2:1") == {
        "tally=6-3",
        "tally=3-2",
        "tally=2-1",
    }
    assert tallies("재판관 7대 2 의견으로, 재판관 6(헌법불합치) 대 3(합헌) 의견") == {
        "tally=7-2",
        "tally=6-3",
    }
    assert tallies("以3比2获胜、7対2で") == {"tally=3-2", "tally=7-2"}
    assert tallies("on 2026-12-18 at 10:30, COVID-19, Su-35, 3.5-4%, 차량 7대가") == set()
    ranges = "aged 5-11, 20-25 degrees, 5–10 per cent, 5-10%, 38-40C, 20대 30대 여성"
    assert tallies(ranges) == set()  # ages and ranges of a unit


def test_two_rulings_of_one_court_on_one_day_by_other_votes_are_two_stories():
    """Two reports, one of each ruling, alike in all but the case and the vote: the votes in
    their leads disagree (blind-day-18's two Korean rulings, 6-3 and 7-2, were one story on
    a day without their other reports)."""
    from briefgen.cluster import cluster, dedupe
    from briefgen.text import content_hash

    reports = {
        "warrants": (
            "Korean court rules 6-3 against warrantless tower dumps",
            "SEOUL - South Korea's Constitutional Court ruled 6-3 on Friday that police need a "
            "judge's warrant before collecting the records of every phone that used a cell "
            "tower. The court gave parliament until the end of 2027 to amend the law. Civic "
            "groups that brought the challenge welcomed the decision.",
        ),
        "curfew": (
            "Korean court upholds cram-school curfew 7-2",
            "SEOUL - South Korea's Constitutional Court on Friday upheld by 7-2 Seoul's 10 p.m. "
            "curfew on private cram schools, rejecting a challenge by academy owners and "
            "parents. The majority said the rule protects pupils' health and sleep. Academy "
            "owners said they would ask the city council to change the ordinance.",
        ),
    }
    two = [
        article(text, title=title).model_copy(
            update={"url": slug, "canonical_url": slug, "content_hash": content_hash(title, text)}
        )
        for slug, (title, text) in reports.items()
    ]
    stories = cluster(dedupe(two).articles, set(), two[0].published, 8)
    assert len(stories) == 2


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("killing at least three people and injuring about 40", "en", {"3", "40"}),
        ("Al menos tres muertos y 1.200 casas dañadas en 2026", "es", {"3", "1200"}),
        ("A 5.9 quake, one of two", "en", {"2"}),  # no decimals, no "one"
        ("3名が死亡し、40人が負傷した", "ja", {"3", "40"}),
        ("이 지진으로 3명이 숨졌다", "ko", {"3"}),  # 이 is "this" here, not two
        # a time is no count, "twenty-two" no two, Vietnamese "năm" (a year) no five
        ("at 10:30, twenty-two people", "en", set()),
        ("năm nay có 5 người", "vi", {"5"}),
        # a scale word after a count makes it another number; counts up to twenty in words
        ("two hundred homes, drei Millionen, deux cents", "en", set()),
        ("drei Millionen Euro für neun Gemeinden", "de", {"9"}),
        ("fifteen people", "en", {"15"}),
        ("le bâtiment flambant neuf", "fr", set()),  # new, not nine (the review's)
        # thousands grouped by spaces (a no-break one too) where a language writes them so,
        # and an amount with a scale word whole (a new user's: 40 and 500 were read)
        ("un entrepôt de 40 000 m² et 40\u202f000 m²", "fr", {"40000"}),
        ("en 2026 350 personnes", "fr", {"350"}),
        ("eine 40\u202f000 Quadratmeter große Halle", "de", {"40000"}),  # no-break: any language
        ("Cerca de 500 mil passageiros", "pt", {"500000"}),
        ('"', "de", set()),  # a text with no word at all (it raised ValueError)
        # Turkish's capital İ folds to i and a dot above: "İki" is iki, two (it raised
        # KeyError, and the whole clustering with it: a blind day's)
        ("İki kişi öldü, ÜÇ kişi yaralandı", "tr", {"2", "3"}),
    ],
)
def test_counts_in_digits_and_words(text, lang, found):
    assert counts(text, lang) == found


def test_a_count_in_words_with_a_turkish_capital_i_is_written_in_digits():
    """Turkish's capital İ folds to i and a dot above: "İki" (two) raised KeyError, and the
    clustering of a whole day with it (a blind day's Turkish report); and a regular
    expression that ignores case finds "ALTI" as altı (six), which str.casefold keeps apart."""
    assert in_digits("İki kişi öldü, İKİ ev yıkıldı", "tr") == "2 kişi öldü, 2 ev yıkıldı"
    assert in_digits("ALTI KİŞİ yaralandı", "tr") == "6 KİŞİ yaralandı"


def test_a_count_written_in_groups_is_no_year_in_any_language():
    """1,950 homes, "1.950 casas" and "1 950 maisons" are one telling count; 1950 written
    whole is a year, and a year tells no event."""
    from briefgen.figures import number_rarity, telling_number

    english, portuguese, french = profiles(
        [
            article("Floods damaged 1,950 homes in 1950 terms, officials said."),
            article("As cheias danificaram 1.950 casas, disseram as autoridades.", language="pt"),
            article("Les crues ont endommagé 1 950 maisons, selon les autorités.", language="fr"),
        ]
    )
    assert "#1,950" in set(english.anchors) & set(portuguese.anchors) & set(french.anchors)
    assert english.rarity["#1,950"] >= 4.5 and english.rarity["#1950"] == 2.0
    assert amounts(words_of("Some 2,000 people fled in 2024.", "en")) == ["peopl=2000.0"]
    assert telling_number("1,950") and not telling_number("1950")
    assert number_rarity("2,024") > number_rarity("2024")


def test_a_trie_of_words_finds_the_longest_that_fits_as_their_alternation_does():
    words = ["one", "on", "one hundred", "onerous", "two", "a.b"]
    alternation = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    text = "One hundred men, onerous task, ON one day, a.b axb"
    for pattern in (rf"(?:{alternation})(?=\s+\w|\s|$)", rf"{one_of(words)}(?=\s+\w|\s|$)"):
        found = [m[0] for m in re.finditer(pattern, text, re.IGNORECASE)]
        assert found == ["One hundred", "onerous", "ON", "one", "a.b"]


def test_counts_in_words_are_read_in_digits_the_longest_first():
    assert in_digits("Seventeen people, seven days", "en") == "17 people, 7 days"
    assert in_digits("siebzehn Menschen, sieben Autos", "de") == "17 Menschen, 7 Autos"


def test_a_gulf_currency_s_letters_against_an_amount_are_its_currency():
    """blind-day-67: Arab News wrote Saudi Arabia's budget as "SR1.3tn", which read as no
    number beside the Arabic report's "1.3 تريليون ريال"; now it is 1.3 trillion."""
    english = "Saudi Arabia approves SR1.3tn budget, forecasts deficit of SR165bn"
    (shared,) = met_in_english(
        english, ("السعودية تقر ميزانية بإنفاق 1.3 تريليون ريال وعجز 165 مليار", "ar")
    )
    assert {"#1300000000000", "#165000000000"} <= shared
    found = {w for w, _, _ in words_of("QR2.5bn, Dh400m and KD 5 million", "en")}
    assert found >= {"2500000000", "400000000", "5000000"}
    # not an aircraft, a flight or a road: letters before a number that is no amount
    found = {w for w, _, _ in words_of("A Cirrus SR22 crashed; flight QR908 landed", "en")}
    assert {"sr22", "qr908"} <= found and not {"22", "908"} & found


def test_a_thai_scale_word_written_against_its_unit_scales_the_number():
    """blind-day-68: a Thai report of a carmaker's recall wrote "4.1 แสนคัน" (410,000 cars)
    and "3.8 หมื่นคัน" (38,000): the scale word and the unit, one run of Thai letters after
    the number, were read as one unit and the numbers as 4.1 and 3.8."""
    found = {w for w, _, _ in words_of("เรียกคืนรถ 4.1 แสนคัน มูลค่า 500 ล้านบาท", "th")}
    assert {"410000", "500000000"} <= found
    (shared,) = met_in_english("Kaito recalls 410,000 cars", ("ไคโตะ เรียกคืนรถ 4.1 แสนคัน", "th"))
    assert "#410000" in shared
