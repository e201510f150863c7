"""FLO002: FLO log entries written up long after the contact they record."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, time, timedelta

from auditor.document import DocKind, Document, Entry
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.flo_log.log_entries import log_entries
from checks.flo_log.mentions import anchor
from checks.flo_log.moments import moment_at_start
from checks.flo_log.signatures import signature_boxes

_WRITTEN = re.compile(
    r"\b(?:entered|recorded|input|inputted|written(?:\s+up)?|typed(?:\s+up)?)\s*(?:on|at)?\s*:?\s*",
    re.IGNORECASE,
)
_LATE_NOTE = re.compile(
    r"\b(?:late\s+entry|written\s+up\s+(?:later|afterwards|after)|retrospective\s+entry|entry\s+made\s+late"
    r"|(?:from|per)\s+(?:my\s+)?(?:pnb|pocket\s*book|notes))\b",
    re.IGNORECASE,
)


_SIGN_OFF_STAMP = re.compile(
    r"\b(?i:entry|entered|written(?:\s+up)?|typed(?:\s+up)?|logged)\s+(?i:by\s+)?"
    r"(?:[A-Z]{2,3}\s+|(?:DC|DS|PC|PS|DI|DCI)\s+[A-Z]\w+\s+)?"
    r"(?i:at\s+|on\s+)?(?=\d)",
)
_CLOCK = re.compile(r"^\s*(?P<h>[01]?\d|2[0-3])[:.]?(?P<m>[0-5]\d)(?:\s*hrs)?(?![\d/]|\.\d)")
_WRITTEN_COLUMN = re.compile(
    r"^[^\n]*\btime\b[^\n]*[/|][^\n]*\b(?:time\s+)?(?:entry\s+)?(?:written|entered|recorded)\b[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
_NEXT_CELL = re.compile(r"[ \t]*\|[ \t]*(?P<cell>[^|\n]{1,25}?)[ \t]*\|")


class EntriesNotTimely(Check):
    """FLO log entry written up long after the contact it records.

    Compares each entry's time with the time it was written: the system's
    "entered" stamp of an electronic log or export, or a "LATE ENTRY (written
    ...)" note. An entry written more than ``flo_entry_delay_hours`` (default
    24) after the contact is absent. A late-entry note with no time of writing
    is unclear, and so is an electronic log with no time of writing at all; the
    time of writing may also be a sign-off stamp ("Entry JF 20:25") or the
    "time written" column of a tabular log; a
    paper log book (signed pages, no late notes) is taken as written at the
    time of each entry.

    ## Why it matters

    The inspection required entries to be timely; a log written up days later
    or in batches is reconstructed from memory, and gaps hide in it.

    ## Example

    ```text
    15/05/2023 14:30 DC 1234AB SMITH (FLO) [entered 19/05/2023 09:10]: Phoned sister.
    ```

    ## Use instead

    ```text
    15/05/2023 14:30 DC 1234AB SMITH (FLO) [entered 15/05/2023 15:05]: Phoned sister.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "Entries in the log should be timely and the record should be supervised
    regularly by an SIO and/or a co-ordinator."
    """

    code = "FLO002"
    requirement = "FLO-TIMELY"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.FLO_LOG})
    suggestion = "The entry time is close to the contact time (needs both timestamps)."

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        limit = timedelta(hours=ctx.settings.flo_entry_delay_hours)
        stamped = 0
        undated_note: Entry | None = None
        for entry in log_entries(doc):
            written = written_at(doc, entry)
            if written is None:
                if undated_note is None and _LATE_NOTE.search(entry.text[:120]):
                    undated_note = entry
                continue
            stamped += 1
            if entry.when is not None and not entry.date_only and written - entry.when > limit:
                hours = (written - entry.when).total_seconds() / 3600
                yield self.finding(
                    doc,
                    spans.entry_span(doc, entry),
                    f"Entry written up {_delay(hours)} after the contact it records",
                )
        if undated_note is not None:
            yield self.unclear(
                doc,
                spans.entry_span(doc, undated_note),
                "Entry marked as written up later, with no time of writing",
            )
        elif not stamped and doc.entries and not signature_boxes(doc):
            yield self.unclear(
                doc, anchor(doc), "No entry shows when it was written, so timeliness cannot be judged"
            )


def written_at(doc: Document, entry: Entry) -> datetime | None:
    """When the entry was written: an export's stamp, a stamp or late note in its header or opening,
    the officer's sign-off stamp ("Entry JF 20:25"), or the "time written" column of a tabular log."""
    if entry.recorded_at is not None:
        return entry.recorded_at
    header = doc.quote(entry.header_span) if entry.header_span is not None else ""
    for text in (header, entry.text[:120]):
        for m in _WRITTEN.finditer(text):
            moment = moment_at_start(text[m.end() : m.end() + 45])
            if moment is not None:
                return moment
    if entry.when is None:
        return None
    for m in _SIGN_OFF_STAMP.finditer(entry.text):
        found = _moment_or_clock(entry.text[m.end() : m.end() + 30], entry.when)
        if found is not None:
            return found
    if entry.header_span is not None and _WRITTEN_COLUMN.search(doc.text[:3000]):
        cell = _NEXT_CELL.match(doc.text, entry.header_span.end, entry.span.start + 1)
        if cell is not None:
            return _moment_or_clock(cell.group("cell"), entry.when)
    return None


def _moment_or_clock(text: str, day: datetime) -> datetime | None:
    """A date and time at the start of ``text``, or a bare time taken on ``day``."""
    moment = moment_at_start(text, within=2)
    if moment is not None:
        return moment
    clock = _CLOCK.match(text)
    if clock is None:
        return None
    written = datetime.combine(day.date(), time(int(clock["h"]), int(clock["m"])))
    return written if written >= day else written + timedelta(days=1)


def _delay(hours: float) -> str:
    return f"{hours / 24:.0f} days" if hours >= 48 else f"{hours:.0f} hours"
