"""``auditor corpus generate``: plan, write, render and label a corpus.

The plan is made once in the parent process; worker processes (forked, so
they share the plan without copying it) write and render whole cases, each
document from its own seed, and return the labels. The parent writes
``labels.json`` in case order, so the bytes are the same for a seed whatever
the number of workers.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpus.labels import document_label, labels_document
from corpus.plan import CasePlan, CorpusPlan, DocPlan, plan_corpus
from corpus.render.formats import FORMATS, render
from corpus.render.text import render_canonical
from corpus.writers.base import Written

GENERATOR = "report-auditor-corpus/1"
_CHUNK = 40

Writer = Callable[[CasePlan, DocPlan, Mapping[int, CasePlan]], Written]


def writers() -> dict[str, Writer]:
    from corpus.writers.cris import write_cris_record
    from corpus.writers.death_report import write_death_report
    from corpus.writers.flo_log import write_flo_log

    return {"death_report": write_death_report, "flo_log": write_flo_log, "cris_record": write_cris_record}


class CorpusError(Exception):
    """The corpus cannot be generated as asked (bad options, output folder in use)."""


@dataclass(frozen=True, slots=True)
class Rendered:
    path: str
    data: bytes
    label: dict[str, Any]


def render_document(
    case: CasePlan, doc: DocPlan, cases: Mapping[int, CasePlan], table: Mapping[str, Writer]
) -> Rendered:
    written = table[doc.kind](case, doc, cases)
    canonical = render_canonical(written.spec)
    data = (
        canonical.text.encode("utf-8")
        if doc.fmt == "txt"
        else render(written.spec, doc.fmt, style=doc.seed % 4)
    )
    path = f"{case.split}/{doc.doc_id}.{doc.fmt}"
    label = document_label(written, canonical, case, doc, path)
    if doc.fmt in ("csv", "json"):
        label["fields"] = {}  # a log export carries entries only, not the form's header fields
    return Rendered(path, data, label)


def iter_documents(plan: CorpusPlan) -> Iterator[Rendered]:
    """Every document of the plan, in order, in this process (tests use this)."""
    table = writers()
    cases = {c.index: c for c in plan.cases}
    for case in plan.cases:
        for doc in case.docs:
            yield render_document(case, doc, cases, table)


# -- worker processes --------------------------------------------------------------
_PLAN: CorpusPlan | None = None
_OUT: Path | None = None


def _work(chunk: Sequence[int]) -> list[dict[str, Any]]:
    assert _PLAN is not None and _OUT is not None
    table = writers()
    cases = _CasesView(_PLAN.cases)
    labels = []
    for index in chunk:
        case = cases[index]
        for doc in case.docs:
            rendered = render_document(case, doc, cases, table)
            (_OUT / rendered.path).write_bytes(rendered.data)
            labels.append(rendered.label)
    return labels


class _CasesView(Mapping[int, CasePlan]):
    """Index -> case over the plan's list (case indices are list positions)."""

    def __init__(self, cases: list[CasePlan]) -> None:
        self._cases = cases

    def __getitem__(self, index: int) -> CasePlan:
        return self._cases[index]

    def __iter__(self) -> Iterator[int]:
        return iter(range(len(self._cases)))

    def __len__(self) -> int:
        return len(self._cases)


def _check_out(out: Path, force: bool) -> None:
    if out.exists() and not out.is_dir():
        raise CorpusError(f"{out} exists and is not a folder")
    if out.is_dir() and any(out.iterdir()):
        if not force and not (out / "labels.json").is_file():
            raise CorpusError(f"{out} is not empty and holds no corpus; choose an empty folder")
        if not force:
            raise CorpusError(f"{out} already holds a corpus; pass --force to replace it")
        for path in sorted(out.rglob("*"), reverse=True):
            if path.is_file() and (
                path.name == "labels.json" or path.parent.name in ("train", "dev", "test")
            ):
                path.unlink()


def generate(
    out: Path,
    n: int,
    seed: int,
    formats: Sequence[str] = FORMATS,
    *,
    workers: int | None = None,
    force: bool = False,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Write ``n`` documents and ``labels.json`` under ``out``; return a summary."""
    global _PLAN, _OUT
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise CorpusError(f"unknown format {', '.join(bad) or '(none)'}; choose from {', '.join(FORMATS)}")
    _check_out(out, force)
    plan = plan_corpus(n, seed, tuple(formats))
    for split in ("train", "dev", "test"):
        (out / split).mkdir(parents=True, exist_ok=True)
    chunks = [list(range(i, min(i + _CHUNK, len(plan.cases)))) for i in range(0, len(plan.cases), _CHUNK)]
    workers = workers or max(1, min(os.cpu_count() or 1, 8))
    _PLAN, _OUT = plan, out
    labels: list[dict[str, Any]] = []
    try:
        if workers == 1:
            results: Iterator[list[dict[str, Any]]] = map(_work, chunks)
            for batch in results:
                labels.extend(batch)
                if progress:
                    progress(len(batch))
        else:
            context = multiprocessing.get_context("fork")
            with context.Pool(workers) as pool:
                for batch in pool.imap(_work, chunks):
                    labels.extend(batch)
                    if progress:
                        progress(len(batch))
    finally:
        _PLAN, _OUT = None, None
    document = labels_document(plan, labels, generator=GENERATOR, formats=tuple(formats))
    with (out / "labels.json").open("w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
        handle.write("\n")
    return summarise(document)


def summarise(document: Mapping[str, Any]) -> dict[str, Any]:
    docs = document["documents"]
    count: dict[str, dict[str, int]] = {"kind": {}, "format": {}, "voice": {}, "split": {}, "form": {}}
    for d in docs:
        for key in count:
            count[key][d[key]] = count[key].get(d[key], 0) + 1
    return {
        "documents": len(docs),
        "cases": len(document["cases"]),
        "copies": len(document["copies"]),
        "transcriptions": len(document["transcriptions"]),
        "series": len(document["series"]),
        **count,
    }
