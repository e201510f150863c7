"""DR029: a non-suspicious death's report not submitted before the end of the attending officer's shift."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.death_report.doubt_and_seizure import Category, category
from checks.death_report.report_sentences import Statement, find, statements, title
from extractors.structure.dates import DATE_RE, iter_dates

SHIFT = timedelta(hours=10)
"""The longest ordinary shift: a report within this time of attendance was submitted in the shift."""

SUBMITTED = re.compile(
    r"\b(?:submit{1,2}ed|submission|(?:sent|emailed|e-mailed)\s+(?:(?:this|the|my)\s+)?(?:report\s+)?to\s+(?:the\s+)?coroner|uploaded)\b",
    re.IGNORECASE,
)
NOT_REPORT = re.compile(
    r"\b(?:submitted|sent)\s+(?:\w+\s+)?(?:for|to\s+(?:the\s+)?(?:lab|fsp))|\bnot\s+submitted|\bsubmitted\s+by\b"
    r"|\bprior\s+to\s+submi\w*|\bbefore\s+submi\w*",
    re.IGNORECASE,
)
REASON = re.compile(
    r"\b(?:delay\w*|late\b|because|due\s+to|owing\s+to|reason|as\s+the|following\s+day|could\s+not|unable)\b",
    re.IGNORECASE,
)
IN_SHIFT = re.compile(
    r"\b(?:before|prior\s+to|within)\s+(?:the\s+)?end\s+of\s+(?:my\s+|the\s+)?(?:tour|shift)\b", re.IGNORECASE
)
SIGNED = re.compile(
    r"^\W*(?:signed|signature|submitted\s+by|(?:report\s+)?completed\s+by|officer\s+completing|reporting\s+officer)\b",
    re.IGNORECASE,
)
"""Where a submission time belongs when there is none: the signature or author line."""
ATTENDED = re.compile(r"\b(?:att(?:ended|'d|d)|arrived|on\s+scene|attendance)\b", re.IGNORECASE)
_TIME = re.compile(r"(?<![\d/:.-])([01]?\d|2[0-3])[:.]?([0-5]\d)(?:\s*(?:hrs|hours|h)\b)?(?![\d/:-]|\.\d)")


_LEAD_TIME = re.compile(
    r"(?:^|\n)\s*(\d{1,2}[:.]?\d{2})\s*(?:hrs|hours|h)?\s+(?:att(?:ended|'d|d)|arrived|on\s+scene)",
    re.IGNORECASE,
)
"""An EAB note that starts with the time of attendance: "0336 Attended with PC ..."."""


class ReportNotSubmittedInShift(Check):
    """A non-suspicious death's report not submitted before the end of the attending officer's shift.

    Applies when the report treats the death as not suspicious (expected or
    unexpected and not suspicious); a death categorised or described as
    suspicious is not applicable. The report's submission time must fall
    within the shift that attended, or the delay must be explained. The
    shift is the one the report states ("early turn 06:00-16:00", "(shift
    15:00-01:00)"), else ten hours from attendance. No submission time at
    all is *unclear*.

    ## Why it matters

    The policy is that officers "must give a death report to the coroner
    before the completion of their shift"; a report written days later is
    written from memory.

    ## Example

    ```text
    Time of attendance: 04/06/2024 0740
    ...
    Report submitted 06/06/2024 1500.
    ```

    ## Use instead

    ```text
    Time of attendance: 04/06/2024 0740
    Report submitted 04/06/2024 1410.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "officers must give a death report to the coroner
    before the completion of their shift."
    """

    code = "DR029"
    requirement = "DR-TIMELY"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = "A submission timestamp within the attending officer's shift."

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) and category(doc) is not Category.SUSPICIOUS

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        submissions = [s for s in find(doc, SUBMITTED) if not NOT_REPORT.search(s.text) or _report_line(s)]
        stamped = [(s, _moment(_form_text(doc, s, SUBMITTED))) for s in submissions]
        dated = [(s, when) for s, when in stamped if when is not None]
        if not dated:
            judged = self._by_date_only(doc, submissions)
            if judged is not None:
                yield from judged
                return
            signed = find(doc, SIGNED)
            span = submissions[0].span if submissions else signed[-1].span if signed else title(doc)
            yield self.unclear(doc, span, "No time of submission recorded for the report")
            return
        statement, submitted = dated[-1]
        if REASON.search(statement.text) or IN_SHIFT.search(statement.text):
            return
        shift = _shift(doc)
        if shift is not None:
            if shift[0] <= submitted <= shift[1]:
                return
            if submitted > shift[1]:
                yield self.finding(
                    doc,
                    statement.span,
                    "Report submitted after the end of the attending officer's stated shift, "
                    "with no reason for the delay",
                )
                return
        attended = _attended(doc)
        if attended is None:
            yield self.unclear(
                doc,
                statement.span,
                "Submission time recorded but not the time of attendance, so the shift cannot be checked",
            )
            return
        if submitted - attended <= SHIFT:
            return
        yield self.finding(
            doc,
            statement.span,
            "Report submitted more than a shift after attendance, with no reason for the delay",
        )

    def _by_date_only(self, doc: Document, submissions: list[Statement]) -> list[Finding] | None:
        """A submission with a date but no time: the same day as attendance is
        within the shift, two or more days later is not; otherwise undecided."""
        attended = _attended(doc)
        for s in reversed(submissions):
            dates = list(iter_dates(_form_text(doc, s, SUBMITTED)))
            if not dates or attended is None:
                continue
            if REASON.search(s.text) or IN_SHIFT.search(s.text):
                return []
            days = (dates[0][0] - attended.date()).days
            if days <= 0:
                return []
            if days >= 2:
                return [
                    self.finding(
                        doc, s.span, "Report submitted days after attendance, with no reason for the delay"
                    )
                ]
        return None


_FORM = re.compile(r"^\s*Q\s*\d*\s*[:.)]\s|\|")
_QUESTION = re.compile(r"^\s*Q\s*\d*\s*[:.)]\s*(.*?)\??\s*$", re.DOTALL)
_ANSWER = re.compile(r"^\s*A\s*\d*\s*[:.)]\s*")


def _form_text(doc: Document, statement: Statement, pattern: re.Pattern[str]) -> str:
    """What a form line says about ``pattern``, as "label: value": a table
    row's cells ("Report submitted | 05/06/24 | 1555"), which the statement
    may share with other rows, or a question with the answer the parser puts
    in a statement of its own ("Q: Report submitted?" / "A: 3rd Feb 1340")."""
    if "|" in statement.text:
        rows = [r for r in statement.text.splitlines() if pattern.search(r)]
        return re.sub(r"\s*\|\s*", ": ", rows[0]) if rows else statement.text
    question = _QUESTION.match(statement.text)
    if question is None:
        return statement.text
    every = statements(doc)
    index = every.index(statement)
    if index + 1 < len(every) and _ANSWER.match(every[index + 1].text):
        return question.group(1) + ": " + _ANSWER.sub("", every[index + 1].text)
    return statement.text


def _report_line(statement: Statement) -> bool:
    return bool(re.match(r"\s*(?:report\s+)?submitted\b", statement.value, re.IGNORECASE)) and not re.search(
        r"\bfor\s+(?:forensic|examination|analysis)", statement.text, re.IGNORECASE
    )


def _moment(text: str, default: date | None = None) -> datetime | None:
    """The date and time written in ``text`` (a time alone takes ``default``'s date)."""
    dates = list(iter_dates(text))
    blanked = DATE_RE.sub(lambda m: " " * len(m.group()), text)
    t = _TIME.search(blanked)
    if t is None:
        return None
    clock = time(int(t.group(1)), int(t.group(2)))
    day = dates[0][0] if dates else default
    return None if day is None else datetime.combine(day, clock)


def _attended(doc: Document) -> datetime | None:
    """When the officers attended: a "time of attendance" field, an "0336
    Attended with..." note, or failing those the time the death was reported."""
    found_day = _found_date(doc)
    for f in doc.fields:
        if "attend" in f.name and "officer" not in f.name:
            when = _moment(f.value, found_day)
            if when is not None:
                return when
    for s in find(doc, ATTENDED):
        lead = _LEAD_TIME.search(s.text)
        if lead is None:
            continue
        when = _moment(lead.group(1), found_day)
        found = _found(doc)
        if when is not None and found is not None and when < found:
            when += timedelta(days=1)
        return when
    found = _found(doc)
    for s in find(doc, ATTENDED_SCENE) + [x for x in find(doc, ATTENDED) if _FORM.search(x.text)]:
        when = _moment(_form_text(doc, s, ATTENDED), found_day)
        if when is not None and (found is None or when >= found):
            return when
    return found


ATTENDED_SCENE = re.compile(
    r"\b(?:i|we|officers|police|pc\s+\S+(?:\s+\S+)?)\s+(?:\([^)]{0,40}\)\s+)?(?:attended|arrived)\b"
    r"|\b(?:attended|arrived\s+at)\s+(?:the\s+)?(?:scene|address|location|premises)\b"
    r"|^\W*(?:time\s+)?(?:attended|arrived|on\s+scene|att'?d)\b\s*[:\-]?\s*(?:at\s+)?\d",
    re.IGNORECASE,
)
"""Narrative attendance with its time: "At 0815 on 12/03/24 I (PC 4471 MARTIN) attended"."""


SHIFT_HOURS = re.compile(
    r"\b(?:shift|turn|tour(?:\s+of\s+duty)?|on\s+duty|nights|earlies|lates)\b[^\d\n]{0,15}?(\d{1,2}[:.]?\d{2})\s*(?:hrs)?\s*"
    r"(?:-|\u2013|to|until|till)\s*(\d{1,2}[:.]?\d{2})"
    r"|(\d{1,2}[:.]?\d{2})\s*(?:hrs)?\s*(?:-|\u2013|to)\s*(\d{1,2}[:.]?\d{2})\s*(?:hrs\s+)?(?:shift|turn|tour)\b",
    re.IGNORECASE,
)
"""The attending officer's shift as officers write it: "early turn 06:00-16:00",
"(shift 15:00-01:00)", "on duty 0700 to 1700", "Nights 2200-0700", "2200-0700 shift"."""


def _shift(doc: Document) -> tuple[datetime, datetime] | None:
    """The stated shift as start and end moments, on the date written with it,
    else the day of attendance or of finding; an end before the start runs
    past midnight. None when no shift or no day is given."""
    for s in statements(doc):
        m = SHIFT_HOURS.search(s.text)
        if m is None:
            continue
        start_text, end_text = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        dates = list(iter_dates(s.text))
        day = dates[0][0] if dates else None
        if day is None:
            attended = _attended(doc)
            day = attended.date() if attended is not None else _found_date(doc)
        start, end = _clock(start_text), _clock(end_text)
        if day is None or start is None or end is None:
            return None
        begin = datetime.combine(day, start)
        finish = datetime.combine(day, end)
        if finish <= begin:
            finish += timedelta(days=1)
        return begin, finish
    return None


def _clock(text: str) -> time | None:
    digits = re.sub(r"\D", "", text)
    hours, minutes = int(digits[:-2]), int(digits[-2:])
    return time(hours, minutes) if hours < 24 and minutes < 60 else None


def _found_date(doc: Document) -> date | None:
    for name in ("date_found", "datetime_found"):
        f = doc.field(name)
        if f is not None:
            dates = list(iter_dates(f.value))
            if dates:
                return dates[0][0]
    return None


def _found(doc: Document) -> datetime | None:
    day = _found_date(doc)
    for name in ("datetime_found", "time_found"):
        f = doc.field(name)
        if f is not None:
            when = _moment(f.value, day)
            if when is not None:
                return when
    return None
