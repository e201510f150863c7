"""``auditor demo``: audit a set of real documents and show what was found.

Until the synthetic corpus and the dashboard land, the demo audits the real
coroner PFD reports, the blank Regulation 28 template and the real child-death
form in ``../shared/data``: real extraction, kind detection, sections, fields
and checks, shown as a table and the findings per document.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table

from auditor.pipeline import Auditor, Result
from auditor.report import finding_line

MAX_FINDINGS_SHOWN = 8


def run_demo(paths: Sequence[Path], console: Console, auditor: Auditor | None = None) -> list[Result]:
    auditor = auditor or Auditor()
    results = []
    with console.status("auditing...") as status:
        for i, path in enumerate(paths, 1):
            status.update(f"auditing {i}/{len(paths)}: {path.name}")
            results.append(auditor.audit_path(path))
    console.print(summary_table(results))
    for result in results:
        if result.audit is not None and result.document is not None and result.audit.findings:
            console.print(f"\n[bold]{Path(result.path).name}[/bold]: {len(result.audit.findings)} findings")
            for finding in result.audit.findings[:MAX_FINDINGS_SHOWN]:
                console.print(
                    "  " + finding_line(Path(result.path).name, result.document, finding), markup=False
                )
            if len(result.audit.findings) > MAX_FINDINGS_SHOWN:
                console.print(f"  ... and {len(result.audit.findings) - MAX_FINDINGS_SHOWN} more")
    failed = sum(r.error is not None for r in results)
    console.print(
        f"\n{len(results)} documents, {len(results) - failed} audited, {failed} failed. "
        "Run `auditor check FILE --format json` for the full result of one file."
    )
    return results


def summary_table(results: Sequence[Result]) -> Table:
    table = Table("file", "kind", "pages", "sections", "fields", "entries", "score", "findings", "notes")
    table.title = "report-auditor demo"
    for result in results:
        name = Path(result.path).name
        if result.error is not None or result.document is None or result.audit is None:
            code = result.error.code if result.error else "unknown"
            table.add_row(name, "-", "-", "-", "-", "-", "-", "-", f"error {code}")
            continue
        doc, audit = result.document, result.audit
        notes = []
        if doc.meta.is_blank_template:
            notes.append("blank template")
        if doc.meta.needs_ocr:
            notes.append(f"needs OCR: pages {list(doc.meta.needs_ocr)}")
        table.add_row(
            name,
            f"{doc.kind} ({doc.meta.kind_confidence:.2f})",
            str(len(doc.meta.pages) or "-"),
            ", ".join(dict.fromkeys(s.name for s in doc.sections)) or "-",
            str(len(doc.fields)),
            str(len(doc.entries)),
            "-" if audit.score is None else f"{audit.score:g}",
            str(len(audit.findings)),
            "; ".join(notes),
        )
    return table
