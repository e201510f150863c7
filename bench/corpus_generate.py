"""Corpus generation speed: per stage and per format, and end to end.

Run from the repository root::

    .venv/bin/python bench/corpus_generate.py [--n 2000] [--workers 2]

1. Stages, in this process, over the documents of an ``--sample``-document
   plan: planning, writing (writer -> DocSpec), the canonical text, and each
   renderer (txt, docx, pdf, csv/json for the log documents that have them),
   as documents per second, side by side.
2. End to end: ``corpus generate`` of ``--n`` documents into a temporary
   folder with ``--workers`` processes, as documents per second, and the time
   100,000 documents would take at that rate (the issue's bound is 30 min).

Prints figures only, never document text.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.generate import generate, writers  # noqa: E402
from corpus.plan import plan_corpus  # noqa: E402
from corpus.render.formats import render, supports  # noqa: E402
from corpus.render.text import render_canonical  # noqa: E402


def stages(sample: int) -> None:
    started = time.perf_counter()
    plan = plan_corpus(sample, 7)
    plan_s = time.perf_counter() - started
    table = writers()
    cases = {c.index: c for c in plan.cases}
    specs = []
    started = time.perf_counter()
    for case in plan.cases:
        for doc in case.docs:
            specs.append(table[doc.kind](case, doc, cases).spec)
    write_s = time.perf_counter() - started
    started = time.perf_counter()
    for spec in specs:
        render_canonical(spec)
    canonical_s = time.perf_counter() - started
    print(f"{len(specs)} documents from {len(plan.cases)} cases")
    print(f"{'stage':<16}{'docs':>8}{'docs/s':>12}{'ms/doc':>10}")
    rows = [
        ("plan", len(specs), plan_s),
        ("write", len(specs), write_s),
        ("canonical text", len(specs), canonical_s),
    ]
    for fmt in ("txt", "docx", "pdf", "csv", "json"):
        chosen = [s for s in specs if supports(s, fmt)][: max(50, sample // 4)]
        started = time.perf_counter()
        for spec in chosen:
            render(spec, fmt)
        rows.append((f"render {fmt}", len(chosen), time.perf_counter() - started))
    for name, count, seconds in rows:
        print(f"{name:<16}{count:>8}{count / seconds:>12.0f}{1000 * seconds / count:>10.2f}")


def end_to_end(n: int, workers: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="corpus-bench-"))
    try:
        started = time.perf_counter()
        summary = generate(folder / "c", n, 1, workers=workers)
        seconds = time.perf_counter() - started
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    rate = summary["documents"] / seconds
    print(
        f"end to end: {summary['documents']} documents ({summary['format']}) in {seconds:.1f} s with "
        f"{workers} workers = {rate:.0f} docs/s; 100,000 documents would take {100_000 / rate / 60:.1f} min"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=400)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    stages(args.sample)
    end_to_end(args.n, args.workers)


if __name__ == "__main__":
    main()
