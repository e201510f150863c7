"""Form fields of a PDF page: AcroForm widgets, drawn checkboxes, typed-in values.

Three sources, all found with PDFium (callers hold ``extractors.pdf._LOCK``):

- AcroForm widgets (text fields, ticked checkboxes, chosen radio buttons), whose
  values are not in the page text: they go to the trailing "Form fields:" block.
- Checkboxes drawn as small stroked squares, ticked by a drawn X/tick (diagonal
  lines or curves), a filled inner square, or a glyph inside the square; also
  ballot-box glyphs in the text (☒ ☐). The label is the text beside the box on
  the same line. When the row has a question ("Gender:" before the boxes, or
  "Criminal charges filed?" after Yes/No), the field is the question with the
  ticked option's own words in the page text as its value; otherwise the
  option becomes a field with value "[X]" in the trailing block.
- Typed-in values of a filled form whose answers use another font family than
  the printed labels ("Date of Incident:" in Arial, "01/09/2015" in Times).
"""

from __future__ import annotations

import ctypes
import math
import re
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import pypdfium2.raw as pdfium_c

from auditor.document import BBox
from extractors.structure.field_names import canonical_name

BoxSource = Callable[[], "array[float]"]
TICK = "[X]"
_TICKED_GLYPHS = frozenset("☒☑✓✔✗✘\uf0fd\uf0fe\uf0fc\uf0fb")
_EMPTY_GLYPHS = frozenset("☐□❑\uf0a8\uf06f")
_OPTION_MAX_WORDS = 4
_NAME_MAX_WORDS = 6


@dataclass(frozen=True, slots=True)
class Frame:
    """A page's crop box and rotation, to turn PDF coordinates into top-left ones."""

    left: float
    bottom: float
    right: float
    top: float
    rotation: int = 0

    def to_top_left(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        corners = [self._point(x, y) for x, y in ((x0, y0), (x1, y1))]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        return min(xs), min(ys), max(xs), max(ys)

    def _point(self, x: float, y: float) -> tuple[float, float]:
        if self.rotation == 90:
            return y - self.bottom, x - self.left
        if self.rotation == 180:
            return self.right - x, y - self.bottom
        if self.rotation == 270:
            return self.top - y, self.right - x
        return x - self.left, self.top - y


@dataclass(frozen=True, slots=True)
class LinePage:
    """One page's text with, per character, its PDFium index and font family id."""

    number: int
    text: str
    index: array[int]
    families: array[int]
    frame: Frame


@dataclass(frozen=True, slots=True)
class BodyField:
    """A field whose value is in the page text (ranges are page-local offsets)."""

    name: str
    label: str
    value: str
    value_range: tuple[int, int]
    label_range: tuple[int, int] | None
    page: int


@dataclass(frozen=True, slots=True)
class BlockField:
    """A field whose value goes to the trailing "Form fields:" block."""

    name: str
    label: str
    value: str
    page: int
    bbox: BBox | None


def field_name(label: str) -> str:
    """The canonical name of a known label (``structure.field_names``), else a
    snake_case name from the label's first clause, at most six words."""
    known = canonical_name(label.rstrip(": "))
    if known is not None:
        return known
    label = re.sub(r"[’'‘“”\"]", "", label)
    head = re.split(r"[?:(]", label, maxsplit=1)[0]
    first, _, _ = head.partition(",")
    if len(first.split()) >= 3:
        head = first
    words = re.sub(r"[^0-9a-z]+", " ", _uncamel(head).lower()).split()
    return "_".join(words[:_NAME_MAX_WORDS]) or "field"


def _uncamel(text: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)


# ---------------------------------------------------------------- AcroForm


def _widget_text(func: Any, formenv: Any, annot: Any) -> str:
    n = func(formenv, annot, None, 0)
    if n <= 2:
        return ""
    buffer = ctypes.create_string_buffer(n)
    func(formenv, annot, ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), n)
    return bytes(buffer)[: n - 2].decode("utf-16-le", "replace")


def _label_from_name(name: str) -> str:
    """ "form1[0].page1[0].DeceasedName[0]" -> "Deceased Name"."""
    last = re.sub(r"\[\d+\]", "", name).split(".")[-1]
    return " ".join(_uncamel(last).replace("_", " ").split()) or name


def acroform_fields(
    pdf: Any, page: Any, number: int, frame: Frame, seen: set[tuple[str, str]]
) -> list[BlockField]:
    """Filled text fields, ticked checkboxes and chosen radio buttons of one page."""
    formenv = pdf.formenv
    found: list[BlockField] = []
    for k in range(pdfium_c.FPDFPage_GetAnnotCount(page)):
        annot = pdfium_c.FPDFPage_GetAnnot(page, k)
        if not annot:
            continue
        try:
            field = _widget(formenv, annot, number, frame)
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
        if field is not None and (field.name, field.value) not in seen:
            seen.add((field.name, field.value))
            found.append(field)
    return found


def _widget(formenv: Any, annot: Any, number: int, frame: Frame) -> BlockField | None:
    if pdfium_c.FPDFAnnot_GetSubtype(annot) != pdfium_c.FPDF_ANNOT_WIDGET:
        return None
    kind = pdfium_c.FPDFAnnot_GetFormFieldType(formenv, annot)
    name = _widget_text(pdfium_c.FPDFAnnot_GetFormFieldName, formenv, annot)
    label = _widget_text(pdfium_c.FPDFAnnot_GetFormFieldAlternateName, formenv, annot).strip()
    label = " ".join((label or _label_from_name(name)).split())
    if kind in (pdfium_c.FPDF_FORMFIELD_CHECKBOX, pdfium_c.FPDF_FORMFIELD_RADIOBUTTON):
        if not pdfium_c.FPDFAnnot_IsChecked(formenv, annot):
            return None
        value = TICK
        if kind == pdfium_c.FPDF_FORMFIELD_RADIOBUTTON:
            value = _widget_text(pdfium_c.FPDFAnnot_GetFormFieldExportValue, formenv, annot) or TICK
    elif kind in (
        pdfium_c.FPDF_FORMFIELD_TEXTFIELD,
        pdfium_c.FPDF_FORMFIELD_COMBOBOX,
        pdfium_c.FPDF_FORMFIELD_LISTBOX,
    ):
        value = _widget_text(pdfium_c.FPDFAnnot_GetFormFieldValue, formenv, annot)
        value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    else:
        return None
    return BlockField(field_name(label), label.rstrip(":"), value, number, _annot_box(annot, frame))


def _annot_box(annot: Any, frame: Frame) -> BBox | None:
    rect = pdfium_c.FS_RECTF()
    if not pdfium_c.FPDFAnnot_GetRect(annot, rect):
        return None
    x0, y0, x1, y1 = frame.to_top_left(rect.left, rect.bottom, rect.right, rect.top)
    return BBox(round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2))


# ---------------------------------------------------------------- checkboxes


@dataclass(frozen=True, slots=True)
class _Rect:
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2

    def holds(self, x: float, y: float, margin: float = 1.5) -> bool:
        return self.x0 - margin <= x <= self.x1 + margin and self.top - margin <= y <= self.bottom + margin

    def bbox(self) -> BBox:
        return BBox(round(self.x0, 2), round(self.top, 2), round(self.x1, 2), round(self.bottom, 2))


@dataclass(frozen=True, slots=True)
class _Box:
    rect: _Rect
    ticked: bool


@dataclass(frozen=True, slots=True)
class _Char:
    k: int  # page-local text offset
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


def _path_points(obj: Any) -> list[tuple[int, float, float]]:
    x, y = ctypes.c_float(), ctypes.c_float()
    points = []
    for s in range(pdfium_c.FPDFPath_CountSegments(obj)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, s)
        if segment and pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y)):
            points.append((int(pdfium_c.FPDFPathSegment_GetType(segment)), x.value, y.value))
    return points


def _shape(points: list[tuple[int, float, float]]) -> str:
    """ "square", "mark" (diagonal lines or curves) or "" for a small path."""
    if len(points) < 2:
        return ""
    xs, ys = [p[1] for p in points], [p[2] for p in points]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    diagonal = curved = False
    straight = 0
    for (_, px, py), (kind, qx, qy) in pairwise(points):
        if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            curved = True
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO:
            dx, dy = abs(qx - px), abs(qy - py)
            if dx > 0.25 * width and dy > 0.25 * height:
                diagonal = True
            elif dx < 0.5 or dy < 0.5:
                straight += 1
    if diagonal or curved:
        return "mark"
    return "square" if straight >= 3 else ""


def _page_rect(obj: Any, frame: Frame) -> _Rect | None:
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not pdfium_c.FPDFPageObj_GetBounds(
        obj, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top)
    ):
        return None
    return _Rect(*frame.to_top_left(left.value, bottom.value, right.value, top.value))


def _draw_mode(obj: Any) -> tuple[int, bool]:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
    return fill.value, bool(stroke.value)


def _drawn_boxes(page: Any, textpage: Any, text: str, index: array[int], frame: Frame) -> list[_Box]:
    squares: list[_Rect] = []
    marks: list[_Rect] = []
    for j in range(pdfium_c.FPDFPage_CountObjects(page)):
        obj = pdfium_c.FPDFPage_GetObject(page, j)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        rect = _page_rect(obj, frame)
        if rect is None or not (3 <= rect.width <= 24 and 3 <= rect.height <= 24):
            continue
        shape = _shape(_path_points(obj))
        fill, stroke = _draw_mode(obj)
        if shape == "square" and stroke and 0.75 <= rect.width / rect.height <= 1.33:
            squares.append(rect)
        elif shape == "mark" or (shape == "square" and fill and not stroke):
            marks.append(rect)
    by_index = {i: k for k, i in enumerate(index) if i >= 0}
    return [_Box(sq, _is_ticked(sq, marks, page, textpage, text, by_index)) for sq in _unique(squares)]


def _unique(rects: list[_Rect]) -> list[_Rect]:
    out: list[_Rect] = []
    for r in rects:
        if not any(abs(r.cx - o.cx) < 1 and abs(r.cy - o.cy) < 1 for o in out):
            out.append(r)
    return out


def _is_ticked(
    box: _Rect, marks: list[_Rect], page: Any, textpage: Any, text: str, by_index: dict[int, int]
) -> bool:
    for m in marks:
        if m.width <= box.width * 1.4 and m.height <= box.height * 1.4 and box.holds(m.cx, m.cy):
            return True
    return _glyph_inside(box, page, textpage, text, by_index)


def _glyph_inside(box: _Rect, page: Any, textpage: Any, text: str, by_index: dict[int, int]) -> bool:
    """A typed "X" or tick glyph sitting inside the square."""
    x, y = _pdf_point(page, box.cx, box.cy)
    i = pdfium_c.FPDFText_GetCharIndexAtPos(textpage, x, y, box.width / 3, box.height / 3)
    k = by_index.get(int(i), -1)
    return k >= 0 and not text[k].isspace()


def _pdf_point(page: Any, x: float, y: float) -> tuple[float, float]:
    """The inverse of ``Frame.to_top_left`` for one point."""
    left, bottom, right, top = page.get_cropbox()
    rotation = int(page.get_rotation()) % 360
    if rotation == 90:
        return left + y, bottom + x
    if rotation == 180:
        return right - x, bottom + y
    if rotation == 270:
        return right - y, top - x
    return left + x, top - y


def _glyph_boxes(text: str, boxes: array[float]) -> list[_Box]:
    found = []
    for k, ch in enumerate(text):
        if ch in _TICKED_GLYPHS or ch in _EMPTY_GLYPHS:
            rect = _char_rect(boxes, k)
            if rect is not None:
                found.append(_Box(rect, ch in _TICKED_GLYPHS))
    return found


def _char_rect(boxes: array[float], k: int) -> _Rect | None:
    x0 = boxes[4 * k]
    if math.isnan(x0):
        return None
    return _Rect(x0, boxes[4 * k + 1], boxes[4 * k + 2], boxes[4 * k + 3])


def checkbox_fields(
    page: Any, textpage: Any, lp: LinePage, boxes: BoxSource
) -> tuple[list[BodyField], list[BlockField]]:
    """Fields for the ticked checkboxes of one page."""
    found = _drawn_boxes(page, textpage, lp.text, lp.index, lp.frame)
    has_glyphs = any(ch in _TICKED_GLYPHS or ch in _EMPTY_GLYPHS for ch in lp.text)
    if not any(b.ticked for b in found) and not has_glyphs:
        return [], []
    char_boxes = boxes()
    found += _glyph_boxes(lp.text, char_boxes) if has_glyphs else []
    chars = [
        _Char(k, *rect_t)
        for k, ch in enumerate(lp.text)
        if not ch.isspace() and ch not in _TICKED_GLYPHS | _EMPTY_GLYPHS
        for rect_t in [_char_tuple(char_boxes, k)]
        if rect_t is not None
    ]
    body: list[BodyField] = []
    block: list[BlockField] = []
    for row in _rows(found):
        b, k = _row_fields(row, chars, lp)
        body += b
        block += k
    return body, block


def _char_tuple(boxes: array[float], k: int) -> tuple[float, float, float, float] | None:
    rect = _char_rect(boxes, k)
    return None if rect is None else (rect.x0, rect.top, rect.x1, rect.bottom)


def _rows(boxes: list[_Box]) -> list[list[_Box]]:
    rows: list[list[_Box]] = []
    for box in sorted(boxes, key=lambda b: (round(b.rect.cy), b.rect.x0)):
        if rows and abs(rows[-1][0].rect.cy - box.rect.cy) <= 3:
            rows[-1].append(box)
        else:
            rows.append([box])
    return [sorted(r, key=lambda b: b.rect.x0) for r in rows]


def _clusters(chars: list[_Char], gap: float) -> list[list[_Char]]:
    """Split x-sorted characters where the horizontal gap exceeds ``gap``."""
    out: list[list[_Char]] = []
    for c in chars:
        if out and c.x0 - out[-1][-1].x1 <= gap:
            out[-1].append(c)
        else:
            out.append([c])
    return out


def _contiguous(text: str, chars: Iterable[_Char]) -> tuple[int, int] | None:
    """The text range of these characters if nothing else lies between them."""
    ks = {c.k for c in chars}
    if not ks:
        return None
    lo, hi = min(ks), max(ks) + 1
    if any(not text[k].isspace() and k not in ks for k in range(lo, hi)):
        return None
    while hi > lo and text[hi - 1] in ":":
        hi -= 1
    return (lo, hi) if hi > lo else None


def _split_family(chars: list[_Char], families: array[int]) -> list[_Char]:
    """Cut a run of characters at the first change of font family."""
    if not chars:
        return chars
    first = families[chars[0].k]
    for n, c in enumerate(chars):
        if families[c.k] != first:
            return chars[:n]
    return chars


@dataclass(frozen=True, slots=True)
class _Option:
    box: _Box
    chars: list[_Char]
    rest: list[_Char]


def _row_fields(
    row: list[_Box], chars: list[_Char], lp: LinePage
) -> tuple[list[BodyField], list[BlockField]]:
    top = min(b.rect.top for b in row) - 2
    bottom = max(b.rect.bottom for b in row) + 2
    height = max(b.rect.height for b in row)
    gap = max(0.6 * height, 4.0)
    line = sorted((c for c in chars if top <= c.cy <= bottom), key=lambda c: c.x0)
    options = _options(row, line, gap)
    question = _question(row, line, options, gap, lp)
    body: list[BodyField] = []
    block: list[BlockField] = []
    for option in options:
        if not option.box.ticked:
            continue
        value = _contiguous(lp.text, option.chars)
        if question is not None and value is not None:
            label = lp.text[question[0] : question[1]]
            body.append(
                BodyField(field_name(label), label, lp.text[value[0] : value[1]], value, question, lp.number)
            )
            continue
        label = lp.text[value[0] : value[1]] if value else _joined(lp.text, option.chars)
        if question is not None:
            label = lp.text[question[0] : question[1]]
        if label:
            block.append(BlockField(field_name(label), label, TICK, lp.number, option.box.rect.bbox()))
    return body, block


def _options(row: list[_Box], line: list[_Char], gap: float) -> list[_Option]:
    options = []
    for n, box in enumerate(row):
        limit = row[n + 1].rect.x0 - 0.5 if n + 1 < len(row) else math.inf
        after = [c for c in line if box.rect.x1 - 1 <= c.x0 < limit]
        clusters = _clusters(after, gap)
        if clusters and clusters[0][0].x0 - box.rect.x1 <= 2.5 * box.rect.width:
            rest = [c for cl in clusters[1:] for c in cl]
            options.append(_Option(box, clusters[0], rest))
        else:
            options.append(_Option(box, [], after))
    return options


def _question(
    row: list[_Box], line: list[_Char], options: list[_Option], gap: float, lp: LinePage
) -> tuple[int, int] | None:
    """The row's question: text ending in ':' or '?' just before the first box, or
    the text after the last short option (Yes / No / Not Applicable)."""
    before = _clusters([c for c in line if c.x1 <= row[0].rect.x0 + 0.5], gap)
    if before:
        last = before[-1]
        if row[0].rect.x0 - last[-1].x1 <= 8 * row[0].rect.width and _ends_label(lp.text, last):
            return _question_range(lp.text, last)
    short = all(len(_joined(lp.text, o.chars).split()) <= _OPTION_MAX_WORDS for o in options)
    rest = _split_family(options[-1].rest, lp.families) if options else []
    if short and rest:
        return _question_range(lp.text, rest)
    return None


def _ends_label(text: str, cluster: list[_Char]) -> bool:
    return bool(cluster) and _LABEL_END.search(_joined(text, cluster)) is not None


_LABEL_END = re.compile(r"[:?]\s*$")


def _question_range(text: str, chars: list[_Char]) -> tuple[int, int] | None:
    ks = sorted(c.k for c in chars)
    if not ks:
        return None
    lo, hi = ks[0], ks[-1] + 1
    while hi > lo and text[hi - 1] == ":":
        hi -= 1
    return (lo, hi) if hi > lo else None


def _joined(text: str, chars: list[_Char]) -> str:
    """The characters' text in x order, with a space at each visible gap."""
    out = ""
    prev: _Char | None = None
    for c in chars:
        if prev is not None and c.x0 - prev.x1 > 1.0:
            out += " "
        out += text[c.k]
        prev = c
    return out


# ---------------------------------------------------------------- typed values


def _line_ranges(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in re.finditer(r"\n", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _runs(text: str, families: array[int], lo: int, hi: int) -> list[tuple[int, int, int]]:
    """(family, first, last+1) runs of non-space characters of one line."""
    runs: list[tuple[int, int, int]] = []
    for k in range(lo, hi):
        if text[k].isspace():
            continue
        fam = families[k]
        if runs and runs[-1][0] == fam:
            runs[-1] = (fam, runs[-1][1], k + 1)
        else:
            runs.append((fam, k, k + 1))
    return runs


def typed_fields(lp: LinePage) -> list[BodyField]:
    """Values typed into a printed form in another font family than its labels."""
    lines = _line_ranges(lp.text)
    runs = [_runs(lp.text, lp.families, lo, hi) for lo, hi in lines]
    if len({r[0] for rs in runs for r in rs if r[0] >= 0}) < 2:
        return []
    found: list[BodyField] = []
    for n, line_runs in enumerate(runs):
        found += _inline_fields(lp, runs, n, line_runs)
        found += _block_fields(lp, runs, n)
    return found


def _inline_fields(
    lp: LinePage, runs: list[list[tuple[int, int, int]]], n: int, line_runs: list[tuple[int, int, int]]
) -> list[BodyField]:
    found = []
    for r, (fam, lo, hi) in enumerate(line_runs[:-1]):
        nxt = line_runs[r + 1]
        if fam < 0 or nxt[0] < 0 or nxt[0] == fam or lp.text[hi - 1] not in ":?":
            continue
        label_lo = _label_start(lp.text, lo, hi)
        value_hi = nxt[2]
        if r + 1 == len(line_runs) - 1:
            value_hi = _continue(runs, n, nxt[0], value_hi)
        found.append(_typed(lp, (label_lo, hi), (nxt[1], value_hi)))
    return found


def _block_fields(lp: LinePage, runs: list[list[tuple[int, int, int]]], n: int) -> list[BodyField]:
    """A label line ending in ':' or '?' followed by lines typed in another font family."""
    line_runs = runs[n]
    if len(line_runs) != 1 or n + 1 >= len(runs) or line_runs[0][0] < 0:
        return []
    fam, _, hi = line_runs[0]
    following = runs[n + 1]
    if lp.text[hi - 1] not in ":?" or not following:
        return []
    value_fam = following[0][0]
    if value_fam < 0 or value_fam == fam or any(r[0] != value_fam for r in following):
        return []
    value = (following[0][1], _continue(runs, n + 1, value_fam, following[-1][2]))
    if not any(ch.isalnum() for ch in lp.text[value[0] : value[1]]):
        return []
    label_lo = _label_top(lp.text, runs, n, fam)
    if len(lp.text[label_lo:hi].split()) > _LABEL_MAX_WORDS:
        return []
    return [_typed(lp, (label_lo, hi), value)]


def _label_top(text: str, runs: list[list[tuple[int, int, int]]], n: int, fam: int) -> int:
    """Where a label that ends on line n starts: earlier lines in its font that
    do not end a sentence or another label (at most four lines)."""
    m = n
    while m > 0 and n - m < 3 and len(runs[m - 1]) == 1 and runs[m - 1][0][0] == fam:
        lo, hi = runs[m - 1][0][1], runs[m - 1][0][2]
        if _LINE_END.search(text[lo:hi]) or text[lo:hi].isdigit():
            break
        m -= 1
    return runs[m][0][1]


_LINE_END = re.compile(r"(?:[:?)]|(?<![\s.][A-Za-z]{2})(?<![\s.][A-Za-z])\.)$")
_LABEL_MAX_WORDS = 40


def _continue(runs: list[list[tuple[int, int, int]]], n: int, fam: int, end: int) -> int:
    """Extend a value over the following lines written wholly in its font family."""
    for line_runs in runs[n + 1 :]:
        if not line_runs or any(r[0] != fam for r in line_runs):
            break
        end = line_runs[-1][2]
    return end


def _label_start(text: str, lo: int, hi: int) -> int:
    """Start of the last clause of a label run ("Yes No Filed? If yes, whom?" -> "If yes, whom?")."""
    cut = max(text.rfind(":", lo, hi - 1), text.rfind("?", lo, hi - 1))
    start = cut + 1 if cut >= 0 else lo
    while start < hi and text[start].isspace():
        start += 1
    return start


def _typed(lp: LinePage, label: tuple[int, int], value: tuple[int, int]) -> BodyField:
    lo, hi = label
    while hi > lo and lp.text[hi - 1] == ":":
        hi -= 1
    label_text = lp.text[lo:hi]
    return BodyField(
        field_name(label_text), label_text, lp.text[value[0] : value[1]], value, (lo, hi), lp.number
    )
