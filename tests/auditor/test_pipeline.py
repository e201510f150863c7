"""The pipeline's own logic: requirement states, policy dates, selection.

The checks here are real Check subclasses written for the test (the component
under test is the pipeline, not a check)."""

from collections.abc import Iterator
from datetime import date

from auditor.document import DocKind, Document, DocumentMeta, Span
from auditor.findings import Finding, RequirementState, Severity
from auditor.pipeline import Auditor
from checks.base import Check, Context

DOCS = """
    ## Why it matters
    ## Example
    ## Use instead
    ## Source
"""


class FlagsWordMissing(Check):
    __doc__ = "Flags when the word 'signed' is missing." + DOCS
    code = "TST901"
    requirement = "SUP-CERTIFY"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.DEATH_REPORT})

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if "signed" not in doc.text:
            yield self.finding(doc, Span(0, min(5, len(doc.text))), "not signed")


class UnclearWhenTbc(Check):
    __doc__ = "Unclear when the text says TBC." + DOCS
    code = "TST902"
    requirement = "SUP-CERTIFY"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.DEATH_REPORT})

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        i = doc.text.find("TBC")
        if i >= 0:
            yield self.finding(doc, Span(i, i + 3), "TBC", state=RequirementState.UNCLEAR)


class NewPolicy(Check):
    __doc__ = "A requirement in force from 2022-06-22." + DOCS
    code = "TST903"
    requirement = "DR-PC"
    severity = Severity.LOW
    applies_to = frozenset({DocKind.DEATH_REPORT})
    since_policy = date(2022, 6, 22)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        yield self.finding(doc, Span(0, 1), "always")


def doc(text: str, kind: DocKind = DocKind.DEATH_REPORT, when: date | None = None) -> Document:
    return Document(id="d", kind=kind, text=text, meta=DocumentMeta(record_date=when))


def audit(d: Document, *checks: type[Check]) -> dict[str, RequirementState]:
    return dict(Auditor(checks=checks).audit(d).requirement_states)


def test_no_finding_means_present() -> None:
    assert audit(doc("signed off"), FlagsWordMissing) == {"SUP-CERTIFY": RequirementState.PRESENT}


def test_absent_beats_unclear_and_unclear_beats_present() -> None:
    assert audit(doc("TBC"), FlagsWordMissing, UnclearWhenTbc)["SUP-CERTIFY"] is RequirementState.ABSENT
    assert (
        audit(doc("signed TBC"), FlagsWordMissing, UnclearWhenTbc)["SUP-CERTIFY"] is RequirementState.UNCLEAR
    )


def test_other_kinds_requirement_is_not_assessed_at_all() -> None:
    """A death-report requirement is not "not applicable" to an FLO log: it is not
    one of the log's requirements, so it is neither listed nor scored."""
    result = Auditor(checks=[FlagsWordMissing]).audit(doc("x", kind=DocKind.FLO_LOG))
    assert result.requirement_states == {}
    assert result.findings == ()
    assert result.score is None


def test_policy_not_in_force_on_record_date() -> None:
    assert audit(doc("x", when=date(2021, 1, 1)), NewPolicy)["DR-PC"] is RequirementState.NOT_APPLICABLE
    assert audit(doc("x", when=date(2023, 1, 1)), NewPolicy)["DR-PC"] is RequirementState.ABSENT


def test_select_and_ignore_by_code_or_requirement() -> None:
    from auditor.config import Settings

    ignored = Auditor(Settings(ignore=("TST903",)), checks=[FlagsWordMissing, NewPolicy])
    assert [c.code for c in ignored.checks] == ["TST901"]
    selected = Auditor(
        Settings(select=("SUP-CERTIFY",)), checks=[FlagsWordMissing, UnclearWhenTbc, NewPolicy]
    )
    assert [c.code for c in selected.checks] == ["TST901", "TST902"]


def test_score_and_evidence() -> None:
    result = Auditor(checks=[FlagsWordMissing, NewPolicy]).audit(doc("hello world"))
    assert result.score == 0.0
    assert [f.evidence for f in result.findings] == ["h", "hello"]
    assert result.versions["report-auditor"]
