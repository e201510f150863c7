"""TPL001: an embedded template prompt left unanswered or answered with a placeholder."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.template.forms import Gap, find_gaps
from checks.template.prompts import find_prompts
from checks.vocabulary import is_non_answer

PLACEHOLDER = re.compile(
    r"^\s*(?:y\s*/\s*n|yes\s*/\s*no|\[[^\]\n]*\]|<[^>\n]*>|select|choose|delete\s+as\s+appropriate"
    r"|enter\s+\w+(?:\s+\w+)?|insert\s+\w+(?:\s+\w+)?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
"""Template wording left in the answer: "Y/N", "[enter details]", "delete as appropriate"."""


class PromptUnanswered(Check):
    """An embedded template prompt is left unanswered or answered with a placeholder.

    On death reports and FLO logs, which are forms, every field is a prompt:
    "Label: value" lines (several on a line, or in "|" table cells), "Label -
    value" lines and numbered, "Section X" or ALL-CAPS headings. A field with
    nothing after it (and no paragraph under it), "(not completed)", "TBC",
    "see above" or "Y/N" is unanswered; a heading followed straight by the next
    heading is empty; a bare "N/A" (no reason) makes the requirement unclear.
    A label with only filled-in fields right under it ("THRIVE+:") is a group
    heading, not a prompt.

    Finds the set questions built into the CRIS templates and supervisory
    reviews ("DASH completed?", "Safeguarding considered:", "Victim contact
    (VCoP):", "Next review date:") wherever they stand, one per line or run
    together on a DETS line, and flags each one with nothing after it, or
    with only a placeholder: "N/A", "TBC", "see above", "nil", "-", "Y/N",
    "[enter details]". An answer such as "No" or "Not applicable - no
    domestic relationship" is an answer; a bare "N/A" is not ("not
    applicable because..." is). A record without prompts satisfies the
    requirement.

    ## Why it matters

    Templates prompt the required considerations only when the prompts are
    answered: an unanswered prompt hides whether the check was done at all.

    ## Example

    ```text
    Intelligence checks completed: Yes - PNC and CRIS on all parties
    DASH completed? TBC
    Victim contact (VCoP):
    ```

    ## Use instead

    ```text
    DASH completed? Not applicable - no domestic relationship or history
    Victim contact (VCoP): Not applicable - victim deceased; family contact on the FLO log
    ```

    ## Source

    002_cd5c91525f8f2821.txt: "Used correctly templates can provide structure and
    prompt required considerations."
    """

    code = "TPL001"
    requirement = "TPL-PROMPTS-UNANSWERED"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.CRIS_RECORD, DocKind.DEATH_REPORT, DocKind.FLO_LOG})
    suggestion = "Text under every prompt, or not applicable because..."

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.kind is DocKind.CRIS_RECORD:
            yield from self._cris_prompts(doc)
            return
        for gap in find_gaps(doc.text):
            if gap.gap is Gap.BARE_NA:
                yield self.unclear(
                    doc, gap.span, f"Form field {gap.label!r} answered only 'N/A', with no reason"
                )
            elif gap.gap is Gap.PLACEHOLDER:
                yield self.finding(doc, gap.span, f"Form field {gap.label!r} holds only placeholder wording")
            else:
                yield self.finding(doc, gap.span, f"Form field {gap.label!r} left unanswered")

    def _cris_prompts(self, doc: Document) -> Iterator[Finding]:
        for prompt in find_prompts(doc):
            if prompt.answer is None:
                yield self.finding(doc, prompt.span, f"Template prompt {prompt.label!r} left unanswered")
                continue
            answer = doc.quote(prompt.answer)
            if is_non_answer(answer) or PLACEHOLDER.match(answer):
                span = spans.trim(doc.text, prompt.span.start, prompt.answer.end) or prompt.span
                yield self.finding(
                    doc,
                    Span(span.start, span.end),
                    f"Template prompt {prompt.label!r} answered only with a placeholder",
                )
