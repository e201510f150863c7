"""`auditor check` as a user runs it: a real process, real files, exit codes."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"

DEATH_REPORT = """SUDDEN DEATH REPORT

Name of deceased: Alan Example
Date of birth: 01/02/1960
Address: 12 Sample Road, London E1 1AA
Date found: 14/05/2023
Time found: 14:30
Location found: Bedroom, first floor, 12 Sample Road, London E1 1AA
Found by: Jane Example (sister)
Reported by: Jane Example (sister), by 999 call
Attending officers: PC 1234AB SMITH, PS 567CD JONES
Last seen alive: 12/05/2023 20:00 by his sister
Categorisation: Unexpected - not suspicious
"""


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "auditor", *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


def test_a_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    good = tmp_path / "report.txt"
    good.write_text(DEATH_REPORT, encoding="utf-8")
    missing = tmp_path / "missing.pdf"
    proc = run("check", str(missing), str(good), "--format", "json")
    assert proc.returncode == 2
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["path"] for o in lines] == [str(missing), str(good)]
    assert lines[0]["error"]["code"] == "file_not_found"
    assert lines[1]["kind"] == "death_report"
    assert "score" in lines[1] and "requirement_states" in lines[1] and "findings" in lines[1]
    assert f"{missing}: error: file_not_found" in proc.stderr
    assert "Alan Example" not in proc.stderr


def test_linter_lines_and_exit_1_on_high_finding(tmp_path: Path) -> None:
    report = tmp_path / "gaps.txt"
    report.write_text(DEATH_REPORT.replace("Date of birth: 01/02/1960\n", ""), encoding="utf-8")
    proc = run("check", str(report))
    assert proc.returncode == 1, proc.stderr
    line = next(line for line in proc.stdout.splitlines() if "[DR-BASIC]" in line)
    path, lineno, rest = line.split(":", 2)
    col, code, requirement, _message = rest.split(" ", 3)
    assert path == str(report) and int(lineno) >= 1 and int(col) >= 1
    assert (code, requirement) == ("DR001", "[DR-BASIC]")


def test_complete_report_exits_0(tmp_path: Path) -> None:
    report = tmp_path / "complete.txt"
    report.write_text(DEATH_REPORT, encoding="utf-8")
    proc = run("check", str(report), "--format", "json", "--select", "DR-BASIC")
    assert proc.returncode == 0, proc.stdout
    obj = json.loads(proc.stdout)
    assert obj["requirement_states"] == {"DR-BASIC": "present"}
    assert obj["score"] == 100.0


def test_select_and_ignore_take_prefixes_and_lists(tmp_path: Path) -> None:
    report = tmp_path / "complete.txt"
    report.write_text(DEATH_REPORT, encoding="utf-8")
    proc = run("check", str(report), "--format", "json", "--select", "DR-,SUP", "--ignore", "DR001")
    states = json.loads(proc.stdout)["requirement_states"]
    assert "DR-BASIC" not in states and "DR-NOK" in states
    assert not any(r.startswith(("CR-", "FLO-")) for r in states)  # not selected, or not this kind


def test_other_kinds_requirements_are_not_reported(tmp_path: Path) -> None:
    report = tmp_path / "complete.txt"
    report.write_text(DEATH_REPORT, encoding="utf-8")
    states = json.loads(run("check", str(report), "--format", "json").stdout)["requirement_states"]
    assert "DR-NOK" in states
    assert not any(r.startswith(("CR-", "FLO-", "PFD-")) for r in states)


def test_checks_lists_the_builtin_checks() -> None:
    proc = run("checks", "--format", "json")
    assert proc.returncode == 0
    rows = json.loads(proc.stdout)
    assert {"DR001", "FLO001", "CR001"} <= {c["code"] for c in rows}
    for row in rows:
        assert row["requirement"] and row["severity"] in ("high", "medium", "low") and row["applies_to"]
        assert row["source"].count('"') >= 2, f"{row['code']} lists no source quote"
    flo = json.loads(run("checks", "--format", "json", "--select", "FLO-").stdout)
    assert flo and all(r["requirement"].startswith("FLO-") for r in flo)


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data is not beside the checkout")
def test_real_pfd_reports_give_json_with_sections() -> None:
    pdfs = sorted((SHARED / "pfd" / "pdf").glob("*.pdf"))
    proc = run("check", *map(str, pdfs), "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr  # 1: a high-severity finding somewhere
    objects = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(objects) == len(pdfs) == 4
    states = {}
    for obj in objects:
        assert obj["kind"] == "coroner_pfd", obj["path"]
        assert obj["sections"], obj["path"]
        for section in obj["sections"]:
            assert 0 <= section["span"]["start"] < section["span"]["end"]
            assert section["span"]["page"] >= 1
        assert set(obj["requirement_states"]) == {
            "PFD-SECTIONS", "PFD-RECIPIENTS", "PFD-DEADLINE", "PFD-CONCERNS"
        }  # fmt: skip
        states[Path(obj["path"]).stem] = obj["requirement_states"]
    # two complete reports; one with a recipient's name blanked; the blank form itself
    for complete in ("Amy_Henderson", "Joseph_Maunick"):
        assert set(states[complete].values()) == {"present"}, complete
    assert states["Chris_Evans"]["PFD-RECIPIENTS"] == "unclear"
    assert states["Template"]["PFD-SECTIONS"] == "unclear"
    assert states["Template"]["PFD-CONCERNS"] == "unclear"


def test_every_bad_file_gives_its_documented_error(bad_dir: Path) -> None:
    files = sorted(p for p in bad_dir.iterdir() if not p.name.startswith("."))
    assert all("__" in p.name for p in files)
    assert len({p.name.split("__")[0] for p in files}) >= 12
    assert (bad_dir / "file_too_large__50mb.txt").is_file()
    proc = run("check", *map(str, files), "--format", "json")
    assert proc.returncode == 2
    objects = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["path"] for o in objects] == [str(p) for p in files]
    for path, obj in zip(files, objects, strict=True):
        assert obj["error"]["code"] == path.name.split("__")[0], path.name
        assert obj["error"]["message"]
    assert len(proc.stderr.strip().splitlines()) == len(files)
