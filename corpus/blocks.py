"""The layout-neutral shape of a generated document.

Writers produce a ``DocSpec``: a list of blocks (headings, paragraphs, form
fields, tick boxes, log entries, signature lines, page breaks) whose text is
``Marked``. Each renderer (txt, docx, pdf, csv/json export) lays the same blocks
out in its own way. The plain-text rendering is the *canonical text*: label
spans in ``labels.json`` are offsets into it, and every label carries its quote
so that other renderings can be matched by text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from corpus.text import Marked


@dataclass(frozen=True, slots=True)
class Heading:
    text: Marked
    level: int = 1


@dataclass(frozen=True, slots=True)
class Para:
    text: Marked


@dataclass(frozen=True, slots=True)
class FieldRow:
    """``Label: value`` on a form; an empty value is a blank box."""

    label: Marked
    value: Marked


@dataclass(frozen=True, slots=True)
class Checkbox:
    label: Marked
    checked: bool


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One running-log row (DETS line, FLO contact, supervisor review).

    ``header`` is the entry's header as the author writes it in running text
    (``14/05/2023 14:30 DC 1234AB SMITH (FLO):``); the structured values feed
    the CSV/JSON exports and the paper-log tables.
    """

    header: Marked
    body: Marked
    when: datetime | None
    author: str
    rank: str = ""
    collar: str = ""
    role: str = ""
    entry_type: str = ""
    method: str = ""
    contact_person: str = ""
    outcome: str = ""
    recorded_at: datetime | None = None
    date_only: bool = False


@dataclass(frozen=True, slots=True)
class Signature:
    """A signature line: who signs, in what capacity, and when (empty = unsigned)."""

    role: Marked
    name: Marked
    when: Marked


@dataclass(frozen=True, slots=True)
class PageBreak:
    pass


Block = Heading | Para | FieldRow | Checkbox | LogEntry | Signature | PageBreak


@dataclass(slots=True)
class DocSpec:
    """A document ready to render.

    ``form`` names the real-world form (``investigation_pack``, ``eab_summary``,
    ``portal``, ``paper``, ``electronic``, ``dets_log``, ...); ``page_header`` and
    ``page_footer`` repeat on every page of the paged renderings (``{page}`` and
    ``{pages}`` are filled in there).
    """

    doc_id: str
    kind: str
    form: str
    title: Marked
    blocks: list[Block] = field(default_factory=list)
    page_header: str = ""
    page_footer: str = ""
    case_ref: str = ""
    layout: str = "form"  # form | log | narrative: a hint for the paged renderers


def grouped(blocks: list[Block]) -> list[list[Block]]:
    """Consecutive form fields, or consecutive log entries, together (they become one table)."""
    out: list[list[Block]] = []
    for block in blocks:
        if out and type(out[-1][0]) is type(block) and isinstance(block, FieldRow | LogEntry):
            out[-1].append(block)
        else:
            out.append([block])
    return out
