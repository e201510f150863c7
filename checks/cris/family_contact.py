"""CR007: contact with the deceased's family not recorded in detail when no FLO is deployed."""

from __future__ import annotations

from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.cris.family_wording import Mention, family_mentions
from checks.cris.record import flo_deployed, is_death_record


class FamilyContactNotDetailed(Check):
    """Family contact not recorded with who, when, how and what was said (no FLO deployed).

    Where no family liaison officer is deployed, every contact with the
    deceased's family, from the death message on, must be on CRIS with the
    family member's name and relationship, the date and time, who made the
    contact, the method and a summary of what was said. Flags general
    references such as "family informed", "NOK aware" or "the family know" when
    no contact is recorded in detail (*absent*), and placeholders such as
    "family contact: see CAD", "NOK informed - details TBC" or "NOK: nil"
    (*unclear*). A record with no family contact at all is *absent*. Not
    applicable when an FLO is deployed (contact is then in the FLO log) or the
    record is not about a death.

    ## Why it matters

    The inspection found that "the details of when contact was made with the
    family were often missing"; without them nobody can tell whether the family
    was told of the death, by whom, or what they were told.

    ## Example

    ```text
    CRIS CRIME REPORT - DETS
    14/05/2023 10:40 PC 2231HT OKAFOR: Deceased conveyed to the mortuary.
    14/05/2023 18:02 DC 4321CD PATEL: NOK aware.
    ```

    ## Use instead

    ```text
    14/05/2023 18:02 DC 4321CD PATEL: Death message delivered in person to Mrs Jane
    HOLT (daughter) at 4 Elm Road by PC 2231HT OKAFOR and me; told of the death, the
    coroner's process explained, support leaflet given.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "including details of the family member spoken to,
    the time/date of the contact and the content of any conversation."
    """

    code = "CR007"
    requirement = "CR-FAMILY-CONTACT"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.CRIS_RECORD})
    suggestion = (
        "For each contact: name and relationship, date and time, who made the contact, method, "
        "and a summary of what was said."
    )

    def applies(self, doc: Document) -> bool:
        """Only death investigations with no FLO deployed."""
        return super().applies(doc) and is_death_record(doc) and not flo_deployed(doc)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        mentions = list(family_mentions(doc))
        if any(m.kind == "detailed" for m in mentions):
            return
        vague = [m for m in mentions if m.kind == "vague"]
        placeholders = [m for m in mentions if m.kind == "placeholder"]
        vague = vague or ([] if placeholders else [m for m in mentions if m.kind == "summary"])
        if vague:
            for m in vague:
                yield self.finding(doc, m.span, _message(m))
            return
        if placeholders:
            for m in placeholders:
                yield self.unclear(doc, m.span, _message(m))
            return
        yield self.finding(
            doc,
            _where_it_belongs(doc),
            "No contact with the deceased's family is recorded, and no FLO is deployed",
        )


def _message(m: Mention) -> str:
    if m.kind == "placeholder":
        return "Family contact given as a placeholder, with no name, date, time, method or content"
    return (
        "Family contact mentioned in general terms: no family member named with the method and what was said"
    )


def _where_it_belongs(doc: Document) -> Span:
    for name in ("family_informed_name_date_time", "nok", "next_of_kin"):
        f = doc.field(name)
        if f is not None:
            return spans.line_at(doc.text, f.span.start) or f.span
    dets = doc.section("dets")
    if dets is not None:
        return dets.heading_span if len(dets.heading_span) else dets.span
    return spans.first_line(doc.text) or spans.whole(doc.text)
