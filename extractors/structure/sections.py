"""Find headed sections. (Placeholder signature: to be completed.)"""

from __future__ import annotations

from auditor.document import DocKind, Section


def find_sections(text: str, kind: DocKind) -> tuple[Section, ...]:
    return ()
