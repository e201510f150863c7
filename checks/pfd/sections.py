"""PFD001: a box of the Regulation 28 form missing or left empty."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Section
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.pfd import form
from checks.vocabulary import DATE, is_non_answer

_SIGN_OFF = re.compile(r"(?im)^[ \t]*(?:dated?|signed|signature|date\s+and\s+signature)\b[^\n]*")


class PfdSectionMissing(Check):
    """A box of the Regulation 28 report is missing or left empty.

    The official form has a recipients box ("THIS REPORT IS BEING SENT TO")
    and nine numbered boxes: 1 coroner, 2 legal powers, 3 investigation and
    inquest, 4 circumstances of the death, 5 coroner's concerns, 6 action
    should be taken, 7 your response, 8 copies and publication, 9 date and
    signature. One finding per box: a box that is not there is *absent*, and
    so is a heading with nothing under it; a box holding only a template
    placeholder ("[BRIEF SUMMARY]", "[NAME]", "[DATE]"), a non-answer ("N/A",
    "TBC") or a redaction mark is *unclear*. When the boxes are not numbered,
    a final "Dated: ..." line stands for box 9. Who the recipients are is
    PFD002's question, so only the recipients heading is looked for here.

    ## Why it matters

    The boxes carry what regulation 28 requires a report to tell its
    recipients: who the coroner is, under what power the report is made, the
    death, the concerns and the duty to respond. A report missing one leaves
    the recipient to guess.

    ## Example

    ```text
    REGULATION 28: REPORT TO PREVENT FUTURE DEATHS
    4 CIRCUMSTANCES OF THE DEATH
    [BRIEF SUMMARY]
    5 CORONER'S CONCERNS
    ```

    The circumstances are a placeholder and the concerns box is empty.

    ## Use instead

    ```text
    4 CIRCUMSTANCES OF THE DEATH
    On 3 March the deceased was struck by a van on the A12 slip road ...
    5 CORONER'S CONCERNS
    The MATTERS OF CONCERN are as follows. (1) There is no footway ...
    ```

    ## Source

    data/pfd/pdf/Template.pdf: "I make this report under paragraph 7, Schedule
    5, of the Coroners and Justice Act 2009 and Regulations 28 and 29 of the
    Coroners (Investigations) Regulations 2013."
    """

    code = "PFD001"
    requirement = "PFD-SECTIONS"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.CORONER_PFD})
    suggestion = (
        "Every box of the Regulation 28 form filled in: recipients, coroner, legal powers, "
        "investigation and inquest, circumstances of the death, coroner's concerns, action should be "
        "taken, your response, copies and publication, date and signature."
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for box in form.BOXES:
            section = form.first(doc, box.name)
            if section is None and box.name == "date_and_signature" and _signed_unboxed(doc):
                continue
            if section is None:
                yield self.finding(
                    doc, form.where_it_belongs(doc, box.name), f"Box {box.label} of the form is missing"
                )
            elif box.name != "recipients":
                finding = self._assess(doc, box, section)
                if finding is not None:
                    yield finding

    def _assess(self, doc: Document, box: form.Box, section: Section) -> Finding | None:
        text = form.body(doc, section)
        if box.name == "date_and_signature":
            # Box 9 is often written on its heading line: "9 Dated: 20/04/2023 J SMITH".
            text = doc.quote(section.span)[1:]
        placeholder = form.PLACEHOLDER.search(doc.text, section.span.start, section.span.end)
        if placeholder is not None:
            return self.unclear(
                doc,
                spans.line_at(doc.text, placeholder.start()) or form.heading_line(doc, section),
                f"Box {box.label} still holds the template placeholder",
            )
        if is_non_answer(text):
            span = form.body_span(doc, section) or form.heading_line(doc, section)
            return self.unclear(doc, span, f"Box {box.label} holds a non-answer")
        if not form.words(text):
            if form.REDACTED.search(text):
                return self.unclear(doc, form.heading_line(doc, section), f"Box {box.label} is redacted")
            return self.finding(doc, form.heading_line(doc, section), f"Box {box.label} is empty")
        return None


def _signed_unboxed(doc: Document) -> bool:
    """A report without a numbered box 9 may still end with "Dated: 20/04/2024" or a
    bare date line after the last box."""
    start = doc.sections[-1].span.start if doc.sections else 0
    for m in _SIGN_OFF.finditer(doc.text, start):
        if DATE.search(m.group(0)):
            return True
    tail = [line.strip() for line in doc.text[start:].splitlines() if line.strip()]
    return bool(tail) and bool(DATE.fullmatch(tail[-1]))
