"""SUP005: a report submitted through the coroners' portal with no supervisor's check before submission."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.supervision.officers import Level, at_least, mentions
from checks.supervision.reading import anchor, datetime_in, sentence_end, sentence_start

PORTAL = re.compile(
    r"\b(?:coroners?'?s?\s+(?:cloud[\s-]+based\s+)?portal|cloud[\s-]+based\s+portal|via\s+the\s+portal"
    r"|(?:online|web|digital|electronic|e-?)\s*portal|(?:via|through|on|into)\s+(?:the\s+)?portal"
    r"|portal\s+(?:submission|report|reference|ref|id|no|number))\b",
    re.IGNORECASE,
)
CHECKED = re.compile(
    r"\b(?:check(?:ed|s)?|qa'?d|q\.a\.?'?d|quality[\s-]+assur(?:ed|ance)|proof[\s-]*read|review(?:ed|s)?|approv(?:ed|al)"
    r"|verified|signed\s+off|read\s+(?:and|&)\s+agreed)\b",
    re.IGNORECASE,
)
BEFORE_SUBMISSION = re.compile(
    r"\b(?:before|prior\s+to|ahead\s+of|pre[\s-]?)\s*(?:it\s+was\s+|its?\s+|the\s+)?(?:submi\w*|upload\w*|sen[dt]\w*)",
    re.IGNORECASE,
)
SUBMITTED_AFTER_CHECK = re.compile(
    r"\b(?:submi\w*|upload\w*|sent)\b[^.\n]{0,80}?\b(?:after|once|when)\b[^.\n]{0,60}?"
    r"\b(?:had\s+|has\s+)?(?:check\w*|review\w*|qa'?d|approv\w*|proof[\s-]*read|signed\s+(?:it\s+)?off)",
    re.IGNORECASE,
)
"""The order said the other way round: "I submitted it after my sergeant had reviewed it"."""
SUBMITTED = re.compile(
    r"\b(?:report\s+)?submitted\b(?!\s+by)[^\n]{0,15}?(?=\d|[a-z]+day|\bon\b)|\bdate\s+submitted\b",
    re.IGNORECASE,
)
_SUPERVISOR_WORD = re.compile(r"\b(?:supervisor|sergeant|sgt|inspector)\b", re.IGNORECASE)
_WHERE = (
    re.compile(
        r"^[ \t]*(?:supervisor|supervision|supervisory|sign[\s-]*off)\b", re.IGNORECASE | re.MULTILINE
    ),
    re.compile(r"^[ \t]*(?:report\s+)?submitted\b", re.IGNORECASE | re.MULTILINE),
)


def submitted_at(doc: Document) -> datetime | None:
    """When the report was submitted, from a "Report submitted ..." line."""
    for m in SUBMITTED.finditer(doc.text):
        when = datetime_in(doc.text[m.end() : m.end() + 60])
        if when is not None:
            return when
    return None


def _checks(doc: Document) -> Iterator[tuple[Span, str, str]]:
    """Clauses in which a sergeant or more senior officer (or "the supervisor")
    checks or reviews the report: the clause, its text, and its text after the verb."""
    text = doc.text
    starts = [m.span.start for m in mentions(text) if at_least(m.level, Level.SERGEANT) and not m.adviser]
    for m in CHECKED.finditer(text):
        begin = sentence_start(text, m.start(), 120)
        end = sentence_end(text, m.end(), 160)
        clause = text[begin:end]
        named = any(begin <= s < end for s in starts)
        if not named and not _SUPERVISOR_WORD.search(clause):
            continue
        span = spans.trim(text, begin, end)
        if span is not None:
            yield span, clause, text[m.end() : end]


class PortalReportNotCheckedBeforeSubmission(Check):
    """Report submitted through the coroners' portal with no supervisor's check before submission.

    A portal report cannot be edited once submitted, so a supervisor checks it
    first. Applies to reports made through the coroners' cloud-based portal;
    flags those with no supervisor's check, or whose only checks are dated at
    or after the submission time (or not dated at all). Other forms of report
    are not applicable.

    ## Why it matters

    The inspection found supervisors did not quality assure reports that
    officers submitted directly through the portal, and errors there cannot be
    corrected afterwards.

    ## Example

    ```text
    Coroner's Portal - Police Report of Death
    Supervisor: PS 4410ZD DUNNE attended scene at 0915.
    Report submitted 14/05/2023 1820.
    ```

    ## Use instead

    ```text
    Report checked by PS 4410ZD DUNNE at 14/05/2023 1745 before submission.
    Report submitted 14/05/2023 1820.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "supervisors didn’t quality assure reports if
    officers submitted them directly via the cloud-based portal."
    """

    code = "SUP005"
    requirement = "SUP-PORTAL-QA"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = "Evidence of supervisor review dated before the portal submission."

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) and bool(PORTAL.search(doc.text))

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        submitted = submitted_at(doc)
        late: Span | None = None
        for span, clause, after in _checks(doc):
            when = datetime_in(after)
            if (
                submitted is not None
                and when is not None
                and (when.hour or when.minute or when.date() < submitted.date())
            ):
                if when < submitted:
                    return
                late = late or span
                continue
            if BEFORE_SUBMISSION.search(clause) or SUBMITTED_AFTER_CHECK.search(clause):
                return
        if late is not None:
            yield self.finding(
                doc, late, "Supervisor's check of the portal report is dated at or after its submission"
            )
            return
        yield self.finding(
            doc, anchor(doc, *_WHERE), "No supervisor's check of the portal report recorded before submission"
        )
