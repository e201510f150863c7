"""CSV log exports: one row per FLO log or DETS entry (schema: docs/exports.md).

Decoded like plain text (BOM, UTF-16, UTF-8, Windows-1252). The delimiter is
the one of ``,`` ``;`` tab ``|`` under which the header names the most schema
columns (Excel in some locales writes ``;``). The header is the first row that names the required
columns; up to a few title lines above it are skipped.
"""

from __future__ import annotations

import csv
import io

from auditor.config import Settings
from extractors.errors import ErrorCode, ExtractionError
from extractors.export_schema import Row, canonical_column, render, resolve_header
from extractors.extracted import Extracted
from extractors.text import decode

_DELIMITERS = (",", ";", "\t", "|")
_MAX_PREAMBLE_ROWS = 5


def extract(data: bytes, settings: Settings) -> Extracted:
    decoded = decode(data)
    text = decoded.text
    if not text.strip():
        raise ExtractionError(ErrorCode.EMPTY_DOCUMENT, "the CSV file holds no text, only whitespace")
    delimiter = _delimiter(text)
    records = _records(text, delimiter)
    header_index = _header_index(records)
    positions = resolve_header(records[header_index][1])
    rows = []
    for number, (line, cells) in enumerate(records[header_index + 1 :], start=1):
        values = {name: cells[i] if i < len(cells) else "" for name, i in positions.items()}
        rows.append(Row(values, f"data row {number} (line {line})"))
    raw = render(rows, "csv", None, None)
    ignored = len([c for c in records[header_index][1] if c.strip() and canonical_column(c) is None])
    warnings = raw.warnings
    if ignored:
        warnings += (f"{ignored} column{'s' if ignored > 1 else ''} not in the export schema ignored",)
    return Extracted(
        text=raw.text,
        format=raw.format,
        entries=raw.entries,
        kind_hint=raw.kind_hint,
        case_ref=raw.case_ref,
        warnings=warnings,
        encoding=decoded.encoding,
    )


def _delimiter(text: str) -> str:
    """The delimiter under which the opening lines name the most schema columns;
    if none names any, the one most frequent in the first line."""
    head = [line for line in text[:65536].split("\n") if line.strip()][:_MAX_PREAMBLE_ROWS]

    def known(delimiter: str) -> int:
        rows = csv.reader(head, delimiter=delimiter)
        try:
            return max(sum(canonical_column(c) is not None for c in row) for row in rows)
        except csv.Error:
            return 0

    best = max(_DELIMITERS, key=known)
    return best if known(best) else max(_DELIMITERS, key=head[0].count)


def _records(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """Every non-blank record with the file line it starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                records.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        # csv's messages describe the syntax ("field larger than field limit"), never the content.
        raise ExtractionError(
            ErrorCode.EXPORT_BAD_SHAPE, f"not a readable CSV file (line {reader.line_num}): {exc}"
        ) from None
    return records


def _header_index(records: list[tuple[int, list[str]]]) -> int:
    """The first record naming at least two schema columns, else the first record
    (whose missing columns ``resolve_header`` then reports)."""
    for i, (_, cells) in enumerate(records[:_MAX_PREAMBLE_ROWS]):
        if sum(canonical_column(c) is not None for c in cells) >= 2:
            return i
    return 0
