"""CR014: a required action recorded as not done, or silently missing, with no reason."""

from __future__ import annotations

from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.cris.passages import title
from checks.cris.reasons import Reason
from checks.cris.required_actions import Status, Verdict, assess


class RequiredActionNotDoneWithoutReason(Check):
    """Required action (house-to-house, CCTV, contacting the informant) not done and no reason recorded.

    For each policy-required action the record is read for one of: done;
    recorded as not done, with a reason specific to the case ("H2H not
    conducted because the flat is on open land with no overlooking houses"),
    with a formula that fits any case ("as per policy", "not required",
    "nothing suspicious", "caller anonymous") or with none; left as a
    placeholder ("H2H: TBC"); or never mentioned. House-to-house and CCTV are
    required for unexpected deaths and incidents, not for expected deaths.
    The informant counts as contacted when the person named where the call is
    described ("Mrs Leah FERRIS called 999", "Informant: Mr Nowak") is later
    recorded by name as spoken to or giving a statement ("took a statement
    from Mrs Ferris").
    A skipped action with no reason, or a generic one, or one never mentioned,
    is *absent*; a placeholder is *unclear*; a record where nothing required
    was skipped is *not_applicable*.

    ## Why it matters

    The IOPC found that neither the officers nor their supervisor explained
    why Domestic Abuse policy actions (house-to-house, contacting the caller)
    were not completed; nine days later the caller's neighbour was killed.

    ## Example

    ```text
    04/02/2024 11:20 PC 2468XY JONES: CAD 1234/04FEB24 reviewed. Informant not contacted.
    04/02/2024 11:45 PC 2468XY JONES: H2H not conducted as per policy.
    ```

    ## Use instead

    ```text
    04/02/2024 11:45 PC 2468XY JONES: H2H not conducted because the garages back onto
    the railway and no dwellings overlook them; the two residents at the gate were
    spoken to at the scene.
    ```

    ## Source

    002_cd5c91525f8f2821.txt: "No explanation was provided by the officers and their
    supervisor as to why these, DA policy required actions, were not completed."
    """

    code = "CR014"
    requirement = "CR-NOT-DONE"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.CRIS_RECORD})
    suggestion = "'Not done because ...' entries against each required action that was skipped."

    def applies(self, doc: Document) -> bool:
        if not super().applies(doc):
            return False
        return any(v.status is not Status.DONE for v in assess(doc))

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        verdicts = [v for v in assess(doc) if v.status is not Status.DONE]
        bad = [v for v in verdicts if _unexplained(v)]
        for v in bad:
            yield self.finding(doc, v.span or _anchor(doc), _message(v))
        if bad:
            return
        for v in verdicts:
            if v.status is Status.PLACEHOLDER and v.span is not None:
                yield self.unclear(
                    doc, v.span, f"Required action ({v.action}) answered only with a placeholder"
                )


def _unexplained(v: Verdict) -> bool:
    return v.status is Status.SILENT or (v.status is Status.SKIPPED and v.reason is not Reason.SPECIFIC)


def _message(v: Verdict) -> str:
    if v.status is Status.SILENT:
        return f"Required action ({v.action}) neither recorded as done nor explained"
    if v.reason is Reason.GENERIC:
        return f"Required action ({v.action}) not done, with only a generic reason"
    return f"Required action ({v.action}) not done, with no reason recorded"


def _anchor(doc: Document) -> Span:
    return title(doc)
