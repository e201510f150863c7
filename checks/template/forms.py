"""Form fields and headings in death reports and FLO logs, read line by line.

Death-report packs, coroner's portal submissions, EAB summaries and FLO logs
are forms: "Label: value" fields (one per line, or several on a line set apart
by wide gaps or "|" cells), "Label - value" lines, and headings in several
shapes ("Section F - Risk assessment", "PART 5 - SEARCH", "7. Property", ALL
CAPS lines). This module finds the fields whose value is missing or is only
placeholder wording, and the headings with nothing, or only a placeholder,
under them. It never returns report text, only spans and a classification.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from auditor.document import Span
from checks.template.prompts import is_furniture

_CELL_GAP = re.compile(r"\t+| {3,}|\s\|\s?|^\|\s?")
"""Where a line holds several fields: a tab, a wide gap or a table bar."""

_FIELD = re.compile(
    r"^(?P<label>[A-Z][A-Za-z/'&()+.,-]*(?:[ ][A-Za-z/'&()+.,-]+){0,5}?)[ \t]*"
    r"(?P<mark>:|\?|[ \t][-\u2013][ \t])[ \t]*(?P<value>.*?)[ \t]*$"
)
"""A field: a capitalised label of at most six words (no digits, so no time or date
is read as one) ending in ":", "?" or " - ", then its value."""

_HEADING = re.compile(
    r"^[ \t]*(?:(?:section|part)[ \t]+[A-Z0-9]{1,3}\b[^\n]*|\d{1,2}[.)][ \t]+[A-Za-z][^\n]*)$", re.IGNORECASE
)
"""A numbered heading: "Section F - Risk", "PART 5 - SEARCH / PROPERTY", "7. Property"."""

_CAPS_HEADING = re.compile(r"^[ \t]*[A-Z][A-Z /&+()'-]{2,40}[ \t]*$")
"""A short ALL-CAPS line with no punctuation at its end: "NEXT OF KIN", "THRIVE+"."""

_ENTRY = re.compile(r"^[ \t|]*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")
"""A dated log entry: "22/09/22 08:30 DC ...", "16/06/25 | SIO review | ..."."""

_PLACEHOLDER = re.compile(
    r"^(?:\(?(?:not\s+completed|not\s+entered|blank|left\s+blank|none\s+entered)\)?|tbc|t\.b\.c\.?|tba|t\.b\.a\.?"
    r"|to\s+be\s+confirmed|to\s+follow|see\s+above|as\s+above|see\s+below|as\s+below|y\s*/\s*n|yes\s*/\s*no"
    r"|\[(?!\s*(?:x|y|n|yes|no|\u2713|\u2714|\*)\s*\])[^\]\n]*\]|<[^>\n]*>|x{2,}|-+|\u2013|\?+|\.{2,}|_{2,}|select|choose|delete\s+as\s+appropriate"
    r"|(?:enter|insert)\s+\w+(?:\s+\w+)?)[ \t]*[.!]?$",
    re.IGNORECASE,
)
"""Placeholder wording left in a field: "TBC", "see above", "(not completed)", "Y/N", "[enter]"."""

_NOT_APPLICABLE = re.compile(r"^(?:n\s*/\s*a|n\.a\.?|na|not\s+applicable)[ \t]*[.!]?$", re.IGNORECASE)
"""A bare "N/A": not applicable, with no reason, so it cannot be decided."""


class Gap(Enum):
    """How a field or heading is left: nothing, a placeholder, or a bare "N/A"."""

    EMPTY = "empty"
    PLACEHOLDER = "placeholder"
    BARE_NA = "bare N/A"


@dataclass(frozen=True, slots=True)
class FormField:
    """One "Label: value" field: the label, where the whole field stands, and
    its value's span (None when nothing follows the label on its line)."""

    label: str
    span: Span
    value: Span | None
    line: int


@dataclass(frozen=True, slots=True)
class FormGap:
    """A field or heading left unanswered, with the span to report."""

    label: str
    span: Span
    gap: Gap


def classify(value: str) -> Gap | None:
    """Whether a value answers its field: None when it does."""
    text = value.strip()
    if not text:
        return Gap.EMPTY
    if _PLACEHOLDER.match(text):
        return Gap.PLACEHOLDER
    if _NOT_APPLICABLE.match(text):
        return Gap.BARE_NA
    return None


def _lines(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def line_fields(start: int, line: str, number: int) -> list[FormField]:
    """The fields on one line, each cell read on its own."""
    cells: list[tuple[int, str]] = []
    pos = 0
    for gap in _CELL_GAP.finditer(line):
        cells.append((pos, line[pos : gap.start()]))
        pos = gap.end()
    cells.append((pos, line[pos:]))
    found: list[FormField] = []
    for offset, cell in cells:
        lead = len(cell) - len(cell.lstrip())
        m = _FIELD.match(cell.strip())
        if m is None:
            continue
        base = start + offset + lead
        label = m.group("label")
        if label.split()[0].lower() in {"yes", "no", "nil", "none", "not", "n/a", "na", "tbc"}:
            continue
        value = m.group("value")
        dash = m.group("mark").strip() in {"-", "\u2013"}
        if dash and classify(value) is None:
            continue  # "PNC dec'd - no trace": narrative, not a field
        end = base + m.end()
        value_span = Span(base + m.start("value"), base + m.end("value")) if value else None
        found.append(FormField(label, Span(base, end), value_span, number))
    return found


def is_heading(line: str) -> bool:
    return bool(_HEADING.match(line)) or bool(_CAPS_HEADING.match(line))


def _opens_something(line: str) -> bool:
    """A line that starts something new rather than answering a field above it."""
    if not line.strip():
        return False
    return (
        bool(_HEADING.match(line))
        or bool(_ENTRY.match(line))
        or is_furniture(line)
        or bool(line_fields(0, line, 0) and _FIELD.match(line.strip()))
    )


def find_gaps(text: str) -> Iterator[FormGap]:
    """Fields with no value, or only a placeholder, and headings with nothing or
    only a placeholder under them."""
    lines = _lines(text)
    fields_by_line = [line_fields(start, line, n) for n, (start, line) in enumerate(lines)]
    for n, (start, line) in enumerate(lines):
        fields = fields_by_line[n]
        for i, field in enumerate(fields):
            if field.value is not None:
                gap = classify(text[field.value.start : field.value.end])
                if gap is not None:
                    yield FormGap(field.label, field.span, gap)
                continue
            inline = i > 0 or bool(line[: field.span.start - start].strip())
            if inline or i + 1 < len(fields) or not _answered_below(lines, fields_by_line, n):
                yield FormGap(field.label, field.span, Gap.EMPTY)
        if fields or not is_heading(line):
            continue
        below = _next_nonblank(lines, n)
        if below is None:
            continue
        b_start, b_line = lines[below]
        gap = classify(b_line)
        if gap is not None and gap is not Gap.EMPTY and _block_ends(lines, below):
            yield FormGap(line.strip(), _line_span(b_start, b_line), gap)
        elif _short_heading(line) and _short_heading(b_line) and below == n + 1:
            yield FormGap(line.strip(), _line_span(start, line), Gap.EMPTY)


def _short_heading(line: str) -> bool:
    """A numbered heading, not a numbered list item: short, with no sentence end
    ("4. Search and property", not "2. Forensic PM - DONE, booked 05/08.")."""
    return (
        bool(_HEADING.match(line))
        and len(line.split()) <= 8
        and not re.search(r"[.;,!?]\s*$|\s[-\u2013]\s", _NUMBER.sub("", line, count=1))
    )


_NUMBER = re.compile(
    r"^\s*(?:(?:section|part)\s+[A-Z0-9]{1,3}\s*[-\u2013:.]?\s*|\d{1,2}[.)]\s+)", re.IGNORECASE
)


def _line_span(start: int, line: str) -> Span:
    return Span(start + len(line) - len(line.lstrip()), start + len(line.rstrip()))


def _next_nonblank(lines: list[tuple[int, str]], n: int) -> int | None:
    for k in range(n + 1, len(lines)):
        if lines[k][1].strip():
            return k
    return None


def _block_ends(lines: list[tuple[int, str]], n: int) -> bool:
    """The line is the last of its block: a blank line, a heading or the end follows."""
    return n + 1 >= len(lines) or not lines[n + 1][1].strip() or is_heading(lines[n + 1][1])


def _answered_below(lines: list[tuple[int, str]], fields_by_line: list[list[FormField]], n: int) -> bool:
    """Whether an empty field is answered on the lines below it: by a paragraph,
    or, for a group label ("THRIVE+:"), by fields right under it that hold values."""
    k = n + 1
    if k < len(lines) and lines[k][1].strip() and fields_by_line[k]:
        if not _sub_field(lines[n][1], lines[k][1]):
            return False
        while k < len(lines) and lines[k][1].strip() and fields_by_line[k]:
            if any(f.value is not None and classify_span(lines, f) is None for f in fields_by_line[k]):
                return True
            k += 1
        return False
    below = _next_nonblank(lines, n)
    if below is None:
        return False
    b_line = lines[below][1]
    if fields_by_line[below] or _opens_something(b_line):
        return False
    return not (below > n + 1 and (is_heading(b_line) or _title_line(b_line)))


def _title_line(line: str) -> bool:
    """A short line with no closing punctuation after a blank line: the next
    heading ("Declaration"), not an answer."""
    words = line.split()
    return 0 < len(words) <= 4 and not re.search(r"[.!?;,)]\s*$", line) and line.strip()[0].isupper()


_NARRATIVE_WORDS = 8
_LEAD_IN_WORDS = 4
_BULLET = re.compile(r"^\s*(?:[-*\u2022]|\(?[a-z0-9]{1,2}[.)])\s")


def _sub_field(label_line: str, below: str) -> bool:
    """Whether the field below a bare label belongs to it ("THRIVE+:" over "Threat: low"):
    indented further, bulleted, written in a different case from the label, under
    a lead-in sentence, or a long narrative answer. Two short fields of the same shape one under the other
    are separate prompts."""
    indent = len(below) - len(below.lstrip())
    if indent > len(label_line) - len(label_line.lstrip()) or _BULLET.match(below):
        return True
    head, _, _ = label_line.strip().partition(":")
    child, _, value = below.strip().partition(":")
    # a differently cased label, a lead-in sentence ("I completed a THRIVE+ assessment:"),
    # or a named line with a narrative answer ("S/S CORLETT: "I stayed ..."")
    return (
        head.isupper() != child.isupper()
        or len(head.split()) >= _LEAD_IN_WORDS
        or len(value.split()) >= _NARRATIVE_WORDS
    )


def classify_span(lines: list[tuple[int, str]], field: FormField) -> Gap | None:
    if field.value is None:
        return Gap.EMPTY
    start, line = lines[field.line]
    return classify(line[field.value.start - start : field.value.end - start])
