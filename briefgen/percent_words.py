"""Percent in words: "5 Prozent", "5 pour cent", "5 процентов", "5 শতাংশ", "yüzde 5", "asilimia
5" are 5% as much as "5%" is, a share (figures.quantity: '%=5'), not five of a thing called
"Prozent". The Unicode CLDR's long unit names give each language's forms for every count
(babel: "5 procent", "2 procenta", "1 procento" in Czech) and whether the word stands before
the number (Turkish, Swahili); news writes some it has not (PERCENT_WORDS). A word that opens
with a form of five letters or more is one too ("Prozentpunkte", "százalékkal",
"percentage"), as is one that opens with a stem of a language that inflects the word
(STEMS: Tamil "சதவீதமாக", Finnish "prosentin").
"""

from __future__ import annotations

from functools import cache

import regex

# the forms news writes that the CLDR's names do not give, by language (ISO 639-1; "_" a space)
PERCENT_WORDS = {
    "en": "per_cent pct",
    "it": "per_cento",
    "ro": "la_sută la_suta",
    "sr": "одсто odsto posto процената",
    "hr": "postotak postotka postotaka",
    "bs": "posto postotak postotaka",
    "pl": "proc",
    "hi": "फीसदी फ़ीसदी फीसद फ़ीसद",
    "ar": "في_المئة في_المائة بالمئة بالمائة",
    "vi": "phần_trăm",
    "ko": "퍼센트 프로",
    "ja": "パーセント",
    "tl": "porsiyento porsyento",
    "am": "በመቶ",
    "ms": "peratus",
    "id": "persen",
    "bn": "শতাংশ",
    "ml": "ശതമാനം",
}
# the stems of the languages that inflect the word (சதவீதம், சதவீதமாக; prosentti, prosentin)
STEMS = {"ta": "சதவீத", "fi": "prosent", "mr": "टक्क", "ml": "ശതമാന", "kn": "ಶೇಕಡ", "bn": "শতাংশ"}
# the words written before the number ("yüzde 5", "asilimia 5", ร้อยละ 5, 百分之5), besides
# those the CLDR gives so
BEFORE = {"th": "ร้อยละ", "zh": "百分之", "tr": "yüzde"}
UNSPACED = frozenset({"zh", "ja", "th"})
ALIASES = {"no": "nb"}  # the CLDR's Norwegian is Bokmål's
COUNTS = (0, 1, 2, 3, 5, 11, 21, 25, 100, 1.5)  # one of each plural category
MIN_PREFIX = 5  # a form this long opens its longer words too
# other scripts' percent signs: Arabic's and the full-width one; and Turkish's sign before the
# number ("%5")
SIGNS = regex.compile(r"[٪％]")
SIGN_FIRST = regex.compile(r"(?<![\w%])%\s?(\d[\d.,]*)")


def in_percent_order(text: str, language: str) -> str:
    """`text` with a number that a percent word or sign stands before written with '%' after
    it, as the others write it ("yüzde 5", "%5": "5%"), and other scripts' signs as '%'."""
    text = SIGNS.sub("%", text)
    if language[:2] == "tr":
        text = SIGN_FIRST.sub(r"\1%", text)
    if before := _before(language[:2]):
        text = before.sub(r"\1%", text)
    return text


def a_percent(unit: str, following: str, language: str) -> bool:
    """Whether the word after a number, with the one after it (`following`), says percent in
    `language`."""
    forms, prefixes = _forms(language[:2])
    if not forms:
        return False
    one = unit.casefold()
    return f"{one} {following.casefold()}" in forms or one in forms or one.startswith(prefixes)


@cache
def _forms(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """A language's percent words after a number (the CLDR's and PERCENT_WORDS), and the
    beginnings of its longer words that say percent (forms of MIN_PREFIX letters and STEMS)."""
    after, _ = _cldr(language)
    forms = after | {w.replace("_", " ") for w in PERCENT_WORDS.get(language, "").split()}
    prefixes = {f for f in forms if len(f) >= MIN_PREFIX and " " not in f}
    if language in STEMS:
        prefixes.add(STEMS[language])
    return frozenset(forms), tuple(sorted(prefixes))


@cache
def _before(language: str) -> regex.Pattern[str] | None:
    """The pattern of a language's percent words before a number, the number its group."""
    _, before = _cldr(language)
    if language in BEFORE:
        before = before | {BEFORE[language]}
    if not before:
        return None
    words = "|".join(map(regex.escape, sorted(before, key=len, reverse=True)))
    bound = "" if language in UNSPACED else r"(?<!\w)"  # 增长百分之5: no space before it
    return regex.compile(rf"{bound}(?:{words})\s?(\d[\d.,]*\d|\d)(?![\d%])", regex.IGNORECASE)


@cache
def _cldr(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The CLDR's long names of percent in `language` for every plural category: those
    written after the number, and those before it; none for a language it has not."""
    from babel import Locale, UnknownLocaleError
    from babel.units import format_unit

    try:
        locale = Locale.parse(ALIASES.get(language, language))
    except (UnknownLocaleError, ValueError):
        return frozenset(), frozenset()
    after: set[str] = set()
    before: set[str] = set()
    for count in COUNTS:
        written = format_unit(count, "concentr-percent", length="long", locale=locale)
        number = regex.search(r"\d[\d.,]*", written)
        if not number:
            continue
        head, tail = written[: number.start()].strip(), written[number.end() :].strip()
        if not regex.search(r"\p{L}", head + tail):
            continue  # a sign: "2٪" (SIGNS)
        if tail and not head:
            after.add(tail.casefold())
        elif head and not tail:
            before.add(head.casefold())
    return frozenset(after), frozenset(before)
