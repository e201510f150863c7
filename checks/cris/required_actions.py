"""Policy-required actions on a CRIS record (house-to-house, CCTV, contacting
the informant): whether each was done, recorded as not done with or without a
reason, left as a placeholder, or never mentioned at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from auditor.document import Document, Span
from checks.cris.passages import Statement, is_review, label_value, per_document, statements
from checks.cris.reasons import NOT_DONE, Reason, judge_reason, reason_after
from checks.vocabulary import is_non_answer


class Status(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"
    PLACEHOLDER = "placeholder"
    SILENT = "silent"
    UNMENTIONED = "unmentioned"


@dataclass(frozen=True, slots=True)
class Action:
    name: str
    mention: re.Pattern[str]
    done: re.Pattern[str]
    only_unexpected: bool


_CONTACTED = re.compile(
    r"\b(?:spoke|spoken|speak(?:ing)?|(?<!police\s)called(?!\s+(?:by|police|999|in|out)\b)|rang(?!\s+(?:police|999)\b)"
    r"|phoned|telephoned|contacted|visited|met|reached|traced"
    r"|(?:statement|s/s|account|mg11)s?(?:\s*\([^()\n]{0,30}\))?\s+(?:taken|obtained|recorded|from)"
    r"|took\s+(?:(?:a|his|her|their|full|written)\s+)*(?:statement|s/s|account)s?"
    r"|gave\s+(?:(?:a|his|her|their|full|first|written)\s+)*(?:statement|s/s|account)s?)\b",
    re.IGNORECASE,
)
ACTIONS: tuple[Action, ...] = (
    Action(
        "house-to-house",
        re.compile(
            r"\b(?:h2h|h-2-h|house[\s-]*to[\s-]*house|door[\s-]*to[\s-]*door|door[\s-]*knock\w*|house\s+calls"
            r"|(?:neighbours?|residents?|neighbourhood)\s+(?:enquir\w+|canvass\w*|spoken\s+to|visited))\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?:completed?|conducted|carried\s+out|done|knocked|canvassed|visited|spoke|spoken|nobody|no\s+one"
            r"|cards?\s+left|nothing\s+(?:seen|heard)|no\s+(?:reply|answer)|numbers|nos)\b",
            re.IGNORECASE,
        ),
        only_unexpected=True,
    ),
    Action(
        "CCTV",
        re.compile(r"\b(?:cctv|c\.c\.t\.v|camera\s+footage|footage|doorbell\s+camera)\b", re.IGNORECASE),
        re.compile(
            r"\b(?:viewed|seized|obtained|trawl(?:ed)?|identified|reviewed|downloaded|checked|recovered|collected"
            r"|footage\s+covering|nothing\s+of\s+relevance|seen\s+walking)\b",
            re.IGNORECASE,
        ),
        only_unexpected=True,
    ),
    Action(
        "informant contact",
        re.compile(
            r"\b(?:informant|caller|reporting\s+person|rp|anon(?:ymous)?\s+(?:caller|call|informant)|person\s+reporting"
            r"|(?:re)?called\s+(?:the\s+)?(?:number\s+)?back|(?:the\s+)?call\s+(?:was\s+)?(?:made|placed)\s+by"
            r"|(?:read|reviewed|checked)\s+(?:the\s+)?cad|cad\s+\S+\s+(?:reviewed|read|checked))\b",
            re.IGNORECASE,
        ),
        _CONTACTED,
        only_unexpected=False,
    ),
)

_CALLER = re.compile(
    r"\b(?:informant|caller|call(?:ed)?\s+(?:received\s+)?(?:from|by)|reported\s+by|reporting\s+person|rp|anon(?:ymous)?"
    r"|police\s+(?:were\s+|was\s+)?called|(?:rang|phoned|called)\s+(?:the\s+)?(?:police|999)|999\s+call)\b"
    r"|\ba\s+call\b[^.]{0,40}\bfrom\b",
    re.IGNORECASE,
)
_DEATH = re.compile(
    r"\b(?:sudden\s+death|deceased|dec'?d|life\s+(?:pronounced\s+)?extinct|ple)\b", re.IGNORECASE
)
_INTEL_CHECK = re.compile(r"\b(?:intel(?:ligence)?|PNC|PND|CRIMINT|MERLIN)\b", re.IGNORECASE)
_PLAN = re.compile(
    r"\b(?:outstanding|result\s+awaited|to\s+be\s+(?:completed|done|conducted|carried\s+out)|oic\s+to|please"
    r"|should|must|ensure|needs?\s+to|action(?:s)?\s+(?:set|raised|plan)|still\s+outstanding|not\s+yet\s+satisfied"
    r"|gaps?\s+identified|record\s+why|complete\s+or\s+record)\b",
    re.IGNORECASE,
)
_EXPECTED = re.compile(
    r"(?<![-\w])(?:expected\s+death|death\s*[-(]\s*expected|\(expected\)|sudden\s+death\s*-\s*expected"
    r"|expected\s*-\s*gp|gp\s+(?:certifying|to\s+issue|will\s+issue|issued?)\s+(?:the\s+)?mccd)",
    re.IGNORECASE,
)
_UNEXPECTED = re.compile(r"\bunexpected\b|\bsuspicious\b|\bhomicide\b|\bunexplained\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the record says about one required action."""

    action: str
    status: Status
    reason: Reason | None
    span: Span | None


def is_expected_death(doc: Document) -> bool:
    """An expected death (GP certifying): house-to-house and CCTV are not required."""
    head = doc.text[:1500]
    return bool(_EXPECTED.search(head)) and not _UNEXPECTED.search(head)


@per_document
def assess(doc: Document) -> list[Verdict]:
    """One verdict per required action that applies to this record."""
    every = statements(doc)
    reviews = [s for s in every if is_review(doc, s)]
    work = [s for s in every if not is_review(doc, s)]
    expected = is_expected_death(doc)
    verdicts = []
    for action in ACTIONS:
        if action.only_unexpected and expected:
            continue
        verdict = _assess(doc, action, work)
        if verdict.status is Status.UNMENTIONED:
            verdict = _flagged_by_review(action, reviews) or Verdict(action.name, Status.DONE, None, None)
        elif verdict.status is Status.SILENT:
            verdict = _flagged_by_review(action, reviews) or verdict
        verdicts.append(verdict)
    return verdicts


def _flagged_by_review(action: Action, reviews: list[Statement]) -> Verdict | None:
    """An action never recorded that a supervisor's review says was not done."""
    for st in reviews:
        m = action.mention.search(st.text)
        if m is not None and NOT_DONE.search(st.text, m.start()):
            return Verdict(action.name, Status.SILENT, None, st.span)
    return None


def _block(statements_: list[Statement], i: int) -> list[Statement]:
    """A statement and the rest of its entry: "Informant: X. X not spoken to because ..."."""
    st = statements_[i]
    out = [st]
    if st.entry is None:
        return out
    for nxt in statements_[i + 1 : i + 5]:
        if nxt.entry is not st.entry:
            break
        out.append(nxt)
    return out


def _assess(doc: Document, action: Action, all_statements: list[Statement]) -> Verdict:
    skipped: list[Verdict] = []
    placeholders: list[Verdict] = []
    done = False
    for i, st in enumerate(all_statements):
        if not action.mention.search(st.text) or _INTEL_CHECK.search(st.text):
            continue
        qa = label_value(st.text)
        if (
            qa is not None
            and action.mention.search(qa[0])
            and len(qa[0].split()) <= 4
            and (not qa[1] or is_non_answer(qa[1]))
        ):
            placeholders.append(Verdict(action.name, Status.PLACEHOLDER, None, st.span))
            continue
        block = _block(all_statements, i)
        for part in block:
            m = NOT_DONE.search(part.text)
            if m is None or (
                part is not st and action.mention.search(part.text) is None and not _names_person(part)
            ):
                continue
            if part is not st and action.name != "informant contact":
                continue
            reason = judge_reason(reason_after(part.text, m.end()))
            skipped.append(Verdict(action.name, Status.SKIPPED, reason, part.span))
            break
        else:
            if _PLAN.search(st.text):
                continue
            text = " ".join(p.text for p in block) if action.name == "informant contact" else st.text
            if action.done.search(text):
                done = True
    if done:
        return Verdict(action.name, Status.DONE, None, None)
    if skipped:
        return skipped[-1]
    if placeholders:
        return placeholders[-1]
    if action.name == "informant contact" and _informant_contacted(doc, all_statements):
        return Verdict(action.name, Status.DONE, None, None)
    if action.only_unexpected or not (_CALLER.search(doc.text) or _DEATH.search(doc.text)):
        # never recorded here: another record may hold it (the EAB, an H2H log); a victim
        # who called police herself leaves no informant to contact, but a death always does
        return Verdict(action.name, Status.UNMENTIONED, None, None)
    return Verdict(action.name, Status.SILENT, None, None)


_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?"
_INFORMANT_NAME = (
    re.compile(
        rf"\b(?:informant|caller|reporting\s+person|rp|person\s+reporting|reported\s+by|call(?:ed)?\s+(?:from|by))"
        rf"\s*[:=-]?\s*(?:{_TITLE}\s+)?(?:[A-Z][a-z'-]+\s+)?(?P<name>[A-Z][A-Za-z'-]{{2,}})\b"
    ),
    re.compile(
        rf"\b{_TITLE}\s+(?:[A-Z][a-z'-]+\s+)?(?P<name>[A-Z][A-Za-z'-]{{2,}})(?:\s*\([^()\n]{{0,30}}\))?"
        rf"\s+(?:called|rang|phoned|dialled|reported)\s+(?:it\s+)?(?:to\s+)?(?:999|police|101|the\s+police)\b"
    ),
)
"""Where the informant is named: "Informant: Mr Dariusz NOWAK", "Mr Femi ADEBAYO (Flat 11) called 999"."""


_THE_CALL = re.compile(
    r"\b(?:police|we|officers)\s+(?:were|was)\s+(?:called|contacted)|\b(?:called|rang|phoned|dialled)\s+(?:999|101|police)"
    r"|\b999\s+call|\bcall(?:ed)?\s+(?:from|by)\b",
    re.IGNORECASE,
)
"""The call to police itself, which names the informant but is no contact with them."""


def _informant_contacted(doc: Document, work: list[Statement]) -> bool:
    """The informant, named where the call is described, is later recorded by name
    as spoken to or giving a statement ("I took statements from ... Mr Nowak")."""
    names = {m.group("name").lower() for rx in _INFORMANT_NAME for m in rx.finditer(doc.text)}
    names -= {"the", "police", "was", "who", "from", "unknown", "anonymous", "anon"}
    if not names:
        return False
    for st in work:
        words = {w.lower() for w in re.findall(r"[A-Za-z'-]+", st.text)}
        contact = _CONTACTED.search(st.text) and not NOT_DONE.search(st.text)
        if names & words and contact and not _THE_CALL.search(st.text):
            return True
    return False


def _names_person(st: Statement) -> bool:
    """A sentence about a named person ("Ronald TAYLOR not spoken to ..."), for the informant."""
    return bool(re.search(r"\b[A-Z][a-z'-]+\s+[A-Z][A-Za-z'-]+\s+not\b", st.text)) or bool(
        re.search(r"\bnot\s+(?:been\s+)?(?:contacted|spoken)", st.text, re.IGNORECASE)
    )
