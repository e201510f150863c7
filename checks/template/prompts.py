"""Embedded template prompts in a record and the answers written to them.

A prompt is a short question-like label built into a form or a CRIS
template: "DASH completed?", "Safeguarding considered:", "Victim contact
(VCoP):", "Next review date:". It is recognised by its shape (a capitalised
label of at most six words, ending in "?" or ":") and by its last word, which
asks whether something was done, considered or set ("completed",
"considered", "contacted", "informed", "flag", "identified", "reviewed",
"comments", "review date"...). Prompts may stand one per line or run together
on one line (a DETS export); the answer is what follows the prompt up to the
next prompt or the end of the line, or the next line when the prompt's own
line is empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from auditor.document import Document, Span
from checks import spans
from checks.vocabulary import DATE

_KEYWORD = re.compile(
    r"(?:completed?|done|considered|contacted|informed|notified|flag(?:ged)?|checks?|checked|identified"
    r"|opportunit(?:y|ies)|reviewed|set|comments?|review\s+date|victim\s+contact|made|taken|conducted|submitted"
    r"|assessed|assessment|referr(?:al|ed)|attended|outcome|rationale|seized|recorded|obtained|offered"
    r"|arranged|explained|sought|requested|notification|risks?|disclosed|engaged|visited|traced)$",
    re.IGNORECASE,
)
"""The last word of a prompt: it asks whether something was done, considered or set."""

_LABEL = re.compile(
    r"(?<![\w/'-])(?P<label>[A-Z][A-Za-z/'-]*"
    r"(?:[ \t]+(?:[a-z][a-z/'-]*|[A-Z][A-Z/'-]+|\([^()\n]{1,30}\))"
    r"|[ \t]*\n[ \t]*(?:[a-z][a-z/'-]*|\([^()\n]{1,30}\)))*?)"
    r"[ \t]*(?P<mark>\?|:)(?![/\d\w])"
)
"""A capitalised label ending in "?" or ":"; later words are lower case or capitals
("DASH completed?"), so a name in Title Case before it is not taken into it. A
label wraps onto the next line only before a lower-case word or a bracket
("Family informed\n(name/date/time):")."""

_FREE_TEXT = re.compile(r"\b(?:comments?|rationale|notes?|remarks|details|summary)\W*$", re.IGNORECASE)
_ANSWER_WORDS = frozenset(
    {
        "yes",
        "no",
        "nil",
        "none",
        "n/a",
        "na",
        "tbc",
        "not",
        "unknown",
        "y",
        "n",
        "y/n",
        "yes/no",
        "done",
        "negative",
    }
)
"""Words that begin an answer, never a prompt: "No HAT contacted?" is "No" then a prompt."""
_PAREN = re.compile(r"\([^()]*\)")
_MAX_WORDS = 6

SIGN_OFF = re.compile(
    r"\s*\b(?:A/|T/|Acting\s+)?(?:PC|PS|DC|DS|DI|DCI|DSU|Supt|Insp|Sgt|Ch\s*Insp)\b[^\n]{0,60}?(?:\n[^\n]{0,40}?)?"
    r"\((?:substantive|acting|temporary|temp)\)\.?\s*$",
    re.IGNORECASE,
)
"""A supervisor's sign-off run on after the last answer: "PS Claire Marshall 6482WA (substantive)."."""

_ENTRY_HEADER = re.compile(
    r"^\s*(?:\w+\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[ \t,]+(?:at\s+)?\d{1,2}[:.]?\d{2}\b", re.MULTILINE
)
"""A new dated entry ("13/05/2021 12:52 DC ..."); a bare date line is an answer."""
_PAGE_FURNITURE = re.compile(r"^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\d+)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Prompt:
    """One prompt: the label with its "?" or ":", and the answer's span (None when
    nothing answers it)."""

    label: str
    span: Span
    answer: Span | None


def find_prompts(doc: Document) -> Iterator[Prompt]:
    text = doc.text
    headings = [
        s.heading_span
        for s in doc.sections
        if len(s.heading_span) and not DATE.search(doc.quote(s.heading_span))
    ]
    found = _absorb_into_comments(text, list(_labels(text)))
    for n, (label, span) in enumerate(found):
        line_end = _line_end(text, span.end)
        end = line_end
        if n + 1 < len(found) and found[n + 1][1].start < line_end:
            end = found[n + 1][1].start
        answer = _answer(text, span.end, end)
        if end == line_end and answer is not None:
            answer = _continued(text, answer, line_end, found, headings)
        elif end == line_end:
            below = _next_line_answer(text, line_end, found, headings, over_page_break=True)
            answer = _answer(text, below.start, below.end) if below is not None else None
        yield Prompt(label, span, answer)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _absorb_into_comments(text: str, found: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """A free-text prompt ("Supervisor comments:") directly followed by a label
    holds that label as its text ("Category reviewed: unexpected"), so the label
    is not a prompt of its own."""
    kept: list[tuple[str, Span]] = []
    for label, span in found:
        if kept and _FREE_TEXT.search(kept[-1][0]):
            gap = text[kept[-1][1].end : span.start]
            if not gap.strip() and "\n" not in gap:
                continue
        kept.append((label, span))
    return kept


def label_spans(text: str) -> list[Span]:
    """Where the prompts' labels are, "?" or ":" included."""
    return [span for _, span in _labels(text)]


def _labels(text: str) -> Iterator[tuple[str, Span]]:
    pos = 0
    while True:
        m = _LABEL.search(text, pos)
        if m is None:
            return
        label = m.group("label")
        last = _PAREN.sub(" ", label).split()
        first = label.split()[0].lower()
        if last and len(label.split()) <= _MAX_WORDS and _is_prompt(last) and first not in _ANSWER_WORDS:
            yield label, Span(m.start("label"), m.end())
            pos = m.end()
        else:
            pos = m.start() + 1


def _is_prompt(words: list[str]) -> bool:
    return bool(_KEYWORD.search(" ".join(words[-2:])))


def _answer(text: str, start: int, end: int) -> Span | None:
    span = spans.trim(text, start, end)
    if span is None:
        return None
    m = SIGN_OFF.search(text, span.start, span.end)
    if m is not None and m.end() == span.end:
        return spans.trim(text, span.start, m.start())
    return span


def _continued(
    text: str, answer: Span, line_end: int, found: list[tuple[str, Span]], headings: list[Span]
) -> Span | None:
    """An answer wrapped over the following lines (a PDF's narrow column), up to a
    blank line, a heading, a dated entry or the next prompt; None when all of it
    is a sign-off. A line that reads as a heading still continues an answer
    that breaks off on a dash or a comma (capitals wrapped in a narrow column)."""
    end = answer.end
    while True:
        broken = text[answer.start : end].rstrip()[-1:] in {"-", ",", ";", "/", "&", "("}
        more = _next_line_answer(text, line_end, found, [] if broken else headings)
        if more is None:
            break
        end = more.end
        if more.end < _line_end(text, more.start):
            break  # a prompt follows on that line
        line_end = _line_end(text, more.start)
    return _answer(text, answer.start, end)


def _next_line_answer(
    text: str,
    line_end: int,
    found: list[tuple[str, Span]],
    headings: list[Span],
    over_page_break: bool = False,
) -> Span | None:
    """The line right after an empty prompt, when it is not blank, not another
    prompt, not a heading and not a new dated entry. With ``over_page_break``,
    a page footer and the next page's marking are stepped over first."""
    if line_end >= len(text):
        return None
    start = line_end + 1
    end = _line_end(text, start)
    if over_page_break and is_furniture(text[start:end]):
        for _ in range(4):
            if end >= len(text) or not (is_furniture(text[start:end]) or not text[start:end].strip()):
                break
            start = end + 1
            end = _line_end(text, start)
    line = spans.trim(text, start, end)
    if line is None:
        return None
    inside = [s.start for _, s in found if line.start <= s.start < line.end]
    if inside:
        line = spans.trim(text, line.start, min(inside)) if min(inside) > line.start else None
        if line is None:
            return None
    if any(h.start <= line.start < h.end or line.start <= h.start < line.end for h in headings):
        return None
    if _ENTRY_HEADER.match(text, line.start) or is_furniture(text[line.start : line.end]):
        return None
    return line


def is_furniture(line: str) -> bool:
    """Page footers and protective markings: "Page 2 of 3", "OFFICIAL-SENSITIVE CRIS ..."."""
    return bool(_PAGE_FURNITURE.match(line)) or line.strip().upper().startswith("OFFICIAL")
