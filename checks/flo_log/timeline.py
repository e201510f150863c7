"""The FLO log as a timeline: entries in time order, each read as a successful
contact with the family side, an attempt that did not reach anyone, or an entry
that is not contact at all (strategy, reviews, forms, handovers, decisions).

Shared by the FLO checks so that they all read a log the same way. A voicemail,
an unanswered text or a calling card is an attempt, never a successful contact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum
from itertools import pairwise

from auditor.document import Document, Entry
from checks.contact import is_contact, records_attempt
from checks.flo_log.log_entries import log_entries
from checks.vocabulary import (
    CONTACT_VERB,
    CONTACT_VERB_NAME,
    METHOD,
    NO_CONTACT,
    POLICE,
    POLICE_STYLE_NAME,
    RELATION,
    TITLED_NAME,
)
from extractors.structure.dates import DATE_PATTERN, find_first_date

ADMIN = re.compile(
    r"\b(?:strategy|strategies|profile|risk\s+assess\w*|ra\b|forms?\b|rev[iy]?e?w(?:ed|s)?\b|handover|hand\s+over"
    r"|handed\s+over|handback|deploy(?:ed|ment)|exit\b|briefed|briefing|log\s+(?:read|reviewed|checked)"
    r"|read\s+the\s+log|(?:annual\s+)?leave\b|holiday|back\s+from|returned\s+to\s+work|cover(?:ing)?\b"
    r"|summary|w/c|week\s+commencing|contact\s+(?:\w+\s+){0,4}?(?:reduc|increas)\w*|request\s+to"
    r"|considered\s+and|decision|rationale|aware\s+of\s+(?:the\s+)?log"
    r"|(?:contact|deployment|liaison)\s+(?:ended|ends|closed|concluded|finished|withdrawn)|file\s+passed)",
    re.IGNORECASE,
)
"""Wording that makes an entry police administration rather than family contact,
when it comes before any contact wording: "Exit strategy agreed ... final visit"."""

AUTHOR_LEFTOVER = re.compile(
    r"^[\s.]*(?:(?:[^\W\d_][\w'.-]*\s+){0,3}\([^)\n]{1,30}\)\s*(?:\[[^\]\n]*\]\s*)?|\[[^\]\n]*\]\s*)[:\-]\s*"
)
"""The tail of an entry header that a parser left in the body."""

SIGNATURE_BOX = re.compile(r"\b(?:signed|signature)\s*\((?:flo|sio)[^)]*\)\s*:", re.IGNORECASE)
"""A page's signature box that a parser ran into the last entry of the page."""

LATE_NOTE = re.compile(
    r"^\s*(?:late\s+entry\b[^:]{0,60}:|\(?written\s+up\s+later\)?[:.]?|\(written[^)]{0,40}\)[:.]?)\s*",
    re.IGNORECASE,
)
"""A note at the start of an entry saying when it was written up."""

REPLIED = re.compile(
    r"\b(?:(?:spoke|spoken|speaking)\s+(?:to|with)|contact\s+made|successful(?:ly)?\s+contact\w*|re+pl[iy]+e?d"
    r"|reply\s+received|wrote\s+back|answered\s+(?:and|my)|called\s+(?:me\s+)?back|rang\s+(?:me\s+)?back"
    r"|returned\s+my|met\s+(?:with\s+)?[A-Z]|sat\s+down\s+with|and\s+I\s+(?:spoke|met|swapped|talked))\b",
)
"""A contact that reached the person (case-sensitive "met X" so "met" in "not met" is not read)."""

REPLIED_ANY_CASE = re.compile(REPLIED.pattern.replace(r"met\s+(?:with\s+)?[A-Z]|", ""), re.IGNORECASE)


VISIT = re.compile(
    r"\b(?:went\s+(?:round|over|to\s+see)|called\s+round|popped\s+(?:round|in)|dropped\s+(?:in|by)"
    r"|sat\s+(?:down\s+)?with|(?:nobody|no\s+one)\s+was\s+(?:at\s+)?home|left\s+a\s+(?:calling\s+)?card"
    r"|card\s+through|home\s+v\w{2,5}|v[iy]{1,2}s+[iy]*t+\w*|at+en+d+ed|ph?on+ed|tel+e?ph?on\w*|spok+e|rang)\b",
    re.IGNORECASE,
)
"""Visits and calls in ordinary words: "I went round to see her", "nobody was home"."""


class EntryKind(StrEnum):
    CONTACT = "contact"
    ATTEMPT = "attempt"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class TimedEntry:
    entry: Entry
    kind: EntryKind
    body: str  # the entry's text without a late-entry note
    when: datetime | None  # the entry's time, or its header time on the date line above it

    @property
    def is_contact_or_attempt(self) -> bool:
        return self.kind is not EntryKind.OTHER


@dataclass(frozen=True, slots=True)
class Gap:
    """An interval between two consecutive contacts or attempts."""

    before: TimedEntry
    after: TimedEntry

    @property
    def length(self) -> timedelta:
        assert self.before.when is not None and self.after.when is not None
        return self.after.when - self.before.when


@dataclass(frozen=True, slots=True)
class Timeline:
    entries: tuple[TimedEntry, ...]  # dated entries in time order, then undated ones

    @property
    def contacts(self) -> tuple[TimedEntry, ...]:
        """Contacts and attempts, in time order."""
        return tuple(e for e in self.entries if e.is_contact_or_attempt)

    def gaps(self) -> list[Gap]:
        dated = [e for e in self.contacts if e.when is not None]
        return [Gap(a, b) for a, b in pairwise(dated)]


def body_of(entry: Entry) -> str:
    """The entry's text without what belongs to its header: an author and role
    left over by the parser (". Dixon (cover FLO):") and a "LATE ENTRY" note."""
    text = entry.text
    m = AUTHOR_LEFTOVER.match(text)
    if m:
        text = text[m.end() :]
    m = LATE_NOTE.match(text)
    if m:
        text = text[m.end() :]
    box = SIGNATURE_BOX.search(text)
    return text[: box.start()] if box else text


def classify(entry: Entry) -> EntryKind:
    """Contact, attempt or other. An export's ``entry_type`` decides when given;
    otherwise administration wording before any contact wording makes it other."""
    if entry.entry_type and entry.entry_type.strip():
        kind = entry.entry_type.strip().lower()
        if kind == "attempted_contact":
            return EntryKind.ATTEMPT
        return EntryKind.CONTACT if kind == "contact" else EntryKind.OTHER
    body = body_of(entry)
    if _admin_first(body):
        later = _later_contact(body)
        if later is None:
            return EntryKind.OTHER
        body = later
    if not _reads_as_contact(entry, body):
        return EntryKind.OTHER
    return EntryKind.ATTEMPT if is_unreached(body) else EntryKind.CONTACT


def _admin_first(text: str) -> bool:
    """Administration wording before any contact wording."""
    admin = ADMIN.search(text)
    contact = [m.start() for m in (METHOD.search(text), VISIT.search(text), CONTACT_VERB.search(text)) if m]
    return admin is not None and (not contact or admin.start() <= min(contact))


_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_CONTACT_DONE = re.compile(
    r"\b(?:spoke|spoken|speaking|tried|attempted|no\s+answer|no\s+reply)\b", re.IGNORECASE
)


def _later_contact(body: str) -> str | None:
    """The rest of an entry from a later sentence that opens with contact
    wording and names someone on the family side ("Back from leave. Phoned Mrs
    COSTA re PM"), or None."""
    parts = _SENTENCE.split(body)
    for i in range(1, len(parts)):
        opening = " ".join(parts[i].split()[:5])
        if not (METHOD.search(opening) or VISIT.search(opening) or _CONTACT_DONE.search(opening)):
            continue
        if _admin_first(parts[i]) or not _names_someone(parts[i]):
            continue
        return " ".join(parts[i:])
    return None


def _reads_as_contact(entry: Entry, body: str) -> bool:
    """Contact wording (a method, a visit, a conversation) aimed at the family
    side rather than at police or professionals only."""
    if not (METHOD.search(body) or VISIT.search(body) or CONTACT_VERB.search(body)):
        return is_contact(entry)
    if POLICE.search(body) and not names_person(entry, body):
        return False
    return records_attempt(body) or not is_unreached(body)


_DATE_ONLY_LINE = re.compile(
    r"^[ \t]*(?:date[ \t]*:[ \t]*)?(?:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?[ \t]+)?"
    rf"(?P<date>{DATE_PATTERN})[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_TIME = re.compile(r"^\W*(?P<h>[01]?\d|2[0-3])[:.]?(?P<m>[0-5]\d)(?:\s*hrs)?\b", re.IGNORECASE)


def _dated_by_line(doc: Document, entry: Entry) -> datetime | None:
    """The time of an entry whose header gives only a time, taken with the
    nearest date line above it ("Mon 03/04/23" then "1100 DC NEWMAN: ...")."""
    if entry.header_span is None:
        return None
    clock = _HEADER_TIME.match(doc.quote(entry.header_span))
    if clock is None:
        return None
    for line in reversed(_DATE_ONLY_LINE.findall(doc.text, 0, entry.header_span.start)):
        found = find_first_date(line)
        if found is not None:
            return datetime.combine(found[0], time(int(clock["h"]), int(clock["m"])))
    return None


_GENERIC_PERSON = re.compile(r"family|relatives?", re.IGNORECASE)
"""Words that say the family side without naming anyone: "spoke to family"."""


def names_person(entry: Entry, body: str) -> bool:
    """Whether the entry names who was contacted (an export's field, or its own words)."""
    if entry.contact_person and entry.contact_person.strip():
        return True
    return _names_someone(body)


def _names_someone(body: str) -> bool:
    if any(p.search(body) for p in (TITLED_NAME, CONTACT_VERB_NAME, POLICE_STYLE_NAME)):
        return True
    return any(not _GENERIC_PERSON.fullmatch(m.group()) for m in RELATION.finditer(body))


def is_unreached(text: str) -> bool:
    """An attempt: no answer, voicemail, text with no reply, card left; a reply or
    a conversation later in the same entry makes it a contact."""
    if not (NO_CONTACT.search(text) or re.search(r"\b(?:attempt\w*|tried|try)\b", text, re.IGNORECASE)):
        return False
    return not (REPLIED.search(text) or REPLIED_ANY_CASE.search(text))


def _kind(doc: Document, entry: Entry) -> EntryKind:
    """``classify``, except that a tabular log's type cell ("| SIO review |") that says administration
    makes the row other."""
    if entry.header_span is not None and entry.header_span.end < entry.span.start:
        between = doc.text[entry.header_span.end : entry.span.start]
        if "|" in between and ADMIN.search(between):
            return EntryKind.OTHER
    return classify(entry)


def build(doc: Document) -> Timeline:
    timed = [
        TimedEntry(e, _kind(doc, e), body_of(e), e.when or _dated_by_line(doc, e)) for e in log_entries(doc)
    ]
    dated = sorted((t for t in timed if t.when is not None), key=lambda t: t.when or datetime.min)
    undated = [t for t in timed if t.when is None]
    return Timeline(tuple(dated + undated))
