"""Find a labelled quote in a document's extracted text.

Labels are spans of the canonical text; a PDF or DOCX rendering reads back
with different line breaks and spacing, so quotes are matched with white
space collapsed, and the match is mapped back to offsets of the extracted
text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPACE_RE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Squeezed:
    """Text with white-space runs collapsed to one space, and the way back."""

    text: str
    origin: tuple[int, ...]  # origin[i] = offset in the original of squeezed char i

    @classmethod
    def of(cls, original: str) -> Squeezed:
        chars: list[str] = []
        origin: list[int] = []
        last_space = True
        for i, ch in enumerate(original):
            if ch.isspace():
                if not last_space:
                    chars.append(" ")
                    origin.append(i)
                last_space = True
            else:
                chars.append(ch)
                origin.append(i)
                last_space = False
        return cls("".join(chars), tuple(origin))

    def find(self, quote: str, start: int = 0) -> tuple[int, int] | None:
        """Offsets in the original text of the first match of ``quote`` at or after squeezed ``start``."""
        needle = _SPACE_RE.sub(" ", quote).strip()
        if not needle:
            return None
        at = self.text.find(needle, start)
        if at < 0:
            return None
        return self.origin[at], self.origin[at + len(needle) - 1] + 1


def locate(text: str, quote: str) -> tuple[int, int] | None:
    return Squeezed.of(text).find(quote)
