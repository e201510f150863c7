"""Names of real people found in the public documents of ``../shared/data``.

Used to keep them out of the generated corpus: ``corpus/world/blocked_names.txt``
holds their hashes (so the names themselves are not copied into the package),
and a corpus test checks that no generated text contains any of them.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

_SLUG_RE = re.compile(r"/([a-z'-]+?)-(?:prevention-of-future-deaths?|pfd|regulation-28)", re.IGNORECASE)
_DEATH_OF_RE = re.compile(r"death of (?:the late )?((?:[A-Z][a-z'’-]+ ){1,3}[A-Z][a-zA-Z'’-]+)")
_CAPS_PAIR_RE = re.compile(r"^[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)+$")


def _pairs(full: str) -> set[str]:
    """'Lisa Marie Bowen' -> {'lisa marie bowen', 'lisa bowen'}."""
    words = full.split()
    if len(words) < 2:
        return set()
    return {" ".join(words).lower(), f"{words[0]} {words[-1]}".lower()}


def real_person_names(data_dir: Path) -> set[str]:
    """Lower-cased full names ("first last", and "first middle last") of real people."""
    names: set[str] = set()
    csv_path = data_dir / "pfd" / "road_traffic.csv"
    if csv_path.is_file():
        with csv_path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if m := _SLUG_RE.search(row.get("url") or ""):
                    words = [w for w in m.group(1).split("-") if w]
                    if 2 <= len(words) <= 4:
                        names |= _pairs(" ".join(w.capitalize() for w in words))
                for m in _DEATH_OF_RE.finditer(row.get("investigation") or ""):
                    names |= _pairs(m.group(1))
                coroner = (row.get("coroner") or "").strip()
                if _CAPS_PAIR_RE.match(coroner):
                    names |= _pairs(coroner)
    for pdf in sorted((data_dir / "pfd" / "pdf").glob("*.pdf")):
        stem = pdf.stem.replace("_", " ")
        if _CAPS_PAIR_RE.match(stem):
            names |= _pairs(stem)
    return names


def write_blocked_names(data_dir: Path, target: Path) -> int:
    """Write the hashes of the real names to ``target``; return how many."""
    import hashlib

    names = real_person_names(data_dir)
    lines = [
        "# sha256 of lower-cased real names found in ../shared/data (corpus.real_names); never generated.",
        "# Regenerate with: make blocked-names",
        *sorted(hashlib.sha256(n.encode("utf-8")).hexdigest() for n in names),
    ]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(names)


if __name__ == "__main__":  # pragma: no cover - make blocked-names
    import sys

    from corpus.real import shared_data_dir

    data = shared_data_dir()
    if data is None:
        sys.exit("blocked-names: ../shared/data not found (set AUDITOR_SHARED_DIR)")
    count = write_blocked_names(data, Path(__file__).parent / "world" / "blocked_names.txt")
    print(f"{count} real names hashed into corpus/world/blocked_names.txt")
