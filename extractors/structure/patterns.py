"""Regular expressions shared by the structure parsers: ranks, collar numbers,
author names and running-log entry headers.

Kept apart from the parsers so that fields, sections and entries can all ask
"is this line a log entry header?" without importing one another.
"""

from __future__ import annotations

import re

from extractors.structure.dates import DATE_PATTERN, TIME_PATTERN

# Longer alternatives first where one is a prefix of another (DSU before DS).
_RANK_CORE = (
    r"Ch(?:ief|\.)?[ \t]*Supt|Chief[ \t]+Superintendent|Det(?:ective|\.)?[ \t]*Ch(?:ief|\.)?[ \t]*Supt"
    r"|Det(?:ective|\.)?[ \t]*Supt|DSU|DCS|Supt|Superintendent"
    r"|Det(?:ective|\.)?[ \t]*Ch(?:ief|\.)?[ \t]*Insp(?:ector)?|DCI|Ch(?:ief|\.)?[ \t]*Insp(?:ector)?|CI"
    r"|Det(?:ective|\.)?[ \t]*Insp(?:ector)?|DI|Insp(?:ector)?"
    r"|Det(?:ective|\.)?[ \t]*S(?:gt|ergeant)|DS|S(?:gt|ergeant)|PS"
    r"|TDC|TDS|TDI|TPC"
    r"|Det(?:ective|\.)?[ \t]*Con(?:stable)?|DC|Police[ \t]+Constable|PCSO|PC"
    r"|SIO|FLO|OIC|PSI|Police[ \t]+Staff"
)
RANK_PATTERN = (
    r"(?i:(?:A/|T/|A\.|Acting[ \t]+|Temp(?:orary)?\.?[ \t]+)?(?:" + _RANK_CORE + r"))(?![A-Za-z/])\.?"
)
COLLAR_PATTERN = r"(?:\d{2,6}[A-Z]{1,2}|[A-Z]{1,2}\d{3,6}|\d{5,7})(?![\w])"
_NAME_WORD = r"(?:(?:Mc|Mac|O['’])?[A-Z][A-Za-z'’\-]*)"
NAME_PATTERN = (
    _NAME_WORD + r"(?:[ \t]+(?:(?:de|da|van|von|der|le|la|di|du|al|el|bin)[ \t]+)?" + _NAME_WORD + r"){0,2}"
)

AUTHOR_RE = re.compile(
    r"(?P<rank>" + RANK_PATTERN + r")[ \t]*"
    r"(?:(?P<collar1>" + COLLAR_PATTERN + r")[ \t]+)?"
    r"(?P<name>" + NAME_PATTERN + r")?"
    r"(?:[ \t]+\(?(?P<collar2>" + COLLAR_PATTERN + r")\)?)?"
    r"(?:[ \t]*\((?P<role>[^()\r\n]{1,30})\))?"
)

_PREFIX = (
    r"(?i:DETS|Supervis(?:or|ory|ion)(?:[ \t]+review)?|Review|Closing[ \t]+entry|Closure|Update|Entry"
    r"|Contact|Attempted[ \t]+contact)"
)
# The date/time part of an entry header at the start of a line.
ENTRY_HEAD_RE = re.compile(
    r"[ \t]*(?:[-*•][ \t]+)?(?:\[[ \t]*)?"
    r"(?:(?P<prefix>" + _PREFIX + r"(?:[ \t]+[\w/\-]{1,12}){0,3}?)[ \t]*[-–—:,]?[ \t]*)?"
    r"(?:(?P<date>" + DATE_PATTERN + r")"
    r"(?:[ \t]*[,@]?[ \t]*(?:at[ \t]+)?(?P<time>"
    + TIME_PATTERN
    + r"|(?:[01]\d|2[0-3])[0-5]\d(?=[ \t:\-–—|\]])))?"
    r"|(?P<time2>" + TIME_PATTERN + r")[ \t]*,?[ \t]*(?:on[ \t]+)?(?P<date2>" + DATE_PATTERN + r"))"
    r"(?:[ \t]*\])?",
    re.IGNORECASE,
)
_SEP_RE = re.compile(r"[ \t]*(?P<sep>[-–—:|,][ \t]*)?")


def looks_like_entry_header(line: str) -> bool:
    """True when ``line`` starts with a log-entry header (date and time, or date and author)."""
    m = ENTRY_HEAD_RE.match(line)
    if m is None:
        return False
    if m["time"] or m["time2"] or m["prefix"]:
        return True
    sep = _SEP_RE.match(line, m.end())
    assert sep is not None
    rest = line[sep.end() :]
    return bool(sep["sep"]) or AUTHOR_RE.match(rest) is not None


SEP_RE = _SEP_RE
