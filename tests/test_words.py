"""Words in every script: segmented where the script has no spaces, counted the same way."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.scripts import LATIN_CODE_PAGES, script_of, scripts
from briefgen.words import (
    CASED_CODE_PAGES,
    CASELESS_WORD,
    IN_MORPHEMES,
    cased_only,
    has_caseless,
    needs_segmenting,
    read_in_morphemes,
    segmenter_language,
    word_count,
    words,
)

CASES = [
    # text, language, the words expected (wordfreq lower-cases and drops punctuation)
    ("中国政府周一宣布新的经济刺激计划。", "zh", ["中国政府", "周一", "宣布", "新", "的", "经济"]),
    ("日本政府は月曜日に新しい経済対策を発表した。", "ja", ["日本", "政府", "は", "月曜日", "に"]),
    ("รัฐบาลไทยประกาศมาตรการใหม่เมื่อวันจันทร์", "th", ["รัฐบาล", "ไทย", "ประกาศ", "มาตรการ"]),
    ("한국 정부는 월요일 새로운 경제 대책을 발표했다.", "ko", ["한국", "정부는", "월요일"]),
    ("أعلنت الحكومة يوم الاثنين عن خطة جديدة.", "ar", ["أعلنت", "الحكومة", "يوم", "الاثنين"]),
    ("הממשלה הודיעה ביום שני על תוכנית חדשה.", "he", ["הממשלה", "הודיעה", "ביום", "שני"]),
    ("भारत सरकार ने सोमवार को नई योजना की घोषणा की।", "hi", ["भारत", "सरकार", "ने", "सोमवार"]),
    ("Правительство объявило о новых мерах.", "ru", ["правительство", "объявило", "о"]),
    ("Η κυβέρνηση ανακοίνωσε νέα μέτρα.", "el", ["η", "κυβέρνηση", "ανακοίνωσε"]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_words_in_every_script(text, lang, expected):
    found = words(text, lang)
    assert found[: len(expected)] == expected
    assert word_count(text, lang) == len(found) or not needs_segmenting(text)


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_the_script_picks_the_segmenter_when_no_language_is_given(text, lang, expected):
    assert words(text)[: len(expected)] == expected


def test_a_chinese_paragraph_is_many_words_not_one():
    paragraph = "国家统计局周一发布数据显示，全年粮食总产量达到七亿吨，比上年增长百分之一点八。"
    assert len(paragraph.split()) == 1
    assert word_count(paragraph) >= 15


@pytest.mark.parametrize("lang", ["th", "lo", "km", "my"])
def test_latin_words_of_a_thai_brief_are_read_without_a_warning(lang, caplog):
    """wordfreq has no tokenizer for Thai, Lao, Khmer or Burmese and warns that "the results
    will be bad" when asked: a topic's name in Latin letters for a Thai article is read as
    any language's words, with no such warning in the user's run."""
    assert words("Central bank Repro", lang) == ["central", "bank", "repro"]
    assert not [r for r in caplog.records if r.name.startswith("wordfreq")]


def test_lao_s_two_spellings_of_one_letter_are_one_word():
    """ໝ and ຫມ (and ໜ and ຫນ) are one letter written two ways: wordfreq's Lao reading made
    them one, and Lao is no longer passed to it (the review's, after nu30 r06)."""
    assert words("ໝາກໄມ້ ແລະ ໜັງສື", "lo") == words("ຫມາກໄມ້ ແລະ ຫນັງສື", "lo")


def test_lao_khmer_and_burmese_are_read_in_words_by_icu_s_dictionaries():
    """Their runs were kept whole, a phrase each: a Khmer report of a Mekong pact shared no
    word, and no place, with the event's other reports. ICU reads them in words."""
    khmer = words("កម្ពុជា និងប្រទេសសមាជិកគណៈកម្មការទន្លេមេគង្គ", "km")
    assert khmer == ["កម្ពុជា", "និង", "ប្រទេស", "សមាជិក", "គណៈកម្មការ", "ទន្លេមេគង្គ"]
    assert words("ຄະນະກຳມາທິການແມ່ນ້ຳຂອງ", "lo")[0] == "ຄະນະ"  # ຳ as ICU writes it
    assert words("ကျောက်စိမ်းမြေစာပုံ ပြိုကျမှု၊ ၁၄", "my")[:2] == ["ကျောက်စိမ်း", "မြေစာ"]
    assert words("ກອງປະຊຸມ Mekong River Commission 2027", "lo") == [
        "ກອງ", "ປະຊຸມ", "mekong", "river", "commission", "2027",
    ]  # fmt: skip


def test_a_declared_language_that_does_not_match_the_script_is_overridden():
    # An English article that quotes a Chinese name; a Japanese text declared as Chinese.
    assert segmenter_language("Talks with 习近平 went on.", "en") == "zh"
    assert segmenter_language("首相は対策を発表した。", "zh") == "zh"  # Han present: declared
    assert segmenter_language("これはテストです。", "zh") == "ja"  # kana only: Japanese
    assert segmenter_language("Plain English text.", "en") == ""


def test_spaced_scripts_are_counted_by_their_spaces():
    text = "Russia struck power plants overnight — officials said."
    assert word_count(text, "en") == len(text.split())


def test_help_does_not_import_the_segmenters():
    code = (
        "import sys; from briefgen.cli import app; import briefgen.words, briefgen.sources.files;"
        "bad = [m for m in ('jieba', 'MeCab', 'pythainlp', 'wordfreq') if m in sys.modules];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    root = Path(__file__).resolve().parents[1]  # this checkout, not another installed copy
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_texts_script_is_that_of_most_of_its_letters():
    """Chinese and Japanese share Han; a Korean text quoting an English name is Korean."""
    assert script_of("新潟県で地震") == script_of("广州召回") == "han"
    assert script_of("서울중앙지법은 Hyeonam 현암건설 회장에게") == "hangul"
    assert script_of("Crane operators strike at Busan") == "latin"
    assert script_of("Забастовка в порту") == "cyrillic"
    assert script_of("12,000 — 3.5%") == ""


def test_the_code_pages_that_answer_at_once_hold_no_letter_they_must_find():
    """read_in_morphemes, has_caseless and script_of skip their letter-by-letter search for a
    text these code pages encode: no letter that search looks for may be in one."""
    for page in CASED_CODE_PAGES:
        letters = bytes(range(256)).decode(page, errors="ignore")
        assert not [c for c in letters if IN_MORPHEMES.match(c) or CASELESS_WORD.match(c)], page
    for page in LATIN_CODE_PAGES:
        letters = bytes(range(256)).decode(page, errors="ignore")
        assert set(scripts(letters)) <= {"latin", "other"}, page  # ª and µ are no script's


@pytest.mark.parametrize(
    ("text", "morphemes", "caseless", "script"),
    [
        ("“Zażółć gęślą jaźń” — the mayor’s €5m", False, False, "latin"),
        ("«Привет» — сказал мэр", False, False, "cyrillic"),
        ("“The mayor” said 東京 is calm", True, False, "latin"),
        ("The mayor’s visit to دمشق", False, True, "latin"),
        ("서울시 “발표”", True, False, "hangul"),
    ],
)
def test_the_script_tests_answer_alike_with_or_without_their_short_cut(
    text, morphemes, caseless, script
):
    assert read_in_morphemes(text) is morphemes
    assert has_caseless(text) is caseless
    assert script_of(text) == script
    # the paragraph short cut: "cased only" only when neither search finds a letter
    assert cased_only(text) is not (morphemes or caseless)


def test_each_thread_has_its_own_stemmer():
    """A Snowball stemmer keeps the word it works on in itself: two topics built at once in
    two threads must not share one."""
    import threading

    from briefgen.text import snowball

    found = []
    thread = threading.Thread(target=lambda: found.append(snowball("english")))
    thread.start()
    thread.join()
    assert snowball("english") is snowball("english") and found[0] is not snowball("english")
    assert found[0].stemWord("strikes") == snowball("english").stemWord("strikes") == "strike"
