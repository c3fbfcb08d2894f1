"""How well revisions.py tells that a later report of an event revises a figure an earlier
one gives, on pairs labelled by hand (benchmarks/revisions/*.jsonl: one pair a line, its
`early` and `late` reports, `revises` true or false, the `old` figures superseded).

A pair is read as a story of two reports: `revisions` marks the later one as revising (its
`by`) or not. Precision and recall of that mark, overall and by language; and of the pairs
marked right, how many name the labelled old figures (`old`) when the late report states
them, as the stale sentences that are left out of the brief need.

Run on demand:  python benchmarks/bench_revisions.py [PAIRS.jsonl ...] [-v]  (default: every
file in benchmarks/revisions/; -v lists the pairs read wrong; prints tables; nothing is
asserted)
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

from briefgen.revisions import Report, revisions

PAIRS = Path(__file__).parent / "revisions"


def main() -> None:
    verbose = "-v" in sys.argv
    paths = [Path(a) for a in sys.argv[1:] if a != "-v"] or sorted(PAIRS.glob("*.jsonl"))
    for path in paths:
        score(path, verbose)


def score(path: Path, verbose: bool) -> None:
    pairs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    counts: dict[str, Counter[str]] = {}
    named = Counter()
    wrong = []
    for pair in pairs:
        lang = pair["lang"][:2]
        reports = {key: _report(pair[key], lang) for key in ("early", "late")}
        found = revisions(reports)
        said = "late" in found.by
        outcome = ("t" if said == pair["revises"] else "f") + ("p" if said else "n")
        for group in (lang, "all"):
            counts.setdefault(group, Counter())[outcome] += 1
        if said and pair["revises"] and pair.get("old"):
            named["pairs"] += 1
            named["named"] += bool(found.old & set(pair["old"]))
        if outcome[0] == "f":
            wrong.append((pair["id"], lang, outcome, sorted(found.old), pair.get("note", "")))
    print(f"\n{path.name}: {len(pairs)} pairs")
    print(f"{'language':10} {'pairs':>5} {'P':>6} {'R':>6}   tp  fp  fn  tn")
    for group in sorted(counts, key=lambda g: (g == "all", g)):
        c = counts[group]
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else float("nan")
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else float("nan")
        print(
            f"{group:10} {sum(c.values()):5} {precision:6.3f} {recall:6.3f}  "
            f"{c['tp']:3} {c['fp']:3} {c['fn']:3} {c['tn']:3}"
        )
    if named["pairs"]:
        print(f"old figure named, of the revisions found with one labelled: "
              f"{named['named']} of {named['pairs']}")  # fmt: skip
    if verbose:
        for row in wrong:
            print("  wrong:", *row)


def _report(side: dict, lang: str) -> Report:
    published = dt.datetime.fromisoformat(side["published"])
    return Report(lang, f"{side['title']}\n{side['text']}", published)


if __name__ == "__main__":
    main()
