"""Reading the action plan of a CRIS record: numbered actions with owner and
status, bare lists of actions, placeholders, and action updates."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from auditor.document import Document, Span
from checks import spans
from checks.cris.record import entry_bodies, rejoined
from checks.cris.victim_contact import is_review
from checks.vocabulary import is_non_answer

ITEM = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=[(;:.,]))(?:a(?=\d)|act(?:ion)?\s*(?:no\.?\s*)?|#)\s?(\d{1,2})(?=\s*[-:.)]|\s+\w)",
    re.IGNORECASE,
)
"""An action's number: "A1", "Action 1", "Act 3", "#2". Bare "(1)" lists are left out:
supervisors' reviews number their gaps that way."""

OWNER = re.compile(
    r"\b(?:owner|owned\s+by|given\s+to|allocated\s+to|assigned\s+to|tasked\s+to|actioned\s+by|oic)\b"
    r"|\b(?:a/)?(?:pc|dc|ps|ds|di|dci|sgt|tdc|pcso|insp)\s+(?:\d{2,7}[a-z]{0,3}\b|[a-z][\w'-]+)",
    re.IGNORECASE,
)

STATUS = re.compile(
    r"\b(?:status|complete[d]?|outstanding|ongoing|in\s+progress|open|closed|done|pending|awaited|allocated"
    r"|not\s+started|finished|cancelled|filed|nfa|rfi|result\s+awaited|to\s+do|still\s+to\s+do"
    r"|(?:due|deadline|target\s+date|by)\s*(?:date\s*)?(?:by\s+|on\s+|[:-]\s*)?\d{1,2}[/.-]\d{1,2})\b",
    re.IGNORECASE,
)

NUMBERED = re.compile(r"(?:(?<=\s)|^)\(?(\d{1,2})[.)](?=\s)")
"""A plain numbered item, read only after an action-plan label: "Action plan - 1. H2H (PC SMITH) complete"."""

UPDATE = re.compile(r"^\W*(?:a|act(?:ion)?\s*)\s?\d{1,2}\s*(?:update|result|outcome)\b", re.IGNORECASE)
"""An entry that reports an action's result: "A3 update - complete: ..."."""

LABEL = re.compile(
    r"(?:^|(?<=[.;]\s))\s*(?:(?:investigation\s+)?action\s*plan|actions?(?:\s+(?:raised|list|log|taken))?"
    r"|actions?\s+set|lines\s+of\s+enquiry)"
    r"(?:\s+(?:from|by|for)\s+(?:the\s+)?(?:[A-Z][\w/'-]*\.?\s*){1,5}?)?\s*(?:\([^)]*\))?\s*(?:[:=]|\s-\s)\s*",
    re.IGNORECASE,
)
"""A heading or label for the action plan: "Actions:", "Action plan -", "Actions raised:", "Action from
Chief Inspector Tolland:"."""

HEADING = re.compile(
    r"^\W*(?:investigation\s+)?(?:action\s*plan|actions?(?:\s+(?:raised|list|log))?|lines\s+of\s+enquiry)\W*$",
    re.IGNORECASE,
)
"""A heading line over an action list: the lines under it are the actions."""

POINTER = re.compile(
    r"^\s*see\s+(?:the\s+)?(?:action\s+log|actions?|above|below|dets|attached|cad|eab)\b", re.I
)


@dataclass(frozen=True, slots=True)
class ActionNote:
    kind: str  # "structured", "update", "bare" or "placeholder"
    span: Span


def action_notes(doc: Document) -> Iterator[ActionNote]:
    """What each part of the record (entry bodies and the text between them) says about actions."""
    taken: list[Span] = []
    for entry, body in entry_bodies(doc):
        taken.append(spans.entry_span(doc, entry))
        taken.append(body)
        if is_review(doc, entry):
            continue
        yield from _notes(doc.text, body)
    for start, end in spans.gaps(len(doc.text), taken):
        text = rejoined(doc.text, start, end)
        under_heading = False
        for line in re.finditer(r"[^\n]*(?:\n|$)", text[start:end]):
            span = spans.trim(text, start + line.start(), start + line.end())
            if span is None:
                under_heading = False
                continue
            words = text[span.start : span.end]
            if HEADING.match(words):
                under_heading = True
                continue
            if under_heading and _has_owner_and_status(words):
                yield ActionNote("structured", span)
            elif not _in_review(words):
                yield from _notes(text, span)


def _notes(text: str, span: Span) -> Iterator[ActionNote]:
    words = text[span.start : span.end]
    if UPDATE.match(words):
        yield ActionNote("update", span)
        return
    items = list(ITEM.finditer(words))
    if any(_has_owner_and_status(item) for item in _item_texts(words, items)):
        yield ActionNote("structured", span)
        return
    for label in LABEL.finditer(words):
        if re.search(r"\bset\b", words[label.start() : label.end()], re.IGNORECASE):
            continue
        value = words[label.end() :]
        numbered = list(NUMBERED.finditer(value))
        if any(_has_owner_and_status(t) for t in _item_texts(value, numbered)):
            yield ActionNote("structured", span)
            return
        value = re.split(r"(?<=[a-z)][.!?])\s", value, maxsplit=1)[0] if not (items or numbered) else value
        if _has_owner_and_status(value):
            yield ActionNote("structured", span)
            return
        stripped = value.strip().rstrip(".")
        if is_non_answer(stripped) or POINTER.match(stripped):
            yield ActionNote("placeholder", _sub(text, span, label.start(), label.end() + len(value)))
        elif stripped and not _none_needed(stripped):
            yield ActionNote("bare", _sub(text, span, label.start(), label.end() + len(value)))


def _item_texts(words: str, items: list[re.Match[str]]) -> Iterator[str]:
    for i, item in enumerate(items):
        end = items[i + 1].start() if i + 1 < len(items) else len(words)
        yield words[item.start() : end]


def _has_owner_and_status(item: str) -> bool:
    return bool(OWNER.search(item)) and bool(STATUS.search(item))


def _none_needed(value: str) -> bool:
    return bool(
        re.match(r"(?:no\s+(?:new\s+|further\s+)?actions?|none\s+required|nil\s+further)\b", value, re.I)
    )


def _in_review(line: str) -> bool:
    return bool(re.match(r"\s*(?:supervis\w*|actions\s+set|investigation\s+reviewed)\b", line, re.IGNORECASE))


def _sub(text: str, span: Span, start: int, end: int) -> Span:
    return spans.trim(text, span.start + start, min(span.end, span.start + end)) or span


_SYNONYMS = (
    (re.compile(r"\bhouse[\s-]*to[\s-]*house\b|\bh-?2-?h\b", re.I), " h2h "),
    (re.compile(r"\b(?:s/s|mg\s?11|statements?|statment)\b", re.I), " statement "),
    (re.compile(r"\b(?:cctv|doorbell\s+camera|camera\s+footage)\b", re.I), " cctv "),
)
_STOP = frozenset(
    {
        "action",
        "actions",
        "from",
        "with",
        "further",
        "which",
        "please",
        "complete",
        "record",
        "missing",
        "that",
        "this",
        "have",
        "their",
        "there",
        "where",
        "about",
        "into",
        "also",
        "then",
        "what",
        "when",
        "will",
        "would",
        "should",
        "could",
        "must",
        "need",
        "needs",
        "nos",
        "outstanding",
        "done",
        "for",
        "the",
        "and",
        "any",
        "all",
        "obtain",
        "obtained",
        "check",
        "checks",
        "mrs",
        "miss",
    }
)
_OUTCOME = re.compile(
    r"\b(?:done|complete[d]?|taken|obtained|received|arrested|charged|seized|recovered|viewed|traced|seen"
    r"|spoken|visited|negative|nil|no\s+reply|no\s+trace|results?|outcome|outstanding|gave|shows?|showing"
    r"|exhibit(?:ed)?|booked|sent|submitted|confirmed|found|circulated|requested|conducted|carried\s+out"
    r"|checked|interviewed|downloaded|examined)\b",
    re.IGNORECASE,
)
"""A result or a status written for an action in a later entry."""


def _normalised(text: str) -> str:
    for pattern, word in _SYNONYMS:
        text = pattern.sub(word, text)
    return text


def _stems(item: str) -> set[str]:
    words = re.findall(r"[a-z0-9]{3,}", _normalised(item).lower())
    return {w[:6] for w in words if w not in _STOP and not w.isdigit()}


_SUPERVISOR = re.compile(r"(?:a/|t/|acting\s+)?(?:ps|ds|di|dci|dsu|sgt|sergeant|insp\w*|ci|supt)\b", re.I)


def followed_up(doc: Document, span: Span) -> bool:
    """Whether a supervisor's numbered tasking (no owners or statuses written) has the result or status of
    every action written later in the record: the sergeant sets "(1) ... (2) ... (3) ..." for the officer
    in the case, who owns them, and later entries record what came of each. An action plan in substance,
    though not in form. A bare list the officer writes for themselves is not read this way."""
    entry = next((e for e in doc.entries if e.span.start <= span.start < e.span.end), None)
    if entry is None or not _SUPERVISOR.match((entry.rank or "").strip()):
        return False
    listed = doc.text[span.start : span.end]
    label = LABEL.search(listed)
    body = listed[label.end() :] if label is not None else listed
    if len(NUMBERED.findall(body)) < 2:
        return False
    items = [t for t in re.split(r"\(\d{1,2}\)|\b\d{1,2}[.)]\s|;", body) if _stems(t)]
    if not items:
        return False
    later = [s for s in re.split(r"(?<=[.;!?])\s+|\n", doc.text[span.end :]) if _OUTCOME.search(s)]
    later_stems = [_stems(s) for s in later]
    return all(any(_stems(item) & stems for stems in later_stems) for item in items)
