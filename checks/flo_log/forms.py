"""FLO007: deployment or exit form missing, or sent to the advisory team late."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.flo_log import timeline
from checks.flo_log.mentions import Mention, Said, anchor, entry_at, mentions
from checks.flo_log.moments import first_moment

_DEPLOYMENT_FORM = re.compile(r"\bdeployment\s+form\b|\bform\b[^.\n:]{0,20}\bdeploy\w*", re.IGNORECASE)
_EXIT_FORM = re.compile(
    r"\b(?:exit|closing|closure|de-?briefing)\s+form\b|\bform\b[^.\n:]{0,20}\bexit\b", re.IGNORECASE
)
_DEPLOYED_AT = re.compile(
    r"\b(?:date\s*/?\s*(?:and\s+)?time\s+(?:of\s+)?deploy\w*|deployed\s+(?:on|at)|log\s+opened|deployment\s+date)"
    r"\s*[:\-]?\s*",
    re.IGNORECASE,
)
_EXIT_AT = re.compile(
    r"\b(?:exit\s+date|date\s+of\s+exit|deployment\s+end(?:ed)?(?:\s+on)?|date\s+(?:flo\s+)?withdrawn)\s*[:\-]?\s*",
    re.IGNORECASE,
)
_ONGOING = re.compile(
    r"\b(?:deployment|liaison|flo\s+role)\s+(?:is\s+|remains\s+)?(?:ongoing|continu\w+)|\bstill\s+deployed\b",
    re.IGNORECASE,
)
_DEPLOYED = re.compile(r"\bdeploy(?:ed|ment)\b", re.IGNORECASE)
_ENDED = re.compile(
    r"\b(?:final|last)\s+(?:planned\s+)?(?:visit|call|contact|meeting)|\b(?:contact|deployment|liaison)\s+"
    r"(?:has\s+)?(?:ended|closed|concluded|finished|withdrawn)|\bexit\s+(?:date|visit|meeting|completed)"
    r"|\bflo\s+withdrawn|\bstep(?:s|ped)?\s+down|\brole\s+(?:ends|ended|has\s+ended)|\bend\s+of\s+(?:the\s+)?deployment",
    re.IGNORECASE,
)
"""The log recording that the deployment has ended, so an exit form is due."""
_NO_FLO = re.compile(
    r"\bno\s+(?:trained\s+)?flos?\s+(?:was\s+|were\s+|is\s+)?(?:avail\w*|deployed|free)"
    r"|\bnot\s+(?:an?\s+)?(?:trained\s+)?flo(?:\s+trained)?\b|\buntrained\b",
    re.IGNORECASE,
)
"""An officer dealing with the family because no trained FLO was deployed."""
_FLO_LATER = re.compile(
    r"\b(?:trained\s+)?flo\s+(?:\w+\s+){0,3}?(?:now\s+)?(?:deployed|allocated|appointed|took\s+over|takes\s+over)"
    r"|\bhand(?:ed)?\s+over\s+to\s+(?:the\s+|a\s+)?(?:trained\s+)?flo\b",
    re.IGNORECASE,
)
"""A trained FLO deployed later in a log that began without one."""
_AS_FLO = re.compile(
    r"\b(?:deployed|act(?:ing)?|tasked|appointed|asked\s+(?:me\s+)?to\s+act)\s+as\s+(?:the\s+|an?\s+)?"
    r"(?:family\s+liaison\s+officer|flo)\b|\bflo\s+deployment\b|^[ \t]*flos?[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)
"""An officer put in the FLO role, trained or not: the deployment forms are still due."""
_EXIT_NOT_SET = re.compile(
    r"\bexit\s+(?:strategy|plan)\b[ \t:\-]*"
    r"(?:tbc|tba|to\s+be\s+(?:set|agreed|decided|confirmed)|not\s+yet\s+set)\b",
    re.IGNORECASE,
)
"""An exit strategy still to be set: the deployment has not reached its exit."""


class FormsMissingOrLate(Check):
    """Deployment or exit form not recorded, or sent to the advisory team more than 48 hours after the event.

    A deployment form is completed on deployment and an exit form on exit, each
    submitted to the family liaison advisory team (FLAT) within
    ``flo_form_hours`` (default 48). The submission time is the date in the
    form's box or entry, else the entry's own time; deployment is the
    "deployed" box or entry, exit the "exit date" box or else the last contact.
    A form that is missing or late is absent; "TBC" / "to follow" is unclear.
    A log that says the deployment is still ongoing, or whose exit strategy is
    still to be set ("Exit strategy: TBC") with no end recorded, is not
    assessed for its exit form. Not applicable when no one was put in the FLO
    role (an untrained officer acting as the family's contact until an FLO is
    free); an untrained officer deployed as the FLO still owes both forms.

    ## Why it matters

    The advisory team can only support and oversee deployments it is told
    about; a missing exit form leaves a deployment open on paper.

    ## Example

    ```text
    Date/time deployed: 14/05/2023 10:00
    Deployment form sent to FLAT: 20/05/2023 16:00
    ```

    ## Use instead

    ```text
    Date/time deployed: 14/05/2023 10:00
    Deployment form sent to FLAT: 15/05/2023 09:30
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "the forms must be submitted to the family liaison advisory team within
    48 hours."
    """

    code = "FLO007"
    requirement = "FLO-FORMS"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.FLO_LOG})
    suggestion = "Both forms present, each with a submission date no more than 48 hours after the event."

    def applies(self, doc: Document) -> bool:
        """Not when no FLO was deployed: an untrained officer acting as the family's contact has no
        advisory-team deployment to report."""
        text = doc.text
        no_flo = bool(_NO_FLO.search(text)) and not (_FLO_LATER.search(text) or _AS_FLO.search(text))
        return super().applies(doc) and not (no_flo and not mentions(doc, _DEPLOYMENT_FORM))

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        limit = timedelta(hours=ctx.settings.flo_form_hours)
        unclear: list[Finding] = []
        absent: list[Finding] = []
        for name, topic, event in (
            ("deployment", _DEPLOYMENT_FORM, _deployed_at(doc)),
            ("exit", _EXIT_FORM, _exit_at(doc)),
        ):
            found = mentions(doc, topic)
            not_yet = _EXIT_NOT_SET.search(doc.text) and not _ENDED.search(doc.text)
            if name == "exit" and not found and (_ONGOING.search(doc.text) or not_yet):
                continue  # the deployment is still running: no exit form is due yet
            sent = [
                (m, _sent_at(doc, m, topic)) for m in found if m.said is Said.FILLED or _date_below(doc, m)
            ]
            if sent:
                times = [at for _, at in sent if at is not None]
                if event is not None and times and min(times) - event > limit:
                    late = next(m for m, at in sent if at == min(times))
                    hours = (min(times) - event).total_seconds() / 3600
                    absent.append(
                        self.finding(
                            doc, late.span, f"The {name} form was sent {hours:.0f} hours after the {name}"
                        )
                    )
                continue
            placeholder = next((m for m in found if m.said is Said.PLACEHOLDER), None)
            if placeholder is not None:
                unclear.append(
                    self.unclear(
                        doc,
                        placeholder.span,
                        f"The {name} form is only a placeholder: no submission recorded",
                    )
                )
                continue
            span = found[0].span if found else anchor(doc)
            absent.append(self.finding(doc, span, f"No {name} form recorded as submitted"))
        yield from absent or unclear


def _sent_at(doc: Document, mention: Mention, topic: re.Pattern[str]) -> datetime | None:
    """When a form was sent: the date (and time) in its box or sentence, else the entry's time."""
    named = topic.search(mention.text)
    rest = mention.text[named.end() :] if named else mention.text
    colon = rest.find(":", 0, 40)
    found = first_moment(rest[colon + 1 :].lstrip(" -\t") if colon >= 0 else rest, within=30)
    if found is None and mention.said is Said.EMPTY:
        found = _moment_below(doc, mention.span)
    if found is not None:
        day, clock = found
        return datetime.combine(day, clock or time(0, 0))
    entry = entry_at(doc, mention.span)
    return entry.when if entry is not None else None


def _date_below(doc: Document, mention: Mention) -> bool:
    return mention.said is Said.EMPTY and _moment_below(doc, mention.span) is not None


def _moment_below(doc: Document, span: Span) -> tuple[date, time | None] | None:
    start = doc.text.find("\n", span.end)
    if start < 0 or doc.text[span.end : start].strip():
        return None
    return first_moment(doc.text[start + 1 : start + 60], within=2)


def _deployed_at(doc: Document) -> datetime | None:
    for m in _DEPLOYED_AT.finditer(doc.text):
        found = first_moment(doc.text[m.end() : m.end() + 45], within=14)
        if found is not None:
            return datetime.combine(found[0], found[1] or time(0, 0))
    for entry in doc.entries:
        if entry.when is not None and _DEPLOYED.search(entry.text[:200]):
            return entry.when
    dated = [e.when for e in doc.entries if e.when is not None]
    return min(dated) if dated else None


def _exit_at(doc: Document) -> datetime | None:
    for m in _EXIT_AT.finditer(doc.text):
        found = first_moment(doc.text[m.end() : m.end() + 45], within=14)
        if found is not None:
            return datetime.combine(found[0], found[1] or time(23, 59))
    contacts = [e.when for e in timeline.build(doc).contacts if e.when is not None]
    return max(contacts) if contacts else None
