"""The evaluation harness's measures, on hand-computed cases."""

from __future__ import annotations

import pytest

from corpus.evaluation.harness import rationale_scores, requirement_scores
from corpus.evaluation.locate import Squeezed, locate
from corpus.evaluation.metrics import PRF, macro_f1
from corpus.evaluation.outcome import FindingFact, Outcome, field_recovered
from corpus.evaluation.series import DeathRecord, components, naive_links, phones_in, score_series


def test_prf_counts() -> None:
    prf = PRF(tp=3, fp=1, fn=2)
    assert prf.precision == pytest.approx(0.75)
    assert prf.recall == pytest.approx(0.6)
    assert prf.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert PRF(0, 0, 0).f1 is None
    assert PRF(0, 2, 0).f1 == 0.0  # precision 0, recall undefined -> 0


def test_macro_f1_over_states() -> None:
    truth = ["present", "absent", "absent", "unclear"]
    predicted = ["present", "absent", "present", None]
    # present: tp1 fp1 fn0 -> P .5 R 1 F .667; absent: tp1 fp0 fn1 -> F .667; unclear: tp0 fn1 -> F 0
    assert macro_f1(truth, predicted) == pytest.approx((2 / 3 + 2 / 3 + 0) / 3)


def test_locate_ignores_line_breaks_and_spacing() -> None:
    text = "Header\nThe next of kin,\n  Jane   Doe, was informed\nin person."
    span = locate(text, "kin, Jane Doe, was informed in person.")
    assert span is not None
    assert text[span[0] : span[1]].split() == ["kin,", "Jane", "Doe,", "was", "informed", "in", "person."]
    assert locate(text, "not there") is None
    assert Squeezed.of("a  b").text == "a b"


def test_field_recovery_is_tolerant_of_case_and_spacing() -> None:
    assert field_recovered("Flat 3, 12 Ripple Road", ["flat 3,  12 Ripple Road."])
    assert field_recovered("John Smith", ["John Smith (dog walker)"])
    assert not field_recovered("John Smith", ["Jane Doe"])


def _outcome(doc_id: str, states: dict[str, str], findings: list[FindingFact] | None = None) -> Outcome:
    return Outcome(doc_id=doc_id, states=states, findings=findings or [])


def test_requirement_scores_count_gaps_and_unassessed() -> None:
    labels = [
        {"requirements": {"DR-NOK": {"state": "absent"}, "DR-RISK": {"state": "present"}}},
        {"requirements": {"DR-NOK": {"state": "present"}, "DR-RISK": {"state": "absent"}}},
        {"requirements": {"DR-NOK": {"state": "unclear"}, "DR-RISK": {"state": "absent"}}},
    ]
    outcomes = [
        _outcome("a", {"DR-NOK": "absent"}),
        _outcome("b", {"DR-NOK": "absent"}),
        _outcome("c", {"DR-NOK": "present"}),
    ]
    scores = requirement_scores(labels, outcomes)
    nok = scores["per_requirement"]["DR-NOK"]
    # gaps: truth a,c ; predicted a,b -> tp 1 (a), fp 1 (b), fn 1 (c)
    assert (nok["gap"]["tp"], nok["gap"]["fp"], nok["gap"]["fn"]) == (1, 1, 1)
    assert nok["assessed"] == 3
    risk = scores["per_requirement"]["DR-RISK"]
    assert risk["assessed"] == 0 and risk["state_macro_f1"] is None
    assert scores["requirements_checked"] == 1


def test_rationale_findings_match_decisions_by_span() -> None:
    labels = [
        {
            "decisions": [
                {"reason": "none", "quote": "H2H not done."},
                {"reason": "specific", "quote": "CCTV not requested as no cameras."},
            ]
        }
    ]
    outcome = _outcome(
        "a",
        {},
        [
            FindingFact("DR020", "DR-RATIONALE", 2, 5, "absent"),
            FindingFact("DR020", "DR-RATIONALE", 40, 45, "absent"),
        ],
    )
    outcome.decisions = [(0, 13), (14, 47)]
    scores = rationale_scores(labels, [outcome])["without_specific_reason"]
    # first finding hits the reasonless decision; the second overlaps only a decision with a reason
    assert (scores["tp"], scores["fp"], scores["fn"]) == (1, 1, 0)


def test_series_scores_by_hand() -> None:
    truth = [["A", "B", "C"]]
    predicted = {("A", "B"), ("D", "E")}
    deaths = {"A", "B", "C", "D", "E", "F"}
    s = score_series(truth, predicted, deaths)
    # true pairs AB AC BC; predicted AB (tp), DE (fp)
    assert (s.pairs.tp, s.pairs.fp, s.pairs.fn) == (1, 1, 2)
    assert s.members_found == 2 and s.members == 3
    assert s.series_found == 1
    assert s.false_links_per_100 == pytest.approx(100 * 1 / 3)


def test_naive_linker_joins_on_a_shared_phone() -> None:
    records = [
        DeathRecord("A", "Informant rang from 07700 900123.", {}),
        DeathRecord("B", "Caller +44 7700 900 123 again.", {}),
        DeathRecord("C", "Nothing shared here.", {"found_by": "Sam Green"}),
    ]
    assert phones_in("+44 (0)7700 900123") == {"07700900123"}
    assert naive_links(records) == {("A", "B")}
    assert components({("A", "B"), ("B", "C")}) == [{"A", "B", "C"}]
