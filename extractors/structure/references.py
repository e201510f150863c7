"""Case references and the record's date. (Placeholder signature: to be completed.)"""

from __future__ import annotations

from datetime import date

from auditor.document import Entry, Field


def find_case_ref(text: str, fields: tuple[Field, ...]) -> str | None:
    return None


def find_record_date(text: str, fields: tuple[Field, ...], entries: tuple[Entry, ...]) -> date | None:
    return None
