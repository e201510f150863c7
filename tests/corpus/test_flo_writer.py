"""The FLO log writer: labels that hold, spans that quote, schedules that match
FLO-GAPS, and headers the auditor's own entry parser reads back.

About two hundred logs are written from real plans, in both forms (paper and
electronic) and all six voices, and parsed with ``extractors.load_bytes``.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from functools import lru_cache

import pytest

from corpus.blocks import FieldRow, LogEntry, Signature
from corpus.plan import CasePlan, DocPlan, plan_corpus
from corpus.render.export import render_csv, render_json
from corpus.render.text import Canonical, render_canonical
from corpus.voices import VOICE_NAMES
from corpus.writers.base import STATES, Written
from corpus.writers.flo_log import (
    CONTACT_TYPES,
    FORM_LIMIT,
    GAP_LIMIT,
    REQUIREMENTS,
    longest_unexplained_gap,
    marks_of,
    write_flo_log,
)
from extractors import load_bytes

FORMS = ("paper", "electronic")
ENTRY_TYPES = {"contact", "attempted_contact", "review", "note", "action", "decision"}
METHODS = {"phone", "visit", "text", "email", "voicemail", "letter"}
ROLES = {"FLO", "SIO", "Co-ordinator"}


@dataclasses.dataclass(frozen=True)
class Sample:
    case: CasePlan
    doc: DocPlan
    written: Written
    canonical: Canonical


@lru_cache(maxsize=1)
def samples() -> tuple[Sample, ...]:
    """About 200 logs: every FLO case of two plans, once on paper and once electronic, voices in turn."""
    out = []
    turn = 0
    for seed in (11, 12):
        plan = plan_corpus(700, seed)
        cases = {c.index: c for c in plan.cases}
        for case in plan.cases:
            doc = case.doc("flo_log")
            if doc is None:
                continue
            for shift, form in enumerate(FORMS):
                voice = VOICE_NAMES[(turn + 3 * shift) % len(VOICE_NAMES)]
                variant = dataclasses.replace(doc, form=form, voice=voice)
                written = write_flo_log(case, variant, cases)
                out.append(Sample(case, variant, written, render_canonical(written.spec)))
            turn += 1
    return tuple(out)


def entries(sample: Sample) -> list[LogEntry]:
    return [b for b in sample.written.spec.blocks if isinstance(b, LogEntry)]


def test_sample_covers_both_forms_and_all_voices() -> None:
    seen = Counter((s.doc.form, s.doc.voice) for s in samples())
    assert len(samples()) >= 180
    assert {f for f, _ in seen} == set(FORMS)
    assert {v for _, v in seen} == set(VOICE_NAMES)


def test_every_requirement_is_labelled_with_a_valid_state() -> None:
    for s in samples():
        assert set(REQUIREMENTS) <= set(s.written.requirements), s.doc.doc_id
        for requirement in REQUIREMENTS:
            assert s.written.requirements[requirement] in STATES, (s.doc.doc_id, requirement)


def test_every_requirement_takes_at_least_two_states() -> None:
    states: dict[str, set[str]] = {r: set() for r in REQUIREMENTS}
    for s in samples():
        for requirement in REQUIREMENTS:
            states[requirement].add(s.written.requirements[requirement])
    for requirement, seen in states.items():
        assert len(seen) >= 2, (requirement, seen)


def test_every_mark_quotes_text() -> None:
    for s in samples():
        text = s.canonical.text
        for key, spans in s.canonical.spans.items():
            for start, end in spans:
                assert text[start:end].strip(), (s.doc.doc_id, key)


def test_decisions_are_marked_with_their_reasons() -> None:
    kinds: Counter[str] = Counter()
    for s in samples():
        for decision in s.written.decisions:
            assert f"decision:{decision.number}" in s.canonical.spans, (s.doc.doc_id, decision)
            has_reason = f"reason:{decision.number}" in s.canonical.spans
            assert has_reason == (decision.reason != "none"), (s.doc.doc_id, decision)
            kinds[f"{decision.type}/{decision.reason}"] += 1
    for dtype in ("reduce_contact", "refuse_request", "end_deployment"):
        for reason in ("specific", "generic", "none"):
            assert kinds[f"{dtype}/{reason}"] > 0, (dtype, reason, kinds)


def test_present_and_absent_requirements_leave_the_right_evidence() -> None:
    for s in samples():
        states = s.written.requirements
        spans = s.canonical.spans
        for requirement in ("FLO-STRATEGY", "FLO-EXIT", "FLO-SUPPORT", "FLO-PROFILE", "FLO-INVESTIGATIVE"):
            if states[requirement] in ("present", "unclear"):
                assert f"req:{requirement}" in spans, (s.doc.doc_id, requirement)
        lower = s.canonical.text.lower()
        if states["FLO-RISK"] == "absent":
            assert "risk assessment" not in lower.replace("risk assessment:", ""), s.doc.doc_id
        if states["FLO-PROFILE"] == "absent":
            assert "victim profile" not in lower.replace("(victim profile):", ""), s.doc.doc_id
        if states["FLO-EXIT"] == "absent":
            assert "exit strategy" not in lower, s.doc.doc_id
        if states["FLO-SUPPORT"] == "absent":
            assert not re.search(r"cruse|victim support|samm|homicide service|drugfam|help is at hand", lower)
        if states["FLO-STRATEGY"] == "absent":
            assert "strategy reviewed" not in lower, s.doc.doc_id
        if states["FLO-COVER"] == "not_applicable":
            assert "cover flo" not in lower and "leave" not in lower, s.doc.doc_id
        if states["FLO-COVER"] == "absent":
            assert states["FLO-GAPS"] == "absent", s.doc.doc_id
        if states["FLO-FAMILY-DEF"] == "not_applicable":
            assert s.case.partner is None


def test_gaps_label_agrees_with_the_schedule() -> None:
    for s in samples():
        state = s.written.requirements["FLO-GAPS"]
        rows = entries(s)
        longest = longest_unexplained_gap(rows)
        contacts = sorted(e.when for e in rows if e.entry_type in CONTACT_TYPES and e.when)
        widest = max((b - a for a, b in itertools.pairwise(contacts)), default=timedelta(0))
        if state == "present":
            assert longest <= GAP_LIMIT, (s.doc.doc_id, longest)
        elif state == "absent":
            assert longest > GAP_LIMIT, (s.doc.doc_id, longest)
        else:
            assert state == "unclear" and widest > GAP_LIMIT, (s.doc.doc_id, state, widest)


def test_cover_absent_leaves_no_entries_during_the_leave() -> None:
    for s in samples():
        if s.written.requirements["FLO-COVER"] != "absent":
            continue
        rows = entries(s)
        contacts = [e.when for e in rows if e.entry_type in CONTACT_TYPES and e.when]
        gaps = [(a, b) for a, b in itertools.pairwise(contacts) if b - a > GAP_LIMIT]
        assert gaps, s.doc.doc_id
        a, b = max(gaps, key=lambda g: g[1] - g[0])
        inside = [e for e in rows if e.when and a < e.when < b and "req:FLO-COVER" not in marks_of(e)]
        inside = [e for e in inside if e.when and e.when.date() not in (a.date(), b.date())]
        assert not inside, (s.doc.doc_id, [e.body.value for e in inside])


def test_forms_state_matches_submission_times() -> None:
    """Electronic logs: FLO-FORMS present means both form entries within 48 hours."""
    for s in samples():
        if s.doc.form != "electronic":
            continue
        rows = entries(s)
        forms = {
            kind: [e.when for e in rows if e.when and re.search(rf"(?i)\b{kind} form\b", e.body.value)]
            for kind in ("deployment", "exit")
        }
        deployed, ended = s.case.timeline.flo_deployed, s.case.timeline.flo_exit
        assert deployed is not None and ended is not None
        on_time = (
            bool(forms["deployment"])
            and bool(forms["exit"])
            and forms["deployment"][0] - deployed <= FORM_LIMIT
            and forms["exit"][0] - ended <= FORM_LIMIT
        )
        if s.written.requirements["FLO-FORMS"] == "present":
            assert on_time, (s.doc.doc_id, forms)


def test_timely_state_matches_recorded_times() -> None:
    for s in samples():
        if s.doc.form != "electronic":
            continue
        state = s.written.requirements["FLO-TIMELY"]
        delays = [e.recorded_at - e.when for e in entries(s) if e.recorded_at and e.when and not e.date_only]
        if state == "present":
            assert delays and max(delays) <= timedelta(hours=24), s.doc.doc_id
        elif state == "absent":
            assert delays and max(delays) >= timedelta(days=3), s.doc.doc_id
        elif state == "unclear":
            assert not delays, s.doc.doc_id


def test_entries_carry_structured_values() -> None:
    for s in samples():
        for e in entries(s):
            assert e.entry_type in ENTRY_TYPES, (s.doc.doc_id, e.entry_type)
            assert e.when is not None
            if e.author:
                assert e.role in ROLES, (s.doc.doc_id, e.role)
            if e.entry_type in CONTACT_TYPES:
                assert e.method in METHODS, (s.doc.doc_id, e.method)
                assert e.outcome, s.doc.doc_id
            else:
                assert not e.method and not e.contact_person


def test_paper_pages_hold_signature_lines() -> None:
    for s in samples():
        if s.doc.form != "paper":
            continue
        signatures = [b for b in s.written.spec.blocks if isinstance(b, Signature)]
        assert len(signatures) == 2 * s.canonical.pages, s.doc.doc_id
        assert any(isinstance(b, FieldRow) for b in s.written.spec.blocks)


def test_exports_render() -> None:
    for s in samples()[:20]:
        if s.doc.form == "electronic":
            assert render_csv(s.written.spec, 1)
            assert render_json(s.written.spec, 3)


def test_writing_is_deterministic() -> None:
    for s in samples()[:10]:
        again = write_flo_log(s.case, s.doc, {s.case.index: s.case})
        assert render_canonical(again.spec).text == s.canonical.text


def _parsed_whens(text: str) -> Iterator[datetime | None]:
    doc = load_bytes(text.encode("utf-8"), filename="x.txt")
    for entry in doc.entries:
        yield entry.when


def test_the_auditor_recovers_the_entries() -> None:
    expected = recovered = 0
    by_voice: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for s in samples():
        wanted = Counter(e.when for e in entries(s))
        got = Counter(_parsed_whens(s.canonical.text))
        hits = sum(min(n, got[w]) for w, n in wanted.items())
        expected += sum(wanted.values())
        recovered += hits
        by_voice[f"{s.doc.form}/{s.doc.voice}"] += sum(wanted.values()) - hits
        missed[s.doc.doc_id] += sum(wanted.values()) - hits
    rate = recovered / expected
    assert rate >= 0.9, (rate, by_voice.most_common(6))


@pytest.mark.parametrize("form", FORMS)
def test_every_voice_parses(form: str) -> None:
    """Per voice the auditor reads back most entries (dated and timed as written)."""
    for voice in VOICE_NAMES:
        chosen = [s for s in samples() if s.doc.form == form and s.doc.voice == voice]
        assert chosen, (form, voice)
        expected = recovered = 0
        for s in chosen:
            wanted = Counter(e.when for e in entries(s))
            got = Counter(_parsed_whens(s.canonical.text))
            expected += sum(wanted.values())
            recovered += sum(min(n, got[w]) for w, n in wanted.items())
        assert recovered / expected >= 0.8, (form, voice, recovered / expected)


def _signatures(sample: Sample, role: str) -> list[Signature]:
    return [
        b
        for b in sample.written.spec.blocks
        if isinstance(b, Signature) and b.role.value.upper().startswith(role)
    ]


def test_signed_state_shows_on_pages_or_entries() -> None:
    for s in samples():
        state = s.written.requirements["FLO-SIGNED"]
        if s.doc.form == "paper":
            lines = _signatures(s, "FLO")
            complete = [bool(b.name.value and b.when.value) for b in lines]
            if state == "present":
                assert all(complete), s.doc.doc_id
            elif state == "absent":
                assert not all(complete), s.doc.doc_id
        else:
            authors = [e.author for e in entries(s)]
            if state == "present":
                assert all(authors), s.doc.doc_id
            elif state == "absent":
                assert "" in authors, s.doc.doc_id
            else:
                assert "FLO" in authors and "" not in authors, s.doc.doc_id


def test_supervision_state_shows_as_countersignatures_or_reviews() -> None:
    for s in samples():
        state = s.written.requirements["FLO-SIO-SUPERVISION"]
        reviews = [e for e in entries(s) if e.entry_type == "review"]
        if state != "present":
            assert not reviews and not any(e.role == "SIO" for e in entries(s)), s.doc.doc_id
        if s.doc.form == "paper":
            countersigned = [bool(b.name.value and b.when.value) for b in _signatures(s, "SIO")]
            if state == "present":
                assert all(countersigned), s.doc.doc_id
            else:
                assert not all(countersigned), s.doc.doc_id
        elif state == "present":
            assert len(reviews) >= 2 and all(e.role in ("SIO", "Co-ordinator") for e in reviews), s.doc.doc_id


def test_contact_state_shows_in_the_contact_entries() -> None:
    for s in samples():
        state = s.written.requirements["FLO-ALL-CONTACT"]
        contacts = [e for e in entries(s) if e.entry_type in CONTACT_TYPES]
        complete = [not e.date_only and "(" in e.contact_person and e.method for e in contacts]
        summary = "summary" in s.canonical.text.lower()
        if state == "present":
            assert all(complete) and not summary, s.doc.doc_id
        elif state == "absent":
            assert not all(complete) or summary, s.doc.doc_id
        else:
            assert any(e.contact_person == "family" for e in contacts) and not summary, s.doc.doc_id


def test_family_definition_follows_the_partner() -> None:
    for s in samples():
        state = s.written.requirements["FLO-FAMILY-DEF"]
        partner = s.case.partner
        if partner is None:
            assert state == "not_applicable"
            continue
        with_partner = [
            e for e in entries(s) if e.entry_type in CONTACT_TYPES and partner.full in e.contact_person
        ]
        if state == "present":
            assert with_partner, s.doc.doc_id
        else:
            assert not with_partner, s.doc.doc_id
        if state == "absent":
            assert partner.first.lower() in s.canonical.text.lower(), s.doc.doc_id


def test_trained_flo_is_present_and_untrained_varies() -> None:
    untrained: set[str] = set()
    for s in samples():
        state = s.written.requirements["FLO-TRAINED"]
        if s.case.officers["flo"].flo_trained:
            assert state == "present", s.doc.doc_id
        else:
            untrained.add(state)
    assert {"present", "absent"} <= untrained
