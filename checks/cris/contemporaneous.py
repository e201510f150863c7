"""CR006: entries put on the record long after the action they describe."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

from auditor.document import DocKind, Document, Entry
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.cris.victim_contact import is_review
from extractors.export_schema import parse_when

LATE = timedelta(hours=24)
"""A tour of duty is at most about twelve hours; an entry put on the system a
full day or more after the action cannot have been made before going off duty."""


ENTERED = re.compile(
    r"\b(?:entered|input(?:ted)?|created|typed(?:\s+up)?|written\s+up|entry\s+made)\s*(?:at|on)?\s*:?\s*"
    r"(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})[\sT,]+(\d{1,2}[:.]?\d{2})\b",
    re.IGNORECASE,
)
"""When an entry was put on the system, as text exports show it: "[entered 17/05/2023 16:40]"."""


def _entered(doc: Document, entry: Entry) -> datetime | None:
    if entry.recorded_at is not None:
        return entry.recorded_at
    header = doc.quote(entry.header_span) if entry.header_span is not None else ""
    m = ENTERED.search(header) or ENTERED.search(entry.text[:80])
    if m is None:
        return None
    when = parse_when(f"{m.group(1)} {m.group(2)}")
    return when.value if when is not None and not when.date_only else None


_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_CLOCK = r"(?:[01]?\d|2[0-3])[:.]?[0-5]\d(?:\s*hrs?)?"
_DAY = (
    r"(?:\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{1,2}-\d{1,2}-(?:\d{4}|\d{2})"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(?:\s+\d{4})?)"
)
_DONE = (
    r"(?:attend(?:ed|ance)|att'?d|arrived|visit(?:ed)?|spoke(?:n)?\s+(?:to|with)|seen|interview(?:ed)?"
    r"|statements?\s+(?:taken|obtained)|took\s+(?:a\s+|his\s+|her\s+)?statements?|h2h|house[\s-]to[\s-]house"
    r"|searched|arrested|seized)"
)
PAST_ACTION = re.compile(
    rf"\b(?:{_DONE}\b[^.,;:!?()\n]{{0,30}}?|(?:re|regarding|reference|following)\s*:?\s+(?:the\s+|my\s+|our\s+)?"
    rf"(?:attendance|visit|call|incident|enquir(?:y|ies)|h2h|house[\s-]to[\s-]house)\s+(?:on\s+|of\s+|at\s+)?)"
    rf"(?<![\d/.-])({_DAY})(?:\s+(?:at\s+)?({_CLOCK}))?(?![\d/])",
    re.IGNORECASE,
)
"""An action dated in the entry's body: "UPDATE RE ATTENDANCE 03/12", "spoke to the landlord on 3 Dec"."""

SAME_DAY_ACTION = re.compile(
    rf"\b(?:attend(?:ed|ance)|att'?d|arrived|on\s+scene)\b[^.;!?\n]{{0,40}}?(?:\bat\s+|@\s*)?"
    rf"(?<![\w/.:])({_CLOCK})(?![\w/:])",
    re.IGNORECASE,
)
"""An attendance timed in the body of an entry stamped with its entry time: "Attended 09:20",
"Attd w/ PC 3015NA Clarke 2331hrs", "ATTENDED 13:10 WITH PC GREENE"."""

_WORD_HOURS = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
]  # fmt: skip
_WORD_HOUR = "|".join(_WORD_HOURS)
WORD_TIME_ACTION = re.compile(
    rf"\b(?:attend(?:ed|ance)|att'?d|arrived|on\s+scene)\b[^.;!?\n]{{0,40}}?\b(?:at\s+|@\s*)?(?:about\s+|approx\.?\s+)?"
    rf"(?:(?P<part>quarter|half|twenty|ten|five|twenty[\s-]five)\s+(?P<dir>past|to)\s+)?(?P<hour>{_WORD_HOUR}|\d{{1,2}})"
    rf"(?(part)|\s*o'?\s*clock)(?:\s+(?:this|in\s+the|last)\s+(?P<half>morning|afternoon|evening|night))?\b",
    re.IGNORECASE,
)
"""An attendance timed in words: "attended at quarter past six this evening", "arrived at ten o'clock"."""
_PARTS = {"quarter": 15, "half": 30, "twenty": 20, "ten": 10, "five": 5}


def _word_clock(m: re.Match[str], entered: datetime) -> time | None:
    """The time of a match of ``WORD_TIME_ACTION``: the latest reading (am or pm) not after the entry."""
    raw = m.group("hour").lower()
    hour = _WORD_HOURS.index(raw) + 1 if raw in _WORD_HOURS else int(raw)
    if not 1 <= hour <= 12:
        return None
    minute = 0
    part = (m.group("part") or "").lower()
    if part:
        mins = 25 if part.startswith("twenty") and len(part) > 6 else _PARTS[part]
        if m.group("dir").lower() == "to":
            hour, minute = hour - 1 or 12, 60 - mins
        else:
            minute = mins
    half = (m.group("half") or "").lower()
    if half:
        hour = hour % 12 + (0 if half == "morning" else 12)
        return time(hour, minute)
    readings = [time(hour % 12, minute), time(hour % 12 + 12, minute)]
    earlier = [t for t in readings if t <= entered.time()]
    return max(earlier) if earlier else readings[1]


RECAP = re.compile(
    r"\b(?:as\s+(?:previously\s+|already\s+)?(?:recorded|documented|noted)|see\s+(?:the\s+)?(?:above|earlier|previous)"
    r"|(?:case|investigation|progress)\s+summary|summary\s+(?:of|to\s+date)|recap)\b",
    re.IGNORECASE,
)
"""An entry that sums up actions already recorded: it is not their first record."""

_COLLAR = re.compile(r"\b(?:pc|dc|ps|ds|di|sgt|pcso|tdc)\s*$", re.IGNORECASE)
"""A rank just before a number: the number is a collar number, not a time."""


def _clock(raw: str) -> time | None:
    digits = re.sub(r"\D", "", raw)
    if len(digits) not in (3, 4):
        return None
    hour, minute = int(digits[:-2]), int(digits[-2:])
    return time(hour, minute) if hour < 24 and minute < 60 else None


def _day(raw: str, entered: datetime) -> date | None:
    """A day written in the body, its year taken from the entry when it is left out."""
    raw = raw.strip().rstrip(".").lower()
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?", raw)
    if m is not None:
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
    else:
        m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?(?:\s+(\d{4}))?", raw)
        if m is None or m.group(2) not in _MONTHS:
            return None
        day, month, year = int(m.group(1)), _MONTHS.index(m.group(2)) + 1, m.group(3)
    if year is None:
        yr = entered.year - (1 if month > entered.month else 0)
    else:
        yr = int(year) + (2000 if len(year) == 2 else 0)
    try:
        return date(yr, month, day)
    except ValueError:
        return None


def _body_lag(doc: Document, entry: Entry) -> timedelta | None:
    """For an entry stamped with the time it was made, how long after the action in its body it was made.

    A body that dates its action before the entry's own day ("UPDATE RE ATTENDANCE 03/12" in an entry
    stamped 08/12) gives the gap from the end of that day (or its stated time); an attendance timed on
    the entry's own day ("Attended 09:20" in an entry stamped 10:40) gives the gap from that time.
    Supervisors' reviews describe others' actions and are left out."""
    if entry.when is None or entry.date_only or is_review(doc, entry):
        return None
    entered = entry.when
    lags: list[timedelta] = []
    recap = RECAP.search(entry.text) is not None
    for m in [] if recap else PAST_ACTION.finditer(entry.text):
        day = _day(m.group(1), entered)
        if day is None or day >= entered.date():
            continue
        at = _clock(m.group(2)) if m.group(2) else None
        lags.append(entered - datetime.combine(day, at or time(23, 59)))
    for m in SAME_DAY_ACTION.finditer(entry.text):
        at = _clock(m.group(1))
        if at is None or _COLLAR.search(entry.text, 0, m.start(1)):
            continue
        done = datetime.combine(entered.date(), at)
        if done > entered:
            done -= timedelta(days=1)
        if entered - done < timedelta(hours=16):
            lags.append(entered - done)
    for m in WORD_TIME_ACTION.finditer(entry.text):
        at = _word_clock(m, entered)
        if at is None:
            continue
        done = datetime.combine(entered.date(), at)
        if done > entered:
            done -= timedelta(days=1)
        if entered - done < timedelta(hours=16):
            lags.append(entered - done)
    return max(lags) if lags else None


def _lag(doc: Document, entry: Entry) -> timedelta | None:
    if entry.when is None or entry.date_only:
        return None
    entered = _entered(doc, entry)
    return _body_lag(doc, entry) if entered is None else entered - entry.when


class EntryNotContemporaneous(Check):
    """Decision or action recorded a day or more after it happened, not before the officer went off duty.

    Attending officers and those making enquiries must record their decisions
    and actions before going off duty. Where the record shows both when an
    action happened and when the entry was put on the system (a DETS export's
    action time and "created at" time), flags each entry made 24 hours or more
    after the action. An entry stamped with the time it was made ("04/08/23
    10:40 PC Ibe - Attended 09:20 ...") is read against the action its body
    dates: an attendance timed that day, or an action dated an earlier day
    ("UPDATE RE ATTENDANCE 03/12", "spoke to him on 3rd Feb"). Records that
    show only one time per entry cannot be assessed and are *not
    applicable*: the tour of duty is not in the text.

    ## Why it matters

    Entries made days later are reconstructed from memory or copied from other
    systems, which the inspection names as a source of error; a supervisor
    reading the record in the meantime sees an incomplete picture.

    ## Example

    ```text
    Timestamp,Logged By,Log Entry,Created At
    2023-05-14T09:10,DC Ann LEE,Spoke to neighbour Mr B KERR at no 12.,2023-05-17T16:40
    ```

    ## Use instead

    ```text
    Timestamp,Logged By,Log Entry,Created At
    2023-05-14T09:10,DC Ann LEE,Spoke to neighbour Mr B KERR at no 12.,2023-05-14T09:55
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "should record their decisions and actions prior to
    going off-duty."
    """

    code = "CR006"
    requirement = "CR-CONTEMP"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.CRIS_RECORD})
    suggestion = "The entry timestamp falls within the author's tour of duty on the day of the action."

    def applies(self, doc: Document) -> bool:
        """Only records that show both the action time and the entry time."""
        return super().applies(doc) and any(_lag(doc, e) is not None for e in doc.entries)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for entry in doc.entries:
            lag = _lag(doc, entry)
            if lag is not None and lag >= LATE:
                days = lag.days + (1 if lag.seconds >= 12 * 3600 else 0)
                yield self.finding(
                    doc,
                    spans.entry_span(doc, entry),
                    f"Entry put on the record about {max(days, 1)} day(s) after the action it describes",
                )
