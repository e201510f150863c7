"""Death reports for HM Coroner, in the three forms the London districts receive:
the MPS death investigation pack, an evidence-and-actions-book (EAB) summary
sent with the CRIS, and a coroner portal submission.

Each requirement is written by one ``_part`` method that decides the state
first and then writes text that makes it true; the form methods only arrange
the parts. Absent content is either left out or left as an empty heading, the
way real reports fail.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from corpus.blocks import FieldRow, Heading, Para
from corpus.plan import POLICY_2022, RECOMMENDATION_4, CasePlan, DocPlan
from corpus.text import Marked, join
from corpus.voices import Voice
from corpus.writers import passages
from corpus.writers.base import (
    ABSENT,
    COPIED,
    GENERIC,
    NONE,
    NOT_APPLICABLE,
    PRESENT,
    SPECIFIC,
    UNCLEAR,
    DocWriter,
    Written,
)

PLACEHOLDERS = ("TBC", "N/A", "see above", "nil", "to follow", "-", "Not known at this time")

CATEGORY_WORDS = {
    "expected": ("Expected death", "Cat 1 - expected", "Category 1: Expected"),
    "unexpected_not_suspicious": (
        "Unexpected - investigated and not suspicious",
        "Cat 2 - unexpected, not suspicious",
        "Category 2: Unexpected death, investigated, not suspicious",
    ),
    "unexpected_under_investigation": (
        "Unexpected - under investigation",
        "Cat 3 - unexpected, under investigation",
        "Category 3: Unexpected death under investigation",
    ),
    "homicide": ("Homicide", "Cat 4 - homicide", "Category 4: Third party involvement likely (homicide)"),
}
LEGACY_WORDS = {
    "expected": "Non-suspicious (expected)",
    "unexpected_not_suspicious": "Non-suspicious",
    "unexpected_under_investigation": "Unexplained",
    "homicide": "Suspicious",
}


class DeathReportWriter(DocWriter):
    kind = "death_report"

    # -- helpers -----------------------------------------------------------------
    def placeholder(self) -> str:
        return self.rng.choice(PLACEHOLDERS)

    def sergeant(self) -> str:
        return self.voice.officer(self.case.officers["sergeant"])

    def pc(self) -> str:
        return self.voice.officer(self.case.officers["attending"])

    @property
    def non_suspicious(self) -> bool:
        return self.case.category in ("expected", "unexpected_not_suspicious")

    @property
    def shown_category(self) -> str | None:
        """The category a reader can take from the text: ``None`` when it is "TBC" or not written.

        Requirements that depend on the category (DR-SUSPICIOUS-UNTIL, SUP-DI-ROLE, and the doubt
        behind DR-PHOTO and SUP-ESCALATION) follow this, not the case's hidden category.
        """
        state = self.states["DR-CATEGORY"]
        if state == UNCLEAR or (state == ABSENT and self.category_failure == "none"):
            return None
        return self.case.category

    @property
    def possibly_suspicious(self) -> bool:
        """The text categorises the death as under investigation or homicide (or the legacy words)."""
        return self.shown_category in ("unexpected_under_investigation", "homicide")

    @property
    def no_forward(self) -> bool:
        """DR-FURTHER-ACTION fails, so the parts that have a choice write nothing forward-looking."""
        return self.states["DR-FURTHER-ACTION"] in (ABSENT, UNCLEAR)

    def forward(self, text: Marked | str) -> Marked:
        """Forward-looking content written by another part: it is evidence of DR-FURTHER-ACTION too."""
        self.forward_written = True
        return self.ev(text, "DR-FURTHER-ACTION")

    # -- DR-BASIC ----------------------------------------------------------------
    def basics(self) -> list[tuple[str, str, str]]:
        """(label, value, canonical name) rows; a failing record blanks or blurs some."""
        case = self.case
        tl = case.timeline
        state = self.state("DR-BASIC", p=min(0.95, case.quality + 0.2), unclear=0.06)
        place = case.place
        location = place.described
        if place.space is not None and self.rng.random() < 0.5:
            location = f"{location}, {place.borough.name}"
        rows = [
            ("Name of deceased", case.deceased.full, "deceased_name"),
            ("Date of birth", self.d(case.deceased.born), "date_of_birth"),
            ("Home address", case.deceased.address.full, "deceased_address"),
            ("Date found", self.d(tl.call), "date_found"),
            ("Time found", self.t(tl.call), "time_found"),
            ("Location found", location, "location_found"),
            (
                "Found by",
                f"{case.finder.full} ({case.extra.get('finder_role', 'member of public')})",
                "found_by",
            ),
            ("Reported by", case.informant.full, "reported_by"),
            (
                "Officers attending",
                f"{self.pc()}, {self.voice.officer(case.officers['second'])}",
                "attending_officers",
            ),
            ("Last seen alive", self.dt(tl.last_seen), "last_seen_alive"),
        ]
        if state == ABSENT:
            broken = self.rng.sample(range(len(rows)), k=self.rng.choice((1, 1, 2)))
            for i in broken:
                label, _, name = rows[i]
                if name == "location_found":
                    rows[i] = (
                        label,
                        self.rng.choice(("in the park", "street", "outside", "at address")),
                        name,
                    )
                else:
                    rows[i] = (label, "", name)
        elif state == UNCLEAR:
            i = self.rng.choice((1, 2, 9))
            rows[i] = (rows[i][0], self.rng.choice(("TBC", "unknown at present", "?")), rows[i][2])
        return rows

    # -- categorisation, rationale, suspicious-until ------------------------------
    def plan_category(self) -> None:
        """DR-CATEGORY and how a failing one fails, decided before any part is written."""
        case = self.case
        state = self.state("DR-CATEGORY", since=POLICY_2022)
        copied = passages.copied_passage("rationale", case, self.cases)
        if state != NOT_APPLICABLE and ((case.sources and "rationale" in case.sources) or copied is not None):
            self.force("DR-CATEGORY", PRESENT)
            state = PRESENT
        self.category_failure = self.rng.choice(("none", "legacy", "bare")) if state == ABSENT else ""

    def categorisation(self) -> Marked:
        case = self.case
        since_2022 = case.record_date >= POLICY_2022
        state = self.states["DR-CATEGORY"]
        copied = passages.copied_passage("rationale", case, self.cases)
        words = self.rng.choice(CATEGORY_WORDS[case.category]) if since_2022 else LEGACY_WORDS[case.category]
        label = self.say(
            {
                "terse": ("Category: ",),
                "verbose": ("Category of death: ",),
                "narrative": ("I have categorised this death as: ",),
            }
        )
        # DR-SUSPICIOUS-UNTIL applies to a written non-suspicious conclusion; a "TBC" category leaves
        # it unclear whatever the case's hidden category, and no category at all leaves nothing to test.
        su_applies = case.category == "unexpected_not_suspicious"
        if state == UNCLEAR:
            self.force("DR-SUSPICIOUS-UNTIL", UNCLEAR)
            return self.ev(
                label + self.rng.choice(("TBC", "to be confirmed by DI", "pending")), "DR-CATEGORY"
            )
        if state == ABSENT:
            failure = self.category_failure
            if failure == "none":
                self.force("DR-SUSPICIOUS-UNTIL", NOT_APPLICABLE)
                return Marked()
            self.force("DR-SUSPICIOUS-UNTIL", ABSENT if su_applies else NOT_APPLICABLE)
            if failure == "legacy":
                # the case's own legacy word ("Unexplained" only for a death under investigation), so
                # the word still tells a reader whether the death was concluded non-suspicious
                words = LEGACY_WORDS[case.category]
            reason_kind = self.rng.choice((NONE, GENERIC))
            bare = f" - {self.generic_reason()}" if reason_kind == GENERIC else ""
            return self.ev(
                self.decision(label + words, "categorisation", reason_kind, bare, "."), "DR-CATEGORY"
            )
        # present, or not applicable (before the 2022 categories): a category is still written
        reason: Marked
        if copied is not None:
            self.passages["rationale"] = case.copies[0].copy_id
            reason = Marked(copied).mark("passage:rationale")
            reason_kind = COPIED
        elif case.category in ("unexpected_under_investigation", "homicide") and (
            state == PRESENT or self.rng.random() < case.quality
        ):
            c = case.circumstances
            facts = [c.injuries or "the circumstances are not yet explained"]
            if c.phone_missing:
                facts.append("the deceased's phone is missing")
            if c.substance is not None:
                facts.append(f"{c.substance.name} is suspected and its source is unknown")
            reason = Marked(self.voice.say("Reason: {f}.", self.rng, f="; ".join(facts)))
            reason_kind = SPECIFIC
        else:
            specific = state == PRESENT or "rationale" in case.sources or self.rng.random() < case.quality
            if specific:
                reason = Marked(passages.own_passage("rationale", case, self.voice, self.doc.seed)).mark(
                    "passage:rationale"
                )
                self.passages["rationale"] = "own"
                reason_kind = SPECIFIC
            else:
                reason_kind = self.rng.choice((NONE, GENERIC))
                reason = Marked(self.generic_reason() + ".") if reason_kind == GENERIC else Marked()
        su = PRESENT if reason_kind in (SPECIFIC, COPIED) else ABSENT
        self.force("DR-SUSPICIOUS-UNTIL", su if su_applies else NOT_APPLICABLE)
        sentence = self.decision(label + words + ". ", "categorisation", reason_kind, reason)
        return self.ev(sentence, "DR-CATEGORY") if state == PRESENT else sentence

    # -- DR-RISK -----------------------------------------------------------------
    def risk(self) -> tuple[Marked, bool]:
        """The THRIVE+ text and whether the form should still show an (empty) heading."""
        state = self.state("DR-RISK", p=self.case.quality * 0.8, unclear=0.1)
        c = self.case.circumstances
        if state == ABSENT:
            if self.rng.random() < 0.5:
                empty = join(
                    "\n", [f"{h}:" for h in ("Threat", "Harm", "Risk", "Investigation", "Vulnerability")]
                )
                return self.ev(empty, "DR-RISK"), True
            return Marked(), self.rng.random() < 0.5
        if state == UNCLEAR:
            return self.ev(
                self.say(
                    {"any": ("THRIVE+: {p}", "Risk assessment - {p}", "THRIVE: see CAD")},
                    p=self.placeholder(),
                ),
                "DR-RISK",
            ), True
        if self.possibly_suspicious:
            threat = f"Possible third party involvement - {c.injuries or 'circumstances unclear'}"
        elif c.injuries and not self.non_suspicious:
            threat = f"{c.injuries[0].upper()}{c.injuries[1:]} noted, under review"
        else:
            threat = "No ongoing threat identified"
        harm = f"Harm to others: {'drugs found at scene, risk to others who may have been supplied' if c.substance else 'none identified'}"
        vulnerable = self.case.deceased.disability or c.medical_history or "none known"
        lines = [
            f"Threat: {threat}.",
            f"{harm}.",
            f"Risk: {'family to be safeguarded, ' if self.case.circumstances.domestic else ''}scene preserved "
            + ("until the deceased was removed." if self.no_forward else "pending DI review."),
            "Investigation: BCU investigation, enquiries as below.",
            f"Vulnerability: {vulnerable}.",
            "Engagement: family engaged via "
            + ("FLO" if self.case.flo_deployed else "attending officers")
            + ".",
            "Prevention/Intervention: "
            + (
                ("drugs removed from the scene" if self.no_forward else "drug supply line to be researched")
                if c.substance
                else "none required"
            )
            + ".",
        ]
        title = self.say(
            {
                "terse": ("THRIVE+:",),
                "verbose": ("Risk assessment (THRIVE+):",),
                "narrative": ("I completed a THRIVE+ assessment:",),
            }
        )
        return self.ev(title + "\n" + "\n".join(lines), "DR-RISK"), True

    # -- DR-INTEL ----------------------------------------------------------------
    def intel(self) -> Marked:
        case = self.case
        state = self.state("DR-INTEL", p=case.quality * 0.9)
        if state == ABSENT:
            variant = self.rng.choice(("none", "location_only", "no_informant"))
            if variant == "none":
                return Marked()
            if variant == "location_only":
                return self.ev(
                    self.say(
                        {
                            "terse": ("Location checked on CAD - nil previous.",),
                            "verbose": (
                                "Checks were made on the location on CAD and there were no previous calls.",
                            ),
                            "narrative": ("I checked the address on CAD and there was nothing previous.",),
                        }
                    ),
                    "DR-INTEL",
                )
            return self.ev(
                self.say(
                    {
                        "terse": ("PNC/CRIS on {d} - no trace. Location nil.",),
                        "verbose": (
                            "PNC and CRIS checks on {d} showed no trace and the location had no history.",
                        ),
                        "narrative": ("I ran PNC and CRIS checks on {d}, which came back no trace.",),
                    },
                    d=case.deceased.full,
                ),
                "DR-INTEL",
            )
        if state == UNCLEAR:
            return self.ev(
                self.say(
                    {"any": ("Intelligence checks: {p}", "Intel - {p}", "Checks: to be completed by LIO")},
                    p=self.placeholder(),
                ),
                "DR-INTEL",
            )
        text = self.say(
            {
                "terse": (
                    "Intel checks (PNC, PND, CRIS, MERLIN, CRIMINT) on {d}: {dres}. Location {place}: {lres}. "
                    "Informant {inf}: {ires}.",
                ),
                "verbose": (
                    "Intelligence checks were completed on PNC, PND, CRIS, MERLIN and CRIMINT for the deceased "
                    "{d} ({dres}), for the location {place} ({lres}) and for the informant {inf} ({ires}).",
                ),
                "narrative": (
                    "I asked the LIO to run checks on {d}, on {place} and on {inf}, who called us. PNC, PND, CRIS "
                    "and MERLIN were searched. For {d}: {dres}; for the address: {lres}; for {inf}: {ires}.",
                ),
            },
            d=case.deceased.full,
            place=case.place.described,
            inf=case.informant.full,
            dres=self.rng.choice(
                ("no trace", "one MERLIN report 2019, welfare concern", "PNC - possession of class A 2017")
            ),
            lres=self.rng.choice(("no previous calls", "two previous ASB calls", "nil relevant")),
            ires=self.rng.choice(("no trace", "no trace on PNC, PND nil", "known to police - see CRIMINT")),
        )
        return self.ev(text, "DR-INTEL")

    # -- statements, last seen -------------------------------------------------
    def statements(self) -> Marked:
        case = self.case
        inf = case.informant
        state = self.state("DR-STMT-INFORMANT", p=case.quality)
        if state == ABSENT:
            return self.ev(
                self.say({"any": ("Informant: {i}, {ph}.",)}, i=inf.full, ph=self.phone(inf.phone)),
                "DR-STMT-INFORMANT",
            )
        if state == UNCLEAR:
            return self.ev(
                self.say(
                    {"any": ("Statement from informant {i}: to follow.", "Informant {i} - s/s TBC.")},
                    i=inf.full,
                ),
                "DR-STMT-INFORMANT",
            )
        if self.rng.random() < 0.2:
            reason = self.say(
                {
                    "any": ("{i} is leaving the country tonight and a first account was recorded on BWV",)
                    if self.no_forward  # a statement still to be taken is further action
                    else (
                        "{i} was too distressed and will provide it on {d} by appointment",
                        "{i} is leaving the country tonight and a first account was recorded on BWV",
                    )
                },
                i=inf.first,
                d=self.d(case.timeline.call.date()),
            )
            return self.ev(
                self.decision(
                    f"No statement taken from informant {inf.full} ({self.phone(inf.phone)}) at scene because ",
                    "no_statement",
                    SPECIFIC,
                    reason,
                    ".",
                ),
                "DR-STMT-INFORMANT",
            )
        return self.ev(
            self.say(
                {
                    "terse": ("S/S obtained from informant {i} ({ph}) covering discovery and call.",),
                    "verbose": (
                        "A statement was obtained from the informant, {i} (tel {ph}), describing how they came to find the deceased and call police.",
                    ),
                    "narrative": (
                        "I took a statement from {i} (mobile {ph}), who had called us, about how they found {f}.",
                    ),
                },
                i=inf.full,
                ph=self.phone(inf.phone),
                f=case.deceased.first,
            ),
            "DR-STMT-INFORMANT",
        )

    def phone(self, number: str) -> str:
        from corpus.world.phones import written

        return written(number, self.voice.date_style)

    def last_seen(self) -> Marked:
        case = self.case
        tl = case.timeline
        state = self.state("DR-LAST-SEEN", p=case.quality)
        person = case.last_seen_by or case.nok
        if state == ABSENT:
            if self.rng.random() < 0.5:
                return Marked()
            return self.ev(
                self.say(
                    {
                        "any": (
                            "Last seen by a friend the previous evening.",
                            "Believed last seen alive over the weekend.",
                        )
                    }
                ),
                "DR-LAST-SEEN",
            )
        if state == UNCLEAR:
            return self.ev(
                self.say(
                    {"any": ("Last seen: {p}", "Last person to see dec'd: unknown at present")},
                    p=self.placeholder(),
                ),
                "DR-LAST-SEEN",
            )
        return self.ev(
            self.say(
                {
                    "terse": ("Last seen alive by {n} at {w}, {where}. S/S taken from {n} re last contact.",),
                    "verbose": (
                        "The last person to see the deceased alive was {n}, at {w} at {where}; a statement was taken from them describing that contact.",
                    ),
                    "narrative": (
                        "{n} told me they last saw {f} at {w} at {where}. I took a statement from {n} about it.",
                    ),
                },
                n=person.full,
                w=self.dt(tl.last_seen),
                where=self.rng.choice(
                    ("the home address", "a nearby pub", "the bus stop", case.place.described)
                ),
                f=case.deceased.first,
            ),
            "DR-LAST-SEEN",
        )

    # -- local enquiries, time of death, access, search ----------------------------
    def house_to_house(self) -> Marked:
        state = self.state("DR-H2H", p=self.case.quality * 0.85)
        if state == ABSENT:
            if self.rng.random() < 0.6:
                return Marked()
            kind = self.rng.choice((NONE, GENERIC))
            reason = " " + self.generic_reason() if kind == GENERIC else ""
            return self.ev(
                self.decision(
                    self.say({"any": ("H2H not conducted", "House to house not done")}),
                    "no_house_to_house",
                    kind,
                    reason,
                    ".",
                ),
                "DR-H2H",
            )
        if state == UNCLEAR:
            return self.ev(self.say({"any": ("H2H: {p}",)}, p=self.placeholder()), "DR-H2H")
        street = (
            self.case.place.address.street
            if self.case.place.address
            else self.rng.choice(self.case.place.space.bounding_streets)
            if self.case.place.space
            else "the road"
        )
        return self.ev(
            self.say(
                {
                    "terse": (
                        "H2H conducted {s} nos {a}-{b}: no one heard or saw anything. Cards left at {c} addresses.",
                    ),
                    "verbose": (
                        "House-to-house enquiries were carried out along {s}, numbers {a} to {b}; nobody reported hearing or seeing anything unusual, and calling cards were left at {c} addresses where there was no reply.",
                    ),
                    "narrative": (
                        "PC {p2} and I knocked on doors along {s} from number {a} to {b}. Nobody had seen or heard anything, and we left cards at {c} addresses.",
                    ),
                },
                s=street,
                a=self.rng.randrange(1, 20),
                b=self.rng.randrange(21, 60),
                c=self.rng.randrange(2, 9),
                p2=self.case.officers["second"].last,
            ),
            "DR-H2H",
        )

    def time_of_death(self) -> Marked:
        state = self.state("DR-TOD", p=self.case.quality * 0.8)
        if state != PRESENT:
            return Marked() if state == ABSENT else self.ev("Time of death: " + self.placeholder(), "DR-TOD")
        tl = self.case.timeline
        if self.case.place.outdoors:
            return self.ev(
                self.say(
                    {
                        "terse": (
                            "TOD: last seen {w}; last phone/social media activity {w}; rigor present on arrival.",
                        ),
                        "verbose": (
                            "To help establish the time of death, officers established that the deceased was last seen at {w}, checked the last activity on their social media, and noted that rigor mortis was present.",
                        ),
                        "narrative": (
                            "To work out when {f} died I found out when they were last seen ({w}) and when their phone was last used.",
                        ),
                    },
                    w=self.dt(tl.last_seen),
                    f=self.case.deceased.first,
                ),
                "DR-TOD",
            )
        return self.ev(
            self.say(
                {
                    "terse": (
                        "TOD: post on mat dated {d}; milk in fridge in date; last phone activity {w}.",
                    ),
                    "verbose": (
                        "To help establish the time of death, officers noted post on the doormat dated {d}, perishable food still in date, and the last activity on the deceased's phone at {w}.",
                    ),
                    "narrative": (
                        "To work out when {f} died I looked at the post behind the door, the latest dated {d}, and the food in the kitchen; the last use of the phone was {w}.",
                    ),
                },
                d=self.d(tl.last_seen.date()),
                w=self.dt(tl.last_seen),
                f=self.case.deceased.first,
            ),
            "DR-TOD",
        )

    def access(self) -> Marked:
        state = self.state("DR-ACCESS", p=self.case.quality * 0.9)
        if state != PRESENT:
            return (
                Marked() if state == ABSENT else self.ev("Access/egress: " + self.placeholder(), "DR-ACCESS")
            )
        if self.case.place.outdoors:
            return self.ev(
                self.say(
                    {
                        "any": (
                            "Open public space with unrestricted access from {a} and {b}; footpaths checked for signs of the deceased being moved.",
                            "Public open land, accessible from {a} and {b} at all hours. Ground checked for drag marks - none.",
                        )
                    },
                    a=self.case.place.space.bounding_streets[0] if self.case.place.space else "the road",
                    b=self.case.place.space.bounding_streets[-1] if self.case.place.space else "the path",
                ),
                "DR-ACCESS",
            )
        return self.ev(
            self.say(
                {
                    "terse": (
                        "Front door locked from inside, key in lock. Windows secure. No signs of forced entry. Keyholders: dec'd and landlord only.",
                    ),
                    "verbose": (
                        "The front door was locked from the inside with the key still in the lock, all windows were closed and secure, and there were no signs of forced entry; the only keyholders are the deceased and the landlord.",
                    ),
                    "narrative": (
                        "We had to force the front door, which was locked from inside. All the windows were shut. Only {f} and the landlord had keys.",
                    ),
                },
                f=self.case.deceased.first,
            ),
            "DR-ACCESS",
        )

    def search(self) -> tuple[Marked, list[str]]:
        """The search record and the items seized (for the forensic and property parts)."""
        state = self.state("DR-SEARCH", p=self.case.quality * 0.85)
        c = self.case.circumstances
        items = ["mobile phone"] if not c.phone_missing else []
        if c.substance is not None and c.container_found:
            items.append(c.substance.container)
        if c.note_found:
            items.append("handwritten note")
        if self.rng.random() < 0.4:
            items.append(self.rng.choice(("wallet and bank cards", "laptop", "prescription medication")))
        if state == ABSENT:
            return Marked(), items
        if state == UNCLEAR:
            return self.ev("Search: " + self.placeholder(), "DR-SEARCH"), items
        listed = ", ".join(items) if items else "nothing of note"
        missing = " Deceased's mobile phone not found at scene or on the body." if c.phone_missing else ""
        return self.ev(
            self.say(
                {
                    "terse": (
                        "Search of premises and of deceased conducted by {o}. Items found/seized: {l}. No signs of disturbance, no weapons.{m}",
                    ),
                    "verbose": (
                        "{o} searched the premises and the deceased's clothing and recorded the following items: {l}. There were no signs of disturbance and no weapons were found.{m}",
                    ),
                    "narrative": (
                        "I searched the room and {f}'s pockets. I found {l}. There was no sign of a struggle and no weapon.{m}",
                    ),
                },
                o=self.pc(),
                l=listed,
                m=missing,
                f=self.case.deceased.first,
            ),
            "DR-SEARCH",
        ), items

    def forensic(self, items: list[str]) -> Marked:
        state = self.state("DR-FORENSIC", applies=bool(items), p=self.case.quality * 0.8)
        if state == NOT_APPLICABLE:
            return Marked()
        if state == ABSENT:
            return self.ev(f"Items seized: {', '.join(items)}.", "DR-FORENSIC")
        if state == UNCLEAR:
            return self.ev(
                f"Items seized: {', '.join(items)}. Forensic submission: {self.placeholder()}.", "DR-FORENSIC"
            )
        parts = []
        for item in items:
            if item == "mobile phone" or "bottle" in item or "syringe" in item:
                parts.append(
                    self.decision(
                        f"{item.capitalize()} submitted for examination ",
                        "forensic_submission",
                        SPECIFIC,
                        "to establish last contacts and whether anyone else was present",
                        ".",
                    )
                )
            else:
                parts.append(
                    self.decision(
                        f"{item.capitalize()} not submitted ",
                        "no_forensic_submission",
                        SPECIFIC,
                        f"because it has no bearing on how {self.case.deceased.first} died",
                        ".",
                    )
                )
        return self.ev(join(" ", parts), "DR-FORENSIC")

    def property_record(self, items: list[str]) -> Marked:
        state = self.state("DR-PROPERTY", applies=bool(items), p=self.case.quality * 0.8)
        if state == NOT_APPLICABLE:
            return Marked()
        if state == ABSENT:
            return self.ev("Property: " + ", ".join(items) + " taken.", "DR-PROPERTY")
        if state == UNCLEAR:
            return self.ev("Property ref: " + self.placeholder(), "DR-PROPERTY")
        station = self.rng.choice(
            ("Lewisham", "Ilford", "Brixton", "Colindale", "Forest Gate", "Wembley", "Sutton")
        )
        refs = "; ".join(
            f"{item} - MP/{self.rng.randrange(1000000, 9999999)}/{self.case.record_date.year % 100:02d}"
            for item in items
        )
        return self.ev(f"Property booked at {station} police station: {refs}.", "DR-PROPERTY")

    def cctv(self) -> Marked:
        state = self.state("DR-CCTV", p=self.case.quality * 0.75)
        if state == ABSENT:
            return Marked()
        if state == UNCLEAR:
            return self.ev("CCTV: " + self.placeholder(), "DR-CCTV")
        tl = self.case.timeline
        if not self.no_forward and (self.case.place.outdoors or self.rng.random() < 0.6):
            # a CCTV request still awaiting viewing is an outstanding enquiry: DR-FURTHER-ACTION too
            return self.forward(
                self.ev(
                    self.say(
                        {
                            "any": (
                                "CCTV requested from {s} covering {a} to {b}; viewing awaited.",
                                "CCTV trawl of {s} for {a}-{b} requested by {o}.",
                            )
                        },
                        s=self.rng.choice(
                            ("the council control room", "the corner shop", "the bus garage", "the station")
                        ),
                        a=self.t(tl.last_seen),
                        b=self.t(tl.call),
                        o=self.pc(),
                    ),
                    "DR-CCTV",
                )
            )
        covered = (
            "the open space or its approaches" if self.case.place.outdoors else "the block or its entrances"
        )
        return self.ev(
            self.decision(
                "No CCTV enquiries ",
                "no_cctv",
                SPECIFIC,
                f"as there are no cameras covering {covered} (checked by {self.pc()})",
                ".",
            ),
            "DR-CCTV",
        )

    def specialist(self) -> Marked:
        state = self.state("DR-SPECIALIST", p=self.case.quality * 0.85)
        tl = self.case.timeline
        if state == ABSENT:
            return Marked()
        if state == UNCLEAR:
            return self.ev("HAT/CID: " + self.placeholder(), "DR-SPECIALIST")
        if tl.hat_advice is not None:
            return self.ev(
                self.say(
                    {
                        "any": (
                            "HAT contacted at {t}; {h} advised {adv}. CID informed; forensic practitioner {fp}.",
                        )
                    },
                    t=self.t(tl.hat_advice),
                    h=self.voice.officer(self.case.officers["hat"]),
                    adv=(
                        "no HAT attendance required given the findings"
                        if self.no_forward
                        else self.rng.choice(
                            (
                                "scene to be held pending DI review",
                                "no HAT attendance required given the findings",
                                "toxicology and phone download",
                            )
                        )
                    ),
                    fp=self.rng.choice(("attended", "not required as scene not disturbed")),
                ),
                "DR-SPECIALIST",
            )
        reason = self.rng.choice(
            (
                "the scene showed no disturbance and the history explains the death",
                f"the findings at the scene were discussed with {self.sergeant()} and nothing suggested third party involvement",
            )
        )
        kind = SPECIFIC
        return self.ev(
            self.decision(
                "CID, HAT and a forensic practitioner considered and not called ",
                "no_hat",
                kind,
                "as " + reason,
                ".",
            ),
            "DR-SPECIALIST",
        )

    # -- family ------------------------------------------------------------------
    def next_of_kin(self) -> Marked:
        case = self.case
        tl = case.timeline
        state = self.state("DR-NOK", p=case.quality)
        nok = case.nok
        if state == ABSENT:
            variant = self.rng.choice(("none", "vague", "phone"))
            if variant == "none":
                return Marked()
            if variant == "vague":
                return self.ev(
                    self.say({"any": ("Family informed.", "NOK aware.", "Family have been told.")}), "DR-NOK"
                )
            return self.ev(
                self.say(
                    {
                        "any": (
                            "NOK {n} ({r}) informed by telephone at {t}.",
                            "Death message passed to {n} ({r}) over the phone.",
                        )
                    },
                    n=nok.full,
                    r=case.nok_relationship,
                    t=self.t(tl.nok_informed),
                ),
                "DR-NOK",
            )
        if state == UNCLEAR:
            return self.ev(
                self.say({"any": ("NOK: {p}", "Next of kin - {p}")}, p=self.placeholder()), "DR-NOK"
            )
        return self.ev(
            self.say(
                {
                    "terse": ("NOK: {n} ({r}), {a}. Informed in person at home address {w} by {o}.",),
                    "verbose": (
                        "The next of kin, {n}, the deceased's {r}, of {a}, was informed in person at their home address at {w} by {o}.",
                    ),
                    "narrative": ("At {w} I went with {o} to {a} and told {n}, {f}'s {r}, in person.",),
                },
                n=nok.full,
                r=case.nok_relationship,
                a=nok.address.full,
                w=self.dt(tl.nok_informed),
                o=self.voice.officer(case.officers["second"]),
                f=case.deceased.first,
            ),
            "DR-NOK",
        )

    def family_wide(self) -> Marked:
        case = self.case
        state = self.state("DR-FAMILY-WIDE", applies=case.partner is not None, p=case.quality * 0.8)
        if state == NOT_APPLICABLE or case.partner is None:
            return Marked()
        partner = case.partner
        if state == ABSENT:
            return self.ev(
                f"Dec'd lived with {partner.full}."
                if self.voice.abbreviate
                else f"The deceased lived with {partner.full}.",
                "DR-FAMILY-WIDE",
            )
        if state == UNCLEAR:
            return self.ev(f"Partner: {self.placeholder()}", "DR-FAMILY-WIDE")
        return self.ev(
            self.say(
                {
                    "any": (
                        "{p}, the deceased's {r}, identified as family; contact details recorded and will be kept updated.",
                        "Partner {p} ({r}) treated as family for liaison purposes; details recorded.",
                    )
                },
                p=partner.full,
                r=case.partner_relationship or "partner",
            ),
            "DR-FAMILY-WIDE",
        )

    def protected(self) -> Marked:
        d = self.case.deceased
        state = self.state("DR-PC", p=self.case.quality * 0.7)
        if state == ABSENT:
            if self.rng.random() < 0.5:
                return Marked()
            return self.ev(f"Ethnicity: {d.ethnicity}. Sex: {d.sex}.", "DR-PC")
        if state == UNCLEAR:
            return self.ev(f"Protected characteristics: {self.placeholder()}", "DR-PC")
        orientation = d.sexual_orientation or "not known"
        relevant = (
            "considered relevant and passed to the DI given the circumstances"
            if self.case.circumstances.chemsex or self.case.circumstances.hate_indicated
            else "not considered relevant to the death"
        )
        return self.ev(
            self.say(
                {
                    "any": (
                        "Protected characteristics: age {a}, sex {s}, ethnicity {e}, religion {r}, sexual orientation {o}, disability {dis}. These were {rel}.",
                    )
                },
                a=d.age_on(self.case.record_date),
                s=d.sex,
                e=d.ethnicity,
                r=d.religion or "not known",
                o=orientation,
                dis=d.disability or "none known",
                rel=relevant,
            ),
            "DR-PC",
        )

    def chemsex_indicator(self) -> str:
        """What the text says that suggests chemsex: a chemsex drug by name, and an app meeting if any.

        The requirement applies "where drugs and sex are indicated", so a record that fails it still
        states the indicator (as the Port reports recorded GHB and closed the deaths as overdoses).
        """
        c = self.case.circumstances
        assert c.substance is not None
        if c.container_found:
            drug = self.say(
                {
                    "any": (
                        "{b} believed to contain {s} found beside the deceased.",
                        "{b} found near the deceased, believed to have held {s}.",
                    )
                },
                b=c.substance.container.capitalize(),
                s=c.substance.name,
            )
        else:
            drug = self.say(
                {"any": ("Friends report the deceased used {s}.", "History of {s} use reported by friends.")},
                s=c.substance.name,
            )
        if not c.app_meeting:
            return drug
        return (
            drug
            + " "
            + self.say(
                {
                    "any": (
                        "Messages show the deceased had arranged to meet a man through a dating app that evening.",
                        "A friend says the deceased had met someone from a hook-up app that night.",
                    )
                }
            )
        )

    def chemsex(self) -> Marked:
        c = self.case.circumstances
        state = self.state("DR-CHEMSEX", applies=c.chemsex, p=self.case.quality * 0.7)
        if state == NOT_APPLICABLE:
            return Marked()
        if state == ABSENT:
            return self.ev(self.chemsex_indicator(), "DR-CHEMSEX")
        if state == UNCLEAR:
            return (
                Marked(self.chemsex_indicator())
                + " "
                + self.ev("Chemsex: " + self.placeholder(), "DR-CHEMSEX")
            )
        return self.ev(
            self.say(
                {
                    "any": (
                        "Possible chemsex context considered ({s} found{app}); forensic strategy agreed with DI and Project Sagamore advice {adv}.",
                        "Chemsex considered given {s}{app}: forensic strategy agreed with the DI, specialist advice {adv}.",
                    )
                },
                adv="obtained" if self.no_forward else "sought",
                s=c.substance.name if c.substance else "drugs",
                app=", meeting arranged via an app" if c.app_meeting else "",
            ),
            "DR-CHEMSEX",
        )

    def leaflet(self) -> Marked:
        state = self.state("DR-LEAFLET", p=self.case.quality * 0.8, unclear=0.0)
        if state != PRESENT:
            return Marked()
        return self.ev(
            self.say(
                {
                    "any": (
                        "Bereavement leaflet handed to {n} on {d}.",
                        "'Advice and support for the bereaved' leaflet given to {n} {d}.",
                    )
                },
                n=self.case.nok.full,
                d=self.d(self.case.timeline.nok_informed.date()),
            ),
            "DR-LEAFLET",
        )

    def further_action(self) -> Marked:
        state = self.states["DR-FURTHER-ACTION"]
        if state == ABSENT:
            return Marked()
        if state == UNCLEAR:
            return self.ev("Further action: " + self.placeholder(), "DR-FURTHER-ACTION")
        todo = []
        if self.case.timeline.post_mortem:
            todo.append(f"PM on {self.d(self.case.timeline.post_mortem.date())}")
        todo.append(
            self.rng.choice(("toxicology awaited", "phone download requested", "GP records requested"))
        )
        return self.ev("Outstanding: " + "; ".join(todo) + ".", "DR-FURTHER-ACTION")

    # -- supervision -------------------------------------------------------------
    def supervisor_attendance(self) -> Marked:
        sgt = self.case.officers["sergeant"]
        state = self.state("SUP-ATTEND", since=POLICY_2022, p=0.75 * (0.5 + self.case.quality / 2) + 0.1)
        if state == PRESENT:
            name = self.voice.officer(sgt)
            if not sgt.acting and self.rng.random() < 0.35:
                name += " (substantive)"
            return self.ev(
                self.say(
                    {
                        "any": (
                            "{s} attended scene at {t}.",
                            "Supervisor {s} on scene {t}.",
                            "{s} attended at {t} and reviewed the scene.",
                        )
                    },
                    s=name,
                    t=self.t(self.case.timeline.supervisor_attended),
                ),
                "SUP-ATTEND",
            )
        if state == UNCLEAR:
            return self.ev(
                self.say({"any": ("Supervisor attendance: {p}", "Sgt attended: {p}")}, p=self.placeholder()),
                "SUP-ATTEND",
            )
        if state == NOT_APPLICABLE and self.rng.random() < 0.5:
            return Marked(
                self.say(
                    {"any": ("{s} attended scene at {t}.",)},
                    s=self.voice.officer(sgt),
                    t=self.t(self.case.timeline.supervisor_attended),
                )
            )
        return Marked()

    def certification(self, when: datetime | None = None) -> Marked:
        """The sergeant's certification, dated (a portal form gives the time, before or after submission)."""
        state = self.state("SUP-CERTIFY", since=POLICY_2022, p=self.case.quality * 0.8, unclear=0.0)
        if state != PRESENT:
            return Marked()
        sgt = self.case.officers["sergeant"]
        return self.ev(
            self.say(
                {
                    "any": (
                        "I certify that all relevant actions have been completed. {s}, {d}.",
                        "Supervisor certification: all relevant actions complete - {s} {d}.",
                    )
                },
                s=self.voice.officer(sgt),
                d=self.dt(when) if when else self.d(self.case.timeline.report_submitted.date()),
            ),
            "SUP-CERTIFY",
        )

    def cat_signoff(self) -> Marked:
        case = self.case
        applies = case.category != "expected"
        state = self.state(
            "SUP-CAT-SIGNOFF", applies=applies, since=RECOMMENDATION_4, p=0.2 + case.quality * 0.6
        )
        if state == NOT_APPLICABLE:
            return Marked()
        role = (
            "inspector" if self.states.get("SUP-DI-ROLE") == ABSENT else self.rng.choice(("inspector", "di"))
        )
        inspector = case.officers[role]
        if state == ABSENT:
            if self.rng.random() < 0.5:
                return Marked()
            return self.ev(
                self.say({"any": ("Reviewed by {s}.", "Checked - {s}.")}, s=self.sergeant()),
                "SUP-CAT-SIGNOFF",
            )
        if state == UNCLEAR:
            return self.ev(f"Duty officer review: {self.placeholder()}", "SUP-CAT-SIGNOFF")
        reason = self.rng.choice(
            (
                "the enquiries recorded above support it",
                f"the scene, the account of {case.finder.full} and the checks support it",
            )
        )
        return self.ev(
            self.decision(
                self.say(
                    {"any": ("{i} reviewed the case at {t} and confirms the categorisation as correct ",)},
                    i=self.voice.officer(inspector),
                    t=self.dt(case.timeline.report_submitted),
                ),
                "category_signoff",
                SPECIFIC,
                "because " + reason,
                ".",
            ),
            "SUP-CAT-SIGNOFF",
        )

    # -- post-mortem, photographs, hate, notes, escalation, DI, portal, timeliness ---
    @property
    def in_doubt(self) -> bool:
        """Doubt the text shows: injuries (always in the circumstances), a missing phone the search
        record states, or a category of under investigation or homicide. Parts that read it
        (photographs, escalation) come after the search in every form."""
        c = self.case.circumstances
        phone_stated = c.phone_missing and self.states.get("DR-SEARCH") == PRESENT
        return bool(c.injuries) or phone_stated or self.possibly_suspicious

    def post_mortem(self) -> Marked:
        """DR-PM: a forensic (special) post-mortem, where the case had one, briefed and its findings recorded."""
        tl = self.case.timeline
        forensic = tl.post_mortem is not None and self.case.category in (
            "unexpected_under_investigation",
            "homicide",
        )
        state = self.state("DR-PM", applies=forensic, p=self.case.quality * 0.85)
        if state == NOT_APPLICABLE or tl.post_mortem is None:
            return Marked()
        ds = self.voice.officer(self.case.officers["ds"])
        when = self.d(tl.post_mortem.date())
        if state == ABSENT:
            return self.ev(
                self.say({"any": ("Forensic PM {d}.", "Special PM took place on {d}.")}, d=when), "DR-PM"
            )
        if state == UNCLEAR:
            return self.ev(
                self.say({"any": ("Forensic PM {d} - findings {p}.",)}, d=when, p=self.placeholder()), "DR-PM"
            )
        finding = self.rng.choice(
            (
                "no injuries consistent with an assault; cause of death pending toxicology",
                "bruising to the upper arms consistent with being gripped; samples retained",
                "findings consistent with positional asphyxia; further tests required",
            )
        )
        if self.no_forward:  # the pending half is further action
            finding = finding.split(";")[0]
        return self.ev(
            self.say(
                {
                    "terse": (
                        "Forensic PM {d}: {ds} briefed pathologist on scene and history. Immediate findings: {f}.",
                    ),
                    "verbose": (
                        "{ds} attended the forensic post-mortem on {d}, briefed the pathologist on the scene and the history, and recorded the immediate findings: {f}.",
                    ),
                    "narrative": (
                        "{ds} went to the special post-mortem on {d} and briefed the pathologist. The first findings were {f}.",
                    ),
                },
                d=when,
                ds=ds,
                f=finding,
            ),
            "DR-PM",
        )

    def photographs(self) -> Marked:
        """DR-PHOTO: when the circumstances are unclear the scene is photographed."""
        state = self.state("DR-PHOTO", applies=self.in_doubt, p=self.case.quality * 0.85, unclear=0.0)
        if state != PRESENT:
            return Marked()
        return self.ev(
            self.say(
                {
                    "any": (
                        "Scene photographed by {o} ({n} images) before the deceased was moved.",
                        "Photos of scene and deceased in situ taken by CSM, ref {r}.",
                    )
                },
                o=self.voice.officer(self.case.officers["second"]),
                n=self.rng.randrange(12, 80),
                r=f"CSM/{self.rng.randrange(1000, 9999)}",
            ),
            "DR-PHOTO",
        )

    def hate(self) -> Marked:
        """DR-HATE: hostility is evident in what witnesses said; was hate motivation considered?"""
        c = self.case.circumstances
        state = self.state("DR-HATE", applies=c.hate_indicated, p=self.case.quality * 0.8)
        if state == NOT_APPLICABLE:
            return Marked()
        indicator = self.say(
            {
                "any": (
                    "A neighbour states the deceased had been called names and had eggs thrown at the door in the weeks before.",
                    "Friends say the deceased had received abusive messages about his sexuality.",
                    "The deceased had reported being spat at and abused in the street last month.",
                )
            }
        )
        if state == ABSENT:
            return self.ev(indicator, "DR-HATE")
        if state == UNCLEAR:
            return Marked(indicator) + " " + self.ev("Hate crime: " + self.placeholder(), "DR-HATE")
        return (
            Marked(indicator)
            + " "
            + self.ev(
                self.say(
                    {
                        "any": (
                            "Possible hate motivation considered: the abuse has been referred to the DI and the CSU, and the CRIS flagged.",
                            "Hostility based on the deceased's identity considered as a possible motive; hate crime flag applied and DI informed.",
                        )
                    }
                ),
                "DR-HATE",
            )
        )

    def note(self) -> Marked:
        """DR-NOTE: a note attributed to the deceased, and how it was verified."""
        c = self.case.circumstances
        state = self.state("DR-NOTE", applies=c.note_found, p=self.case.quality * 0.8)
        if state == NOT_APPLICABLE:
            return Marked()
        nok = self.case.nok.full
        if state == ABSENT:
            return self.ev(
                self.say(
                    {
                        "any": (
                            "Handwritten note found by the bed, believed to be from the deceased. NOK confirmed the writing over the phone.",
                            "Note found at scene, accepted as the deceased's.",
                        )
                    }
                ),
                "DR-NOTE",
            )
        if state == UNCLEAR:
            return self.ev("Note found at scene - verification " + self.placeholder() + ".", "DR-NOTE")
        return self.ev(
            self.say(
                {
                    "any": (
                        "Handwritten note found by the bed. The whole note was shown to {n} in person, who identified the handwriting; statement taken, and the note compared with birthday cards written by the deceased.",
                        "Note found; shown in full to {n} face to face, s/s obtained re handwriting, compared with known samples (letters) - consistent.",
                    )
                },
                n=nok,
            ),
            "DR-NOTE",
        )

    def escalation(self) -> Marked:
        """SUP-ESCALATION: doubts about third-party involvement go to a detective, then a DI."""
        state = self.state("SUP-ESCALATION", applies=self.in_doubt, p=self.case.quality * 0.8)
        if state in (NOT_APPLICABLE, ABSENT):
            return Marked()
        tl = self.case.timeline
        if state == UNCLEAR:
            return self.ev("Escalated to CID: " + self.placeholder(), "SUP-ESCALATION")
        return self.ev(
            self.say(
                {
                    "any": (
                        "{s} in doubt about third party involvement and called {ds} at {t}, who attended and could not rule it out; referred to {di} at {t2}.",
                        "Due to doubts re 3rd party involvement {s} requested a substantive DS: {ds} on scene {t}; DI {di} informed {t2}.",
                    )
                },
                s=self.sergeant(),
                ds=self.voice.officer(self.case.officers["ds"]),
                di=self.voice.officer(self.case.officers["di"]),
                t=self.t(tl.supervisor_attended + timedelta(minutes=20)),
                t2=self.t(tl.supervisor_attended + timedelta(minutes=95)),
            ),
            "SUP-ESCALATION",
        )

    def di_role(self) -> Marked:
        """SUP-DI-ROLE: on a possibly suspicious death, the DI's decisions are recorded."""
        state = self.state("SUP-DI-ROLE", applies=self.possibly_suspicious, p=self.case.quality * 0.85)
        if state in (NOT_APPLICABLE, ABSENT):
            return Marked()
        di = self.voice.officer(self.case.officers["di"])
        if state == UNCLEAR:
            return self.ev(f"DI: {self.placeholder()}", "SUP-DI-ROLE")
        attend = (
            self.decision(
                f"{di} decided not to attend the scene ",
                "di_not_attending",
                SPECIFIC,
                "because the scene was held and the DS on scene briefed them by video call",
                ". ",
            )
            if self.rng.random() < 0.5
            else Marked(f"{di} attended the scene. ")
        )
        lines = self.forward("Lines of enquiry set by the DI: last movements, phone, CCTV, associates.")
        return self.ev(
            attend + lines + " HAT advice considered. Forensic strategy agreed with the OFM.",
            "SUP-DI-ROLE",
        )

    def portal_qa(self) -> tuple[Marked, datetime | None]:
        """SUP-PORTAL-QA (portal only): a supervisor checked the report before it was submitted.

        Returns the check text and the time to put on the sergeant's certification.
        """
        state = self.state(
            "SUP-PORTAL-QA", applies=self.doc.form == "portal", p=self.case.quality * 0.7, unclear=0.0
        )
        submitted = self.case.timeline.report_submitted
        if state == NOT_APPLICABLE:
            return Marked(), None
        if state == PRESENT:
            checked = submitted - timedelta(minutes=self.rng.randrange(20, 180))
            text = self.ev(
                self.say(
                    {
                        "any": (
                            "Report checked by {s} at {t} before submission.",
                            "QA'd by {s} {t} prior to submitting.",
                        )
                    },
                    s=self.sergeant(),
                    t=self.dt(checked),
                ),
                "SUP-PORTAL-QA",
            )
            return text, checked
        return Marked(), submitted + timedelta(hours=self.rng.randrange(6, 60))

    def timeliness(self) -> Marked:
        """DR-TIMELY: a non-suspicious death's report goes before the end of the attending officer's shift."""
        tl = self.case.timeline
        applies = self.case.category in ("expected", "unexpected_not_suspicious")
        within = tl.report_submitted - tl.attended <= timedelta(hours=10)
        roll = self.rng.random()
        if not applies:
            self.force("DR-TIMELY", NOT_APPLICABLE)
        elif roll < 0.1:
            self.force("DR-TIMELY", UNCLEAR)
            return Marked()
        elif within:
            self.force("DR-TIMELY", PRESENT)
        elif roll < 0.35:
            self.force("DR-TIMELY", PRESENT)
            return self.ev(
                f"Report submitted {self.dt(tl.report_submitted)} - delayed because the NOK could not be traced until the following day.",
                "DR-TIMELY",
            )
        else:
            self.force("DR-TIMELY", ABSENT)
        text = f"Report submitted {self.dt(tl.report_submitted)}."
        return self.ev(text, "DR-TIMELY") if applies else Marked(text)

    # -- the document --------------------------------------------------------------
    def written_text(self) -> str:
        parts = []
        for block in self.blocks:
            if isinstance(block, (Heading, Para)):
                parts.append(block.text.value)
            elif isinstance(block, FieldRow):
                parts.append(block.value.value)
        return "\n".join(parts)

    def substantive_state(self) -> str:
        """Present if every supervisor named has their status stated, unclear if one has not."""
        text = self.written_text()
        # Supervisors are always written with ``voice.officer`` (rank, collar and name in one of the
        # voice's forms, e.g. ``PS 2438EA HILL``), so the collar or that form is what names them; a bare
        # case-sensitive surname test missed the capitalised forms.
        named = [
            o
            for role, o in self.case.officers.items()
            if role in ("sergeant", "inspector", "di") and (self.voice.officer(o) in text or o.collar in text)
        ]
        if not named:
            return NOT_APPLICABLE
        if all(o.acting or f"{self.voice.officer(o)} (substantive)" in text for o in named):
            return PRESENT
        return UNCLEAR

    def finish_states(self) -> None:
        self.force("SUP-SUBSTANTIVE", self.substantive_state())
        kinds = [d.reason for d in self.decisions]
        if not kinds:
            self.force("DR-RATIONALE", UNCLEAR)
        else:
            self.force("DR-RATIONALE", ABSENT if any(k in (NONE, GENERIC) for k in kinds) else PRESENT)
        self.states.setdefault("DR-SUSPICIOUS-UNTIL", NOT_APPLICABLE)
        if self.forward_written and self.states["DR-FURTHER-ACTION"] in (ABSENT, UNCLEAR):
            # the DI's lines of enquiry are forward-looking content the failing record still has
            self.force("DR-FURTHER-ACTION", PRESENT)

    def circumstances(self) -> Marked:
        return Marked(circumstances_text(self.case, self.voice, self.doc.seed))

    def write(self) -> Written:
        form = self.doc.form
        self.forward_written = False
        self.plan_category()
        self.state("DR-FURTHER-ACTION", p=self.case.quality * 0.85)
        if form == "investigation_pack":
            self.pack()
        elif form == "eab_summary":
            self.eab()
        else:
            self.portal()
        self.finish_states()
        title = {
            "investigation_pack": "METROPOLITAN POLICE SERVICE - DEATH INVESTIGATION PACK",
            "eab_summary": "Evidence and Actions Book - summary for HM Coroner",
            "portal": "Coroner's Portal - Police Report of Death",
        }[form]
        header = f"OFFICIAL-SENSITIVE    CRIS {self.case.cris_ref}    {self.case.merlin_ref}"
        return self.written(self.spec(title, header=header, footer="Page {page} of {pages}", layout="form"))

    def _section(
        self, heading: str, *parts: Marked, keep_empty: bool = False, requirement: str | None = None
    ) -> None:
        body = join(" ", parts)
        if not body and not keep_empty:
            return
        if not body and requirement and self.states.get(requirement) == ABSENT:
            self.heading(heading)
            last = self.blocks[-1]
            assert isinstance(last, Heading)
            self.blocks[-1] = Heading(last.text.mark(f"req:{requirement}"), last.level)
            return
        self.heading(heading)
        if body:
            self.para(body)

    def basic_field(self, label: str, value: str, name: str) -> None:
        """A DR-BASIC row; a blank one is itself the evidence of the gap."""
        self.field(label, self.ev(value, "DR-BASIC") if not value.strip() else value, name=name)

    def enquiries(self, search: Marked) -> list[Marked]:
        """The scene and enquiry parts in the order the EAB and the portal write them."""
        return [
            self.access(),
            self.time_of_death(),
            self.photographs(),
            search,
            self.note(),
            self.statements(),
            self.last_seen(),
            self.house_to_house(),
            self.hate(),
            self.intel(),
        ]

    def pack(self) -> None:
        case = self.case
        self.field("CRIS reference", case.cris_ref, name="cris_ref")
        self.field("CAD reference", case.cad_ref, name="cad_ref")
        self.field("Borough", f"{case.place.borough.name} ({case.place.borough.bcu} BCU)", name="borough")
        rows = self.basics()
        self.heading("Deceased details")
        for label, value, name in rows:
            self.basic_field(label, value, name)
        self.field("Time of attendance", self.dt(case.timeline.attended))
        self.heading("Circumstances")
        self.para(self.circumstances())
        self.heading("Scene actions")
        self.checkbox("Signs of life checked / life preserved", True)
        self.checkbox("Scene preserved", self.rng.random() < case.quality + 0.2)
        self.checkbox("Deceased identified", True)
        search, items = self.search()
        self.para(self.access(), self.time_of_death(), self.photographs())
        self._section("Search record", search, self.note(), keep_empty=True, requirement="DR-SEARCH")
        self._section("Intelligence checks", self.intel(), keep_empty=True, requirement="DR-INTEL")
        self._section(
            "Witnesses and statements",
            self.statements(),
            self.last_seen(),
            self.house_to_house(),
            self.hate(),
        )
        risk, keep = self.risk()
        self._section("Risk assessment (THRIVE+)", risk, keep_empty=keep, requirement="DR-RISK")
        self._section(
            "Forensics and property",
            self.forensic(items),
            self.property_record(items),
            self.cctv(),
            self.specialist(),
        )
        self._section(
            "Next of kin",
            self.next_of_kin(),
            self.family_wide(),
            self.leaflet(),
            keep_empty=True,
            requirement="DR-NOK",
        )
        self._section("Protected characteristics", self.protected(), self.chemsex())
        self._section("Categorisation", self.categorisation(), keep_empty=True, requirement="DR-CATEGORY")
        self._section("Post-mortem", self.post_mortem())
        self._section("Further action", self.further_action())
        self.page_break()
        self._section(
            "Supervisor review",
            self.supervisor_attendance(),
            self.escalation(),
            self.di_role(),
            self.certification(),
            self.cat_signoff(),
        )
        timely = self.timeliness()
        if timely:
            self.para(timely)
        self.signature("Reporting officer", self.pc(), self.d(case.timeline.report_submitted.date()))

    def eab(self) -> None:
        case = self.case
        tl = case.timeline
        self.field("CRIS", case.cris_ref, name="cris_ref")
        self.field("MERLIN", case.merlin_ref, name="merlin_ref")
        self.field("EAB no", f"EAB/{self.rng.randrange(10000, 99999)}")
        rows = self.basics()
        for label, value, name in rows[:6]:
            self.basic_field(label, value, name)
        circ = self.circumstances()
        self.passages["circumstances"] = "transcribed"
        self.para(
            self.t(tl.attended)
            + " "
            + self.say({"any": ("Attended with {o}.",)}, o=self.voice.officer(case.officers["second"])),
            circ.mark("passage:circumstances"),
        )
        for label, value, name in rows[6:]:
            self.basic_field(label, value, name)
        search, items = self.search()
        for part in self.enquiries(search):
            if part:
                self.para(part)
        risk, _ = self.risk()
        self.para(risk)
        self.para(self.forensic(items), self.property_record(items))
        self.para(self.cctv(), self.specialist())
        self.para(self.next_of_kin(), self.family_wide(), self.leaflet())
        self.para(self.protected(), self.chemsex())
        self.para(self.categorisation())
        self.para(self.post_mortem())
        self.para(self.further_action())
        self.para(self.supervisor_attendance(), self.escalation(), self.di_role(), self.certification())
        self.para(self.cat_signoff())
        self.para(self.timeliness())
        self.signature("Officer", self.pc(), self.d(tl.report_submitted.date()))

    def portal(self) -> None:
        case = self.case
        tl = case.timeline
        rows = self.basics()
        self.field("Police reference", case.cris_ref, name="case_ref")
        for label, value, name in rows:
            self.basic_field(label, value, name)
        self.field("Coronial district", case.place.borough.coroner_district, name="coronial_district")
        self.field("Time of attendance", self.dt(tl.attended))
        self.field("Circumstances", self.circumstances())
        search, items = self.search()
        actions = join(
            " ",
            [
                *self.enquiries(search),
                self.forensic(items),
                self.property_record(items),
                self.cctv(),
                self.specialist(),
            ],
        )
        self.field("Police actions", actions)
        risk, _ = self.risk()
        self.field("Risk assessment", risk)
        self.field("Next of kin", join(" ", [self.next_of_kin(), self.family_wide(), self.leaflet()]))
        self.field("Equality information", join(" ", [self.protected(), self.chemsex()]))
        self.field("Category", self.categorisation())
        self.field("Post-mortem", self.post_mortem())
        self.field("Further enquiries", self.further_action())
        check, certified_at = self.portal_qa()
        self.field(
            "Supervisor",
            join(
                " ",
                [
                    self.supervisor_attendance(),
                    self.escalation(),
                    self.di_role(),
                    check,
                    self.certification(certified_at),
                    self.cat_signoff(),
                ],
            ),
        )
        self.field("Submitted by", self.pc())
        self.field("Submitted", self.timeliness())


def circumstances_text(case: CasePlan, voice: Voice, seed: int) -> str:
    """The circumstances narrative; the CRIS of an EAB case retypes it word for word."""
    c = case.circumstances
    text = passages.own_passage("details", case, voice, seed + 1)
    if not c.injuries:
        return text
    injuries = c.injuries[0].upper() + c.injuries[1:]
    return f"{text} {injuries}{'' if injuries.endswith('noted by LAS') else ' noted'}."


def transcribed_circumstances(case: CasePlan) -> str | None:
    """What the CRIS of ``case`` retypes from its EAB summary, if the death report is one."""
    doc = case.doc("death_report")
    if doc is None or doc.form != "eab_summary":
        return None
    return circumstances_text(case, passages.source_voice(doc), doc.seed)


def write_death_report(case: CasePlan, doc: DocPlan, cases: Mapping[int, CasePlan]) -> Written:
    return DeathReportWriter(case, doc, cases).write()
