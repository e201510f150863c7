"""DR028: a forensic post-mortem held with no record of the briefing or the immediate findings."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.death_report.report_sentences import Statement, find, is_placeholder, placeholders, statements

FORENSIC_PM = re.compile(
    r"\b(?:foren\w{0,3}ic|special|home\s+office)\s+(?:post[\s-]?mortem|pm|p\.m\.|autopsy)s?\b"
    r"|\b(?:post[\s-]?mortem|pm)\s*\(\s*(?:forensic|special)\s*\)"
    r"|\b(?:hopm|fpm|h\.o\.p\.m\.?|f\.p\.m\.?)(?=[\s.,:;)]|$)",
    re.IGNORECASE,
)
NOT_HELD = re.compile(
    r"\b(?:not\s+(?:required|needed|necessary|held)|no\s+(?:forensic|special)\s+(?:post[\s-]?mortem|pm))\b",
    re.IGNORECASE,
)
BRIEFED = re.compile(
    r"\b(?:brief\w*|b[a-z]{2,5}f[a-z]{0,2}d|explained\s+the\s+(?:scene|circumstances|history))\b",
    re.IGNORECASE,
)
FINDINGS = re.compile(
    r"\b(?:findings?|find\w*s|found|cause\s+of\s+death|c\.?o\.?d|concluded|showed|revealed|identified|consistent\s+with"
    r"|no\s+injuries|injur\w*|bruis\w*|pending\s+(?:toxicology|histology)|1a)\b",
    re.IGNORECASE,
)
LABEL = re.compile(
    r"\b(?:findings?|immediate\s+findings|pm\s+findings|briefing|post[\s-]?mortem(?:\s+findings)?)\b",
    re.IGNORECASE,
)


class ForensicPostMortemNotRecorded(Check):
    """A forensic post-mortem held with no record of the briefing or the immediate findings.

    Applies only when the report says a forensic (special, Home Office)
    post-mortem was held; otherwise not applicable. The DS or DI attending must
    record that they briefed the pathologist and what the immediate findings
    and considerations were. A findings label holding only a placeholder
    ("findings TBC") is *unclear*.

    ## Why it matters

    The immediate findings shape the investigation in its first hours; without
    a briefing the pathologist works without the scene and the history.

    ## Example

    ```text
    Special PM took place on 04/02/24 at Poplar mortuary.
    ```

    ## Use instead

    ```text
    Forensic PM 04/02/24: DS 1234 REID briefed the pathologist on the scene and
    history. Immediate findings: fractured hyoid, cause of death 1a compression
    of the neck; samples retained for toxicology.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "to record and understand any immediate findings
    and considerations from the examination."
    """

    code = "DR028"
    requirement = "DR-PM"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = "A briefing note, and the pathologist's immediate findings recorded."

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) and bool(_held(doc))

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        held = _held(doc)
        blanks = placeholders(doc, LABEL, loose=True)
        missing: list[str] = []
        for pm in held:
            context = " ".join(s.text for s in _after(doc, pm, 2))
            rest = FORENSIC_PM.sub(" ", context)
            for b in blanks:
                rest = rest.replace(doc.quote(b), " ")
            gaps = []
            if not BRIEFED.search(rest):
                gaps.append("the briefing of the pathologist")
            if not FINDINGS.search(rest):
                gaps.append("the immediate findings")
            if not gaps:
                return
            if not missing or len(gaps) < len(missing):
                missing = gaps
        inside = [b for b in blanks if any(pm.span.start <= b.start < pm.span.end + 200 for pm in held)]
        if inside:
            yield self.unclear(doc, inside[0], "Forensic post-mortem findings recorded only as a placeholder")
            return
        yield self.finding(doc, held[0].span, "Forensic post-mortem recorded without " + " or ".join(missing))


def _after(doc: Document, statement: Statement, count: int) -> list[Statement]:
    """``statement`` and the next ``count`` statements, across field lines."""
    every = statements(doc)
    index = every.index(statement)
    return list(every[index : index + count + 1])


def _held(doc: Document) -> list[Statement]:
    return [s for s in find(doc, FORENSIC_PM) if not NOT_HELD.search(s.text) and not is_placeholder(s)]
