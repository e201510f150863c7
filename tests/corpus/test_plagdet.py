"""PAN's plagdet measures on hand-computed cases (arithmetic in the comments).

Notation: a case or detection is (suspicious range; source range), both in the
documents "s1" (suspicious) and "r1" (source) unless said otherwise. A case's
size is the characters of both ranges together.
"""

from __future__ import annotations

import math

import pytest

from corpus.evaluation.plagdet import (
    Passage,
    Reuse,
    evaluate,
    granularity,
    macro_precision,
    macro_recall,
    plagdet_score,
)


def reuse(t0: int, t1: int, s0: int, s1: int, susp: str = "s1", src: str = "r1") -> Reuse:
    return Reuse(Passage(susp, t0, t1), Passage(src, s0, s1))


def test_one_case_one_exact_detection() -> None:
    # case (0-100; 0-100), 200 chars; the detection is the same: 200/200 found,
    # 200/200 of the detection is plagiarism, one detection per case.
    case = reuse(0, 100, 0, 100)
    scores = evaluate([case], [case])
    assert (scores.recall, scores.precision, scores.granularity, scores.plagdet) == (1, 1, 1, 1)
    assert scores.detected_cases == 1


def test_case_detected_by_two_halves() -> None:
    # case (0-100; 0-100); detections (0-50; 0-50) and (50-100; 50-100).
    # recall = (50+50 + 50+50) / 200 = 1; precision = mean(100/100, 100/100) = 1;
    # granularity = 2 detections / 1 detected case = 2;
    # plagdet = F1 / log2(1 + 2) = 1 / 1.58496 = 0.63093.
    case = reuse(0, 100, 0, 100)
    halves = [reuse(0, 50, 0, 50), reuse(50, 100, 50, 100)]
    scores = evaluate([case], halves)
    assert scores.recall == 1
    assert scores.precision == 1
    assert scores.granularity == 2
    assert scores.plagdet == pytest.approx(1 / math.log2(3))
    assert scores.plagdet == pytest.approx(0.6309, abs=1e-4)


def test_detection_half_outside_the_case() -> None:
    # case (0-100; 0-100); detection (50-150; 50-150).
    # recall: 50 + 50 of the case's 200 chars = 0.5;
    # precision: 50 + 50 of the detection's 200 chars = 0.5;
    # granularity 1; plagdet = F1(0.5, 0.5) / log2(2) = 0.5.
    scores = evaluate([reuse(0, 100, 0, 100)], [reuse(50, 150, 50, 150)])
    assert scores.recall == 0.5
    assert scores.precision == 0.5
    assert scores.granularity == 1
    assert scores.plagdet == 0.5


def test_uneven_overlap_counts_both_documents() -> None:
    # case (0-100; 0-300), 400 chars; detection (0-100; 200-300), 200 chars.
    # overlap: 100 in the suspicious doc + 100 in the source doc = 200.
    # recall = 200/400 = 0.5; precision = 200/200 = 1;
    # plagdet = 2*0.5*1/1.5 / log2(2) = 2/3.
    scores = evaluate([reuse(0, 100, 0, 300)], [reuse(0, 100, 200, 300)])
    assert scores.recall == 0.5
    assert scores.precision == 1
    assert scores.plagdet == pytest.approx(2 / 3)


def test_overlap_in_suspicious_doc_but_wrong_source_does_not_detect() -> None:
    # Same suspicious range, but the source range is elsewhere in the source
    # doc (no overlap) or in another source doc: r does not detect s, so
    # s ⊓ r = ∅: recall 0, precision 0, plagdet 0, granularity 1 (nothing detected).
    case = reuse(0, 100, 0, 100)
    for wrong in (reuse(0, 100, 500, 600), reuse(0, 100, 0, 100, src="r2")):
        assert not wrong.detects(case)
        scores = evaluate([case], [wrong])
        assert (scores.recall, scores.precision, scores.granularity, scores.plagdet) == (0, 0, 1, 0)
        assert scores.detected_cases == 0


def test_two_cases_one_missed() -> None:
    # cases A (0-100; 0-100) and B (500-600; 300-400), detection = A exactly.
    # recall = mean(1, 0) = 0.5; precision = 1/1 = 1; granularity = 1/1 = 1;
    # plagdet = 2*0.5*1/1.5 = 0.6667.
    a, b = reuse(0, 100, 0, 100), reuse(500, 600, 300, 400)
    scores = evaluate([a, b], [a])
    assert scores.recall == 0.5
    assert scores.precision == 1
    assert scores.granularity == 1
    assert scores.plagdet == pytest.approx(2 / 3)
    assert (scores.cases, scores.detections, scores.detected_cases) == (2, 1, 1)


def test_detection_covering_two_cases_is_precise_and_not_granular() -> None:
    # cases (0-100; 0-100) and (100-200; 100-200); detection (0-200; 0-200).
    # Each case fully found: recall 1. The detection's 400 chars are all in
    # the union of the cases: precision 1. Each case has 1 detection: gran 1.
    cases = [reuse(0, 100, 0, 100), reuse(100, 200, 100, 200)]
    scores = evaluate(cases, [reuse(0, 200, 0, 200)])
    assert (scores.recall, scores.precision, scores.granularity) == (1, 1, 1)


def test_overlapping_detections_are_counted_once() -> None:
    # case (0-100; 0-100); detections (0-60; 0-60) and (40-100; 40-100) overlap
    # on 40-60: the union covers the case once, recall = 200/200 = 1;
    # precision = mean(120/120, 120/120) = 1; granularity 2.
    scores = evaluate([reuse(0, 100, 0, 100)], [reuse(0, 60, 0, 60), reuse(40, 100, 40, 100)])
    assert scores.recall == 1
    assert scores.precision == 1
    assert scores.granularity == 2


def test_empty_sets_follow_pans_reference_code() -> None:
    case = reuse(0, 100, 0, 100)
    # Cases but no detections: recall 0, precision 0 (defined, not 0/0), granularity 1.
    assert (macro_recall([case], []), macro_precision([case], []), granularity([case], [])) == (0, 0, 1)
    assert evaluate([case], []).plagdet == 0
    # Detections but no cases: all false positives.
    assert (macro_recall([], [case]), macro_precision([], [case])) == (0, 0)
    # Neither: nothing to find and nothing wrongly found.
    assert (macro_recall([], []), macro_precision([], []), granularity([], [])) == (1, 1, 1)


def test_plagdet_score_values() -> None:
    # The values PAN's reference implementation's own unit test checks.
    assert plagdet_score(1, 1, 1) == 1
    assert plagdet_score(0.5, 1, 1) == pytest.approx(2 / 3)
    assert plagdet_score(1, 1, 2) == pytest.approx(0.63092975)
    # F1(0.25, 0.75) = 0.375; / log2(3) = 0.23659865
    assert plagdet_score(0.25, 0.75, 2) == pytest.approx(0.23659865)
    assert plagdet_score(0, 0, 1) == 0
    assert plagdet_score(1, 1, 0.5) == 0


def test_invalid_passages_are_refused() -> None:
    with pytest.raises(ValueError):
        Passage("s1", 10, 10)
    with pytest.raises(ValueError):
        Passage("s1", -1, 5)
