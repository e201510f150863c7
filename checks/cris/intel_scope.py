"""CR012: intelligence checks that do not cover five years, all parties and the minimum indices."""

from __future__ import annotations

from collections.abc import Iterator

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.cris.intel import intel_checks, scope_problems
from checks.cris.passages import title
from checks.vocabulary import is_non_answer


class IntelChecksScopeIncomplete(Check):
    """Intelligence checks not recorded for all parties, the minimum indices and at least five years.

    Looks for the record of an intelligence check (a DETS entry or a template
    answer naming the systems searched) and asks of each: are at least two
    parties named, or "all parties"; are the minimum indices (PNC, CRIS,
    MERLIN, CRIMINT, CONNECT) searched, with at most one missing; and is the
    period a minimum of five years (a "five year period" or "last five years"
    treats five years as the maximum). The best check in the record decides.
    Checks only requested, or with no period stated, are *unclear*; no check
    at all is *absent*.

    ## Why it matters

    In the May 2022 domestic murder the relevant prior incidents were missed
    because checks covered only some parties and treated five years as the
    limit. The MPS accepted that checks must cover every party for a minimum
    of five years.

    ## Example

    ```text
    10/03/2024 14:10 PC 1234AB SMITH: PNC check on the deceased Ann LEE. No trace.
    ```

    One party, one system and no period.

    ## Use instead

    ```text
    10/03/2024 14:10 PC 1234AB SMITH: Intel checks on Ann LEE (deceased), Tom WEST
    (informant) and Raj DAS (finder) on PNC, PND, CRIS, MERLIN, CRIMINT and CONNECT,
    minimum of five years (searched back to 2016).
    ```

    ## Source

    002_cd5c91525f8f2821.txt: "Intelligence checks must be completed for a minimum
    of five years on all parties involved in the incident whether victim, suspect
    or witness."
    """

    code = "CR012"
    requirement = "CR-INTEL-SCOPE"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.CRIS_RECORD})
    suggestion = "A check entry for each party, naming the systems searched and the period covered."

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        checks = intel_checks(doc)
        done = [c for c in checks if not c.requested_only and not c.pointer]
        judged = [(c, scope_problems(c, doc.meta.record_date)) for c in done]
        if any(not problems for _, problems in judged):
            return
        pending = [c for c in checks if c.requested_only]
        if pending:
            yield self.unclear(
                doc,
                pending[0].statement.span,
                "Intelligence checks requested or referred to, but not recorded as done",
            )
            return
        if judged:
            worst = [(c, p) for c, p in judged if p != ["no period stated"]]
            if not worst:
                yield self.unclear(
                    doc,
                    judged[0][0].statement.span,
                    "Intelligence checks recorded without the period they covered",
                )
                return
            c, problems = worst[0]
            yield self.finding(
                doc, c.statement.span, "Intelligence checks incomplete: " + "; ".join(problems)
            )
            return
        blank = [c for c in checks if c.pointer and _placeholder(c.scope)]
        if blank:
            yield self.unclear(doc, blank[0].statement.span, "Intelligence checks prompt left unanswered")
            return
        anchor = checks[0].statement.span if checks else title(doc)
        yield self.finding(doc, anchor, "No intelligence check recorded, naming parties, systems and period")


def _placeholder(answer: str) -> bool:
    return not answer.strip() or is_non_answer(answer)
