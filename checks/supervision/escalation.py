"""SUP009: doubt about third-party involvement with no escalation to a detective."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.supervision.officers import Level, at_least, mentions
from checks.supervision.reading import (
    anchor,
    category_known,
    category_possibly_suspicious,
    doubt_signs,
    placeholder_after,
)

ESCALATED = re.compile(
    r"\b(?:(?P<strong>call(?:ed|s)?(?:\s+out)?|request(?:ed|s)?|req'?d|rq'?d|sent\s+for|refer(?:red|s)?"
    r"|escalat(?:ed|es|ion)|asked\s+for|summoned)|info'?d|informed|notified|contact(?:ed|s)?|handed\s+(?:over\s+)?to"
    r"|passed\s+to|spoke\s+to)\b",
    re.IGNORECASE,
)
"""Calling a detective in; the weaker verbs ("informed", "passed to") count only
with a named detective."""
DETECTIVE_WORD = re.compile(
    r"\b(?:cid|detective|d/?s|d/?c|d/?i|dci|mit|murder\s+investigation\s+team)\b", re.IGNORECASE
)
_SUPERVISOR_LINE = re.compile(
    r"^[ \t]*(?:supervisor|supervision|duty\s+officer|sign[\s-]*off)\b", re.IGNORECASE
)
NO_DOUBT = re.compile(
    r"\b(?:no|not\s+in\s+any)\s+doubt\b[^.\n]{0,60}\b(?:because|as|since|given)\b"
    r"|\bsatisfied\s+(?:that\s+)?(?:there\s+(?:was|is)\s+)?no\s+third[\s-]+party\b[^.\n]{0,60}\b(?:because|as|since|given)\b"
    r"|\bno\s+doubt\b[^.\n]{0,30}?(?::|\s-\s)\s*\S[^.\n]{10,}"
    r"|\bdoubt\b[^?\n]{0,60}\?\s*(?:a\s*[:.-]\s*)?no\b\s*(?:[:,;]|\s-\s)[^\n]{15,}",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"\b(?:escalat\w*(?:\s+to\s+(?:cid|ds|di|a\s+detective|detective))?|cid\s+(?:informed|notified"
    r"|attendance)|detective\s+(?:called|informed))",
    re.IGNORECASE,
)
_CAME = re.compile(
    r"\b(?:attended|attends|arrived|came|was\s+(?:called|requested|sent\s+for|asked))\b", re.IGNORECASE
)
"""A detective named first who then attended: "I (DS Kaur) attended at PS Grant's request"."""
RULED_OUT = re.compile(
    r"\b(?:not\s+suspicious|non[\s-]+suspicious|no\s+third[\s-]+party(?:\s+involvement)?"
    r"|no\s+suspicious\s+circumstances)\b[^.\n]{0,30}?(?::|\s-\s|\bbecause\b|\bgiven\b)\s*\S",
    re.IGNORECASE,
)
"""A conclusion with its reasons: "confirmed as not suspicious: keyholders accounted for, ..."."""
_HAT = re.compile(r"\b(?:hat|homicide\s+assessment)\b", re.IGNORECASE)
_CLAUSE = re.compile(r"(?:[^.;\n]|\n(?![ \t]*\n)|\.(?=\d)){0,160}")
"""To the end of the clause; single line breaks (wrapped PDF lines) and decimal
times ("14.02") do not end it."""


class EscalationNotRecorded(Check):
    """Doubt about third-party involvement but no escalation to a detective recorded.

    If the attending supervisor is in any doubt about third-party involvement
    they send for a substantive detective, who refers the death to a DI if they
    cannot rule it out. Applies when the report shows reasons for doubt
    (injuries not explained away, a missing phone, a category under
    investigation or homicide), or when a supervisor records the death as not
    suspicious with reasons; flags reports with no call to a detective or DI
    (a detective named first who "attended at PS X's request" counts), and no
    statement that the supervisor had no doubt and why. An
    *Escalated to CID: TBC* line is *unclear*.

    ## Why it matters

    In the Port murders deaths with unexplained features were handled as
    routine; escalation puts a detective's judgement on every doubtful death.

    ## Example

    ```text
    Circumstances: Bruising to both upper arms noted. Deceased's phone not found.
    Supervisor: PS 4410ZD DUNNE attended at 0915.
    ```

    ## Use instead

    ```text
    PS 4410ZD DUNNE in doubt about third party involvement and called DS 63739
    ILIE at 0935, who could not rule it out; referred to DI 70913 MARSH at 1050.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "If the supervisor is in any doubt about potential
    third-party involvement, they will send for a substantive detective."
    """

    code = "SUP009"
    requirement = "SUP-ESCALATION"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = (
        "Escalation entries with names and times, "
        "or a supervisor's statement that there was no doubt and why."
    )

    def applies(self, doc: Document) -> bool:
        if not super().applies(doc):
            return False
        return (
            bool(doubt_signs(doc))
            or (category_known(doc) and category_possibly_suspicious(doc))
            or any(True for _ in placeholder_after(doc, _LABEL))
            or _supervisor_rules_out(doc)
        )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if _escalated(doc) or NO_DOUBT.search(doc.text) or _supervisor_rules_out(doc):
            return
        unclear = list(placeholder_after(doc, _LABEL))
        if unclear:
            yield self.unclear(doc, unclear[0], "Escalation to a detective given only as a placeholder")
            return
        signs = doubt_signs(doc)
        where = anchor(
            doc, re.compile(r"^[ \t]*(?:supervisor|supervision|supervisory)\b", re.IGNORECASE | re.MULTILINE)
        )
        if signs:
            where = spans.line_at(doc.text, signs[0].start) or where
        yield self.finding(
            doc,
            where,
            "Reasons for doubt about third-party involvement, but no escalation to a detective recorded",
        )


def _escalated(doc: Document) -> bool:
    """A clause in which a detective (DS, DC, CID) or DI is called, requested or
    referred to, other than the HAT's advice; placeholder answers do not count."""
    chars = list(doc.text)
    for span in placeholder_after(doc, _LABEL):
        chars[span.start : span.end] = " " * len(span)
    text = "".join(chars)
    detectives = [
        m for m in mentions(text) if m.level in (Level.DETECTIVE_SERGEANT, Level.DETECTIVE_INSPECTOR)
    ]
    for m in ESCALATED.finditer(text):
        clause_start = max(
            text.rfind(".", 0, m.start()), text.rfind(";", 0, m.start()), text.rfind("\n\n", 0, m.start())
        )
        clause = _CLAUSE.match(text, m.end())
        clause_end = clause.end() if clause else m.end()
        words = text[clause_start + 1 : clause_end]
        if _HAT.search(words):
            continue
        named = any(m.end() <= d.span.start < clause_end and not d.adviser for d in detectives) or any(
            clause_start < d.span.start < m.start()
            and not d.adviser
            and _CAME.search(text[d.span.end : m.start()])
            for d in detectives
        )
        if named or (m.group("strong") and DETECTIVE_WORD.search(text[m.end() : clause_end])):
            return True
    return False


def _supervisor_rules_out(doc: Document) -> bool:
    """A sergeant or more senior officer states on their line that the death is not
    suspicious, with the reasons: the catalogue's "statement that there was no doubt and why"."""
    for m in RULED_OUT.finditer(doc.text):
        line = spans.line_at(doc.text, m.start())
        if line is None:
            continue
        words = doc.quote(line)
        if _SUPERVISOR_LINE.search(words) or any(
            at_least(x.level, Level.SERGEANT) and x.level != Level.DETECTIVE_SERGEANT and not x.adviser
            for x in mentions(words)
        ):
            return True
    return False
