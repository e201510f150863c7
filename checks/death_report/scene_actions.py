"""DR015: scene actions on the pack's checklist left undone or blank."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.death_report import reading
from checks.death_report.categorisation import Category, find_category

_HEADING = r"scene\s+actions?|scene\s+check\s*list|actions\s+at\s+(?:the\s+)?scene|initial\s+scene\s+actions"
_BOX = re.compile(
    r"^[ \t]*(?:\[(?P<mark>[^\]\n]{0,3})\]|(?P<glyph>[\u2610\u2611\u2612]))[ \t]*(?P<item>[^\n]{3,})$",
    re.MULTILINE,
)
_TICKED = re.compile(r"^\s*[xX\u2713\u2714*/vV]\s*$")
_ANSWERED = re.compile(
    r"^[ \t]*(?P<item>(?:signs?\s+of\s+life|life\s+preserved|scene\s+preserved|other\s+scenes?"
    r"|evidence\s+secured|deceased\s+identified|suspects?\s+identified|preserve\s+(?:the\s+)?scene|identify\s+(?:the\s+)?\w+)[^:\n]{0,40})"
    r":[ \t]*(?P<answer>[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
_NO = re.compile(r"^\s*(?:no|n|not\s+done|x)\s*\.?\s*$", re.IGNORECASE)


class SceneActionsNotDone(Check):
    """Scene actions on the death investigation pack's checklist left unticked or blank.

    Where the report carries the pack's scene-action checklist or a "Scene
    actions" block, an item left unticked ("[ ] Scene preserved") or answered
    "No" with no reason, or an empty heading, is *absent*; an item answered
    "N/A" or "TBC" is *unclear*. "Other scenes: no" and "Suspects: none" are
    answers, not actions left undone. Without a checklist the narrative is
    read: the scene kept closed, cordoned or guarded ("I kept the bedroom
    closed off"), other scenes considered ("no other scene", "his flat
    identified as a further scene") and suspects or third-party involvement
    considered must all be there; the catalogue's failure is "no mention of
    other scenes or suspects", so missing any is *absent*. Expected deaths,
    where a doctor certifies and the pack is not used, are not applicable.

    ## Why it matters

    The pack's scene actions are the baseline checklist officers rely on:
    preserve life, preserve the scene and any other scenes, secure evidence,
    identify the deceased and any suspects.

    ## Example

    ```text
    Scene actions
    [X] Signs of life checked / life preserved
    [ ] Scene preserved
    ```

    ## Use instead

    ```text
    Scene actions
    [X] Signs of life checked / life preserved
    [X] Scene preserved - cordon at flat door, scene log started 0710
    [X] Deceased identified by his sister
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "preserve the scene and other scenes that may become apparent"
    """

    code = "DR015"
    requirement = "DR-SCENE"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = "An entry against each action, even if it is not applicable because..."

    def applies(self, doc: Document) -> bool:
        if not super().applies(doc):
            return False
        statement = find_category(doc)
        return statement is None or statement.category is not Category.EXPECTED

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        checklist = bool(_BOX.search(doc.text)) or bool(_ANSWERED.search(doc.text))
        if not checklist and not any(True for _ in reading.headings(doc, _HEADING)):
            yield from self._narrative(doc)
            return
        found = False
        for m in _BOX.finditer(doc.text):
            ticked = m.group("glyph") in ("\u2611", "\u2612") or bool(_TICKED.match(m.group("mark") or ""))
            if not ticked:
                found = True
                item = m.group("item").strip()
                yield self.finding(doc, _line(doc, m.start()), f"Scene action not ticked as done: {item}")
        for m in _ANSWERED.finditer(doc.text):
            answer = m.group("answer")
            if _NO.match(answer) and _NONE_IS_AN_ANSWER.match(m.group("item")):
                continue
            if _NO.match(answer) or not answer.strip():
                found = True
                yield self.finding(
                    doc, _line(doc, m.start()), "Scene action recorded as not done, with no reason"
                )
            elif reading.placeholder_value(answer):
                found = True
                yield self.unclear(doc, _line(doc, m.start()), "Scene action answered with a placeholder")
        if found:
            return
        for heading in reading.empty_labels(doc, _HEADING):
            if not _BOX.search(doc.text, heading.span.end, heading.span.end + 200):
                yield self.finding(doc, heading.span, "Scene actions heading left empty")
                return

    def _narrative(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        missing = [name for name, pattern in _NARRATIVE if not _mentioned(pattern, text)]
        if not missing:
            return
        yield self.finding(
            doc,
            reading.anchor(doc, ("scene", "circumstances")),
            "Scene actions not recorded: nothing on " + ", ".join(missing),
        )


def _mentioned(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


_NONE_IS_AN_ANSWER = re.compile(r"^\s*(?:other\s+scenes?|suspects?)", re.IGNORECASE)
"""Items where "no" or "none" reports a finding, not an action left undone."""

_NARRATIVE: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "preserving the scene",
        re.compile(
            r"\b(?:scene\s+(?:was\s+|were\s+)?(?:preserved|secured|sealed|guarded|protected|held|log\w*)"
            r"|preserv\w+\s+(?:the\s+)?(?:scene|room|flat|premises|address)|cordon\w*|scene\s+guard"
            r"|kept\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:closed|sealed|secure[d]?|shut|locked)(?:\s+off)?"
            r"|(?:closed|sealed|taped)\s+off|no\s+(?:one|body)\s+(?:else\s+)?(?:allowed|permitted)\s+(?:in|to\s+enter))",
            re.IGNORECASE,
        ),
    ),
    (
        "other scenes",
        re.compile(
            r"\b(?:other|further|second|additional|secondary|linked)\s+(?:[a-z]+\s+)?scenes?\b|\bscenes\s+(?:identified|at)\b"
            r"|\bscene\(s\)|\b(?:attack\s+site|weapon\s+location)"
            r"|\b(?:place|location|spot|where)\s+(?:\w+\s+){0,3}?last\s+seen\b[^.\n]{0,40}?\b(?:preserved|secured"
            r"|checked|cordon\w*|taped|searched|examined)",
            re.IGNORECASE,
        ),
    ),
    (
        "suspects",
        re.compile(
            r"\b(?:suspects?|third[-\s]party|3rd[-\s]party|offenders?|anyone\s+else\s+involved)\b", re.I
        ),
    ),
)
"""The actions the catalogue names as failures when missing: the scene kept,
other scenes considered, suspects considered."""


def _line(doc: Document, offset: int) -> Span:
    return spans.line_at(doc.text, offset) or spans.whole(doc.text)
