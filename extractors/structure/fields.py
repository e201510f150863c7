"""Find ``Field: value`` blocks. (Placeholder signature: to be completed.)"""

from __future__ import annotations

from auditor.document import DocKind, Field


def find_fields(text: str, kind: DocKind) -> tuple[Field, ...]:
    return ()
