"""PDF extraction with PDFium (pypdfium2): text, pages, char boxes, form fields.

Text is built character by character from PDFium's text page so that every
character of ``Extracted.text`` maps back to a PDFium char index; ``locate``
uses that map to give a span its page and bounding box, lazily, page by page.

Two repairs over PDFium's plain text: Word often writes a word space as its own
text object overlapping the next glyph, which PDFium drops ("DEATHSTHIS"); we
restore a space where only blank text objects separate two characters. PDFium's
hyphen markers (U+0002, U+FFFE) become "-".

PDFium is not thread-safe, so every call into it holds ``_LOCK``.
"""

from __future__ import annotations

import ctypes
import math
import threading
from array import array
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from auditor.config import Settings
from auditor.document import BBox, Field, Page, Span
from extractors.errors import ErrorCode, ExtractionError
from extractors.extracted import Extracted
from extractors.pdf_forms import (
    BlockField,
    BodyField,
    BoxSource,
    Frame,
    LinePage,
    acroform_fields,
    checkbox_fields,
    typed_fields,
)

_LOCK = threading.RLock()
PAGE_SEPARATOR = "\n\n"
FORM_BLOCK_HEADING = "Form fields:"
_EOF_WINDOW = 16 * 1024
_CHAR_MAP = {"\x02": "-", "\ufffe": "-", "\u00ad": "-", "\r": "\n", "\x0c": "\n", "\x0b": "\n"}
_ERROR_NAMES = {
    pdfium_c.FPDF_ERR_UNKNOWN: "unknown error",
    pdfium_c.FPDF_ERR_FILE: "file error",
    pdfium_c.FPDF_ERR_FORMAT: "not a valid PDF structure",
    pdfium_c.FPDF_ERR_PAGE: "page not found or damaged",
}


def extract(data: bytes, settings: Settings) -> Extracted:
    """Text, pages, form fields and a lazy locator for one PDF file."""
    del settings  # size limits are enforced before we are called
    _check_envelope(data)
    with _LOCK:
        pdf = _open(data)
        try:
            return _extract_open(pdf)
        except BaseException:
            pdf.close()
            raise


# ---------------------------------------------------------------- opening


def _check_envelope(data: bytes) -> None:
    """Refuse files that are not PDFs or were cut short, before parsing."""
    if b"%PDF-" not in data[:1024]:
        raise ExtractionError(ErrorCode.PDF_CORRUPT, "the file has no PDF header (%PDF-): it is not a PDF")
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        raise ExtractionError(
            ErrorCode.PDF_TRUNCATED,
            f"the PDF ends without its end-of-file marker (%%EOF) after {len(data)} bytes: "
            "the file was cut short (interrupted download or copy); fetch a complete copy",
        )


def _open(data: bytes) -> Any:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise ExtractionError(
                ErrorCode.PDF_ENCRYPTED,
                "the PDF is protected by a password; supply a copy without the password",
            ) from exc
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise ExtractionError(
                ErrorCode.PDF_ENCRYPTED,
                "the PDF is encrypted with an unsupported security handler; supply an unencrypted copy",
            ) from exc
        reason = _ERROR_NAMES.get(code, "unknown error")
        raise ExtractionError(ErrorCode.PDF_CORRUPT, f"the PDF cannot be parsed ({reason})") from exc
    if len(pdf) == 0:
        pdf.close()
        raise ExtractionError(ErrorCode.PDF_CORRUPT, "the PDF has no readable pages")
    return pdf


# ---------------------------------------------------------------- per page


@dataclass(slots=True)
class _PageText:
    number: int
    text: str
    index: array[int]  # PDFium char index of each character of text; -1 if inserted
    families: array[int]  # font family id of each character; -1 if unknown
    frame: Frame
    has_text: bool
    needs_ocr: bool
    start: int = 0


@dataclass(slots=True)
class _ObjectTable:
    """The page's top-level objects, to find blank text objects between two chars."""

    order: dict[int, int]
    handles: list[Any]
    types: list[int]
    blank: dict[int, bool] = field(default_factory=dict)
    families: dict[int, int] = field(default_factory=dict)


def _address(handle: Any) -> int:
    value = ctypes.cast(handle, ctypes.c_void_p).value
    return int(value) if value else 0


def _object_table(page: Any) -> _ObjectTable:
    order: dict[int, int] = {}
    handles: list[Any] = []
    types: list[int] = []
    for j in range(pdfium_c.FPDFPage_CountObjects(page)):
        handle = pdfium_c.FPDFPage_GetObject(page, j)
        order[_address(handle)] = j
        handles.append(handle)
        types.append(pdfium_c.FPDFPageObj_GetType(handle))
    return _ObjectTable(order, handles, types)


def _utf16(buffer: Any, n_bytes: int) -> str:
    return bytes(buffer)[: max(n_bytes - 2, 0)].decode("utf-16-le", "replace")


def _object_text(handle: Any, textpage: Any) -> str:
    n = pdfium_c.FPDFTextObj_GetText(handle, textpage, None, 0)
    if n <= 2:
        return ""
    buffer = ctypes.create_string_buffer(n)
    pdfium_c.FPDFTextObj_GetText(
        handle, textpage, ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), n
    )
    return _utf16(buffer, n)


def _is_blank(table: _ObjectTable, j: int, textpage: Any) -> bool:
    if j not in table.blank:
        is_text = table.types[j] == pdfium_c.FPDF_PAGEOBJ_TEXT
        table.blank[j] = is_text and not _object_text(table.handles[j], textpage).strip()
    return table.blank[j]


def _space_between(table: _ObjectTable, a: int, b: int, textpage: Any) -> bool:
    """True when objects a..b are separated only by blank text objects (a dropped space)."""
    ia, ib = table.order.get(a), table.order.get(b)
    if ia is None or ib is None or ib <= ia + 1 or ib - ia > 8:
        return False
    return all(_is_blank(table, j, textpage) for j in range(ia + 1, ib))


_FAMILY_IDS: dict[str, int] = {}


def _family(table: _ObjectTable, address: int) -> int:
    """A small id for the font family of a text object (style suffixes removed)."""
    if address not in table.families:
        j = table.order.get(address)
        name = ""
        if j is not None:
            font = pdfium_c.FPDFTextObj_GetFont(table.handles[j])
            if font:
                n = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
                buffer = ctypes.create_string_buffer(max(n, 1))
                pdfium_c.FPDFFont_GetBaseFontName(font, buffer, n)
                name = buffer.value.decode("latin-1", "replace")
        table.families[address] = _FAMILY_IDS.setdefault(_family_name(name), len(_FAMILY_IDS))
    return table.families[address]


def _family_name(base_font: str) -> str:
    name = base_font.split("+", 1)[-1]
    for sep in (",", "-"):
        name = name.split(sep, 1)[0]
    for suffix in ("PSMT", "MT", "PS", "Bold", "Italic", "Oblique"):
        name = name.removesuffix(suffix)
    return name.lower()


def _char(code: int) -> str:
    if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
        return "\ufffd"
    ch = chr(code)
    ch = _CHAR_MAP.get(ch, ch)
    if ch < " " and ch not in "\n\t":
        return ""
    return ch


def _read_page_text(page: Any, textpage: Any) -> tuple[str, array[int], array[int]]:
    table = _object_table(page)
    out: list[str] = []
    index: array[int] = array("i")
    families: array[int] = array("i")
    prev_char, prev_obj = "\n", 0
    for i in range(pdfium_c.FPDFText_CountChars(textpage)):
        ch = _char(pdfium_c.FPDFText_GetUnicode(textpage, i))
        if not ch:
            continue
        obj = _address(pdfium_c.FPDFText_GetTextObject(textpage, i))
        if ch == "\n":
            _rstrip_line(out, index, families)
            if prev_char == "\n" and out and out[-1] == "\n" and _raw_code(textpage, i - 1) == 13:
                continue  # the "\n" of a "\r\n" pair
        elif (
            obj
            and prev_obj
            and obj != prev_obj
            and not ch.isspace()
            and not prev_char.isspace()
            and _space_between(table, prev_obj, obj, textpage)
        ):
            out.append(" ")
            index.append(-1)
            families.append(-1)
        out.append(ch)
        index.append(i)
        families.append(_family(table, obj) if obj else -1)
        prev_char, prev_obj = ch, obj
    _rstrip_line(out, index, families)
    while out and out[-1] == "\n":
        out.pop()
        index.pop()
        families.pop()
    return "".join(out), index, families


def _raw_code(textpage: Any, i: int) -> int:
    return int(pdfium_c.FPDFText_GetUnicode(textpage, i)) if i >= 0 else 0


def _rstrip_line(out: list[str], index: array[int], families: array[int]) -> None:
    while out and out[-1] in " \t":
        out.pop()
        index.pop()
        families.pop()


def _has_images(page: Any) -> bool:
    kinds = (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM)
    return any(
        pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(page, j)) in kinds
        for j in range(pdfium_c.FPDFPage_CountObjects(page))
    )


def _frame(page: Any) -> Frame:
    left, bottom, right, top = page.get_cropbox()
    return Frame(float(left), float(bottom), float(right), float(top), int(page.get_rotation()) % 360)


def _load_page(pdf: Any, i: int) -> tuple[Any, Any]:
    try:
        page = pdf[i]
        return page, page.get_textpage()
    except pdfium.PdfiumError as exc:
        raise ExtractionError(
            ErrorCode.PDF_CORRUPT, f"page {i + 1} of {len(pdf)} cannot be read: the PDF is damaged"
        ) from exc


# ---------------------------------------------------------------- document


def _extract_open(pdf: Any) -> Extracted:
    has_forms = pdfium_c.FPDF_GetFormType(pdf) != pdfium_c.FORMTYPE_NONE
    if has_forms:
        pdf.init_forms()
    locator = _Locator(pdf)
    pages: list[_PageText] = []
    body: list[BodyField] = []
    block: list[BlockField] = []
    seen: set[tuple[str, str]] = set()
    for i in range(len(pdf)):
        page, textpage = _load_page(pdf, i)
        text, index, families = _read_page_text(page, textpage)
        has_text = bool(text.strip())
        frame = _frame(page)
        pages.append(
            _PageText(i + 1, text, index, families, frame, has_text, not has_text and _has_images(page))
        )
        line_page = LinePage(i + 1, text, index, families, frame)
        found_body, found_block = checkbox_fields(page, textpage, line_page, locator.boxes_for(i, line_page))
        body += found_body + typed_fields(line_page)
        block += found_block
        if has_forms:
            block += acroform_fields(pdf, page, i + 1, frame, seen)
    return _build(pdf, pages, body, block, locator)


def _build(
    pdf: Any, pages: list[_PageText], body: list[BodyField], block: list[BlockField], locator: _Locator
) -> Extracted:
    parts: list[str] = []
    offset = 0
    for p in pages:
        if parts:
            parts.append(PAGE_SEPARATOR)
            offset += len(PAGE_SEPARATOR)
        p.start = offset
        parts.append(p.text)
        offset += len(p.text)
    starts = {p.number: p.start for p in pages}
    fields = [_body_field(f, starts[f.page]) for f in body]
    text = "".join(parts)
    block_text, block_fields = _block(block, len(text))
    text += block_text
    fields += block_fields
    needs_ocr = tuple(p.number for p in pages if p.needs_ocr)
    if not text.strip():
        _raise_textless(pages, needs_ocr)
    locator.set_pages(pages)
    return Extracted(
        text=text,
        format="pdf",
        pages=tuple(_page(pdf, p) for p in pages),
        needs_ocr=needs_ocr,
        warnings=tuple(f"page {n} has no text layer (needs_ocr)" for n in needs_ocr),
        fields=tuple(sorted(_dedupe(fields), key=lambda f: (f.span.start, f.span.end))),
        producer=_producer(pdf),
        locate=locator,
    )


def _raise_textless(pages: list[_PageText], needs_ocr: tuple[int, ...]) -> None:
    if needs_ocr:
        raise ExtractionError(
            ErrorCode.PDF_NEEDS_OCR,
            f"none of the {len(pages)} page(s) has a text layer (scanned images only); "
            "run OCR on the file (e.g. ocrmypdf) and try again",
        )
    raise ExtractionError(ErrorCode.EMPTY_DOCUMENT, f"the PDF's {len(pages)} page(s) contain no text")


def _page(pdf: Any, p: _PageText) -> Page:
    width, height = pdf.get_page_size(p.number - 1)
    return Page(
        number=p.number,
        span=Span(p.start, p.start + len(p.text), page=p.number),
        width=float(width),
        height=float(height),
        has_text_layer=p.has_text,
    )


def _body_field(f: BodyField, start: int) -> Field:
    value = Span(start + f.value_range[0], start + f.value_range[1])
    label_span = Span(start + f.label_range[0], start + f.label_range[1]) if f.label_range else None
    return Field(name=f.name, value=f.value, span=value, label=f.label, label_span=label_span)


def _block(block: list[BlockField], offset: int) -> tuple[str, list[Field]]:
    """The trailing "Form fields:" block: one "Label: value" line per field."""
    if not block:
        return "", []
    text = f"{PAGE_SEPARATOR}{FORM_BLOCK_HEADING}\n"
    fields: list[Field] = []
    for f in block:
        label_start = offset + len(text)
        value_start = label_start + len(f.label) + 2
        text += f"{f.label}: {f.value}\n"
        fields.append(
            Field(
                name=f.name,
                value=f.value,
                span=Span(value_start, value_start + len(f.value), page=f.page, bbox=f.bbox),
                label=f.label,
                label_span=Span(label_start, label_start + len(f.label), page=f.page, bbox=f.bbox),
            )
        )
    return text.rstrip("\n"), fields


def _dedupe(fields: list[Field]) -> Iterator[Field]:
    seen: set[tuple[int, int]] = set()
    for f in fields:
        key = (f.span.start, f.span.end)
        if key not in seen or f.span.start == f.span.end:
            seen.add(key)
            yield f


def _producer(pdf: Any) -> str | None:
    try:
        meta = pdf.get_metadata_dict(skip_empty=True)
    except pdfium.PdfiumError:
        return None
    names = [meta.get("Producer", "").strip(), meta.get("Creator", "").strip()]
    names = [n for i, n in enumerate(names) if n and n not in names[:i]]
    if not names:
        return None
    joined = names[0] if len(names) == 1 else f"{names[0]} ({names[1]})"
    return joined[:200]


# ---------------------------------------------------------------- locate


class _Locator:
    """``Extracted.locate``: page and bounding box of a character range.

    A range's box is the union of PDFium's text rectangles for it (computed in
    C, one per line); a page's text page is loaded on first use. Per-character
    boxes (float32 quadruples, NaN for inserted characters) are read only for
    pages whose checkbox labels need them. Keeps the PdfDocument open for as
    long as the Extracted lives.
    """

    def __init__(self, pdf: Any) -> None:
        self._pdf = pdf
        self._pages: list[_PageText] = []
        self._starts: list[int] = []
        self._boxes: dict[int, array[float]] = {}
        self._textpages: dict[int, Any] = {}

    def set_pages(self, pages: list[_PageText]) -> None:
        self._pages = pages
        self._starts = [p.start for p in pages]

    def boxes_for(self, i: int, page: LinePage) -> BoxSource:
        """A callable giving the page's char boxes, computed on first call."""

        def get() -> array[float]:
            if i not in self._boxes:
                self._boxes[i] = _char_boxes(self._pdf, i, page.text, page.index, page.frame)
            return self._boxes[i]

        return get

    def __call__(self, start: int, end: int) -> Span:
        i = bisect_right(self._starts, start) - 1
        if i < 0:
            return Span(start, end)
        p = self._pages[i]
        if start >= p.start + len(p.text):
            if i + 1 < len(self._pages) and end > self._pages[i + 1].start:
                i, p = i + 1, self._pages[i + 1]
            else:
                return Span(start, end)
        lo = max(start - p.start, 0)
        hi = min(end - p.start, len(p.text))
        with _LOCK:
            bbox = self._range_box(i, p, lo, hi)
        return Span(start, end, page=p.number, bbox=bbox)

    def _range_box(self, i: int, p: _PageText, lo: int, hi: int) -> BBox | None:
        """Union of PDFium's text rectangles (one per line) for page-local ``lo..hi``."""
        first = next((p.index[k] for k in range(lo, hi) if p.index[k] >= 0), -1)
        last = next((p.index[k] for k in range(hi - 1, lo - 1, -1) if p.index[k] >= 0), -1)
        if first < 0 or last < first:
            return None
        if i not in self._textpages:
            self._textpages[i] = self._pdf[i].get_textpage()
        textpage = self._textpages[i]
        x0 = y0 = math.inf
        x1 = y1 = -math.inf
        left, top, right, bottom = (ctypes.c_double() for _ in range(4))
        refs = (ctypes.byref(left), ctypes.byref(top), ctypes.byref(right), ctypes.byref(bottom))
        for r in range(pdfium_c.FPDFText_CountRects(textpage, first, last - first + 1)):
            if pdfium_c.FPDFText_GetRect(textpage, r, *refs):
                x0, x1 = min(x0, left.value), max(x1, right.value)
                y0, y1 = min(y0, bottom.value), max(y1, top.value)
        if x0 == math.inf:
            return None
        a, b, c, d = p.frame.to_top_left(x0, y0, x1, y1)
        return BBox(round(a, 2), round(b, 2), round(c, 2), round(d, 2))


def _char_boxes(pdf: Any, i: int, text: str, index: array[int], frame: Frame) -> array[float]:
    with _LOCK:
        textpage = pdf[i].get_textpage()
        boxes: array[float] = array("f", [math.nan]) * (4 * len(index))
        left, bottom, right, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
        refs = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
        for k, char_index in enumerate(index):
            if char_index < 0 or text[k].isspace():
                continue
            if not pdfium_c.FPDFText_GetCharBox(textpage, char_index, *refs):
                continue
            if frame.rotation == 0:
                quad = (
                    left.value - frame.left,
                    frame.top - top.value,
                    right.value - frame.left,
                    frame.top - bottom.value,
                )
            else:
                quad = frame.to_top_left(left.value, bottom.value, right.value, top.value)
            boxes[4 * k : 4 * k + 4] = array("f", quad)
        with suppress(Exception):
            textpage.close()
        return boxes
