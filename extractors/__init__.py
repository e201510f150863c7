"""Extractors: bytes in any supported format to a ``Document``.

``load_path`` and ``load_bytes`` are the entry points. They refuse what must be
refused before parsing (missing, empty, too large), pick the format by name and
by content, run the format's extractor, and hand the result to ``assemble``.
Every failure is an ``ExtractionError`` with a code from ``errors.ErrorCode``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from auditor.config import Settings
from auditor.document import Document, Source
from extractors.assemble import assemble
from extractors.errors import ErrorCode, ExtractionError
from extractors.extracted import Extracted

SUFFIX_FORMATS = {
    ".pdf": "pdf",
    ".txt": "text",
    ".text": "text",
    ".log": "text",
    ".md": "text",
    ".docx": "docx",
    ".csv": "csv",
    ".json": "json",
}


def load_path(path: str | Path, settings: Settings | None = None) -> Document:
    settings = settings or Settings()
    p = Path(path)
    if not p.exists():
        raise ExtractionError(ErrorCode.FILE_NOT_FOUND, f"no such file: {p}")
    if not p.is_file():
        raise ExtractionError(ErrorCode.NOT_A_FILE, f"not a regular file: {p}")
    size = p.stat().st_size
    _check_size(size, settings)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ExtractionError(ErrorCode.UNREADABLE, f"cannot read {p}: {exc.strerror}") from exc
    return load_bytes(data, str(p), settings)


def load_bytes(data: bytes, filename: str, settings: Settings | None = None) -> Document:
    settings = settings or Settings()
    _check_size(len(data), settings)
    fmt = detect_format(data, filename)
    raw = _extract(fmt, data, settings)
    source = Source(path=filename, sha256=hashlib.sha256(data).hexdigest(), format=fmt, size=len(data))
    return assemble(raw, source)


def detect_format(data: bytes, filename: str) -> str:
    """The format by content where the content is unambiguous, else by suffix."""
    suffix = Path(filename).suffix.lower()
    by_name = SUFFIX_FORMATS.get(suffix)
    if data[:5] == b"%PDF-" or by_name == "pdf":
        return "pdf"
    if by_name is not None:
        return by_name
    if data[:4] == b"PK\x03\x04":
        return "docx"
    if suffix in ("", ".rtf") or not suffix:
        return "text"
    raise ExtractionError(
        ErrorCode.UNSUPPORTED_FORMAT,
        f"unsupported file type {suffix!r}: expected one of {', '.join(sorted(SUFFIX_FORMATS))}",
    )


def _check_size(size: int, settings: Settings) -> None:
    if size == 0:
        raise ExtractionError(ErrorCode.EMPTY_FILE, "the file is empty (0 bytes)")
    if size > settings.max_file_bytes:
        raise ExtractionError(
            ErrorCode.FILE_TOO_LARGE,
            f"the file is {size / 1048576:.1f} MB, over the {settings.max_file_mb:g} MB limit "
            "(set AUDITOR_MAX_FILE_MB to raise it)",
        )


def _extract(fmt: str, data: bytes, settings: Settings) -> Extracted:
    # Imported here so that a command touching one format does not load them all.
    if fmt == "pdf":
        from extractors import pdf

        return pdf.extract(data, settings)
    if fmt == "docx":
        from extractors import docx

        return docx.extract(data, settings)
    if fmt == "csv":
        from extractors import export_csv

        return export_csv.extract(data, settings)
    if fmt == "json":
        from extractors import export_json

        return export_json.extract(data, settings)
    from extractors import text

    return text.extract(data, settings)


__all__ = ["ErrorCode", "ExtractionError", "detect_format", "load_bytes", "load_path"]
