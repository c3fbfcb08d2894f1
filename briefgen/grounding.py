"""Check LLM claims against the articles they cite: ids, verbatim quotes, numbers.

An item passes when it cites at least one article of its own story, every quote it carries
appears word for word (after normalising whitespace, quote marks and dashes) in a cited
article, and every number in its text appears in a cited article. Uncited lines (headline,
summary, outlook) must use only numbers and quoted words found in the articles they are about.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from briefgen.text import QUOTE_MARKS

# A number: digits, with thousands separators or a decimal point. One glued to a letter on
# its left ("S3", "G7": ids) is skipped by `numbers`, which looks at the character before
# (a look-behind in the pattern makes the scan of a long article twice as slow).
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
DECIMAL = re.compile(r"\d+\.\d+")
# Phrases the model put in quotation marks inside its own sentences.
QUOTED = re.compile(r'"([^"]{12,})"')
DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-"})
# Quote marks and dashes to their plain forms, found by one regex: str.translate looks every
# character of a non-ASCII text up in a dict, ten times slower on a long article.
PLAIN = {chr(c): r for c, r in {**QUOTE_MARKS, **DASHES}.items()}
FANCY = re.compile("[" + "".join(PLAIN) + "]")


def numbers(text: str) -> set[str]:
    """The numbers in a text, with thousands separators removed ('1,200' -> '1200')."""
    found = set()
    for match in NUMBER.finditer(text):
        before = text[match.start() - 1] if match.start() else " "
        if before in ".," or (before.isalnum() and not before.isdecimal()):
            continue  # glued to a letter ("S3") or the tail of another number
        value = match.group()
        if "," in value:
            value = THOUSANDS.sub("", value)
        if "." in value and DECIMAL.fullmatch(value):  # 3.50 is 3.5
            value = value.rstrip("0").rstrip(".")
        found.add(value)
    return found


def comparable(text: str) -> str:
    """The form claims are matched in: NFKC, straight quotes, plain dashes, single spaces
    (`text.normalise`, and dashes)."""
    text = FANCY.sub(lambda m: PLAIN[m.group()], unicodedata.normalize("NFKC", text))
    return " ".join(text.split())


def quote_found(quote: str, text: str) -> bool:
    """A quote is in a (comparable, case-folded) text: case and the punctuation at its ends
    aside, each part between elisions ("...") word for word."""
    parts = re.split(r"\.\.\.|…", comparable(quote).casefold())
    parts = [p.strip(" \"'.,;:!?") for p in parts]
    return all(p in text for p in parts if p)


@dataclass
class Verdict:
    """The outcome for one item: the citations kept, and what failed (empty: grounded)."""

    sources: list[str]
    problems: list[str] = field(default_factory=list)

    @property
    def grounded(self) -> bool:
        return bool(self.sources) and not self.problems


class Grounder:
    """Holds one story's articles by source id and checks claims against them."""

    def __init__(self, texts: dict[str, str]) -> None:
        self._text = {sid: comparable(t) for sid, t in texts.items()}
        self._folded = {sid: t.casefold() for sid, t in self._text.items()}
        self._numbers = {sid: numbers(t) for sid, t in self._text.items()}
        self.numbers: set[str] = set().union(*self._numbers.values())

    def check(self, claim: str, quotes: list[str], cited: list[str]) -> Verdict:
        """Check one item whose text is `claim` and which cites `cited`."""
        kept = list(dict.fromkeys(s for s in cited if s in self._text))
        verdict = Verdict(kept)
        unknown = [s for s in cited if s not in kept]
        if not kept:
            verdict.problems.append(f"cites no article of its story ({', '.join(cited)})")
            return verdict
        if unknown:
            verdict.problems.append(f"cites {', '.join(unknown)}, not an article of its story")
        for quote in [*quotes, *QUOTED.findall(comparable(claim))]:
            if quote.strip() and not any(quote_found(quote, self._folded[s]) for s in kept):
                verdict.problems.append(f"quote not found in {', '.join(kept)}: {quote.strip()}")
        cited_numbers = set().union(*(self._numbers[s] for s in kept))
        missing = sorted(numbers(comparable(claim)) - cited_numbers)
        if missing:
            verdict.problems.append(f"number(s) {', '.join(missing)} not in {', '.join(kept)}")
        return verdict

    def line_ok(self, line: str) -> bool:
        """An uncited line about this story: its numbers and quoted words are in its articles."""
        return line_grounded(line, [self])

    def has_quote(self, quote: str) -> bool:
        return any(quote_found(quote, text) for text in self._folded.values())


def line_grounded(line: str, grounders: list[Grounder]) -> bool:
    """An uncited line (headline, summary, outlook) may only use numbers and quoted words
    that the articles of `grounders` contain."""
    text = comparable(line)
    known = set().union(*(g.numbers for g in grounders))
    return numbers(text) <= known and all(
        any(g.has_quote(q) for g in grounders) for q in QUOTED.findall(text)
    )
