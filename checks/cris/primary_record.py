"""CR003: the CRIS record points to the CAD, a PNB or the EAB instead of holding the information."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.cris.record import entry_bodies, rejoined, unwrapped

_OTHER_RECORD = (
    r"(?:the\s+|my\s+|his\s+|her\s+|their\s+|officer'?s\s+)?(?:cad(?:\s+(?:remarks|log|ref\w*|\d+/\w+))?|pnb|pocket\s*(?:note)?book"
    r"|notebook|eab|evidence\s+and\s+actions?\s+book|day\s+book|scene\s+log|bwv(?:\s+footage)?)"
)
POINTER = re.compile(
    rf"\b(?:see|refer\s+to|as\s+per|per|detailed\s+(?:on|in)|details\s+(?:are\s+)?(?:on|in)|recorded\s+(?:only\s+)?(?:on|in)"
    rf"|documented\s+(?:on|in)|noted\s+(?:on|in)|held\s+(?:on|in)|full\s+details\s+(?:on|in)|kept\s+(?:on|in)"
    rf"|contained\s+(?:on|in)|written\s+(?:up\s+)?(?:on|in))\s+{_OTHER_RECORD}\b",
    re.IGNORECASE,
)
"""A pointer to another record: "see CAD", "details in my PNB", "as per EAB"."""

TRANSCRIBED = re.compile(
    r"\b(?:copied|transcribed|transferred|typed\s+up|from\s+(?:the\s+)?(?:eab|pnb|cad|notebook))\b|\breviewed\b",
    re.IGNORECASE,
)
"""Wording that brings the other record's content onto CRIS: "EAB entry copied to CRIS"."""

_CONTENT_WORDS = re.compile(r"[A-Za-z]{3,}")


class InformationOnlyOnOtherRecord(Check):
    """CRIS points to the CAD, a pocket notebook or the EAB instead of recording the information itself.

    CRIS is the primary record of the information gathered, the actions and
    the decisions: they may be written first in a PNB or EAB but must then be
    transferred, and must not sit only on the CAD. Flags statements on the
    record that leave the substance on another record ("family contact: see
    CAD", "account as per my PNB", "details in EAB") when the statement gives
    nothing else. Wording that transcribes the other record ("EAB entry copied
    to CRIS: ...") passes. Whether the CRIS holds everything the CAD, PNB or
    EAB holds cannot be told from the CRIS alone; this check finds only the
    gaps the record admits to.

    ## Why it matters

    The IOPC found the Domestic Abuse policy pointed officers to the CAD; a
    supervisor, an investigator taking over or the coroner reads the CRIS, and
    information left on the CAD or in a notebook is lost to them.

    ## Example

    ```text
    CRIS CRIME REPORT - DETS
    14/05/2023 12:00 PC 2231HT FRY: Witness account - see my PNB.
    14/05/2023 12:30 PC 2231HT FRY: Circumstances as per CAD.
    ```

    ## Use instead

    ```text
    14/05/2023 12:00 PC 2231HT FRY: Account of Mr D PRICE (PNB p.14, transcribed):
    heard a thud at 02:10, saw no one leave.
    ```

    ## Source

    002_cd5c91525f8f2821.txt: "it should always be transferred onto the CRIS report
    as the primary source for information, investigative actions and decisions made."
    """

    code = "CR003"
    requirement = "CR-PRIMARY"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.CRIS_RECORD})
    suggestion = "CRIS entries holding the substance of what is on the CAD, PNB or EAB."

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for span in _sentences(doc):
            words = doc.quote(span)
            pointer = POINTER.search(words)
            if pointer is None or TRANSCRIBED.search(words):
                continue
            if _says_more(words, pointer.start(), pointer.end()):
                continue
            yield self.finding(
                doc, span, "The information is left on another record (CAD, PNB or EAB) instead of on CRIS"
            )


def _says_more(words: str, start: int, end: int) -> bool:
    """Whether the sentence carries content besides its label and the pointer:
    "Family contact: see CAD" says nothing; a long account that ends "see PNB" does."""
    before = words[:start]
    label = before.rsplit(":", 1)[-1] if ":" in before else before
    rest = label + " " + words[end:]
    return len(_CONTENT_WORDS.findall(rest)) > 4


def _sentences(doc: Document) -> Iterator[Span]:
    taken: list[Span] = []
    for entry, body in entry_bodies(doc):
        taken.append(spans.entry_span(doc, entry))
        taken.append(body)
        yield from spans.sentences(unwrapped(doc.text, body), body.start, body.end)
    for start, end in spans.gaps(len(doc.text), taken):
        yield from spans.sentences(rejoined(doc.text, start, end), start, end)
