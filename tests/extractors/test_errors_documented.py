"""Every error code is documented in docs/errors.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.errors import ErrorCode

DOCS = Path(__file__).resolve().parents[2] / "docs" / "errors.md"


@pytest.mark.parametrize("code", list(ErrorCode), ids=str)
def test_code_documented(code: ErrorCode) -> None:
    text = DOCS.read_text(encoding="utf-8")
    assert f"### `{code.value}`" in text, f"{code.value} has no section in docs/errors.md"
