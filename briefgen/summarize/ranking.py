"""Rank a story's sentences in time linear in their number: each is compared with centroids.

A sentence scores high when the story's other articles say the same thing (its cosine with the
centroid of the other articles' sentences), when it is central to the story as a whole, when it
stands early in its article and when it names the topic. Comparing every sentence with every
other made a 2 MB article take minutes; centroids make it one pass. Which other articles back a
claim (for its citations) is worked out only for the few sentences a brief uses (`backing`).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from briefgen.models import Story
from briefgen.revisions import Revisions
from briefgen.summarize import lang_actors, lang_cues
from briefgen.summarize.actors import speakers
from briefgen.summarize.counts import counts, worded
from briefgen.summarize.cues import Kind, classify, risk_score
from briefgen.summarize.overtaken import overtaken
from briefgen.summarize.sentences import Sentence, article_sentences, usable
from briefgen.summarize.terms import ENGLISH, terms
from briefgen.summarize.titles import context_penalty, unattributed_quote
from briefgen.vectors import Vector, cosine, tfidf

log = logging.getLogger(__name__)
CORROBORATES = 0.35  # cosine above which another article's sentence backs a claim ...
SAID_ALIKE = 2  # ... with this many words in common besides who speaks
NEW_FACTS = 1.5  # weight of sentences from the articles that made a story "updated"
LEAD_INFO = 0.3  # how much more a lead sentence tells than a late one, for the bottom line
NUMBER = re.compile(r"\d[\d,.]*")
LOG_ABOVE = 500  # sentences in a story above which ranking says what it is doing


@dataclass
class Candidate:
    """A sentence of a story, with the section it belongs to and its scores."""

    sentence: Sentence
    kind: Kind
    actor: str
    score: float  # how much it belongs in the brief
    info: float  # how much of the story it tells (for the bottom line)
    vector: Vector
    story: int


@dataclass
class RankedStory:
    """A story's candidates, best first, and its sentences by article (to find backing)."""

    index: int
    story: Story
    candidates: list[Candidate] = field(default_factory=list)
    by_article: dict[int, list[Candidate]] = field(default_factory=dict)
    revised: Revisions = field(default_factory=Revisions)

    def fresh(self, article: int) -> bool:
        """Whether the story's `article` tells what is new: one no earlier brief used, of
        an updated story; else one that revises the figures of the story's others."""
        url = self.story.articles[article].url
        if self.story.status == "updated":
            return url in self.story.unseen
        return url in self.revised.by

    def backing(self, c: Candidate) -> list[int]:
        """The other articles that carry the same claim: a sentence alike to it that gives
        all of its numbers (not an article that gives them anywhere: yesterday's report of
        "killing three" and an aftershock "above magnitude 5" backs no "the toll rose to
        five"), and the words it quotes (an article that names the speaker but not what was
        said backs no quote); one that shares only who speaks backs nothing ("chief executive
        Helga Brandt declined to comment" backs no "chief executive Helga Brandt said buying
        Voltia would secure the battery supply")."""
        numbers = NUMBER.findall(c.sentence.text)
        in_words = worded(c.sentence.text, c.sentence.lang)
        quoted = [
            _plain(q).strip(" ,.;:!?")
            for q in lang_cues.quotes_in(c.sentence.text, c.sentence.lang)
        ]
        # what is said, not who says it (the speaker's words after any clause an actor of
        # "..., X said" holds); two of its words in common, when it has two
        speaker = c.actor.rsplit(",", 1)[-1]
        said = set(c.vector) - set(terms(speaker, c.sentence.lang))
        enough = min(SAID_ALIKE, len(said))
        found = []
        for article, others in sorted(self.by_article.items()):
            if article == c.sentence.article:
                continue
            if not any(
                cosine(c.vector, o.vector) >= CORROBORATES
                and len(said.intersection(o.vector)) >= enough
                and all(n in o.sentence.text for n in numbers)
                and (not in_words or in_words <= counts(o.sentence.text, o.sentence.lang))
                for o in others
            ):
                continue
            plain = _plain(self.story.articles[article].text) if quoted else ""
            if all(q in plain for q in quoted):
                found.append(article)
        return found


def _plain(text: str) -> str:
    """Text compared for a quote: case-folded, its spaces and apostrophes made one."""
    return " ".join(text.casefold().replace("’", "'").split())


def rank(index: int, story: Story, topic: str, of: int = 1) -> RankedStory:
    """The story's usable sentences as candidates, best first (deterministic). `topic` is the
    topic's name and keywords, read in each sentence's language."""
    every = [s for i, a in enumerate(story.articles) for s in article_sentences(a, i)]
    if len(every) > LOG_ABOVE:
        log.info("ranking story %d/%d: %d sentences", index + 1, of, len(every))
    actors = dict(zip(map(id, every), _speakers(every), strict=True))
    topic_terms = {lang: set(terms(topic, lang)) for lang in {s.lang for s in every}}
    sentences = [s for s in every if usable(s) and not unattributed_quote(s, actors[id(s)])]
    ranked = RankedStory(index, story, revised=story.revised())
    if not sentences:
        return ranked
    vectors = tfidf([s.terms for s in sentences])
    total: Counter[str] = Counter()
    per_article: dict[int, Counter[str]] = {}
    for s, v in zip(sentences, vectors, strict=True):
        total.update(v)
        per_article.setdefault(s.article, Counter()).update(v)
    whole = _normalised(total)
    others = {a: _normalised(total - own) for a, own in per_article.items()}
    several = len(per_article) > 1
    # those giving a figure a report revises (revisions.py), or expecting what a later
    # report says happened (overtaken.py)
    stale: list[Candidate] = []
    later = _later(story, every)
    for s, v in zip(sentences, vectors, strict=True):
        within = cosine(v, whole)
        cross = cosine(v, others[s.article]) if several else within
        actor = actors[id(s)]
        kind = classify(s, actor)
        # What comes next usually closes an article: no lead bonus for the outlook.
        position = 0.5 if kind == "outlook" else 1 / (1 + 0.3 * s.position)
        wanted = topic_terms[s.lang]
        topical = min(len(wanted & set(s.terms)) / max(len(wanted), 1), 1.0)
        length = 1.0 if 10 <= s.words <= 45 else 0.8
        penalty = length * context_penalty(s)
        score = (0.45 * cross + 0.15 * within + 0.3 * position + 0.1 * topical) * penalty
        if kind == "risk":  # the more explicit the threat, the more it belongs in the brief
            score *= 1 + 0.1 * min(risk_score(s.text, s.lang), 8)
        if ranked.fresh(s.article):
            score *= NEW_FACTS  # a story leads with what is new in it
        # How much of the story a sentence tells: the weight of the story's central terms it
        # carries (so a rich sentence beats a short true one), how far others back it, and
        # a little where it stands (news puts what happened first).
        coverage = sum(whole.get(t, 0.0) for t in set(s.terms))
        info = (coverage + cross) * penalty * (1 + LEAD_INFO / (1 + s.position))
        candidate = Candidate(s, kind, actor, round(score, 6), round(info, 6), v, index)
        if kind == "outlook" and overtaken(s, later(s.article)):
            stale.append(candidate)  # "expected to declare" what a later report "declared"
        elif not ranked.revised.stale(s.text, s.lang) or (
            ranked.fresh(s.article) and not ranked.revised.old_toll(s.text, s.lang)
        ):
            ranked.candidates.append(candidate)
        else:  # "M6.1" of a quake revised to 6.3, 37 dead of one at 52: told only if nothing
            # else is
            stale.append(candidate)
        ranked.by_article.setdefault(s.article, []).append(candidate)  # it backs claims
    ranked.candidates = ranked.candidates or stale
    ranked.candidates.sort(key=lambda c: (-c.score, c.sentence.article, c.sentence.position))
    return ranked


def _later(story: Story, sentences: list[Sentence]) -> Callable[[int], list[Sentence]]:
    """The sentences of the story's articles published after an article, read when asked
    (for an outlook only)."""
    published = [a.published for a in story.articles]

    @cache
    def after(article: int) -> list[Sentence]:
        return [s for s in sentences if published[s.article] > published[article]]

    return after


def _speakers(sentences: list[Sentence]) -> list[str]:
    """Each sentence's actor, read by the rules of its language. The other languages' terms
    replace the English ones `article_sentences` gives every sentence (`terms.terms`)."""
    if all(s.lang in ENGLISH for s in sentences):
        return speakers(sentences)
    for s in sentences:
        if s.lang not in ENGLISH:
            s.terms = terms(s.text, s.lang)
    english = iter(speakers([s for s in sentences if s.lang in ENGLISH]))
    others = iter(lang_actors.speakers([s for s in sentences if s.lang not in ENGLISH]))
    return [next(english) if s.lang in ENGLISH else next(others) for s in sentences]


def _normalised(weights: Counter[str]) -> Vector:
    norm = sum(w * w for w in weights.values() if w > 0) ** 0.5 or 1.0
    return {t: w / norm for t, w in weights.items() if w > 0}
