"""SUP007: the 7, 14, 21, 28-day and three-monthly reviews of a CRIS death investigation not all recorded."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.supervision.entries import day_of, is_death_investigation, record_end, record_start, reviews
from checks.supervision.officers import Level, entry_level, mentions
from checks.supervision.reading import datetime_in

EARLY = 5.0
"""A milestone review may come this many days early ("at or before" the milestone,
but not the 24-hour review standing in for the 7-day one)."""
LATE = 2.0
"""Days of grace after a milestone before its review counts as missing."""
QUARTER = 90.0


@dataclass(frozen=True, slots=True)
class Milestone:
    day: float
    label: str
    needs_dci: bool


def milestones(open_days: float) -> list[Milestone]:
    """The reviews due in a record open for ``open_days``: 7, 14, 21 and 28 days,
    then every three months after the 28-day review."""
    due = [Milestone(7, "7-day", False), Milestone(14, "14-day", False), Milestone(21, "21-day", False),
           Milestone(28, "28-day DCI", True)]  # fmt: skip
    k = 1
    while 28 + QUARTER * k + LATE < open_days:
        due.append(Milestone(28 + QUARTER * k, f"{k * 3}-month DCI", True))
        k += 1
    return [m for m in due if m.day + LATE <= open_days or m.day == 28]


class ScheduledReviewsMissing(Check):
    """The 7, 14, 21 and 28-day and three-monthly reviews of a CRIS death investigation not all recorded.

    From the 2022 death investigation policy a BCU death investigation is
    reviewed at 7, 14 and 21 days at minimum, by the DCI at 28 days (or
    sooner), and by the DCI at least every three months after that, each
    review recorded on CRIS. The cadence is computed from the dated entries:
    each milestone needs a supervisor's review entry in the days up to it (or
    just after); the 28-day and three-monthly ones need a DCI (or more senior).
    A review at a DCI milestone whose author's rank is not recorded is
    *unclear*. Records open for less than 28 days, and records dated before
    22 June 2022, are not applicable.

    ## Why it matters

    Without these reviews deaths not thought suspicious early on "may not be
    closely monitored"; the inspection found no DCI reviews at all in the cases
    since the policy began.

    ## Example

    ```text
    CRIS CRIME REPORT - DETS
    02/03/2024 09:00 PS 2231ZD HILL: Supervisory review 24 hr. Reviewed, content.
    15/04/2024 10:00 DS 71823 ROSS: Closing review ...
    ```

    ## Use instead

    ```text
    08/03/2024 DS 71823 ROSS: 7 day review ...
    15/03/2024 DI 70913 MARSH: 14 day review ...
    22/03/2024 DS 71823 ROSS: 21 day review ...
    29/03/2024 DCI 64226 MARIN: 28 day review ...
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "reviewed, as a minimum, at 7, 14 and 21 days."
    Also 001_e7d9bf340db595bc.txt: "All reviews are to be recorded on the CRIS."
    """

    code = "SUP007"
    requirement = "SUP-REVIEWS"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.CRIS_RECORD})
    since_policy = date(2022, 6, 22)
    suggestion = "Dated review entries at or before each milestone, with the reviewer's rank."

    def applies(self, doc: Document) -> bool:
        if not super().applies(doc) or not is_death_investigation(doc):
            return False
        span = _open_days(doc)
        return span is not None and (span >= 28 or _reviewed_near_28(doc))

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        start = record_start(doc)
        open_days = _open_days(doc)
        if start is None or open_days is None:
            return
        dated = _dated_reviews(doc, start)
        missing: list[str] = []
        rankless: list[Review] = []
        for milestone in milestones(max(open_days, 28.0)):
            window = [r for r in dated if milestone.day - EARLY <= r.day <= milestone.day + LATE]
            if milestone.needs_dci:
                if any(r.level == Level.CHIEF_INSPECTOR for r in window):
                    continue
                unknown = [r for r in window if r.level is None]
                if unknown:
                    rankless.append(unknown[0])
                    continue
            elif window:
                continue
            missing.append(milestone.label)
        if missing:
            yield self.finding(doc, _where(doc, dated), f"No {_join(missing)} review recorded on the CRIS")
        elif rankless:
            yield self.unclear(
                doc,
                rankless[0].span,
                "Review at a DCI milestone with no rank recorded, so it cannot be shown to be the DCI's",
            )


@dataclass(frozen=True, slots=True)
class Review:
    day: float
    level: Level | None
    span: Span


_MILESTONE_DONE = re.compile(
    r"\b\d{1,3}\s*-?\s*(?:day|month)\s+re(?:view|veiw|iew)\s+(?:completed|complete|done|carried\s+out|conducted)\b",
    re.IGNORECASE,
)
_DATE_AT_LINE_START = re.compile(r"^\W*(\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\b[^\n]*", re.MULTILINE)


def _dated_reviews(doc: Document, start: datetime) -> list[Review]:
    """Review entries with their day, and "28 day review completed" rows that a
    parser left inside another entry (a date-only row with no rank)."""
    found = [
        Review(day_of(start, e.when), entry_level(e, doc), spans.entry_span(doc, e))
        for e in reviews(doc)
        if e.when is not None
    ]
    heads = [r.span.start for r in found]
    for m in _MILESTONE_DONE.finditer(doc.text):
        lines = list(_DATE_AT_LINE_START.finditer(doc.text, max(0, m.start() - 160), m.start()))
        if not lines:
            continue
        row = lines[-1]
        if any(row.start() <= h <= m.start() for h in heads):
            continue
        when = datetime_in(row.group(1))
        if when is None:
            continue
        levels = [x.level for x in mentions(doc.text, row.start(), m.start())]
        end = spans.line_at(doc.text, m.end())
        span = spans.trim(doc.text, row.start(), end.end if end else m.end()) or Span(row.start(), m.end())
        found.append(Review(day_of(start, when), levels[0] if levels else None, span))
    return found


def _reviewed_near_28(doc: Document) -> bool:
    """A review in the days up to the 28-day milestone: the record reached it even
    if nothing later is shown."""
    start = record_start(doc)
    if start is None:
        return False
    return any(e.when is not None and day_of(start, e.when) >= 28 - EARLY for e in reviews(doc))


def _open_days(doc: Document) -> float | None:
    start, end = record_start(doc), record_end(doc)
    if start is None or end is None:
        return None
    return day_of(start, end)


def _where(doc: Document, dated: list[Review]) -> Span:
    """The last review recorded (the gaps follow it), else the title."""
    if dated:
        return max(dated, key=lambda r: r.day).span
    return spans.first_line(doc.text) or spans.whole(doc.text)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]
