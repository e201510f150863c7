"""FLO001: a contact or attempted contact in the FLO log without its particulars."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.contact import has_method, has_outcome, join_missing, missing_when
from checks.flo_log import timeline
from checks.flo_log.mentions import PLACEHOLDER, sentences
from checks.flo_log.timeline import VISIT, EntryKind, TimedEntry, names_person
from checks.vocabulary import CONTACT_VERB, METHOD, is_non_answer

_SUMMARY = re.compile(
    r"\b(?:summary|summarised|w/c|week\s+commencing|throughout\s+the\s+(?:week|period)|during\s+the\s+week"
    r"|over\s+the\s+(?:past|last)\s+(?:few\s+days|week|fortnight))\b",
    re.IGNORECASE,
)
_CONTACT_WORDS = re.compile(
    r"\b(?:contacts?|calls?|visits?|spoke|updates?|in\s+touch|texts?|messages?)\b", re.IGNORECASE
)
_POINTER = re.compile(
    r"\bsee\s+(?:my\s+|the\s+)?(?:pnb|pocket\s*book|notes|notebook|day\s*book)\b", re.IGNORECASE
)
_CLOCK = re.compile(
    r"(?<![\d/.:])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d/]|\.\d)|\b(?:[01]\d|2[0-3])[0-5]\d\s*hrs\b"
)
_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_LABELLED_LINE = re.compile(r"^[ \t]*[A-Za-z][\w /'().&-]{0,40}:[ \t]*\S[^\n]{0,80}$")
_HEADING_LINE = re.compile(r"^[ \t]*(?:[^a-z\s.!?]+[ \t]*){1,6}$")


class ContactEntryIncomplete(Check):
    """Contact or attempted contact logged without date, time, method, person or outcome.

    Every contact and every attempted contact with the family, next of kin,
    intermediaries and other parties connected to the family must be its own
    log entry giving the date, the time, the method (phone, visit, text...),
    the person spoken to or tried, and for an attempt its outcome. The log is
    read as a timeline (``checks/flo_log/timeline.py``): entries about police
    work (strategy, reviews, forms, handovers, exit decisions, calls to the
    coroner's officer) are not contacts; a voicemail, an unanswered text or a
    calling card is an attempt, not a successful contact. A contact that names
    only "family" names nobody. A summary of a period ("weekly summary: several
    calls") is flagged as its sentence, and a log with no entries at all on its
    body. A contact entry holding a placeholder for the person or the content
    ("family member (TBC)", "see PNB") is unclear.

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
        contacts = list(timeline.build(doc).contacts)
        for span in _summaries(doc, contacts):
            yield self.finding(
                doc,
                span,
                "Contact summarised over a period instead of logged one entry per contact or attempt",
            )
        for timed in contacts:
            entry = timed.entry
            if _vague(timed.body):
                yield self.unclear(
                    doc,
                    spans.entry_span(doc, entry),
                    "Contact entry that does not say who was contacted or what was said (placeholder)",
                )
                continue
            missing = _missing(doc, timed)
            if missing:
                yield self.finding(
                    doc,
                    spans.entry_span(doc, entry),
                    f"Contact entry without {join_missing(missing)}",
                )


def _missing(doc: Document, timed: TimedEntry) -> list[str]:
    entry = timed.entry
    missing = []
    when = missing_when(doc, entry) if timed.when is None or entry.date_only else None
    if when == "time" and _timed_in_body(timed.body):
        when = None
    if when is not None:
        missing.append(when)
    if not has_method(entry) and not VISIT.search(timed.body):
        missing.append("method")
    if not names_person(entry, timed.body):
        missing.append("the person contacted")
    if timed.kind is EntryKind.ATTEMPT and not has_outcome(entry):
        missing.append("the outcome of the attempt")
    return missing


def _timed_in_body(body: str) -> bool:
    """Whether a date-only entry gives the contact's time in its words: "Call to Ahmed 17:00, spoke
    to him", "Family informed in person 18:00"."""
    return any(
        _CLOCK.search(part) and (METHOD.search(part) or VISIT.search(part) or CONTACT_VERB.search(part))
        for part in _FIRST_SENTENCE.split(body)
    )


def _vague(body: str) -> bool:
    """A contact entry that holds a placeholder where the person or the content belongs."""
    first = _FIRST_SENTENCE.split(body.strip(), maxsplit=1)[0]
    placeholder = PLACEHOLDER.search(first)
    if (placeholder is not None and placeholder.start() < 60) or _POINTER.search(body):
        return True
    return any(is_non_answer(part) for part in _FIRST_SENTENCE.split(body) if re.search(r"[A-Za-z]", part))


def _summaries(doc: Document, contacts: list[TimedEntry]) -> Iterator[Span]:
    """Sentences that summarise contact over a period ("weekly summary: several
    calls"); inside a contact entry only when the sentence opens with it, so
    "she said he drank during the week" is not one."""
    inside = [t.entry.span for t in contacts]
    for span in sentences(doc):
        text = doc.quote(span)
        if not (_SUMMARY.search(text) and _CONTACT_WORDS.search(text)):
            continue
        in_contact = any(s.start <= span.start < s.end for s in inside)
        if in_contact and not _SUMMARY.search(" ".join(text.split()[:4])):
            continue
        yield span


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
