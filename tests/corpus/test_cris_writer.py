"""The CRIS writer: labels that hold, prompts that are only prompts, passages
that match their source, and entries the auditor's own parser can read back.

Records come from a real corpus plan, with each record's form and voice
overridden in turn so that every form meets every voice; a few cases also get
hate and domestic circumstances forced on, so the rarer requirements are seen
in more than one state.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import datetime

import pytest

from corpus.blocks import LogEntry
from corpus.plan import CRIS_FORMS, POLICY_2022, CasePlan, CorpusPlan, DocPlan, plan_corpus
from corpus.render.text import Canonical, render_canonical
from corpus.voices import VOICE_NAMES
from corpus.writers.base import STATES, Written
from corpus.writers.cris import KNOWN_PROMPTS, REQUIREMENTS, SUPERVISOR_ROLES, write_cris_record
from corpus.writers.death_report import transcribed_circumstances, write_death_report
from extractors import load_bytes

PLACEHOLDER_ANSWERS = {"", "n/a", "tbc", "see above", "nil", "-", "y/n"}
VALID_REASONS = {"specific", "generic", "none", "copied"}


@dataclass(frozen=True)
class Record:
    case: CasePlan
    doc: DocPlan
    written: Written
    canonical: Canonical


@pytest.fixture(scope="module")
def plan() -> CorpusPlan:
    return plan_corpus(3000, 1)


@pytest.fixture(scope="module")
def cases(plan: CorpusPlan) -> dict[int, CasePlan]:
    return {c.index: c for c in plan.cases}


def _write(case: CasePlan, doc: DocPlan, cases: dict[int, CasePlan]) -> Record:
    written = write_cris_record(case, doc, cases)
    return Record(case, doc, written, render_canonical(written.spec))


@pytest.fixture(scope="module")
def records(plan: CorpusPlan, cases: dict[int, CasePlan]) -> list[Record]:
    """~300 death records and every incident, cycling through all forms and voices."""
    out: list[Record] = []
    deaths = 0
    forced = 0
    for i, case in enumerate(c for c in plan.cases if c.doc("cris_record") is not None):
        doc = case.doc("cris_record")
        assert doc is not None
        if case.kind == "death":
            if deaths >= 300:
                continue
            deaths += 1
        doc = replace(doc, form=CRIS_FORMS[i % 3], voice=VOICE_NAMES[(i // 3) % 6])
        out.append(_write(case, doc, cases))
        if case.kind == "death" and forced < 40 and i % 5 == 0:
            forced += 1
            c = replace(case.circumstances, hate_indicated=True, domestic=True)
            out.append(_write(replace(case, circumstances=c), replace(doc, voice=VOICE_NAMES[i % 6]), cases))
    return out


def _quotes(record: Record, key: str) -> list[str]:
    text = record.canonical.text
    return [text[s:e] for s, e in record.canonical.spans.get(key, [])]


# -- labels ------------------------------------------------------------------------------
def test_every_form_meets_every_voice(records: list[Record]) -> None:
    assert {(r.doc.form, r.doc.voice) for r in records} == {(f, v) for f in CRIS_FORMS for v in VOICE_NAMES}
    assert any(r.case.kind == "incident" for r in records)


def test_every_requirement_labelled_with_a_valid_state(records: list[Record]) -> None:
    for r in records:
        assert set(REQUIREMENTS) <= set(r.written.requirements), r.doc.doc_id
        for req, state in r.written.requirements.items():
            assert state in STATES, (r.doc.doc_id, req, state)


def test_not_applicable_where_it_must_be(records: list[Record]) -> None:
    for r in records:
        states = r.written.requirements
        case = r.case
        c = case.circumstances
        tl = case.timeline
        na = "not_applicable"
        assert (states["CR-HATE-FLAG"] == na) == (not c.hate_indicated)
        assert (states["CR-DASH"] == na) == (not c.domestic)
        if case.kind == "death":
            assert states["CR-VCOP-ATTEMPT"] == na and states["CR-VCOP-SUCCESS"] == na
            assert (states["CR-FAMILY-CONTACT"] == na) == case.flo_deployed
            if tl.hat_advice is None:
                assert states["CR-HAT"] == na
            else:
                assert states["CR-HAT"] != na
            if tl.post_mortem is None:
                assert states["CR-PATHOLOGIST"] == na
            if case.record_date < POLICY_2022:
                assert states["SUP-REVIEWS"] == na
            if tl.closed is None or case.category == "homicide":
                assert states["SUP-CLOSURE"] == na
        else:
            for req in ("CR-FAMILY-CONTACT", "CR-HAT", "CR-PATHOLOGIST", "SUP-REVIEWS", "SUP-CLOSURE"):
                assert states[req] == na, (r.doc.doc_id, req)
            assert states["CR-VCOP-ATTEMPT"] != na and states["CR-VCOP-SUCCESS"] != na


def test_each_requirement_takes_at_least_two_states(records: list[Record]) -> None:
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for r in records:
        for req in REQUIREMENTS:
            seen[req][r.written.requirements[req]] += 1
    for req in REQUIREMENTS:
        applicable = {s for s in seen[req] if s != "not_applicable"}
        assert len(applicable) >= 2, (req, dict(seen[req]))


def test_decisions_carry_a_valid_reason_kind(records: list[Record]) -> None:
    for r in records:
        for d in r.written.decisions:
            assert d.reason in VALID_REASONS
        for key in r.canonical.spans:
            if key.startswith("decision:"):
                assert int(key.split(":")[1]) < len(r.written.decisions)


def test_evidence_marks_name_known_requirements(records: list[Record]) -> None:
    for r in records:
        for key in r.canonical.spans:
            if key.startswith("req:"):
                assert key[4:] in REQUIREMENTS, key


def test_substantive_label_matches_the_text(records: list[Record]) -> None:
    for r in records:
        if r.written.requirements["SUP-SUBSTANTIVE"] != "present":
            continue
        text = r.canonical.text
        for role in SUPERVISOR_ROLES:
            o = r.case.officers[role]
            if o.acting or o.collar not in text:
                continue
            pattern = (
                rf"(?:{re.escape(o.collar)}|{re.escape(o.last)}|{re.escape(o.last.upper())}) \(substantive\)"
            )
            assert re.search(pattern, text), (r.doc.doc_id, role, o.full)


def test_the_writer_is_deterministic(records: list[Record], cases: dict[int, CasePlan]) -> None:
    for r in records[:20]:
        again = write_cris_record(r.case, r.doc, cases)
        assert render_canonical(again.spec).text == r.canonical.text
        assert again.requirements == r.written.requirements


# -- prompts ---------------------------------------------------------------------------------
def _answers(record: Record) -> list[tuple[str, str]]:
    """(prompt, answer) for every prompt: the answer runs to the end of the line or the next prompt."""
    text = record.canonical.text
    spans = sorted(record.canonical.spans.get("prompt", []))
    out = []
    for i, (start, end) in enumerate(spans):
        stop = text.find("\n", end)
        stop = len(text) if stop < 0 else stop
        if i + 1 < len(spans):
            stop = min(stop, spans[i + 1][0])
        out.append((text[start:end], text[end:stop].strip()))
    return out


def test_prompt_marks_are_only_the_known_prompts(records: list[Record]) -> None:
    for r in records:
        quotes = _quotes(r, "prompt")
        assert quotes, r.doc.doc_id
        for quote in quotes:
            assert quote in KNOWN_PROMPTS, (r.doc.doc_id, quote)


def test_unanswered_prompts_match_the_label(records: list[Record]) -> None:
    for r in records:
        blank = [p for p, a in _answers(r) if a.lower() in PLACEHOLDER_ANSWERS]
        state = r.written.requirements["TPL-PROMPTS-UNANSWERED"]
        if state == "present":
            assert not blank, (r.doc.doc_id, blank)
        else:
            assert state == "absent" and blank, (r.doc.doc_id, state)


# -- passages -----------------------------------------------------------------------------------
def test_transcribed_circumstances_equal_the_eab_text(plan: CorpusPlan, cases: dict[int, CasePlan]) -> None:
    checked = 0
    for case in plan.cases:
        eab = case.doc("death_report")
        doc = case.doc("cris_record")
        if doc is None or eab is None or eab.form != "eab_summary":
            continue
        cris = _write(case, doc, cases)
        report = render_canonical(write_death_report(case, eab, cases).spec)
        ours = _quotes(cris, "passage:circumstances")
        theirs = [report.text[s:e] for s, e in report.spans.get("passage:circumstances", [])]
        assert ours == theirs == [transcribed_circumstances(case)], case.case_id
        assert cris.written.passages["circumstances"] == "transcribed"
        checked += 1
        if checked >= 25:
            break
    assert checked >= 10


def test_copied_passages_match_their_source(plan: CorpusPlan, cases: dict[int, CasePlan]) -> None:
    verbatim = edited = 0
    for case in plan.cases:
        for copy in case.copies:
            if copy.slot not in ("supervisor", "details"):
                continue
            target_doc = case.doc("cris_record")
            source = cases[copy.source]
            source_doc = source.doc("cris_record")
            if target_doc is None or source_doc is None:
                continue
            target = _write(case, target_doc, cases)
            origin = _write(source, source_doc, cases)
            key = f"passage:{copy.slot}"
            assert target.written.passages[copy.slot] == copy.copy_id
            assert origin.written.passages[copy.slot] == "own"
            ours, theirs = _quotes(target, key), _quotes(origin, key)
            assert len(ours) == 1 and len(theirs) == 1, (case.case_id, copy)
            if copy.mode == "verbatim":
                assert ours == theirs, (case.case_id, copy)
                verbatim += 1
            else:
                edited += 1
    assert verbatim >= 3 and edited >= 3


def test_incident_names_the_suspect_with_phone_and_address(records: list[Record]) -> None:
    seen = 0
    for r in records:
        case = r.case
        if case.kind != "incident" or case.suspect is None:
            continue
        text = r.canonical.text
        digits = re.sub(r"\D", "", text)
        assert case.suspect.full in text
        assert case.suspect.phone[-6:] in digits
        assert case.suspect.address.full in text
        seen += 1
    assert seen >= 1


# -- extraction --------------------------------------------------------------------------------
def _recovered(block: LogEntry, parsed_whens: list[tuple[datetime, bool]]) -> bool:
    assert block.when is not None
    if block.date_only:
        return any(w.date() == block.when.date() for w, _ in parsed_whens)
    return any(w == block.when and not d for w, d in parsed_whens)


def test_the_auditor_recovers_the_entries(records: list[Record]) -> None:
    total = found = 0
    per_form: Counter[str] = Counter()
    per_form_found: Counter[str] = Counter()
    for r in records[::2]:
        doc = load_bytes(r.canonical.text.encode("utf-8"), f"{r.doc.doc_id}.txt")
        whens = [(e.when, e.date_only) for e in doc.entries if e.when is not None]
        for block in r.written.spec.blocks:
            if isinstance(block, LogEntry):
                total += 1
                per_form[r.doc.form] += 1
                if _recovered(block, whens):
                    found += 1
                    per_form_found[r.doc.form] += 1
    assert total > 1000
    assert found / total >= 0.9, found / total
    for form in CRIS_FORMS:
        assert per_form_found[form] / per_form[form] >= 0.9, form


def test_entries_run_in_order_and_end_by_the_closure(records: list[Record]) -> None:
    for r in records:
        blocks = [b for b in r.written.spec.blocks if isinstance(b, LogEntry)]
        assert blocks and all(b.when is not None for b in blocks)
        days = [b.when.date() for b in blocks if b.when is not None]
        timed = [b.when for b in blocks if b.when is not None and not b.date_only]
        assert days == sorted(days) and timed == sorted(timed), r.doc.doc_id
        closed = r.case.timeline.closed
        if closed is not None:
            assert max(timed) <= closed and max(days) <= closed.date(), r.doc.doc_id
        assert min(timed) >= r.case.timeline.call and min(days) >= r.case.record_date, r.doc.doc_id
