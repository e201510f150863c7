"""``auditor eval DIR``: score the auditor against a labelled corpus.

Measures, each against the planted truth in ``labels.json``:

- requirement states, per requirement (precision/recall/F1 of finding a gap,
  i.e. ``absent`` or ``unclear``, and macro-F1 over the four states);
- decisions without a case-specific reason (findings matched to labelled
  decisions by span);
- copies between different cases, per pair and per character (PAN plagdet);
- series of linked deaths (pairs, members found, false links per 100);
- extraction (fields and entries recovered, per format).

``docs/evaluation.md`` defines each figure.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from corpus.evaluation import copies as copy_engine
from corpus.evaluation import series as series_engine
from corpus.evaluation.corpus_io import documents, load_labels
from corpus.evaluation.metrics import PRF, macro_f1, mean
from corpus.evaluation.outcome import Outcome, evaluate_document
from corpus.evaluation.plagdet import Passage, Reuse
from corpus.evaluation.plagdet import evaluate as plagdet

GAP = ("absent", "unclear")
RATIONALE_REQUIREMENTS = frozenset({"DR-RATIONALE", "CR-NOT-DONE", "TPL-COMPREHENSIVE", "SUP-CHALLENGE"})
NO_REASON = ("none", "generic")

_ROOT: Path | None = None


def _evaluate(label: Mapping[str, Any]) -> Outcome:
    assert _ROOT is not None
    return evaluate_document(_ROOT, label)


def run_documents(
    root: Path,
    labels: Sequence[Mapping[str, Any]],
    workers: int,
    progress: Callable[[int], None] | None = None,
) -> list[Outcome]:
    global _ROOT
    _ROOT = root
    out: list[Outcome] = []
    try:
        if workers <= 1:
            for label in labels:
                out.append(_evaluate(label))
                if progress:
                    progress(1)
        else:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                for outcome in pool.imap(_evaluate, labels, chunksize=8):
                    out.append(outcome)
                    if progress:
                        progress(1)
    finally:
        _ROOT = None
    return out


# -- requirement states ---------------------------------------------------------------
def requirement_scores(labels: Sequence[Mapping[str, Any]], outcomes: Sequence[Outcome]) -> dict[str, Any]:
    truth: defaultdict[str, list[str]] = defaultdict(list)
    predicted: defaultdict[str, list[str | None]] = defaultdict(list)
    for label, outcome in zip(labels, outcomes, strict=True):
        if outcome.error:
            continue
        for req, value in label["requirements"].items():
            truth[req].append(value["state"])
            predicted[req].append(outcome.states.get(req))
    rows: dict[str, dict[str, Any]] = {}
    for req in sorted(truth):
        t, p = truth[req], predicted[req]
        gap_truth = ["gap" if s in GAP else "ok" for s in t]
        gap_pred = ["gap" if s in GAP else ("ok" if s is not None else None) for s in p]
        gap = PRF(
            sum(a == "gap" and b == "gap" for a, b in zip(gap_truth, gap_pred, strict=True)),
            sum(a != "gap" and b == "gap" for a, b in zip(gap_truth, gap_pred, strict=True)),
            sum(a == "gap" and b != "gap" for a, b in zip(gap_truth, gap_pred, strict=True)),
        )
        assessed = sum(s is not None for s in p)
        rows[req] = {
            "support": len(t),
            "assessed": assessed,
            "states": dict(Counter(t)),
            "gap": gap.as_json(),
            "state_macro_f1": _r(macro_f1(t, p)) if assessed else None,
            "state_accuracy": _r(sum(a == b for a, b in zip(t, p, strict=True)) / len(t))
            if assessed
            else None,
        }
    checked = [r for r in rows.values() if r["assessed"]]
    return {
        "per_requirement": rows,
        "requirements_labelled": len(rows),
        "requirements_checked": len(checked),
        "macro_f1_checked": _r(mean(r["state_macro_f1"] for r in checked)),
        "accuracy_checked": _r(mean(r["state_accuracy"] for r in checked)),
        "gap_micro": sum((_prf(r["gap"]) for r in checked), PRF(0, 0, 0)).as_json(),
    }


def _prf(d: Mapping[str, Any]) -> PRF:
    return PRF(int(d["tp"]), int(d["fp"]), int(d["fn"]))


def _r(v: float | None) -> float | None:
    return None if v is None else round(v, 4)


# -- decisions and rationale ------------------------------------------------------------
def rationale_scores(labels: Sequence[Mapping[str, Any]], outcomes: Sequence[Outcome]) -> dict[str, Any]:
    tp = fp = fn = 0
    decisions = Counter[str]()
    located = 0
    for label, outcome in zip(labels, outcomes, strict=True):
        if outcome.error:
            continue
        spans = outcome.decisions
        for d, span in zip(label["decisions"], spans, strict=True):
            decisions[d["reason"]] += 1
            located += span is not None
        flagged = [f for f in outcome.findings if f.requirement in RATIONALE_REQUIREMENTS]
        hit_decisions = set()
        for f in flagged:
            hits = [
                i
                for i, (d, span) in enumerate(zip(label["decisions"], spans, strict=True))
                if span is not None and d["reason"] in NO_REASON and span[0] < f.end and f.start < span[1]
            ]
            if hits:
                tp += 1
                hit_decisions.update(hits)
            else:
                fp += 1
        fn += sum(
            1
            for i, (d, span) in enumerate(zip(label["decisions"], spans, strict=True))
            if d["reason"] in NO_REASON and i not in hit_decisions
        )
    return {
        "decisions": sum(decisions.values()),
        "by_reason": dict(decisions),
        "located_in_extracted_text": located,
        "without_specific_reason": PRF(tp, fp, fn).as_json(),
    }


# -- copies -------------------------------------------------------------------------------
def copy_scores(
    labels: Mapping[str, Any], docs: Sequence[Mapping[str, Any]], outcomes: Sequence[Outcome]
) -> dict[str, Any]:
    by_id = {o.doc_id: o for o in outcomes if not o.error}
    case_of = {d["doc_id"]: d["case_id"] for d in docs}
    started = time.perf_counter()
    records = [copy_engine.Record(o.doc_id, case_of[o.doc_id], o.text) for o in by_id.values()]
    detections = copy_engine.detect_copies(records)
    seconds = time.perf_counter() - started
    planted = [
        c for c in labels["copies"] if c["source"]["doc_id"] in by_id and c["target"]["doc_id"] in by_id
    ]
    true_pairs = {tuple(sorted((c["source"]["doc_id"], c["target"]["doc_id"]))) for c in planted}
    found_pairs = copy_engine.pairs_of(detections)
    transcriptions = {tuple(sorted((t["a"]["doc_id"], t["b"]["doc_id"]))) for t in labels["transcriptions"]}
    cases: list[Reuse] = []
    for c in planted:
        t = by_id[c["target"]["doc_id"]].passages.get(c["slot"])
        s = by_id[c["source"]["doc_id"]].passages.get(c["slot"])
        if t is not None and s is not None and t[1] > t[0] and s[1] > s[0]:
            cases.append(
                Reuse(Passage(c["target"]["doc_id"], t[0], t[1]), Passage(c["source"]["doc_id"], s[0], s[1]))
            )
    found = [
        Reuse(Passage(d.target_doc, *d.target), Passage(d.source_doc, *d.source))
        for d in detections
        if d.target[1] > d.target[0] and d.source[1] > d.source[0]
    ]
    # PAN compares a detection with a case on the same (suspicious, source) pair; a copy may be
    # detected with the roles the other way round, so both orientations of each detection count.
    found += [Reuse(r.source, r.suspicious) for r in found]
    scores = plagdet(cases, found) if cases else None
    by_mode: dict[str, dict[str, int]] = {}
    for c in planted:
        pair = tuple(sorted((c["source"]["doc_id"], c["target"]["doc_id"])))
        row = by_mode.setdefault(c["mode"], {"labelled": 0, "found": 0})
        row["labelled"] += 1
        row["found"] += pair in found_pairs
    return {
        "engine": "auditor.reuse (in-memory fingerprint index; CaseIndex pending)",
        "labelled": len(planted),
        "coincidental": sum(c["mode"] == "coincidental" for c in planted),
        "pairs": PRF(
            len(true_pairs & found_pairs), len(found_pairs - true_pairs), len(true_pairs - found_pairs)
        ).as_json(),
        "by_mode": by_mode,
        "transcription_pairs_reported": len(transcriptions & found_pairs),
        "characters": None
        if scores is None
        else {
            "plagdet": _r(scores.plagdet),
            "precision": _r(scores.precision),
            "recall": _r(scores.recall),
            "granularity": _r(scores.granularity),
        },
        "seconds": round(seconds, 2),
    }


# -- series ---------------------------------------------------------------------------------
def series_scores(
    labels: Mapping[str, Any], docs: Sequence[Mapping[str, Any]], outcomes: Sequence[Outcome]
) -> dict[str, Any]:
    case_kind = {c["case_id"]: c["kind"] for c in labels["cases"]}
    records = [
        series_engine.DeathRecord(d["case_id"], o.text, o.extracted_fields)
        for d, o in zip(docs, outcomes, strict=True)
        if not o.error and d["kind"] == "death_report" and case_kind.get(d["case_id"]) == "death"
    ]
    deaths = {r.case_id for r in records}
    truth = [[m for m in s["members"] if m in deaths] for s in labels["series"]]
    truth = [s for s in truth if len(s) >= 2]
    predicted = series_engine.naive_links(records)
    scored = series_engine.score_series(truth, predicted, deaths)
    return {
        "linker": "naive baseline (exact phone, finder/informant name, location field)",
        **scored.as_json(),
    }


# -- extraction -------------------------------------------------------------------------------
def extraction_scores(docs: Sequence[Mapping[str, Any]], outcomes: Sequence[Outcome]) -> dict[str, Any]:
    rows: dict[str, dict[str, Any]] = {}
    errors: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for d, o in zip(docs, outcomes, strict=True):
        row = rows.setdefault(
            d["format"],
            {"documents": 0, "errors": 0, "fields": [0, 0], "entries": [0, 0, 0], "kind_correct": 0},
        )
        row["documents"] += 1
        if o.error:
            row["errors"] += 1
            errors[o.error] += 1
            continue
        row["fields"][0] += o.fields_recovered
        row["fields"][1] += o.fields_expected
        row["entries"][0] += o.entries_matched
        row["entries"][1] += o.entries_expected
        row["entries"][2] += o.entries_extracted
        row["kind_correct"] += o.kind == d["kind"]
        missed.update(o.missed_fields)
    table = {}
    for fmt, row in sorted(rows.items()):
        recovered, expected = row["fields"]
        matched, wanted, extracted = row["entries"]
        table[fmt] = {
            "documents": row["documents"],
            "errors": row["errors"],
            "kind_accuracy": _r(row["kind_correct"] / (row["documents"] - row["errors"]))
            if row["documents"] > row["errors"]
            else None,
            "field_recall": _r(recovered / expected) if expected else None,
            "entry_recall": _r(matched / wanted) if wanted else None,
            "entry_precision": _r(matched / extracted) if extracted else None,
        }
    return {"by_format": table, "errors": dict(errors), "most_missed_fields": dict(missed.most_common(8))}


# -- per voice -------------------------------------------------------------------------------------
def voice_scores(labels: Sequence[Mapping[str, Any]], outcomes: Sequence[Outcome]) -> dict[str, Any]:
    by_voice: defaultdict[str, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        by_voice[label["voice"]].append(i)
    out = {}
    for voice, idx in sorted(by_voice.items()):
        scored = requirement_scores([labels[i] for i in idx], [outcomes[i] for i in idx])
        out[voice] = {
            "documents": len(idx),
            "macro_f1_checked": scored["macro_f1_checked"],
            "per_requirement": {
                req: row["state_macro_f1"]
                for req, row in scored["per_requirement"].items()
                if row["state_macro_f1"] is not None
            },
        }
    return out


TARGET = 0.95


def checks_below(labels: Sequence[Mapping[str, Any]], outcomes: Sequence[Outcome]) -> dict[str, Any]:
    """The acceptance view: which checked requirements fall below the target state
    macro-F1, and the worst author voice of the whole set of checks."""
    scored = requirement_scores(labels, outcomes)["per_requirement"]
    below = {
        req: row["state_macro_f1"]
        for req, row in scored.items()
        if row["state_macro_f1"] is not None and row["state_macro_f1"] < TARGET
    }
    voices = voice_scores(labels, outcomes)
    worst = min(voices.items(), key=lambda kv: kv[1]["macro_f1_checked"] or 0.0, default=None)
    return {
        "target": TARGET,
        "below_target": dict(sorted(below.items(), key=lambda kv: kv[1])),
        "worst_voice": None
        if worst is None
        else {"voice": worst[0], "macro_f1": worst[1]["macro_f1_checked"]},
    }


def evaluate(
    root: Path,
    *,
    split: str | None = None,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
    start: Callable[[int], None] | None = None,
    cross_voice: bool = False,
) -> dict[str, Any]:
    started = time.perf_counter()
    labels = load_labels(root)
    everything = documents(labels)
    # the cross-voice experiment trains on train+dev, so it needs every document audited
    audited = everything if cross_voice else documents(labels, split)
    if start:
        start(len(audited))
    all_outcomes = run_documents(root, audited, workers, progress)
    audit_seconds = time.perf_counter() - started
    kept = [i for i, d in enumerate(audited) if split is None or d["split"] == split]
    docs = [audited[i] for i in kept]
    outcomes = [all_outcomes[i] for i in kept]
    report = {
        "corpus": str(root),
        "split": split or "all",
        "documents": len(docs),
        "errors": sum(1 for o in outcomes if o.error),
        "requirements": requirement_scores(docs, outcomes),
        "rationale": rationale_scores(docs, outcomes),
        "copies": copy_scores(labels, docs, outcomes),
        "series": series_scores(labels, docs, outcomes),
        "extraction": extraction_scores(docs, outcomes),
        "voices": voice_scores(docs, outcomes),
        "checks_below": checks_below(docs, outcomes),
        "seconds": {"audit": round(audit_seconds, 1), "total": round(time.perf_counter() - started, 1)},
    }
    if cross_voice:
        from corpus.evaluation.cross_voice import cross_voice_report

        report["cross_voice"] = cross_voice_report(audited, all_outcomes)
    return report


def iter_rows(report: Mapping[str, Any]) -> Iterable[tuple[str, ...]]:
    for req, row in report["requirements"]["per_requirement"].items():
        gap = row["gap"]
        yield (
            req,
            str(row["support"]),
            str(row["assessed"]),
            _fmt(gap["precision"]),
            _fmt(gap["recall"]),
            _fmt(gap["f1"]),
            _fmt(row["state_macro_f1"]),
            _fmt(row.get("state_accuracy")),
        )


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"
