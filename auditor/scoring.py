"""The completeness score: a weighted share of applicable requirements met.

See ``docs/scoring.md``. Each requirement assessed for a document counts once,
with the weight of its severity (``weight_high`` etc. in the settings) unless
``[auditor.weights]`` names the requirement itself. A
``present`` requirement earns its whole weight, ``unclear`` earns
``unclear_credit`` of it, ``absent`` earns nothing and ``not_applicable`` is
left out. The score is ``100 * earned / possible``, rounded to one decimal, or
``None`` when no requirement applies (nothing was assessed, which is not the
same as a perfect record).
"""

from __future__ import annotations

from collections.abc import Mapping

from auditor.config import Settings
from auditor.findings import RequirementState, ScoreItem, Severity


def severity_weight(severity: Severity, settings: Settings) -> float:
    return {
        Severity.HIGH: settings.weight_high,
        Severity.MEDIUM: settings.weight_medium,
        Severity.LOW: settings.weight_low,
    }[severity]


def requirement_weight(requirement: str, severity: Severity, settings: Settings) -> float:
    """The weight set for this requirement in ``[auditor.weights]``, else its severity's."""
    return settings.requirement_weights.get(requirement, severity_weight(severity, settings))


def credit(state: RequirementState, settings: Settings) -> float:
    return {
        RequirementState.PRESENT: 1.0,
        RequirementState.UNCLEAR: settings.unclear_credit,
        RequirementState.ABSENT: 0.0,
        RequirementState.NOT_APPLICABLE: 0.0,
    }[state]


def breakdown(
    states: Mapping[str, RequirementState], severities: Mapping[str, Severity], settings: Settings
) -> tuple[ScoreItem, ...]:
    items = []
    for requirement in sorted(states):
        state = states[requirement]
        severity = severities[requirement]
        weight = (
            0.0
            if state is RequirementState.NOT_APPLICABLE
            else requirement_weight(requirement, severity, settings)
        )
        items.append(ScoreItem(requirement, severity, state, weight, weight * credit(state, settings)))
    return tuple(items)


def score(items: tuple[ScoreItem, ...]) -> float | None:
    possible = sum(i.weight for i in items)
    if possible == 0:
        return None
    return round(100.0 * sum(i.credit for i in items) / possible, 1)
