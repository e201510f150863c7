from pathlib import Path

import pytest

from auditor.config import Settings, load_settings

DOCS = Path(__file__).resolve().parents[2] / "docs" / "configuration.md"


def test_every_setting_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for name in Settings.model_fields:
        assert f"`{name}" in text, f"setting {name} is missing from docs/configuration.md"
        assert f"AUDITOR_{name.upper()}" in text, (
            f"AUDITOR_{name.upper()} is missing from docs/configuration.md"
        )


def test_auditor_toml_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "auditor.toml").write_text(
        '[auditor]\nignore = ["CR001"]\nmax_file_mb = 50\n[auditor.weights]\nhigh = 5\n"DR-NOK" = 6\n',
        encoding="utf-8",
    )
    monkeypatch.delenv("AUDITOR_MAX_FILE_MB", raising=False)
    s = load_settings(tmp_path)
    assert s.ignore == ("CR001",)
    assert s.max_file_mb == 50
    assert s.weight_high == 5
    assert s.requirement_weights == {"DR-NOK": 6}


def test_pyproject_tool_table_is_read(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.auditor]\nunclear_credit = 0.25\n", encoding="utf-8")
    assert load_settings(tmp_path).unclear_credit == 0.25


def test_environment_beats_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "auditor.toml").write_text("max_file_mb = 50\n", encoding="utf-8")
    monkeypatch.setenv("AUDITOR_MAX_FILE_MB", "7")
    assert load_settings(tmp_path).max_file_mb == 7
