"""Drop duplicate articles (same URL, same text, syndicated copies) and group the rest into
ranked stories."""

from __future__ import annotations

import datetime as dt
import heapq
import math
import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from briefgen.linkage import average_linkage
from briefgen.models import Article, Story
from briefgen.near_dupes import NearDuplicateIndex, shingles, signatures
from briefgen.text import terms
from briefgen.vectors import Vector, centroid, cosine, rowwise_dot, sparse_rows, tfidf

NEAR_DUPLICATE = 0.6  # Jaccard of word 5-shingles: a syndicated or lightly edited copy
SAME_STORY = 0.14  # average similarity of two groups of articles (see cluster)
PRIOR_DOCS = 5  # idf smoothing, so a small single-story batch still groups (vectors.tfidf)
TOP_TERMS = 12  # an article's most telling terms (and names) that propose candidate pairs
MAX_POSTING = 40  # a term in more articles than this, or than MAX_SHARE of them, proposes none
MAX_SHARE = 0.003
MIN_SHARED = 2  # one shared name or term alone is too often chance
NAMES = re.compile(r"\b(?:[A-Z][\w’'-]+|\d[\d.,%]*\d|\d)")


@dataclass
class Deduped:
    """Distinct articles, earliest first, and the copies folded into them."""

    articles: list[Article]
    duplicates: dict[str, list[Article]] = field(default_factory=dict)  # kept url -> its copies

    @property
    def dropped(self) -> int:
        return sum(len(c) for c in self.duplicates.values())


def dedupe(articles: list[Article]) -> Deduped:
    """Keep the earliest article of each group of identical or near-identical ones."""
    ordered = sorted(articles, key=lambda a: (a.published, -len(a.text), a.url))
    sets = [shingles(a.text) for a in ordered]
    index = NearDuplicateIndex(NEAR_DUPLICATE)
    by_key: dict[str, Article] = {}
    result = Deduped([])
    for i, (article, signature) in enumerate(zip(ordered, signatures(sets), strict=True)):
        original = by_key.get(article.canonical_url) or by_key.get(article.content_hash)
        if original is None and signature is not None:
            matched = index.matches(sets[i], signature)
            original = ordered[min(matched)] if matched else None
        if original is not None:
            result.duplicates.setdefault(original.url, []).append(article)
            continue
        result.articles.append(article)
        by_key[article.canonical_url] = by_key[article.content_hash] = article
        if signature is not None:
            index.add(i, sets[i], signature)
    return result


def cluster(
    articles: list[Article], topic_terms: set[str], now: dt.datetime, max_stories: int = 8
) -> list[Story]:
    """Group articles about the same event into stories, ranked by coverage and recency."""
    if not articles:
        return []
    vectors = tfidf([_story_terms(a) for a in articles], PRIOR_DOCS)
    names = tfidf([_names(a) for a in articles], PRIOR_DOCS)
    groups = average_linkage(len(articles), _similarities(vectors, names), SAME_STORY)
    stories = [_story(members, articles, vectors, topic_terms, now) for members in groups]
    stories.sort(key=lambda s: (-s.score, s.title))
    for n, story in enumerate(stories[:max_stories], start=1):
        story.id = f"s{n}"
    return stories[:max_stories]


def _story_terms(article: Article) -> list[str]:
    return terms(article.title) * 2 + terms(article.text)


def _names(article: Article) -> list[str]:
    """Names and numbers: the people, places and figures that pin an article to one event."""
    return [w.casefold() for w in NAMES.findall(f"{article.title}\n{article.text}")]


def _similarities(vectors: list[Vector], names: list[Vector]) -> dict[tuple[int, int], float]:
    """Similarity of each candidate pair: the mean of two cosines, over all content words and
    over names and numbers only. Pairs that are not candidates count as 0."""
    content, named = sparse_rows(vectors), sparse_rows(names)
    left, right = _candidate_pairs(vectors, names)
    sims = (rowwise_dot(content, left, right) + rowwise_dot(named, left, right)) / 2
    return dict(zip(zip(left.tolist(), right.tolist(), strict=True), sims.tolist(), strict=True))


def _candidate_pairs(vectors: list[Vector], names: list[Vector]) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of articles that share two of their most telling terms: each article's top terms
    and names, less those found in more than a small share of the articles (such a term
    pairs nearly everything with everything and decides little)."""
    limit = max(MAX_POSTING, int(MAX_SHARE * len(vectors)))
    keys = [
        terms | named
        for terms, named in zip(
            _telling(vectors, limit, ""), _telling(names, limit, "#"), strict=True
        )
    ]
    index = sparse_rows(keys)
    shared = sparse.triu(index @ index.T, k=1).tocoo()
    keep = shared.data >= MIN_SHARED
    return shared.row[keep], shared.col[keep]


def _telling(vectors: list[Vector], limit: int, prefix: str) -> list[dict[str, float]]:
    """Each vector's TOP_TERMS heaviest terms among those in at most `limit` vectors."""
    df = Counter(t for v in vectors for t in v)
    return [
        dict.fromkeys(
            (
                prefix + t
                for t in heapq.nlargest(
                    TOP_TERMS, (t for t in v if df[t] <= limit), key=v.__getitem__
                )
            ),
            1.0,
        )
        for v in vectors
    ]


def _story(
    members: list[int],
    articles: list[Article],
    vectors: list[dict[str, float]],
    topic_terms: set[str],
    now: dt.datetime,
) -> Story:
    center = centroid([vectors[i] for i in members])
    ordered = sorted(members, key=lambda i: -cosine(vectors[i], center))
    story_articles = [articles[i] for i in ordered]
    outlets = {a.outlet or a.canonical_url for a in story_articles}
    newest = max(a.published for a in story_articles)
    age_h = max((now - newest).total_seconds() / 3600, 0.0)
    relevance = len(topic_terms & set(center)) / len(topic_terms) if topic_terms else 0.0
    score = len(outlets) + 0.5 * len(story_articles) + 1 / (1 + age_h / 12) + relevance
    headline = max(story_articles, key=lambda a: (_title_fit(a.title, center), -len(a.title)))
    return Story(
        id="",
        title=clean_title(headline.title),
        articles=story_articles,
        score=round(score, 4),
    )


def _title_fit(title: str, center: dict[str, float]) -> float:
    """How much of what the story's articles share a headline names (not a side angle)."""
    words = set(terms(title))
    return sum(center.get(w, 0.0) for w in words) / math.sqrt(len(words)) if words else 0.0


def clean_title(title: str) -> str:
    """Drop a trailing ' - Outlet' / ' | Outlet' that sites append to page titles."""
    return re.sub(r"\s+[|–—-]\s+[^|–—-]{2,40}$", "", title).strip() or title
