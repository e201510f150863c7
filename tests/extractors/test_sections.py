"""Headed sections in many styles, with canonical names and exact spans."""

from __future__ import annotations

from itertools import pairwise

from auditor.document import DocKind, Section
from extractors.structure.sections import find_sections

DR = DocKind.DEATH_REPORT


def _check(text: str, sections: tuple[Section, ...]) -> None:
    for s in sections:
        assert text[s.span.start : s.span.end] == s.text
        assert text[s.heading_span.start : s.heading_span.end] == s.heading
        assert s.span.start == s.heading_span.start
        assert s.heading_span.end <= s.span.end <= len(text)
        assert s.text == s.text.rstrip()
    for a, b in pairwise(sections):
        assert a.span.end <= b.span.start


def _names(text: str, kind: DocKind = DR) -> list[str]:
    sections = find_sections(text, kind)
    _check(text, sections)
    return [s.name for s in sections]


def test_numbered_headings() -> None:
    text = (
        "1. Deceased details\nName: John Smith\n\n"
        "2) Circumstances\nFound by son.\n\n"
        "2.3 Next of Kin\nWife informed.\n\n"
        "Section 4 – THRIVE+ risk assessment\nLow.\n"
    )
    assert _names(text) == ["deceased_details", "circumstances", "next_of_kin", "risk_assessment"]


def test_all_caps_headings_and_underlines_and_markdown() -> None:
    text = (
        "CIRCUMSTANCES\nThe deceased was found by his son.\n\n"
        "Intelligence Checks\n-------------------\nPNC, CRIMINT: nil.\n\n"
        "Witnesses\n=========\nStatement from son.\n\n"
        "# Property\nWallet, keys.\n\n"
        "## Forensic strategy\nNone required.\n"
    )
    assert _names(text) == ["circumstances", "intelligence_checks", "witnesses", "property", "forensics"]


def test_heading_with_colon_alone_on_a_line() -> None:
    text = "Circumstances:\nFound in bed.\nActions taken:\nScene searched.\nRandom heading:\ntext\n"
    assert _names(text) == ["circumstances", "actions", "other"]


def test_field_lines_and_caps_names_in_sentences_are_not_headings() -> None:
    text = (
        "CIRCUMSTANCES\n"
        "Name of deceased: John SMITH\n"
        "Category: Unexpected - not suspicious\n"
        "The son Peter SMITH found him and called LAS at 0930.\n"
        "PC 1234AB JONES\n"
        "14/05/2023 14:30 PC 1234AB SMITH: spoke to NOK\n"
    )
    sections = find_sections(text, DR)
    _check(text, sections)
    assert [s.name for s in sections] == ["circumstances"]
    assert sections[0].text == text.rstrip()


def test_all_caps_writer_does_not_make_every_line_a_heading() -> None:
    text = (
        "CIRCUMSTANCES\n"
        "DECEASED FOUND BY SON AT 0930HRS IN BEDROOM\n"
        "LAS ATTENDED AND PLE AT 1005HRS\n"
        "NO SIGNS OF FORCED ENTRY TO PREMISES\n"
        "SON STATES LAST SPOKE TO HIM YESTERDAY\n"
        "NEXT OF KIN\n"
        "WIFE INFORMED IN PERSON\n"
    )
    assert _names(text) == ["circumstances", "next_of_kin"]


def test_section_text_runs_to_next_heading_and_trims_whitespace() -> None:
    text = "Preamble text\n\nCIRCUMSTANCES\nLine one.\n\n\n  \nNEXT OF KIN\nWife.\n\n"
    sections = find_sections(text, DR)
    _check(text, sections)
    assert sections[0].text == "CIRCUMSTANCES\nLine one."
    assert sections[1].text == "NEXT OF KIN\nWife."


def test_numbered_sentences_are_not_headings() -> None:
    text = (
        "ACTIONS\n"
        "1. the scene was searched and nothing of note was found.\n"
        "2. Statement taken from the son, who found him.\n"
    )
    assert _names(text) == ["actions"]


def test_flo_sections() -> None:
    text = (
        "FAMILY LIAISON STRATEGY\nSupport the family.\n"
        "Exit Strategy\nAfter the inquest.\n"
        "Initial victim profile:\nLived alone.\n"
        "Risk assessment\nLow.\n"
        "FLO LOG\n14/05/2023 10:00 DC Jones: visited.\n"
        "Contacts\nMary Smith 07700 900123\n"
    )
    assert _names(text, DocKind.FLO_LOG) == [
        "strategy",
        "exit_strategy",
        "victim_profile",
        "risk_assessment",
        "log",
        "contacts",
    ]


def test_cris_sections() -> None:
    text = (
        "DETAILS OF INCIDENT\nSudden death.\n"
        "DETS\nDETS 14/05/2023 09:15 DC 2345CW PATEL: Rang victim.\n"
        "INTELLIGENCE CHECKS\nNil.\n"
        "SUPERVISORY REVIEW\nReviewed.\n"
        "CLOSING ENTRY\nClosed.\n"
    )
    assert _names(text, DocKind.CRIS_RECORD) == [
        "details",
        "dets",
        "intelligence_checks",
        "supervisor_review",
        "closing",
    ]


def test_pfd_style_numbered_caps_headings_with_crlf() -> None:
    text = (
        "REGULATION 28 REPORT TO PREVENT FUTURE DEATHS \r\n"
        "1 CORONER \r\nI am X, assistant coroner.\r\n"
        "2 CORONER’S LEGAL POWERS \r\nI make this report...\r\n"
        "3 INVESTIGATION and INQUEST\r\nOn [DATE] I commenced...\r\n"
    )
    sections = find_sections(text, DocKind.UNKNOWN)
    _check(text, sections)
    assert [s.heading for s in sections] == [
        "REGULATION 28 REPORT TO PREVENT FUTURE DEATHS",
        "1 CORONER",
        "2 CORONER’S LEGAL POWERS",
        "3 INVESTIGATION and INQUEST",
    ]


def test_wrapped_caps_heading_is_one_heading() -> None:
    text = "REGULATION 28 REPORT TO PREVENT\nFUTURE DEATHS\nThis report is sent to X.\n"
    sections = find_sections(text, DocKind.UNKNOWN)
    _check(text, sections)
    assert len(sections) == 1
    assert sections[0].heading == "REGULATION 28 REPORT TO PREVENT\nFUTURE DEATHS"


def test_no_headings_no_sections() -> None:
    assert find_sections("", DR) == ()
    assert find_sections("just a sentence about a death.\n", DR) == ()
