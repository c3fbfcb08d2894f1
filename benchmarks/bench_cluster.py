"""Grouping quality of dedupe + cluster on a labelled corpus: pairwise precision and recall.

The corpus is tests/fixtures/clusters/<event>/<outlet>.md; the folder name is the gold event.
Articles are read through briefgen's own file source, deduplicated and clustered as `generate`
does, and every pair of articles is scored: put together by the clustering, and together in
the gold labels. A copy that dedupe folded into another article counts as grouped with it.

Run on demand:  python benchmarks/bench_cluster.py  (prints a table; nothing is asserted)
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

from briefgen.cluster import cluster, dedupe
from briefgen.sources.files import read_file

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "fixtures" / "clusters"
NOW = dt.datetime(2026, 11, 25, 6, tzinfo=dt.UTC)  # after the corpus (23-24 Nov 2026)
MAX_STORIES = 200  # never cut: every group is scored


def load(corpus: Path) -> tuple[list, dict[str, str], dict[str, str]]:
    """Articles, gold event of each (by url), and file name of each (by url)."""
    articles, gold, names = [], {}, {}
    for path in sorted(corpus.glob("*/*.md")):
        article = read_file(path, 1_000_000, str(path))
        articles.append(article)
        gold[article.url] = path.parent.name
        names[article.url] = f"{path.parent.name}/{path.stem}"
    return articles, gold, names


def pairs(labels: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for url, label in labels.items():
        groups[label].append(url)
    return {frozenset(p) for members in groups.values() for p in combinations(members, 2)}


def main() -> None:
    articles, gold, names = load(CORPUS)
    deduped = dedupe(articles)
    times, stories = [], []
    for _ in range(5):
        start = time.perf_counter()
        stories = cluster(deduped.articles, set(), NOW, max_stories=MAX_STORIES)
        times.append(time.perf_counter() - start)
    dedupe_times = []
    for _ in range(5):
        start = time.perf_counter()
        dedupe(articles)
        dedupe_times.append(time.perf_counter() - start)

    predicted: dict[str, str] = {}
    for story in stories:
        for article in story.articles:
            predicted[article.url] = story.id
            for copy in deduped.duplicates.get(article.url, []):
                predicted[copy.url] = story.id
    assert len(predicted) == len(articles), "every article is in exactly one story"

    gold_pairs, found_pairs = pairs(gold), pairs(predicted)
    hits = len(gold_pairs & found_pairs)
    precision = hits / len(found_pairs) if found_pairs else 1.0
    recall = hits / len(gold_pairs) if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    events = Counter(gold.values())

    print(f"corpus: {CORPUS.relative_to(REPO)}")
    print(f"  {'articles':34} {len(articles)}")
    print(f"  {'distinct after dedupe':34} {len(deduped.articles)} ({deduped.dropped} copies)")
    print(
        f"  {'gold events':34} {len(events)} "
        f"({sum(1 for n in events.values() if n > 1)} with 2+ articles, "
        f"{sum(1 for n in events.values() if n == 1)} singletons)"
    )
    print(f"  {'stories found':34} {len(stories)}")
    print(f"  {'pairs: gold / found / both':34} {len(gold_pairs)} / {len(found_pairs)} / {hits}")
    print(f"  {'pairwise precision':34} {precision:.3f}")
    print(f"  {'pairwise recall':34} {recall:.3f}")
    print(f"  {'pairwise F1':34} {f1:.3f}")
    print(f"  {'cluster time (median of 5)':34} {statistics.median(times) * 1000:.0f} ms")
    print(f"  {'dedupe time (median of 5)':34} {statistics.median(dedupe_times) * 1000:.0f} ms")

    print("\ncopies folded by dedupe:")
    for kept, copies in deduped.duplicates.items():
        for copy in copies:
            same = "ok" if gold[copy.url] == gold[kept] else "WRONG EVENT"
            print(f"  {names[copy.url]}  ->  {names[kept]}  [{same}]")
    if not deduped.duplicates:
        print("  (none)")

    print("\nwrongly merged (stories holding more than one gold event):")
    merged = 0
    for story in stories:
        labels = Counter(gold[predicted_url] for predicted_url in _urls(story, deduped))
        if len(labels) > 1:
            merged += 1
            parts = ", ".join(f"{label} x{n}" for label, n in labels.most_common())
            print(f"  {story.id} {story.title[:60]!r}: {parts}")
    if not merged:
        print("  (none)")

    print("\nwrongly split (gold events spread over more than one story):")
    by_event: dict[str, Counter] = defaultdict(Counter)
    for url, label in gold.items():
        by_event[label][predicted[url]] += 1
    split = 0
    for label in sorted(by_event):
        if len(by_event[label]) > 1:
            split += 1
            parts = ", ".join(f"{sid} x{n}" for sid, n in by_event[label].most_common())
            print(f"  {label} ({events[label]} articles): {parts}")
    if not split:
        print("  (none)")
    exact = sum(
        1
        for label, spread in by_event.items()
        if len(spread) == 1
        and sum(1 for u in predicted if predicted[u] == next(iter(spread))) == events[label]
    )
    print(f"\ngold events recovered exactly (same members, nothing else): {exact} / {len(events)}")


def _urls(story, deduped) -> list[str]:
    urls = []
    for article in story.articles:
        urls.append(article.url)
        urls.extend(copy.url for copy in deduped.duplicates.get(article.url, []))
    return urls


if __name__ == "__main__":
    main()
