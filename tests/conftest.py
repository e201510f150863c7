"""Fixtures shared across test folders."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BAD = Path(__file__).resolve().parent / "extractors" / "bad"


@pytest.fixture(scope="session")
def bad_dir() -> Path:
    """``tests/extractors/bad`` with the 50 MB file written (it is not committed)."""
    spec = importlib.util.spec_from_file_location("make_bad_files", BAD.parent / "make_bad_files.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.ensure_large_file()
    return BAD
