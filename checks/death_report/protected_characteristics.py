"""DR024: protected characteristics not recorded, or recorded with no consideration of their relevance."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.cris.record import is_death_record
from checks.death_report.report_sentences import (
    Statement,
    find,
    heading,
    is_blank_value,
    is_placeholder,
    label_of,
    placeholders,
    statements,
    title,
)

CHARACTERISTIC = re.compile(
    r"\b(?:protected\s+characteristics?|equality|ethnicity|ethnic\s+(?:origin|appearance|code)|race|ic\s*\d|sde"
    r"|religion|religious|faith|belief|sexual\s+orientation|sexuality|orientation|gay|lesbian|bisexual|heterosexual"
    r"|disabilit\w*|disabled|gender(?:\s+reassignment|\s+identity)?|transgender|trans\b|sex\b|pregnan\w*|maternity"
    r"|marri\w*|civil\s+partnership|age\b|aged\b)",
    re.IGNORECASE,
)
RELEVANCE = re.compile(
    r"\b(?:relevan\w*|irrelevan\w*|bearing|no\s+link|not\s+linked|linked|factor|consider\w*|assess\w*"
    r"|significan\w*|impact|connected|contribut\w*|motivat\w*|played\s+(?:a|no)\s+part|no\s+concerns?\s+re)\b",
    re.IGNORECASE,
)
LABEL = re.compile(
    r"\b(?:protected\s+characteristics?|equality(?:\s+(?:information|monitoring|data))?|diversity(?:\s+information)?)\b",
    re.IGNORECASE,
)
HEADING = re.compile(
    r"\b(?:protected|equality|diversity|deceased\s+details|personal\s+details)\b", re.IGNORECASE
)
_HEADING_ONLY = re.compile(r"^\W*(?:\d+\W*)?[A-Za-z ]{0,30}$")
_OTHER_TOPIC = re.compile(r"\b(?:chemsex|forensic|hat|cid|cctv|property|category|leaflet)\b", re.IGNORECASE)
_THRIVE = re.compile(
    r"^\s*(?:vulnerability|threat|harm|risk|engagement|investigation|prevention)\b", re.IGNORECASE
)


class ProtectedCharacteristicsNotConsidered(Check):
    """Protected characteristics not recorded, or recorded with no consideration of their relevance.

    The report must record the deceased's protected characteristics (age,
    disability, gender reassignment, marriage or civil partnership, pregnancy,
    race, religion or belief, sex, sexual orientation; "not known" is an
    answer) and say whether any of them is relevant to the death. Nothing at
    all, or characteristics listed with no word on their relevance, is
    *absent*; a heading or label holding only a placeholder
    ("Protected characteristics: TBC", or the heading with "N/A" on the next
    line) is *unclear*, also when some characteristics are listed elsewhere.
    Applies to death reports and to CRIS records of a death (the catalogue
    names CRIS too); a crime CRIS with a living victim is not applicable.

    ## Why it matters

    Recommendation 9: the Port victims' sexual orientation was never
    considered, and analysts cannot see patterns across deaths without these
    data. The inspection found records where not "even the most obvious
    protected characteristics, such as race, were recorded".

    ## Example

    ```text
    Ethnicity: White British. Sex: male.
    ```

    Two characteristics listed, no consideration of relevance.

    ## Use instead

    ```text
    Protected characteristics: age 52, male, Black British, Christian, gay,
    no known disability. His sexual orientation is considered relevant given
    the app messages and has been passed to the DI.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "all protected characteristics are recorded and
    considered as part of any investigation into a reported death." Also
    001_e7d9bf340db595bc.txt: "even the most obvious protected
    characteristics, such as race, were recorded"
    """

    code = "DR024"
    requirement = "DR-PC"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.DEATH_REPORT, DocKind.CRIS_RECORD})
    suggestion = (
        "The characteristics recorded (or not known) and a sentence on their relevance to the investigation."
    )

    def applies(self, doc: Document) -> bool:
        """Death reports, and CRIS records that investigate a death (the
        catalogue applies the requirement to CRIS too); not crime CRIS with a
        living victim."""
        if not super().applies(doc):
            return False
        return doc.kind is not DocKind.CRIS_RECORD or is_death_record(doc)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        blanks = placeholders(doc, LABEL)
        listed = [s for s in find(doc, CHARACTERISTIC) if _lists(s, blanks)]
        for s in listed:
            near = _run_of(doc, s, blanks)
            kinds = _kinds(" ".join(x.text for x in near))
            if any(RELEVANCE.search(x.text) for x in near) and len(kinds) >= 2:
                return
        blanks += _heading_then_blank(doc)
        if listed and not blanks:
            yield self.finding(
                doc,
                _span(listed),
                "Protected characteristics listed with no consideration of their relevance to the death",
            )
            return
        if blanks:
            yield self.unclear(doc, blanks[0], "Protected characteristics recorded only as a placeholder")
            return
        yield self.finding(
            doc, heading(doc, HEADING) or title(doc), "No protected characteristics of the deceased recorded"
        )


def _heading_then_blank(doc: Document) -> list[Span]:
    """A protected-characteristics heading whose only content, on the next
    line, is a placeholder ("Section I - Protected characteristics" then
    "N/A"): the box for their relevance was filled without an answer."""
    every = statements(doc)
    found: list[Span] = []
    for s, nxt in itertools.pairwise(every):
        short = len(s.text.split()) <= 8 and not s.text.rstrip().endswith(".")
        if short and LABEL.search(s.text) and is_blank_value(nxt.text.rstrip(".")):
            found.append(Span(s.span.start, nxt.span.end))
    return found


def _run_of(doc: Document, first: Statement, blanks: list[Span]) -> list[Statement]:
    """``first``, the rest of its block, and the listing lines that follow it,
    up to and including the first statement after them (where a sentence on
    relevance would go); statements on other topics are left out."""
    every = statements(doc)
    index = every.index(first)
    run = [first]
    for x in every[index + 1 :]:
        if x.block != first.block and not _lists(x, blanks):
            if not _OTHER_TOPIC.search(x.text):
                run.append(x)
            break
        if not _OTHER_TOPIC.search(x.text):
            run.append(x)
    return run


def _lists(statement: Statement, blanks: list[Span]) -> bool:
    """A statement that records characteristics, not a placeholder, a THRIVE line or
    the age in the circumstances."""
    if is_placeholder(statement) or _THRIVE.match(statement.text):
        return False
    if any(statement.span.start <= b.start < statement.span.end for b in blanks):
        return False
    if _HEADING_ONLY.match(statement.text):
        return False
    label = label_of(statement.text)
    return len(_kinds(statement.text)) >= 2 or bool(
        LABEL.search(statement.text) or CHARACTERISTIC.search(label)
    )


_KINDS = {
    "race": r"ethnic\w*|race|ic\s*\d|white|black|asian|mixed|chinese|arab|w/\s*brit\w*",
    "religion": r"religio\w*|faith|belief|christian|muslim|hindu|sikh|jewish|buddhist|atheist|c\s+of\s+e"
    r"|catholic",
    "orientation": r"orientation|sexuality|gay|lesbian|bisexual|heterosexual|straight",
    "disability": r"disab\w*",
    "sex": r"\bsex\b|gender|\bmale\b|\bfemale\b|(?-i:\b[MF]\b)",
    "age": r"\bage\b|\baged\b|\b\d{1,3}\s*(?:yrs|years|y/?o)\b",
    "other": r"pregnan\w*|maternity|marri\w*|civil\s+partnership|transgender|gender\s+reassignment",
}
_KIND_RE = {k: re.compile(v, re.IGNORECASE) for k, v in _KINDS.items()}


def _kinds(text: str) -> set[str]:
    return {k for k, r in _KIND_RE.items() if r.search(text)}


def _span(listed: list[Statement]) -> Span:
    first, last = listed[0], listed[0]
    for s in listed[1:]:
        if s.block == first.block:
            last = s
    return Span(first.span.start, last.span.end)
