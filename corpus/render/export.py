"""Structured log exports (CSV and JSON) of a log-shaped ``DocSpec``.

One row (CSV) or one object (JSON) per ``LogEntry``, in the schema of
``docs/exports.md`` (``report-auditor/log-export/1``). ``style`` (0..3) picks how
the export names its columns and lays itself out, so that the corpus exercises
the aliases and shapes the extractors accept; nothing varies at random:

====== =============================================== ============================================
style  CSV                                             JSON
====== =============================================== ============================================
0      canonical names (``when``, ``author``, ...),    object with ``schema``, ``kind``,
       comma-separated                                 ``case_ref``, ``entries``; empty keys left out
1      the docs example (``Date/Time``, ``Officer``,   bare list of entry objects, each with its
       ``Details``, ``CRIS``, ``Record Type``)         ``case_ref`` and ``kind``; empty values ""
2      separate ``Entry Date`` / ``Entry Time``        object without ``schema``; empty values null
       columns, a title line above the header
3      tab-separated, ISO 8601 timestamps              object with ``schema``; per-entry aliases,
       (``Timestamp``, ``Logged By``, ``Log Entry``)   ISO timestamps, empty keys left out
====== =============================================== ============================================

JSON entry keys are the style's column names; ``when``/``date``, ``author`` and
``text`` are always present (the extractor refuses an entry without them).
Times are British (``14/05/2023 14:30``, a date alone when the entry is
``date_only``) except in style 3, which writes ISO 8601 (``2023-05-14T14:30``,
``2023-05-14``).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from datetime import datetime

from corpus.blocks import DocSpec, LogEntry

SCHEMA_ID = "report-auditor/log-export/1"
STYLES = 4
LOG_KINDS = ("flo_log", "cris_record")

# Canonical column -> the header each style writes. Style 2 splits ``when`` into date and time.
_CANONICAL: dict[str, str] = {
    "when": "when",
    "author": "author",
    "rank": "rank",
    "collar": "collar",
    "role": "role",
    "entry_type": "entry_type",
    "method": "method",
    "contact_person": "contact_person",
    "outcome": "outcome",
    "text": "text",
    "recorded": "recorded",
    "case_ref": "case_ref",
    "kind": "kind",
}
_DOCS_EXAMPLE: dict[str, str] = {
    "when": "Date/Time",
    "author": "Officer",
    "rank": "Rank",
    "collar": "Collar No",
    "role": "Role",
    "entry_type": "Type",
    "method": "Contact Method",
    "contact_person": "Contact",
    "outcome": "Outcome",
    "text": "Details",
    "recorded": "Recorded At",
    "case_ref": "CRIS",
    "kind": "Record Type",
}
_SPLIT_DATE: dict[str, str] = {
    "date": "Entry Date",
    "time": "Entry Time",
    "author": "Created By",
    "rank": "Officer Rank",
    "collar": "Warrant Number",
    "role": "Capacity",
    "entry_type": "Category",
    "method": "Channel",
    "contact_person": "Person Contacted",
    "outcome": "Result",
    "text": "Narrative",
    "recorded": "Entered At",
    "case_ref": "Case Reference",
    "kind": "Log Kind",
}
_ISO: dict[str, str] = {
    "when": "Timestamp",
    "author": "Logged By",
    "rank": "Rank",
    "collar": "Officer Number",
    "role": "Officer Role",
    "entry_type": "Log Type",
    "method": "Means",
    "contact_person": "Contact With",
    "outcome": "Response",
    "text": "Log Entry",
    "recorded": "Created At",
    "case_ref": "URN",
    "kind": "Document Type",
}
COLUMN_STYLES: tuple[Mapping[str, str], ...] = (_CANONICAL, _DOCS_EXAMPLE, _SPLIT_DATE, _ISO)
# Keys an entry object must have even when empty (the extractor refuses an entry without them).
_REQUIRED = frozenset({"when", "date", "author", "text"})
_TITLES = {"flo_log": "Family Liaison Log export", "cris_record": "CRIS DETS export"}


def log_entries(spec: DocSpec) -> list[LogEntry]:
    return [b for b in spec.blocks if isinstance(b, LogEntry)]


def _checked(spec: DocSpec, style: int) -> list[LogEntry]:
    if not 0 <= style < STYLES:
        raise ValueError(f"export style must be 0..{STYLES - 1}, got {style}")
    entries = log_entries(spec)
    if not entries:
        raise ValueError(
            f"document {spec.doc_id!r} ({spec.kind}) has no LogEntry blocks: only running logs "
            "can be rendered as a CSV/JSON log export"
        )
    if spec.kind not in LOG_KINDS:
        raise ValueError(
            f"document {spec.doc_id!r} is a {spec.kind}: log exports hold only {' or '.join(LOG_KINDS)}"
        )
    return entries


def _british(when: datetime | None, date_only: bool) -> str:
    if when is None:
        return ""
    return when.strftime("%d/%m/%Y" if date_only else "%d/%m/%Y %H:%M")


def _iso(when: datetime | None, date_only: bool) -> str:
    if when is None:
        return ""
    return when.strftime("%Y-%m-%d" if date_only else "%Y-%m-%dT%H:%M")


def _values(entry: LogEntry, spec: DocSpec, style: int) -> dict[str, str]:
    """Canonical column -> cell text for one entry (empty string = no value)."""
    fmt = _iso if style == 3 else _british
    values = {
        "author": entry.author,
        "rank": entry.rank,
        "collar": entry.collar,
        "role": entry.role,
        "entry_type": entry.entry_type,
        "method": entry.method,
        "contact_person": entry.contact_person,
        "outcome": entry.outcome,
        "text": entry.body.value,
        # recorded_at is a written-at time: never date only.
        "recorded": fmt(entry.recorded_at, False),
        "case_ref": spec.case_ref,
        "kind": spec.kind,
    }
    if style == 2:
        values["date"] = entry.when.strftime("%d/%m/%Y") if entry.when else ""
        values["time"] = entry.when.strftime("%H:%M") if entry.when and not entry.date_only else ""
    else:
        values["when"] = fmt(entry.when, entry.date_only)
    return values


def render_csv(spec: DocSpec, style: int = 0) -> bytes:
    """The entries as a CSV export (UTF-8, CRLF line ends, as Excel writes them)."""
    entries = _checked(spec, style)
    columns = COLUMN_STYLES[style]
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter="\t" if style == 3 else ",", lineterminator="\r\n")
    if style == 2:
        title = _TITLES.get(spec.kind, "Log export")
        writer.writerow([f"{title} – {spec.case_ref}" if spec.case_ref else title])
    writer.writerow(list(columns.values()))
    for entry in entries:
        values = _values(entry, spec, style)
        writer.writerow([values[name] for name in columns])
    return out.getvalue().encode("utf-8")


def render_json(spec: DocSpec, style: int = 0) -> bytes:
    """The entries as a JSON export (UTF-8, two-space indent)."""
    entries = _checked(spec, style)
    columns = COLUMN_STYLES[style]
    per_file = style in (0, 2)  # case_ref and kind once at the top, not on every entry
    objects: list[dict[str, str | None]] = []
    for entry in entries:
        values = _values(entry, spec, style)
        obj: dict[str, str | None] = {}
        for name, key in columns.items():
            if per_file and name in ("case_ref", "kind"):
                continue
            value = values[name]
            if value or style == 1 or name in _REQUIRED:
                obj[key] = value
            elif style == 2:
                obj[key] = None
        objects.append(obj)
    payload: object
    if style == 1:
        payload = objects
    else:
        top: dict[str, object] = {} if style == 2 else {"schema": SCHEMA_ID}
        top["kind"] = spec.kind
        if spec.case_ref:
            top["case_ref"] = spec.case_ref
        top["entries"] = objects
        payload = top
    return (json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
