"""Find running-log entries: DETS lines, FLO log rows, supervisor reviews.

Two shapes are recognised:

- a header at the start of a line (``14/05/2023 14:30 PC 1234AB SMITH: text``,
  ``DETS 14/05/2023 09:15 DC 2345CW PATEL: ...``, ``Supervisor review 7 day –
  21/05/2023 – DS 789AB KHAN: ...``) whose body runs over the following lines
  until the next header or section heading;
- a table row, pipe- or tab-separated, with a date cell (``date | time |
  method | person | details | FLO``); a header row, when present, names the
  columns, otherwise the cells are recognised by their content.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time

from auditor.document import DocKind, Entry, Span
from extractors.structure.dates import DATE_PATTERN, TIME_PATTERN, parse_date, parse_time
from extractors.structure.field_names import normalise_label
from extractors.structure.lines import Line, split_lines
from extractors.structure.patterns import AUTHOR_RE, ENTRY_HEAD_RE, SEP_RE
from extractors.structure.sections import heading_starts

_ROLE_TOKENS = frozenset({"SIO", "FLO", "OIC"})
_RANK_WORDS = {
    "sgt": "PS",
    "sergeant": "PS",
    "det sgt": "DS",
    "detective sgt": "DS",
    "det sergeant": "DS",
    "detective sergeant": "DS",
    "insp": "Insp",
    "inspector": "Insp",
    "det insp": "DI",
    "detective insp": "DI",
    "det inspector": "DI",
    "detective inspector": "DI",
    "ch insp": "CI",
    "chief insp": "CI",
    "ch inspector": "CI",
    "chief inspector": "CI",
    "det ch insp": "DCI",
    "det chief insp": "DCI",
    "det chief inspector": "DCI",
    "detective chief inspector": "DCI",
    "supt": "Supt",
    "superintendent": "Supt",
    "det supt": "DSU",
    "detective supt": "DSU",
    "ch supt": "Ch Supt",
    "chief supt": "Ch Supt",
    "chief superintendent": "Ch Supt",
    "det ch supt": "DCS",
    "det chief supt": "DCS",
    "det con": "DC",
    "det constable": "DC",
    "detective con": "DC",
    "detective constable": "DC",
    "police constable": "PC",
    "police staff": "Police Staff",
}
_ACTING_RE = re.compile(r"^(?:a/|a\.|acting\s+)", re.IGNORECASE)
_TEMP_RE = re.compile(r"^(?:t/|temp(?:orary)?\.?\s+)", re.IGNORECASE)

# A line that is only a date ("14/05/2023", "Sunday 14th May 2023", "Date: 14/05/2023"):
# in paper-style logs it heads the entries below it, which then give only a time.
_DATE_LINE_RE = re.compile(
    r"[ \t]*(?:date[ \t]*:[ \t]*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?"
    r"(?P<date>" + DATE_PATTERN + r")[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
# A time-first header with no date: "1430 DC 1234AB SMITH: ..." or "14:30hrs - PS JONES - ...".
_TIME_HEAD_RE = re.compile(
    r"[ \t]*(?:[-*•][ \t]+)?(?P<time>"
    + TIME_PATTERN
    + r"|(?:[01]\d|2[0-3])[0-5]\d(?:[ \t]*hrs)?(?=[ \t:\-–—|]))",
    re.IGNORECASE,
)
_CELL_SPLIT_RE = re.compile(r"\||\t")
_TABLE_RULE_RE = re.compile(r"[\s|:\-–—+=]*")
_METHOD_RE = re.compile(
    r"^(?:tele?phone|phone(?:\s?call)?|call(?:ed)?|mobile|text|sms|whatsapp|e-?mail|letter|visit|home visit"
    r"|in person|face to face|f2f|video(?:\s?call)?|teams|zoom|voicemail|message|attempted\b.*|tel)\b",
    re.IGNORECASE,
)
_COLUMN_ROLES: dict[str, str] = {}
for _role, _names in {
    "date": ("date", "date time", "dtg", "when", "day"),
    "time": ("time",),
    "method": ("method", "contact method", "type", "contact type", "means", "how"),
    "person": (
        "person",
        "contact",
        "person contacted",
        "who",
        "family member",
        "name",
        "contact with",
        "with",
        "spoke to",
    ),
    "details": (
        "details",
        "notes",
        "summary",
        "content",
        "narrative",
        "comments",
        "detail",
        "entry",
        "description",
        "text",
    ),
    "author": (
        "flo",
        "officer",
        "by",
        "author",
        "flo name",
        "entered by",
        "signed",
        "signature",
        "officer name",
    ),
    "outcome": ("outcome", "result", "successful", "status", "contact made"),
}.items():
    for _name in _names:
        _COLUMN_ROLES[_name] = _role


@dataclass(frozen=True, slots=True)
class _Author:
    author: str | None
    rank: str | None
    role: str | None
    collar: str | None


@dataclass(frozen=True, slots=True)
class _Header:
    line_start: int
    header_start: int
    header_end: int
    body_start: int
    when: datetime | None
    date_only: bool
    who: _Author


@dataclass(frozen=True, slots=True)
class _Cell:
    start: int
    end: int
    text: str


def find_entries(text: str, kind: DocKind, section_starts: Iterable[int] | None = None) -> tuple[Entry, ...]:
    """Entries of ``text``; an entry's body ends at the next header, table row
    or section. ``section_starts`` are the offsets where sections begin, when the
    caller has found them already (else the headings are found here)."""
    lines = split_lines(text)
    headers: list[_Header] = []
    rows: list[tuple[int, Entry]] = []
    table_lines: list[int] = []
    columns: dict[int, str] | None = None
    day: date | None = None
    for line in lines:
        if line.blank:
            columns = None
            continue
        cells = _cells(line) if ("|" in line.text or "\t" in line.text) else None
        if cells is not None:
            if _TABLE_RULE_RE.fullmatch(line.text):
                table_lines.append(line.start)
                continue
            header_row = _column_roles(cells)
            if header_row is not None:
                columns = header_row
                table_lines.append(line.start)
                continue
            entry = _row_entry(cells, columns)
            if entry is not None:
                rows.append((line.start, entry))
                continue
        else:
            columns = None
        h = _parse_header(line) or _parse_time_header(line, day)
        if h is not None:
            headers.append(h)
            if h.when is not None:
                day = h.when.date()
            continue
        dated = _DATE_LINE_RE.fullmatch(line.text)
        if dated is not None:
            day = parse_date(dated["date"]) or day
    if not headers:
        return tuple(e for _, e in rows)
    stops = sorted(
        {
            *(heading_starts(text, kind) if section_starts is None else section_starts),
            *(h.line_start for h in headers),
            *(s for s, _ in rows),
            *table_lines,
        }
    )
    entries = [(s, e) for s, e in rows]
    for h in headers:
        i = bisect_right(stops, h.line_start)
        limit = stops[i] if i < len(stops) else len(text)
        entries.append((h.line_start, _header_entry(text, h, limit)))
    entries.sort(key=lambda pair: pair[0])
    return tuple(e for _, e in entries)


def _header_entry(text: str, h: _Header, limit: int) -> Entry:
    start, end = h.body_start, max(h.body_start, limit)
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    if start == end:
        start = end = h.body_start
    return Entry(
        when=h.when,
        author=h.who.author,
        rank=h.who.rank,
        role=h.who.role,
        text=text[start:end],
        span=Span(start, end),
        header_span=Span(h.header_start, h.header_end),
        collar=h.who.collar,
        date_only=h.date_only,
    )


def _parse_header(line: Line) -> _Header | None:
    s = line.text
    m = ENTRY_HEAD_RE.match(s)
    if m is None:
        return None
    day = parse_date(m["date"] or m["date2"] or "")
    if day is None:
        return None
    time_text = m["time"] or m["time2"]
    tm = parse_time(time_text) if time_text else None
    prefix = m["prefix"]
    sep = SEP_RE.match(s, m.end())
    assert sep is not None
    pos = sep.end()
    header_end = m.end()
    who = _Author(None, None, None, None)
    a = AUTHOR_RE.match(s, pos)
    if a is not None and (a["name"] or a["collar1"] or a["collar2"] or a["role"]):
        who = _author(a)
        header_end = a.end()
        after = SEP_RE.match(s, a.end())
        assert after is not None
        pos = after.end()
    elif not (tm or prefix or sep["sep"]):
        return None  # "14/05/2023 the deceased..." is a sentence, not a log entry
    if prefix and who.role is None and re.match(r"(?i)supervis|review", prefix):
        who = _Author(who.author, who.rank, "supervisor", who.collar)
    lead = len(s) - len(s.lstrip())
    when = datetime.combine(day, tm) if tm is not None else datetime.combine(day, time())
    return _Header(
        line_start=line.start,
        header_start=line.start + lead,
        header_end=line.start + header_end,
        body_start=line.start + pos,
        when=when,
        date_only=tm is None,
        who=who,
    )


def _parse_time_header(line: Line, day: date | None) -> _Header | None:
    """A header giving a time and an officer but no date: the date is the last
    one seen above it (a date line or an earlier entry), or unknown (``when``
    None). An officer with a rank is required, so "14:30 the ambulance
    arrived" stays prose."""
    s = line.text
    m = _TIME_HEAD_RE.match(s)
    if m is None:
        return None
    tm = parse_time(m["time"])
    sep = SEP_RE.match(s, m.end())
    assert sep is not None
    a = AUTHOR_RE.match(s, sep.end())
    if tm is None or a is None or not (a["rank"] and (a["name"] or a["collar1"] or a["collar2"])):
        return None
    after = SEP_RE.match(s, a.end())
    assert after is not None
    lead = len(s) - len(s.lstrip())
    return _Header(
        line_start=line.start,
        header_start=line.start + lead,
        header_end=line.start + a.end(),
        body_start=line.start + after.end(),
        when=datetime.combine(day, tm) if day is not None else None,
        date_only=False,
        who=_author(a),
    )


def _author(a: re.Match[str]) -> _Author:
    rank, role_from_rank = normalise_rank(a["rank"])
    role = a["role"].strip() if a["role"] else role_from_rank
    collar = a["collar1"] or a["collar2"]
    end = max(a.end(g) for g in ("rank", "collar1", "name", "collar2") if a[g])
    written = a.string[a.start("rank") : end].rstrip(" \t.)")
    author = written if a["name"] or collar else None
    return _Author(author, rank, role, collar)


def normalise_rank(raw: str | None) -> tuple[str | None, str | None]:
    """(rank, role) from a rank as written: ``Det Sgt`` -> (``DS``, None),
    ``A/DS`` -> (``A/DS``, None), ``SIO`` -> (None, ``SIO``)."""
    if not raw:
        return None, None
    s = raw.strip().rstrip(".")
    prefix = ""
    if m := _ACTING_RE.match(s):
        prefix, s = "A/", s[m.end() :]
    elif m := _TEMP_RE.match(s):
        prefix, s = "T/", s[m.end() :]
    key = re.sub(r"[.\s]+", " ", s.lower()).strip()
    if key.upper() in _ROLE_TOKENS:
        return None, key.upper()
    base = _RANK_WORDS.get(key, s.upper() if len(s) <= 4 else s)
    return prefix + base, None


def _cells(line: Line) -> list[_Cell] | None:
    s = line.text
    bounds: list[tuple[int, int]] = []
    pos = 0
    for m in _CELL_SPLIT_RE.finditer(s):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(s)))
    cells = []
    for a, b in bounds:
        while a < b and s[a].isspace():
            a += 1
        while b > a and s[b - 1].isspace():
            b -= 1
        cells.append(_Cell(line.start + a, line.start + b, s[a:b]))
    # Markdown tables: "| a | b |" has empty first and last cells.
    if cells and not cells[0].text:
        cells = cells[1:]
    if cells and not cells[-1].text:
        cells = cells[:-1]
    return cells if len(cells) >= 3 else None


def _column_roles(cells: list[_Cell]) -> dict[int, str] | None:
    roles: dict[int, str] = {}
    for i, c in enumerate(cells):
        role = _COLUMN_ROLES.get(normalise_label(c.text))
        if role is not None and role not in roles.values():
            roles[i] = role
    return roles if len(roles) >= 2 and "date" in roles.values() else None


def _row_entry(cells: list[_Cell], columns: dict[int, str] | None) -> Entry | None:
    roles = columns if columns is not None else _guess_roles(cells)
    by_role = {role: cells[i] for i, role in roles.items() if i < len(cells)}
    date_cell = by_role.get("date")
    if date_cell is None:
        return None
    day, tm = _cell_when(date_cell.text)
    if day is None:
        return None
    time_cell = by_role.get("time")
    if time_cell is not None and tm is None:
        tm = parse_time(time_cell.text)
    details = by_role.get("details")
    if details is None:
        return None
    who = _Author(None, None, None, None)
    author_cell = by_role.get("author")
    if author_cell is not None and author_cell.text:
        a = AUTHOR_RE.match(author_cell.text)
        who = (
            _author(a)
            if a is not None and a.end() == len(author_cell.text)
            else _Author(author_cell.text, None, None, None)
        )
    header_end = max(date_cell.end, time_cell.end if time_cell is not None else 0)
    if header_end > details.start:
        header_end = date_cell.end
    return Entry(
        when=datetime.combine(day, tm or time()),
        author=who.author,
        rank=who.rank,
        role=who.role,
        text=details.text,
        span=Span(details.start, details.end),
        header_span=Span(date_cell.start, header_end),
        collar=who.collar,
        date_only=tm is None,
        method=_text_or_none(by_role.get("method")),
        contact_person=_text_or_none(by_role.get("person")),
        outcome=_text_or_none(by_role.get("outcome")),
    )


def _cell_when(s: str) -> tuple[date | None, time | None]:
    day = parse_date(s)
    if day is not None:
        return day, None
    m = ENTRY_HEAD_RE.fullmatch(s)
    if m is None:
        return None, None
    day = parse_date(m["date"] or m["date2"] or "")
    time_text = m["time"] or m["time2"]
    return day, parse_time(time_text) if time_text else None


def _guess_roles(cells: list[_Cell]) -> dict[int, str]:
    """Column roles from content: the date cell, a time cell, a method word, an
    officer (rank and name), the longest remaining cell is the details."""
    roles: dict[int, str] = {}
    for i, c in enumerate(cells[:2]):
        if _cell_when(c.text)[0] is not None:
            roles[i] = "date"
            break
    if not roles:
        return roles
    for i, c in enumerate(cells):
        if i in roles:
            continue
        if "time" not in roles.values() and parse_time(c.text) is not None:
            roles[i] = "time"
        elif "method" not in roles.values() and _METHOD_RE.match(c.text) and len(c.text) <= 30:
            roles[i] = "method"
        elif "author" not in roles.values() and _is_officer(c.text):
            roles[i] = "author"
    rest = [i for i in range(len(cells)) if i not in roles]
    if not rest:
        return roles
    details = max(rest, key=lambda i: len(cells[i].text))
    roles[details] = "details"
    for i in rest:
        if i != details and "person" not in roles.values() and i < details:
            roles[i] = "person"
    return roles


def _is_officer(s: str) -> bool:
    a = AUTHOR_RE.match(s)
    return a is not None and a.end() == len(s) and bool(a["name"] or a["collar1"] or a["collar2"])


def _text_or_none(cell: _Cell | None) -> str | None:
    return cell.text if cell is not None and cell.text else None
