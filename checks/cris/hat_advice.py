"""CR015: HAT advice not documented, or not acted on or explained."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.cris.passages import Statement, is_review, label_value, statements
from checks.cris.reasons import NOT_DONE, Reason
from checks.cris.recommendations import response_items
from checks.vocabulary import is_non_answer

_HAT = re.compile(
    r"\bHAT\b|\b[Hh]\.[Aa]\.[Tt]\b|\b(?i:homicide\s+assessment\s+team)\b|\b[Hh]at\s+(?:DS|DI|team)\b"
)
"""The Homicide Assessment Team: the acronym in capitals, so that "a black hat" is not HAT."""
_NEGATIVE = re.compile(
    r"^\s*(?:y\s*/\s*n\b|no\b|not\s+(?:applicable|required|contacted|informed|needed)|n/?a\b|nil\b)", re.I
)
_PROMPT = re.compile(
    r"\bHAT\s+(?:contacted|informed|notified|attended|called|consulted)\s*[?:]\s*", re.IGNORECASE
)
_NEXT_PROMPT = re.compile(r"\b[A-Z][A-Za-z/ ]{2,40}(?:\([^)]{0,30}\))?\s*[?:]\s")
_ADVICE = re.compile(
    r"\b(?:advi[cs]e[ds]?|advising|recommend(?:s|ed|ations?)?|suggest(?:s|ed)?|directed)\b", re.I
)
_REFERENCE = re.compile(
    r"\b(?:see|per|in|on)\s+(?:the\s+)?hat\s+(?:report|log|form|email|advice\s+(?:form|sheet|email))\b"
    r"|\badvice\s+(?:on|in)\s+(?:file|the\s+hat\s+report)\b",
    re.IGNORECASE,
)
_NO_ACTION = re.compile(
    r"\b(?:no\s+further\s+(?:action|actions|enquiries|involvement)|nfa|no\s+(?:hat\s+)?(?:involvement|concerns|actions?)"
    r"|happy\s+with|content\s+with|agree[ds]?\s+(?:with\s+)?(?:the\s+)?(?:non[\s-]suspicious|categor))",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _HatRecord:
    involved: Span | None
    advice: Statement | None
    reference: Statement | None
    responses: list[Statement]


class HatAdviceNotRecorded(Check):
    """HAT advice not documented on the CRIS, or its recommendations neither acted on nor explained.

    Applies when the Homicide Assessment Team was involved: contacted, told,
    attended or advised (a template answer "HAT contacted? No" or "Not
    applicable" is not involvement). The advice must be on the record, and
    each recommendation answered: done with its result, or not followed
    *because* of something specific to the case. HAT involvement with no
    advice recorded ("HAT aware", "Spoke to HAT"), advice with no response,
    and a recommendation not actioned with no reason or a generic one are
    *absent*; a pointer to the HAT report instead of the advice is *unclear*.

    ## Why it matters

    Before the 2022 policy there was no process to make sure boroughs acted
    on HAT advice; in the Port deaths, specialist advice and warning signs
    were not followed through.

    ## Example

    ```text
    21/03/2023 02:40 PS 1357CD BROWN: HAT aware - DS 24680 GREY.
    ```

    ## Use instead

    ```text
    21/03/2023 02:40 PS 1357CD BROWN: Spoke to HAT DS 24680 GREY, who advised
    (1) seize the deceased's phone; (2) trace the last person to see her.
    21/03/2023 09:15 DC 9753 FIELD: HAT rec 1: done - phone seized, MP/123/23.
    HAT rec 2 not followed because the witness was traced and gave a first account
    at the scene.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "any HAT advice is to be documented on the CRIS and
    that any action taken by BCUs in response to that advice should be documented
    too."
    """

    code = "CR015"
    requirement = "CR-HAT"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.CRIS_RECORD})
    suggestion = (
        "The HAT advice (or a reference to the HAT report) and, for each recommendation, "
        "'done' with the result or 'not done because ...'."
    )

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) and _read(doc).involved is not None

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        hat = _read(doc)
        if hat.involved is None:
            return
        items = response_items(hat.responses)
        unexplained = [(span, why) for span, why in items if why is not None and why is not Reason.SPECIFIC]
        if unexplained:
            span, reason = unexplained[0]
            why = "a generic reason" if reason is Reason.GENERIC else "no reason"
            yield self.finding(doc, span, f"HAT recommendation not acted on, with {why} recorded")
            return
        if items:
            return
        if hat.advice is not None:
            if _NO_ACTION.search(hat.advice.text):
                return
            yield self.finding(
                doc, hat.advice.span, "HAT advice recorded, but no action or reason recorded against it"
            )
            return
        if hat.reference is not None:
            yield self.unclear(
                doc, hat.reference.span, "HAT advice referred to elsewhere, not documented on the CRIS"
            )
            return
        yield self.finding(doc, hat.involved, "HAT involved, but its advice is not documented on the CRIS")


def _read(doc: Document) -> _HatRecord:
    involved: Span | None = None
    advice: Statement | None = None
    reference: Statement | None = None
    responses: list[Statement] = []
    every = statements(doc)
    for i, st in enumerate(every):
        if not _HAT.search(st.text) or is_review(doc, st):
            continue
        text = _drop_negative_prompts(st.text)
        if _HAT.search(text) is None:
            continue
        if NOT_DONE.search(text) and not _ADVICE.search(text) and _not_involved(text):
            continue
        if involved is None:
            involved = st.span
        qa = label_value(text)
        following = [n.text for n in every[i + 1 : i + 3] if st.entry and n.entry is st.entry]
        block = " ".join([text] + [t for t in following if not _REFERENCE.search(t)])
        if _REFERENCE.search(text) or (qa is not None and _ADVICE.search(qa[0]) and is_non_answer(qa[1])):
            reference = reference or st
        elif _is_response(text):
            responses.append(st)
        elif (_ADVICE.search(block) and _has_content(block)) or _NO_ACTION.search(text):
            advice = st
            if not _NUMBERED.search(block):
                responses += _follow_ups(every, i)
    return _HatRecord(involved, advice, reference, responses)


_DONE_WORDS = re.compile(
    r"\b(?:done|completed?|actioned|followed|complied|seized|obtained|secured|held|conducted|carried\s+out"
    r"|submitted|sent|booked|arranged|in\s+hand)\b",
    re.IGNORECASE,
)


_NUMBERED = re.compile(r"\(\d{1,2}\)|\brec(?:ommendation)?\.?\s*\d", re.IGNORECASE)
"""Numbered advice ("(1) ... (2) ..."): each item needs its own answer, so the lines that follow
without a number do not answer it."""


def _follow_ups(every: list[Statement], index: int) -> list[Statement]:
    """Statements after unnumbered advice, in the same entry and before the next HAT mention, that
    say what was done about it ("All done: scene held, phone seized", "- CCTV - NOT DONE AS ..."):
    the response need not repeat the word HAT."""
    st = every[index]
    found: list[Statement] = []
    for n in every[index + 1 : index + 8]:
        if st.entry is None or n.entry is not st.entry or _HAT.search(n.text):
            break
        if _DONE_WORDS.search(n.text) or NOT_DONE.search(n.text):
            found.append(n)
    return found


def _drop_negative_prompts(text: str) -> str:
    """Blank out template questions about HAT answered "No" or "Not applicable",
    wherever they sit in a statement ("... HAT contacted? No Family informed ...")."""
    out = text
    for m in _PROMPT.finditer(text):
        rest = text[m.end() :]
        nxt = _NEXT_PROMPT.search(rest)
        answer = rest[: nxt.start()] if nxt else rest
        if not answer.strip() or is_non_answer(answer) or _NEGATIVE.match(answer):
            end = m.end() + len(answer)
            out = out[: m.start()] + " " * (end - m.start()) + out[end:]
    return out


def _not_involved(text: str) -> bool:
    """ "HAT not contacted because ...": a decision not to involve HAT."""
    return bool(
        re.search(r"\bhat\b[^.]{0,20}\bnot\s+(?:contacted|informed|called|required|needed)", text, re.I)
    )


def _is_response(text: str) -> bool:
    return bool(
        re.search(r"\b(?:rec(?:ommendation)?s?|advice|action(?:ed)?)\b", text, re.IGNORECASE)
        and re.search(
            r"\b(?:done|completed?|actioned|followed|complied|declined|not\s+(?:actioned|followed|done|completed)"
            r"|carried\s+out|in\s+hand|requested|seized|obtained|submitted)\b",
            text,
            re.IGNORECASE,
        )
        and not re.search(r"\badvi(?:sed|ce)\s*[:(]|\bwho\s+advised\b|\badvice\s*:", text, re.IGNORECASE)
    )


def _has_content(text: str) -> bool:
    """Advice that says something: a list, or words after "advised"."""
    m = _ADVICE.search(text)
    if m is None:
        return False
    tail = text[m.end() :]
    words = re.findall(r"[A-Za-z]{3,}", tail)
    return len(words) >= 3
