"""SUP003: whether a named supervisor holds the rank substantively or is acting is not recorded."""

from __future__ import annotations

from collections.abc import Iterator

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.supervision.officers import Level, Mention, mentions


def supervisors(doc: Document) -> list[list[Mention]]:
    """Supervisors named in the record, each with its mentions, in order of first mention.
    Mentions sharing a surname or warrant number are one supervisor.

    Advisers named only by their team (a HAT detective sergeant) are not the
    record's supervisors; neither, on a death report, is the detective
    sergeant called to the scene, who is the detective, not the supervisor.
    """
    people: list[list[Mention]] = []
    for m in mentions(doc.text):
        if doc.kind == DocKind.DEATH_REPORT and m.level == Level.DETECTIVE_SERGEANT:
            continue
        same = [p for p in people if any(m.same_officer(other) for other in p)]
        if not same:
            people.append([m])
            continue
        merged = [x for p in same for x in p] + [m]
        people = [p for p in people if p not in same]
        people.append(sorted(merged, key=lambda x: x.span.start))
    return sorted((p for p in people if not all(m.adviser for m in p)), key=lambda p: p[0].span.start)


class SupervisorStatusNotRecorded(Check):
    """Supervisor named without saying whether the rank is substantive or acting.

    Every sergeant, inspector or DI named on the record should show whether
    they hold the rank substantively (*PS Hill (substantive)*) or as acting or
    temporary (*A/PS Hill*, *T/DI Ross*): the attending sergeant and each
    reviewing inspector or DI is a supervisor whose status the catalogue asks
    for. A supervisor named without either is *unclear*: the record cannot
    show that the mandated substantive supervisor attended. Shoulder numbers
    of two digits (*PS 45LX*) are read as well as longer ones. A record naming
    no supervisor is not applicable here (other checks ask for the
    supervisor).

    ## Why it matters

    The 2022 policy requires a substantive supervisor at every sudden death;
    the inspection could not verify it because no CRIS record said whether the
    supervisors were substantive.

    ## Example

    ```text
    SUDDEN DEATH REPORT
    PS 4410SX DUNNE attended the scene at 0915.
    Reviewed by Insp 70231 K. Marsh.
    ```

    ## Use instead

    ```text
    PS 4410SX DUNNE (substantive) attended the scene at 0915.
    Reviewed by A/Insp 70231 K. Marsh.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "But the reports didn’t state whether or not the
    supervisors were substantive."
    """

    code = "SUP003"
    requirement = "SUP-SUBSTANTIVE"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.DEATH_REPORT, DocKind.CRIS_RECORD})
    suggestion = "PS [name] (substantive) or A/PS [name]."

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) and bool(supervisors(doc))

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for person in supervisors(doc):
            if any(m.status_shown for m in person):
                continue
            yield self.unclear(
                doc,
                person[0].span,
                "Supervisor named without saying whether the rank is held substantively or as acting",
            )
