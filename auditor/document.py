"""The document model: what every extractor returns and every check reads.

Everything extracted carries a half-open character ``Span`` into
``Document.text`` so that a finding can always be highlighted in place.
The invariant ``doc.text[item.span.start:item.span.end] == item.text`` holds
for every section, field and entry (a property test enforces it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class DocKind(StrEnum):
    DEATH_REPORT = "death_report"
    FLO_LOG = "flo_log"
    CRIS_RECORD = "cris_record"
    CORONER_PFD = "coroner_pfd"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class BBox:
    """A rectangle on a PDF page, in PDF points from the top-left corner."""

    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)`` into ``Document.text``.

    ``page`` (1-based) and ``bbox`` are set when the text came from a PDF page.
    """

    start: int
    end: int
    page: int | None = None
    bbox: BBox | None = None

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Section:
    """A headed part of a document.

    ``name`` is the canonical section name (``circumstances``, ``concerns``...)
    or ``other``; ``heading`` is the heading as written and ``text`` is the
    whole section, heading included, so ``text == doc.text[span]``.
    """

    name: str
    heading: str
    text: str
    span: Span
    heading_span: Span


@dataclass(frozen=True, slots=True)
class Field:
    """A labelled value. ``name`` is canonical (``deceased_name``, ``time_found``);
    ``label`` is the label as written; ``value == doc.text[span]``.
    An empty value has an empty span placed just after the label."""

    name: str
    value: str
    span: Span
    label: str = ""
    label_span: Span | None = None

    @property
    def text(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Entry:
    """One running-log entry: a DETS line, an FLO log row, a supervisor review.

    ``text == doc.text[span]`` is the entry's body (after any header such as
    date, time and author); ``header_span`` covers the header when there is one.
    """

    when: datetime | None
    author: str | None
    rank: str | None
    role: str | None
    text: str
    span: Span
    header_span: Span | None = None
    collar: str | None = None
    date_only: bool = False
    method: str | None = None
    contact_person: str | None = None
    outcome: str | None = None
    entry_type: str | None = None
    recorded_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a paged source: its 1-based number and its span in the text."""

    number: int
    span: Span
    width: float = 0.0
    height: float = 0.0
    has_text_layer: bool = True


@dataclass(frozen=True, slots=True)
class Source:
    """Where the document came from: never the text, only facts about the file."""

    path: str
    sha256: str
    format: str
    size: int


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    kind_confidence: float = 0.0
    kind_cues: tuple[str, ...] = ()
    encoding: str | None = None
    pages: tuple[Page, ...] = ()
    needs_ocr: tuple[int, ...] = ()
    warnings: tuple[str, ...] = ()
    case_ref: str | None = None
    record_date: date | None = None
    is_blank_template: bool = False
    producer: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    kind: DocKind
    text: str
    sections: tuple[Section, ...] = ()
    fields: tuple[Field, ...] = ()
    entries: tuple[Entry, ...] = ()
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    source: Source | None = None

    def quote(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def field(self, name: str) -> Field | None:
        """The first field with this canonical name, if any."""
        for f in self.fields:
            if f.name == name:
                return f
        return None

    def section(self, name: str) -> Section | None:
        for s in self.sections:
            if s.name == name:
                return s
        return None

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset, for linter-style output."""
        line = self.text.count("\n", 0, offset) + 1
        col = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return line, col
