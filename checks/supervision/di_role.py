"""SUP008: the DI's decisions not recorded on a possibly suspicious death."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.supervision.officers import Level, mentions
from checks.supervision.reading import (
    anchor,
    category_known,
    category_possibly_suspicious,
    category_values,
    placeholder_after,
)

DI_ATTENDED = re.compile(
    r"\b(?:attend(?:ed|s)|att'?d|on\s+scene|at\s+(?:the\s+)?scene|arrived|viewed\s+the\s+scene)\b",
    re.IGNORECASE,
)
DI_NOT_ATTENDING = re.compile(
    r"\b(?:not\s+(?:to\s+)?attend\w*|did\s+not\s+attend|didn'?t\s+attend|decided\s+against\s+attending"
    r"|no\s+(?:need\s+)?(?:to\s+)?attend\w*|non[\s-]*attendance|not\s+to\s+(?:go|travel)\s+to\s+(?:the\s+)?scene)\b",
    re.IGNORECASE,
)
RATIONALE = re.compile(
    r"\b(?:because|as|since|given|due\s+to|reason|rationale)\b"
    r"|^[^\n]{0,40}?[,;:\-]\s*[^\n]{0,60}?\b(?:contained|no\s+(?:signs?|injur\w*|suspicious|third|forced|evidence)"
    r"|not\s+suspicious|non[\s-]?suspicious|viewed\s+by|natural\s+causes|explained|satisfied)\b",
    re.IGNORECASE,
)
"""A reason, with a connective or listed after a comma or dash ("will not attend - scene contained")."""
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


_UNEXPLAINED = re.compile(r"(?<![\w-])(?<!not\s)unexplained\b", re.IGNORECASE)
_CATEGORY_BELOW = re.compile(
    r"^[ \t]*(?:(?:part|section)\s+(?:\d{1,2}|[a-z])\b\s*[-:.\u2013]?\s*|\d{1,2}[.)]\s*)?(?:death\s+)?"
    r"categor(?:y|isation|ization)(?:\s+of\s+death)?[ \t]*\n[ \t]*(?P<value>[^\n]+)",
    re.IGNORECASE | re.MULTILINE,
)
"""The line under a category heading ("Section C - Category of death")."""
_SUSPECTED = re.compile(
    r"\b(?:third[\s-]+party\s+(?:involvement\s+)?(?:suspected|likely|cannot\s+be\s+(?:ruled\s+out|excluded)"
    r"|not\s+(?:ruled\s+out|excluded))|(?:treated|being\s+treated|investigated)\s+as\s+(?:a\s+)?suspicious"
    r"|suspicious\s+circumstances|suspected\s+(?:homicide|murder|manslaughter))",
    re.IGNORECASE,
)
"""The report says the death may be suspicious: not only signs that call for a detective's view."""
_NEGATED = re.compile(r"\b(?:no|not|nil|without|nothing|non)\b[^.;\n]{0,25}$", re.IGNORECASE)


def _categorised_unexplained(doc: Document) -> bool:
    """The category written is "unexplained": a death whose cause and third-party
    involvement are still open, which is one that may be suspicious."""
    values = category_values(doc) + [m.group("value") for m in _CATEGORY_BELOW.finditer(doc.text)]
    return any(_UNEXPLAINED.search(v.split(".")[0]) for v in values)


def _suspicion_stated(doc: Document) -> bool:
    """A sentence saying third-party involvement is suspected or not excluded. Injuries
    or a missing phone on their own call for a detective's view (SUP009), not a DI."""
    text = doc.text
    for m in _SUSPECTED.finditer(text):
        start = max(text.rfind("\n", 0, m.start()), text.rfind(".", 0, m.start())) + 1
        if not _NEGATED.search(text[start : m.start()]):
            return True
    return False


_ONLY_TOLD = re.compile(
    r"^[\s,]*(?:\(substantive\)\s*)?(?:was\s+|were\s+)?(?:informed|notified|told|updated|aware)\b"
    r"|(?:referred|reported|escalated|passed)\s+to\s*$|(?:informed|notified|told|updated)\s*$",
    re.IGNORECASE,
)


_PAGE_LINE = re.compile(r"page\s+\d+(?:\s+of\s+\d+)?", re.IGNORECASE)


def _paragraph_end(text: str, start: int) -> int:
    """Where the paragraph holding ``start`` ends: a blank line, but not one that only
    follows a page footer ("Page 1 of 2"), where a sentence carries on over the page."""
    pos = start
    while True:
        end = text.find("\n\n", pos)
        if end < 0:
            return len(text)
        if not _PAGE_LINE.fullmatch(text[text.rfind("\n", 0, end) + 1 : end].strip()):
            return end
        pos = end + 2


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
        end = min(_paragraph_end(text, m.span.start), m.span.start + 600)
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
    *unclear*. Other categories are not applicable. With no category written it
    applies when the report says third-party involvement is suspected or not
    excluded, or a DI takes decisions; injuries or a missing phone alone call
    for a detective's view, not a DI's.

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
        """Possibly suspicious by category (under investigation, unexplained, homicide);
        with no category stated, when the report says third-party involvement is
        suspected or not excluded, shows a DI taking decisions, or has a DI line to
        fill. Injuries or a missing phone alone call for a detective, not a DI."""
        if not super().applies(doc):
            return False
        if category_known(doc):
            return category_possibly_suspicious(doc)
        return (
            _categorised_unexplained(doc)
            or _suspicion_stated(doc)
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
            yield self.unclear(doc, unclear[0], "DI's decisions given only as a placeholder")
            return
        if gap is not None:
            yield self.finding(doc, gap[0], gap[1])
            return
        yield self.finding(
            doc, anchor(doc, *_WHERE), "No DI decisions recorded on a death that may be suspicious"
        )
