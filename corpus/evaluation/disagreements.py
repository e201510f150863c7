"""Where the checks and the corpus labels disagree, one requirement at a time.

``python -m corpus.evaluation.disagreements DIR --req DR-NOK [--split train]
[--n 10] [--voice terse] [--format pdf]`` prints the confusion matrix of the
requirement's states and, for a sample of disagreeing documents, the labelled
state with its evidence quotes beside the predicted state with each finding's
message and evidence. It is the tool for tuning a check; tune on ``train`` and
``dev`` and keep ``test`` for the figure you quote.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from auditor.pipeline import Auditor
from corpus.evaluation.corpus_io import documents, load_labels

STATES = ("present", "absent", "unclear", "not_applicable", "-")


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def inspect(
    root: Path,
    requirement: str,
    split: str | None,
    n: int,
    voice: str | None = None,
    fmt: str | None = None,
    seed: int = 0,
) -> int:
    labels = load_labels(root)
    docs = [
        d
        for d in documents(labels, split)
        if requirement in d["requirements"]
        and (voice is None or d["voice"] == voice)
        and (fmt is None or d["format"] == fmt)
    ]
    auditor = Auditor()
    confusion: Counter[tuple[str, str]] = Counter()
    wrong: list[tuple[Mapping[str, Any], str, list[str]]] = []
    for d in docs:
        result = auditor.audit_path(root / d["path"])
        truth = d["requirements"][requirement]["state"]
        if result.audit is None:
            predicted = "-"
            notes = [f"error: {result.error.code.value if result.error else '?'}"]
        else:
            state = result.audit.requirement_states.get(requirement)
            predicted = state.value if state is not None else "-"
            notes = [
                f"{f.code} [{f.state.value}] {f.message} :: {_short(f.evidence)!r}"
                for f in result.audit.findings
                if f.requirement == requirement
            ]
        confusion[(truth, predicted)] += 1
        if truth != predicted:
            wrong.append((d, predicted, notes))
    print(f"{requirement}: {len(docs)} documents, {len(wrong)} disagreements (rows truth, columns predicted)")
    print(" " * 16 + "".join(f"{s:>16}" for s in STATES))
    for t in STATES[:4]:
        print(f"{t:>16}" + "".join(f"{confusion[(t, p)]:>16}" for p in STATES))
    random.Random(seed).shuffle(wrong)
    for doc, predicted, notes in wrong[:n]:
        label = doc["requirements"][requirement]
        print(
            f"\n--- {doc['path']} ({doc['kind']}/{doc['form']}, voice {doc['voice']}, {doc['format']}, "
            f"{doc['record_date']})"
        )
        print(f"  truth {label['state']}:")
        for ev in label.get("evidence", []):
            print(f"    label {_short(ev['quote'])!r}")
        print(f"  predicted {predicted}:")
        for note in notes:
            print(f"    {note}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--req", required=True, help="requirement ID, e.g. DR-NOK")
    parser.add_argument("--split", default="train", help="train, dev, test or all")
    parser.add_argument("--n", type=int, default=8, help="disagreements to print")
    parser.add_argument("--voice")
    parser.add_argument("--format", dest="fmt")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    split = None if args.split == "all" else args.split
    return inspect(args.directory, args.req, split, args.n, args.voice, args.fmt, args.seed)


if __name__ == "__main__":
    sys.exit(main())
