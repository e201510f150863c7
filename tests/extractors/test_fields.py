"""``Label: value`` fields, their canonical names and exact spans."""

from __future__ import annotations

import pytest

from auditor.document import DocKind, Field
from extractors.structure.field_names import CANONICAL_ALIASES, canonical_name, field_name, normalise_label
from extractors.structure.fields import find_fields

DR = DocKind.DEATH_REPORT

TERSE = """SUDDEN DEATH
Deceased: SMITH, John
DOB: 01/02/1960
Addr: 12 High St E6
Found by: son
Time found: 0930hrs
Location: bedroom, 1st floor
Informant: Peter SMITH (son)
OIC: PC 1234AB JONES
NOK: Mary SMITH (wife)
Category: 2 - unexpected, not suspicious
CRIS no: 1234567/23
CAD: 2345/14MAY23
"""

VERBOSE = """Report to the coroner – Death investigation pack

Name of deceased: John Albert Smith
Date of birth: 1st February 1960
Address of deceased: Flat 3, 12 High Street, London E6 1AA
Date/time found: 14/05/2023 at 09:30
Exact location: On the bedroom floor beside the bed, first floor rear bedroom
Person who found: Mr Peter Smith, son of the deceased
Reported by: Mr Peter Smith via 999 call
Officers attending: PC 1234AB Jones, PC 5678CD Ahmed
Last seen alive: 13/05/2023 at approx. 18:00 by neighbour
Life pronounced extinct: 10:05 by LAS paramedic
Next of kin: Mrs Mary Smith (wife), informed in person at 11:00
Category of death: Unexpected - investigated and not suspicious
"""

ABBREVIATED = """D.O.B.: 01/02/60
NOK informed: Y - in person 1100hrs
P.L.E.: 1005hrs LAS
Merlin ref: 23MAY123456
S.I.O.: DI Brown
Collar no: 1234AB
Sex: M
Ethnicity: W1
"""

TYPOS = """Nmae of deceased: John Smith
Date of brith: 01/02/1960
Adress of deceased: 12 High St
Lcoation found: kitchen
"""


def _by_name(fields: tuple[Field, ...]) -> dict[str, str]:
    return {f.name: f.value for f in fields}


def _assert_spans(text: str, fields: tuple[Field, ...]) -> None:
    for f in fields:
        assert 0 <= f.span.start <= f.span.end <= len(text)
        assert text[f.span.start : f.span.end] == f.value
        assert f.value == f.value.strip()
        if f.label_span is not None:
            assert text[f.label_span.start : f.label_span.end] == f.label


def test_terse_voice() -> None:
    fields = find_fields(TERSE, DR)
    _assert_spans(TERSE, fields)
    got = _by_name(fields)
    assert got["deceased_name"] == "SMITH, John"
    assert got["date_of_birth"] == "01/02/1960"
    assert got["found_by"] == "son"
    assert got["time_found"] == "0930hrs"
    assert got["location_found"] == "bedroom, 1st floor"
    assert got["reported_by"] == "Peter SMITH (son)"
    assert got["officer_in_case"] == "PC 1234AB JONES"
    assert got["nok"] == "Mary SMITH (wife)"
    assert got["categorisation"] == "2 - unexpected, not suspicious"
    assert got["cris_ref"] == "1234567/23"
    assert got["cad_ref"] == "2345/14MAY23"
    assert got["addr"] == "12 High St E6"  # unknown label: snake_case of the label


def test_verbose_voice() -> None:
    fields = find_fields(VERBOSE, DR)
    _assert_spans(VERBOSE, fields)
    got = _by_name(fields)
    assert got["deceased_name"] == "John Albert Smith"
    assert got["date_of_birth"] == "1st February 1960"
    assert got["deceased_address"].startswith("Flat 3")
    assert got["datetime_found"] == "14/05/2023 at 09:30"
    assert got["location_found"].startswith("On the bedroom floor")
    assert got["found_by"].startswith("Mr Peter Smith")
    assert got["reported_by"] == "Mr Peter Smith via 999 call"
    assert got["attending_officers"] == "PC 1234AB Jones, PC 5678CD Ahmed"
    assert got["last_seen_alive"].startswith("13/05/2023")
    assert got["ple"] == "10:05 by LAS paramedic"
    assert got["nok"].startswith("Mrs Mary Smith")
    assert got["categorisation"].startswith("Unexpected")


def test_abbreviation_heavy_voice() -> None:
    fields = find_fields(ABBREVIATED, DR)
    _assert_spans(ABBREVIATED, fields)
    got = _by_name(fields)
    assert got["date_of_birth"] == "01/02/60"
    assert got["nok_informed"] == "Y - in person 1100hrs"
    assert got["ple"] == "1005hrs LAS"
    assert got["merlin_ref"] == "23MAY123456"
    assert got["sio"] == "DI Brown"
    assert got["collar"] == "1234AB"
    assert got["gender"] == "M"
    assert got["ethnicity"] == "W1"


def test_typo_prone_voice_still_maps_long_labels() -> None:
    got = _by_name(find_fields(TYPOS, DR))
    assert got["deceased_name"] == "John Smith"
    assert got["date_of_birth"] == "01/02/1960"
    assert got["deceased_address"] == "12 High St"
    assert got["location_found"] == "kitchen"


def test_empty_value_gives_empty_field_right_after_the_label() -> None:
    text = "Name of deceased:\nDate of birth: 01/02/1960\nNext of kin:   \n"
    fields = find_fields(text, DR)
    _assert_spans(text, fields)
    name = next(f for f in fields if f.name == "deceased_name")
    assert name.value == ""
    assert name.span.start == name.span.end == text.index(":") + 1
    assert name.label == "Name of deceased"
    assert _by_name(fields)["date_of_birth"] == "01/02/1960"


def test_indented_value_on_next_line() -> None:
    text = "Next of kin:\n    Mary Smith (wife)\nLast seen alive\n\t13/05/2023 by neighbour\n"
    fields = find_fields(text, DR)
    _assert_spans(text, fields)
    got = _by_name(fields)
    assert got["nok"] == "Mary Smith (wife)"
    assert got["last_seen_alive"] == "13/05/2023 by neighbour"


def test_dash_and_tab_separators_only_for_known_labels() -> None:
    text = "Name of deceased - John Smith\nFound by\tHis son\nThe man - who was 60 - lived alone\n"
    fields = find_fields(text, DR)
    _assert_spans(text, fields)
    assert _by_name(fields) == {"deceased_name": "John Smith", "found_by": "His son"}


def test_several_fields_on_one_line() -> None:
    text = "Age: 63   Gender: Male Ethnicity: W1\nDate found: 14/05/2023\tTime found: 09:30\n"
    fields = find_fields(text, DR)
    _assert_spans(text, fields)
    assert _by_name(fields) == {
        "age": "63",
        "gender": "Male",
        "ethnicity": "W1",
        "date_found": "14/05/2023",
        "time_found": "09:30",
    }


def test_times_urls_and_log_headers_are_not_labels() -> None:
    text = (
        "14:30 attended the address.\n"
        "At 14:30 I spoke to the son.\n"
        "https://example.org/page\n"
        "14/05/2023 14:30 PC 1234AB SMITH: spoke to NOK\n"
        "DETS 14/05/2023 09:15 DC 2345CW PATEL: Rang victim\n"
        "He said: I found him like that.\n"
        "Time found: 14:30\n"
    )
    fields = find_fields(text, DR)
    assert _by_name(fields) == {"time_found": "14:30"}


def test_kind_specific_labels() -> None:
    assert field_name("Name", DocKind.DEATH_REPORT) == "deceased_name"
    assert field_name("Name", DocKind.FLO_LOG) == "flo_name"
    assert field_name("Name", DocKind.CRIS_RECORD) == "name"


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Name of deceased", "deceased_name"),
        ("Deceased", "deceased_name"),
        ("Full name", "deceased_name"),
        ("DOB", "date_of_birth"),
        ("D.O.B.", "date_of_birth"),
        ("Home address", "deceased_address"),
        ("Found by", "found_by"),
        ("Informant", "reported_by"),
        ("Time found", "time_found"),
        ("Date/time found", "datetime_found"),
        ("Place found", "location_found"),
        ("Last known alive", "last_seen_alive"),
        ("Officers attending", "attending_officers"),
        ("OIC", "officer_in_case"),
        ("N.O.K.", "nok"),
        ("Category of death", "categorisation"),
        ("CRIS ref", "cris_ref"),
        ("CAD no", "cad_ref"),
        ("MERLIN ref", "merlin_ref"),
        ("Coronial district", "coronial_district"),
        ("Report date", "report_date"),
        ("Cause of death", "cause_of_death"),
    ],
)
def test_aliases(label: str, name: str) -> None:
    assert canonical_name(label) == name


def test_every_canonical_name_is_reachable_from_its_own_words() -> None:
    for name in CANONICAL_ALIASES:
        assert canonical_name(name.replace("_", " ")) == name


def test_normalise_label() -> None:
    assert normalise_label("D.O.B.") == "dob"
    assert normalise_label("Deceased’s name") == "deceaseds name"
    assert normalise_label("  Date/Time  found ") == "date time found"


def test_crlf_and_bullets() -> None:
    text = "- Name of deceased: John Smith\r\n• DOB: 01/02/1960\r\n1. Found by: son\r\n"
    fields = find_fields(text, DR)
    _assert_spans(text, fields)
    assert _by_name(fields) == {
        "deceased_name": "John Smith",
        "date_of_birth": "01/02/1960",
        "found_by": "son",
    }
