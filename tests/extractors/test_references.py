"""Case references and record dates."""

from __future__ import annotations

from datetime import date, datetime

from auditor.document import DocKind, Entry, Field, Span
from extractors.structure.dates import parse_date
from extractors.structure.entries import find_entries
from extractors.structure.fields import find_fields
from extractors.structure.references import find_case_ref, find_record_date


def _field(name: str, value: str) -> Field:
    return Field(name, value, Span(0, len(value)))


def test_prefers_labelled_field() -> None:
    fields = (_field("merlin_ref", "23MAY123456"), _field("cris_ref", "CRIS 7654321/23"))
    assert find_case_ref("CRIS 1234567/23 in text", fields) == "7654321/23"


def test_field_without_recognisable_ref_is_used_as_written() -> None:
    assert find_case_ref("", (_field("case_ref", "OP-ALPHA-7"),)) == "OP-ALPHA-7"


def test_refs_in_text() -> None:
    assert find_case_ref("Linked to CRIS 1234567/23 and CAD 1234/14MAY23", ()) == "1234567/23"
    assert find_case_ref("MERLIN 23may123456 raised", ()) == "23MAY123456"
    assert find_case_ref("CAD no: 1234/14MAY23", ()) == "CAD 1234/14MAY23"
    assert find_case_ref("no reference here, born 14/05/1960", ()) is None


def test_record_date_order_of_preference() -> None:
    text = "Report date: 20/05/2023\nDate found: 14/05/2023\n14/05/2023 14:30 PC SMITH: x\n"
    fields = find_fields(text, DocKind.DEATH_REPORT)
    entries = find_entries(text, DocKind.DEATH_REPORT)
    assert find_record_date(text, fields, entries) == date(2023, 5, 20)
    no_report = tuple(f for f in fields if f.name != "report_date")
    assert find_record_date(text, no_report, entries) == date(2023, 5, 14)


def test_record_date_earliest_entry_then_date_found_then_head() -> None:
    e = [
        Entry(datetime(2023, 5, 16, 9), None, None, None, "", Span(0, 0)),
        Entry(datetime(2023, 5, 15, 9), None, None, None, "", Span(0, 0)),
    ]
    assert find_record_date("", (), tuple(e)) == date(2023, 5, 15)
    assert find_record_date("", (_field("date_found", "14th May 2023"),), ()) == date(2023, 5, 14)
    assert find_record_date("SUDDEN DEATH 3 June 2022\n", (), ()) == date(2022, 6, 3)
    assert find_record_date("nothing", (), ()) is None


def test_record_date_is_never_the_date_of_birth() -> None:
    """Policy dates are judged against the record date; a deceased's date of
    birth at the top of a free-form report must not stand for it."""
    text = (
        "MPS death investigation pack\nDeceased: Anna KOWAL, DOB 19/01/1977 (46)\n"
        "Born 02/02/2001 in Leeds\nAttended 02/09/23 at 09:40 with PC Wren.\n"
    )
    assert find_record_date(text, (), ()) == date(2023, 9, 2)


def test_a_time_after_a_date_is_not_read_as_its_year() -> None:
    assert parse_date("04/02/0700") is None
    assert find_record_date("CRIS\n03/02/2025 0700 PC Rae attended.\n", (), ()) == date(2025, 2, 3)
