"""Every output format of the corpus, behind one ``render`` call.

``txt`` is the canonical text (``corpus.render.text``); ``docx`` and ``pdf`` are
paged layouts of the same blocks; ``csv`` and ``json`` are structured log exports
and exist only for running logs (FLO logs, CRIS records) that hold entries.
``style`` only affects the exports (see ``corpus.render.export``).
"""

from __future__ import annotations

from corpus.blocks import DocSpec, LogEntry
from corpus.render.export import LOG_KINDS

FORMATS: tuple[str, ...] = ("txt", "docx", "pdf", "csv", "json")
EXPORT_FORMATS = frozenset({"csv", "json"})


def supports(spec: DocSpec, fmt: str) -> bool:
    """True when ``spec`` can be rendered as ``fmt``."""
    if fmt not in FORMATS:
        return False
    if fmt in EXPORT_FORMATS:
        return spec.kind in LOG_KINDS and any(isinstance(b, LogEntry) for b in spec.blocks)
    return True


def render(spec: DocSpec, fmt: str, style: int = 0) -> bytes:
    """``spec`` rendered as ``fmt``; ValueError for an unknown or unsupported format."""
    # Imported here so that rendering text never loads reportlab or python-docx.
    if fmt == "txt":
        from corpus.render.text import render_txt

        return render_txt(spec)
    if fmt == "docx":
        from corpus.render.docx import render_docx

        return render_docx(spec)
    if fmt == "pdf":
        from corpus.render.pdf import render_pdf

        return render_pdf(spec)
    if fmt == "csv":
        from corpus.render.export import render_csv

        return render_csv(spec, style)
    if fmt == "json":
        from corpus.render.export import render_json

        return render_json(spec, style)
    raise ValueError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
