"""FLO010: a long gap in contact with the family and no reason recorded for it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta

from auditor.document import DocKind, Document
from auditor.findings import Finding, RequirementState, Severity
from checks import spans
from checks.base import Check, Context
from checks.flo_log import timeline
from checks.flo_log.mentions import PLACEHOLDER, anchor
from checks.flo_log.timeline import Gap, TimedEntry

GAP_REASON = re.compile(
    r"\bcontact\b[^.;]{0,40}?\b(?:reduced|reduction|decreased|lessened|scaled\s+back|paused|on\s+hold|suspended"
    r"|stepped\s+down|(?:now|to|at)\s+(?:fortnightly|monthly|once\s+a\s+(?:fortnight|month)))"
    r"|\b(?:reduced|less|fewer|minimal)\s+(?:\w+\s+){0,2}?contact\b"
    r"|\b(?:family|nok|they|s?he)\s+(?:have\s+|has\s+)?(?:asked|requested|want\w*|prefer\w*)\s+(?:for\s+|to\s+)?"
    r"(?:less|no|fewer|space|only|contact\s+only|a\s+break|not\s+to\s+be)"
    r"|\b(?:family|nok)\s+(?:are|is|will\s+be)\s+(?:away|abroad|on\s+holiday|out\s+of\s+the\s+country)\b"
    r"|\b(?:asked|requested)\s+(?:me\s+|us\s+|police\s+|the\s+flo\s+)?(?:not\s+to\s+(?:call|contact|visit|ring)"
    r"|for\s+(?:no|less)\s+contact|to\s+(?:stop|pause)\s+contact)",
    re.IGNORECASE,
)
"""A recorded reason for contact to thin out: reduced contact, the family's wish, the family away."""

_EXPLICIT = re.compile(
    r"\b(?:fortnight\w*|weekly|monthly|every\s+\w+\s+(?:days?|weeks?)|once\s+a\s+\w+|because|as\s+(?!per\b)"
    r"|request\w*|asked|wants?|wish\w*|due\s+to|abroad|away|holiday|space|only\s+when|unless)\b",
    re.IGNORECASE,
)


_FREQUENCY = re.compile(
    r"\b(?:contact|visits?|calls?|updates?)\b[^.;\n]{0,40}?\b(?P<every>weekly|fortnightly"
    r"|once\s+a\s+(?:week|fortnight)|every\s+(?:two|three|four|2|3|4)\s+days)\b",
    re.IGNORECASE,
)
"""A contact frequency the log sets ("visits weekly"): it explains a gap no longer than itself."""
_DAYS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}


def _interval(every: str) -> timedelta:
    words = every.lower().split()
    if "fortnight" in every.lower():
        return timedelta(days=14)
    if words[0] == "every":
        return timedelta(days=_DAYS.get(words[1], 7))
    return timedelta(days=7)


class UnexplainedContactGap(Check):
    """Long gap between contacts with the family with no reason recorded.

    Builds the contact timeline (contacts and attempts, in time order) and
    measures each interval. An interval longer than ``flo_contact_gap_days``
    (default 7) is explained when an entry up to its end records why contact
    thinned out: contact reduced to a stated frequency, the family asked for
    less contact, the family were away. A reason given only as "contact reduced
    - see policy file" is unclear. The finding marks the contact that ended the
    longest unexplained gap and gives the gap's two dates. A contact
    frequency the log sets ("visits weekly", "every two days") explains a gap
    no longer than that frequency (plus a day).

    ## Why it matters

    The inspection's worked example of failed supervision: the FLO "hadn't
    contacted the family for three weeks" and nobody knew why.

    ## Example

    ```text
    02/06/2023 10:00 DC 1234AB SMITH (FLO): Phoned mother Mrs D OKAFOR, update given.
    25/06/2023 15:00 DC 1234AB SMITH (FLO): Phoned mother Mrs D OKAFOR, update given.
    ```

    ## Use instead

    ```text
    02/06/2023 10:30 DI 2201 KERR (SIO): Contact reduced to fortnightly at the family's request.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "they realised that the FLO hadn't contacted the family for three weeks."
    """

    code = "FLO010"
    requirement = "FLO-GAPS"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.FLO_LOG})
    suggestion = (
        "Regular entries, or a recorded reason for a gap (for example, the family asked for less contact, "
        "or the strategy was reduced)."
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        line = timeline.build(doc)
        dated = [e for e in line.contacts if e.when is not None]
        if len(dated) < 2:
            if not line.contacts:
                yield self.unclear(
                    doc,
                    anchor(doc),
                    "No dated contacts in the log: the intervals between contacts cannot be judged",
                )
            return
        limit = timedelta(days=ctx.settings.flo_contact_gap_days)
        reasons = [
            (e.when, _explicit(e.body))
            for e in line.entries
            if e.when is not None and GAP_REASON.search(e.body)
        ]
        frequencies = [
            (e.when, max(_interval(m["every"]) for m in _FREQUENCY.finditer(e.body)))
            for e in line.entries
            if e.when is not None and _FREQUENCY.search(e.body)
        ]
        unexplained: list[Gap] = []
        vague: list[Gap] = []
        for gap in line.gaps():
            if gap.length <= limit:
                continue
            slack = timedelta(days=1)
            if any(gap.length <= every + slack for when, every in frequencies if _by(when, gap.after)):
                continue  # within the contact frequency the log set
            given = [explicit for when, explicit in reasons if when is not None and _by(when, gap.after)]
            if any(given):
                continue
            (vague if given else unexplained).append(gap)
        worst = max(unexplained or vague, key=lambda g: g.length, default=None)
        if worst is None:
            return
        yield self.finding(
            doc,
            spans.entry_span(doc, worst.after.entry),
            _message(worst, limit, explained_vaguely=not unexplained),
            state=RequirementState.ABSENT if unexplained else RequirementState.UNCLEAR,
        )


def _by(when: datetime, end: TimedEntry) -> bool:
    return end.when is not None and when <= end.when


def _explicit(text: str) -> bool:
    for m in GAP_REASON.finditer(text):
        start = max(text.rfind(".", 0, m.start()), text.rfind(";", 0, m.start())) + 1
        end = min(
            (i for i in (text.find(".", m.end()), text.find(";", m.end())) if i >= 0), default=len(text)
        )
        sentence = text[start:end]
        if _EXPLICIT.search(sentence) and not PLACEHOLDER.search(sentence):
            return True
    return False


def _message(gap: Gap, limit: timedelta, *, explained_vaguely: bool) -> str:
    assert gap.before.when is not None and gap.after.when is not None
    days = gap.length.total_seconds() / 86400
    span = f"{days:.0f} days without contact, from {gap.before.when:%d/%m/%Y} to {gap.after.when:%d/%m/%Y}"
    if explained_vaguely:
        return f"Longest gap: {span}; the reason recorded for reducing contact gives no detail"
    allowed = limit.total_seconds() / 86400
    return f"Longest unexplained gap: {span} (more than {allowed:g} days, no reason recorded)"
