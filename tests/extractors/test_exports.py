"""CSV and JSON log exports: aliases, dates, kinds, exact entry spans, refusals."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.document import DocKind, Document
from extractors import ErrorCode, ExtractionError, load_bytes
from extractors.export_schema import COLUMNS, SCHEMA_ID, parse_when

DOCS = Path(__file__).resolve().parents[2] / "docs" / "exports.md"

CSV = (
    "Date/Time,Officer,Rank,Collar No,Role,Type,Contact Method,Contact,Outcome,Details,CRIS,Record Type\r\n"
    '14/05/2023 14:30,SMITH,DC,1234AB,FLO,attempted_contact,phone,Mary JONES (sister),no answer,"Rang Mary, '
    'no answer.\r\nLeft a voicemail – will try again.",2345678/23,flo_log\r\n'
    "2023-05-15T09:00,SMITH,DC,1234AB,FLO,contact,visit,Mary JONES,spoke,"
    "Visited Zoë at home.,2345678/23,flo_log\r\n"
    "16/05/2023,BROWN,DS,55CD,supervisor,review,,,,Reviewed the log.,,\r\n"
)


def _spans_exact(doc: Document) -> None:
    for e in doc.entries:
        assert doc.text[e.span.start : e.span.end] == e.text
        assert e.header_span is not None and e.header_span.end <= e.span.start


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_csv_with_aliases(codec: str) -> None:
    doc = load_bytes(CSV.encode(codec), "flo.csv")
    _spans_exact(doc)
    assert doc.kind is DocKind.FLO_LOG
    assert doc.meta.case_ref == "2345678/23"
    assert doc.text.splitlines()[0] == "FLO LOG — case 2345678/23"
    first, second, third = doc.entries
    assert first.when == datetime(2023, 5, 14, 14, 30)
    assert (first.author, first.rank, first.collar, first.role) == ("SMITH", "DC", "1234AB", "FLO")
    assert (first.method, first.contact_person, first.outcome) == (
        "phone",
        "Mary JONES (sister)",
        "no answer",
    )
    assert first.text == "Rang Mary, no answer.\nLeft a voicemail – will try again."
    assert doc.text[first.header_span.start : first.header_span.end] == (  # type: ignore[union-attr]
        "14/05/2023 14:30 DC 1234AB SMITH (FLO) [phone, attempted_contact; contact: Mary JONES (sister); "
        "outcome: no answer]"
    )
    assert second.when == datetime(2023, 5, 15, 9, 0) and not second.date_only
    assert second.text == "Visited Zoë at home."
    assert third.date_only and third.when == datetime(2023, 5, 16)
    assert third.role == "supervisor" and third.method is None


def test_csv_semicolons_separate_date_and_time_and_preamble() -> None:
    data = (
        b"Family liaison log export\n"
        b"\n"
        b"Contact Date;Contact Time;Entered By;Notes\n"
        b"14/05/2023;1430;JONES;Called the brother.\n"
        b"14/05/2023;;JONES;Letter sent.\n"
    )
    doc = load_bytes(data, "log.csv")
    _spans_exact(doc)
    assert [e.when for e in doc.entries] == [datetime(2023, 5, 14, 14, 30), datetime(2023, 5, 14)]
    assert [e.date_only for e in doc.entries] == [False, True]
    assert doc.text.splitlines()[0] == "LOG EXPORT"


def test_csv_unknown_columns_warned_not_quoted() -> None:
    data = b"when,author,text,Secret Column\n14/05/2023 10:00,A,Body,x\n"
    doc = load_bytes(data, "log.csv")
    assert doc.meta.warnings == ("1 column not in the export schema ignored",)


def test_empty_when_is_an_undated_entry() -> None:
    doc = load_bytes(b"when,author,text\n,PC A,Undated entry\n", "log.csv")
    assert doc.entries[0].when is None
    assert doc.text.splitlines()[1] == "(no date) PC A: Undated entry"
    assert doc.meta.warnings == ("1 entry has no date",)


def test_json_object() -> None:
    data = {
        "schema": SCHEMA_ID,
        "kind": "cris_record",
        "case_ref": "1234567/23",
        "entries": [
            {"when": "2023-05-14T14:30:00Z", "author": "PC GREEN", "text": "Attempted contact with victim."},
            {
                "Date/Time": "14/05/2023 1600hrs",
                "Officer": "PS WHITE",
                "Details": "Reviewed.",
                "Collar": 4321,
            },
        ],
    }
    doc = load_bytes(json.dumps(data, ensure_ascii=False).encode(), "dets.json")
    _spans_exact(doc)
    assert doc.kind is DocKind.CRIS_RECORD
    assert doc.meta.case_ref == "1234567/23"
    assert doc.text.splitlines()[0] == "CRIS RECORD — case 1234567/23"
    assert doc.entries[0].when == datetime(2023, 5, 14, 15, 30)  # UTC → British Summer Time
    assert doc.entries[1].when == datetime(2023, 5, 14, 16, 0)
    assert doc.entries[1].collar == "4321"


def test_json_bare_list() -> None:
    data = [{"when": "14/05/2023 09:00", "author": "DC X", "text": "Note.", "kind": "flo"}]
    doc = load_bytes(json.dumps(data).encode(), "log.json")
    _spans_exact(doc)
    assert doc.kind is DocKind.FLO_LOG
    assert doc.meta.case_ref is None


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        (b"{not json", ErrorCode.EXPORT_BAD_SHAPE),
        (b'"a string"', ErrorCode.EXPORT_BAD_SHAPE),
        (b'{"entries": 3}', ErrorCode.EXPORT_BAD_SHAPE),
        (b'{"schema": "other/2", "entries": []}', ErrorCode.EXPORT_BAD_SHAPE),
        (b"[[1, 2]]", ErrorCode.EXPORT_BAD_SHAPE),
        (b'[{"when": "14/05/2023", "author": "A", "text": "t", "details": "d"}]', ErrorCode.EXPORT_BAD_SHAPE),
        (b'[{"when": "14/05/2023", "author": "A"}]', ErrorCode.EXPORT_MISSING_COLUMNS),
        (b'[{"when": "14/05/2023", "author": "A", "text": ["x"]}]', ErrorCode.EXPORT_BAD_VALUE),
        (b'[{"when": "05/14/2023", "author": "A", "text": "t"}]', ErrorCode.EXPORT_BAD_VALUE),
        (
            b'[{"when": "14/05/2023", "author": "A", "text": "t", "kind": "diary"}]',
            ErrorCode.EXPORT_BAD_VALUE,
        ),
        (b"[]", ErrorCode.EMPTY_DOCUMENT),
        (b"[" * 100_000 + b"]" * 100_000, ErrorCode.EXPORT_BAD_SHAPE),
    ],
)
def test_json_refusals(payload: bytes, code: ErrorCode) -> None:
    with pytest.raises(ExtractionError) as info:
        load_bytes(payload, "log.json")
    assert info.value.code is code, info.value.message


def test_kinds_must_agree() -> None:
    data = b"when,author,text,kind\n14/05/2023,A,t,flo_log\n15/05/2023,A,t,cris_record\n"
    with pytest.raises(ExtractionError) as info:
        load_bytes(data, "log.csv")
    assert info.value.code is ErrorCode.EXPORT_BAD_VALUE
    assert "data row 2 (line 3)" in info.value.message


def test_bad_date_names_the_row_not_the_value() -> None:
    data = b"when,author,text\n14/05/2023,A,t\n\n31/02/2023 10:00,A,t\n"
    with pytest.raises(ExtractionError) as info:
        load_bytes(data, "log.csv")
    assert info.value.code is ErrorCode.EXPORT_BAD_VALUE
    assert "data row 2 (line 4)" in info.value.message
    assert "31/02" not in info.value.message


def test_missing_columns_named() -> None:
    with pytest.raises(ExtractionError) as info:
        load_bytes(b"Officer,Rank\nA,PC\n", "log.csv")
    assert info.value.code is ErrorCode.EXPORT_MISSING_COLUMNS
    assert "when (or date), text" in info.value.message


def test_duplicate_columns() -> None:
    with pytest.raises(ExtractionError) as info:
        load_bytes(b"when,author,text,Details\n14/05/2023,A,t,d\n", "log.csv")
    assert info.value.code is ErrorCode.EXPORT_BAD_SHAPE


@pytest.mark.parametrize(
    ("raw", "expected", "date_only"),
    [
        ("2023-05-14T14:30", datetime(2023, 5, 14, 14, 30), False),
        ("2023-05-14 14:30:15", datetime(2023, 5, 14, 14, 30, 15), False),
        ("2023-01-14T14:30+00:00", datetime(2023, 1, 14, 14, 30), False),
        ("14/05/2023 14:30", datetime(2023, 5, 14, 14, 30), False),
        ("14/05/23 14:30", datetime(2023, 5, 14, 14, 30), False),
        ("14/05/2023 1430 hrs", datetime(2023, 5, 14, 14, 30), False),
        ("14.05.2023 14:30", datetime(2023, 5, 14, 14, 30), False),
        ("14 May 2023 14:30", datetime(2023, 5, 14, 14, 30), False),
        ("14/05/2023", datetime(2023, 5, 14), True),
        ("2023-05-14", datetime(2023, 5, 14), True),
    ],
)
def test_date_formats(raw: str, expected: datetime, date_only: bool) -> None:
    when = parse_when(raw)
    assert when is not None and when.value == expected and when.date_only is date_only


@pytest.mark.parametrize("raw", ["05/14/2023 10:00", "yesterday", "14/05/2023 25:00", "2023-13-01"])
def test_dates_refused(raw: str) -> None:
    assert parse_when(raw) is None


def test_schema_documented() -> None:
    doc = DOCS.read_text(encoding="utf-8")
    for column in COLUMNS:
        assert f"`{column.name}`" in doc, column.name
        for alias in column.aliases:
            assert alias in doc, alias


_body = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=0, max_size=60
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_body, _body), min_size=1, max_size=5))
def test_entry_spans_exact_for_any_text(rows: list[tuple[str, str]]) -> None:
    entries = [{"when": "14/05/2023 10:00", "author": author, "text": text} for author, text in rows]
    doc = load_bytes(json.dumps(entries).encode(), "log.json")
    assert len(doc.entries) == len(rows)
    _spans_exact(doc)
