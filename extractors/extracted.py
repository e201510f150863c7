"""What a format extractor hands to ``assemble``: text plus what the format knows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from auditor.document import DocKind, Entry, Field, Page, Span

Locator = Callable[[int, int], Span]


@dataclass(frozen=True, slots=True)
class Extracted:
    """Raw output of one format extractor.

    ``fields`` and ``entries`` are those the format itself declares (AcroForm
    values, ticked checkboxes, table cells, structured-export rows); their spans
    already point into ``text``. ``locate`` turns a character range into a Span
    carrying page and bounding box (PDF); without it spans get the page from
    ``pages`` only.
    """

    text: str
    format: str
    pages: tuple[Page, ...] = ()
    needs_ocr: tuple[int, ...] = ()
    warnings: tuple[str, ...] = ()
    encoding: str | None = None
    fields: tuple[Field, ...] = ()
    entries: tuple[Entry, ...] = ()
    kind_hint: DocKind | None = None
    case_ref: str | None = None
    producer: str | None = None
    locate: Locator | None = None
