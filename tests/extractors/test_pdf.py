"""The PDF extractor on PDFs built here with reportlab, and the bad-PDF fixtures.

Real documents are in ``test_real_documents.py``.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from auditor.config import Settings
from extractors import load_bytes, pdf
from extractors.errors import ErrorCode, ExtractionError
from extractors.extracted import Extracted

BAD = Path(__file__).resolve().parent / "bad"
Draw = Callable[[canvas.Canvas], None]


def make_pdf(*pages: Draw, **kwargs: object) -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1, **kwargs)
    for draw in pages:
        draw(c)
        c.showPage()
    c.save()
    return buffer.getvalue()


def text_page(*lines: str) -> Draw:
    def draw(c: canvas.Canvas) -> None:
        y = 780.0
        for line in lines:
            c.drawString(72, y, line)
            y -= 18

    return draw


def image_page(c: canvas.Canvas) -> None:
    from PIL import Image

    image = Image.frombytes("L", (8, 8), bytes(range(0, 256, 4)))
    c.drawImage(ImageReader(image), 72, 400, width=200, height=200)


def extract(data: bytes) -> Extracted:
    return pdf.extract(data, Settings())


def test_text_pages_and_spans() -> None:
    data = make_pdf(text_page("Page one first line", "second line"), text_page("Page two text"))
    ex = extract(data)
    assert ex.format == "pdf"
    assert [p.number for p in ex.pages] == [1, 2]
    assert ex.text[ex.pages[0].span.start : ex.pages[0].span.end] == "Page one first line\nsecond line"
    assert ex.text[ex.pages[1].span.start : ex.pages[1].span.end] == "Page two text"
    assert "\r" not in ex.text
    assert ex.needs_ocr == ()
    assert ex.pages[0].width == pytest.approx(A4[0], abs=1)
    assert ex.pages[0].height == pytest.approx(A4[1], abs=1)
    assert ex.producer and "ReportLab" in ex.producer


def test_image_only_page_is_listed_and_warned() -> None:
    ex = extract(make_pdf(text_page("A page with text on it"), image_page))
    assert ex.needs_ocr == (2,)
    assert ex.warnings == ("page 2 has no text layer (needs_ocr)",)
    assert ex.pages[1].has_text_layer is False
    assert ex.pages[0].has_text_layer is True


def test_locate_gives_page_and_bbox_inside_page() -> None:
    ex = extract(make_pdf(text_page("Alpha beta gamma"), text_page("Delta epsilon")))
    assert ex.locate is not None
    start = ex.text.index("epsilon")
    span = ex.locate(start, start + len("epsilon"))
    assert span.page == 2
    assert span.bbox is not None
    page = ex.pages[1]
    assert 0 <= span.bbox.x0 < span.bbox.x1 <= page.width
    assert 0 <= span.bbox.top < span.bbox.bottom <= page.height
    # "Delta epsilon" is drawn at x=72 near the top of the page.
    assert span.bbox.x0 > 72
    assert span.bbox.top < 100
    first = ex.locate(0, 5)
    assert first.page == 1 and first.bbox is not None and first.bbox.x0 == pytest.approx(72, abs=2)


def test_locate_outside_pages_has_no_page() -> None:
    ex = extract(make_pdf(text_page("Only page")))
    assert ex.locate is not None
    assert ex.locate(len(ex.text), len(ex.text) + 0).page in (None, 1)


def test_acroform_fields_are_appended() -> None:
    def draw(c: canvas.Canvas) -> None:
        c.drawString(72, 780, "Sudden death report")
        form = c.acroForm
        c.drawString(72, 740, "Deceased name:")
        form.textfield(
            name="DeceasedName", tooltip="Deceased name", value="Test Person", x=180, y=735, width=200
        )
        c.drawString(72, 700, "Next of kin informed")
        form.checkbox(name="NokInformed", tooltip="Next of kin informed", checked=True, x=230, y=695)
        form.checkbox(name="PostMortem", tooltip="Post mortem requested", checked=False, x=230, y=665)

    ex = extract(make_pdf(draw))
    by_name = {f.name: f for f in ex.fields}
    assert by_name["deceased_name"].value == "Test Person"
    assert by_name["nok_informed"].value == "[X]"
    assert "post_mortem_requested" not in by_name
    assert "\n\nForm fields:\n" in ex.text
    for f in ex.fields:
        assert ex.text[f.span.start : f.span.end] == f.value
        assert f.label_span is not None
        assert ex.text[f.label_span.start : f.label_span.end] == f.label
        assert f.span.page == 1 and f.span.bbox is not None


def _box(c: canvas.Canvas, x: float, y: float, ticked: bool, size: float = 9) -> None:
    c.rect(x, y, size, size, stroke=1, fill=0)
    if ticked:
        c.line(x, y, x + size, y + size)
        c.line(x, y + size, x + size, y)


def test_drawn_checkboxes_become_fields() -> None:
    def draw(c: canvas.Canvas) -> None:
        c.setFont("Helvetica", 9)
        # A question before the options.
        c.drawString(40, 700, "Scene secured:")
        _box(c, 120, 699, ticked=False)
        c.drawString(133, 700, "No")
        _box(c, 160, 699, ticked=True)
        c.drawString(173, 700, "Yes")
        # Yes / No options followed by the question.
        _box(c, 40, 660, ticked=True)
        c.drawString(53, 661, "Yes")
        _box(c, 80, 660, ticked=False)
        c.drawString(93, 661, "No")
        c.drawString(130, 661, "Was the coroner informed?")
        # Independent boxes in two columns.
        _box(c, 40, 620, ticked=True)
        c.drawString(53, 621, "Family liaison deployed")
        _box(c, 300, 620, ticked=False)
        c.drawString(313, 621, "Scene photographed")

    ex = extract(make_pdf(draw))
    got = {(f.name, f.value) for f in ex.fields}
    assert ("scene_secured", "Yes") in got
    assert ("was_the_coroner_informed", "Yes") in got
    assert ("family_liaison_deployed", "[X]") in got
    assert not any(name == "scene_photographed" for name, _ in got)
    for f in ex.fields:
        assert ex.text[f.span.start : f.span.end] == f.value


def test_typed_values_in_another_font_become_fields() -> None:
    def draw(c: canvas.Canvas) -> None:
        c.setFont("Helvetica", 10)
        c.drawString(40, 700, "Date of death:")
        c.setFont("Times-Roman", 10)
        c.drawString(120, 700, "01/02/2023")
        c.setFont("Helvetica", 10)
        c.drawString(40, 670, "Circumstances:")
        c.setFont("Times-Roman", 10)
        c.drawString(40, 655, "Found at home by a neighbour.")
        c.drawString(40, 640, "No third party involvement.")
        c.setFont("Helvetica", 10)
        c.drawString(40, 610, "Officer in case:")

    ex = extract(make_pdf(draw))
    by_name = {f.name: f for f in ex.fields}
    assert by_name["date_of_death"].value == "01/02/2023"
    assert by_name["circumstances"].value == "Found at home by a neighbour.\nNo third party involvement."
    assert "officer_in_case" not in by_name


def test_one_font_document_has_no_typed_fields() -> None:
    ex = extract(make_pdf(text_page("Date of death:", "01/02/2023", "Summary: none")))
    assert ex.fields == ()


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("pdf_truncated__cut_in_half.pdf", ErrorCode.PDF_TRUNCATED),
        ("pdf_corrupt__garbage_body.pdf", ErrorCode.PDF_CORRUPT),
        ("pdf_encrypted__password.pdf", ErrorCode.PDF_ENCRYPTED),
        ("pdf_needs_ocr__image_only.pdf", ErrorCode.PDF_NEEDS_OCR),
    ],
)
def test_bad_pdfs_give_their_codes(name: str, code: ErrorCode) -> None:
    data = (BAD / name).read_bytes()
    with pytest.raises(ExtractionError) as info:
        extract(data)
    assert info.value.code is code
    assert "Line" not in info.value.message  # never quotes document text


def test_encrypted_with_empty_user_password_opens() -> None:
    from reportlab.lib import pdfencrypt

    enc = pdfencrypt.StandardEncryption("", ownerPassword="owner-secret", canPrint=0)
    ex = extract(make_pdf(text_page("Readable although restricted"), encrypt=enc))
    assert "Readable although restricted" in ex.text


def test_not_a_pdf_is_corrupt() -> None:
    with pytest.raises(ExtractionError) as info:
        extract(b"hello world, no header here\n%%EOF")
    assert info.value.code is ErrorCode.PDF_CORRUPT


def test_truncated_real_pdf_is_truncated_not_corrupt() -> None:
    data = make_pdf(text_page("x" * 40), text_page("y" * 40))
    for cut in (len(data) // 3, len(data) - 40):
        with pytest.raises(ExtractionError) as info:
            extract(data[:cut])
        assert info.value.code is ErrorCode.PDF_TRUNCATED


def test_blank_pdf_is_empty_document() -> None:
    with pytest.raises(ExtractionError) as info:
        extract(make_pdf(lambda c: None))
    assert info.value.code is ErrorCode.EMPTY_DOCUMENT


def test_load_bytes_places_spans_on_pages() -> None:
    doc = load_bytes(make_pdf(text_page("First"), text_page("Second")), "two.pdf")
    assert doc.source is not None and doc.source.format == "pdf"
    assert [p.number for p in doc.meta.pages] == [1, 2]
