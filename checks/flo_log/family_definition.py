"""FLO012: the deceased's partner or close friend is known but not among the family contacts."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.flo_log import timeline
from checks.flo_log.mentions import PLACEHOLDER, Mention, mentions

PARTNER = re.compile(
    r"(?<!ex-)(?<!ex\s)\b(?:partner|boyfriend|girlfriend|bf|gf|fianc[eé]e?|common[- ]law\s+(?:wife|husband)"
    r"|cohabitee|civil\s+partner|significant\s+(?:other|friend)|close\s+friend|best\s+friend|lover)\b",
    re.IGNORECASE,
)
"""A partner or significant friend, not a former partner."""

_CONTACTS_LIST = re.compile(
    r"\bpoints?\s+of\s+contact\b|\bfamily\s+(?:members|contacts|details|tree)\b|\bprofile\b"
    r"|\bfamily\s*(?:=|:|-\s|(?:is\s+)?(?:defined|identified|recorded|listed)\s+as\b|includes?\b|comprises\b)",
    re.IGNORECASE,
)
_NAMED = re.compile(
    r"\s*[:,-]?\s*(?:\(?(?:is|was|named|called)\s+)?(?P<title>(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+)?"
    r"(?P<first>[A-Z][a-z'-]+)(?:\s+(?P<last>[A-Z][A-Za-z'-]+))?"
)
_NAMED_BEFORE = re.compile(r"\b(?P<first>[A-Z][a-z'-]+)\s+(?P<last>[A-Z][A-Za-z'-]{2,})\s*\(\s*$")
"""The name before the role in brackets: "Kieran BLAKE (fiance, lived with dec'd)"."""
_NOT_NAME = frozenset(
    {"The", "He", "She", "They", "Who", "And", "Of", "In", "At", "To", "Is", "Was", "DO", "NOT"}
)
_NOT_KIN = re.compile(r"\bpartner\s+agenc\w+|\bpartnership\b", re.IGNORECASE)


class PartnerNotTreatedAsFamily(Check):
    """A partner or significant friend is known but is not among the log's family contacts.

    Applies only when the log mentions a partner, boyfriend or girlfriend,
    fiance(e) or close friend of the deceased. Present when that person is a
    point of contact in the profile or someone the FLO contacted; unclear when
    the partner's details are "TBC"; absent when the partner is only mentioned
    (contact kept to blood relatives). The partner counts as a family contact
    when named in a family definition ("family = parents, partner Mr X") or a
    headed contacts list (even marked "do not contact", with a reason), or
    contacted under the name the log gives them.

    ## Why it matters

    Recommendation 10: the MPS "failed to appreciate the importance of
    'significant friends' when considering next of kin"; partners and friends
    often know most about the deceased's last days.

    ## Example

    ```text
    Sister mentioned his boyfriend Alex REID, who he had been living with.
    ```

    ## Use instead

    ```text
    16/05/2023 11:00 DC 1234AB SMITH (FLO): Phoned boyfriend Alex REID (partner) on his
    mobile; introduced myself as FLO and agreed a visit.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "failed to appreciate the importance of 'significant friends' when considering
    next of kin."
    """

    code = "FLO012"
    requirement = "FLO-FAMILY-DEF"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.FLO_LOG})
    suggestion = "Partners and close friends recorded as family contacts where relevant."

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) and bool(_partner_mentions(doc))

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if _partner_contacted(doc) or _listed(doc):
            return
        found = _partner_mentions(doc)
        vague = next((m for m in found if PLACEHOLDER.search(m.text)), None)
        if vague is not None:
            yield self.unclear(
                doc, vague.span, "The deceased's partner is mentioned but their details are not recorded"
            )
            return
        yield self.finding(
            doc,
            found[0].span,
            "The deceased's partner is mentioned but is not among the family contacts",
        )


def _partner_mentions(doc: Document) -> list[Mention]:
    return [m for m in mentions(doc, PARTNER) if not _NOT_KIN.search(m.text)]


def _partner_contacted(doc: Document) -> bool:
    """A contact or attempt whose person is the partner (the export's field, or the entry's opening),
    by role or by the name the log gives the partner ("partner Mr Nathan Greaves" ... "Visit to Mr
    Greaves")."""
    names = _partner_names(doc)
    for timed in timeline.build(doc).contacts:
        person = timed.entry.contact_person or ""
        opening = re.split(r"(?<=[.!?])\s", timed.body.strip(), maxsplit=1)[0]
        if PARTNER.search(person) or PARTNER.search(opening):
            return True
        if any(re.search(rf"\b{re.escape(n)}\b", person + " " + opening) for n in names):
            return True
    return False


def _partner_names(doc: Document) -> set[str]:
    """The names the log gives the partner: the surname after a title, else the first name."""
    names: set[str] = set()
    for m in PARTNER.finditer(doc.text):
        if _NOT_KIN.search(doc.text[m.start() : m.end() + 12]):
            continue
        before = _NAMED_BEFORE.search(doc.text, max(0, m.start() - 40), m.start())
        if before is not None and before["last"] not in _NOT_NAME:
            names.add(before["last"])
        named = _NAMED.match(doc.text, m.end())
        if named is None:
            continue
        name = named["last"] if named["title"] and named["last"] else named["first"]
        if name not in _NOT_NAME and len(name) > 2:
            names.add(name)
    return names


def _listed(doc: Document) -> list[Mention]:
    """Partner mentions that sit in a list of the family's points of contact."""
    return [m for m in _partner_mentions(doc) if _CONTACTS_LIST.search(m.text) or _under_list_heading(doc, m)]


def _under_list_heading(doc: Document, mention: Mention) -> bool:
    """Whether the mention is a line of a list headed as the family's contacts ("Family details:"), in a
    headed section or in the same paragraph."""
    for section in doc.sections:
        if section.span.start <= mention.span.start < section.span.end and _CONTACTS_LIST.search(
            section.heading
        ):
            return True
    line_start = doc.text.rfind("\n", 0, mention.span.start) + 1
    line_end = doc.text.find("\n", mention.span.start)
    own = doc.text[line_start : line_end if line_end >= 0 else len(doc.text)]
    if not _LIST_ITEM.search(own):
        return False
    above = doc.text[:line_start].split("\n")[-12:-1]
    for line in reversed(above):
        if not line.strip() or len(line) > 90:
            return False
        if line.rstrip().endswith(":") and _CONTACTS_LIST.search(line):
            return True
    return False


_LIST_ITEM = re.compile(r"^\s*[\w'/ .]{1,30}?\s(?:-|:)\s|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b")
"""A line of a contacts list: "BF - Lee WATTS", "Sister: Ciara 07700 900123"."""
