"""Sparse TF-IDF vectors and cosine similarity: enough for grouping and ranking short texts."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse

Vector = dict[str, float]


def tfidf(docs: Sequence[Sequence[str]], prior_docs: int = 0) -> list[Vector]:
    """L2-normalised TF-IDF vectors (sublinear tf, smoothed idf) for tokenised documents.

    `prior_docs` counts that many empty pseudo-documents in the idf, so that in a small batch
    whose documents all share a story's key terms, those terms keep more of their weight.
    """
    df = Counter(term for doc in docs for term in set(doc))
    n = len(docs) + prior_docs
    vectors = []
    for doc in docs:
        weights = {
            t: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[t])) + 1)
            for t, c in Counter(doc).items()
        }
        vectors.append(unit(weights))
    return vectors


def unit(vector: Vector) -> Vector:
    """The vector scaled to length 1 (an empty one stays empty)."""
    norm = math.hypot(*vector.values()) or 1.0
    return {t: w / norm for t, w in vector.items()}


def cosine(a: Vector, b: Vector) -> float:
    """Cosine similarity of two normalised vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def centroid(vectors: Sequence[Vector]) -> Vector:
    """Normalised mean of vectors."""
    total: Counter[str] = Counter()
    for v in vectors:
        total.update(v)
    return unit(total)


def sparse_rows(vectors: Sequence[Vector]) -> sparse.csr_matrix:
    """The vectors as rows of a CSR matrix (columns numbered in order of first use)."""
    columns: dict[str, int] = {}
    indices = [columns.setdefault(t, len(columns)) for v in vectors for t in v]
    data = [w for v in vectors for w in v.values()]
    indptr = np.cumsum([0] + [len(v) for v in vectors])
    return sparse.csr_matrix((data, indices, indptr), shape=(len(vectors), len(columns)))


def rowwise_dot(
    matrix: sparse.csr_matrix, left: np.ndarray, right: np.ndarray, chunk: int = 20000
) -> np.ndarray:
    """Dot products of the row pairs (left[k], right[k]), a chunk of pairs at a time."""
    out = np.zeros(len(left))
    for s in range(0, len(left), chunk):
        rows = matrix[left[s : s + chunk]].multiply(matrix[right[s : s + chunk]])
        out[s : s + chunk] = np.asarray(rows.sum(axis=1)).ravel()
    return out
