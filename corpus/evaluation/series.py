"""Series detection measures, and a naive linker to measure until the real one lands.

The naive linker joins two deaths when they share a phone number anywhere in
their text, the same finder or informant name, or the same location field,
exactly as written. It is the peer the linkage issue must beat, not a product
feature.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from corpus.evaluation.metrics import PRF

_PHONE_RE = re.compile(r"(?:\+44\s?(?:\(0\))?|0)7\d{3}[\s-]?\d{3}[\s-]?\d{3}")


def phones_in(text: str) -> set[str]:
    return {"0" + re.sub(r"\D", "", m.group())[-10:] for m in _PHONE_RE.finditer(text)}


@dataclass(frozen=True, slots=True)
class DeathRecord:
    case_id: str
    text: str
    fields: Mapping[str, str]


def naive_links(records: Sequence[DeathRecord]) -> set[tuple[str, str]]:
    keys: defaultdict[str, set[str]] = defaultdict(set)
    for r in records:
        for phone in phones_in(r.text):
            keys["phone:" + phone].add(r.case_id)
        for name in ("found_by", "reported_by", "location_found"):
            value = r.fields.get(name, "").strip().casefold()
            if len(value) > 4:
                keys[f"{name}:{value.split(' (')[0]}"].add(r.case_id)
    pairs: set[tuple[str, str]] = set()
    for members in keys.values():
        if 2 <= len(members) <= 10:
            pairs |= {tuple(sorted(p)) for p in combinations(sorted(members), 2)}  # type: ignore[misc]
    return pairs


def components(pairs: Iterable[tuple[str, str]]) -> list[set[str]]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    groups: defaultdict[str, set[str]] = defaultdict(set)
    for x in parent:
        groups[find(x)].add(x)
    return [g for g in groups.values() if len(g) > 1]


@dataclass(frozen=True, slots=True)
class SeriesScores:
    pairs: PRF
    members_found: int
    members: int
    series_found: int
    series: int
    false_links_per_100: float | None

    def as_json(self) -> dict[str, object]:
        return {
            "pairs": self.pairs.as_json(),
            "member_recall": round(self.members_found / self.members, 4) if self.members else None,
            "members_found": self.members_found,
            "members": self.members,
            "series_found": self.series_found,
            "series": self.series,
            "false_links_per_100_unrelated": None
            if self.false_links_per_100 is None
            else round(self.false_links_per_100, 2),
        }


def score_series(
    truth: Sequence[Sequence[str]], predicted: set[tuple[str, str]], deaths: set[str]
) -> SeriesScores:
    """Pair precision/recall, planted members found (linked to another member), false links per 100 deaths."""
    true_pairs = {tuple(sorted(p)) for s in truth for p in combinations(s, 2)}
    predicted = {p for p in predicted if p[0] in deaths and p[1] in deaths}
    tp = len(true_pairs & predicted)
    prf = PRF(tp, len(predicted - true_pairs), len(true_pairs - predicted))
    linked: defaultdict[str, set[str]] = defaultdict(set)
    for a, b in predicted & true_pairs:
        linked[a].add(b)
        linked[b].add(a)
    members = [m for s in truth for m in s]
    found = sum(1 for m in members if linked[m])
    series_found = sum(1 for s in truth if sum(1 for m in s if linked[m]) >= 2)
    in_series = set(members)
    unrelated = deaths - in_series
    false = len(predicted - true_pairs)
    per_100 = 100 * false / len(unrelated) if unrelated else None
    return SeriesScores(prf, found, len(members), series_found, len(truth), per_100)
