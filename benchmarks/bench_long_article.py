"""End-to-end time of `briefgen generate` on one very long article, against its size.

Run on demand:  python benchmarks/bench_long_article.py [MB ...] [--kind KIND]
(default 0.5 1 2 5 15, kind prose). Prints a table; nothing is asserted. Each size runs the
real CLI in a subprocess (extractive summarizer, HTML + PDF + JSON), stopped after --timeout
seconds (printed as "> N s").

The article (--kind prose) is news prose built from the demo articles' sentences, each one
made distinct (its numbers redrawn, a place name added), in paragraphs of four: what a huge
scraped page or a concatenated wire dump looks like to the summarizer. --kind run-on is the
same words with no punctuation and no line break, and no title (a page whose markup was
lost: its one line is looked at as a possible headline); --kind han is the same in
Chinese (a script written without spaces, segmented by jieba); --kind html is the prose as a
web page, a <p> a paragraph (trafilatura, then the publisher's lines looked for in each
paragraph: boilerplate.py). 1 MB = 10**6 bytes, so 15 MB stays under the 15 MiB file cap
(fetch.max_bytes).
"""

from __future__ import annotations

import argparse
import html
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from briefgen.summarize.sentences import split_sentences

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO / "examples" / "articles"
PLACES = ["Kyiv", "Odesa", "Lviv", "Kharkiv", "Dnipro", "Poltava", "Sumy", "Mykolaiv", "Izmail"]
HAN = (
    "乌克兰能源部周二表示俄罗斯夜间袭击了基辅和敖德萨的电网设施数十万户家庭断电"
    "维修人员正在抢修预计周末前恢复供电欧洲多国承诺提供发电机和变压器"
)
HTML_HEAD = """<!doctype html><html lang="en"><head><title>Ukraine war: the full record</title>
<meta property="article:published_time" content="2026-11-24T08:00:00+00:00"></head>
<body><article><h1>Ukraine war: the full record</h1>
"""
HEAD = """---
title: "Ukraine war: the full record of the day"
outlet: Long Wire
url: https://longwire.example.com/2026/11/24/full-record-{mb}
published: 2026-11-24T08:00:00+00:00
---
"""


def sentence_pool() -> list[str]:
    """Every sentence of the demo's Markdown articles."""
    pool = []
    for path in sorted(ARTICLES.glob("*.md")):
        body = path.read_text().partition("\n---\n")[2]
        pool += [s for p in body.split("\n\n") for s in split_sentences(p.strip()) if s]
    return [s for s in pool if not s.startswith("#") and len(s.split()) >= 6]


def long_article(megabytes: float, into: Path, kind: str = "prose") -> Path:
    """An article of about `megabytes` MB in `into` (Markdown, or HTML for --kind html), the
    same for the same size."""
    rng = random.Random(int(megabytes * 10))
    pool = sentence_pool()
    target = int(megabytes * 10**6)
    parts = [HTML_HEAD if kind == "html" else HEAD.format(mb=megabytes)]
    if kind in ("run-on", "han"):  # no title: the first line is looked at as the headline
        parts = [parts[0].replace('title: "Ukraine war: the full record of the day"\n', "")]
    size = len(parts[0])
    if kind in ("run-on", "han"):
        words = re.findall(r"\w+", " ".join(pool)) if kind == "run-on" else list(HAN)
        glue = " " if kind == "run-on" else ""
        body = glue.join(rng.choice(words) for _ in range(target // (6 if glue else 3)))
        parts.append(body.encode()[: max(0, target - size)].decode(errors="ignore"))
        size = target
    while size < target:
        paragraph = []
        for _ in range(4):
            s = re.sub(r"\d+", lambda _: str(rng.randint(2, 9999)), rng.choice(pool))
            paragraph.append(s.rstrip(".") + f" near {rng.choice(PLACES)}.")
        text = " ".join(paragraph) + "\n\n"
        text = f"<p>{html.escape(text.strip())}</p>\n" if kind == "html" else text
        parts.append(text)
        size += len(text.encode())
    into.mkdir(parents=True, exist_ok=True)
    path = into / ("long.html" if kind == "html" else "long.md")
    path.write_text("".join(parts) + ("</article></body></html>" if kind == "html" else ""))
    return path


def run(folder: Path, out: Path, timeout: float) -> float | None:
    """Seconds `briefgen generate` took on the folder, or None when stopped at `timeout`."""
    args = [sys.executable, "-m", "briefgen", "generate", "--source", str(folder)]
    args += ["--topic", "Ukraine war", "--provider", "extractive", "--date", "2026-11-24"]
    args += ["--since", "30d", "--output", str(out), "--force"]
    start = time.perf_counter()
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=timeout, cwd=out)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        raise SystemExit(f"briefgen failed on {folder}: {done.stderr.strip()}")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=float, default=[0.5, 1, 2, 5, 15])
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--kind", choices=["prose", "run-on", "han", "html"], default="prose")
    options = parser.parse_args()
    print(f"kind: {options.kind}")
    print(f"{'MB':>5} {'bytes':>11} {'seconds':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for mb in options.sizes:
            folder = Path(tmp) / f"in-{mb}"
            path = long_article(mb, folder, options.kind)
            out = Path(tmp) / f"out-{mb}"
            out.mkdir()
            seconds = run(folder, out, options.timeout)
            shown = f"> {options.timeout:.0f} s" if seconds is None else f"{seconds:.1f}"
            print(f"{mb:>5} {path.stat().st_size:>11,} {shown:>9}", flush=True)


if __name__ == "__main__":
    main()
