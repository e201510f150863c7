"""SUP002: no record that a supervisor attended the scene of the sudden death."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.supervision.officers import Level, mentions
from checks.supervision.reading import anchor, placeholder_after, placeholder_lines, starts_with_placeholder

ATTENDED = re.compile(
    r"\b(?:attend(?:ed|s|ing)?|att'?d|at{1,2}(?=[a-z]*n)[a-z]{2,6}d|arrived|on[\s-]+sc[a-z]{1,4}|at\s+(?:the\s+)?scene|got\s+to\s+the\s+(?:scene|address)"
    r"|came\s+to\s+the\s+(?:scene|address)|walked\s+(?:through\s+)?the\s+scene|viewed\s+the\s+scene"
    r"|scene\s+(?:viewed|visited)|present\s+at\s+the\s+(?:scene|address))\b",
    re.IGNORECASE,
)
NOT_ATTENDED = re.compile(
    r"\b(?:not|never|no|didn'?t|did\s+not|unable\s+to|without)\b[^.;\n]{0,25}"
    r"\b(?:attend\w*|att'?d|on\s+scene|supervisor)\b",
    re.IGNORECASE,
)
ATTENDED_BEFORE = re.compile(
    r"\b(?:attended|att'?d|attending(?:\s+(?:supervisor|sergeant|sgt|officer))?|on\s+scene|arrived)"
    r"(?:\s+(?:by|at\s+scene))?\s*[:\-]\s*$",
    re.IGNORECASE,
)
"""A labelled attendance before the name: "Attended: PS 33PL Grant", "ATTENDING SGT - PS Ray"."""
SUPERVISOR_WORD = re.compile(
    r"\b(?:supervisor|supervising\s+officer|sergeant|sgt|duty\s+(?:inspector|officer))\b", re.IGNORECASE
)
_LABEL = re.compile(
    r"(?:supervisor|supervising\s+officer|sgt|sergeant|ps)\s*(?:att?end[ae]nce|attended|att'?d|at{1,2}[a-z]{2,6}d|at\s+scene"
    r"|on\s+scene)"
    r"(?:\s+(?:the\s+)?scene)?(?:\s*\(?(?:y/n|yes/no|time)\)?)?",
    re.IGNORECASE,
)
_WHERE = (
    re.compile(
        r"^[ \t]*(?:supervisor|supervision|supervisory|sign[\s-]*off)\b[^\n]*$", re.IGNORECASE | re.MULTILINE
    ),
    re.compile(
        r"^[ \t]*(?:officers?\s+attending|attending\s+officers?|time\s+of\s+attendance)\b",
        re.IGNORECASE | re.MULTILINE,
    ),
)


_UNIFORMED = (Level.SERGEANT, Level.INSPECTOR)
_SELF = re.compile(r"(?:\bI\s+am|\bI'm|\bI,|\bmy\s+name\s+is|\bthis\s+is)\s*$", re.IGNORECASE)
"""The supervisor names themself: "I am PS 1123NE BELL. I attended the scene at 0640"."""
_I_ATTENDED = re.compile(
    r"\bI\s+(?:then\s+|also\s+|personally\s+)?(?=(?:attend|att'?d|arrived|went|got|came))", re.IGNORECASE
)
_CLAUSE_END = re.compile(r"[;,\n]|\.(?:\s|$)|\b(?:who|called|requested|referred|informed|and)\b")


def _clause_after(text: str, offset: int, limit: int = 90) -> str:
    """Text after ``offset`` up to the end of its clause."""
    tail = text[offset : offset + limit]
    m = _CLAUSE_END.search(tail)
    return tail[: m.start()] if m else tail


def supervisor_attended(doc: Document) -> bool:
    """A uniformed sergeant or inspector, or "the supervisor", attends the scene in
    the clause after their name, and the clause does not say they did not.
    Detectives called to the scene are escalation, not the supervisor's attendance."""
    text = _without_placeholders(doc)
    for m in mentions(text):
        if m.level not in _UNIFORMED or m.adviser:
            continue
        clause = _clause_after(text, m.span.end)
        if ATTENDED.search(clause) and not NOT_ATTENDED.search(clause) and not _is_label(clause):
            return True
        line_start = text.rfind("\n", 0, m.span.start) + 1
        if _SELF.search(text[max(line_start, m.span.start - 20) : m.span.start]) and _first_person_attended(
            text, m.span.end
        ):
            return True
        if ATTENDED_BEFORE.search(text[max(line_start, m.span.start - 60) : m.span.start]):
            return True
    for w in SUPERVISOR_WORD.finditer(text):
        clause = _clause_after(text, w.end())
        if _is_label(clause) or NOT_ATTENDED.search(text[max(0, w.start() - 20) : w.start()] + clause):
            continue
        if ATTENDED.search(clause) and not starts_with_placeholder(clause.split(":", 1)[-1]):
            return True
    return False


def _first_person_attended(text: str, offset: int, limit: int = 300) -> bool:
    """A self-named supervisor's own "I attended the scene" in the same paragraph."""
    tail = re.split(r"\n[ \t]*\n", text[offset : offset + limit], maxsplit=1)[0]
    for i in _I_ATTENDED.finditer(tail):
        clause = _clause_after(tail, i.end())
        if ATTENDED.search(clause) and not NOT_ATTENDED.search(tail[i.start() : i.end()] + clause):
            return True
    return False


def _without_placeholders(doc: Document) -> str:
    """The text with labelled placeholder answers (*Sgt attended: TBC*) blanked out."""
    chars = list(doc.text)
    for span in [*placeholder_lines(doc, _LABEL), *placeholder_after(doc, _LABEL)]:
        chars[span.start : span.end] = " " * len(span)
    return "".join(chars)


def _is_label(clause: str) -> bool:
    """``attended: TBC``: a labelled line whose value is a placeholder."""
    head, sep, value = clause.partition(":")
    return bool(sep) and len(head) < 30 and (not value.strip() or starts_with_placeholder(value))


class SupervisorAttendanceNotRecorded(Check):
    """No record that a supervisor attended the scene of the sudden death.

    From the 2022 death investigation policy a substantive supervisor, usually
    a uniformed sergeant, attends every report of a sudden death. The report
    should name the supervisor and give the time they arrived. A labelled line
    left with a placeholder (*Supervisor attendance: TBC*) is *unclear*.
    Records dated before 22 June 2022 are not applicable.

    ## Why it matters

    Inexperienced constables make the critical early decisions; the inspection
    found supervisor attendance in only 30 of 40 CRIS records.

    ## Example

    ```text
    SUDDEN DEATH REPORT
    Officers attending: PC 2231ZD OKAFOR
    Supervisor attendance: TBC
    ```

    ## Use instead

    ```text
    PS 4410ZD DUNNE (substantive) attended the scene at 0915 and reviewed it with PC OKAFOR.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "a substantive (formally promoted to the rank)
    supervisor should attend all reports of a sudden death."
    """

    code = "SUP002"
    requirement = "SUP-ATTEND"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.DEATH_REPORT})
    since_policy = date(2022, 6, 22)
    suggestion = (
        "The supervisor's name, rank and shoulder number, and their time of arrival (also on the CAD)."
    )

    def applies(self, doc: Document) -> bool:
        return super().applies(doc)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if supervisor_attended(doc):
            return
        unclear = list(placeholder_lines(doc, _LABEL)) or list(placeholder_after(doc, _LABEL))
        if unclear:
            yield self.unclear(doc, unclear[0], "Supervisor attendance is given only as a placeholder")
            return
        yield self.finding(doc, anchor(doc, *_WHERE), "No record that a supervisor attended the scene")
