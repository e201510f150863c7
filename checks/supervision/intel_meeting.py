"""SUP013: an intelligence meeting recorded without its chair, risk owner or actions."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.supervision.reading import sentence_end, sentence_start

MEETING = re.compile(
    r"\b(?:pacesetter|thor\b|lit\s+(?:meeting|briefing)|(?:local\s+)?intelligence\s+(?:team\s+)?(?:meeting|briefing)"
    r"|tasking\s+(?:meeting|group)|daily\s+management\s+meeting|dmm\b)",
    re.IGNORECASE,
)
CHAIR = re.compile(r"\b(?:chair(?:ed|s|ing)?|chairperson|chaired\s+by)\b", re.IGNORECASE)
RISK_OWNER = re.compile(
    r"\b(?:risk\s+owner|owns?\s+the\s+risk|owner\s+of\s+the\s+risk|risk\s+(?:now\s+)?(?:sits|rests)"
    r"\s+with|risk\s+(?:owned|held)\s+by)\b",
    re.IGNORECASE,
)
ACTIONS = re.compile(r"\b(?:actions?|tasked|tasking\s+set|no\s+further\s+action|nfa)\b", re.IGNORECASE)
_PLACEHOLDER_FREE = 300


class IntelligenceMeetingNotRecorded(Check):
    """Intelligence meeting mentioned without who chaired it, who owns the risk, or the actions.

    Where a record says a case went to a local intelligence team meeting, a
    Pacesetter or tasking meeting, the supervision entry records who chaired
    the meeting, who now owns the risk, and any further actions. Flags each
    meeting mention whose passage (the paragraph it is in) lacks any of the
    three. Records that mention no such meeting are not applicable: the
    requirement concerns the CRIMINT supervision page, which this tool reads
    only when its text is in the record.

    ## Why it matters

    The IPCC could not tell whether a crime report had been discussed at all;
    a chair, a risk owner and actions make the meeting auditable.

    ## Example

    ```text
    CRIS CRIME REPORT - DETS
    04/03/2024 10:00 DS 71823 ROSS: Discussed at Pacesetter today.
    ```

    ## Use instead

    ```text
    04/03/2024 10:00 DS 71823 ROSS: Discussed at Pacesetter, chaired by DI 70913
    MARSH. Risk owner: DS ROSS. Actions: LIT to research the address, OIC to
    revisit the informant.
    ```

    ## Source

    004_05fe42e2486628e9.txt: "who chaired the meeting, who now owns the risk,
    and any further actions required of the LIT"
    """

    code = "SUP013"
    requirement = "SUP-INTEL-MEETING"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.CRIS_RECORD})
    suggestion = "CRIMINT supervision entries with chair, risk owner and actions."

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) and bool(MEETING.search(doc.text))

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for m in MEETING.finditer(doc.text):
            start = max(
                [sentence_start(doc.text, m.start())]
                + [e.span.start for e in doc.entries if e.span.start <= m.start() < e.span.end]
            )
            end = doc.text.find("\n\n", m.end())
            end = min(len(doc.text) if end < 0 else end, m.end() + _PLACEHOLDER_FREE)
            passage = doc.text[start:end]
            missing = [
                what
                for what, pattern in (
                    ("who chaired it", CHAIR),
                    ("who owns the risk", RISK_OWNER),
                    ("the actions", ACTIONS),
                )
                if not pattern.search(passage)
            ]
            if missing:
                end_at = sentence_end(doc.text, m.start())
                span = spans.trim(doc.text, start, end_at) or Span(start, end_at)
                yield self.finding(doc, span, "Intelligence meeting recorded without " + " or ".join(missing))
