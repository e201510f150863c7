"""SUP004: no supervisor's certification that all relevant actions are complete."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.supervision.officers import Level, at_least, mentions
from checks.supervision.reading import anchor, placeholder_after

CERTIFIES = re.compile(r"\b(?:ce?rr?tt?ii?ff?(?:y|ies|ied|i?cation)\b|cert\b\.?)", re.IGNORECASE)
_ACTIONS = r"(?:ac[a-z]{2,5}ns?|enquiries|tasks)"
_COMPLETE = r"(?:co[a-z]{0,2}pl[a-z]{0,3}t(?:e|ed)?|done|finished|carried\s+out)"
ACTIONS_COMPLETE = re.compile(
    rf"\b(?:all\s+(?:the\s+|of\s+the\s+)?(?:rel[a-z]{{3,6}}\s+|necessary\s+|required\s+|outstanding\s+)?{_ACTIONS}"
    rf"[^.;\n]{{0,30}}\b{_COMPLETE}"
    rf"|{_ACTIONS}\s+(?:are\s+|have\s+been\s+)?(?:all\s+)?{_COMPLETE})\b",
    re.IGNORECASE,
)
"""Typo-tolerant: "all relevant acitons have been commpleted"."""
CONFIRMS = re.compile(r"\b(?:i\s+)?(?:confirm|confirms|confirmed|verify|verified|attest)\b", re.IGNORECASE)
"""A supervisor confirming completion in other words: "I confirm all actions are complete"."""
AFFIRMS = re.compile(
    r"\b(?:content|satisfied|happy|assured)\b|\bi\s+have\s+(?:now\s+)?(?:checked|reviewed|read)\b",
    re.IGNORECASE,
)
"""A supervisor vouching for the work in their own words: "I am content that ...", "I have checked ..."."""
_NEGATED = re.compile(r"\b(?:not|no|never)\s+(?:yet\s+)?$", re.IGNORECASE)
SUPERVISOR_WORD = re.compile(r"\b(?:supervisor|sergeant|sgt|inspector)\b", re.IGNORECASE)
_LABEL = re.compile(
    r"\b(?:supervisor(?:'s)?\s+)?certification(?:\s+(?:of|that)\s+(?:all\s+)?(?:relevant\s+)?actions?)?\b",
    re.IGNORECASE,
)
_WHERE = (
    re.compile(
        r"^[ \t]*(?:supervisor|supervision|supervisory|sign[\s-]*off|certification)\b",
        re.IGNORECASE | re.MULTILINE,
    ),
    re.compile(r"^[ \t]*(?:report\s+submitted|submitted|signed)\b", re.IGNORECASE | re.MULTILINE),
)


def _by_supervisor(window: str) -> bool:
    return bool(SUPERVISOR_WORD.search(window)) or any(
        at_least(x.level, Level.SERGEANT) and not x.adviser for x in mentions(window)
    )


class ActionsCompleteNotCertified(Check):
    """No supervisor's certification that all relevant actions have been completed.

    Under the 2022 death investigation policy a supervisor reviews the report
    prepared for the coroner and certifies that all relevant actions have been
    completed, with their name and the date, in any words that vouch for it
    (*I certify*, *I confirm*, *I am content that all relevant actions are
    complete*, *I have checked ...; all actions done*). Flags reports with no
    such statement. A certification heading left with a placeholder is *unclear*.
    Reports dated before 22 June 2022 are not applicable.

    ## Why it matters

    The inspection found "unacceptably low supervisory standards" in too many
    reports; the certification makes a named supervisor answerable for the
    report being complete before it goes to the coroner.

    ## Example

    ```text
    SUDDEN DEATH REPORT
    Supervisor: PS 4410ZD DUNNE attended scene at 0915.
    Report submitted 14/05/2023 1820.
    ```

    ## Use instead

    ```text
    I certify that all relevant actions have been completed. PS 4410ZD DUNNE, 14/05/2023.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "give a statement certifying that all relevant
    actions have been completed."
    """

    code = "SUP004"
    requirement = "SUP-CERTIFY"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.DEATH_REPORT})
    since_policy = date(2022, 6, 22)
    suggestion = (
        "A supervisor's certification entry with name and date, "
        "written after the action outcomes are recorded."
    )

    def applies(self, doc: Document) -> bool:
        return super().applies(doc)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for m in CERTIFIES.finditer(doc.text):
            window = doc.text[max(0, m.start() - 60) : m.end() + 120]
            if ACTIONS_COMPLETE.search(window):
                return
        for m in CONFIRMS.finditer(doc.text):
            window = doc.text[max(0, m.start() - 80) : m.end() + 120]
            if _by_supervisor(window) and ACTIONS_COMPLETE.search(doc.text[m.start() : m.end() + 120]):
                return
        for m in ACTIONS_COMPLETE.finditer(doc.text):
            if _NEGATED.search(doc.text[max(0, m.start() - 12) : m.start()]):
                continue
            start = max(0, m.start() - 250, doc.text.rfind("\n\n", 0, m.start()))
            window = doc.text[start : m.end()]
            if AFFIRMS.search(window) and _by_supervisor(window):
                return
        unclear = list(placeholder_after(doc, _LABEL))
        if unclear:
            yield self.unclear(doc, unclear[0], "Supervisor's certification given only as a placeholder")
            return
        yield self.finding(
            doc,
            anchor(doc, *_WHERE),
            "No supervisor's statement certifying that all relevant actions have been completed",
        )
