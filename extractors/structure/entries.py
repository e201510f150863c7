"""Find running-log entries. (Placeholder signature: to be completed.)"""

from __future__ import annotations

from auditor.document import DocKind, Entry


def find_entries(text: str, kind: DocKind) -> tuple[Entry, ...]:
    return ()
