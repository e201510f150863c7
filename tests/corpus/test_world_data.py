"""Consistency of the static world data in ``corpus.world``."""

from __future__ import annotations

import re
import string
from collections import Counter

import pytest

from corpus.world import names, places, substances
from corpus.world.names import NICKNAMES, POOLS, STREET_ALIASES_FOR_PEOPLE
from corpus.world.places import (
    BCU_CODES,
    BCUS,
    BOROUGHS,
    CORONIAL_DISTRICTS,
    DWELLING_FIELDS,
    DWELLINGS,
    OPEN_SPACE_KINDS,
    OPEN_SPACES,
    borough,
    open_spaces_in,
)
from corpus.world.substances import (
    CAUSES_NATURAL,
    MEDICAL_HISTORY,
    PRESCRIBED_MEDICATION,
    ROUTES,
    SUBSTANCES,
)

POSTCODE_DISTRICT = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?$")
# Tuples whose items are phrases or templates and may contain commas.
FREE_TEXT = {"DWELLINGS", "MEDICAL_HISTORY", "CAUSES_NATURAL"}


def _dupes(items: tuple[str, ...]) -> list[str]:
    return [item for item, count in Counter(items).items() if count > 1]


def _all_tuples() -> list[tuple[str, tuple[str, ...]]]:
    """Every tuple of strings in the world data, labelled for failure messages."""
    found: list[tuple[str, tuple[str, ...]]] = [
        ("BCUS", BCUS),
        ("CORONIAL_DISTRICTS", CORONIAL_DISTRICTS),
        ("OPEN_SPACE_KINDS", OPEN_SPACE_KINDS),
        ("DWELLINGS", DWELLINGS),
        ("STREET_ALIASES_FOR_PEOPLE", STREET_ALIASES_FOR_PEOPLE),
        ("PRESCRIBED_MEDICATION", PRESCRIBED_MEDICATION),
        ("MEDICAL_HISTORY", MEDICAL_HISTORY),
        ("CAUSES_NATURAL", CAUSES_NATURAL),
        ("ROUTES", ROUTES),
        ("backgrounds", tuple(p.background for p in POOLS)),
        ("borough names", tuple(b.name for b in BOROUGHS)),
        ("substance names", tuple(s.name for s in SUBSTANCES)),
        ("open spaces", tuple(f"{s.borough}/{s.name}" for s in OPEN_SPACES)),
    ]
    for pool in POOLS:
        found += [(f"{pool.background}.{f}", getattr(pool, f)) for f in ("male", "female", "surnames")]
    for b in BOROUGHS:
        fields = ("postcode_districts", "streets", "estates", "stations")
        found += [(f"{b.name}.{f}", getattr(b, f)) for f in fields]
    for s in OPEN_SPACES:
        found += [(f"{s.name}.bounding_streets", s.bounding_streets), (f"{s.name}.aliases", s.aliases)]
    for sub in SUBSTANCES:
        found.append((f"{sub.name}.street_names", sub.street_names))
    found += [(f"NICKNAMES[{k}]", v) for k, v in NICKNAMES.items()]
    return found


@pytest.mark.parametrize(("label", "items"), _all_tuples(), ids=lambda x: x if isinstance(x, str) else "")
def test_no_duplicates_and_clean_strings(label: str, items: tuple[str, ...]) -> None:
    assert items, f"{label} is empty"
    assert not _dupes(items), f"{label} has duplicates: {_dupes(items)}"
    for item in items:
        assert item == item.strip() and item, f"{label}: bad item {item!r}"
        assert "  " not in item, f"{label}: bad item {item!r}"
        if label not in FREE_TEXT:
            assert "," not in item, f"{label}: bad item {item!r}"


def test_counts() -> None:
    assert len(POOLS) >= 30
    assert len(BOROUGHS) == 32
    assert len(BCUS) == 12
    assert len(CORONIAL_DISTRICTS) == 7
    assert len(OPEN_SPACES) >= 96
    assert len(SUBSTANCES) >= 14
    assert len(PRESCRIBED_MEDICATION) >= 15
    assert len(MEDICAL_HISTORY) >= 25
    assert len(CAUSES_NATURAL) >= 15
    assert len(NICKNAMES) >= 60
    assert len(STREET_ALIASES_FOR_PEOPLE) >= 20


def test_name_pools_meet_minimum_sizes() -> None:
    for pool in POOLS:
        assert re.fullmatch(r"[a-z_]+", pool.background), pool.background
        assert len(pool.male) >= 20, pool.background
        assert len(pool.female) >= 20, pool.background
        assert len(pool.surnames) >= 30, pool.background
        assert pool.weight > 0, pool.background


def test_nickname_keys_are_given_names() -> None:
    given = {n for pool in POOLS for n in (*pool.male, *pool.female)}
    missing = sorted(set(NICKNAMES) - given)
    assert not missing, missing
    for key, short in NICKNAMES.items():
        assert key not in short, key


def test_boroughs_have_valid_bcu_and_district() -> None:
    for b in BOROUGHS:
        assert b.bcu in BCUS, b.name
        assert b.coroner_district in CORONIAL_DISTRICTS, b.name
        assert b.bcu_code == BCU_CODES[b.bcu], b.name
        assert re.fullmatch(r"[A-Z]{2}", b.bcu_code), b.name
    assert {b.bcu for b in BOROUGHS} == set(BCUS)
    assert {b.coroner_district for b in BOROUGHS} == set(CORONIAL_DISTRICTS)
    assert set(BCU_CODES) == set(BCUS)
    assert len(set(BCU_CODES.values())) == len(BCUS)


def test_known_groupings() -> None:
    """Spot checks of the real BCU and coroner-area groupings."""
    assert {b.name for b in BOROUGHS if b.bcu == "East Area"} == {
        "Barking and Dagenham",
        "Havering",
        "Redbridge",
    }
    assert {b.name for b in BOROUGHS if b.bcu == "South West"} == {
        "Kingston upon Thames",
        "Merton",
        "Richmond upon Thames",
        "Wandsworth",
    }
    assert {b.name for b in BOROUGHS if b.coroner_district == "Inner South London"} == {
        "Greenwich",
        "Lambeth",
        "Lewisham",
        "Southwark",
    }
    assert borough("Kingston upon Thames").coroner_district == "West London"
    assert borough("Barking and Dagenham").bcu_code == "EA"


def test_borough_minimums_and_postcodes() -> None:
    for b in BOROUGHS:
        assert len(b.streets) >= 15, b.name
        assert len(b.estates) >= 2, b.name
        assert len(b.stations) >= 2, b.name
        assert b.postcode_districts, b.name
        for district in b.postcode_districts:
            assert POSTCODE_DISTRICT.match(district), (b.name, district)


def test_estate_first_words_make_block_names() -> None:
    """``people.address`` uses an estate's first word as a block name."""
    for b in BOROUGHS:
        for estate in b.estates:
            first = estate.split()[0]
            assert first not in {"The", "North", "South", "East", "West", "St", "High"}, (b.name, estate)


def test_open_spaces() -> None:
    for space in OPEN_SPACES:
        home = borough(space.borough)
        assert space.kind in OPEN_SPACE_KINDS, space.name
        assert len(space.bounding_streets) >= 2, space.name
        assert len(space.aliases) >= 2, space.name
        missing = [s for s in space.bounding_streets if s not in home.streets]
        assert not missing, (space.name, missing)
        assert space.station_nearby is None or space.station_nearby in home.stations, space.name
        assert space.name not in space.aliases, space.name
    for b in BOROUGHS:
        assert len(open_spaces_in(b.name)) >= 3, b.name
    assert open_spaces_in("Atlantis") == ()


def test_borough_lookup() -> None:
    assert borough("Lambeth").name == "Lambeth"
    with pytest.raises(KeyError):
        borough("City of London")


def test_dwelling_templates_use_only_documented_fields() -> None:
    values = {"n": 3, "n2": 12, "street": "Ripple Road", "block": "Gascoigne", "hostel": "Ripple"}
    assert set(values) == set(DWELLING_FIELDS)
    for template in DWELLINGS:
        used = {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}
        assert used and used <= set(DWELLING_FIELDS), template
        assert template.format(**values)


def test_substances() -> None:
    for sub in SUBSTANCES:
        assert sub.route in ROUTES, sub.name
        assert sub.street_names, sub.name
        assert sub.container, sub.name
    chemsex = {s.name for s in SUBSTANCES if s.chemsex}
    assert chemsex == {"GHB", "GBL", "mephedrone", "crystal methamphetamine"}
    assert next(s for s in SUBSTANCES if s.chemsex).name == "GHB"


def test_modules_have_docstrings() -> None:
    for module in (names, places, substances):
        assert module.__doc__
