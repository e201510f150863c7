"""The catalogue of checks stays complete: every check has a fixture with
flags and passes cases and a documented docstring; metadata is validated."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks import BUILTIN, Check, Context, all_checks
from checks.base import DOC_HEADINGS

DOC = """Summary line.

## Why it matters
x
## Example
x
## Use instead
x
## Source
001_e7d9bf340db595bc.txt: "quote"
"""


@pytest.mark.parametrize("check", all_checks(), ids=lambda c: c.code)
def test_check_has_fixture_with_both_groups(check: type[Check], fixture_files) -> None:  # type: ignore[no-untyped-def]
    cases = fixture_files.get(check.code)
    assert cases is not None, f"tests/checks/fixtures/{check.code}.md is missing"
    groups = {c.group for c in cases}
    assert "flags" in groups, f"{check.code}.md has no flags case"
    assert "passes" in groups, f"{check.code}.md has no passes case"


@pytest.mark.parametrize("check", all_checks(), ids=lambda c: c.code)
def test_check_docstring_has_every_heading(check: type[Check]) -> None:
    doc = check.__doc__ or ""
    for heading in DOC_HEADINGS:
        assert heading in doc, f"{check.code} docstring lacks {heading!r}"
    source = doc.split("## Source", 1)[1]
    if check.applies_to == frozenset({DocKind.CORONER_PFD}):
        # Coroners' reports have no seed file: they cite the real reports or the Regulations.
        cited = "data/pfd/" in source or "Regulations" in source
        assert '"' in source and cited, (
            f"{check.code}: the Source quotes neither data/pfd/ nor the Regulations"
        )
    else:
        assert '"' in source and ".txt" in source, f"{check.code}: the Source heading quotes no seed"
    assert check.summary(), f"{check.code} has no summary line"


@pytest.mark.parametrize("check", all_checks(), ids=lambda c: c.code)
def test_check_has_suggestion(check: type[Check]) -> None:
    assert check.suggestion, f"{check.code} has no suggestion"


def test_every_fixture_names_a_check(fixture_files) -> None:  # type: ignore[no-untyped-def]
    codes = {c.code for c in all_checks()}
    assert set(fixture_files) <= codes, f"fixtures without a check: {sorted(set(fixture_files) - codes)}"


def test_check_codes_are_unique() -> None:
    codes = [c.code for c in BUILTIN]
    assert len(codes) == len(set(codes))
    assert len(all_checks()) == len({c.code for c in all_checks()})


def _good_attributes() -> dict[str, object]:
    return {
        "__doc__": DOC,
        "code": "ZZ999",
        "requirement": "DR-BASIC",
        "severity": Severity.LOW,
        "applies_to": frozenset({DocKind.DEATH_REPORT}),
        "since_policy": date(2022, 6, 22),
    }


def _run(self: Check, doc: Document, ctx: Context) -> Iterator[Finding]:
    return iter(())


def test_a_well_formed_check_is_accepted() -> None:
    cls = type("GoodCheck", (Check,), {**_good_attributes(), "run": _run})
    assert cls.code == "ZZ999"


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        ({"code": "DR1"}, "code"),
        ({"code": "dr001"}, "code"),
        ({"requirement": "basic"}, "requirement"),
        ({"severity": "high"}, "severity"),
        ({"applies_to": frozenset()}, "applies_to"),
        ({"__doc__": DOC.replace("## Use instead", "## Instead")}, "## Use instead"),
        ({"__doc__": DOC.replace("## Source", "Source")}, "## Source"),
        ({"__doc__": None}, "docstring"),
    ],
)
def test_a_bad_check_is_rejected(change: dict[str, object], complaint: str) -> None:
    with pytest.raises(TypeError, match="BadCheck") as info:
        type("BadCheck", (Check,), {**_good_attributes(), **change, "run": _run})
    assert complaint in str(info.value)
