"""Case references and the record's date.

A case is known by its CRIS number (``1234567/23``), its CAD
(``CAD 1234/14MAY23``) or its MERLIN reference (``23MAY123456``). A labelled
field wins over a reference found in running text.
"""

from __future__ import annotations

import re
from datetime import date

from auditor.document import Entry, Field
from extractors.structure.dates import iter_dates, parse_date

CRIS_RE = re.compile(r"(?<![\d/])\d{4,7}/\d{2}(?![\d/A-Za-z])")
CAD_RE = re.compile(
    r"\bCAD[ \t]*(?:no\.?|ref\.?|number|reference)?[ \t]*[:#]?[ \t]*"
    r"(?P<ref>\d{1,5}[ \t]*/[ \t]*\d{1,2}[A-Z]{3}\d{2,4})\b",
    re.IGNORECASE,
)
_BARE_CAD_RE = re.compile(
    r"\b\d{1,5}/\d{1,2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{2,4}\b", re.IGNORECASE
)
MERLIN_RE = re.compile(r"\b\d{2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{6}\b", re.IGNORECASE)

_FIELD_PREFERENCE = ("case_ref", "cris_ref", "merlin_ref", "cad_ref")
_RECORD_DATE_HEAD = 3000  # characters searched for a date when nothing better is known


def find_case_ref(text: str, fields: tuple[Field, ...]) -> str | None:
    """The case reference: from a labelled field if any, else the first CRIS,
    MERLIN or CAD reference in the text (in that order of preference)."""
    for name in _FIELD_PREFERENCE:
        for f in fields:
            if f.name == name and f.value.strip():
                return _ref_in(f.value) or f.value.strip()
    return _ref_in(text)


def _ref_in(s: str) -> str | None:
    if m := CRIS_RE.search(s):
        return m.group()
    if m := MERLIN_RE.search(s):
        return m.group().upper()
    if m := CAD_RE.search(s):
        return "CAD " + re.sub(r"[ \t]+", "", m["ref"]).upper()
    if m := _BARE_CAD_RE.search(s):
        return "CAD " + m.group().upper()
    return None


_BIRTH_RE = re.compile(r"\b(?:d\.?o\.?b|date\s+of\s+birth|born|birth\s*date|aged?)\b", re.IGNORECASE)
_EARLIEST_RECORD_YEAR = 1990  # a date before this near the top is a birth date, not the record's


def find_record_date(text: str, fields: tuple[Field, ...], entries: tuple[Entry, ...]) -> date | None:
    """When the record was made: the report_date field, else the earliest entry,
    else the date found or of death, else the first date near the top of the text
    that is not a date of birth (policy dates are judged against this, so a
    deceased's date of birth must never stand for it)."""
    for name in ("report_date", "date_found", "datetime_found", "date_of_death"):
        for f in fields:
            if f.name == name and (d := _date_in(f.value)) is not None:
                if name == "report_date" or not entries:
                    return d
                break
        if name == "report_date":
            dated = [e.when for e in entries if e.when is not None]
            if dated:
                return min(dated).date()
    head = text[: min(len(text), _RECORD_DATE_HEAD)]
    for d, start, _ in iter_dates(text, 0, len(head)):
        line_start = head.rfind("\n", 0, start) + 1
        if d.year < _EARLIEST_RECORD_YEAR or _BIRTH_RE.search(head, line_start, start):
            continue
        return d
    return None


def _date_in(value: str) -> date | None:
    d = parse_date(value)
    if d is not None:
        return d
    for found, _, _ in iter_dates(value):
        return found
    return None
