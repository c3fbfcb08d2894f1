"""The built-in offline summarizer: ranks sentences and files them under the brief's sections.

Deterministic and dependency-light. Each story's sentences are ranked against its centroids
(`ranking.py`); rule-based cues (`cues.py`) decide whether a sentence is a development, a risk,
a reaction or an outlook. Every item quotes its article verbatim and cites it, plus the other
articles of the story that carry the same claim and all of its numbers.

It says each thing once: a sentence is used in one place only (bottom line, a development, a
risk, a reaction or the outlook), a title never repeats the start of its item, and nothing is
asserted that no article states (risks carry no likelihood or impact: none is assessed).
"""

from __future__ import annotations

import logging
import math

from briefgen.errors import NoArticlesError
from briefgen.language import language_of
from briefgen.models import Brief, Development, Reaction, Risk, Stats, StoryRef
from briefgen.revisions import Revisions
from briefgen.summarize import SummaryRequest, lang_cues
from briefgen.summarize.actors import quotes_in
from briefgen.summarize.counts import counts
from briefgen.summarize.cues import Kind, stance_of
from briefgen.summarize.lang_cues import has_cues
from briefgen.summarize.ranking import Candidate, RankedStory, rank
from briefgen.summarize.restating import REDUNDANT, facts_apart, restates, said, telling_numbers
from briefgen.summarize.terms import ENGLISH
from briefgen.summarize.titles import harm_phrase, leans, opens_with, risk_title
from briefgen.text import clean_title, is_angle
from briefgen.vectors import cosine, tfidf

log = logging.getLogger(__name__)
SAME_EVENT = 0.3  # cosine above which two bottom-line lines tell one event
# items of each section a brief lists at most (README, "The offline summarizer"); and each
# story a development whatever the cap (the stories are max_stories at most)
CAPS = {"development": 6, "risk": 4, "reaction": 4, "outlook": 3}
# the sections whose lines are read apart from their story's: none opens with a pronoun of
# what the sentence before told ("It is planned to be covered by aid": what is?)
ALONE = frozenset({"risk", "outlook"})
MAX_SUMMARY = 5
OWN_LANGUAGE = 1.15  # how much more a sentence in the brief's language weighs in its sections
NEW_LOOK = 20  # an updated story's best statements looked at for what its new articles add
LEAD_POSITION = 1  # sentences this early in their article are what its headline is about


class ExtractiveSummarizer:
    """Offline, deterministic summaries built from the articles' own sentences."""

    provider = "extractive"
    model = ""

    def summarize(self, request: SummaryRequest) -> Brief:
        topic = " ".join([request.topic, *request.keywords])
        n = len(request.stories)
        ranked = [rank(i, s, topic, n) for i, s in enumerate(request.stories)]
        if not any(r.candidates for r in ranked):
            count = sum(len(s.articles) for s in request.stories)
            raise NoArticlesError(
                f"the {count} article(s) have no usable sentence (too short, or text without "
                "sentence punctuation); check the sources"
            )
        for line in uncued_warnings(ranked):
            log.warning(line)
        chosen: list[Candidate] = []
        summary = self._summary(ranked, chosen, request.language)
        sections = {kind: self._pick(kind, ranked, chosen, request.language) for kind in CAPS}
        items = _Items(request, ranked)
        log.info("extractive summary: %d stories, %d items", n, len(chosen))
        return Brief(
            topic=request.topic,
            date=request.date,
            generated_at=request.generated_at,
            period=request.period,
            headline=items.headline,
            summary=[c.sentence.text for c in summary],
            stories=[
                StoryRef(
                    id=s.id,
                    title=s.title,
                    status=s.status,
                    sources=[request.source_id(a) for a in s.articles],
                )
                for s in request.stories
            ],
            developments=[items.development(c) for c in sections["development"]],
            risks=[items.risk(c) for c in sections["risk"]],
            reactions=[items.reaction(c) for c in sections["reaction"]],
            outlook=[c.sentence.text for c in sections["outlook"]],
            sources=request.sources,
            stats=Stats(provider=self.provider, model=self.model),
        )

    # -- choosing sentences ----------------------------------------------------------------

    @staticmethod
    def _summary(
        ranked: list[RankedStory], chosen: list[Candidate], language: str
    ) -> list[Candidate]:
        """The bottom line: each top story's most informative statement (the new and updated
        stories' when there are any: a continuing one's line is yesterday's), no two about one
        event, in the brief's `language` when the story has one in it. A brief of one story
        gets its three most informative statements that do not repeat each other, in the
        order its articles tell them (a lead first, not "The quake hit at 04:12" before the
        quake), unless it is updated. An updated story's line tells what its new articles
        add, when they add anything, and a story a report revises leads with that report's
        (not "magnitude 6.1" of a quake revised to 6.3)."""
        fresh = [r for r in ranked if r.story.status != "continuing" and r.candidates]
        stories = fresh or [r for r in ranked if r.candidates]
        statements: list[Candidate] = []
        for r in stories:
            own = [c for c in r.candidates if c.sentence.lang == language] or r.candidates
            # only what is new, in another language if only it tells it (a strike that has
            # ended)
            fresh = [c for c in r.candidates if r.fresh(c.sentence.article)]
            own = [c for c in own if c in fresh] or fresh or own
            plain = [c for c in own if _is_news(c)]
            best = _new_first(r, sorted(plain or own, key=lambda c: -c.info))
            wanted = 3 if len(stories) == 1 else 1
            for c in best:
                if len(statements) >= MAX_SUMMARY or wanted == 0:
                    break
                if any(restates(c, o) for o in statements):
                    continue
                statements.append(c)
                wanted -= 1
        # Lines of different stories live in different term spaces: compare them in one. Two
        # lines alike in words that tell facts apart (other cities, or no city in common and
        # other telling numbers: restating.facts_apart) are two events of one template
        vectors = tfidf([c.sentence.terms for c in statements])
        kept: list[int] = []
        for i, c in enumerate(statements):
            if not any(
                statements[j].story != c.story
                and cosine(vectors[i], vectors[j]) >= SAME_EVENT
                and not facts_apart(c.sentence, statements[j].sentence)
                for j in kept
            ):
                kept.append(i)
        lines = [statements[i] for i in kept]
        if len(stories) == 1 and stories[0].story.status != "updated":  # what is new first
            lines.sort(key=lambda c: c.sentence.position)  # else in the order news tells it
        chosen += lines
        return lines

    @staticmethod
    def _pick(
        kind: Kind, ranked: list[RankedStory], chosen: list[Candidate], language: str
    ) -> list[Candidate]:
        """Best `kind` sentences, none redundant, taken in rounds over the stories (top
        stories first): every story gives its best before any gives a second, so that the
        stories past the first few are not left out. Each story has a development. Of two that
        say one thing in two languages, the one in the brief's `language` (_own_first), of any
        section (_ours_says)."""
        n = len(ranked)
        cap = max(CAPS[kind], n) if kind == "development" else CAPS[kind]
        # a story's outlook is one line: two are one plan in other words ("free of charge",
        # "at no cost"), which no word count can tell apart
        per_story_cap = 1 if kind == "outlook" else max(2, math.ceil(cap / n))
        fit = [
            [[c for c in group if not (kind in ALONE and leans(c.sentence))] for group in ours]
            for ours in (_todays(r, kind) for r in ranked)
        ]
        queues = [iter(_own_first(today, language)) for today, _ in fit]
        taken = [0] * n
        left = set(range(n))  # the stories with candidates left to take
        picked: list[Candidate] = []

        def unsaid(s: int) -> Candidate | None:
            return next(
                (
                    c
                    for c in queues[s]
                    if not said(c, chosen) and not _ours_says(c, ranked[s], language)
                ),
                None,
            )

        while len(picked) < cap and left:
            for s in sorted(left):
                if len(picked) >= cap:
                    break
                c = unsaid(s)
                if c is None and not taken[s] and fit[s][1]:  # yesterday's, if nothing of today's
                    queues[s] = iter(_own_first(fit[s][1], language))
                    c = unsaid(s)
                if c is None:
                    left.discard(s)
                    continue
                picked.append(c)
                chosen.append(c)
                taken[s] += 1
                if taken[s] >= per_story_cap:
                    left.discard(s)
        return sorted(picked, key=lambda c: c.story)  # by story, as the brief shows them


class _Items:
    """Builds the brief's items from chosen candidates: titles that never repeat a detail's
    opening nor another title, and citations."""

    def __init__(self, request: SummaryRequest, ranked: list[RankedStory]) -> None:
        self.request = request
        self.ranked = ranked
        self.used = {_key(s.title) for s in request.stories}  # the story list shows these
        self.led: set[int] = set()
        top, first = request.stories[0], ranked[0]
        # the brief's headline is in the brief's language: a Japanese report's title does not
        # head an English brief (the top story's title does, when no other title would)
        own = [a for a in top.articles if language_of(a) == request.language]
        self.headline = next(iter(self._headlines(own, first.revised)), top.title)
        new = {a.url for i, a in enumerate(top.articles) if first.fresh(i)}
        if new:  # a new or revising report's title, in the brief's language when one is in
            # it, else in its own: yesterday's reports tell old facts (the story's title,
            # when it is the new report's, rather than one of those); today's, unless they
            # give a revised figure, the same facts
            fresh = [a for a in own if a.url in new] or [a for a in top.articles if a.url in new]
            titles = [clean_title(a.title) for a in fresh]
            yesterdays = top.status == "updated" or self.headline == top.title
            self.headline = next(
                iter(self._headlines(fresh, first.revised)),
                top.title if top.title in titles and yesterdays else self.headline,
            )
        self.used.add(_key(self.headline))

    def _headlines(self, articles, revised: Revisions, detail: str = "") -> list[str]:
        """The titles of `articles` not shown yet nor opening `detail`, nor giving a figure
        a later report `revised`, reports' before angles' ("Analysis: ...")."""
        found = []
        for article in articles:
            title = clean_title(article.title)
            if (
                _key(title) not in self.used
                and not opens_with(detail, title)
                and not revised.stale(title, language_of(article))
            ):
                found.append(title)
        return sorted(found, key=is_angle)

    def cite(self, c: Candidate) -> list[str]:
        r = self.ranked[c.story]
        articles = [c.sentence.article, *r.backing(c)]
        return [self.request.source_id(r.story.articles[i]) for i in articles]

    def development(self, c: Candidate) -> Development:
        """A story's first development is titled with its article's headline when it opens
        that article (what the headline is about) and the headline is not shown yet; the
        others have no title of their own (the templates show the story's once above them)."""
        story = self.ranked[c.story].story
        title = ""
        if c.story not in self.led:
            self.led.add(c.story)
            own = story.articles[c.sentence.article]
            if c.sentence.position <= LEAD_POSITION:
                revised = self.ranked[c.story].revised
                title = next(iter(self._headlines([own], revised, c.sentence.text)), "")
                self.used.add(_key(title))
        return Development(
            title=title,
            detail=c.sentence.text,
            story=story.id,
            status=story.status,
            sources=self.cite(c),
            quotes=[],  # the detail is the article's own sentence, its quotes included
        )

    def risk(self, c: Candidate) -> Risk:
        """A possible harm named by what it is, with no likelihood or impact: the extractive
        summarizer cannot assess them, and no article is made to say it does."""
        text = c.sentence.text
        story = self.ranked[c.story].story
        # named by its harm, else by who warns, else by its story's headline (in its language)
        title = risk_title(text, c.sentence.lang) or harm_phrase(text)
        return Risk(
            risk=title or (f"Warning from {c.actor}" if c.actor else story.title),
            detail=text,
            story=story.id,
            sources=self.cite(c),
        )

    def reaction(self, c: Candidate) -> Reaction:
        """Who reacted and how; the quote stays in the detail (the article's own sentence),
        shown once."""
        return Reaction(
            actor=c.actor,
            stance=stance_of(c.sentence),
            detail=c.sentence.text,
            story=self.ranked[c.story].story.id,
            sources=self.cite(c),
        )


def uncued_warnings(ranked: list[RankedStory]) -> list[str]:
    """One line per language of the sentences that has no risk and reaction cues."""
    langs = {c.sentence.lang for r in ranked for c in r.candidates}
    return [
        f"the offline summarizer has no risk or reaction cues for language {lang!r}: its "
        "articles give developments, outlook and the bottom line only"
        for lang in sorted(langs - ENGLISH)
        if not has_cues(lang)
    ]


def _todays(r: RankedStory, kind: Kind) -> tuple[list[Candidate], list[Candidate]]:
    """A story's `kind` statements, and those to take only if none of them can be: of an
    updated story, its new articles' (yesterday's brief told the others: a new user's
    updated story gave yesterday's risk, reaction and "rund 800 gestrichene Flüge" beside
    today's 790), then its old ones' developments (a story tells something)."""
    statements = [c for c in r.candidates if c.kind == kind]
    if r.story.status != "updated":
        return statements, []
    unseen = set(r.story.unseen)
    new = [c for c in statements if r.story.articles[c.sentence.article].url in unseen]
    return new, [c for c in statements if c not in new] if kind == "development" else []


def _new_first(r: RankedStory, statements: list[Candidate]) -> list[Candidate]:
    """An updated story's statements from its new articles that say nothing its earlier
    articles said (as restating.restates tells, the earlier articles' numbers read once; a
    sentence alike in words but with a new count, "the death toll rose to 11", says something
    new), first, what happened before a risk or an outlook: the first NEW_LOOK statements are
    looked at. Any other story's as they are. Yesterday's articles, more of them, tell
    yesterday's facts more than today's do."""
    if r.story.status != "updated":
        return statements
    unseen = set(r.story.unseen)
    earlier = [c for c in r.candidates if r.story.articles[c.sentence.article].url not in unseen]
    numbers: dict[str, set[str]] = {}  # the earlier articles' telling numbers, by language
    for o in earlier:
        numbers.setdefault(o.sentence.lang, set()).update(
            telling_numbers(o.sentence.text, o.sentence.lang)
        )

    def restated(c: Candidate) -> bool:
        counted = counts(c.sentence.text, c.sentence.lang)
        if any(
            cosine(c.vector, o.vector) >= REDUNDANT
            and counted <= counts(o.sentence.text, o.sentence.lang)  # no new count: "rose to 11"
            for o in earlier
        ):
            return True
        mine = telling_numbers(c.sentence.text, c.sentence.lang)
        return any(mine & found for lang, found in numbers.items() if lang != c.sentence.lang)

    added = [
        c
        for c in statements[:NEW_LOOK]
        if r.story.articles[c.sentence.article].url in unseen and not restated(c)
    ]
    added.sort(key=lambda c: c.kind != "development")  # what happened first (a new toll)
    return added + [c for c in statements if c not in added]


def _ours_says(c: Candidate, r: RankedStory, language: str) -> bool:
    """Whether a sentence in another language than the brief's says what one of its story in
    the brief's `language` says, of another section: the mayor's words quoted in Spanish
    as a development and in English as her reaction are said once, in English."""
    return c.sentence.lang != language and any(
        o.sentence.lang == language and o.kind != c.kind and restates(o, c) for o in r.candidates
    )


def _own_first(candidates: list[Candidate], language: str) -> list[Candidate]:
    """The candidates by their score, one in the brief's `language` scored OWN_LANGUAGE times
    its score (a Chinese report's lead no longer heads an English brief's story before the
    English one's, 0.36 to 0.34: blind-day-37), and one in another language after a later
    one in the brief's that says the same (restating.restates): a statement told in
    Russian and in English is said once, in English."""
    ordered = sorted(
        candidates, key=lambda c: -c.score * (OWN_LANGUAGE if c.sentence.lang == language else 1)
    )
    for c in candidates:
        if c.sentence.lang == language:
            continue
        at = ordered.index(c)
        twin = next(
            (o for o in ordered[at + 1 :] if o.sentence.lang == language and restates(o, c)),
            None,
        )
        if twin is not None:
            ordered.remove(twin)
            ordered.insert(at, twin)
    return ordered


def _key(title: str) -> str:
    return " ".join(title.lower().split())


def _is_news(c: Candidate) -> bool:
    """Whether a statement may stand in the bottom line: a development or a risk, or an
    article's unquoted first sentence whatever its section ("The Met Office has issued a
    yellow warning ...", "Lawmakers rejected the plan by 79 votes to 71")."""
    if c.kind in ("development", "risk"):
        return True
    text, lang = c.sentence.text, c.sentence.lang
    quoted = quotes_in(text) if lang in ENGLISH else lang_cues.quotes_in(text, lang)
    return c.sentence.position == 0 and not quoted
