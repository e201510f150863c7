"""Every file in tests/extractors/bad/ is refused with the code its name starts with."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

import extractors
from extractors import ErrorCode, ExtractionError
from extractors.export_schema import COLUMNS

BAD = Path(__file__).parent / "bad"
NOT_INPUTS = {".gitignore"}


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_bad_files", BAD.parent / "make_bad_files.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _bad_files() -> list[Path]:
    names = {p.name for p in BAD.iterdir() if p.is_file()}
    names.add(_generator().LARGE_FILE)  # not committed: written on demand
    return [BAD / n for n in sorted(names) if n not in NOT_INPUTS and not n.endswith(".py") and "__" in n]


def _content_words(path: Path) -> set[str]:
    """Words of the file that a message must never repeat (schema column names aside)."""
    text = path.read_bytes()[:65536].decode("utf-8", errors="ignore")
    schema = {w.lower() for c in COLUMNS for a in (c.name, *c.aliases) for w in re.findall(r"[A-Za-z]+", a)}
    return {w.lower() for w in re.findall(r"[A-Za-z]{6,}", text)} - schema


@pytest.mark.parametrize("path", _bad_files(), ids=lambda p: p.name)
def test_bad_file_is_refused_with_its_code(path: Path) -> None:
    if path.name == _generator().LARGE_FILE:
        _generator().ensure_large_file()
    expected = ErrorCode(path.name.split("__", 1)[0])
    with pytest.raises(ExtractionError) as info:
        extractors.load_path(path)
    assert info.value.code is expected, info.value.message
    message = info.value.message.lower()
    leaked = {w for w in _content_words(path) if w in message}
    assert not leaked, f"the message quotes the file: {sorted(leaked)}"


def test_every_error_code_has_a_bad_file_or_a_case_here() -> None:
    covered = {ErrorCode(p.name.split("__", 1)[0]) for p in _bad_files()}
    covered |= {ErrorCode.FILE_NOT_FOUND, ErrorCode.NOT_A_FILE}
    # UNREADABLE needs a file the test cannot read, which root (CI containers) always can.
    covered.add(ErrorCode.UNREADABLE)
    pdf_codes = {c for c in ErrorCode if c.value.startswith("pdf_")} | {ErrorCode.EMPTY_FILE}
    missing = set(ErrorCode) - covered - pdf_codes  # the PDF helper adds those files
    assert not missing


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(ExtractionError) as info:
        extractors.load_path(tmp_path / "no-such-report.txt")
    assert info.value.code is ErrorCode.FILE_NOT_FOUND


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(ExtractionError) as info:
        extractors.load_path(tmp_path)
    assert info.value.code is ErrorCode.NOT_A_FILE


def test_bad_files_are_deterministic(tmp_path: Path) -> None:
    """The committed files are what the generator writes (the bomb is checked by size only)."""
    gen = _generator()
    data = gen.small_docx()
    assert data == gen.small_docx()
    assert (BAD / "docx_corrupt__truncated_zip.docx").read_bytes() == data[: len(data) // 2]
    assert (BAD / "docx_zip_bomb__bomb.docx").stat().st_size < 1024 * 1024
