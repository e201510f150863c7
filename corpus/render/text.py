"""The plain-text rendering, which is also the canonical text of every document.

Label spans in ``labels.json`` are offsets into this text, whatever format the
document was finally written in.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from corpus.blocks import Checkbox, DocSpec, FieldRow, Heading, LogEntry, PageBreak, Para, Signature
from corpus.text import Marked, join

UNSIGNED = "________________"


@dataclass(frozen=True, slots=True)
class Canonical:
    text: str
    spans: dict[str, list[tuple[int, int]]]
    pages: int


def signature_line(block: Signature) -> Marked:
    name = block.name if block.name else Marked(UNSIGNED)
    when = block.when if block.when else Marked("________")
    return join("", [Marked("Signed ("), block.role, Marked("): "), name, Marked("   Date: "), when])


def _kind_of(block: object) -> str:
    return type(block).__name__


def count_pages(spec: DocSpec) -> int:
    return 1 + sum(isinstance(b, PageBreak) for b in spec.blocks)


def render_canonical(spec: DocSpec) -> Canonical:
    pages = count_pages(spec)
    lines: list[Marked] = [spec.title]
    if spec.page_header:
        lines.append(Marked(spec.page_header.format(page=1, pages=pages)))
    lines.append(Marked(""))
    page = 1
    previous = ""
    for block in spec.blocks:
        kind = _kind_of(block)
        if isinstance(block, Heading):
            if lines and lines[-1].value:
                lines.append(Marked(""))
            lines.append(block.text)
        elif isinstance(block, Para):
            if previous not in ("Heading", "") and lines[-1].value:
                lines.append(Marked(""))
            lines.append(block.text)
        elif isinstance(block, FieldRow):
            if previous not in ("FieldRow", "Checkbox", "Heading", "") and lines[-1].value:
                lines.append(Marked(""))
            label = block.label
            lines.append(label + ": " + block.value if block.value else label + ":")
        elif isinstance(block, Checkbox):
            lines.append(("[X] " if block.checked else "[ ] ") + block.label)
        elif isinstance(block, LogEntry):
            lines.append(block.header + " " + block.body)
        elif isinstance(block, Signature):
            if lines[-1].value:
                lines.append(Marked(""))
            lines.append(signature_line(block))
        elif isinstance(block, PageBreak):
            if spec.page_footer:
                lines.append(Marked(""))
                lines.append(Marked(spec.page_footer.format(page=page, pages=pages)))
            page += 1
            lines.append(Marked(""))
            if spec.page_header:
                lines.append(Marked(spec.page_header.format(page=page, pages=pages)))
                lines.append(Marked(""))
            kind = ""
        previous = kind
    if spec.page_footer:
        lines.append(Marked(""))
        lines.append(Marked(spec.page_footer.format(page=page, pages=pages)))
    body = Marked()
    for index, line in enumerate(lines):
        body = body + line if index == 0 else body + "\n" + line
    body = body + "\n"
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for mark in body.marks:
        spans[mark.key].append((mark.start, mark.end))
    return Canonical(body.value, dict(spans), pages)


def render_txt(spec: DocSpec) -> bytes:
    return render_canonical(spec).text.encode("utf-8")
