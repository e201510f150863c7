"""Every real PDF in ../shared/data extracts, and matches its expected outline.

Expected outlines are in ``expected/<stem>.json``: page count, pages needing
OCR, PFD section names with their headings, each section's length and a
SHA-256 prefix of its text (so any change to a section shows, while no report
text is stored: the reports name real people who died), ``is_blank_template``,
and the form fields of the child-death form (values cut to 40 characters).

Regenerate after a deliberate change with::

    UPDATE_EXPECTED=1 .venv/bin/pytest tests/extractors/test_real_documents.py
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest

from auditor.config import Settings
from extractors import load_path, pdf
from extractors.structure.pfd import find_pfd_sections, is_blank_template

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
EXPECTED = Path(__file__).resolve().parent / "expected"
FOLDERS = ("pfd/pdf", "forms")
PREVIEW = 40


def _real_pdfs() -> list[Path]:
    return sorted(p for folder in FOLDERS for p in (SHARED / folder).glob("*.pdf"))


PDFS = _real_pdfs()
pytestmark = pytest.mark.skipif(not PDFS, reason=f"shared data not found at {SHARED} (real PDFs absent)")


def outline(path: Path) -> dict[str, Any]:
    ex = pdf.extract(path.read_bytes(), Settings())
    out: dict[str, Any] = {
        "pages": len(ex.pages),
        "needs_ocr": list(ex.needs_ocr),
        "pages_with_text": [p.number for p in ex.pages if p.has_text_layer],
    }
    if path.parent.name == "pdf":
        out["is_blank_template"] = is_blank_template(ex.text)
        out["sections"] = [
            {
                "name": s.name,
                "heading": s.heading,
                "chars": len(s.text),
                "sha256": hashlib.sha256(s.text.encode()).hexdigest()[:16],
            }
            for s in find_pfd_sections(ex.text)
        ]
    out["fields"] = [{"name": f.name, "value": f.value[:PREVIEW]} for f in ex.fields]
    return out


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_matches_expected_outline(path: Path) -> None:
    got = outline(path)
    expected_file = EXPECTED / f"{path.stem}.json"
    if os.environ.get("UPDATE_EXPECTED"):
        EXPECTED.mkdir(exist_ok=True)
        expected_file.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if not expected_file.exists():
        pytest.fail(f"no expected outline {expected_file.name}: run with UPDATE_EXPECTED=1 and review it")
    assert got == json.loads(expected_file.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_spans_hold(path: Path) -> None:
    ex = pdf.extract(path.read_bytes(), Settings())
    assert ex.text.strip()
    for page in ex.pages:
        assert ex.text[page.span.start : page.span.end].strip()
    for f in ex.fields:
        assert ex.text[f.span.start : f.span.end] == f.value
        if f.label_span is not None:
            assert ex.text[f.label_span.start : f.label_span.end] == f.label
    for s in find_pfd_sections(ex.text):
        assert ex.text[s.span.start : s.span.end] == s.text
        assert ex.text[s.heading_span.start : s.heading_span.end] == s.heading


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_locate_is_on_the_page(path: Path) -> None:
    ex = pdf.extract(path.read_bytes(), Settings())
    assert ex.locate is not None
    for page in ex.pages:
        mid = (page.span.start + page.span.end) // 2
        span = ex.locate(mid, min(mid + 20, page.span.end))
        assert span.page == page.number
        assert span.bbox is not None
        assert -1 <= span.bbox.x0 <= span.bbox.x1 <= page.width + 1
        assert -1 <= span.bbox.top <= span.bbox.bottom <= page.height + 1


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_full_pipeline_loads(path: Path) -> None:
    doc = load_path(path)
    assert doc.text.strip()
    assert len(doc.meta.pages) >= 1


def test_space_repair_on_word_output() -> None:
    """Word overlaps some word spaces with the next glyph; PDFium drops them."""
    path = SHARED / "pfd" / "pdf" / "Amy_Henderson.pdf"
    text = pdf.extract(path.read_bytes(), Settings()).text
    assert "DEATHS THIS REPORT" in text
    assert "DEATHSTHIS" not in text


def test_wisconsin_form_fields() -> None:
    path = SHARED / "forms" / "150109DSP-Milw-505-90D.pdf"
    fields = {(f.name, f.value) for f in pdf.extract(path.read_bytes(), Settings()).fields}
    for item in [
        ("agency", "Bureau of Milwaukee Child Welfare"),
        ("date_of_incident", "01/09/2015"),
        ("gender", "Male"),
        ("criminal_investigation_pending_or_completed", "Yes"),
        ("childs_residence_at_the_time_of", "In-home"),
        ("statement_of_services", "No"),
        ("initial_assessment_conducted", "[X]"),
        ("case_closed_by_agency", "[X]"),
    ]:
        assert item in fields
    assert not any(name == "transportation_assistance" for name, _ in fields)


def test_template_is_blank_and_reports_are_not() -> None:
    for path in (SHARED / "pfd" / "pdf").glob("*.pdf"):
        text = pdf.extract(path.read_bytes(), Settings()).text
        assert is_blank_template(text) is (path.stem == "Template"), path.name
