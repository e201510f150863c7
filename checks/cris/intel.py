"""Intelligence checks as a CRIS records them: which statements record a check,
which parties, systems and period it covered, and what its results say.

Shared by CR012 (scope) and CR013 (content).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from auditor.document import Document
from checks.cris.passages import Statement, per_document, statements
from checks.vocabulary import DATE, is_non_answer

SYSTEMS = ("PNC", "PND", "CRIS", "MERLIN", "CRIMINT", "CONNECT")
MINIMUM_INDICES = ("PNC", "CRIS", "MERLIN", "CRIMINT", "CONNECT")
_SYSTEM = re.compile(r"\b(PNC|PND|CRIS|MERLIN|CRIMINT|CONNECT|crimint|merlin|pnc|pnd)\b")
_ALL_SYSTEMS = re.compile(
    r"\ball\s+(?:(?:police|mps|relevant|available|intel(?:ligence)?|force)\s+)*(?:systems|indices|databases)\b"
    r"|\bfull\s+(?:intel(?:ligence)?\s+)?(?:checks|research)\s+on\s+all\b",
    re.IGNORECASE,
)

_INTEL = re.compile(r"\b(?:intel(?:ligence)?|int\.?\s+checks?|lio)\b", re.IGNORECASE)
_CHECK_WORD = re.compile(
    r"\b(?:checks?|checked|search(?:ed|es)?|research(?:ed)?|conducted|completed|carried\s+out"
    r"|(?:ran|run)\b(?=(?:\s+[\w/'&]+){0,4}?\s+(?:checks?|pnc|pnd|crimint|merlin|cris|connect|intel\w*|name|names"
    r"|(?:the\s+)?(?:v|s|w|suspect|victim|witness(?:es)?)\b))"
    r"|done|trace[ds]?|request(?:ed)?|made|undertaken)\b|\bintel(?:ligence)?\s*[:-]|\bpnc(?:'d)?\s+(?:on|for)\b",
    re.IGNORECASE,
)
_NOT_A_RECORD = re.compile(
    r"\b(?:reviewed|review|not\s+(?:yet\s+)?complete|incomplete|outstanding|gaps?|should|must|ensure|need(?:s|ed)?\s+to"
    r"|to\s+be\s+(?:completed|done|conducted|carried)|please|oic\s+to|officer\s+to|action(?:s)?\s+set|appropriate"
    r"|confirm(?:s|ed)?\s+(?:that\s+)?(?:the\s+)?intel|supervisor|not\s+satisfied)\b",
    re.IGNORECASE,
)
_REQUESTED = re.compile(
    r"\b(?:request(?:ed|s)?|submitted\s+to\s+(?:the\s+)?lio|sent\s+to\s+(?:the\s+)?lio|awaiting|awaited|pending"
    r"|to\s+follow|in\s+progress|asked\s+(?:the\s+)?lio)\b",
    re.IGNORECASE,
)

# --- parties ------------------------------------------------------------------------------
_ALL_PARTIES = re.compile(
    r"\ball\s+(?:the\s+)?(?:parties|persons|people|those|involved|individuals|subjects|named|occupants)\b"
    r"|\bboth\s+(?:parties|persons|people|of\s+them)\b|\ball\s+(?:three|four|five|\d)\b"
    r"|\beveryone\s+(?:present|involved|named)\b|\beach\s+party\b",
    re.IGNORECASE,
)
_ROLES: dict[str, re.Pattern[str]] = {
    "deceased": re.compile(r"\b(?:deceased|dec'?d|decd|subject)\b", re.IGNORECASE),
    "victim": re.compile(
        r"\b(?:victim|v/s|ip|injured\s+party)\b|(?-i:(?<![/\w])V\d?(?![/\w']))", re.IGNORECASE
    ),
    "suspect": re.compile(
        r"\b(?:suspects?|susp|s/s|perpetrator|offender|perp|accused)\b|(?-i:(?<![/\w])S\d?(?![/\w']))",
        re.IGNORECASE,
    ),
    "informant": re.compile(r"\b(?:informant|caller|rp|reporting\s+person|reportee)\b", re.IGNORECASE),
    "finder": re.compile(r"\b(?:finder|found\s+by|person\s+who\s+found)\b", re.IGNORECASE),
    "witness": re.compile(
        r"\b(?:witness(?:es)?|w/s|last\s+seen(?:\s+by)?|lsa)\b|(?-i:(?<![/\w])W\d?(?![/\w']))", re.IGNORECASE
    ),
    "partner": re.compile(
        r"\b(?:(?:ex-?)?partner|husband|wife|spouse|boyfriend|girlfriend)\b", re.IGNORECASE
    ),
    "family": re.compile(r"\b(?:nok|next\s+of\s+kin|family|relatives?|son|daughter|brother|sister)\b", re.I),
    "household": re.compile(r"\b(?:occupants?|flatmates?|housemates?|neighbours?|lodgers?|carers?)\b", re.I),
}
_LOCATION_PART = re.compile(
    r"\b(?:and\s+)?(?:the\s+)?(?:location|address|premises|scene|venue)\b.*?"
    r"(?=\s+-\s+|\s+using\b|\s+on\s+(?:PNC|the\b)|,\s+(?:for|covering|back|with|full|over|limited)\b|\.\s|$)",
    re.IGNORECASE | re.DOTALL,
)
_NAME = re.compile(r"\b[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+)+\b")
_RANK_BEFORE = re.compile(r"\b(?:PC|DC|PS|DS|DI|DCI|Sgt|Insp|A/\w+|\d+\w*)\s*$")
_NOT_NAME = re.compile(
    r"^(?:Intel|Intelligence|Checks?|Results?|Further|Police|Homicide|Local|Crime|No|The|Nil|Metropolitan)\b"
)

# --- period ---------------------------------------------------------------------------------
_NUMBER = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20}  # fmt: skip
_YEARS = re.compile(
    r"\b(?P<qual>(?:a\s+)?minimum\s+(?:of\s+)?|min(?:imum)?\.?\s+(?:of\s+)?|at\s+least\s+|over\s+|more\s+than\s+"
    r"|in\s+excess\s+of\s+|>\s*)?(?:the\s+)?(?:last\s+|past\s+|previous\s+)?(?P<n>\d{1,2}|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|twelve|fifteen|twenty)[\s-]*(?P<pre>\+\s*)?(?:years?|yrs?|yr)\b(?P<plus>\s*\+|\s+(?:plus|or\s+more))?",
    re.IGNORECASE,
)
_MONTHS = re.compile(
    r"\b(?:the\s+)?(?:last|past|previous|preceding)\s+(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|twelve|eighteen|twenty)\s*(?:calendar\s+)?(?P<unit>months?|mths?|weeks?)\b",
    re.IGNORECASE,
)
"""A period in months ("in the last 12 months"): under five years unless 60 or more."""
_LIMITED = re.compile(r"\b(?:limited|restricted|capped|only|maximum|max)\b", re.IGNORECASE)
_BACK_TO = re.compile(r"\b(?:back\s+to|since|from|as\s+far\s+back\s+as)\s+(?:\w+\s+)?((?:19|20)\d\d)\b", re.I)
_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*(?:-|to|\u2013)\s*((?:19|20)\d\d)\b")
_UNLIMITED = re.compile(
    r"\b(?:no\s+(?:date|time)\s+(?:restriction|limit)s?|full\s+(?:history|record)|entire\s+(?:history|record)"
    r"|all\s+(?:available\s+)?(?:history|records|years|time)|unrestricted|without\s+(?:a\s+)?(?:date|time)\s+limit"
    r"|no\s+limit)\b",
    re.IGNORECASE,
)

# --- results ---------------------------------------------------------------------------------
_PENDING = re.compile(
    r"\b(?:to\s+follow|awaited|awaiting|pending|not\s+(?:yet\s+)?(?:back|received|returned)|in\s+progress"
    r"|tbc|tba|see\s+(?:crimint|attached|lio|report|intel|above|below|dets|separate)|(?:held|recorded|kept)\s+on"
    r"\s+(?:crimint|the\s+intel|file))\b",
    re.IGNORECASE,
)
_NIL = re.compile(
    r"\b(?:nil|no\s+trace|ntr|nothing(?:\s+(?:of\s+)?(?:note|relevance|relevant|significant|known|found|untoward|trace))?"
    r"|no\s+(?:relevant|significant|adverse|known|previous|trace|record|recorded|intel|history|concerns?)"
    r"|negative|not\s+known|unknown\s+to)\b",
    re.IGNORECASE,
)
_NIL_SCOPE = re.compile(
    r"\b(?:any|all|each|every|either|none\s+of)\s+(?:\w+\s+)?(?:part(?:y|ies)|systems?|person|persons|people"
    r"|subjects?|indices|names?|individuals?)\b|\bno\s+previous\s+(?:calls?|incidents?|reports?)\b"
    r"|\b(?:location|address|premises)\b",
    re.IGNORECASE,
)
_INCIDENT = re.compile(
    r"\b(?:(?:cris|cad|crimint|merlin|pnc)\s+(?:ref\s+)?\d|asb|anti-?social|known\s+to\s+(?:police|us)|assault\w*|abh|gbh|threat\w*|knife|weapon\w*|violen\w*|harass\w*|stalk\w*|domestic|da\b|caution\w*"
    r"|conviction\w*|arrest\w*|warning\w*|theft|burglar\w*|robbery|drugs?|possession|missing|mental\s+health"
    r"|overdose|s136|breach|injunction|non-?molestation|criminal\s+damage|public\s+order|affray|incident|call(?:s|ed)?"
    r"|report(?:s|ed)?|crimint|intel(?:ligence)?\s+report|offence|offences|charged|bail|custody|flag|marker)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class IntelCheck:
    """One recorded intelligence check: its first sentence, the text it spans up
    to the next entry (``scope``, before any results) and its ``results``."""

    statement: Statement
    scope: str
    results: str
    requested_only: bool
    pointer: bool = False


_TEMPLATE_PROMPT = re.compile(
    r"\bintel(?:ligence)?\s+checks?\s+(?:completed|done|conducted|carried\s+out)\s*(?:\?|:|-)\s*",
    re.IGNORECASE,
)
_RESULTS_START = re.compile(r"\bresults?\b\s*[:-]?|(?<=[.;])\s+(?=(?:nil|no\s+trace|ntr|nothing)\b)", re.I)


_BLOCK_START = re.compile(r"^\[?\d{1,2}[/. -](?:\d{1,2}|[A-Za-z]{3,9})[/. -]\d{2,4}\b", re.MULTILINE)
_ACTION_PLAN = re.compile(r"\boutstanding\b|\bresult\s+awaited\b|\bA\d{1,2}\s+\w+", re.IGNORECASE)
_TAIL_RESULT = re.compile(
    r"(?:,|\s-|;)\s+(?=(?:nil|no\s+trace|ntr|nothing|no\s+(?:relevant|previous|record|intel|concerns?|known))\b)",
    re.IGNORECASE,
)
_DASH_RESULT = re.compile(
    r"\s[-\u2013]\s+(?=\S)|:\s+(?=(?:\w+\s+){0,3}?(?:one|two|three|\d+|nil|no)\b)", re.IGNORECASE
)
"""Results after a dash once the systems are named: "PNC/CRIS on V 10:20 - V one CRIS 2022 as victim"."""
_REVIEW_ENTRY = re.compile(
    r"\b(?:investigation\s+reviewed|supervisory\s+review|supervisor(?:'s)?\s+(?:review|comments)|sup\s+review"
    r"|gaps\s+identified|not\s+yet\s+(?:complete|satisfied)|still\s+outstanding|reviewed\s*[-:,.]"
    r"|(?:24|48|72)\s*h(?:ou)?rs?\s+review|\d+\s+day\s+review|all\s+entries\s+read)",
    re.IGNORECASE,
)


_SUBMISSION = re.compile(
    r"\b(?:crimint|intel(?:ligence)?)\s+(?:intel(?:ligence)?\s+)?(?:report|log|submission)\s+"
    r"(?:submitted|raised|created|completed|done)\b|\bsubmitted\s+(?:a|an)\s+(?:crimint|intel(?:ligence)?)\b",
    re.IGNORECASE,
)
"""An intelligence report submitted (information given to CRIMINT), not a check made."""


def _is_check(text: str) -> bool:
    text = _SUBMISSION.sub(" ", text)
    has_system = re.search(r"\b(?:PNC|PND|CRIMINT|MERLIN)\b", text, re.IGNORECASE) is not None
    return bool((_INTEL.search(text) or has_system) and _CHECK_WORD.search(text))


def _window(doc: Document, st: Statement) -> str:
    """The text from a statement to the start of the next entry (at most 700 characters)."""
    end = min(len(doc.text), st.span.start + 700)
    for entry in doc.entries:
        if entry.author is None and entry.rank is None:
            continue  # a wrapped line that starts with a date, not a new entry
        start = entry.header_span.start if entry.header_span is not None else entry.span.start
        if st.span.end <= start < end:
            end = start
            break
    return doc.text[st.span.start : max(end, st.span.end)]


@per_document
def intel_checks(doc: Document) -> list[IntelCheck]:
    """Every statement that records an intelligence check (done or requested),
    with its results. Supervisors' reviews and directions to do checks are not
    records of a check; a template answer pointing elsewhere is a ``pointer``."""
    found: list[IntelCheck] = []
    for st in statements(doc):
        text = st.text
        if _in_review(doc, st):
            continue
        window = _window(doc, st)
        if not _is_check(text) and not (_CHECK_WORD.search(text) and _is_check(window[:200])):
            continue
        if _ACTION_PLAN.search(window[:300]):
            continue
        back = doc.text[max(0, st.span.start - 40) : st.span.start]
        prompt = _TEMPLATE_PROMPT.search(back + window)
        pointer = False
        if prompt is not None and prompt.start() < len(back) + 80 and prompt.end() > len(back):
            answer = (back + window)[prompt.end() :]
            # the next template question ends the answer, unless it asks for the results
            answer = re.split(r"\b(?!Results?\b)[A-Z][A-Za-z /]{2,40}\?", answer, maxsplit=1)[0]
            window = answer
            pointer = not _SYSTEM.search(answer)
        elif _NOT_A_RECORD.search(_without_as_directed(text)):
            continue
        scope, results = _split_results(window)
        requested = bool(_REQUESTED.search(scope)) and not re.search(
            r"\b(?:completed|carried\s+out|conducted|ran|done)\b", scope, re.IGNORECASE
        )
        found.append(IntelCheck(st, scope, results, requested, pointer))
    return found


def _split_results(window: str) -> tuple[str, str]:
    """The scope of a check and its results: from "Results", from a nil phrase
    after a comma or dash, else the sentences after the first."""
    m = _RESULTS_START.search(window)
    if m is not None:
        return window[: m.start()], window[m.start() :]
    end = re.search(r"[.;](?=\s)", window)
    first = window[: end.end()] if end is not None else window
    m = _TAIL_RESULT.search(first)
    if m is not None:
        return window[: m.start()], window[m.start() :]
    m = _DASH_RESULT.search(first)
    if (
        m is not None
        and _SYSTEM.search(first[: m.start()])
        and not _SYSTEM.fullmatch(first[m.end() :].strip())
    ):
        return window[: m.start()], window[m.start() :]
    if end is not None:
        return window[: end.end()], window[end.end() :]
    return window, ""


def _in_review(doc: Document, st: Statement) -> bool:
    """Whether a statement belongs to a supervisor's review rather than to a record of work."""
    if st.entry is not None:
        head = doc.quote(st.entry.header_span) if st.entry.header_span is not None else ""
        return bool(_REVIEW_ENTRY.search(head + " " + st.entry.text))
    starts = list(_BLOCK_START.finditer(doc.text, 0, st.span.start))
    block_start = starts[-1].start() if starts else max(0, st.span.start - 400)
    return bool(_REVIEW_ENTRY.search(doc.text[block_start : st.span.end]))


def _without_as_directed(text: str) -> str:
    return re.sub(r"\bas\s+directed\b", "", text, flags=re.IGNORECASE)


# --- scope ------------------------------------------------------------------------------------


def systems_named(text: str) -> set[str]:
    if _ALL_SYSTEMS.search(text):
        return set(SYSTEMS)
    return {m.group(1).upper() for m in _SYSTEM.finditer(text)}


def party_count(text: str) -> int:
    """How many parties a check statement covers: roles named, else people named;
    a large number for "all parties"."""
    if _ALL_PARTIES.search(text):
        return 99
    without_place = _LOCATION_PART.sub(" ", text)
    roles = {name for name, pattern in _ROLES.items() if pattern.search(without_place)}
    if roles:
        return len(roles)
    names = {
        m.group(0)
        for m in _NAME.finditer(without_place)
        if not _NOT_NAME.match(m.group(0))
        and not _SYSTEM.search(m.group(0))
        and not _RANK_BEFORE.search(without_place[max(0, m.start() - 12) : m.start()])
    }
    return len(names)


def period_problem(text: str, record_date: date | None) -> str | None:
    """None when the period covers at least five years as a minimum; otherwise
    what is wrong with it ("no period stated" is the one that cannot be judged)."""
    if _UNLIMITED.search(text):
        return None
    year = record_date.year if record_date else None
    for m in _BACK_TO.finditer(text):
        if year is None or year - int(m.group(1)) >= 5:
            return None
    for m in _RANGE.finditer(text):
        span_years = int(m.group(2)) - int(m.group(1))
        if span_years > 5:
            return None
        return "the period is limited to five years or less"
    for m in _YEARS.finditer(text):
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else _NUMBER[raw]
        qualified = bool(m.group("qual") or m.group("plus") or m.group("pre"))
        before = text[max(0, m.start() - 40) : m.start()]
        if n > 5 and not _LIMITED.search(before):
            return None
        if n == 5 and qualified and not _LIMITED.search(before):
            return None
        return "five years is treated as the maximum" if n == 5 else f"the period is only {n} years"
    for m in _MONTHS.finditer(text):
        raw = m.group("n").lower()
        months = int(raw) if raw.isdigit() else _NUMBER.get(raw, 18)
        if months >= (260 if m.group("unit").lower().startswith("w") else 60):
            return None
        return f"the period is only {months} {m.group('unit').lower()}"
    return "no period stated"


_TABLE_SYSTEM = re.compile(r"^[ \t]*\|[ \t]*(?:PNC|PND|CRIS|MERLIN|CRIMINT|CONNECT)\b[^|\n]*\|", re.I | re.M)
"""A results table's row that names the system searched in its first cell: "| PNC | nil |"."""


def scope_problems(check: IntelCheck, record_date: date | None) -> list[str]:
    text = check.scope
    problems = []
    found = systems_named(text + " " + " ".join(m.group(0) for m in _TABLE_SYSTEM.finditer(check.results)))
    missing = [s for s in MINIMUM_INDICES if s not in found]
    if len(missing) > 1:
        problems.append(
            "only " + ("/".join(s for s in SYSTEMS if s in found) or "unnamed systems") + " searched"
        )
    if party_count(text) < 2:
        problems.append("only one party checked")
    period = period_problem(text, record_date)
    if period is not None:
        problems.append(period)
    return problems


# --- results ----------------------------------------------------------------------------------


def judge_results(text: str) -> str:
    """``full``, ``bare`` (a nil result that does not say for whom or where),
    ``pending`` (awaited, a placeholder or a pointer elsewhere) or ``none``."""
    body = re.sub(r"^\s*results?\s*[:-]?\s*", "", text.strip(), flags=re.IGNORECASE)
    if not body:
        return "none"
    if is_non_answer(body) or _PENDING.search(body):
        return "pending"
    incidents = DATE.search(body) or re.search(r"\b(?:19|20)\d\d\b", body)
    if incidents and _INCIDENT.search(body):
        return "full"
    if _NIL.search(body):
        return "full" if _NIL_SCOPE.search(body) else "bare"
    if _INCIDENT.search(body) and len(body.split()) >= 6:
        return "full"
    return "bare" if len(body.split()) < 6 else "full"
