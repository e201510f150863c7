"""Reading a CRIS record as statements: the sentences of every DETS entry and of
the text around them, each with its span, so that the group B CRIS checks
quote one sentence as evidence rather than a whole entry or page.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from auditor.document import Document, Entry, Span
from checks import spans

_PAGE_FOOTER = re.compile(r"^\s*page\s+\d+\s+(?:of|/)\s+\d+\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?:[.!]+|\?+(?=\s*$|\s*\n\s*\n))(?=\s|$)")
_NEW_LINE = re.compile(
    r"^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|[*\u2022|]|\(\d{1,2}\)\s|\d+\.\s"
    r"|[A-Z][A-Za-z/ '-]{1,40}(?:\([^)\n]{0,30}\))?[:?](?:\s|$)|(?i:page\s+\d+|official))"
)
_REVIEW = re.compile(
    r"^\W*(?:supervisory\s+review|investigation\s+reviewed|sup(?:ervisor)?\s+review|reviewed\b|\d+\s*(?:hrs?|hours?|days?)"
    r"\s+review)|\bsupervisor(?:'s)?\s+comments\b|\bactions\s+set\s*:|\bgaps\s+identified\b"
    r"|\b(?:still\s+)?outstanding\s+from\s+the\s+last\s+review\b|\bnot\s+yet\s+(?:complete|satisfied)\b",
    re.IGNORECASE,
)
"""How a supervisor's review starts, or what only a review says."""
_JOINING = frozenset(
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "-",
        "but", "nor", "than", "that", "which", "who", "whose",
    }
)  # fmt: skip
"""Words a line cannot end on when the sentence stops there: the next line continues it."""
_SURNAME_LABEL = re.compile(r"^[A-Z][A-Za-z'-]+:$")
_LABEL_VALUE = re.compile(r"^(?P<label>[^:\n]{2,60}?[?:])[ \t]*(?P<value>.*)$", re.DOTALL)
_QUESTION = re.compile(r"^(?:Q|QUESTION|Question)\s*[:.-]\s*(?P<rest>.*)$", re.DOTALL)
_ANSWER = re.compile(r"^(?:A|ANS|Ans|ANSWER|Answer)\s*[:.-]\s*")
"""A template written as "Q: DASH completed? A: Yes": the question is the label, the answer the value."""
_TABLE_ROW = re.compile(r"^\|[ \t]*(?P<label>[^|\n]{2,60}?)[ \t]*\|[ \t]*(?P<value>[^|\n]*?)[ \t]*\|?[ \t]*$")
"""A two-cell table row, "| Flags | Racist hate crime |": the first cell is the label."""


@dataclass(frozen=True, slots=True)
class Statement:
    """One sentence of the record; ``entry`` is the DETS entry holding it, if any."""

    span: Span
    text: str
    entry: Entry | None


T = TypeVar("T")


def per_document(fn: Callable[[Document], T]) -> Callable[[Document], T]:
    """Remember ``fn``'s answer for the last document it saw: the checks of one
    record run one after another, and several read the same statements."""
    last: list[tuple[Document, T]] = []

    @functools.wraps(fn)
    def wrapper(doc: Document) -> T:
        if last and last[0][0] is doc:
            return last[0][1]
        value = fn(doc)
        last[:] = [(doc, value)]
        return value

    return wrapper


@per_document
def statements(doc: Document) -> list[Statement]:
    """Every sentence of the record in reading order: entry bodies split into
    sentences, and the text outside entries (header fields, narrative) too.
    The list is shared between checks: do not change it."""
    found: list[Statement] = []
    taken: list[Span] = []
    for entry in doc.entries:
        taken.append(entry.span)
        if entry.header_span is not None:
            taken.append(entry.header_span)
        for span in split(doc.text, entry.span.start, entry.span.end):
            found.append(Statement(span, doc.quote(span), entry))
    for start, end in spans.gaps(len(doc.text), taken):
        for span in split(doc.text, start, end):
            text = doc.quote(span)
            if not _PAGE_FOOTER.match(text):
                found.append(Statement(span, text, None))
    found.sort(key=lambda s: s.span.start)
    return found


def label_value(text: str) -> tuple[str, str] | None:
    """``("DASH completed?", "TBC")`` for a question-and-answer line; None otherwise."""
    text = text.strip()
    row = _TABLE_ROW.match(text)
    if row is not None:
        label = row.group("label").rstrip(" :?")
        return label + ("?" if row.group("label").rstrip().endswith("?") else ":"), row.group("value")
    q = _QUESTION.match(text)
    if q is not None:
        text = q.group("rest")
    m = _LABEL_VALUE.match(text)
    if m is None:
        return None
    label, value = m.group("label"), _ANSWER.sub("", m.group("value").strip(), count=1)
    if _SURNAME_LABEL.match(label):
        # "B. Simpson: Informant: nil" - an author's surname left before the body
        inner = _LABEL_VALUE.match(value)
        if inner is not None:
            return inner.group("label"), inner.group("value").strip()
    return label, value


def split(text: str, start: int, end: int) -> Iterator[Span]:
    """Sentences of ``text[start:end]``. Unlike ``spans.sentences`` a line break
    ends a sentence only after end punctuation or before a new labelled line or
    dated entry, so that lines wrapped by a PDF page stay one sentence."""
    cut = start
    pos = start
    while pos < end:
        ch = text[pos]
        if ch == "\n" and _breaks(text, cut, pos, end):
            span = spans.trim(text, cut, pos)
            if span is not None:
                yield span
            cut = pos + 1
        elif ch in ".!?":
            m = _SENTENCE_END.match(text, pos, end)
            if m is not None:
                span = spans.trim(text, cut, m.end())
                if span is not None:
                    yield span
                cut = pos = m.end()
                continue
        pos += 1
    span = spans.trim(text, cut, end)
    if span is not None:
        yield span


def _breaks(text: str, cut: int, newline: int, end: int) -> bool:
    before = text[cut:newline].rstrip()
    line_end = text.find("\n", newline + 1, end)
    after = text[newline + 1 : end if line_end < 0 else line_end].strip()
    if not before or not after:
        return True
    if before[-1] in ".!:;":
        return True
    last_word = before.rsplit(None, 1)[-1].lower()
    return last_word not in _JOINING and _NEW_LINE.match(after) is not None


def window(doc: Document, st: Statement, limit: int = 900) -> Statement:
    """A statement extended to the start of the next dated entry (at most ``limit``
    characters): a list that a PDF line break or a parser cut from its lead-in
    stays with it."""
    end = min(len(doc.text), st.span.start + limit)
    for entry in doc.entries:
        if entry.author is None and entry.rank is None:
            continue  # a wrapped line that starts with a date, not a new entry
        start = entry.header_span.start if entry.header_span is not None else entry.span.start
        if st.span.end <= start < end:
            end = start
            break
    span = spans.trim(doc.text, st.span.start, max(end, st.span.end)) or st.span
    return Statement(span, doc.quote(span), st.entry)


def is_review(doc: Document, st: Statement) -> bool:
    """Whether a statement belongs to a supervisor's review (which directs or
    comments on work) rather than to a record of the work itself."""
    if st.entry is None:
        return False
    head = doc.quote(st.entry.header_span) if st.entry.header_span is not None else ""
    return bool(_REVIEW.search(head) or _REVIEW.search(st.entry.text))


def title(doc: Document) -> Span:
    """The record's first line, the anchor of a finding about the whole record."""
    return spans.first_line(doc.text) or spans.whole(doc.text)
