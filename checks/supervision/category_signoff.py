"""SUP001: the categorisation not signed off by a duty inspector or DI (Recommendation 4)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.supervision.officers import Level, at_least, mentions
from checks.supervision.reading import anchor, category_is_expected, placeholder_after, sentence_end

CATEGORY = re.compile(r"\b(?:cat[aei]gor\w*|classification|cat\b(?:\s*[1-4]\b)?)", re.IGNORECASE)
CONFIRMS = re.compile(
    r"\b(?:confirm\w*|conf[a-z]{0,3}m[a-z]*|agree[sd]?|correct(?:ly)?|endorse[sd]?|approve[sd]?|signed\s+off|sign(?:s|ing)?\s+off"
    r"|satisfied|content|accept(?:s|ed)?|happy)\b",
    re.IGNORECASE,
)
REASON = re.compile(
    r"\b(?:because|as|since|given|due\s+to|reason|in\s+view\s+of|on\s+the\s+basis)\b", re.IGNORECASE
)
DUTY_OFFICER = re.compile(
    r"\b(?:duty\s+(?:inspector|officer|insp)|late\s+turn\s+inspector|night\s+duty\s+inspector)\b",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"\b(?:duty\s+(?:officer|inspector)|inspector|insp|di)(?:'s)?\s+(?:review|sign[\s-]*off|"
    r"approval|check)",
    re.IGNORECASE,
)
_WHERE = (
    re.compile(
        r"^[ \t]*(?:supervisor|supervision|supervisory|sign[\s-]*off|duty\s+officer)\b",
        re.IGNORECASE | re.MULTILINE,
    ),
    re.compile(r"^[ \t]*(?:death\s+)?categor", re.IGNORECASE | re.MULTILINE),
)


def _sentence_from(text: str, start: int) -> Span:
    """From ``start`` to the end of its sentence."""
    end = sentence_end(text, start)
    return spans.trim(text, start, end) or Span(start, end)


_NOT_YET = re.compile(
    r"\b(?:to\s+be|tbc|awaiting|pending|not\s+yet|yet\s+to\s+be|needs?\s+to\s+be|for)\s+"
    r"(?:confirm|sign|agree|approv|review)",
    re.IGNORECASE,
)
"""A sign-off still to come ("Category: to be confirmed by DI"), which confirms nothing."""


def _lead_in(text: str, start: int) -> str:
    """The words before a name on its own line, as in "Category confirmed: DI Okoro" or
    "Category signed off as unexpected by DI Ross" (at most 160 characters)."""
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[max(line_start, start - 160) : start]
    stop = max(lead.rfind(". "), lead.rfind("; "))
    lead = lead[stop + 1 :] if stop >= 0 else lead
    return "" if _NOT_YET.search(lead) else lead


def _follow_on(text: str, end: int) -> str:
    """The rest of the sign-off after its first sentence, on the same line (at most 300 characters):
    "... DI Okoro, 02/09/23 13:40. I agree the category for the reasons given at section 8"."""
    line_end = text.find("\n", end)
    return text[end : min(end + 300, len(text) if line_end < 0 else line_end)]


class CategoryNotSignedOffByInspector(Check):
    """Categorisation of an unexpected death not signed off by a duty inspector or DI.

    Since Recommendation 4 (27 April 2023) every report to the coroner on an
    unexpected death is signed off by a duty inspector or detective inspector
    as correctly categorised: a named inspector or DI states that the category
    is confirmed, with a reason. A sergeant's sign-off, or an inspector's note
    that says nothing about the category, is *absent*; a duty officer review
    heading left with a placeholder is *unclear*. Expected deaths and reports
    dated before 27 April 2023 are not applicable.

    ## Why it matters

    Categorisation governs everything that follows. The inspection found no
    evidence of a duty officer's involvement in 36 of 42 reports.

    ## Example

    ```text
    Category: Cat 2 - unexpected, not suspicious.
    Reviewed by PS 4410ZD DUNNE.
    ```

    ## Use instead

    ```text
    Insp 70231 K. Marsh reviewed the case at 15/05/2023 0940 and confirms the
    categorisation as correct because the scene and the GP history support it.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "signed off by a duty inspector or detective
    inspector as having been correctly categorised" Also
    001_e7d9bf340db595bc.txt: "without any evidence of a duty officer’s involvement."
    """

    code = "SUP001"
    requirement = "SUP-CAT-SIGNOFF"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.DEATH_REPORT})
    since_policy = date(2023, 4, 27)
    suggestion = (
        "A named inspector or DI, the date and time, and an explicit statement that the category is "
        "confirmed, with a reason."
    )

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) and not category_is_expected(doc)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        starts = [
            m.span.start for m in mentions(text) if at_least(m.level, Level.INSPECTOR) and not m.adviser
        ]
        starts += [m.start() for m in DUTY_OFFICER.finditer(text)]
        no_reason: Span | None = None
        for start in sorted(starts):
            sentence = _sentence_from(text, start)
            words = doc.quote(sentence)
            lead = _lead_in(text, start)
            if CATEGORY.search(lead + words) and CONFIRMS.search(lead + words):
                if REASON.search(lead + words + _follow_on(text, sentence.end)):
                    return
                no_reason = no_reason or sentence
        if no_reason is not None:
            yield self.unclear(doc, no_reason, "Inspector confirms the category but gives no reason")
            return
        unclear = list(placeholder_after(doc, _LABEL))
        if unclear:
            yield self.unclear(
                doc, unclear[0], "Duty officer's review of the category given only as a placeholder"
            )
            return
        yield self.finding(
            doc,
            anchor(doc, *_WHERE),
            "No duty inspector or DI sign-off confirming the category of death (Recommendation 4)",
        )
