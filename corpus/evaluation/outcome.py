"""Run the auditor on one labelled document and compare what it says with the labels.

Runs in worker processes: it returns only small, picklable facts (plus the
extracted text, which the cross-document measures need).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from auditor.pipeline import Auditor
from corpus.evaluation.locate import Squeezed

_SPACE_RE = re.compile(r"\s+")


@dataclass(slots=True)
class FindingFact:
    code: str
    requirement: str
    start: int
    end: int
    state: str
    related: tuple[tuple[str, int, int], ...] = ()


@dataclass(slots=True)
class Outcome:
    doc_id: str
    error: str | None = None
    states: dict[str, str] = field(default_factory=dict)
    findings: list[FindingFact] = field(default_factory=list)
    text: str = ""
    case_ref: str | None = None
    kind: str = ""
    decisions: list[tuple[int, int] | None] = field(default_factory=list)
    passages: dict[str, tuple[int, int] | None] = field(default_factory=dict)
    fields_expected: int = 0
    fields_recovered: int = 0
    missed_fields: list[str] = field(default_factory=list)
    entries_expected: int = 0
    entries_extracted: int = 0
    entries_matched: int = 0
    extracted_fields: dict[str, str] = field(default_factory=dict)


def _norm(value: str) -> str:
    return _SPACE_RE.sub(" ", value).strip().casefold().rstrip(".")


def field_recovered(expected: str, found: list[str]) -> bool:
    want = _norm(expected)
    return any(
        want == _norm(v)
        or (want and want in _norm(v))
        or (_norm(v) and _norm(v) in want and len(_norm(v)) > 3)
        for v in found
    )


def _entry_key(when: datetime | None, date_only: bool) -> str:
    if when is None:
        return ""
    return when.date().isoformat() if date_only else when.isoformat(timespec="minutes")


_AUDITOR: Auditor | None = None


def auditor() -> Auditor:
    global _AUDITOR
    if _AUDITOR is None:
        _AUDITOR = Auditor()
    return _AUDITOR


def evaluate_document(root: Path, label: Mapping[str, Any]) -> Outcome:
    out = Outcome(doc_id=label["doc_id"])
    result = auditor().audit_path(root / label["path"])
    if result.error is not None or result.document is None or result.audit is None:
        out.error = result.error.code.value if result.error is not None else "no_result"
        return out
    doc, audit = result.document, result.audit
    out.text = doc.text
    out.kind = doc.kind.value
    out.case_ref = doc.meta.case_ref
    out.states = {k: v.value for k, v in audit.requirement_states.items()}
    out.findings = [
        FindingFact(
            f.code,
            f.requirement,
            f.span.start,
            f.span.end,
            f.state.value,
            tuple((r.document, r.span.start, r.span.end) for r in f.related),
        )
        for f in audit.findings
    ]
    squeezed = Squeezed.of(doc.text)
    out.decisions = [squeezed.find(d["quote"]) for d in label["decisions"]]
    out.passages = {p["slot"]: squeezed.find(p["quote"]) for p in label["passages"]}
    found: dict[str, list[str]] = {}
    for f in doc.fields:
        found.setdefault(f.name, []).append(f.value)
    out.extracted_fields = {k: v[0] for k, v in found.items()}
    for name, value in label["fields"].items():
        out.fields_expected += 1
        if field_recovered(value, found.get(name, [])):
            out.fields_recovered += 1
        else:
            out.missed_fields.append(name)
    expected = Counter(e["when"][:10] if e.get("date_only") else e["when"] for e in label["entries"])
    extracted = Counter(_entry_key(e.when, e.date_only) for e in doc.entries)
    out.entries_expected = sum(expected.values())
    out.entries_extracted = sum(extracted.values())
    out.entries_matched = sum((expected & extracted).values())
    return out
