"""DR022: next of kin not identified, not informed in person, or the notification not recorded."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.death_report.report_sentences import (
    Statement,
    find,
    following,
    heading,
    is_heading,
    is_placeholder,
    placeholders,
    statements,
    title,
)
from checks.vocabulary import DATE, POLICE_STYLE_NAME, RELATION, TIME, TITLED_NAME

_KIN = (
    r"(?:mother|mum|father|dad|parents?|sister|brother|son|daughter|wife|husband|partner|spouse|widow(?:er)?"
    r"|aunt|uncle|cousin|niece|nephew|grand\w+|family|relatives?)"
)
NOK = re.compile(
    r"\b(?:nok|n\.o\.k|next\s+of\s+kin|death\s+message|(?:family|relatives?)\s+(?:have\s+been\s+|has\s+been\s+|were\s+|was\s+)?"
    r"(?:informed|notified|aware|updated)|(?:family|relatives?)\s+(?:have|has|were|was)\s+been\s+told|(?:family|relatives?)\s+(?:were|was)\s+told|(?:informed|told|notified)\s+(?:the\s+)?(?:family|relatives?)"
    r"|broke\s+the\s+news|(?:and|i)\s+told\s+\w+)\b|^\W*family(?:\s+details)?\s*:",
    re.IGNORECASE,
)
NOK_BY_KIN = re.compile(
    rf"\b{_KIN}\b[^.;]{{0,80}}\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:informed|told|notified)"
    rf"|\b{_KIN}\b[^.;:]{{0,80}}(?::|\s-|,)\s*(?:informed|told|notified)\b"
    r"(?!\s+(?:me|us|police|officers?|him|her|them|the\s+(?:police|officers?|lass?|crew))\b)"
    rf"|\b(?:informed|told|notified)\s+(?:the\s+)?(?:deceased'?s\s+|dec'?d'?s\s+|his\s+|her\s+|their\s+)?{_KIN}\b",
    re.IGNORECASE,
)
NOK_OR_KIN = re.compile(f"{NOK.pattern}|{NOK_BY_KIN.pattern}", re.IGNORECASE)
LABEL = re.compile(
    r"\b(?:family(?:\s+details)?(?=\s*:)|nok(?:\s+(?:informed|details|name))?|next\s+of\s+kin(?:\s+informed)?|death\s+message)\b",
    re.IGNORECASE,
)
IN_PERSON = re.compile(
    r"\b(?:in\s+person|face[\s-]to[\s-]face|f2f|personally|at\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:home|h/a|address|door)"
    r"|home\s+addr\w*|visit\w*|attended\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:home|address|h/a)"
    r"|went\s+(?:with\s+[^.]{0,60}?\s+)?to|called\s+at|door\s*step|at\s+the\s+(?:station|hospital|mortuary))\b",
    re.IGNORECASE,
)
REMOTE = re.compile(
    r"\b(?:(?:tele)?phon\w*|tel\b|t/c|by\s+call|over\s+the\s+(?:phone|telephone)|mobile|voice\s*mail|text\w*|sms"
    r"|e-?mail\w*|letter|note\s+(?:through|left)|through\s+the\s+door|whats\s*app|video\s+call)\b",
    re.IGNORECASE,
)
OFFICER = re.compile(
    r"(?i:\b(?:pc|ps|dc|ds|di|dci|sgt|sergeant|insp(?:ector)?|a/ps|a/di|officers?|flo|constable)\b|\bby\s+me\b)|\bI\b"
)
NOTIFIED = re.compile(
    r"\b(?:inform\w*|told|tell|notif\w*|aware|death\s+message|message\s+(?:passed|delivered|given)|passed|delivered"
    r"|broke|break|visited|spoke|contacted)\b",
    re.IGNORECASE,
)
ONLY_HEADING = re.compile(
    r"^\W*(?:\d+\W*)?(?:next\s+of\s+kin|nok)(?:\s+(?:details|information))?\W*$", re.IGNORECASE
)
HEADING = re.compile(r"\b(?:next\s+of\s+kin|nok|family|death\s+message)\b", re.IGNORECASE)
PRESENT_AT_DEATH = re.compile(
    r"\b(?:(?:was|were)\s+(?:with\s+(?:him|her|them)|present)\s+(?:when|as|at\s+the\s+time)"
    r"\s+(?:he|she|they)\s+(?:died|passed(?:\s+away)?)|present\s+at\s+(?:the|his|her|their)\s+death)\b",
    re.IGNORECASE,
)
_KIN_WORD = re.compile(rf"\b{_KIN}\b", re.IGNORECASE)
"""A relative at the death itself ("Mr Fenwick (son) ... was with her when she
died"): they need no death message; the report shows who they are and that
officers dealt with them there."""


class NextOfKinNotInformed(Check):
    """Next of kin not identified, not informed in person, or the notification not recorded.

    The report must say who the next of kin is (name and relationship), that
    they were told in person, by which officer, and when. A next of kin line
    with no time, no officer or no method, or a death message given by phone
    or note, is the gap; a label holding only a placeholder ("NOK: TBC") is
    *unclear*; no mention of the next of kin at all is *absent*. What follows
    a next-of-kin heading or bare "NOK:" label is read as about the next of
    kin, and the person may be named in the sentence before the one that
    records the notification. A relative who was with the deceased when they
    died needs no death message and satisfies it.

    ## Why it matters

    The coroner raised death messages as a concern (MC6): one family was never
    contacted at all. The guidance is plain: "NEVER give the message over the
    phone! NEVER put a note through the door."

    ## Example

    ```text
    NEXT OF KIN
    NOK aware.
    ```

    ## Use instead

    ```text
    NOK: Sandra COLE (sister), 4 Elm Way N1 2AB. Informed in person at her
    home address 12/06/23 1415 by PC 456AB GRANT and PC 789AB LEE.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "Contact with the next of kin should be recorded
    in the death report." Also 001_e7d9bf340db595bc.txt: "NEVER give the
    message over the phone! NEVER put a note through the door."
    """

    code = "DR022"
    requirement = "DR-NOK"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = (
        "The next of kin's name and relationship; the date and time informed; the officer; "
        "in person at home address; any language or cultural needs noted."
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if _present_at_death(doc):
            return
        blanks = placeholders(doc, LABEL)
        candidates = sorted(set(find(doc, NOK_OR_KIN)) | set(_under_heading(doc)), key=lambda s: s.span.start)
        mentions = [
            s
            for s in candidates
            if not is_placeholder(s)
            and not _only_blank(s, blanks)
            and not ONLY_HEADING.match(s.text)
            and (
                NOTIFIED.search(s.text) or IN_PERSON.search(s.text) or LABEL.match(_QUESTION.sub("", s.text))
            )
        ]
        if not mentions:
            if blanks:
                yield self.unclear(doc, blanks[0], "Next of kin recorded only as a placeholder")
                return
            yield self.finding(
                doc,
                heading(doc, HEADING) or title(doc),
                "No record that the next of kin was identified or informed",
            )
            return
        best: tuple[int, Statement, list[str]] | None = None
        for s in mentions:
            missing = _missing(doc, s)
            if not missing:
                return
            if best is None or len(missing) < best[0]:
                best = (len(missing), s, missing)
        assert best is not None
        _, statement, missing = best
        yield self.finding(doc, statement.span, "Next of kin notification recorded without " + _join(missing))


def _under_heading(doc: Document) -> list[Statement]:
    """The statements after a next-of-kin heading or bare label ("9. NEXT OF
    KIN", "Next of kin and family", "NOK:" with the value on the next line):
    what they say is about the next of kin even when they do not name the
    topic again ("Sister, Ms ... Informed in person at ...")."""
    every = statements(doc)
    found: list[Statement] = []
    for i, s in enumerate(every):
        if not (HEADING.search(s.text) and (is_heading(s) or _BARE_LABEL.match(s.text))):
            continue
        if is_placeholder(s) and s.value.strip():
            continue
        rest = every[i + 1 : i + 7]
        if rest:
            found.extend(x for x in rest if x.block == rest[0].block and not is_heading(x))
    return found


_BARE_LABEL = re.compile(r"^[^:\n]{1,40}:\s*$")


def _present_at_death(doc: Document) -> bool:
    every = statements(doc)
    for i, s in enumerate(every):
        if not PRESENT_AT_DEATH.search(s.text):
            continue
        before = every[i - 1].text if i and every[i - 1].block == s.block else ""
        if _KIN_WORD.search(s.text) or _KIN_WORD.search(before):
            return True
    return False


def _only_blank(statement: Statement, blanks: list[Span]) -> bool:
    return any(statement.span.start <= b.start < statement.span.end for b in blanks) and not NOK.search(
        statement.text[_after_blank(statement, blanks) :]
    )


def _after_blank(statement: Statement, blanks: list[Span]) -> int:
    ends = [b.end for b in blanks if statement.span.start <= b.start < statement.span.end]
    return max(ends) - statement.span.start


def _missing(doc: Document, statement: Statement) -> list[str]:
    context = " ".join(
        s.text for s in _before(doc, statement) + following(doc, statement, 2) + _form_rows(doc, statement)
    )
    missing = []
    if not (
        RELATION.search(context)
        or TITLED_NAME.search(context)
        or POLICE_STYLE_NAME.search(context)
        or re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+\b", context)
    ):
        missing.append("who the next of kin is")
    if REMOTE.search(context) and not IN_PERSON.search(context):
        missing.append("notification in person (it was by phone or note)")
    elif not IN_PERSON.search(context):
        missing.append("how they were informed (in person)")
    if not OFFICER.search(context):
        missing.append("the officer who informed them")
    if not (
        TIME.search(context) or DATE.search(context) or re.search(r"\b\d{4}\s*(?:hrs|hours)?\b", context)
    ):
        missing.append("when they were informed")
    return missing


_QUESTION = re.compile(r"^\s*Q\s*\d*\s*[:.)]\s*")
_FORM_ROW = re.compile(r"^\s*[QA]\s*\d*\s*[:.)]\s|\|")


def _form_rows(doc: Document, statement: Statement) -> list[Statement]:
    """The rows after a question or table line, which the parser puts in
    blocks of their own: the answers to "Q: NOK? A: ..." and the rows under
    a "NOK | RELATIONSHIP | INFORMED BY" header."""
    if not _FORM_ROW.search(statement.text):
        return []
    every = statements(doc)
    index = every.index(statement)
    rows: list[Statement] = []
    for s in every[index + 1 : index + 5]:
        if not _FORM_ROW.search(s.text):
            break
        rows.append(s)
    return rows


def _before(doc: Document, statement: Statement) -> list[Statement]:
    """The statement just before ``statement`` in its block: a next of kin
    line often names the person first ("Daughter - Miss Ruth OKE, 4 Elm Rd.")
    and records the notification in the next sentence."""
    every = statements(doc)
    index = every.index(statement)
    if index and every[index - 1].block == statement.block and not is_heading(every[index - 1]):
        return [every[index - 1]]
    return []


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]
