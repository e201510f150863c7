"""The date a supervision requirement is judged against, and whether a policy was in force on it.

The document's ``record_date`` falls back to the first date near the top of the
text. On a death pack that is often the deceased's date of birth, which would
make every dated policy look not yet in force. A date written as a date of
birth ("DOB", "Date of birth", "born") is never the record's date: the first
other date in the text is taken instead. Patterns are matched against record
text and never print it.
"""

from __future__ import annotations

import re
from datetime import date

from auditor.document import Document
from checks.base import Check
from extractors.structure.dates import iter_dates

_BIRTH_BEFORE = re.compile(
    r"(?:\bd\.?\s?o\.?\s?b\b\.?|\bdate\s+of\s+birth|\bbirth\s*date|\bborn(?:\s+on)?)\W{0,6}$", re.IGNORECASE
)


def _is_birth_date(text: str, start: int) -> bool:
    return _BIRTH_BEFORE.search(text[max(0, start - 24) : start]) is not None


def record_date(doc: Document) -> date | None:
    """The record's date, skipping a date of birth the extractor may have taken for it."""
    found = doc.meta.record_date
    text = doc.text
    birth = {d for d, start, _ in iter_dates(text) if _is_birth_date(text, start)}
    if found is not None and found not in birth:
        return found
    for d, start, _ in iter_dates(text):
        if not _is_birth_date(text, start) and d not in birth:
            return d
    return None if found in birth else found


def in_force(since: date | None, doc: Document) -> bool:
    """Whether a policy starting on ``since`` applies to the record (True when the date is unknown)."""
    if since is None:
        return True
    when = record_date(doc)
    return when is None or when >= since


def applies_on_date(check: Check, doc: Document) -> bool:
    """The base ``Check.applies`` with the record date read by :func:`record_date`."""
    return doc.kind in check.applies_to and in_force(check.since_policy, doc)
