"""DR020: no record that CID, the specialist crime car (HAT) or a forensic practitioner was considered."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.death_report.report_sentences import (
    find,
    heading,
    is_heading,
    is_placeholder,
    placeholders,
    title,
)

SPECIALIST = re.compile(
    r"\b(?:cid|c\.i\.d|criminal\s+investigation\s+department|hat|homicide\s+assessment\s+team"
    r"|specialist\s+crime\s+car|crime\s+car|mit|major\s+investigation\s+team|forensic\s+practitioner"
    r"|csm|crime\s+scene\s+manager|csi|crime\s+scene\s+investigator|soco|scenes?\s+of\s+crime"
    r"|detectives?)\b",
    re.IGNORECASE,
)
DECISION = re.compile(
    r"\b(?:consider\w*|contact\w*|call\w*|inform\w*|notif\w*|attend\w*|advi[sc]\w*|consult\w*|spoke|spoken"
    r"|discuss\w*|request\w*|not\s+(?:required|needed|necessary|called|requested)|declin\w*|briefed"
    r"|rang|phoned|escalat\w*|refer\w*|aware|agreed|assess\w*|reviewed|deployed|not\s+deployed)\b",
    re.IGNORECASE,
)
LABEL = re.compile(
    r"(?<!to\s)\b(?:(?:cid|hat|csm|csi|specialist(?:\s+crime\s+car)?|forensic\s+practitioner)"
    r"(?:\s*/\s*(?:cid|hat|csm|csi|forensics?))*(?:\s+(?:informed|contacted|consulted|advice|attendance))?)\b",
    re.IGNORECASE,
)
SPECIFIC = re.compile(
    r"\b(?:advis\w*|advice\s*[:-]|attend\w*|because|as\s+(?:the|there|no|nothing|it)|due\s+to|given\s+the"
    r"|not\s+(?:required|needed|necessary|called|requested|deployed)|no\s+need|declin\w*|informed|notified"
    r"|contacted|called|spoke|spoken|rang|phoned|briefed|discussed|requested|agreed)\b",
    re.IGNORECASE,
)
"""What makes a mention a recorded decision: who was contacted, what they
advised, or why they were not needed; "HAT advice considered" alone is none."""
DECLINED = re.compile(
    r"\bnot\s+(?:been\s+)?(?:informed|called|contacted|notified|requested|deployed|consulted|required|needed"
    r"|necessary)\b|\bno\s+(?:need|requirement)\b",
    re.IGNORECASE,
)
REASON = re.compile(
    r"\b(?:because|as|due\s+to|given|since|owing\s+to|in\s+view\s+of|following|after|advised|agreed)\b",
    re.IGNORECASE,
)
"""A specialist not called counts only with the reason why they were not needed."""
ESCALATION = re.compile(r"\b(?:escalated|referred)\s+to\s+cid\b[:\s-]*(?:\S+\s+){0,3}", re.IGNORECASE)
"""Escalation to CID by a supervisor is another requirement (SUP-ESCALATION)."""
HEADING = re.compile(r"\b(?:specialist|forensics?|cid|hat|actions?|enquiries)\b", re.IGNORECASE)


class SpecialistsNotConsidered(Check):
    """No record that CID, the specialist crime car (HAT) or a forensic practitioner was considered.

    At every sudden death the report must show that calling CID, the
    specialist crime car (HAT) and a forensic practitioner was considered: who
    was contacted and what they advised, or why they were not needed. Present
    when any of them is recorded as considered, contacted, consulted or
    declined; *unclear* when the only entry is a placeholder ("HAT/CID: TBC");
    absent when none of the three is mentioned as a decision.

    ## Why it matters

    This is the route by which experienced detectives become involved; the
    Port deaths were handled by uniformed officers who never called them.

    ## Example

    ```text
    Scene held. Supervisor attended. Body removed by undertakers.
    HAT/CID: TBC
    ```

    ## Use instead

    ```text
    HAT (DS 445566 MORRIS) contacted at 0410 - advised no attendance given
    the findings; CSM not required as scene undisturbed; CID informed.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "Consideration at each sudden death should be
    given to the criminal investigation department, the specialist crime car
    and a forensic practitioner."
    """

    code = "DR020"
    requirement = "DR-SPECIALIST"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = "Who was contacted and what they advised, or why they were not needed."

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        blanks = placeholders(doc, LABEL)
        considered = [
            s
            for s in find(doc, SPECIALIST)
            if not is_placeholder(s)
            and SPECIALIST.search(ESCALATION.sub(" ", s.text))
            and DECISION.search(s.text)
            and SPECIFIC.search(s.text)
            and (not DECLINED.search(s.text) or REASON.search(s.text))
            and not any(s.span.start <= b.start < s.span.end for b in blanks)
        ]
        if considered:
            return
        if blanks:
            yield self.unclear(
                doc,
                blanks[0],
                "Consideration of CID, HAT and a forensic practitioner recorded only as a placeholder",
            )
            return
        mentioned = [
            s
            for s in find(doc, SPECIALIST)
            if not is_placeholder(s) and SPECIALIST.search(ESCALATION.sub(" ", s.text)) and not is_heading(s)
        ]
        if mentioned:
            yield self.finding(
                doc,
                mentioned[0].span,
                "CID, HAT or a forensic practitioner mentioned with no record of who was contacted and what "
                "they advised, or why they were not needed",
            )
            return
        yield self.finding(
            doc,
            heading(doc, HEADING) or title(doc),
            "No record that CID, the specialist crime car (HAT) or a forensic practitioner was considered",
        )
