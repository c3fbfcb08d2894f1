"""lang/dir marks for text in other writing systems: right where they help, absent where the
page's own language already fits (CJK glyph forms depend on it)."""

from zoneinfo import ZoneInfo

import pytest
from conftest import NOW
from rendertools import fixed_brief

from briefgen.digest import render_digest_html
from briefgen.scripts import lang_within


@pytest.mark.parametrize(
    ("text", "page", "expected"),
    [
        ("東京都知事選挙", "ja", ""),  # kanji only: Japanese on a Japanese page
        ("东京都知事选举", "en", "zh"),
        ("東京都知事選挙", "en", "zh-Hant"),  # kanji in their traditional forms
        ("台北市長選舉", "zh-TW", ""),  # not downgraded to zh (Simplified glyphs)
        ("台北市長選舉", "zh", "zh-Hant"),  # Taiwan's or Hong Kong's text: traditional glyphs
        ("台北市长选举", "zh-TW", "zh"),
        ("台北市長選舉", "zh-Hant", ""),
        ("花蓮縣發生規模6.1地震", "en", "zh-Hant"),
        ("花莲县发生6.1级地震", "en", "zh"),
        ("東京でデモ", "en", "ja"),  # kana: Japanese
        ("서울 시장 선거", "ja", "ko"),
        ("الشرق الأوسط", "en", "ar"),
        ("الشرق الأوسط", "ar-EG", ""),
        ("Kyiv", "ar", ""),  # Latin names no single language
    ],
)
def test_lang_within(text, page, expected):
    assert lang_within(text, page) == expected


def test_a_japanese_outlets_name_in_kanji_alone_is_japanese():
    """nu32 r13: 南海新聞, a Japanese outlet, was marked zh-Hant beside its title marked ja:
    the article's language tells Japanese (or Korean) text in Chinese characters alone."""
    assert lang_within("南海新聞", "en", "ja") == "ja"
    assert lang_within("南海新聞", "ja", "ja") == ""
    assert lang_within("南海新聞", "en", "zh") == "zh-Hant"
    assert lang_within("Pacific Wire", "ja", "en") == ""


def test_digest_cover_marks_a_topic_in_another_script():
    arabic = fixed_brief(topic="الشرق الأوسط")
    html = render_digest_html([fixed_brief(), arabic], ZoneInfo("Europe/Berlin"), now=NOW)
    assert '<span class="cover-topic" lang="ar" dir="rtl">الشرق الأوسط</span>' in html
    assert '<span class="toc-topic" lang="ar" dir="rtl">الشرق الأوسط</span>' in html
