"""Grouping quality of dedupe + cluster on labelled corpora (pairwise precision and recall),
then speed and peak memory on 10,000 generated articles.

The corpora are tests/fixtures/clusters/ and tests/fixtures/clusters-second/, laid out as
<event>/<outlet>.md; the folder name is the gold event.
Articles are read through briefgen's own file source, deduplicated and clustered as `generate`
does, and every pair of articles is scored: put together by the clustering, and together in
the gold labels. A copy that dedupe folded into another article counts as grouped with it.

The generated articles come from tests/synthetic_news.py (events x outlets, paraphrased
templates, syndicated copies); dedupe and cluster are timed separately (wall and CPU) and
their peak memory is taken with tracemalloc in a second, untimed pass.

Run on demand:  python benchmarks/bench_cluster.py [EVENTS]  (default 2000 events, about
10,000 articles; prints tables; nothing is asserted)
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
import tracemalloc
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

from briefgen.cluster import cluster, dedupe
from briefgen.sources.files import read_file

REPO = Path(__file__).resolve().parent.parent
CORPORA = [
    REPO / "tests" / "fixtures" / "clusters",
    REPO / "tests" / "fixtures" / "clusters-second",
]
sys.path.insert(0, str(REPO / "tests"))
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
    for corpus in CORPORA:
        quality(corpus)
        print()
    scale(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)


def scale(events: int) -> None:
    """Time dedupe and cluster on generated articles; peak memory in an untimed pass."""
    from synthetic_news import generate

    generated = generate(events)
    articles = [a for a, _ in generated]
    print(f"generated: {events} events, {len(articles)} articles")
    wall, cpu = time.perf_counter(), time.process_time()
    deduped = dedupe(articles)
    print(
        f"  {'dedupe wall / CPU':34} {time.perf_counter() - wall:.2f} s / "
        f"{time.process_time() - cpu:.2f} s ({deduped.dropped} copies)"
    )
    wall, cpu = time.perf_counter(), time.process_time()
    stories = cluster(deduped.articles, set(), NOW, max_stories=len(articles))
    print(
        f"  {'cluster wall / CPU':34} {time.perf_counter() - wall:.2f} s / "
        f"{time.process_time() - cpu:.2f} s ({len(stories)} stories)"
    )
    predicted = _predicted(stories, deduped)
    gold = {a.url: str(k) for a, k in generated}
    precision, recall = _scores(gold, predicted)
    print(f"  {'pairwise precision / recall':34} {precision:.3f} / {recall:.3f}")
    tracemalloc.start()
    cluster(dedupe(articles).articles, set(), NOW, max_stories=len(articles))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"  {'peak traced memory (both)':34} {peak / 2**20:.0f} MiB")


def _predicted(stories, deduped) -> dict[str, str]:
    predicted: dict[str, str] = {}
    for story in stories:
        for url in _urls(story, deduped):
            predicted[url] = story.id
    return predicted


def _scores(gold: dict[str, str], predicted: dict[str, str]) -> tuple[float, float]:
    gold_pairs, found_pairs = pairs(gold), pairs(predicted)
    hits = len(gold_pairs & found_pairs)
    return (
        hits / len(found_pairs) if found_pairs else 1.0,
        hits / len(gold_pairs) if gold_pairs else 1.0,
    )


def quality(corpus: Path) -> None:
    """Pairwise precision and recall on one labelled corpus, and what went wrong."""
    articles, gold, names = load(corpus)
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

    predicted = _predicted(stories, deduped)
    assert len(predicted) == len(articles), "every article is in exactly one story"

    gold_pairs, found_pairs = pairs(gold), pairs(predicted)
    hits = len(gold_pairs & found_pairs)
    precision, recall = _scores(gold, predicted)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    events = Counter(gold.values())

    print(f"corpus: {corpus.relative_to(REPO)}")
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
