"""The supervisory entries of a CRIS record: which entries are a supervisor's
review or closing entry, when the record starts and ends, and how many days
into the investigation an entry was made.

Patterns are matched against record text and never print it.
"""

from __future__ import annotations

import re
from datetime import datetime

from auditor.document import Document, Entry, Span
from checks import spans
from checks.supervision.officers import is_supervisory
from checks.supervision.reading import datetime_in

REVIEW_WORDS = re.compile(
    r"\b(?:(?:seven|fourteen|twenty[\s-]?(?:one|eight)|three[\s-]?month(?:ly)?)[\s-]+(?:day\s+)?re(?:view|veiw|iew)"
    r"|review\s*\(?\s*(?:at\s+)?day\s+\d{1,3}\b|day\s+\d{1,3}\s+review"
    r"|investigation\s+(?:has\s+been\s+)?reviewed|(?:supervisory|supervisor'?s?|\d+\s*(?:-\s*)?(?:day|hrs?|hour|h)"
    r"|weekly|monthly|dci'?s?|di'?s?)\s+re(?:view|veiw|vew|viw|iew)|review(?:ed)?\s+(?:the\s+)?(?:investigation|cris|file|record|report|case)"
    r"|i\s+have\s+(?:now\s+)?(?:reviewed|read)|i\s+(?:reviewed|went\s+through|sat\s+down|read\s+through)"
    r"|^\s*reviewed(?=\s*[.,;:-])|reviewed\s*[,-]|supervisor\s+comments|actions?\s+set|next\s+review|agree\s+with\s+the\s+(?:investigation|actions)"
    r"|noted\.\s+continue|all\s+appropriate\s+actions|progressing|not\s+yet\s+(?:complete|satisfied)"
    r"|gaps?\s+identified|still\s+outstanding|review\s+completed|content\s+with|happy\s+with)\b",
    re.IGNORECASE,
)
"""Wording that makes a supervisor's entry a review of the investigation, not an
operational note ("attended the scene", "HAT informed")."""
CLOSING_WORDS = re.compile(
    r"\b(?:clos(?:ed|ing|ure)|close\s+(?:the\s+)?(?:cris|report|investigation)|nfa|filed|no\s+further\s+action)\b",
    re.IGNORECASE,
)
_CLOSING_HEADER = re.compile(r"\b(?:clos(?:ing|ure|ed)|final\s+review|filed)\b", re.IGNORECASE)
_STATUS_CLOSED = re.compile(
    r"^[ \t]*status[ \t]*:[ \t]*(?:closed|filed|nfa|finali[sz]ed)\b(?P<rest>[^\n]*)",
    re.IGNORECASE | re.MULTILINE,
)
_REPORTED = re.compile(
    r"^[ \t]*(?:reported|date\s+reported|reported\s+on|date\s+of\s+(?:report|call)|call\s+received)"
    r"[ \t]*:[ \t]*(?P<rest>[^\n]*)",
    re.IGNORECASE | re.MULTILINE,
)


_DEATH = re.compile(
    r"\b(?:sudden\s+death|unexpected\s+death|death\s+investigation|deceased|life\s+(?:was\s+)?pronounced\s+extinct"
    r"|ple\b|post[\s-]*mortem|pm\b|pathologist|mortuary|dec'?d\b|coroner)",
    re.IGNORECASE,
)


def is_death_investigation(doc: Document) -> bool:
    """A CRIS record of a death (rather than of a crime with a living victim)."""
    return len(_DEATH.findall(doc.text)) >= 2


def header(doc: Document, entry: Entry) -> str:
    return doc.quote(entry.header_span) if entry.header_span is not None else ""


_CLOSING_LEAD = re.compile(
    r"\W{0,3}(?:closure|closing(?:\s+(?:entry|review|note))?|final\s+review)\s*[:\-]", re.IGNORECASE
)
"""A body that opens with its closing label when the log has no entry headers ("CLOSURE: ...")."""


def is_closing(doc: Document, entry: Entry) -> bool:
    """A supervisor's entry closing or filing the record."""
    if _CLOSING_HEADER.search(header(doc, entry)):
        return True
    if entry.role and _CLOSING_HEADER.search(entry.role):
        return True
    body = full_text(doc, entry)
    if _CLOSING_LEAD.match(body):
        return True
    opening = body[:200]
    return bool(CLOSING_WORDS.search(opening)) and bool(
        re.search(
            r"\b(?:cris|report|investigation|record)\s+(?:is\s+)?(?:now\s+)?(?:closed|filed)\b"
            r"|^\W*(?:\(?closing\s+officer\)?\W*)?(?:closing\s+review|closed|nfa|filed|case\s+closed)\b",
            body,
            re.IGNORECASE,
        )
    )


def full_text(doc: Document, entry: Entry) -> str:
    """An entry's body up to the next entry: a parser may cut an entry at a page
    break, leaving its end outside every entry."""
    later = [e for e in doc.entries if e.span.start > entry.span.start]
    stop = len(doc.text)
    if later:
        nxt = min(later, key=lambda e: e.span.start)
        stop = nxt.header_span.start if nxt.header_span is not None else nxt.span.start
    return doc.text[entry.span.start : max(stop, entry.span.end)]


REVIEW_LEAD = re.compile(
    r"\W{0,3}(?:sio|supervisor'?s?|supervisory|dci|d?insp|di|ds|ps|sgt)\b[^:\n]{0,25}?\b(?:review|entry)\b",
    re.IGNORECASE,
)
"""An entry whose body opens by naming itself a supervisor's review, when the log has no
entry headers (an FLO log's "SIO review: ...", "(SIO entry, DCI Oduya) ...")."""


def is_review(doc: Document, entry: Entry) -> bool:
    """A supervisor's review entry (not a closing entry, not an operational note)."""
    if is_closing(doc, entry):
        return False
    head = header(doc, entry)
    if re.search(r"\breview\b", head, re.IGNORECASE):
        return True
    if REVIEW_LEAD.match(full_text(doc, entry)):
        return True
    if not is_supervisory(entry, doc):
        return False
    return bool(REVIEW_WORDS.search(full_text(doc, entry)))


def supervisory_entries(doc: Document) -> list[Entry]:
    return [e for e in doc.entries if is_supervisory(e, doc) or is_closing(doc, e) or is_review(doc, e)]


def reviews(doc: Document) -> list[Entry]:
    return [e for e in doc.entries if is_review(doc, e)]


def closing_entry(doc: Document) -> Entry | None:
    found = [e for e in doc.entries if is_closing(doc, e)]
    return found[-1] if found else None


def status_closed(doc: Document) -> Span | None:
    """A "Status: Closed ..." field line."""
    m = _STATUS_CLOSED.search(doc.text)
    return spans.line_at(doc.text, m.start()) if m else None


def record_start(doc: Document) -> datetime | None:
    """When the investigation began: the reported date, else the first dated entry."""
    m = _REPORTED.search(doc.text)
    if m is not None:
        when = datetime_in(m.group("rest"))
        if when is not None:
            return when
    dated = [e.when for e in doc.entries if e.when is not None]
    if dated:
        return min(dated)
    if doc.meta.record_date is not None:
        d = doc.meta.record_date
        return datetime(d.year, d.month, d.day)
    return None


def record_end(doc: Document) -> datetime | None:
    """The last moment the record covers: the closing date or the last dated entry."""
    moments = [e.when for e in doc.entries if e.when is not None]
    m = _STATUS_CLOSED.search(doc.text)
    if m is not None:
        when = datetime_in(m.group("rest"))
        if when is not None:
            moments.append(when)
    return max(moments) if moments else None


def day_of(start: datetime, when: datetime) -> float:
    return (when - start).total_seconds() / 86400
