"""Statement wording shared by the informant and last-seen checks."""

from __future__ import annotations

import re

STATEMENT = re.compile(
    r"\b(?:statements?|s[a-z]{0,2}t{1,2}e{0,2}ments?|s/s|ss|mg\s*11|wit(?:ness)?\s+stat(?:ement)?|first\s+account|written\s+account)\b",
    re.IGNORECASE,
)
TAKEN = re.compile(
    r"\b(?:obtained|taken|took|recorded|provided|gave|given|completed|made|secured|supplied|written|signed"
    r"|from|attached|\d+\s*pages?|full\s+statement)\b"
    r"|^\W*(?:s/s|mg\s*11|statement)\s+(?:of\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s*[:\-]\s*[\"\u201c']",
    re.IGNORECASE,
)
"""A statement recorded as taken: "s/s taken", "full statement (3 pages)", or a
statement quoted under its label ("S/S CORLETT: \"I stayed ...")."""
NOT_TAKEN = re.compile(
    r"\b(?:no\s+(?:statement|s/s|ss)|(?:statement|s/s)\s+(?:was\s+)?not\s+(?:taken|obtained|required|needed)"
    r"|not\s+(?:taken|obtained)|declined|refused|unable\s+to\s+(?:provide|give|take))\b",
    re.IGNORECASE,
)
PENDING = re.compile(
    r"(?:[:\-]\s*|\b)(?:to\s+follow|tbc|tba|pending|awaited|outstanding|to\s+be\s+(?:taken|obtained|arranged|recorded)"
    r"|not\s+yet\s+(?:taken|obtained))\b",
    re.IGNORECASE,
)
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
PERSON_NAME = re.compile(rf"\b[{_UPPER}][^\W\d_]+(?:[-'][{_UPPER}]?[^\W\d_]+)?\s+[{_UPPER}][^\W\d_'-]+")
"""A person's name as written in reports: "Jane Smith", "Jane SMITH"."""


def is_pending(sentence: str) -> bool:
    """A statement recorded as still to come: "s/s TBC", "statement: to follow"."""
    return bool(STATEMENT.search(sentence) and PENDING.search(sentence))


_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Nurse)\.?"
_ROLE_NAME = re.compile(
    r"\b(?i:(?:found|discovered)(?:\s+(?:at|on|about)\s+[^.\n]{0,25}?)?\s+by|call(?:ed)?\s+from|caller|informant|reported\s+by|found\s+by\s*/\s*informant)"
    r"\s*[:\-]?\s*(?:(?i:his|her|their|the|a|an)\s+)?(?:[a-z][\w-]*\s*,?\s+){0,2}?"
    rf"(?:{_TITLE}\s+)?(?:(?P<given>[A-Z][^\W\d_]+)\s+)?(?:[A-Z][^\W\d_]+\s+)?(?P<surname>[A-Z][^\W\d_'-]+)\b"
)
"""The person named as finder or caller: "found by his housemate, Mr Leon ASANTE",
"999 call from Ms Rosa DELGADO", "FOUND BY / INFORMANT: JAMIE CORLETT"."""


def named_informants(text: str) -> set[str]:
    """Given names and surnames of the people named as finder or caller."""
    names: set[str] = set()
    for m in _ROLE_NAME.finditer(text):
        names.add(m.group("given") or m.group("surname"))
        names.add(m.group("surname"))
    return names
