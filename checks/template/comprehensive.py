"""TPL004: an update or review that records only an acknowledgement, with no detail or rationale."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Entry, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.template.forms import Gap, find_gaps, is_heading
from checks.template.prompts import SIGN_OFF, is_furniture, label_spans
from checks.vocabulary import DATE, TIME

ACKNOWLEDGEMENT = re.compile(
    r"(?:noted|seen|read|reviewed|re-?viewed|content(?:ed)?|agreed?|ok(?:ay)?|continue[ds]?|filed|nfa|n\.f\.a"
    r"|no\s+further\s+action|nil\s+susp\w*|not\s+susp\w*|update\s+to\s+follow|ongoing|on-?going|as\s+above"
    r"|no\s+change|nothing\s+(?:further|to\s+add)|checked|fine|all\s+in\s+order|in\s+order|satisfied"
    r"|closed|completed?|progressing|no\s+issues?|no\s+(?:new\s+)?actions?|happy|acknowledged|ack"
    r"|all\s+(?:appropriate|relevant|necessary)\s+actions\s+(?:taken|complete[d]?)"
    r"|(?:happy|content|satisfied)\s+with\s+(?:the\s+)?(?:investigation|progress|report|actions)"
    r"|investigation\s+(?:progressing|ongoing|reviewed|noted)|yes|no|approved|(?:report\s+)?closed"
    r"|(?:[a-z]+\s+){1,2}(?:noted|seen|read|reviewed|filed)|(?:no|nil|not)\s+susp\w*(?:\s+circ\w*)?"
    r"|non[-\s]?susp\w*|all\s+(?:appropriate|relevant|necessary)\s+actions\s+(?:taken|complete[d]?|done)"
    r"|happy|(?:happy|content|satisfied)\s+with\s+(?:all\s+)?(?:the\s+)?(?:actions?|investigation|report|progress)"
    r"(?:\s+(?:taken|so\s+far|to\s+date))?"
    r"|(?:i\s+have\s+)?(?:reviewed|read|seen|checked)\s+(?:the\s+|this\s+)?(?:investigation|report|cris|file"
    r"|entries|record)(?:\s+so\s+far)?"
    r"|i\s+am\s+(?:content|satisfied|happy)(?:\s+with\s+(?:the\s+|this\s+)?(?:investigation|progress|report"
    r"|actions))?)",
    re.IGNORECASE,
)
"""One acknowledgement: "noted", "seen", "continue", "filed", "NFA", "no new actions"."""

_SEPARATOR = re.compile(r"[.;,\n]|\band\b", re.IGNORECASE)

_RANK = r"(?:A/|T/|Acting\s+)?(?:PS|Sgt|DS|DI|DCI|DSU|Supt|Insp|Inspector|SIO|Ch\s*Insp)"
_SUPERVISORY = re.compile(
    rf"\b(?:supervis\w*|review\w*|comments?|sign(?:ed)?[- ]?off|countersign\w*|duty\s+(?:officer|inspector)"
    rf"|approv\w*)\b|(?<![\w/]){_RANK}\b",
    re.IGNORECASE,
)
"""A line, label or heading that belongs to a supervisor: "Supervisor:", "SIO review", "PS 45LX"."""
_LABEL_PREFIX = re.compile(r"^[ \t]*[A-Za-z][A-Za-z /()+'&-]{0,40}?:[ \t]*")
_CELL = re.compile(r"\s*\|\s*")
_COLLAR = re.compile(r"\b(?:\d{1,5}[A-Z]{2}|[A-Z]{2}\d{1,5})\b")
_SIGNATURE = re.compile(rf"^(?:(?:signed|sign)\s+)?{_RANK}\b|^(?-i:[A-Z][a-z]+|[A-Z]{{2,}})$", re.IGNORECASE)
_ENTRY_LINE = re.compile(
    r"^[ \t]*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:[ \t|]+\d{1,2}[:.]?\d{2}\b)?[ \t|-]*(?P<body>[^\n]*)$"
)
"""A dated log line and the rest of it."""
_AUTHOR_PREFIX = re.compile(
    r"^\s*(?:A/|T/)?(?:PC|DC|PS|DS|DI|DCI|Sgt|Insp|SIO)\s*\d*\s+[A-Z][A-Za-z'-]+(?:\s+[A-Z][A-Za-z'-]+)?\s*[:-]\s*"
)
"""The author left at the start of an entry's text: "PS 2210 MOSS: "."""
_SHORT_WORDS = 10
_MIN_ENTRIES = 5
_SHORT_SHARE = 0.4
_MIN_SHORT = 3
_JOINERS = re.compile(r"^\s*(?:and|&|\+|-|–)\s*|\s*(?:and|&|-|–)\s*$", re.IGNORECASE)


class UpdateNotComprehensive(Check):
    """An update or supervisory review records only an acknowledgement, no detail or rationale.

    Rule-based first version: flags each DETS entry (an update, a review, a
    closing entry) whose whole text, once template prompts, the sign-off
    and page furniture are set aside, is made only of acknowledgements:
    "Noted.", "Seen. Continue.", "Reviewed - content", "Filed - nil susp.",
    "NFA", "No new actions", "all appropriate actions taken". Any fact, decision,
    reason or outstanding action in the entry is enough to pass: whether the
    rationale is *good enough* is not judged here (SUP-CHALLENGE judges the
    supervisor's challenge).

    Death reports and FLO logs are read line by line, since their updates
    are form fields, table cells and timed lines rather than DETS entries: a
    supervisor's line ("Supervisor: Seen. PS 62KD Marsh", "16/06/25 | SIO
    review | Seen.", a line under a dated header naming a PS, DI or SIO, or
    under a "Supervision" heading) made only of acknowledgements once the
    date, label and sign-off are set aside; a supervisory comment field left
    empty or as a placeholder; and a log whose dated updates are mostly
    one-liners (at least five updates, three or more and at least 40% of
    them ten words or fewer, counting the lines under a header).

    ## Why it matters

    An update that says only "noted" shows no decision and no reason, so a
    reader cannot tell what was considered or why an action was not done.

    ## Example

    ```text
    11/08/2021 15:52 A/DS 660575 BAKER: Investigation reviewed: Noted. Continue.
    19/11/2021 19:47 A/DS 660575 BAKER: Filed - nil susp.
    ```

    ## Use instead

    ```text
    19/11/2021 19:47 A/DS 660575 BAKER: Closing: PM gives 1a pulmonary embolism,
    tox clear, no third party involvement - filed as non-suspicious. GP records
    outstanding were not needed because the cause of death is confirmed.
    ```

    ## Source

    002_cd5c91525f8f2821.txt: "the importance of providing detailed updates, showing decision
    making rationale (including when actions are not completed)."
    """

    code = "TPL004"
    requirement = "TPL-COMPREHENSIVE"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.CRIS_RECORD, DocKind.DEATH_REPORT, DocKind.FLO_LOG})
    suggestion = "Updates that state what was done, what was decided, why, and what is outstanding."

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.kind is not DocKind.CRIS_RECORD:
            yield from self._form(doc)
            return
        labels = label_spans(doc.text)
        for entry in doc.entries:
            span = _body(doc, entry)
            if span is not None and _only_acknowledgement(doc, span, labels):
                yield self.finding(
                    doc,
                    _with_header(doc, entry, span),
                    "Update records only an acknowledgement: no detail, decision or rationale",
                )

    def _form(self, doc: Document) -> Iterator[Finding]:
        """Death reports and FLO logs: supervisory lines made only of
        acknowledgements, supervisory fields left empty, and logs whose updates
        are mostly one-liners."""
        text = doc.text
        for start, end in _supervisory_lines(text):
            if _acknowledgement_line(text[start:end]):
                span = spans.trim(text, start, end)
                if span is not None:
                    yield self.finding(
                        doc, span, "Supervisory entry records only an acknowledgement: no detail or rationale"
                    )
        for gap in find_gaps(text):
            if (
                gap.gap is not Gap.BARE_NA
                and _SUPERVISORY.search(gap.label)
                and _FREE_LABEL.search(gap.label)
            ):
                yield self.finding(
                    doc,
                    gap.span,
                    "Supervisory comment left empty or as a placeholder: no review or rationale",
                )
        short = _short_updates(text)
        if short:
            yield self.finding(
                doc,
                short[0],
                f"{len(short)} updates are one-liners: no decision, reason or outstanding action",
            )


_FREE_LABEL = re.compile(r"\b(?:comments?|review|remarks|rationale|supervisor)\s*$", re.IGNORECASE)


def _supervisory_lines(text: str) -> Iterator[tuple[int, int]]:
    """Lines written by a supervisor: with a supervisory label or rank, under a
    supervision heading (until a blank line), or under a dated header naming one."""
    pos = 0
    block = False
    previous = ""
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            block = False
            previous = ""
            continue
        label = _LABEL_PREFIX.match(line)
        if is_heading(line) or (label is not None and not line[label.end() :].strip()):
            block = bool(_SUPERVISORY.search(line))
            previous = line
            continue
        header = bool(_ENTRY_LINE.match(previous) and _SUPERVISORY.search(previous))
        if block or header or _SUPERVISORY.search(line):
            yield start, end
        previous = line


def _acknowledgement_line(line: str) -> bool:
    """The line, once dates, cells, labels, quotes and the sign-off are set aside,
    is made only of acknowledgements ("Seen.", "Reviewed. Happy with actions.")."""
    cells = [c for c in _CELL.split(line) if c.strip()]
    kept: list[str] = []
    for cell in cells:
        body = _LABEL_PREFIX.sub("", cell, count=1) if _LABEL_PREFIX.match(cell) else cell
        body = body.strip().strip("\"'")
        if not body or (
            _SUPERVISORY.search(body)
            and not SIGN_OFF.search(body)
            and len(body.split()) <= 3
            and not ACKNOWLEDGEMENT.fullmatch(body)
        ):
            continue  # a cell label such as "SIO review"
        kept.append(body)
    pieces = [_JOINERS.sub("", p).strip().strip("\"'") for p in _SEPARATOR.split(" . ".join(kept))]
    pieces = [p for p in pieces if p and (ACKNOWLEDGEMENT.fullmatch(p) or not _signature(p))]
    return bool(pieces) and all(ACKNOWLEDGEMENT.fullmatch(p) for p in pieces)


def _signature(piece: str) -> bool:
    """A sign-off piece: a rank and name, a collar number, a date or a time."""
    return bool(DATE.search(piece) or TIME.search(piece) or _COLLAR.search(piece) or _SIGNATURE.match(piece))


def _short_updates(text: str) -> list[Span]:
    """The one-line dated updates of a log, when they make up a large share of it."""
    bodies: list[tuple[Span, int]] = []
    lines = text.split("\n")
    pos = 0
    for n, line in enumerate(lines):
        m = _ENTRY_LINE.match(line)
        if m is not None and m.group("body").strip():
            words = len(m.group("body").split())
            for below in lines[n + 1 :]:
                if not below.strip() or _ENTRY_LINE.match(below):
                    break
                words += len(below.split())  # the entry's text under its header line
            span = spans.trim(text, pos, pos + len(line))
            if span is not None:
                bodies.append((span, words))
        pos += len(line) + 1
    short = [span for span, words in bodies if words <= _SHORT_WORDS]
    if len(bodies) >= _MIN_ENTRIES and len(short) >= _MIN_SHORT and len(short) / len(bodies) >= _SHORT_SHARE:
        return short
    return []


def _body(doc: Document, entry: Entry) -> Span | None:
    """The entry's text without trailing page furniture and blank lines."""
    end = entry.span.end
    start = entry.span.start
    lines = doc.text[start:end].split("\n")
    while lines and (not lines[-1].strip() or is_furniture(lines[-1])):
        lines.pop()
    return spans.trim(doc.text, start, start + len("\n".join(lines)))


def _with_header(doc: Document, entry: Entry, body: Span) -> Span:
    header = entry.header_span
    start = min(body.start, header.start) if header is not None else body.start
    return spans.trim(doc.text, start, body.end) or body


def _only_acknowledgement(doc: Document, span: Span, labels: list[Span]) -> bool:
    text = doc.text[span.start : span.end]
    for label in sorted(labels, key=lambda s: -s.start):
        if span.start <= label.start and label.end <= span.end:
            a, b = label.start - span.start, label.end - span.start
            text = text[:a] + "." + text[b:]
    text = _AUTHOR_PREFIX.sub("", text, count=1)
    m = SIGN_OFF.search(text)
    if m is not None:
        text = text[: m.start()]
    pieces = [_JOINERS.sub("", p).strip() for p in _SEPARATOR.split(text)]
    pieces = [p for p in pieces if p]
    return bool(pieces) and all(ACKNOWLEDGEMENT.fullmatch(p) for p in pieces)
