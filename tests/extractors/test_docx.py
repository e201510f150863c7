"""Word documents: text layout, fields with exact spans, refusals."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from auditor.config import Settings
from auditor.document import Document
from extractors import ErrorCode, ExtractionError, load_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BAD = Path(__file__).parent / "bad"


def _save(d: docx.document.Document) -> bytes:
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _report() -> bytes:
    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = "OFFICIAL - SENSITIVE"
    section.footer.paragraphs[0].text = "Form 57 (rev. 2022)"
    d.add_paragraph("SUDDEN DEATH REPORT")
    fields = d.add_table(rows=4, cols=2)
    for i, (label, value) in enumerate(
        [
            ("Name of deceased", "Alan PARTRIDGE"),
            ("Time found:", "07:45"),
            ("Informant", ""),
            ("Circumstances", "Found by neighbour.\nDoor was locked."),
        ]
    ):
        fields.cell(i, 0).text = label
        fields.cell(i, 1).text = value
    log = d.add_table(rows=2, cols=3)
    for i, row in enumerate([("Date", "Officer", "Action"), ("14/05/2023", "PC JONES", "Scene secured")]):
        for j, cell in enumerate(row):
            log.cell(i, j).text = cell
    d.add_paragraph("Next of kin\tbrother, told in person.")
    return _save(d)


def _field_spans_exact(doc: Document) -> None:
    for f in doc.fields:
        assert doc.text[f.span.start : f.span.end] == f.value
        if f.label_span is not None:
            assert doc.text[f.label_span.start : f.label_span.end] == f.label


def test_layout_header_body_tables_footer() -> None:
    doc = load_bytes(_report(), "report.docx")
    assert doc.text == (
        "OFFICIAL - SENSITIVE\n"
        "\n"
        "SUDDEN DEATH REPORT\n"
        "Name of deceased: Alan PARTRIDGE\n"
        "Time found: 07:45\n"
        "Informant:\n"
        "Circumstances: Found by neighbour.\nDoor was locked.\n"
        "Date | Officer | Action\n"
        "14/05/2023 | PC JONES | Scene secured\n"
        "Next of kin\tbrother, told in person.\n"
        "\n"
        "Form 57 (rev. 2022)\n"
    )
    assert doc.source is not None and doc.source.format == "docx"


def test_label_rows_are_fields_with_exact_spans() -> None:
    doc = load_bytes(_report(), "report.docx")
    _field_spans_exact(doc)
    by_label = {f.label: f for f in doc.fields}
    assert by_label["Name of deceased"].name == "deceased_name"
    assert by_label["Name of deceased"].value == "Alan PARTRIDGE"
    assert by_label["Time found"].value == "07:45"
    assert by_label["Circumstances"].value == "Found by neighbour.\nDoor was locked."
    informant = by_label["Informant"]
    assert informant.value == "" and informant.span.start == informant.label_span.end + 1  # type: ignore[union-attr]


def test_label_value_pairs_on_one_row() -> None:
    d = docx.Document()
    t = d.add_table(rows=1, cols=4)
    for j, s in enumerate(["Name:", "Alan", "DOB:", "01/02/1960"]):
        t.cell(0, j).text = s
    doc = load_bytes(_save(d), "r.docx")
    assert doc.text == "Name: Alan | DOB: 01/02/1960\n"
    assert [(f.label, f.value) for f in doc.fields] == [("Name", "Alan"), ("DOB", "01/02/1960")]
    _field_spans_exact(doc)


def test_merged_cells_appear_once() -> None:
    d = docx.Document()
    t = d.add_table(rows=2, cols=3)
    t.cell(0, 0).merge(t.cell(0, 2)).text = "Attending officers"
    for j, s in enumerate(["PC A", "PC B", "PS C"]):
        t.cell(1, j).text = s
    doc = load_bytes(_save(d), "r.docx")
    assert doc.text == "Attending officers\nPC A | PC B | PS C\n"


def test_content_controls_and_tracked_changes() -> None:
    d = docx.Document()
    p = d.add_paragraph("Categorisation: ")
    p._p.append(
        parse_xml(
            f'<w:sdt xmlns:w="{W}"><w:sdtContent><w:r><w:t>Non-suspicious</w:t></w:r></w:sdtContent></w:sdt>'
        )
    )
    q = d.add_paragraph("Reason: ")
    q._p.append(parse_xml(f'<w:del xmlns:w="{W}"><w:r><w:delText>old words</w:delText></w:r></w:del>'))
    q._p.append(parse_xml(f'<w:ins xmlns:w="{W}"><w:r><w:t>no third party</w:t></w:r></w:ins>'))
    doc = load_bytes(_save(d), "r.docx")
    assert doc.text == "Categorisation: Non-suspicious\nReason: no third party\n"


def test_first_page_header_and_repeated_header_once() -> None:
    d = docx.Document()
    d.sections[0].different_first_page_header_footer = True
    d.sections[0].first_page_header.paragraphs[0].text = "METROPOLITAN POLICE"
    d.sections[0].header.paragraphs[0].text = "OFFICIAL"
    d.add_paragraph("Body")
    d.add_section()  # linked to the previous: same header part, written once
    d.add_paragraph("More")
    doc = load_bytes(_save(d), "r.docx")
    assert doc.text == "METROPOLITAN POLICE\nOFFICIAL\n\nBody\n\nMore\n"


def test_empty_docx() -> None:
    with pytest.raises(ExtractionError) as info:
        load_bytes(_save(docx.Document()), "r.docx")
    assert info.value.code is ErrorCode.EMPTY_DOCUMENT


def _rezip(data: bytes, replace: dict[str, bytes | None]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in replace:
                new = replace[info.filename]
                if new is not None:
                    dst.writestr(info.filename, new)
            else:
                dst.writestr(info, src.read(info))
    return out.getvalue()


def test_missing_document_part() -> None:
    data = _rezip(_report(), {"word/document.xml": None})
    with pytest.raises(ExtractionError) as info:
        load_bytes(data, "r.docx")
    assert info.value.code is ErrorCode.DOCX_CORRUPT


def test_not_a_zip() -> None:
    with pytest.raises(ExtractionError) as info:
        load_bytes(b"This is not a zip file at all.", "r.docx")
    assert info.value.code is ErrorCode.DOCX_CORRUPT


def test_old_doc_format() -> None:
    with pytest.raises(ExtractionError) as info:
        load_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "r.docx")
    assert info.value.code is ErrorCode.DOCX_CORRUPT
    assert ".doc" in info.value.message


def test_entity_expansion_refused() -> None:
    laughs = (
        b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b'<w:document xmlns:w="' + W.encode() + b'"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p>'
        b"</w:body></w:document>"
    )
    data = _rezip(_report(), {"word/document.xml": laughs})
    with pytest.raises(ExtractionError) as info:
        load_bytes(data, "r.docx")
    assert info.value.code is ErrorCode.DOCX_CORRUPT
    assert "DTD" in info.value.message


def test_malformed_xml() -> None:
    data = _rezip(_report(), {"word/document.xml": b"<w:document><unclosed>"})
    with pytest.raises(ExtractionError) as info:
        load_bytes(data, "r.docx")
    assert info.value.code is ErrorCode.DOCX_CORRUPT


def test_zip_bomb_by_ratio_when_size_allowed() -> None:
    """With the size limit raised, the compression ratio still refuses the bomb."""
    settings = Settings(max_unzipped_mb=1000)
    with pytest.raises(ExtractionError) as info:
        load_bytes((BAD / "docx_zip_bomb__bomb.docx").read_bytes(), "bomb.docx", settings)
    assert info.value.code is ErrorCode.DOCX_ZIP_BOMB
    assert "compressed" in info.value.message


def test_zip_bomb_by_total_size() -> None:
    with pytest.raises(ExtractionError) as info:
        load_bytes((BAD / "docx_zip_bomb__bomb.docx").read_bytes(), "bomb.docx")
    assert info.value.code is ErrorCode.DOCX_ZIP_BOMB
