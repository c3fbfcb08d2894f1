"""The counts a sentence gives, in digits or in words, alike in every language: "killing at
least three people and injuring about 40" and "Mindestens drei Menschen kamen ums Leben, rund
40 wurden verletzt" both give 3 and 40. Small counts are written in words ("three", "drei",
"tres"), which num2words spells for each language it knows (the words' base forms: "drei",
not an inflected "dreier")."""

from __future__ import annotations

import re
from functools import cache

from briefgen.figures import YEAR, ascii_digits

WORDED = range(2, 13)  # counts a newspaper writes in words ("one" is left out: "one of the")
# languages whose words for those counts are seldom other words (not Vietnamese "năm", a
# year, nor Persian "نه", no; nor Korean 이, this, or Japanese 三 in 三菱: their counts are
# read in digits only)
WORDED_LANGUAGES = frozenset("en de fr es it pt nl sv da no nb fi pl cs sk ru uk ro tr id".split())
WORD = re.compile(r"\w+(?:-\w+)*")  # "twenty-two" is no "two"
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
            word = num2words(n, lang=lang).casefold()
        except (NotImplementedError, OverflowError):
            return {}
        if word.isalpha():  # one word ("dreizehn"), not "tiga belas"
            words[word] = str(n)
    return words


def counts(text: str, lang: str) -> frozenset[str]:
    """The whole numbers above one the sentence gives, in digits or in words, years left
    out."""
    numbers = (n.replace(",", "").replace(".", "") for n in WHOLE.findall(ascii_digits(text)))
    found = {n for n in numbers if int(n) > 1 and not YEAR.fullmatch(n)}
    if words := number_words(lang or "en"):
        found.update(words[w] for w in WORD.findall(text.casefold()) if w in words)
    return frozenset(found)
