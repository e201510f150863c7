"""Reading a death report as sentences and labelled lines, grouped in blocks
(paragraphs and headed parts), so that a check can find what the report says
about a topic, whether it only holds a placeholder, and where a missing item
belongs.

Wrapped lines (PDF text) are joined back into their sentence and page furniture
(footers, protective markings) inside a sentence is skipped; a line that starts
with a label ("NOK: ...") or a heading starts a new statement, and so does the
end of a placeholder run into the next sentence ("CCTV: TBC CID informed").
Nothing here prints or logs report text.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from auditor.document import Document, Span
from checks import spans
from checks.vocabulary import is_non_answer

_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z0-9/&()'+ .-]{0,48}?)\s*(?::|\s-\s|\s–\s)\s*")
"""A short label at the start of a statement: "NOK:", "Next of kin -"."""

_HEADING_LINE = re.compile(r"^[^a-z]{3,80}$")
"""A line with no lower-case letter: an ALL-CAPS heading or label."""

_FURNITURE = re.compile(
    r"^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|official(?:[\s-]sensitive)?\b.*|restricted\b.*|-\s*\d+\s*-)\s*$",
    re.IGNORECASE,
)
"""Page furniture (footers, protective markings) that a PDF puts inside a sentence."""

_BULLET = re.compile(r"^\s*(?:[-*•☐☒☑]|\[[ xX]\]|\d{1,2}[.)])\s+")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s+[\"'(A-Z0-9])")
_ABBREVIATION = re.compile(
    r"\b(?:approx|appx|no|nos|dr|mr|mrs|ms|st|e\.g|i\.e|etc|tel|ref|refs|insp|sgt|det|supt|ch|[A-Z])$",
    re.IGNORECASE,
)
_CARRIES_ON = re.compile(
    r"(?:\b(?:at|to|of|the|and|by|from|in|on|for|with|a|an|re|via)|,|(?<![:\-])\s-|\w-)\s*$", re.IGNORECASE
)
"""A line ending like this is cut mid-sentence: the next line carries it on."""

_NUMBERING = re.compile(r"^\s*\d{1,2}[.)]\s*")
_MORE_NON_ANSWERS = re.compile(
    r"^\s*(?:not\s+(?:yet\s+)?known(?:\s+at\s+(?:this|the\s+moment|present)(?:\s+time)?)?|unknown\s+at\s+present"
    r"|to\s+be\s+(?:confirmed|completed|done|advised|updated)|tbc|tba|to\s+follow|pending|awaited|awaiting"
    r"|not\s+(?:yet\s+)?(?:recorded|completed|done|confirmed)|blank|n/?a|nil|none|-+|\?+)\s*[.!]?\s*$",
    re.IGNORECASE,
)
_INLINE_VALUE = re.compile(r"\s*(?::|\s-\s|\s–\s|-)\s*")
_LOOSE_VALUE = re.compile(r"\s*(?::|\s-\s|\s–\s|-|\s)\s*")
_NEXT_START = re.compile(r"\s*(?:$|[.;,\n]|\s['\"(]?[A-Z])")
_AFTER_PLACEHOLDER = re.compile(
    r"(?:(?<=:)|(?<=\s-))\s*(?i:tbc|tba|n/a|nil|none|-+|see\s+above|as\s+above|to\s+follow"
    r"|not\s+known(?:\s+at\s+this\s+time)?|unknown|pending|awaiting|\?+)(?=\s+['\"(]?[A-Z])"
)
"""The end of a placeholder run into the next sentence with no full stop."""


@dataclass(frozen=True, slots=True)
class Statement:
    """One sentence or labelled line; ``block`` numbers the paragraph it is in."""

    span: Span
    text: str
    block: int

    @property
    def value(self) -> str:
        """The statement without its leading labels: "NOK: TBC" -> "TBC"."""
        return strip_labels(self.text)


def strip_labels(text: str) -> str:
    """``text`` without leading short labels ("NEXT OF KIN: NOK: TBC" -> "TBC")."""
    value = text
    for _ in range(3):
        m = _LABEL.match(value)
        if m is None or len(m.group(1).split()) > 6:
            break
        value = value[m.end() :]
    return value.strip()


def label_of(text: str) -> str:
    """The first short label of ``text``, or "" when it has none."""
    m = _LABEL.match(text)
    if m is None or len(m.group(1).split()) > 6:
        return ""
    return m.group(1)


def is_blank_value(value: str) -> bool:
    """A value that does not answer: empty, "N/A", "TBC", "not known at this time"."""
    value = value.strip()
    return not value or is_non_answer(value) or bool(_MORE_NON_ANSWERS.match(value))


def is_placeholder(statement: Statement) -> bool:
    """A labelled statement whose value is blank or a non-answer ("CCTV: TBC")."""
    if not label_of(statement.text):
        return False
    return is_blank_value(statement.value.rstrip("."))


def is_heading(statement: Statement) -> bool:
    """A statement that is only a heading ("PROPERTY AND EXHIBITS", "Next of kin")."""
    text = statement.text.strip()
    if ":" in text or text.endswith("."):
        return False
    return _is_heading(text) or (len(text.split()) <= 5 and not re.search(r"\d", text))


def contains(statement: Statement, span: Span) -> bool:
    return statement.span.start <= span.start < statement.span.end


def placeholders(doc: Document, label: re.Pattern[str], *, loose: bool = False) -> list[Span]:
    """Places where a label matching ``label`` is followed only by a non-answer,
    even inside a longer line ("Property ref: nil CCTV: TBC CID ..."); ``loose``
    also accepts no separator ("findings TBC", "verification not known")."""
    found: list[Span] = []
    text = doc.text
    for m in label.finditer(text):
        sep = (_LOOSE_VALUE if loose else _INLINE_VALUE).match(text, m.end())
        if sep is None:
            continue
        words = list(re.finditer(r"\S+", text[sep.end() : sep.end() + 60]))
        for count in range(min(len(words), 5), 0, -1):
            end = sep.end() + words[count - 1].end()
            candidate = text[sep.end() : end].rstrip(".,;")
            rest = text[sep.end() + len(candidate) :]
            if is_blank_value(candidate) and _NEXT_START.match(rest):
                span = spans.trim(text, m.start(), sep.end() + len(candidate))
                if span is not None:
                    found.append(span)
                break
        else:
            line_end = text.find("\n", sep.end())
            if not text[sep.end() : len(text) if line_end < 0 else line_end].strip():
                span = spans.trim(text, m.start(), sep.end())
                if span is not None:
                    found.append(span)
    return found


@lru_cache(maxsize=16)
def statements(doc: Document) -> tuple[Statement, ...]:
    """Every statement of the document, in order."""
    out: list[Statement] = []
    hard_lines = doc.source is None or doc.source.format.lower() not in ("pdf", ".pdf")
    for number, (start, end) in enumerate(_blocks(doc)):
        for chunk_start, chunk_end in _chunks(doc.text, start, end, hard_lines):
            for span in _sentences(doc.text, chunk_start, chunk_end):
                out.append(Statement(span, doc.quote(span), number))
    return tuple(out)


def find(doc: Document, pattern: re.Pattern[str]) -> list[Statement]:
    """The statements that match ``pattern``."""
    return [s for s in statements(doc) if pattern.search(s.text)]


def following(doc: Document, statement: Statement, count: int = 3) -> list[Statement]:
    """``statement`` and up to ``count`` statements after it in the same block."""
    every = statements(doc)
    index = every.index(statement)
    return [s for s in every[index : index + count + 1] if s.block == statement.block]


def block_of(doc: Document, statement: Statement) -> list[Statement]:
    """All statements of the block holding ``statement``."""
    return [s for s in statements(doc) if s.block == statement.block]


def heading(doc: Document, pattern: re.Pattern[str]) -> Span | None:
    """The first heading line, empty field label or placeholder line matching ``pattern``."""
    for section in doc.sections:
        if len(section.heading_span) and pattern.search(section.heading):
            start = section.heading_span.start
            for m in re.finditer(r"[^\n]+", section.heading):
                if pattern.search(m.group()):
                    line = spans.line_at(doc.text, start + m.start())
                    if line is not None:
                        return line
    for f in doc.fields:
        if not f.value.strip() and pattern.search(f.label or f.name):
            anchor = f.label_span.start if f.label_span is not None else f.span.start
            line = spans.line_at(doc.text, anchor)
            if line is not None:
                return line
    for s in statements(doc):
        if is_placeholder(s) and pattern.search(label_of(s.text)):
            return s.span
        if is_heading(s) and pattern.search(s.text):
            return s.span
    return None


def title(doc: Document) -> Span:
    """Where a finding goes when nothing better exists: the title line."""
    for s in statements(doc)[:5]:
        if re.search(r"death|coroner|report|evidence\s+and\s+actions", s.text, re.IGNORECASE):
            return s.span
    return spans.first_line(doc.text) or spans.whole(doc.text)


def _blocks(doc: Document) -> Iterator[tuple[int, int]]:
    """Paragraphs: text between blank lines, also cut before every heading and
    labelled field line, but not across page furniture or a line cut mid-sentence."""
    text = doc.text
    cuts = {0, len(text)}
    for m in re.finditer(r"\n[ \t]*\n", text):
        before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        after_end = text.find("\n", m.end())
        after = text[m.end() : len(text) if after_end < 0 else after_end]
        if not (_FURNITURE.match(before) or _FURNITURE.match(after)):
            cuts.add(m.end())
    for f in doc.fields:
        if f.label_span is not None and _starts_field_line(text, f.label_span.start):
            cuts.add(f.label_span.start)
    for section in doc.sections:
        if _FURNITURE.match(section.heading) or _CARRIES_ON.search(_previous_line(text, section.span.start)):
            continue
        cuts.add(section.span.start)
        if len(section.heading_span):
            cuts.add(section.heading_span.end)
    for m in re.finditer(r"[^\n]+", text):
        if _is_heading(m.group().strip()):
            cuts.add(m.start())
            cuts.add(m.end())
    ordered = sorted(c for c in cuts if 0 <= c <= len(text))
    for a, b in itertools.pairwise(ordered):
        if text[a:b].strip():
            yield a, b


def _starts_field_line(text: str, start: int) -> bool:
    """A field label at the start of a line that does not carry on the line before."""
    at_line_start = text.rfind("\n", 0, start) + 1 == start
    return at_line_start and text[start].isupper() and not _CARRIES_ON.search(_previous_line(text, start))


def _previous_line(text: str, offset: int) -> str:
    """The last non-blank line before ``offset`` that is not page furniture."""
    end = text.rfind("\n", 0, offset)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and not _FURNITURE.match(line):
            return line
        end = start - 1
    return ""


def _chunks(text: str, start: int, end: int, hard_lines: bool) -> Iterator[tuple[int, int]]:
    """Lines joined while they continue one another; a labelled, bulleted or
    heading line, or one after a line ending a sentence, starts anew. With
    ``hard_lines`` (text not laid out from a PDF) a capitalised line after a
    labelled line also starts anew: the label's value ended with its line."""
    cut = start
    pos = start
    previous = ""
    while pos < end:
        newline = text.find("\n", pos, end)
        line_end = end if newline < 0 else newline
        stripped = text[pos:line_end].strip()
        if _FURNITURE.match(stripped):
            pos = line_end + 1
            continue
        if (
            pos > cut
            and stripped
            and (_starts_new(stripped, previous) or _after_label(stripped, previous, hard_lines))
        ):
            yield cut, pos
            cut = pos
        if stripped:
            previous = stripped
        pos = line_end + 1
    if cut < end:
        yield cut, end


def _starts_new(line: str, previous: str) -> bool:
    if previous.endswith((".", "!", "?", ";")):
        return True
    if previous.endswith(":") and (len(previous.split()) <= 6 or not re.search(r"[.;]\s", previous)):
        return True
    if _BULLET.match(line) or _is_heading(line) or _is_heading(previous):
        return True
    if label_of(previous) and is_blank_value(strip_labels(previous)):
        return True
    label = _LABEL.match(line)
    if not (label and ":" in line[: label.end()] and len(label.group(1).split()) <= 4):
        return False
    if line[0].islower():
        return False
    return not _CARRIES_ON.search(previous)


def _after_label(line: str, previous: str, hard_lines: bool) -> bool:
    return hard_lines and bool(label_of(previous)) and line[0].isupper() and not _CARRIES_ON.search(previous)


def _is_heading(line: str) -> bool:
    """An ALL-CAPS heading line ("9. NEXT OF KIN"): no lower case, no long
    numbers, no full stop."""
    line = _NUMBERING.sub("", line)
    return (
        bool(_HEADING_LINE.match(line))
        and not line.endswith(".")
        and not re.search(r"\d{3,}|[.;]\s", line)
        and len(line.split()) <= 8
        and not _FURNITURE.match(line)
    )


def _sentences(text: str, start: int, end: int) -> Iterator[Span]:
    for piece_start, piece_end in _split_placeholders(text, start, end):
        yield from _plain_sentences(text, piece_start, piece_end)


def _split_placeholders(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    cut = start
    for m in _AFTER_PLACEHOLDER.finditer(text, start, end):
        yield cut, m.end()
        cut = m.end()
    yield cut, end


def _plain_sentences(text: str, start: int, end: int) -> Iterator[Span]:
    cut = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if _ABBREVIATION.search(text[cut : m.start()]):
            continue
        span = spans.trim(text, cut, m.end())
        if span is not None:
            yield span
        cut = m.end()
    span = spans.trim(text, cut, end)
    if span is not None:
        yield span
