"""Decision and reason vocabulary: how officers record an outcome ("NFA",
"HAT not required", "H2H not done") and whether a reason goes with it.

Kept apart from the checks so that a trained classifier can later replace the
rules behind ``is_bare_decision`` without touching them.
"""

from __future__ import annotations

import re

from checks.death_report.categorisation import BOILERPLATE

NEGATIVE_OUTCOME = re.compile(
    r"\b(?:not\s+(?:been\s+)?(?:done|conducted|carried\s+out|completed|undertaken|required|requested|needed"
    r"|necessary|req'?d|reqd|considered(?!\s+(?:relevant|significant|to\s+be))|taken|seized|submitted|sent|called|obtained|examined"
    r"|photographed|pursued|progressed|deemed\s+necessary|appropriate"
    r"|warranted|justified)|nfa|n\.f\.a\.?|no\s+further\s+(?:action|enquiries)|none\s+(?:conducted|done"
    r"|taken|required)|no\s+need\s+(?:for|to)|unnecessary|no\s+requirement"
    r"|no\s+(?:h2h|house[\s-]*to[\s-]*house|local\s+enquiries|search|statements?|s/s|cctv|photo\w*|forensic\w*)"
    r"(?:\s+(?:enquiries|was|were|has\s+been))?\s+(?:conducted|done|taken|made|carried\s+out|completed|obtained))\b",
    re.IGNORECASE,
)
"""An outcome that something was not done or is not needed."""

DECISION = re.compile(
    NEGATIVE_OUTCOME.pattern
    + r"|\b(?:decided|decision|submitted\s+(?:for\s+(?:forensic\s+)?examination|to\s+(?:the\s+)?lab\w*)"
    r"|sent\s+(?:for|to)\s+(?:forensic|examination|the\s+lab\w*)|confirm(?:s|ed)?\s+the\s+categori[sz]ation"
    r"|categori[sz]ation\s+(?:as\s+)?(?:correct|agreed)|agreed\s+the\s+categor\w*|elected\s+to|opted\s+to"
    r"|chose\s+to|no\s+cctv\s+enquir\w*)\b"
    r"|\b(?:called|requested|attended|seized|photographed|examined|notified|informed|deployed|tasked|sought"
    r"|took|taken|obtained)\b[^.\n]{0,60}?\b(?:because|due\s+to|owing\s+to|as\s+a\s+result\s+of)\b",
    re.IGNORECASE,
)
"""Any decision, made or declined: "submitted for examination", "decided not to attend", "HAT not called",
or an action taken with its reason ("DS KAUR attended because the back door had been forced")."""

REASON_MARKER = re.compile(
    r"(?:\b(?:because|as|due\s+to|since|owing\s+to|given(?:\s+that)?|reason(?:s|ing)?|rationale|in\s+view\s+of"
    r"|cos|b/c|so|therefore|which|on\s+the\s+basis|following|after)\b|[:;(,]|\s-\s)",
    re.IGNORECASE,
)
"""What introduces a reason after an outcome: "because", "as", "due to", a colon or dash."""

_WORD = re.compile(r"[A-Za-z]{3,}")
_FILLER = frozenset(
    {
        "the", "and", "was", "were", "has", "had", "been", "this", "that", "there", "with", "for", "per",
        "not", "are", "its", "which", "time", "stage", "any", "all", "line", "usual", "standard",
        "practice", "policy", "normal", "nothing", "suspicious", "required", "necessary", "deemed", "nil",
        "susp", "circs", "circumstances", "needed", "reqd", "req", "routine", "procedure", "guidance",
    }
)  # fmt: skip


def reason_after(text: str, start: int) -> str:
    """The reason given after ``start`` (the end of the outcome), or ""."""
    strong = _STRONG_MARKER.search(text, start)
    if strong is not None:
        return text[strong.end() :].strip(" .;:-")
    m = REASON_MARKER.search(text, start)
    if m is None or m.start() - start > 25:
        return ""
    return text[m.end() :].strip(" .;:-")


_STRONG_MARKER = re.compile(
    r"\b(?:because|becuase|becasue|beacuse|bcos|cos|coz|due\s+to|owing\s+to|as\s+a\s+result\s+of|the\s+reason\s+(?:being|was|is)|reason\s*:|b/c)\b",
    re.IGNORECASE,
)


def is_real_reason(reason: str) -> bool:
    """Whether a stated reason says something about the case, not only "standard
    practice", "in line with policy", "nothing suspicious"."""
    words = [w.lower() for w in _WORD.findall(reason)]
    content = [w for w in words if w not in _FILLER]
    if not content:
        return False
    stripped = BOILERPLATE.sub(" ", reason)
    return len([w for w in _WORD.findall(stripped) if w.lower() not in _FILLER]) >= 2


_SAME_REASON = re.compile(
    r"\bfor\s+(?:the\s+)?(?:same|that|this|these|those|similar)\s+reasons?\b|\bfor\s+the\s+reasons?\s+"
    r"(?:given|stated|set\s+out|explained)\s+(?:above|at|in)\b|\blikewise\b",
    re.IGNORECASE,
)
"""A decision that points back at the reason just given: "HAT not requested for the same reason"."""


def is_bare_decision(sentence: str) -> bool:
    """A negative outcome recorded with no reason, or only a stock phrase."""
    m = NEGATIVE_OUTCOME.search(sentence)
    if m is None:
        return False
    if _SAME_REASON.search(sentence, m.end()):
        return False
    after = reason_after(sentence, m.end())
    if after and is_real_reason(after):
        return False
    before = sentence[: m.start()]
    marker = re.search(r"\b(?:because|as|due\s+to|since)\b(.*)$", before, re.IGNORECASE)
    return not (marker is not None and is_real_reason(marker.group(1)))
