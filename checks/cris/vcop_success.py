"""CR008: a voicemail or text recorded as a successful victim contact."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Entry
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.cris.record import is_death_record
from checks.cris.victim_contact import (
    NOT_SPOKEN,
    VERIFIED,
    WELFARE,
    is_review,
    names_victim,
    spoke_to,
    unspoken_claimed_as_contact,
)
from checks.vocabulary import METHOD

VAGUE_CLAIM = re.compile(
    r"\b(?:victim|v/s|ip)\s+(?:has\s+been\s+|was\s+|now\s+)?(?:updated|contacted|made\s+aware)\b"
    r"|\bvcop\s+(?:update\s+)?(?:done|complete[d]?|met|satisfied)\b|\bupdated\s+(?:the\s+)?(?:victim|v/s|ip)\b",
    re.IGNORECASE,
)
"""A contact counted as made: "victim updated", "VCoP update complete"."""


def _claim_without_method(entry: Entry) -> bool:
    """A contact counted as made with no word of how: spoken to, or a voicemail left?"""
    text = entry.text
    return bool(VAGUE_CLAIM.search(text)) and not METHOD.search(text) and not NOT_SPOKEN.search(text)


class VictimContactWrongToCountAsSuccessful(Check):
    """Victim contact counted as made without speaking to the victim and checking identity and welfare.

    A successful victim contact under the Victims' Code means the officer
    spoke to the victim and verified their identity and welfare. Flags a
    voicemail, text, email or letter recorded as "contact made", "VCoP update
    complete" or a successful contact (*absent*). A contact counted as made
    with no word of how ("victim updated", "VCoP done") is *unclear*, and so
    is a record where the victim was spoken to but no entry records that
    identity or welfare was checked. Reads the victim as "V" when the entry
    speaks to or hears from "V" ("passed the phone to V", "V said").
    Applies to records of a crime or incident with a living victim, not to
    death investigations.

    ## Why it matters

    After a double murder the IPCC found victim contact counted when no one had
    spoken to the victim; a voicemail may be heard by the suspect, and a text
    proves nothing about the victim's safety.

    ## Example

    ```text
    CRIS CRIME REPORT - DETS
    14/05/2023 12:10 DC 4411HB SMITH: Left voicemail for victim with update - VCoP update complete.
    ```

    ## Use instead

    ```text
    14/05/2023 12:10 DC 4411HB SMITH: Spoke to victim Ms R JONES by phone, ID confirmed
    by DOB, welfare checked - safe and able to talk freely. Updated on the CCTV result.
    ```

    ## Source

    004_05fe42e2486628e9.txt: "a successful contact should, at the minimum, be
    recorded where an officer has managed to talk to the victim and verify their
    identity and welfare."
    """

    code = "CR008"
    requirement = "CR-VCOP-SUCCESS"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.CRIS_RECORD})
    suggestion = "Spoke to [victim] by [method], identity confirmed by..., welfare..."

    def applies(self, doc: Document) -> bool:
        """Victim contact concerns a living victim, not a death investigation."""
        return super().applies(doc) and not is_death_record(doc)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        flagged = False
        spoken: list[Entry] = []
        unsaid: list[Entry] = []
        for entry in doc.entries:
            if is_review(doc, entry):
                continue
            if unspoken_claimed_as_contact(entry):
                flagged = True
                yield self.finding(
                    doc,
                    spans.entry_span(doc, entry),
                    "A voicemail, text or message is recorded as a victim contact made; "
                    "a successful contact means speaking to the victim",
                )
            elif spoke_to(entry) and names_victim(entry.text + " " + (entry.contact_person or "")):
                spoken.append(entry)
            elif _claim_without_method(entry):
                unsaid.append(entry)
        if flagged:
            return
        for entry in unsaid:
            yield self.unclear(
                doc,
                spans.entry_span(doc, entry),
                "Victim contact counted as made without saying whether the victim was spoken to",
            )
        if unsaid or not spoken:
            return
        if not any(VERIFIED.search(e.text) for e in spoken) or not any(
            WELFARE.search(e.text) for e in spoken
        ):
            yield self.unclear(
                doc,
                spans.entry_span(doc, spoken[0]),
                "Victim spoken to, but no contact records that their identity and welfare were checked",
            )
