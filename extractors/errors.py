"""Why a file could not be read: one code per kind of failure.

Codes are stable (scripts match on them) and documented in ``docs/errors.md``;
a test fails if a code is missing there. Messages never quote report text.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    FILE_NOT_FOUND = "file_not_found"
    NOT_A_FILE = "not_a_file"
    UNREADABLE = "unreadable"
    EMPTY_FILE = "empty_file"
    EMPTY_DOCUMENT = "empty_document"
    FILE_TOO_LARGE = "file_too_large"
    UNSUPPORTED_FORMAT = "unsupported_format"
    PDF_CORRUPT = "pdf_corrupt"
    PDF_TRUNCATED = "pdf_truncated"
    PDF_ENCRYPTED = "pdf_encrypted"
    PDF_NEEDS_OCR = "pdf_needs_ocr"
    TEXT_BINARY = "text_binary"
    TEXT_ENCODING = "text_encoding"
    DOCX_CORRUPT = "docx_corrupt"
    DOCX_ZIP_BOMB = "docx_zip_bomb"
    EXPORT_MISSING_COLUMNS = "export_missing_columns"
    EXPORT_BAD_SHAPE = "export_bad_shape"
    EXPORT_BAD_VALUE = "export_bad_value"


class ExtractionError(Exception):
    """A file that cannot be turned into a Document, with a stable code."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"
