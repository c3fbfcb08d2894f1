"""Which writing system a piece of brief text is in: the `lang` and `dir` the renderer puts on
the page and on each item, so fonts (CJK variants, Arabic, Hebrew) and text direction are right."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

RTL_LANGS = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "ckb", "sd", "ug", "dv"})
# Unicode character-name prefixes -> the script they belong to (for letters only).
_SCRIPT_PREFIXES = (
    ("CJK UNIFIED", "han"),
    ("CJK COMPATIBILITY IDEOGRAPH", "han"),
    ("HIRAGANA", "kana"),
    ("KATAKANA", "kana"),
    ("HALFWIDTH KATAKANA", "kana"),
    ("HANGUL", "hangul"),
    ("ARABIC", "arabic"),
    ("HEBREW", "hebrew"),
    ("CYRILLIC", "cyrillic"),
    ("GREEK", "greek"),
    ("LATIN", "latin"),
    ("THAI", "thai"),
    ("DEVANAGARI", "devanagari"),
)
SCRIPT_SAMPLE = 400  # characters read to tell a text's script (script_of)
# Windows code pages of Western and Central European text: Latin letters, quotation marks,
# dashes. A text one of them encodes (a codec tells at once) is in Latin letters.
LATIN_CODE_PAGES = ("cp1252", "cp1250")


@lru_cache(maxsize=4096)
def _script(char: str) -> str:
    if not char.isalpha():
        return ""
    name = unicodedata.name(char, "")
    return next((script for prefix, script in _SCRIPT_PREFIXES if name.startswith(prefix)), "other")


def scripts(text: str) -> Counter[str]:
    """Letters of `text` counted by script (han, kana, hangul, arabic, hebrew, latin, ...)."""
    return Counter(s for s in map(_script, text) if s)


def script_of(text: str) -> str:
    """The script most letters of the start of `text` are in, for what two texts can share:
    'latin', 'han' (Chinese, and Japanese with its kana), 'hangul', 'cyrillic', ...; '' for a
    text without letters."""
    sample = text[:SCRIPT_SAMPLE]
    if encodes(sample, LATIN_CODE_PAGES):  # most news: no need to look each letter up
        return "latin" if any(c.isalpha() for c in sample) else ""
    counts = scripts(sample)
    counts["han"] += counts.pop("kana", 0)
    script, most = counts.most_common(1)[0]
    return script if most else ""


def detect_lang(text: str) -> str:
    """The language code the script of `text` implies when it says one (zh, ja, ko, ar, he),
    else "" (Latin, Cyrillic and others name no single language)."""
    counts = scripts(text)
    if not counts:
        return ""
    if counts["kana"]:  # kana only occur in Japanese, which mixes them with kanji
        cjk_share = counts["kana"] + counts["han"]
        if cjk_share * 2 >= sum(counts.values()):
            return "ja"
    script, _ = counts.most_common(1)[0]
    lang = {"han": "zh", "hangul": "ko", "arabic": "ar", "hebrew": "he"}.get(script, "")
    return "zh-Hant" if lang == "zh" and traditional(text) else lang


TRADITIONAL_REGIONS = frozenset({"hant", "tw", "hk", "mo"})  # zh-Hant, zh-TW, zh-HK, zh-MO
TRADITIONAL_SHARE = 0.05  # of its Chinese characters that simplification changes


def traditional(text: str) -> bool:
    """Whether Chinese text is written in traditional characters (Taiwan, Hong Kong): at
    least TRADITIONAL_SHARE of its characters are changed by simplification (words.simplified),
    which leaves simplified text as it is."""
    from briefgen.words import HAN_RE, simplified

    han = "".join(HAN_RE.findall(text))
    changed = sum(a != b for a, b in zip(han, simplified(han), strict=True))  # one for one
    return changed > 0 and changed >= TRADITIONAL_SHARE * len(han)


def _chinese_form(lang: str) -> str:
    """'hant' for a traditional Chinese code (zh-Hant, zh-TW, zh-HK), '' for any other."""
    primary, *rest = lang.lower().split("-")
    return "hant" if primary == "zh" and TRADITIONAL_REGIONS & set(rest) else ""


def lang_within(text: str, page_lang: str, known: str = "") -> str:
    """The language to mark `text` with on a page in `page_lang`: "" when the page's own
    language fits it. Only the primary subtag counts, but for the two forms of Chinese
    (traditional text on a simplified page is marked zh-Hant, simplified text on a zh-TW page
    zh: their glyphs differ); text in Chinese characters alone fits a Japanese or Korean page
    (kanji headlines are Japanese too; marking them zh would switch them to Chinese glyphs),
    and is Japanese or Korean when its article's language is `known` so (a Japanese outlet's
    name, 南海新聞)."""
    found = detect_lang(text)
    if found.startswith("zh") and known[:2] in {"ja", "ko"}:
        found = known[:2]
    primary, page = found.split("-")[0], page_lang.split("-")[0].lower()
    if not found or (primary == "zh" and page in {"ja", "ko"}):
        return ""
    if primary == page and _chinese_form(found) == _chinese_form(page_lang):
        return ""
    return found


def text_dir(text: str) -> str:
    """ "rtl" when right-to-left letters (Arabic, Hebrew) outnumber the others, else "ltr"."""
    counts = scripts(text)
    rtl = counts["arabic"] + counts["hebrew"]
    return "rtl" if rtl and rtl * 2 > sum(counts.values()) else "ltr"


def document_lang(texts: Iterable[str], configured: str = "") -> str:
    """The page's language: the configured one, else the one its text's script implies,
    else English (the extractive summarizer's language)."""
    if configured:
        return configured
    return detect_lang(" ".join(texts)) or "en"


def lang_dir(lang: str) -> str:
    """Writing direction of a language code."""
    return "rtl" if lang.split("-")[0].lower() in RTL_LANGS else "ltr"


def encodes(text: str, code_pages: Iterable[str]) -> bool:
    """True when `text` is ASCII or one of `code_pages` encodes it: which letters a text may
    hold, told by a codec in microseconds (looking each letter up takes a hundred times as
    long)."""
    if text.isascii():
        return True
    for page in code_pages:
        try:
            text.encode(page)
        except UnicodeEncodeError:
            continue
        return True
    return False
