"""DR021: circumstances in doubt but no record that the scene was photographed."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.death_report.doubt_and_seizure import doubt_statements, in_doubt
from checks.death_report.report_sentences import Statement, find

PHOTOGRAPHS = re.compile(
    r"\b(?:(?:ph|p)oto(?:graph)?(?:s|ed|y|er)?|pics|pictures?|images|stills|scene\s+(?:was\s+)?(?:filmed|videoed))\b",
    re.IGNORECASE,
)
NOT_TAKEN = re.compile(
    r"\b(?:no|nil|not|none|without)\b[^.;]{0,20}\b(?:photo\w*|pics?|pictures?|images?)"
    r"|\b(?:photo\w*|pictures?|images?)\b[^.;]{0,20}\b(?:not\s+taken|not\s+required|nil|none|n/a)\b"
    r"|\b(?:photo\w*|pics?|pictures?|images?)(?:\s+taken)?\s*[:=\-\u2013]?\s*(?:no|n|not\s+done)\s*\.?\s*$",
    re.IGNORECASE,
)


class ScenePhotographsMissing(Check):
    """Circumstances in doubt but no record that the scene was photographed.

    Applies only when the report shows the circumstances were unclear: injuries
    noted on the deceased, a missing phone, doubts about third-party
    involvement, or a suspicious category. The report must then refer to
    photographs of the scene. Where nothing in the report puts the
    circumstances in doubt, and no photographs are mentioned, the requirement
    is not applicable; photographs recorded always satisfy it.

    ## Why it matters

    Photographs fix the scene as the officers found it for the investigating
    officers and the coroner; once the deceased is moved nothing else can.

    ## Example

    ```text
    CIRCUMSTANCES
    Found on the kitchen floor. Bruising to both wrists noted by LAS.
    Phone not found at the address.
    ```

    Injuries and a missing phone, and no photographs.

    ## Use instead

    ```text
    Scene and deceased photographed in situ by PC 1234XY LOWE (38 images)
    before the body was moved.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "the scene should be photographed to assist
    investigating officers and the coroner."
    """

    code = "DR021"
    requirement = "DR-PHOTO"
    severity = Severity.LOW
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = "A reference to photographs taken, or a statement that the circumstances were clear."

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) and (in_doubt(doc) or bool(_taken(doc)))

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if _taken(doc):
            return
        doubts = doubt_statements(doc)
        refused = find(doc, NOT_TAKEN)
        span = refused[0].span if refused else doubts[0].span
        yield self.finding(
            doc,
            span,
            "Circumstances were in doubt but the report does not record that the scene was photographed",
        )


def _taken(doc: Document) -> list[Statement]:
    return [s for s in find(doc, PHOTOGRAPHS) if not NOT_TAKEN.search(s.text)]
