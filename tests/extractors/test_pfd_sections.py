"""Regulation 28 section finding on heading variants and on real narratives."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from extractors.structure.pfd import find_pfd_sections, is_blank_template

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
ROAD_TRAFFIC = SHARED / "pfd" / "road_traffic.csv"

FORM = """REGULATION 28 REPORT TO PREVENT FUTURE DEATHS
THIS REPORT IS BEING SENT TO:
1. The Chief Constable
1 CORONER
I am A. Coroner, senior coroner for the area of Somewhere.
2 CORONER’S LEGAL POWERS
I make this report under paragraph 7, Schedule 5.
3 INVESTIGATION and INQUEST
On 1 May 2023 I commenced an investigation.
4 CIRCUMSTANCES OF THE DEATH
{circumstances}
5 CORONER’S CONCERNS
The MATTERS OF CONCERN are as follows:
{concerns}
6 ACTION SHOULD BE TAKEN
In my opinion action should be taken.
7 YOUR RESPONSE
You are under a duty to respond.
8 COPIES and PUBLICATION
I have sent a copy of my report to the Chief Coroner.
9 1 June 2023 A. Coroner"""

NAMES = [
    "recipients",
    "coroner",
    "coroners_legal_powers",
    "investigation_and_inquest",
    "circumstances_of_the_death",
    "coroners_concerns",
    "action_should_be_taken",
    "your_response",
    "copies_and_publication",
    "date_and_signature",
]


def names(text: str) -> list[str]:
    return [s.name for s in find_pfd_sections(text)]


def test_official_form_layout() -> None:
    text = FORM.format(circumstances="He was found at home.", concerns="(1) No checks were made.")
    sections = find_pfd_sections(text)
    assert [s.name for s in sections] == NAMES
    for s in sections:
        assert text[s.span.start : s.span.end] == s.text
        assert text[s.heading_span.start : s.heading_span.end] == s.heading
        assert s.text.startswith(s.heading)
    circumstances = sections[4]
    assert circumstances.heading == "4 CIRCUMSTANCES OF THE DEATH"
    assert circumstances.text == "4 CIRCUMSTANCES OF THE DEATH\nHe was found at home."


@pytest.mark.parametrize(
    "heading",
    [
        "4 CIRCUMSTANCES OF THE DEATH",
        "4. CIRCUMSTANCES OF DEATH",
        "4\nCIRCUMSTANCES OF THE DEATH",
        "(4) Circumstances of the Death",
        "CIRCUMSTANCES OF THE DEATH:",
        "4 Circumstances of the death",
    ],
)
def test_heading_variants(heading: str) -> None:
    text = FORM.format(circumstances="x", concerns="y").replace("4 CIRCUMSTANCES OF THE DEATH", heading)
    sections = {s.name: s for s in find_pfd_sections(text)}
    assert sections["circumstances_of_the_death"].heading == heading


@pytest.mark.parametrize("apostrophe", ["’", "'", "", " "])
def test_apostrophes_and_ocr_noise(apostrophe: str) -> None:
    text = FORM.format(circumstances="x", concerns="y").replace("CORONER’S", f"CORONER{apostrophe}S")
    assert names(text) == NAMES


def test_recipients_heading_run_into_title() -> None:
    text = FORM.format(circumstances="x", concerns="y").replace(
        "FUTURE DEATHS\nTHIS REPORT IS BEING SENT TO:", "FUTURE DEATHS THIS REPORT IS BEING SENT\nTO:"
    )
    sections = find_pfd_sections(text)
    assert sections[0].name == "recipients"
    assert sections[0].heading == "THIS REPORT IS BEING SENT\nTO:"


def test_prose_does_not_start_sections() -> None:
    prose = (
        "The circumstances of the death were that he fell.\n"
        "Coroner's concerns were raised by the family.\n"
        "your response will be published.\n"
        "9 witnesses gave evidence."
    )
    text = FORM.format(circumstances=prose, concerns="y")
    assert names(text) == NAMES


def test_blank_template_detection() -> None:
    blank = FORM.format(circumstances="[BRIEF SUMMARY]", concerns="[BRIEF SUMMARY OF MATTERS OF CONCERN]")
    blank = blank.replace("A. Coroner", "[NAME]").replace("1 June 2023", "[DATE]")
    assert is_blank_template(blank)
    filled = FORM.format(circumstances="He was found at home.", concerns="(1) No checks were made on him.")
    assert not is_blank_template(filled)
    empty_boxes = FORM.format(circumstances="", concerns="(1)\n(2)")
    assert is_blank_template(empty_boxes)


@pytest.mark.skipif(not ROAD_TRAFFIC.exists(), reason=f"shared data not found at {ROAD_TRAFFIC}")
def test_real_narratives_never_add_or_hide_a_heading() -> None:
    """539 real PFD narratives dropped into the form: exactly the form's headings."""
    with ROAD_TRAFFIC.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) > 500
    wrong = []
    for row in rows:
        text = FORM.format(circumstances=row["circumstances"], concerns=row["concerns"])
        text = text.replace("On 1 May 2023 I commenced an investigation.", row["investigation"])
        if names(text) != NAMES:
            wrong.append(row["id"])
    assert not wrong, f"section structure broken for report ids {wrong[:10]}"
