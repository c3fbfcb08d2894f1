"""Figures a later report revises: "revised the magnitude ... to 6.3 from an initial 6.1",
„auf 6,3 nach zuvor 6,1“, "从最初的6.1级上调至6.3级", "当初のM6.1から6.3に修正". A report that
still gives 6.1 tells superseded news (nu34 r05: the headline, the bottom line and three
developments said "magnitude 6.1, two hurt" of a quake that a later report had revised to 6.3,
five hurt).

A revision is read in a report's title and lead (its first LEAD characters), where news says
it, in the words of revision_words.py (15 languages; others have no revisions read):
- an old figure named as old: after "from", "initially", "previously" and their like in a
  sentence that says something changed (so that "from 9 to 5", a range, is none), or in
  words that say so themselves ("and not 450 as first reported");
- a figure something changed to that no earlier report gives: after a word of revision
  ("revised to 20"), or after one that says a quantity moved where people are counted ("the
  death toll rose to five"; not "bond yields rose to 4.62%");
- more dead than any earlier report counts ("at least 7 killed", then "at least 11").
Only a figure named as old is known to be stale; of the others, the earlier counts of the
dead are (a toll only rises). Measured on pairs labelled blind: benchmarks/revisions/.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from re import Pattern
from typing import NamedTuple

from briefgen.casualties import counts_deaths, deaths_in
from briefgen.death_words import DEATHS, code
from briefgen.figures import ascii_digits, telling_number
from briefgen.language import language_of
from briefgen.models import Article
from briefgen.revision_words import ANY_ORDER, FIG, WORDS, Words
from briefgen.summarize.counts import counts, number_words, plural_counts
from briefgen.summarize.months import months

LEAD = 1500  # characters of a report's text read for a revision
DECIMAL = re.compile(r"(?<![\d.,])(\d+)[.,](\d{1,2})(?![\d])")  # 6.1, 6,1; not 1,200
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])|\n")  # not in 6.1
# Arabic's vowel signs and tatweel, not its shadda: عدّل (amended) is not عدل (justice)
ARABIC_MARKS = re.compile("[\u064b-\u0650\u0652-\u065f\u0640]")
# characters before a change and its figure where what moved is named ("the death toll
# rose to"), and after ("to 3,100 people")
TALLY_NEAR = 40
TALLY_AFTER = 15
# characters between a word for dying and the count it gives, at most: before it ("7
# workers were killed"), after it ("Жертвами пожара на складе в Ногинске стали 5 человек")
NEAR = 25
NEAR_AFTER = 40
# ... and after a toll named as a noun, when a word of change stands before the count, in
# one clause ("the death toll from a strong earthquake near the town of Poso rose to 52"; not
# "killed elderly people as temperatures rose to 48", whose "killed" gives its count near it)
CHANGED_AFTER = 90
TOLL_NAMED = {
    "en": re.compile(r"death\s+toll\b|number\s+of\s+(?:dead|deaths)\b", re.I),
    # "korban meninggal" (the dead, as victims), "korban jiwa" (lives lost), "kematian"
    "id": re.compile(r"(?<=korban\s)(?:meninggal|tewas)\b|korban\s+jiwa\b|kematian\b", re.I),
}
CLAUSE_BREAK = re.compile(r"[;:()]|,(?!\d)|\s[-–—]\s")  # not the comma of 2,300
AMOUNT = frozenset("$€£¥₩₹")  # ... which is no amount ("$84 a barrel") ...
NOT_A_COUNT = re.compile(  # ... nor a share, an age, a time, a temperature, a speed, a
    # length or a house number
    r"\s*(?:%|[-\s]?(?:years?|yrs?)[-\s]old|-?jährige?|(?:ans|años|anni|anos|jaar|jarige|лет"
    r"|года?|yaşında)\b|岁|歳|세|살|:\d|[ap]\.?m\b|h\d|uhr\b|heures?\b|o'clock"
    r"|(?:street|st|road|rd|avenue|ave|straße|strasse)\b"
    r"|(?:km/h|km|kph|mph|knots|kts|metres|meters|miles|mm|cm|kg)(?![\w/])"
    r"|[°º℃]|(?:degrees?|degrés?|grad|grader|graden|grade|grados?|gradi|graus?|derajat|derece"
    r"|stopni\w*|stupň\w*|stupnj\w*|fok|asteen|độ|percent|persen|prozent|procent\w*)\b"
    r"|градус|βαθμ|درج)",
    re.IGNORECASE,
)
TIME = r"\s*(?:[ap]\.?m\b|o'clock|gmt\b|utc\b|uhr\b|h\b)|:\d"  # a figure that is a time: 4 a.m.
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


class Report(NamedTuple):
    """One report of a story, as revisions are read in it."""

    lang: str
    text: str  # its title and lead
    published: dt.datetime


@dataclass(frozen=True)
class Revisions:
    """The figures reports name as old that others give, and the reports that name them."""

    old: frozenset[str] = frozenset()
    # the keys of the reports that tell a revision, or the toll now (and not only a toll since
    # overtaken): the reports that tell what is new
    by: frozenset[str] = frozenset()
    new: frozenset[str] = frozenset()  # the counts of the dead they say the toll is now
    before: frozenset[str] = frozenset()  # the counts of the dead the reports gave before it

    def stale(self, text: str, lang: str, telling: bool = False) -> frozenset[str]:
        """The revised figures `text` gives, unless it tells a revision itself, and the
        counts of the dead it gives beside none of the new figures ("killed three workers"
        of a fire whose "death toll rose to five"); `telling`: only those that tell one
        event from another (a decimal, a number above a day of the month:
        figures.telling_number), where a count of a few may be another count."""
        text = _plain(text, lang)
        if not (self.old or self.new) or _old(text, lang):
            return frozenset()
        given = figures(text, lang)
        found = self.old & given
        if self._old_toll(text, lang, given):
            found |= given
        return frozenset(f for f in found if telling_number(f)) if telling else found

    def old_toll(self, text: str, lang: str) -> bool:
        """Whether `text` gives a count of the dead that a report gave as the toll before
        the toll now, and tells no revision itself: "At least 37 people were killed" of a
        quake whose toll rose to 52, though its report told the rise from 14 (not "three
        children were among the dead", nor a past quake's 4,000)."""
        text = _plain(text, lang)
        if not self.before or _old(text, lang):
            return False
        return bool(_tolls([text], lang, 0) & self.before) and self._old_toll(text, lang)

    def gives_toll(self, text: str, lang: str) -> bool:
        """Whether `text` gives the toll now."""
        return bool(self.new & figures(_plain(text, lang), lang))

    def _old_toll(self, text: str, lang: str, given: frozenset[str] | None = None) -> bool:
        given = figures(text, lang) if given is None else given
        return bool(self.new) and not given & self.new and counts_deaths(text, lang)

    def keyed(self, names: Mapping[str, str]) -> Revisions:
        """The same, with the reports that tell a revision known by `names` of their keys."""
        return replace(self, by=frozenset(names[key] for key in self.by))


def revisions(reports: Mapping[str, Report]) -> Revisions:
    """What the reports of one story revise, each read in its title and lead. A report
    revises the story when it names as old a figure another report gives as current, in a
    sentence that revises nothing (so that "raised its key rate to 23% from 21%", told by
    every report, revises no report's news, nor a range, "from 9 to 5", read as a
    revision); or when it says something changed to a figure no earlier report gives ("the
    death toll rose to five": nu35 r01), though which figure that replaces is not known; or
    when its title or first sentence counts more dead than any earlier report's ("at least
    7 killed", then "at least 11 killed"): a toll only rises. A report that gives the toll
    now tells what is new too, though another told it first; one whose only news was a
    toll since overtaken no longer does (`Revisions.by`)."""
    if len(reports) < 2:
        return Revisions()
    leads = {key: SENTENCE_END.split(_plain(r.text[:LEAD], r.lang)) for key, r in reports.items()}
    # by report: the figures it names as old, and those it says something changed to (most
    # reports name none: the others' figures are read only when one does), and its dead
    olds = {key: [_old(s, r.lang) for s in leads[key]] for key, r in reports.items()}
    named = {key: _union(olds[key]) for key in reports}
    new = {key: _changed(leads[key], r.lang, _new) for key, r in reports.items()}
    tolls = {key: _tolls(leads[key][:2], r.lang, r.published.year) for key, r in reports.items()}
    if not any(named.values()) and not any(new.values()) and len(_union(tolls.values())) < 2:
        return Revisions()
    given = {  # ... and those it gives as current, in sentences that revise nothing
        key: _union(
            figures(s, r.lang) for s, old in zip(leads[key], olds[key], strict=True) if not old
        )
        for key, r in reports.items()
    }
    stale: set[str] = set()
    by: set[str] = set()
    naming: set[str] = set()  # ... of them, those that name a figure as old
    dead: dict[str, frozenset[str]] = {}  # the new counts of the dead, by report
    for key, report in reports.items():
        others = [g for other, g in given.items() if other != key]
        earlier_reports = [other for other, r in reports.items() if r.published < report.published]
        earlier = [given[other] | new[other] for other in earlier_reports]
        mine: set[str] = set()
        if found := {f for f in named[key] if any(f in g for g in others)}:
            stale |= found
            naming.add(key)
        elif earlier and any(all(f not in g for g in earlier) for f in new[key]):
            by.add(key)  # of what changed, the counts of the dead (not "負傷者は約400人に")
            counted = [s for s in leads[key] if counts_deaths(s, report.lang)]
            year = report.published.year
            mine |= _changed(counted, report.lang, _new) & _tolls(counted, report.lang, year)
        mine |= _higher(tolls[key], [tolls[other] for other in earlier_reports])
        by |= naming | ({key} if mine else set())
        dead[key] = frozenset(mine)
    # a toll only rises: the highest count is the toll now, those before it old (14, 37, 52
    # and 68 dead of one quake, blind-day-36), unless a report names it as old ("revised
    # down to 30 from 37": then which is the toll now is not read)
    current = _union(dead.values()) - stale
    if not current:
        return Revisions(frozenset(stale), frozenset(by))
    now = frozenset({max(current, key=float)})
    before = (_union(tolls.values()) | _union(dead.values())) - now
    # the reports that tell the toll now tell what is new, whichever told it first (an
    # English report of 52 dead after a Japanese one); those whose only news was a toll
    # since overtaken (37, then 52) no longer do
    telling = {key for key in reports if (tolls[key] | new[key]) & now}
    overtaken = {
        key
        for key in by - naming
        if (told := tolls[key] | dead[key]) and told <= before and new[key] <= told
    }
    return Revisions(frozenset(stale), frozenset(by - overtaken | telling), now, before)


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
    return _union(read(s, lang) for s in sentences)


def _union(sets) -> frozenset[str]:
    return frozenset().union(*sets)


def _plain(text: str, lang: str) -> str:
    """Arabic without its vowel signs, as its words are listed (عدَّلَ: عدّل); a French
    "neuf morts" in digits (counts.plural_counts)."""
    return ARABIC_MARKS.sub("", text) if lang == "ar" else plural_counts(text, lang)


def _new(text: str, lang: str) -> frozenset[str]:
    """The figures `text` says something changed to: after a word that says a figure was
    revised, or one that says a quantity moved where people are counted (`_tallied`)."""
    patterns = _patterns(lang)
    if patterns is None:
        return frozenset()
    found: set[str] = set()
    for sentence in SENTENCE_END.split(text):
        revising = patterns.revising.search(sentence)
        trend = patterns.trend.search(sentence)
        for match in patterns.new.finditer(sentence) if revising or trend else ():
            if any(
                change
                and (lang in ANY_ORDER or match.start() > change.start())
                and (change is revising or _tallied(sentence, change, match, patterns.tally))
                for change in (revising, trend)
            ):
                found |= _figure(match, sentence, lang)
    return frozenset(found)


def _tallied(sentence: str, change: re.Match, figure: re.Match, tally: Pattern) -> bool:
    """Whether what moved counts people: a word that counts them stands between the word
    that says so and the figure, or just before them, or just after the figure ("the death
    toll rose to 14"; not "Brent rose 2% to $84 after a fire that killed a worker")."""
    start = max(0, min(change.start(), figure.start()) - TALLY_NEAR)
    return bool(tally.search(sentence, start, max(change.end(), figure.end()) + TALLY_AFTER))


def _old(text: str, lang: str) -> frozenset[str]:
    """The figures `text` names as old: in a sentence that says something changed, or in
    words that say so themselves ("and not 30 as first reported")."""
    patterns = _patterns(lang)
    if patterns is None:
        return frozenset()
    found: set[str] = set()
    for sentence in SENTENCE_END.split(text):
        matches = [*patterns.told.finditer(sentence)]
        if change := patterns.revising.search(sentence) or patterns.trend.search(sentence):
            matches += patterns.old.finditer(sentence)
            if patterns.ranged:
                ranged = patterns.ranged.finditer(sentence)
                matches += [m for m in ranged if m.start() > change.start()]
        for match in matches:
            found |= _figure(match, sentence, lang)
    return frozenset(found)


def _figure(match: re.Match, sentence: str, lang: str) -> frozenset[str]:
    """The figure a pattern found, with the scale word after it ("412 Millionen": 412000000,
    as a report that gives "412 Millionen Euro" gives it)."""
    group = next(i for i, g in enumerate(match.groups(), start=1) if g)
    scaled = re.match(r"\s*[^\W\d]+", sentence[match.end(group) :])
    whole = figures(match[group] + (scaled[0] if scaled else ""), lang)
    return whole or figures(match[group], lang)


def lead_tolls(title: str, lead: str, lang: str, year: int) -> frozenset[float]:
    """The counts of the dead a report's title and first sentence give (_tolls), as numbers."""
    found = _tolls([_plain(title, lang), _plain(lead, lang)], lang, year)
    return frozenset(float(n) for n in found)


def _tolls(sentences: list[str], lang: str, year: int) -> frozenset[str]:
    """The counts of the dead `sentences` give: by each word for dying (casualties.deaths_in)
    the nearest count before it within NEAR characters, else the nearest after it within
    NEAR_AFTER ("at least 7 workers were killed", "死者7人"; of "3 dead and 40 injured" and
    "three died and 40 were hurt", 3), else, after a toll named as a noun, the count a word of
    change gives in its clause (_changed_to): no decimal, amount, share, age, date, time or
    house number ("a 45-year-old man was killed", "shot dead on 14 March"), nor in a sentence
    that names an earlier `year` ("since 2015, when flooding killed 3 people"). Only in the
    languages death_words.py knows."""
    if code(lang) not in DEATHS:
        return frozenset()
    found: set[str] = set()
    for sentence in sentences:
        text = ascii_digits(sentence)
        if any(int(y) < year for y in YEAR.findall(text)):
            continue  # a past event's toll
        if not (dying := deaths_in(text, lang)):
            continue  # (most sentences: their numbers are not read)
        numbers = [
            (m.start(), m.end(), m.group())
            for m in _numbers(lang).finditer(text)
            if text[m.start() - 1 : m.start()] not in AMOUNT
            and not _no_count(text, m.end(), lang)
            and counts(m.group(), lang)  # not a magnitude: "M6.8地震　死者52人"
        ]
        for word in dying:
            before = [(word.start() - end, n) for start, end, n in numbers if end <= word.start()]
            after = [(start - word.end(), n) for start, end, n in numbers if start >= word.end()]
            near = [
                min(side)
                for side, most in ((before, NEAR), (after, NEAR_AFTER))
                if side and min(side)[0] <= most
            ]
            if near:
                found |= counts(near[0][1], lang)
            elif (named := TOLL_NAMED.get(code(lang))) and named.match(text, word.start()):
                found |= _changed_to(text, word.end(), lang)
    return frozenset(found)


def _changed_to(text: str, start: int, lang: str) -> frozenset[str]:
    """The count a word of change gives after `start`, a word for dying's end, in its
    clause and within CHANGED_AFTER characters ("death toll from ... Poso rose to 52")."""
    patterns = _patterns(lang)
    end = start + CHANGED_AFTER
    if stop := CLAUSE_BREAK.search(text, start, end):
        end = stop.start()
    change = patterns.trend.search(text, start, end) or patterns.revising.search(text, start, end)
    if change is None:
        return frozenset()
    match = patterns.new.search(text, change.end())  # a count may end past the clause's end
    if match is None or match.start() >= end or _no_count(text, match.end(), lang):
        return frozenset()
    return counts(next(g for g in match.groups() if g), lang)


def _no_count(text: str, end: int, lang: str) -> bool:
    """Whether the number that ends at `end` is a share, an age, a time, a temperature, a
    speed, a length, a house number or a day of a month, by what follows it."""
    after = text[end : end + 16]
    return bool(NOT_A_COUNT.match(after)) or bool(months(after, lang))


def _higher(mine: frozenset[str], before: list[frozenset[str]]) -> frozenset[str]:
    """The count of the dead of `mine` higher than every count of the reports `before`, when
    they give one."""
    theirs = _union(before)
    if not mine or not theirs:
        return frozenset()
    top = max(mine, key=float)
    return frozenset({top}) if float(top) > max(map(float, theirs)) else frozenset()


def says_a_move(word: str, lang: str) -> bool:
    """Whether a word says a quantity moved ("rose", "gestiegen": revision_words' trend)."""
    patterns = _patterns(lang)
    return bool(patterns and patterns.trend and patterns.trend.fullmatch(word))


@cache
def _numbers(lang: str) -> Pattern:
    """A number in digits, or a count in words of `lang` ("three")."""
    words = "|".join(sorted(number_words(lang), key=len, reverse=True))
    # not a part of one joined by a hyphen ("Fifty-two" is no two)
    spelled = rf"|(?<![\w-])(?:{words})(?![\w-])" if words else ""
    return re.compile(r"\d+(?:[.,]\d+)*" + spelled, re.I)


@cache
def _patterns(lang: str) -> Words | None:
    """revision_words.WORDS of `lang`, compiled; None when none are known for it."""
    if (listed := WORDS.get(code(lang))) is None:
        return None
    words = "".join(f"|{w}" for w in sorted(number_words(lang), key=len, reverse=True))
    figure = rf"(\d[\d.,]*\d|\d{words})(?![\w])(?!{TIME})"

    def compiled(pattern: str) -> Pattern | None:
        pattern = pattern.replace("_", r"\s+").replace(FIG, figure)
        return re.compile(pattern, re.IGNORECASE) if pattern else None

    return Words(*(compiled(pattern) for pattern in listed))
