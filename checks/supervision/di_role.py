"""SUP008: the DI's decisions not recorded on a possibly suspicious death."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, RequirementState, Severity
from checks import spans
from checks.base import Check, Context
from checks.supervision.officers import Level, mentions
from checks.supervision.reading import (
    anchor,
    category_known,
    category_possibly_suspicious,
    doubt_signs,
    placeholder_after,
)

DI_ATTENDED = re.compile(
    r"\b(?:attend(?:ed|s)|att'?d|on\s+scene|at\s+(?:the\s+)?scene|arrived|viewed\s+the\s+scene)\b",
    re.IGNORECASE,
)
DI_NOT_ATTENDING = re.compile(
    r"\b(?:not\s+(?:to\s+)?attend\w*|did\s+not\s+attend|didn'?t\s+attend|decided\s+against\s+attending"
    r"|no\s+(?:need\s+)?(?:to\s+)?attend\w*|non[\s-]*attendance)\b",
    re.IGNORECASE,
)
RATIONALE = re.compile(r"\b(?:because|as|since|given|due\s+to|reason|rationale)\b", re.IGNORECASE)
LINES_OF_ENQUIRY = re.compile(
    r"\b(?:lines?\s+of\s+(?:enquiry|inquiry|investigation)|loe|investigative\s+strategy|actions?\s+set"
    r"|forensic\s+strategy|hat\b|homicide\s+assessment)",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"\b(?:di|detective\s+inspector|d/insp)(?:'s)?(?:\s+(?:review|decision|decisions|attendance|"
    r"informed|notified))?",
    re.IGNORECASE,
)
_WHERE = (
    re.compile(
        r"^[ \t]*(?:supervisor|supervision|supervisory|sign[\s-]*off)\b", re.IGNORECASE | re.MULTILINE
    ),
    re.compile(r"^[ \t]*(?:death\s+)?categor", re.IGNORECASE | re.MULTILINE),
)


_ONLY_TOLD = re.compile(
    r"^[\s,]*(?:\(substantive\)\s*)?(?:was\s+|were\s+)?(?:informed|notified|told|updated|aware)\b"
    r"|(?:referred|reported|escalated|passed)\s+to\s*$|(?:informed|notified|told|updated)\s*$",
    re.IGNORECASE,
)


def _di_passages(doc: Document) -> list[Span]:
    """Text from each named DI to the end of the paragraph: what the DI did.
    A DI only told of the death ("referred to DI X", "DI X informed") decides nothing."""
    out = []
    text = doc.text
    for m in mentions(text):
        if m.level != Level.DETECTIVE_INSPECTOR or m.adviser:
            continue
        if _ONLY_TOLD.search(text[m.span.end : m.span.end + 30]) or _ONLY_TOLD.search(
            text[max(0, m.span.start - 25) : m.span.start]
        ):
            continue
        end = text.find("\n\n", m.span.start)
        end = min(len(text) if end < 0 else end, m.span.start + 600)
        span = spans.trim(text, m.span.start, end)
        if span is not None:
            out.append(span)
    return out


def _decides(words: str) -> bool:
    """A DI passage about attending or the lines of enquiry (not only a category sign-off)."""
    return bool(DI_ATTENDED.search(words) or DI_NOT_ATTENDING.search(words) or LINES_OF_ENQUIRY.search(words))


class DetectiveInspectorDecisionsNotRecorded(Check):
    """No DI decisions recorded on a death that may be suspicious.

    On an unexpected death that may be suspicious (category under
    investigation, unexplained, or homicide) a DI is responsible: the record
    names the DI and gives their decision on attending the scene (with a
    rationale when they do not), and the lines of enquiry, HAT and forensic
    strategy they set. Flags such reports with no DI, a DI not attending with
    no rationale, or a DI named with no lines of enquiry. A *DI: TBC* line is
    *unclear*. Other categories are not applicable.

    ## Why it matters

    The DI is the safeguard against a suspicious death being treated as
    routine; the policy expects a rationale whenever the DI does not attend.

    ## Example

    ```text
    Category: Cat 3 - unexpected, under investigation.
    DI: TBC
    ```

    ## Use instead

    ```text
    DI 70913 MARSH decided not to attend because the DS on scene briefed them by
    video call. Lines of enquiry set: last movements, phone, CCTV. HAT advice
    considered. Forensic strategy agreed with the OFM.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "the detective inspector should consider attending
    the scene and that they should record their rationale if they don’t."
    """

    code = "SUP008"
    requirement = "SUP-DI-ROLE"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = (
        "The DI named, an attendance decision with rationale, lines of enquiry set, a HAT decision, "
        "and a forensic strategy."
    )

    def applies(self, doc: Document) -> bool:
        """Possibly suspicious by category; with no category stated, when the report
        gives reasons for doubt, shows a DI taking decisions, or has a DI line to fill."""
        if not super().applies(doc):
            return False
        if category_known(doc):
            return category_possibly_suspicious(doc)
        return (
            bool(doubt_signs(doc))
            or any(_decides(doc.quote(p)) for p in _di_passages(doc))
            or any(True for _ in placeholder_after(doc, _LABEL))
        )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        passages = _di_passages(doc)
        gap: tuple[Span, str] | None = None
        for span in passages:
            words = doc.quote(span)
            not_attending = DI_NOT_ATTENDING.search(words)
            if not_attending and not RATIONALE.search(words[not_attending.start() :][:200]):
                gap = gap or (span, "DI did not attend the scene and no rationale is recorded")
                continue
            if not_attending is None and not DI_ATTENDED.search(words):
                gap = gap or (span, "DI named without a decision on attending the scene")
                continue
            if not LINES_OF_ENQUIRY.search(words):
                gap = gap or (span, "DI named without the lines of enquiry or forensic strategy they set")
                continue
            return
        unclear = list(placeholder_after(doc, _LABEL))
        if unclear:
            yield self.finding(
                doc, unclear[0], "DI's decisions given only as a placeholder", state=RequirementState.UNCLEAR
            )
            return
        if gap is not None:
            yield self.finding(doc, gap[0], gap[1])
            return
        yield self.finding(
            doc, anchor(doc, *_WHERE), "No DI decisions recorded on a death that may be suspicious"
        )
