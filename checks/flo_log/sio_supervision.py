"""FLO004: the FLO log shows no SIO countersignature or supervisory review."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Entry
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.flo_log.log_entries import signature_lines
from checks.flo_log.mentions import PLACEHOLDER, anchor
from checks.flo_log.signatures import Signed, Signer, signature_boxes

_REVIEW = re.compile(
    r"\b(?:review(?:ed)?|log\s+(?:read|checked|inspected|examined|seen)|read\s+the\s+log|entries\s+read"
    r"|dip[- ]?sampl\w*|supervisory)\b",
    re.IGNORECASE,
)
_SUPERVISOR = re.compile(
    r"\b(?:sio|dsio|co-?ordinator|flc|supervisor|di|dci|dsu|det\s+supt|inspector)\b", re.IGNORECASE
)
_SUPERVISOR_ROLE = re.compile(r"\b(?:sio|co-?ordinator|flc|supervisor|di|dci)\b", re.IGNORECASE)
_SUBSTANCE = re.compile(
    r"\b(?:appropriate|adequate|up\s+to\s+date|content|satisfied|concern\w*|contact\s+(?:levels?|with)"
    r"|welfare|next\s+review|action\w*|objectives?|strategy|discussed|agreed|to\s+(?:increase|reduce))\b",
    re.IGNORECASE,
)
_SIGNATURE_LINE = re.compile(r"\bsign(?:ed|ature)\s*\([^)]*\)\s*:[^\n]*", re.IGNORECASE)
_THIN = re.compile(r"^\W*(?:\w+\W+){0,6}\w*\W*$")


class SioSupervisionMissing(Check):
    """No SIO countersignature or periodic supervisory review of the FLO log.

    The SIO (and/or the family liaison co-ordinator) supervises the log: every
    paper page countersigned and dated, or regular review entries that say what
    was checked. A countersignature box holding "see policy file", or a bare
    "SIO aware, reviewed", is unclear; blank countersignature boxes with no
    review entry, or nothing at all, is absent. A supervisor's own entry
    "Seen. DI Cavendish 16/06/25", or a line "Countersigned P Oduya 05/03/24",
    is a dated countersignature. Bare reviews by the supervisor that are not
    periodic (fewer than one a fortnight over four weeks or more) with no
    countersignature are absent.

    ## Why it matters

    BCU FLOs said SIOs "rarely supervised, viewed or signed" logs; nobody
    noticed the FLO had not contacted a family for three weeks.

    ## Example

    ```text
    Signed (SIO countersignature): ________________   Date: ________
    ```

    ## Use instead

    ```text
    22/05/2023 09:00 DI 2201 KERR (SIO): SIO review: log read, contact appropriate,
    strategy unchanged. Next review 05/06/2023.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "were required to countersign and date each page." Also
    001_e7d9bf340db595bc.txt: "SIOs rarely supervised, viewed or signed either version of the logs."
    """

    code = "FLO004"
    requirement = "FLO-SIO-SUPERVISION"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.FLO_LOG})
    suggestion = "SIO countersignatures with dates, and periodic supervisory review entries."

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        reviews = [e for e in doc.entries if _is_review(e)]
        if any(_has_substance(e.text) for e in reviews):
            return
        boxes = [b for b in signature_boxes(doc) if b.signer is Signer.SIO]
        if boxes and all(b.signed is Signed.SIGNED and b.dated for b in boxes):
            return
        if not boxes and (any(c for c, _ in signature_lines(doc)) or any(_signs_off(e) for e in doc.entries)):
            return
        if reviews and not boxes and _irregular(doc, reviews):
            yield self.finding(
                doc,
                spans.entry_span(doc, reviews[0]),
                f"SIO supervision not regular: {len(reviews)} bare review(s) and no countersignature "
                f"in a log of {_days(doc)} days",
            )
            return
        vague_box = next((b for b in boxes if b.signed is Signed.PLACEHOLDER), None)
        if reviews or vague_box is not None:
            span = spans.entry_span(doc, reviews[0]) if reviews or vague_box is None else vague_box.span
            yield self.unclear(
                doc,
                span,
                "SIO supervision only asserted or pointed elsewhere: no dated countersignature or review "
                "saying what was checked",
            )
            return
        blank = next((b for b in boxes if b.signed is not Signed.SIGNED or not b.dated), None)
        yield self.finding(
            doc,
            blank.span if blank is not None else anchor(doc),
            "No SIO countersignature or supervisory review of the FLO log",
        )


_SIGN_OFF = re.compile(
    r"^\W*(?i:seen|checked|read|noted|countersigned|signed)\b[^\n]{0,20}?"
    r"(?:DI|DCI|DSU|D/Supt|Det\s+Supt|SIO|DS)\.?\s+(?:\d{2,6}\s+)?[A-Z][\w'-]+\W{0,3}"
    r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\W*$",
)
"""A supervisor's countersignature written as an entry: "Seen. DI Cavendish 16/06/25"."""


def _signs_off(entry: Entry) -> bool:
    return bool(_SIGN_OFF.match(entry.text.strip()))


def _days(doc: Document) -> int:
    dated = [e.when for e in doc.entries if e.when is not None]
    return (max(dated) - min(dated)).days if dated else 0


def _irregular(doc: Document, reviews: list[Entry]) -> bool:
    """Supervision that is not periodic: fewer than one review a fortnight in a log of four weeks or more."""
    if any(PLACEHOLDER.search(e.text) for e in reviews):
        return False  # pointed elsewhere ("see policy file"): the supervision may be recorded there
    by_supervisor = all(_SUPERVISOR_ROLE.search(" ".join(x for x in (e.role, e.rank) if x)) for e in reviews)
    days = _days(doc)
    return by_supervisor and days >= 28 and len(reviews) * 14 < days


def _is_review(entry: Entry) -> bool:
    """A supervisory review of the log by the SIO or co-ordinator (not the FLO reading it on return)."""
    text = _SIGNATURE_LINE.sub("", entry.text)
    found = _REVIEW.search(text, 0, 80)
    if found is None:
        return False
    by = " ".join(x for x in (entry.role, entry.rank) if x)
    return bool(_SUPERVISOR_ROLE.search(by) or _SUPERVISOR.search(text, 0, found.end() + 40))


def _has_substance(text: str) -> bool:
    return not PLACEHOLDER.search(text) and bool(_SUBSTANCE.search(text)) and not _THIN.match(text)
