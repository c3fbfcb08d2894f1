"""Figures a later report revises: "revised the magnitude ... to 6.3 from an initial 6.1",
„auf 6,3 nach zuvor 6,1“, "从最初的6.1级上调至6.3级", "当初のM6.1から6.3に修正". A report that
still gives 6.1 tells superseded news (nu34 r05: the headline, the bottom line and three
developments said "magnitude 6.1, two hurt" of a quake that a later report had revised to 6.3,
five hurt). Only an old figure a report names as old is known to be stale: "the toll rose to
five" says nothing of which earlier "two" it replaces.

A revision is read in a report's title and lead (its first LEAD characters), where news says
it. The old figure is read after "from", "initially", "previously" and their like, in a
sentence that says something changed (revised, raised, rose, ...), so that "from 9 to 5" (a
range) or "from 2 to 3 km away" are no revisions. Languages without patterns here have no
revisions read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from re import Pattern
from typing import NamedTuple

from briefgen.casualties import counts_deaths
from briefgen.figures import ascii_digits, telling_number
from briefgen.language import language_of
from briefgen.models import Article
from briefgen.summarize.counts import counts, number_words

LEAD = 1500  # characters of a report's text read for a revision
DECIMAL = re.compile(r"(?<![\d.,])(\d+)[.,](\d{1,2})(?![\d])")  # 6.1, 6,1; not 1,200
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])|\n")  # not in 6.1
FIG = "{fig}"  # a figure in digits, or a count in words (`_patterns`)
SKIP = r"(?:[^\W\d]+\s+){0,3}?"  # up to three words before it ("from an initial magnitude")
CJK_FIG = r"(\d+(?:\.\d+)?)"

# By language: what says something changed; where an old figure stands; and where one
# stands that a range could too ("from 9 to 5", "de 9 à 17 heures", "с 9 до 18"), read only
# after a word that says what changed ("the toll rose from 11 to 14")
PATTERNS = {
    "en": (
        r"\b(?:revis|rais|lower|upgrad|downgrad|correct|updat|r[io]se|risen|climb|jump|"
        r"increas|grew|grow|fell|fall|drop|cut|push|swell|soar|mount)\w*",
        rf"\bfrom\s+(?:an?\s+|the\s+)?(?:initial|earlier|previous|preliminary|original|first)"
        rf"\s+{SKIP}{FIG}|\b(?:initially|earlier|previously|originally|first)\s+(?:reported|"
        rf"put|given|estimated|measured|recorded|said|announced)\s+(?:at|as)\s+{SKIP}{FIG}",
        rf"\bfrom\s+{SKIP}{FIG}",
    ),
    "de": (
        r"\b(?:korrigiert|revidiert|erhöht|gesenkt|gestiegen|stieg|steigt|angehoben|"
        r"aktualisiert|nach_oben|nach_unten|hochgestuft|herabgestuft)\w*",
        rf"\bvon\s+(?:zunächst|ursprünglich|anfangs|bisher|zuvor)?\s*{SKIP}{FIG}\s+auf\b|"
        rf"\bnach\s+(?:zunächst|ursprünglich|zuvor|bisher)\s+{SKIP}{FIG}|"
        rf"\b(?:zunächst|ursprünglich|anfangs)\s+(?:gemeldet|angegeben|genannt|geschätzt)\w*\s+"
        rf"{SKIP}{FIG}",
        "",
    ),
    "fr": (
        r"\b(?:révis|revu|relev|corrig|rehauss|abaiss|pass|grimp|augment|port)\w*",
        rf"\bcontre\s+{FIG}\s+(?:initialement|auparavant|précédemment)|\b(?:initialement|"
        rf"d'abord|précédemment)\s+(?:annoncé|estimé|évalué|mesuré)\w*\s+à\s+{SKIP}{FIG}",
        rf"\bde\s+{SKIP}{FIG}\s+à\b",
    ),
    "es": (
        r"\b(?:revis|elev|corrig|aument|subi|sub[eí]|ascend|rebaj|actualiz|pas[óa])\w*",
        rf"\bfrente\s+a\s+(?:l[oa]s\s+)?{FIG}\s+(?:inicial|anterior|previ)|"
        rf"\binicialmente\s+(?:\w+\s+){{0,2}}?(?:en\s+)?{SKIP}{FIG}",
        rf"\bde\s+{SKIP}{FIG}\s+a\b",
    ),
    "it": (
        r"\b(?:rivist|corrett|salit|sale|aumentat|alzat|abbassat|aggiornat|portat)\w*",
        rf"\binizialmente\s+(?:\w+\s+){{0,2}}?{SKIP}{FIG}",
        rf"\bda\s+{SKIP}{FIG}\s+a\b",
    ),
    "pt": (
        r"\b(?:revis|elev|corrig|aument|subi|sob|atualiz|pass)\w*",
        rf"\bde\s+{SKIP}{FIG}\s+para\b|\binicialmente\s+(?:\w+\s+){{0,2}}?{SKIP}{FIG}",
        "",
    ),
    "nl": (
        r"\b(?:bijgesteld|verhoogd|verlaagd|gestegen|opgelopen|gecorrigeerd|steeg|liep)\w*",
        rf"\bvan\s+{SKIP}{FIG}\s+naar\b|\b(?:aanvankelijk|eerder|eerst)\s+{SKIP}{FIG}",
        "",
    ),
    "ru": (
        r"(?:пересмотр|увелич|вырос|вырост|повыс|уточн|возрос|скорректир|снизи|понизи)\w*",
        rf"(?<!\w)(?:первоначально|изначально|ранее)\s+(?:сообщалось\s+о\s+|называлась\s+|"
        rf"оценивалась\s+в\s+)?{SKIP}{FIG}",
        rf"(?<!\w)со?\s+{SKIP}{FIG}\s+до(?!\w)",
    ),
    "zh": (
        r"上调|下调|修正|修订|调整|增至|升至|上升至|增加至|增加到|升高|更新",
        rf"(?:由|从)(?:最初的|此前的|初步的|早前的)?[^\d，。；]{{0,4}}{CJK_FIG}"
        rf"|(?:此前|最初|初步|早前)(?:公布|报道|测定|发布|报告)?的?[^\d，。；]{{0,4}}{CJK_FIG}",
        "",
    ),
    "ja": (
        r"修正|引き上げ|引き下げ|増え|増加|変更|上方|下方|更新",
        rf"{CJK_FIG}[^\d\s、。]{{0,4}}から|当初(?:の|は)?[^\d。]{{0,8}}?{CJK_FIG}",
        "",
    ),
    "ko": (
        r"상향|하향|수정|늘어|늘었|증가|조정|높아",
        rf"{CJK_FIG}[^\d\s.]{{0,3}}에서|당초\s*[^\d.]{{0,8}}?{CJK_FIG}",
        "",
    ),
}


# By language: where a figure stands that something changed to ("the toll rose to five",
# "was revised to 20", "увеличен до 220 тонн", "升至5人"), read after the word that says what
# changed (anywhere in a sentence with one, in Chinese, Japanese and Korean)
NEW = {
    "en": rf"\bto\s+(?:at\s+least\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?{FIG}",
    "de": rf"\bauf\s+(?:mindestens\s+|rund\s+|etwa\s+|über\s+)?{FIG}",
    "fr": rf"\bà\s+(?:au\s+moins\s+|environ\s+|plus\s+de\s+)?{FIG}",
    "es": rf"\b(?:a|al|hasta)\s+(?:l[oa]s\s+)?(?:al\s+menos\s+|unos\s+|unas\s+)?{FIG}",
    "it": rf"\b(?:a|fino\s+a)\s+(?:almeno\s+|circa\s+)?{FIG}",
    "pt": rf"\bpara\s+(?:pelo\s+menos\s+|cerca\s+de\s+)?{FIG}",
    "nl": rf"\b(?:tot|naar)\s+(?:minstens\s+|zeker\s+|ongeveer\s+)?{FIG}",
    "ru": rf"(?<!\w)до\s+(?:как\s+минимум\s+)?{FIG}",
    "zh": rf"(?:至|到){CJK_FIG}",
    "ja": rf"{CJK_FIG}[^\d\s、。]{{0,4}}に",
    "ko": rf"{CJK_FIG}[^\d\s.]{{0,4}}(?:으로|로)",
}
UNSPACED = frozenset({"zh", "ja", "ko"})  # what changed may be said after the figure


class Report(NamedTuple):
    """One report of a story, as revisions are read in it."""

    lang: str
    text: str  # its title and lead
    published: dt.datetime


@dataclass(frozen=True)
class Revisions:
    """The figures reports name as old that others give, and the reports that name them."""

    old: frozenset[str] = frozenset()
    by: frozenset[str] = frozenset()  # the keys of the reports that tell a revision
    new: frozenset[str] = frozenset()  # the figures they say something changed to

    def stale(self, text: str, lang: str, telling: bool = False) -> frozenset[str]:
        """The revised figures `text` gives, unless it tells a revision itself, and the
        counts of the dead it gives beside none of the new figures ("killed three workers"
        of a fire whose "death toll rose to five"); `telling`: only those that tell one
        event from another (a decimal, a number above a day of the month:
        figures.telling_number), where a count of a few may be another count."""
        if not (self.old or self.new) or _old(text, lang):
            return frozenset()
        given = figures(text, lang)
        found = self.old & given
        if self.new and not given & self.new and counts_deaths(text, lang):
            found |= given
        return frozenset(f for f in found if telling_number(f)) if telling else found


def revisions(reports: Mapping[str, Report]) -> Revisions:
    """What the reports of one story revise, each read in its title and lead. A report
    revises the story when it names as old a figure another report gives as current, in a
    sentence that revises nothing (so that "raised its key rate to 23% from 21%", told by
    every report, revises no report's news, nor a range, "from 9 to 5", read as a
    revision); or when it says something changed to a figure no earlier report gives ("the
    death toll rose to five": nu35 r01), though which figure that replaces is not known."""
    if len(reports) < 2:
        return Revisions()
    leads = {key: SENTENCE_END.split(r.text[:LEAD]) for key, r in reports.items()}
    # by report: the figures it names as old, and those it says something changed to (most
    # reports name none: the others' figures are read only when one does)
    named = {key: _changed(leads[key], r.lang, _old) for key, r in reports.items()}
    new = {key: _changed(leads[key], r.lang, _new) for key, r in reports.items()}
    if not any(named.values()) and not any(new.values()):
        return Revisions()
    given = {  # ... and those it gives as current, in sentences that revise nothing
        key: frozenset().union(*(figures(s, r.lang) for s in leads[key] if not _old(s, r.lang)))
        for key, r in reports.items()
    }
    stale: set[str] = set()
    by: set[str] = set()
    changed: set[str] = set()
    for key, report in reports.items():
        others = [g for other, g in given.items() if other != key]
        earlier = [
            given[other] | new[other]
            for other, r in reports.items()
            if r.published < report.published
        ]
        if found := {f for f in named[key] if any(f in g for g in others)}:
            stale |= found
            by.add(key)
        elif earlier and any(all(f not in g for g in earlier) for f in new[key]):
            by.add(key)
            changed |= new[key]
    return Revisions(frozenset(stale), frozenset(by), frozenset(changed))


def of_articles(articles: Sequence[Article], key: Callable[[Article], str]) -> Revisions:
    """What `articles`, one story's reports, revise; each report known by `key`."""
    return revisions(
        {
            key(a): Report(language_of(a), f"{a.title}\n{a.text[:LEAD]}", a.published)
            for a in articles
        }
    )


def figures(text: str, lang: str) -> frozenset[str]:
    """The figures `text` gives: its decimals ("6.1" and "6,1" alike) and its counts, in
    digits or in words (counts.counts)."""
    text = ascii_digits(text)
    decimals = {f"{whole}.{part}" for whole, part in DECIMAL.findall(text)}
    return frozenset(decimals) | counts(DECIMAL.sub(" ", text), lang)


def _changed(sentences: list[str], lang: str, read) -> frozenset[str]:
    return frozenset().union(*(read(s, lang) for s in sentences))


def _new(text: str, lang: str) -> frozenset[str]:
    """The figures `text` says something changed to."""
    patterns = _patterns(lang)
    if patterns is None:
        return frozenset()
    changed, new = patterns[0], patterns[3]
    found: set[str] = set()
    for sentence in SENTENCE_END.split(text):
        if change := changed.search(sentence):
            for match in new.finditer(sentence):
                if lang in UNSPACED or match.start() > change.start():
                    found |= figures(next(g for g in match.groups() if g), lang)
    return frozenset(found)


def _old(text: str, lang: str) -> frozenset[str]:
    """The figures `text` names as old in a sentence that says something changed."""
    patterns = _patterns(lang)
    if patterns is None:
        return frozenset()
    changed, old, ranged, _ = patterns
    found: set[str] = set()
    for sentence in SENTENCE_END.split(text):
        if not (change := changed.search(sentence)):
            continue
        matches = [*old.finditer(sentence)]
        if ranged:
            matches += [m for m in ranged.finditer(sentence) if m.start() > change.start()]
        for match in matches:
            found |= figures(next(g for g in match.groups() if g), lang)
    return frozenset(found)


@cache
def _patterns(lang: str) -> tuple[Pattern, Pattern, Pattern | None, Pattern] | None:
    """What says something changed, and where an old figure, a ranged one and a new one
    stand, in `lang`; None when no patterns are known for it."""
    if lang not in PATTERNS:
        return None
    changed, old, ranged = PATTERNS[lang]
    words = "".join(f"|{w}" for w in sorted(number_words(lang), key=len, reverse=True))
    figure = rf"(\d[\d.,]*\d|\d{words})(?![\w])"
    flags = re.IGNORECASE
    return (
        re.compile(changed.replace("_", r"\s+"), flags),
        re.compile(old.replace(FIG, figure), flags),
        re.compile(ranged.replace(FIG, figure), flags) if ranged else None,
        re.compile(NEW[lang].replace(FIG, figure), flags),
    )
