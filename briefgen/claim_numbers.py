"""The numbers a claim gives and its articles give, each read as its language writes them:
in digits ("1,200" in English, "1.200" in German and "1 200" in French are all 1200), in
words ("thirty-seven", "neun": text2num) and whole ("12 billion", 120亿: scales.py).
grounding.py checks that a claim's numbers are its articles'."""

from __future__ import annotations

import re

from briefgen.figures import DECIMAL_COMMA, SPACE_GROUPS, ascii_digits
from briefgen.scales import grouped_numbers, number_value, whole_amounts

# A number: digits, with thousands separators or a decimal mark (Arabic's own marks too). One
# glued to a letter on its left ("S3", "G7": ids) is skipped by `numbers`, which looks at the
# character before (a look-behind in the pattern makes the scan of a long article twice as slow).
NUMBER = re.compile(r"\d+(?:[.,\u066b\u066c]\d+)*")
# In languages that group thousands with a space ("1 200"; a no-break or narrow no-break space
# before `comparable` made it a plain one), the groups belong to the number.
SPACED_NUMBER = re.compile(r"\d{1,3}(?: \d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,\u066b\u066c]\d+)*")
# Numbers in words: the languages text2num reads; a claim's are checked in English only
# (elsewhere too many of them are other words: French "neuf" is new, Italian "sei" you are),
# from three on ("the two leaders" is more often a paraphrase than a figure); an article's
# count from two in all of them ("two of them" grounds a claim's "2 were hurt")
SPELLED_LANGUAGES = frozenset({"en", "fr", "es", "pt", "de", "nl", "it", "da"})
SPELLED_CLAIMS = frozenset({"en"})
SPELLED_CLAIM = 3
SPELLED_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:-[^\W\d_]+)*|[^\w\s]")
SCALES = {10**k for k in (2, 3, 6, 9, 12)}  # a scale word alone: "hundreds", "a million"
A_DOZEN = re.compile(r"\b(?:a|one) dozen\b", re.IGNORECASE)
SPELLED_HINT = re.compile(r"[^\W\d_]{3,}")  # a text without words has no number in words


def numbers(text: str, language: str = "", loose: bool = False) -> set[str]:
    """The numbers in a text as values, read the way `language` writes them: '1,200' (en)
    and '1.200' (de) and '1 200' (fr) are all '1200'; '3.5' (en) and '3,5' (de) are '3.5'.
    `loose` (for the articles a claim is checked against) also keeps the parts of a
    space-grouped number and of a token that is no number ('1.12.2026', a date), so a
    claim that names them alone is not refused."""
    decimal = "," if language[:2] in DECIMAL_COMMA else "."
    pattern = SPACED_NUMBER if language[:2] in SPACE_GROUPS else NUMBER
    found = set()
    for match in pattern.finditer(text):
        before = text[match.start() - 1] if match.start() else " "
        if before in ".," or (before.isalnum() and not before.isdecimal() and _spaced(before)):
            continue  # glued to a letter ("S3") or the tail of another number
        token = match.group()
        token = ascii_digits(token)  # Arabic-Indic and other digits, Arabic's marks
        spaced = " " in token
        token = token.replace(" ", "")
        value = number_value(token, decimal)
        found.add(value or token)
        if loose and (spaced or value is None):
            found.update(re.split(r"[ .,]", match.group()))
    return found


class _Token:
    """A word, a number or a mark, as text2num's find_numbers reads a text."""

    __slots__ = ("word",)

    def __init__(self, word: str) -> None:
        self.word = word

    def text(self) -> str:
        return self.word

    def nt_separated(self, previous: _Token) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


def spelled(text: str, language: str, claim: bool = False) -> set[str]:
    """The numbers a text writes in words ("thirty-seven", "two hundred", "neun"), in the
    languages text2num reads (SPELLED_LANGUAGES; a `claim`'s: SPELLED_CLAIMS, from
    SPELLED_CLAIM on); not an ordinal ("second"), nor a scale word alone ("hundreds",
    "half a million", and "3.5 million", which scales.py reads whole)."""
    language = (language or "en")[:2]
    if language not in (SPELLED_CLAIMS if claim else SPELLED_LANGUAGES):
        return set()
    from text_to_num import find_numbers  # loaded when an LLM's claims are checked

    least = SPELLED_CLAIM if claim else 2
    found = set()
    for line in text.splitlines():  # a line's tokens at a time: a long page costs no memory
        if not SPELLED_HINT.search(line):
            continue
        tokens = [_Token(t) for t in SPELLED_TOKEN.findall(line)]
        for number in find_numbers(tokens, language, threshold=0):
            value = number.value
            alone = number.end - number.start == 1 and value in SCALES
            if not (number.is_ordinal or alone) and value >= least:
                found.add(str(int(value)) if value == int(value) else str(value))
    if not claim and language == "en" and A_DOZEN.search(text):
        found.add("12")
    return found


def _spaced(letter: str) -> bool:
    """Whether the letter's script puts spaces between words: a number glued to a Latin
    letter is part of an id ("S3"), one glued to a Chinese or Thai character ("达到7.12亿")
    is a number."""
    return letter < "\u2e80" and not "\u0e00" <= letter <= "\u0e7f"


def article_numbers(article: str, language: str) -> set[str]:
    """The numbers an article gives, as written (`numbers`, loose; `spelled`, "nine") and
    whole: an amount with a scale word ("1,5 Milliarden", "400 אלף") and one in groups
    (120亿, 4万) by its value."""
    found = numbers(article, language, loose=True) | spelled(article, language)
    found.update(whole for _, whole in whole_amounts(article, language))
    grouped = grouped_numbers(article)
    return found | numbers(grouped, language) if grouped != article else found


def unfound(claim: str, language: str, known: set[str]) -> set[str]:
    """The numbers of a claim that `known` (its articles' `article_numbers`) lacks, each as written
    (in digits, or in English words from SPELLED_CLAIM: "thirty-seven") and whole: "12 billion" is
    found as 12000000000, 120亿 as 12000000000 too."""
    said = numbers(grouped_numbers(claim), language) | spelled(claim, language, claim=True)
    missing = said - known
    return missing - {
        written for written, whole in whole_amounts(claim, language) if whole in known
    }
