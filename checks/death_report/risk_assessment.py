"""DR006: no THRIVE+ risk assessment recorded."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.death_report import reading

_HEADING = re.compile(
    r"^[ \t]*(?:[-*\u2022|]\s*|q\s*[:.)]\s*)?(?P<name>t(?:hreat)?|h(?:arm)?(?:\s+to\s+others)?|r(?:isk)?"
    r"|i(?:nvestigation)?|v(?:ulnerability)?|e(?:ngagement)?|p(?:revention)?(?:\s*(?:/|and|&)\s*intervention)?|intervention)"
    r"[ \t]*(?:[:\-|]|\?[ \t]*a[ \t]*[:.)])[ \t]*(?P<value>[^\n]*?)[ \t|]*$",
    re.IGNORECASE | re.MULTILINE,
)
_LABEL = r"thrive\s*\+?(?:\s*(?:assessment|plus))?|risk(?:\s+assess\w*)?(?:\s*\(?thrive\s*\+?\)?)?"
_PROSE = re.compile(
    r"\b(?:thrive\s*\+?|risk\s+assess\w*)\b.{0,40}\b(?:threat|harm|risk(?!\s+assess)|vulnerab\w*|engagement|prevention"
    r"|intervention|safeguard\w*)\b",
    re.IGNORECASE,
)
_MIN_FILLED = 3
_INLINE = re.compile(
    r"\b(?P<name>threat|harm|risk|investigation|vulnerability|engagement|prevention|intervention)"
    r"(?:\s+to\s+others)?[ \t]*[:\-\u2013][ \t]*(?P<value>[^.;\n]{2,})",
    re.IGNORECASE,
)
"""THRIVE+ elements written inline: "Threat - none identified. Harm - none to others."."""


class RiskAssessmentNotRecorded(Check):
    """No THRIVE+ risk assessment recorded, or its headings left empty.

    THRIVE+ headings (threat, harm, risk, investigation, vulnerability,
    engagement, prevention, intervention) filled with case facts, at least
    three of them, satisfy it; so does a prose assessment naming its elements.
    "THRIVE: see CAD", "Risk assessment - N/A" is *unclear*; headings present
    but empty, an empty "Risk assessment" heading, or no assessment is
    *absent*.

    ## Why it matters

    Policy says officers "must" use THRIVE+ throughout; the inspection found it
    in none of the 146 records it examined.

    ## Example

    ```text
    THRIVE+
    Threat:
    Harm:
    Risk:
    ```

    ## Use instead

    ```text
    THRIVE+: Threat - none ongoing. Harm - drugs at scene, others at risk.
    Risk - scene held. Vulnerability - diabetic, lived alone.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "officers must follow the THRIVE+ decision-making
    framework and that it is to be used dynamically throughout the incident or
    investigation." Also 001_e7d9bf340db595bc.txt: "There was little to
    indicate that officers had completed and recorded risk assessments"
    """

    code = "DR006"
    requirement = "DR-RISK"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = (
        "THRIVE+ headings (threat, harm, risk, investigation, vulnerability, engagement, prevention, "
        "intervention) filled in with case facts, and revisited later."
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        headings = list(_headings(doc))
        filled = [
            m for m in headings if m.group("value").strip() and not reading.is_placeholder(m.group("value"))
        ]
        if len(filled) >= _MIN_FILLED or len(_inline_elements(doc)) >= _MIN_FILLED:
            return
        if any(
            _PROSE.search(doc.text, s.start, s.end) and not _is_label_only(doc, s) for s in _sentences(doc)
        ):
            return
        placeholder = reading.first_placeholder(doc, _LABEL)
        if placeholder is not None:
            yield self.unclear(
                doc, placeholder.span, "No risk assessment recorded: the THRIVE+ entry is a placeholder"
            )
            return
        if headings:
            block = spans.trim(doc.text, headings[0].start(), headings[-1].end()) or Span(0, 0)
            yield self.finding(doc, block, "THRIVE+ headings present but not filled in")
            return
        empty = next(reading.empty_labels(doc, _LABEL), None)
        if empty is not None:
            yield self.finding(doc, empty.span, "No risk assessment recorded: the heading is empty")
            return
        yield self.finding(
            doc, reading.anchor(doc, ("risk_assessment", "circumstances")), "No risk assessment recorded"
        )


def _inline_elements(doc: Document) -> set[str]:
    """The distinct THRIVE+ elements given a value inline, anywhere in the report."""
    return {
        m.group("name").lower()
        for m in _INLINE.finditer(doc.text)
        if not reading.placeholder_value(m.group("value")) and not _HEADING_ONLY.match(m.group("value"))
    }


_HEADING_ONLY = re.compile(
    r"^\s*(?:threat|harm|risk|investigation|vulnerability|engagement|prevention|intervention)\b",
    re.IGNORECASE,
)


def _headings(doc: Document) -> Iterator[re.Match[str]]:
    """THRIVE+ heading lines that sit in a run of at least two of them."""
    found = list(_HEADING.finditer(doc.text))
    for i, m in enumerate(found):
        near = [o for o in found[max(0, i - 1) : i + 2] if o is not m]
        if any(_adjacent(doc.text, m, o) for o in near):
            yield m


def _adjacent(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    first, second = (a, b) if a.start() < b.start() else (b, a)
    return text.count("\n", first.end(), second.start()) <= 1


def _sentences(doc: Document) -> tuple[Span, ...]:
    return reading.sentence_spans(doc)


def _is_label_only(doc: Document, s: Span) -> bool:
    text = doc.text[s.start : s.end]
    return len(re.findall(r"[A-Za-z]{3,}", text)) < 4
