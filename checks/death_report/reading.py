"""Reading a death report as labelled items and sentences, shared by the
group A death report checks.

Death reports arrive as forms ("H2H: TBC"), as numbered packs with headings
("4. Search record") and as narrative prose. These helpers find, for one topic,
the sentences that talk about it, the labelled values that only fill the box
("N/A", "to follow", "not known at this time") and the empty headings, so that
each check only has to say what counts as the item being recorded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from auditor.document import Document, Span
from checks import spans
from checks.vocabulary import is_non_answer

_PENDING = re.compile(
    r"^\s*(?:(?:currently\s+|still\s+|status\s+)?(?:not\s+known|unknown|unk|n/?k|unclear|undecided|undetermined)"
    r"(?:\s+(?:at|as\s+of)\s+(?:this\s+(?:time|stage|point)|present|the\s+moment|time\s+of\s+writing))?"
    r"|(?:to\s+be|tb)\s+(?:confirmed|completed|done|decided|determined|established|updated|arranged|added"
    r"|agreed|assessed|reviewed|carried\s+out|conducted)(?:\s+(?:by|at|later|in\s+due\s+course)\b.{0,40})?"
    r"|to\s+follow(?:\s+.{0,30})?|pending(?:\s+.{0,30})?|awaiting\s+(?:di|supervisor|sgt|inspector|review|decision)"
    r"|tbc|tba|t\.b\.c\.?|not\s+(?:yet\s+)?(?:completed|done|decided|recorded|stated|assessed|confirmed)"
    r"|not\s+applicable|n/a|na|nil|none|nothing|no|-+|\?+|x+|see\s+(?:above|below|cad|chs|attached|log|eab|"
    r"notes?|pnb|cris|merlin|previous)(?:\s+[\w/-]+){0,3}|as\s+(?:above|per\s+(?:cad|chs|notes?)))"
    r"\s*[.!]?\s*$",
    re.IGNORECASE,
)
"""Short values that fill a box without answering it, beyond the shared list:
"to be confirmed by DI", "not known at this time", "see CAD", "pending"."""


def is_placeholder(value: str) -> bool:
    """A value that only fills the box: "N/A", "TBC", "see above", "to follow"."""
    text = value.strip()
    if not text:
        return False
    return is_non_answer(text) or bool(_PENDING.match(text))


_LABEL_VALUE = (
    r"[\W\d]{0,6}(?:LABEL)\b(?:(?!\b(?:not|was|were|by|has|had|is)\b)[^:\n.]){0,30}?"
    r"[ \t]*(?:[:=\u2013\u2014]|\s-\s|-$|\s-$|[ \t]*\|)[ \t]*(?P<value>[^\n]*?)(?:[ \t]*\|)?[ \t]*$"
)


@lru_cache(maxsize=256)
def _label_regex(label: str) -> re.Pattern[str]:
    return re.compile(_LABEL_VALUE.replace("LABEL", label), re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Labelled:
    """A label written for the topic and what follows it on its line."""

    span: Span
    """Label and value together, trimmed."""
    value: str
    value_span: Span


def sentence_spans(doc: Document) -> tuple[Span, ...]:
    return _sentences(doc.text)


@lru_cache(maxsize=64)
def _sentences(text: str) -> tuple[Span, ...]:
    out: list[Span] = []
    for s in spans.sentences(text, 0, len(text)):
        out.extend(_split_run_on(text, s))
    return tuple(out)


_PLACEHOLDER_VALUE = (
    r"(?:n/a|tbc|tba|-+|nil|none|unknown|not\s+known(?:\s+at\s+this\s+time)?|unknown\s+at\s+present"
    r"|see\s+(?:above|below|cad)|to\s+follow|pending|to\s+be\s+(?:confirmed|completed)\s+by\s+(?:the\s+)?\w+)"
    r"(?=\s+[A-Z])"
)
_PLACEHOLDER_HEADS = (
    re.compile(r"[^:\n]{1,40}:\s*" + _PLACEHOLDER_VALUE, re.IGNORECASE),
    re.compile(r"[A-Z][^:\n.]{0,30}:\s*[^:\n]{1,40}:\s*" + _PLACEHOLDER_VALUE, re.IGNORECASE),
)
"""A label (possibly after a form label) whose value is only a placeholder."""


def _split_run_on(text: str, s: Span) -> Iterator[Span]:
    """Split a run-on portal line after each label whose value is only a
    placeholder ("Last seen: nil H2H: N/A I ran PNC ...")."""
    start = s.start
    while start < s.end:
        head = next((m for r in _PLACEHOLDER_HEADS if (m := r.match(text, start, s.end))), None)
        end = head.end() if head is not None else s.end
        piece = spans.trim(text, start, end)
        if piece is not None:
            yield piece
        start = end


def labelled(doc: Document, label: str) -> Iterator[Labelled]:
    """Every "Label: value" (or "Label - value") whose label matches the regex
    source ``label``, at the start of a line or of a sentence; the value runs to
    the end of that line."""
    seen: set[int] = set()
    regex = _label_regex(label)
    starts = {0} | {m.end() for m in re.finditer(r"\n|(?<=[.;])[ \t]+(?=[A-Z])", doc.text)}
    starts |= {s.start for s in sentence_spans(doc)}
    starts |= {m.end() for m in _LEADING_LABEL.finditer(doc.text)}
    for start in sorted(starts):
        m = regex.match(doc.text, start, line_end(doc.text, start))
        if m is None or m.start() in seen:
            continue
        seen.add(m.start())
        whole = spans.trim(doc.text, m.start(), m.end())
        if whole is None:
            continue
        v_start, v_end = m.start("value"), m.end("value")
        value_span = spans.trim(doc.text, v_start, v_end) or Span(v_end, v_end)
        yield Labelled(whole, doc.text[value_span.start : value_span.end], value_span)


_LEADING_LABEL = re.compile(r"^[A-Z][A-Za-z /'()+&-]{0,30}:[ \t]*", re.MULTILINE)
"""A form label that another label may follow on its line ("Police actions: Search: N/A")."""


def line_end(text: str, start: int) -> int:
    """The end of the line holding ``start``."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def placeholder_value(value: str) -> bool:
    """Whether a labelled value is only a placeholder, also when the next
    sentence of a run-on portal line follows it ("N/A No CCTV ...")."""
    if is_placeholder(value):
        return True
    cut = r"(?<=[.;])\s+" if value.isupper() else r"(?<=[.;])\s+|\s+(?=[A-Z])"
    first = re.split(cut, value.strip(), maxsplit=1)[0]
    if first != value.strip() and is_placeholder(first):
        return True
    nested = _NESTED_LABEL.match(value)
    return nested is not None and placeholder_value(value[nested.end() :])


_NESTED_LABEL = re.compile(r"^\s*[A-Z][A-Za-z /'+&()]{0,30}?(?::|\s-(?=\s))\s*")
"""A label repeated inside a value, as portals do: "Next of kin: NOK: nil"."""


def first_placeholder(doc: Document, label: str) -> Labelled | None:
    """The first label for the topic whose value is only a placeholder, inline
    ("H2H: TBC") or on the line below a heading ("Section F - Risk\nN/A")."""
    for item in labelled(doc, label):
        if placeholder_value(item.value) or placeholder_value(_with_wrapped_line(doc, item)):
            return item
    for span in headings(doc, label):
        body = heading_body(doc, span)
        if body and is_placeholder(body):
            return Labelled(span, body, span)
    return None


def _with_wrapped_line(doc: Document, item: Labelled) -> str:
    """The value and, when it wraps onto the next line (lower case), that line too."""
    end = item.value_span.end
    if end >= len(doc.text) or doc.text[end] != "\n":
        return item.value
    nxt = spans.line_at(doc.text, end + 1)
    if nxt is None or not doc.text[nxt.start].islower():
        return item.value
    return item.value + " " + doc.text[nxt.start : nxt.end]


def empty_labels(doc: Document, label: str) -> Iterator[Labelled]:
    """Labels or headings for the topic with nothing after them on their line,
    whose next line is blank, another label or the end."""
    for item in labelled(doc, label):
        if not item.value.strip() and not _list_follows(doc, item.span.end):
            yield item
    for span in headings(doc, label):
        if not heading_body(doc, span):
            yield Labelled(span, "", Span(span.end, span.end))


_LIST_LINE = re.compile(r"[ \t]*(?:[-*\u2022|]|\d{1,2}[.)])[ \t]*\w")


def _list_follows(doc: Document, end: int) -> bool:
    """Whether the line after ``end`` is a bullet, dash, numbered or table row
    that holds the label's value ("Outstanding:" then "- tox awaited")."""
    nl = doc.text.find("\n", end)
    return nl >= 0 and _LIST_LINE.match(doc.text, nl + 1) is not None


_RULE_ROW = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}[-:| \t]*$", re.MULTILINE)
"""A table's rule row: "|---|---|"."""


def _is_header_row(line: str) -> bool:
    """A table's column names ("| Item | Where | Result |"): cells of one or two
    words, no figures, each capitalised."""
    if "|" not in line:
        return False
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    return len(cells) >= 2 and all(
        c and len(c.split()) <= 2 and not re.search(r"\d", c) and c[0].isupper() for c in cells
    )


def list_blocks(doc: Document, label: str) -> Iterator[str]:
    """A label or heading for the topic with nothing after it on its line,
    joined to the bullet, dash, numbered or table lines below it
    ("Outstanding:" / "- tox awaited" / "- CCTV to view"), as one sentence."""
    ends = [item.span.end for item in labelled(doc, label) if not item.value.strip()]
    ends += [span.end for span in headings(doc, label)]
    for end in ends:
        lines: list[str] = []
        pos = doc.text.find("\n", end)
        while pos >= 0 and (_LIST_LINE.match(doc.text, pos + 1) or _RULE_ROW.match(doc.text, pos + 1)):
            nxt = doc.text.find("\n", pos + 1)
            line = doc.text[pos + 1 : nxt if nxt >= 0 else len(doc.text)]
            pos = nxt
            if _RULE_ROW.match(line) or (not lines and _is_header_row(line)):
                continue
            lines.append(re.sub(r"^[\s\-*\u2022|]+|[\s|]+$", "", line).replace("|", ":", 1).replace("|", ","))
        if lines:
            start = doc.text.rfind("\n", 0, end) + 1
            yield doc.text[start:end].strip().rstrip(":") + ": " + "; ".join(lines) + "."


_QA_LINE = re.compile(
    r"^[ \t]*Q\s*[:.)][ \t]*(?P<q>[^\n]*?)[ \t]+A\s*[:.)][ \t]*(?P<a>[^\n]*)$", re.MULTILINE
)


def qa_blocks(doc: Document) -> Iterator[str]:
    """Runs of consecutive question-and-answer lines ("Q: Who last saw him? A:
    Carer, 2030 ...") as one passage, so that a step answered across several
    questions is read as a whole."""
    run: list[str] = []
    last_end = -2
    for m in _QA_LINE.finditer(doc.text):
        if run and doc.text[last_end : m.start()].strip():
            yield " ".join(run)
            run = []
        answer = m.group("a").strip()
        run.append(m.group("q").strip() + " " + answer + ("" if answer.endswith((".", "!", "?")) else "."))
        last_end = m.end()
    if run:
        yield " ".join(run)


_FORM_PART = r"(?:(?:section|part|box|sect?\.?)\s+\w{1,3}\s*[-.:)\u2013]?\s*)?"
"""A form's part number before a heading: "Section C - ", "PART 6 - "."""


def headings(doc: Document, label: str) -> Iterator[Span]:
    """Lines that hold only a heading for the topic ("4. Search record",
    "Section C - Category of death", "PART 6 - STATEMENTS")."""
    regex = re.compile(
        rf"^[ \t]*{_FORM_PART}(?:\d+[.)]?\s*)?(?:{label})[^\n:]{{0,30}}$", re.IGNORECASE | re.MULTILINE
    )
    for m in regex.finditer(doc.text):
        span = spans.trim(doc.text, m.start(), m.end())
        if span is not None and len(span) <= 45:
            yield span


def heading_body(doc: Document, heading: Span) -> str:
    """The text after a heading line up to the next heading-like line."""
    end = doc.text.find("\n", heading.end)
    if end < 0:
        return ""
    body: list[str] = []
    for line in doc.text[end + 1 :].split("\n"):
        stripped = line.strip()
        if not stripped:
            if body:
                break
            continue
        if (
            _looks_like_heading(stripped) and not (not body and is_placeholder(stripped))
        ) or _PAGE_FURNITURE.match(stripped):
            break
        body.append(stripped)
    return " ".join(body)


_PAGE_FURNITURE = re.compile(r"^(?:page\s+\d+|official|signed|report\s+submitted)", re.IGNORECASE)


def _looks_like_heading(line: str) -> bool:
    return (
        len(line) <= 45
        and not line.endswith((".", ","))
        and ":" not in line
        and not line.startswith(("[", "|", "-", "*", "\u2022"))
    )


def anchor(doc: Document, section_names: tuple[str, ...] = ()) -> Span:
    """Where a missing item belongs: the heading of the first named section the
    document has, else the document's title line."""
    for name in section_names:
        section = doc.section(name)
        if section is not None and len(section.heading_span):
            line = spans.line_at(doc.text, section.heading_span.start)
            if line is not None:
                return line
    return spans.first_line(doc.text) or spans.whole(doc.text)
