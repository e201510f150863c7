"""Reading what a CRIS record says about the informant (the caller on the CAD):
contacted, not contacted with a real reason, not contacted with none, or a
placeholder."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from auditor.document import Document, Span
from checks import spans
from checks.cris.record import entry_bodies, rejoined, unwrapped
from checks.cris.victim_contact import is_review
from checks.vocabulary import is_non_answer

CUE = re.compile(
    r"\b(?:informants?|caller|callers|cad|c\.a\.d\.|rp|r/p|reporting\s+person|person\s+reporting|999\s+call"
    r"|call\s+(?:was\s+)?made\s+by|anon(?:ymous)?|reported\s+by|called\s+(?:it\s+)?in|called\s+by"
    r"|(?:called|rang|phoned|dialled)\s+(?:999|101|police))\b",
    re.IGNORECASE,
)
"""Wording about the informant or the CAD call."""

SPOKE = re.compile(
    r"\b(?:spoke|spoken|speaking|talked)\s+(?:to|with)\b"
    r"|\b(?:rang|phoned|telephoned|called|contacted|visited|tc'?d|t/c(?:'?d)?)\s+(?!999\b|police\b|the\s+police\b"
    r"|on\b|by\b|to\b|in\b|for\b|out\b|las\b|ambulance\b|an?\s+ambulance\b|at\b|from\b)"
    r"(?:back|the\s+(?:informant|caller|number|rp)|him|her|them|[a-z][\w'-]+)"
    r"|\b(?:who|they|he|she)\s+(?:told|stated|states|said|explained|confirmed)\b"
    r"|\b(?:account|statement|s/s|mg\s?11|first\s+account)s?(?:\s*\([^)\n]{0,30}\))?\s+(?:was\s+|were\s+)?"
    r"(?:obtained|taken|given|recorded|written)\b"
    r"|\b(?:obtained|took|taken|recorded|gave)\s+(?:an?\s+|the\s+|their\s+|his\s+|her\s+)?(?:first\s+|full\s+)?"
    r"(?:account|statement|s/s|mg\s?11)s?\b",
    re.IGNORECASE,
)
"""The informant reached: spoken to, rung back, an account taken."""

NOT_CONTACTED = re.compile(
    r"\bnot\s+(?:been\s+|be\s+|yet\s+)?(?:contacted|spoken\s+(?:to|with)|called(?:\s+back)?|traced|reached|approached"
    r"|followed\s+up)|\bno\s+(?:contact|attempt)s?\s+(?:was\s+|has\s+been\s+)?(?:made|attempted)"
    r"|\bunable\s+to\s+(?:contact|reach|trace|speak)|\bn/?c\b|\bnot\s+rung\b",
    re.IGNORECASE,
)

GOOD_REASON = re.compile(
    r"\b(?:unanswered|no\s+(?:answer|reply|response)|unobtainable|not\s+in\s+service|disconnected|switched\s+off"
    r"|voice\s*mail|letter\s+(?:was\s+)?(?:left|sent)|card\s+left|calling\s+card|(?:number|no\.?)\s+(?:was\s+|is\s+)?withheld"
    r"|withheld\s+number|no\s+(?:number|contact\s+(?:details|number)|phone\s+number|means\s+of\s+contact)"
    r"|untraceable|could\s+not\s+be\s+(?:traced|identified|found|located)|moved\s+away|abroad|deceased"
    r"|refused|declined|unwilling|did\s+not\s+wish|attempts?|tried|calls?\s+to\b|hospitali[sz]ed"
    r"|(?:is|was)\s+(?:also\s+)?the\s+(?:victim|ip|injured\s+party|complainant|finder|suspect)|same\s+person"
    r"|(?:informant|caller)\s+(?:is|was)\s+(?:the\s+)?(?:las|ambulance|police|an?\s+officer|hospital\s+staff))\b",
    re.IGNORECASE,
)
"""Reasons that show contact was tried or impossible, as opposed to thought unnecessary."""

PROFESSIONAL = re.compile(
    r"\b(?:coroner'?s?|pathologist|las|paramedics?|ambulance|gp|doctor|hat|sio|dsio|oic|supervisor|lio|mortuary"
    r"|funeral\s+directors?|undertakers?|pc|dc|ps|ds|di|dci|sgt|inspector|control\s+room|council)\b",
    re.IGNORECASE,
)
"""Professionals an officer speaks to; a conversation with them is not informant contact."""

INFORMANT_PARTY = re.compile(
    r"\b(?:informants?|callers?|rp|r/p|reporting\s+person|anon(?:ymous)?|neighbour|finder|passer-?by|number"
    r"|who\s+(?:told|said|stated|found|called))\b",
    re.IGNORECASE,
)

DIRECTION = re.compile(
    r"\b(?:oic\s+to|(?<!tried\s)(?<!trying\s)(?<!attempted\s)(?<!unable\s)to\s+(?:contact|be\s+contacted|call|ring)"
    r"|should|must|needs?\s+to|please|ensure)\b",
    re.IGNORECASE,
)

LABEL = re.compile(
    r"^\s*(?:informant|caller|rp|reporting\s+person|informant\s+details|informant\s+contacted\??)\s*[:=-]\s*",
    re.IGNORECASE,
)


NEW_ENTRY = re.compile(
    r"\s*(?:\[|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}|[A-Z][\w ]{0,30}:)"
)
"""A sentence that starts a new entry or field, ending the previous one's context."""


_TITLE_NAME = r"(?:mr|mrs|ms|miss|dr)\.?\s+((?-i:[A-Z])[\w'-]+(?:[ \t]+(?-i:[A-Z])[\w'-]+){0,2})"
INFORMANT_NAME = re.compile(
    rf"\b(?:informant|caller|rp|r/p|reporting\s+person|called\s+by|reported\s+by)\b[^.\n]{{0,25}}?{_TITLE_NAME}"
    rf"|{_TITLE_NAME}[^.\n]{{0,40}}?\b(?:called|rang|phoned|dialled)\s+(?:999|101|police)\b",
    re.IGNORECASE,
)
"""The informant's surname, from a header field ("Informant: Mr Dariusz NOWAK"), "CALLED BY LANDLORD MR
SURESH PATEL" or "after Mr Nowak called 999": a later sentence naming them is about the informant."""


def _informant_names(text: str) -> set[str]:
    names: set[str] = set()
    for m in INFORMANT_NAME.finditer(text):
        name = m.group(1) or m.group(2) or ""
        names.update(t for t in name.lower().split() if len(t) > 2 and t not in _NOT_NAME)
    return names


_NOT_NAME = frozenset(
    {"the", "and", "who", "was", "has", "had", "called", "rang", "phoned", "dialled", "after", "from", "with"}
)


def _names_cue(words: str, names: set[str]) -> bool:
    return any(re.search(rf"\b{re.escape(n)}\b", words, re.IGNORECASE) for n in names)


@dataclass(frozen=True, slots=True)
class InformantNote:
    kind: str  # "contacted", "explained", "unexplained" or "placeholder"
    span: Span


def informant_notes(doc: Document) -> Iterator[InformantNote]:
    """Each sentence about the informant, classified; a sentence may take its
    informant cue from an earlier sentence of the same entry."""
    taken: list[Span] = []
    names = _informant_names(doc.text)
    for entry, body in entry_bodies(doc):
        taken.append(spans.entry_span(doc, entry))
        taken.append(body)
        if is_review(doc, entry):
            continue
        cue_seen = False
        for span in spans.sentences(unwrapped(doc.text, body), body.start, body.end):
            words = doc.quote(span)
            cue_seen = cue_seen or bool(CUE.search(words))
            if cue_seen or _names_cue(words, names):
                note = _classify(words, span)
                if note is not None:
                    yield note
    for start, end in spans.gaps(len(doc.text), taken):
        cue_seen = False
        for span in spans.sentences(rejoined(doc.text, start, end), start, end):
            words = doc.quote(span)
            if NEW_ENTRY.match(words):
                cue_seen = False
            cue_seen = cue_seen or bool(CUE.search(words))
            if cue_seen:
                note = _classify(words, span)
                if note is not None:
                    yield note


def _classify(words: str, span: Span) -> InformantNote | None:
    label = LABEL.match(words)
    if label is not None and is_non_answer(words[label.end() :]):
        return InformantNote("placeholder", span)
    if DIRECTION.search(words):
        return None
    if NOT_CONTACTED.search(words):
        return InformantNote("explained" if GOOD_REASON.search(words) else "unexplained", span)
    if SPOKE.search(words) and not (PROFESSIONAL.search(words) and not INFORMANT_PARTY.search(words)):
        return InformantNote("contacted", span)
    return None
