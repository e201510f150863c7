"""DR012: house-to-house and local enquiries not recorded."""

from __future__ import annotations

import re

from auditor.document import DocKind, Document
from auditor.findings import Severity
from checks.death_report.decisions import NEGATIVE_OUTCOME, is_bare_decision
from checks.death_report.topic import TopicCheck

_H2H = re.compile(
    r"\b(?:h\s*2\s*h|h-?t-?h|h[a-z]{2,4}[\s-]+to[\s-]+h[a-z]{2,5}\b|local\s+enquir\w*|door[\s-]*(?:to[\s-]*door|knock\w*)"
    r"|knock(?:ed|ing)\s+(?:on\s+)?(?:the\s+)?doors?|neighbour\w*\s+(?:enquir\w*|canvass\w*|spoken|spoke|visited)"
    r"|neighbours?\b[^.\n]{0,40}\b(?:spoken|spoke|visited|canvassed|asked|approached)"
    r"|(?:spoke|spoken|speaking)\s+(?:to|with)\s+(?:the\s+)?neighbours?|canvass\w*|neighbourhood\s+enquir\w*)",
    re.IGNORECASE,
)
_DONE = re.compile(
    r"\b(?:conducted|carried\s+out|completed|done|undertaken|made|knocked|visited|spoke|spoken|canvass\w*"
    r"|cards?\s+left|left\s+cards?|no\s+reply|no\s+answer|nobody|no\s+one|no-one|heard|saw|seen|nos?\.?\s*\d"
    r"|numbers?\s+\d+|\d+\s*-\s*\d+|addresses|results?|negative|nil\s+of\s+note|nothing\s+of\s+note)\b",
    re.IGNORECASE,
)


class HouseToHouseNotRecorded(TopicCheck):
    """House-to-house and local enquiries not recorded, nor why not.

    A sentence on house to house (H2H, door knocking, neighbours spoken to)
    that says what was done or found, or why it was not done for a reason of
    the case, satisfies it. "H2H: TBC" or "N/A" is *unclear*; "not done" with
    no reason or a stock one ("standard practice", "nothing suspicious"), an
    empty heading, or no mention is *absent*.

    ## Why it matters

    Local enquiries are a core investigative step. The IOPC found house to
    house not done with no explanation given.

    ## Example

    ```text
    H2H not conducted - standard practice.
    ```

    ## Use instead

    ```text
    H2H done Elm Road nos 2-40: nobody saw or heard anything; cards left at 6.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "Local enquiries should be conducted and
    recorded." Also 002_cd5c91525f8f2821.txt: "officers did not conduct house to
    house enquiries or contact the reporting person"
    """

    code = "DR012"
    requirement = "DR-H2H"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = "Addresses visited, results, follow-ups; or not done because..."
    label = r"h\s*2\s*h|house[\s-]*to[\s-]*house(?:\s+enquiries)?|local\s+enquiries|door[\s-]*knock\w*"
    mention = _H2H
    sections = ("witnesses", "actions", "circumstances")
    item = "house-to-house or local enquiries"
    thin = "the mention gives no addresses, results or reason"

    def satisfies(self, sentence: str, doc: Document) -> bool:
        m = _H2H.search(sentence)
        if m is None:
            return False
        if NEGATIVE_OUTCOME.search(sentence):
            return not is_bare_decision(sentence)
        return bool(_DONE.search(sentence)) and not _only_label(sentence, m)

    def weak_reason(self, sentence: str) -> str | None:
        if NEGATIVE_OUTCOME.search(sentence):
            return "recorded as not done with no reason"
        return None


def _only_label(sentence: str, m: re.Match[str]) -> bool:
    tail = sentence[m.end() :].strip(" :-.")
    return len(tail) < 3
