"""The corpus commands: ``auditor corpus generate`` and ``auditor eval``.

Kept apart from ``auditor.cli`` so the everyday ``check`` command does not
import the generator or the evaluation harness.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

corpus_app = typer.Typer(help="Generate the synthetic annotated corpus.", no_args_is_help=True)


class EvalFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


def _progress(console: Console) -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        disable=not console.is_terminal,
    )


@corpus_app.command("generate")
def generate_command(
    out: Annotated[Path, typer.Option("--out", help="Folder to write the corpus into (created).")],
    n: Annotated[int, typer.Option("--n", min=1, help="Number of documents.")] = 2000,
    seed: Annotated[int, typer.Option("--seed", help="Random seed: the same seed gives the same bytes.")] = 1,
    formats: Annotated[
        list[str] | None,
        typer.Option(
            "--formats", help="Output formats to mix: txt, docx, pdf, csv, json (repeat or comma-separate)."
        ),
    ] = None,
    workers: Annotated[int, typer.Option(help="Worker processes (default: one per core).")] = 0,
    force: Annotated[bool, typer.Option(help="Replace a corpus already in the folder.")] = False,
) -> None:
    """Write N documents (death reports, FLO logs, CRIS records) and their labels.json."""
    from corpus.generate import CorpusError, generate
    from corpus.render.formats import FORMATS

    chosen = tuple(f.strip() for item in (formats or list(FORMATS)) for f in item.split(",") if f.strip())
    console = Console(stderr=True)
    with _progress(console) as progress:
        task = progress.add_task("generating", total=n)
        try:
            summary = generate(
                out,
                n,
                seed,
                chosen,
                workers=workers or None,
                force=force,
                progress=lambda k: progress.advance(task, k),
            )
        except CorpusError as exc:
            print(f"corpus: error: {exc}", file=sys.stderr)
            raise typer.Exit(2) from None
    console.print(
        f"wrote {summary['documents']} documents for {summary['cases']} cases to {out} "
        f"({summary['copies']} planted copies, {summary['series']} series, "
        f"{summary['transcriptions']} same-case transcriptions)"
    )
    print(json.dumps(summary, indent=2))


def eval_command(
    directory: Annotated[Path | None, typer.Argument(help="A labelled corpus (with labels.json).")] = None,
    pan: Annotated[
        Path | None, typer.Option("--pan", help="Score the text-reuse engine on a PAN text-alignment corpus.")
    ] = None,
    split: Annotated[str | None, typer.Option(help="Evaluate one split only: train, dev or test.")] = None,
    output: Annotated[
        EvalFormat, typer.Option("--format", "-f", help="text (tables) or json.")
    ] = EvalFormat.TEXT,
    json_out: Annotated[
        Path | None,
        typer.Option("--json-out", help="Where to write the JSON report (default DIR/eval[-SPLIT].json)."),
    ] = None,
    workers: Annotated[int, typer.Option(help="Worker processes (default: one per core).")] = 0,
    cross_voice: Annotated[
        bool, typer.Option("--cross-voice", help="Also train on one author voice and test on the others.")
    ] = False,
    heldout: Annotated[
        Path | None,
        typer.Option(
            "--heldout", help="Score the checks on hand-labelled records written apart from the generator."
        ),
    ] = None,
) -> None:
    """Score the auditor on a labelled corpus, the checks on a held-out set (--heldout),
    or the text-reuse engine on PAN (--pan)."""
    console = Console() if sys.stdout.isatty() else Console(width=150)  # piped tables stay readable
    if pan is not None:
        _eval_pan(pan, output, console)
        return
    if heldout is not None:
        _eval_heldout(heldout, output, console)
        return
    if directory is None:
        print("eval: error: give a corpus folder, or --pan DIR", file=sys.stderr)
        raise typer.Exit(2)
    import os

    from corpus.evaluation.corpus_io import CorpusFormatError
    from corpus.evaluation.harness import evaluate

    if split not in (None, "train", "dev", "test"):
        print(f"eval: error: unknown split {split!r}; use train, dev or test", file=sys.stderr)
        raise typer.Exit(2)
    err = Console(stderr=True)
    with _progress(err) as progress:
        task = progress.add_task("auditing", total=None)
        try:
            report = evaluate(
                directory,
                split=split,
                workers=workers or (os.cpu_count() or 1),
                progress=lambda k: progress.advance(task, k),
                start=lambda total: progress.update(task, total=total),
                cross_voice=cross_voice,
            )
        except CorpusFormatError as exc:
            print(f"eval: error: {exc}", file=sys.stderr)
            raise typer.Exit(2) from None
    target = json_out or directory / (f"eval-{split}.json" if split else "eval.json")
    target.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if output == EvalFormat.JSON:
        print(json.dumps(report, indent=2))
        return
    print_report(report, console)
    console.print(f"JSON report written to {target}")


def _eval_pan(directory: Path, output: EvalFormat, console: Console) -> None:
    from corpus.evaluation.pan import PanCorpusError, pan_result_json, run_pan

    try:
        ours = run_pan(directory, "ours")
        baseline = run_pan(directory, "baseline")
    except PanCorpusError as exc:
        print(f"eval: error: {exc}", file=sys.stderr)
        raise typer.Exit(2) from None
    result: dict[str, Any] = pan_result_json(ours)
    result["baseline"] = pan_result_json(baseline)
    if output == EvalFormat.JSON:
        print(json.dumps(result, indent=2))
        return
    columns = ("detector", "plagdet", "recall", "precision", "granularity", "cases", "detections", "seconds")
    table = Table(title=f"PAN text alignment: {directory}")
    for column in columns:
        table.add_column(column)
    for row in (result, result["baseline"]):
        table.add_row(*(str(row.get(c)) for c in columns))
    console.print(table)


def _eval_heldout(directory: Path, output: EvalFormat, console: Console) -> None:
    from corpus.evaluation.heldout import HeldoutFormatError, evaluate_heldout

    try:
        report = evaluate_heldout(directory)
    except (HeldoutFormatError, OSError, ValueError) as exc:
        print(f"eval: error: {exc}", file=sys.stderr)
        raise typer.Exit(2) from None
    if output == EvalFormat.JSON:
        print(json.dumps(report, indent=2))
        return
    table = Table(title=f"Held-out records ({report['records']}): agreement with hand labels")
    for column in ("requirement", "labelled", "assessed", "agree", "gap P", "gap R", "gap F1", "state F1"):
        table.add_column(column, justify="right" if column != "requirement" else "left")
    for req, row in report["per_requirement"].items():
        gap = row["gap"]
        table.add_row(
            req,
            *(str(row[k]) for k in ("labelled", "assessed", "agree")),
            *(_fmt(gap[k]) for k in ("precision", "recall", "f1")),
            _fmt(row["state_macro_f1"]),
        )
    console.print(table)
    micro = report["gap_micro"]
    console.print(
        f"{report['labels']} labels on {report['requirements_labelled']} requirements, "
        f"{report['requirements_checked']} checked; state accuracy {report['accuracy']}, "
        f"mean per requirement {report['macro_accuracy']}; gap micro P/R/F1 "
        f"{micro['precision']}/{micro['recall']}/{micro['f1']}; kind errors {report['kind_errors']}"
    )


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def print_report(report: dict[str, Any], console: Console) -> None:
    from corpus.evaluation.harness import iter_rows

    req = report["requirements"]
    table = Table(
        title=f"Requirement states ({report['documents']} documents, split {report['split']}): "
        "precision/recall/F1 of finding a gap (absent or unclear), macro-F1 over states"
    )
    for column in ("requirement", "labelled", "assessed", "P", "R", "F1", "state macro-F1", "state acc"):
        table.add_column(column, justify="right" if column != "requirement" else "left")
    for row in iter_rows(report):
        table.add_row(*row)
    console.print(table)
    micro = req["gap_micro"]
    console.print(
        f"checked {req['requirements_checked']} of {req['requirements_labelled']} labelled requirements; "
        f"gap micro P/R/F1 {micro['precision']}/{micro['recall']}/{micro['f1']}; "
        f"macro state-F1 over checked requirements {req['macro_f1_checked']}, "
        f"mean state accuracy {req.get('accuracy_checked')}"
    )
    r = report["rationale"]["without_specific_reason"]
    console.print(
        f"decisions without a case-specific reason: P/R/F1 {r['precision']}/{r['recall']}/{r['f1']} "
        f"({report['rationale']['decisions']} labelled decisions: {report['rationale']['by_reason']})"
    )
    c = report["copies"]
    chars = c["characters"] or {}
    console.print(
        f"copies ({c['engine']}): {c['labelled']} labelled ({c['coincidental']} coincidental); "
        f"pairs P/R/F1 {c['pairs']['precision']}/"
        f"{c['pairs']['recall']}/{c['pairs']['f1']}; plagdet {chars.get('plagdet')} "
        f"(P {chars.get('precision')}, "
        f"R {chars.get('recall')}, gran {chars.get('granularity')}); by mode {c['by_mode']}; "
        f"same-case transcriptions reported {c['transcription_pairs_reported']}"
    )
    s = report["series"]
    console.print(
        f"series ({s['linker']}): member recall {s['member_recall']} ({s['members_found']}/{s['members']}), "
        f"series found {s['series_found']}/{s['series']}, "
        f"pair P/R {s['pairs']['precision']}/{s['pairs']['recall']}, "
        f"false links per 100 unrelated deaths {s['false_links_per_100_unrelated']}"
    )
    ext = Table(title="Extraction by format")
    for column in (
        "format",
        "documents",
        "errors",
        "kind acc",
        "field recall",
        "entry recall",
        "entry precision",
    ):
        ext.add_column(column)
    for fmt, row in report["extraction"]["by_format"].items():
        ext.add_row(
            fmt,
            str(row["documents"]),
            str(row["errors"]),
            str(row["kind_accuracy"]),
            str(row["field_recall"]),
            str(row["entry_recall"]),
            str(row["entry_precision"]),
        )
    console.print(ext)
    below = report["checks_below"]
    console.print(
        f"checks below {below['target']} state macro-F1: "
        + (", ".join(f"{k} {v:.3f}" for k, v in below["below_target"].items()) or "none")
        + (
            f"; worst author voice {below['worst_voice']['voice']} {below['worst_voice']['macro_f1']}"
            if below["worst_voice"]
            else ""
        )
    )
    by_voice = Table(title="State macro-F1 of each check, per author voice")
    voices = list(report["voices"])
    by_voice.add_column("requirement")
    for voice in voices:
        by_voice.add_column(voice, justify="right")
    checked = sorted({r for row in report["voices"].values() for r in row["per_requirement"]})
    for req in [*checked, "all checked"]:
        cells = []
        for voice in voices:
            row = report["voices"][voice]
            value = row["macro_f1_checked"] if req == "all checked" else row["per_requirement"].get(req)
            cells.append("-" if value is None else f"{value:.3f}")
        by_voice.add_row(req, *cells)
    console.print(by_voice)
    if "cross_voice" in report:
        cv = report["cross_voice"]
        console.print(f"cross-voice: {json.dumps(cv['summary'])}")
