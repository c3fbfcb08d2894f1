"""Deaths a claim counts that its articles never mention: "a fire killed two workers" of
articles in the claim's language that say only "injuring three" (nu34 r01: "two" is too
small a number to check). Kept narrow, since a true claim flagged costs a reader a fact:
the claim must count its dead ("two workers", "3 people") and not deny them ("no one was
killed"); an article mentions deaths by any word for dying, denied or not ("it is not clear
how many died" mentions them); only articles in the claim's language are read (another
language's words for dying are too many to list: "perdieron la vida", "命を落とした"), and
none in it means it cannot be told. Words for dying in another sense ("killed the bill",
"death penalty", "dead heat") are none. The words are death_words.py's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from briefgen.assessed import denied, word_pattern
from briefgen.death_words import DEATHS, NO_ONE_AFTER, NO_ONE_BEFORE, code
from briefgen.summarize.counts import counts

# counts in words beyond those `counts` reads (two to twenty): "thirty-seven", "hundreds"
BIG_COUNT = re.compile(
    r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?)\b",
    re.IGNORECASE,
)
# Words for dying in another sense, in a claim (the brief's language is mostly English)
OTHER_SENSE = {
    "en": r"kill\w*\s+(?:the|a|its|their|his|her)\s+(?:bill|proposal|plan|deal|motion|idea|"
    r"project|story|engine)|killing\s+time|made\s+a\s+killing|dead\s+(?:heat|end|stop|in\s+"
    r"the\s+water|sea|weight)|dead-end|death\s+(?:penalty|sentence|threats?|valley|row|"
    r"knell|spiral)|(?:plan|bill|deal|engine|battery)\s+(?:\w+\s+)?(?:died|was\s+dead)|"
    r"(?:risk|danger|threat)\s+of\s+(?:\w+\s+){0,4}death",
}


def untold(claim: str, language: str, articles: Sequence[tuple[str, str]]) -> bool:
    """Whether `claim`, in `language`, counts deaths (`counts_deaths`) that none of the
    `articles` ((text, language) pairs) in its language mentions; False when none is in it."""
    own = [text for text, lang in articles if code(lang) == code(language)]
    return (
        bool(own)
        and counts_deaths(claim, language)
        and not any(mentions(text, language) for text in own)
    )


def counts_deaths(text: str, language: str) -> bool:
    """Whether `text` says that a number of people died ("killed two workers", "3 died"):
    a word for dying, not denied nor in another sense, in a text that gives a count."""
    counted = counts(text, language[:2]) or re.search(r"\d", text) or BIG_COUNT.search(text)
    return bool(counted) and bool(deaths_in(text, language))


def deaths_in(text: str, language: str) -> list[re.Match[str]]:
    """The words of `text` that say someone died: not denied, nor of no one."""
    return [
        m
        for m in _deaths(text, language)
        if not denied(text, m, code(language)) and not _no_one(text, m, code(language))
    ]


def mentions(text: str, language: str) -> bool:
    """Whether `text` mentions deaths at all (denied or not: "how many died is not known")."""
    return next(_deaths(text, language), None) is not None


def _deaths(text: str, language: str) -> Iterator[re.Match[str]]:
    """The words for dying in `text`, less those in another sense."""
    if (pattern := _pattern(code(language))) is None:
        return iter(())
    other = OTHER_SENSE.get(code(language))
    spans = [m.span() for m in re.finditer(other, text, re.I)] if other else []
    return (m for m in pattern.finditer(text) if not any(a <= m.start() < b for a, b in spans))


def _no_one(text: str, match: re.Match[str], language: str) -> bool:
    """Whether the clause of `match` says no one died: "no one" up to three words before
    ("no one was reported killed"; not "no one was hurt and two died"), or "нет" after
    ("погибших нет")."""
    before = text[max(0, match.start() - 60) : match.start()]
    after = re.sub(r"^\w*", "", text[match.end() : match.end() + 20])
    words = NO_ONE_BEFORE.get(language)
    if words and re.search(rf"(?<!\w)(?:{words})(?:\s+[^\s.,;:!?]+){{0,3}}\s*$", before, re.I):
        return True
    words = NO_ONE_AFTER.get(language)
    return bool(words and re.match(rf"\s*(?:{words})(?!\w)", after, re.I))


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    """The words for dying of `language`, the longest first ("meninggal dunia" before
    "meninggal")."""
    words = DEATHS.get(language)
    return word_pattern(sorted(words.split(), key=len, reverse=True), language) if words else None
