"""Throughput of Celery workers, and their memory: 40 topics built by 1 worker of concurrency
4, then by 2 such workers.

Run on demand:  python benchmarks/bench_workers.py  (prints figures; nothing is asserted)

Servers, all on 127.0.0.1: a Redis started here on a free port (Debian's redis-server), the
test suite's OpenAI-compatible server answering each request after 2 s (tests/llm_server.py,
through the real `openai` client, LLM cache off so every brief asks), and the database named
by BRIEFGEN_BENCH_DATABASE (a PostgreSQL URL; SQLite in a temp folder when unset). Each topic
is the demo articles (4 stories: 5 LLM calls, then HTML, PDF and JSON).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
from llm_server import FakeLLM, serve  # noqa: E402

TOPICS = 40
ANSWER_S = 2.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tree_rss_mb(pid: int) -> tuple[float, float]:
    """(resident MB of the worker's main process, of its largest pool process)."""

    def rss(p: int) -> float:
        try:
            fields = Path(f"/proc/{p}/status").read_text().split("VmRSS:")[1].split()
            return int(fields[0]) / 1024
        except (OSError, IndexError):
            return 0.0

    children = Path(f"/proc/{pid}/task/{pid}/children")
    kids = [int(c) for c in children.read_text().split()] if children.exists() else []
    return rss(pid), max((rss(k) for k in kids), default=0.0)


def run(workers: int, folder: Path, broker: str, llm: str, database: str) -> dict:
    folder.mkdir()
    lines = [
        'output_dir = "out"',
        f'[queue]\nbroker_url = "{broker}"\nwait_s = 1800',
        f'[llm]\nprovider = "openai"\nmodel = "m"\nbase_url = "{llm}"\ncache = false',
    ]
    for n in range(TOPICS):
        lines.append(
            f'[[topics]]\nname = "Desk {n}"\nsince = "72h"\n'
            f'sources = ["{REPO / "examples" / "articles"}"]'
        )
    config = folder / "briefgen.toml"
    config.write_text("\n".join(lines) + "\n")
    env = {**os.environ, "BRIEFGEN_DATABASE": database}
    cli = [sys.executable, "-m", "briefgen"]
    subprocess.run([*cli, "db", "upgrade", "--config", config], env=env, check=True)
    worker = [*cli, "worker", "--config", config, "--concurrency", "4"]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    procs = [subprocess.Popen(worker, env=env, **quiet) for _ in range(workers)]
    time.sleep(4)  # the workers connect
    started = time.perf_counter()
    gen = subprocess.Popen(
        [*cli, "generate", "--config", config, "--date", "2026-11-24", "--format", "pdf"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    peaks = [(0.0, 0.0)] * workers
    marks: list[tuple[int, float]] = []  # (briefs written, largest pool process MB): flat?
    out = folder / "out" / "2026-11-24"
    while gen.poll() is None:
        now = [tree_rss_mb(p.pid) for p in procs]
        peaks = [tuple(map(max, old, new)) for old, new in zip(peaks, now, strict=True)]
        done = len(list(out.glob("*.pdf"))) if out.is_dir() else 0
        if done >= 10 * (len(marks) + 1):
            marks.append((done, max(pool for _, pool in now)))
        time.sleep(0.5)
    elapsed = time.perf_counter() - started
    after = [tree_rss_mb(p.pid) for p in procs]
    for p in procs:
        p.terminate()
        p.wait(60)
    pdfs = len(list((folder / "out" / "2026-11-24").glob("*.pdf")))
    return {"elapsed": elapsed, "pdfs": pdfs, "exit": gen.returncode, "peaks": peaks,
            "after": after, "marks": marks}  # fmt: skip


def main() -> None:
    redis = shutil.which("redis-server")
    if redis is None:
        sys.exit("needs Debian's redis-server (apt-get install redis-server)")
    port = free_port()
    server = subprocess.Popen(
        [redis, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        with serve(FakeLLM(delay=ANSWER_S)) as llm, tempfile.TemporaryDirectory() as tmp:
            results = {}
            for workers in (1, 2):
                database = os.environ.get("BRIEFGEN_BENCH_DATABASE") or (
                    f"sqlite:///{tmp}/w{workers}.db"
                )
                broker = f"redis://127.0.0.1:{port}/{workers}"
                results[workers] = r = run(workers, Path(tmp, f"w{workers}"), broker,
                                           llm.base_url, database)  # fmt: skip
                print(
                    f"{workers} worker(s) x concurrency 4: {TOPICS} topics in "
                    f"{r['elapsed']:.1f} s ({TOPICS / r['elapsed'] * 60:.1f} briefs/min), "
                    f"{r['pdfs']} PDFs, exit {r['exit']}"
                )
                for n, ((main_peak, pool_peak), (main_end, pool_end)) in enumerate(
                    zip(r["peaks"], r["after"], strict=True)
                ):
                    print(
                        f"  worker {n + 1}: main process {main_peak:.0f} MB peak "
                        f"({main_end:.0f} MB after), largest pool process {pool_peak:.0f} MB "
                        f"peak ({pool_end:.0f} MB after)"
                    )
                marks = ", ".join(f"{mb:.0f} MB after {n}" for n, mb in r["marks"])
                print(f"  largest pool process as briefs were written: {marks}")
            ratio = results[1]["elapsed"] / results[2]["elapsed"]
            print(f"throughput, 2 workers against 1: {ratio:.2f}x")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
