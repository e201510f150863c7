"""DR027: a note attributed to the deceased with no record of how it was verified."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.death_report.report_sentences import Statement, find, following, is_placeholder, placeholders

NOTE = re.compile(
    r"\b(?:(?:suicide|handwritten|hand-written|farewell|goodbye|final|written|typed)\s+(?:note|letter|message)s?"
    r"|notes?\s+(?:was\s+|were\s+)?(?:found|left|located|recovered|discovered|addressed|written|believed|attributed)"
    r"|(?:found|left|located|recovered)\s+(?:a\s+)?notes?\b|note\s+from\s+the\s+(?:deceased|dec'?d))",
    re.IGNORECASE,
)
NO_NOTE = re.compile(r"\bno\s+(?:suicide\s+)?notes?\b|\bnote\s*[:-]\s*(?:none|nil|no)\b", re.IGNORECASE)
SHOWN = re.compile(
    r"\b(?:shown|showed|show)\b[^.;]{0,60}\b(?:in\s+(?:full|person)|face[\s-]to[\s-]face|whole|entire)"
    r"|\b(?:whole|entire|full|original)\s+note\b",
    re.IGNORECASE,
)
STATEMENT = re.compile(r"\b(?:statement|s/s|mg\s*11)\b", re.IGNORECASE)
COMPARED = re.compile(
    r"\b(?:compar\w*|known\s+(?:samples?|handwriting|writing)|handwriting\s+(?:expert|examin\w*|analys\w*)"
    r"|questioned\s+document|document\s+examin\w*|consistent\s+with\s+(?:his|her|their|the\s+deceased'?s)\s+(?:hand)?writing)\b",
    re.IGNORECASE,
)
LABEL = re.compile(
    r"\b(?:verification|verified|note\s+verification|handwriting(?:\s+verified)?)\b", re.IGNORECASE
)


class NoteNotVerified(Check):
    """A note attributed to the deceased with no record of how it was verified.

    Applies only when the report records a note (or letter) attributed to the
    deceased; otherwise not applicable. The record must show how its
    authenticity was tested: the whole note shown in person to whoever
    identified the handwriting, their statement, and a comparison with known
    samples. A note accepted as genuine, or confirmed over the phone, is
    *absent*; "verification: TBC" is *unclear*.

    ## Why it matters

    In the Whitworth case a note planted by the murderer was accepted after a
    one-line fragment was emailed to the father and confirmed on a phone call.

    ## Example

    ```text
    Handwritten note found on the bedside table, believed to be from the
    deceased. Brother confirmed the writing over the phone.
    ```

    ## Use instead

    ```text
    Note shown in full to the brother in person at his home; he identified the
    handwriting and gave a statement. Compared with letters known to be written
    by the deceased - consistent.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "she emailed a scan of a one-line fragment to
    Daniel’s father"
    """

    code = "DR027"
    requirement = "DR-NOTE"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = "The verification method, the identifier's statement, and the comparison result."

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) and bool(_notes(doc))

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        notes = _notes(doc)
        for note in notes + find(doc, _ABOUT_NOTE):
            context = " ".join(s.text for s in following(doc, note, 3))
            if COMPARED.search(context) or (SHOWN.search(context) and STATEMENT.search(context)):
                return
        blanks = placeholders(doc, LABEL, loose=True)
        if blanks:
            yield self.unclear(doc, blanks[0], "Verification of the note recorded only as a placeholder")
            return
        yield self.finding(
            doc,
            notes[0].span,
            "Note attributed to the deceased with no record of how its authenticity was verified",
        )


_ABOUT_NOTE = re.compile(
    r"\b(?:the|this|that|her|his|their)\s+(?:original\s+)?note\b|\bhandwriting\b", re.IGNORECASE
)
"""A later sentence about the note already found, where the verification is
often written up ("At 21:40 I ... showed him the original note")."""


def _notes(doc: Document) -> list[Statement]:
    return [s for s in find(doc, NOTE) if not NO_NOTE.search(s.text) and not is_placeholder(s)]
