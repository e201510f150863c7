"""DR023: a partner or close friend of the deceased mentioned but not treated as family."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.death_report.report_sentences import (
    Statement,
    find,
    following,
    is_placeholder,
    label_of,
    placeholders,
    title,
)

CLOSE = re.compile(
    r"\b(?:(?<!ex-)(?<!ex\s)partner(?!ship|\s+agenc)|boy\s?fr[ie]{2}nd|girl\s?fr[ie]{2}nd|fianc[ée]e?|lover|significant\s+other"
    r"|(?:close|best)\s+friends?|cohabit\w*|co-habit\w*|common[\s-]law|same[\s-]sex|(?:lived|living|lives|resided)\s+with"
    r")\b",
    re.IGNORECASE,
)
ROLE = re.compile(
    r"\b(?:family|next\s+of\s+kin|nok|inform\w*|told|notified|updated|kept\s+(?:up\s+to\s+date|informed|updated)"
    r"|liaison|flo|contact\s+details|details\s+recorded|support\w*|leaflet|statement|s/s|spoke|spoken|visited"
    r"|consulted|involved|identified\s+as|treated\s+as|recognised\s+as|role)\b",
    re.IGNORECASE,
)
NOT_CLOSE = re.compile(
    r"\blived\s+with\s+(?:\w+\s+)?(?:parents?|mother|mum|father|dad|family|carers?)\b", re.IGNORECASE
)
LABEL = re.compile(
    r"\b(?:partner|significant\s+other|wider\s+family|close\s+friends?|other\s+family)\b", re.IGNORECASE
)
_LIVED_ALONE = re.compile(r"\blived\s+alone\b|\bnobody\s+else\s+lived\b", re.IGNORECASE)


class WiderFamilyNotConsidered(Check):
    """A partner or close friend of the deceased mentioned but not treated as family.

    Family in the College of Policing sense includes partners and others with a
    close relationship to the deceased, not only blood relatives. Applies when
    the report mentions a partner, boyfriend or girlfriend, fiance(e), close
    friend or someone the deceased lived with; otherwise not applicable. The
    person must be recorded with their role as family (told, kept updated,
    contact details taken, treated as family). Mentioned with no role is
    *absent*; a "Partner:" label holding only a placeholder is *unclear*.

    ## Why it matters

    One case traced relatives abroad but missed the deceased's gay partner in
    London; partners hold both rights as family and evidence.

    ## Example

    ```text
    NOK: Brian HOLT (father) informed in person 12/03 1400 by PC 12AB KAY.
    The deceased lived with Sam OKORO.
    ```

    ## Use instead

    ```text
    Partner Sam OKORO (lived with the deceased for 6 yrs) treated as family:
    informed in person 12/03 1330, contact details recorded, will be kept updated.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "others who may not be related, but who have a
    direct and close relationship with the victim."
    """

    code = "DR023"
    requirement = "DR-FAMILY-WIDE"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = "Partners and significant friends identified, and their role recorded."

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) and bool(_close(doc) or placeholders(doc, LABEL))

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        close = _close(doc)
        if any(_has_role(s) or _role_follows(doc, s) for s in close):
            return
        blanks = placeholders(doc, LABEL)
        if blanks:
            yield self.unclear(doc, blanks[0], "Partner or wider family recorded only as a placeholder")
            return
        yield self.finding(
            doc,
            close[0].span if close else title(doc),
            "A partner or close friend is mentioned but not identified as family or their role recorded",
        )


def _close(doc: Document) -> list[Statement]:
    return [
        s
        for s in find(doc, CLOSE)
        if not is_placeholder(s) and not NOT_CLOSE.search(s.text) and not _LIVED_ALONE.search(s.text)
    ]


def _has_role(statement: Statement) -> bool:
    """Whether the statement gives the person a role as family: named as next of
    kin ("NOK: Sam OKORO (partner)"), told, kept updated, treated as family."""
    if ROLE.search(CLOSE.sub(" ", statement.value)):
        return True
    label = label_of(statement.text)
    return (
        bool(_NOK_LABEL.search(label))
        and bool(CLOSE.search(statement.value))
        and not _LIVED.search(statement.value)
    )


def _role_follows(doc: Document, statement: Statement) -> bool:
    """Whether the next statement gives the same person (named again) a role."""
    names = set(re.findall(r"\b[A-Z][a-z]{2,}\b", statement.text[1:])) - _NOT_NAMES
    for later in following(doc, statement, 1)[1:]:
        if names & set(re.findall(r"\b[A-Z][a-z]{2,}\b", later.text)) and ROLE.search(later.text):
            return True
    return False


_NOT_NAMES = frozenset({"The", "His", "Her", "Their", "Deceased", "Partner", "Police", "Next", "Kin"})
_NOK_LABEL = re.compile(r"\b(?:nok|next\s+of\s+kin|family)\b", re.IGNORECASE)
_LIVED = re.compile(r"\b(?:lived|living|lives|resided)\s+with\b", re.IGNORECASE)
