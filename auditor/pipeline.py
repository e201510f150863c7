"""``Auditor``: the one entry point from bytes to an Audit.

The CLI, the API, the batch runner and the tests all go through this class,
so the stages are wired together in exactly one place.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import extractors
from auditor import __version__
from auditor.config import Settings, load_settings
from auditor.document import Document
from auditor.findings import Audit, Finding, RequirementState, Severity
from auditor.scoring import breakdown, score
from checks import Check, Context, all_checks, select
from extractors.errors import ExtractionError

# Which state wins when several checks assess one requirement.
_STATE_ORDER = {
    RequirementState.NOT_APPLICABLE: 0,
    RequirementState.PRESENT: 1,
    RequirementState.UNCLEAR: 2,
    RequirementState.ABSENT: 3,
}


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome for one input: a document and its audit, or an error."""

    path: str
    document: Document | None = None
    audit: Audit | None = None
    error: ExtractionError | None = None


class Auditor:
    def __init__(self, settings: Settings | None = None, checks: Iterable[type[Check]] | None = None) -> None:
        self.settings = settings or load_settings()
        chosen = tuple(checks) if checks is not None else all_checks()
        self.checks: tuple[Check, ...] = tuple(
            c() for c in select(chosen, self.settings.select, self.settings.ignore)
        )
        self.context = Context(settings=self.settings)

    def audit_path(self, path: str | Path) -> Result:
        return self._load_and_audit(str(path), lambda: extractors.load_path(path, self.settings))

    def audit_bytes(self, data: bytes, filename: str) -> Result:
        return self._load_and_audit(filename, lambda: extractors.load_bytes(data, filename, self.settings))

    def _load_and_audit(self, name: str, load: Callable[[], Document]) -> Result:
        started = time.perf_counter()
        try:
            doc = load()
        except ExtractionError as exc:
            return Result(path=name, error=exc)
        return Result(path=name, document=doc, audit=self.audit(doc, extract_s=time.perf_counter() - started))

    def audit_paths(self, paths: Iterable[str | Path]) -> Iterator[Result]:
        """Audit each path in turn; a file that fails never stops the others."""
        for path in paths:
            yield self.audit_path(path)

    def audit(self, doc: Document, extract_s: float = 0.0) -> Audit:
        started = time.perf_counter()
        states: dict[str, RequirementState] = {}
        severities: dict[str, Severity] = {}
        findings: list[Finding] = []
        for check in self.checks:
            if doc.kind not in check.applies_to:
                continue  # another kind's requirement: not assessed at all, not "not applicable"
            req = check.requirement
            severities[req] = _max_severity(severities.get(req), check.severity)
            if not check.applies(doc):
                state = RequirementState.NOT_APPLICABLE
            else:
                found = list(check.run(doc, self.context))
                findings.extend(found)
                state = max(
                    (f.state for f in found), key=_STATE_ORDER.__getitem__, default=RequirementState.PRESENT
                )
            states[req] = max(states.get(req, state), state, key=_STATE_ORDER.__getitem__)
        items = breakdown(states, severities, self.settings)
        findings.sort(key=lambda f: (f.span.start, f.span.end, f.code))
        return Audit(
            document_id=doc.id,
            kind=doc.kind,
            score=score(items),
            requirement_states=states,
            findings=tuple(findings),
            timings={"extract_s": extract_s, "checks_s": time.perf_counter() - started},
            versions={"report-auditor": __version__},
            score_breakdown=items,
        )


def _max_severity(a: Severity | None, b: Severity) -> Severity:
    order = [Severity.LOW, Severity.MEDIUM, Severity.HIGH]
    return b if a is None else max(a, b, key=order.index)
