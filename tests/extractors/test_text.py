"""Plain text: encodings, newlines, pages, refusals."""

from __future__ import annotations

import pytest

from auditor.config import Settings
from extractors import ErrorCode, ExtractionError, load_bytes
from extractors import text as text_extractor

SAMPLE = "Café – Ó’Brien\r\nNext of kin: Zoë (sister) told “in person” at 11:00 €5\r\nEnd"
EXPECTED = SAMPLE.replace("\r\n", "\n")


@pytest.mark.parametrize(
    ("codec", "encoding"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16-le"),  # Python writes a BOM and little-endian
        ("utf-16-be", "utf-16-be"),
        ("utf-16-le", "utf-16-le"),
        ("cp1252", "cp1252"),
    ],
)
def test_encodings_round_trip(codec: str, encoding: str) -> None:
    data = SAMPLE.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    doc = load_bytes(data, "report.txt")
    assert doc.text == EXPECTED
    assert doc.meta.encoding == encoding


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_recognised_by_nul_pattern(codec: str) -> None:
    doc = load_bytes(SAMPLE.encode(codec), "report.txt")
    assert doc.text == EXPECTED
    assert doc.meta.encoding == codec


def test_plain_ascii_is_utf8() -> None:
    assert load_bytes(b"Death report\n", "r.txt").meta.encoding == "utf-8"


def test_cp1252_with_an_accidental_utf8_pair_is_still_cp1252() -> None:
    # "Ó’" in cp1252 is D3 92, a valid UTF-8 sequence (U+04D2): not evidence of UTF-8.
    data = "DC Ó’Brien attended – see notes".encode("cp1252")
    doc = load_bytes(data, "r.txt")
    assert doc.meta.encoding == "cp1252"
    assert doc.text == "DC Ó’Brien attended – see notes"


def test_broken_utf8_reports_offset() -> None:
    data = "Zoë’s statement".encode() + b"\xe2\x80 more"
    with pytest.raises(ExtractionError) as info:
        load_bytes(data, "r.txt")
    assert info.value.code is ErrorCode.TEXT_ENCODING
    assert f"offset {len('Zoë’s statement'.encode())}" in info.value.message


def test_undefined_cp1252_byte() -> None:
    with pytest.raises(ExtractionError) as info:
        load_bytes(b"abc \x81 def", "r.txt")
    assert info.value.code is ErrorCode.TEXT_ENCODING
    assert "offset 4" in info.value.message


def test_utf16_with_bad_surrogate() -> None:
    data = b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8A\x00"
    with pytest.raises(ExtractionError) as info:
        load_bytes(data, "r.txt")
    assert info.value.code is ErrorCode.TEXT_ENCODING


@pytest.mark.parametrize("data", [b"abc\x00def", bytes(range(1, 9)) * 50 + b"text"])
def test_binary(data: bytes) -> None:
    with pytest.raises(ExtractionError) as info:
        load_bytes(data, "r.txt")
    assert info.value.code is ErrorCode.TEXT_BINARY


def test_newlines_normalised() -> None:
    doc = load_bytes(b"a\r\nb\rc\nd", "r.txt")
    assert doc.text == "a\nb\nc\nd"


def test_whitespace_only() -> None:
    with pytest.raises(ExtractionError) as info:
        load_bytes(b" \r\n\t \n", "r.txt")
    assert info.value.code is ErrorCode.EMPTY_DOCUMENT


def test_form_feeds_make_pages() -> None:
    raw = text_extractor.extract(b"page one\n\fpage two\n\fpage three\n\f", Settings())
    assert "\f" not in raw.text
    assert len(raw.text) == len("page one\n\fpage two\n\fpage three\n\f")
    assert [p.number for p in raw.pages] == [1, 2, 3]
    assert [raw.text[p.span.start : p.span.end] for p in raw.pages] == [
        "page one\n",
        "page two\n",
        "page three\n",
    ]


def test_no_form_feed_no_pages() -> None:
    assert text_extractor.extract(b"one page", Settings()).pages == ()
