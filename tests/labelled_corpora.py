"""Labelled clustering corpora: the folder corpora under tests/fixtures/ (<event>/<outlet>.md,
the folder name is the gold event) and the JSON Lines corpora under benchmarks/corpora/ (one
article a line with its gold `event`). Used by tests/test_cluster.py and
benchmarks/bench_cluster.py, with the pairwise and BCubed scores of a grouping."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from briefgen.models import Article
from briefgen.sources.files import read_file
from briefgen.text import canonical_url, content_hash

REPO = Path(__file__).resolve().parent.parent
FOLDERS = [
    REPO / "tests" / "fixtures" / "clusters",
    REPO / "tests" / "fixtures" / "clusters-second",
]
JSONL = REPO / "benchmarks" / "corpora"


def corpora() -> list[Path]:
    """Every labelled corpus: the two folders, then the JSON Lines files by name."""
    return FOLDERS + sorted(JSONL.glob("*.jsonl"))


def load(corpus: Path) -> tuple[list[Article], dict[str, str], dict[str, str]]:
    """Articles, the gold event of each (by url) and a short name of each (by url)."""
    articles: list[Article] = []
    gold: dict[str, str] = {}
    names: dict[str, str] = {}
    if corpus.is_dir():
        for path in sorted(corpus.glob("*/*.md")):
            article = read_file(path, 1_000_000, str(path))
            articles.append(article)
            gold[article.url] = path.parent.name
            names[article.url] = f"{path.parent.name}/{path.stem}"
        return articles, gold, names
    for line in corpus.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        article = Article(
            url=record["url"],
            canonical_url=canonical_url(record["url"]),
            title=record["title"],
            text=record["text"],
            published=dt.datetime.fromisoformat(record["published"]),
            outlet=record["outlet"],
            content_hash=content_hash(record["title"], record["text"]),
            language=record.get("language", ""),
        )
        articles.append(article)
        gold[article.url] = record["event"]
        names[article.url] = f"{record['event']}/{record['outlet']}"
    return articles, gold, names


def pairs(labels: dict[str, str]) -> set[frozenset[str]]:
    """Every pair of items that share a label."""
    groups: dict[str, list[str]] = defaultdict(list)
    for item, label in labels.items():
        groups[label].append(item)
    return {frozenset(p) for members in groups.values() for p in combinations(members, 2)}


def pairwise(gold: dict[str, str], found: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall of a grouping (item -> group) against gold labels."""
    gold_pairs, found_pairs = pairs(gold), pairs(found)
    hits = len(gold_pairs & found_pairs)
    return (
        hits / len(found_pairs) if found_pairs else 1.0,
        hits / len(gold_pairs) if gold_pairs else 1.0,
    )


def bcubed(gold: dict[str, str], found: dict[str, str]) -> tuple[float, float]:
    """BCubed precision and recall: for each item, the share of its found group that is of its
    gold event, and the share of its gold event that is in its found group; averaged."""
    by_gold: dict[str, set[str]] = defaultdict(set)
    by_found: dict[str, set[str]] = defaultdict(set)
    for item in gold:
        by_gold[gold[item]].add(item)
        by_found[found[item]].add(item)
    precision = recall = 0.0
    for item in gold:
        both = len(by_gold[gold[item]] & by_found[found[item]])
        precision += both / len(by_found[found[item]])
        recall += both / len(by_gold[gold[item]])
    return precision / len(gold), recall / len(gold)
