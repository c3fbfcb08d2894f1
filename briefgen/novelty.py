"""What changed since the topic's previous briefs: each story is `new` (nothing like it
before), `updated` (a known story with new sources) or `continuing` (nothing new)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from briefgen.models import Story
from briefgen.text import terms
from briefgen.vectors import Vector, cosine, tfidf

SAME_EVENT = 0.35  # cosine of two stories' term signatures that makes them one event
SIGNATURE_TERMS = 60
PRIOR_DOCS = 5
ORDER = {"new": 0, "updated": 1, "continuing": 2}


@dataclass
class PastStory:
    """A story of an earlier brief, as the database keeps it."""

    title: str
    signature: Vector
    article_ids: set[int]


def mark(
    stories: list[Story],
    article_ids: dict[str, int],
    seen: set[int],
    past: list[PastStory],
) -> None:
    """Give each story its signature and its status against earlier briefs.

    continuing: every article was in an earlier brief. updated: it shares articles with an
    earlier brief, or is the same event as an earlier story, and brings articles not seen
    before. new: anything else.
    """
    for story, signature in zip(stories, _signatures(stories), strict=True):
        story.signature = signature
        mine = {article_ids[a.url] for a in story.articles}
        story.unseen = [a.url for a in story.articles if article_ids[a.url] not in seen]
        if mine <= seen:
            story.status = "continuing"
        elif mine & seen or any(
            mine & p.article_ids or cosine(signature, p.signature) >= SAME_EVENT for p in past
        ):
            story.status = "updated"
        else:
            story.status = "new"


def remembered(story: Story, article_ids: dict[str, int]) -> PastStory:
    """What the database keeps of a published story."""
    return PastStory(story.title, story.signature, {article_ids[a.url] for a in story.articles})


def _signatures(stories: list[Story]) -> list[Vector]:
    """Each story's strongest terms (tf-idf over today's stories), normalised."""
    docs = [[t for a in s.articles for t in terms(a.title) * 2 + terms(a.text)] for s in stories]
    out = []
    for vector in tfidf(docs, PRIOR_DOCS):
        top = dict(sorted(vector.items(), key=lambda kv: -kv[1])[:SIGNATURE_TERMS])
        norm = math.sqrt(sum(w * w for w in top.values())) or 1.0
        out.append({t: round(w / norm, 5) for t, w in top.items()})
    return out


def lead_with_news(stories: list[Story], continuing: str, limit: int) -> list[Story]:
    """New stories first, then updated, then continuing (or none, with 'omit'); each group
    in ranking order; at most `limit`; ids renumbered s1..sN in that order."""
    kept = [s for s in stories if continuing != "omit" or s.status != "continuing"]
    kept = sorted(kept, key=lambda s: ORDER[s.status])[:limit]  # stable: ranking kept
    for n, story in enumerate(kept, start=1):
        story.id = f"s{n}"
    return kept
