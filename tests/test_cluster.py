import datetime as dt
from itertools import combinations
from pathlib import Path

import pytest

from briefgen.cluster import cluster, dedupe
from briefgen.config import FetchSettings
from briefgen.models import Article
from briefgen.sources.files import FileSource, read_file
from briefgen.text import content_hash
from tests.synthetic_news import generate

T0 = dt.datetime(2026, 11, 24, 8, tzinfo=dt.UTC)


def article(url: str, text: str, minutes: int = 0, title: str = "T") -> Article:
    from briefgen.text import canonical_url

    return Article(
        url=url,
        canonical_url=canonical_url(url),
        title=title,
        text=text,
        published=T0 + dt.timedelta(minutes=minutes),
        content_hash=content_hash(title, text),
    )


def test_dedupe_by_url_text_and_near_copy():
    body = (
        "The United States authorised Ukraine to use long-range missiles inside Russia on "
        "Monday after North Korea sent thousands of troops to the Kursk region to fight. "
        "Officials said the strikes would be limited to military targets such as depots and "
        "command posts, and that the decision had been under review for several weeks."
    )
    original = article("https://a.example.com/x", body)
    same_url = article("https://a.example.com/x/?utm_source=feed", "Different text entirely.", 5)
    same_text = article("https://b.example.com/y", body, 10)
    near_copy = article("https://c.example.com/z", body.replace("Monday", "Monday evening"), 15)
    other = article("https://d.example.com/w", "Grain ships left Odesa under naval escort.", 20)
    result = dedupe([near_copy, other, same_text, same_url, original])
    assert [a.url for a in result.articles] == [original.url, other.url]
    assert result.dropped == 3
    assert {a.url for a in result.duplicates[original.url]} == {
        same_url.url,
        same_text.url,
        near_copy.url,
    }


def test_demo_articles_form_three_stories(articles):
    found = FileSource(str(articles)).read(FetchSettings()).articles
    on_topic = [a for a in found if "Sevilla" not in a.text and a.published.day != 10]
    deduped = dedupe(on_topic)
    assert deduped.dropped == 1  # the syndicated copy
    stories = cluster(deduped.articles, {"ukrain"}, T0 + dt.timedelta(hours=6))
    groups = sorted(sorted(a.outlet or "wire" for a in s.articles) for s in stories)
    assert groups == [
        ["Atlantic Dispatch", "Northern Ledger", "The Kyiv Observer"],
        ["Bosphorus Monitor", "Meridian Post"],
        ["Continental Wire", "Danube Herald", "wire"],
    ]
    assert [s.id for s in stories] == ["s1", "s2", "s3"]
    assert stories[0].score >= stories[1].score >= stories[2].score


def test_short_teasers_with_different_titles_are_not_duplicates():
    teaser = "Click here to read the full story on our website."
    items = [
        article(f"https://x.example.com/{n}", teaser, n, title=f"Headline {n}") for n in range(3)
    ]
    assert dedupe(items).dropped == 0


FIXTURES = Path(__file__).parent / "fixtures"
NOW = dt.datetime(2026, 11, 25, 6, tzinfo=dt.UTC)


def labelled(corpus: str) -> dict[str, list[Article]]:
    """Articles of a labelled corpus by gold event (the folder name)."""
    events: dict[str, list[Article]] = {}
    for path in sorted((FIXTURES / corpus).glob("*/*.md")):
        events.setdefault(path.parent.name, []).append(read_file(path, 1_000_000))
    return events


def pairwise(events: dict[str, list[Article]]) -> tuple[float, float]:
    """Pairwise precision and recall of dedupe + cluster against the gold events."""
    articles = [a for group in events.values() for a in group]
    deduped = dedupe(articles)
    found = {}
    for story in cluster(deduped.articles, set(), NOW, max_stories=len(articles)):
        for a in story.articles:
            for copy in [a, *deduped.duplicates.get(a.url, [])]:
                found[copy.url] = story.id
    gold = {a.url: event for event, group in events.items() for a in group}
    assert found.keys() == gold.keys()
    same_found = {p for p in combinations(sorted(gold), 2) if found[p[0]] == found[p[1]]}
    same_gold = {p for p in combinations(sorted(gold), 2) if gold[p[0]] == gold[p[1]]}
    hits = len(same_found & same_gold)
    return hits / len(same_found), hits / len(same_gold)


def test_three_outlets_one_event_make_one_story_and_unrelated_stay_apart():
    events = labelled("clusters-second")
    tram, budget = events["serin-tram-line-opens"], events["serin-budget-vote"]
    others = events["kalvo-measles-outbreak"] + events["halden-solar-farm-approved"]
    stories = cluster(dedupe(tram + budget + others).articles, set(), NOW, max_stories=20)
    by_url = {a.url: s.id for s in stories for a in s.articles}
    assert len({by_url[a.url] for a in tram}) == 1
    story = next(s for s in stories if s.id == by_url[tram[0].url])
    assert len({a.outlet for a in story.articles}) == 3 and len(story.articles) == 3
    assert by_url[budget[0].url] != story.id  # same city, same tram, another event
    assert len(stories) == 4


def test_syndicated_copy_under_another_url_is_folded_into_the_original():
    mine = labelled("clusters-second")["tarnau-mine-permit-revoked"]
    wire, copy = mine[1], mine[0]  # Maravia Wire at 11:20, Business Maravia's reprint at 12:40
    assert wire.canonical_url != copy.canonical_url and wire.text != copy.text
    result = dedupe(mine)
    assert [a.url for a in result.articles] == [wire.url, mine[2].url]
    assert result.duplicates == {wire.url: [copy]}


@pytest.mark.parametrize("corpus", ["clusters", "clusters-second"])
def test_grouping_precision_and_recall_on_labelled_corpora(corpus):
    precision, recall = pairwise(labelled(corpus))
    assert precision >= 0.85 and recall >= 0.85  # measured: 0.95 / 0.92 and 1.00 / 1.00


def test_many_generated_events_mixed_together():
    generated = generate(60, seed=7)
    events: dict[str, list[Article]] = {}
    for a, k in generated:
        events.setdefault(str(k), []).append(a)
    gold = {a.url: k for a, k in generated}
    deduped = dedupe([a for a, _ in generated])
    assert len(generated) > 250 and deduped.dropped > 0
    assert all(gold[c.url] == gold[kept] for kept, cs in deduped.duplicates.items() for c in cs)
    # template-made text: events of one kind share most words, so only recall is asserted
    _, recall = pairwise(events)
    assert recall >= 0.95
