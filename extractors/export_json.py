"""JSON log exports (schema: docs/exports.md).

Either ``{"schema": "report-auditor/log-export/1", "kind": ..., "case_ref": ...,
"entries": [{...}, ...]}`` or a bare list of entry objects. Entry keys are the
CSV column names, with the same aliases.
"""

from __future__ import annotations

import json
from typing import Any

from auditor.config import Settings
from auditor.document import DocKind
from extractors.errors import ErrorCode, ExtractionError
from extractors.export_schema import SCHEMA_ID, Row, canonical_column, check_required, parse_kind, render
from extractors.extracted import Extracted
from extractors.text import decode

_EXPECTED = f'expected an object {{"schema": "{SCHEMA_ID}", "entries": [...]}} or a list of entry objects'


def extract(data: bytes, settings: Settings) -> Extracted:
    decoded = decode(data)
    if not decoded.text.strip():
        raise ExtractionError(ErrorCode.EMPTY_DOCUMENT, "the JSON file holds no text, only whitespace")
    try:
        doc: Any = json.loads(decoded.text)
    except json.JSONDecodeError as exc:
        raise ExtractionError(
            ErrorCode.EXPORT_BAD_SHAPE, f"not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}"
        ) from None
    except (RecursionError, ValueError):
        raise ExtractionError(
            ErrorCode.EXPORT_BAD_SHAPE, "not valid JSON (nested too deeply or too large)"
        ) from None
    kind: DocKind | None = None
    case_ref: str | None = None
    if isinstance(doc, dict):
        schema = doc.get("schema")
        if schema is not None and schema != SCHEMA_ID:
            raise ExtractionError(
                ErrorCode.EXPORT_BAD_SHAPE, f"unsupported schema: this version reads {SCHEMA_ID!r}"
            )
        entries = doc.get("entries")
        if not isinstance(entries, list):
            raise ExtractionError(
                ErrorCode.EXPORT_BAD_SHAPE, f"the object has no 'entries' list: {_EXPECTED}"
            )
        kind_raw = _scalar(doc.get("kind"), "the top-level object", "kind")
        if kind_raw:
            kind = parse_kind(kind_raw, "the top-level object")
        case_ref = _scalar(doc.get("case_ref"), "the top-level object", "case_ref") or None
    elif isinstance(doc, list):
        entries = doc
    else:
        raise ExtractionError(ErrorCode.EXPORT_BAD_SHAPE, f"the top level is a {_type(doc)}: {_EXPECTED}")
    rows = [_row(entry, i) for i, entry in enumerate(entries)]
    raw = render(rows, "json", kind, case_ref)
    return Extracted(
        text=raw.text,
        format=raw.format,
        entries=raw.entries,
        kind_hint=raw.kind_hint,
        case_ref=raw.case_ref,
        warnings=raw.warnings,
        encoding=decoded.encoding,
    )


def _row(entry: object, index: int) -> Row:
    where = f"entries[{index}]"
    if not isinstance(entry, dict):
        raise ExtractionError(
            ErrorCode.EXPORT_BAD_SHAPE, f"{where} is a {_type(entry)}, expected an entry object: {_EXPECTED}"
        )
    values: dict[str, str] = {}
    for key, value in entry.items():
        name = canonical_column(str(key))
        if name is None:
            continue
        if name in values:
            raise ExtractionError(
                ErrorCode.EXPORT_BAD_SHAPE, f"{where} has two keys that both mean {name!r}; keep one"
            )
        values[name] = _scalar(value, where, name)
    check_required(values.keys(), where)
    return Row(values, where)


def _scalar(value: object, where: str, name: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise ExtractionError(
        ErrorCode.EXPORT_BAD_VALUE,
        f"{where}: {name!r} is a {_type(value)}, expected a string, number or null",
    )


def _type(value: object) -> str:
    return {dict: "object", list: "list", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number"
    )
