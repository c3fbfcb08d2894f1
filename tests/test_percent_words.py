"""Percent in words (briefgen.percent_words): "5 Prozent", "yüzde 5", "5 சதவீதமாக" are a share of
5%, as "5%" is, in every language the CLDR names percent in and news writes it."""

import pytest
from test_salience import article

from briefgen.article_words import words_of
from briefgen.percent_words import a_percent
from briefgen.salience import profiles


def shares(text: str, language: str) -> list[str]:
    return [case for _, case, _ in words_of(text, language) if case.startswith("%=")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "rose 5 percent"),
        ("en", "rose 5 per cent"),
        ("de", "stieg um 5 Prozent"),
        ("fr", "hausse de 5 pour cent"),
        ("it", "crescita del 5 per cento"),
        ("ro", "o creștere de 5 la sută"),
        ("pl", "wzrost o 5 proc."),
        ("cs", "růst o 5 procent"),
        ("ru", "рост на 5 процентов"),
        ("uk", "зростання на 5 відсотків"),
        ("el", "αύξηση 5 τοις εκατό"),
        ("fi", "kasvoi 5 prosenttia"),
        ("hu", "5 százalékkal nőtt"),
        ("tr", "faiz yüzde 5 oldu"),  # before the number
        ("tr", "enflasyon %5 oldu"),  # the sign before it
        ("sw", "riba ya asilimia 5"),
        ("ar", "بنسبة 5 في المئة"),
        ("ar", "بنسبة 5٪"),  # Arabic's sign
        ("fa", "رشد 5 درصد"),
        ("he", "עלייה של 5 אחוז"),
        ("hi", "रेपो रेट 5 प्रतिशत"),
        ("hi", "रेपो रेट 5 फीसदी"),
        ("ta", "5 சதவீதமாக நிர்ணயித்துள்ளது"),  # an inflected form
        ("bn", "রেপো রেট 5 শতাংশ"),
        ("zh", "增长百分之5"),  # before it, no space
        ("zh", "增长5％"),  # the full-width sign
        ("ja", "5パーセント上昇"),
        ("th", "ร้อยละ 5"),
        ("vi", "tăng 5 phần trăm"),
        ("id", "naik 5 persen"),
        # a review's cases: a plural, an adjective, a case, a script, a particle, a stem
        ("he", "עלייה של 5 אחוזים"),
        ("fa", "رشد 5 درصدی"),
        ("lt", "padidėjo 5 procentų"),
        ("sr", "rast od 5 procenata"),
        ("kn", "ಶೇ 5ರಷ್ಟು ಏರಿಕೆ"),
        ("ko", "5퍼센트로 올랐다"),
        ("ta", "5 சதவிகிதம் உயர்வு"),
        ("eu", "%5 igo da"),  # the sign before the number, as the CLDR writes Basque's
    ],
)
def test_a_percent_in_words_is_a_share(language, text):
    assert shares(text, language) == ["%=5.0"]


def test_the_sign_before_a_number_is_not_read_into_the_punctuation_after_it():
    assert shares("enflasyon %5, faiz %10 oldu; büyüme %64,3.", "tr") == [
        "%=5.0",
        "%=10.0",
        "%=64.3",
    ]


def test_a_percent_word_is_no_stem_of_other_words():
    """ "posto" is percent in Croatian and opens "postojećih" ("existing"); "odsto" opens
    "odstojanja" ("distances"); Marathi's "टक्के" is near "टक्कर" ("collision"), Armenian's
    "տոկոս" opens "տոկոսադրույք" ("interest rate")."""
    assert shares("od 5 postojećih elektrana", "hr") == []
    assert shares("na 5 odstojanja", "sr") == []
    assert shares("2 टक्कर", "mr") == []
    assert shares("5 տոկոսադրույք", "hy") == []
    assert shares("上升0.5个百分点", "zh") == ["%=0.5"]  # percentage points: a share


def test_a_word_that_says_percent_only_in_another_language_or_with_another_is_none():
    assert shares("5 cent coins", "en") == []  # "per cent" only
    assert shares("5 procent", "de") == []  # Dutch, Polish, Swedish
    assert not a_percent("procent", "", "xx")  # a language the CLDR has not
    # a longer word that opens with the word: a share too
    assert shares("um 0,25 Prozentpunkte", "de") == ["%=0.25"]


def test_a_share_in_words_is_a_share_of_the_profile():
    german, english = profiles(
        [article("Die Notenbank senkte den Zins auf 5 Prozent.", language="de"),
         article("The central bank cut its rate to 5%.")]
    )  # fmt: skip
    assert "#5" in german.shares and "#5" in english.shares


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "raised the duty from 15 to 20 percent"),
        ("en", "between 15 and 20 per cent"),
        ("en", "a 15-20% rise"),
        ("de", "von 15 bis 20 Prozent"),
        ("es", "de 15 a 20 %"),
        ("ru", "с 15 до 20 процентов"),
        ("hi", "15 से 20 प्रतिशत"),
        ("ar", "من 15 إلى 20 في المئة"),
        ("zh", "增长15至20%"),
        ("ja", "15〜20%の増加"),
        ("sw", "kutoka asilimia 15 hadi asilimia 20"),  # the word before each
    ],
)
def test_a_range_of_shares_is_two_shares(language, text):
    """A range's first number is a share when its last is: a Kenyan report's "from 15 to 20
    percent" and a Swahili one's "asilimia 15 hadi asilimia 20" give one duty's two rates."""
    assert shares(text, language) == ["%=15.0", "%=20.0"]


def test_a_number_a_noun_a_year_or_a_day_parts_from_a_share_is_none():
    """Not a range: a number a noun parts from the share, a year or a day of the month before
    "to", a time's or a score's second number, a fraction's, a season's "2025-26", a
    currency's amount, or one a line or a spaced dash parts from it (the review's)."""
    assert shares("2 years 20%", "en") == ["%=20.0"]
    assert shares("in 2025 to 3%", "en") == ["%=3.0"]
    assert shares("Q3 to 5%", "en") == ["%=5.0"]
    assert shares("raised rates on June 5 to 5.25 percent", "en") == ["%=5.25"]
    assert shares("forecast for 2025-26 to 6.5 per cent", "en") == ["%=6.5"]
    assert shares("Bayern gewann 3:1 und 20 Prozent", "de") == ["%=20.0"]
    assert shares("at 10:30 to 5%, 1/2 to 5%", "en") == ["%=5.0"]
    assert shares("Covid-19 – 20% of staff; iPhone 16 – 20% cheaper", "en") == ["%=20.0"]
    assert shares("on March 12\n- 30% turnout", "en") == ["%=30.0"]
    assert shares("2 of 20%", "en") == ["%=20.0"]  # Dutch's "or", not English's
    assert [c for _, c, _ in words_of("a $5 or 10% discount", "en") if "=" in c] == [
        "$=5.0",
        "%=10.0",
    ]


@pytest.mark.parametrize(
    ("language", "text", "share"),
    [
        ("en", "RBI cuts repo rate by 25 bps to 5.25%", "%=0.25"),
        ("en", "a cut of 50 basis points", "%=0.5"),
        ("en", "up 12.5bp on the day", "%=0.125"),
        ("de", "senkte den Leitzins um 25 Basispunkte", "%=0.25"),
        ("fr", "une baisse de 25 points de base", "%=0.25"),
        ("es", "un recorte de 25 puntos básicos", "%=0.25"),
        ("tr", "500 baz puanlık artış", "%=5.0"),
        ("ru", "снизил ставку на 50 базисных пунктов", "%=0.5"),
        ("zh", "央行下调25个基点至3%", "%=0.25"),
        ("ja", "25ベーシスポイントの利下げ", "%=0.25"),
        ("ko", "기준금리를 25베이시스포인트를 인하", "%=0.25"),
        ("hi", "रेपो रेट में 25 बेसिस पॉइंट की कटौती", "%=0.25"),
        ("hi", "रेपो रेट में 25 आधार अंकों की कटौती", "%=0.25"),
        ("en", "a 25-basis-point cut", "%=0.25"),
        ("en", "a 1,000 bps rise", "%=10.0"),
        ("ro", "o reducere cu 25 de puncte de bază", "%=0.25"),
    ],
)
def test_basis_points_are_hundredths_of_a_share(language, text, share):
    """An English report's "25 bps" is a Hindi or Tamil one's 0.25%: across scripts two
    shares in common make a telling number (across.SHARES_SHARED), and an RBI cut's 0.25%
    and 5.25% met the English report in one only (blind-day-76)."""
    assert share in shares(text, language)


def test_bp_in_capitals_is_no_basis_point():
    """ "3 BP stations" are BP's, "3 PB de données" petabytes, in any language or none;
    "25 bps" at a sentence's end is 0.25% (the review's)."""
    assert shares("It sold 3 BP stations.", "en") == shares("It sold 3 BP stations.", "") == []
    assert shares("3 PB de données", "fr") == []
    assert shares("The cut was 25 bps.", "en") == ["%=0.25"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "a cut of 25-50 bps"),
        ("en", "a cut of between 25 and 50 basis points"),
        ("zh", "降息25至50个基点"),
    ],
)
def test_a_range_of_basis_points_is_two_shares(language, text):
    """Its first number is basis points too, not 25% (the review's)."""
    assert shares(text, language) == ["%=0.25", "%=0.5"]
