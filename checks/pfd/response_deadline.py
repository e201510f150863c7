"""PFD003: the 56-day deadline for responding to a Regulation 28 report not stated."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.pfd import form
from checks.vocabulary import DATE

FIFTY_SIX_DAYS = re.compile(r"\b(?:56|fifty[\s-]six)[\s-]*(?:days?|calendar\s+days?)\b|\b8\s+weeks\b", re.I)
OTHER_PERIOD = re.compile(
    r"\bwithin\s+(?:a\s+period\s+of\s+)?(?:\d{1,3}|[a-z]+(?:[\s-][a-z]+)?)\s+(?:calendar\s+|working\s+)?"
    r"(?:days?|weeks?|months?)\b",
    re.I,
)
RESPOND = re.compile(r"\b(?:respon[ds]\w*|reply|replies)\b", re.I)
_BY_DATE = re.compile(r"\b(?:namely\s+)?by\s+(?:the\s+)?(?P<when>[^\n.;]{0,40})", re.I)


class ResponseDeadlineNotStated(Check):
    """The report does not state the 56-day deadline for the recipients' response.

    Looks in box 7 ("YOUR RESPONSE"), or the whole report when that box is
    missing, for the response period: "within 56 days of the date of this
    report" or a response date ("namely by 12 May 2024"). No deadline is
    *absent*; a different period ("within 28 days") or only the template's
    "[DATE]" with no period is *unclear*.

    ## Why it matters

    Regulation 29 gives a recipient 56 days to respond. The form says so in
    box 7; a report that drops the sentence leaves the recipient without the
    date by which the coroner expects an answer.

    ## Example

    ```text
    7 YOUR RESPONSE
    Please let me know what action you propose to take.
    ```

    ## Use instead

    ```text
    7 YOUR RESPONSE
    You are under a duty to respond to this report within 56 days of the
    date of this report, namely by 12 May 2024.
    ```

    ## Source

    data/pfd/pdf/Template.pdf: "You are under a duty to respond to this report
    within 56 days of the date of this report"
    """

    code = "PFD003"
    requirement = "PFD-DEADLINE"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.CORONER_PFD})
    suggestion = (
        "Box 7 stating the duty to respond within 56 days of the date of the report, "
        "with the date by which the response is due."
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        section = form.first(doc, "your_response")
        if section is not None:
            where = section.span
            anchor = form.heading_line(doc, section)
        else:
            where = spans.whole(doc.text)
            anchor = form.where_it_belongs(doc, "your_response")
        m = FIFTY_SIX_DAYS.search(doc.text, where.start, where.end)
        if m is not None:
            return
        by_date = _response_date(doc, where)
        if by_date is not None:
            return
        other = OTHER_PERIOD.search(doc.text, where.start, where.end)
        if other is not None and RESPOND.search(_line(doc, other.start())):
            yield self.unclear(
                doc,
                spans.line_at(doc.text, other.start()) or anchor,
                "The response period stated is not the 56 days of regulation 29",
            )
            return
        placeholder = form.PLACEHOLDER.search(doc.text, where.start, where.end)
        if placeholder is not None and section is not None:
            yield self.unclear(
                doc,
                spans.line_at(doc.text, placeholder.start()) or anchor,
                "The response date is the template placeholder and no response period is stated",
            )
            return
        yield self.finding(doc, anchor, "No deadline for the response is stated (56 days, regulation 29)")


def _line(doc: Document, offset: int) -> str:
    span = spans.line_at(doc.text, offset)
    return doc.quote(span) if span is not None else ""


def _response_date(doc: Document, where: Span) -> Span | None:
    """A filled response date ("respond ... namely by 12 May 2024") in ``where``."""
    for m in _BY_DATE.finditer(doc.text, where.start, where.end):
        if not DATE.search(m.group("when")):
            continue
        context = doc.text[max(where.start, m.start() - 200) : m.start()]
        if RESPOND.search(context) or m.group(0).lower().startswith("namely"):
            return Span(m.start(), m.end())
    return None
