"""DR016: no record of the search of the premises and of the deceased."""

from __future__ import annotations

import re

from auditor.document import DocKind, Document
from auditor.findings import Severity
from checks.death_report.topic import TopicCheck

_SEARCH = re.compile(
    r"\b(?:search\w*|sea?rc?h\w*|items?\s+(?:found|seized|recovered)|pockets?|clothing\s+(?:was\s+)?checked)\b",
    re.IGNORECASE,
)
_SEARCHED = re.compile(
    r"\b(?:search\s+(?:record|log|form)[ \t]*[:\-][ \t]*"
    r"(?!(?:not|n/a|tbc|to\s+follow|none|nil|pending)\b)(?=\w)"
    r"|search(?:ed|ing)?\s+(?:of\s+)?(?:the\s+)?(?:premises|prems?|room|flat|house|address|property|scene|area|body"
    r"|deceased|dec'?d|clothing|pockets?|vehicle|bedroom|bag)|(?:premises|room|flat|house|address|property|scene"
    r"|body|deceased|dec'?d|clothing|pockets?)\s+(?:was\s+|were\s+)?search(?:ed)?|search\s+(?:conducted"
    r"|completed|carried\s+out|done|made|was\s+(?:conducted|completed|carried\s+out|made))"
    r"|searched\s+by|(?:\bsearched|search\s+of)\s+(?:the|his|her|their)\s+(?:[\w']+\s+){0,4}?(?:premises|prems?"
    r"|room|flat|house|address|property|scene|area|body|clothing|pockets?|bedroom|bag|vehicle|garden|kitchen"
    r"|bathroom|lounge|belongings|possessions|deceased|dec'?d)"
    r"|(?:full|thorough|brief|detailed|systematic|polsa|fingertip|method\w*|initial)\s+search\s+of\s+(?:the\s+)?\w+"
    r"|search\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:stair\w*|bin\s*store|car\s*park|communal\s+\w+|garage|shed"
    r"|loft|landing|hall\w*|corridor|outbuildings?|car|van|tent|room)"
    r"|search\s+record\s+(?:attached|completed|done|made|on\s+\w+|submitted|uploaded|kept)"
    r"|\(search\s+record\s+\w+\))\b",
    re.IGNORECASE,
)
_RESULT = re.compile(
    r"\b(?:items?|found|seized|recovered|recorded|listed|nothing|nil|no\s+(?:signs?|weapons?|drugs|items?)"
    r"|disturbance|struggle|weapons?|drugs|paraphernalia|phone|wallet|cash|medication|property)\b",
    re.IGNORECASE,
)


class SearchNotRecorded(TopicCheck):
    """No record of the search of the premises and of the deceased.

    A sentence recording that the premises or the deceased were searched,
    with what was found or seized (or that nothing was) and whether there were
    signs of disturbance, drugs or weapons, satisfies it. "Search: N/A" or
    "nil" is *unclear*; an empty search heading, a list of seized items with
    no search, or no mention is *absent*.

    ## Why it matters

    The inspection found potentially vital evidence, such as drugs and
    suspicious injuries, "only discovered at the mortuary".

    ## Example

    ```text
    Search record
    (blank)
    Items seized: phone, wallet.
    ```

    ## Use instead

    ```text
    PC 123 searched the flat and the deceased's pockets: phone, wallet, foil
    wrap seized. No disturbance, no weapons.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "a search record must be completed listing any
    items seized" Also 001_e7d9bf340db595bc.txt: "potentially vital evidence,
    such as drugs and suspicious injuries, was only discovered at the mortuary."
    """

    code = "DR016"
    requirement = "DR-SEARCH"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = "A search record with an item list and the findings for each listed item."
    label = r"search(?:\s+record)?(?:\s+of\s+(?:the\s+)?(?:premises|deceased|scene))?|premises\s+search"
    mention = _SEARCH
    sections = ("scene", "property", "circumstances")
    item = "search record"
    thin = "no search of the premises and the deceased, with what was found, is recorded"
    window = 2

    def satisfies(self, sentence: str, doc: Document) -> bool:
        m = _SEARCHED.search(sentence)
        return m is not None and bool(_RESULT.search(sentence))
