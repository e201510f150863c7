"""The Word (.docx) rendering of a ``DocSpec``.

Layout:

- the title in Word's ``Title`` style, headings as ``Heading 1..3``;
- ``page_header`` and ``page_footer`` in real header and footer parts, ``{page}``
  and ``{pages}`` as ``PAGE`` and ``NUMPAGES`` fields (cached results: 1 and the
  spec's page count, which Word updates on opening); without a ``{page}`` in
  either, the footer gets ``Page X of Y``;
- consecutive ``FieldRow`` blocks as one bordered two-column table (``Table
  Grid``) whose label cell ends with ``:``, so the text reads ``Label: value``;
- a ``Checkbox`` as ``☒ label`` / ``☐ label``;
- ``LogEntry`` blocks as ``header body`` paragraphs (the header in bold), or for
  ``layout == "log"`` as a table ``Date/Time | Officer | Contact/Method |
  Details`` whose header row repeats on every page;
- a ``Signature`` as ``Signed (role): name   Date: when``, an underlined blank
  where unsigned; a ``PageBreak`` as a real page break.

How it is built, for speed and determinism. python-docx builds the package once,
at first use: the default template with A4 pages, 20 mm margins, Arial 10 pt,
real header and footer parts referenced by the section, and without the parts
nobody reads (Word 2010 styles, thumbnail, custom XML). Every render then writes
only what changes: the body of ``word/document.xml`` and the content of the
header and footer parts, as WordprocessingML spliced between the template's own
serialised prefix and suffix, and ``docProps/core.xml``. The zip is written here,
not by ``zipfile``: the static parts are compressed once, every entry carries
the same fixed timestamp, the entries are sorted (content types first), and the core
properties' dates derive from the document (its latest entry, else 2020-01-01).
Building through python-docx's object API costs 45-50 ms a document (style
look-ups scan all 164 styles; ``Document()`` alone parses 350 kB of styles); this
way a three-page document takes about 1 ms, and the same spec gives the same
bytes in any process.
"""

from __future__ import annotations

import re
import struct
import threading
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from typing import Any

import docx
from docx.shared import Mm, Pt

from corpus.blocks import (
    Checkbox,
    DocSpec,
    FieldRow,
    Heading,
    LogEntry,
    PageBreak,
    Para,
    Signature,
    grouped,
)
from corpus.render.text import count_pages

DEFAULT_DATE = datetime(2020, 1, 1, 9, 0)
_BLANK = "\u00a0" * 24  # an underlined run of no-break spaces: the line to sign on
_BLANK_DATE = "\u00a0" * 12
_FIELD_TOKEN = re.compile(r"(\{page\}|\{pages\})")
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BREAKS = re.compile(r"(\n|\t)")
_LOG_COLUMNS = ("Date/Time", "Officer", "Contact/Method", "Details")
_MM = 1440 / 25.4  # twips per millimetre
_LOG_WIDTHS = tuple(round(w * _MM) for w in (28, 38, 32, 72))
_FIELD_WIDTHS = tuple(round(w * _MM) for w in (62, 108))
_CHECKBOX_FONT = '<w:rFonts w:ascii="Segoe UI Symbol" w:hAnsi="Segoe UI Symbol"/>'
# Parts of the default template nobody reads: Word 2010 styles, a thumbnail, custom XML.
_DROP_RELTYPE_SUFFIXES = ("/stylesWithEffects", "/customXml", "/thumbnail")
_MARK = "@@corpus-content@@"


# ---------------------------------------------------------------- zip


@dataclass(frozen=True, slots=True)
class _Member:
    name: bytes
    crc: int
    size: int
    data: bytes  # raw deflate stream


def _member(name: str, blob: bytes) -> _Member:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    data = compressor.compress(blob) + compressor.flush()
    return _Member(name.encode("ascii"), zlib.crc32(blob), len(blob), data)


def _dos_time(when: datetime) -> tuple[int, int]:
    when = min(max(when, datetime(1980, 1, 1)), datetime(2107, 12, 31))
    return (
        (when.hour << 11) | (when.minute << 5) | (when.second // 2),
        ((when.year - 1980) << 9) | (when.month << 5) | when.day,
    )


def _zip(members: list[_Member], when: datetime) -> bytes:
    """A plain deflated zip with one fixed timestamp: as deterministic as its input."""
    dos_time, dos_date = _dos_time(when)
    out = BytesIO()
    central: list[bytes] = []
    for m in members:
        offset = out.tell()
        fixed = (20, 0, 8, dos_time, dos_date, m.crc, len(m.data), m.size, len(m.name))
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *fixed, 0))
        out.write(m.name)
        out.write(m.data)
        central.append(
            struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fixed, 0, 0, 0, 0, 0, offset) + m.name
        )
    start = out.tell()
    for record in central:
        out.write(record)
    size = out.tell() - start
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), size, start, 0))
    return out.getvalue()


# ---------------------------------------------------------------- template


def _split(blob: bytes, start_tag: bytes, end_tag: bytes) -> tuple[bytes, bytes]:
    """The blob before the marker paragraph and after ``end_tag`` (or from it, for sectPr)."""
    mark = blob.index(_MARK.encode())
    start = blob.rindex(start_tag, 0, mark)
    end = blob.index(end_tag, mark)
    if end_tag == b"</w:p>":
        end += len(end_tag)
    return blob[:start], blob[end:]


class _Template:
    """The package built once with python-docx; renders fill in its variable parts."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        doc = docx.Document()
        for rels in (doc.part.rels, doc.part.package.rels):
            for rid in [r for r, rel in rels.items() if rel.reltype.endswith(_DROP_RELTYPE_SUFFIXES)]:
                rels.pop(rid)
        section = doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(20)
        section.top_margin = section.bottom_margin = Mm(20)
        section.header_distance = section.footer_distance = Mm(10)
        normal = doc.styles["Normal"]
        normal.font.name = "Arial"
        normal.font.size = Pt(10)
        section.header.is_linked_to_previous = False
        section.footer.is_linked_to_previous = False
        section.header.paragraphs[0].text = _MARK
        section.footer.paragraphs[0].text = _MARK
        body = doc.element.body
        for child in list(body)[:-1]:  # keep only the final sectPr
            body.remove(child)
        doc.add_paragraph(_MARK)
        self.styles = {name: doc.styles[name].style_id for name in ("Title", "Table Grid")}
        self.styles.update({f"Heading {n}": doc.styles[f"Heading {n}"].style_id for n in (1, 2, 3)})
        self.core = doc.core_properties
        self.core_part: Any = None
        self.names: dict[str, str] = {}
        for part in doc.part.package.iter_parts():
            name = str(part.partname).lstrip("/")
            if part is doc.part:
                self.names["document"] = name
                self.document = _split(part.blob, b"<w:p>", b"<w:sectPr")
            elif part is section.header.part:
                self.names["header"] = name
                self.header = _split(part.blob, b"<w:p>", b"</w:p>")
            elif part is section.footer.part:
                self.names["footer"] = name
                self.footer = _split(part.blob, b"<w:p>", b"</w:p>")
            elif name == "docProps/core.xml":
                self.names["core"] = name
                self.core_part = part
        saved = BytesIO()
        doc.save(saved)
        with zipfile.ZipFile(saved) as z:
            names = sorted(info.filename for info in z.infolist())
            # Sorted, with the content types first, as Word writes them.
            self.order = sorted(names, key=lambda n: n != "[Content_Types].xml")
            dynamic = set(self.names.values())
            self.static = {n: _member(n, z.read(n)) for n in self.order if n not in dynamic}

    def core_blob(self, spec: DocSpec, when: datetime) -> bytes:
        with self.lock:
            props = self.core
            props.title = spec.title.value
            props.subject = spec.form
            props.identifier = spec.doc_id
            props.author = props.last_modified_by = ""
            props.created = props.modified = props.last_printed = when
            props.revision = 1
            return bytes(self.core_part.blob)

    def package(self, spec: DocSpec, body: str, header: str, footer: str) -> bytes:
        when = document_date(spec)
        blobs = {
            self.names["document"]: self.document[0] + body.encode() + self.document[1],
            self.names["header"]: self.header[0] + header.encode() + self.header[1],
            self.names["footer"]: self.footer[0] + footer.encode() + self.footer[1],
            self.names["core"]: self.core_blob(spec, when),
        }
        members = [self.static[n] if n in self.static else _member(n, blobs[n]) for n in self.order]
        return _zip(members, when)


_TEMPLATE: _Template | None = None
_INIT_LOCK = threading.Lock()


def _template() -> _Template:
    global _TEMPLATE
    with _INIT_LOCK:
        if _TEMPLATE is None:
            _TEMPLATE = _Template()
        return _TEMPLATE


# ---------------------------------------------------------------- WordprocessingML


def _esc(text: str) -> str:
    text = _INVALID_XML.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _run(text: str, props: str = "") -> str:
    """One run; newlines become line breaks and tabs tabs, as Word stores them."""
    if not text:
        return ""
    out = [f"<w:r><w:rPr>{props}</w:rPr>" if props else "<w:r>"]
    for piece in _BREAKS.split(text):
        if piece == "\n":
            out.append("<w:br/>")
        elif piece == "\t":
            out.append("<w:tab/>")
        elif piece:
            out.append(f'<w:t xml:space="preserve">{_esc(piece)}</w:t>')
    out.append("</w:r>")
    return "".join(out)


def _para(runs: str, style: str = "", align: str = "", before: int = 0) -> str:
    props = ""
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if before:
        props += f'<w:spacing w:before="{before}"/>'
    if align:
        props += f'<w:jc w:val="{align}"/>'
    return f"<w:p><w:pPr>{props}</w:pPr>{runs}</w:p>" if props else f"<w:p>{runs}</w:p>"


def _field(instr: str, cached: str) -> str:
    return f'<w:fldSimple w:instr=" {instr} \\* MERGEFORMAT ">{_run(cached)}</w:fldSimple>'


def _furniture(template: str, pages: int) -> str:
    """Header/footer runs with ``{page}``/``{pages}`` as PAGE/NUMPAGES fields."""
    out = []
    for piece in _FIELD_TOKEN.split(template):
        if piece == "{page}":
            out.append(_field("PAGE", "1"))
        elif piece == "{pages}":
            out.append(_field("NUMPAGES", str(pages)))
        else:
            out.append(_run(piece.replace("{{", "{").replace("}}", "}")))
    return "".join(out)


def _header_footer(spec: DocSpec) -> tuple[str, str]:
    pages = count_pages(spec)
    header = _para(_furniture(spec.page_header, pages), "Header")
    footer = _para(_furniture(spec.page_footer, pages), "Footer", "center") if spec.page_footer else ""
    if "{page}" not in spec.page_header and "{page}" not in spec.page_footer:
        footer += _para(_furniture("Page {page} of {pages}", pages), "Footer", "right")
    return header, footer or "<w:p/>"


def _table(style: str, widths: tuple[int, ...], rows: list[str]) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (
        f'<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
        'w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


def _row(widths: tuple[int, ...], cells: tuple[str, ...], header: bool = False) -> str:
    """A table row; each cell is the runs of its one paragraph."""
    out = ["<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" if header else "<w:tr>"]
    for width, runs in zip(widths, cells, strict=True):
        out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p>{runs}</w:p></w:tc>')
    out.append("</w:tr>")
    return "".join(out)


def _field_table(t: _Template, rows: list[FieldRow]) -> str:
    body = [
        _row(_FIELD_WIDTHS, (_run(r.label.value.rstrip().rstrip(":") + ":", "<w:b/>"), _run(r.value.value)))
        for r in rows
    ]
    return _table(t.styles["Table Grid"], _FIELD_WIDTHS, body)


def _officer(entry: LogEntry) -> str:
    words = " ".join(w for w in (entry.rank, entry.collar, entry.author) if w)
    return f"{words} ({entry.role})" if entry.role else words


def _when(entry: LogEntry) -> str:
    if entry.when is None:
        return ""
    return entry.when.strftime("%d/%m/%Y" if entry.date_only else "%d/%m/%Y %H:%M")


def _contact(entry: LogEntry) -> str:
    method = entry.method.replace("_", " ").capitalize() if entry.method else ""
    return " – ".join(p for p in (method, entry.contact_person) if p)


def _log_table(t: _Template, entries: list[LogEntry]) -> str:
    rows = [_row(_LOG_WIDTHS, tuple(_run(c, "<w:b/>") for c in _LOG_COLUMNS), header=True)]
    for e in entries:
        rows.append(
            _row(_LOG_WIDTHS, (_run(_when(e)), _run(_officer(e)), _run(_contact(e)), _run(e.body.value)))
        )
    return _table(t.styles["Table Grid"], _LOG_WIDTHS, rows)


def _signature(block: Signature) -> str:
    name = _run(block.name.value, "<w:i/>") if block.name else _run(_BLANK, '<w:u w:val="single"/>')
    when = _run(block.when.value) if block.when else _run(_BLANK_DATE, '<w:u w:val="single"/>')
    return _para(_run(f"Signed ({block.role.value}): ") + name + _run("   Date: ") + when, before=240)


def _body(t: _Template, spec: DocSpec) -> str:
    out = [_para(_run(spec.title.value), t.styles["Title"])]
    for group in grouped(spec.blocks):
        first = group[0]
        if isinstance(first, FieldRow):
            out.append(_field_table(t, [b for b in group if isinstance(b, FieldRow)]))
            out.append("<w:p/>")  # Word merges adjacent tables without a paragraph between
        elif isinstance(first, LogEntry):
            entries = [b for b in group if isinstance(b, LogEntry)]
            if spec.layout == "log":
                out.append(_log_table(t, entries))
                out.append("<w:p/>")
            else:
                out += [_para(_run(e.header.value, "<w:b/>") + _run(" " + e.body.value)) for e in entries]
        elif isinstance(first, Heading):
            level = min(max(first.level, 1), 3)
            out.append(_para(_run(first.text.value), t.styles[f"Heading {level}"]))
        elif isinstance(first, Para):
            out.append(_para(_run(first.text.value)))
        elif isinstance(first, Checkbox):
            box = _run("☒" if first.checked else "☐", _CHECKBOX_FONT)
            out.append(_para(box + _run(" " + first.label.value)))
        elif isinstance(first, Signature):
            out.append(_signature(first))
        elif isinstance(first, PageBreak):
            out.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    return "".join(out)


def document_date(spec: DocSpec) -> datetime:
    """A fixed date for the file's properties: the latest entry's time, else 2020-01-01."""
    whens = [b.when for b in spec.blocks if isinstance(b, LogEntry) and b.when is not None]
    return max(whens) if whens else DEFAULT_DATE


def render_docx(spec: DocSpec) -> bytes:
    """``spec`` as the bytes of a .docx file; the same spec always gives the same bytes."""
    t = _template()
    header, footer = _header_footer(spec)
    return t.package(spec, _body(t, spec), header, footer)
