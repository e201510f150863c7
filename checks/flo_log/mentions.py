"""Finding where an FLO log speaks of one item (a risk assessment, the strategy,
a form) and whether it says anything: a filled line, a placeholder ("TBC",
"to follow", "see policy file") or an empty box.

The log is read sentence by sentence over the whole text, so that the same rule
works for paper forms (``Label: value`` boxes), narrative entries and exports.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from auditor.document import Document, Entry, Span
from checks import spans
from checks.vocabulary import is_non_answer

PLACEHOLDER = re.compile(
    r"\b(?:tbc|t\.b\.c|tba|to\s+follow|see\s+(?:the\s+)?(?:policy\s+file|file|pnb|separate|flat|leaflet|mg11"
    r"|attached|above|below|cad|notes|pocket\s*book)|not\s+attached|as\s+discussed|n/a|not\s+known"
    r"|to\s+be\s+(?:confirmed|discussed|agreed|decided|completed|done|passed|arranged|sent|submitted)"
    r"|details\s+to\s+come|outstanding|not\s+yet\s+(?:done|completed|submitted|sent))(?![\w/])",
    re.IGNORECASE,
)
"""Wording that points elsewhere or defers instead of recording the item."""

_BLANK_VALUE = re.compile(r"^[\s_.:\-)\]]*$")
_LABEL = re.compile(r"^(?P<label>[^:]{2,80}?)\s*[:\-]\s*(?P<value>.*)$", re.DOTALL)
_NEXT_BOX = re.compile(r"\n(?:[A-Z][^:\n]{0,60}:(?:\s|$)|[A-Z][A-Z /]{3,40}\n)")


class Said(StrEnum):
    FILLED = "filled"
    PLACEHOLDER = "placeholder"
    EMPTY = "empty"


@dataclass(frozen=True, slots=True)
class Mention:
    span: Span
    text: str
    said: Said


_SENTENCE_END = re.compile(r"(?<!\s[^\W\d_]\.)(?<=[.!?])\s+(?=\S)")


def sentences(doc: Document) -> Iterator[Span]:
    """Every sentence of the log: inside entries split at full stops only (a PDF
    wraps lines anywhere), elsewhere also at line breaks (labels of paper boxes)."""
    taken = sorted((e.span for e in doc.entries), key=lambda s: s.start)
    found = [
        s for start, end in spans.gaps(len(doc.text), taken) for s in spans.sentences(doc.text, start, end)
    ]
    for span in taken:
        cut = span.start
        for m in _SENTENCE_END.finditer(doc.text, span.start, span.end):
            piece = spans.trim(doc.text, cut, m.start())
            if piece is not None:
                found.append(piece)
            cut = m.end()
        piece = spans.trim(doc.text, cut, span.end)
        if piece is not None:
            found.append(piece)
    yield from sorted(found, key=lambda s: s.start)


def context(doc: Document, span: Span) -> str:
    """The text around a mention that belongs to it: its entry, or else its
    paragraph (to the next blank line)."""
    for entry in doc.entries:
        if entry.span.start <= span.start < entry.span.end:
            return entry.text
    end = doc.text.find("\n\n", span.end)
    text = doc.text[span.start : end if end >= 0 else len(doc.text)]
    following = _NEXT_BOX.search(text, len(doc.quote(span)))
    return text[: following.start()] if following else text


def entry_at(doc: Document, span: Span) -> Entry | None:
    return next((e for e in doc.entries if e.span.start <= span.start < e.span.end), None)


def mentions(
    doc: Document,
    topic: re.Pattern[str],
    exclude: re.Pattern[str] | None = None,
    *,
    negation: bool = True,
) -> list[Mention]:
    """Sentences naming the topic, each judged filled, placeholder or empty (a
    negated mention, "no risk assessment", "form not submitted", is empty)."""
    found = []
    for span in (box for whole in sentences(doc) for box in _boxes(doc, whole)):
        text = doc.quote(span)
        m = topic.search(text)
        if m is None or (exclude is not None and exclude.search(text)):
            continue
        said = Said.EMPTY if negation and negated(text, m.start(), m.end()) else judge(text, m.end())
        if said is Said.EMPTY and _placeholder_below(doc, span):
            said = Said.PLACEHOLDER
        found.append(Mention(span, text, said))
    return found


def _boxes(doc: Document, span: Span) -> Iterator[Span]:
    """A sentence split where a new labelled box starts on a new line
    ("Exit form sent: 02/12/21" then "Signed (SIO): see policy file")."""
    text = doc.quote(span)
    cut = 0
    for following in _NEXT_BOX.finditer(text, 1):
        piece = spans.trim(doc.text, span.start + cut, span.start + following.start())
        if piece is not None:
            yield piece
        cut = following.start()
    piece = spans.trim(doc.text, span.start + cut, span.end)
    if piece is not None:
        yield piece


def _placeholder_below(doc: Document, span: Span) -> bool:
    """Whether the line under an empty box holds its placeholder value (a PDF
    puts a box's value on the next line)."""
    start = doc.text.find("\n", span.end)
    if start < 0:
        return False
    end = doc.text.find("\n", start + 1)
    line = doc.text[start + 1 : end if end >= 0 else len(doc.text)].strip()
    if not line or len(line) > 40 or re.match(r"^[A-Za-z][^:]{0,60}:", line):
        return False  # nothing, or the next box
    return is_non_answer(line) or bool(PLACEHOLDER.search(line))


_NEGATED_BEFORE = re.compile(
    r"\b(?:no|without|nor|lack\s+of|absence\s+of)\s+(?:[\w/-]+\s+){0,3}$", re.IGNORECASE
)
_NEGATED_AFTER = re.compile(
    r"^[\w\s/-]{0,20}?\b(?:was|were|has|have|is|are|had)?\s*(?:not|never|n't)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:done|complet\w*|carried\s+out|written|set|recorded|submitted|sent|made|given|agreed|prepared"
    r"|undertaken|passed|arranged|in\s+place|available)\b"
    r"|^\W*(?:not\s+(?:done|completed|submitted|sent|given|recorded|set|in\s+place)|none\s+(?:done|completed|set))\b",
    re.IGNORECASE,
)


def negated(text: str, start: int, end: int) -> bool:
    """Whether the sentence says the item is not there: "no exit strategy",
    "risk assessment not completed", "RA - not done"."""
    return bool(_NEGATED_BEFORE.search(text[:start]) or _NEGATED_AFTER.match(text[end:]))


def judge(text: str, after: int) -> Said:
    """What a sentence naming an item says about it, reading from ``after`` (the
    end of the item's name): nothing, a placeholder, or something."""
    rest = text[after:]
    labelled = _LABEL.match(text)
    if labelled and after <= labelled.end("label") + 2 and _BLANK_VALUE.match(labelled.group("value")):
        return Said.EMPTY
    if _BLANK_VALUE.match(rest) and text.rstrip().endswith(":"):
        return Said.EMPTY
    value = rest.lstrip(" :-\t")
    if (PLACEHOLDER.search(text) and not _attached_and_done(text)) or (
        re.search(r"[A-Za-z0-9]", value) and is_non_answer(value)
    ):
        return Said.PLACEHOLDER
    return Said.FILLED


_POINTER_ONLY = re.compile(
    r"^see\s+(?:the\s+)?(?:attached|separate|below|policy\s+file|file)$|^not\s+attached$", re.I
)
_DONE = re.compile(
    r"\b(?:complet\w*|done|carried\s+out|started|in\s+place|set|agreed|signed)\b", re.IGNORECASE
)
_DETAIL = re.compile(r"\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\([^)]{12,}\)|\s-\s\w+(?:\s+\w+){3,}")


def _attached_and_done(text: str) -> bool:
    """A pointer to an attachment that is not a placeholder: the sentence says the item was done and gives
    a date or its content ("Risk assessment completed (see attached RA, 14/05/23) - visit in pairs")."""
    pointers = [m.group() for m in PLACEHOLDER.finditer(text)]
    if not all(_POINTER_ONLY.match(" ".join(p.split())) for p in pointers):
        return False
    return bool(_DONE.search(text) and _DETAIL.search(text))


def best(found: list[Mention]) -> Said | None:
    """The strongest thing the log says anywhere: filled beats placeholder beats empty."""
    for said in (Said.FILLED, Said.PLACEHOLDER, Said.EMPTY):
        if any(m.said is said for m in found):
            return said
    return None


def first(found: list[Mention], said: Said) -> Mention | None:
    return next((m for m in found if m.said is said), None)


_DEPLOYED = re.compile(r"\bdeploy(?:ed|ment)\b|\bfamily\s+liaison\s+officer\b", re.IGNORECASE)


def anchor(doc: Document) -> Span:
    """Where an item that is missing altogether belongs: the deployment entry,
    else the first entry, else the log's title."""
    for entry in doc.entries:
        if _DEPLOYED.search(entry.text):
            return spans.entry_span(doc, entry)
    if doc.entries:
        return spans.entry_span(doc, doc.entries[0])
    return spans.first_line(doc.text) or spans.whole(doc.text)
