"""Choosing checks by code, requirement ID or prefix (``--select``/``--ignore``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks import select
from checks.base import Check, Context

DOCS = """
    ## Why it matters
    ## Example
    ## Use instead
    ## Source
"""


class _Base(Check):
    abstract = True
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.CRIS_RECORD})

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        return iter(())


class Hat(_Base):
    __doc__ = "HAT." + DOCS
    code = "CR915"
    requirement = "CR-HAT"


class HateFlag(_Base):
    __doc__ = "Hate flag." + DOCS
    code = "CR918"
    requirement = "CR-HATE-FLAG"


class IntelScope(_Base):
    __doc__ = "Intel scope." + DOCS
    code = "CR912"
    requirement = "CR-INTEL-SCOPE"


class Nok(_Base):
    __doc__ = "NOK." + DOCS
    code = "DR922"
    requirement = "DR-NOK"


ALL = (Hat, HateFlag, IntelScope, Nok)


def codes(chosen: tuple[type[Check], ...]) -> list[str]:
    return [c.code for c in chosen]


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (("CR-HAT",), ["CR915"]),  # an ID never picks a longer ID that merely starts with it
        (("CR-HATE",), ["CR918"]),
        (("CR-INTEL",), ["CR912"]),  # a prefix ending where an ID part ends
        (("CR-",), ["CR915", "CR918", "CR912"]),
        (("CR",), ["CR915", "CR918", "CR912"]),
        (("CR91",), ["CR915", "CR918", "CR912"]),  # code prefixes, as ruff takes them
        (("DR922",), ["DR922"]),
        (("dr-nok",), ["DR922"]),
        (("CR-H",), []),  # not at a part boundary
    ],
)
def test_select_by_code_requirement_or_prefix(names: tuple[str, ...], expected: list[str]) -> None:
    assert codes(select(ALL, names)) == expected


def test_ignore_wins_and_empty_select_keeps_all() -> None:
    assert codes(select(ALL, (), ("CR-",))) == ["DR922"]
    assert codes(select(ALL, ("CR-",), ("CR-HAT",))) == ["CR918", "CR912"]
    assert codes(select(ALL)) == codes(ALL)
