"""DR003 (DR-SUSPICIOUS-UNTIL) cases that are *not applicable*, which the
fixture format cannot express: the requirement follows the category as
written, so a report with no category and no conclusion in prose leaves
nothing to test, and a "no suspicious circumstances" given as the reason for
an action not taken is not a conclusion on the death."""

from __future__ import annotations

import pytest

from auditor.findings import RequirementState
from auditor.pipeline import Auditor
from checks.death_report.suspicious_until import NonSuspiciousAssumed


def _state(text: str) -> RequirementState:
    result = Auditor(checks=[NonSuspiciousAssumed]).audit_bytes(text.encode(), "case.txt")
    assert result.audit is not None
    return result.audit.requirement_states[NonSuspiciousAssumed.requirement]


@pytest.mark.parametrize(
    "text",
    [
        # no category or conclusion at all
        "SUDDEN DEATH REPORT\n\nI attended 4 Quarry Lane at 0930 after the neighbour called. Mr PRICE was\n"
        "found on the kitchen floor and LAS pronounced life extinct at 0955.\n",
        # an empty category field
        "SUDDEN DEATH REPORT\nDate found: 11/11/2024\nCategory:\nNOK informed.\n",
        # "no susp circs" as the reason for house-to-house not being done
        "SUDDEN DEATH REPORT\nDate found: 11/11/2024\nLAS attended.\nH2H not carried out no susp circs.\n",
        # ... and for HAT not being called, in a clause of its own
        "SUDDEN DEATH REPORT\nDate found: 11/11/2024\nHAT were not called, as nothing appeared suspicious.\n",
    ],
    ids=["no-conclusion", "empty-category", "h2h-reason", "hat-reason"],
)
def test_dr003_not_applicable(text: str) -> None:
    assert _state(text) is RequirementState.NOT_APPLICABLE


def test_dr003_prose_conclusion_after_an_action_still_counts() -> None:
    text = "SUDDEN DEATH REPORT\nNo drugs seized, PC ONE attended at 0900.\nDeath not suspicious.\n"
    assert _state(text) is RequirementState.ABSENT


def test_dr003_conclusion_naming_the_death_counts_after_an_action_not_taken() -> None:
    text = "SUDDEN DEATH REPORT\nDate found: 11/11/2024\nNFA required as the death is not suspicious.\n"
    assert _state(text) is RequirementState.ABSENT
