"""FLO011: the FLO was away and the log records no handover to a covering officer."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.flo_log import timeline
from checks.flo_log.mentions import Mention, Said, context, entry_at, mentions
from checks.vocabulary import DATE, RELATION, TITLED_NAME

ABSENCE = re.compile(
    r"\b(?:annual\s+leave|on\s+leave|leave\s+(?:from|until|between)|holiday|training\s+course|on\s+a\s+course"
    r"|other\s+duties|abstracted|sick\s+leave|off\s+sick|rest\s+days|(?:i\s+am|i\s+will\s+be|i\s+was|flo\s+(?:is\s+)?)"
    r"\s*away|while\s+i\s+am\s+away|unavailable\s+(?:from|until|between)|returned\s+to\s+work"
    r"|while\s+i\s+was\s+(?:off|away)|back\s+(?:at\s+work\s+)?(?:from|off|after)\s+(?:my\s+|a\s+)?(?:annual\s+|sick\s+)?(?:leave|holiday|training|course|other\s+duties)"
    r"|(?:on|from|back\s+from|returned\s+from|after)\s+(?:my\s+)?(?:a/l|al|s/l|r/d(?:ays|s)?|hols?)(?![\w/]))(?![\w/])",
    re.IGNORECASE,
)
"""The FLO being away: leave, a course, other duties, sickness."""

COVER = re.compile(
    r"\b(?:cover(?:ing|ed)?(?:\s+flo)?|handover|handed\s+over|hand\s+over|stand[- ]in"
    r"|replacement\s+flo|deputis\w*|acting\s+flo|in\s+my\s+absence|change\s+of\s+(?:the\s+)?(?:lead\s+)?flo"
    r"|(?:lead\s+)?flo\s+(?:changed|replaced)|step(?:s|ped|ping)?\s+down|(?:to\s+be|becomes?|now)\s+(?:the\s+)?lead"
    r"\s+(?:flo|contact))\b",
    re.IGNORECASE,
)
_NOT_A_HANDOVER = re.compile(
    r"\bbriefed\s+by\b|\(\s*cover(?:ing)?\s+flo\s*\)|\b(?:back|front|inside)\s+cover\b"
    r"|\bcover\s+until\s+(?:a|an|the)\s+(?:trained\s+)?flo\b",
    re.IGNORECASE,
)
"""A briefing of the FLO by the SIO, "(cover FLO)" as the role in an entry's header, a book's back cover,
or an untrained officer covering the family until an FLO is free (no FLO was away)."""
_SHORT_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])")
"""A leave's dates without the year: "on annual leave 06/02 to 12/02"."""
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I'll|my|me|FLO)\b")
_FAMILY = re.compile(rf"{RELATION.pattern}|{TITLED_NAME.pattern}", re.IGNORECASE)
_OFFICER = re.compile(r"\b(?:[at]/)?(?:dc|pc|ds|ps|di|dci|det\s+con|sgt|flo)\b\.?\s+\S+", re.IGNORECASE)


class FloAbsenceWithoutCover(Check):
    """The FLO was away (leave, a course, other duties) and no handover to a covering officer is recorded.

    Applies only when the log shows the FLO was away or cover was arranged.
    A handover naming the covering officer and the dates is present; cover
    mentioned without dates ("X to cover while I am away") is unclear; an
    absence with no handover at all is absent. Leave may be written in
    shorthand ("back from A/L"); a change of lead FLO or an FLO stepping down
    is cover arranged; a book's "back cover", or an untrained officer covering
    the family until an FLO is free, is not.

    ## Why it matters

    The three-week gap in the inspection happened because the FLO "had gone on
    holiday without briefing a replacement".

    ## Example

    ```text
    21/07/2023 10:00 DC 1234AB SMITH (FLO): Back from annual leave (07/07/2023 - 20/07/2023).
    ```

    ## Use instead

    ```text
    06/07/2023 16:00 DC 1234AB SMITH (FLO): Handover: on annual leave 07/07 to 20/07/2023.
    DC 4521PK JAMES (cover FLO) briefed today; family told.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "The FLO had gone on holiday without briefing a replacement FLO or completing
    a contact log." Also 001_e7d9bf340db595bc.txt: "to make sure contact with the family continues if an FLO
    is absent."
    """

    code = "FLO011"
    requirement = "FLO-COVER"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.FLO_LOG})
    suggestion = (
        "A handover entry naming the covering officer and the dates, or a second FLO on the deployment."
    )

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) and bool(_absences(doc) or _covers(doc))

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        covers = _covers(doc)
        if any(_OFFICER.search(_words(doc, m)) and _dated(_words(doc, m)) for m in covers):
            return
        if covers:
            yield self.unclear(
                doc,
                covers[0].span,
                "Cover for the FLO's absence mentioned without the dates or a recorded handover",
            )
            return
        away = _absences(doc)
        yield self.finding(
            doc,
            away[0].span,
            "The FLO was away and no handover to a covering officer is recorded",
        )


def _dated(words: str) -> bool:
    return bool(DATE.search(words) or _SHORT_DATE.search(words))


def _words(doc: Document, mention: Mention) -> str:
    """The entry's own words around a mention, without its header, stamps or late-entry note."""
    entry = entry_at(doc, mention.span)
    words = timeline.body_of(entry) if entry is not None else context(doc, mention.span)
    return re.split(r"\n[ \t]*\n", words, maxsplit=1)[0]  # a date line after a blank line is the next day


def _absences(doc: Document) -> list[Mention]:
    """The FLO's own absences, not a relative's ("Mrs OKAFOR is on leave from work")."""
    return [m for m in mentions(doc, ABSENCE) if _FIRST_PERSON.search(m.text) or not _FAMILY.search(m.text)]


def _covers(doc: Document) -> list[Mention]:
    """Sentences arranging cover, not the deployment of a second FLO from the start."""
    return [
        m for m in mentions(doc, COVER) if m.said is not Said.EMPTY and not _NOT_A_HANDOVER.search(m.text)
    ]
