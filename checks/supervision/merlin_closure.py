"""SUP014: a MERLIN death report closed with no supervisory approval."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.supervision.officers import Level, at_least, mentions
from checks.supervision.reading import sentence_end, sentence_start

MERLIN_CLOSED = re.compile(
    r"\bmerlin\b[^.\n]{0,60}\b(?:closed|closure|filed|finali[sz]ed|completed)\b"
    r"|\b(?:closed|closure|filed|finali[sz]ed)\b[^.\n]{0,30}\b(?:on|in)\s+merlin\b"
    r"|\b(?:closed|closure\s+of|filed|finali[sz]ed)\s+(?:the\s+|his\s+|her\s+)?merlin\b",
    re.IGNORECASE,
)
APPROVED = re.compile(
    r"\b(?:approv\w*|authori[sz]\w*|agreed|signed\s+off|endorsed|supervis\w*|reviewed)\b", re.IGNORECASE
)


class MerlinClosureNotApproved(Check):
    """MERLIN death report closed with no supervisory approval recorded.

    Death reports on MERLIN are closed under a defined standard, with a
    supervisor's approval. Applies when the record says the MERLIN report was
    closed; flags a closure sentence that neither names a sergeant or more
    senior officer nor says the closure was approved or reviewed. Records that
    do not mention closing the MERLIN report are not applicable: the MERLIN
    record itself is not part of the documents this tool reads.

    ## Why it matters

    The inspection found no governance process and no training on closure
    standards for MERLIN death reports, so reports were closed without anyone
    checking them.

    ## Example

    ```text
    SUDDEN DEATH REPORT
    MERLIN report closed 20/05/2023.
    ```

    ## Use instead

    ```text
    MERLIN report closed 20/05/2023, closure approved by PS 4410ZD DUNNE.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "We also couldn’t find any governance process for
    the closure of death reports on the MERLIN system."
    """

    code = "SUP014"
    requirement = "SUP-MERLIN-CLOSURE"
    severity = Severity.LOW
    applies_to = frozenset({DocKind.DEATH_REPORT, DocKind.CRIS_RECORD})
    suggestion = "A supervisory closure entry."

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) and bool(MERLIN_CLOSED.search(doc.text))

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        first: Span | None = None
        for m in MERLIN_CLOSED.finditer(doc.text):
            start = max(
                [sentence_start(doc.text, m.start())]
                + [e.span.start for e in doc.entries if e.span.start <= m.start() < e.span.end]
            )
            end = sentence_end(doc.text, m.start())
            sentence = doc.text[start:end]
            supervisor = any(at_least(x.level, Level.SERGEANT) and not x.adviser for x in mentions(sentence))
            if supervisor or APPROVED.search(sentence):
                return
            first = first or spans.trim(doc.text, start, end) or Span(start, end)
        if first is not None:
            yield self.finding(doc, first, "MERLIN report closed with no supervisory approval recorded")
