"""Signature boxes of a paper FLO log: "Signed (FLO): ... Date: ..." and the
SIO's countersignature, one pair per page."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from auditor.document import Document, Span
from checks import spans
from checks.flo_log.mentions import PLACEHOLDER
from extractors.structure.dates import DATE_RE

_SIGNATURE = re.compile(
    r"^[ \t]*(?P<label>(?:signed|signature|sig\.?|countersign\w*|counter-sign\w*)\b[^:\n]{0,40}?"
    r"|(?:flo|sio|fl\s*co-?ordinator|flc)\b[^:\n]{0,25}?\b(?:signature|signed|countersign\w*))[ \t]*:"
    r"(?P<who>[^\n]*?)(?:\bdate[ \t]*:(?P<date>[^\n]*))?$",
    re.IGNORECASE | re.MULTILINE,
)
_SIO = re.compile(r"\b(?:sio|countersign\w*|counter-sign\w*|co-?ordinator|flc|supervisor)\b", re.IGNORECASE)
_FLO = re.compile(r"\bflo\b", re.IGNORECASE)
_DATE_START = re.compile(
    r"^\s*(?:\d{1,2}\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)",
    re.IGNORECASE,
)
_BLANK = re.compile(r"^[\s_.\-\xa0]*$")
_INITIALS = re.compile(r"^(?:[A-Z]\.?\s?){1,3}$")


class Signer(StrEnum):
    FLO = "flo"
    SIO = "sio"


class Signed(StrEnum):
    SIGNED = "signed"
    INITIALS = "initials"
    PLACEHOLDER = "placeholder"
    BLANK = "blank"


@dataclass(frozen=True, slots=True)
class SignatureBox:
    signer: Signer
    signed: Signed
    dated: bool
    span: Span


def signature_boxes(doc: Document) -> list[SignatureBox]:
    boxes = []
    for m in _SIGNATURE.finditer(doc.text):
        label = m.group("label")
        if _SIO.search(label):
            signer = Signer.SIO
        elif _FLO.search(label):
            signer = Signer.FLO
        else:
            continue
        who = m.group("who").strip(" \t\xa0_")
        date = (m.group("date") or "").strip(" \t\xa0_")
        span = spans.trim(doc.text, m.start(), m.end()) or Span(m.start(), m.end())
        dated = bool(date) or _date_below(doc.text, m.end())
        boxes.append(SignatureBox(signer, _judge(who), dated, span))
    return boxes


def _date_below(text: str, end: int) -> bool:
    """Whether the box's date was wrapped onto the next line (PDF layout)."""
    below = text[end : end + 60].lstrip(" \t\xa0")
    if not below.startswith("\n"):
        return False
    line = below[1:].split("\n", 1)[0]
    if _SIGNATURE.match(line) or not line.strip():
        return False
    return bool(DATE_RE.search(below[1:40]) or _DATE_START.match(line))


def _judge(who: str) -> Signed:
    if _BLANK.match(who):
        return Signed.BLANK
    if PLACEHOLDER.search(who):
        return Signed.PLACEHOLDER
    if _INITIALS.match(who):
        return Signed.INITIALS
    return Signed.SIGNED
