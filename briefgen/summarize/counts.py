"""The counts a sentence gives, in digits or in words, alike in every language: "killing at
least three people and injuring about 40" and "Mindestens drei Menschen kamen ums Leben, rund
40 wurden verletzt" both give 3 and 40. Small counts are written in words ("three", "drei",
"tres"), which num2words spells for each language it knows (the words' base forms: "drei",
not an inflected "dreier")."""

from __future__ import annotations

import itertools
import re
from functools import cache

from briefgen.figures import SPACE_GROUPS, YEAR, ascii_digits, numbers_apart
from briefgen.scale_words import scale_power
from briefgen.scales import amounts_apart
from briefgen.text import casefold, one_of

WORDED = range(2, 21)  # counts a newspaper writes in words ("one" is left out: "one of the")
# languages whose words for those counts are seldom other words (not Vietnamese "năm", a
# year, nor Persian "نه", no; nor Korean 이, this, or Japanese 三 in 三菱: their counts are
# read in digits only)
WORDED_LANGUAGES = frozenset("en de fr es it pt nl sv da no nb fi pl cs sk ru uk ro tr id".split())
# counts' words that are other words as often: French "neuf" (new), Italian "sei" (you are)
# and "venti" (winds), Romanian "nouă" (new), Turkish "yedi" (ate) and "on" (front),
# Indonesian "lima" (and Lima)
NOT_COUNTS = {
    "fr": {"neuf"}, "it": {"sei", "venti"}, "ro": {"nouă"}, "tr": {"yedi", "on"}, "id": {"lima"},
}  # fmt: skip
# ... unless a plural noun follows (BEFORE_PLURAL): "neuf morts", "neuf personnes" (a French
# adjective follows its noun: "un bâtiment neuf"); not a word ending in -s that is none ("du
# neuf dans les rues"), nor a plural determiner ("un hôpital neuf les accueille"; "neuf des
# dix victimes" is lost with it)
NOT_PLURAL = (
    "dans|sous|plus|vers|depuis|alors|après|très|mais|puis|jamais|toujours|tous|sans|lors"
    "|les|des|aux|ses|ces|leurs|nos|vos|mes|tes"
)
BEFORE_PLURAL = {
    "fr": (
        re.compile(rf"(?<![\w-])neuf(?=\s+(?!(?:{NOT_PLURAL})\b)[^\W\d_]+[sx]\b)", re.I),
        "9",
    )
}
WORD = re.compile(r"\w+(?:-\w+)*")  # "twenty-two" is no "two"
# words that make a count another number, beside the scale words (scale_words.py)
HUNDREDS = frozenset("hundred hundreds dozen dozens cent cents honderd".split())
# thousands grouped by spaces ("40 000"), where a language writes them so (figures.SPACE_GROUPS)
SPACED = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d])")
# ... and by no-break spaces, in any language: they group thousands only ("40\u202f000")
NO_BREAK = re.compile("[\u00a0\u202f]")
NO_BREAK_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:[\u00a0\u202f]\d{3})+(?![\d])")
# a whole number: digits, or groups of three ("1,200", "1.200"); not 5.9, nor a time (10:30)
WHOLE = re.compile(r"(?<![\d.,:])(?:\d{1,3}(?:[.,]\d{3})+|\d+)(?![.,:]?\d)")


@cache
def number_words(lang: str) -> dict[str, str]:
    """The words of `lang` for the counts in WORDED ({"drei": "3", ...}); none for a language
    not in WORDED_LANGUAGES, or that num2words does not know."""
    if lang not in WORDED_LANGUAGES:
        return {}
    from num2words import num2words  # loaded on first use: the offline summarizer's only

    words = {}
    for n in WORDED:
        try:
            word = casefold(num2words(n, lang=lang))
        except (NotImplementedError, OverflowError):
            return {}
        if word.isalpha() and word not in NOT_COUNTS.get(lang, ()):  # not "tiga belas"
            words[word] = str(n)
    return words


def counts(text: str, lang: str) -> frozenset[str]:
    """The whole numbers above one the sentence gives, in digits or in words, years left
    out: "40 000" in a language that groups thousands with spaces is 40000, "500 mil" in
    Portuguese 500000 (an amount with a scale word: scales.py)."""
    text = numbers_apart(ascii_digits(plural_counts(text, lang)))
    text = NO_BREAK_GROUPS.sub(lambda grouped: NO_BREAK.sub("", grouped[0]), text)
    alone, wholes = amounts_apart(text.replace("\u00a0", " ").replace("\u202f", " "), lang or "en")
    if (lang or "en")[:2] in SPACE_GROUPS:
        alone = SPACED.sub(lambda grouped: grouped[0].replace(" ", ""), alone)
    numbers = [n.replace(",", "").replace(".", "") for n in WHOLE.findall(alone)]
    numbers += [whole for whole in wholes if whole.isdigit()]
    found = {n for n in numbers if int(n) > 1 and not YEAR.fullmatch(n)}
    return frozenset(found) | worded(text, lang)


def plural_counts(text: str, lang: str) -> str:
    """`text` with the counts NOT_COUNTS leaves out in digits where a plural noun follows
    them ("neuf morts": "9 morts")."""
    if lang not in BEFORE_PLURAL:
        return text
    found, digits = BEFORE_PLURAL[lang]
    return found.sub(digits, text)


def worded(text: str, lang: str) -> frozenset[str]:
    """The counts the sentence writes in words, in digits ("waited nine days": 9); not a
    word a scale word follows ("two thousand", "drei Millionen", "deux cents": other
    numbers)."""
    words = number_words(lang or "en")
    if not words:
        return frozenset()
    tokens = WORD.findall(casefold(text))
    return frozenset(
        words[word]
        for word, after in itertools.pairwise([*tokens, ""])
        if word in words and not _scales(after, lang or "en")
    )


def in_digits(text: str, lang: str) -> str:
    """`text` with each count it writes in words before another word in digits ("killed
    four people": "killed 4 people"; "two thousand": "2 thousand"), so that its figures are
    read as an outlet that writes digits gives them."""
    found = _worded_count(lang or "en")
    return found.sub(lambda m: number_words(lang or "en")[casefold(m[0])], text) if found else text


@cache
def _worded_count(lang: str) -> re.Pattern[str] | None:
    """A count's word in `lang` (number_words), whole, before another word."""
    words = number_words(lang)
    if not words:
        return None
    return re.compile(rf"(?<![\w-]){one_of(words)}(?=\s+[^\W\d_])", re.IGNORECASE)


def _scales(word: str, lang: str) -> bool:
    """Whether `word` after a number makes it another number."""
    return word in HUNDREDS or scale_power(word, lang) is not None
