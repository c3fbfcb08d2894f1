"""Labelled clustering corpora: the folder corpora under tests/fixtures/ (<event>/<outlet>.md,
the folder name is the gold event) and the JSON Lines corpora under benchmarks/corpora/ (one
article a line with its gold `event`), the floors tests/test_cluster.py holds each to (AIM,
BELOW_AIM for those written blind and not yet at it), and the pairwise and BCubed scores of
a grouping. Used by tests/test_cluster.py and benchmarks/bench_cluster.py."""

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

AIM = (0.95, 0.9)  # pairwise precision and recall every corpus should reach (issue 12)
# the floors (precision, recall) of the corpora under AIM, by words alone, each with its
# figures when its floor was last set; a corpus that reaches the aim is held to it (how each
# floor came to be: benchmarks/README.md, "The floors of the corpora under the aim")
BELOW_AIM = {
    "places-holdout": (0.95, 0.8),  # 1.000 / 0.824
    "world-day": (0.95, 0.8),  # 1.000 / 0.800
    "blind-day": (0.95, 0.75),  # 1.000 / 0.771
    "blind-day-3": (0.95, 0.8),  # 1.000 / 0.844
    "blind-day-4": (0.85, 0.6),  # 0.897 / 0.634
    "blind-day-5": (0.95, 0.8),  # 1.000 / 0.820
    "long-day": (0.85, 0.9),  # 0.880 / 0.917
    "blind-day-7": (0.9, 0.9),  # 0.911 / 1.000
    "asia-day-3": (0.95, 0.85),  # 0.953 / 0.872
    "blind-day-9": (0.93, 0.85),  # 0.938 / 0.882
    "blind-day-8": (0.95, 0.85),  # 1.000 / 0.864
    "blind-day-22": (0.9, 0.65),  # 0.929 / 0.675
    "blind-day-30": (0.85, 0.85),  # 0.893 / 0.868
    "blind-day-31": (0.9, 0.75),  # 0.949 / 0.795
    "blind-day-32": (0.95, 0.85),  # 1.000 / 0.889
    "blind-day-36": (0.95, 0.85),  # 1.000 / 0.888
    "blind-day-38": (0.9, 0.85),  # 0.923 / 0.875
    "blind-day-42": (0.95, 0.8),  # 1.000 / 0.814
    "blind-day-46": (0.95, 0.8),  # 1.000 / 0.805
    "blind-day-47": (0.95, 0.8),  # 1.000 / 0.835
    "blind-day-49": (0.95, 0.75),  # 0.964 / 0.769
    "blind-day-51": (0.95, 0.85),  # 1.000 / 0.883
    "blind-day-52": (0.95, 0.8),  # 0.976 / 0.828
    "blind-day-53": (0.95, 0.85),  # 0.969 / 0.872
    "blind-day-57": (0.95, 0.75),  # 1.000 / 0.782
    "blind-day-62": (0.95, 0.8),  # 1.000 / 0.827
    "blind-day-64": (0.95, 0.8),  # 0.963 / 0.811
    "blind-day-67": (0.9, 0.95),  # 0.948 / 0.973
    "blind-day-70": (0.85, 0.9),  # 0.887 / 0.957
    "blind-day-71": (0.95, 0.8),  # 0.972 / 0.883
    "blind-day-73": (0.95, 0.75),  # 0.950 / 0.776, held out (written blind, scored once)
    "blind-day-74": (0.95, 0.75),  # 0.977 / 0.793, held out (scored 0.925 / 0.750 at first)
    "blind-day-76": (0.95, 0.85),  # 0.968 / 0.862, held out (scored 0.967 / 0.833 at first)
    "blind-day-79": (0.95, 0.85),  # 0.989 / 0.863 (scored 0.944 / 0.833 at first)
    "blind-day-80": (0.95, 0.75),  # 0.957 / 0.792 (scored 0.947 / 0.721 at first)
    "blind-day-81": (0.9, 0.8),  # 0.933 / 0.843, held out (scored 0.974 / 0.747 at first)
    "blind-day-82": (0.95, 0.6),  # 0.976 / 0.634 (scored 0.961 / 0.634 at first)
    "blind-day-83": (0.95, 0.75),  # 0.993 / 0.751 (scored 0.871 / 0.650 at first)
    "blind-day-84": (0.85, 0.85),  # 0.890 / 0.880 (scored 0.868 / 0.821 at first)
    "blind-day-85": (0.9, 0.65),  # 0.935 / 0.678, held out (written blind, scored once)
}


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
