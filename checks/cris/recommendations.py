"""Responses to recommendations (HAT advice, a pathologist's recommendations):
split a response into one item per recommendation and judge whether each is
done, or not followed with a reason. Shared by CR015 and CR016.
"""

from __future__ import annotations

import re

from auditor.document import Span
from checks.cris.passages import Statement
from checks.cris.reasons import NOT_DONE, Reason, judge_reason, reason_after

_ITEM = re.compile(
    r"\b(?:hat\s+)?rec(?:ommendation)?\.?\s*(?:no\.?\s*)?(\d{1,2})\b|\((\d{1,2})\)", re.IGNORECASE
)


def response_items(responses: list[Statement]) -> list[tuple[Span, Reason | None]]:
    """The latest response to each recommendation, with the span of its own
    words: ``None`` when it was done, else how well the record explains not
    following it. Items are keyed by their number ("rec 2", "(2)") so that a
    later answer replaces an earlier one."""
    latest: dict[str, tuple[Span, Reason | None]] = {}
    unnumbered = 0
    for st in responses:
        marks = list(_ITEM.finditer(st.text))
        cuts = [m.start() for m in marks] or [0]
        cuts.append(len(st.text))
        for i, m in enumerate(marks or [None]):
            part = st.text[cuts[i] : cuts[i + 1]]
            if m is not None:
                key = m.group(1) or m.group(2)
            else:
                unnumbered += 1
                key = f"u{unnumbered}"
            latest[key] = (_part_span(st, cuts[i], cuts[i + 1]), _judge(part))
    return list(latest.values())


def _part_span(st: Statement, start: int, end: int) -> Span:
    text = st.text
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE.replace(".", "").replace(")", ""):
        end -= 1
    if end <= start:
        return st.span
    return Span(st.span.start + start, st.span.start + end)


_EDGE = " \t\n;,."


def _judge(part: str) -> Reason | None:
    m = NOT_DONE.search(part)
    if m is None:
        return None
    return judge_reason(reason_after(part, m.end()))
