"""The PDF rendering of a ``DocSpec``, laid out with reportlab's platypus.

Layout, A4 with 20 mm margins:

- on every page a header (``page_header``, with a rule under it) and a footer
  (``page_footer``; ``Page n of m`` at the right when neither has ``{page}``).
  Pages are counted after layout, so ``{pages}`` is the real page count. The
  header is drawn after the page's content but moved to the front of the page's
  content stream, so text extraction meets it first, as it meets a real header;
- the title, then headings and paragraphs;
- consecutive ``FieldRow`` blocks as one ruled table, a bold ``Label:`` cell and a
  value cell in which the value wraps: both start on the same baseline, so the
  extracted text reads ``Label: value`` on one line;
- a ``Checkbox`` as a small stroked square, crossed by two diagonal lines when
  ticked, followed by its label (``extractors.pdf_forms`` finds these);
- ``LogEntry`` blocks, for ``layout == "log"``, as a ruled table ``Date | Time |
  Officer | Details`` whose header row repeats on every page and whose details
  wrap; otherwise as paragraphs, the entry's header in bold. Rows move whole to
  the next page (a row taller than a page is split). The officer cell ends in a
  bracket whenever it can (the role, else the collar number: ``DC SMITH
  (1234AB)``): the extracted row is one line, cells joined by spaces, and a
  details cell starting with a capitalised word would otherwise be read as more
  of the officer's name (``PC JONES Rang Mary`` still is). The officer's type
  shrinks (to 7 pt) before it wraps;
- a ``Signature`` as ``Signed (role):`` and the name standing on a drawn line,
  then ``Date:`` and the date on another (blank lines when unsigned);
- a ``PageBreak`` as a page break.

Font: DejaVu Sans (``/usr/share/fonts/truetype/dejavu/``), embedded as a subset,
which covers Polish, Irish and other diacritics as well as ``– ’ £``; where it is
absent, Helvetica, which covers only WinAnsi: other characters then print as
black boxes (``FONT_NAME`` says which is in use). One family throughout, regular
and bold: the PDF extractor reads a change of font family as typed-in form values.

Deterministic: reportlab's invariant mode fixes the dates and document ID, and
nothing else varies (the same spec gives the same bytes in any process).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    LayoutError,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from corpus.blocks import Checkbox, DocSpec, FieldRow, Heading, LogEntry, Para, Signature, grouped
from corpus.blocks import PageBreak as PageBreakBlock

DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
FRAME_PADDING = 6  # platypus's default frame padding
FRAME_WIDTH = PAGE_WIDTH - 2 * (MARGIN + FRAME_PADDING)
LEFT, RIGHT = MARGIN + FRAME_PADDING, PAGE_WIDTH - MARGIN - FRAME_PADDING
_LOCK = threading.Lock()


def _register_fonts() -> tuple[str, str]:
    regular, bold = DEJAVU_DIR / "DejaVuSans.ttf", DEJAVU_DIR / "DejaVuSans-Bold.ttf"
    if regular.is_file() and bold.is_file():
        try:
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(regular)))
            pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
        except Exception:  # a damaged font file: fall back rather than fail every render
            return "Helvetica", "Helvetica-Bold"
        pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold")
        return "DejaVuSans", "DejaVuSans-Bold"
    return "Helvetica", "Helvetica-Bold"


FONT_NAME, BOLD_FONT_NAME = _register_fonts()


def _style(name: str, size: float, bold: bool = False, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=BOLD_FONT_NAME if bold else FONT_NAME,
        fontSize=size,
        leading=round(size * 1.25, 1),
        **kw,
    )


TITLE = _style("title", 14, bold=True, spaceAfter=8)
HEADINGS = {
    1: _style("h1", 11.5, bold=True, spaceBefore=8, spaceAfter=4),
    2: _style("h2", 10.5, bold=True, spaceBefore=6, spaceAfter=3),
    3: _style("h3", 10, bold=True, spaceBefore=4, spaceAfter=2),
}
BODY = _style("body", 9.5, spaceAfter=5)
CELL = _style("cell", 9)
CELL_BOLD = _style("cell_bold", 9, bold=True)
LOG_CELL = _style("log_cell", 8.5)
LOG_HEAD = _style("log_head", 8.5, bold=True)
OFFICER_SIZES = (8.5, 8.0, 7.5, 7.0)
OFFICER_WRAPPED = _style("officer_wrapped", OFFICER_SIZES[-1])
FURNITURE_SIZE = 8
GRID = colors.Color(0.35, 0.35, 0.35)

_RULED = [
    ("GRID", (0, 0), (-1, -1), 0.5, GRID),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
]
_PADDING = 8  # left + right
_FIELD_TABLE = [
    *_RULED,
    ("FONT", (0, 0), (0, -1), BOLD_FONT_NAME, CELL.fontSize, CELL.leading),
    ("FONT", (1, 0), (1, -1), FONT_NAME, CELL.fontSize, CELL.leading),
    ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.93, 0.93, 0.93)),
]
_LOG_TABLE = [
    *_RULED,
    ("FONT", (0, 0), (-1, 0), BOLD_FONT_NAME, LOG_HEAD.fontSize, LOG_HEAD.leading),
    ("FONT", (0, 1), (-1, -1), FONT_NAME, LOG_CELL.fontSize, LOG_CELL.leading),
    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
]
_LOG_WIDTHS = (22 * mm, 12 * mm, 44 * mm, FRAME_WIDTH - 78 * mm)
_SIGNATURE_TABLE = TableStyle(
    [
        ("FONT", (0, 0), (-1, -1), FONT_NAME, CELL.fontSize, CELL.leading),
        ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
        ("LINEBELOW", (3, 0), (3, 0), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 14),
    ]
)


def _markup(text: str) -> str:
    """Paragraph markup for plain text: ``& < >`` escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(_markup(text), style)


def _cell(text: str, style: ParagraphStyle, width: float) -> object:
    """A table cell: the plain string when it fits on one line (drawn by the table
    in the column's font, no markup parsing: much faster), else a wrapping
    Paragraph. Both put the first baseline at ``top - padding - fontSize``."""
    if "\n" not in text and pdfmetrics.stringWidth(text, style.fontName, style.fontSize) <= width - _PADDING:
        return text
    return _p(text, style)


# ---------------------------------------------------------------- flowables


class _Tick(Flowable):  # type: ignore[misc]
    """A tick box (an 8 pt stroked square, an X of two lines when ticked) and its label."""

    BOX = 8.0
    GAP = 5.0

    def __init__(self, label: str, checked: bool) -> None:
        super().__init__()
        self.label = _p(label, CELL)
        self.checked = checked
        self.label_height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, self.label_height = self.label.wrap(avail_width - self.BOX - self.GAP, avail_height)
        self.width, self.height = avail_width, self.label_height + 3
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        baseline = self.height - 3 - CELL.fontSize  # the label's first baseline
        x, y, s = 0.0, baseline - 1.0, self.BOX
        canv.setLineWidth(0.7)
        canv.rect(x, y, s, s, stroke=1, fill=0)
        if self.checked:
            canv.line(x + 1.5, y + 1.5, x + s - 1.5, y + s - 1.5)
            canv.line(x + 1.5, y + s - 1.5, x + s - 1.5, y + 1.5)
        self.label.drawOn(canv, self.BOX + self.GAP, 0)


def _label_width(labels: list[str]) -> float:
    widest = max(
        (pdfmetrics.stringWidth(label, BOLD_FONT_NAME, CELL_BOLD.fontSize) for label in labels), default=0
    )
    return float(min(max(widest + 14, 40 * mm), FRAME_WIDTH * 0.55))


def _field_table(rows: list[FieldRow], split_rows: bool) -> Table:
    labels = [r.label.value.rstrip().rstrip(":") + ":" for r in rows]
    width = _label_width(labels)
    rest = FRAME_WIDTH - width
    data = [
        [_cell(label, CELL_BOLD, width), _cell(r.value.value, CELL, rest)]
        for label, r in zip(labels, rows, strict=True)
    ]
    return Table(
        data,
        colWidths=(width, rest),
        style=TableStyle(_FIELD_TABLE),
        hAlign="LEFT",
        splitInRow=int(split_rows),
    )


def _officer(entry: LogEntry) -> str:
    """``DC 1234AB SMITH (FLO)``; without a role ``DC SMITH (1234AB)``: always closed by a bracket."""
    if entry.role:
        words = " ".join(w for w in (entry.rank, entry.collar, entry.author) if w)
        return f"{words} ({entry.role})"
    words = " ".join(w for w in (entry.rank, entry.author) if w)
    return f"{words} ({entry.collar})" if entry.collar else words


def _officer_size(text: str) -> float | None:
    """The largest type size at which the officer fits the column on one line, if any."""
    room = _LOG_WIDTHS[2] - _PADDING
    for size in OFFICER_SIZES:
        if pdfmetrics.stringWidth(text, FONT_NAME, size) <= room:
            return size
    return None


def _log_table(entries: list[LogEntry], split_rows: bool) -> Table:
    data: list[list[object]] = [["Date", "Time", "Officer", "Details"]]
    commands = list(_LOG_TABLE)
    for row, e in enumerate(entries, start=1):
        date = e.when.strftime("%d/%m/%Y") if e.when else ""
        time = e.when.strftime("%H:%M") if e.when and not e.date_only else ""
        officer: object = _officer(e)
        size = _officer_size(str(officer))
        if size is None:  # wraps: the extracted text then breaks the line inside the officer
            officer = _p(str(officer), OFFICER_WRAPPED)
        elif size != LOG_CELL.fontSize:
            commands.append(("FONTSIZE", (2, row), (2, row), size))
        data.append([date, time, officer, _cell(e.body.value, LOG_CELL, _LOG_WIDTHS[3])])
    return Table(
        data,
        colWidths=_LOG_WIDTHS,
        style=TableStyle(commands),
        repeatRows=1,
        hAlign="LEFT",
        splitInRow=int(split_rows),
    )


def _signature(block: Signature) -> Table:
    role = f"Signed ({block.role.value}):"
    first = pdfmetrics.stringWidth(role, FONT_NAME, CELL.fontSize) + 8
    widths = (first, 62 * mm, 12 * mm, 32 * mm)
    data = [
        [role, _cell(block.name.value, CELL, widths[1]), "Date:", _cell(block.when.value, CELL, widths[3])]
    ]
    return Table(data, colWidths=widths, style=_SIGNATURE_TABLE, hAlign="LEFT")


def _story(spec: DocSpec, split_rows: bool) -> list[Flowable]:
    story: list[Flowable] = [_p(spec.title.value, TITLE)]
    for group in grouped(spec.blocks):
        first = group[0]
        if isinstance(first, FieldRow):
            story += [_field_table([b for b in group if isinstance(b, FieldRow)], split_rows), Spacer(0, 6)]
        elif isinstance(first, LogEntry):
            entries = [b for b in group if isinstance(b, LogEntry)]
            if spec.layout == "log":
                story += [_log_table(entries, split_rows), Spacer(0, 6)]
            else:
                for e in entries:
                    markup = f"<b>{_markup(e.header.value)}</b> {_markup(e.body.value)}"
                    story.append(Paragraph(markup, BODY))
        elif isinstance(first, Heading):
            story.append(_p(first.text.value, HEADINGS[min(max(first.level, 1), 3)]))
        elif isinstance(first, Para):
            story.append(_p(first.text.value, BODY))
        elif isinstance(first, Checkbox):
            story.append(_Tick(first.label.value, first.checked))
        elif isinstance(first, Signature):
            story.append(_signature(first))
        elif isinstance(first, PageBreakBlock):
            story.append(PageBreak())
    return story


# ---------------------------------------------------------------- pages


def _fill(template: str, page: int, pages: int) -> str:
    return template.format(page=page, pages=pages)


class _PagedCanvas(Canvas):  # type: ignore[misc]
    """Holds every page back until the end, to number them ``n of m`` and put the
    header at the front of each page's content stream."""

    def __init__(self, *args: Any, header: str, footer: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = (header, footer)
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._held)
        header, footer = self._furniture
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            mark = len(self._code)
            self._draw_header(_fill(header, number, pages) if header else "")
            drawn = self._code[mark:]
            del self._code[mark:]
            self._code[0:0] = drawn
            self._draw_footer(_fill(footer, number, pages) if footer else "", number, pages)
            Canvas.showPage(self)
        Canvas.save(self)

    def _draw_header(self, text: str) -> None:
        if not text:
            return
        self.saveState()
        self.setFont(FONT_NAME, FURNITURE_SIZE)
        self.drawString(LEFT, PAGE_HEIGHT - 12 * mm, text)
        self.setLineWidth(0.4)
        self.line(LEFT, PAGE_HEIGHT - 13.5 * mm, RIGHT, PAGE_HEIGHT - 13.5 * mm)
        self.restoreState()

    def _draw_footer(self, text: str, page: int, pages: int) -> None:
        header, footer = self._furniture
        self.saveState()
        self.setFont(FONT_NAME, FURNITURE_SIZE)
        if text:
            self.drawCentredString(PAGE_WIDTH / 2, 10 * mm, text)
        if "{page}" not in header and "{page}" not in footer:
            self.drawRightString(RIGHT, 10 * mm, f"Page {page} of {pages}")
        self.restoreState()


def _maker(spec: DocSpec) -> Callable[..., Canvas]:
    return partial(_PagedCanvas, header=spec.page_header, footer=spec.page_footer)


def _build(spec: DocSpec, split_rows: bool) -> bytes:
    out = BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=spec.title.value,
        subject=spec.form,
        author="",
        invariant=1,
        pageCompression=1,
        initialFontName=FONT_NAME,
    )
    doc.build(_story(spec, split_rows), canvasmaker=_maker(spec))
    return out.getvalue()


def render_pdf(spec: DocSpec) -> bytes:
    """``spec`` as the bytes of a PDF; the same spec always gives the same bytes.

    Table rows move whole to the next page when they do not fit (as a log row
    usually does on paper); only a document with a row taller than a page is laid
    out again with rows allowed to split.
    """
    # One build at a time: reportlab's font subsetting state is shared between
    # documents, and ASCII85 stream encoding (pure Python without rl_accel, a
    # sixth of the time, and 25 % larger files) is a process-wide setting.
    with _LOCK:
        a85 = rl_config.useA85
        rl_config.useA85 = 0
        try:
            try:
                return _build(spec, split_rows=False)
            except LayoutError:
                return _build(spec, split_rows=True)
        finally:
            rl_config.useA85 = a85
