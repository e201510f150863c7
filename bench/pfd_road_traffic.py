"""The whole pipeline on 539 real coroners' PFD reports (road traffic deaths).

Run from the repository root::

    .venv/bin/python bench/pfd_road_traffic.py [--csv ../shared/data/pfd/road_traffic.csv]
        [--data-only] [--limit N] [--examples 5]

How a document is composed from one CSV row (the CSV holds only some of the
form's boxes, already split out): the text reads as a Regulation 28 report
would, the boxes in the official form's order under the form's headings:

    REGULATION 28: REPORT TO PREVENT FUTURE DEATHS
    THIS REPORT IS BEING SENT TO:     one numbered line per ``receiver`` (split at ";")
    1 CORONER                         "I am <coroner>, coroner for the coroner area of <area>."
    2 CORONER'S LEGAL POWERS          the form's fixed wording        (*)
    3 INVESTIGATION and INQUEST       ``investigation``
    4 CIRCUMSTANCES OF THE DEATH      ``circumstances``
    5 CORONER'S CONCERNS              ``concerns``
    6 ACTION SHOULD BE TAKEN          the form's fixed wording        (*)
    7 YOUR RESPONSE                   the form's fixed wording, "namely by" <date> + 56 days (*)
    8 COPIES and PUBLICATION          the form's fixed wording        (*)
    9 Dated: <date>  <coroner>

Boxes marked (*) are not in the CSV; they are filled with the official
template's wording (``Template.pdf``), which every real report repeats, so
that the findings are about what the CSV holds. ``--data-only`` leaves those
boxes out instead (every report is then missing them, which measures nothing
but this composition). An empty CSV value leaves its heading with nothing
under it, as the data has it.

Every document goes through ``auditor.pipeline.Auditor.audit_bytes`` with the
configured checks; a row that raises is counted, never fatal. Prints counts of
findings by code, requirement and state, requirement states, the score
distribution and the detected kinds, with CSV row numbers (1-based, header
excluded) as examples. Never prints report text: the reports name real people.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditor.pipeline import Auditor  # noqa: E402

_STATES = ("present", "absent", "unclear", "not_applicable")
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "pfd" / "road_traffic.csv"

LEGAL_POWERS = (
    "I make this report under paragraph 7, Schedule 5, of the Coroners and Justice Act 2009\n"
    "and Regulations 28 and 29 of the Coroners (Investigations) Regulations 2013."
)
ACTION = (
    "In my opinion action should be taken to prevent future deaths and I believe you\n"
    "[AND/OR your organisation] have the power to take such action."
)
RESPONSE = (
    "You are under a duty to respond to this report within 56 days of the date of this report,\n"
    "namely by {due}. I, the coroner, may extend the period.\n"
    "Your response must contain details of action taken or proposed to be taken, setting out\n"
    "the timetable for action. Otherwise you must explain why no action is proposed."
)
COPIES = (
    "I have sent a copy of my report to the Chief Coroner and to the Interested Persons.\n"
    "I am also under a duty to send the Chief Coroner a copy of your response.\n"
    "The Chief Coroner may publish either or both in a complete or redacted or summary form."
)


def compose(row: dict[str, str], data_only: bool = False) -> str:
    """One Regulation 28 report from one CSV row (see the module docstring)."""
    value = {k: (v or "").strip() for k, v in row.items() if k is not None}
    when = _parse(value.get("date", ""))
    shown = f"{when:%d/%m/%Y}" if when else value.get("date", "")
    due = f"{when + timedelta(days=56):%d/%m/%Y}" if when else "[DATE]"
    receivers = [r.strip() for r in value.get("receiver", "").split(";") if r.strip()]
    parts = ["REGULATION 28: REPORT TO PREVENT FUTURE DEATHS", ""]
    parts += ["THIS REPORT IS BEING SENT TO:", *(f"{n}. {r}" for n, r in enumerate(receivers, 1)), ""]
    parts += [
        "1 CORONER",
        f"I am {value.get('coroner', '')}, coroner for the coroner area of {value.get('area', '')}.",
        "",
    ]
    if not data_only:
        parts += ["2 CORONER'S LEGAL POWERS", LEGAL_POWERS, ""]
    parts += ["3 INVESTIGATION and INQUEST", value.get("investigation", ""), ""]
    parts += ["4 CIRCUMSTANCES OF THE DEATH", value.get("circumstances", ""), ""]
    parts += ["5 CORONER'S CONCERNS", value.get("concerns", ""), ""]
    if not data_only:
        parts += ["6 ACTION SHOULD BE TAKEN", ACTION, ""]
        parts += ["7 YOUR RESPONSE", RESPONSE.format(due=due), ""]
        parts += ["8 COPIES and PUBLICATION", COPIES, ""]
    parts += [f"9 Dated: {shown}  {value.get('coroner', '')}".rstrip(), ""]
    return "\n".join(parts)


def _parse(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--data-only", action="store_true", help="leave out the boxes the CSV lacks")
    parser.add_argument("--limit", type=int, default=0, help="only the first N rows")
    parser.add_argument("--examples", type=int, default=5, help="row numbers shown per count")
    args = parser.parse_args()

    with args.csv.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if args.limit:
        rows = rows[: args.limit]
    auditor = Auditor()

    kinds: Counter[str] = Counter()
    by_code: Counter[tuple[str, str, str]] = Counter()
    docs_by_code: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    states: Counter[tuple[str, str]] = Counter()
    scores: list[float] = []
    errors: Counter[str] = Counter()
    error_rows: list[int] = []
    for n, row in enumerate(rows, start=1):
        try:
            result = auditor.audit_bytes(compose(row, args.data_only).encode("utf-8"), f"row-{n}.txt")
        except Exception as exc:  # a bench run must never stop on one row
            errors[type(exc).__name__] += 1
            error_rows.append(n)
            continue
        if result.audit is None or result.document is None:
            errors[type(result.error).__name__ if result.error else "no audit"] += 1
            error_rows.append(n)
            continue
        kinds[str(result.document.kind)] += 1
        if result.audit.score is not None:
            scores.append(result.audit.score)
        for req, req_state in result.audit.requirement_states.items():
            states[(req, str(req_state))] += 1
        seen: set[tuple[str, str, str]] = set()
        for f in result.audit.findings:
            key = (f.code, f.requirement, str(f.state))
            by_code[key] += 1
            if key not in seen:
                seen.add(key)
                docs_by_code[key].append(n)

    print(f"rows: {len(rows)}  audited: {len(scores)}  errors: {sum(errors.values())}")
    for name, count in errors.most_common():
        print(f"  error {name}: {count} (rows {_rows(error_rows, args.examples)})")
    print("detected kinds: " + ", ".join(f"{k}={v}" for k, v in kinds.most_common()))
    print("\nfindings by code / requirement / state (findings, documents, example rows):")
    for key, count in by_code.most_common():
        code, req, shown_state = key
        print(f"  {code:7} {req:22} {shown_state:9} {count:5} {len(docs_by_code[key]):5}  "
              f"rows {_rows(docs_by_code[key], args.examples)}")  # fmt: skip
    print("\nrequirement states (documents):")
    for req in sorted({r for r, _ in states}):
        cells = ", ".join(f"{s}={states[(req, s)]}" for s in _STATES)
        print(f"  {req:22} {cells}")
    print("\nscore distribution:")
    bands = Counter(min(int(s // 10) * 10, 90) if s < 100 else 100 for s in scores)
    for band in sorted(bands):
        label = "100" if band == 100 else f"{band}-{band + 9}"
        print(f"  {label:>6}: {bands[band]:4} {'#' * (bands[band] * 60 // max(len(scores), 1))}")
    if scores:
        ordered = sorted(scores)
        print(f"  min {ordered[0]:.1f}  median {ordered[len(ordered) // 2]:.1f}  mean "
              f"{sum(ordered) / len(ordered):.1f}  max {ordered[-1]:.1f}")  # fmt: skip
    return 0


def _rows(rows: list[int], k: int) -> str:
    shown = ", ".join(str(r) for r in rows[:k])
    return shown + (", ..." if len(rows) > k else "")


if __name__ == "__main__":
    raise SystemExit(main())
