"""Fictional people and officers, drawn from the name pools and places.

Every person gets a unique index; their mobile number derives from it, so
phone numbers never collide by accident. Full names are checked against a
list of hashed real names (``blocked_names.txt``) so no real person from the
project's public data is ever reproduced.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from corpus.world import phones
from corpus.world.names import NICKNAMES, POOLS, NamePool
from corpus.world.places import BOROUGHS, DWELLINGS, Borough

ETHNICITY_BY_BACKGROUND_HINT: tuple[tuple[str, str], ...] = (
    ("english", "White British"),
    ("scottish", "White British"),
    ("welsh", "White British"),
    ("irish", "White Irish"),
    ("traveller", "White Gypsy or Irish Traveller"),
    ("jamaican", "Black Caribbean"),
    ("caribbean", "Black Caribbean"),
    ("nigerian", "Black African"),
    ("ghanaian", "Black African"),
    ("somali", "Black African"),
    ("eritrean", "Black African"),
    ("ethiopian", "Black African"),
    ("indian", "Asian Indian"),
    ("punjabi", "Asian Indian"),
    ("gujarati", "Asian Indian"),
    ("tamil", "Asian Other"),
    ("pakistani", "Asian Pakistani"),
    ("bangladeshi", "Asian Bangladeshi"),
    ("sri_lankan", "Asian Other"),
    ("nepali", "Asian Other"),
    ("chinese", "Chinese"),
    ("vietnamese", "Asian Other"),
    ("filipino", "Asian Other"),
    ("japanese", "Asian Other"),
    ("korean", "Asian Other"),
    ("turkish", "White Other"),
    ("kurdish", "Other ethnic group"),
    ("greek", "White Other"),
    ("iranian", "Other ethnic group"),
    ("arab", "Arab"),
    ("afghan", "Asian Other"),
    ("brazilian", "Other ethnic group"),
    ("colombian", "Other ethnic group"),
)

SEXUAL_ORIENTATIONS = ("heterosexual", "gay", "bisexual", "lesbian")
RELIGIONS = ("Christian", "Muslim", "Hindu", "Sikh", "Jewish", "Buddhist", "no religion")
DISABILITIES = (
    "visual impairment",
    "learning disability",
    "mobility impairment",
    "mental ill health",
    "deaf",
)


@dataclass(frozen=True, slots=True)
class Address:
    line: str  # "Flat 3, 12 Ripple Road"
    street: str
    borough: str
    postcode: str

    @property
    def full(self) -> str:
        return f"{self.line}, {self.borough}, {self.postcode}"


@dataclass(frozen=True, slots=True)
class Person:
    index: int
    first: str
    last: str
    sex: str  # male | female
    background: str
    born: date
    address: Address
    ethnicity: str
    religion: str | None = None
    sexual_orientation: str | None = None
    disability: str | None = None
    nickname: str | None = None
    phone: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def age_on(self, when: date) -> int:
        years = when.year - self.born.year
        return years - ((when.month, when.day) < (self.born.month, self.born.day))


@dataclass(frozen=True, slots=True)
class Officer:
    first: str
    last: str
    rank: str  # PC DC PS DS Insp DI DCI
    collar: str  # shoulder or warrant number, e.g. 1234EA
    acting: bool = False
    flo_trained: bool = True

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def shown_rank(self) -> str:
        """The rank as written with its acting status: ``A/PS``, ``T/DI``."""
        return f"A/{self.rank}" if self.acting else self.rank


@lru_cache(maxsize=1)
def blocked_name_hashes() -> frozenset[str]:
    text = resources.files("corpus.world").joinpath("blocked_names.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def name_hash(full_name: str) -> str:
    return hashlib.sha256(" ".join(full_name.lower().split()).encode("utf-8")).hexdigest()


def is_blocked(full_name: str) -> bool:
    return name_hash(full_name) in blocked_name_hashes()


def _pool(rng: random.Random) -> NamePool:
    return rng.choices(POOLS, weights=[p.weight for p in POOLS])[0]


def _ethnicity(background: str) -> str:
    for hint, label in ETHNICITY_BY_BACKGROUND_HINT:
        if hint in background:
            return label
    return "White Other"


def pick_name(rng: random.Random, sex: str, pool: NamePool | None = None) -> tuple[str, str, str]:
    """(first, last, background), never a blocked real name."""
    while True:
        chosen = pool or _pool(rng)
        first = rng.choice(chosen.male if sex == "male" else chosen.female)
        last = rng.choice(chosen.surnames)
        if not is_blocked(f"{first} {last}"):
            return first, last, chosen.background


def postcode(rng: random.Random, borough: Borough) -> str:
    district = rng.choice(borough.postcode_districts)
    inward = f"{rng.randrange(1, 10)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    return f"{district} {inward}"


def address(rng: random.Random, borough: Borough | None = None) -> Address:
    borough = borough or rng.choice(BOROUGHS)
    street = rng.choice(borough.streets)
    template = rng.choice(DWELLINGS)
    values = {
        "n": rng.randrange(1, 120),
        "n2": rng.randrange(1, 40),
        "street": street,
        "block": rng.choice(borough.estates).split()[0],
        "hostel": street.split()[0],
    }
    return Address(template.format(**values), street, borough.name, postcode(rng, borough))


def person(
    rng: random.Random,
    index: int,
    *,
    sex: str | None = None,
    age: int | None = None,
    on: date,
    borough: Borough | None = None,
    pool: NamePool | None = None,
    last: str | None = None,
) -> Person:
    sex = sex or rng.choice(("male", "female"))
    first, surname, background = pick_name(rng, sex, pool)
    if last is not None:
        surname = last
        while is_blocked(f"{first} {surname}"):  # a family name joined to a new first name
            first = pick_name(rng, sex, pool)[0]
    age = age if age is not None else rng.randrange(18, 90)
    born = on - timedelta(days=age * 365 + rng.randrange(0, 360))
    orientation = rng.choices(SEXUAL_ORIENTATIONS, weights=(80, 12, 5, 3))[0]
    if orientation == "lesbian" and sex == "male":
        orientation = "gay"
    if orientation == "gay" and sex == "female" and rng.random() < 0.5:
        orientation = "lesbian"
    nick = rng.choice(NICKNAMES[first]) if first in NICKNAMES and rng.random() < 0.3 else None
    return Person(
        index=index,
        first=first,
        last=surname,
        sex=sex,
        background=background,
        born=born,
        address=address(rng, borough),
        ethnicity=_ethnicity(background),
        religion=rng.choice(RELIGIONS) if rng.random() < 0.6 else None,
        sexual_orientation=orientation if rng.random() < 0.7 else None,
        disability=rng.choice(DISABILITIES) if rng.random() < 0.12 else None,
        nickname=nick,
        phone=phones.mobile(index),
    )


def officer(rng: random.Random, rank: str, bcu_code: str, *, acting_rate: float = 0.0) -> Officer:
    sex = rng.choice(("male", "female"))
    first, last, _ = pick_name(rng, sex)
    if rank in ("PC", "PS"):
        collar = f"{rng.randrange(100, 7000)}{bcu_code}"
    else:
        collar = f"{rng.randrange(100000, 999999)}"
    return Officer(first, last, rank, collar, acting=rng.random() < acting_rate, flo_trained=True)
