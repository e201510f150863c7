"""DR026: drugs and sex indicated but the chemsex context not considered."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.death_report.report_sentences import Statement, contains, find, is_placeholder, placeholders

CHEMSEX_DRUG = re.compile(
    r"\b(?:ghb|gbl|gamma[\s-]?hydroxy\w*|gamma[\s-]?butyrolactone|liquid\s+ecstasy|gina|geebs|mephedrone|meow\s*meow"
    r"|m-?cat|4-?mmc|crystal\s+meth\w*|methamphetamine|crystal\s+\(?tina\)?|chems?|pipettes?"
    r"|(?:bottles?|vials?|doses?|shots?|mls?)\s+of\s+(?-i:G)|(?:taking|took|takes|using|used|on|dosing)\s+(?-i:G))\b",
    re.IGNORECASE,
)
DRUGS = re.compile(
    r"\b(?:drugs?|substance|overdose|od\b|cocaine|ketamine|mdma|ecstasy|poppers|amyl|viagra|heroin|paraphernalia"
    r"|syringes?|needles?|white\s+powder|wraps?\s+of)\b",
    re.IGNORECASE,
)
SEX = re.compile(
    r"\b(?:grindr|scruff|tinder|hinge|dating\s+app|hook[\s-]?up|app\b|sexual\s+(?:partner|encounter|activity|contact)"
    r"|sex\s+(?:party|parties|toys?|worker)|chill[\s-]?out\s+party|chillout|lube|condoms?|met\s+(?:him|her|them)?\s*online"
    r"|meeting\s+arranged)\b",
    re.IGNORECASE,
)
CONSIDERED = re.compile(r"\bchem[\s-]?sex\b|\bsagamore\b", re.IGNORECASE)
LABEL = re.compile(r"\bchem[\s-]?sex(?:\s+(?:context|considered|strategy))?\b", re.IGNORECASE)


class ChemsexContextNotConsidered(Check):
    """Drugs and sex indicated but the chemsex context not considered.

    Applies when the report names a chemsex drug (GHB/GBL, mephedrone, crystal
    methamphetamine, or a pipette, which is how G is dosed) or shows drugs
    together with sex or an app-arranged meeting; otherwise not applicable. The record must then show that the
    chemsex context was considered (a forensic strategy and specialist advice
    such as Project Sagamore). A "Chemsex:" label holding only a placeholder
    is *unclear*.

    ## Why it matters

    The Port victims died of GHB given by a man they met online, and their
    deaths were closed as self-administered overdoses.

    ## Example

    ```text
    Small bottle of clear liquid believed to be GHB found by the bed. Dec'd had
    arranged to meet a man via Grindr the night before.
    ```

    ## Use instead

    ```text
    Possible chemsex context considered (GHB, Grindr meeting): phone and bottle
    retained for forensic recovery, DI agreed forensic strategy, Project
    Sagamore advice sought.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "officers identified, preserved and forensically
    recovered potential evidence of chemsex."
    """

    code = "DR026"
    requirement = "DR-CHEMSEX"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = "Mention of the chemsex context, a forensic strategy, and the advice sought."

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) and bool(_indicators(doc) or placeholders(doc, LABEL))

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        blanks = placeholders(doc, LABEL)
        considered = [
            s
            for s in find(doc, CONSIDERED)
            if not is_placeholder(s) and not any(contains(s, b) for b in blanks)
        ]
        if considered:
            return
        if blanks:
            yield self.unclear(doc, blanks[0], "Chemsex context recorded only as a placeholder")
            return
        yield self.finding(
            doc,
            _indicators(doc)[0].span,
            "Drugs and sex are indicated but the chemsex context is not considered",
        )


def _indicators(doc: Document) -> list[Statement]:
    """Statements naming a chemsex drug, or drugs and a sexual context together."""
    found = [s for s in find(doc, CHEMSEX_DRUG) if not _NEGATED.search(s.text)]
    found += [s for s in find(doc, SEX) if DRUGS.search(s.text) or found]
    return sorted(set(found), key=lambda s: s.span.start)


_NEGATED = re.compile(r"\bno\s+(?:ghb|gbl|chems?|evidence\s+of\s+(?:ghb|gbl|chemsex))\b", re.IGNORECASE)
