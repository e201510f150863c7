"""CR019: no completed DASH risk assessment on a domestic-abuse CRIS."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.cris.passages import Statement, is_review, label_value, statements, title
from checks.cris.reasons import NOT_DONE
from checks.vocabulary import is_non_answer

_DOMESTIC_CI = re.compile(
    r"\bdomestic[\s-]+(?:abuse|violence|context|related|incident|murder|homicide|relationship|dispute|argument"
    r"|assault|matter|call|history)\b|\b(?:a|verbal|physical|ongoing|previous|historic)\s+domestic\b"
    r"|^\s*(?:flags?|classification|occurrence\s+type)\s*:.*\bdomestic\b"
    r"|\bda\b(?=[\s-]+(?:related|incident|history|context|case|matter|crime|victim|perpetrator|suspect|policy))"
    r"|\b(?:coercive\s+control(?:ling)?|controlling\s+(?:and\s+)?coercive|intimate\s+partner\s+violence|marac)\b",
    re.IGNORECASE,
)
"""Wording that shows a domestic-abuse context."""
_DOMESTIC_LABEL = re.compile(
    r"\b(?:flags?|classification|class|occurrence\s+type|crime\s+type|offence|incident\s+type|markers?)\s*[:=|-]"
    r"[^\n:]{0,60}?(?:\bdomestic\b|\(\s*da\s*\)|\bda\b(?!\s+risk))",
    re.IGNORECASE,
)
"""A domestic-abuse classification or flag in the record's header, ALL CAPS or
abbreviated: "Classification: Common assault (DA)", "FLAG: DOMESTIC ABUSE"."""
_NOT_DA_VALUE = re.compile(r"\b(?:non[\s-]?domestic|not\s+domestic|no|n/a|none)\s*(?:da|domestic)?\s*$", re.I)
_NEGATED = re.compile(
    r"(?:\bno\b|\bnot\b|\bnon\b|\bnil\b|\bwithout\b|\bnor\b|\bn/a\b|not\s+applicable)[^.;]{0,45}$|\bnon-$",
    re.IGNORECASE,
)
_SYSTEM = re.compile(r"\b(?:PNC|PND|CRIMINT|MERLIN|CAD\s+\d|CRIS\s+\d)", re.IGNORECASE)
_DASH = re.compile(
    r"\bDASH\b|\bd\.a\.s\.h\b|\bDA\s+risk\s+assessment\b|\brisk\s+assessment\s+pro-?forma\b", re.I
)
_DASH_DONE = re.compile(
    r"\b(?:completed|complete|done|conducted|carried\s+out|went\s+through|answered|graded|submitted|scored"
    r"|risk\s+(?:level|assessed|graded|rating)|(?:standard|medium|high)\s+risk|risk\s+(?:is\s+)?(?:standard|medium|high)"
    r"|\d+\s*(?:/|of|out\s+of)\s*27)\b",
    re.IGNORECASE,
)
_YES = re.compile(r"^\s*(?:yes|y)\b", re.IGNORECASE)


class DashNotCompleted(Check):
    """Domestic-abuse CRIS with no completed DASH risk assessment.

    Applies only where the record shows a domestic-abuse context: a domestic
    abuse flag or classification (anywhere on a header line, ALL CAPS or as
    "(DA)": "Classification: Common assault (DA)"), or the narrative naming domestic abuse,
    violence or a domestic context ("no domestic relationship" does not
    count; past incidents listed in intelligence results alone do not
    either). Satisfied by a DASH recorded as completed (with whom, the score or
    the risk level) or a template answer "Yes". A DASH answered only "TBC",
    "N/A" or "see above" is *unclear*; no DASH, or "DASH not completed" with an
    excuse, is *absent*.

    ## Why it matters

    The DASH pro-forma on CRIS drives the risk grading, MARAC referral and
    the intelligence checks behind them; the IOPC found its checks limited to
    "a five year period" before a domestic murder.

    ## Example

    ```text
    Flags: Domestic abuse
    14/02/2024 10:30 DC 2468 PRICE: DASH not completed as the victim is deceased.
    ```

    ## Use instead

    ```text
    14/02/2024 10:30 DC 2468 PRICE: DASH completed with the deceased's sister about
    the relationship with her ex-partner: 11/27 yes, risk graded HIGH, MARAC referral.
    ```

    ## Source

    002_cd5c91525f8f2821.txt: "risk assessment pro-forma on the ‘Crime Reporting
    Information System’ (CRIS) report"
    """

    code = "CR019"
    requirement = "CR-DASH"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.CRIS_RECORD})
    suggestion = "A completed DASH pro-forma."

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) and _domestic(doc) is not None

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        placeholder: Statement | None = None
        refused: Statement | None = None
        answered_no: Statement | None = None
        for st in statements(doc):
            if is_review(doc, st) or not _DASH.search(st.text):
                continue
            answer = _answer(st.text)
            if answer is not None:
                if _YES.match(answer) or (_DASH_DONE.search(answer) and not NOT_DONE.search(answer)):
                    return
                if not answer or is_non_answer(answer.split("\n")[0]):
                    placeholder = placeholder or st
                else:
                    answered_no = answered_no or st
            elif NOT_DONE.search(st.text):
                refused = refused or st
            elif _DASH_DONE.search(st.text):
                return
        if refused is not None:
            yield self.finding(
                doc, refused.span, "DASH risk assessment not completed on a domestic-abuse CRIS"
            )
        elif placeholder is not None:
            yield self.unclear(doc, placeholder.span, "DASH answered only with a placeholder")
        elif answered_no is not None:
            yield self.finding(
                doc, answered_no.span, "DASH recorded as not completed on a domestic-abuse CRIS"
            )
        else:
            anchor = _domestic(doc)
            yield self.finding(
                doc,
                anchor.span if anchor is not None else title(doc),
                "Domestic-abuse context but no DASH risk assessment recorded",
            )


def _answer(text: str) -> str | None:
    """The answer to a "DASH completed?" or "DASH:" question, if the statement is one."""
    qa = label_value(text)
    if qa is not None and _DASH.search(qa[0]) and len(qa[0].split()) <= 4:
        return qa[1]
    m = re.search(r"\bDASH(?:\s+(?:completed|done|risk\s+assessment))?\s*[?:]\s*", text, re.IGNORECASE)
    if m is None:
        return None
    rest = text[m.end() :]
    nxt = re.search(r"\b[A-Z][a-z][A-Za-z/ ]{1,40}(?:\([^)]{0,30}\))?\s*[?:]\s", rest)
    return (rest[: nxt.start()] if nxt else rest).strip()


def _domestic(doc: Document) -> Statement | None:
    """The first statement that shows a domestic-abuse context."""
    every = statements(doc)
    for st in every:
        m = _DOMESTIC_LABEL.search(st.text)
        if (
            m is not None
            and not _NEGATED.search(st.text[max(0, m.start() - 40) : m.start()])
            and not _NOT_DA_VALUE.search(m.group(0))
        ):
            return st
    for st in every:
        if _SYSTEM.search(st.text) or (is_review(doc, st) and not re.search(r"safeguard", st.text, re.I)):
            continue
        for m in _DOMESTIC_CI.finditer(st.text):
            before = st.text[max(0, m.start() - 40) : m.start()]
            if _NEGATED.search(before):
                continue
            return st
    return None
