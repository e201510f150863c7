"""What kind of matter a CRIS record is about, shared by the CRIS group A checks.

A CRIS record either investigates a death (the subject is deceased; contact is
with the family, through an FLO or recorded on CRIS) or a crime or incident
with a living victim (contact is victim contact under the Victims' Code).
"""

from __future__ import annotations

import re

from auditor.document import Document, Entry, Span
from checks import spans

DEATH_WORDS = re.compile(
    r"\b(?:deceased|dec'?d|decd|life\s+(?:was\s+)?pronounced\s+extinct|p\.?l\.?e\.?|sudden\s+death"
    r"|post[\s-]?mortem|mortuary|coroner'?s?|death\s+message|body\s+(?:was\s+)?(?:found|removed|conveyed)"
    r"|found\s+dead|unexpected\s+death|expected\s+death|homicide|murder|manslaughter)\b",
    re.IGNORECASE,
)
"""Wording that only a death investigation uses."""

FLO_DEPLOYED = re.compile(
    r"\b(?:flo|family\s+liaison\s+officer)s?\b[^.\n]{0,60}?\b(?:deployed|appointed|allocated|assigned|in\s+place)\b"
    r"|\b(?:deployed|appointed|allocated|assigned)\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:flo|family\s+liaison\s+officer)\b"
    r"|\bsee\s+(?:the\s+)?flo\s+log\b|\brecorded\s+(?:in|on)\s+the\s+flo\s+log\b",
    re.IGNORECASE,
)
"""An FLO deployed to the family: family contact then lives in the FLO log."""

FLO_NOT_DEPLOYED = re.compile(
    r"\b(?:no|not\s+an?)\s+flo\b|\bflo\s+(?:not\s+(?:deployed|required|requested|needed|appointed)|declined"
    r"|n/?a)\b|\bwithout\s+an?\s+flo\b"
    r"|\b(?:flo|family\s+liaison\s+officer)s?\s+(?:deployed|appointed|allocated|assigned|in\s+place)\s*[?:|=-]\s*"
    r"(?:no|n|nil|none)\b",
    re.IGNORECASE,
)
"""No FLO, also as a template answer: "FLO deployed: No", "| FLO deployed | N |"."""


def is_death_record(doc: Document) -> bool:
    """Whether the record investigates a death rather than a crime with a living victim."""
    return bool(DEATH_WORDS.search(doc.text))


def flo_deployed(doc: Document) -> bool:
    """Whether the record says an FLO was deployed (and not that none was)."""
    deployed = [m.start() for m in FLO_DEPLOYED.finditer(doc.text)]
    if not deployed:
        return False
    return not any(
        m.start() <= deployed[0] or abs(m.start() - deployed[0]) < 80
        for m in FLO_NOT_DEPLOYED.finditer(doc.text)
    )


def entry_text(doc: Document, entry: Entry) -> str:
    """An entry's header and body as written."""
    start = entry.header_span.start if entry.header_span is not None else entry.span.start
    return doc.text[min(start, entry.span.start) : entry.span.end]


def entry_bodies(doc: Document) -> list[tuple[Entry, Span]]:
    """Each entry with the span of its body. Works around the PDF table parser
    leaving a body empty when the officer's name wraps onto a second line (the
    body is then the text up to the next entry's header), and the text parser
    stopping at an author's initial ("O. Afolabi")."""
    ordered = sorted(doc.entries, key=lambda e: _start(e))
    out: list[tuple[Entry, Span]] = []
    for i, entry in enumerate(ordered):
        body = entry.span
        if not entry.text.strip():
            end = _start(ordered[i + 1]) if i + 1 < len(ordered) else len(doc.text)
            start = entry.header_span.end if entry.header_span is not None else entry.span.end
            body = spans.trim(doc.text, start, max(start, end)) or entry.span
        cut = _AUTHOR_TAIL.match(doc.text, body.start, body.end)
        if cut is None and 0 < body.start < len(doc.text) and doc.text[body.start - 1].isalpha():
            cut = _REST_OF_NAME.match(doc.text, body.start, body.end)
        if cut is not None and cut.end() < body.end:
            body = Span(cut.end(), body.end)
        out.append((entry, body))
    return out


_AUTHOR_TAIL = re.compile(
    r"(?:\.\s*[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?|[^\s:]{1,20}(?:\s+[A-Z][\w'-]+){0,3}\s+\d{2,6}[A-Z]{0,3})\s*:\s*"
)
"""The rest of an author's name left in the body when the header parser stopped
at an initial or a non-ASCII letter: ". Afolabi: Informant: nil", "çalo Coelho 2828NE: ..."."""


_REST_OF_NAME = re.compile(r"[^\s:]{1,20}(?:\s+[^\s:]{1,20}){0,3}\s*:\s*")
"""The rest of a name when the body starts in the middle of a word: "ĄBROWSKI: ..."."""


def _start(entry: Entry) -> int:
    return (
        min(entry.span.start, entry.header_span.start) if entry.header_span is not None else entry.span.start
    )


def unwrapped(text: str, span: Span) -> str:
    """The text with the single line breaks inside ``span`` turned into spaces
    (offsets unchanged), so that a sentence wrapped across lines stays one."""
    inner = re.sub(r"(?<!\n)\n(?!\s*\n)", " ", text[span.start : span.end])
    return text[: span.start] + inner + text[span.end :]


_WRAPPED_BREAK = re.compile(
    r"(?<=[^\s.:;!?])\n(?![ \t]*(?:\n|\[|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}"
    r"|[A-Z][\w /()-]{0,40}[:?]|\d{1,2}[.)]\s|[-*]\s|page\s+\d|official|(?:supervis|closing)\w*))",
    re.IGNORECASE,
)
_HEADING_LINE = re.compile(r"[A-Z][A-Z0-9 /&()-]{0,40}")


def rejoined(text: str, start: int, end: int) -> str:
    """The text with line breaks in ``[start, end)`` that only wrap a sentence
    (no closing punctuation before; no date, field label, list marker or page
    furniture after; not after a short heading in capitals) turned into spaces,
    offsets unchanged: for PDF tables whose rows the entry parser missed."""
    chunk = text[start:end]

    def join(m: re.Match[str]) -> str:
        line = chunk[chunk.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        heading = len(line.split()) <= 3 and _HEADING_LINE.fullmatch(line) is not None
        return "\n" if heading else " "

    return text[:start] + _WRAPPED_BREAK.sub(join, chunk) + text[end:]
