"""Offline pipeline figures: CLI start-up, each stage on the demo, and scaling with articles.

Run on demand:  python benchmarks/bench_offline.py  (prints a table; nothing is asserted)
"""

from __future__ import annotations

import datetime as dt
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

from briefgen.cluster import cluster, dedupe
from briefgen.config import FetchSettings, Topic
from briefgen.gather import brief_period, gather
from briefgen.render import render_html, render_pdf
from briefgen.summarize import SummaryRequest
from briefgen.summarize.extractive import ExtractiveSummarizer
from briefgen.summarize.sentences import split_sentences
from briefgen.text import terms

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO / "examples" / "articles"
NOW = dt.datetime(2026, 11, 24, 18, tzinfo=dt.UTC)
TZ = ZoneInfo("Europe/Berlin")


def timed(fn, repeat: int = 3):
    """Median wall time of `repeat` calls, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def cli_startup() -> float:
    exe = shutil.which("briefgen") or sys.executable
    args = [exe, "--help"] if exe != sys.executable else [exe, "-m", "briefgen", "--help"]
    subprocess.run(args, capture_output=True, check=True)  # warm the file cache
    return timed(lambda: subprocess.run(args, capture_output=True, check=True), 7)[0]


def stages(folder: Path, since: str = "48h") -> dict[str, float]:
    topic = Topic(
        name="Ukraine war", sources=[str(folder)], include=["Ukraine", "Kyiv"], since=since
    )
    period = brief_period(dt.date(2026, 11, 24), NOW, topic.since, TZ)
    out: dict[str, float] = {}
    out["gather"], gathered = timed(lambda: gather(topic, period, FetchSettings()))
    out["dedupe+cluster"], stories = timed(
        lambda: cluster(dedupe(gathered.articles).articles, set(terms(topic.name)), NOW)
    )
    request = SummaryRequest(
        topic=topic.name,
        keywords=topic.include,
        date=period.end.date(),
        period=period,
        generated_at=NOW,
        stories=stories,
    )
    out["summarize"], brief = timed(lambda: ExtractiveSummarizer().summarize(request))
    out["render html"], html = timed(lambda: render_html(brief, TZ))
    out["render pdf"], _ = timed(lambda: render_pdf(html), 2)
    out["articles"] = len(gathered.articles)
    out["distinct"] = len(dedupe(gathered.articles).articles)
    out["stories"] = len(stories)
    return out


def synthetic_corpus(n: int, into: Path) -> Path:
    """n distinct articles: sentences sampled from one demo article plus a few from another,
    so they cluster into the demo's stories without being near-duplicates of each other."""
    rng = random.Random(n)
    pool = []
    for path in sorted(ARTICLES.glob("*.md")):
        if "2026-11-10" in path.name:
            continue
        head, _, body = path.read_text().partition("\n---\n")
        sentences = [s for p in body.split("\n\n") for s in split_sentences(p.strip()) if s]
        pool.append((head, sentences))
    into.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        head, sentences = pool[i % len(pool)]
        picked = rng.sample(sentences, min(8, len(sentences)))
        picked += rng.sample(rng.choice(pool)[1], 2)
        head = head.replace("url: https://", f"url: https://copy{i}.")
        (into / f"a{i:04d}.md").write_text(head + "\n---\n" + " ".join(picked) + "\n")
    return into


def main() -> None:
    print(f"briefgen --help: {cli_startup() * 1000:.0f} ms (median of 7)")
    print("\nDemo (examples/articles), median of 3, seconds:")
    for key, value in stages(ARTICLES).items():
        print(f"  {key:15} {value:.3f}" if isinstance(value, float) else f"  {key:15} {value}")
    print("\nScaling (synthetic copies of the demo articles), seconds:")
    print(
        f"  {'articles':>8} {'distinct':>8} {'gather':>7} {'cluster':>8} {'summarize':>9} "
        f"{'pdf':>6} stories"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for n in (25, 100, 200):
            figures = stages(synthetic_corpus(n, Path(tmp) / str(n)))
            print(
                f"  {n:>8} {figures['distinct']:>8} {figures['gather']:>7.2f} "
                f"{figures['dedupe+cluster']:>8.2f} "
                f"{figures['summarize']:>9.2f} {figures['render pdf']:>6.2f} "
                f"{figures['stories']:>7}"
            )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of this process: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
