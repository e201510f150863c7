"""Regulation 28 (Prevention of Future Deaths) report structure. (Placeholder: to be completed.)"""

from __future__ import annotations

from auditor.document import Section


def find_pfd_sections(text: str) -> tuple[Section, ...]:
    return ()


def is_blank_template(text: str) -> bool:
    return False
