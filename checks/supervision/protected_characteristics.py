"""SUP012: supervisory entries silent on protected characteristics the record shows are relevant."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.supervision.entries import full_text, is_death_investigation, supervisory_entries
from checks.supervision.officers import Level, at_least, mentions
from checks.supervision.reading import category_is_expected

RELEVANCE = re.compile(
    r"\b(?:homophobic|transphobic|racist|racial(?:ly)?\s+(?:motivated|aggravated)|religious(?:ly)?\s+(?:motivated|"
    r"aggravated)|disablist|hate\s+(?:crime|incident|motivat\w*)|hostility|prejudice|chemsex|dating\s+app|grindr"
    r"|meeting\s+arranged\s+via|characteristics?\s+(?:were\s+|was\s+)?(?:considered\s+)?relevant"
    r"|relevant\s+(?:protected\s+)?characteristics?)\b",
    re.IGNORECASE,
)
"""Wording that makes protected characteristics evidently relevant to the death."""
_NEGATED = re.compile(
    r"\b(?:no|not|nil|without|none|never|neither)\b[^.;\n]{0,40}$|\bnot\s+(?:considered\s+)?$", re.IGNORECASE
)
_PC_RELEVANT = re.compile(
    r"\bprotected\s+characteristics?\b(?P<lead>[^\n]{0,160}?)\brelevant\b", re.IGNORECASE
)
"""A protected characteristics line saying they are relevant ("... considered relevant")."""
_ANSWERED_NO = re.compile(r"^[^.\n:]{0,30}[:?]\s*(?:no|nil|none|n/?a|not\s+applicable)\b", re.IGNORECASE)
CONSIDERED = re.compile(
    r"\b(?:protected\s+characteristics?|pcs?\b|sexual(?:ity|\s+orientation)|gay|lesbian|bisexual|trans(?:gender)?"
    r"|ethnicity|race|racial|religio\w*|faith|disabilit\w*|gender|lgbt\w*|hate|hostility|prejudice|chemsex)\b",
    re.IGNORECASE,
)
_SUPERVISOR_BLOCK = re.compile(
    r"^[ \t]*(?:supervisor|supervision|supervisory|sign[\s-]*off|duty\s+officer)\b[^\n]*"
    r"(?:\n[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t][^\n]*)*",  # with the bullets listed under it
    re.IGNORECASE | re.MULTILINE,
)


def relevance_signs(doc: Document) -> list[Span]:
    """Where the record shows protected characteristics are relevant (not negated)."""
    out = []
    for m in RELEVANCE.finditer(doc.text):
        line_start = max(doc.text.rfind("\n", 0, m.start()), doc.text.rfind(".", 0, m.start())) + 1
        if _NEGATED.search(doc.text[line_start : m.start()]) or _ANSWERED_NO.match(
            doc.text[m.end() : m.end() + 60]
        ):
            continue
        out.append(Span(m.start(), m.end()))
    for m in _PC_RELEVANT.finditer(doc.text):
        if not re.search(r"\b(?:not|no|nothing|never)\b", m.group("lead")[-40:], re.IGNORECASE):
            out.append(Span(m.start(), m.end()))
    return sorted(out, key=lambda s: s.start)


def supervisory_text(doc: Document) -> list[Span]:
    """Supervisors' words: a CRIS record's supervisory entries; on a death report,
    the supervisor block and every line naming a sergeant or more senior officer."""
    if doc.kind == DocKind.CRIS_RECORD:
        return [Span(e.span.start, e.span.start + len(full_text(doc, e))) for e in supervisory_entries(doc)]
    found = [Span(m.start(), m.end()) for m in _SUPERVISOR_BLOCK.finditer(doc.text)]
    for m in mentions(doc.text):
        if at_least(m.level, Level.SERGEANT) and not m.adviser:
            line = spans.line_at(doc.text, m.span.start)
            if line is not None:
                found.append(line)
    return found


class ProtectedCharacteristicsNotConsideredBySupervisor(Check):
    """Supervisory entries silent on protected characteristics the record shows are relevant.

    Sergeants and inspectors reviewing a death investigation consider whether
    protected characteristics are relevant and whether they affect the
    category or the lines of enquiry. Applies to every death investigation a
    supervisor has written on (not an expected death, nor a CRIS record of a
    crime with a living victim). Any supervisory comment on protected
    characteristics, relevant or not, satisfies it; supervisory text silent on
    them is flagged, at the record's sign of relevance (a hate or hostility
    indicator, a chemsex or dating-app context) when there is one, else at the
    first supervisory line.

    ## Why it matters

    The inspection found "little evidence" that supervisors routinely
    considered protected characteristics; in the Port murders the victims'
    sexuality and the use of dating apps linked the deaths.

    ## Example

    ```text
    SUDDEN DEATH REPORT
    Circumstances: Meeting arranged via a dating app; GHB bottle at the scene.
    Supervisor: PS 4410ZD DUNNE attended at 0915. Reviewed, content.
    ```

    ## Use instead

    ```text
    Supervisor: PS 4410ZD DUNNE attended at 0915. Sexual orientation and the
    dating-app contact considered relevant; passed to the DI for the lines of enquiry.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "we found little evidence that they routinely
    considered protected characteristics."
    """

    code = "SUP012"
    requirement = "SUP-PC"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.DEATH_REPORT, DocKind.CRIS_RECORD})
    suggestion = "A supervisory comment on protected-characteristic relevance."

    def applies(self, doc: Document) -> bool:
        if not super().applies(doc) or not supervisory_text(doc):
            return False
        if doc.kind == DocKind.CRIS_RECORD:
            return is_death_investigation(doc)
        return not category_is_expected(doc)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for span in supervisory_text(doc):
            if CONSIDERED.search(doc.quote(span)):
                return
        signs = relevance_signs(doc)
        if signs:
            yield self.finding(
                doc,
                spans.line_at(doc.text, signs[0].start) or signs[0],
                "Protected characteristics are evidently relevant, but no supervisory entry considers them",
            )
            return
        first = supervisory_text(doc)[0]
        yield self.finding(
            doc,
            spans.line_at(doc.text, first.start) or first,
            "No supervisory entry says whether protected characteristics are relevant to the death",
        )
