"""PFD002: the recipients of a Regulation 28 report not named."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.pfd import form
from checks.vocabulary import is_non_answer

POST_OR_BODY = re.compile(
    r"\b(?:chief|executive|director|secretary|minister|chair(?:man|woman|person)?|president|head|manager"
    r"|officer|commissioner|constable|registrar|governor|principal|coroner|clerk|leader|ceo|md"
    r"|council|authority|trust|nhs|department|ministry|agency|service|police|highways|board|office"
    r"|ltd|limited|plc|llp|company|group|association|society|federation|university|college|school"
    r"|hospital|practice|surgery|partnership|commission|inspectorate|regulator|dvla|dvsa|tfl)\b",
    re.IGNORECASE,
)
"""Words that name a recipient by post or body even when a person's name is redacted."""
_ITEM_START = re.compile(r"^[ \t]*(?:\(?\d{1,2}\s?[.):]?|[-*\u2022])(?=[ \t]|$)", re.MULTILINE)


class RecipientsNotNamed(Check):
    """The persons or organisations the report is sent to are not named.

    Looks at the "THIS REPORT IS BEING SENT TO" box. Each numbered (or
    listed) recipient must name a person, a post or an organisation. No box
    and no recipients anywhere is *absent*. A recipient left as the
    template's "[NAME]", a non-answer ("TBC"), or blanked out before
    publication ("[REDACTED]", "2. , brother of ...", an empty number) is
    *unclear*: the report may well have named them, but the text does not.
    A redacted personal name next to a post or an organisation ("[REDACTED],
    Chief Executive, Northshire NHS Trust") still names the recipient.

    ## Why it matters

    A report under regulation 28 is sent to the person or organisation the
    coroner believes has the power to act, and each of them is under a duty
    to respond. A report whose recipients cannot be read cannot be
    followed up.

    ## Example

    ```text
    THIS REPORT IS BEING SENT TO:
    1. [NAME]
    2.
    ```

    ## Use instead

    ```text
    THIS REPORT IS BEING SENT TO:
    1. Chief Executive, Northshire County Council
    2. Secretary of State for Transport
    ```

    ## Source

    data/pfd/pdf/Template.pdf: "THIS REPORT IS BEING SENT TO:" Also the
    Template: "I believe you [AND/OR your organisation] have the power to take
    such action."
    """

    code = "PFD002"
    requirement = "PFD-RECIPIENTS"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.CORONER_PFD})
    suggestion = (
        "Each person or organisation the report is sent to, named under THIS REPORT IS BEING SENT TO."
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        section = form.first(doc, "recipients")
        if section is None:
            yield self.finding(
                doc, form.where_it_belongs(doc, "recipients"), "The report does not say who it is sent to"
            )
            return
        body = form.body_span(doc, section)
        items = list(_items(doc, body)) if body is not None else []
        if not items:
            yield self.unclear(
                doc,
                form.heading_line(doc, section),
                "No recipient is named under the recipients heading (blank, possibly redacted)",
            )
            return
        for item in items:
            reason = _unnamed(doc.quote(item))
            if reason is not None:
                yield self.unclear(doc, item, f"A recipient is not named: {reason}")


def _items(doc: Document, body: Span) -> Iterator[Span]:
    """The recipients in the box: numbered or bulleted items (an item may wrap
    over several lines), else each non-blank line."""
    starts = [m.start() for m in _ITEM_START.finditer(doc.text, body.start, body.end)]
    if not starts:
        for m in re.finditer(r"[^\n]+", doc.text[body.start : body.end]):
            span = spans.trim(doc.text, body.start + m.start(), body.start + m.end())
            if span is not None:
                yield span
        return
    head = spans.trim(doc.text, body.start, starts[0])
    if head is not None:
        yield head
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else body.end
        span = spans.trim(doc.text, start, end)
        if span is not None:
            yield span


def _unnamed(item: str) -> str | None:
    text = _ITEM_START.sub("", item, count=1).strip()
    if form.PLACEHOLDER.search(text):
        return "the template placeholder is still there"
    if is_non_answer(text):
        return "the entry is a non-answer"
    if not form.words(text):
        return (
            "the entry is blank (possibly redacted)" if not form.REDACTED.search(text) else "it is redacted"
        )
    blanked = form.REDACTED.search(text) or re.match(r"^[,;:]", text)
    if blanked and not POST_OR_BODY.search(form.REDACTED.sub(" ", text)):
        return "the name is redacted and no post or organisation is given"
    return None
