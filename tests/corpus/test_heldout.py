"""``auditor eval --heldout``: the hand-labelled records run through the whole
pipeline and are compared label by label."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from corpus.evaluation.heldout import HeldoutFormatError, evaluate_heldout, load

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = ROOT / "tests" / "checks" / "heldout"
SETS = sorted(p for p in HELDOUT.iterdir() if (p / "labels.json").is_file())


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_every_record_is_audited_as_its_kind_and_compared(folder: Path) -> None:
    data = load(folder)
    for record_id in data["records"]:
        assert (folder / "records" / f"{record_id}.txt").is_file(), record_id
    report = evaluate_heldout(folder)
    assert report["kind_errors"] == 0
    assert sum(report["records"].values()) == len(data["records"])
    assert report["labels"] == sum(len(r["requirements"]) for r in data["records"].values())
    rows = report["per_requirement"]
    assert rows and all(0 <= r["agree"] <= r["assessed"] <= r["labelled"] for r in rows.values())
    # every disagreement names a real label and a different prediction
    for d in report["disagreements"]:
        assert data["records"][d["record"]]["requirements"][d["requirement"]]["state"] == d["truth"]
        assert d["predicted"] != d["truth"]


def test_a_folder_without_labels_is_refused(tmp_path: Path) -> None:
    with pytest.raises(HeldoutFormatError):
        load(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-m", "auditor", "eval", "--heldout", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 2 and "no labels.json" in proc.stderr


def test_json_output(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "auditor", "eval", "--heldout", str(SETS[0]), "--format", "json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["requirements_checked"] <= report["requirements_labelled"]
