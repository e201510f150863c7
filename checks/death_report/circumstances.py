"""Finding the basic circumstances of a death in running text.

Packs and portal forms give the basic details as fields, but officers also
write them as prose ("Found at 06:15 on Friday 17 January in the stairwell by
the cleaner, who called 999"), as first-person narrative ("She opened it and
found him ..."), under a "The deceased" heading with the details on the line
below, or in ALL CAPS ("FOUND: 0710HRS 19/11/22 IN BEDROOM"). These readings
are used by the basic-details check when no field holds an item.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from auditor.document import Document
from checks import spans
from checks.death_report import reading
from checks.death_report.statements import PERSON_NAME
from checks.vocabulary import DATE, TIME, WHEN_WORDS

_MONTHS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
_ANY_DATE = re.compile(
    DATE.pattern + rf"|\b\d{{1,2}}(?:{_MONTHS})\d{{2,4}}\b|(?<![\d/])\d{{1,2}}/\d{{1,2}}(?![\d/])",
    re.IGNORECASE,
)
"""A date, also as a CAD writes it (05OCT21) or without the year (11/03)."""
_ANY_TIME = re.compile(TIME.pattern + r"|(?<![\d/.£-])(?:[01]\d|2[0-3])[0-5]\d(?![\d/.-])", re.IGNORECASE)
"""A time, also a bare 24-hour clock (0710)."""

_DISCOVERY = re.compile(
    r"\b(?:found|discovered|located|came\s+across|died|passed\s+away|death\s+(?:was\s+)?verified"
    r"|verified\s+(?:death|life\s+extinct)|life\s+extinct|ple|role)\b",
    re.IGNORECASE,
)
"""Wording that reports the discovery or the death itself."""
_NOT_DISCOVERY = re.compile(
    r"\b(?:found\s+(?:no|nothing|none)|nothing\s+(?:was\s+)?found|not\s+found)\b", re.I
)
_CALLOUT = re.compile(
    r"\b(?:999|101|cad|call(?:ed)?|caller|assigned|sent|deployed|attended|arrived|on\s+scene|date)\b", re.I
)

_PLACE = re.compile(
    r"\b(?:in|on|at|inside|beside|by|under|from|near|outside)\s+(?:the\s+|his\s+|her\s+|their\s+|a\s+|an\s+)?"
    r"(?:[\w'-]+\s+){0,3}?(?:bed(?:room)?|room|kitchen|bath(?:room)?|toilet|wc|hall(?:way)?|stair\w*|landing"
    r"|garden|lounge|living\s+room|sofa|settee|chair|floor|flat|house|garage|shed|car|vehicle|park|street|road"
    r"|lobby|cell|ward|yard|balcony|loft|attic|bin\s*store|lift|wardrobe|corridor|lawn|greenhouse|field"
    r"|path|alley\w*|doorway|shower|bath|premises|address|hospital\s+bed|front\s+room|back\s+room)\b"
    r"|\b(?:bed(?:room)?|kitchen|bath(?:room)?|toilet|hall(?:way)?|lounge|living\s+room|front\s+room|back\s+room"
    r"|garden|landing|stairwell|loft|garage)\s+(?:of|at)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:home\s+address|address|flat|house|premises|\d+)",
    re.IGNORECASE,
)
"""Where in the premises or outdoors: "in the rear garden", "ON BED", "in the stairwell"."""

_FINDER = re.compile(
    r"\b(?:found\s+by|discovered\s+by|(?:found|discovered)\b[^.\n]{0,80}?\bby\s+(?!police|officers?|las\b|pc\b|ps\b|paramedics?)[a-z]|finder|found\s+(?:him|her|them)\b|(?:he|she|they|i|we)\s+(?:then\s+)?"
    r"(?:\w+\s+){0,8}?(?:found|discovered)\s+(?:him|her|them|the\s+(?:deceased|body)|dec'?d|[A-Z])"
    r"|with\s+(?:him|her|them)\s+when\s+(?:he|she|they)\s+died|present\s+(?:at|when)\s+(?:the\s+)?death)",
    re.IGNORECASE,
)
_REPORTER = re.compile(
    r"\b(?:999|101|caller|called\s+(?:police|us|the\s+police|an?\s+ambulance|las)|informant|reported\s+by"
    r"|reporting\s+person|rp|call\s+(?:from|made\s+by)|(?:rang|phoned|telephoned)\s+(?:police|999|101|las)"
    r"|(?:raised|made)\s+the\s+alarm)\b",
    re.IGNORECASE,
)
_OFFICER = re.compile(
    r"\b(?:PC|PS|DC|DS|Sgt|SGT|DI|DCI|PCSO|TDC|Insp)\.?\s+(?:\d{2,6}[A-Z]{0,3}\s+)?[A-Z][A-Za-z'-]+"
)
_ATTENDED = re.compile(
    r"\b(?:attend\w*|arriv\w*|on\s+scene|scene|officers?|police|with|sent|deployed|assigned|dispatched"
    r"|on\s+duty|first\s+on|oic|officer\s+in\s+(?:the\s+)?case)\b",
    re.IGNORECASE,
)
_LAST_SEEN = re.compile(
    r"\b(?:last\s+(?:seen|saw|known|contact\w*|heard|spoke|spoken|message\w*|call|sighting|established)"
    r"|l/s|(?:was|were)\s+with\s+(?:him|her|them)\s+when\s+(?:he|she|they)\s+died)\b",
    re.IGNORECASE,
)
_SHORT_WHEN = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?|\b(?:am|pm|eve|approx)\b", re.IGNORECASE
)

_DECEASED_LINE = re.compile(r"\b(?:deceased|dec'?d|name\s+of|subject)\b", re.IGNORECASE)
_DECEASED_HEADING = re.compile(
    r"^[ \t]*(?:\d+[.)]?\s*)?(?:(?:the|details\s+of(?:\s+the)?)\s+)?(?:deceased|dec'?d)(?:\s+details)?"
    r"[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_DOB = re.compile(
    r"\b(?:d\.?o\.?b\.?|date\s+of\s+birth|born|b\.)\W{0,3}(?:on\s+)?(?:" + _ANY_DATE.pattern + r")"
    r"|\(\s*\d{1,3}\s*(?:yrs?|years)?\s*\)|\baged?\s*:?\s*\d{1,3}\b|\b\d{1,3}\s*(?:yrs|years)(?:\s+old)?\b",
    re.IGNORECASE,
)
_STREET = re.compile(
    r"\b\d+[A-Za-z]?,?\s+(?:[A-Za-z'-]+\s+){1,3}(?:road|rd|street|st|avenue|ave|lane|ln|close|court|ct|square|sq"
    r"|rise|mead|way|gardens|gdns|grove|place|pl|terrace|drive|dr|crescent|cres|hill|park|walk|row|mews"
    r"|estate|house|parade|green|gate|view|vale|wharf)\b"
    r"|\b(?:flat|room|apartment|unit)\s+\d+[A-Za-z]?\b"
    r"|\b[A-Z]{1,2}\d{1,2}[A-Z]?(?:\s*\d[A-Z]{2})?\s*\.?$"
    r"|\b(?:no\s+fixed\s+abode|nfa\s+\(no\s+fixed|of\s+(?:this|the\s+same|the\s+above)\s+address)\b",
    re.IGNORECASE | re.MULTILINE,
)


def _lines(doc: Document) -> Iterator[str]:
    for line in doc.text.split("\n"):
        if line.strip():
            yield line


def _sentences(doc: Document) -> Iterator[str]:
    for s in reading.sentence_spans(doc):
        yield doc.text[s.start : s.end]


def _units(doc: Document) -> Iterator[str]:
    """Sentences and lines: an ALL-CAPS form line holds no full stop."""
    yield from _sentences(doc)
    yield from _lines(doc)


def deceased_lines(doc: Document) -> list[str]:
    """Lines that describe the deceased: the line below a "The deceased" heading
    first, then lines labelled "Deceased:", "Name of deceased" or mentioning the deceased."""
    out: list[str] = []
    for m in _DECEASED_HEADING.finditer(doc.text):
        nxt = spans.line_at(doc.text, min(len(doc.text), m.end() + 1))
        if nxt is not None:
            out.append(doc.text[nxt.start : nxt.end])
    return out + [line for line in _lines(doc) if _DECEASED_LINE.search(line) or _OWN_LABEL.match(line)]


_OWN_LABEL = re.compile(
    r"^[\s|*-]*(?:d\.?o\.?b\.?|date\s+of\s+birth|age|(?:home\s+)?address)\s*(?:[:|=]|\s-\s)", re.IGNORECASE
)
"""A form or table row whose label needs no owner: in a death report a bare
"DOB" or "Address" row is the deceased's ("| DOB | 01/04/1970 |")."""


def gives_age(line: str) -> bool:
    """Whether a line gives someone's date of birth or age."""
    return _DOB.search(line) is not None


def _name(doc: Document) -> bool:
    return any(PERSON_NAME.search(line) for line in deceased_lines(doc))


def _dob(doc: Document) -> bool:
    return any(_DOB.search(line) for line in deceased_lines(doc))


def _address(doc: Document) -> bool:
    return any(_STREET.search(line) for line in deceased_lines(doc))


def _discovery_units(doc: Document) -> list[str]:
    return [u for u in _units(doc) if _DISCOVERY.search(u) and not _NOT_DISCOVERY.search(u)]


def _date_found(doc: Document) -> bool:
    if any(_ANY_DATE.search(u) for u in _discovery_units(doc)):
        return True
    return any(_CALLOUT.search(u) and _ANY_DATE.search(u) for u in _units(doc))


def _time_found(doc: Document) -> bool:
    return any(_ANY_TIME.search(u) for u in _discovery_units(doc))


def _place_found(doc: Document) -> bool:
    return any(_PLACE.search(u) for u in _discovery_units(doc))


def _finder(doc: Document) -> bool:
    return any(_FINDER.search(u) for u in _units(doc))


def _reporter(doc: Document) -> bool:
    return any(_REPORTER.search(u) for u in _units(doc))


def _officers(doc: Document) -> bool:
    return any(_OFFICER.search(u) and _ATTENDED.search(u) for u in _units(doc))


def _last_seen(doc: Document) -> bool:
    for u in _units(doc):
        if not _LAST_SEEN.search(u):
            continue
        if _ANY_DATE.search(u) or _ANY_TIME.search(u) or WHEN_WORDS.search(u) or _SHORT_WHEN.search(u):
            return True
    return False


IN_TEXT: dict[str, Callable[[Document], bool]] = {
    "name": _name,
    "dob": _dob,
    "address": _address,
    "date_found": _date_found,
    "time_found": _time_found,
    "place_found": _place_found,
    "finder": _finder,
    "reporter": _reporter,
    "officers": _officers,
    "last_seen": _last_seen,
}
"""For each basic detail, whether the running text gives it."""


def in_text(doc: Document, key: str) -> bool:
    """Whether the report gives the basic detail ``key`` in its text."""
    finder = IN_TEXT.get(key)
    return finder is not None and finder(doc)
