from auditor.config import Settings
from auditor.findings import RequirementState as S
from auditor.findings import Severity
from auditor.scoring import breakdown, score

SEV = {"A": Severity.HIGH, "B": Severity.MEDIUM, "C": Severity.LOW, "D": Severity.HIGH}


def test_all_present_scores_100() -> None:
    items = breakdown({"A": S.PRESENT, "B": S.PRESENT, "C": S.PRESENT}, SEV, Settings())
    assert score(items) == 100.0


def test_weights_by_severity_and_unclear_half_credit() -> None:
    items = breakdown({"A": S.ABSENT, "B": S.UNCLEAR, "C": S.PRESENT}, SEV, Settings())
    # possible 3 + 2 + 1 = 6; earned 0 + 1 + 1 = 2
    assert score(items) == round(100 * 2 / 6, 1)
    assert [(i.requirement, i.weight, i.credit) for i in items] == [("A", 3, 0), ("B", 2, 1.0), ("C", 1, 1)]


def test_not_applicable_is_left_out() -> None:
    with_na = breakdown({"A": S.PRESENT, "D": S.NOT_APPLICABLE}, SEV, Settings())
    assert score(with_na) == 100.0
    assert with_na[1].weight == 0


def test_nothing_assessed_is_none_not_perfect() -> None:
    assert score(breakdown({}, SEV, Settings())) is None
    assert score(breakdown({"D": S.NOT_APPLICABLE}, SEV, Settings())) is None


def test_one_missing_high_item_differs_visibly() -> None:
    states = {"A": S.PRESENT, "B": S.PRESENT, "C": S.PRESENT}
    full = score(breakdown(states, SEV, Settings()))
    missing = score(breakdown({**states, "A": S.ABSENT}, SEV, Settings()))
    assert full is not None and missing is not None
    assert full - missing >= 40


def test_weights_are_configurable() -> None:
    states = {"A": S.ABSENT, "C": S.PRESENT}
    default = score(breakdown(states, SEV, Settings()))
    heavier_low = score(breakdown(states, SEV, Settings(weight_low=3.0)))
    assert default == 25.0
    assert heavier_low == 50.0


def test_a_requirement_can_be_reweighted_or_left_out() -> None:
    states = {"A": S.ABSENT, "C": S.PRESENT}
    assert score(breakdown(states, SEV, Settings(requirement_weights={"C": 3.0}))) == 50.0
    assert score(breakdown(states, SEV, Settings(requirement_weights={"A": 0.0}))) == 100.0
