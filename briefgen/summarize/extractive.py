"""The built-in offline summarizer: ranks sentences and files them under the brief's sections.

Deterministic and dependency-light. Each story's sentences are scored by how well other
articles corroborate them (centrality), where they stand in their article (position) and how
much they say about the topic; rule-based cues (`cues.py`) decide whether a sentence is a
development, a risk, a reaction or an outlook. Every item quotes its article verbatim and cites
it, plus the other articles of the story that carry the same claim and all of its numbers.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from briefgen.cluster import clean_title
from briefgen.errors import NoArticlesError
from briefgen.models import Brief, Development, Reaction, Risk, Stats, Story, StoryRef
from briefgen.summarize import SummaryRequest
from briefgen.summarize.actors import quotes_in, speakers
from briefgen.summarize.cues import Kind, classify, impact, likelihood, risk_score, stance_of
from briefgen.summarize.sentences import Sentence, article_sentences, usable
from briefgen.summarize.titles import context_penalty, short_title, unattributed_quote
from briefgen.text import terms
from briefgen.vectors import cosine, tfidf

REDUNDANT = 0.35  # cosine above which two sentences say the same thing
CORROBORATES = 0.35  # cosine above which another article's sentence backs a claim
NEW_FACTS = 1.5  # weight of sentences from the articles that made a story "updated"
NUMBER = re.compile(r"\d[\d,.]*")
CAPS = {"development": 10, "risk": 6, "reaction": 8, "outlook": 4}
SINGLE_STORY_CAPS = {"development": 7, "risk": 5, "reaction": 6, "outlook": 4}


@dataclass
class Candidate:
    sentence: Sentence
    kind: Kind
    actor: str
    score: float
    vector: dict[str, float]
    story: int
    sources: list[str]  # its own article, then those that back the claim and all its numbers


class ExtractiveSummarizer:
    """Offline, deterministic summaries built from the articles' own sentences."""

    provider = "extractive"
    model = ""

    def summarize(self, request: SummaryRequest) -> Brief:
        topic_terms = set(terms(" ".join([request.topic, *request.keywords])))
        per_story = [self._rank(i, request, topic_terms) for i in range(len(request.stories))]
        if not any(per_story):
            n = sum(len(s.articles) for s in request.stories)
            raise NoArticlesError(
                f"the {n} article(s) have no usable sentence (too short, or text without "
                "sentence punctuation); check the sources"
            )
        chosen: list[Candidate] = []
        sections = {kind: self._pick(kind, per_story, chosen) for kind in CAPS}
        stories = request.stories
        developments = [
            self._development(c, request, lead=c is self._lead(sections, c.story))
            for c in sections["development"]
        ]
        brief = Brief(
            topic=request.topic,
            date=request.date,
            generated_at=request.generated_at,
            period=request.period,
            headline=stories[0].title,
            summary=self._summary(sections["development"], per_story, stories),
            stories=[
                StoryRef(
                    id=s.id,
                    title=s.title,
                    status=s.status,
                    sources=[request.source_id(a) for a in s.articles],
                )
                for s in stories
            ],
            developments=developments,
            risks=[self._risk(c, request) for c in sections["risk"]],
            reactions=[self._reaction(c, request) for c in sections["reaction"]],
            outlook=[c.sentence.text for c in sections["outlook"]],
            sources=request.sources,
            stats=Stats(provider=self.provider, model=self.model),
        )
        return brief

    # -- ranking ---------------------------------------------------------------------------

    def _rank(self, index: int, request: SummaryRequest, topic_terms: set[str]) -> list[Candidate]:
        story = request.stories[index]
        every = [s for i, a in enumerate(story.articles) for s in article_sentences(a, i)]
        actors = dict(zip(map(id, every), speakers(every), strict=True))
        sentences = [s for s in every if usable(s) and not unattributed_quote(s, actors[id(s)])]
        if not sentences:
            return []
        vectors = tfidf([s.terms for s in sentences])
        n_articles = len(story.articles)
        candidates = []
        for s, v in zip(sentences, vectors, strict=True):
            best_other: dict[int, float] = {}
            within = 0.0
            for t, w in zip(sentences, vectors, strict=True):
                if t is s:
                    continue
                sim = cosine(v, w)
                within += sim
                if t.article != s.article:
                    best_other[t.article] = max(best_other.get(t.article, 0.0), sim)
            within /= max(len(sentences) - 1, 1)
            cross = sum(best_other.values()) / (n_articles - 1) if n_articles > 1 else within
            actor = actors[id(s)]
            kind = classify(s, actor)
            # What comes next usually closes an article: no lead bonus for the outlook.
            position = 0.5 if kind == "outlook" else 1 / (1 + 0.3 * s.position)
            topical = min(len(topic_terms & set(s.terms)) / max(len(topic_terms), 1), 1.0)
            length = 1.0 if 10 <= s.words <= 45 else 0.8
            score = (
                (0.45 * cross + 0.15 * within + 0.3 * position + 0.1 * topical)
                * length
                * context_penalty(s)
            )
            if kind == "risk":  # the more explicit the threat, the more it belongs in the brief
                score *= 1 + 0.1 * min(risk_score(s.text), 8)
            if story.status == "updated" and story.articles[s.article].url in story.unseen:
                score *= NEW_FACTS  # an updated story leads with what is new in it
            numbers = NUMBER.findall(s.text)
            backing = [
                story.articles[i]
                for i, sim in sorted(best_other.items())
                if sim >= CORROBORATES and all(n in story.articles[i].text for n in numbers)
            ]
            sources = [request.source_id(a) for a in [story.articles[s.article], *backing]]
            candidates.append(Candidate(s, kind, actor, round(score, 6), v, index, sources))
        candidates.sort(key=lambda c: (-c.score, c.sentence.article, c.sentence.position))
        return candidates

    def _pick(
        self, kind: Kind, per_story: list[list[Candidate]], chosen: list[Candidate]
    ) -> list[Candidate]:
        """Best `kind` sentences, spread over stories (top stories first), none redundant."""
        n = len(per_story)
        cap = CAPS[kind] if n > 1 else SINGLE_STORY_CAPS[kind]
        per_story_cap = max(2, math.ceil(cap / n))
        picked: list[Candidate] = []
        for story_candidates in per_story:
            taken = 0
            for c in story_candidates:
                if len(picked) >= cap or taken >= per_story_cap:
                    break
                if c.kind != kind or any(
                    cosine(c.vector, o.vector) >= REDUNDANT for o in chosen if o.story == c.story
                ):
                    continue
                picked.append(c)
                chosen.append(c)
                taken += 1
        return picked

    # -- items -----------------------------------------------------------------------------

    @staticmethod
    def _lead(sections: dict[str, list[Candidate]], story: int) -> Candidate | None:
        return next((c for c in sections["development"] if c.story == story), None)

    def _summary(
        self,
        developments: list[Candidate],
        per_story: list[list[Candidate]],
        stories: list[Story],
    ) -> list[str]:
        """The lead development of each story (only the new and updated stories' when there
        are two or more of those); for one story, its top three."""
        by_story: dict[int, str] = {}
        for c in developments:
            by_story.setdefault(c.story, c.sentence.text)
        fresh = [t for i, t in by_story.items() if stories[i].status != "continuing"]
        leads = fresh if len(fresh) >= 2 else list(by_story.values())
        if len(leads) < 2:
            leads = [c.sentence.text for c in developments[:3]]
        if not leads:  # stories with no development sentence: their best sentence of any kind
            leads = [cands[0].sentence.text for cands in per_story if cands][:3]
        return leads[:5]

    def _development(self, c: Candidate, request: SummaryRequest, lead: bool) -> Development:
        story = request.stories[c.story]
        return Development(
            title=clean_title(story.articles[c.sentence.article].title)
            if lead
            else short_title(c.sentence.text),
            detail=c.sentence.text,
            story=story.id,
            status=story.status,
            sources=c.sources,
            quotes=quotes_in(c.sentence.text),
        )

    def _risk(self, c: Candidate, request: SummaryRequest) -> Risk:
        text = c.sentence.text
        return Risk(
            risk=short_title(text, 12),
            detail=text,
            likelihood=likelihood(text),
            impact=impact(text),
            story=request.stories[c.story].id,
            sources=c.sources,
        )

    def _reaction(self, c: Candidate, request: SummaryRequest) -> Reaction:
        quotes = quotes_in(c.sentence.text)
        return Reaction(
            actor=c.actor,
            stance=stance_of(c.sentence),
            detail=c.sentence.text,
            quote=quotes[0] if quotes else "",
            story=request.stories[c.story].id,
            sources=c.sources,
        )
