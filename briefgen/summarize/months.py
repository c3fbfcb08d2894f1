"""The months a sentence names, alike in every language: "from January 1", "ابتداء من يناير",
"od stycznia", "в январе", "1月から" all name month 1. With a count in common, a month makes two
sentences in two languages one fact (restating.py). The names are CLDR's (babel), in each
language's forms for a date ("stycznia") and alone ("styczeń")."""

from __future__ import annotations

import re
from functools import cache

from briefgen.figures import ascii_digits
from briefgen.text import WORD_CHAR, casefold
from briefgen.words import stemmer

# languages that capitalize their months, some of which are also words: "May", "March",
# Turkish "ocak" (a stove); read only capitalized
CAPITALIZED = frozenset("en de tr id ms sw".split())
# names, or stems, that are other words more often: Romanian "mai" (more), Czech červen-
# (June, and red: červené), ledn- (January, and ice: lední), Polish marc- (Marco), Greek
# μαρτ- (a martyr), Persian مه (May, and fog)
NOT_MONTHS = {
    "ro": {"mai"}, "cs": {"červen", "ledn"}, "pl": {"marc"}, "el": {"μαρτ"}, "fa": {"مه"},
}  # fmt: skip
# prepositions and "and" written as one word with what follows: Hebrew בינואר, Arabic وفي
PREFIXES = {"he": "ובלמהש", "ar": "وبلف", "fa": "ب"}
WORD = re.compile(rf"{WORD_CHAR}+")  # a word, its vowel signs in it (text.MARKS): मार्च
# languages whose months take case endings: a month's name is found in its other cases by
# its stem (Russian января, январе: январ; Finnish tammikuussa), of this many letters at
# least (not Polish maj's, which has mają, they have). Elsewhere a stem meets other words
# (Spanish "julia", Portuguese "marca", Lithuanian sausas, dry: measured on wordfreq's
# 30,000 commonest words)
INFLECTED = frozenset("ru uk be pl cs sk sl hr sr bg el fi hu lv et".split())
STEM_LEAST = 4
CHINESE_NUMBERS = {c: n for n, c in enumerate("一二三四五六七八九十", start=1)}
# months written by their number: 12月, 十二月, 12월, tháng 12 (not 3か月, three months)
CHINESE_MONTH = r"(?<![\d〇一二三四五六七八九十])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月"
NUMBERED = {
    "zh": re.compile(CHINESE_MONTH),
    "ko": re.compile(r"(?<!\d)(1[0-2]|[1-9])\s?월"),
    "vi": re.compile(r"\btháng\s+(1[0-2]|0?[1-9])(?!\d)", re.IGNORECASE),
}
NUMBERED["ja"] = NUMBERED["zh"]


def months(text: str, lang: str) -> frozenset[str]:
    """The months `text` names, as "month 1" to "month 12"."""
    lang = (lang or "en").split("-")[0]
    if lang in NUMBERED:
        return frozenset(f"month {_number(m)}" for m in NUMBERED[lang].findall(ascii_digits(text)))
    names, stems = _names(lang)
    if not names:
        return frozenset()
    if lang == "th":  # Thai writes no spaces between words: its month names are found within
        return frozenset(f"month {n}" for name, n in names.items() if name in text)
    stem = stemmer(lang) if stems else None
    found = {f"month {n}" for n in _abbreviated(text, lang)}
    for word in WORD.findall(text if lang in CAPITALIZED else casefold(text)):
        n = names.get(word) or (stem and stems.get(stem(word))) or _after_prefix(word, lang, names)
        if n:
            found.add(f"month {n}")
    return frozenset(found)


def _abbreviated(text: str, lang: str) -> list[int]:
    """The months of `text` written short, with a point and beside a day ("Dec. 19",
    "Sept. 5", "19 déc."): CLDR's abbreviations, and "Sept"; not "Mar" or "Jan" alone."""
    found = _short_dates(lang)
    if found is None:
        return []
    short, pattern = found
    return [short[casefold(m["before"] or m["after"])] for m in pattern.finditer(text)]


@cache
def _short_dates(lang: str) -> tuple[dict[str, int], re.Pattern[str]] | None:
    """`lang`'s abbreviated months (CLDR's, of three letters or more) and a pattern that finds
    them with their point beside a day; None where CLDR has none."""
    from babel.core import UnknownLocaleError
    from babel.dates import get_month_names

    try:
        table = get_month_names("abbreviated", "format", locale=lang)
    except (UnknownLocaleError, ValueError):
        return None
    short = {casefold(name.rstrip(".")): n for n, name in table.items()}
    if lang == "en":
        short["sept"] = 9
    short = {name: n for name, n in short.items() if len(name) >= 3 and WORD.fullmatch(name)}
    if not short:
        return None
    names = "|".join(sorted(map(re.escape, short), key=len, reverse=True))
    before = rf"(?<!\w)(?P<before>{names})\.\s?\d{{1,2}}(?!\d)"  # Dec. 19
    after = rf"(?:(?<=\d\s)|(?<=\d\.\s))(?P<after>{names})\."  # 19 déc., 19. Dez.
    return short, re.compile(f"{before}|{after}", re.IGNORECASE)


def _number(written: str) -> int:
    """12, or 十二, as a number."""
    if written.isdigit():
        return int(written)
    if written.startswith("十"):
        return 10 + CHINESE_NUMBERS.get(written[1:], 0)
    return CHINESE_NUMBERS[written]


def _after_prefix(word: str, lang: str, names: dict[str, int]) -> int | None:
    """The month of a word that is one with a preposition or two (Hebrew ובינואר)."""
    prefixes = PREFIXES.get(lang, "")
    for cut in (1, 2):
        if (
            len(word) > cut + 2
            and all(c in prefixes for c in word[:cut])
            and (n := names.get(word[cut:]))
        ):
            return n
    return None


@cache
def _names(lang: str) -> tuple[dict[str, int], dict[str, int]]:
    """Each name of a month in `lang` (CLDR's wide names, for a date and alone; Thai's
    abbreviations too, which its news uses: ม.ค.) and its number, and in a language of
    INFLECTED their stems; none for a language CLDR does not know."""
    from babel.core import UnknownLocaleError
    from babel.dates import get_month_names

    widths = ("wide", "abbreviated") if lang == "th" else ("wide",)
    try:
        named = [
            get_month_names(width, context, locale=lang)
            for width in widths
            for context in ("format", "stand-alone")
        ]
    except (UnknownLocaleError, ValueError):
        return {}, {}
    skip = NOT_MONTHS.get(lang, set())
    stem = stemmer(lang)
    names, stems = {}, {}
    for table in named:
        for n, name in table.items():
            name = name if lang in CAPITALIZED else casefold(name)
            if name in skip or not (lang == "th" or WORD.fullmatch(name)):
                continue
            names[name] = n
            stemmed = stem(name)
            if lang in INFLECTED and len(stemmed) >= STEM_LEAST and stemmed not in skip:
                stems[stemmed] = n
    return names, stems
