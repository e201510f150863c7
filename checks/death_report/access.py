"""DR014: who had access to the premises, and how secure it was, not recorded."""

from __future__ import annotations

import re

from auditor.document import DocKind, Document
from auditor.findings import Severity
from checks.death_report.topic import TopicCheck

_ACCESS = re.compile(
    r"\b(?:access\w*|egress|entry|exit|keyholders?|key\s*holders?|keys?|locked|unlocked|insecure|secure[d]?"
    r"|doors?|windows?|forced|break[-\s]?in|broken\s+into|chain|bolted|latched|ajar|occupants?|lived\s+alone"
    r"|visitors?|open\s+(?:public\s+)?(?:space|land|ground)|unrestricted)\b",
    re.IGNORECASE,
)
_OPENING = r"(?:doors?|windows?|premises|flat|house|property|address|entrances?|exits?|patio|gate|room)"
_FINDING = re.compile(
    rf"\b(?:{_OPENING}\s+(?:\w+\s+){{0,4}}?(?:locked|unlocked|secure|insecure|closed|shut|open|intact|ajar|bolted"
    r"|on\s+the\s+latch|chained)|(?:locked|bolted|chained)\s+(?:from\s+(?:the\s+)?)?(?:inside|outside|within)"
    r"|double[-\s]locked|(?:secure|insecure)\s+(?:premises|doors?|windows?|points?)|(?:no\s+)?signs?\s+of\s+"
    r"(?:forced|break|disturb)|forced\s+entry|keyholders?|key\s*holders?|keys?\s+(?:in|held|found|with|inside)"
    r"|(?:holds?|had|has|have)\s+(?:a\s+)?(?:spare\s+)?keys?|only\s+(?:the\s+)?(?:deceased|dec'?d)\s+(?:had|has|held)"
    r"|lived\s+alone|visitors?|occupants?|access(?:ed|ible)?\s+(?:from|by|via|to)|unrestricted\s+access"
    r"|public(?:ly)?\s+accessible|(?:no|any)\s*(?:one|body)\s+(?:else\s+)?(?:could\s+)?(?:have\s+)?(?:had\s+)?access"
    r"|wide\s+open|left\s+open|chain\s+on|(?:wedged|propped|jammed)\s+open|(?:does|did)\s*(?:not|n't)\s+(?:close|lock|shut)"
    r"|(?:won't|wouldn't|cannot|can't)\s+(?:close|lock|shut))\b",
    re.IGNORECASE,
)


class PremisesAccessNotEstablished(TopicCheck):
    """Who had access to the premises, and how secure it was, not recorded.

    A sentence on keyholders, occupants or visitors, or on the state of doors
    and windows and signs of forced entry (or, for an open place, how it can be
    reached), satisfies it. "Access/egress: N/A" is *unclear*; nothing on
    access is *absent*.

    ## Why it matters

    Access bears directly on third-party involvement and so on the category.

    ## Example

    ```text
    Access/egress: to follow
    ```

    ## Use instead

    ```text
    Front door locked, key inside; windows shut; no forced entry. Keys held
    by the deceased and his daughter only.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "tried to find out who may have had access to the
    premises where the deceased person was found." Also
    001_e7d9bf340db595bc.txt: "insecure points of entry and exit"
    """

    code = "DR014"
    requirement = "DR-ACCESS"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = (
        "Keyholders, occupants and visitors; the state of doors and windows; "
        "signs of forced or insecure entry."
    )
    label = (
        r"access(?:\s*(?:/|and|&)\s*egress)?|points?\s+of\s+entry(?:\s*(?:/|and|&)\s*exit)?|entry\s*/\s*exit"
        r"|security(?:\s+of\s+(?:the\s+)?premises)?|key\s*holders?"
    )
    mention = _ACCESS
    sections = ("scene", "circumstances")
    item = "account of access to the premises"
    thin = "keyholders, the state of doors and windows or forced entry are not stated"

    def satisfies(self, sentence: str, doc: Document) -> bool:
        head = re.match(rf"^\W*(?:{self.label})\s*[:\-]\s*", sentence, re.IGNORECASE)
        body = sentence[head.end() :] if head else sentence
        return bool(_FINDING.search(body))
