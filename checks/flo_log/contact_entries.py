"""FLO001: a contact or attempted contact in the FLO log without its particulars."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Entry, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.contact import (
    has_method,
    has_outcome,
    has_person,
    is_attempt,
    is_contact,
    join_missing,
    missing_when,
)

_LABELLED_LINE = re.compile(r"^[ \t]*[A-Za-z][\w /'().&-]{0,40}:[ \t]*\S[^\n]{0,80}$")
_HEADING_LINE = re.compile(r"^[ \t]*(?:[^a-z\s.!?]+[ \t]*){1,6}$")


class ContactEntryIncomplete(Check):
    """Contact or attempted contact logged without date, time, method, person or outcome.

    Every contact and every attempted contact with the family, next of kin,
    intermediaries and other parties connected to the family must be its own
    log entry giving the date, the time, the method (phone, visit, text...),
    the person spoken to or tried, and for an attempt its outcome. Entries
    about police work only (briefings, strategy reviews) are not assessed. A
    log with no entries at all (a summary in place of entries) is flagged on
    its body.

    ## Why it matters

    The FLO log is the only record of the family relationship. The inspection
    found its completion inconsistent, and in one case investigators found
    nothing recorded by the FLO for three weeks.

    ## Example

    ```text
    FAMILY LIAISON LOG
    15/05/2023 DC 1234AB SMITH (FLO): Phoned sister, discussed funeral.
    16/05/2023 10:05 DC 1234AB SMITH (FLO): Attempted call to the number provided.
    ```

    No time on the first entry; no person and no outcome on the second.

    ## Use instead

    ```text
    15/05/2023 14:30 DC 1234AB SMITH (FLO): Phoned sister Karen JONES on her
    mobile; discussed funeral arrangements, she will call back tomorrow.
    16/05/2023 10:05 DC 1234AB SMITH (FLO): Rang mother's landline, no answer,
    left voicemail asking her to call.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "the FLO must keep an FLO log book of all contact
    (or attempted contact) with the family, next of kin, intermediaries and
    other parties connected to the family."
    """

    code = "FLO001"
    requirement = "FLO-ALL-CONTACT"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.FLO_LOG})
    suggestion = (
        "One entry per contact or attempt, giving date, time, method, the person spoken to "
        "(or attempted), content and outcome."
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if not doc.entries:
            yield self.finding(
                doc,
                _body(doc.text),
                "The FLO log has no individual entries: contact is summarised instead of "
                "logged one entry per contact or attempt",
            )
            return
        for entry in doc.entries:
            if not is_contact(entry):
                continue
            missing = _missing(doc, entry)
            if missing:
                yield self.finding(
                    doc,
                    spans.entry_span(doc, entry),
                    f"Contact entry without {join_missing(missing)}",
                )


def _missing(doc: Document, entry: Entry) -> list[str]:
    missing = []
    when = missing_when(doc, entry)
    if when is not None:
        missing.append(when)
    if not has_method(entry):
        missing.append("method")
    if not has_person(entry):
        missing.append("the person contacted")
    if is_attempt(entry) and not has_outcome(entry):
        missing.append("the outcome of the attempt")
    return missing


def _body(text: str) -> Span:
    """The log's body: after the title and any short ``Label: value`` header
    lines or ALL-CAPS headings at the top, to the end."""
    title = spans.first_line(text)
    if title is None:
        return spans.whole(text)
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text[title.end :].split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    pos = title.end
    for i, (offset, line) in enumerate(lines):
        following = lines[i + 1][1].lstrip() if i + 1 < len(lines) else ""
        header = _HEADING_LINE.match(line) or (_LABELLED_LINE.match(line) and not following[:1].islower())
        if line.strip() and not header:
            break
        pos = title.end + offset + len(line)
    return spans.trim(text, pos, len(text)) or spans.trim(text, title.end, len(text)) or title
