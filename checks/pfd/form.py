"""The Regulation 28 form as the PFD checks read it: its boxes in order, the
placeholders of the official template, and where a missing box belongs.

The section parser (``extractors/structure/pfd.py``) finds the boxes; this
module only interprets them. Nothing here prints report text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.document import Document, Section, Span
from checks import spans


@dataclass(frozen=True, slots=True)
class Box:
    """One box of the form: the parser's section name and how the form labels it."""

    name: str
    label: str


BOXES: tuple[Box, ...] = (
    Box("recipients", "THIS REPORT IS BEING SENT TO"),
    Box("coroner", "1 CORONER"),
    Box("coroners_legal_powers", "2 CORONER'S LEGAL POWERS"),
    Box("investigation_and_inquest", "3 INVESTIGATION and INQUEST"),
    Box("circumstances_of_the_death", "4 CIRCUMSTANCES OF THE DEATH"),
    Box("coroners_concerns", "5 CORONER'S CONCERNS"),
    Box("action_should_be_taken", "6 ACTION SHOULD BE TAKEN"),
    Box("your_response", "7 YOUR RESPONSE"),
    Box("copies_and_publication", "8 COPIES and PUBLICATION"),
    Box("date_and_signature", "9 DATE and SIGNATURE"),
)
_ORDER = {box.name: i for i, box in enumerate(BOXES)}

PLACEHOLDER = re.compile(
    r"\[\s*(?:NAMES?(?:\s+OF\s+AREA)?(?:\s*,\s*AGE)?|DATE|BRIEF\s+SUMMARY(?:\s+OF\s+MATTERS\s+OF\s+CONCERN)?"
    r"|SIGNED\s+BY\s+CORONER|NAMED\s+PERSON|CONCLUSIONS?[^\]\n]{0,120}|ADDRESS|RECIPIENTS?)\s*\]",
    re.IGNORECASE,
)
"""The official template's fill-in markers ("[NAME]", "[DATE]", "[BRIEF SUMMARY]").
Redaction marks such as "[REDACTED]" and optional wording such as "[AND/OR your
organisation]" are not placeholders."""

REDACTED = re.compile(
    r"\[\s*redacted\s*\]|\bredacted\b|\[\s*\]|\*{3,}|x{4,}|X{4,}|[\u2588\u25a0]+|_{3,}", re.IGNORECASE
)
"""Marks left where a name was removed before publication."""

_WORD = re.compile(r"[A-Za-z]{2,}")
_NUMBERING = re.compile(r"^\s*(?:\(?\d{1,2}[.)]?|\(?[a-z][.)]|[-*\u2022])\s*", re.MULTILINE)


def first(doc: Document, name: str) -> Section | None:
    """The first section of this name: a file holding several forms is judged on the first."""
    return doc.section(name)


def body_span(doc: Document, section: Section) -> Span | None:
    """The section after its heading, trimmed; None when nothing follows the heading."""
    return spans.trim(doc.text, section.heading_span.end, section.span.end)


def body(doc: Document, section: Section) -> str:
    span = body_span(doc, section)
    return doc.quote(span) if span is not None else ""


def words(text: str) -> list[str]:
    """The words of ``text`` once placeholders, redactions and list numbering are gone."""
    text = PLACEHOLDER.sub(" ", text)
    text = REDACTED.sub(" ", text)
    text = _NUMBERING.sub(" ", text)
    return _WORD.findall(text)


def heading_line(doc: Document, section: Section) -> Span:
    return spans.line_at(doc.text, section.heading_span.start) or section.heading_span


def title(doc: Document) -> Span:
    """The report's title: the line naming Regulation 28 when there is one, else the first line."""
    m = re.search(r"[^\n]*regulation\s+28[^\n]*|[^\n]*prevent\w*\s+future\s+deaths[^\n]*", doc.text, re.I)
    if m is not None:
        found = spans.trim(doc.text, m.start(), m.end())
        if found is not None:
            return found
    return spans.first_line(doc.text) or spans.whole(doc.text)


def where_it_belongs(doc: Document, name: str) -> Span:
    """For a missing box: the heading of the nearest box before it in form order,
    else the nearest after it, else the title."""
    index = _ORDER[name]
    present = {s.name: s for s in reversed(doc.sections)}
    for box in reversed(BOXES[:index]):
        if box.name in present:
            return heading_line(doc, present[box.name])
    for box in BOXES[index + 1 :]:
        if box.name in present:
            return heading_line(doc, present[box.name])
    return title(doc)
