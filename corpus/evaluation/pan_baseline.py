"""A naive text-alignment baseline to print beside our aligner: exact word
5-gram matches, merged while they follow one another within a few words in
both texts; no minimum length, no frequency filter, no verification."""

from __future__ import annotations

from auditor.reuse.fingerprints import ngram_hashes
from auditor.reuse.normalise import Tokens

SpanPair = tuple[tuple[int, int], tuple[int, int]]


def baseline_align(target: Tokens, source: Tokens, n: int = 5, max_gap: int = 3) -> list[SpanPair]:
    """Character spans ``(target, source)`` of merged shared word n-grams."""
    index: dict[int, list[int]] = {}
    for j, h in enumerate(ngram_hashes(source.words, n)):
        index.setdefault(h, []).append(j)
    # Each detection is [t0, t1, s0, s1] in tokens; a seed joins the first open
    # detection it follows within max_gap words in both texts.
    detections: list[list[int]] = []
    open_: list[list[int]] = []
    for i, h in enumerate(ngram_hashes(target.words, n)):
        open_ = [d for d in open_ if d[1] + max_gap >= i]
        for j in index.get(h, ()):
            for d in open_:
                if d[3] - n < j <= d[3] + max_gap:
                    d[1], d[3] = max(d[1], i + n), max(d[3], j + n)
                    break
            else:
                d = [i, i + n, j, j + n]
                detections.append(d)
                open_.append(d)
    return [(target.char_span(t0, t1), source.char_span(s0, s1)) for t0, t1, s0, s1 in detections]
