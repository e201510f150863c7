"""CR002: a death investigation's CRIS record that does not reference the CAD it came from."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, RequirementState, Severity
from checks import spans
from checks.base import Check, Context
from checks.cris.record import is_death_record
from checks.vocabulary import is_non_answer

CAD_REFERENCE = re.compile(
    r"\b(?:cad|c\.a\.d\.?|chs|computer\s+aided\s+dispatch)\s*(?:ref(?:erence)?|no\.?|number|#)?\s*[:.|]?\s*"
    r"\d{1,6}\s*/\s*\d{1,2}\s*[a-z]{3}\s*\d{2,4}"
    r"|\b(?:cad|c\.a\.d\.?)\s*(?:ref(?:erence)?|no\.?|number|#)?\s*[:.|]?\s*\d{2,6}\b",
    re.IGNORECASE,
)
"""A CAD reference in any of its forms: "CAD 4952/05AUG21", "CAD ref: 4952", "CAD no. 1234"."""

CAD_FIELD = re.compile(
    r"^[ \t]*\|?[ \t]*(?:cad|c\.a\.d\.?)\s*(?:ref(?:erence)?|no\.?|number|#)?\s*[:=|-][ \t]*(.*)$",
    re.I | re.M,
)


class CadNotReferenced(Check):
    """Death investigation CRIS record that gives no CAD reference linking it to the call and the paperwork.

    Each attended unexpected death is recorded on CRIS as a crime-related
    incident, linked to the CAD and the death report, and the CRIS references
    the related paperwork. From the CRIS record alone the auditor can tell
    only whether it carries the link to the CAD: flags a record with no CAD
    reference anywhere (*absent*), and a CAD field holding only "TBC", "N/A"
    or "unknown" or an export of the DETS pages alone with no CAD reference in
    them (*unclear*: the reference may be on the header page). A death report
    with no CRIS record at all needs the case's other documents and is not
    assessed here. Not applicable to CRIS records that are not about a death.

    ## Why it matters

    Death investigations "should be recorded on ... CRIS as crime-related
    incidents"; without the CAD reference no one can check the CRIS against
    the call, the informant's account or any linked CADs.

    ## Example

    ```text
    CRIS CRIME REPORT
    Classification: Sudden death - non suspicious
    CAD ref: TBC
    ```

    ## Use instead

    ```text
    CRIS CRIME REPORT
    Classification: Sudden death - non suspicious
    CAD ref: CAD 4952/05AUG23 (linked CAD 5120/05AUG23)
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "Death investigations should be recorded on the MPS
    crime report information system (CRIS) as crime-related incidents."
    """

    code = "CR002"
    requirement = "CR-EXISTS"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.CRIS_RECORD})
    suggestion = (
        "A CRIS reference for each attended unexpected death, linked to the CAD and the death report."
    )

    def applies(self, doc: Document) -> bool:
        """Only CRIS records of a death investigation."""
        return super().applies(doc) and is_death_record(doc)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if CAD_REFERENCE.search(doc.text):
            return
        for m in CAD_FIELD.finditer(doc.text):
            if not m.group(1).strip() or is_non_answer(m.group(1)):
                span = spans.trim(doc.text, m.start(), m.end()) or Span(m.start(), m.end())
                yield self.finding(
                    doc,
                    span,
                    "CAD reference given only as a placeholder: the CRIS is not linked to the call",
                    state=RequirementState.UNCLEAR if m.group(1).strip() else RequirementState.ABSENT,
                )
                return
        if not any(doc.field(name) is not None for name in _HEADER_FIELDS):
            yield self.unclear(
                doc,
                _where_it_belongs(doc),
                "No CAD reference in the entries, and the export has no header page where it would be",
            )
            return
        yield self.finding(
            doc,
            _where_it_belongs(doc),
            "No CAD reference: the CRIS record is not linked to the call or the related paperwork",
        )


_HEADER_FIELDS = ("categorisation", "occurrence_type", "cad_ref", "reported", "classification", "status")
"""Fields of a CRIS header page; a DETS-only export has none of them."""


def _where_it_belongs(doc: Document) -> Span:
    for name in ("cris_ref", "reported", "categorisation"):
        f = doc.field(name)
        if f is not None and len(f.span):
            return spans.line_at(doc.text, f.span.start) or f.span
    return spans.first_line(doc.text) or spans.whole(doc.text)
