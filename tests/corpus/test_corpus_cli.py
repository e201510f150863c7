"""`auditor corpus generate` and `auditor eval` as a user runs them: real processes, real files."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAN = ROOT.parent / "shared" / "data" / "pan13-02"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "auditor", *args], capture_output=True, text=True, cwd=ROOT, timeout=600
    )


def digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith("eval")
    }


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "c"
    proc = run("corpus", "generate", "--n", "120", "--seed", "3", "--out", str(out), "--workers", "2")
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["documents"] == 120
    return out


def test_generate_writes_every_format_and_the_labels(small_corpus: Path) -> None:
    labels = json.loads((small_corpus / "labels.json").read_text(encoding="utf-8"))
    assert len(labels["documents"]) == 120
    suffixes = {p.suffix for p in small_corpus.rglob("*") if p.is_file() and p.name != "labels.json"}
    assert suffixes == {".txt", ".docx", ".pdf", ".csv", ".json"}
    for doc in labels["documents"]:
        assert (small_corpus / doc["path"]).is_file()
        assert doc["path"].startswith(doc["split"] + "/")


def test_same_seed_same_bytes_whatever_the_workers(small_corpus: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    proc = run("corpus", "generate", "--n", "120", "--seed", "3", "--out", str(again), "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    assert digest(again) == digest(small_corpus)


def test_generate_refuses_a_folder_in_use_and_a_bad_format(small_corpus: Path, tmp_path: Path) -> None:
    proc = run("corpus", "generate", "--n", "5", "--out", str(small_corpus))
    assert proc.returncode == 2 and "--force" in proc.stderr
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("mine", encoding="utf-8")
    proc = run("corpus", "generate", "--n", "5", "--out", str(other))
    assert proc.returncode == 2 and "not empty" in proc.stderr
    assert (other / "notes.txt").read_text(encoding="utf-8") == "mine"
    proc = run("corpus", "generate", "--n", "5", "--out", str(tmp_path / "x"), "--formats", "rtf")
    assert proc.returncode == 2 and "unknown format" in proc.stderr


def test_eval_prints_and_writes_the_report(small_corpus: Path) -> None:
    proc = run("eval", str(small_corpus), "--format", "json", "--workers", "2")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["documents"] == 120
    for key in ("requirements", "rationale", "copies", "series", "extraction", "voices"):
        assert key in report
    assert report["requirements"]["requirements_labelled"] >= 40
    assert json.loads((small_corpus / "eval.json").read_text(encoding="utf-8"))["documents"] == 120
    text = run("eval", str(small_corpus), "--split", "test", "--workers", "2")
    assert text.returncode == 0, text.stderr
    assert "Requirement states" in text.stdout and (small_corpus / "eval-test.json").is_file()


def test_eval_refuses_a_folder_without_labels(tmp_path: Path) -> None:
    proc = run("eval", str(tmp_path))
    assert proc.returncode == 2 and "labels.json" in proc.stderr


@pytest.mark.skipif(not PAN.is_dir(), reason="../shared/data/pan13-02 not beside the checkout")
def test_eval_pan_prints_the_pan_measures() -> None:
    proc = run("eval", "--pan", str(PAN), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert {"plagdet", "recall", "precision", "granularity"} <= set(result)
    assert result["plagdet"] > result["baseline"]["plagdet"]


def test_eval_pan_refuses_a_folder_that_is_not_pan(tmp_path: Path) -> None:
    proc = run("eval", "--pan", str(tmp_path))
    assert proc.returncode == 2
