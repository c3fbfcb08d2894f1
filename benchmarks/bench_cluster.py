"""Grouping quality of dedupe + cluster on labelled corpora (pairwise and BCubed precision and
recall), then speed and peak memory on 10,000 generated articles, and speed on Chinese and
Japanese articles and on Korean ones (the asia-day corpora's, copied).

The corpora are tests/fixtures/clusters/ and tests/fixtures/clusters-second/, laid out as
<event>/<outlet>.md (the folder name is the gold event), and benchmarks/corpora/*.jsonl (one
article a line with its gold `event`); tests/labelled_corpora.py reads both.
Articles are deduplicated and clustered as `generate` does, and every pair of articles is
scored: put together by the clustering, and together in the gold labels. A copy that dedupe
folded into another article counts as grouped with it.

The generated articles come from tests/synthetic_news.py (events x outlets, paraphrased
templates, syndicated copies); dedupe and cluster are timed separately (wall and CPU) and
their peak memory is taken with tracemalloc in a second, untimed pass.

With BRIEFGEN_EMBEDDINGS_URL=http://host:port/v1 and BRIEFGEN_EMBEDDINGS_MODEL=name (and
BRIEFGEN_EMBEDDINGS_THRESHOLD, default cluster.CROSS_LINGUAL), the labelled corpora are
clustered with that server's embeddings too (briefgen.embeddings, through the real `openai`
client), as `generate` does with `[llm] embeddings_model`; vectors are kept between runs in
~/.cache/briefgen/bench-embeddings.db.

Run on demand:  python benchmarks/bench_cluster.py [EVENTS] [CORPUS.jsonl ...] [-v]  (default
2000 events, about 10,000 articles, 0 for none; corpora named score instead of the labelled
ones; -v lists each corpus's wrong merges and splits; prints tables; nothing is asserted)
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import time
import tracemalloc
from collections import Counter, defaultdict
from contextlib import closing
from pathlib import Path

from briefgen.cluster import CROSS_LINGUAL, cluster, dedupe
from briefgen.embeddings import embed_articles
from briefgen.sections import LLMSettings
from briefgen.store import Store

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
from labelled_corpora import bcubed, corpora, load, pairs, pairwise  # noqa: E402

NOW = dt.datetime(2026, 11, 25, 6, tzinfo=dt.UTC)  # after the corpora (21-25 Nov 2026)
MAX_STORIES = 100_000  # never cut: every group is scored
EMBEDDINGS = LLMSettings(
    base_url=os.environ.get("BRIEFGEN_EMBEDDINGS_URL", ""),
    embeddings_model=os.environ.get("BRIEFGEN_EMBEDDINGS_MODEL", ""),
    embeddings_threshold=os.environ.get("BRIEFGEN_EMBEDDINGS_THRESHOLD", CROSS_LINGUAL),
)
# vectors kept between runs, as `generate` keeps them in its database
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "briefgen"


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "-v" and not a.endswith(".jsonl")]
    named = [Path(a) for a in sys.argv[1:] if a.endswith(".jsonl")]
    verbose = "-v" in sys.argv[1:]
    if EMBEDDINGS.embeddings_model:
        print(f"embeddings: {EMBEDDINGS.embeddings_model} at {EMBEDDINGS.base_url}")
    scored = named or corpora()
    rows = [quality(corpus, verbose) for corpus in scored]
    rows.append(quality(None, verbose, scored))  # all of them as one day's batch
    print(
        f"{'corpus':28} {'articles':>8} {'events':>6} {'stories':>7} {'pair P':>7} "
        f"{'pair R':>7} {'1-lang R':>8} {'B3 P':>6} {'B3 R':>6} {'ms':>5}"
    )
    for row in rows:
        print(
            f"{row['name']:28} {row['articles']:8} {row['events']:6} {row['stories']:7} "
            f"{row['pp']:7.3f} {row['pr']:7.3f} {row['r1']:8.3f} {row['bp']:6.3f} {row['br']:6.3f} "
            f"{row['ms']:5.0f}"
        )
    print("1-lang R: recall of the pairs in one language")
    print()
    sparse(scored)
    events = int(args[0]) if args else 2000
    if events:
        print()
        scale(events)
        unspaced_speed(events // 80)


def sparse(scored: list[Path]) -> None:
    """Pairwise precision and recall on sparse days: each corpus's events cut in two halves
    by time (the earlier half of each event's articles, then the later half, with the events
    of one article in both), each half clustered alone. An event then has one or two
    articles, often from one outlet, and nothing but the pair itself can keep two events of
    one kind apart."""
    found = right = gold_pairs = 0
    worst = []
    for corpus in scored:
        articles, gold, _ = load(corpus)
        for half, kept in enumerate(halves(articles, gold)):
            deduped = dedupe(kept)
            stories = _cluster(deduped.articles, _embed(deduped.articles))
            predicted, truth = _predicted(stories, deduped), {a.url: gold[a.url] for a in kept}
            found_pairs, gold_set = pairs(predicted), pairs(truth)
            found, right = found + len(found_pairs), right + len(found_pairs & gold_set)
            gold_pairs += len(gold_set)
            precision, _ = pairwise(truth, predicted)
            if precision < 1:
                worst.append(f"{corpus.stem} {'later' if half else 'earlier'} {precision:.2f}")
    print(
        f"sparse days (each event's earlier and later half apart): pairwise precision "
        f"{right / found:.3f}, recall {right / gold_pairs:.3f} ({right} of {found} pairs "
        f"found right, {gold_pairs} to find)"
    )
    print(f"  halves below 1.00 precision: {', '.join(worst) or 'none'}")


def halves(articles: list, gold: dict[str, str]) -> list[list]:
    """A day's events cut in two by time: the earlier half of each event's articles, then
    the later half (an event of one article in both)."""
    by_event: dict[str, list] = defaultdict(list)
    for article in sorted(articles, key=lambda a: a.published):
        by_event[gold[article.url]].append(article)
    return [[a for members in by_event.values() for a in _half(members, half)] for half in (0, 1)]


def _half(members: list, half: int) -> list:
    """One half of an event's articles, earliest first; an event of one article is in both."""
    if len(members) == 1:
        return members
    middle = len(members) // 2
    return members[middle:] if half else members[:middle]


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
    precision, recall = pairwise(gold, predicted)
    b_precision, b_recall = bcubed(gold, predicted)
    print(f"  {'pairwise precision / recall':34} {precision:.3f} / {recall:.3f}")
    print(f"  {'BCubed precision / recall':34} {b_precision:.3f} / {b_recall:.3f}")
    tracemalloc.start()
    cluster(dedupe(articles).articles, set(), NOW, max_stories=len(articles))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"  {'peak traced memory (both)':34} {peak / 2**20:.0f} MiB")


UNSPACED = [  # what is timed: languages, the first character of the marks, the marks' places
    ("Chinese and Japanese", ("zh", "ja"), 0x4E00, ("。", "，")),
    ("Korean", ("ko",), 0xAC00, (". ", ", ")),
]


def unspaced_speed(copies: int) -> None:
    """Time clustering on Chinese and Japanese, and on Korean: the asia-day corpora's articles
    in those languages, `copies` times over, each copy made distinct by a character put
    before its sentences' and clauses' ends (segmentation is cached by run)."""
    for label, languages, first, ends in UNSPACED:
        kept = [
            a
            for name in ("asia-day", "asia-day-2", "asia-day-3")
            for a in load(REPO / "benchmarks" / "corpora" / f"{name}.jsonl")[0]
            if a.language in languages
        ]
        articles = []
        for k in range(copies):
            mark = chr(first + 7 * k)  # a different character before each end: other runs
            for a in kept:
                text = a.text
                for end in ends:
                    text = text.replace(end, mark + end)
                articles.append(a.model_copy(update={"url": f"{a.url}?{k}", "text": text}))
        cluster(kept, set(), NOW)  # segmenters and dictionaries loaded (other runs than timed)
        wall, chars = time.perf_counter(), sum(len(a.text) for a in articles)
        stories = cluster(articles, set(), NOW, max_stories=len(articles))
        took = time.perf_counter() - wall
        print(f"{label}: {len(articles)} articles, {chars:,} characters")
        print(
            f"  {'cluster wall':34} {took:.2f} s ({len(stories)} stories, "
            f"{chars / took / 1000:.0f}k characters a second)"
        )


def _predicted(stories, deduped) -> dict[str, str]:
    predicted: dict[str, str] = {}
    for story in stories:
        for url in _urls(story, deduped):
            predicted[url] = story.id
    return predicted


def quality(corpus: Path | None, verbose: bool, everything: list[Path] = ()) -> dict:
    """Pairwise and BCubed precision and recall on one labelled corpus (None: `everything`
    as one batch), and (verbose) what went wrong."""
    articles, gold, names = load(corpus) if corpus else _everything(everything)
    deduped = dedupe(articles)
    vectors = _embed(deduped.articles)
    times, stories = [], []
    for _ in range(5):
        start = time.perf_counter()
        stories = _cluster(deduped.articles, vectors)
        times.append(time.perf_counter() - start)

    predicted = _predicted(stories, deduped)
    assert len(predicted) == len(articles), "every article is in exactly one story"
    precision, recall = pairwise(gold, predicted)
    b_precision, b_recall = bcubed(gold, predicted)
    language = {a.url: a.language or "en" for a in articles}
    one_language = {p for p in pairs(gold) if len({language[u] for u in p}) == 1}
    events = Counter(gold.values())
    name = "all together" if corpus is None else corpus.name if corpus.is_dir() else corpus.stem
    if verbose:
        _explain(corpus, stories, deduped, gold, predicted, names, events)
    return {
        "name": name,
        "articles": len(articles),
        "events": len(events),
        "stories": len(stories),
        "pp": precision,
        "pr": recall,
        "r1": len(one_language & pairs(predicted)) / len(one_language) if one_language else 1.0,
        "bp": b_precision,
        "br": b_recall,
        "ms": statistics.median(times) * 1000,
    }


def _embed(articles: list):
    """The articles' embeddings from the configured server, or None without one."""
    if not EMBEDDINGS.embeddings_model:
        return None
    CACHE.mkdir(parents=True, exist_ok=True)
    with closing(Store(f"sqlite:///{CACHE / 'bench-embeddings.db'}")) as store:
        embedded = embed_articles(articles, EMBEDDINGS, store, NOW)
    assert embedded.vectors is not None, embedded.problem
    return embedded.centred()


def _cluster(articles: list, vectors) -> list:
    return cluster(
        articles,
        set(),
        NOW,
        max_stories=MAX_STORIES,
        embeddings=vectors,
        cross_lingual=EMBEDDINGS.embeddings_threshold,
    )


def _everything(scored: list[Path]) -> tuple[list, dict[str, str], dict[str, str]]:
    """The corpora in one batch, each gold event named with its corpus."""
    articles, gold, names = [], {}, {}
    for corpus in scored:
        some, labels, short = load(corpus)
        articles += some
        gold |= {url: f"{corpus.stem}/{label}" for url, label in labels.items()}
        names |= {url: f"{corpus.stem}/{name}" for url, name in short.items()}
    return articles, gold, names


def _explain(corpus, stories, deduped, gold, predicted, names, events) -> None:
    gold_pairs, found_pairs = pairs(gold), pairs(predicted)
    print(f"corpus: {corpus or 'all together'}")
    print(f"  {'distinct after dedupe':34} {len(deduped.articles)} ({deduped.dropped} copies)")
    print(
        f"  {'gold events':34} {len(events)} "
        f"({sum(1 for n in events.values() if n > 1)} with 2+ articles, "
        f"{sum(1 for n in events.values() if n == 1)} singletons)"
    )
    print(
        f"  {'pairs: gold / found / both':34} {len(gold_pairs)} / {len(found_pairs)} / "
        f"{len(gold_pairs & found_pairs)}"
    )
    for kept, copies in deduped.duplicates.items():
        for copy in copies:
            same = "ok" if gold[copy.url] == gold[kept] else "WRONG EVENT"
            print(f"  copy folded: {names[copy.url]}  ->  {names[kept]}  [{same}]")
    for story in stories:
        labels = Counter(gold[url] for url in _urls(story, deduped))
        if len(labels) > 1:
            parts = ", ".join(f"{label} x{n}" for label, n in labels.most_common())
            print(f"  merged {story.id} {story.title[:50]!r}: {parts}")
    by_event: dict[str, Counter] = defaultdict(Counter)
    for url, label in gold.items():
        by_event[label][predicted[url]] += 1
    for label in sorted(by_event):
        if len(by_event[label]) > 1:
            parts = ", ".join(f"{sid} x{n}" for sid, n in by_event[label].most_common())
            print(f"  split {label} ({events[label]} articles): {parts}")
    print()


def _urls(story, deduped) -> list[str]:
    urls = []
    for article in story.articles:
        urls.append(article.url)
        urls.extend(copy.url for copy in deduped.duplicates.get(article.url, []))
    return urls


if __name__ == "__main__":
    main()
