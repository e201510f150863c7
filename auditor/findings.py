"""Findings and audits: what checks say about a document."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from auditor.document import DocKind, Span


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class RequirementState(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    UNCLEAR = "unclear"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True, slots=True)
class RelatedSpan:
    """A span in another document (a copy's source, a linked death)."""

    document: str
    span: Span
    quote: str


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a check found.

    ``state`` is what the finding means for its requirement: ``absent`` (the
    default) or ``unclear`` (present in form but not decidable, e.g. "N/A").
    ``evidence`` is the quoted text behind ``span``; ``suggestion`` says what
    would satisfy the requirement, in the catalogue's words.
    """

    code: str
    requirement: str
    severity: Severity
    message: str
    span: Span
    evidence: str = ""
    related: tuple[RelatedSpan, ...] = ()
    suggestion: str = ""
    state: RequirementState = RequirementState.ABSENT


@dataclass(frozen=True, slots=True)
class Audit:
    document_id: str
    kind: DocKind
    score: float | None
    requirement_states: Mapping[str, RequirementState]
    findings: tuple[Finding, ...]
    timings: Mapping[str, float] = field(default_factory=dict)
    versions: Mapping[str, str] = field(default_factory=dict)
    score_breakdown: tuple[ScoreItem, ...] = ()


@dataclass(frozen=True, slots=True)
class ScoreItem:
    """One requirement's contribution to the completeness score."""

    requirement: str
    severity: Severity
    state: RequirementState
    weight: float
    credit: float
