"""Span helpers shared by checks: where to point a finding.

Every finding must point at some text (never an empty span), so that it can be
highlighted; these helpers choose whole lines and trim whitespace so that the
spans do not depend on how a parser treated the edges of a line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from auditor.document import Document, Entry, Span

_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def trim(text: str, start: int, end: int) -> Span | None:
    """``[start, end)`` without surrounding whitespace, or None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def line_at(text: str, offset: int) -> Span | None:
    """The trimmed line holding ``offset`` (an offset at a line's end belongs to that line)."""
    offset = max(0, min(offset, len(text)))
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return trim(text, start, len(text) if end < 0 else end)


def first_line(text: str) -> Span | None:
    """The first non-blank line: a record's title."""
    for m in re.finditer(r"[^\n]+", text):
        span = trim(text, m.start(), m.end())
        if span is not None:
            return span
    return None


def whole(text: str) -> Span:
    """The whole text trimmed, or an empty span at 0 for a blank text."""
    return trim(text, 0, len(text)) or Span(0, 0)


def entry_span(doc: Document, entry: Entry) -> Span:
    """An entry's header and body together, trimmed."""
    start = entry.span.start
    if entry.header_span is not None:
        start = min(start, entry.header_span.start)
    end = max(entry.span.end, entry.header_span.end if entry.header_span is not None else 0)
    return trim(doc.text, start, end) or entry.span


def gaps(length: int, taken: Iterable[Span]) -> Iterator[tuple[int, int]]:
    """The ranges of ``[0, length)`` not covered by any of ``taken``."""
    pos = 0
    for span in sorted(taken, key=lambda s: s.start):
        if span.start > pos:
            yield pos, span.start
        pos = max(pos, span.end)
    if pos < length:
        yield pos, length


def sentences(text: str, start: int, end: int) -> Iterator[Span]:
    """Sentences of ``text[start:end]``, split at sentence-ending punctuation, at
    blank lines and at line breaks that do not continue a wrapped sentence."""
    pieces: list[tuple[int, int]] = []
    cut = start
    for m in _PARAGRAPH_BREAK.finditer(text, start, end):
        pieces.append((cut, m.start()))
        cut = m.end()
    pieces.append((cut, end))
    for p_start, p_end in pieces:
        yield from _split_paragraph(text, p_start, p_end)


def _split_paragraph(text: str, start: int, end: int) -> Iterator[Span]:
    cut = start
    pos = start
    while pos < end:
        ch = text[pos]
        if ch == "\n" and not _continues(text, cut, pos, end):
            span = trim(text, cut, pos)
            if span is not None:
                yield span
            cut = pos + 1
        elif ch in ".!?":
            m = _SENTENCE_END.match(text, pos, end)
            if m is not None:
                span = trim(text, cut, m.end())
                if span is not None:
                    yield span
                cut = pos = m.end()
                continue
        pos += 1
    span = trim(text, cut, end)
    if span is not None:
        yield span


def _continues(text: str, cut: int, newline: int, end: int) -> bool:
    """Whether the line after ``newline`` carries on the sentence before it:
    the line so far ends in a word or comma and the next starts in lower case."""
    before = text[cut:newline].rstrip()
    after = text[newline + 1 : end].lstrip(" \t")
    return bool(before) and bool(after) and (before[-1].isalpha() or before[-1] == ",") and after[0].islower()
