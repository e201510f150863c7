"""Score the checks on hand-written records that neither the checks nor the
generator saw: ``auditor eval --heldout tests/checks/heldout``.

The set (``labels.json`` plus ``records/*.txt``, schema
``report-auditor/heldout/1``) was written and labelled by an engineer who had
not read the checks or the corpus writers, so it measures whether a rule
generalises beyond the generator's phrasing. It is small: read its figures as a
warning light, not a benchmark.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditor.pipeline import Auditor
from corpus.evaluation.metrics import PRF, macro_f1, mean

SCHEMA = "report-auditor/heldout/1"
GAP = ("absent", "unclear")


class HeldoutFormatError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Disagreement:
    record: str
    requirement: str
    truth: str
    predicted: str | None
    why: str


def load(root: Path) -> dict[str, Any]:
    path = root / "labels.json"
    if not path.is_file():
        raise HeldoutFormatError(f"{root}: no labels.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if data.get("schema") != SCHEMA:
        raise HeldoutFormatError(f"{path}: schema is {data.get('schema')!r}, expected {SCHEMA!r}")
    return data


def evaluate_heldout(root: Path, auditor: Auditor | None = None) -> dict[str, Any]:
    data = load(root)
    auditor = auditor or Auditor()
    truth: defaultdict[str, list[str]] = defaultdict(list)
    predicted: defaultdict[str, list[str | None]] = defaultdict(list)
    disagreements: list[Disagreement] = []
    kinds: Counter[str] = Counter()
    kind_errors = 0
    for record_id, record in sorted(data["records"].items()):
        result = auditor.audit_path(root / "records" / f"{record_id}.txt")
        kinds[record["kind"]] += 1
        states: dict[str, str] = {}
        if result.audit is not None:
            states = {k: v.value for k, v in result.audit.requirement_states.items()}
            kind_errors += result.audit.kind.value != record["kind"]
        for req, label in sorted(record["requirements"].items()):
            got = states.get(req)
            truth[req].append(label["state"])
            predicted[req].append(got)
            if got is not None and got != label["state"]:
                disagreements.append(Disagreement(record_id, req, label["state"], got, label.get("why", "")))
    rows: dict[str, dict[str, Any]] = {}
    for req in sorted(truth):
        t, p = truth[req], predicted[req]
        assessed = [(a, b) for a, b in zip(t, p, strict=True) if b is not None]
        gap = PRF(
            sum(a in GAP and b in GAP for a, b in assessed),
            sum(a not in GAP and b in GAP for a, b in assessed),
            sum(a in GAP and b not in GAP for a, b in assessed),
        )
        rows[req] = {
            "labelled": len(t),
            "assessed": len(assessed),
            "agree": sum(a == b for a, b in assessed),
            "accuracy": _r(sum(a == b for a, b in assessed) / len(assessed)) if assessed else None,
            "gap": gap.as_json(),
            "state_macro_f1": _r(macro_f1(t, p)) if assessed else None,
        }
    checked = [r for r in rows.values() if r["assessed"]]
    agree = sum(r["agree"] for r in checked)
    assessed_total = sum(r["assessed"] for r in checked)
    return {
        "set": str(root),
        "records": dict(kinds),
        "kind_errors": kind_errors,
        "labels": sum(len(v) for v in truth.values()),
        "requirements_labelled": len(rows),
        "requirements_checked": len(checked),
        "accuracy": _r(agree / assessed_total) if assessed_total else None,
        "macro_accuracy": _r(mean(r["accuracy"] for r in checked)),
        "gap_micro": sum(
            (PRF(r["gap"]["tp"], r["gap"]["fp"], r["gap"]["fn"]) for r in checked), PRF(0, 0, 0)
        ).as_json(),
        "per_requirement": rows,
        "disagreements": [
            {"record": d.record, "requirement": d.requirement, "truth": d.truth, "predicted": d.predicted,
             "why": d.why}
            for d in disagreements
        ],
    }  # fmt: skip


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
