"""Sentence splitting per language: boundary precision and recall on labelled paragraphs.

Run on demand:  python benchmarks/bench_sentences.py [--english-rules]
(prints a table; nothing is asserted). The data, tests/fixtures/languages/sentences.jsonl, is
one JSON object a line: a language and the sentences of a paragraph, as they should be split.
--english-rules splits every language with pysbd's English rules and no rejoining: the
splitter as it was before sentences were split by the article's language.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from briefgen.summarize.sentences import split_sentences

DATA = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "languages"
NO_SPACES = {"zh", "ja"}  # their sentences are written one after the other, with no space


def labelled() -> list[tuple[str, list[str]]]:
    """(language, expected sentences) of each labelled paragraph."""
    lines = (DATA / "sentences.jsonl").read_text(encoding="utf-8").splitlines()
    return [(row["lang"], row["sentences"]) for row in map(json.loads, filter(None, lines))]


def paragraph(lang: str, sentences: list[str]) -> str:
    return ("" if lang in NO_SPACES else " ").join(sentences)


def boundaries(sentences: list[str]) -> set[int]:
    """Where each sentence ends, counted in non-space characters (so spacing is no matter)."""
    ends, at = set(), 0
    for sentence in sentences:
        at += len("".join(sentence.split()))
        ends.add(at)
    return ends


def scores(expected: list[str], found: list[str]) -> tuple[int, int, int]:
    """(correct, found, expected) sentence ends."""
    want, got = boundaries(expected), boundaries(found)
    return len(want & got), len(got), len(want)


def english_rules(text: str, lang: str) -> list[str]:
    import pysbd

    return [s.strip() for s in pysbd.Segmenter(language="en", clean=False).segment(text)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--english-rules", action="store_true", help="the splitter before")
    args = parser.parse_args()
    split = english_rules if args.english_rules else split_sentences
    totals = [0, 0, 0]
    started = time.perf_counter()
    print(f"{'lang':<5} {'sentences':>9} {'precision':>9} {'recall':>7}")
    for lang, sentences in labelled():
        correct, found, expected = scores(sentences, split(paragraph(lang, sentences), lang))
        totals = [t + n for t, n in zip(totals, (correct, found, expected), strict=True)]
        print(f"{lang:<5} {expected:>9} {correct / found:>9.2f} {correct / expected:>7.2f}")
    correct, found, expected = totals
    print(f"{'all':<5} {expected:>9} {correct / found:>9.2f} {correct / expected:>7.2f}")
    print(f"time: {time.perf_counter() - started:.2f} s (pysbd rules loaded once per language)")


if __name__ == "__main__":
    main()
