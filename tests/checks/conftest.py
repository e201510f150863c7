"""Check fixtures: reading ``tests/checks/fixtures/<CODE>.md`` (format in the
README there) and parametrising ``test_fixtures.py`` over every case.

Kept in conftest so that the test modules need no import path tricks: the
parser is a fixture (``fixture_files``) and the parametrisation a hook.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
OPEN, CLOSE = "«", "»"
_FIXTURE_NAME = re.compile(r"^[A-Z]{2,4}\d{3}\.md$")
_EXPECT = re.compile(r"^expect:\s*state\s*=\s*(\w+)\s*$")


@dataclass(frozen=True)
class Case:
    code: str
    group: str  # "flags" or "passes"
    name: str
    text: str  # markers removed
    spans: frozenset[tuple[int, int]]
    state: str  # every finding's state (flags), or the requirement's: present or not_applicable (passes)
    line: int  # 1-based line of the case heading in the fixture file

    @property
    def id(self) -> str:
        return f"{self.code}:{self.group}:{self.slug}"

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")

    @property
    def filename(self) -> str:
        return f"{self.slug}.txt"


class FixtureError(ValueError):
    pass


def strip_markers(marked: str) -> tuple[str, frozenset[tuple[int, int]]]:
    """The text without ``«`` ``»`` and the spans they marked, in offsets of the stripped text."""
    out: list[str] = []
    spans: set[tuple[int, int]] = set()
    start: int | None = None
    length = 0
    for ch in marked:
        if ch == OPEN:
            if start is not None:
                raise FixtureError("nested or unclosed «")
            start = length
        elif ch == CLOSE:
            if start is None:
                raise FixtureError("» without «")
            if length == start:
                raise FixtureError("empty «» span")
            spans.add((start, length))
            start = None
        else:
            out.append(ch)
            length += 1
    if start is not None:
        raise FixtureError("« never closed")
    return "".join(out), frozenset(spans)


def parse_fixture(path: Path) -> list[Case]:
    code = path.stem
    lines = path.read_text(encoding="utf-8").split("\n")
    cases: list[Case] = []
    group: str | None = None
    i = 0
    pending: dict[str, object] | None = None

    def close_pending() -> None:
        nonlocal pending
        if pending is None:
            return
        if "text" not in pending:
            raise FixtureError(
                f"{path.name}:{pending['line']}: case {pending['name']!r} has no ```text block"
            )
        text, spans = strip_markers(str(pending["text"]))
        grp = str(pending["group"])
        state = str(pending.get("state", "absent" if grp == "flags" else "present"))
        where = f"{path.name}:{pending['line']}"
        if grp == "flags" and not spans:
            raise FixtureError(f"{where}: flags case marks no span")
        if grp == "passes" and spans:
            raise FixtureError(f"{where}: passes case marks spans")
        if grp == "flags" and state not in ("absent", "unclear"):
            raise FixtureError(f"{where}: expect state must be absent or unclear")
        if grp == "passes" and state not in ("present", "not_applicable"):
            raise FixtureError(f"{where}: a passes case expects present or not_applicable")
        cases.append(Case(code, grp, str(pending["name"]), text, spans, state, int(str(pending["line"]))))
        pending = None

    while i < len(lines):
        line = lines[i]
        if line.startswith("## ") and not line.startswith("### "):
            close_pending()
            heading = line[3:].strip().lower()
            group = heading if heading in ("flags", "passes") else None
        elif line.startswith("### ") and group is not None:
            close_pending()
            pending = {"group": group, "name": line[4:].strip(), "line": i + 1}
        elif pending is not None and line.strip() == "```text" and "text" not in pending:
            body: list[str] = []
            i += 1
            while i < len(lines) and lines[i].strip() != "```":
                body.append(lines[i])
                i += 1
            if i == len(lines):
                raise FixtureError(f"{path.name}:{pending['line']}: unclosed ```text block")
            pending["text"] = "\n".join(body) + "\n"
        elif pending is not None and "text" in pending and (m := _EXPECT.match(line.strip())):
            pending["state"] = m.group(1)
        i += 1
    close_pending()
    names = [(c.group, c.slug) for c in cases]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise FixtureError(f"{path.name}: case names used twice: {sorted(dupes)}")
    return cases


def fixture_paths() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if _FIXTURE_NAME.match(p.name))


@pytest.fixture(scope="session")
def fixture_files() -> dict[str, list[Case]]:
    """Every fixture file's cases, by check code."""
    return {p.stem: parse_fixture(p) for p in fixture_paths()}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "fixture_case" in metafunc.fixturenames:
        cases = [c for p in fixture_paths() for c in parse_fixture(p)]
        metafunc.parametrize("fixture_case", cases, ids=[c.id for c in cases])
