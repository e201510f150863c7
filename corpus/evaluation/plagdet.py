"""PAN's text-reuse detection measures (Potthast, Stein, Barrón-Cedeño and
Rosso, "An Evaluation Framework for Plagiarism Detection", COLING 2010).

A case ``s`` (ground truth) and a detection ``r`` each name a character range
in a suspicious document and one in a source document; as a character set
each is the union of both ranges. ``r`` *detects* ``s`` when they concern the
same two documents and overlap in the suspicious document *and* in the source
document; then ``s ⊓ r = s ∩ r``, else it is empty. With cases ``S`` and
detections ``R``::

    recall(S, R)      = 1/|S| · Σ_s |∪_r (s ⊓ r)| / |s|
    precision(S, R)   = 1/|R| · Σ_r |∪_s (s ⊓ r)| / |r|
    granularity(S, R) = 1/|S_R| · Σ_{s ∈ S_R} |R_s|   (S_R: detected cases,
                                                       R_s: detections of s)
    plagdet           = F1(precision, recall) / log2(1 + granularity)

Empty sets follow PAN's reference implementation (``perfmeasures.py``):
recall and precision are 1 when there are neither cases nor detections and 0
when exactly one of the two is empty (so precision with no detections is 0);
granularity is 1 when nothing is detected; plagdet is 0 when precision and
recall are both 0.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Passage:
    """A non-empty half-open character range ``[start, end)`` of document ``doc``."""

    doc: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end <= self.start:
            raise ValueError(f"invalid passage [{self.start}, {self.end}) in {self.doc!r}")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Passage) -> bool:
        return self.doc == other.doc and self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Reuse:
    """A case or a detection: a suspicious passage and the source passage it reuses."""

    suspicious: Passage
    source: Passage

    def __len__(self) -> int:
        return len(self.suspicious) + len(self.source)

    def detects(self, other: Reuse) -> bool:
        """Overlap in both documents (symmetric: ``r.detects(s) == s.detects(r)``)."""
        return self.suspicious.overlaps(other.suspicious) and self.source.overlaps(other.source)


@dataclass(frozen=True, slots=True)
class Scores:
    plagdet: float
    recall: float
    precision: float
    granularity: float
    cases: int
    detections: int
    detected_cases: int


def _covered(part: Passage, others: Iterable[Passage]) -> int:
    """Characters of ``part`` covered by the union of ``others`` (same document)."""
    clipped = sorted((max(part.start, o.start), min(part.end, o.end)) for o in others)
    total, reach = 0, part.start
    for a, b in clipped:
        a = max(a, reach)
        if b > a:
            total += b - a
            reach = b
    return total


def _pairs_index(items: Iterable[Reuse]) -> dict[tuple[str, str], list[Reuse]]:
    index: dict[tuple[str, str], list[Reuse]] = {}
    for item in items:
        index.setdefault((item.suspicious.doc, item.source.doc), []).append(item)
    return index


def _macro_coverage(covered: Sequence[Reuse], covering: Sequence[Reuse]) -> float:
    """Mean over ``covered`` of the share of its characters that the items of
    ``covering`` detecting it cover: recall, or precision with roles swapped."""
    if not covered and not covering:
        return 1.0
    if not covered or not covering:
        return 0.0
    index = _pairs_index(covering)
    total = 0.0
    for x in covered:
        hits = [y for y in index.get((x.suspicious.doc, x.source.doc), ()) if y.detects(x)]
        if hits:
            chars = _covered(x.suspicious, (y.suspicious for y in hits))
            chars += _covered(x.source, (y.source for y in hits))
            total += chars / len(x)
    return total / len(covered)


def macro_recall(cases: Sequence[Reuse], detections: Sequence[Reuse]) -> float:
    """Macro-averaged character recall of ``detections`` over ``cases``."""
    return _macro_coverage(cases, detections)


def macro_precision(cases: Sequence[Reuse], detections: Sequence[Reuse]) -> float:
    """Macro-averaged character precision of ``detections``."""
    return _macro_coverage(detections, cases)


def granularity(cases: Sequence[Reuse], detections: Sequence[Reuse]) -> float:
    """Mean number of detections per detected case; 1 when no case is detected."""
    index = _pairs_index(detections)
    counts = [
        n
        for s in cases
        if (n := sum(r.detects(s) for r in index.get((s.suspicious.doc, s.source.doc), ()))) > 0
    ]
    return sum(counts) / len(counts) if counts else 1.0


def plagdet_score(recall: float, precision: float, gran: float) -> float:
    """F1 of ``precision`` and ``recall`` divided by ``log2(1 + gran)``."""
    if (recall == 0 and precision == 0) or recall < 0 or precision < 0 or gran < 1:
        return 0.0
    f1 = 2 * recall * precision / (recall + precision)
    return f1 / math.log2(1 + gran)


def evaluate(cases: Sequence[Reuse], detections: Sequence[Reuse]) -> Scores:
    """All of PAN's measures at once."""
    rec = macro_recall(cases, detections)
    prec = macro_precision(cases, detections)
    gran = granularity(cases, detections)
    index = _pairs_index(detections)
    detected = sum(any(r.detects(s) for r in index.get((s.suspicious.doc, s.source.doc), ())) for s in cases)
    return Scores(
        plagdet=plagdet_score(rec, prec, gran),
        recall=rec,
        precision=prec,
        granularity=gran,
        cases=len(cases),
        detections=len(detections),
        detected_cases=detected,
    )
