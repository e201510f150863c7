"""CR013: intelligence check results not recorded in full."""

from __future__ import annotations

from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.cris.intel import IntelCheck, intel_checks, judge_results
from checks.cris.passages import split, title


class IntelResultsNotRecorded(Check):
    """Intelligence check results not recorded in full.

    For each recorded check, reads what follows it as its results. Results
    that list prior incidents (a date and what happened), or a nil result that
    says for whom and where ("no trace for any party on any system; no previous
    calls to the address"), satisfy the requirement. A bare "nil relevant",
    "no trace" or "nothing of note" is *absent*: it hides whether incidents
    involving other parties were seen. Results "to follow", "see CRIMINT" or a
    placeholder are *unclear*. A record with no check at all is *absent*.

    ## Why it matters

    In the May 2022 case the attending officer completed checks but did not
    record the incidents they showed, including knife threats to the
    suspect's brothers, and the risk was assessed without them.

    ## Example

    ```text
    12/06/2023 16:05 DC 5678CD KHAN: Intel checks on all parties on PNC, CRIS,
    MERLIN, CRIMINT and CONNECT, minimum five years. Nil relevant.
    ```

    ## Use instead

    ```text
    12/06/2023 16:05 DC 5678CD KHAN: Intel checks on all parties on PNC, CRIS,
    MERLIN, CRIMINT and CONNECT, minimum five years. Results: CRIS 03/2020 - suspect
    threatened his brother with a knife; CRIMINT 11/2021 - DA incident with former
    partner. Both raise the risk; passed to the OIC.
    ```

    ## Source

    002_cd5c91525f8f2821.txt: "the attending officer did not record these incidents
    in the checks they completed." Also 002_cd5c91525f8f2821.txt: "previous
    incidents that involve different parties to the one(s) involved in the latest
    incident"
    """

    code = "CR013"
    requirement = "CR-INTEL-CONTENT"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.CRIS_RECORD})
    suggestion = (
        "Each relevant prior incident listed with its date and nature, "
        "and how it affected the risk assessment."
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        checks = [c for c in intel_checks(doc) if not c.pointer]
        verdicts = [(c, judge_results(c.results)) for c in checks]
        answered = [(c, v) for c, v in verdicts if v != "none"]
        if answered:
            # a later check (e.g. done again as directed at review) supersedes earlier ones;
            # checks written in the same entry ("venue: two offences ...; V on PNC - no trace") count together
            last = answered[-1][0].statement.entry
            verdicts = [(c, v) for c, v in answered if last is not None and c.statement.entry is last]
            verdicts = verdicts or answered[-1:]
        if any(v == "full" for _, v in verdicts):
            return
        pending = [c for c, v in verdicts if v == "pending" or (v == "none" and c.requested_only)]
        if pending:
            yield self.unclear(
                doc,
                _results_span(doc, pending[0]),
                "Intelligence check results awaited or referred elsewhere, not recorded",
            )
            return
        bare = [c for c, v in verdicts if v == "bare"]
        if bare:
            yield self.finding(
                doc,
                _results_span(doc, bare[0]),
                "Intelligence check results recorded only as a bare nil, not in full",
            )
            return
        if checks:
            yield self.finding(doc, checks[0].statement.span, "Intelligence check results not recorded")
            return
        yield self.finding(doc, title(doc), "No intelligence check results recorded")


def _results_span(doc: Document, check: IntelCheck) -> Span:
    """The sentence holding the results, else the check statement."""
    if check.results.strip():
        at = doc.text.find(check.results.strip(), check.statement.span.start)
        if at >= 0:
            end = at + len(check.results.strip())
            for sentence in split(doc.text, at, end):
                return sentence
    return check.statement.span
