"""Precision, recall and F1 with their counts, and macro averages."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PRF:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        p, r = p or 0.0, r or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_json(self) -> dict[str, float | int | None]:
        return {
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f1": _round(self.f1),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def per_class(truth: Sequence[str], predicted: Sequence[str | None], label: str) -> PRF:
    tp = sum(t == label and p == label for t, p in zip(truth, predicted, strict=True))
    fp = sum(t != label and p == label for t, p in zip(truth, predicted, strict=True))
    fn = sum(t == label and p != label for t, p in zip(truth, predicted, strict=True))
    return PRF(tp, fp, fn)


def macro_f1(
    truth: Sequence[str], predicted: Sequence[str | None], labels: Iterable[str] | None = None
) -> float | None:
    """Mean F1 over the classes present in the truth (or in ``labels``)."""
    classes = sorted(set(labels) if labels is not None else set(truth))
    scores = [per_class(truth, predicted, c).f1 for c in classes]
    values = [s for s in scores if s is not None]
    return sum(values) / len(values) if values else None


def mean(values: Iterable[float | None]) -> float | None:
    kept = [v for v in values if v is not None]
    return sum(kept) / len(kept) if kept else None
