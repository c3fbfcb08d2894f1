"""A story made of a group of articles: its articles in order, its headline and its score."""

from __future__ import annotations

import datetime as dt
import math

from briefgen.language import language_of
from briefgen.models import Article, Story
from briefgen.text import clean_title, is_angle, stem, terms
from briefgen.vectors import Vector, centroid, cosine


def with_names(vector: Vector, names: Vector) -> Vector:
    """Content words and names together, names as the stems `text.terms` gives them (so a
    topic's terms and a headline's words find them)."""
    merged = dict(vector)
    for key, weight in names.items():
        if key[0] == "@":
            term = stem(key[1:])
            merged[term] = merged.get(term, 0.0) + weight
    return merged


def story_of(
    members: list[int],
    articles: list[Article],
    vectors: list[dict[str, float]],
    topic_terms: set[str],
    now: dt.datetime,
) -> Story:
    """The story of `members` (indices of `articles`): its articles nearest the group's
    centre first, the headline naming most of what they share (not a side angle's), and a
    score from its outlets, articles, age and the topic's terms it holds."""
    center = centroid([vectors[i] for i in members])
    # scores rounded before they are compared: sums over dicts and sets differ in the last
    # bits from one process to the next, and a story must read the same every run
    ordered = sorted(members, key=lambda i: (-round(cosine(vectors[i], center), 9), i))
    story_articles = [articles[i] for i in ordered]
    outlets = {a.outlet or a.canonical_url for a in story_articles}
    newest = max(a.published for a in story_articles)
    age_h = max((now - newest).total_seconds() / 3600, 0.0)
    relevance = len(topic_terms & set(center)) / len(topic_terms) if topic_terms else 0.0
    score = len(outlets) + 0.5 * len(story_articles) + 1 / (1 + age_h / 12) + relevance
    headline = max(
        story_articles,
        key=lambda a: (
            not is_angle(a.title),
            round(_title_fit(a.title, center), 9),
            -len(a.title),
            a.title,
        ),
    )
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


def titled_in(stories: list[Story], language: str) -> None:
    """Head each story with a report's title in the brief's `language` when its headline is
    another language's and one of its reports is in that one (the nearest its centre; not an
    angle's, unless the headline is one too): an English brief listed "Lyon : un tramway
    déraille ..." beside its English report "Tram derails in central Lyon". An updated
    story is headed by a report new since the last brief, in the brief's language if one is,
    else in its own: yesterday's "drivers strike, halting M2 line" told a strike that today's
    Polish report says has ended. A story one of whose reports revises the others' figures
    is headed by such a report (revisions.py), in the brief's language if one is; else by a
    report in that language that gives no revised figure; else by a revising report in its
    own: "Magnitude 6.1 earthquake shakes Kagoshima" headed a quake revised to 6.3 (nu34 r05)."""
    for story in stories:
        heading = next((a for a in story.articles if clean_title(a.title) == story.title), None)
        if heading is None:
            continue
        if story.status != "updated" and _revised_title(story, heading, language[:2]):
            continue
        fresh = set(story.unseen) if story.status == "updated" else set()
        pool = [a for a in story.articles if a.url in fresh] if fresh else story.articles
        own = [a for a in pool if language_of(a) == language[:2]]
        if heading in pool:  # a headline of today's: another only in the brief's language
            candidates = [] if language_of(heading) == language[:2] else own
        else:  # yesterday's headline: today's, in the brief's language if one is
            candidates = own or pool
        if found := _report(candidates, heading):
            story.title = clean_title(found.title)


def _revised_title(story: Story, heading: Article, language: str) -> bool:
    """Whether the story is headed by a report that tells its revision (titled_in)."""
    revised = story.revised()
    if not revised.by:
        return False
    # of the reports whose title gives the toll now, the one nearest the story's centre (the
    # clustering's order: a Chilean wildfire's report, not Brazil's offer of aid that gives
    # the same toll, blind-day-37); else the latest revision first
    revising = [a for a in story.articles if a.url in revised.by]
    now = [a for a in revising if revised.gives_toll(a.title, language_of(a))]
    latest = sorted(revising, key=lambda a: a.published, reverse=True)
    fresh = now + [a for a in latest if a not in now]
    own = [a for a in story.articles if language_of(a) == language]
    current = [a for a in own if not revised.stale(a.title, language)]
    pool = [a for a in fresh if a in current] or current or [a for a in fresh if a in own] or fresh
    if heading not in pool and (found := _report(pool, heading)):
        story.title = clean_title(found.title)
    return True


def _report(articles: list[Article], heading: Article) -> Article | None:
    """The first of `articles` that is a report, not an angle ("Analysis: ..."), unless the
    headline is an angle too."""
    return next((a for a in articles if is_angle(heading.title) or not is_angle(a.title)), None)
