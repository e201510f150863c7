"""FLO009: no initial victim profile with the family's points of contact."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import Document
from auditor.findings import Finding, Severity
from checks.base import Context
from checks.flo_log.log_item import LogItemMissing
from checks.flo_log.mentions import Mention, context
from checks.vocabulary import RELATION, TITLED_NAME


class VictimProfileMissing(LogItemMissing):
    """No initial victim profile with background and named family points of contact.

    On deployment the FLO completes an initial victim profile: background
    details and the family's points of contact. A profile naming no family
    contact, or "TBC" / "see separate", is unclear; none at all is absent. A
    headed list of the family's contacts ("Family details:", one relation and
    name per line) is the profile's points of contact in another form, and a
    profile "completed, see attached" with its contacts named is recorded.

    ## Why it matters

    The profile is where the family, in the wide sense, is first written down;
    the inspection found the people who knew most about the deceased left out.

    ## Example

    ```text
    Family members / points of contact (victim profile):
    ```

    ## Use instead

    ```text
    Victim profile completed: Leon ADEYEMI, 41, lived alone. Points of contact:
    sister Grace ADEYEMI 07700 900456; partner Sam COLE 07700 900789.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "the FLO will generally complete an initial victim profile, which includes
    background details and the family's points of contact."
    """

    code = "FLO009"
    requirement = "FLO-PROFILE"
    severity = Severity.MEDIUM
    suggestion = "A profile with named family contacts."
    item = "initial victim profile with the family's points of contact"
    topic = re.compile(r"\bpr?o+f(?:i+l|l+i|l)e?\b", re.IGNORECASE)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if _contact_list(doc):
            return
        yield from super().run(doc, ctx)

    def substantive(self, doc: Document, mention: Mention) -> bool:
        around = context(doc, mention.span)
        return bool(RELATION.search(around) or TITLED_NAME.search(around))


_LIST_HEADING = re.compile(
    r"^[ \t]*(?:family|next\s+of\s+kin|nok)\s+(?:details|contacts|members|points\s+of\s+contact)"
    r"[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_PHONE_OR_NAME = re.compile(r"\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\b[A-Z][a-z]+\s+[A-Z][A-Za-z'-]+\b")


def _contact_list(doc: Document) -> bool:
    """A headed list of the family's contacts, one relation and name per line ("Family details:" then
    "Mum - Theresa Kelly 07700 914 228"): a profile's points of contact in another form."""
    for m in _LIST_HEADING.finditer(doc.text):
        lines = doc.text[m.end() :].lstrip("\n").split("\n")
        listed = 0
        for line in lines:
            if not line.strip():
                break
            if RELATION.search(line) and _PHONE_OR_NAME.search(line):
                listed += 1
        if listed >= 2:
            return True
    return False
