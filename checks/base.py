"""The shape every check has: metadata as class attributes, ``run`` yields findings.

Subclasses are validated when defined (``__init_subclass__``) but nothing is
registered by importing them: the built-in list is the tuple in
``checks/__init__.py`` and outside checks arrive through the ``auditor.checks``
entry-point group.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar

from auditor.config import Settings
from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, RequirementState, Severity

DOC_HEADINGS = ("## Why it matters", "## Example", "## Use instead", "## Source")
_CODE = re.compile(r"^[A-Z]{2,4}\d{3}$")
_REQUIREMENT = re.compile(r"^[A-Z]{2,3}-[A-Z0-9-]+$")


@dataclass(frozen=True, slots=True)
class Context:
    """What a check may consult besides the document: settings now; models and
    the case index when those land."""

    settings: Settings = field(default_factory=lambda: Settings())


class Check:
    code: ClassVar[str]
    requirement: ClassVar[str]
    severity: ClassVar[Severity]
    applies_to: ClassVar[frozenset[DocKind]]
    since_policy: ClassVar[date | None] = None
    suggestion: ClassVar[str] = ""

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("abstract", False):
            return
        problems = []
        code = getattr(cls, "code", "")
        if not _CODE.match(code):
            problems.append(f"code {code!r} must look like DR001")
        if not _REQUIREMENT.match(getattr(cls, "requirement", "")):
            problems.append("requirement must be a catalogue ID such as DR-BASIC")
        if not isinstance(getattr(cls, "severity", None), Severity):
            problems.append("severity must be a Severity")
        applies = getattr(cls, "applies_to", None)
        if not applies or not all(isinstance(k, DocKind) for k in applies):
            problems.append("applies_to must be a non-empty set of DocKind")
        doc = cls.__doc__ or ""
        missing = [h for h in DOC_HEADINGS if h not in doc]
        if missing:
            problems.append(f"docstring lacks headings {missing}")
        if problems:
            raise TypeError(f"check {cls.__name__}: " + "; ".join(problems))

    @classmethod
    def summary(cls) -> str:
        return (cls.__doc__ or "").strip().splitlines()[0]

    @classmethod
    def source(cls) -> str:
        """The docstring's ``## Source`` text on one line: the seed and its quote."""
        text = (cls.__doc__ or "").split("## Source", 1)
        return " ".join(text[1].split()) if len(text) == 2 else ""

    def applies(self, doc: Document) -> bool:
        """Whether the requirement applies to this document at all; checks
        override this for conditions such as "only when an FLO was deployed"."""
        if doc.kind not in self.applies_to:
            return False
        record_date = doc.meta.record_date
        return not (self.since_policy and record_date and record_date < self.since_policy)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        raise NotImplementedError

    def unclear(self, doc: Document, span: Span, message: str, *, suggestion: str | None = None) -> Finding:
        """A finding that leaves the requirement *unclear*: present in form but not
        decidable (a placeholder, an empty box, a status never given)."""
        return self.finding(doc, span, message, state=RequirementState.UNCLEAR, suggestion=suggestion)

    def finding(
        self,
        doc: Document,
        span: Span,
        message: str,
        *,
        state: RequirementState = RequirementState.ABSENT,
        suggestion: str | None = None,
    ) -> Finding:
        """A finding of this check, quoting the span's text as evidence."""
        return Finding(
            code=self.code,
            requirement=self.requirement,
            severity=self.severity,
            message=message,
            span=span,
            evidence=doc.quote(span),
            suggestion=self.suggestion if suggestion is None else suggestion,
            state=state,
        )
