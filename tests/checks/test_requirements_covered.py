"""Every single-document requirement of catalogue sections 1-4 and 6 has a check,
or docs/checks.md says why it cannot be decided from one record's text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checks import all_checks

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = ("1", "2", "3", "4", "6")
_ROW = re.compile(r"^\|\s*`([A-Z]{2,3}-[A-Z0-9-]+)`[^|\n]*\|\s*([^|\n]*)\|\s*([^|\n]*)\|", re.MULTILINE)


def catalogue_ids(shared: Path) -> list[str]:
    text = (shared / "domain" / "requirements.md").read_text(encoding="utf-8")
    ids: list[str] = []
    section = ""
    for line in text.splitlines():
        if line.startswith("## "):
            section = line[3:].split(".", 1)[0]
        elif line.startswith("#### ") and section in SECTIONS:
            ids.append(line[5:].split(":", 1)[0].strip())
    return ids


def documented() -> dict[str, tuple[str, str]]:
    text = (ROOT / "docs" / "checks.md").read_text(encoding="utf-8")
    return {m.group(1): (m.group(2).strip(), m.group(3).strip()) for m in _ROW.finditer(text)}


def test_every_requirement_has_a_check_or_a_reason(shared_dir: Path) -> None:
    ids = catalogue_ids(shared_dir)
    assert len(ids) > 80, "the catalogue was not parsed"
    rows = documented()
    by_requirement: dict[str, set[str]] = {}
    for check in all_checks():
        by_requirement.setdefault(check.requirement, set()).add(check.code)
    problems = []
    for req in ids:
        if req not in rows:
            problems.append(f"{req}: no row in docs/checks.md")
            continue
        codes, reason = rows[req]
        named = set(re.findall(r"[A-Z]{2,4}\d{3}", codes))
        if named:
            if named != by_requirement.get(req, set()):
                checks = sorted(by_requirement.get(req, set()))
                problems.append(f"{req}: docs/checks.md names {sorted(named)}, the checks are {checks}")
        elif len(reason.split()) < 8 or req in by_requirement:
            problems.append(f"{req}: neither a check nor a reason of a sentence or more")
    assert not problems, "\n".join(problems)


@pytest.fixture
def shared_dir() -> Path:
    shared = ROOT.parent / "shared"
    if not (shared / "domain" / "requirements.md").is_file():
        pytest.fail(f"{shared}/domain/requirements.md is missing: the catalogue must sit beside the checkout")
    return shared
