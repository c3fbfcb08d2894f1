"""Near-duplicate texts: word 5-shingles, MinHash signatures banded for LSH, and candidates
confirmed by the exact Jaccard of their shingle sets."""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from datasketch import LeanMinHash, MinHash

from briefgen.text import WORD_RE, normalise

SHINGLE_WORDS = 5
MIN_SHINGLE_WORDS = 40  # below this (teasers) texts are too alike to compare by shingles
# A text is compared by its first this many characters (some 50,000 words; a long report has
# 2,000): a copy is a copy from its start, and shingling all of a 15 MB page took 5 s
SHINGLE_CHARS = 300_000
NUM_PERM = 80
BANDS = 20  # of 4 rows: a pair at Jaccard 0.6 is proposed with probability 0.94, 0.7: 0.99
_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit multiplier (golden ratio)

# A near copy's sentence of this many words, this share of whose word triples its original
# lacks, is its own news
OWN_WORDS = 8
OWN_CHARS = 15
OWN_SHARE = 0.75
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])|\n+")
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # kana, Han, Hangul
TOKEN = WORD_RE  # the words of text.words, without its per-word clean-up (not needed here)
Shingles = np.ndarray  # sorted, unique uint32 hashes of word 5-grams


def shingles(text: str) -> Shingles:
    """Hashed word 5-grams of a text's first SHINGLE_CHARS characters; empty for short texts
    (teasers)."""
    tokens = TOKEN.findall(normalise(text[:SHINGLE_CHARS]).casefold())
    if len(tokens) < MIN_SHINGLE_WORDS:
        return np.empty(0, dtype=np.uint32)
    ids = np.fromiter(map(_word_hash, tokens), dtype=np.uint64, count=len(tokens))
    span = len(tokens) - SHINGLE_WORDS + 1
    grams = np.zeros(span, dtype=np.uint64)
    for k in range(SHINGLE_WORDS):  # a polynomial hash of each window, wrapping at 2**64
        grams = grams * _MIX + ids[k : k + span]
    return np.unique((grams ^ (grams >> np.uint64(32))).astype(np.uint32))


def jaccard(a: Shingles, b: Shingles) -> float:
    """Exact Jaccard similarity of two shingle sets (0 when either is empty)."""
    if not a.size or not b.size:
        return 0.0
    common = np.intersect1d(a, b, assume_unique=True).size
    return common / (a.size + b.size - common)


def adds_sentences(copy: str, original: str) -> bool:
    """Whether a near copy carries a sentence of its own: OWN_WORDS words or more (OWN_CHARS
    characters in Chinese, Japanese or Korean, read by characters), most of whose triples
    (OWN_SHARE) the original does not have. A syndicated report with its own lead, or a
    local reaction added ("In Tallinn, the prime minister called the decision overdue"), is
    news the brief would lose with the copy; a sentence edited in a word or two ("on Monday
    evening"), a changed headline, byline or time stamp, or a publisher's line ("originally
    published by ...", boilerplate.is_boilerplate) is not."""
    from briefgen.sources.boilerplate import is_boilerplate

    said = _triples(_units(original[:SHINGLE_CHARS]))
    for sentence in SENTENCE_END.split(copy[:SHINGLE_CHARS]):
        units = _units(sentence)
        least = OWN_CHARS if UNSPACED.search(sentence) else OWN_WORDS
        if len(units) < least or is_boilerplate(sentence):
            continue
        triples = _triples(units)
        if len(triples - said) >= OWN_SHARE * len(triples):
            return True
    return False


def _units(text: str) -> list[str]:
    """A text's words, case-folded; in a script written without spaces, its characters."""
    folded = normalise(text).casefold()
    if UNSPACED.search(folded):
        return [c for c in folded if not c.isspace()]
    return TOKEN.findall(folded)


def _triples(words: list[str]) -> set[tuple[str, str, str]]:
    return set(zip(words, words[1:], words[2:], strict=False))


def earlier_candidates(signatures: Sequence[LeanMinHash | None]) -> dict[int, set[int]]:
    """For each item, the earlier items whose signature agrees with its own on all rows of at
    least one of BANDS bands (MinHash LSH, done at once with numpy): the only ones that can
    be near duplicates of it. Items without a signature have none."""
    present = np.array([i for i, s in enumerate(signatures) if s is not None], dtype=np.int64)
    found: dict[int, set[int]] = {}
    if len(present) < 2:
        return found
    matrix = np.array([signatures[i].hashvalues for i in present], dtype=np.uint64)
    rows = NUM_PERM // BANDS
    for band in range(BANDS):
        block = np.ascontiguousarray(matrix[:, band * rows : (band + 1) * rows])
        keys = block.view(np.dtype((np.void, block.itemsize * rows))).ravel()
        _, group, counts = np.unique(keys, return_inverse=True, return_counts=True)
        shared = counts[group.ravel()] > 1
        if not shared.any():
            continue
        members = present[shared]
        order = np.argsort(group.ravel()[shared], kind="stable")
        bounds = np.flatnonzero(np.diff(group.ravel()[shared][order])) + 1
        for bucket in np.split(members[order], bounds):
            ordered = sorted(bucket.tolist())
            for k, item in enumerate(ordered[1:], start=1):
                found.setdefault(item, set()).update(ordered[:k])
    return found


def signatures(sets: Sequence[Shingles]) -> list[LeanMinHash | None]:
    """MinHash signature of each non-empty shingle set (None for an empty one)."""
    non_empty = [s for s in sets if s.size]
    # the shingles are already hashes: MinHash only needs to permute them
    hashed = MinHash.generator((s.tolist() for s in non_empty), num_perm=NUM_PERM, hashfunc=int)
    found = iter([LeanMinHash(m) for m in hashed])
    return [next(found) if s.size else None for s in sets]


@lru_cache(maxsize=262144)
def _word_hash(word: str) -> int:
    return zlib.crc32(word.encode())
