"""CR005: an action marked complete with no result recorded anywhere on the record."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.cris.action_plan import ITEM
from checks.cris.record import entry_bodies
from checks.cris.victim_contact import CLAIMED, NOT_SPOKEN, SPOKE, UNSUCCESSFUL, is_review
from checks.vocabulary import is_non_answer

DONE = re.compile(
    r"\b(?:complete[d]?|done|closed|finished|achieved|actioned|obtained|filed)\b", re.IGNORECASE
)
RESULT_LABEL = re.compile(r"\b(?:outcome|result|update|findings?)\s*[:=-]\s*", re.IGNORECASE)
NOT_YET = re.compile(
    r"\b(?:outstanding|ongoing|in\s+progress|pending|awaited|not\s+(?:yet\s+)?(?:done|complete))\b", re.I
)
_WORD = re.compile(r"[A-Za-z]{2,}")
_STATUS_WORDS = frozenset(
    {
        "complete",
        "completed",
        "done",
        "closed",
        "finished",
        "status",
        "yes",
        "action",
        "actioned",
        "filed",
        "the",
    }
)


_CLAIM_NEGATED = re.compile(r"\b(?:not|no|nor|never|isn'?t|wasn'?t)\b[\w\s]{0,10}$", re.IGNORECASE)


def _contradicted(text: str) -> bool:
    """An entry that records a contact as made or complete while its own text shows no one was spoken to:
    a voicemail, a text, no answer ("no answer, voicemail left ... VCoP contact made")."""
    if SPOKE.search(text) or not (NOT_SPOKEN.search(text) or UNSUCCESSFUL.search(text)):
        return False
    return any(
        not _CLAIM_NEGATED.search(text[max(0, m.start() - 20) : m.start()]) for m in CLAIMED.finditer(text)
    )


@dataclass(frozen=True, slots=True)
class Claim:
    number: str
    span: Span
    result: str  # "given", "missing" or "placeholder"


def _claims(doc: Document) -> Iterator[Claim]:
    """Each numbered action said to be complete, with what follows as its result."""
    for entry, body in entry_bodies(doc):
        if is_review(doc, entry):
            continue
        words = doc.text[body.start : body.end]
        items = list(ITEM.finditer(words))
        for i, item in enumerate(items):
            end = items[i + 1].start() if i + 1 < len(items) else len(words)
            text = words[item.start() : end]
            done = DONE.search(text)
            if done is None or NOT_YET.search(text[: done.start()]):
                continue
            span = spans.trim(doc.text, body.start + item.start(), body.start + end) or body
            yield Claim(item.group(1), span, _result(text, done.end()))


def _result(text: str, after: int) -> str:
    label = RESULT_LABEL.search(text, after) or RESULT_LABEL.search(text)
    rest = text[label.end() :] if label is not None else text[after:]
    rest = rest.strip(" \t\n-:;,.()")
    if not rest:
        return "missing"
    first = re.split(r"[.;]\s", rest, maxsplit=1)[0]
    if is_non_answer(first) or re.match(r"see\s+(?:above|below|cad|attached)\b", first, re.I):
        return "placeholder"
    words = [w.lower() for w in _WORD.findall(rest)]
    return "given" if any(w not in _STATUS_WORDS for w in words) else "missing"


class CompletedActionNotEvidenced(Check):
    """Action marked complete with no result, document or exhibit recorded for it.

    An action marked complete must have evidence of completion in the record.
    Reads numbered actions ("A3", "Action 3") in the action plan and in action
    updates; flags an action marked complete when neither its entry nor any
    update for the same action number records what came of it (*absent*), or
    records only "TBC", "N/A" or "see above" (*unclear*). Also flags an entry
    that records a contact as made or complete while its own text shows only a
    voicemail, a text or no answer (*absent*): done in name, not in fact.

    ## Why it matters

    The MPS acknowledged the risk of "recording that an action has been
    completed when it hasn't". A completed action with no result cannot be
    checked by a supervisor, the coroner or a later investigator.

    ## Example

    ```text
    CRIS CRIME REPORT - DETS
    15/05/2023 09:00 DC 5521HT OWUSU: Actions raised: A1 house-to-house - PC 2231HT FRY -
    complete. A2 statement from finder - PC 2231HT FRY - complete.
    ```

    ## Use instead

    ```text
    15/05/2023 09:00 DC 5521HT OWUSU: A1 update - complete: nos 1-40 Elm Road visited,
    nobody saw or heard anything, cards left at 6. A2 update - complete: MG11 from the
    finder Mr D PRICE obtained and scanned to the CRIS.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "such as recording that an action has been
    completed when it hasn't."
    """

    code = "CR005"
    requirement = "CR-ACTION-TRUTH"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.CRIS_RECORD})
    suggestion = "A result entry or linked document for each completed action."

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        claims = list(_claims(doc))
        evidenced = {c.number for c in claims if c.result == "given"}
        for claim in claims:
            if claim.number in evidenced or claim.result == "given":
                continue
            if claim.result == "placeholder":
                yield self.unclear(
                    doc,
                    claim.span,
                    f"Action {claim.number} marked complete with only a placeholder for its result",
                )
            else:
                yield self.finding(
                    doc, claim.span, f"Action {claim.number} marked complete with no result recorded for it"
                )
        for entry, body in entry_bodies(doc):
            if not is_review(doc, entry) and _contradicted(doc.text[body.start : body.end]):
                yield self.finding(
                    doc,
                    spans.entry_span(doc, entry),
                    "Contact recorded as made or complete, but the entry shows only a message or no answer",
                )
