"""Reading a log entry as a contact: is it one, is it an attempt, does it say
how, with whom and with what result. Shared by the FLO and CRIS checks.

Structured exports fill ``Entry.method``, ``contact_person`` and ``outcome``;
for entries parsed from text these are None and the wording decides.
"""

from __future__ import annotations

from auditor.document import Document, Entry
from checks.vocabulary import (
    ATTEMPT,
    COMMUNICATE_VERB,
    CONTACT_VERB,
    CONTACT_VERB_NAME,
    DIRECTIVE,
    METHOD,
    NO_CONTACT,
    OUTCOME,
    POLICE,
    POLICE_STYLE_NAME,
    RELATION,
    SUCCESS,
    TIME,
    TITLED_NAME,
)

CONTACT_TYPES = frozenset({"contact", "attempted_contact"})


def _given(value: str | None) -> bool:
    return bool(value and value.strip())


def has_person(entry: Entry) -> bool:
    """Whether the entry names who was spoken to or tried."""
    if _given(entry.contact_person):
        return True
    text = entry.text
    return any(p.search(text) for p in (RELATION, TITLED_NAME, CONTACT_VERB_NAME, POLICE_STYLE_NAME))


def has_method(entry: Entry) -> bool:
    return _given(entry.method) or bool(METHOD.search(entry.text))


def is_contact(entry: Entry) -> bool:
    """Whether the entry is a contact or an attempt with the family side, judged
    by its wording; entries only about police work (strategy, briefings) are not.
    An export's ``entry_type`` decides when it is given."""
    if _given(entry.entry_type):
        return entry.entry_type in CONTACT_TYPES
    if _given(entry.method) or _given(entry.contact_person):
        return True
    text = entry.text
    family = has_person(entry)
    if POLICE.search(text) and not family:
        return False
    if not records_attempt(text) and not METHOD.search(text):
        return False
    if METHOD.search(text) or CONTACT_VERB.search(text):
        return True
    return family and bool(COMMUNICATE_VERB.search(text))


def is_attempt(entry: Entry) -> bool:
    """Whether the entry records an attempted or unsuccessful contact."""
    if _given(entry.entry_type):
        return entry.entry_type == "attempted_contact"
    return bool(ATTEMPT.search(entry.text)) or bool(entry.outcome and ATTEMPT.search(entry.outcome))


def has_outcome(entry: Entry) -> bool:
    return _given(entry.outcome) or bool(OUTCOME.search(entry.text))


def is_unsuccessful_attempt(entry: Entry) -> bool:
    """An attempt that did not reach the person: no "spoke to" or "contact made"."""
    return is_attempt(entry) and not SUCCESS.search(entry.text)


def records_attempt(text: str) -> bool:
    """Whether wording that mentions attempts records one, rather than directing
    or reviewing them ("attempts to contact NOK to continue")."""
    return not DIRECTIVE.search(text) or bool(NO_CONTACT.search(text))


def is_family_side(text: str) -> bool:
    """False for wording only about police or professionals (SIO, pathologist)."""
    return not POLICE.search(text) or bool(RELATION.search(text))


def missing_when(doc: Document, entry: Entry) -> str | None:
    """What the entry lacks of its date and time, if anything."""
    if entry.when is None:
        header = doc.quote(entry.header_span) if entry.header_span is not None else ""
        return "date" if TIME.search(header) else "date or time"
    return "time" if entry.date_only else None


def join_missing(items: list[str]) -> str:
    """``date, method or the person contacted``."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]
