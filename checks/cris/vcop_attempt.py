"""CR001: an unsuccessful victim or family contact attempt not recorded properly on the DETS pages."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Entry, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.contact import (
    is_family_side,
    is_unsuccessful_attempt,
    join_missing,
    missing_when,
    records_attempt,
)
from checks.cris.record import is_death_record
from checks.cris.victim_contact import is_review
from checks.vocabulary import ATTEMPT, DETS_REFERENCE, METHOD, SUCCESS, is_non_answer

NARRATIVE_ATTEMPT = re.compile(
    r"\b(?:attempts?\b[^.]{0,40}?\b(?:contact|call|phone|ring|reach|speak|visit|trace)"
    r"|(?:tried|trying)\s+(?:to\s+)?(?:contact|call|phone|ring|reach|speak|visit)"
    r"|unable\s+to\s+(?:contact|reach|speak|get\s+hold)|no\s+answer|no\s+reply|no\s+response"
    r"|voice\s*mail|left\s+(?:a\s+)?(?:message|msg)|text(?:\s+message)?\s+sent|not\s+at\s+home"
    r"|card\s+left|calling\s+card)\b",
    re.IGNORECASE,
)
"""A contact attempt mentioned in prose: "several attempts made to contact the victim"."""

SUMMARISED_ATTEMPTS = re.compile(
    r"\b(?:several|multiple|numerous|many|various|repeated|a\s+number\s+of|a\s+few|\d+|two|three|four)\s+"
    r"(?:\w+\s+)?(?:attempts|calls|visits|texts|messages)\b"
    r"|\bover\s+the\s+(?:weekend|last\s+(?:few\s+)?(?:days?|weeks?)|past\s+(?:few\s+)?(?:days?|weeks?))\b",
    re.IGNORECASE,
)
"""One entry standing for several attempts: "several attempts made over the weekend"."""

NOT_REACHED = re.compile(
    r"\b(?:not\s+picked\s+up|did\s*n[o']t\s+(?:answer|pick\s+up|reply|respond)|not\s+answered|went\s+unanswered"
    r"|unanswered|no\s+joy|no\s+luck|without\s+success|no\s+success|(?:rang|went)\s+out)\b",
    re.IGNORECASE,
)
"""Other ways officers write that a try did not reach the person: "no joy", "did not pick up"."""

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_HEADING = re.compile(r"^(?:[^a-z.!?]+|[^.!?]{1,60}:)$")


class VictimContactAttemptNotRecorded(Check):
    """Unsuccessful victim contact attempt not on the DETS pages with date, time and method.

    Each attempt must be its own DETS entry with the date, the time and the
    method tried. Flags attempt entries ("no answer", "voicemail", "text sent",
    "card left", "unable to contact", "no joy") that lack a date, a time or a
    method (an export's "not recorded" method counts as none), one entry
    standing for several attempts ("rang her several times over the
    weekend"), and attempts mentioned in the narrative outside any dated
    entry. Supervisors' reviews record no attempts of their own. A record with
    no attempts at all satisfies the requirement. Not applicable to death
    investigations: contact with the family is CR007's concern.

    ## Why it matters

    After a double murder the IPCC found victim contact recorded loosely; the
    DETS entry is the only proof of when and how the police tried to reach a
    victim, and a voicemail or text is not a contact.

    ## Example

    ```text
    CRIS CRIME REPORT - DETS
    Classification: Assault ABH
    16/05/2023 DC 4321CD PATEL: Called victim, no answer.
    Several attempts were made to contact the victim over the weekend.
    ```

    The entry has no time; the narrative attempts have no date, time or method.

    ## Use instead

    ```text
    16/05/2023 09:15 DC 4321CD PATEL: Called victim on mobile 07700 900123, no
    answer, no voicemail left.
    16/05/2023 17:40 DC 4321CD PATEL: Attended home address, not at home, card left.
    ```

    ## Source

    004_05fe42e2486628e9.txt: "record your attempt showing the date and time on
    the CRIS DETS pages"
    """

    code = "CR001"
    requirement = "CR-VCOP-ATTEMPT"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.CRIS_RECORD})
    suggestion = "An attempt entry with date, time and method on the DETS pages."

    def applies(self, doc: Document) -> bool:
        """Victim contact concerns a living victim: not a death investigation,
        where contact with the family is assessed by CR-FAMILY-CONTACT."""
        return super().applies(doc) and not is_death_record(doc)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for entry in doc.entries:
            if is_review(doc, entry):
                continue
            if not _is_attempt(entry) or not _about_victim(entry.text):
                continue
            missing = _missing(doc, entry)
            if not missing and SUMMARISED_ATTEMPTS.search(entry.text):
                missing = ["the date and time of each attempt"]
            if missing:
                yield self.finding(
                    doc,
                    spans.entry_span(doc, entry),
                    f"Contact attempt recorded without {join_missing(missing)}",
                )
        for span in _narrative_attempts(doc):
            yield self.finding(
                doc,
                span,
                "Contact attempt mentioned in the narrative, recorded with no date or time "
                "(not as an entry on the DETS pages)",
            )


def _missing(doc: Document, entry: Entry) -> list[str]:
    missing = []
    when = missing_when(doc, entry)
    if when is not None:
        missing.append(when)
    if not _has_method(entry):
        missing.append("method")
    return missing


def _has_method(entry: Entry) -> bool:
    """A method in the export's column (not a placeholder such as "not recorded") or in the wording."""
    if entry.method and entry.method.strip() and not is_non_answer(entry.method):
        return True
    return bool(METHOD.search(entry.text))


def _is_attempt(entry: Entry) -> bool:
    """An unsuccessful attempt, including one summarised in a note whatever its export type."""
    if is_unsuccessful_attempt(entry):
        return True
    text = entry.text
    if SUCCESS.search(text):
        return False
    return bool(NOT_REACHED.search(text)) or bool(SUMMARISED_ATTEMPTS.search(text) and ATTEMPT.search(text))


def _about_victim(text: str) -> bool:
    """Attempts that concern the victim or family and are recorded, not directed."""
    return records_attempt(text) and is_family_side(text)


def _first_paragraph(doc: Document, entry: Entry) -> Span:
    """An entry up to its first blank line: a later paragraph that a parser ran
    into the entry has no date or time of its own."""
    span = spans.entry_span(doc, entry)
    m = _BLANK_LINE.search(doc.text, span.start, span.end)
    return Span(span.start, m.start()) if m else span


def _narrative_attempts(doc: Document) -> Iterator[Span]:
    """Sentences outside every entry that mention a contact attempt, other than
    headings, pointers to the DETS pages, and attempts to reach police or
    professionals only."""
    taken = [_first_paragraph(doc, e) for e in doc.entries]
    taken += [s.heading_span for s in doc.sections]
    for start, end in spans.gaps(len(doc.text), taken):
        for sentence in spans.sentences(doc.text, start, end):
            words = doc.quote(sentence)
            if not NARRATIVE_ATTEMPT.search(words) or DETS_REFERENCE.search(words):
                continue
            if _HEADING.match(words) and len(words.split()) <= 8:
                continue
            if not _about_victim(words):
                continue
            yield sentence
