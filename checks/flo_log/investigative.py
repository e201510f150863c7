"""FLO014: information from the family not recorded as passed to the investigation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import Document
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Context
from checks.flo_log.log_entries import log_entries
from checks.flo_log.log_item import LogItemMissing
from checks.flo_log.mentions import Mention, entry_at

_DONE = re.compile(
    r"\b(?:passed|relayed|forwarded|handed|emailed|e-mailed|sent|reported|briefed|informed|told|updated)\b",
    re.IGNORECASE,
)
_STATEMENT = re.compile(r"\bstatement\s+(?:taken|obtained|recorded)", re.IGNORECASE)
_WHEN = re.compile(
    r"\b(?:at|on)\s+\d|\d{1,2}[:.]\d{2}|\b\d{4}\s*(?:hrs|hours)\b|\bsame\s+day\b|\bimmediately\b",
    re.IGNORECASE,
)


_EVIDENCE = re.compile(
    r"\btext(?:ed)?\s+(?:her|him|me|them|us)\b|\b(?:has|have|kept|showed\s+me)\s+the\s+(?:message|text|video|photo)"
    r"|\bscreenshots?\b|\bfootage\b|\bvoice\s*(?:note|message)|\b(?:argued|arguing|rowing|a\s+row|fight|fought"
    r"|threat\w*|enem(?:y|ies)|scared\s+of|afraid\s+of|owed|debt|weapon|knife)\b|\b(?:drunk|wasted|high|on\s+drugs)\b",
    re.IGNORECASE,
)
"""What the family says that bears on the investigation: a message, a threat, a row, the driver's drink."""
_SAID = re.compile(
    r"\b(?:said|says|told\s+(?:me|us)|mentioned|disclosed|named|claims?|believes?|alleges?|reports?)\b",
    re.IGNORECASE,
)
_CAPTURED = re.compile(r"\bexhibit\w*|\bseized\b|\bstatement\b|\baction\s+(?:raised|[A-Z]?\d)", re.IGNORECASE)


class FamilyInformationNotPassedOn(LogItemMissing):
    """Information from the family not recorded as passed to the SIO or investigating officer.

    The FLO is an investigator first: what the family says about the deceased
    (movements, associates, concerns, suspicions) must be recorded and passed
    to the SIO, OIC or incident room, with when (a time, or the date of the
    entry that records it). "To be passed to OIC", "see MG11" or a bare "info
    to MIT" is unclear; family information written down with no record of
    passing it on, or nothing at all, is absent. Even when other information
    was passed on, an entry in which the family report something that bears
    on the investigation (a message, a threat, a row, a debt, the driver's
    drink) is absent when neither it nor the next entry passes it on or
    exhibits it.

    ## Why it matters

    Port's victims' families and friends held the key information; it only
    helps the investigation if it reaches the people running it.

    ## Example

    ```text
    Sister states he had been meeting a man from a dating app.
    ```

    ## Use instead

    ```text
    Sister states he had been meeting a man from a dating app. Passed to DS ROWE
    by phone at 15:10.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "The primary purpose of a family liaison officer is that of an investigator."
    """

    code = "FLO014"
    requirement = "FLO-INVESTIGATIVE"
    severity = Severity.MEDIUM
    suggestion = "Entries noting information passed to the SIO or investigating officer, with the date."
    item = "record of family information passed to the investigation"
    topic = re.compile(
        r"\b(?:pass(?:ed|ing)?|relay(?:ed)?|forward(?:ed)?|info(?:rmation)?)\b[^.;]{0,25}?\bto\s+(?:the\s+)?"
        r"(?:oic|sio|mit|hat|incident\s+room|investigation|inv(?:estigation)?\s+team|mir|(?:[at]/)?(?:ds|di|dc|dci|dsu|pc|ps)\b)"
        r"|\bsee\s+mg\s?11\b|\bmg\s?11\b|\bstatement\s+(?:taken|obtained|recorded)",
        re.IGNORECASE,
    )

    related = re.compile(
        r"\b(?:states?|stated|told\s+me|info(?:rmation)?\s+from|mentioned|disclosed|concerns?\s+(?:that|about))\b",
        re.IGNORECASE,
    )

    def substantive(self, doc: Document, mention: Mention) -> bool:
        """Passed on (a past-tense verb and a recipient) with a time, or within a dated entry;
        or a statement taken from the family."""
        if _STATEMENT.search(mention.text):
            return True
        if not _DONE.search(mention.text):
            return False
        after = doc.text[mention.span.start : mention.span.end + 30]  # a time wrapped onto the next line
        entry = entry_at(doc, mention.span)
        return bool(_WHEN.search(after)) or (entry is not None and entry.when is not None)

    def check_recorded(self, doc: Document, ctx: Context, recorded: list[Mention]) -> Iterator[Finding]:
        """Information the family gave in one entry (a message, a row, a threat) that neither that entry
        nor the next records as passed on, even though other information was."""
        entries = list(log_entries(doc))
        for i, entry in enumerate(entries):
            body = entry.text
            if not (_EVIDENCE.search(body) and _SAID.search(body)):
                continue
            following = entries[i + 1].text if i + 1 < len(entries) else ""
            if any(self.topic.search(t) or _CAPTURED.search(t) for t in (body, following)):
                continue
            yield self.finding(
                doc,
                spans.entry_span(doc, entry),
                "Information from the family in this entry is not recorded as passed to the investigation",
            )
            return
