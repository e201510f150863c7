"""Canonical field names and the many ways authors write their labels.

Other code depends on the canonical names; add aliases freely, rename nothing.
Aliases are compared after ``normalise_label`` (lower case, dots and
apostrophes dropped, other punctuation turned into spaces).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from auditor.document import DocKind

CANONICAL_ALIASES: dict[str, tuple[str, ...]] = {
    "deceased_name": (
        "name of deceased",
        "deceased name",
        "deceaseds name",
        "deceased",
        "full name",
        "full name of deceased",
        "name of the deceased",
        "deceased full name",
        "subject",
        "subject name",
        "name deceased",
        "deceased person",
        "identity of deceased",
    ),
    "date_of_birth": ("dob", "date of birth", "d o b", "birth date", "born", "deceased dob", "deceaseds dob"),
    "age": ("age", "age of deceased", "deceaseds age", "age at death"),
    "deceased_address": (
        "home address",
        "address of deceased",
        "deceased address",
        "deceaseds address",
        "home addr",
        "address of the deceased",
        "usual address",
        "usual residence",
        "residential address",
        "home address of deceased",
    ),
    "date_found": ("date found", "date of discovery", "date body found", "found on", "date deceased found"),
    "time_found": (
        "time found",
        "time of discovery",
        "time body found",
        "found at time",
        "time deceased found",
    ),
    "datetime_found": (
        "date time found",
        "date and time found",
        "time and date found",
        "time date found",
        "date time of discovery",
        "date and time of discovery",
        "when found",
        "dtg found",
        "date time body found",
    ),
    "location_found": (
        "location",
        "place found",
        "exact location",
        "location found",
        "location of body",
        "location of deceased",
        "place of discovery",
        "where found",
        "location of death",
        "place of death",
        "scene location",
        "scene address",
        "address found",
        "address where found",
        "exact location found",
        "scene",
        "venue",
        "locus",
    ),
    "found_by": (
        "found by",
        "person who found",
        "person who found deceased",
        "discovered by",
        "finder",
        "found by whom",
    ),
    "reported_by": (
        "informant",
        "reported by",
        "informant name",
        "name of informant",
        "person reporting",
        "reporting person",
        "caller",
        "informant details",
        "reported by whom",
        "rp",
    ),
    "informant_phone": (
        "informant phone",
        "informant tel",
        "informant telephone",
        "informant contact number",
        "informant number",
        "caller number",
        "caller tel",
        "rp tel",
        "rp phone",
        "contact number",
        "tel no",
    ),
    "attending_officers": (
        "officers attending",
        "attending officers",
        "attending officer",
        "officer attending",
        "officers present",
        "officers at scene",
        "officers on scene",
        "attending",
        "units attending",
        "attended by",
    ),
    "last_seen_alive": (
        "last seen",
        "last seen alive",
        "last known alive",
        "date last seen",
        "last seen by",
        "last contact",
        "last known contact",
        "last seen alive by",
        "when last seen",
        "date time last seen",
        "last seen date time",
    ),
    "date_of_death": ("date of death", "dod", "date died", "death date"),
    "time_of_death": ("time of death", "tod", "time died", "time of death estimated"),
    "ple": (
        "ple",
        "life pronounced extinct",
        "life pronounced extinct by",
        "life extinct",
        "pronounced extinct",
        "ple by",
        "ple time",
        "time ple",
        "life pronounced extinct at",
        "pronounced dead",
        "pronounced dead by",
    ),
    "categorisation": (
        "category",
        "categorisation",
        "categorization",
        "category of death",
        "death category",
        "death categorisation",
        "categorisation of death",
        "classification",
        "category agreed",
        "categorisation agreed",
    ),
    "nok": (
        "nok",
        "next of kin",
        "n o k",
        "nok details",
        "next of kin details",
        "nok name",
        "name of nok",
        "next of kin name",
    ),
    "nok_informed": (
        "nok informed",
        "next of kin informed",
        "nok notified",
        "next of kin notified",
        "nok informed by",
        "death message",
        "death message delivered",
        "death message passed",
        "nok informed date time",
        "nok aware",
        "informed nok",
    ),
    "cris_ref": (
        "cris",
        "cris no",
        "cris ref",
        "cris number",
        "cris reference",
        "crime ref",
        "crime reference",
        "crime no",
        "crime number",
        "cris ref no",
        "occurrence number",
        "occurrence no",
        "occurrence ref",
    ),
    "cad_ref": ("cad", "cad no", "cad ref", "cad number", "cad reference", "cad ref no", "chs", "cad chs"),
    "merlin_ref": ("merlin", "merlin ref", "merlin no", "merlin number", "merlin reference", "merlin ref no"),
    "case_ref": (
        "police reference",
        "police ref",
        "case ref",
        "case reference",
        "case no",
        "case number",
        "reference",
        "ref",
        "our ref",
        "ref no",
        "case tracking number",
        "urn",
    ),
    "officer_in_case": (
        "oic",
        "officer in case",
        "officer in the case",
        "reporting officer",
        "investigating officer",
        "io",
        "officer reporting",
        "author",
        "completed by",
        "report completed by",
        "officer completing",
        "submitted by",
        "officer",
    ),
    "supervisor": (
        "supervisor",
        "supervising officer",
        "supervisor name",
        "supervised by",
        "duty inspector",
        "duty officer",
        "reviewing officer",
        "reviewed by",
        "supervisor signature",
        "supervising sergeant",
        "sergeant",
        "checked by",
    ),
    "rank": ("rank",),
    "collar": (
        "collar",
        "collar no",
        "collar number",
        "warrant no",
        "warrant number",
        "shoulder no",
        "shoulder number",
        "pay no",
        "pay number",
    ),
    "gender": ("gender", "sex", "gender of deceased"),
    "ethnicity": (
        "ethnicity",
        "ethnic origin",
        "ethnic appearance",
        "race",
        "race or ethnicity",
        "ethnic code",
        "ic code",
        "self defined ethnicity",
        "sde",
    ),
    "cause_of_death": (
        "cause of death",
        "cause",
        "medical cause of death",
        "suspected cause of death",
        "cod",
        "presumed cause of death",
    ),
    "coroner": (
        "coroner",
        "coroners officer",
        "coroner informed",
        "coroners office",
        "hm coroner",
        "coroner area",
        "coroner notified",
    ),
    "flo_name": (
        "flo",
        "flo name",
        "family liaison officer",
        "flo deployed",
        "name of flo",
        "flos",
        "family liaison officers",
    ),
    "sio": ("sio", "senior investigating officer", "sio name"),
    "bcu": ("bcu", "basic command unit", "command unit", "ocu"),
    "borough": ("borough", "boro", "london borough", "ward", "borough bcu", "borough and bcu"),
    "coronial_district": (
        "coronial district",
        "coronial area",
        "coroners district",
        "coroners area",
        "coroner district",
        "jurisdiction",
    ),
    "report_date": (
        "report date",
        "date of report",
        "date",
        "date of this report",
        "date completed",
        "date submitted",
        "submitted",
        "date reported",
        "report dated",
        "dated",
        "date of entry",
        "date created",
    ),
}

# Labels whose meaning depends on the kind of record.
KIND_ALIASES: dict[DocKind, dict[str, str]] = {
    DocKind.DEATH_REPORT: {
        "name": "deceased_name",
        "surname": "deceased_name",
        "address": "deceased_address",
        "date of incident": "date_found",
        "time of incident": "time_found",
        "date time of incident": "datetime_found",
        "incident date": "date_found",
        "incident time": "time_found",
    },
    DocKind.FLO_LOG: {"name": "flo_name", "officer": "flo_name", "family liaison officer name": "flo_name"},
}

_NORMALISE_DROP = re.compile(r"[.'’‘`]")
_NORMALISE_SPACE = re.compile(r"[^0-9a-z]+")


def normalise_label(label: str) -> str:
    """``"D.O.B."`` -> ``"dob"``; ``"Date/time found"`` -> ``"date time found"``."""
    lowered = _NORMALISE_DROP.sub("", label.casefold())
    return _NORMALISE_SPACE.sub(" ", lowered).strip()


ALIAS_TO_NAME: dict[str, str] = {
    normalise_label(alias): name for name, aliases in CANONICAL_ALIASES.items() for alias in aliases
}
for _name in CANONICAL_ALIASES:
    ALIAS_TO_NAME.setdefault(normalise_label(_name.replace("_", " ")), _name)

_FUZZY_CHOICES = tuple(a for a in ALIAS_TO_NAME if len(a) >= 8)


def snake_case(label: str) -> str:
    return normalise_label(label).replace(" ", "_") or "field"


@lru_cache(maxsize=4096)
def _fuzzy(norm: str) -> str | None:
    """Typo-tolerant lookup (``Nmae of deceased``) for longer labels only."""
    if len(norm) < 8:
        return None
    hit = process.extractOne(norm, _FUZZY_CHOICES, scorer=fuzz.ratio, score_cutoff=88)
    return ALIAS_TO_NAME[hit[0]] if hit is not None else None


def canonical_name(label: str, kind: DocKind = DocKind.UNKNOWN, *, fuzzy: bool = True) -> str | None:
    """The canonical name for a label as written, or None when it is not a known field.
    ``fuzzy`` also accepts near misses of longer aliases (typos)."""
    norm = normalise_label(label)
    if not norm:
        return None
    by_kind = KIND_ALIASES.get(kind)
    if by_kind and norm in by_kind:
        return by_kind[norm]
    found = ALIAS_TO_NAME.get(norm)
    if found is None and fuzzy:
        found = _fuzzy(norm)
    return found


def field_name(label: str, kind: DocKind = DocKind.UNKNOWN) -> str:
    """Canonical name, else the label in snake_case."""
    return canonical_name(label, kind) or snake_case(label)


def is_known_label(label: str, kind: DocKind = DocKind.UNKNOWN) -> bool:
    return canonical_name(label, kind) is not None
