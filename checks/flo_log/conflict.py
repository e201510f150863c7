"""FLO016: conflict between the FLO and the family recorded with no SIO response."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Entry
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.flo_log.mentions import Mention, entry_at, mentions

CONFLICT = re.compile(
    r"\b(?:complain\w*\s+(?:about|regarding|re)\s+(?:the\s+|their\s+|me\b|my\b|flo\b)"
    r"|(?:unhappy|dissatisfied|not\s+happy|angry|upset)\s+with\s+(?:the\s+flo|me\b|my\s+(?:contact|role|handling))"
    r"|(?:relationship|rapport)\s+(?:with\s+(?:the\s+)?family\s+)?(?:has\s+)?(?:broken\s+down|breakdown|deteriorat\w*)"
    r"|breakdown\s+in\s+(?:the\s+)?(?:relationship|trust|communication)"
    r"|conflict\s+(?:between|with)\b|(?:asked|requested|want\w*)\s+(?:for\s+)?(?:a\s+)?(?:new|different|another|replacement)\s+flo"
    r"|refus\w*\s+to\s+(?:deal|speak|engage)\s+with\s+(?:me|the\s+flo)|no\s+longer\s+(?:trust|want\s+to\s+deal\s+with)"
    r"|(?:angry|upset|unhappy|furious|annoyed|frustrated|critical|disappointed)\s+(?:that|because|with|at|of|about)"
    r"\s+[\"'\u201c]?(?:the\s+)?(?:police|investigation|officers|me\b|us\b|flos?\b|nobody|no\s*-?one)"
    r"|critical\s+of\s+(?:the\s+\w+\s+and\s+of\s+)?(?:me|the\s+flos?|police)\b"
    r"|(?:will|going\s+to|wants?\s+to|threaten\w*\s+to|intends?\s+to)\s+(?:make\s+a\s+)?(?:formal\s+)?complai\w*"
    r"|refus\w*\s+to\s+(?:see|meet|speak\s+to|talk\s+to|let\s+(?:me|us)\s+in)\s+(?:me|us|the\s+flos?|officers|police)\b"
    r"|stop\s+(?:coming|calling|contacting)\s+(?:to\s+the\s+house|round|us)"
    r"|treat(?:s|ing)?\s+us\s+like\s+(?:suspects|criminals))",
    re.IGNORECASE,
)
"""Wording that records conflict between the FLO and the family (not grief or anger at events)."""

RESPONSE = re.compile(
    r"\b(?:sio|dsio|senior\s+investigating\s+officer|iag|independent\s+advisory\s+group|co-?ordinator|flc"
    r"|replacement\s+flo|new\s+flo\s+(?:deployed|appointed|allocated)|mediat\w*)\b",
    re.IGNORECASE,
)


class FamilyConflictNotAddressed(Check):
    """Conflict between the FLO and the family recorded with no SIO response in the log.

    Applies only when the log records conflict between the FLO and the family
    (a complaint about the FLO, a breakdown in the relationship, a request for
    a different FLO, anger or criticism aimed at the police or the FLO, a
    threat to complain, a refusal to see the FLO). The conflict must be
    followed, in the same or a later entry, by the SIO's (or co-ordinator's)
    response: a meeting, an Independent Advisory Group, a replacement FLO, or
    an entry the SIO wrote. Conservative: grief, or upset at events such as
    press coverage, is not conflict, and a log that records none is not
    applicable. This requirement is not labelled in the corpus.

    ## Why it matters

    The SIO is responsible for addressing conflict between an FLO and a
    family; left to the FLO alone it festers and the family disengage.

    ## Example

    ```text
    18/05/2023 10:00 DC 1234AB SMITH (FLO): Mother complained about the FLO and says
    she no longer trusts me.
    ```

    ## Use instead

    ```text
    18/05/2023 14:00 DI 2201 KERR (SIO): Met mother re her complaint about the FLO;
    agreed a replacement FLO from Monday.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "The SIO is responsible for addressing any conflict between an FLO and a
    family."
    """

    code = "FLO016"
    requirement = "FLO-CONFLICT"
    severity = Severity.LOW
    applies_to = frozenset({DocKind.FLO_LOG})
    suggestion = "Entries describing the issue and the SIO's action."

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) and bool(mentions(doc, CONFLICT))

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for conflict in mentions(doc, CONFLICT):
            if not _answered(doc, conflict):
                yield self.finding(
                    doc,
                    conflict.span,
                    "Conflict between the FLO and the family recorded with no SIO response in the log",
                )


def _answered(doc: Document, conflict: Mention) -> bool:
    """Whether the conflict's own entry, or any later one, records the SIO's response."""
    entry = entry_at(doc, conflict.span)
    if entry is None:
        return bool(RESPONSE.search(doc.text, conflict.span.start))
    later = [e for e in doc.entries if e.span.start >= entry.span.start]
    return any(RESPONSE.search(e.text) or _by_supervisor(doc, e) for e in later)


_SUPERVISOR = re.compile(r"\b(?:sio|dsio|co-?ordinator|flc|dci|di|det\s+supt|dsu)\b", re.IGNORECASE)


def _by_supervisor(doc: Document, entry: Entry) -> bool:
    """An entry the SIO or co-ordinator wrote (their response is in their own entry)."""
    header = doc.quote(entry.header_span) if entry.header_span is not None else ""
    by = " ".join(x for x in (entry.role, entry.rank, header) if x)
    return bool(_SUPERVISOR.search(by))
