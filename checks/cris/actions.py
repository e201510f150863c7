"""CR004: no action plan with owners, statuses and outcomes on the CRIS record."""

from __future__ import annotations

from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.cris.action_plan import action_notes, followed_up


class ActionsNotRecorded(Check):
    """Lines of enquiry and actions not recorded as actions with an owner, a status and an outcome.

    CRIS must show the lines of investigation, the actions set and the outcome
    of each, so that progress is clear to everyone. Passes when the record holds
    an action plan whose actions each carry an owner and a status ("A1
    house-to-house - PC 1234AB SMITH - outstanding"; "Action 2: book property.
    Owner: ... Status: ... Outcome: ..."). Flags a bare list of actions with no
    owners or statuses, or a record with no actions at all (*absent*), and an
    action plan given only as "TBC", "see above" or "see action log"
    (*unclear*). A sergeant's or inspector's numbered tasking ("Actions: (1)
    ... (2) ...") counts as a plan owned by the officer in the case when later
    entries record the result or status of every action on it.

    ## Why it matters

    The coroner's concern MC4A: officers "may not record lines of
    investigation, actions and outcomes". Without an owner and a status no one
    can tell what is still outstanding when the case changes hands.

    ## Example

    ```text
    CRIS CRIME REPORT - DETS
    12/04/2023 16:20 DC 5521HT OWUSU: Actions: house-to-house, book property, CCTV trawl.
    ```

    ## Use instead

    ```text
    12/04/2023 16:20 DC 5521HT OWUSU: Actions raised: A1 house-to-house - PC 2231HT
    FRY - outstanding. A2 book property - PC 2231HT FRY - complete - phone booked as
    MP/1234/23. A3 CCTV trawl - DC 5521HT OWUSU - outstanding - result awaited.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "officers may not record lines of investigation,
    actions and outcomes (MC4A)."
    """

    code = "CR004"
    requirement = "CR-ACTIONS"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.CRIS_RECORD})
    suggestion = "An action list where each action has an owner, a status and a recorded outcome."

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        notes = list(action_notes(doc))
        if any(n.kind == "structured" for n in notes):
            return
        bare = [n for n in notes if n.kind == "bare" and not followed_up(doc, n.span)]
        if not bare and any(n.kind == "bare" for n in notes):
            return
        if bare:
            for n in bare:
                yield self.finding(doc, n.span, "Actions listed with no owner, status or outcome")
            return
        placeholders = [n for n in notes if n.kind == "placeholder"]
        if placeholders:
            for n in placeholders:
                yield self.unclear(
                    doc,
                    n.span,
                    "Action plan given only as a placeholder or pointer: no actions, owners or outcomes",
                )
            return
        yield self.finding(
            doc,
            _where_it_belongs(doc),
            "No action plan: no lines of enquiry or actions with owners and outcomes",
        )


def _where_it_belongs(doc: Document) -> Span:
    dets = doc.section("dets")
    if dets is not None and len(dets.heading_span):
        return dets.heading_span
    return spans.first_line(doc.text) or spans.whole(doc.text)
