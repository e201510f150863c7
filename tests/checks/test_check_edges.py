"""Edges the text fixtures cannot reach: entries a structured export declares
(no date, method/person/outcome columns), run on Documents built directly."""

from __future__ import annotations

from datetime import datetime

from auditor.document import DocKind, Document, Entry, Span
from auditor.findings import RequirementState
from auditor.pipeline import Auditor
from checks.cris.vcop_attempt import VictimContactAttemptNotRecorded
from checks.death_report.basic_details import BasicDetailsMissing
from checks.flo_log.contact_entries import ContactEntryIncomplete


def _doc(kind: DocKind, text: str, rows: list[tuple[str, dict[str, object]]]) -> Document:
    entries = []
    for body, extra in rows:
        start = text.index(body)
        entries.append(
            Entry(author=None, rank=None, role=None, text=body, span=Span(start, start + len(body)), **extra)
        )  # type: ignore[arg-type]
    return Document(id="t", kind=kind, text=text, entries=tuple(entries))


def test_flo_entry_without_date_or_time_is_flagged() -> None:
    text = "FAMILY LIAISON LOG\nPhoned sister Sandra, discussed the funeral.\n"
    doc = _doc(DocKind.FLO_LOG, text, [("Phoned sister Sandra, discussed the funeral.", {"when": None})])
    audit = Auditor(checks=[ContactEntryIncomplete]).audit(doc)
    assert [f.message for f in audit.findings] == ["Contact entry without date or time"]
    assert audit.findings[0].evidence == "Phoned sister Sandra, discussed the funeral."


def test_flo_export_columns_count_as_method_person_and_outcome() -> None:
    text = "FAMILY LIAISON LOG\nNo reply.\nDiscussed arrangements.\n"
    when = datetime(2023, 5, 15, 14, 30)
    doc = _doc(
        DocKind.FLO_LOG,
        text,
        [
            (
                "No reply.",
                {"when": when, "method": "Phone", "contact_person": "Sister", "outcome": "No reply"},
            ),
            ("Discussed arrangements.", {"when": when, "method": "Home visit", "contact_person": "Mother"}),
        ],
    )
    audit = Auditor(checks=[ContactEntryIncomplete]).audit(doc)
    assert audit.findings == ()
    assert audit.requirement_states["FLO-ALL-CONTACT"] is RequirementState.PRESENT


def test_flo_export_attempt_without_outcome_or_person() -> None:
    text = "FAMILY LIAISON LOG\nAttempted call.\n"
    doc = _doc(
        DocKind.FLO_LOG, text, [("Attempted call.", {"when": datetime(2023, 5, 15, 9, 0), "method": "Phone"})]
    )
    (finding,) = Auditor(checks=[ContactEntryIncomplete]).audit(doc).findings
    assert finding.message == "Contact entry without the person contacted or the outcome of the attempt"


def test_cris_attempt_entry_without_date_is_flagged() -> None:
    text = "CRIS CRIME REPORT\nDETS\n14:30 Phoned victim, no answer.\n"
    body = "Phoned victim, no answer."
    start = text.index(body)
    entry = Entry(
        when=None, author=None, rank=None, role=None, text=body,
        span=Span(start, start + len(body)), header_span=Span(start - 6, start - 1),
    )  # fmt: skip
    doc = Document(id="t", kind=DocKind.CRIS_RECORD, text=text, entries=(entry,))
    (finding,) = Auditor(checks=[VictimContactAttemptNotRecorded]).audit(doc).findings
    assert finding.message == "Contact attempt recorded without date"
    assert finding.evidence == "14:30 Phoned victim, no answer."


def test_checks_do_not_apply_to_other_kinds() -> None:
    doc = Document(id="t", kind=DocKind.CORONER_PFD, text="REGULATION 28 REPORT\n")
    audit = Auditor(
        checks=[BasicDetailsMissing, ContactEntryIncomplete, VictimContactAttemptNotRecorded]
    ).audit(doc)
    assert audit.findings == ()
    assert audit.requirement_states == {}  # other kinds' requirements are not listed
    assert audit.score is None


def test_findings_never_have_empty_spans_on_a_blank_death_report() -> None:
    doc = Document(id="t", kind=DocKind.DEATH_REPORT, text="SUDDEN DEATH REPORT\n")
    findings = Auditor(checks=[BasicDetailsMissing]).audit(doc).findings
    assert len(findings) == 10
    assert {(f.span.start, f.span.end) for f in findings} == {(0, 19)}


def test_export_entry_type_decides_contact_and_attempt() -> None:
    from auditor.pipeline import Auditor
    from checks.flo_log.contact_entries import ContactEntryIncomplete

    csv = (
        b"kind,when,author,rank,entry_type,method,contact_person,outcome,text\n"
        b"flo_log,14/05/2023 14:30,SMITH,DC,Attempted contact,phone,sister,,Rang.\n"
        b"flo_log,14/05/2023 15:00,SMITH,DC,Review,,,,Strategy reviewed with SIO; phone sister again.\n"
    )
    result = Auditor(checks=[ContactEntryIncomplete]).audit_bytes(csv, "flo.csv")
    assert result.document is not None and result.audit is not None
    assert result.document.kind == "flo_log"
    assert [e.entry_type for e in result.document.entries] == ["attempted_contact", "review"]
    flagged = [f for f in result.audit.findings if f.code == "FLO001"]
    assert len(flagged) == 1 and "outcome" in flagged[0].message
