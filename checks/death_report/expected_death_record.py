"""DR030: an expected death with no record of the attending officer's actions and the people present."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Field, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.death_report.doubt_and_seizure import category_statements
from checks.death_report.report_sentences import find, title
from checks.vocabulary import is_non_answer

EXPECTED = re.compile(
    r"\b(?:(?<!un)expected\s+death|cat(?:egory)?\.?\s*1\b|(?<!un)expected\b|mccd|medical\s+certificate"
    r"|(?:gp|doctor|hospital)\s+(?:will|to|can|able\s+to|agreed\s+to|has\s+agreed\s+to)\s+(?:issue|sign)"
    r"|death\s+certificate\s+(?:to\s+be\s+|will\s+be\s+)?issued)\b",
    re.IGNORECASE,
)
NOT_CERTIFIABLE = re.compile(
    r"\b(?:unable|not\s+able|cannot|can\s*not|can'?t|could\s*not|couldn'?t|will\s+not|won'?t|would\s+not"
    r"|not\s+(?:prepared|willing|in\s+a\s+position)|refused|refuses|declined|declines)\s+(?:to\s+)?"
    r"(?:issue|sign|certify|provide|complete|write)\b|\bno\s+(?:mccd|medical\s+certificate|death\s+certificate)\b"
    r"|\bmccd\s*(?::|-)?\s*(?:no|not\s+(?:possible|available|issued))\b|\bunexpected\b",
    re.IGNORECASE,
)
"""A doctor unable or unwilling to certify ("unable to issue MCCD as not seen
dec'd in last 28 days", "GP - not able to issue MCCD"), or an unexpected
death: a sentence like this names no expected death."""
PNB_OR_EAB = re.compile(
    r"\b(?:pnb|pocket\s*(?:note)?\s*book|eab|evidence\s+(?:and|&)\s+actions?\s+book|notebook\s+entry)\b",
    re.IGNORECASE,
)
PEOPLE_PRESENT = re.compile(
    r"\b(?:present|at\s+(?:the\s+)?scene|found\s+by|reported\s+by|informant|family|carer|gp|doctor|nurse|las)\b",
    re.IGNORECASE,
)


ATTENDED = re.compile(r"\b(?:attended|att'd|on\s+scene|arrived)\b", re.IGNORECASE)


def _field_line(doc: Document, f: Field) -> Span:
    anchor = f.label_span.start if f.label_span is not None else f.span.start
    return spans.line_at(doc.text, anchor) or title(doc)


class ExpectedDeathNotRecorded(Check):
    """An expected death with no record of the attending officer's actions and the people present.

    Applies only when the record shows the death was expected (category 1,
    or a doctor able to issue the medical certificate of the cause of death);
    otherwise not applicable. A doctor who cannot or will not certify ("GP
    unable to issue MCCD") makes the death unexpected, not expected. The
    attending officer must still record their actions and the people at the
    scene in their pocket notebook (PNB) or evidence and actions book (EAB).
    A report that refers to the PNB or EAB entry, is itself an EAB record,
    or names the attending officers and the people present satisfies it.
    When it names no attending officer the state is *unclear*: whether a PNB
    entry exists elsewhere cannot be seen from the report alone. Only a
    record with no sign of attendance at all is *absent*.

    ## Why it matters

    Even where no death report is needed, the attendance must be on record
    in case questions arise later.

    ## Example

    ```text
    Category: Cat 1 - expected death, GP to issue MCCD.
    Officers attending: TBC
    ```

    ## Use instead

    ```text
    Category: Cat 1 - expected, GP to issue MCCD. Actions and persons present
    (wife, district nurse) recorded in PNB of PC 123AB BELL, p. 41.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "only needs to record their actions and the
    details of any persons at the scene in their pocket notebook or their
    evidence and actions book."
    """

    code = "DR030"
    requirement = "DR-EXPECTED"
    severity = Severity.LOW
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = "A PNB or EAB entry with the actions taken and the persons present."

    def applies(self, doc: Document) -> bool:
        if not super().applies(doc):
            return False
        stated = category_statements(doc)
        if stated:
            return any(EXPECTED.search(s.text) and not NOT_CERTIFIABLE.search(s.text) for s in stated)
        return any(not NOT_CERTIFIABLE.search(s.text) for s in find(doc, EXPECTED))

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if find(doc, PNB_OR_EAB):
            return
        officers = doc.field("attending_officers")
        named = officers is not None and officers.value.strip() and not is_non_answer(officers.value)
        if named and find(doc, PEOPLE_PRESENT):
            return
        if officers is not None or find(doc, ATTENDED):
            span = _field_line(doc, officers) if officers is not None else title(doc)
            yield self.unclear(
                doc,
                span,
                "Expected death: the report does not say who attended or refer to a PNB or EAB entry; "
                "check the attending officer's notebook",
            )
            return
        yield self.finding(
            doc,
            title(doc),
            "Expected death with no record of the attending officer's actions and the people present "
            "(no PNB or EAB entry referred to)",
        )
