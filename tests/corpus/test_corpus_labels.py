"""The generated corpus: its labels must be the truth about its text.

Writers and planner are run in this process over a few hundred documents:
every labelled quote is exactly the canonical text at its span, planted copies
are real copies, transcriptions are the same text in both documents of one
case, every case keeps to one split, and no real person's name from the
shared data appears anywhere.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from auditor.reuse import FULL_MASKING, align, tokenise
from corpus.generate import Rendered, iter_documents
from corpus.labels import copy_labels, labels_document, transcription_labels
from corpus.plan import CorpusPlan, plan_corpus
from corpus.real_names import real_person_names
from corpus.render.text import render_canonical
from corpus.writers.base import STATES

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


@cache
def corpus(n: int = 700, seed: int = 5) -> tuple[CorpusPlan, tuple[Rendered, ...]]:
    plan = plan_corpus(n, seed, ("txt",))
    return plan, tuple(iter_documents(plan))


def texts() -> dict[str, str]:
    _, rendered = corpus()
    return {r.label["doc_id"]: r.data.decode("utf-8") for r in rendered}


def test_every_quote_is_the_text_at_its_span() -> None:
    _, rendered = corpus()
    checked = 0
    for r in rendered:
        text = r.data.decode("utf-8")
        label = r.label
        spans = [s for req in label["requirements"].values() for s in req["evidence"]]
        spans += label["decisions"] + label["prompts"] + label["passages"]
        spans += [d["reason_span"] for d in label["decisions"] if "reason_span" in d]
        for s in spans:
            assert text[s["start"] : s["end"]] == s["quote"], (label["doc_id"], s)
            assert s["quote"].strip(), (label["doc_id"], s)
            checked += 1
    assert checked > 5000


def test_every_requirement_state_is_valid_and_varied() -> None:
    _, rendered = corpus()
    states: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for r in rendered:
        for req, value in r.label["requirements"].items():
            assert value["state"] in STATES
            states[req][value["state"]] += 1
    assert len(states) >= 40
    for req, counter in states.items():
        assert len(counter) >= 2, (req, counter)


def test_documents_of_each_kind_and_voice() -> None:
    _, rendered = corpus()
    kinds = Counter(r.label["kind"] for r in rendered)
    voices = Counter(r.label["voice"] for r in rendered)
    forms = Counter(r.label["form"] for r in rendered)
    assert set(kinds) == {"death_report", "flo_log", "cris_record"}
    assert len(voices) == 6
    assert len(forms) >= 8


def test_planted_copies_are_copies() -> None:
    plan, rendered = corpus()
    docs = {r.label["doc_id"]: r.label for r in rendered}
    copies = copy_labels(plan, docs)
    assert len(copies) >= 5
    by_text = texts()
    modes = Counter()
    for c in copies:
        modes[c["mode"]] += 1
        source, target = c["source"]["quote"], c["target"]["quote"]
        assert c["source"]["case_id"] != c["target"]["case_id"]
        assert c["days_apart"] >= 60
        if c["mode"] == "verbatim":
            assert source == target
        else:
            masked_s = " ".join(tokenise(source, FULL_MASKING).words)
            masked_t = " ".join(tokenise(target, FULL_MASKING).words)
            assert fuzz.ratio(masked_s, masked_t) >= 75, (masked_s, masked_t)
        found = align(by_text[c["target"]["doc_id"]], by_text[c["source"]["doc_id"]], mask=FULL_MASKING)
        assert found, c["copy_id"]
    assert set(modes) == {"verbatim", "edited"}


def test_transcriptions_are_the_same_text_in_one_case() -> None:
    plan, rendered = corpus()
    docs = {r.label["doc_id"]: r.label for r in rendered}
    found = transcription_labels(plan, docs)
    assert found
    for t in found:
        assert t["a"]["quote"] == t["b"]["quote"]
        assert docs[t["a"]["doc_id"]]["case_id"] == docs[t["b"]["doc_id"]]["case_id"]


def test_cases_keep_to_one_split_and_series_too() -> None:
    plan, rendered = corpus()
    split_of: dict[str, set[str]] = defaultdict(set)
    for r in rendered:
        split_of[r.label["case_id"]].add(r.label["split"])
    assert all(len(s) == 1 for s in split_of.values())
    document = labels_document(plan, [r.label for r in rendered], generator="test", formats=("txt",))
    assert document["series"]
    cases = {c["case_id"]: c for c in document["cases"]}
    for series in document["series"]:
        assert len({cases[m]["split"] for m in series["members"]}) == 1
        members = [cases[m] for m in series["members"]]
        assert all(m["category"] == "unexpected_not_suspicious" for m in members)
        assert len({m["substance"] for m in members}) == 1
        assert len({m["place_described"] for m in members}) >= 2 or len(members) < 3
        assert series["precursors"]


def test_mobile_numbers_never_collide_by_accident() -> None:
    """A shared phone is always one person (a planted link, perhaps under a false name)."""
    plan, _ = corpus()
    owners: defaultdict[str, set[int]] = defaultdict(set)
    for case in plan.cases:
        for person in (case.deceased, case.finder, case.informant, case.nok, *case.witnesses):
            owners[person.phone].add(person.index)
    assert all(len(indices) == 1 for indices in owners.values())


@pytest.mark.skipif(not (SHARED / "pfd").is_dir(), reason="../shared/data not beside the checkout")
def test_no_real_person_name_in_generated_text() -> None:
    names = real_person_names(SHARED)
    assert len(names) > 100
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b"
    )
    for doc_id, text in texts().items():
        hit = pattern.search(text.lower())
        assert hit is None, (doc_id, "real name found")


def test_canonical_rendering_is_deterministic() -> None:
    plan = plan_corpus(40, 11, ("txt",))
    first = [r.data for r in iter_documents(plan)]
    second = [r.data for r in iter_documents(plan_corpus(40, 11, ("txt",)))]
    assert first == second
    other = [r.data for r in iter_documents(plan_corpus(40, 12, ("txt",)))]
    assert first != other


def test_render_canonical_of_a_written_spec_matches_the_txt_file() -> None:
    _, rendered = corpus()
    # the txt document *is* the canonical rendering; spot-check that re-rendering agrees
    from corpus.generate import writers

    plan, _ = corpus()
    cases = {c.index: c for c in plan.cases}
    table = writers()
    case = next(c for c in plan.cases if c.doc("death_report") is not None)
    doc = case.doc("death_report")
    assert doc is not None
    again = render_canonical(table["death_report"](case, doc, cases).spec).text
    assert again == next(r for r in rendered if r.label["doc_id"] == doc.doc_id).data.decode("utf-8")


@pytest.mark.skipif(not (SHARED / "pfd").is_dir(), reason="../shared/data not beside the checkout")
def test_blocked_names_file_covers_the_shared_data(tmp_path: Path) -> None:
    """`make blocked-names` has been run since the shared data last changed."""
    from corpus.real_names import write_blocked_names
    from corpus.world.people import blocked_name_hashes

    fresh = tmp_path / "blocked.txt"
    write_blocked_names(SHARED, fresh)
    wanted = {
        line for line in fresh.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")
    }
    assert wanted <= blocked_name_hashes()


def test_a_family_name_never_makes_a_real_name() -> None:
    import random

    from corpus.world.people import is_blocked, person

    rng = random.Random(0)
    from datetime import date

    for i in range(3000):
        p = person(rng, i, on=date(2023, 1, 1), last="Walker")
        assert not is_blocked(p.full)
