"""The months a sentence names, alike in every language (briefgen.summarize.months), and a
fact told in two languages with a count and a month in common, said once."""

import datetime as dt

import pytest

from briefgen.models import Story
from briefgen.summarize.months import months
from tests.synthetic_news import news_article, offline_brief


@pytest.mark.parametrize(
    ("text", "lang", "month"),
    [
        ("fees fall 15% from January 1, 2027", "en", 1),
        ("بنسبة 15% ابتداء من يناير", "ar", 1),
        ("od stycznia", "pl", 1),  # a date's form of styczeń
        ("w styczniu", "pl", 1),  # and another case, by its stem
        ("в январе", "ru", 1),
        ("tammikuussa", "fi", 1),
        ("en janvier", "fr", 1),
        ("1月から", "ja", 1),
        ("2026年12月", "zh", 12),  # not 2月
        ("十二月", "zh", 12),
        ("1월부터", "ko", 1),
        ("tháng 12 năm nay", "vi", 12),
        ("ตั้งแต่ ม.ค. ปีหน้า", "th", 1),  # Thai news abbreviates its months
        ("בינואר הבא", "he", 1),  # "in January": the preposition is one word with it
        ("Ocak ayında", "tr", 1),
        ("12 मार्च को", "hi", 3),  # vowel signs are in their word (words.MARKS)
        ("১২ মার্চ", "bn", 3),
        ("மார்ச் 12 அன்று", "ta", 3),
        # written short beside a day, as wires do (the next meeting on "Dec. 19" and on
        # "19 декабря" were two outlook lines in a new user's brief)
        ("scheduled for Dec. 19", "en", 12),
        ("from Sept. 5", "en", 9),
        ("le 19 déc. à Paris", "fr", 12),
        ("am 19. Dez. in Berlin", "de", 12),
        ("19 EKİ. günü", "tr", 10),  # İ folds to i and a dot above: it raised KeyError
    ],
)
def test_a_month_is_read_in_its_language(text, lang, month):
    assert months(text, lang) == {f"month {month}"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("prices may rise", "en"),  # a verb, not May
        ("3か月ぶり", "ja"),  # three months, not March
        ("mai mult", "ro"),  # Romanian "more"
        ("ocak başında", "tr"),  # a stove, not January
        ("mają prawo", "pl"),  # "they have", not maj's stem
        ("lední hokej", "cs"),  # ice hockey, not leden
        ("مه غلیظ جاده را بست", "fa"),  # fog, not May
        ("Julia Marca", "es"),  # Spanish months are found whole, not by their stems
        ("kein Monat", "xx"),  # a language CLDR does not know
        ("He flew to Mar del Plata", "en"),  # short, but with no point and no day
        ("Jan. said no", "en"),  # a point, but no day
    ],
)
def test_a_word_that_only_looks_like_a_month_is_none(text, lang):
    assert months(text, lang) == frozenset()


def test_a_percentage_and_a_month_told_in_two_languages_are_one_fact():
    """ "15% from January 1" and "بنسبة 15% ابتداء من يناير": the brief said the fee cut twice
    (a new user's). 15 alone is no telling number; 15 and January together are one fact."""
    at = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
    reports = [
        news_article(
            "Harbor Times",
            "Suez Canal cuts container ship fees by 15% to win back traffic",
            "The Suez Canal Authority will cut transit fees for large container ships by 15% "
            "from January 1, its chairman said on Tuesday. Traffic through the canal has "
            "fallen by about half over the past two years.",
            at,
        ),
        news_article(
            "Al Bawaba",
            "قناة السويس تخفض رسوم عبور سفن الحاويات",
            "قررت هيئة قناة السويس خفض رسوم عبور سفن الحاويات الكبيرة بنسبة 15% ابتداء من "
            "يناير. ورحبت غرفة الملاحة بالقرار ووصفته بأنه خطوة في الاتجاه الصحيح.",
            at + dt.timedelta(minutes=30),
            language="ar",
        ),
    ]
    story = Story(id="s1", title="Suez fees", articles=reports, score=2.0)
    brief = offline_brief("Shipping", story)
    lines = [
        *brief.summary,
        *(d.detail for d in brief.developments),
        *(r.detail for r in brief.risks),
        *(r.detail for r in brief.reactions),
        *brief.outlook,
    ]
    assert sum("15%" in line for line in lines) == 1, lines
    assert any("الملاحة" in line for line in lines), lines  # the Arabic report's own fact
