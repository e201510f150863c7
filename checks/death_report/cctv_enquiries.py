"""DR019: no record that CCTV was considered for the relevant time frame."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.death_report.report_sentences import Statement, find, heading, is_placeholder, placeholders, title
from checks.vocabulary import TIME

CCTV = re.compile(
    r"\b(?:cctv|cameras?|ring\s+doorbell|doorbell\s+cam\w*|dash\s*cam\w*|footage)\b", re.IGNORECASE
)
ENQUIRY = re.compile(
    r"\b(?:request\w*|trawl\w*|view\w*|seiz\w*|download\w*|obtain\w*|secur\w*|check\w*|review\w*"
    r"|collect\w*|recover\w*|sought|covering|between|from|for\s+the\s+period|no\s+cameras?|none\s+covering"
    r"|not\s+covered|not\s+working|no\s+cctv|nil\s+cctv|not\s+required|not\s+necessary|because|as\s+there|due\s+to"
    r"|negative|nothing\s+of\s+note|shows?|showed|captured|awaited"
    r"|none\s+(?:in|on|at|near|nearby|available|found|seen|located|identified|fitted|present|overlooking)"
    r"|fac(?:es|ing|ed)\s+away|point(?:s|ing|ed)\s+away|(?:does|did|do)\s*(?:not|n't)\s+cover|no\s+coverage"
    r"|not\s+(?:requested|sought|needed|pursued)|looked\s+for|searched\s+for)\b",
    re.IGNORECASE,
)
BARE_LIST = re.compile(r"(?:^|[:;,]\s*)cctv\s*(?:[,;.]|and\b|$)", re.IGNORECASE)
"""CCTV named only as an item of a list ("last movements, phone, CCTV, associates")."""
LABEL = re.compile(r"\b(?:cctv(?:\s+(?:enquiries|trawl|checks))?)\b", re.IGNORECASE)
HEADING = re.compile(r"\b(?:cctv|forensics?|property|actions?|enquiries|police\s+actions)\b", re.IGNORECASE)


class CctvNotConsidered(Check):
    """No record that CCTV was considered for the relevant time frame.

    The report must show CCTV enquiries: where and for what times footage was
    requested or viewed, what it showed, or why none was sought ("no cameras
    cover the block"). A heading or label holding only a placeholder ("CCTV:
    TBC") is *unclear*; CCTV named only in a list of outstanding lines of
    enquiry, with no place, time or result, does not record the enquiry.

    ## Why it matters

    Port was identified from CCTV only after the victims' families pressed for
    it; footage is overwritten within days if nobody asks for it.

    ## Example

    ```text
    ENQUIRIES
    H2H done nos 1-20. Intel checks nil trace.
    CCTV: TBC
    ```

    ## Use instead

    ```text
    CCTV requested from the Co-op, 12 High Street, covering 22:00 on 3/5 to
    07:40 on 4/5; viewed by PC 123AB - deceased enters alone at 23:12.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "CCTV enquiries should be considered for the
    relevant time frame."
    """

    code = "DR019"
    requirement = "DR-CCTV"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = "Locations and times requested, results, or reasons for not requesting."

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        blanks = placeholders(doc, LABEL)
        mentions = find(doc, CCTV)
        real = [s for s in mentions if not is_placeholder(s) and not _inside(s, blanks)]
        recorded = [s for s in real if ENQUIRY.search(s.value) or TIME.search(s.text)]
        if any(not BARE_LIST.search(s.text) or TIME.search(s.text) for s in recorded):
            return
        if blanks:
            yield self.unclear(doc, blanks[0], "CCTV enquiries recorded only as a placeholder")
            return
        if real:
            yield self.finding(
                doc,
                real[0].span,
                "CCTV mentioned with no locations, times, results or reason for not requesting",
            )
            return
        yield self.finding(
            doc, heading(doc, HEADING) or title(doc), "No record that CCTV enquiries were considered"
        )


def _inside(statement: Statement, blanks: list[Span]) -> bool:
    """Whether the statement's only CCTV mention is a placeholder."""
    rest = statement.text
    for b in blanks:
        if statement.span.start <= b.start < statement.span.end:
            offset = b.start - statement.span.start
            rest = rest[:offset] + " " * (b.end - b.start) + rest[offset + b.end - b.start :]
    return not CCTV.search(rest)
