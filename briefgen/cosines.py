"""Cosines of articles' embeddings (unit rows) for cluster.py, in blocks that bound memory."""

from __future__ import annotations

import numpy as np

PAIR_BLOCK = 65_536  # pairs whose embeddings are multiplied at once (memory: block x dims)
EMBED_BLOCK = 1024  # rows of the cosine matrix computed at once (memory: block x articles)


def pair_cosines(embeddings: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """The cosine of each pair (left[k], right[k]) of unit rows, PAIR_BLOCK pairs at a time."""
    cosines = np.empty(len(left))
    for start in range(0, len(left), PAIR_BLOCK):
        block = slice(start, start + PAIR_BLOCK)
        cosines[block] = np.einsum("ij,ij->i", embeddings[left[block]], embeddings[right[block]])
    return cosines


def cosines_from(
    embeddings: np.ndarray, threshold: float, kinds: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs (rows[k] < cols[k]) of rows of two `kinds` (languages) whose cosine reaches
    `threshold`, and those cosines; EMBED_BLOCK rows of the cosine matrix at a time."""
    found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    for start in range(0, len(embeddings), EMBED_BLOCK):
        cosines = embeddings[start : start + EMBED_BLOCK] @ embeddings.T
        rows, cols = np.nonzero(cosines >= threshold)
        values = cosines[rows, cols].astype(float)
        rows += start
        keep = (rows < cols) & (kinds[rows] != kinds[cols])
        found.append((rows[keep], cols[keep], values[keep]))
    if not found:
        return np.empty(0, int), np.empty(0, int), np.empty(0)
    rows, cols, values = (np.concatenate(parts) for parts in zip(*found, strict=True))
    return rows, cols, values
