"""How well "what changed since the last brief" recognises a story told again.

On each labelled corpus (tests/fixtures/clusters*, <event>/<outlet>.md), the first half of
every event told by several outlets is published on day 1, the rest on day 3 (each at its
own time of day); events told by one outlet appear on day 3 only. Briefs are built for both
days through the CLI with a 24 h window, so day 1's articles are gone on day 3 and a story
can only be recognised by its terms. On day 3, stories of known events should be `updated`,
the others `new`.

Run on demand:  python benchmarks/bench_novelty.py   (prints one line per corpus)
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
DAYS = ("2026-11-22", "2026-11-24")


def lay_out(corpus: Path, news: Path) -> dict[str, bool]:
    """Copy the corpus into `news` with day-1/day-3 dates; url -> event has several outlets."""
    several = {}
    for event in sorted(p for p in corpus.iterdir() if p.is_dir()):
        files = sorted(event.glob("*.md"))
        for k, path in enumerate(files):
            day = DAYS[0] if len(files) > 1 and k < len(files) // 2 else DAYS[1]
            text = re.sub(  # the article's own time of day, on its day
                r"^published: \d{4}-\d\d-\d\dT",
                f"published: {day}T",
                path.read_text(),
                count=1,
                flags=re.M,
            )
            (news / f"{event.name}--{path.name}").write_text(text)
            several[re.search(r"^url: (.*)$", text, re.M)[1].strip()] = len(files) > 1
    return several


def measure(corpus: Path) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "news").mkdir()
        several = lay_out(corpus, work / "news")
        config = work / "briefgen.toml"
        config.write_text(
            f'output_dir = "out"\ndatabase = "sqlite:///{work}/db.sqlite"\n[[topics]]\n'
            f'name = "W"\nsince = "24h"\nmax_stories = 50\nsources = ["{work}/news"]\n'
        )
        for day in DAYS:
            subprocess.run(
                ["briefgen", "generate", "--config", config, "--date", day, "--format", "json"],
                check=True,
                capture_output=True,
            )
        brief = json.loads((work / "out" / DAYS[1] / "w.json").read_text())
    urls = {s["id"]: s["url"] for s in brief["sources"]}
    known = [s for s in brief["stories"] if any(several[urls[i]] for i in s["sources"])]
    fresh = [s for s in brief["stories"] if s not in known]
    updated = sum(s["status"] == "updated" for s in known)
    new = sum(s["status"] == "new" for s in fresh)
    return (
        f"{corpus.name}: stories of known events marked updated {updated}/{len(known)}, "
        f"stories of fresh events marked new {new}/{len(fresh)}"
    )


if __name__ == "__main__":
    for name in sys.argv[1:] or ["clusters", "clusters-second"]:
        print(measure(FIXTURES / name))
