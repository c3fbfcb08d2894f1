"""Amounts written with a scale word, in the languages news is written in: "12 billion",
"1,5 Milliarden", "3,2 млрд", "400 אלף", "2.5 مليار", "120亿" are 12000000000, 1500000000,
3200000000, 400000, 2500000000 and 12000000000. The grounding check compares a claim's
figures with its articles' by these whole values too, so that an English brief's "12 billion
yuan" is found in a Chinese report's 120亿元 and its "400,000" in a Hebrew one's 400 אלף.
"""

from __future__ import annotations

from decimal import Decimal

import regex

from briefgen.figures import DECIMAL_COMMA, WELL_FORMED, in_full
from briefgen.scale_words import scale_power

# "mil millones", "mil milhões": a thousand millions, in Spanish and Portuguese
THOUSAND_MILLIONS = regex.compile(r"mil\s+(?:millones|milhões)\b", regex.IGNORECASE)
# a number (its thousands grouped by spaces too: "1 200 milliards") and the word after it
AMOUNT = regex.compile(
    r"(?<![\d.,])(\d{1,3}(?: \d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)\s?(\p{L}[\p{L}\p{M}]*)"
)


def whole_amounts(text: str, language: str = "") -> list[tuple[str, str]]:
    """Each amount written with a scale word, as (the number as written, read as
    claim_numbers.numbers reads it; the whole value): "1,5 Milliarden" in German is ('1.5',
    '1500000000'); "5 bin" is 5000 in Turkish alone, "3 mil" 3000 in Spanish and Portuguese
    alone (scale_words.ONLY_IN). Amounts written in groups (Chinese, Japanese, Korean: 120亿) are
    `figures.in_full`'s, not these."""
    return [(value, whole) for _, value, whole in scaled_amounts(text, language)]


def amounts_apart(text: str, language: str = "") -> tuple[str, list[str]]:
    """`text` with the numbers of its amounts written with a scale word blanked out ("$2.1
    billion and 2.1%": "$    billion and 2.1%"), so that a number read alone is one that
    stands alone; and the amounts' whole values (['2100000000'])."""
    amounts = scaled_amounts(text, language)
    for (start, end), _, _ in reversed(amounts):
        text = text[:start] + " " * (end - start) + text[end:]
    return text, [whole for _, _, whole in amounts]


def scaled_amounts(text: str, language: str = "") -> list[tuple[tuple[int, int], str, str]]:
    """Each amount written with a scale word: where its number is in `text`, the number as
    written (read as claim_numbers.numbers reads it) and the whole value (see whole_amounts)."""
    decimal = "," if language[:2] in DECIMAL_COMMA else "."
    found = []
    for match in AMOUNT.finditer(text):
        number, word = match.groups()
        folded = word.casefold()
        power = scale_power(folded, language)
        if folded == "mil" and THOUSAND_MILLIONS.match(text, match.start(2)):
            power = 9
        value = number_value(number.replace(" ", ""), decimal)
        if power is not None and value is not None:
            found.append((match.span(1), value, _plain(Decimal(value) * 10**power)))
    return found


def grouped_numbers(text: str) -> str:
    """The text with amounts in groups (120亿, 4万) written whole, when it has any."""
    return in_full(text) if regex.search(r"[\p{Han}\p{Hangul}]", text) else text


def number_value(token: str, decimal: str) -> str | None:
    """A token's value ('1200', '3.5'): read in the language's convention, else in the other
    one when only that fits ('3.5' in a German text); None when neither does (a date)."""
    for mark in (decimal, "," if decimal == "." else "."):
        if WELL_FORMED[mark].fullmatch(token):
            whole, _, fraction = token.partition(mark)
            whole = whole.replace("," if mark == "." else ".", "")
            fraction = fraction.rstrip("0")
            return f"{whole}.{fraction}" if fraction else whole
    return None


def _plain(value: Decimal) -> str:
    """As claim_numbers.numbers writes a value: no exponent, no trailing zeros ('12', '3.5')."""
    text = f"{value.normalize():f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
