"""How well `assessed.levels` reads which way a sentence assesses a likelihood or an impact.

Run on demand:  python benchmarks/bench_levels.py benchmarks/levels/blind-levels-29.jsonl
Each line of the file: {"text", "language", "kind": "likelihood" | "impact", "level": "high" |
"low" | "none"}. A sentence is read as "low" when `levels` finds a low level and no high one
(the check's "the articles only say low"), "high" when it finds a high or expected one and no
low one, "none" when it finds nothing (or only "either", which confirms any level). Prints,
per level and per language, precision and recall, and the sentences read wrong. Nothing is
asserted.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from briefgen.assessed import levels


def read(text: str, language: str, kind: str) -> str:
    """The level a sentence states, as the grounding check reads it."""
    found = set(levels(text, language, kind))
    high, low = bool(found & {"high", "expected"}), "low" in found
    if high and not low:
        return "high"
    if low and not high:
        return "low"
    return "mixed" if high else "none"


def main() -> None:
    rows = [json.loads(line) for line in Path(sys.argv[1]).read_text().splitlines() if line]
    counts: dict[str, Counter] = defaultdict(Counter)  # level -> tp, fp, fn
    by_language: dict[str, Counter] = defaultdict(Counter)
    wrong = []
    for row in rows:
        got, want = read(row["text"], row["language"], row["kind"]), row["level"]
        by_language[row["language"]]["right" if got == want else "wrong"] += 1
        if got == want:
            counts[want]["tp"] += 1
            continue
        counts[want]["fn"] += 1
        counts[got]["fp"] += 1
        wrong.append((row["language"], row["kind"], want, got, row["text"]))
    print(f"{len(rows)} sentences")
    print(f"{'level':8} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}")
    for level in ("high", "low", "none"):
        tp, fp, fn = (counts[level][k] for k in ("tp", "fp", "fn"))
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(f"{level:8} {precision:9.3f} {recall:7.3f} {tp:4} {fp:4} {fn:4}")
    print("right per language:", ", ".join(
        f"{lang} {c['right']}/{c['right'] + c['wrong']}" for lang, c in sorted(by_language.items())
    ))  # fmt: skip
    print("\nread wrong (language, kind, labelled, read):")
    for language, kind, want, got, text in wrong:
        print(f"  {language} {kind:10} {want:>4} -> {got:5} {text}")


if __name__ == "__main__":
    main()
