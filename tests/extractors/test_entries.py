"""Running-log entries: DETS lines, FLO log rows, supervisor reviews."""

from __future__ import annotations

from datetime import datetime

import pytest

from auditor.document import DocKind, Entry
from extractors.structure.entries import find_entries, normalise_rank

CRIS = DocKind.CRIS_RECORD
FLO = DocKind.FLO_LOG


def _check(text: str, entries: tuple[Entry, ...]) -> None:
    for e in entries:
        assert 0 <= e.span.start <= e.span.end <= len(text)
        assert text[e.span.start : e.span.end] == e.text
        assert e.text == e.text.strip()
        if e.header_span is not None:
            assert e.header_span.end <= e.span.start or not e.text


def _one(line: str, kind: DocKind = CRIS) -> Entry:
    entries = find_entries(line, kind)
    _check(line, entries)
    assert len(entries) == 1
    return entries[0]


def test_constable_with_collar_and_colon() -> None:
    e = _one("14/05/2023 14:30 PC 1234AB SMITH: Attended address, spoke to son.")
    assert e.when == datetime(2023, 5, 14, 14, 30)
    assert (e.rank, e.collar, e.author, e.role) == ("PC", "1234AB", "PC 1234AB SMITH", None)
    assert e.text == "Attended address, spoke to son."
    assert not e.date_only


def test_hrs_time_role_in_brackets_and_dash() -> None:
    e = _one("14/05/2023 1430hrs DS Jones (FLO) - Visited family at home.")
    assert e.when == datetime(2023, 5, 14, 14, 30)
    assert (e.rank, e.author, e.role) == ("DS", "DS Jones", "FLO")
    assert e.text == "Visited family at home."


def test_dotted_short_date_and_en_dashes() -> None:
    e = _one("14.05.23 14:30 – Sgt 456XY BROWN – Reviewed scene log.")
    assert e.when == datetime(2023, 5, 14, 14, 30)
    assert (e.rank, e.collar) == ("PS", "456XY")
    assert e.text == "Reviewed scene log."


def test_dets_line() -> None:
    text = "DETS 14/05/2023 09:15 DC 2345CW PATEL: Rang victim, no answer, voicemail left."
    e = _one(text)
    assert e.when == datetime(2023, 5, 14, 9, 15)
    assert e.rank == "DC"
    assert e.header_span is not None
    assert text[e.header_span.start : e.header_span.end] == "DETS 14/05/2023 09:15 DC 2345CW PATEL"


def test_supervisor_review_without_time_is_date_only() -> None:
    e = _one("Supervisor review 7 day – 21/05/2023 – DS 789AB KHAN: Actions reviewed, PM awaited.")
    assert e.when == datetime(2023, 5, 21)
    assert e.date_only
    assert (e.rank, e.collar, e.role) == ("DS", "789AB", "supervisor")
    assert e.text == "Actions reviewed, PM awaited."


def test_entries_span_lines_until_next_header_or_heading() -> None:
    text = (
        "DETS\n"
        "14/05/2023 14:30 PC 1234AB SMITH:\n"
        "Attended address.\n"
        "Spoke to son.\n"
        "\n"
        "15/05/2023 09:00 DC PATEL - Called GP.\n"
        "SUPERVISOR REVIEW\n"
        "Reviewed 16/05.\n"
    )
    entries = find_entries(text, CRIS)
    _check(text, entries)
    assert [e.text for e in entries] == ["Attended address.\nSpoke to son.", "Called GP."]


def test_ranks_acting_and_staff() -> None:
    text = (
        "15/05/2023 A/DS Green: acting sergeant entry\n"
        "15 May 2023 at 0930hrs, Acting Insp White 123456: inspector entry\n"
        "1430hrs 16/05/23 Det Sgt O'Brien - time first\n"
        "16/05/2023 10:00 SIO DCI Black: no\n"
        "16/05/2023 11:00 Ch Supt Grey: chief super\n"
        "16/05/2023 12:00 PCSO 9876 Lee: pcso\n"
        "16/05/2023 13:00 TDC Wood: trainee\n"
    )
    entries = find_entries(text, CRIS)
    _check(text, entries)
    assert [e.rank for e in entries][:3] == ["A/DS", "A/Insp", "DS"]
    assert entries[1].collar == "123456"
    assert entries[2].when == datetime(2023, 5, 16, 14, 30)
    assert entries[4].rank == "Ch Supt"
    assert entries[6].rank == "TDC"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("PC", ("PC", None)),
        ("Sgt", ("PS", None)),
        ("Det Sgt", ("DS", None)),
        ("A/DS", ("A/DS", None)),
        ("Acting PS", ("A/PS", None)),
        ("T/DI", ("T/DI", None)),
        ("Insp.", ("Insp", None)),
        ("SIO", (None, "SIO")),
        ("Police Staff", ("Police Staff", None)),
    ],
)
def test_normalise_rank(raw: str, expected: tuple[str | None, str | None]) -> None:
    assert normalise_rank(raw) == expected


def test_sentences_starting_with_a_date_are_not_entries() -> None:
    text = "14/05/2023 the deceased was seen by a neighbour.\nOn 14/05/2023 14:30 I attended.\n"
    assert find_entries(text, CRIS) == ()


def test_empty_body_gives_empty_span_after_header() -> None:
    text = "14/05/2023 09:00 DC SMITH:\n"
    e = _one(text)
    assert e.text == ""
    assert e.span.start == e.span.end


def test_flo_table_with_header_row() -> None:
    text = (
        "FLO LOG\n"
        "Date | Time | Method | Person | Details | FLO\n"
        "---|---|---|---|---|---\n"
        "15/05/2023 | 10:00 | Phone | Mary Smith (wife) | Called, no answer | DC 2345CW PATEL\n"
        "| 16/05/2023 | 11:00 | Home visit | Mary | Visited family, explained PM | DC PATEL |\n"
    )
    entries = find_entries(text, FLO)
    _check(text, entries)
    assert len(entries) == 2
    first, second = entries
    assert first.when == datetime(2023, 5, 15, 10, 0)
    assert (first.method, first.contact_person, first.text) == (
        "Phone",
        "Mary Smith (wife)",
        "Called, no answer",
    )
    assert (first.rank, first.collar) == ("DC", "2345CW")
    assert second.method == "Home visit"
    assert second.text == "Visited family, explained PM"


def test_flo_table_tab_separated_without_header_row() -> None:
    text = "17/05/2023\t12:00\tPhone\tMary\tUpdated her on the post-mortem result\tDC Patel\n"
    e = _one(text, FLO)
    assert (e.method, e.contact_person, e.author) == ("Phone", "Mary", "DC Patel")
    assert e.text == "Updated her on the post-mortem result"


def test_table_row_date_only() -> None:
    text = "18/05/2023 | Visit | Mary | Attempted visit, nobody home | DC Patel\n"
    e = _one(text, FLO)
    assert e.date_only
    assert e.method == "Visit"


def test_narrative_voice_log_with_textual_dates() -> None:
    text = (
        "14 May 2023 14:30 - PC Smith - I attended and found the door locked.\n"
        "[14/05/2023 15:10] Sgt Brown: Supervisor attended scene.\n"
    )
    entries = find_entries(text, DocKind.DEATH_REPORT)
    _check(text, entries)
    assert [e.author for e in entries] == ["PC Smith", "Sgt Brown"]
    assert entries[1].when == datetime(2023, 5, 14, 15, 10)


def test_time_only_headers_take_the_date_above_them() -> None:
    text = (
        "FAMILY LIAISON LOG\n\n"
        "Sunday 14th May 2023\n"
        "1430 DC 1234AB SMITH: Phoned mother, no answer.\n"
        "16:00hrs - DC SMITH - Home visit to mother.\n"
        "14:30 the ambulance arrived.\n"
    )
    entries = find_entries(text, DocKind.FLO_LOG)
    assert [(e.when, e.author) for e in entries] == [
        (datetime(2023, 5, 14, 14, 30), "DC 1234AB SMITH"),
        (datetime(2023, 5, 14, 16, 0), "DC SMITH"),
    ]
    assert entries[1].text == "Home visit to mother.\n14:30 the ambulance arrived."
    for e in entries:
        assert text[e.span.start : e.span.end] == e.text


def test_time_only_header_with_no_date_above_is_undated() -> None:
    text = "FLO LOG\n1430 DC 1234AB SMITH: Phoned mother.\n"
    (entry,) = find_entries(text, DocKind.FLO_LOG)
    assert entry.when is None and not entry.date_only
    assert entry.text == "Phoned mother."
