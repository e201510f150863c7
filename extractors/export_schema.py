"""The log-export schema shared by CSV and JSON exports, and its rendering.

Electronic FLO logs and CRIS/Connect DETS entries arrive as one row (CSV) or one
object (JSON) per entry. This module owns the column definitions, resolves
column names and their aliases, parses values, and renders the rows into a
readable log whose entries carry exact spans. ``docs/exports.md`` documents the
schema for users; a test fails if a column or alias is missing there.

Rendering, one header line and then one entry per line (a body may itself hold
newlines)::

    FLO LOG — case 2345678/23
    14/05/2023 14:30 DC 1234AB SMITH (FLO) [phone, attempted_contact; outcome: no answer]: <text>

``Entry.text == text[entry.span]`` is the body after ``": "``; ``header_span``
covers the date, officer and bracket.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from auditor.document import DocKind, Entry, Span
from extractors.errors import ErrorCode, ExtractionError
from extractors.extracted import Extracted
from extractors.text import normalise_newlines

SCHEMA_ID = "report-auditor/log-export/1"


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the export: canonical name, aliases (as users write them)."""

    name: str
    description: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    per_file: bool = False


COLUMNS: tuple[Column, ...] = (
    Column(
        "when",
        "Date and time of the contact or action: ISO 8601 (2023-05-14T14:30), British "
        "(14/05/2023 14:30, 14/05/2023 1430) or a date alone (the entry is then date_only).",
        ("Date/Time", "DateTime", "Date Time", "Timestamp", "Time Stamp", "Entry Date/Time", "Logged At"),
        required=True,
    ),
    Column(
        "date",
        "The date, when date and time are in separate columns (used only if there is no `when`).",
        ("Entry Date", "Contact Date"),
    ),
    Column(
        "time",
        "The time (14:30, 1430, 14:30:00) going with `date`.",
        ("Entry Time", "Contact Time"),
    ),
    Column(
        "author",
        "The officer who made the entry, as written (SMITH, John Smith).",
        ("Officer", "Officer Name", "Name", "Created By", "Entered By", "Recorded By", "Logged By", "User"),
        required=True,
    ),
    Column(
        "text",
        "The entry itself: what was done, said, decided and why.",
        ("Details", "Detail", "Entry", "Narrative", "Notes", "Note", "Description", "Log Entry", "Content"),
        required=True,
    ),
    Column("rank", "The author's rank (PC, DC, DS, DI, DCI, Insp, Sgt...).", ("Officer Rank",)),
    Column(
        "collar",
        "Collar (shoulder) or warrant number, e.g. 1234AB.",
        ("Collar Number", "Collar No", "Warrant Number", "Warrant No", "Shoulder Number", "Officer Number"),
    ),
    Column(
        "role",
        "The author's role in the case: FLO, SIO, OIC, supervisor, DS...",
        ("Officer Role", "Capacity"),
    ),
    Column(
        "entry_type",
        "contact, attempted_contact, review, note, action or decision.",
        ("Type", "Entry Type", "Category", "Log Type"),
    ),
    Column(
        "method",
        "How the contact was made: phone, visit, text, email, voicemail, letter...",
        ("Contact Method", "Channel", "Means"),
    ),
    Column(
        "contact_person",
        "Who was contacted, or whom the attempt was for (name and relationship).",
        ("Contact", "Contact Person", "Person Contacted", "Contact With", "Family Member"),
    ),
    Column("outcome", "What came of it (spoke to sister, no answer, message left).", ("Result", "Response")),
    Column(
        "recorded",
        "When the entry was written, if different from `when` (shown as 'entered ...').",
        ("Recorded At", "Entered At", "Entry Made", "Created", "Created At"),
    ),
    Column(
        "case_ref",
        "The case reference (CRIS number, e.g. 2345678/23). Per file: it may also be given once "
        "at the top of a JSON export.",
        (
            "Case Reference",
            "Case Ref No",
            "Reference",
            "Ref",
            "CRIS",
            "CRIS Number",
            "CRIS Ref",
            "Crime Number",
            "URN",
        ),
        per_file=True,
    ),
    Column(
        "kind",
        "flo_log or cris_record. Per file: every row must agree.",
        ("Record Type", "Log Kind", "Document Type"),
        per_file=True,
    ),
)

COLUMN_BY_NAME: Mapping[str, Column] = {c.name: c for c in COLUMNS}

KIND_VALUES: Mapping[str, DocKind] = {
    "flolog": DocKind.FLO_LOG,
    "flo": DocKind.FLO_LOG,
    "familyliaisonlog": DocKind.FLO_LOG,
    "crisrecord": DocKind.CRIS_RECORD,
    "cris": DocKind.CRIS_RECORD,
    "dets": DocKind.CRIS_RECORD,
    "connect": DocKind.CRIS_RECORD,
    "crimerecord": DocKind.CRIS_RECORD,
}

_TITLES = {DocKind.FLO_LOG: "FLO LOG", DocKind.CRIS_RECORD: "CRIS RECORD"}


def _key(name: str) -> str:
    """Column names compare case-insensitively, ignoring spaces and punctuation."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


_ALIASES: Mapping[str, str] = {
    _key(alias): column.name for column in COLUMNS for alias in (column.name, *column.aliases)
}


def canonical_column(name: str) -> str | None:
    """The canonical column a header or JSON key means, or None if unknown."""
    return _ALIASES.get(_key(name))


@dataclass(frozen=True, slots=True)
class Row:
    """One export row with canonical keys; ``where`` names it in messages
    ('data row 3 (line 4)', 'entries[2]')."""

    values: Mapping[str, str]
    where: str


def resolve_header(names: Sequence[str]) -> dict[str, int]:
    """Canonical column → position. Raises on two columns meaning the same thing
    and on missing required columns. Unknown columns are ignored."""
    positions: dict[str, int] = {}
    for i, name in enumerate(names):
        canonical = canonical_column(name)
        if canonical is None:
            continue
        if canonical in positions:
            raise ExtractionError(
                ErrorCode.EXPORT_BAD_SHAPE,
                f"columns {positions[canonical] + 1} and {i + 1} both mean {canonical!r}; keep one",
            )
        positions[canonical] = i
    check_required(positions.keys(), "the header row")
    return positions


def check_required(present: Iterable[str], where: str) -> None:
    """Raise ``EXPORT_MISSING_COLUMNS`` naming every required column not present."""
    keys = set(present)
    missing = [c.name for c in COLUMNS if c.required and c.name not in keys]
    if "when" in missing and "date" in keys:
        missing.remove("when")
    if missing:
        names = ", ".join(f"{m} (or date)" if m == "when" else m for m in missing)
        raise ExtractionError(
            ErrorCode.EXPORT_MISSING_COLUMNS,
            f"{where} lacks the required column{'s' if len(missing) > 1 else ''}: {names} "
            "(see docs/exports.md for accepted names)",
        )


# --- values ---------------------------------------------------------------------------

_DATE_FORMATS = ("%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", "%d %B %Y", "%d %b %Y")
_TIME_FORMATS = ("%H:%M", "%H:%M:%S", "%H%M", "%H.%M")
_HRS = re.compile(r"\s*(hrs|hours)$", re.IGNORECASE)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")


@dataclass(frozen=True, slots=True)
class When:
    value: datetime
    date_only: bool


def parse_when(raw: str) -> When | None:
    """A datetime from the formats the schema accepts; day first, never month first."""
    s = _HRS.sub("", " ".join(raw.replace(",", " ").split()))
    if _ISO.fullmatch(s):
        try:
            return When(_local_naive(datetime.fromisoformat(s.replace("Z", "+00:00"))), False)
        except ValueError:
            return None
    for fmt in _DATE_FORMATS:
        try:
            return When(datetime.strptime(s, fmt), True)
        except ValueError:
            pass
    date_part, _, time_part = s.rpartition(" ")
    if not date_part:
        return None
    for dfmt in _DATE_FORMATS:
        for tfmt in _TIME_FORMATS:
            try:
                return When(datetime.strptime(f"{date_part} {time_part}", f"{dfmt} {tfmt}"), False)
            except ValueError:
                pass
    return None


def combine_date_time(date_raw: str, time_raw: str) -> When | None:
    if not time_raw.strip():
        return parse_when(date_raw)
    return parse_when(f"{date_raw.strip()} {time_raw.strip()}")


def _local_naive(value: datetime) -> datetime:
    """Entries compare with each other, so all are naive UK local time."""
    if value.tzinfo is None:
        return value
    try:
        return value.astimezone(ZoneInfo("Europe/London")).replace(tzinfo=None)
    except ZoneInfoNotFoundError:
        return value.replace(tzinfo=None)


def parse_kind(raw: str, where: str) -> DocKind:
    kind = KIND_VALUES.get(_key(raw))
    if kind is None:
        raise ExtractionError(
            ErrorCode.EXPORT_BAD_VALUE,
            f"{where}: the kind is not one of flo_log, cris_record",
        )
    return kind


_ENTRY_TYPE_ALIASES = {
    "attempt": "attempted_contact",
    "attempted": "attempted_contact",
    "attempted_contact": "attempted_contact",
    "contact_attempt": "attempted_contact",
    "unsuccessful_contact": "attempted_contact",
    "contact": "contact",
    "successful_contact": "contact",
    "supervisor_review": "review",
    "review": "review",
}


def normalise_entry_type(raw: str) -> str | None:
    """``Attempted contact`` → ``attempted_contact``; unknown types keep their
    snake_case form; an empty cell is None."""
    key = re.sub(r"[^a-z0-9]+", "_", raw.strip().lower()).strip("_")
    if not key:
        return None
    return _ENTRY_TYPE_ALIASES.get(key, key)


# --- rendering ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Parsed:
    when: When | None
    recorded: When | None
    values: Mapping[str, str]


def render(rows: Sequence[Row], fmt: str, kind: DocKind | None, case_ref: str | None) -> Extracted:
    """Rows → ``Extracted`` with the log text and one ``Entry`` per row.

    ``kind`` and ``case_ref`` are what the file declares at its top (JSON); rows
    may declare them too, and must agree on the kind.
    """
    rows = [r for r in rows if any(v.strip() for v in r.values.values())]
    if not rows:
        raise ExtractionError(ErrorCode.EMPTY_DOCUMENT, "the export holds no entries")
    warnings: list[str] = []
    parsed = [_parse_row(r) for r in rows]
    for row in rows:
        raw_kind = row.values.get("kind", "").strip()
        if raw_kind:
            row_kind = parse_kind(raw_kind, row.where)
            if kind is not None and row_kind is not kind:
                raise ExtractionError(
                    ErrorCode.EXPORT_BAD_VALUE,
                    f"{row.where}: kind {row_kind.value} differs from {kind.value} earlier in the file "
                    "(one export holds one kind of record)",
                )
            kind = row_kind
    refs = [r.values.get("case_ref", "").strip() for r in rows]
    distinct = sorted({r for r in refs if r} | ({case_ref} if case_ref else set()))
    if case_ref is None and distinct:
        case_ref = next(r for r in refs if r)
    if len(distinct) > 1:
        warnings.append(f"the export names {len(distinct)} different case references; the first is used")
    missing = sum(1 for p in parsed if p.when is None)
    if missing:
        warnings.append(f"{missing} entr{'y has' if missing == 1 else 'ies have'} no date")

    parts: list[str] = []
    pos = 0

    def write(s: str) -> Span:
        nonlocal pos
        start = pos
        parts.append(s)
        pos += len(s)
        return Span(start, pos)

    title = _TITLES.get(kind, "LOG EXPORT") if kind is not None else "LOG EXPORT"
    write(f"{title} — case {case_ref}\n" if case_ref else f"{title}\n")
    entries: list[Entry] = []
    for p in parsed:
        header_span = write(_header(p))
        write(": ")
        body = _clean_body(p.values.get("text", ""))
        span = write(body)
        write("\n")
        v = p.values
        entries.append(
            Entry(
                when=p.when.value if p.when else None,
                author=v.get("author") or None,
                rank=v.get("rank") or None,
                role=v.get("role") or None,
                text=body,
                span=span,
                header_span=header_span,
                collar=v.get("collar") or None,
                date_only=p.when.date_only if p.when else False,
                method=v.get("method") or None,
                contact_person=v.get("contact_person") or None,
                outcome=v.get("outcome") or None,
                entry_type=normalise_entry_type(v.get("entry_type", "")),
                recorded_at=p.recorded.value if p.recorded else None,
            )
        )
    return Extracted(
        text="".join(parts),
        format=fmt,
        entries=tuple(entries),
        kind_hint=kind,
        case_ref=case_ref,
        warnings=tuple(warnings),
    )


def _parse_row(row: Row) -> _Parsed:
    values = {k: " ".join(v.split()) if k != "text" else v for k, v in row.values.items()}
    when: When | None = None
    raw_when = values.get("when", "")
    if raw_when:
        when = _required_date(parse_when(raw_when), row.where, "when")
    elif values.get("date"):
        when = _required_date(
            combine_date_time(values["date"], values.get("time", "")), row.where, "date/time"
        )
    recorded = None
    if values.get("recorded"):
        recorded = _required_date(parse_when(values["recorded"]), row.where, "recorded")
    return _Parsed(when, recorded, values)


def _required_date(when: When | None, where: str, column: str) -> When:
    if when is None:
        raise ExtractionError(
            ErrorCode.EXPORT_BAD_VALUE,
            f"{where}: the {column} value is not a date in an accepted format "
            "(2023-05-14T14:30, 14/05/2023 14:30, 14/05/2023)",
        )
    return when


def _format_when(when: When | None) -> str:
    if when is None:
        return "(no date)"
    if when.date_only:
        return when.value.strftime("%d/%m/%Y")
    return when.value.strftime("%d/%m/%Y %H:%M")


def _header(p: _Parsed) -> str:
    v = p.values
    words = [_format_when(p.when)]
    words += [w for w in (v.get("rank"), v.get("collar"), v.get("author")) if w]
    if not v.get("author"):
        words.append("(no author)")
    head = " ".join(words)
    if v.get("role"):
        head += f" ({v['role']})"
    tags = ", ".join(t for t in (v.get("method"), v.get("entry_type")) if t)
    extras = [tags] if tags else []
    if v.get("contact_person"):
        extras.append(f"contact: {v['contact_person']}")
    if v.get("outcome"):
        extras.append(f"outcome: {v['outcome']}")
    if p.recorded is not None:
        extras.append(f"entered {_format_when(p.recorded)}")
    if extras:
        head += f" [{'; '.join(extras)}]"
    return head


def _clean_body(text: str) -> str:
    """The body as written, with newlines normalised and outer blank space trimmed."""
    return normalise_newlines(text).strip()
