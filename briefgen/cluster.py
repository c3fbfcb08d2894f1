"""Drop duplicate articles (same URL, same text, syndicated copies) and group the rest into
ranked stories."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field

from briefgen.models import Article, Story
from briefgen.text import normalise, terms, words
from briefgen.vectors import centroid, cosine, tfidf

NEAR_DUPLICATE = 0.6  # Jaccard of word 5-shingles: a syndicated or lightly edited copy
SAME_STORY = 0.14  # average similarity of two groups of articles (see _similarities)
MIN_SHINGLE_WORDS = 40  # below this, only the same URL or the same title + text is a duplicate
PRIOR_DOCS = 5  # idf smoothing, so a small single-story batch still groups (vectors.tfidf)
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
    kept: list[Article] = []
    shingles: list[set[int]] = []
    by_key: dict[str, Article] = {}
    result = Deduped(kept)
    for article in sorted(articles, key=lambda a: (a.published, -len(a.text), a.url)):
        original = by_key.get(article.canonical_url) or by_key.get(article.content_hash)
        grams = _shingles(article.text)
        if original is None:
            original = next(
                (
                    k
                    for k, s in zip(kept, shingles, strict=True)
                    if _jaccard(grams, s) >= NEAR_DUPLICATE
                ),
                None,
            )
        if original is not None:
            result.duplicates.setdefault(original.url, []).append(article)
            continue
        kept.append(article)
        shingles.append(grams)
        by_key[article.canonical_url] = by_key[article.content_hash] = article
    return result


def cluster(
    articles: list[Article], topic_terms: set[str], now: dt.datetime, max_stories: int = 8
) -> list[Story]:
    """Group articles about the same event into stories, ranked by coverage and recency."""
    if not articles:
        return []
    vectors = tfidf([_story_terms(a) for a in articles], PRIOR_DOCS)
    sim = _similarities(articles, vectors)
    groups = _average_linkage([[i] for i in range(len(articles))], sim)
    stories = [_story(members, articles, vectors, topic_terms, now) for members in groups]
    stories.sort(key=lambda s: (-s.score, s.title))
    for n, story in enumerate(stories[:max_stories], start=1):
        story.id = f"s{n}"
    return stories[:max_stories]


def _story_terms(article: Article) -> list[str]:
    return terms(article.title) * 2 + terms(article.text)


def _similarities(articles: list[Article], vectors: list[dict[str, float]]) -> list[list[float]]:
    """Mean of two cosines: over all content words, and over names and numbers only (the
    people, places and figures that pin an article to one event)."""
    names = tfidf(
        [[w.casefold() for w in NAMES.findall(f"{a.title}\n{a.text}")] for a in articles],
        PRIOR_DOCS,
    )
    n = len(articles)
    return [
        [(cosine(vectors[i], vectors[j]) + cosine(names[i], names[j])) / 2 for j in range(n)]
        for i in range(n)
    ]


def _average_linkage(groups: list[list[int]], sim: list[list[float]]) -> list[list[int]]:
    while len(groups) > 1:
        best, pair = SAME_STORY, None
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                avg = sum(sim[a][b] for a in groups[i] for b in groups[j]) / (
                    len(groups[i]) * len(groups[j])
                )
                if avg >= best:
                    best, pair = avg, (i, j)
        if pair is None:
            break
        i, j = pair
        groups[i] = groups[i] + groups.pop(j)
    return groups


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


def _shingles(text: str, size: int = 5) -> set[int]:
    """Word 5-grams; none for short texts (teasers), which are too alike to compare."""
    tokens = words(normalise(text))
    if len(tokens) < MIN_SHINGLE_WORDS:
        return set()
    return {hash(" ".join(tokens[i : i + size])) for i in range(len(tokens) - size + 1)}


def _jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
