"""Decisions and their reasons in CRIS wording: is an action recorded as not
done (or a recommendation as not followed), and does the record say why.

Rule-based first version. A later issue replaces ``judge_reason`` with a
trained rationale classifier; the vocabulary stays here so that every CRIS
check reads "not done because ..." the same way.
"""

from __future__ import annotations

import re
from enum import StrEnum

from checks.vocabulary import is_non_answer


class Reason(StrEnum):
    SPECIFIC = "specific"
    GENERIC = "generic"
    NONE = "none"


NOT_DONE = re.compile(
    r"\b(?:not|n't|never)\s+(?:(?:been|be|yet|being|currently|possible\s+to)\s+)*"
    r"(?:done|conducted|completed|complete|carried\s+out|made|undertaken|attempted|actioned|followed"
    r"|pursued|progressed|contacted|spoken\s+(?:to|with)|traced|viewed|seized|obtained|requested|checked"
    r"|canvassed|trawled|reviewed|performed|implemented|adopted|submitted|arranged|held|taken|sought"
    r"|considered|necessary|required|needed|proportionate|appropriate|warranted)\b"
    r"|\b(?:no|nil|without)\s+(?:\w+\s+){0,2}?(?:enquir(?:y|ies)|h2h|house[\s-]to[\s-]house|cctv|trawl|canvass"
    r"|contact|attempt)\b(?!\s+(?:found|identified|located|seen|covering|of\s+note|in\s+the\s+(?:area|vicinity)"
    r"|available|nearby|cameras?\b|at\s+the\b|on\s+the\b|overlook\w*))"
    r"|\b(?:declined|decided\s+against|chose\s+not|opted\s+not|did\s+not|didn't|was\s+not|were\s+not"
    r"|has\s+not|have\s+not|unable\s+to\s+(?:complete|conduct|carry\s+out|follow))\b",
    re.IGNORECASE,
)
"""Wording that records an action as not done, or a recommendation as not followed."""

GENERIC_REASON = re.compile(
    r"\b(?:(?:as\s+)?per\s+(?:the\s+)?(?:policy|usual|normal|standard)|(?:in\s+line|in\s+accordance|accordance)"
    r"\s+with\s+(?:the\s+)?(?:policy|standard|usual|normal|procedure|practice)|(?:standard|usual|normal|routine)"
    r"\s+(?:practice|procedure|process)|nothing\s+(?:appeared\s+|appears\s+|seemed\s+)?(?:suspicious|untoward"
    r"|of\s+note|to\s+suggest)|no(?:thing)?\s+(?:susp(?:icious)?|third[\s-]party|3rd\s+party|suspicion)"
    r"|no\s+susp\s+circs|non[\s-]suspicious|not\s+(?:deemed|considered|felt|thought|seen\s+as)?\s*"
    r"(?:necessary|required|needed|relevant|proportionate|appropriate|warranted)|no\s+need|unnecessary"
    r"|did\s+not\s+(?:consider|think|feel)\s+it\s+(?:necessary|needed|required)|n/?a|not\s+applicable"
    r"|anon(?:ymous)?|no\s+(?:lines?\s+of\s+enquiry|further\s+(?:action|enquiries))|nfa|time\s+constraints"
    r"|workload|resourc(?:e|es|ing)|(?:anyone|anybody|someone)\s+else\s+(?:was\s+)?involved|involvement)\b",
    re.IGNORECASE,
)
"""Reasons that could be pasted into any case: "as per policy", "not required",
"nothing suspicious", "no third party involvement", "caller anonymous"."""

NO_REASON = re.compile(
    r"^(?:and\s+|with\s+|but\s+)?(?:no|without(?:\s+a)?|nil)\s+(?:proper\s+|specific\s+|recorded\s+|valid\s+)?"
    r"(?:reason|rationale|explanation|justification)",
    re.IGNORECASE,
)
"""Wording that says outright there is no reason: "and no proper reason recorded"."""

_WORD = re.compile(r"[A-Za-z0-9']+")
_FILLER = frozenset(
    {
        "as", "because", "since", "due", "to", "owing", "given", "that", "the", "a", "an", "it", "was", "is",
        "were", "there", "be", "been", "this", "of", "in", "on", "and", "i", "we", "reason", "rationale",
        "being", "so", "therefore",
    }
)  # fmt: skip


def reason_after(text: str, start: int) -> str:
    """The words after a "not done" phrase that could be its reason, up to the
    end of the sentence."""
    tail = text[start:].strip()
    tail = re.sub(r"^[\s.,;:!-]+", "", tail)
    return tail.rstrip(" .")


def judge_reason(reason: str) -> Reason:
    """Whether a reason is specific to the case, a generic formula, or missing."""
    text = reason.strip()
    if not text or is_non_answer(text) or NO_REASON.match(text):
        return Reason.NONE
    words = [w.lower() for w in _WORD.findall(text)]
    content = [w for w in words if w not in _FILLER]
    if not content:
        return Reason.NONE
    generic = GENERIC_REASON.search(text)
    if generic is not None:
        rest = (text[: generic.start()] + " " + text[generic.end() :]).strip()
        rest_words = [w for w in _WORD.findall(rest.lower()) if w not in _FILLER]
        if len(rest_words) < 5:
            return Reason.GENERIC
    if len(content) < 3:
        return Reason.GENERIC
    return Reason.SPECIFIC
