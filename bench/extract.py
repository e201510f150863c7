"""PDF extraction speed and memory: ours (``extractors.load_path``) vs pdfplumber.

Run from the repository root::

    .venv/bin/python bench/extract.py [--repeat 5]

Every real PDF in ../shared/data/pfd/pdf and ../shared/data/forms is extracted
``--repeat`` times by each engine (``ours``: the full ``load_path``; ``ours-pdf``:
``extractors.pdf.extract`` alone; ``pdfplumber``: ``extract_text()`` per page),
each engine in its own subprocess so that their memory figures do not pollute
each other. Figures: pages per second
(timed without tracing), the tracemalloc peak of one traced pass (Python heap
only; PDFium's C allocations are invisible to it), and the process's peak RSS
(``ru_maxrss``, all memory) with the RSS after imports for reference.
Prints no document text.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
FOLDERS = ("pfd/pdf", "forms")
ENGINES = ("ours", "ours-pdf", "pdfplumber")


def pdf_paths() -> list[Path]:
    return sorted(p for folder in FOLDERS for p in (SHARED / folder).glob("*.pdf"))


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _ours(path: Path) -> int:
    from extractors import load_path

    return len(load_path(path).meta.pages)


def _ours_pdf(path: Path) -> int:
    from auditor.config import Settings
    from extractors import pdf

    return len(pdf.extract(path.read_bytes(), Settings()).pages)


def _pdfplumber(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
        return len(pdf.pages)


def run_engine(engine: str, repeat: int) -> dict[str, float]:
    """Runs in the child process: time ``repeat`` passes, then trace one."""
    sys.path.insert(0, str(ROOT))
    func = {"ours": _ours, "ours-pdf": _ours_pdf, "pdfplumber": _pdfplumber}[engine]
    if engine.startswith("ours"):
        import extractors.pdf  # noqa: F401  (import cost is not extraction cost)
    else:
        import pdfplumber  # noqa: F401
    paths = pdf_paths()
    func(paths[0])  # warm-up: lazy imports, caches
    rss_after_imports = _rss_mb()
    pages = 0
    start = time.perf_counter()
    for _ in range(repeat):
        for path in paths:
            pages += func(path)
    seconds = time.perf_counter() - start
    tracemalloc.start()
    for path in paths:
        func(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "pages": pages,
        "seconds": seconds,
        "pages_per_s": pages / seconds,
        "trace_peak_mb": peak / 1048576,
        "rss_peak_mb": _rss_mb(),
        "rss_after_imports_mb": rss_after_imports,
    }


def child(engine: str, repeat: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--engine", engine, "--repeat", str(repeat)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--engine", choices=ENGINES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.engine:
        print(json.dumps(run_engine(args.engine, args.repeat)))
        return
    paths = pdf_paths()
    if not paths:
        sys.exit(f"no PDFs found under {SHARED}")
    print(f"{len(paths)} PDFs, {args.repeat} passes each, one subprocess per engine\n")
    results = {engine: child(engine, args.repeat) for engine in ENGINES}
    header = (
        f"{'engine':<12}{'pages':>7}{'seconds':>9}{'pages/s':>9}{'trace MB':>10}{'RSS MB':>8}{'RSS0 MB':>9}"
    )
    print(header)
    print("-" * len(header))
    for engine, r in results.items():
        print(
            f"{engine:<12}{r['pages']:>7.0f}{r['seconds']:>9.2f}{r['pages_per_s']:>9.1f}"
            f"{r['trace_peak_mb']:>10.1f}{r['rss_peak_mb']:>8.0f}{r['rss_after_imports_mb']:>9.0f}"
        )
    ours, plumber = results["ours"], results["pdfplumber"]
    print(f"\nspeed: ours is {ours['pages_per_s'] / plumber['pages_per_s']:.1f}x pdfplumber's pages/s")
    print(f"Python heap peak: ours {ours['trace_peak_mb'] / plumber['trace_peak_mb']:.2f}x pdfplumber's")
    print(
        "ours = full load_path (text, fields, kind, sections, spans placed); "
        "ours-pdf = extractors.pdf.extract alone; pdfplumber = extract_text() only"
    )


if __name__ == "__main__":
    main()
