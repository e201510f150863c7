"""The ``auditor`` command (Typer + Rich).

Output contract (design.md, "Interfaces"): ``check`` prints one linter line per
finding or one JSON object per file; exit 2 if any file could not be read, else
1 if any high-severity finding exists, else 0. Report text never goes to
stderr; errors name the file and the error code only.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from auditor import __version__
from auditor.cli_corpus import corpus_app, eval_command
from auditor.config import load_settings
from auditor.findings import Severity
from auditor.pipeline import Auditor, Result
from auditor.report import finding_line, result_json
from checks import all_checks
from checks import select as select_checks

app = typer.Typer(
    name="auditor",
    help="Audit police death-investigation records: completeness, rationale, copies, linked deaths.",
    no_args_is_help=True,
    add_completion=False,
)

EXIT_OK, EXIT_HIGH_FINDING, EXIT_FILE_ERROR = 0, 1, 2


class OutputFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


def expand(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; a directory stands for every non-hidden file under it."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if child.is_file() and not any(part.startswith(".") for part in rel.parts):
                    yield child
        else:
            yield path


@app.command()
def check(
    paths: Annotated[
        list[Path], typer.Argument(help="Files (PDF, TXT, DOCX, CSV/JSON log exports) or folders.")
    ],
    output: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="text (linter lines) or json (JSON lines).")
    ] = OutputFormat.TEXT,
    select: Annotated[
        list[str] | None,
        typer.Option(help="Run only these check codes or requirement IDs, or prefixes (DR-, FLO, SUP0)."),
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option(help="Skip these check codes or requirement IDs, or prefixes.")
    ] = None,
) -> None:
    """Audit each file and print its findings; bad files are reported and skipped."""
    settings = load_settings()
    if select or ignore:
        settings = settings.model_copy(
            update={
                "select": split_names(select) or settings.select,
                "ignore": split_names(ignore) or settings.ignore,
            }
        )
    auditor = Auditor(settings)
    status = EXIT_OK
    for result in auditor.audit_paths(expand(paths)):
        status = max(status, _emit(result, output))
    raise typer.Exit(status)


def _emit(result: Result, output: OutputFormat) -> int:
    if result.error is not None:
        print(
            f"{result.path}: error: {result.error.code}: {result.error.message}", file=sys.stderr, flush=True
        )
        if output is OutputFormat.JSON:
            print(json.dumps(result_json(result)), flush=True)
        return EXIT_FILE_ERROR
    doc, audit = result.document, result.audit
    assert doc is not None and audit is not None
    if output is OutputFormat.JSON:
        print(json.dumps(result_json(result), ensure_ascii=False), flush=True)
    else:
        for warning in doc.meta.warnings:
            print(f"{result.path}: warning: {warning}", file=sys.stderr, flush=True)
        for finding in audit.findings:
            print(finding_line(result.path, doc, finding), flush=True)
    high = any(f.severity is Severity.HIGH for f in audit.findings)
    return EXIT_HIGH_FINDING if high else EXIT_OK


@app.command(name="checks")
def list_checks(
    output: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.TEXT,
    select: Annotated[
        list[str] | None, typer.Option(help="Only these codes or requirement IDs (or prefixes: DR-, FLO).")
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option(help="Leave out these codes or requirement IDs.")
    ] = None,
) -> None:
    """List every check: code, requirement, severity, kinds, the policy date and the source quote."""
    checks = select_checks(all_checks(), split_names(select), split_names(ignore))
    if output is OutputFormat.JSON:
        rows = [
            {
                "code": c.code,
                "requirement": c.requirement,
                "severity": str(c.severity),
                "applies_to": sorted(str(k) for k in c.applies_to),
                "since_policy": c.since_policy.isoformat() if c.since_policy else None,
                "summary": c.summary(),
                "source": c.source(),
                "suggestion": c.suggestion,
            }
            for c in checks
        ]
        print(json.dumps(rows, indent=2))
        return
    table = Table("code", "requirement", "severity", "applies to", "since", "summary", "source")
    for c in checks:
        table.add_row(
            c.code,
            c.requirement,
            str(c.severity),
            ", ".join(sorted(c.applies_to)),
            c.since_policy.isoformat() if c.since_policy else "",
            c.summary(),
            c.source(),
        )
    Console(width=max(Console().width, 160)).print(table)


def split_names(names: list[str] | None) -> tuple[str, ...]:
    """``--select DR-,FLO --select SUP`` as ruff takes it: repeated or comma-separated."""
    return tuple(n.strip() for raw in names or () for n in raw.split(",") if n.strip())


@app.command()
def demo(
    data: Annotated[
        Path | None,
        typer.Option(
            help="Folder of documents to audit (default: the real PFD reports and form in ../shared/data)."
        ),
    ] = None,
) -> None:
    """Audit the real public documents and show what the auditor finds.

    Until the synthetic corpus and the dashboard land, the demo audits the real
    coroner PFD reports and the real child-death form beside the checkout.
    """
    from corpus.real import real_pdfs

    paths = sorted(expand([data])) if data else real_pdfs()
    if not paths:
        print(
            "demo: no documents found: pass --data DIR or set AUDITOR_SHARED_DIR to the shared folder",
            file=sys.stderr,
        )
        raise typer.Exit(EXIT_FILE_ERROR)
    from auditor.demo import run_demo

    results = run_demo(paths, Console())
    failures = sum(r.error is not None for r in results)
    raise typer.Exit(EXIT_FILE_ERROR if failures else EXIT_OK)


app.add_typer(corpus_app, name="corpus")
app.command(name="eval")(eval_command)


@app.command()
def version() -> None:
    """Print the version."""
    print(__version__)


def main() -> None:  # pragma: no cover - console entry for `python -m auditor`
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
