"""Reading a generated corpus: ``labels.json`` and the documents beside it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from corpus.labels import LABELS_SCHEMA


class CorpusFormatError(Exception):
    """The folder is not a labelled corpus this version can read."""


def load_labels(root: Path) -> dict[str, Any]:
    path = root / "labels.json"
    if not root.is_dir():
        raise CorpusFormatError(f"{root}: not a folder")
    if not path.is_file():
        raise CorpusFormatError(f"{root}: no labels.json; generate a corpus with `auditor corpus generate`")
    try:
        labels: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorpusFormatError(f"{path}: not valid JSON ({exc.__class__.__name__})") from None
    if labels.get("schema") != LABELS_SCHEMA:
        raise CorpusFormatError(f"{path}: schema {labels.get('schema')!r}, expected {LABELS_SCHEMA!r}")
    return labels


def documents(labels: Mapping[str, Any], split: str | None = None) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = labels["documents"]
    return [d for d in docs if split is None or d["split"] == split]
