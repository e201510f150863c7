"""CR016: pathologist's recommendations not recorded with a decision and rationale for each."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.cris.passages import Statement, is_review, per_document, statements, window
from checks.cris.reasons import Reason
from checks.cris.recommendations import response_items
from checks.vocabulary import is_non_answer

_PM = re.compile(r"\b(?:pm|p\.m\.|post[\s-]?mor\w*(?:\s+examination)?|autopsy|pme)\b", re.IGNORECASE)
_PM_HELD = re.compile(
    r"\b(?:conducted|carried\s+out|performed|took\s+place|undertaken|attended\s+the|cause\s+of\s+death|cod"
    r"|att'?d\s+(?:the\s+)?(?:pm|p\.m|post)"
    r"|concluded|completed)\b",
    re.IGNORECASE,
)
_PM_FINDINGS = re.compile(
    r"^\W*(?:findings?|results?|cause\s+of\s+death|cod|1a|pathologist'?s?\s+recom+end\w*)\b", re.IGNORECASE
)
"""A sentence that opens with the post-mortem's result: "Findings: ...", "1a ..."."""
_PM_FUTURE = re.compile(
    r"\b(?:booked|requested|scheduled|arranged|to\s+be|will|awaiting\s+(?:the\s+)?(?:pm|post)|due|chase|chasing"
    r"|progress)\b",
    re.IGNORECASE,
)
_RECOMMEND = re.compile(
    r"\b(?:recom+end(?:ations|ation|ed|s)?|recs?|advi[cs]e[sd]?|suggest(?:ions|ion|ed|s)?|request(?:s|ed)\s+that)\b",
    re.IGNORECASE,
)
_NONE_MADE = re.compile(
    r"\bno\s+(?:further\s+)?(?:recommendations?|recs|advice|suggestions?)\b(?!\s+(?:recorded|listed|noted|yet))"
    r"|\bmade\s+no\s+(?:further\s+)?recommendations?\b|\bnothing\s+further\s+(?:was\s+)?(?:recommended|advised)\b",
    re.IGNORECASE,
)
_DECISION = re.compile(
    r"\b(?:agreed|accepted|actioned|done|followed|complied|requested|submitted|obtained|arranged|declined|rejected"
    r"|completed|seized|sent|booked|received|in\s+hand|will\s+(?:be|not)|decided|decision|not\s+(?:followed|actioned"
    r"|pursued|required|done|taken))\b",
    re.IGNORECASE,
)


class PathologistRecommendationsNotActioned(Check):
    """Pathologist's recommendations not recorded, or recorded without a decision and rationale for each.

    Applies once the record shows a post-mortem was held (conducted, attended,
    cause of death given), not merely booked. The recommendations must be on
    the record, each with a decision (followed, or not) and a reason for not
    following it. Findings with no mention of recommendations, or a list of
    recommendations with no decisions, are *absent*; a recommendations line
    holding only "see above", "TBC", "N/A", "nil" or "to follow" is
    *unclear*. "No recommendations were made" satisfies it.

    ## Why it matters

    Post-mortem bruising and toxicology in the Port deaths were not acted on;
    the 2022 policy requires the investigating officer to record why each
    pathologist's recommendation was or was not followed.

    ## Example

    ```text
    09/08/2021 10:53 DC 4868 HALL: PM conducted at Poplar by Dr M REID. Cause of
    death: 1a pulmonary thromboembolism. Pathologist recommends full toxicology and
    histology.
    ```

    ## Use instead

    ```text
    09/08/2021 10:53 DC 4868 HALL: PM conducted at Poplar by Dr M REID. Cause of
    death: 1a pulmonary thromboembolism. Recommendations: (1) full toxicology -
    agreed, samples submitted; (2) histology - not followed because the cause of
    death is confirmed and the coroner does not require it.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "the rationale for following or not any
    recommendation made by the pathologist."
    """

    code = "CR016"
    requirement = "CR-PATHOLOGIST"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.CRIS_RECORD})
    suggestion = "Each recommendation listed, with a decision and a rationale."

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) and _post_mortem(doc) is not None

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        pm = _post_mortem(doc)
        if pm is None:
            return
        every = [s for s in statements(doc) if not is_review(doc, s)]
        recs = [window(doc, s) for s in every if _about_recommendations(s, pm)]
        if any(_NONE_MADE.search(s.text) for s in recs):
            return
        answered = [s for s in recs if _DECISION.search(_after_recommend(s.text))]
        items = response_items(answered)
        unexplained = [span for span, reason in items if reason is not None and reason is not Reason.SPECIFIC]
        if unexplained:
            yield self.finding(
                doc, unexplained[0], "Pathologist's recommendation not followed, with no specific reason"
            )
            return
        if answered:
            return
        placeholders = [s for s in recs if _placeholder(s.text)]
        if placeholders:
            yield self.unclear(
                doc, placeholders[-1].span, "Pathologist's recommendations answered only with a placeholder"
            )
            return
        if recs:
            yield self.finding(
                doc, recs[-1].span, "Pathologist's recommendations listed with no decision or rationale"
            )
            return
        yield self.finding(
            doc, pm.span, "Post-mortem recorded, but no pathologist's recommendations or decisions"
        )


@per_document
def _post_mortem(doc: Document) -> Statement | None:
    """The first statement recording a post-mortem that has taken place."""
    every = statements(doc)
    for i, st in enumerate(every):
        if is_review(doc, st) or not _PM.search(st.text):
            continue
        if _PM_HELD.search(st.text) and not _PM_FUTURE.search(st.text):
            return st
        # "FORENSIC PM, Dr H. Quayle. ... Findings: skull fracture": the result in the entry's next sentences
        following = [n for n in every[i + 1 : i + 4] if st.entry is not None and n.entry is st.entry]
        if not _PM_FUTURE.search(st.text) and any(_PM_FINDINGS.search(n.text) for n in following):
            return st
    return None


def _about_recommendations(st: Statement, pm: Statement) -> bool:
    """A statement about the pathologist's recommendations: after the post-mortem,
    naming recommendations, in the post-mortem's entry or naming the pathologist."""
    if st.span.start < pm.span.start or not _RECOMMEND.search(st.text):
        return False
    if re.search(r"\bHAT\b|(?i:homicide\s+assessment)", st.text):
        return False
    same_entry = st.entry is not None and st.entry is pm.entry
    close = st.span.start - pm.span.end < 400
    return (
        same_entry
        or close
        or bool(re.search(r"patholog|\bdr\b|\bpm\b|post[\s-]?mortem", st.text, re.IGNORECASE))
    )


def _after_recommend(text: str) -> str:
    m = _RECOMMEND.search(text)
    return text[m.end() :] if m else text


def _placeholder(text: str) -> bool:
    flat = " ".join(text.split())
    tail = re.sub(r"^[\s:.-]+", "", _after_recommend(flat))
    first = re.split(r"(?<=[.!])\s", tail)[0]
    return not tail or is_non_answer(first)
