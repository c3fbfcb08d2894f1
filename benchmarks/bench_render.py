"""Render figures: seconds per page for briefs of about 2, 10 and 40 pages and a 40-page
digest, cold (first render in a fresh process) and warm, peak memory, each beside WeasyPrint
alone on the same HTML in the same process.

Run on demand:  python benchmarks/bench_render.py [--repeat 3]  (prints a table; asserts nothing)
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefgen.models import Brief  # noqa: E402

NOW = dt.datetime(2026, 11, 24, 18, tzinfo=dt.UTC)
TZ = ZoneInfo("Europe/Berlin")
# stories per brief for about 2, 10 and 40 A4 pages; the digest is 4 briefs of ~10 pages
SIZES = {"2 pages": [1], "10 pages": [11], "40 pages": [50], "digest, 40 pages": [11] * 4}
WORDS = (
    "convoy grain insurers premiums corridor escort harbour shipping mines coast navy "
    "ministry port berth repairs tonnes carriers underwriters route committee"
).split()


def sentence(seed: int, words: int = 28) -> str:
    picked = [WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(words)]
    return (" ".join(picked)).capitalize() + f" on day {seed % 28 + 1}."


def synthetic_brief(stories: int, topic: str = "Synthetic shipping") -> Brief:
    """A brief with `stories` stories, each with two developments, a risk, a reaction and
    three sources: about half an A4 page per story."""
    sources, story_refs, devs, risks, reactions = [], [], [], [], []
    for n in range(stories):
        ids = [f"S{3 * n + k}" for k in range(3)]
        sources += [
            {
                "id": sid,
                "title": sentence(3 * n + k, 9),
                "url": f"https://news{k}.example.com/2026/11/24/story-{n}-{k}",
                "outlet": f"Outlet {k}",
                "published": (NOW - dt.timedelta(hours=k + 1)).isoformat(),
            }
            for k, sid in enumerate(ids)
        ]
        status = ("new", "updated", "continuing")[n % 3]
        story_refs.append(
            {"id": f"s{n}", "title": sentence(n, 10), "status": status, "sources": ids}
        )
        for k in range(2):
            devs.append({
                "title": sentence(n + k, 9), "detail": sentence(n * 2 + k, 45), "story": f"s{n}",
                "status": status, "sources": ids[: k + 2], "quotes": [sentence(n, 12)] if k else [],
            })  # fmt: skip
        risks.append({
            "risk": sentence(n, 7), "detail": sentence(n + 5, 25), "story": f"s{n}",
            "likelihood": "medium", "impact": "high", "sources": ids[:1],
        })  # fmt: skip
        reactions.append({
            "actor": f"Actor {n}", "stance": ("support", "oppose", "concern", "neutral")[n % 4],
            "detail": sentence(n + 3, 18), "quote": sentence(n + 4, 10), "story": f"s{n}",
            "sources": ids[1:2],
        })  # fmt: skip
    return Brief.model_validate({
        "topic": topic, "date": "2026-11-24", "generated_at": NOW.isoformat(),
        "period": {"start": (NOW - dt.timedelta(days=1)).isoformat(), "end": NOW.isoformat()},
        "headline": sentence(1, 12), "summary": [sentence(k, 30) for k in range(3)],
        "stories": story_refs, "developments": devs, "risks": risks, "reactions": reactions,
        "outlook": [sentence(k, 15) for k in range(3)], "sources": sources,
    })  # fmt: skip


def build_html(size: str) -> str:
    from briefgen.digest import render_digest_html
    from briefgen.render import render_html

    plan = SIZES[size]
    if len(plan) == 1:
        return render_html(synthetic_brief(plan[0]), TZ)
    briefs = [synthetic_brief(n, f"Topic {i + 1}") for i, n in enumerate(plan)]
    return render_digest_html(briefs, TZ, now=NOW)


def ours(size: str) -> bytes:
    """What briefgen does: templating, then WeasyPrint with the local fetcher and deadline."""
    from briefgen.render import render_pdf

    return render_pdf(build_html(size))


def weasyprint_alone(html: str) -> bytes:
    import weasyprint

    return weasyprint.HTML(string=html).write_pdf()


def child(size: str, repeat: int) -> dict:
    """In a fresh process: the cold render, then warm medians, of ours and WeasyPrint alone."""
    started = time.perf_counter()
    pdf = ours(size)
    cold_ours = time.perf_counter() - started
    html = build_html(size)
    started = time.perf_counter()
    weasyprint_alone(html)
    second_wp = time.perf_counter() - started  # not cold: fonts and imports are warm now
    warm_ours, warm_wp, templating = [], [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        build_html(size)
        templating.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        ours(size)
        warm_ours.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        weasyprint_alone(html)
        warm_wp.append(time.perf_counter() - t0)
    from pypdf import PdfReader

    return {
        "pages": len(PdfReader(io.BytesIO(pdf)).pages),
        "cold_ours": cold_ours,
        "second_wp": second_wp,
        "warm_ours": statistics.median(warm_ours),
        "warm_wp": statistics.median(warm_wp),
        "templating": statistics.median(templating),
        "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def cold_wp(size: str) -> float:
    """WeasyPrint alone, first render in a fresh process (the HTML made beforehand)."""
    code = (
        f"import sys, time; sys.path.insert(0, {str(Path(__file__).parent)!r}); "
        "from bench_render import build_html, weasyprint_alone; "
        f"html = build_html({size!r}); t = time.perf_counter(); "
        "weasyprint_alone(html); print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.repeat)))
        return
    print(
        "| brief | pages | cold: briefgen / WeasyPrint alone s | warm: briefgen / WeasyPrint "
        "alone s | warm s per page | overhead | templating s | peak RSS MiB |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for size in SIZES:
        run = subprocess.run(
            [sys.executable, __file__, "--child", size, "--repeat", str(args.repeat)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        r = json.loads(run.stdout)
        wp_cold = cold_wp(size)
        overhead = (r["warm_ours"] - r["warm_wp"]) / r["warm_wp"] * 100
        print(
            f"| {size} | {r['pages']} | {r['cold_ours']:.2f} / {wp_cold:.2f} | "
            f"{r['warm_ours']:.2f} / {r['warm_wp']:.2f} | {r['warm_ours'] / r['pages']:.3f} | "
            f"{overhead:+.0f}% | {r['templating']:.3f} | {r['rss_mib']:.0f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
