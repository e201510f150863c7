"""Stable word n-gram hashes and winnowing (Schleimer, Wilkerson and Aiken, 2003).

Hashes must be the same in every process (they go into the store's inverted
index), so words are hashed with BLAKE2b rather than Python's salted
``hash()``; an n-gram's hash is a polynomial over its words' hashes modulo
2**64, computed as a rolling hash so that all n-grams of a document cost O(1)
each.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from functools import lru_cache
from hashlib import blake2b

_MASK = (1 << 64) - 1
_BASE = 0x100000001B3  # odd 64-bit multiplier (the FNV prime); any odd constant works


@lru_cache(maxsize=1 << 16)
def word_hash(word: str) -> int:
    """64-bit BLAKE2b hash of one word, the same in every process."""
    return int.from_bytes(blake2b(word.encode("utf-8"), digest_size=8).digest(), "big")


def ngram_hashes(words: Sequence[str], n: int) -> list[int]:
    """Hash of every word n-gram: element ``i`` covers ``words[i:i + n]``."""
    if n < 1:
        raise ValueError(f"n-gram size must be at least 1, got {n}")
    if len(words) < n:
        return []
    hashes = [word_hash(w) for w in words]
    top = pow(_BASE, n - 1, 1 << 64)  # weight of the word that leaves the window
    h = 0
    for x in hashes[:n]:
        h = (h * _BASE + x) & _MASK
    out = [h]
    for i in range(n, len(hashes)):
        h = ((h - hashes[i - n] * top) * _BASE + hashes[i]) & _MASK
        out.append(h)
    return out


def winnow(hashes: Sequence[int], window: int) -> list[tuple[int, int]]:
    """Robust winnowing: ``(hash, position)`` of the minimum hash in every
    window of ``window`` consecutive hashes (the rightmost on ties), each
    selected position reported once, in order. A sequence shorter than one
    window yields its minimum. Any shared run of ``window + n - 1`` words is
    then guaranteed to share at least one fingerprint."""
    if window < 1:
        raise ValueError(f"winnowing window must be at least 1, got {window}")
    if not hashes:
        return []
    if len(hashes) < window:
        pos = min(range(len(hashes)), key=lambda i: (hashes[i], -i))
        return [(hashes[pos], pos)]
    selected: list[tuple[int, int]] = []
    candidates: deque[int] = deque()  # positions with strictly increasing hashes
    for i, h in enumerate(hashes):
        while candidates and hashes[candidates[-1]] >= h:
            candidates.pop()
        candidates.append(i)
        if candidates[0] <= i - window:
            candidates.popleft()
        if i >= window - 1 and (not selected or selected[-1][1] != candidates[0]):
            selected.append((hashes[candidates[0]], candidates[0]))
    return selected


def fingerprints(words: Sequence[str], n: int, window: int) -> list[tuple[int, int]]:
    """Winnowed n-gram fingerprints of a token sequence: ``(hash, token position)``."""
    return winnow(ngram_hashes(words, n), window)
