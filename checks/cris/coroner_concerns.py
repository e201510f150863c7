"""CR017: a coroner's concern recorded on the CRIS with no action or result against it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.cris.passages import Statement, is_review, label_value, statements, window
from checks.vocabulary import is_non_answer

_CORONER = re.compile(
    r"\bcoroner(?:'s|s)?\b|\bhm\s+cor(?:oner)?\b|\bcor'?s\s+(?:officer|ofcr|office)\b|\binquest\b",
    re.IGNORECASE,
)
_CONCERN = re.compile(
    r"\b(?:concern(?:s|ed)?|quer(?:y|ies|ied)|question(?:s|ed)?|unhappy|not\s+satisfied|dissatisfied|unresolved"
    r"|raised|challenged|asked\s+(?:why|whether|for\s+further|that)|request(?:ed|s)?\s+further|missing\s+(?:steps?"
    r"|enquir\w+)|pfd|prevention\s+of\s+future\s+deaths|regulation\s+28|reg\s*28)\b",
    re.IGNORECASE,
)
_ROUTINE = re.compile(
    r"\b(?:case\s+accepted|accepted\s+the\s+case|taken\s+the\s+case|pm\s+(?:requested|booked)|informed\s+of\s+the\s+death"
    r"|removal\s+service|coroner'?s\s+officer\s+(?:informed|notified|updated|spoken\s+to))\b",
    re.IGNORECASE,
)
_FOLLOW_UP = re.compile(
    r"\b(?:referred|passed\s+to|escalated|actions?\s+(?:set|raised|taken|agreed)|further\s+(?:enquir\w+|investigation"
    r"|statements?)|re-?investigat\w+|respon(?:se|ded)|replied|reply|resolved|addressed|answered|dci|sio|mit|reviewed\s+by"
    r"|statement\s+(?:obtained|taken)|now\s+(?:obtained|completed|done)|completed|result(?:s)?|outcome"
    r"|(?:obtained|took|sent|supplied|provided|forwarded)\s+(?:\w+\s+){0,2}(?:statements?|reports?|records?|mg\s?11))\b",
    re.IGNORECASE,
)


class CoronerConcernNotResolved(Check):
    """A coroner's concern recorded with no referral, action or result against it.

    Applies only when the record mentions a concern, query or question that a
    coroner raised (before or at the inquest, or a prevention-of-future-deaths
    matter); routine coroner contact (case accepted, PM requested) is not a
    concern. Satisfied when the record also shows what was done about it:
    a referral to the BCU DCI or MIT SIO, actions set, further enquiries, a
    response or a result. A concern with no follow-up is *absent*; a concern
    field holding only a placeholder is *unclear*. Whether every concern the
    coroner raised reached the CRIS cannot be known from the CRIS alone.

    ## Why it matters

    The first coroner's concerns in the Port case were ignored; the policy
    says concerns and the action taken must be on the CRIS, and HMICFRS found
    little evidence that officers do this.

    ## Example

    ```text
    12/04/2023 11:00 DC 5566 WEBB: Coroner raised concerns about the unexplained
    bruising and asked whether the flatmate was spoken to.
    ```

    ## Use instead

    ```text
    12/04/2023 11:00 DC 5566 WEBB: Coroner raised concerns about the unexplained
    bruising. Referred to DCI HART (BCU); actions set: statement from the flatmate,
    pathologist to review bruising. 20/04/2023: statement obtained, result sent to
    the coroner's officer.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "any concerns and the action taken as a result of them
    are to be recorded on a CRIS report." Also 001_e7d9bf340db595bc.txt: "there must
    be further investigation to resolve those aspects."
    """

    code = "CR017"
    requirement = "CR-CORONER"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.CRIS_RECORD})
    suggestion = (
        "A coroner concern entry, its referral to the BCU DCI or MIT SIO, the actions taken, and the result."
    )

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) and bool(_concerns(doc))

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        concerns = _concerns(doc)
        if not concerns:
            return
        every = statements(doc)
        for concern in concerns:
            qa = label_value(concern.text)
            if qa is not None and _CONCERN.search(qa[0]) and (not qa[1] or is_non_answer(qa[1])):
                yield self.unclear(doc, concern.span, "Coroner's concerns answered only with a placeholder")
                return
            after = window(doc, concern).text[len(concern.text) :]
            if _FOLLOW_UP.search(_own_follow_up(concern.text)):
                continue
            later = [s for s in every if s.span.start > concern.span.end and _CORONER.search(s.text)]
            if _FOLLOW_UP.search(after) or any(_FOLLOW_UP.search(s.text) for s in later):
                continue
            yield self.finding(
                doc, concern.span, "Coroner's concern recorded with no action or result against it"
            )
            return


_THEN_WE = re.compile(
    r"[;,]?\s*\b(?:so|and(?:\s+so)?|therefore|then|which)\s+(?:i|we|the\s+oic|oic|(?:pc|dc|ps|ds|di|dci)\b[^,;.]{0,20}?)\s",
    re.IGNORECASE,
)
"""A run-on sentence that goes on to what the officer did: "... unhappy about X so I obtained ..."."""


def _own_follow_up(text: str) -> str:
    """What the concern's own sentence says was done after the concern: the part after "so I",
    "and we", once the concern is stated; empty when the sentence only states the concern."""
    m = _CONCERN.search(text)
    if m is None:
        return ""
    then = _THEN_WE.search(text, m.end())
    return text[then.end() :] if then is not None else ""


def _concerns(doc: Document) -> list[Statement]:
    found = []
    for st in statements(doc):
        if is_review(doc, st) or not _CORONER.search(st.text):
            continue
        if _CONCERN.search(st.text) and not _ROUTINE.search(st.text):
            found.append(st)
    return found
