"""Pairwise text alignment: the passages of a target text that reuse a source text.

Seed, extend, filter, verify (the usual text-alignment pipeline):

1. seeds are all word n-grams the two texts share (every n-gram, not only
   winnowed fingerprints: winnowing is for finding candidate documents, and
   here it would blur the passage boundaries);
2. seeds on the same diagonal at consecutive positions become runs (exact
   shared word sequences); a run that continues a passage in *both* texts
   within ``max_gap`` words is merged into it, repeatedly until nothing
   changes, which bridges the words an editor (or OCR) changed, inserted or
   deleted; a run that overlaps a passage in one text but sits elsewhere in
   the other (a phrase the source repeats) is kept apart;
3. passages shorter than ``min_tokens`` words or ``min_chars`` characters
   (on either side) are dropped;
4. each passage is verified with ``rapidfuzz``'s normalised Indel similarity
   of its two word sequences and dropped below ``min_similarity``;
5. of passages that claim the same target text, the longest is kept.

Spans are half-open character ranges in the original texts and start and end
on token boundaries.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from auditor.reuse.fingerprints import ngram_hashes
from auditor.reuse.normalise import NO_MASKING, MaskOptions, Tokens, tokenise


@dataclass(frozen=True, slots=True)
class AlignParams:
    """Tuning of the aligner.

    ``n``: seed n-gram length in words. ``max_gap``: most unmatched words
    between two runs, in each text, for them to merge (OCR noise and edits
    break runs; a source with interleaved column text needs ~20).
    ``min_tokens`` / ``min_chars``: shortest passage kept, on both sides.
    ``min_similarity``: least normalised Indel similarity of the two word
    sequences. ``max_occurrences``: n-grams found more often than this in
    either text are not seeds (repetitive filler would otherwise make a
    quadratic number of them).

    The defaults were tuned on PAN 2013 sub-corpus 02 (plagdet is flat for
    ``n`` 5, ``max_gap`` 20-40, ``min_similarity`` 0.6-0.8) without a
    PAN-specific minimum length: cases there are at least 256 characters,
    but a copied police rationale can be one 15-word sentence."""

    n: int = 5
    max_gap: int = 24
    min_tokens: int = 15
    min_chars: int = 100
    min_similarity: float = 0.7
    max_occurrences: int = 20


DEFAULT_PARAMS = AlignParams()


@dataclass(frozen=True, slots=True)
class Alignment:
    """A reused passage: ``target`` and ``source`` are half-open character ranges."""

    target: tuple[int, int]
    source: tuple[int, int]
    similarity: float


@dataclass(slots=True)
class _Passage:
    """Token ranges ``[t0, t1)`` in the target and ``[s0, s1)`` in the source."""

    t0: int
    t1: int
    s0: int
    s1: int


def align(
    target: str,
    source: str,
    *,
    mask: MaskOptions = NO_MASKING,
    params: AlignParams = DEFAULT_PARAMS,
) -> list[Alignment]:
    """Passages of ``target`` that reuse ``source``, sorted by target position."""
    return align_tokens(tokenise(target, mask), tokenise(source, mask), params)


def align_tokens(target: Tokens, source: Tokens, params: AlignParams = DEFAULT_PARAMS) -> list[Alignment]:
    """As ``align``, on texts already tokenised (with the same ``MaskOptions``)."""
    runs = _runs(target.words, source.words, params)
    passages = _merge(runs, params.n, params.max_gap)
    found: list[Alignment] = []
    for p in sorted(passages, key=lambda q: (q.t0, q.s0)):
        if min(p.t1 - p.t0, p.s1 - p.s0) < params.min_tokens:
            continue
        t_span = target.char_span(p.t0, p.t1)
        s_span = source.char_span(p.s0, p.s1)
        if min(t_span[1] - t_span[0], s_span[1] - s_span[0]) < params.min_chars:
            continue
        similarity = Indel.normalized_similarity(target.words[p.t0 : p.t1], source.words[p.s0 : p.s1])
        if similarity >= params.min_similarity:
            found.append(Alignment(t_span, s_span, similarity))
    return _drop_overlapping(found)


def _runs(target: Sequence[str], source: Sequence[str], params: AlignParams) -> list[_Passage]:
    """Maximal exact shared word sequences of at least ``n`` words."""
    n = params.n
    index: dict[int, list[int]] = {}
    for j, h in enumerate(ngram_hashes(source, n)):
        index.setdefault(h, []).append(j)
    target_hashes = ngram_hashes(target, n)
    counts: dict[int, int] = {}
    for h in target_hashes:
        counts[h] = counts.get(h, 0) + 1
    runs: list[_Passage] = []
    open_runs: dict[int, _Passage] = {}  # diagonal (s - t) -> run whose last seed is at t - 1
    for i, h in enumerate(target_hashes):
        js = index.get(h)
        if js is None or len(js) > params.max_occurrences or counts[h] > params.max_occurrences:
            continue
        for j in js:
            run = open_runs.get(j - i)
            if run is not None and run.t1 == i + n - 1:
                run.t1 += 1
                run.s1 += 1
            else:
                run = _Passage(i, i + n, j, j + n)
                open_runs[j - i] = run
                runs.append(run)
    return runs


def _follows(q: _Passage, p: _Passage, n: int, max_gap: int) -> bool:
    """``p`` continues ``q`` in both texts: it starts at most ``max_gap`` words
    after ``q`` ends (or overlaps it by fewer than ``n`` words, as runs around
    a repeated word do) and reaches past ``q``'s end; or it lies inside ``q``.
    A run that overlaps ``q`` in one text but lies elsewhere in the other is a
    repeated phrase, not a continuation, and stays apart."""
    if q.t0 <= p.t0 and p.t1 <= q.t1 and q.s0 <= p.s0 and p.s1 <= q.s1:
        return True
    return -n < p.t0 - q.t1 <= max_gap and -n < p.s0 - q.s1 <= max_gap and p.t1 > q.t1 and p.s1 > q.s1


def _merge(passages: list[_Passage], n: int, max_gap: int) -> list[_Passage]:
    """Merge runs that continue one another in both texts, sweeping along the
    target, until a sweep merges nothing."""
    current = passages
    while True:
        current.sort(key=lambda p: (p.t0, p.s0))
        done: list[_Passage] = []
        active: list[_Passage] = []
        merged = False
        for p in current:
            still: list[_Passage] = []
            for q in active:
                (done if q.t1 + max_gap < p.t0 else still).append(q)
            active = still
            for q in active:
                if _follows(q, p, n, max_gap):
                    q.t0, q.t1 = min(q.t0, p.t0), max(q.t1, p.t1)
                    q.s0, q.s1 = min(q.s0, p.s0), max(q.s1, p.s1)
                    merged = True
                    break
            else:
                active.append(p)
        done.extend(active)
        if not merged:
            return done
        current = done


def _drop_overlapping(found: list[Alignment]) -> list[Alignment]:
    """Where passages overlap in the target by more than half of the shorter,
    keep the longer: one stretch of target text has one source (a source that
    repeats a phrase offers several)."""
    kept: list[Alignment] = []
    for a in sorted(found, key=lambda x: (x.target[0] - x.target[1], -x.similarity)):
        length = a.target[1] - a.target[0]
        if all(min(a.target[1], k.target[1]) - max(a.target[0], k.target[0]) <= length // 2 for k in kept):
            kept.append(a)
    return sorted(kept, key=lambda x: (x.target, x.source))
