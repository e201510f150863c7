"""What a death report says about the death itself, for deciding whether a
conditional requirement applies: was the death treated as suspicious or not,
were the circumstances in doubt, were items seized.

Judged from wording only; each function says None or False when the report
does not say, so that callers can choose not to guess.
"""

from __future__ import annotations

import re
from enum import StrEnum

from auditor.document import Document
from checks.death_report.report_sentences import Statement, find, is_heading, statements

_CATEGORY_LABEL = re.compile(
    r"^\s*(?:category|categori[sz]ation|classification|cat\b|i\s+have\s+categori[sz]ed"
    r"|this\s+death\s+(?:is|has\s+been)\s+categori[sz]ed)",
    re.IGNORECASE,
)
_SUSPICIOUS_CATEGORY = re.compile(
    r"\b(?:cat(?:egory)?\.?\s*[34]\b|under\s+investigation|homicide|murder|manslaughter"
    r"|(?<![\w-])suspicious"
    r"|third\s+party\s+involvement\s+(?:likely|suspected|not\s+ruled\s+out|cannot\s+be\s+(?:ruled|excluded))"
    r"|3rd\s+party\s+involvement\s+(?:likely|suspected))",
    re.IGNORECASE,
)
_NON_SUSPICIOUS = re.compile(
    r"\b(?:cat(?:egory)?\.?\s*[12]\b|expected\s+death|(?<!un)expected\b|non[-\s]?suspicious"
    r"|not\s+(?:treated\s+as\s+)?suspicious|no\s+suspicious\s+circumstances"
    r"|no\s+(?:3rd|third)\s+party\s+involvement|satisfied\s+no\s+(?:3rd|third)\s+party)",
    re.IGNORECASE,
)
_DOUBT = re.compile(
    r"\b(?:in\s+doubt|doubts?\s+(?:about|re|over|as\s+to)|could\s+not\s+rule\s+(?:it\s+)?out"
    r"|cannot\s+(?:be\s+)?rule[d]?\s+out|unable\s+to\s+rule\s+out|possible\s+(?:3rd|third)\s+party"
    r"|circumstances\s+(?:are\s+|were\s+)?(?:unclear|unexplained|not\s+(?:yet\s+)?(?:clear|explained))"
    r"|(?:phone|mobile)\b[^.]{0,40}\b(?:missing|not\s+(?:found|located|recovered))"
    r"|missing\s+(?:mobile\s+)?phone|no\s+(?:mobile\s+)?phone\s+(?:was\s+)?(?:found|located|recovered))",
    re.IGNORECASE,
)
_INJURY = re.compile(
    r"\b(?:bruis\w*|lacerat\w*|graz\w*|abrasion\w*|petechia\w*|stab\w*|wound\w*|cuts?\b|fractur\w*"
    r"|ligature\s+marks?|swelling|blood\s+(?:loss|pool|stain\w*|spatter)|head\s+injur\w*|injur(?:y|ies))",
    re.IGNORECASE,
)
_NO_INJURY = re.compile(
    r"\b(?:no|nil|without|not\s+any|none)\b[^.;]{0,25}\b(?:injur\w*|marks?|bruis\w*|wounds?)"
    r"|\binjur\w*\s*[:-]\s*(?:nil|none|no)\b|\bno\s+(?:obvious|visible|signs?\s+of)\b",
    re.IGNORECASE,
)


_NEGATED = re.compile(r"\b(?:non|not|nothing|no|un|nil|never)\b[\w\s'-]{0,20}$", re.IGNORECASE)


def _says_suspicious(text: str) -> bool:
    """A suspicious category, not "non-suspicious" or "nothing suspicious"."""
    for m in _SUSPICIOUS_CATEGORY.finditer(text):
        if not _NEGATED.search(text[max(0, m.start() - 30) : m.start()]):
            return True
    return False


_INVESTIGATED = re.compile(
    r"\b(?:(?:foren\w{0,3}ic|special|home\s+office)\s+(?:post[\s-]?mortem|pm)|lines\s+of\s+enquiry\s+set"
    r"|mit\s+(?:informed|attended|took\s+primacy)|murder\s+investigation|crime\s+scene\s+(?:held|preserved))\b",
    re.IGNORECASE,
)
"""Steps taken only when a death is treated as possibly suspicious."""


_THIRD_PARTY_DOUBT = re.compile(
    r"\b(?:could\s+not|cannot|unable\s+to)\s+rule\s+(?:it\s+)?out|third\s+party\s+involvement\s+(?:likely|suspected)",
    re.IGNORECASE,
)


class Category(StrEnum):
    SUSPICIOUS = "suspicious"
    NOT_SUSPICIOUS = "not_suspicious"


def category_statements(doc: Document) -> list[Statement]:
    return [s for s in statements(doc) if _CATEGORY_LABEL.search(s.text)]


def category(doc: Document) -> Category | None:
    """How the report categorises the death, from its category line; None when
    it gives none (or only "unexplained", which says neither)."""
    for s in category_statements(doc):
        value = s.text
        if _says_suspicious(value):
            return Category.SUSPICIOUS
        if _NON_SUSPICIOUS.search(value):
            return Category.NOT_SUSPICIOUS
    if find(doc, _INVESTIGATED):
        return Category.SUSPICIOUS
    if find(doc, _THIRD_PARTY_DOUBT) or (injuries_noted(doc) and not find(doc, _NON_SUSPICIOUS)):
        return Category.SUSPICIOUS
    if find(doc, _NON_SUSPICIOUS):
        return Category.NOT_SUSPICIOUS
    return None


def injuries_noted(doc: Document) -> list[Statement]:
    """Statements reporting injuries on the deceased, not their absence."""
    return [
        s
        for s in statements(doc)
        if _INJURY.search(s.text) and not _NO_INJURY.search(s.text) and not _CATEGORY_LABEL.search(s.text)
    ]


def doubt_statements(doc: Document) -> list[Statement]:
    """Statements saying the circumstances are in doubt: doubts about a third
    party, a missing phone, injuries noted, a suspicious category."""
    found = find(doc, _DOUBT) + injuries_noted(doc)
    found += [s for s in category_statements(doc) if _says_suspicious(s.text)]
    return sorted(set(found), key=lambda s: s.span.start)


def in_doubt(doc: Document) -> bool:
    return bool(doubt_statements(doc))


SEIZURE = re.compile(
    r"\b(?:seiz\w*|retain\w*|recovered|exhibit(?:s|ed)?|booked|bagged|lodged|taken\s+(?:as|into|for|by\s+police)"
    r"|items?\s+(?:found|taken|removed)|following\s+items|property\s+(?:ref|taken|booked|seized|retained)"
    r"|(?:submitted|sent)\s+for\s+(?:forensic|examination|analysis))\b|\bproperty\s*:",
    re.IGNORECASE,
)
_NOTHING_SEIZED = re.compile(
    r"\b(?:nothing|nil|none|no\s+(?:items?|property|exhibits?))\b(?:\s+of\s+note)?\s*(?:was\s+|were\s+)?"
    r"(?:seized|retained|found|taken|recovered|booked)?\s*\.?\s*$"
    r"|\b(?:nothing|no\s+(?:items?|property|exhibits?))\s+(?:was\s+|were\s+)?(?:seized|retained|taken|recovered)",
    re.IGNORECASE,
)
_POST_MORTEM = re.compile(r"\b(?:post[\s-]?mortem|pm|autopsy|pathologist)\b", re.IGNORECASE)
_SEIZED_LIST = re.compile(r"(?:seized|retained|recovered|taken)\s*[:-]\s*(.*)$", re.IGNORECASE | re.DOTALL)


def seizure_statements(doc: Document) -> list[Statement]:
    """Statements recording items seized, retained or booked (not "nothing seized")."""
    found = []
    for s in find(doc, SEIZURE):
        listed = _SEIZED_LIST.search(s.text)
        tail = listed.group(1) if listed else s.text
        if _NOTHING_SEIZED.search(tail) or _NOTHING_SEIZED.search(s.text) or not tail.strip():
            continue
        if _POST_MORTEM.search(s.text) or is_heading(s):
            continue
        found.append(s)
    return found


_LIST_LEAD = re.compile(
    r"(?:seized|retained|recovered|taken|exhibited|items?\s+found(?:\s*/\s*seized)?|property|following\s+items)"
    r"\s*[:-]\s*",
    re.IGNORECASE,
)
_LIST_STOP = re.compile(
    r"\s+(?:taken|seized|retained|booked|recovered)\b.*$|[.;].*$", re.IGNORECASE | re.DOTALL
)
_ITEM_SPLIT = re.compile(r"\s*(?:,|\band\b|&|\+)\s*", re.IGNORECASE)
_NOT_ITEM = re.compile(r"^(?:nothing|nil|none|n/?a|tbc|no\b|see\b|\d)", re.IGNORECASE)


def seized_items(doc: Document) -> list[str]:
    """The head nouns of the items listed as seized ("mobile phone" -> "phone")."""
    items: list[str] = []
    for s in seizure_statements(doc):
        m = _LIST_LEAD.search(s.text)
        if m is None:
            continue
        listed = _LIST_STOP.sub("", re.sub(r"\([^)]*\)", " ", s.text[m.end() :]))
        for part in _ITEM_SPLIT.split(listed):
            words = re.findall(r"[A-Za-z][A-Za-z-]+", part)
            if not words or _NOT_ITEM.match(part.strip()):
                continue
            head = words[-1].lower()
            if head not in items and len(head) > 2:
                items.append(head)
    return items
