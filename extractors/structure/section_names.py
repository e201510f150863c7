"""Canonical section names per kind of record, from headings as written.

A heading is matched first against exact aliases, then against keyword rules
(``"THRIVE+ risk"`` -> ``risk_assessment``); anything else is ``other``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from auditor.document import DocKind
from extractors.structure.field_names import normalise_label

_DEATH_REPORT: dict[str, tuple[str, ...]] = {
    "circumstances": (
        "circumstances",
        "circumstances of death",
        "circumstances of the death",
        "summary",
        "summary of circumstances",
        "brief circumstances",
        "narrative",
        "account",
        "details of incident",
        "incident details",
        "background",
        "history",
        "synopsis",
        "what happened",
    ),
    "deceased_details": (
        "deceased details",
        "details of deceased",
        "details of the deceased",
        "deceased",
        "the deceased",
        "deceased information",
        "personal details",
        "identity",
        "subject details",
    ),
    "scene": (
        "scene",
        "scene details",
        "scene actions",
        "scene assessment",
        "scene log",
        "the scene",
        "search",
        "search of premises",
        "premises",
    ),
    "next_of_kin": (
        "next of kin",
        "nok",
        "nok details",
        "family",
        "family details",
        "next of kin details",
        "death message",
    ),
    "risk_assessment": ("risk assessment", "thrive", "thrive+", "thrive assessment", "risk", "thrive plus"),
    "intelligence_checks": (
        "intelligence checks",
        "intelligence",
        "intel checks",
        "intel",
        "checks",
        "research",
        "police systems checks",
        "systems checks",
    ),
    "witnesses": (
        "witnesses",
        "witness",
        "statements",
        "witness statements",
        "witness details",
        "informants",
    ),
    "actions": (
        "actions",
        "actions taken",
        "action taken",
        "further action",
        "further actions",
        "outstanding actions",
        "lines of enquiry",
        "enquiries",
        "actions completed",
    ),
    "categorisation": (
        "categorisation",
        "category",
        "category of death",
        "classification",
        "categorisation rationale",
        "category rationale",
    ),
    "supervisor_review": (
        "supervisor review",
        "supervisors review",
        "supervision",
        "supervisor",
        "supervisory review",
        "supervisor comments",
        "duty inspector review",
        "duty officer review",
        "sign off",
        "supervisors comments",
        "inspectors review",
    ),
    "property": (
        "property",
        "exhibits",
        "property and exhibits",
        "property exhibits",
        "property seized",
        "seized property",
    ),
    "forensics": (
        "forensics",
        "forensic",
        "forensic strategy",
        "forensic examination",
        "post mortem",
        "pm",
        "csi",
        "crime scene",
    ),
}
_FLO: dict[str, tuple[str, ...]] = {
    "strategy": (
        "strategy",
        "family liaison strategy",
        "flo strategy",
        "liaison strategy",
        "terms of reference",
    ),
    "exit_strategy": ("exit strategy", "exit", "exit plan", "flo exit strategy", "exit form"),
    "contacts": (
        "contacts",
        "contact",
        "family contacts",
        "contact details",
        "points of contact",
        "family members",
    ),
    "risk_assessment": ("risk assessment", "risk", "deployment risk assessment", "flo risk assessment"),
    "victim_profile": ("victim profile", "initial victim profile", "profile", "victimology"),
    "log": (
        "log",
        "flo log",
        "contact log",
        "family liaison log",
        "running log",
        "log of contact",
        "log entries",
    ),
    "supervisor_review": (
        "sio review",
        "supervisor review",
        "supervision",
        "sio supervision",
        "countersigned",
        "sio countersign",
    ),
}
_CRIS: dict[str, tuple[str, ...]] = {
    "details": (
        "details",
        "crime details",
        "incident details",
        "summary",
        "allegation",
        "circumstances",
        "details of offence",
        "mo",
    ),
    "dets": ("dets", "dets pages", "running log", "investigation log", "victim contact", "log"),
    "supervisor_review": (
        "supervisor review",
        "supervisory review",
        "supervision",
        "supervisor",
        "review",
        "reviews",
    ),
    "intelligence_checks": (
        "intelligence checks",
        "intelligence",
        "intel checks",
        "intel",
        "research",
        "checks",
    ),
    "closing": (
        "closing",
        "closing entry",
        "closure",
        "close",
        "closing report",
        "closing summary",
        "final entry",
        "result",
    ),
}

# Keyword rules, tried in order when no exact alias matches.
_KEYWORDS: dict[DocKind, tuple[tuple[re.Pattern[str], str], ...]] = {
    DocKind.DEATH_REPORT: (
        (re.compile(r"\bthrive|\brisk\b"), "risk_assessment"),
        (re.compile(r"\bintel"), "intelligence_checks"),
        (re.compile(r"\bsupervis|\bsign off\b|\binspector"), "supervisor_review"),
        (re.compile(r"\bnext of kin\b|\bnok\b"), "next_of_kin"),
        (re.compile(r"\bcategor|\bclassif"), "categorisation"),
        (re.compile(r"\bwitness|\bstatement"), "witnesses"),
        (re.compile(r"\bpropert|\bexhibit"), "property"),
        (re.compile(r"\bforensic|\bpost mortem\b|\bcsi\b"), "forensics"),
        (re.compile(r"\bscene\b|\bsearch"), "scene"),
        (re.compile(r"\baction|\benquir"), "actions"),
        (re.compile(r"\bcircumstance|\bnarrative\b|\bsummary\b"), "circumstances"),
        (re.compile(r"\bdeceased\b"), "deceased_details"),
    ),
    DocKind.FLO_LOG: (
        (re.compile(r"\bexit\b"), "exit_strategy"),
        (re.compile(r"\bstrateg"), "strategy"),
        (re.compile(r"\brisk\b"), "risk_assessment"),
        (re.compile(r"\bprofile\b"), "victim_profile"),
        (re.compile(r"\bsupervis|\bcountersign|\bsio review"), "supervisor_review"),
        (re.compile(r"\blog\b"), "log"),
        (re.compile(r"\bcontact"), "contacts"),
    ),
    DocKind.CRIS_RECORD: (
        (re.compile(r"\bdets\b"), "dets"),
        (re.compile(r"\bsupervis|\breview"), "supervisor_review"),
        (re.compile(r"\bintel"), "intelligence_checks"),
        (re.compile(r"\bclos"), "closing"),
        (re.compile(r"\bdetails?\b|\bsummary\b"), "details"),
    ),
}


def _table(aliases: dict[str, tuple[str, ...]]) -> dict[str, str]:
    table = {normalise_label(a): name for name, names in aliases.items() for a in names}
    for name in aliases:
        table.setdefault(normalise_label(name.replace("_", " ")), name)
    return table


_TABLES: dict[DocKind, dict[str, str]] = {
    DocKind.DEATH_REPORT: _table(_DEATH_REPORT),
    DocKind.FLO_LOG: _table(_FLO),
    DocKind.CRIS_RECORD: _table(_CRIS),
}
# Unknown (and any other) kinds: every table, death report first.
_ANY: dict[str, str] = {}
for _kind in (DocKind.CRIS_RECORD, DocKind.FLO_LOG, DocKind.DEATH_REPORT):
    _ANY.update(_TABLES[_kind])
_ANY_KEYWORDS = _KEYWORDS[DocKind.DEATH_REPORT] + _KEYWORDS[DocKind.FLO_LOG] + _KEYWORDS[DocKind.CRIS_RECORD]

_HEADING_NOISE = re.compile(r"^(?:section|part)\s+\d+\s*|^\d+(?:\s\d+)*\s+|\s+section$")


@lru_cache(maxsize=4096)
def section_name(heading: str, kind: DocKind) -> str:
    """Canonical section name for a heading as written, or ``other``."""
    norm = _HEADING_NOISE.sub("", normalise_label(heading.replace("+", " plus "))).strip()
    norm = norm.replace(" plus", "") if norm.startswith("thrive") else norm
    table = _TABLES.get(kind, _ANY)
    if norm in table:
        return table[norm]
    for pattern, name in _KEYWORDS.get(kind, _ANY_KEYWORDS):
        if pattern.search(norm):
            return name
    return "other"


def is_section_alias(label: str) -> bool:
    """True when ``label`` is a known heading for some kind of record."""
    norm = normalise_label(label)
    return norm in _ANY


def exact_section_name(heading: str, kind: DocKind) -> str | None:
    """The canonical name only when the heading is a known alias word for word."""
    norm = _HEADING_NOISE.sub("", normalise_label(heading.replace("+", " plus "))).strip()
    norm = norm.replace(" plus", "") if norm.startswith("thrive") else norm
    return _TABLES.get(kind, _ANY).get(norm)
