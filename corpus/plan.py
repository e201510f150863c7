"""The corpus plan: every case, who and where it involves, what happened, and
which documents describe it, decided up front from one seed.

Planning is sequential and cheap; writing and rendering happen in parallel
afterwards, each document from its own seed, so the output is the same bytes
whatever the number of worker processes. Everything that ties cases together
(series of linked deaths, look-alikes, precursor incidents, cross-case copies)
is decided here, so the labels know it.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from corpus.voices import VOICE_NAMES
from corpus.world import references
from corpus.world.names import POOLS
from corpus.world.people import Address, Officer, Person, address, is_blocked, officer, person
from corpus.world.places import BOROUGHS, Borough, OpenSpace, open_spaces_in
from corpus.world.substances import MEDICAL_HISTORY, SUBSTANCES, Substance

CATEGORIES = (
    "expected",
    "unexpected_not_suspicious",
    "unexpected_under_investigation",
    "homicide",
)
POLICY_2022 = date(2022, 6, 22)  # the 2022 death investigation policy and its categories
RECOMMENDATION_4 = date(2023, 4, 27)  # duty inspector / DI sign-off of the category
FIRST_DAY = date(2020, 6, 1)
LAST_DAY = date(2025, 6, 30)

DEATH_REPORT_FORMS = ("investigation_pack", "eab_summary", "portal")
FLO_FORMS = ("paper", "electronic")
CRIS_FORMS = ("cris_printout", "dets_export", "connect_text")
SPLITS = ("train", "dev", "test")

FINDER_ROLES = ("dog walker", "neighbour", "flatmate", "friend", "relative", "landlord", "carer", "passer-by")
INCIDENT_TYPES = (
    "drug-facilitated sexual assault allegation",
    "suspicious incident: male found unconscious",
    "administering a substance with intent",
    "theft of mobile phone",
    "assault occasioning actual bodily harm",
)


@dataclass(frozen=True, slots=True)
class Place:
    borough: Borough
    kind: str  # home | open_space | other_address
    address: Address | None
    space: OpenSpace | None
    described: str  # how this case's documents name the place
    outdoors: bool


@dataclass(frozen=True, slots=True)
class Circumstances:
    manner: str  # drugs | natural | fall | hanging | drowning | unknown
    substance: Substance | None
    phone_missing: bool
    injuries: str | None
    container_found: bool
    position: str
    note_found: bool
    app_meeting: bool
    hate_indicated: bool
    domestic: bool
    medical_history: str | None

    @property
    def chemsex(self) -> bool:
        return self.substance is not None and self.substance.chemsex


@dataclass(frozen=True, slots=True)
class Timeline:
    last_seen: datetime
    call: datetime
    attended: datetime
    supervisor_attended: datetime
    ple: datetime
    nok_informed: datetime
    report_submitted: datetime
    hat_advice: datetime | None
    post_mortem: datetime | None
    flo_deployed: datetime | None
    flo_exit: datetime | None
    closed: datetime | None


@dataclass(frozen=True, slots=True)
class CopyPlan:
    """This case's ``slot`` passage is copied from case ``source`` (another case)."""

    copy_id: str
    slot: str  # rationale | supervisor | details
    source: int
    mode: str  # verbatim | edited


@dataclass(frozen=True, slots=True)
class DocPlan:
    doc_id: str
    kind: str  # death_report | flo_log | cris_record
    form: str
    voice: str
    fmt: str
    seed: int


@dataclass(frozen=True, slots=True)
class CasePlan:
    index: int
    case_id: str
    seed: int
    kind: str  # death | incident
    when: datetime  # the call
    cris_ref: str
    cad_ref: str
    merlin_ref: str
    place: Place
    deceased: Person  # for an incident: the victim
    finder: Person
    informant: Person
    last_seen_by: Person | None
    nok: Person
    nok_relationship: str
    partner: Person | None
    partner_relationship: str | None
    witnesses: tuple[Person, ...]
    officers: dict[str, Officer]
    circumstances: Circumstances
    category: str
    timeline: Timeline
    flo_deployed: bool
    quality: float  # chance each requirement is met
    split: str = "train"
    docs: tuple[DocPlan, ...] = ()
    series_id: str | None = None
    series_position: int | None = None
    lookalike_of: str | None = None
    precursor_of: str | None = None  # series id an incident precedes
    precursor_link: str | None = None  # person | place
    incident_type: str | None = None
    suspect: Person | None = None
    copies: tuple[CopyPlan, ...] = ()
    sources: tuple[str, ...] = ()  # slots that later cases copy from this one
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def record_date(self) -> date:
        return self.when.date()

    def doc(self, kind: str) -> DocPlan | None:
        return next((d for d in self.docs if d.kind == kind), None)

    def copy_for(self, slot: str) -> CopyPlan | None:
        return next((c for c in self.copies if c.slot == slot), None)


@dataclass(slots=True)
class CorpusPlan:
    seed: int
    cases: list[CasePlan]
    series: dict[str, list[int]] = field(default_factory=dict)
    lookalikes: dict[str, list[int]] = field(default_factory=dict)

    @property
    def documents(self) -> int:
        return sum(len(c.docs) for c in self.cases)


def derived_seed(*parts: object) -> int:
    """A stable 64-bit seed from any parts (Python's own hash is salted per process)."""
    digest = hashlib.blake2b(":".join(map(str, parts)).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


class _People:
    """Hands out unique person indices, so phone numbers never collide."""

    def __init__(self) -> None:
        self.next = 1

    def take(self) -> int:
        self.next += 1
        return self.next


def _moment(rng: random.Random, start: date = FIRST_DAY, end: date = LAST_DAY) -> datetime:
    day = start + timedelta(days=rng.randrange((end - start).days))
    minute = rng.choice((rng.randrange(0, 24 * 60), rng.randrange(6 * 60, 23 * 60)))
    return datetime(day.year, day.month, day.day, minute // 60, minute % 60)


def _after(rng: random.Random, moment: datetime, low: int, high: int) -> datetime:
    return moment + timedelta(minutes=rng.randrange(low, high))


def _officers(rng: random.Random, borough: Borough, quality: float) -> dict[str, Officer]:
    code = borough.bcu_code
    acting = 0.25
    out = {
        "attending": officer(rng, "PC", code),
        "second": officer(rng, "PC", code),
        "sergeant": officer(rng, "PS", code, acting_rate=acting),
        "inspector": officer(rng, "Insp", code, acting_rate=acting),
        "ds": officer(rng, "DS", code, acting_rate=acting),
        "di": officer(rng, "DI", code, acting_rate=acting),
        "dci": officer(rng, "DCI", code, acting_rate=0.1),
        "flo": officer(rng, "DC", code),
        "flo2": officer(rng, "DC", code),
        "hat": officer(rng, "DS", "HA"),
        "oic": officer(rng, "DC", code),
    }
    if rng.random() > quality:
        out["flo"] = replace(out["flo"], flo_trained=False)
    return out


def _place(rng: random.Random, borough: Borough, victim: Person, space: OpenSpace | None = None) -> Place:
    if space is None and rng.random() < 0.22:
        space = rng.choice(open_spaces_in(borough.name))
    if space is not None:
        aliases = tuple(a for a in space.aliases if len(a.split()) > 1)
        described = rng.choice(
            (space.name, *aliases, *(f"open land off {s}" for s in space.bounding_streets))
        )
        return Place(borough, "open_space", None, space, described, True)
    if rng.random() < 0.78:
        return Place(borough, "home", victim.address, None, victim.address.full, False)
    other = address(rng, borough)
    return Place(borough, "other_address", other, None, other.full, False)


def _circumstances(rng: random.Random, age: int, outdoors: bool, category: str) -> Circumstances:
    manners = ("drugs", "natural", "fall", "hanging", "drowning", "unknown")
    weights = (30, 45, 8, 7, 3, 7) if age < 60 else (8, 80, 8, 2, 1, 1)
    manner = rng.choices(manners, weights=weights)[0]
    substance = rng.choice(SUBSTANCES) if manner == "drugs" or rng.random() < 0.08 else None
    injuries = None
    if category in ("homicide", "unexpected_under_investigation") or rng.random() < 0.12:
        injuries = rng.choice(
            (
                "bruising to both upper arms",
                "a small laceration to the back of the head",
                "grazing to the knees and hands",
                "petechial haemorrhages noted by LAS",
                "bruising around the wrists",
            )
        )
    return Circumstances(
        manner=manner,
        substance=substance,
        phone_missing=rng.random() < (0.3 if outdoors else 0.1),
        injuries=injuries,
        container_found=substance is not None and rng.random() < 0.6,
        position=rng.choice(
            (
                "lying on the back",
                "slumped against a wall",
                "lying face down",
                "seated upright",
                "lying on one side",
            )
        ),
        note_found=manner == "hanging" and rng.random() < 0.5,
        app_meeting=substance is not None and substance.chemsex and rng.random() < 0.6,
        hate_indicated=rng.random() < 0.05,
        domestic=rng.random() < 0.12,
        medical_history=rng.choice(MEDICAL_HISTORY) if rng.random() < 0.7 else None,
    )


def _timeline(rng: random.Random, call: datetime, flo: bool, category: str) -> Timeline:
    attended = _after(rng, call, 8, 90)
    hat = _after(rng, attended, 30, 240) if category != "expected" and rng.random() < 0.45 else None
    pm = _after(rng, call, 60 * 24, 60 * 24 * 6) if category != "expected" and rng.random() < 0.6 else None
    deployed = _after(rng, call, 60 * 4, 60 * 24 * 3) if flo else None
    return Timeline(
        last_seen=call - timedelta(minutes=rng.randrange(60, 60 * 48)),
        call=call,
        attended=attended,
        supervisor_attended=_after(rng, attended, 10, 120),
        ple=_after(rng, attended, 2, 25),
        nok_informed=_after(rng, attended, 60, 60 * 20),
        report_submitted=_after(rng, attended, 120, 60 * 30),
        hat_advice=hat,
        post_mortem=pm,
        flo_deployed=deployed,
        flo_exit=deployed + timedelta(days=rng.randrange(21, 120)) if deployed else None,
        closed=_after(rng, call, 60 * 24 * 20, 60 * 24 * 200) if rng.random() < 0.6 else None,
    )


_NOK_RELATIONSHIPS = {
    "female": ("mother", "sister", "daughter", "wife", "aunt", "cousin", "niece"),
    "male": ("father", "brother", "son", "husband", "uncle", "cousin", "nephew"),
}


def _base_case(
    rng: random.Random,
    index: int,
    people: _People,
    *,
    when: datetime | None = None,
    borough: Borough | None = None,
    space: OpenSpace | None = None,
    age: int | None = None,
    sex: str | None = None,
    category: str | None = None,
) -> CasePlan:
    when = when or _moment(rng)
    borough = borough or rng.choice(BOROUGHS)
    age = age if age is not None else rng.choice((rng.randrange(18, 45), rng.randrange(30, 95)))
    deceased = person(rng, people.take(), sex=sex, age=age, on=when.date(), borough=borough)
    place = _place(rng, borough, deceased, space)
    if category is None:
        weights = (25, 45, 20, 10) if when.date() >= POLICY_2022 else (30, 45, 18, 7)
        category = rng.choices(CATEGORIES, weights=weights)[0]
    circumstances = _circumstances(rng, age, place.outdoors, category)
    pool = next((p for p in POOLS if p.background == deceased.background), None)
    nok = person(
        rng, people.take(), on=when.date(), pool=pool, last=deceased.last if rng.random() < 0.7 else None
    )
    nok_rel = rng.choice(_NOK_RELATIONSHIPS[nok.sex])
    if nok_rel in ("wife", "husband") and deceased.sexual_orientation in ("gay", "lesbian"):
        nok_rel = "sister" if nok.sex == "female" else "brother"
    partner = None
    partner_rel = None
    if rng.random() < 0.35:
        partner_sex = (
            "male" if (deceased.sexual_orientation == "gay") == (deceased.sex == "male") else "female"
        )
        partner = person(rng, people.take(), sex=partner_sex, on=when.date(), borough=borough)
        partner_rel = rng.choice(
            (
                "partner",
                "boyfriend" if partner_sex == "male" else "girlfriend",
                "fiancé" if partner_sex == "male" else "fiancée",
            )
        )
    finder = person(rng, people.take(), on=when.date(), borough=borough)
    informant = finder if rng.random() < 0.6 else person(rng, people.take(), on=when.date(), borough=borough)
    last_seen = person(rng, people.take(), on=when.date(), borough=borough) if rng.random() < 0.8 else None
    witnesses = tuple(
        person(rng, people.take(), on=when.date(), borough=borough) for _ in range(rng.randrange(0, 3))
    )
    quality = rng.choice((0.2, 0.45, 0.65, 0.8, 0.92))
    flo = (
        category in ("homicide", "unexpected_under_investigation") and rng.random() < 0.7
    ) or rng.random() < 0.12
    return CasePlan(
        index=index,
        case_id=f"C{index:06d}",
        seed=derived_seed("case", index, rng.random()),
        kind="death",
        when=when,
        cris_ref=references.cris_ref(index, when.date()),
        cad_ref=references.cad_ref(rng, when.date()),
        merlin_ref=references.merlin_ref(index, when.date()),
        place=place,
        deceased=deceased,
        finder=finder,
        informant=informant,
        last_seen_by=last_seen,
        nok=nok,
        nok_relationship=nok_rel,
        partner=partner,
        partner_relationship=partner_rel,
        witnesses=witnesses,
        officers=_officers(rng, borough, quality),
        circumstances=circumstances,
        category=category,
        timeline=_timeline(rng, when, flo, category),
        flo_deployed=flo,
        quality=quality,
        extra={"finder_role": rng.choice(FINDER_ROLES)},
    )


_FORMAT_WEIGHTS = {"txt": 40, "pdf": 25, "docx": 20, "csv": 8, "json": 7}
_LOG_FORMS = {"electronic", "dets_export"}


def _format(rng: random.Random, form: str, formats: tuple[str, ...]) -> str:
    allowed = [f for f in formats if f in ("txt", "pdf", "docx") or form in _LOG_FORMS]
    if form in _LOG_FORMS and any(f in ("csv", "json") for f in formats) and rng.random() < 0.6:
        allowed = [f for f in allowed if f in ("csv", "json")] or allowed
    if not allowed:
        allowed = [f for f in formats if f in ("txt", "pdf", "docx")] or ["txt"]
    return rng.choices(allowed, weights=[_FORMAT_WEIGHTS[f] for f in allowed])[0]


def _docs(rng: random.Random, case: CasePlan, formats: tuple[str, ...]) -> tuple[DocPlan, ...]:
    def doc(kind: str, suffix: str, form: str) -> DocPlan:
        return DocPlan(
            doc_id=f"{case.case_id}-{suffix}",
            kind=kind,
            form=form,
            voice=rng.choice(VOICE_NAMES),
            fmt=_format(rng, form, formats),
            seed=derived_seed(case.seed, suffix),
        )

    if case.kind == "incident":
        return (doc("cris_record", "CR", rng.choice(CRIS_FORMS)),)
    form = rng.choice(DEATH_REPORT_FORMS)
    out = [doc("death_report", "DR", form)]
    if form == "eab_summary" or (case.category != "expected" and rng.random() < 0.8):
        out.append(doc("cris_record", "CR", rng.choice(CRIS_FORMS)))
    if case.flo_deployed:
        out.append(doc("flo_log", "FL", rng.choice(FLO_FORMS)))
    return tuple(out)


def _series(
    rng: random.Random, first_index: int, people: _People, series_id: str
) -> tuple[list[CasePlan], list[CasePlan], CasePlan]:
    """A Port-like series: young men, one small area under different names, one
    substance, phones missing, the same finder or informant phone, each called
    non-suspicious; plus look-alikes and a precursor incident."""
    borough = rng.choice(BOROUGHS)
    space = rng.choice(open_spaces_in(borough.name))
    substance = next(s for s in SUBSTANCES if s.chemsex) if rng.random() < 0.7 else rng.choice(SUBSTANCES)
    offender = person(
        rng, people.take(), sex="male", age=rng.randrange(28, 50), on=FIRST_DAY, borough=borough
    )
    start = _moment(rng, date(2019, 6, 1), date(2024, 1, 1))
    dog_walker = person(rng, people.take(), on=start.date(), borough=borough)
    members: list[CasePlan] = []
    size = rng.randrange(3, 6)
    when = start
    for position in range(size):
        case = _base_case(
            rng,
            first_index + position,
            people,
            when=when,
            borough=borough,
            space=space,
            age=rng.randrange(19, 34),
            sex="male",
            category="unexpected_not_suspicious",
        )
        circumstances = replace(
            case.circumstances,
            manner="drugs",
            substance=substance,
            phone_missing=rng.random() < 0.85,
            container_found=True,
            app_meeting=rng.random() < 0.5,
        )
        link = position % 3
        finder = dog_walker if link == 1 or (position > 0 and rng.random() < 0.3) else case.finder
        informant = offender if position == 0 or link == 2 else case.informant
        if informant is offender and position > 0:
            alias = rng.choice(("Joe", "Danny", "Jack", "Tom", "Matt"))
            surname = rng.choice(("Smith", "Brown", "Jones", "Clarke", "Taylor", "Wilson"))
            while is_blocked(f"{alias} {surname}"):
                surname = rng.choice(("Smith", "Brown", "Jones", "Clarke", "Taylor", "Wilson"))
            informant = replace(offender, first=alias, last=surname)
        case = replace(
            case,
            circumstances=circumstances,
            finder=finder,
            informant=informant,
            last_seen_by=offender if rng.random() < 0.4 else case.last_seen_by,
            series_id=series_id,
            series_position=position,
            suspect=offender,
        )
        members.append(case)
        when = when + timedelta(days=rng.randrange(35, 160), minutes=rng.randrange(-300, 300))
    lookalikes = []
    index = first_index + size
    for _ in range(rng.randrange(1, 3)):
        other = rng.choice([b for b in BOROUGHS if b.name != borough.name])
        case = _base_case(
            rng,
            index,
            people,
            when=_moment(rng, start.date(), LAST_DAY),
            borough=other,
            age=rng.randrange(19, 34),
            sex="male",
            category="unexpected_not_suspicious",
        )
        case = replace(
            case,
            circumstances=replace(
                case.circumstances, manner="drugs", substance=substance, container_found=True
            ),
            lookalike_of=series_id,
        )
        lookalikes.append(case)
        index += 1
    victim = person(
        rng, people.take(), sex="male", age=rng.randrange(19, 30), on=start.date(), borough=borough
    )
    incident_when = start - timedelta(days=rng.randrange(60, 500))
    incident = _base_case(
        rng, index, people, when=incident_when, borough=borough, category="unexpected_not_suspicious"
    )
    link_kind = rng.choice(("person", "place"))
    incident = replace(
        incident,
        kind="incident",
        deceased=victim,
        incident_type=rng.choice(INCIDENT_TYPES),
        suspect=offender if link_kind == "person" else None,
        place=_place(rng, borough, victim, space) if link_kind == "place" else incident.place,
        precursor_of=series_id,
        precursor_link=link_kind,
        flo_deployed=False,
    )
    return members, lookalikes, incident


def _incident(rng: random.Random, index: int, people: _People) -> CasePlan:
    case = _base_case(rng, index, people, category="unexpected_not_suspicious")
    victim = person(rng, people.take(), on=case.record_date, borough=case.place.borough)
    return replace(
        case, kind="incident", deceased=victim, incident_type=rng.choice(INCIDENT_TYPES), flo_deployed=False
    )


def _split(rng: random.Random) -> str:
    return rng.choices(SPLITS, weights=(70, 15, 15))[0]


def plan_corpus(
    n_docs: int, seed: int, formats: tuple[str, ...] = ("txt", "pdf", "docx", "csv", "json")
) -> CorpusPlan:
    """Plan cases until ``n_docs`` documents are planned (the last case may lose documents)."""
    if n_docs < 1:
        raise ValueError("the corpus needs at least one document")
    rng = random.Random(seed)
    people = _People()
    cases: list[CasePlan] = []
    plan = CorpusPlan(seed=seed, cases=cases)
    docs = 0
    series_every = 45  # one Port-like series (with look-alikes and a precursor) per ~45 cases
    while docs < n_docs:
        index = len(cases)
        group: list[CasePlan]
        if index % series_every == series_every - 1 and n_docs - docs > 20:
            series_id = f"S{len(plan.series) + 1:04d}"
            members, lookalikes, incident = _series(rng, index, people, series_id)
            group = [*members, *lookalikes, incident]
            split = _split(rng)
            plan.series[series_id] = [c.index for c in members]
            plan.lookalikes[series_id] = [c.index for c in lookalikes]
        else:
            group = [_incident(rng, index, people) if rng.random() < 0.04 else _base_case(rng, index, people)]
            split = _split(rng)
        for case in group:
            case = replace(case, split=split)
            case = replace(case, docs=_docs(rng, case, formats))
            case = _maybe_copy(rng, case, cases)
            room = n_docs - docs
            if room <= 0:
                break
            if len(case.docs) > room:
                case = replace(case, docs=case.docs[:room])
            cases.append(case)
            docs += len(case.docs)
    planned = len(cases)
    plan.series = {k: [i for i in v if i < planned] for k, v in plan.series.items()}
    plan.lookalikes = {k: [i for i in v if i < planned] for k, v in plan.lookalikes.items()}
    return plan


# Which kind of document holds each copyable passage (see corpus.writers.passages).
COPY_SLOT_KIND = {"rationale": "death_report", "supervisor": "cris_record", "details": "cris_record"}


def _maybe_copy(rng: random.Random, case: CasePlan, earlier: list[CasePlan]) -> CasePlan:
    """About one case in five copies a passage from an unrelated earlier case,
    written by a different supervisor, at least two months before."""
    if case.kind != "death" or case.series_id or case.lookalike_of or rng.random() > 0.2 or len(earlier) < 10:
        return case
    slot = rng.choice(tuple(COPY_SLOT_KIND))
    if case.doc(COPY_SLOT_KIND[slot]) is None:
        return case
    calm = ("expected", "unexpected_not_suspicious")
    if slot == "rationale" and case.category not in calm:
        return case
    for _ in range(12):
        source = rng.choice(earlier)
        if (
            source.kind == "death"
            and source.doc(COPY_SLOT_KIND[slot]) is not None
            and source.series_id is None
            and not source.copies
            and (slot != "rationale" or source.category in calm)
            and (case.when - source.when).days >= 60
            and source.officers["sergeant"].last != case.officers["sergeant"].last
        ):
            mode = "verbatim" if rng.random() < 0.45 else "edited"
            copy = CopyPlan(f"K{case.index:06d}", slot, source.index, mode)
            earlier[source.index] = replace(source, sources=(*source.sources, slot))
            return replace(case, copies=(copy,), split=source.split)
    return case
