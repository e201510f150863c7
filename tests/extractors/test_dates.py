"""British dates and 24-hour times."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from extractors.structure.dates import (
    DATE_RE,
    TIME_RE,
    expand_year,
    find_first_date,
    iter_dates,
    parse_date,
    parse_datetime,
    parse_time,
)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("14/05/2023", date(2023, 5, 14)),
        ("14/05/23", date(2023, 5, 14)),
        ("1.5.2023", date(2023, 5, 1)),
        ("01.05.2023", date(2023, 5, 1)),
        ("14-05-2023", date(2023, 5, 14)),
        ("14 May 2023", date(2023, 5, 14)),
        ("14th May 2023", date(2023, 5, 14)),
        ("1st of June, 2023", date(2023, 6, 1)),
        ("22nd Sept 2022", date(2022, 9, 22)),
        ("3 Dec. 2021", date(2021, 12, 3)),
        ("2023-05-14", date(2023, 5, 14)),
        ("  14/05/2023 ", date(2023, 5, 14)),
    ],
)
def test_dates_in_british_styles(written: str, expected: date) -> None:
    assert parse_date(written) == expected


def test_numeric_dates_are_day_first_never_us_order() -> None:
    assert parse_date("05/06/2023") == date(2023, 6, 5)
    assert parse_date("12/01/2024") == date(2024, 1, 12)
    # 13th month does not exist: no silent swap to US order.
    assert parse_date("01/13/2023") is None


@pytest.mark.parametrize("bad", ["31/02/2023", "00/01/2023", "14/05", "May 2023", "1234567/23", "", "2023"])
def test_invalid_or_partial_dates(bad: str) -> None:
    assert parse_date(bad) is None


def test_two_digit_years_use_a_pivot() -> None:
    today = date(2024, 1, 1)
    assert expand_year(23, today) == 2023
    assert expand_year(25, today) == 2025
    assert expand_year(56, today) == 1956
    assert parse_date("14/05/56") == date(1956, 5, 14)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("14:30", time(14, 30)),
        ("14.30", time(14, 30)),
        ("1430hrs", time(14, 30)),
        ("1430 hrs", time(14, 30)),
        ("0915hrs", time(9, 15)),
        ("09:15:20", time(9, 15, 20)),
        ("9:05", time(9, 5)),
        ("2:30pm", time(14, 30)),
        ("12am", time(0, 0)),
        ("2359h", time(23, 59)),
    ],
)
def test_times(written: str, expected: time) -> None:
    assert parse_time(written) == expected


@pytest.mark.parametrize("bad", ["25:00", "14:61", "99hrs", "14", "", "13pm"])
def test_invalid_times(bad: str) -> None:
    assert parse_time(bad) is None


def test_time_pattern_does_not_take_dates_or_decimals() -> None:
    text = "at 14:30 and 1430hrs, on 14.05.23, 2.5 miles, 0915 hrs"
    assert [m.group() for m in TIME_RE.finditer(text)] == ["14:30", "1430hrs", "0915 hrs"]


def test_date_pattern_finds_dates_in_running_text() -> None:
    text = "Seen 13.05.23, found 14 May 2023 (CRIS 1234567/23), PM on 2023-05-16."
    assert [m.group() for m in DATE_RE.finditer(text)] == ["13.05.23", "14 May 2023", "2023-05-16"]


def test_iter_and_first_date_give_offsets() -> None:
    text = "Ref 99/99/2023 then 14/05/2023"
    found = list(iter_dates(text))
    assert found == [(date(2023, 5, 14), 20, 30)]
    assert find_first_date(text) == found[0]
    assert find_first_date("no dates here") is None


def test_parse_datetime_either_order() -> None:
    assert parse_datetime("14/05/2023 14:30") == datetime(2023, 5, 14, 14, 30)
    assert parse_datetime("14.05.23 14.30") == datetime(2023, 5, 14, 14, 30)
    assert parse_datetime("1430hrs on 14 May 2023") == datetime(2023, 5, 14, 14, 30)
    assert parse_datetime("14/05/2023") is None
