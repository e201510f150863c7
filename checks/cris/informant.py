"""CR010: the informant (including an "Anon" caller) not contacted, with no real reason recorded."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.cris.informant_wording import InformantNote, informant_notes
from checks.vocabulary import is_non_answer


class InformantNotContacted(Check):
    """Informant on the CAD not contacted, and no reason recorded that shows contact was tried or impossible.

    Officers must check the CAD and any linked CADs and contact every
    informant, including callers recorded as "Anon", to find out what they saw
    or heard; if that is not done, the reason is recorded. The record passes
    when it shows the informant was spoken to (also by name, once a header
    field, "called by ..." or "after Mr X called 999" has named them), or a
    reason such as unanswered calls, a letter left or no number. Flags "informant not contacted" with no
    reason or with a reason that only says contact was thought unnecessary
    ("not deemed necessary", "as per policy", "caller anonymous"), and a
    record that never says whether the informant was contacted (*absent*). An
    informant line holding only "TBC", "nil", "N/A" or "to follow" is
    *unclear*.

    ## Why it matters

    In the May 2022 case the anonymous informant was never contacted, and the
    victim was killed nine days later. The informant is often the only
    independent account of what happened before police arrived.

    ## Example

    ```text
    CRIS CRIME REPORT - DETS
    12/03/2024 14:10 PC 3312NE ADEYEMI: CAD 4411/12MAR24 reviewed. Caller anonymous.
    Informant not contacted.
    ```

    ## Use instead

    ```text
    12/03/2024 14:10 PC 3312NE ADEYEMI: CAD 4411/12MAR24 and linked CADs (nil) reviewed.
    Caller shown as Anon but number captured; rang it back and spoke to Mr T OWENS,
    who found the door open at 13:20 and called 999.
    ```

    ## Source

    002_cd5c91525f8f2821.txt: "At all DA incidents be sure to check the CAD and
    any linked CADs and contact any informants to find out what they saw or
    heard."
    """

    code = "CR010"
    requirement = "CR-INFORMANT"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.CRIS_RECORD})
    suggestion = (
        "The informant identified from the CAD, the contact attempt and result, and any linked CADs reviewed."
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        notes = list(informant_notes(doc))
        if any(n.kind in ("contacted", "explained") for n in notes):
            return
        unexplained = [n for n in notes if n.kind == "unexplained"]
        if unexplained:
            for n in unexplained:
                yield self.finding(
                    doc,
                    n.span,
                    "Informant not contacted, with no reason showing that contact was tried or impossible",
                )
            return
        placeholders = [n for n in notes if n.kind == "placeholder"] or _placeholder_fields(doc)
        if placeholders:
            for n in placeholders:
                yield self.unclear(
                    doc,
                    n.span,
                    "Informant given only as a placeholder: who called, and whether they were contacted",
                )
            return
        yield self.finding(
            doc,
            _where_it_belongs(doc),
            "No record that the informant on the CAD was identified and contacted",
        )


def _placeholder_fields(doc: Document) -> list[InformantNote]:
    """Informant fields that hold only "nil", "TBC" or "to follow"."""
    found = []
    for f in doc.fields:
        if f.name == "reported_by" and is_non_answer(f.value):
            found.append(InformantNote("placeholder", spans.line_at(doc.text, f.span.start) or f.span))
    return found


def _where_it_belongs(doc: Document) -> Span:
    for name in ("reported_by", "cad_ref", "informant_phone"):
        f = doc.field(name)
        if f is not None:
            return spans.line_at(doc.text, f.span.start) or f.span
    cad = _CAD.search(doc.text)
    if cad is not None:
        return spans.line_at(doc.text, cad.start()) or Span(cad.start(), cad.end())
    return spans.first_line(doc.text) or spans.whole(doc.text)


_CAD = re.compile(r"\b(?:cad|c\.a\.d\.?)\b", re.IGNORECASE)
