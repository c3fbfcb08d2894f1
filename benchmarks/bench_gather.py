"""Gathering at scale: 500 feeds of 20 items each, served on loopback, fetched, parsed,
deduplicated and clustered as `briefgen generate` does; then a second run against the
unchanged feeds, which should spend its time on 304s, not on parsing.

The feeds are RSS 2.0 documents built from tests/synthetic_news.py (about 2,000 events told
by several outlets each, so the clustering has real work). A separate process serves them
with ThreadingHTTPServer, with ETag and Last-Modified, so the figures are the client's. Each
run is a fresh process (peak RSS is its own): gather with conditional GETs against a
SQLite store, then dedupe and cluster.

Run on demand:  python benchmarks/bench_gather.py [FEEDS] [ITEMS]   (default 500 20)
Prints a table; nothing is asserted. Figures are in benchmarks/README.md.
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import resource
import subprocess
import sys
import tempfile
import time
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def build_feeds(n_feeds: int, items: int) -> dict[str, bytes]:
    from synthetic_news import generate

    articles = [a for a, _ in generate(n_feeds * items // 5 + 1, per_event=5)]
    feeds = {}
    for f in range(n_feeds):
        chunk = articles[f * items : (f + 1) * items]
        entries = "".join(
            f"<item><title>{escape(a.title)}</title><link>{escape(a.url)}</link>"
            f"<pubDate>{format_datetime(a.published)}</pubDate>"
            f"<description>{escape(a.text)}</description></item>"
            for a in chunk
        )
        feeds[f"/feed{f}.xml"] = (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet {f}</title>'
            f"<link>https://outlet{f}.example.com/</link>{entries}</channel></rss>"
        ).encode()
    return feeds


def serve(feeds: dict[str, bytes], port_queue) -> None:
    stamp = format_datetime(dt.datetime(2026, 11, 24, 6, tzinfo=dt.UTC), usegmt=True)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            body = feeds.get(self.path)
            if body is None:
                self.send_error(404)
                return
            etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", stamp)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    port_queue.put(httpd.server_address[1])
    httpd.serve_forever()


def one_run(base: str, n_feeds: int, database: str) -> dict:
    """A run in this (fresh) process: gather, dedupe, cluster; timings and peak RSS."""
    from briefgen.cluster import cluster, dedupe
    from briefgen.config import FetchSettings, Topic
    from briefgen.gather import gather
    from briefgen.models import Period
    from briefgen.store import Store

    # The generated items are short (60-100 words) and their links lead nowhere: read them as
    # full-text feeds, so the run measures feeds, not failed page look-ups.
    sources = [{"url": f"{base}/feed{f}.xml", "full_text": "never"} for f in range(n_feeds)]
    topic = Topic(name="World", sources=sources)
    period = Period(
        start=dt.datetime(2026, 11, 23, tzinfo=dt.UTC), end=dt.datetime(2026, 11, 26, tzinfo=dt.UTC)
    )
    store = Store(database)
    started = time.perf_counter()
    gathered = gather(topic, period, FetchSettings(), store=store)
    gathered_s = time.perf_counter() - started
    deduped = dedupe(gathered.articles)
    deduped_s = time.perf_counter() - started - gathered_s
    stories = cluster(deduped.articles, set(), period.end, len(deduped.articles))
    total = time.perf_counter() - started
    return {
        "articles": len(gathered.articles),
        "errors": len(gathered.errors),
        "not_modified": gathered.not_modified,
        "stories": len(stories),
        "gather_s": round(gathered_s, 2),
        "cluster_s": round(total - gathered_s, 2),
        "dedupe_s": round(deduped_s, 2),
        "total_s": round(total, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main() -> None:
    if sys.argv[1:2] == ["--run"]:
        print(json.dumps(one_run(sys.argv[2], int(sys.argv[3]), sys.argv[4])))
        return
    n_feeds = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    items = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    feeds = build_feeds(n_feeds, items)
    size_mb = sum(map(len, feeds.values())) / 2**20
    ports = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(feeds, ports), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{ports.get(timeout=30)}"
    print(f"{n_feeds} feeds x {items} items ({size_mb:.1f} MB of RSS) on {base}")
    with tempfile.TemporaryDirectory() as tmp:
        database = f"sqlite:///{tmp}/bench.db"
        rows = []
        for label in ("first run", "second run (unchanged feeds)"):
            out = subprocess.run(
                [sys.executable, __file__, "--run", base, str(n_feeds), database],
                capture_output=True,
                text=True,
                check=True,
            )
            rows.append((label, json.loads(out.stdout.strip().splitlines()[-1])))
    server.terminate()
    keys = list(rows[0][1])
    print(f"{'':32}" + "".join(f"{k:>14}" for k in keys))
    for label, row in rows:
        print(f"{label:32}" + "".join(f"{row[k]:>14}" for k in keys))


if __name__ == "__main__":
    main()
