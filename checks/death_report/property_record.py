"""DR018: seized property with no property reference number or storage location recorded."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.death_report.doubt_and_seizure import seizure_statements
from checks.death_report.report_sentences import (
    Statement,
    find,
    heading,
    is_heading,
    is_placeholder,
    placeholders,
    statements,
)

REFERENCE = re.compile(
    r"\b(?:[A-Z]{1,5}/\d{3,}(?:/\d{2,4})?|\d{2,4}/\d{4,}|[A-Z]{2,4}/\d{1,3}\b|(?:ref(?:erence)?|no|number|pr|mp|sp"
    r"|exhibit|bag|seal)\.?\s*(?:no\.?\s*)?[:#]?\s*[A-Z]{0,4}\d{4,}|[A-Z]{2,3}\d{5,})",
    re.IGNORECASE,
)
PROPERTY = re.compile(
    r"\b(?:property|exhibit\w*|booked|lodged|stored|bagged|sealed|labelled|pr\s*(?:no|ref)|mp\s*(?:no|ref)"
    r"|merlin\s+property|pms|property\s+store|seal\s+no)\b",
    re.IGNORECASE,
)
LOCATION = re.compile(
    r"\b(?:booked|lodged|stored|deposited|placed|taken|held|retained|kept|secured)\b[^.;]{0,40}\b(?:at|in|to|into)\b"
    r"|\b(?:booked|lodged|stored)\s+(?:in(?:to)?\s+|at\s+|to\s+)?(?-i:[A-Z])"
    r"|\b(?:police\s+station|property\s+(?:store|office|room)|ps\b|nick|locker|store\b|hq|warehouse|evidence\s+store)",
    re.IGNORECASE,
)
LABEL = re.compile(
    r"\b(?:property(?:\s+(?:ref(?:erence)?s?|no|number|refs?|details|seized|booked))?|exhibits?(?:\s+refs?)?"
    r"|pr\s+(?:no|ref)|mp\s+(?:no|ref))\b",
    re.IGNORECASE,
)
HEADING = re.compile(r"\b(?:property|exhibits?|forensics?)\b", re.IGNORECASE)


class PropertyNotReferenced(Check):
    """Seized property with no property reference number or storage location recorded.

    Every seized item must be booked into the property system and the pack
    must give its property reference number and where it was taken. Applies
    only when the report records items seized, retained or booked; with none
    the requirement is not applicable. Items mentioned with no reference
    number are *absent*; a property label holding only a placeholder
    ("Property ref: TBC") is *unclear*.

    ## Why it matters

    The inspection found property badly recorded and reference numbers
    missing in 9 of 42 packs; lost items delay inquests and lose evidence.

    ## Example

    ```text
    Items seized: mobile phone, blister packs. Property: phone and tablets taken.
    ```

    ## Use instead

    ```text
    Property booked at Lewisham police station: mobile phone MP/1234567/24;
    blister packs MP/1234568/24.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "officers had failed to accurately record property
    and that property reference numbers frequently weren’t recorded."
    """

    code = "DR018"
    requirement = "DR-PROPERTY"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = "A property reference number and location for each item."

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) and bool(seizure_statements(doc) or _booked(doc))

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        booked = _booked(doc)
        missing = _unreferenced_rows(doc)
        if missing:
            yield self.finding(doc, missing[0].span, "Seized item listed with no property reference number")
            return
        if booked:
            text = " ".join(s.text for s in booked)
            if LOCATION.search(text):
                return
            yield self.finding(
                doc, booked[0].span, "Property reference recorded without where the property was taken"
            )
            return
        blanks = placeholders(doc, LABEL)
        if blanks:
            yield self.unclear(doc, blanks[0], "Property reference recorded only as a placeholder")
            return
        mentions = [s for s in find(doc, PROPERTY) if not is_placeholder(s)]
        seized = seizure_statements(doc)
        target = mentions[0].span if mentions else seized[0].span if seized else heading(doc, HEADING)
        assert target is not None
        yield self.finding(doc, target, "Seized property recorded with no property reference number")


SYSTEM_REFERENCE = re.compile(
    r"\b(?:mp|pr|sp|pms|prop(?:erty)?)\.?\s*(?:no\.?|ref\.?|number)?\s*[:#]?\s*[A-Z]{0,3}\s*\d{2,4}/\d{3,}\b"
    r"|\b(?:mp|pr|sp|pms)\s*(?:no\.?|ref\.?)?\s*[:#]?\s*\d{5,}\b",
    re.IGNORECASE,
)
"""A property-system reference written without the word "property":
"MP 24/08812", "PR no. 23/4471", "SP 0045123"."""


def _booked(doc: Document) -> list[Statement]:
    """Statements giving a property reference number: on a property line, or
    a property-system reference in the sentence recording the seizure
    ("I seized the cord (MP 24/08813)")."""
    found = [s for s in find(doc, PROPERTY) if REFERENCE.search(s.text) and not _NOT_REFERENCE.search(s.text)]
    found += [s for s in seizure_statements(doc) if SYSTEM_REFERENCE.search(s.text) and s not in found]
    found += [s for s in _under_heading(doc) if _TABLE_REFERENCE.search(s.text) and s not in found]
    found += [s for s in _continued(doc) if s not in found]
    return sorted(found, key=lambda s: s.span.start)


def _continued(doc: Document) -> list[Statement]:
    """A property line carried on to the next line, which holds the
    references ("Property booked at Forest" / "Gate police station: bag -
    MP/6571812/24"): the references belong to the property line."""
    every = statements(doc)
    found: list[Statement] = []
    for s, nxt in itertools.pairwise(every):
        if (
            PROPERTY.search(s.text)
            and not REFERENCE.search(s.text)
            and len(s.text.split()) >= 3
            and re.search(r"[a-z]", s.text) is not None
            and not s.text.rstrip().endswith((".", ";", ":"))
            and REFERENCE.search(nxt.text)
            and not _NOT_REFERENCE.search(nxt.text)
        ):
            found.append(s)
    return found


_TABLE_REFERENCE = re.compile(
    rf"{SYSTEM_REFERENCE.pattern}|(?<![/\d])\d{{2}}/\d{{5,7}}\b(?!/)", re.IGNORECASE
)
"""A reference in a property table row ("Phone | 24/33456 | Lewisham PS"):
two digits of year and a serial longer than any date's year."""


_NOT_HELD = re.compile(
    r"\b(?:not\s+seized|handed\s+(?:back|over|to)|returned|released|left\s+(?:at|with)|nil|none)\b",
    re.IGNORECASE,
)


def _unreferenced_rows(doc: Document) -> list[Statement]:
    """The item rows under a bare "Property:" label, up to a blank line or
    the next label, that give no reference for an item the police kept
    ("WALLET + KEYS - SEIZED, TAKEN TO KENNINGTON PS")."""
    every = statements(doc)
    found: list[Statement] = []
    for i, s in enumerate(every):
        if not (_BARE_LABEL.fullmatch(s.text) and HEADING.search(s.text)):
            continue
        previous = s
        for x in every[i + 1 : i + 13]:
            gap = doc.text[previous.span.end : x.span.start]
            if re.search(r"\n[ \t]*\n", gap) or _BARE_LABEL.fullmatch(x.text) or is_heading(x):
                break
            previous = x
            if not (REFERENCE.search(x.text) or _TABLE_REFERENCE.search(x.text) or _NOT_HELD.search(x.text)):
                found.append(x)
    return found


_BARE_LABEL = re.compile(r"\s*[A-Za-z ]{3,40}:\s*")


def _under_heading(doc: Document) -> list[Statement]:
    """The rows after a PROPERTY or EXHIBITS heading, or a bare label
    ("Property:") whose items follow as bullets, up to the next heading."""
    every = statements(doc)
    found: list[Statement] = []
    for i, s in enumerate(every):
        bare_label = _BARE_LABEL.fullmatch(s.text) is not None
        if not ((is_heading(s) or bare_label) and HEADING.search(s.text)):
            continue
        for x in every[i + 1 : i + 13]:
            if is_heading(x) and "|" not in x.text and not HEADING.search(x.text):
                break
            found.append(x)
    return found


_NOT_REFERENCE = re.compile(r"^\s*(?:cris|cad|merlin|eab)\b", re.IGNORECASE)
