"""How long `briefgen generate` takes to hand back a brief already built from the same inputs,
as a cron job would run it: a new process each time, the demo config.

Run on demand:  python benchmarks/bench_reuse.py  (prints figures; nothing is asserted)
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RUNS = 7


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        articles = Path(tmp, "articles")
        shutil.copytree(REPO / "examples" / "articles", articles)
        command = [
            sys.executable, "-m", "briefgen", "generate", "--source", str(articles),
            "--topic", "Reuse", "--since", "72h", "--date", "2026-11-24",
            "--output", str(Path(tmp, "out")),
        ]  # fmt: skip
        env = {**os.environ, "BRIEFGEN_DATABASE": f"sqlite:///{tmp}/bench.db"}

        def run() -> subprocess.CompletedProcess:
            return subprocess.run(command, capture_output=True, text=True, check=True, env=env)

        started = time.perf_counter()
        run()
        built = time.perf_counter() - started
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            result = run()
            times.append(time.perf_counter() - started)
            assert "from the same inputs" in result.stderr, result.stderr
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "briefgen", "--help"], capture_output=True)
        floor = time.perf_counter() - started
        print(f"first build (HTML, PDF, JSON): {built:.2f} s")
        print(
            f"reused, same inputs: median {statistics.median(times):.2f} s, "
            f"min {min(times):.2f} s over {RUNS} runs (briefgen --help: {floor:.2f} s)"
        )


if __name__ == "__main__":
    main()
