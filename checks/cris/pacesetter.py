"""CR020: a governance meeting about the crime mentioned on the CRIS without its actions and owners."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.cris.passages import Statement, label_value, statements, window
from checks.vocabulary import is_non_answer

_MEETING = re.compile(
    r"\b(?:pace\s*setter|dmm|daily\s+management\s+meeting|tasking(?:\s+meeting)?|ttcg|governance\s+meeting"
    r"|case\s+(?:review\s+)?(?:conference|meeting)|gold\s+(?:group|meeting)|performance\s+meeting)\b",
    re.IGNORECASE,
)
_BACK_REFERENCE = re.compile(
    r"\b(?:the|that|this|its)\s+(?:\w+\s+)?(?:pace\s*setter|dmm|tasking|meeting|ttcg)(?:'s)?\s+"
    r"(?:actions?|tasks?|tasking|outcome|decision)\b",
    re.IGNORECASE,
)
"""A later mention of a meeting already recorded: "updated on the Pacesetter action"."""
_POINTER = re.compile(
    r"\b(?:see|per|in|as\s+per)\s+(?:the\s+)?(?:\w+\s+)?(?:minutes|notes|action\s+log|meeting\s+notes)\b"
    r"|\bactions?\s+(?:discussed|noted|agreed)\b(?![^.]*\b(?:to|for|owner|by)\b)",
    re.IGNORECASE,
)
_ACTION = re.compile(
    r"\b(?:action(?:s|ed)?|tasked|to\s+(?:complete|obtain|contact|review|trace|arrange|chase|submit)"
    r"|directed|allocated)\b",
    re.IGNORECASE,
)
_OWNER = re.compile(
    r"\b(?:owner|oic\s+to|(?:pc|dc|ps|ds|di|dci|insp|sgt)\s*\d*\s*[A-Z]|allocated\s+to|tasked\s+to|for\s+(?:pc|dc|ds|ps)"
    r"|by\s+(?:pc|dc|ds|ps))",
    re.IGNORECASE,
)
_NO_ACTIONS = re.compile(r"\bno\s+(?:new\s+|further\s+)?actions?\b|\bnil\s+actions?\b", re.IGNORECASE)


class PacesetterActionsNotRecorded(Check):
    """Governance meeting about this crime mentioned on the CRIS, but its actions and owners are not recorded.

    Applies only when the record mentions a Pacesetter, daily management,
    tasking or other governance meeting that discussed the case. Satisfied
    when the entry states the actions that came out of it with an owner
    ("Pacesetter 12/03: action - DC LEE to trace the caller"), or that there
    were none. A meeting mentioned with actions "discussed" or "see minutes"
    and no action or owner is *absent*; an actions field holding a placeholder
    is *unclear*. Actions that exist only in the meeting notes cannot be seen
    from the CRIS, so a record that never mentions a meeting is
    *not_applicable*. Once a meeting is recorded with its actions, a later
    mention of them ("updated V on the Pacesetter action") is not a new meeting.

    ## Why it matters

    The MPS told the IPCC that recording Pacesetter actions on the CRIS they
    concern is best practice, so that they can be audited; actions known only
    from meeting notes are lost to the investigation and its supervisors.

    ## Example

    ```text
    15/03/2024 09:30 DS 7788 COLE: Case discussed at Pacesetter meeting, actions agreed.
    ```

    ## Use instead

    ```text
    15/03/2024 09:30 DS 7788 COLE: Pacesetter 15/03: action 1 - DC 4411 LEE to trace
    and speak to the caller by 18/03; action 2 - PC 2200 ROSS to complete H2H.
    ```

    ## Source

    004_05fe42e2486628e9.txt: "best practice dictates these should be recorded on the
    relevant CRIS so that they are auditable."
    """

    code = "CR020"
    requirement = "CR-PACESETTER"
    severity = Severity.LOW
    applies_to = frozenset({DocKind.CRIS_RECORD})
    suggestion = "A CRIS entry citing the meeting, the action and its owner."

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) and bool(_meetings(doc))

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        recorded = False
        for meeting in _meetings(doc):
            if recorded and _BACK_REFERENCE.search(meeting.text):
                continue  # "Updated V on the Pacesetter action": the meeting is recorded above
            qa = label_value(meeting.text)
            if qa is not None and (not qa[1] or is_non_answer(qa[1])):
                yield self.unclear(
                    doc, meeting.span, "Governance meeting actions answered only with a placeholder"
                )
                return
            text = window(doc, meeting, 400).text
            if _NO_ACTIONS.search(text) or (
                _ACTION.search(text) and _OWNER.search(text) and not _POINTER.search(text)
            ):
                recorded = True
                continue
            yield self.finding(
                doc, meeting.span, "Governance meeting mentioned without its actions and their owners"
            )
            return


def _meetings(doc: Document) -> list[Statement]:
    return [st for st in statements(doc) if _MEETING.search(st.text)]
