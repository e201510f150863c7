"""DR031: no record that the bereavement leaflet was given."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.death_report.report_sentences import find, heading, placeholders, title

LEAFLET = re.compile(
    r"\b(?:leaflets?|booklets?|bereavement\s+(?:information|pack|support\s+pack)|support\s+for\s+the\s+bereaved|information\s+for\s+(?:the\s+)?bereaved|coroner'?s?\s+(?:information\s+)?(?:leaflet|booklet))",
    re.IGNORECASE,
)
NOT_GIVEN = re.compile(
    r"\b(?:not|never|yet\s+to\s+be|to\s+be)\s+(?:been\s+|yet\s+)?(?:given|handed|provided|issued|left|offered)\b"
    r"|\b(?:leaflet|booklet)s?\s*[:-]\s*(?:no|not|nil|none)\b",
    re.IGNORECASE,
)
LABEL = re.compile(r"\b(?:(?:bereavement\s+)?leaflet(?:\s+given)?|booklet)\b", re.IGNORECASE)
HEADING = re.compile(r"\b(?:next\s+of\s+kin|nok|family|death\s+message)\b", re.IGNORECASE)


class BereavementLeafletNotRecorded(Check):
    """No record that the bereavement leaflet was given to the bereaved.

    The report should note that the "Advice and support for the bereaved" or
    "Bereavement Information" leaflet was handed over, to whom and when. A
    leaflet recorded as not given, or a label holding only a placeholder
    ("Leaflet: TBC"), does not satisfy it.

    ## Why it matters

    The leaflet tells the family what happens next (the coroner, the
    post-mortem, how to raise concerns); the inspection found officers needed
    frequent reminders to hand it over.

    ## Example

    ```text
    NOK: Jean PRICE (wife) informed in person at home address 14/03/24 1130
    by PC 123AB HALL.
    ```

    The next of kin section does not mention the leaflet.

    ## Use instead

    ```text
    Bereavement leaflet handed to Jean PRICE on 14/03/24.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "with frequent reminders to hand a copy to the
    bereaved."
    """

    code = "DR031"
    requirement = "DR-LEAFLET"
    severity = Severity.LOW
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = "Leaflet handed to [name] on [date]."

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        blanks = [b for b in placeholders(doc, LABEL) if not NOT_GIVEN.search(doc.quote(b))]
        refused = [s for s in find(doc, LEAFLET) if NOT_GIVEN.search(s.text)]
        given = [
            s
            for s in find(doc, LEAFLET)
            if s not in refused and not any(s.span.start <= b.start < s.span.end for b in blanks)
        ]
        if given:
            return
        if refused:
            yield self.finding(doc, refused[0].span, "The bereavement leaflet is recorded as not given")
            return
        if blanks:
            yield self.unclear(doc, blanks[0], "Bereavement leaflet recorded only as a placeholder")
            return
        yield self.finding(
            doc, heading(doc, HEADING) or title(doc), "No record that the bereavement leaflet was given"
        )
