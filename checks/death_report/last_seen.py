"""DR009: last person to see the deceased not identified, or no statement from them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks.base import Context
from checks.death_report import circumstances, reading
from checks.death_report.statements import NOT_TAKEN, PERSON_NAME, STATEMENT, TAKEN, is_pending
from checks.death_report.topic import TopicCheck
from checks.vocabulary import DATE, RELATION, TIME

_PRONOUN = re.compile(r"\b(?:them|him|her|the\s+(?:witness|last\s+contact))\b", re.IGNORECASE)
_WHEN_WORDS = re.compile(
    r"\b(?:(?:[01]\d|2[0-3])[0-5]\d|\d{1,2}/\d{1,2}|yesterday|last\s+night|this\s+morning|morning|evening|afternoon|hrs)\b",
    re.I,
)
_FROM_NAME = re.compile(r"\b(?:from|by|with)\s+(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?[A-Z][a-z]+")
"""A person named by given name only: "statement taken from Neil"."""
_LAST = re.compile(
    r"\b(?:last\s+(?:seen|saw|see|spoke|p[a-z]{2,5}n\s+(?:known\s+)?to\s+(?:see|speak|have\s+(?:contact|seen|spoken))"
    r"|(?:established\s+)?contact|known\s+contact"
    r"|sighting|heard\s+from)|l/s|lsa)\b",
    re.IGNORECASE,
)


class LastSeenNotEstablished(TopicCheck):
    """Last person to see the deceased not identified, or no statement covering that contact.

    A named last contact, with when (and ideally where) it was, and a
    statement taken from them about it (in the same or the next sentence, or
    anywhere in the report when the statement names the same person, "Mr
    Asante gave a full statement"), satisfies it; so does a witness statement
    written out in the report in which the witness says when they last saw the
    deceased ("I last saw him Thursday evening"). A last contact whose
    statement is "TBC" is *unclear*. "Last person to see deceased: unknown at present" or "Last
    seen: TBC" is *unclear*; a vague "believed last seen over the weekend", a
    last contact with no statement, or nothing is *absent*.

    ## Why it matters

    This is where third-party involvement is most often revealed: Port was
    the last person with Anthony Walgate.

    ## Example

    ```text
    Believed last seen alive over the weekend.
    ```

    ## Use instead

    ```text
    Last seen by flatmate Tom BRIGGS 12/03 2300 in the kitchen; MG11 taken
    from him re that contact.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "The last person to have contact with the deceased
    prior to their death should be identified and a statement obtained"
    """

    code = "DR009"
    requirement = "DR-LAST-SEEN"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = "A named last contact, the time and place of that contact, and a statement describing it."
    label = (
        r"last\s+person\s+to\s+(?:see|have\s+contact\s+with)\s+(?:the\s+)?[\w']+(?:\s+alive)?"
        r"|last\s+seen(?:\s+by)?(?!\s+alive)|last\s+(?:known\s+)?contact"
    )
    mention = _LAST
    sections = ("witnesses", "circumstances")
    item = "last contact with the deceased"
    thin = "the person, the time or a statement from them about that contact is missing"
    window = 4

    def satisfies(self, sentence: str, doc: Document) -> bool:
        m = _LAST.search(sentence)
        statement = STATEMENT.search(sentence)
        if m is None or statement is None:
            return False
        if NOT_TAKEN.search(sentence) or is_pending(sentence) or not TAKEN.search(sentence):
            return False
        names = [n.group(0) for n in PERSON_NAME.finditer(sentence)]
        if not (names or RELATION.search(sentence) or _FROM_NAME.search(sentence)):
            return False
        if not (DATE.search(sentence) or TIME.search(sentence) or _WHEN_WORDS.search(sentence)):
            return False
        if not re.search(r"[.!?]\s+\S", sentence.strip()):
            return True
        # Over several sentences the statement must be from the person last seen with.
        before, after = sentence[: statement.start()], sentence[statement.start() :]
        named = [n.group(0) for n in PERSON_NAME.finditer(before)]
        return bool(_PRONOUN.search(after)) or any(n.split()[0] in after for n in named)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        linked = _linked_statement(doc)
        if linked is True:
            return
        if isinstance(linked, Span):
            yield self.unclear(doc, linked, "Last contact named but their statement is still to come")
            return
        yield from super().run(doc, ctx)

    def pending(self, sentences: list[str]) -> bool:
        """A last contact named with their statement still to come."""
        first, rest = sentences[0], sentences[1:]
        if is_pending(first):
            return True
        names = [n.group(0).split()[-1] for n in PERSON_NAME.finditer(first)]
        return any(is_pending(s) and any(n in s for n in names) for s in rest)


_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?:[A-Z][^\W\d_]+\s+)?([A-Z][^\W\d_'-]+)")
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z'-]{2,}\b")
_OFFICER = re.compile(r"\b(?:PC|PS|DC|DS|DI|DCI|Sgt|PCSO)\s+(?:\d+[A-Z]*\s+)?([A-Z][\w'-]+)")
_NOT_PEOPLE = frozenset(
    {"LAST", "SEEN", "ALIVE", "APPROX", "HRS", "BY", "THE", "AND", "CCTV", "LAS", "PNC", "NFA", "DOB", "CAD",
     "GP", "TBC", "TBA", "PND", "CRIS", "MERLIN", "DETS", "HAT", "CID", "MCCD", "BWV", "SIGNED", "TAKEN",
     "STATEMENT", "STATEMENTS", "NIL", "NONE", "TRACE", "PLE", "ROLE", "EAB", "PNB", "TOD"}
)  # fmt: skip
_WITNESS_TEXT = re.compile(r"\b(?:statement\s+of\s+witness|mg\s*11|witness\s+statement|s/s)\b", re.IGNORECASE)
_I_LAST_SAW = re.compile(
    r"\bI\s+last\s+(?:saw|spoke\s+to|heard\s+from|had\s+contact\s+with)\s+(?:him|her|them|dec'?d|[A-Z])"
)


def _people(text: str, exclude: set[str]) -> set[str]:
    """Surnames (and capitalised names) of the people a sentence names."""
    officers = {m.group(1).lower() for m in _OFFICER.finditer(text)}
    found = {m.group(1) for m in _TITLED.finditer(text)}
    found |= {n.group(0).split()[-1] for n in PERSON_NAME.finditer(text)}
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.islower() for c in letters) < len(letters) / 10:
        # In capitals a surname stands alone ("LAST SEEN: APPROX 0300 BY CORLETT").
        found |= set(_CAPS_WORD.findall(text))
    return {w.lower() for w in found if len(w) > 2 and w.upper() not in _NOT_PEOPLE} - exclude - officers


def _deceased_names(doc: Document) -> set[str]:
    """The deceased's own names, from the first line that gives a name with a date of birth or age."""
    for line in circumstances.deceased_lines(doc):
        if not circumstances.gives_age(line):
            continue
        names = {w.lower() for n in PERSON_NAME.finditer(line) for w in n.group(0).split()}
        if names:
            return names - _TITLES
    return set()


def _linked_statement(doc: Document) -> bool | Span | None:
    """Whether a statement elsewhere in the report comes from the person named
    as the last contact: True when taken, its sentence when still to come."""
    if _WITNESS_TEXT.search(doc.text) and _I_LAST_SAW.search(doc.text):
        return True
    exclude = _deceased_names(doc) | {"deceased", "dec'd"}
    people: set[str] = set()
    form_lines = [line for line in doc.text.split("\n") if len(line) <= 120]
    for unit in [*(doc.text[s.start : s.end] for s in reading.sentence_spans(doc)), *form_lines]:
        if not _LAST.search(unit) or STATEMENT.search(unit):
            continue
        if DATE.search(unit) or TIME.search(unit) or _WHEN_WORDS.search(unit):
            people |= _people(unit, exclude)
    if not people:
        return None
    pending: Span | None = None
    sentences = reading.sentence_spans(doc)
    for i, s in enumerate(sentences):
        if not (_people(doc.text[s.start : s.end], exclude) & people):
            continue
        # "Mr Osei: spoken to at 11:00. Statement TBC." runs on into the next sentence.
        nxt = sentences[i + 1] if i + 1 < len(sentences) else s
        follow = doc.text[nxt.start : nxt.end]
        end = nxt.end if STATEMENT.search(follow) and not _people(follow, exclude) else s.end
        text = doc.text[s.start : end]
        if not STATEMENT.search(text):
            continue
        if is_pending(text):
            pending = pending or s
        elif not NOT_TAKEN.search(text) and _taken(text) and not _too_short(doc, s):
            return True
    return pending


def _taken(text: str) -> bool:
    """Recorded as taken; "statement from Mr X" alone may be an action still to do."""
    return any(m.group(0).lower() != "from" for m in TAKEN.finditer(text))


_QUOTED = re.compile(r"[:\-]\s*[\"\u201c]([^\"\u201d]*)[\"\u201d]")
_SHORT_STATEMENT_WORDS = 40
"""A statement written out in the report with fewer words than this is "no more
than a couple of sentences" (the inspection's words) and does not cover the contact."""


def _too_short(doc: Document, s: Span) -> bool:
    """Whether the statement is quoted in full right there and is only a sentence or two."""
    line = doc.text[s.start : reading.line_end(doc.text, s.start)]
    m = _QUOTED.search(line)
    return m is not None and len(m.group(1).split()) < _SHORT_STATEMENT_WORDS
