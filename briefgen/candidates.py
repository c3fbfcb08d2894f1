"""The pairs of articles worth comparing (cluster._similarities): in a large batch, comparing
every pair costs the square of its size, and most pairs share nothing telling."""

from __future__ import annotations

import heapq
from collections import Counter

import numpy as np
from scipy import sparse

from briefgen.across import MIN_SHARED
from briefgen.vectors import Vector, sparse_rows

TOP_TERMS = 12  # an article's most telling terms (and names) that propose candidate pairs
MAX_POSTING = 40  # a term in more articles than this, or than MAX_SHARE of them, proposes none
MAX_SHARE = 0.003
ALL_PAIRS = 300  # up to this many articles, every pair is compared


def candidate_pairs(
    vectors: list[Vector],
    names: list[Vector],
    everything: list[Vector],
    storms: list[set[str]],
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of articles that share two of their most telling terms: each article's top terms
    and names, less those found in more than a small share of the articles (such a term
    pairs nearly everything with everything and decides little), or a storm their leads
    name and a place (`storms`: cuts.storm_places). In a small batch, every pair."""
    if len(vectors) <= ALL_PAIRS:
        return np.triu_indices(len(vectors), k=1)
    limit = max(MAX_POSTING, int(MAX_SHARE * len(vectors)))
    sounds = [{k: w for k, w in v.items() if k[0] == "~"} for v in everything]
    keys = [
        terms | named | sounded | dict.fromkeys(storm, float(MIN_SHARED))
        for terms, named, sounded, storm in zip(
            _telling(vectors, limit, ""),
            _telling(names, limit, "#"),
            _telling(sounds, limit, ""),
            storms,
            strict=True,
        )
    ]
    index = sparse_rows(keys)
    shared = sparse.triu(index @ index.T, k=1).tocoo()
    keep = shared.data >= MIN_SHARED
    return shared.row[keep], shared.col[keep]


def _telling(vectors: list[Vector], limit: int, prefix: str) -> list[dict[str, float]]:
    """Each vector's TOP_TERMS heaviest terms among those in at most `limit` vectors."""
    df = Counter(t for v in vectors for t in v)
    return [
        dict.fromkeys(
            (
                prefix + t
                for t in heapq.nlargest(
                    TOP_TERMS, (t for t in v if df[t] <= limit), key=v.__getitem__
                )
            ),
            1.0,
        )
        for v in vectors
    ]
