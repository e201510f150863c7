"""SUP006: a CRIS death investigation closed without a review of its actions and a reasoned assessment."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Entry
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.supervision.entries import closing_entry, full_text, is_death_investigation, status_closed
from checks.supervision.officers import Level, at_least, entry_level

TRANSFERRED = re.compile(
    r"\b(?:transferred|handed\s+over|passed)\s+to\s+(?:the\s+)?(?:mit|murder\s+investigation\s+team|sio|homicide"
    r"|major\s+crime|another\s+(?:bcu|unit))\b",
    re.IGNORECASE,
)
ACTIONS_REVIEWED = re.compile(
    r"\b(?:a\d+\b[^;.\n]{0,80}\b(?:complete[d]?|done|finished|result(?:ed)?)|all\s+actions\s+(?:are\s+|have\s+been\s+)?"
    r"(?:complete[d]?|done)|actions?\s*:[^.\n]{0,200}\b(?:complete[d]?|done)"
    r"|(?:checked|reviewed|went\s+through)\s+(?:all\s+(?:the\s+)?)?actions?\b[^.\n]{0,200}\b(?:complete[d]?|done))\b",
    re.IGNORECASE,
)
OPEN_ACTIONS = re.compile(
    r"\b(?:outstanding|awaited|awaiting|pending|still\s+open|not\s+yet\s+(?:complete|done|received)|to\s+be\s+reopened"
    r"|in\s+progress)\b",
    re.IGNORECASE,
)
REASONED = re.compile(
    r"\b(?:not\s+suspicious|non[\s-]*suspicious|no\s+third[\s-]+party|no\s+suspicious\s+circumstances)\b[^.\n]{0,40}?"
    r"(?:\b(?:because|as|since|given|in\s+view\s+of|on\s+the\s+basis)\b|:\s*\w)"
    r"|\b(?:because|as|since|given)\b[^.\n]{0,200}\b(?:not\s+suspicious|non[\s-]*suspicious|no\s+third[\s-]+party)\b",
    re.IGNORECASE,
)
_CRIS_CLOSED = re.compile(
    r"\b(?:cris|report|investigation)\s+(?:is\s+)?(?:now\s+)?(?:closed|filed)\b", re.IGNORECASE
)


class ClosedWithoutReview(Check):
    """CRIS death investigation closed without a review of its actions and a reasoned assessment.

    A CRIS death investigation is closed only after a supervisor has checked
    that every action is complete and a DS or DI has critically assessed
    whether the investigation showed the death was not suspicious. Flags a
    closure that does not confirm the actions' status, closes with actions
    still outstanding, gives no reasoning for non-suspicious status (*NFA,
    filed*), or is not by a DS, DI or more senior officer. Records not closed,
    and records transferred to a murder investigation team, are not applicable.

    ## Why it matters

    The coroner's concern MC4B: CRIS reports were closed by supervisors with no
    review of whether the actions had been completed or any critical
    assessment; sergeants with up to 100 reports a shift were reluctant to
    leave them open.

    ## Example

    ```text
    CRIS CRIME REPORT - DETS
    03/03/2025 10:39 PS 6588WA HEIDARI: NFA, filed.
    ```

    ## Use instead

    ```text
    03/03/2025 10:39 DS 340226 BROWN: Closing review. A1 convey to mortuary -
    complete; A2 book property - complete; A3 inform coroner's officer -
    complete. I am satisfied the death is not suspicious because there were no
    injuries, the GP history fits and the last sighting has been checked.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "the CRIS was closed by supervising officers
    without any review of whether the actions had been completed or any
    critical assessment"
    """

    code = "SUP006"
    requirement = "SUP-CLOSURE"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.CRIS_RECORD})
    suggestion = (
        "A closing supervisory entry that confirms each action's status and states the reasoning "
        "for non-suspicious status."
    )

    def applies(self, doc: Document) -> bool:
        if not super().applies(doc) or not is_death_investigation(doc):
            return False
        closing = closing_entry(doc)
        if closing is not None and TRANSFERRED.search(full_text(doc, closing)):
            return False
        return closing is not None or status_closed(doc) is not None

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        closing = closing_entry(doc)
        if closing is None:
            span = status_closed(doc) or spans.first_line(doc.text) or spans.whole(doc.text)
            yield self.finding(doc, span, "Record closed with no closing supervisory entry")
            return
        problem = _problem(doc, closing)
        if problem is not None:
            yield self.finding(doc, spans.entry_span(doc, closing), problem)


def _problem(doc: Document, closing: Entry) -> str | None:
    text = full_text(doc, closing).replace("\n", " ")  # wrapped lines read as one
    level = entry_level(closing, doc)
    reviewed = ACTIONS_REVIEWED.search(text)
    if OPEN_ACTIONS.search(text) and not reviewed:
        return "Record closed with actions still outstanding"
    if not reviewed:
        return "Closing entry does not confirm that each action is complete"
    if not REASONED.search(text):
        return "Closing entry gives no reasoning for the death being not suspicious"
    if (
        level is not None
        and not at_least(level, Level.DETECTIVE_SERGEANT)
        and level != Level.DETECTIVE_SERGEANT
    ):
        return "Closed without a DS or DI's assessment"
    return None
