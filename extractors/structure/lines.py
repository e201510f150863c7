"""Split text into lines with their offsets, the way ``str.splitlines`` does.

Every structure parser works line by line; sharing one splitter keeps their
idea of a line (and so their spans) identical.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# The same line boundaries as str.splitlines().
_LINE_RE = re.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]*")
BREAK_CHARS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


@dataclass(frozen=True, slots=True)
class Line:
    """One line: ``text == source[start:end]``, line break excluded."""

    start: int
    end: int
    text: str

    def stripped_bounds(self) -> tuple[int, int]:
        """Offsets of the line with surrounding whitespace removed (empty -> start, start)."""
        lead = len(self.text) - len(self.text.lstrip())
        body = self.text.strip()
        if not body:
            return self.start, self.start
        return self.start + lead, self.start + lead + len(body)

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def iter_lines(text: str) -> Iterator[Line]:
    pos = 0
    n = len(text)
    while pos <= n:
        m = _LINE_RE.match(text, pos)
        assert m is not None  # the pattern matches the empty string
        yield Line(m.start(), m.end(), m.group())
        pos = m.end()
        if pos >= n:
            break
        # Skip one line break ("\r\n" counts as one).
        pos += 2 if text.startswith("\r\n", pos) else 1


def split_lines(text: str) -> list[Line]:
    return list(iter_lines(text))


def rstrip_end(text: str, start: int, end: int) -> int:
    """``end`` moved left past trailing whitespace, never before ``start``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
