"""A check for one investigative step that a death report must record: house
to house, time of death, access, search, intelligence checks, risk.

Each step is judged the same way: a sentence that records the step with
substance satisfies it; otherwise a label holding only a placeholder ("H2H:
TBC") makes it *unclear*; otherwise a sentence that mentions the step without
substance (or "not done" with no reason), an empty heading, or nothing at all
makes it *absent*. Subclasses say what the step's labels are and what a
satisfying sentence looks like.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from auditor.document import Document, Span
from auditor.findings import Finding
from checks.base import Check, Context
from checks.death_report import reading

_FUTURE = re.compile(
    r"\b(?:to\s+be\s+(?:done|conducted|completed|carried\s+out|made|arranged|undertaken|searched|checked)"
    r"|will\s+be\s+(?:done|conducted|completed|carried\s+out|made|undertaken|searched|checked)"
    r"|(?:is|are)\s+planned|tomorrow|later\s+today|by\s+(?:the\s+)?(?:next|day|late|early|night)\s+(?:shift|turn)"
    r"|not\s+yet\s+(?:done|conducted|completed|carried\s+out|searched|checked))\b",
    re.IGNORECASE,
)
"""A step recorded as still to come: "H2H to be done by lates", "search tomorrow"."""


def _without_clause(text: str, at: int) -> str:
    """The sentence without the clause (between commas or semicolons) holding
    ``at``: "H2H at 12 and 16, nothing heard; revisit 14 tomorrow" keeps what was done."""
    start = max(text.rfind(";", 0, at), text.rfind(",", 0, at)) + 1
    ends = [i for i in (text.find(";", at), text.find(",", at)) if i >= 0]
    end = min(ends) if ends else len(text)
    return text[:start] + text[end:]


class TopicCheck(Check):
    abstract = True

    label: ClassVar[str]
    """Regex source of the labels and headings the step is written under."""
    mention: ClassVar[re.Pattern[str]]
    """Wording that puts a sentence on the step at all."""
    sections: ClassVar[tuple[str, ...]] = ()
    """Sections where the step belongs, to point at when it is missing."""
    item: ClassVar[str]
    thin: ClassVar[str] = "the mention lacks substance"
    """Why an on-topic sentence that does not satisfy the step falls short."""
    future_is_pending: ClassVar[bool] = True
    """Whether a sentence saying the step is still to be done makes it *unclear*."""
    window: ClassVar[int] = 0
    """How many following sentences may complete an on-topic sentence."""
    """What is missing, for messages: "house-to-house enquiries"."""

    def satisfies(self, sentence: str, doc: Document) -> bool:
        """Whether this sentence records the step with substance."""
        raise NotImplementedError

    def pending(self, sentences: list[str]) -> bool:
        """Whether an on-topic sentence (and the one after it) records the step
        as begun but still to be completed."""
        return False

    def weak_reason(self, sentence: str) -> str | None:
        """Why a sentence on the step does not satisfy it, if it says so."""
        return None

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        on_topic: list[Span] = []
        planned: Span | None = None
        sentences = reading.sentence_spans(doc)
        for i, s in enumerate(sentences):
            text = doc.text[s.start : s.end]
            on = self.mention.search(text) is not None
            if on and self.future_is_pending and (future := _FUTURE.search(text)):
                if self.satisfies(_without_clause(text, future.start()), doc):
                    return
                planned = planned or s
                continue
            if self.satisfies(text, doc):
                return
            if on:
                on_topic.append(s)
                for extra in range(1, self.window + 1):
                    last = sentences[min(i + extra, len(sentences) - 1)]
                    if self.satisfies(doc.text[s.start : last.end], doc):
                        return
                following = [doc.text[x.start : x.end] for x in sentences[i + 1 : i + 2]]
                if self.pending([text, *following]):
                    planned = planned or s
        blocks = [*reading.list_blocks(doc, self.label), *reading.qa_blocks(doc)]
        if any(self.satisfies(block, doc) for block in blocks):
            return
        placeholder = reading.first_placeholder(doc, self.label)
        if placeholder is not None:
            yield self.unclear(doc, placeholder.span, f"No {self.item} recorded: the entry is a placeholder")
            return
        if planned is not None:
            yield self.unclear(doc, planned, f"No {self.item} recorded yet: the step is only planned")
            return
        for s in on_topic:
            reason = self.weak_reason(doc.text[s.start : s.end])
            if reason is not None:
                yield self.finding(doc, s, f"{self.item[0].upper()}{self.item[1:]} {reason}")
                return
        empty = next(reading.empty_labels(doc, self.label), None)
        if empty is not None:
            yield self.finding(doc, empty.span, f"No {self.item} recorded: the heading is empty")
            return
        if on_topic:
            yield self.finding(doc, on_topic[0], f"No {self.item} recorded: {self.thin}")
            return
        yield self.finding(doc, reading.anchor(doc, self.sections), f"No {self.item} recorded")
