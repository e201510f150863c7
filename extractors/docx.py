"""Word documents (.docx): headers, body paragraphs and tables, footers.

The zip is inspected before anything is decompressed (zip bombs), every XML part
is parsed with a parser that resolves no entities, loads no DTD and touches no
network, and a part that declares a DTD at all is refused: Word never writes one.

The text is built here, line by line, so every span is exact:

- headers first, in a block at the top (they carry form titles, protective
  markings and case references, and sit at the top of each page), then a blank
  line; then the body; then a blank line and the footers. A header or footer
  repeated by several sections appears once.
- a paragraph is one line (a manual line break inside it stays a ``\\n``);
  content controls, tracked insertions and text boxes are read, tracked
  deletions and field codes are not; a legacy form checkbox becomes ☒ or ☐.
- a table row is one line with its cells joined by `` | ``. A row whose first
  cell is a label (it ends with ``:``, or the table is a column of short
  labels) is written ``Label: value`` and declared as a ``Field`` whose span is
  exactly the value, named by ``structure.field_names.field_name`` (canonical
  name, else the label in snake_case); a row of label/value pairs becomes
  several fields.

Footnotes, endnotes and comments are not read.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from posixpath import dirname, join, normpath

from lxml import etree

from auditor.config import Settings
from auditor.document import Field, Span
from extractors.errors import ErrorCode, ExtractionError
from extractors.extracted import Extracted
from extractors.structure.field_names import field_name

_W_NAMESPACES = frozenset(
    {
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    }
)
_R_NAMESPACES = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
)
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_PKG_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"

_MAX_MEMBERS = 5000
# The ratio limit applies to parts that expand beyond this; small parts of
# repetitive XML can legitimately compress very well.
_RATIO_MIN_BYTES = 1024 * 1024
_SAFE_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
)
_DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY", "<!DOCTYPE".encode("utf-16-le"), "<!DOCTYPE".encode("utf-16-be"))

# Inline elements whose content is not visible text.
_SKIP_INLINE = frozenset(
    {"pPr", "rPr", "sectPr", "del", "moveFrom", "delText", "instrText", "fldData", "footnoteReference"}
)


@dataclass(frozen=True, slots=True)
class _Pair:
    label: str
    value: str


# A line of output: plain text, or label/value pairs joined by " | ".
_Line = str | tuple[_Pair, ...]


def extract(data: bytes, settings: Settings) -> Extracted:
    package = _Package(data, settings)
    main = package.main_part()
    root = package.xml(main)
    body = _child(root, "body")
    if body is None:
        raise ExtractionError(ErrorCode.DOCX_CORRUPT, "the document part has no body")
    headers, footers = package.headers_footers(main, root)
    writer = _Writer()
    if headers:
        for line in headers:
            writer.line(line)
        writer.line("")
    for line in _block_lines(body):
        writer.line(line)
    if footers:
        writer.line("")
        for line in footers:
            writer.line(line)
    text = writer.text()
    if not text.strip():
        raise ExtractionError(ErrorCode.EMPTY_DOCUMENT, "the Word document holds no text")
    return Extracted(text=text, format="docx", fields=tuple(writer.fields), producer=package.producer())


class _Package:
    """The zip, checked for bombs on construction; parts read with size limits."""

    def __init__(self, data: bytes, settings: Settings) -> None:
        if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            raise ExtractionError(
                ErrorCode.DOCX_CORRUPT,
                "this is an old-style .doc or a password-protected Word file, not a .docx zip; "
                "save it from Word as an unprotected .docx",
            )
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
            raise ExtractionError(
                ErrorCode.DOCX_CORRUPT, f"not a readable .docx (zip) file: {_zip_reason(exc)}"
            ) from None
        _check_bomb(infos, settings)
        self.infos = {info.filename: info for info in infos}

    def read(self, name: str) -> bytes:
        info = self.infos.get(name)
        if info is None:
            raise ExtractionError(ErrorCode.DOCX_CORRUPT, f"the .docx has no part {name!r}")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ExtractionError(
                ErrorCode.DOCX_CORRUPT, f"part {name!r} uses a compression method Word does not write"
            )
        try:
            with self.zip.open(info) as member:
                data = member.read(info.file_size + 1)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError) as exc:
            raise ExtractionError(
                ErrorCode.DOCX_CORRUPT, f"part {name!r} cannot be read: {_zip_reason(exc)}"
            ) from None
        if len(data) > info.file_size:
            raise ExtractionError(ErrorCode.DOCX_ZIP_BOMB, f"part {name!r} expands beyond its declared size")
        return data

    def xml(self, name: str) -> etree._Element:
        data = self.read(name)
        if any(marker in data for marker in _DTD_MARKERS):
            raise ExtractionError(
                ErrorCode.DOCX_CORRUPT,
                f"part {name!r} declares a DTD or entities, which Word never writes; refused as unsafe",
            )
        try:
            root = etree.fromstring(data, _SAFE_PARSER)
        except etree.XMLSyntaxError as exc:
            line = exc.lineno if exc.lineno is not None else "?"
            raise ExtractionError(
                ErrorCode.DOCX_CORRUPT, f"part {name!r} is not well-formed XML (line {line})"
            ) from None
        if root.getroottree().docinfo.internalDTD is not None:
            raise ExtractionError(ErrorCode.DOCX_CORRUPT, f"part {name!r} declares a DTD; refused as unsafe")
        return root

    def main_part(self) -> str:
        """The officeDocument part named by ``_rels/.rels`` (normally word/document.xml)."""
        if "_rels/.rels" in self.infos:
            for rel in self.xml("_rels/.rels").iter(_PKG_RELS):
                if rel.get("Type", "").endswith("/officeDocument"):
                    target = normpath(str(rel.get("Target", "")).lstrip("/"))
                    if target in self.infos:
                        return target
        if "word/document.xml" in self.infos:
            return "word/document.xml"
        raise ExtractionError(
            ErrorCode.DOCX_CORRUPT, "the file is a zip but has no Word document part (word/document.xml)"
        )

    def headers_footers(self, main: str, root: etree._Element) -> tuple[list[_Line], list[_Line]]:
        """Lines of every header and footer the sections reference, each part once."""
        rels_name = join(dirname(main), "_rels", main.rsplit("/", 1)[-1] + ".rels")
        if rels_name not in self.infos:
            return [], []
        targets: dict[str, str] = {}
        for rel in self.xml(rels_name).iter(_PKG_RELS):
            target = rel.get("Target", "")
            if rel.get("TargetMode") != "External" and target:
                targets[rel.get("Id", "")] = normpath(join(dirname(main), target))
        order = {"first": 0, "default": 1, "even": 2}
        found: dict[str, list[str]] = {"headerReference": [], "footerReference": []}
        for sect in (el for el in root.iter() if _is_w(el, "sectPr")):
            refs = [el for el in sect if _local(el) in found]
            refs.sort(key=lambda el: order.get(_attr(el, "type") or "default", 1))
            for ref in refs:
                rid = next((ref.get(f"{{{ns}}}id") for ns in _R_NAMESPACES if ref.get(f"{{{ns}}}id")), None)
                part = targets.get(rid or "")
                if part is not None and part in self.infos and part not in found[_local(ref)]:
                    found[_local(ref)].append(part)
        return self._part_lines(found["headerReference"]), self._part_lines(found["footerReference"])

    def _part_lines(self, parts: list[str]) -> list[_Line]:
        lines: list[_Line] = []
        seen: set[tuple[_Line, ...]] = set()
        for part in parts:
            part_lines = tuple(line for line in _block_lines(self.xml(part)) if _render(line).strip())
            if part_lines and part_lines not in seen:
                seen.add(part_lines)
                lines.extend(part_lines)
        return lines

    def producer(self) -> str | None:
        if "docProps/app.xml" not in self.infos:
            return None
        try:
            root = self.xml("docProps/app.xml")
        except ExtractionError:
            return None
        for el in root:
            if _local(el) == "Application" and el.text:
                return el.text.strip()[:100] or None
        return None


def _check_bomb(infos: list[zipfile.ZipInfo], settings: Settings) -> None:
    """Refuse by the central directory, before decompressing anything."""
    if len(infos) > _MAX_MEMBERS:
        raise ExtractionError(
            ErrorCode.DOCX_ZIP_BOMB, f"the .docx holds {len(infos)} parts (limit {_MAX_MEMBERS})"
        )
    total = sum(info.file_size for info in infos)
    if total > settings.max_unzipped_bytes:
        raise ExtractionError(
            ErrorCode.DOCX_ZIP_BOMB,
            f"the .docx would expand to {total / 1048576:.0f} MB, over the {settings.max_unzipped_mb:g} MB "
            "limit (AUDITOR_MAX_UNZIPPED_MB)",
        )
    for info in infos:
        if info.file_size < _RATIO_MIN_BYTES:
            continue
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > settings.max_zip_ratio:
            raise ExtractionError(
                ErrorCode.DOCX_ZIP_BOMB,
                f"part {info.filename!r} is compressed {ratio:.0f}:1, over the {settings.max_zip_ratio:g}:1 "
                "limit (AUDITOR_MAX_ZIP_RATIO)",
            )


def _zip_reason(exc: BaseException) -> str:
    reason = str(exc).split(":")[0].strip()
    return reason[:120] or type(exc).__name__


class _Writer:
    """Accumulates the text and the fields whose spans point into it."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pos = 0
        self.fields: list[Field] = []

    def _write(self, s: str) -> Span:
        start = self._pos
        self._parts.append(s)
        self._pos += len(s)
        return Span(start, self._pos)

    def line(self, line: _Line) -> None:
        if isinstance(line, str):
            self._write(line)
        else:
            for i, pair in enumerate(line):
                if i:
                    self._write(" | ")
                label_span = self._write(pair.label)
                self._write(": " if pair.value else ":")
                span = self._write(pair.value)
                name = field_name(pair.label)
                self.fields.append(Field(name, pair.value, span, label=pair.label, label_span=label_span))
        self._write("\n")

    def text(self) -> str:
        return "".join(self._parts)


def _render(line: _Line) -> str:
    if isinstance(line, str):
        return line
    return " | ".join(f"{p.label}: {p.value}" if p.value else f"{p.label}:" for p in line)


# --- walking the XML ------------------------------------------------------------------


def _local(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str):  # comments, processing instructions
        return ""
    return tag.rsplit("}", 1)[-1]


def _is_w(el: etree._Element, name: str) -> bool:
    tag = el.tag
    return isinstance(tag, str) and tag.endswith("}" + name) and tag[1 : -len(name) - 1] in _W_NAMESPACES


def _child(el: etree._Element, name: str) -> etree._Element | None:
    return next((c for c in el if _is_w(c, name)), None)


def _attr(el: etree._Element, name: str) -> str | None:
    for ns in _W_NAMESPACES:
        value = el.get(f"{{{ns}}}{name}")
        if value is not None:
            return str(value)
    return None


def _containers(el: etree._Element) -> Iterator[etree._Element]:
    """Children of ``el``, looking through wrappers (content controls, tracked
    insertions, custom XML, markup-compatibility choices)."""
    for child in el:
        name = _local(child)
        if child.tag == f"{{{_MC}}}AlternateContent":
            choice = next((c for c in child if _local(c) == "Choice"), None)
            if choice is not None:
                yield from _containers(choice)
        elif name == "sdt":
            content = _child(child, "sdtContent")
            if content is not None:
                yield from _containers(content)
        elif name in ("customXml", "ins", "moveTo", "smartTag"):
            yield from _containers(child)
        else:
            yield child


def _block_lines(container: etree._Element) -> Iterator[_Line]:
    for el in _containers(container):
        if _is_w(el, "p"):
            yield _paragraph_text(el)
        elif _is_w(el, "tbl"):
            yield from _table_lines(el)


def _paragraph_text(p: etree._Element) -> str:
    out: list[str] = []
    _inline(p, out)
    return "".join(out).replace("\r\n", "\n").replace("\r", "\n")


def _inline(el: etree._Element, out: list[str]) -> None:
    for child in el:
        name = _local(child)
        if not name or name in _SKIP_INLINE or name == "Fallback":
            continue
        if name == "t":
            out.append(child.text or "")
        elif name == "tab" and _is_w(child, "tab"):
            out.append("\t")
        elif name in ("br", "cr"):
            out.append("\n")
        elif name == "noBreakHyphen":
            out.append("-")
        elif name == "checkBox":
            out.append("☒" if _checked(child) else "☐")
        elif name == "txbxContent":
            lines = [_render(line) for line in _block_lines(child)]
            out.append("\n" + "\n".join(lines))
        else:
            _inline(child, out)


def _checked(checkbox: etree._Element) -> bool:
    for name in ("checked", "default"):
        el = _child(checkbox, name)
        if el is not None:
            val = _attr(el, "val")
            if name == "checked":
                return val not in ("0", "false", "off")
            return val in ("1", "true", "on")
    return False


def _cell_elements(tr: etree._Element) -> list[etree._Element]:
    return [el for el in _containers(tr) if _is_w(el, "tc")]


def _cell_text(tc: etree._Element) -> str:
    return "\n".join(_render(line) for line in _block_lines(tc)).strip()


def _table_lines(tbl: etree._Element) -> Iterator[_Line]:
    rows = [[_cell_text(tc) for tc in _cell_elements(tr)] for tr in _containers(tbl) if _is_w(tr, "tr")]
    rows = [row for row in rows if any(row)]
    pairs = [row for row in rows if len(row) >= 2]
    label_column = bool(pairs) and sum(_short_label(row[0]) for row in pairs) * 3 >= len(pairs) * 2
    for row in rows:
        if len(row) == 2 and (_colon_label(row[0]) or (label_column and _short_label(row[0]))):
            yield (_pair(row[0], row[1]),)
        elif len(row) >= 4 and len(row) % 2 == 0 and all(_colon_label(row[i]) for i in range(0, len(row), 2)):
            yield tuple(_pair(row[i], row[i + 1]) for i in range(0, len(row), 2))
        else:
            yield " | ".join(row)


def _pair(label: str, value: str) -> _Pair:
    return _Pair(label.rstrip().rstrip(":").rstrip(), value)


def _colon_label(cell: str) -> bool:
    return cell.endswith(":") and 1 < len(cell) <= 80 and "\n" not in cell


def _short_label(cell: str) -> bool:
    """A cell that reads like a form label: 'Name of deceased', 'Time found'."""
    return (
        1 <= len(cell) <= 40
        and cell[0].isalpha()
        and "\n" not in cell
        and not cell.endswith((".", "!", "?"))
        and len(cell.split()) <= 6
    )
