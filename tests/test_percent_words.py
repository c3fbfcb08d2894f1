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
    ],
)
def test_a_percent_in_words_is_a_share(language, text):
    assert shares(text, language) == ["%=5.0"]


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
