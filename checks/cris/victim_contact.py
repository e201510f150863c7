"""Reading a CRIS entry as victim contact: did the officer speak to the victim,
or only leave a voicemail or text, and does the entry claim the contact was made."""

from __future__ import annotations

import re

from auditor.document import Document, Entry
from checks.vocabulary import is_non_answer

SPOKE = re.compile(
    r"\b(?:spoke|spoken|speak(?:ing)?|talked|conversation|in\s+person|face\s+to\s+face|f2f|met\s+(?:with\s+)?"
    r"(?:the\s+)?(?:victim|v/s|ip|him|her)|seen\s+(?:in\s+person|at)|visited\s+and\s+(?:saw|seen))\b"
    r"|\b(?:she|he|they|victim|v/s|ip|(?-i:V))\s+(?:said|told|stated|states|confirmed|answered)\b"
    r"|\b(?:passed|handed|put)\s+(?:the\s+)?(?:phone|call|handset)\s+(?:over\s+)?to\b",
    re.IGNORECASE,
)
"""Wording that the officer actually spoke to someone."""

NOT_SPOKEN = re.compile(
    r"\b(?:voice\s*mail|vm|answer\s*phone|left\s+(?:a\s+)?(?:message|msg)|text(?:ed|\s+message)?|txt"
    r"|sms|whats\s*app|e-?mail(?:ed)?|letter|wrote\s+to)\b",
    re.IGNORECASE,
)
"""Methods that reach no one in conversation: a voicemail, a text, an email, a letter."""

NOT_SPOKEN_METHODS = re.compile(
    r"\b(?:text|sms|voice\s*mail|e-?mail|letter|message|whats\s*app)\b", re.IGNORECASE
)

CLAIMED = re.compile(
    r"\b(?:contact\s+(?:was\s+)?(?:made|achieved|complete[d]?|successful|established)"
    r"|(?:has|have|had)\s+been\s+(?:contacted|updated|informed)|(?<!un)successful(?:ly)?"
    r"|vcop\b[^.\n]{0,40}?\b(?:done|complete[d]?|met|satisfied|fulfilled|discharged|compliant|updated?)"
    r"|(?:update|contact)\s+(?:was\s+)?(?:complete[d]?|done|given|provided|delivered)"
    r"|victim\s+(?:now\s+)?(?:updated|informed)|updated\s+(?:the\s+)?victim)\b",
    re.IGNORECASE,
)
"""Wording that counts the entry as contact made or an update delivered."""

UNSUCCESSFUL = re.compile(
    r"\b(?:unsuccessful|no\s+answer|no\s+reply|no\s+response|asking\s+(?:for\s+)?(?:a\s+)?call\s*back"
    r"|call\s+back\s+request|to\s+call\s+back|not\s+(?:a\s+)?(?:successful\s+)?contact)\b",
    re.IGNORECASE,
)

VERIFIED = re.compile(
    r"\b(?:id(?:entity)?\s+(?:was\s+)?(?:confirmed|verified|checked|established)|(?:confirmed|verified|gave)\s+"
    r"(?:his|her|their)\s+(?:date\s+of\s+birth|dob|identity|address|name)|by\s+(?:dob|date\s+of\s+birth)"
    r"|dob\s+(?:confirmed|verified|given)|known\s+to\s+(?:me|officer)|recogni[sz]ed\s+(?:his|her)\s+voice"
    r"|(?:confirmed|verified|checked)\s+(?:(?:his|her|their|the\s+victim'?s|v'?s)\s+)?(?:id(?:entity)?|dob|d\.o\.b))\b",
    re.IGNORECASE,
)
"""Identity verified."""

WELFARE = re.compile(
    r"\b(?:welfare|safe|well-?being|coping|okay|ok\b|fine|safeguarding)"
    r"|\b(?:v|victim|ip|she|he|they|is|was|are|feeling|felt|seems?|seemed|sounded|looked)\s+(?:very\s+)?well\b"
    r"|\bwell\s+in\s+(?:him|her|them)sel(?:f|ves)\b|\bin\s+good\s+(?:health|spirits)\b",
    re.IGNORECASE,
)
"""Welfare checked: "welfare checked", "safe", also "V well", "in good spirits"."""

VICTIM = re.compile(r"\b(?:victim|v/s|vic|ip|injured\s+party|complainant|aggrieved|vcop)\b", re.IGNORECASE)

V_ADDRESSED = re.compile(
    r"\b(?:to|with|called|rang|phoned|visited|saw|seen|met|text(?:ed)?|e-?mailed)\s+(?-i:V)\b(?![/'])"
    r"|(?-i:\bV\b)(?![/'])\s+(?:said|says|told|stated|states|confirmed|answered|agreed|explained)\b",
    re.IGNORECASE,
)
"""The capital "V" that CRIS headers define for the victim ("Victim (V): ..."), as the one spoken to
("spoke to V", "passed the phone to V") or speaking ("V confirmed"): a bare "V" elsewhere is only a
mention."""


def names_victim(text: str) -> bool:
    """Whether the text is about the victim: named as the victim, or as "V" spoken to or speaking."""
    return bool(VICTIM.search(text) or V_ADDRESSED.search(text))


def given(value: str | None) -> bool:
    return bool(value and value.strip()) and not is_non_answer(value or "")


def spoke_to(entry: Entry) -> bool:
    """The entry records a conversation with someone (in person, phone or video)."""
    if given(entry.method) and NOT_SPOKEN_METHODS.search(entry.method or ""):
        return False
    return bool(SPOKE.search(entry.text))


def unspoken_claimed_as_contact(entry: Entry) -> bool:
    """A voicemail, text, email or letter that the entry counts as contact made."""
    text = entry.text
    method_unspoken = given(entry.method) and bool(NOT_SPOKEN_METHODS.search(entry.method or ""))
    if not (method_unspoken or NOT_SPOKEN.search(text)) or SPOKE.search(text):
        return False
    if UNSUCCESSFUL.search(text):
        return False
    if CLAIMED.search(text):
        return True
    outcome = (entry.outcome or "").lower()
    return (
        method_unspoken and entry.entry_type == "contact" and "success" in outcome and "unsucc" not in outcome
    )


def is_review(doc: Document, entry: Entry) -> bool:
    """A supervisor's review: it comments on contact, it records none."""
    header = doc.quote(entry.header_span) if entry.header_span is not None else ""
    role = (entry.role or "").lower()
    return (
        "supervis" in role
        or "review" in role
        or "review" in (entry.entry_type or "")
        or bool(REVIEW_HEADER.search(header))
        or bool(REVIEW_HEADER.match(entry.text.lstrip()))
    )


REVIEW_HEADER = re.compile(
    r"\bsupervis\w*|\b\d+\s*(?:hr|hrs|hour|day)s?\s+review|\bclosing\s+(?:entry|review)|\bclosure\s+review"
    r"|\binvestigation\s+reviewed\b",
    re.IGNORECASE,
)
