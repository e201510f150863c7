"""Text with labelled spans inside it, the unit every writer builds from.

A writer never counts characters: it joins ``Marked`` pieces, and each piece
keeps its labels (``req:DR-NOK``, ``decision:3``, ``prompt``, ``passage:rationale``,
``field:deceased_name``) as offsets that move with it. The renderers turn the
pieces into a document and the labels into spans of that document's text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mark:
    """A labelled half-open span ``[start, end)`` of the owning text."""

    start: int
    end: int
    key: str

    def shifted(self, by: int) -> Mark:
        return Mark(self.start + by, self.end + by, self.key)


@dataclass(frozen=True, slots=True)
class Marked:
    """A string and the labelled spans inside it."""

    value: str = ""
    marks: tuple[Mark, ...] = ()

    def __post_init__(self) -> None:
        for mark in self.marks:
            if not 0 <= mark.start <= mark.end <= len(self.value):
                raise ValueError(
                    f"mark {mark.key} [{mark.start}, {mark.end}) outside text of {len(self.value)}"
                )

    def __add__(self, other: Marked | str) -> Marked:
        other = as_marked(other)
        shift = len(self.value)
        return Marked(self.value + other.value, self.marks + tuple(m.shifted(shift) for m in other.marks))

    def __radd__(self, other: str) -> Marked:
        return as_marked(other) + self

    def __len__(self) -> int:
        return len(self.value)

    def __bool__(self) -> bool:
        return bool(self.value)

    def mark(self, key: str) -> Marked:
        """The same text with the whole of it labelled ``key`` (surrounding spaces excluded)."""
        start = len(self.value) - len(self.value.lstrip())
        end = len(self.value.rstrip())
        return Marked(self.value, (*self.marks, Mark(start, max(start, end), key)))

    def keys(self) -> set[str]:
        return {m.key for m in self.marks}

    def upper(self) -> Marked:
        """Upper case; offsets hold because the marks never straddle a character that changes length."""
        upper = self.value.upper()
        if len(upper) != len(self.value):  # e.g. German sharp s: keep the text as it is
            return self
        return Marked(upper, self.marks)


def as_marked(text: Marked | str) -> Marked:
    return text if isinstance(text, Marked) else Marked(text)


def marked(text: str, key: str) -> Marked:
    return Marked(text).mark(key) if text else Marked(text)


def join(separator: str, parts: Iterable[Marked | str]) -> Marked:
    """``separator.join`` for marked pieces; empty pieces are skipped."""
    out = Marked()
    first = True
    for part in parts:
        piece = as_marked(part)
        if not piece.value:
            continue
        out = piece if first else out + separator + piece
        first = False
    return out
