"""Kind detection on written-up examples and on real coroners' reports."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from auditor.document import DocKind
from extractors.detect import CUES, detect_kind

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
if not DATA.exists():
    DATA = Path("/work/shared/data")

DEATH_TERSE = """SUDDEN DEATH
Name of deceased: SMITH John
DOB: 01/02/1960
Date/time found: 14/05/23 0930hrs
PLE: 1005hrs LAS
NOK: wife - informed in person
Categorisation: Cat 2 unexpected non-suspicious
"""

DEATH_NARRATIVE = """Report to the coroner

At 09:30 on 14 May 2023 the deceased was found unresponsive in bed by his son, who
called the LAS. Life pronounced extinct at 10:05. The next of kin, his wife, was
informed in person. There were no suspicious circumstances; the death is categorised
as unexpected and non-suspicious. THRIVE+ considered. MERLIN raised.
"""

FLO_LOG = """FAMILY LIAISON LOG – Op Example
FLO: DC 2345CW PATEL   SIO: DI BROWN
Date | Time | Method | Person | Details | FLO
15/05/2023 | 10:00 | Phone | Mary Smith (wife) | Called, no answer | DC PATEL
16/05/2023 | 11:00 | Home visit | Mary Smith | Visited, explained PM | DC PATEL
17/05/2023 | 09:00 | Phone | Mary Smith | Attempted contact, voicemail | DC PATEL
Page countersigned by SIO DI BROWN 18/05/2023
Exit strategy: to be agreed with SIO
"""

CRIS = """CRIS 1234567/23 – Crime related incident: sudden death
DETS
DETS 14/05/2023 09:15 DC 2345CW PATEL: Rang victim's sister, no answer.
DETS 15/05/2023 10:00 DC 2345CW PATEL: Spoke to sister in person.
Intelligence checks completed: PNC, CRIMINT, PND – nil trace.
DASH completed? N/A
Supervisor review 7 day – 21/05/2023 – DS 789AB KHAN: Actions reviewed.
Closing entry 30/05/2023 DS KHAN: Closed, no crime.
"""


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (DEATH_TERSE, DocKind.DEATH_REPORT),
        (DEATH_NARRATIVE, DocKind.DEATH_REPORT),
        (DEATH_TERSE.upper(), DocKind.DEATH_REPORT),
        (FLO_LOG, DocKind.FLO_LOG),
        (CRIS, DocKind.CRIS_RECORD),
        (CRIS.lower(), DocKind.CRIS_RECORD),
    ],
)
def test_written_examples(text: str, kind: DocKind) -> None:
    guess = detect_kind(text)
    assert guess.kind is kind
    assert 0.0 < guess.confidence <= 1.0
    assert guess.cues
    assert all(len(c) <= 40 for c in guess.cues)


def test_nothing_scores_enough_is_unknown() -> None:
    for text in ("", "Shopping list: milk, eggs, bread.", "The meeting is at 14:30 on Tuesday."):
        guess = detect_kind(text)
        assert guess.kind is DocKind.UNKNOWN
        assert 0.0 <= guess.confidence <= 1.0


def test_hint_wins_with_full_confidence() -> None:
    guess = detect_kind("anything at all", hint=DocKind.FLO_LOG)
    assert guess.kind is DocKind.FLO_LOG
    assert guess.confidence == 1.0


def test_confidence_grows_with_the_margin() -> None:
    mixed = DEATH_TERSE + "\nDETS 14/05/2023 09:15 DC PATEL: called\nCRIS 1234567/23\n"
    assert detect_kind(mixed).confidence < detect_kind(DEATH_TERSE).confidence


def test_cue_labels_are_short_and_unique() -> None:
    labels = [c.label for c in CUES]
    assert len(labels) == len(set(labels))
    assert all(len(label) <= 40 for label in labels)


def _pdf_text(path: Path) -> str:
    pdfium = pytest.importorskip("pypdfium2")
    doc = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


@pytest.mark.parametrize(
    "name", ["Amy_Henderson.pdf", "Chris_Evans.pdf", "Joseph_Maunick.pdf", "Template.pdf"]
)
def test_real_pfd_pdfs(name: str) -> None:
    path = DATA / "pfd" / "pdf" / name
    if not path.exists():
        pytest.skip("shared data not available")
    guess = detect_kind(_pdf_text(path))
    assert guess.kind is DocKind.CORONER_PFD
    assert guess.confidence > 0.8
    assert "regulation 28" in guess.cues


def test_wisconsin_child_death_form_is_a_death_report() -> None:
    """A child-death summary with labelled fields about the deceased: a death
    report (low confidence), so the completeness checks run and say what an MPS
    report would need."""
    path = DATA / "forms" / "150109DSP-Milw-505-90D.pdf"
    if not path.exists():
        pytest.skip("shared data not available")
    guess = detect_kind(_pdf_text(path))
    assert guess.kind is DocKind.DEATH_REPORT
    assert guess.confidence < 0.8


def _pfd_rows() -> list[dict[str, str]]:
    path = DATA / "pfd" / "road_traffic.csv"
    if not path.exists():
        pytest.skip("shared data not available")
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_pfd_narratives_without_form_headings() -> None:
    rows = _pfd_rows()
    kinds = [
        detect_kind("\n\n".join(r[k] for k in ("investigation", "circumstances", "concerns"))).kind
        for r in rows
    ]
    pfd = sum(k is DocKind.CORONER_PFD for k in kinds)
    assert pfd / len(rows) >= 0.97
    # Never mistaken for a police record: the rest is unknown.
    assert all(k in (DocKind.CORONER_PFD, DocKind.UNKNOWN) for k in kinds)


def test_pfd_rows_rendered_with_form_headings() -> None:
    for r in _pfd_rows():
        text = (
            f"1 CORONER\nI am {r['coroner']}, coroner for the area of {r['area']}\n"
            f"3 INVESTIGATION and INQUEST\n{r['investigation']}\n"
            f"4 CIRCUMSTANCES OF THE DEATH\n{r['circumstances']}\n"
            f"5 CORONER'S CONCERNS\n{r['concerns']}\n"
        )
        assert detect_kind(text).kind is DocKind.CORONER_PFD


CRIS_ABOUT_A_DEATH = """CRIS 5761330/22
CLASSIFICATION: DEATH - UNEXPECTED
VENUE: FLAT 2, 88 HIGH ROAD, E11
DECEASED: JADE MORROW, DOB 27/10/1988
Linked: MERLIN 22MIS0001, death investigation pack ref ISL-22-1
03/12/22 15:10 PC ASHCROFT: Found deceased in bed by landlord. Life pronounced extinct 13:02.
Next of kin informed. Sudden death, non-suspicious at this stage. Cause of death awaited.
"""

FAMILY_CONTACT_LOG = """FAMILY CONTACT LOG (electronic) - South East BCU
Deceased: Callum FRASER, DOB 28/01/1991, found deceased 21/09/2022
Category: unexpected death - under investigation. Next of kin: mother.
22/09/22 08:15 DC Marchetti: visited the mother, explained the post-mortem.
"""


@pytest.mark.parametrize(
    ("text", "kind"), [(CRIS_ABOUT_A_DEATH, DocKind.CRIS_RECORD), (FAMILY_CONTACT_LOG, DocKind.FLO_LOG)]
)
def test_the_title_outweighs_death_words_in_the_body(text: str, kind: DocKind) -> None:
    """A CRIS record or a family contact log about a death is full of death-report
    words; what the record calls itself in its first line decides."""
    guess = detect_kind(text)
    assert guess.kind is kind
    assert "title" in guess.cues
