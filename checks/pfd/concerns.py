"""PFD004: the coroner's concerns not stated as matters of concern."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Section
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.pfd import form
from checks.vocabulary import is_non_answer

BOILERPLATE = re.compile(
    r"during\s+the\s+course\s+of\s+(?:the|my)\s+(?:inquest|investigation).{0,500}?statutory\s+duty\s+to\s+report"
    r"(?:\s+to\s+you)?\.?"
    r"|the\s+matters\s+of\s+concern\s+are\s+as\s+follows[\s.:;,\-\u2013\u2014]*",
    re.I | re.S,
)
"""The form's own wording in box 5, which says nothing about this death."""

ELSEWHERE = re.compile(
    r"^\W*(?:(?:please\s+)?see|as\s+(?:set\s+out|stated|described|detailed)|refer\s+to|per)\b[^.]{0,60}"
    r"\b(?:above|below|attached|section|box|paragraph|annex|appendix|enclosed|letter|report)\b\W*$",
    re.I,
)
"""Concerns given only by reference to another part or another paper."""


class ConcernsNotStated(Check):
    """Box 5 of the report does not state the coroner's matters of concern.

    Box 5 must set out what the coroner is concerned about: the matters that
    give rise to a risk of future deaths. The form's fixed wording ("During
    the course of the inquest the evidence revealed matters giving rise to
    concern ... The MATTERS OF CONCERN are as follows") does not count. No
    box, or nothing in it beyond that wording and list numbers, is
    *absent*; the template's "[BRIEF SUMMARY OF MATTERS OF CONCERN]" or a
    non-answer is *unclear*, and so is a bare reference elsewhere ("see
    attached letter"). Whatever else the box holds is taken as the coroner's
    concerns: real reports state them in too many ways (a hazard described as
    a fact, a list of topics) for wording to tell a concern from a narrative.

    ## Why it matters

    The concerns are what the recipient must answer. A box that only repeats
    the form's preamble, or only narrates events, gives the recipient nothing
    to act on.

    ## Example

    ```text
    5 CORONER'S CONCERNS
    During the course of the inquest the evidence revealed matters giving rise
    to concern. In my opinion there is a risk that future deaths could occur
    unless action is taken. In the circumstances it is my statutory duty to
    report to you.
    The MATTERS OF CONCERN are as follows.
    (1)
    (2)
    ```

    ## Use instead

    ```text
    The MATTERS OF CONCERN are as follows.
    (1) There is no warning sign before the bend, and drivers cannot see the
    layby until they are upon it.
    ```

    ## Source

    data/pfd/pdf/Template.pdf: "The MATTERS OF CONCERN are as follows." Also the
    Template: "In my opinion there is a risk that future deaths could occur
    unless action is taken."
    """

    code = "PFD004"
    requirement = "PFD-CONCERNS"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.CORONER_PFD})
    suggestion = (
        "Box 5 listing each matter of concern that the evidence revealed and the risk of future deaths "
        "it creates."
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        section = form.first(doc, "coroners_concerns")
        if section is None:
            yield self.finding(
                doc,
                form.where_it_belongs(doc, "coroners_concerns"),
                "The report has no box of the coroner's concerns",
            )
            return
        finding = self._assess(doc, section)
        if finding is not None:
            yield finding

    def _assess(self, doc: Document, section: Section) -> Finding | None:
        raw = form.body(doc, section)
        own = BOILERPLATE.sub(" ", raw)
        heading = form.heading_line(doc, section)
        placeholder = form.PLACEHOLDER.search(doc.text, section.span.start, section.span.end)
        if is_non_answer(own):
            body = form.body_span(doc, section) or heading
            return self.unclear(doc, body, "The matters of concern are a non-answer")
        if not form.words(own):
            if placeholder is not None:
                return self.unclear(
                    doc,
                    spans.line_at(doc.text, placeholder.start()) or heading,
                    "The matters of concern are still the template placeholder",
                )
            if form.REDACTED.search(own):
                return self.unclear(doc, heading, "The matters of concern are redacted")
            return self.finding(doc, heading, "No matter of concern is stated, only the form's wording")
        if ELSEWHERE.match(own.strip()):
            body = form.body_span(doc, section) or heading
            return self.unclear(
                doc, body, "The matters of concern are only a reference elsewhere, not stated in the box"
            )
        return None
