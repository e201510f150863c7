"""Finding what a CRIS record says about contact with the deceased's family, one
sentence at a time, and sorting each mention into detailed, vague or placeholder."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from auditor.document import Document, Span
from checks import spans
from checks.cris.record import entry_bodies, rejoined, unwrapped
from checks.cris.victim_contact import is_review
from checks.vocabulary import DATE, TIME, TITLED_NAME, is_non_answer

FAMILY = re.compile(
    r"\b(?:family|families|nok|n\.o\.k\.?|next\s+of\s+kin|relatives?|kin|mother|mum|father|dad|parents?"
    r"|sister|brother|siblings?|son|daughter|child(?:ren)?|partner|husband|wife|spouse|widow(?:er)?"
    r"|fianc[ée]{1,2}|girlfriend|boyfriend|aunt(?:ie)?|uncle|cousin|niece|nephew|grand\w+|nan|gran"
    r"|step-?(?:mum|mother|dad|father|son|daughter|sister|brother|parents?|child(?:ren)?)|\w+-in-law)\b",
    re.IGNORECASE,
)
"""The deceased's family."""

SPECIFIC_RELATION = re.compile(
    r"\b(?:mother|mum|father|dad|sister|brother|son|daughter|partner|husband|wife|spouse|widow(?:er)?"
    r"|fianc[ée]{1,2}|girlfriend|boyfriend|aunt(?:ie)?|uncle|cousin|niece|nephew|grand\w+|nan|gran"
    r"|step-?(?:mum|mother|dad|father|son|daughter|sister|brother|parents?|child(?:ren)?)|\w+-in-law)\b",
    re.IGNORECASE,
)
"""A particular family member, as opposed to "the family" or "NOK"."""

CONTACT = re.compile(
    r"\b(?:inform(?:ed)?|info'?d|told|aware|know|knows|updated?|spoke|spoken|speak|contact(?:ed)?|phoned"
    r"|telephoned|rang|called|visited|met|death\s+message|delivered|notified|notification|explained|advised"
    r"|broke\s+the\s+news|liaison|liaised)\b",
    re.IGNORECASE,
)

HOW = re.compile(
    r"\b(?:by\s+(?:tele)?phone|phone|phoned|telephoned|tel|rang|called|mobile|in\s+person|face\s+to\s+face"
    r"|f2f|visited|attended|at\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:home|address|flat|house|scene)|video"
    r"|present\s+at\s+(?:the\s+)?(?:scene|address)"
    r"|e-?mail(?:ed)?|letter|text(?:ed)?|death\s+message\s+(?:was\s+)?delivered|delivered\s+the\s+death)\b"
    r"|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\+44",
    re.IGNORECASE,
)
"""How the contact was made."""

CONVERSATION = re.compile(
    r"\b(?:spoke|spoken|told|explained|discussed|broke\s+the\s+news|delivered|met|answered\s+questions)\b",
    re.I,
)
"""What was said, when the method is left out: a named person told of the death is a record of the contact."""

PROPER_NAME = re.compile(r"\b[A-Z][a-z]+(?:[-'][A-Za-z]+)?\s+(?:[A-Z][a-z]+|[A-Z]{2,})(?:[-'][A-Za-z]+)?\b")

PLACE_WORD = re.compile(
    r"\b(?:road|rd|street|st|lane|avenue|ave|court|house|close|way|drive|gardens?|park|place|square|hill|green"
    r"|tower|estate|hospital|station|centre|mortuary|police|london|borough|council|service)\b",
    re.IGNORECASE,
)
"""Words that make two capitalised words a place or an organisation, not a person."""

PLACEHOLDER = re.compile(
    r"\b(?:details?\s+)?(?:tbc|tba|to\s+follow|see\s+(?:the\s+)?(?:cad|above|below|attached|eab|pnb|notes?)"
    r"|nil|n/?a|unknown|not\s+known|not\s+recorded)\b",
    re.IGNORECASE,
)

EXCLUDED = re.compile(
    r"\b(?:vcop|victim\s+contact|flo|family\s+liaison\s+officer|should|must|ensure|to\s+be\s+recorded"
    r"|record\s+(?:the\s+)?(?:name|details)|history|describes?|described|according\s+to)\b",
    re.IGNORECASE,
)
"""Sentences that are not a record of contact: VCoP lines, FLO deployment,
directions to record, and background the family gave."""


TEMPLATE_QUESTION = re.compile(
    r"\b(?:family|nok|next\s+of\s+kin)\s+(?:informed|contact(?:ed)?)\s*\([^)]*\)\s*[:?]", re.I
)
"""A template's question ("Family informed (name/date/time):"): its answer
summarises contact recorded elsewhere."""


@dataclass(frozen=True, slots=True)
class Mention:
    kind: str  # "detailed", "vague", "placeholder" or "summary" (a template answer)
    span: Span


def family_mentions(doc: Document) -> Iterator[Mention]:
    """Each sentence that records contact with the family, classified."""
    for span, dated in _sentences(doc):
        words = doc.quote(span)
        if not FAMILY.search(words) or EXCLUDED.search(words):
            continue
        if not CONTACT.search(words):
            if _is_placeholder_line(words):
                yield Mention("placeholder", span)
            continue
        kind = _classify(words, dated)
        if kind == "vague" and TEMPLATE_QUESTION.search(words):
            kind = "summary"
        yield Mention(kind, span)


def _is_placeholder_line(words: str) -> bool:
    """A family label with a non-answer: "NOK: nil", "Next of kin - TBC"."""
    label, sep, value = words.partition(":")
    return bool(sep) and len(label.split()) <= 4 and bool(FAMILY.search(label)) and is_non_answer(value)


def _classify(words: str, dated: bool) -> str:
    named = bool(TITLED_NAME.search(words)) or any(
        not PLACE_WORD.search(m.group()) for m in PROPER_NAME.finditer(words)
    )
    person = named or bool(SPECIFIC_RELATION.search(words))
    when = dated or bool(DATE.search(words) or TIME.search(words))
    if when and person and HOW.search(words):
        return "detailed"
    if when and named and CONVERSATION.search(words):
        return "detailed"
    tail = re.split(r":|\s-\s", words)[-1].strip()
    if is_non_answer(tail) or (PLACEHOLDER.search(words) and not person):
        return "placeholder"
    return "vague"


def _sentences(doc: Document) -> Iterator[tuple[Span, bool]]:
    """Sentences of the entries (dated by their header) and of the text between entries."""
    taken: list[Span] = []
    for entry, body in entry_bodies(doc):
        taken.append(spans.entry_span(doc, entry))
        taken.append(body)
        if is_review(doc, entry):
            continue
        dated = entry.when is not None
        for span in spans.sentences(unwrapped(doc.text, body), body.start, body.end):
            yield span, dated
    for start, end in spans.gaps(len(doc.text), taken):
        for span in spans.sentences(rejoined(doc.text, start, end), start, end):
            yield span, False
