"""What changed since the topic's previous briefs: each story is `new` (nothing like it
before), `updated` (a known story with new sources) or `continuing` (nothing new)."""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.models import Story
from briefgen.vectors import Vector, centroid, cosine

# A story is an earlier one told again at the similarity that makes two reports one story
# within a day (cluster.SAME_STORY): half its content words' cosine, half its names' and
# figures'. Measured with benchmarks/bench_novelty.py (each event's first half one day, the
# rest two days later): 0.67 of known events' stories found, against 0.33 with a cosine of
# 0.35 over plain terms.
SAME_EVENT = 0.12
SIGNATURE_TERMS = 60  # of each kind, content words and names
NAMED = ("@", "#")  # the keys of names and figures (salience.Profile.anchors)
ORDER = {"new": 0, "updated": 1, "continuing": 2}


@dataclass
class PastStory:
    """A story of an earlier brief, as the database keeps it."""

    title: str
    signature: Vector
    article_ids: set[int]


def signature(content: Sequence[Vector], names: Sequence[Vector]) -> Vector:
    """A story's signature from its articles' vectors (cluster.py's, weighed by how telling
    each key is in the language and the batch): the SIGNATURE_TERMS strongest content words
    and names of their centroids, each part of length 1/sqrt(2), rounded to keep."""
    scale = math.sqrt(0.5)
    kept: Vector = {}
    for part in (centroid(content), centroid(names)):
        top = heapq.nlargest(SIGNATURE_TERMS, part.items(), key=lambda kv: (kv[1], kv[0]))
        norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
        kept.update((t, round(scale * w / norm, 5)) for t, w in top)
    return kept


def same_event(a: Vector, b: Vector) -> float:
    """How alike two signatures are: the mean of their content words' cosine and their
    names' and figures' (a signature of an older version, content words alone, has no
    names to share)."""
    parts = [({}, {}), ({}, {})]
    for k, vector in enumerate((a, b)):
        for key, weight in vector.items():
            parts[key.startswith(NAMED)][k][key] = weight
    return sum(0.5 * cosine(x, y) for x, y in parts)


def mark(
    stories: list[Story],
    article_ids: dict[str, int],
    seen: set[int],
    past: list[PastStory],
) -> None:
    """Give each story its status against earlier briefs (its signature is cluster's).

    continuing: every article was in an earlier brief. updated: it shares articles with an
    earlier brief, or is the same event as an earlier story, and brings articles not seen
    before. new: anything else.
    """
    for story in stories:
        mine = {article_ids[a.url] for a in story.articles}
        story.unseen = [a.url for a in story.articles if article_ids[a.url] not in seen]
        if mine <= seen:
            story.status = "continuing"
        elif mine & seen or any(
            mine & p.article_ids or same_event(story.signature, p.signature) >= SAME_EVENT
            for p in past
        ):
            story.status = "updated"
        else:
            story.status = "new"


def remembered(story: Story, article_ids: dict[str, int]) -> PastStory:
    """What the database keeps of a published story."""
    return PastStory(story.title, story.signature, {article_ids[a.url] for a in story.articles})


def lead_with_news(stories: list[Story], continuing: str, limit: int) -> list[Story]:
    """New stories first, then updated, then continuing (or none, with 'omit'); each group
    in ranking order; at most `limit`; ids renumbered s1..sN in that order."""
    kept = [s for s in stories if continuing != "omit" or s.status != "continuing"]
    kept = sorted(kept, key=lambda s: ORDER[s.status])[:limit]  # stable: ranking kept
    for n, story in enumerate(kept, start=1):
        story.id = f"s{n}"
    return kept
