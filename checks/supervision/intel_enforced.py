"""SUP011: no supervisory confirmation that the required intelligence checks were done."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Entry, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.supervision.entries import full_text, is_closing, reviews, supervisory_entries
from checks.supervision.protected_characteristics import supervisory_text
from checks.supervision.reading import category_is_expected

INTEL = re.compile(
    r"\b(?:intel(?:ligence)?|research|pnc|pnd|crimint|merlin\s+checks?|checks?\s+(?:on|across|show|came)"
    r"|(?:all\s+)?systems\s+checked)\b",
    re.IGNORECASE,
)
CHALLENGED = re.compile(
    r"\b(?:not\s+(?:yet\s+)?(?:complete[d]?|done|recorded|carried\s+out)|incomplete|only|full\s+checks|outstanding"
    r"|missing|to\s+be\s+(?:done|completed|carried\s+out)|needs?|must|please|ensure|oic\s+to|gaps?)\b",
    re.IGNORECASE,
)
SYSTEMS = re.compile(
    r"\b(?:pnc|pnd|cris|merlin|crimint|connect|cad|police\s+national\s+(?:computer|database))\b",
    re.IGNORECASE,
)
_CHECK_ENTRY = re.compile(r"\b(?:checks?|research|searched|ran|did\s+a)\b", re.IGNORECASE)
_SEPARATOR = re.compile(r"\n[ \t]*[-=_*]{5,}")
MINIMUM_SYSTEMS = 4
"""Indices a full check names (PNC, PND, CRIS, MERLIN, CRIMINT, CONNECT): fewer is a partial check."""


FIVE_YEARS_AS_MAXIMUM = re.compile(
    r"\b(?:limited\s+to|only|restricted\s+to)\s+(?:the\s+)?(?:last\s+|past\s+)?(?:five|5)[\s-]+years?"
    r"|\bfor\s+the\s+(?:five|5)[\s-]+year\s+period\b|\b(?:last|past)\s+(?:five|5)\s+years\s+only\b",
    re.IGNORECASE,
)
OTHER_PARTY = re.compile(
    r"\((?:informant|finder|last\s+seen\s+by|partner|witness|suspect|caller|nok|next\s+of\s+kin|friend|flatmate)\)"
    r"|\b(?:informant|finder|last\s+seen|all\s+parties|witness(?:es)?|partner)\b",
    re.IGNORECASE,
)
AWAITED = re.compile(r"\b(?:requested|awaited|awaiting|to\s+follow|pending|tbc)\b", re.IGNORECASE)
MINIMUM_INDICES = frozenset({"pnc", "cris", "merlin", "crimint", "connect"})


def first_check_adequate(doc: Document) -> bool:
    """Whether the record's first intelligence check covers the minimum indices, more
    than the deceased alone, and treats five years as a minimum. Later checks made
    as directed by a supervisor do not count: they show the supervisor challenged."""
    supervisors = {id(e) for e in supervisory_entries(doc)}
    for entry in sorted(doc.entries, key=lambda e: e.span.start):
        if id(entry) in supervisors:
            continue
        body = full_text(doc, entry)
        systems = {m.group().lower() for m in SYSTEMS.finditer(body)}
        if not systems or not _CHECK_ENTRY.search(body) or re.search(r"\btemplate\b", body, re.IGNORECASE):
            continue
        if AWAITED.search(body) and len(systems) < 2:
            return False
        if len(systems & MINIMUM_INDICES) < MINIMUM_SYSTEMS or FIVE_YEARS_AS_MAXIMUM.search(body):
            return False
        return not re.search(r"\(deceased\)", body, re.IGNORECASE) or bool(OTHER_PARTY.search(body))
    return False


def _sentences(doc: Document, entry: Entry) -> Iterator[tuple[Span, str]]:
    body_start = entry.span.start
    body = full_text(doc, entry)
    for sentence in spans.sentences(doc.text, body_start, body_start + len(body)):
        yield sentence, doc.quote(sentence)


class IntelligenceChecksNotEnforced(Check):
    """No supervisory confirmation that the required intelligence checks were done.

    A supervisor's review should confirm that the required intelligence checks
    (all parties, the minimum indices, at least five years) were carried out
    and recorded, or direct that they be done. Flags a CRIS record whose
    supervisory entries never mention the intelligence checks, or only endorse
    them when the record's own checks are partial (fewer than four of PNC, PND,
    CRIS, MERLIN, CRIMINT, CONNECT). The catalogue ties it to DR-INTEL as well
    as CR-INTEL-SCOPE, so death reports are checked too (not an expected
    death): there the supervision section and the lines naming a sergeant or
    more senior officer must say something about the intelligence checks.

    ## Why it matters

    The inspection found "no evidence that supervisors enforced this part of
    the policy"; a supervisor signing off a record with no checks lets a
    repeat location or a known associate go unnoticed.

    ## Example

    ```text
    CRIS CRIME REPORT - DETS
    13/09/2023 19:57 DC 248312 WILSON: PNC check on the deceased - no trace.
    14/09/2023 11:44 PS 5219SW HUGHES: Supervisory review. Reviewed, content.
    ```

    ## Use instead

    ```text
    14/09/2023 11:44 PS 5219SW HUGHES: Supervisory review. Intel checks PNC only -
    OIC to complete PNC, PND, CRIS, MERLIN, CRIMINT and CONNECT on all parties,
    five years minimum.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "we found no evidence that supervisors enforced
    this part of the policy."
    """

    code = "SUP011"
    requirement = "SUP-INTEL-ENFORCED"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.CRIS_RECORD, DocKind.DEATH_REPORT})
    suggestion = "A supervisory note on the checks."

    def applies(self, doc: Document) -> bool:
        if doc.kind == DocKind.DEATH_REPORT and category_is_expected(doc):
            return False
        return super().applies(doc)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.kind == DocKind.DEATH_REPORT:
            yield from self._death_report(doc)
            return
        found = reviews(doc) + [e for e in doc.entries if is_closing(doc, e)]
        endorsed: Span | None = None
        for entry in found:
            for span, words in _sentences(doc, entry):
                if not INTEL.search(words):
                    continue
                if CHALLENGED.search(words):
                    return
                endorsed = endorsed or span
        if endorsed is not None:
            if first_check_adequate(doc):
                return
            yield self.finding(
                doc,
                endorsed,
                "Supervisor endorses intelligence checks that the record shows were partial or not done",
            )
            return
        where = (
            spans.entry_span(doc, found[0])
            if found
            else (spans.first_line(doc.text) or spans.whole(doc.text))
        )
        yield self.finding(doc, where, "No supervisory note confirming the intelligence checks were done")

    def _death_report(self, doc: Document) -> Iterator[Finding]:
        """On a death report the supervision section and the lines naming a sergeant or more
        senior officer are the supervisors' words; any of them noting the intelligence checks
        is the supervisory note the catalogue asks for."""
        found = [sec.span for sec in doc.sections if sec.name == "supervisor_review"]
        found += supervisory_text(doc)
        for span in found:
            words = _SEPARATOR.split(doc.quote(span), 1)[0]
            if INTEL.search(words):
                return
        if not found:
            where = spans.first_line(doc.text) or spans.whole(doc.text)
        else:
            first = min(found, key=lambda span: span.start)
            where = spans.line_at(doc.text, first.start) or first
        yield self.finding(doc, where, "No supervisory note confirming the intelligence checks were done")
