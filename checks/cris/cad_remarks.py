"""CR021 (advisory): CAD remarks that do not say how a third party's incident location was established."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.cris.passages import Statement, statements, window

_REMARKS = re.compile(
    r"\bcad\s+(?:remarks?|narrative|log|text)\b|^\s*remarks\s*:", re.IGNORECASE | re.MULTILINE
)
_RELATION = (
    r"(?:sister|brother|mother|father|mum|dad|son|daughter|aunt|uncle|cousin|niece|nephew|wife|husband|partner"
    r"|relative|friend|neighbou?r|colleague|employer|landlord|landlady|carer|support\s+worker)"
)
"""Someone who calls about another person: the victim or deceased is not the caller."""
_THIRD_PARTY = re.compile(
    r"\b(?:third[\s-]+party|3rd\s+party|on\s+behalf\s+of|passer[\s-]?by|member\s+of\s+(?:the\s+)?public|mop"
    r"|neighbour\s+(?:called|reports?|rang)|friend\s+(?:called|reports?|rang)|relative\s+(?:called|reports?|rang)"
    r"|(?:caller|informant)\s+(?:is\s+)?not\s+(?:at|with)\s+(?:the\s+)?(?:scene|location|victim)"
    r"|(?:heard|saw)\s+(?:from|through)\s+(?:next\s+door|the\s+wall|window)"
    rf"|(?:caller|informant|rp)\s+(?:is\s+|was\s+)?(?:the\s+|a\s+)?(?:[\w']+'s?\s+)?{_RELATION}"
    rf"|{_RELATION}\s+(?:called|calling|reports?|reporting|rang|phoned|phoning))\b",
    re.IGNORECASE,
)
_SOURCE = re.compile(
    r"\b(?:location|address|venue|whereabouts)\s+(?:was\s+|is\s+)?(?:established|ascertained|obtained|confirmed|given"
    r"|provided|identified|traced|verified|from|via|by)\b|\b(?:cell[\s-]?site|els|aml|gps|what3words|w3w"
    r"|caller\s+(?:gave|stated|confirmed|provided)\s+(?:the\s+)?(?:address|location)|address\s+(?:given|provided)\s+by"
    r"|(?:from|via)\s+(?:the\s+)?(?:phone\s+)?(?:subscriber|bt|mobile\s+network|voice\s+platform))\b",
    re.IGNORECASE,
)


class CadLocationSourceNotStated(Check):
    """CAD remarks for a third-party call do not say how the incident location was established (advisory).

    Applies only when the CRIS carries CAD remarks (a "CAD remarks" passage
    or a "Remarks:" block) for a call made by a third party: someone calling
    on behalf of the victim, a passer-by, a neighbour or relative reporting
    what they heard. Satisfied when the remarks say where the location came
    from ("address given by the caller's sister", "location from cell-site",
    "confirmed by ELS"). Otherwise *absent*. Advisory only: the MPS rejected
    the IPCC recommendation, so this check is low severity and never decides
    the quality of an investigation on its own.

    ## Why it matters

    In the double murder the IPCC reviewed, the address officers attended came
    from a third party and nobody could later tell how it had been worked out;
    stating the source lets a supervisor judge whether the location is sound.

    ## Example

    ```text
    CAD remarks: Caller calling on behalf of her sister, reports shouting at
    14 Elm Court. Units assigned.
    ```

    ## Use instead

    ```text
    CAD remarks: Caller calling on behalf of her sister, reports shouting at
    14 Elm Court; address given by the sister by text to the caller, confirmed on
    the voter register.
    ```

    ## Source

    004_05fe42e2486628e9.txt: "stating explicitly how the incident location has
    ascertained in the remarks section of the CAD"
    """

    code = "CR021"
    requirement = "CR-CAD-REMARKS"
    severity = Severity.LOW
    applies_to = frozenset({DocKind.CRIS_RECORD})
    suggestion = "A CAD remark on the source of the location."

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) and _third_party_remarks(doc) is not None

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        remarks = _third_party_remarks(doc)
        if remarks is None or _SOURCE.search(window(doc, remarks, 600).text):
            return
        yield self.finding(
            doc,
            remarks.span,
            "CAD remarks for a third-party call do not say how the location was established",
        )


def _third_party_remarks(doc: Document) -> Statement | None:
    """The first CAD-remarks statement about a call from a third party."""
    for st in statements(doc):
        if not _REMARKS.search(st.text):
            continue
        if _THIRD_PARTY.search(window(doc, st, 600).text):
            return st
    return None
