"""Family liaison (FLO) logs, in the two forms the inspection found in use: the
paper log book (pages the FLO signs and the SIO countersigns) and the
electronic log on MPS systems (one record per entry, exported as CSV/JSON).

The writer first decides every requirement's state, then plans the contact
schedule from deployment to exit so that those states hold (gaps, cover during
the FLO's absence, late write-ups, the exit), then writes each entry's text.
Content for one requirement lives only in that requirement's entries: a log
whose risk assessment is absent never mentions a risk assessment elsewhere.

How each state shows (``req:<ID>`` marks the evidence):

- FLO-ALL-CONTACT: present, every contact and attempt its own entry with time,
  method, person and content; absent, an attempt with a date but no time, a
  contact naming nobody, or a weekly summary in place of a contact; unclear,
  "spoke to family member (TBC) ... see PNB".
- FLO-TIMELY: electronic, an ``[entered dd/mm/yyyy hh:mm]`` stamp on every
  entry (present: within hours; absent: some days late or in a batch; unclear:
  no stamps); paper, "LATE ENTRY (written ...)" notes (absent) or "(written up
  later)" (unclear).
- FLO-SIGNED: paper, the FLO's signature and date on every page (absent: a page
  unsigned or undated; unclear: initials); electronic, an author on every entry
  (absent: some have none; unclear: only "FLO").
- FLO-SIO-SUPERVISION: SIO countersignature per page and/or periodic SIO or
  co-ordinator reviews (absent: neither, and the SIO never writes in the log).
- FLO-STRATEGY, FLO-EXIT, FLO-RISK, FLO-PROFILE, FLO-FORMS, FLO-SUPPORT,
  FLO-INVESTIGATIVE: their own entries (or, on paper, the deployment and closing
  boxes); unclear is "TBC", "to follow", "see policy file".
- FLO-GAPS: the schedule itself; a gap of more than seven days between contacts
  is either explained by an earlier reason entry (reduced contact) or left
  silent (absent); ``longest_unexplained_gap`` reads it back.
- FLO-COVER (only when the FLO is away): a handover naming the cover FLO and the
  dates, the cover FLO's entries meanwhile (absent: the leave shows, nobody
  covers, no entries, so FLO-GAPS is absent too). A second FLO on the
  deployment satisfies it, so an absent or unclear log has a single FLO.
- FLO-TRAINED: a trained FLO always; an untrained one says so (present) or not
  (absent). FLO-FAMILY-DEF (only with a partner): the partner among the contacts,
  or merely mentioned (absent).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from corpus.blocks import FieldRow, LogEntry, Para, Signature
from corpus.plan import CasePlan, DocPlan
from corpus.text import Marked, join
from corpus.world.people import Officer, Person
from corpus.world.phones import written as written_phone
from corpus.writers.base import (
    ABSENT,
    GENERIC,
    NONE,
    NOT_APPLICABLE,
    PRESENT,
    SPECIFIC,
    UNCLEAR,
    DocWriter,
    Written,
)

REQUIREMENTS = (
    "FLO-ALL-CONTACT",
    "FLO-TIMELY",
    "FLO-SIGNED",
    "FLO-SIO-SUPERVISION",
    "FLO-STRATEGY",
    "FLO-EXIT",
    "FLO-FORMS",
    "FLO-RISK",
    "FLO-PROFILE",
    "FLO-GAPS",
    "FLO-COVER",
    "FLO-SUPPORT",
    "FLO-TRAINED",
    "FLO-FAMILY-DEF",
    "FLO-INVESTIGATIVE",
)
CONTACT_TYPES = ("contact", "attempted_contact")
GAP_LIMIT = timedelta(days=7)  # a longer gap between contacts needs a recorded reason
FORM_LIMIT = timedelta(hours=48)  # deployment and exit forms reach FLAT within this
MAX_ENTRIES = 42
STAMP_FORMAT = "%d/%m/%Y %H:%M"  # the electronic system's own "entered" stamp

Bank = Mapping[str, Sequence[str]]

_LANGUAGES = {
    "polish": "Polish",
    "romanian": "Romanian",
    "lithuanian": "Lithuanian",
    "bulgarian": "Bulgarian",
    "albanian": "Albanian",
    "portuguese": "Portuguese",
    "brazilian": "Portuguese",
    "colombian": "Spanish",
    "spanish": "Spanish",
    "turkish": "Turkish",
    "kurdish": "Kurdish",
    "somali": "Somali",
    "eritrean": "Tigrinya",
    "ethiopian": "Amharic",
    "bangladeshi": "Bengali",
    "pakistani": "Urdu",
    "indian_punjabi_sikh": "Punjabi",
    "indian_gujarati": "Gujarati",
    "indian_tamil": "Tamil",
    "sri_lankan": "Tamil",
    "chinese": "Cantonese",
    "vietnamese": "Vietnamese",
    "afghan": "Dari",
    "arab": "Arabic",
    "iranian": "Farsi",
    "nepali": "Nepali",
    "korean": "Korean",
    "greek_cypriot": "Greek",
}
_MORTUARIES = {
    "Inner North London": "St Pancras",
    "Inner West London": "Westminster",
    "Inner South London": "Southwark",
    "East London": "Walthamstow",
    "North London": "Haringey",
    "South London": "Croydon",
    "West London": "Fulham",
}
_COURTS = {
    "Inner North London": "St Pancras Coroner's Court",
    "Inner West London": "Westminster Coroner's Court",
    "Inner South London": "Southwark Coroner's Court",
    "East London": "Walthamstow Coroner's Court",
    "North London": "Barnet Coroner's Court",
    "South London": "Croydon Coroner's Court",
    "West London": "Fulham Coroner's Court",
}

# -- phrase banks ---------------------------------------------------------------------
# Placeholders: {p} person named, {f} their first name, {r} relationship, {ph} phone,
# {a} address line, {w} " with DC X" or "", {dec} the deceased's first name,
# {he}/{his} the deceased's pronouns; others are given where used.

VISIT_LEAD: Bank = {
    "terse": (
        "H/V to {p} ({r}) at {a}{w}.",
        "Home visit - {p} ({r}), {a}{w}.",
        "Visited {p} ({r}) at home{w}.",
    ),
    "verbose": (
        "Home visit to {p}, {dec}'s {r}, at {a}{w}.",
        "I visited {p} ({r}) at {a}{w}.",
        "Attended {a} and met {p} ({r}) in person{w}.",
    ),
    "narrative": (
        "I went to see {p}, {dec}'s {r}, at {a}{w}.",
        "I called round to {a}{w} and sat down with {p} ({r}).",
        "I visited {p} ({r}) at home{w}.",
    ),
}
PHONE_LEAD: Bank = {
    "terse": ("Phoned {p} ({r}) on {ph}.", "T/C to {p} ({r}) - {ph}.", "Tel call w/ {p} ({r}) on {ph}."),
    "verbose": (
        "Telephone call to {p} ({r}) on {ph}.",
        "I phoned {p}, {dec}'s {r}, on {ph} and spoke with {f}.",
        "Spoke to {p} ({r}) by telephone on {ph}.",
    ),
    "narrative": (
        "I rang {p} ({r}) on {ph}.",
        "I spoke to {p}, {dec}'s {r}, on the phone ({ph}).",
        "{p} ({r}) and I spoke on the phone ({ph}).",
    ),
}
TEXT_LEAD: Bank = {
    "terse": ("Text msgs exchanged with {p} ({r}) on {ph}.", "Texted {p} ({r}) on {ph}, reply received."),
    "verbose": (
        "Exchanged text messages with {p} ({r}) on {ph}.",
        "Sent a text message to {p} ({r}) on {ph}; {f} replied the same afternoon.",
    ),
    "narrative": (
        "I texted {p} ({r}) on {ph} and {f} replied.",
        "{p} ({r}) and I swapped text messages ({ph}).",
    ),
}
EMAIL_LEAD: Bank = {
    "terse": ("Email to {p} ({r}), reply received.", "Emailed {p} ({r}); {f} replied."),
    "verbose": ("Sent an email to {p} ({r}); {f} replied the same day.",),
    "narrative": ("I emailed {p} ({r}) and {f} wrote back.",),
}
CALL_BACK_LEAD: Bank = {
    "terse": ("Call from {p} ({r}) on {ph}, returning my call.", "{p} ({r}) rang back from {ph}."),
    "verbose": ("{p} ({r}) returned my earlier call from {ph}.", "Incoming call from {p} ({r}) on {ph}."),
    "narrative": ("{p} ({r}) rang me back from {ph}.", "I took a call from {p}, {dec}'s {r}, on {ph}."),
}
LETTER_LEAD: Bank = {
    "any": ("Letter sent to {p} ({r}) at {a}.", "Wrote to {p} ({r}) at {a}."),
}

ATTEMPT_PHONE: Bank = {
    "terse": (
        "Rang {p} ({r}) on {ph} - no answer, VM left asking {f} to call back.",
        "Attempted call to {p} ({r}) {ph} - rang out, no answer.",
        "Called {p} ({r}) on {ph}: no answer, left a message.",
    ),
    "verbose": (
        "Attempted to telephone {p} ({r}) on {ph}; there was no answer and I left a voicemail asking {f} to call me.",
        "Tried to call {p} ({r}) on {ph} but the phone rang out; no voicemail available.",
    ),
    "narrative": (
        "I tried to ring {p} ({r}) on {ph} but there was no answer, so I left a voicemail.",
        "I rang {p} on {ph} without getting through and left a message for {f} to call me back.",
    ),
}
ATTEMPT_VISIT: Bank = {
    "terse": (
        "Att'd {a} to see {p} ({r}) - no reply, calling card left.",
        "Visit to {a} for {p} ({r}): no one home, card left.",
    ),
    "verbose": (
        "Attended {a} to see {p} ({r}); there was no reply and I left a calling card asking {f} to contact me.",
    ),
    "narrative": (
        "I went round to {a} to see {p} ({r}) but nobody was home, so I left a card through the door.",
    ),
}
ATTEMPT_TEXT: Bank = {
    "any": (
        "Text sent to {p} ({r}) on {ph} asking for a good time to call - no reply yet.",
        "Sent {p} ({r}) a text on {ph} to arrange a visit; no reply as yet.",
    ),
}

NEXT_CONTACT = ("tomorrow", "tomorrow morning", "in two days", "later in the week", "in a few days")

TOPICS: dict[str, Bank] = {
    "intro": {
        "terse": (
            "Introduced self as FLO and explained role incl. investigative role. Explained coroner's process and PM. "
            "Family details obtained. Next contact agreed {next}.",
            "FLO role explained (point of contact + investigator). Coroner's process explained. {f} given my mobile. "
            "Will call {next}.",
        ),
        "verbose": (
            "I introduced myself and explained the role of the FLO, including that I am also an investigator, and the "
            "part the coroner plays. {f} was given my mobile number and we agreed I would call {next}.",
            "Explained the FLO role, the coroner's involvement and why a post-mortem examination will be needed. "
            "Family details were taken and {f} agreed to be the main point of contact. Next contact {next}.",
        ),
        "narrative": (
            "I explained who I am and what an FLO does, that I am part of the investigation, and what happens next "
            "with the coroner. {f} was very upset but asked sensible questions. I said I would be in touch {next}.",
            "{f} and I sat in the front room. I explained my role and the coroner's process, and wrote down "
            "the family's details. I promised to call {next}.",
        ),
    },
    "viewing": {
        "terse": ("Viewing arranged at {mortuary} mortuary {d} {t}; {f} + family to attend.",),
        "verbose": (
            "Arranged for the family to view {dec} at {mortuary} mortuary on {d} at {t}; {f} will attend with "
            "other family members and I will meet them there.",
        ),
        "narrative": (
            "{f} asked to see {dec}. I have booked a viewing at {mortuary} mortuary for {d} at {t} and will meet the "
            "family there.",
        ),
    },
    "pm_date": {
        "terse": ("Explained PM booked {d} at {mortuary}; reasons for PM explained; family cannot attend.",),
        "verbose": (
            "Explained that the post-mortem examination is booked for {d} at {mortuary} mortuary, why the coroner "
            "needs it and that the family cannot attend but will be told the initial findings.",
        ),
        "narrative": (
            "I told {f} the post-mortem will be on {d} at {mortuary} and why the coroner has ordered it. {f} asked if "
            "{dec} would be treated with respect and I reassured {f} that {he} would be.",
        ),
    },
    "pm_result": {
        "terse": (
            "Initial PM findings explained in plain terms: {cod}. Tox/histology awaited, approx 8-12 wks.",
        ),
        "verbose": (
            "Explained the initial post-mortem findings in plain language: {cod}. Toxicology and histology results "
            "are awaited and may take eight to twelve weeks.",
        ),
        "narrative": (
            "I explained what the pathologist found, as simply as I could: {cod}. I told {f} the toxicology could "
            "take a couple of months.",
        ),
    },
    "religion_burial": {
        "terse": (
            "Family are {faith} and wish to bury {dec} quickly. Early release raised w/ coroner's officer today.",
        ),
        "verbose": (
            "The family are {faith} and would like {dec} to be buried as soon as possible. I raised an early release "
            "of the body with the coroner's officer the same day.",
        ),
        "narrative": (
            "{f} explained that as a {faith} family they need to bury {dec} quickly. I rang the coroner's officer "
            "straight after the visit to ask about an early release.",
        ),
    },
    "religion_rites": {
        "terse": (
            "Family {faith}; asked re washing/dressing {dec} before cremation. Checked w/ coroner's officer.",
        ),
        "verbose": (
            "The family are {faith} and asked whether they can wash and dress {dec} before the cremation; I said I "
            "would check this with the coroner's officer and the funeral director.",
        ),
        "narrative": (
            "As {faith}s the family want to prepare {dec} themselves before the cremation. I said I would find out "
            "whether this is possible.",
        ),
    },
    "religion_priest": {
        "any": (
            "{f} asked whether the family's {cleric} could say prayers at the viewing; confirmed with the mortuary "
            "that this is fine.",
            "Family would like their {cleric} present at the viewing - arranged with the mortuary.",
        ),
    },
    "interpreter": {
        "terse": ("{lang} interpreter via Language Line used throughout as {f}'s first language is {lang}.",),
        "verbose": (
            "A {lang} interpreter from Language Line was used for the whole conversation, as {f} is more comfortable "
            "in {lang}.",
        ),
        "narrative": ("We used a {lang} interpreter on Language Line because {f} prefers to speak {lang}.",),
    },
    "media": {
        "terse": (
            "Media: local reporter approached {f} at home. Options explained; family do not want to comment. Press "
            "office updated.",
            "Discussed media. Family agreed a tribute + photo to be released via press office.",
        ),
        "verbose": (
            "Discussed media interest: a local reporter has approached {f}. I explained the options and the family do "
            "not wish to comment; the press office has been told.",
            "The family would like to release a tribute to {dec}; we agreed the wording and a photograph for the press "
            "office to issue.",
        ),
        "narrative": (
            "A reporter knocked on {f}'s door yesterday. I talked through what the family can do and they decided to "
            "say nothing for now. I let the press office know.",
        ),
    },
    "property": {
        "terse": ("Returned {dec}'s prop to {f}: {items}. Signed for in prop book.",),
        "verbose": (
            "Returned {dec}'s property to {f}: {items}. {f} signed for the items in the property book.",
        ),
        "narrative": ("I brought back {dec}'s things - {items} - and {f} signed for them.",),
    },
    "release": {
        "terse": (
            "Coroner's officer confirms body released {d}. Funeral director details noted for family.",
        ),
        "verbose": (
            "The coroner's officer has confirmed that {dec}'s body was released on {d}; I explained that the family "
            "can now instruct a funeral director.",
        ),
        "narrative": (
            "I let {f} know the coroner released {dec} on {d}, so the family can start planning the funeral.",
        ),
    },
    "inquest": {
        "terse": (
            "Inquest opened + adjourned at {court} on {d}. Family not req'd to attend. Full hearing date TBC by coroner.",
        ),
        "verbose": (
            "Explained that the inquest was opened and adjourned at {court} on {d}; the family did not need to attend "
            "and the coroner will set the date of the full inquest.",
        ),
        "narrative": (
            "I explained that the coroner opened the inquest at {court} on {d} and adjourned it, which is normal, and "
            "that a full hearing will follow.",
        ),
    },
    "funeral": {
        "terse": ("{f} confirms funeral booked {d} at {venue}. Asked if police will attend - will ask.",),
        "verbose": (
            "{f} confirmed the funeral is booked for {d} at {venue} and asked whether police would attend; I said I "
            "would find out.",
        ),
        "narrative": ("The funeral is on {d} at {venue}. {f} would like someone from the team to be there.",),
    },
    "funeral_day": {
        "terse": ("Att'd funeral at {venue}{w} at family's invitation. Brief chat w/ {f} after.",),
        "verbose": (
            "Attended the funeral at {venue}{w} at the family's invitation and spoke briefly with {f} afterwards.",
        ),
        "narrative": (
            "I went to the funeral at {venue}{w} as the family had asked, and spoke to {f} afterwards.",
        ),
    },
    "tox": {
        "terse": (
            "Update: tox results still awaited. Delay explained. {f} wants to be told as soon as they are back.",
        ),
        "verbose": (
            "Gave an update that the toxicology results are still awaited and explained the delay; {f} asked to be "
            "told as soon as they arrive.",
        ),
        "narrative": (
            "Nothing back yet from toxicology. I explained why it takes so long; {f} is frustrated.",
        ),
    },
    "questions": {
        "terse": ("{f} asked {q}. Answered what I could; {follow}.",),
        "verbose": ("{f} asked {q}. I answered what I could and {follow}.",),
        "narrative": ("{f} wanted to know {q}. I told {f} what I could and {follow}.",),
    },
    "update": {
        "terse": (
            "Welfare check. {f} coping. Nil new from invest. Next contact {next}.",
            "Update given - no change. {f} OK.",
        ),
        "verbose": (
            "Welfare check: {f} is coping and has no new questions. There is no update from the investigation at "
            "this stage. Next contact {next}.",
            "Updated {f} that there is no change in the investigation; {f} is managing with the help of friends.",
        ),
        "narrative": (
            "I checked how {f} is doing. Nothing new to tell the family; {f} is tired but coping.",
            "{f} and I caught up. No news from the investigation, which I explained honestly.",
        ),
    },
    "call_back": {
        "terse": ("Update given re next steps, nil concerns.",),
        "verbose": ("I updated {f} on the next steps and there were no concerns.",),
        "narrative": ("We went through what happens next.",),
    },
    "final_exit": {
        "terse": (
            "Final visit. Explained FLO deployment ending as agreed w/ SIO. OIC {oic} + coroner's officer contact "
            "details given. {f} content.",
        ),
        "verbose": (
            "Final visit: I explained that my deployment as FLO is ending, as agreed with the SIO, and gave {f} the "
            "contact details of the OIC, {oic}, and of the coroner's officer. {f} thanked the team.",
        ),
        "narrative": (
            "My last visit to {f}. I explained that my time as the family's FLO is ending, as the SIO has agreed, and "
            "that {oic} and the coroner's officer will now be the family's contacts. {f} thanked us.",
        ),
    },
}

QUESTIONS = (
    "whether {dec} would have suffered",
    "whether anyone else was involved in {dec}'s death",
    "when the family will get the death certificate",
    "how long the investigation is likely to take",
    "what an inquest is and whether the family need a solicitor",
    "who called the ambulance and how long it took",
)
FOLLOW_UPS = (
    "will find out and call back",
    "will raise it with the coroner's officer",
    "will ask the OIC and update",
)

NO_PERSON: Bank = {
    "terse": (
        "Phoned re funeral arrangements - update given.",
        "Call re prop - all fine.",
        "T/C re PM - explained.",
    ),
    "verbose": (
        "Telephone call regarding the funeral arrangements; update given.",
        "Phone call about the property, all in hand.",
    ),
    "narrative": (
        "I rang about the funeral arrangements and gave an update.",
        "Quick call about the property.",
    ),
}
VAGUE_CONTACT: Bank = {
    "any": (
        "Contact with family re funeral - see PNB.",
        "Spoke to family member (TBC) - update given, see PNB for details.",
        "Family contacted. N/A.",
    ),
}

SUPPORT_AGENCIES_HOMICIDE = (
    "the Homicide Service (Victim Support)",
    "SAMM (Support After Murder and Manslaughter)",
)
SUPPORT_AGENCIES = ("Cruse Bereavement Support", "Victim Support", "The Compassionate Friends")
SUPPORT_SUICIDE = ("Support after Suicide Partnership", "the 'Help is at Hand' booklet")
SUPPORT_DRUGS = ("DrugFAM (bereaved by addiction)",)

STRATEGY_OBJECTIVES = (
    "give the family timely information about the investigation and the coroner's process",
    "gather information about {dec}'s lifestyle, associates and movements before death",
    "secure family statements and any material relevant to the investigation",
    "identify the family's needs, including cultural and religious needs",
    "manage media interest on the family's behalf",
)
FLO_GENERIC_REASONS = (
    "as per policy",
    "as deployment no longer required",
    "in line with FLO policy",
    "as appropriate",
)


@dataclass
class _Item:
    """One planned log entry, before its text is written."""

    when: datetime
    etype: str  # contact | attempted_contact | review | note | action | decision
    who: str  # flo | flo2 | sio | coord | none | generic
    topic: str
    role: str = "FLO"
    header_role: str = "FLO"
    method: str = ""
    person: Person | None = None
    relation: str = ""
    outcome: str = ""
    extras: list[str] = field(default_factory=list)
    body: Marked = field(default_factory=Marked)
    date_only: bool = False
    recorded_at: datetime | None = None
    stamp_mark: bool = False
    late_note: str = ""  # paper: "late entry" text shown before the body
    late_mark: bool = False
    marks: list[str] = field(default_factory=list)  # requirements the whole body evidences
    variant: str = ""  # how a contact entry fails (no_person, vague)
    para: bool = False  # a paper summary paragraph, not an entry


class FloLogWriter(DocWriter):
    kind = "flo_log"

    # -- set-up ---------------------------------------------------------------------------
    def setup(self) -> None:
        case = self.case
        tl = case.timeline
        if tl.flo_deployed is None or tl.flo_exit is None:
            raise ValueError(f"case {case.case_id} has an FLO log but no FLO deployment in its timeline")
        self.t0: datetime = tl.flo_deployed
        self.t1: datetime = tl.flo_exit
        self.days = (self.t1.date() - self.t0.date()).days
        self.flo = case.officers["flo"]
        self.flo2 = case.officers["flo2"]
        self.sio = case.officers["dci"] if case.category == "homicide" else case.officers["di"]
        self.coord = case.officers["ds"]
        self.oic = case.officers["oic"]
        self.dec = case.deceased
        self.he, self.his = ("he", "his") if self.dec.sex == "male" else ("she", "her")
        district = case.place.borough.coroner_district
        self.mortuary = _MORTUARIES.get(district, "the public")
        self.court = _COURTS.get(district, "the coroner's court")
        self.two_flos = self.rng.random() < (0.85 if case.category == "homicide" else 0.4)
        self.paper = self.doc.form == "paper"
        self.items: list[_Item] = []
        self.leave: tuple[datetime, datetime] | None = None
        self.leave_reason = self.rng.choice(("annual leave", "a training course", "other duties"))
        self.header_style = self.rng.randrange(3)
        self.date_lines = self.paper and self.rng.random() < 0.6
        self.reduce_day: int | None = None
        self.silent: tuple[int, int] | None = None
        self.gap: tuple[datetime, datetime] | None = None  # the silent gap: last contact before, first after
        self.contacts: list[_Item] = []
        self.pm: datetime | None = None
        self.language: str | None = None
        self.release = self.inquest = self.funeral = self.t0
        self.request = False
        self.request_choice: tuple[str, tuple[str, ...]] | None = None
        self.form_variant = {"deploy": "ok", "exit": "ok"}
        self.form_times = {"deploy": self.t0, "exit": self.t1}
        self.gap_mode = "regular"

    # -- small helpers ----------------------------------------------------------------------
    def officer_of(self, who: str) -> Officer | None:
        return {"flo": self.flo, "flo2": self.flo2, "sio": self.sio, "coord": self.coord}.get(who)

    def name(self, person: Person) -> str:
        if self.voice.register == "terse" and self.voice.officer_style % 2 == 0:
            return f"{person.first} {person.last.upper()}"
        return person.full

    def phone(self, person: Person) -> str:
        return written_phone(person.phone, self.voice.date_style)

    def off(self, officer: Officer) -> str:
        return self.voice.officer(officer)

    def date_text(self, day: date) -> str:
        """A date as this author writes it in an entry header (weekday forms only on date lines)."""
        if self.voice.date_style == 5:
            return f"{day.day} {day:%B} {day.year}"
        return self.voice.date(day)

    def when_text(self, moment: datetime) -> str:
        d = self.date_text(moment.date())
        t = self.voice.time(moment)
        if self.voice.register == "narrative" and self.voice.date_style in (1, 5):
            if self.voice.time_style == 1:
                t = f"{moment.hour:02d}{moment.minute:02d}hrs"
            return f"{t} on {d}"
        return f"{d} {t}"

    def pick(self, bank: Bank, **values: object) -> str:
        return self.say(bank, **values)

    def plain(self, template: str, **values: object) -> str:
        return self.voice.say(template, self.rng, **values)

    def person_values(self, person: Person, relation: str) -> dict[str, object]:
        return {
            "p": self.name(person),
            "f": person.first,
            "r": relation,
            "ph": self.phone(person),
            "a": person.address.line,
            "dec": self.dec.first,
            "he": self.he,
            "his": self.his,
        }

    def at(self, day: date, low: int = 9, high: int = 19) -> datetime:
        minute = self.rng.randrange(low * 60, high * 60)
        return datetime.combine(day, time(minute // 60, minute % 60))

    # -- states -------------------------------------------------------------------------------
    def decide(self) -> None:
        q = self.case.quality
        absence = self.days >= 45 and self.rng.random() < 0.4
        self.state("FLO-COVER", applies=absence, p=q)
        if self.states["FLO-COVER"] in (ABSENT, UNCLEAR):
            # A second FLO on the deployment satisfies FLO-COVER by itself, so a record that fails it
            # (or leaves it unclear) is a single-FLO deployment.
            self.two_flos = False
        self.state("FLO-GAPS", p=q)
        if self.states["FLO-COVER"] == ABSENT:
            self.force("FLO-GAPS", ABSENT)
        self.state("FLO-ALL-CONTACT", p=q * 0.9 + 0.05)
        self.state("FLO-TIMELY", p=q)
        self.state("FLO-SIGNED", p=q)
        self.state("FLO-SIO-SUPERVISION", p=q * 0.65)
        self.state("FLO-STRATEGY", p=q * 0.8)
        self.state("FLO-EXIT", p=q * 0.8)
        self.state("FLO-FORMS", p=q * 0.75)
        self.state("FLO-RISK", p=q * 0.8)
        self.state("FLO-PROFILE", p=q * 0.9)
        self.state("FLO-SUPPORT", p=q)
        self.state("FLO-INVESTIGATIVE", p=q)
        self.state("FLO-FAMILY-DEF", applies=self.case.partner is not None, p=q * 0.8)
        if self.flo.flo_trained:
            self.force("FLO-TRAINED", PRESENT)
        else:
            self.state("FLO-TRAINED", p=q)

    # -- the schedule ---------------------------------------------------------------------------
    def plan(self) -> None:
        days = self.days
        d0 = self.t0.date()
        gaps = self.states["FLO-GAPS"]
        cover = self.states["FLO-COVER"]
        leave: tuple[int, int] | None = None
        silent: tuple[int, int] | None = None
        if cover != NOT_APPLICABLE:
            length = self.rng.randint(9, 14)
            start = self.rng.randint(10, days - length - 8)
            leave = (start, start + length - 1)
        if gaps == ABSENT:
            if cover == ABSENT:
                silent = leave
            else:
                silent = self.silent_window(leave)
                if silent is None and leave is not None:  # no room beside the leave: drop the absence
                    self.force("FLO-COVER", NOT_APPLICABLE)
                    cover, leave = NOT_APPLICABLE, None
                    silent = self.silent_window(None)
        mode = "regular"
        reduce_at = 0
        if gaps == UNCLEAR or (gaps == PRESENT and days >= 30 and self.rng.random() < 0.4):
            mode = "reduced"
            low = min(14, days - 16)
            reduce_at = self.rng.randint(low, max(low, days - 18))
        self.gap_mode = "unclear" if gaps == UNCLEAR else mode

        # contact days (offsets from the deployment day)
        first = 0 if self.t0.hour < 19 else 1
        offsets = [first]
        cur = first
        late_low = 5 if days > 70 else 3 if days > 35 else 2
        while True:
            if mode == "reduced" and cur >= reduce_at:
                step = self.rng.randint(9, 14)
            elif cur < 10:
                step = self.rng.randint(1, 3)
            else:  # at most six days, so that the time of day never stretches a gap past seven
                step = self.rng.randint(late_low, 6)
            if cur + step >= days:
                break
            cur += step
            offsets.append(cur)
        if offsets[-1] != days:
            offsets.append(days)
        if silent is not None:
            s, e = silent
            before = [o for o in offsets if o < s]
            after = [o for o in offsets if o > e + 1]
            if not before:
                before = [first]
            offsets = [*before, e + 1, *after]
        if mode == "reduced":
            self.reduce_day = min((o for o in offsets if o >= reduce_at), default=offsets[-2])
        self.silent = silent
        if leave is not None:
            self.leave = (
                datetime.combine(d0 + timedelta(days=leave[0]), time(0, 0)),
                datetime.combine(d0 + timedelta(days=leave[1]), time(23, 59)),
            )

        # contacts and attempts
        contacts: list[_Item] = []
        for i, offset in enumerate(offsets):
            day = d0 + timedelta(days=offset)
            if i == 0 and offset == 0:  # the first visit follows the deployment, but not in the small hours
                when = self.t0 + timedelta(minutes=self.rng.randrange(40, 150))
                if when.hour < 8:
                    when = self.at(day, 8, 11)
            else:
                when = self.at(day)
            covered = self.in_leave(when) or (self.two_flos and i > 0 and self.rng.random() < 0.25)
            who = "flo2" if covered else "flo"
            contacts.append(_Item(when, "contact", who, ""))
        self.contacts = contacts
        if silent is not None:
            resume = d0 + timedelta(days=silent[1] + 1)
            back = next(it for it in contacts if it.when.date() == resume)
            last = max(it.when for it in contacts if it.when < back.when)
            self.gap = (last, back.when)
        self.assign_people()
        self.assign_topics()
        attempt_rate = 0.3 if len(contacts) < 18 else 0.15
        attempts: list[_Item] = []
        for i, item in enumerate(contacts):
            if i == 0 or item.topic in ("funeral_day", "final_exit") or self.rng.random() >= attempt_rate:
                continue
            earlier = item.when - timedelta(minutes=self.rng.randrange(60, 200))
            if earlier.hour < 8:
                continue
            method = self.rng.choices(("phone", "visit", "text"), weights=(70, 15, 15))[0]
            attempts.append(
                _Item(
                    earlier,
                    "attempted_contact",
                    item.who,
                    "attempt",
                    method=method,
                    person=item.person,
                    relation=item.relation,
                )
            )
        self.items = [*contacts, *attempts]
        self.admin()
        for item in self.items:  # the FLO makes no entries while away: the cover FLO does
            if item.who == "flo" and self.in_leave(item.when) and self.states["FLO-COVER"] != ABSENT:
                item.who = "flo2"
        self.contact_failures()
        self.trim()
        for item in self.items:  # logs are written to the minute
            item.when = item.when.replace(second=0, microsecond=0)
        self.items.sort(key=lambda it: it.when)

    def silent_window(self, leave: tuple[int, int] | None) -> tuple[int, int] | None:
        """Days (inclusive offsets) of a contact gap with no reason and no entries."""
        days = self.days
        # from day 6: the deployment's own entries (forms, risk, profile) all come before the gap
        segments = [(6, days - 4)] if leave is None else [(6, leave[0] - 3), (leave[1] + 3, days - 4)]
        segments = [(a, b) for a, b in segments if b - a >= 10]
        if not segments:
            return None
        a, b = max(segments, key=lambda s: s[1] - s[0])
        length = self.rng.randint(9, max(9, min(20, b - a - 1)))
        start = self.rng.randint(a, b - length)
        return (start, start + length - 1)

    def in_leave(self, when: datetime) -> bool:
        return self.leave is not None and self.leave[0] <= when <= self.leave[1]

    def blocked(self, when: datetime) -> bool:
        """Inside the silent gap: no entry of any kind is made there."""
        return self.gap is not None and self.gap[0] < when < self.gap[1]

    def clear(self, when: datetime) -> datetime:
        """``when``, moved past the silent gap if it falls inside it."""
        if self.gap is None or not self.blocked(when):
            return when
        return self.gap[1] + timedelta(minutes=self.rng.randrange(30, 180))

    def assign_people(self) -> None:
        case = self.case
        partner_ok = self.states["FLO-FAMILY-DEF"] == PRESENT and case.partner is not None
        for i, item in enumerate(self.contacts):
            item.person, item.relation = case.nok, case.nok_relationship
            if partner_ok and case.partner is not None and i > 0 and self.rng.random() < 0.3:
                item.person, item.relation = case.partner, case.partner_relationship or "partner"
        if (
            partner_ok
            and case.partner is not None
            and not any(it.person is case.partner for it in self.contacts)
        ):
            target = self.contacts[1] if len(self.contacts) > 2 else self.contacts[-1]
            target.person, target.relation = case.partner, case.partner_relationship or "partner"

    def assign_topics(self) -> None:
        """Give each successful contact what it is about, in a plausible order."""
        case = self.case
        tl = case.timeline
        contacts = self.contacts
        contacts[0].topic = "intro"
        contacts[-1].topic = "final_exit" if self.states["FLO-EXIT"] == PRESENT else "update"
        free = list(range(1, len(contacts) - 1))

        def place(
            topic: str, after: datetime | None = None, before: datetime | None = None, nok: bool = False
        ) -> int:
            for i in free:
                it = contacts[i]
                if after is not None and it.when <= after:
                    continue
                if before is not None and it.when >= before:
                    continue
                if nok and it.person is not case.nok:
                    continue
                it.topic = topic
                free.remove(i)
                return i
            return -1

        pm = tl.post_mortem
        self.pm = pm
        if self.rng.random() < 0.6:
            place("viewing", before=self.t0 + timedelta(days=6))
        if pm is not None and pm > self.t0:
            place("pm_date", before=pm)
        if pm is not None:
            place("pm_result", after=pm + timedelta(hours=4))
        religion = self.dec.religion
        if religion in ("Muslim", "Jewish"):
            place("religion_burial", before=self.t0 + timedelta(days=8))
        elif religion in ("Hindu", "Sikh"):
            place("religion_rites", before=self.t0 + timedelta(days=10))
        elif religion == "Christian" and self.rng.random() < 0.4:
            place("religion_priest", before=self.t0 + timedelta(days=10))
        self.language = _LANGUAGES.get(case.nok.background)
        if self.language and self.rng.random() < 0.5:
            place("interpreter", before=self.t0 + timedelta(days=10), nok=True)
        base = pm or self.t0
        self.release = base + timedelta(days=self.rng.randint(2, 9))
        self.inquest = base + timedelta(days=self.rng.randint(6, 20))
        self.funeral = self.release + timedelta(days=self.rng.randint(7, 20))
        if self.rng.random() < (0.7 if case.category == "homicide" else 0.35):
            place("media", before=self.t0 + timedelta(days=20))
        place("release", after=self.release)
        place("inquest", after=self.inquest + timedelta(hours=6))
        funeral_day = datetime.combine(self.funeral.date(), time(0, 0))
        if place("funeral", before=funeral_day, after=self.release) >= 0:
            place("funeral_day", after=funeral_day, before=funeral_day + timedelta(days=1))
        place("property", after=self.t0 + timedelta(days=4))
        if pm is not None:
            place("tox", after=pm + timedelta(days=14))
        for _ in range(self.rng.randint(1, 2)):
            place("questions")
        for i in free:
            contacts[i].topic = self.rng.choice(("update", "update", "call_back", "tox" if pm else "update"))

        # extras: the parts of contacts that carry a requirement
        early = [it for it in contacts[1:6] if it.topic not in ("funeral_day",)] or contacts[:1]
        if self.states["FLO-SUPPORT"] in (PRESENT, UNCLEAR):
            self.rng.choice(early).extras.append("support")
        if self.states["FLO-INVESTIGATIVE"] != NOT_APPLICABLE:
            with_nok = [it for it in early if it.person is case.nok] or early
            self.rng.choice(with_nok).extras.append("investigative")
        if self.states["FLO-FAMILY-DEF"] in (ABSENT, UNCLEAR):
            self.rng.choice(early).extras.append("partner_mention")
        self.request = self.rng.random() < 0.45 and len(contacts) > 4
        if self.request:
            mid = contacts[2 : max(3, len(contacts) - 2)]
            self.rng.choice(mid).extras.append("request")

    # -- the entries that are not contacts ------------------------------------------------------
    def daytime(self, when: datetime) -> datetime:
        """Office work waits for the morning: a time after 22:00 or before 07:00 moves to 08:00-09:59."""
        if 7 <= when.hour < 22:
            return when
        day = when.date() + timedelta(days=1) if when.hour >= 22 else when.date()
        return datetime.combine(day, time(8, 0)) + timedelta(minutes=self.rng.randrange(0, 120))

    def add(self, item: _Item) -> _Item:
        if item.topic not in ("deploy", "strategy") and item.etype not in CONTACT_TYPES:
            item.when = self.daytime(item.when)
        item.when = self.clear(item.when)
        self.items.append(item)
        return item

    def sio_writes(self) -> bool:
        return self.states["FLO-SIO-SUPERVISION"] == PRESENT

    def admin(self) -> None:
        t0, t1 = self.t0, self.t1
        rng = self.rng
        self.add(_Item(t0, "note", "flo", "deploy"))
        strategy = self.states["FLO-STRATEGY"]
        sio_or_flo = "sio" if self.sio_writes() else "flo"
        if strategy == PRESENT:
            self.add(_Item(t0 - timedelta(minutes=rng.randrange(15, 90)), "decision", sio_or_flo, "strategy"))
        elif strategy == UNCLEAR:
            self.add(_Item(t0 + timedelta(minutes=rng.randrange(5, 30)), "note", "flo", "strategy_vague"))
        elif self.days >= 25 and rng.random() < 0.4:
            late = t0 + timedelta(days=rng.randint(21, min(self.days - 2, 45)), hours=rng.randint(1, 5))
            self.add(_Item(late, "decision", sio_or_flo, "strategy_retro"))
        risk = self.states["FLO-RISK"]
        if risk != ABSENT and not self.paper:
            self.add(_Item(t0 + timedelta(minutes=rng.randrange(150, 300)), "note", "flo", f"risk_{risk}"))
        profile = self.states["FLO-PROFILE"]
        if profile != ABSENT and not self.paper:
            self.add(
                _Item(
                    self.contacts[0].when + timedelta(minutes=rng.randrange(60, 200)),
                    "note",
                    "flo",
                    f"profile_{profile}",
                )
            )
        self.forms()
        self.reviews()
        pm = self.pm
        if pm is not None and rng.random() < 0.7:
            self.add(_Item(pm + timedelta(hours=rng.randint(3, 6)), "action", "flo", "coroner"))
        if self.reduce_day is not None:
            after = next(it for it in self.contacts if (it.when.date() - t0.date()).days == self.reduce_day)
            topic = "reduce_vague" if self.gap_mode == "unclear" else "reduce"
            who = "sio" if self.sio_writes() and topic == "reduce" else "flo"
            item = self.add(
                _Item(after.when + timedelta(minutes=rng.randrange(30, 150)), "decision", who, topic)
            )
            item.role = item.header_role = "SIO" if who == "sio" else "FLO"
        if self.request:
            asked = next(it for it in self.contacts if "request" in it.extras)
            self.add(
                _Item(asked.when + timedelta(hours=rng.randint(2, 20)), "decision", sio_or_flo, "refuse")
            )
        exit_state = self.states["FLO-EXIT"]
        if exit_state == PRESENT:
            mid = t0 + timedelta(days=self.days * rng.uniform(0.5, 0.75), hours=rng.randint(0, 6))
            self.add(_Item(mid, "decision", sio_or_flo, "exit_strategy"))
            end = t1 - timedelta(days=rng.randint(1, 3), hours=rng.randint(0, 5))
            self.add(_Item(end, "decision", sio_or_flo, "exit_decision"))
        elif exit_state == UNCLEAR:
            mid = t0 + timedelta(days=self.days * rng.uniform(0.5, 0.8))
            self.add(_Item(mid, "note", "flo", "exit_vague"))
        self.cover_items()
        for it in self.items:
            if it.who == "sio":
                it.role = it.header_role = "SIO"
            elif it.who == "coord":
                it.role = it.header_role = "Co-ordinator"

    def forms(self) -> None:
        state = self.states["FLO-FORMS"]
        rng = self.rng
        # on time: at most 34 hours, plus at most 10 waiting for office hours, stays inside 48
        deploy_at = self.t0 + timedelta(hours=rng.randint(2, 34))
        exit_at = self.t1 + timedelta(hours=rng.randint(1, 34))
        self.form_variant = {"deploy": "ok", "exit": "ok"}
        if state == ABSENT:
            broken = rng.choice((("deploy",), ("exit",), ("deploy", "exit")))
            for which in broken:
                self.form_variant[which] = rng.choice(("missing", "late"))
        elif state == UNCLEAR:
            self.form_variant[rng.choice(("deploy", "exit"))] = "vague"
        if self.form_variant["deploy"] == "late":
            deploy_at = self.t0 + timedelta(days=rng.randint(4, 9), hours=rng.randint(0, 8))
        if self.form_variant["exit"] == "late":
            exit_at = self.t1 + timedelta(days=rng.randint(4, 10), hours=rng.randint(0, 8))
        self.form_times = {"deploy": self.daytime(deploy_at), "exit": self.daytime(exit_at)}
        if self.paper:
            return  # the paper log records the forms in its deployment and closing boxes
        for which, at in self.form_times.items():
            variant = self.form_variant[which]
            if variant == "missing":
                continue
            topic = f"form_{which}" + ("_vague" if variant == "vague" else "")
            when = (
                at if variant != "vague" else (self.t0 if which == "deploy" else self.t1) + timedelta(hours=1)
            )
            self.add(_Item(when, "note", "flo", topic))

    def reviews(self) -> None:
        state = self.states["FLO-SIO-SUPERVISION"]
        rng = self.rng
        if state == UNCLEAR:
            self.add(
                _Item(
                    self.t0 + timedelta(days=self.days * rng.uniform(0.3, 0.6)), "note", "flo", "review_vague"
                )
            )
            return
        if state != PRESENT or (self.paper and rng.random() < 0.4):
            return
        interval = max(9, min(16, self.days // 4))
        offset = rng.randint(2, 6)
        while offset < self.days:
            when = self.at(self.t0.date() + timedelta(days=offset), 8, 18)
            who = "coord" if rng.random() < 0.3 else "sio"
            self.add(_Item(when, "review", who, "review"))
            offset += rng.randint(interval - 3, interval)

    def cover_items(self) -> None:
        state = self.states["FLO-COVER"]
        if state == NOT_APPLICABLE or self.leave is None:
            return
        start, end = self.leave
        before = start - timedelta(days=1)
        back = end + timedelta(hours=self.rng.randint(8, 11))
        resume = next((it.when for it in self.contacts if it.when > end), None)
        if resume is not None and resume < back:
            back = resume - timedelta(minutes=self.rng.randrange(5, 30))
        if state == PRESENT:
            self.add(_Item(self.at(before.date(), 9, 17), "note", "flo", "handover"))
            self.add(_Item(back, "note", "flo", "handback"))
        elif state == UNCLEAR:
            self.add(_Item(self.at(before.date(), 9, 17), "note", "flo", "cover_vague"))
        else:
            if self.rng.random() < 0.5:
                self.items.append(_Item(self.at(before.date(), 15, 18), "note", "flo", "leave_note"))
            self.items.append(_Item(back, "note", "flo", "return_note"))

    def contact_failures(self) -> None:
        """Plant FLO-ALL-CONTACT failures on ordinary contacts."""
        state = self.states["FLO-ALL-CONTACT"]
        if state == PRESENT:
            return
        plain = [
            it
            for it in self.contacts[1:-1]
            if not it.extras
            and it.person is not self.case.partner  # the partner's contacts carry FLO-FAMILY-DEF
            and it.topic in ("update", "call_back", "tox", "questions", "release", "inquest")
        ]
        if state == UNCLEAR:
            for it in self.rng.sample(plain, k=min(len(plain), self.rng.randint(1, 2))):
                it.variant = "vague"
            if not plain:  # nothing ordinary to blur: add a vague contact of its own
                base = self.contacts[-1]
                extra = _Item(
                    base.when - timedelta(days=1), "contact", base.who, "update", person=base.person
                )
                extra.when = self.daytime(extra.when.replace(hour=12))
                extra.variant = "vague"
                self.contacts.insert(len(self.contacts) - 1, extra)
                self.items.append(extra)
            return
        variants = self.rng.sample(("no_time", "no_person", "summary"), k=self.rng.choice((1, 1, 2)))
        done = False
        for variant in variants:
            if variant == "summary" and self.plant_summary():
                done = True
            elif variant == "no_person" and plain:
                it = self.rng.choice(plain)
                plain.remove(it)
                it.variant = "no_person"
                done = True
            elif variant == "no_time":
                self.plant_no_time()
                done = True
        if not done:
            self.plant_no_time()

    def plant_no_time(self) -> None:
        attempts = [it for it in self.items if it.etype == "attempted_contact" and not it.date_only]
        if attempts:
            target = self.rng.choice(attempts)
        else:
            base = self.rng.choice(self.contacts[1:] or self.contacts)
            target = _Item(
                base.when - timedelta(minutes=90),
                "attempted_contact",
                base.who,
                "attempt",
                method="phone",
                person=base.person,
                relation=base.relation,
            )
            self.items.append(target)
        target.date_only = True
        target.variant = "no_time"

    def plant_summary(self) -> bool:
        """Replace one contact (and its attempts) by a summary of the week, keeping gaps as planned."""
        c = self.contacts
        for i in range(1, len(c) - 2):
            a, b, nxt = c[i - 1], c[i], c[i + 1]
            if b.extras or b.topic in ("final_exit", "funeral_day") or nxt.when - a.when > GAP_LIMIT:
                continue
            if self.blocked(b.when) or self.in_leave(b.when):
                continue
            if any(it.etype == "decision" and a.when <= it.when <= nxt.when for it in self.items):
                continue
            self.items = [
                it for it in self.items if not (it.etype in CONTACT_TYPES and a.when < it.when < nxt.when)
            ]
            self.contacts = [it for it in c if it is not b]
            para = self.paper
            summary = _Item(
                datetime.combine(nxt.when.date(), time(0, 0))
                if para
                else datetime.combine(b.when.date(), time(0, 0)),
                "note",
                "flo",
                "summary",
                date_only=True,
                para=para,
            )
            summary.extras = [a.when.date().isoformat(), nxt.when.date().isoformat()]
            self.items.append(summary)
            return True
        return False

    def trim(self) -> None:
        """Keep the log near ``MAX_ENTRIES``: drop spare attempts, then coroner calls, then spare reviews."""

        def count() -> int:
            return sum(1 for it in self.items if not it.para)

        for topic in ("attempt", "coroner", "review"):
            while count() > MAX_ENTRIES:
                spare = [
                    it
                    for it in self.items
                    if it.topic == topic
                    and not it.date_only
                    and (topic != "review" or self.review_count() > 2)
                ]
                if not spare:
                    break
                self.items.remove(spare[len(spare) // 2])

    def review_count(self) -> int:
        return sum(1 for it in self.items if it.topic == "review")

    # -- text -----------------------------------------------------------------------------------
    def compose(self) -> None:
        writers = {
            "deploy": self.t_deploy,
            "strategy": self.t_strategy,
            "strategy_vague": self.t_strategy_vague,
            "strategy_retro": self.t_strategy_retro,
            "risk_present": self.t_risk,
            "risk_unclear": self.t_risk_vague,
            "profile_present": self.t_profile,
            "profile_unclear": self.t_profile_vague,
            "form_deploy": self.t_form,
            "form_exit": self.t_form,
            "form_deploy_vague": self.t_form_vague,
            "form_exit_vague": self.t_form_vague,
            "review": self.t_review,
            "review_vague": self.t_review_vague,
            "coroner": self.t_coroner,
            "reduce": self.t_reduce,
            "reduce_vague": self.t_reduce_vague,
            "refuse": self.t_refuse,
            "exit_strategy": self.t_exit_strategy,
            "exit_decision": self.t_exit_decision,
            "exit_vague": self.t_exit_vague,
            "handover": self.t_handover,
            "handback": self.t_handback,
            "cover_vague": self.t_cover_vague,
            "leave_note": self.t_leave_note,
            "return_note": self.t_return_note,
            "summary": self.t_summary,
            "attempt": self.t_attempt,
        }
        self.items.sort(key=lambda it: it.when)
        for item in self.items:
            writer = writers.get(item.topic, self.t_contact)
            item.body = writer(item)
            for requirement in item.marks:
                item.body = self.ev(item.body, requirement)
        self.gap_marks()

    def gap_marks(self) -> None:
        """FLO-GAPS evidence: the reason entries (marked where written) or the contact after a silent gap."""
        if self.states["FLO-GAPS"] != ABSENT:
            return
        previous: _Item | None = None
        for item in self.items:
            if item.etype not in CONTACT_TYPES:
                continue
            if previous is not None and item.when - previous.when > GAP_LIMIT:
                item.body = self.ev(item.body, "FLO-GAPS")
            previous = item

    # admin entries
    def t_deploy(self, item: _Item) -> Marked:
        case = self.case
        age = self.dec.age_on(case.record_date)
        first = self.plain(
            self.voice.pick(
                {
                    "terse": (
                        "Deployed as FLO by {sio} (SIO) to family of {dn} ({age}), died {d} at {place}.",
                        "FLO deployment: family of {dn}, {age} yrs, death {d}, {place}. Deployed by {sio} (SIO).",
                    ),
                    "verbose": (
                        "I was deployed as family liaison officer by {sio}, the SIO, to the family of {dn}, aged "
                        "{age}, who died on {d} at {place}.",
                    ),
                    "narrative": (
                        "{sio}, the SIO, asked me to act as family liaison officer for the family of {dn}, aged "
                        "{age}, who died on {d} at {place}.",
                    ),
                },
                self.rng,
            ),
            sio=self.off(self.sio),
            dn=self.dec.full,
            age=age,
            d=self.d(case.timeline.call),
            place=case.place.described,
        )
        if self.two_flos:
            second = self.plain("{o} deployed as second FLO.", o=self.off(self.flo2))
        else:
            second = self.plain(
                self.rng.choice(
                    (
                        "No second FLO available; {o} from the investigation team to accompany on visits.",
                        "Single FLO deployment - {o} (OIC) to attend visits with me where possible.",
                    )
                ),
                o=self.off(self.oic),
            )
        return join(" ", [first, second, self.trained_sentence()])

    def trained_sentence(self) -> Marked:
        state = self.states["FLO-TRAINED"]
        if self.flo.flo_trained:
            text = self.rng.choice(
                ("I am a trained FLO (PIP2, FLO course).", "Trained FLO.", "FLO trained and accredited.")
            )
            return self.ev(text, "FLO-TRAINED")
        if state == PRESENT:
            text = self.plain(
                self.rng.choice(
                    (
                        "NB no trained FLO available on the BCU: I am not FLO trained and have been deployed by {sio} "
                        "as the family's point of contact. SIO aware.",
                        "Untrained officer deployed - no FLO available. Decision and rationale recorded by {sio}.",
                    )
                ),
                sio=self.off(self.sio),
            )
            return self.ev(text, "FLO-TRAINED")
        if state == UNCLEAR:
            return self.ev(
                self.rng.choice(("FLO accreditation: TBC.", "FLO status - see FLAT.")), "FLO-TRAINED"
            )
        return Marked()  # silently untrained

    def objectives(self) -> str:
        chosen = self.rng.sample(STRATEGY_OBJECTIVES, k=3)
        return "; ".join(f"({i}) {o.format(dec=self.dec.first)}" for i, o in enumerate(chosen, start=1))

    def t_strategy(self, item: _Item) -> Marked:
        interval = self.rng.choice((7, 14, 28))
        by = (
            ""
            if item.who == "sio"
            else self.plain(" Set by {sio} (SIO) at briefing.", sio=self.off(self.sio))
        )
        text = self.pick(
            {
                "terse": (
                    "Family liaison strategy {d}:{by} Objectives: {obj}. Welfare: FLO welfare checks w/ co-ordinator. "
                    "Contact: daily for first wk then min weekly. Review every {n} days.",
                ),
                "verbose": (
                    "Family liaison strategy dated {d}.{by} The objectives are: {obj}. Welfare considerations: the FLO "
                    "will have fortnightly welfare checks with the co-ordinator. Contact will be daily in the first "
                    "week and at least weekly after that. The strategy will be reviewed every {n} days.",
                ),
                "narrative": (
                    "Family liaison strategy, {d}.{by} The FLO's objectives are to {obj}. The FLO's welfare will be "
                    "checked by the co-ordinator. I expect daily contact at first, then at least weekly, and I will "
                    "review this strategy every {n} days.",
                ),
            },
            d=self.d(item.when),
            by=by,
            obj=self.objectives(),
            n=interval,
        )
        return self.ev(text, "FLO-STRATEGY")

    def t_strategy_vague(self, item: _Item) -> Marked:
        text = self.plain(
            self.rng.choice(
                ("Briefed by {sio} (SIO). Strategy as discussed.", "Strategy: see policy file - {sio}.")
            ),
            sio=self.off(self.sio),
        )
        return self.ev(text, "FLO-STRATEGY")

    def t_strategy_retro(self, item: _Item) -> Marked:
        text = self.plain(
            "Family liaison strategy written today{by}, following concerns raised by the family about contact. "
            "Objectives: {obj}.",
            by="" if item.who == "sio" else self.plain(" by {sio} (SIO)", sio=self.off(self.sio)),
            obj=self.objectives(),
        )
        return self.ev(text, "FLO-STRATEGY")

    def t_risk(self, item: _Item) -> Marked:
        risks = self.rng.choice(
            (
                "large dog at the family address",
                "a family member with a history of hostility towards police",
                "possible media presence at the address",
                "no specific hazards identified at the family address",
            )
        )
        level = self.rng.choice(("low", "low", "medium"))
        text = self.pick(
            {
                "terse": ("Deployment risk assessment completed + sent to SIO: {risks}. Risk {level}.",),
                "verbose": (
                    "The deployment risk assessment has been completed and sent to the SIO: {risks}; overall risk "
                    "assessed as {level}.",
                ),
                "narrative": (
                    "I completed the deployment risk assessment and sent it to the SIO. Risks: {risks}; {level} overall.",
                ),
            },
            risks=risks,
            level=level,
        )
        return self.ev(text, "FLO-RISK")

    def t_risk_vague(self, item: _Item) -> Marked:
        return self.ev(
            self.rng.choice(("Risk assessment - TBC.", "RA to follow.", "Risk assessment: see file.")),
            "FLO-RISK",
        )

    def points_of_contact(self) -> str:
        case = self.case
        rows = [f"{self.name(case.nok)} ({case.nok_relationship}) {self.phone(case.nok)}"]
        if case.partner is not None and self.states["FLO-FAMILY-DEF"] == PRESENT:
            rows.append(
                f"{self.name(case.partner)} ({case.partner_relationship or 'partner'}) {self.phone(case.partner)}"
            )
        return "; ".join(rows)

    def background(self) -> str:
        case = self.case
        parts = [f"{self.dec.full}, {self.dec.age_on(case.record_date)}, of {self.dec.address.line}"]
        if self.dec.religion and self.dec.religion != "no religion":
            parts.append(f"{self.dec.religion}")
        if case.circumstances.medical_history:
            parts.append(f"history of {case.circumstances.medical_history}")
        return ", ".join(parts)

    def profile_text(self) -> Marked:
        text = self.plain(
            self.voice.pick(
                {
                    "terse": (
                        "Initial victim profile completed. Background: {bg}. Family points of contact: {poc}.",
                    ),
                    "verbose": (
                        "The initial victim profile has been completed. Background: {bg}. The family's points of "
                        "contact are {poc}.",
                    ),
                    "narrative": (
                        "I completed the initial victim profile ({bg}). The family want me to contact {poc}.",
                    ),
                },
                self.rng,
            ),
            bg=self.background(),
            poc=self.points_of_contact(),
        )
        out = self.ev(text, "FLO-PROFILE")
        if self.states["FLO-FAMILY-DEF"] == PRESENT:
            out = self.ev(out, "FLO-FAMILY-DEF")
        return out

    def t_profile(self, item: _Item) -> Marked:
        return self.profile_text()

    def t_profile_vague(self, item: _Item) -> Marked:
        return self.ev(
            self.rng.choice(("Victim profile - TBC.", "Victim profile: see separate (not attached).")),
            "FLO-PROFILE",
        )

    def t_form(self, item: _Item) -> Marked:
        which = "Deployment" if item.topic == "form_deploy" else "Exit"
        text = self.pick(
            {
                "terse": ("{w} form completed + submitted to FLAT.", "{w} form sent to FLAT today."),
                "verbose": (
                    "The {wl} form has been completed and submitted to the Family Liaison Advisory Team (FLAT).",
                ),
                "narrative": (
                    "I completed the {wl} form and emailed it to the family liaison advisory team.",
                ),
            },
            w=which,
            wl=which.lower(),
        )
        return self.ev(text, "FLO-FORMS")

    def t_form_vague(self, item: _Item) -> Marked:
        which = "Deployment" if "deploy" in item.topic else "Exit"
        return self.ev(self.rng.choice((f"{which} form - to follow.", f"{which} form: TBC.")), "FLO-FORMS")

    def t_review(self, item: _Item) -> Marked:
        strategy = self.states["FLO-STRATEGY"] == PRESENT
        if item.who == "coord":
            text = self.pick(
                {
                    "any": (
                        "Co-ordinator review: log read, entries up to date, FLO welfare checked.",
                        "Log reviewed by FLC. Contact levels appropriate; FLO welfare discussed.",
                    )
                }
            )
        else:
            text = self.pick(
                {
                    "terse": ("SIO review: log read. Contact appropriate. {s}Next review {d}.",),
                    "verbose": (
                        "Supervisory review of the FLO log by the SIO: entries read and contact with the family is "
                        "appropriate. {s}Next review due {d}.",
                    ),
                    "narrative": (
                        "I have read the log to date. The contact with the family is right for now. {s}I will look again on {d}.",
                    ),
                },
                s="Strategy reviewed - objectives unchanged. " if strategy else "",
                d=self.d(item.when + timedelta(days=14)),
            )
        return self.ev(text, "FLO-SIO-SUPERVISION")

    def t_review_vague(self, item: _Item) -> Marked:
        return self.ev(
            self.rng.choice(("Log reviewed by SIO - see policy file.", "SIO aware of log. Reviewed.")),
            "FLO-SIO-SUPERVISION",
        )

    def t_coroner(self, item: _Item) -> Marked:
        return Marked(
            self.pick(
                {
                    "any": (
                        "Spoke to coroner's officer re PM findings and release of the body.",
                        "T/C with coroner's officer: PM complete, body release to be confirmed.",
                    )
                }
            )
        )

    def decision_reason(self, specific: Sequence[str]) -> tuple[str, str]:
        if self.rng.random() < self.case.quality:
            return SPECIFIC, self.rng.choice(specific)
        kind = self.rng.choice((GENERIC, NONE))
        return kind, self.rng.choice(FLO_GENERIC_REASONS) if kind == GENERIC else ""

    def sio_prefix(self, item: _Item) -> str:
        return "" if item.who == "sio" else f"{self.off(self.sio)} (SIO): "

    def t_reduce(self, item: _Item) -> Marked:
        nok = self.case.nok.first
        kind, reason = self.decision_reason(
            (
                f"as {nok} has asked for contact only when there is news",
                f"at the family's request: {nok} wants space after the funeral and there is no update due until toxicology",
                "as the family are well supported and nothing is expected from the investigation for several weeks",
            )
        )
        freq = self.rng.choice(("fortnightly", "every two weeks", "once a fortnight unless there is news"))
        before = (
            self.sio_prefix(item)
            + _cap(f"contact with the family reduced to {freq}")
            + (" " if reason else "")
        )
        sentence = self.decision(before, "reduce_contact", kind, reason, ".")
        return self.ev(sentence, "FLO-GAPS")

    def t_reduce_vague(self, item: _Item) -> Marked:
        sentence = self.decision(
            self.rng.choice(("Contact reduced - see policy file", "Contact reduced per SIO")),
            "reduce_contact",
            NONE,
            "",
            ".",
        )
        return self.ev(sentence, "FLO-GAPS")

    def request_text(self) -> tuple[str, tuple[str, ...]]:
        dec = self.dec.first
        return self.rng.choice(
            (
                (
                    f"have {dec}'s mobile phone back",
                    (
                        "because the phone is still being examined and will be returned once the download is complete",
                    ),
                ),
                (
                    f"see the place where {dec} was found",
                    (
                        "as the scene was held for forensic examination and has since been released to the council",
                    ),
                ),
                (
                    "have a copy of the post-mortem report",
                    (
                        "as the report belongs to the coroner; the family can ask the coroner's officer for a copy",
                    ),
                ),
                (
                    f"be told the names of the people {dec} was with",
                    ("as naming them now could affect how the witnesses are identified and interviewed",),
                ),
            )
        )

    def t_refuse(self, item: _Item) -> Marked:
        if self.request_choice is None:
            self.request_choice = self.request_text()
        request, reasons = self.request_choice
        kind, reason = self.decision_reason(reasons)
        before = self.sio_prefix(item) + _cap(f"family's request to {request} considered and refused")
        return self.decision(before + (" " if reason else ""), "refuse_request", kind, reason, ".")

    def t_exit_strategy(self, item: _Item) -> Marked:
        text = self.plain(
            self.voice.pick(
                {
                    "terse": (
                        "Exit strategy agreed{wth}: contact to reduce {after}; final visit once {m}; then OIC "
                        "{oic} + coroner's officer to be family's contacts. Family told.",
                    ),
                    "verbose": (
                        "Exit strategy agreed{wth}: contact will reduce {after}, with a final visit once "
                        "{m}; after that the OIC, {oic}, and the coroner's officer will be the family's points of "
                        "contact. The family have been told and agree.",
                    ),
                    "narrative": (
                        "Exit strategy{wth}: I will reduce contact {after} and make a final visit once {m}. "
                        "The OIC, {oic}, and the coroner's officer will take over as the family's contacts.",
                    ),
                },
                self.rng,
            ),
            wth="" if item.who == "sio" else self.plain(" with {sio} (SIO)", sio=self.off(self.sio)),
            after="after the funeral" if item.when < self.funeral else "now that the funeral has taken place",
            m=self.rng.choice(
                (
                    "the family have had the toxicology results",
                    "the OIC has met the family",
                    "the family have the PM result",
                )
                if item.when >= self.funeral
                else (
                    "the inquest has been opened",
                    "the funeral has taken place",
                    "the family have the PM result",
                )
            ),
            oic=self.off(self.oic),
        )
        return self.ev(text, "FLO-EXIT")

    def t_exit_decision(self, item: _Item) -> Marked:
        kind, reason = self.decision_reason(
            (
                "because the funeral has taken place, the family have the OIC's details and there will be no further "
                "update until the inquest",
                "as the family have asked to deal with the coroner's officer directly from now on",
                "as the investigation has concluded and the family's questions have been answered",
            )
        )
        before = f"{self.sio_prefix(item)}FLO deployment to end on {self.d(self.t1)} after a final visit" + (
            " " if reason else ""
        )
        return self.ev(self.decision(before, "end_deployment", kind, reason, "."), "FLO-EXIT")

    def t_exit_vague(self, item: _Item) -> Marked:
        return self.ev(
            self.rng.choice(("Exit strategy: TBC.", "Exit - to be discussed with SIO.")), "FLO-EXIT"
        )

    def leave_dates(self) -> tuple[str, str]:
        assert self.leave is not None
        return self.d(self.leave[0]), self.d(self.leave[1])

    def t_handover(self, item: _Item) -> Marked:
        a, b = self.leave_dates()
        text = self.plain(
            self.voice.pick(
                {
                    "terse": (
                        "Handover: I am on {why} {a} to {b}. {o} (cover FLO) briefed today re family + actions. "
                        "{f} informed.",
                    ),
                    "verbose": (
                        "Handover: I will be away on {why} from {a} to {b}. {o} will cover as FLO and was briefed "
                        "today on the family, the investigation and outstanding actions. {f} has been told.",
                    ),
                    "narrative": (
                        "I am away on {why} from {a} until {b}. I briefed {o}, who will cover as FLO, and told {f}.",
                    ),
                },
                self.rng,
            ),
            why=self.leave_reason,
            a=a,
            b=b,
            o=self.off(self.flo2),
            f=self.case.nok.first,
        )
        return self.ev(text, "FLO-COVER")

    def t_handback(self, item: _Item) -> Marked:
        text = self.plain("Returned; handover back from {o}, log read.", o=self.off(self.flo2))
        return self.ev(text, "FLO-COVER")

    def t_cover_vague(self, item: _Item) -> Marked:
        text = self.plain(
            self.rng.choice(("{o} to cover while I am away.", "Cover arranged - {o}.")), o=self.off(self.flo2)
        )
        return self.ev(text, "FLO-COVER")

    def t_leave_note(self, item: _Item) -> Marked:
        a, b = self.leave_dates()
        return self.ev(self.plain("On {why} from {a} to {b}.", why=self.leave_reason, a=a, b=b), "FLO-COVER")

    def t_return_note(self, item: _Item) -> Marked:
        a, b = self.leave_dates()
        text = self.plain(
            self.rng.choice(("Back from {why} ({a} - {b}).", "Returned to work after {why}, {a} to {b}.")),
            why=self.leave_reason,
            a=a,
            b=b,
        )
        return self.ev(text, "FLO-COVER")

    def t_summary(self, item: _Item) -> Marked:
        a, b = (date.fromisoformat(x) for x in item.extras[:2])
        item.extras = []
        text = self.plain(
            self.rng.choice(
                (
                    "Weekly summary {a} to {b}: several contacts with the family during the week re funeral and PM. All well.",
                    "Summary w/c {a}: regular calls with family, updates given, nil issues.",
                )
            ),
            a=self.d(a),
            b=self.d(b),
        )
        return self.ev(text, "FLO-ALL-CONTACT")

    # contact entries
    def lead(self, item: _Item, values: dict[str, object]) -> str:
        if item.topic == "call_back":
            item.method = "phone"
            return self.pick(CALL_BACK_LEAD, **values)
        bank = {
            "visit": VISIT_LEAD,
            "phone": PHONE_LEAD,
            "text": TEXT_LEAD,
            "email": EMAIL_LEAD,
            "letter": LETTER_LEAD,
        }
        return self.pick(bank[item.method], **values)

    def method_for(self, topic: str) -> str:
        visits = (
            "intro",
            "property",
            "funeral_day",
            "final_exit",
            "pm_result",
            "religion_rites",
            "interpreter",
        )
        if topic in visits:
            return "letter" if topic == "final_exit" and self.rng.random() < 0.15 else "visit"
        if topic in ("viewing", "tox", "update", "release"):
            return self.rng.choices(("phone", "text", "email", "visit"), weights=(60, 20, 8, 12))[0]
        return self.rng.choices(("phone", "visit"), weights=(65, 35))[0]

    def with_officer(self, item: _Item) -> str:
        if item.who == "flo2":
            return f" with {self.off(self.flo)}" if self.two_flos and self.rng.random() < 0.4 else ""
        if self.rng.random() < 0.5:
            return f" with {self.off(self.flo2 if self.two_flos else self.oic)}"
        return ""

    def t_attempt(self, item: _Item) -> Marked:
        assert item.person is not None
        values = self.person_values(item.person, item.relation)
        bank, outcome = {
            "phone": (ATTEMPT_PHONE, "no answer - voicemail left"),
            "visit": (ATTEMPT_VISIT, "no reply - card left"),
            "text": (ATTEMPT_TEXT, "text sent - no reply"),
        }[item.method]
        item.outcome = outcome
        return self.contact_mark(Marked(self.pick(bank, **values)), item)

    def contact_mark(self, body: Marked, item: _Item) -> Marked:
        state = self.states["FLO-ALL-CONTACT"]
        if state == PRESENT or item.variant:
            return self.ev(body, "FLO-ALL-CONTACT")
        return body

    def t_contact(self, item: _Item) -> Marked:
        person = item.person
        assert person is not None
        item.method = item.method or self.method_for(item.topic)
        item.outcome = {"visit": "met", "letter": "letter sent", "email": "email reply"}.get(
            item.method, "spoke"
        )
        if item.variant == "no_person":
            item.person, item.relation = None, ""
            return self.contact_mark(Marked(self.pick(NO_PERSON)), item)
        if item.variant == "vague":
            item.person, item.relation = None, "family"
            return self.contact_mark(Marked(self.pick(VAGUE_CONTACT)), item)
        values = self.person_values(person, item.relation)
        values["w"] = self.with_officer(item)
        lead = self.lead(item, values)
        content = self.topic_text(item, values)
        extras = [self.extra(item, x, values) for x in item.extras]
        return self.contact_mark(join(" ", [lead, content, *extras]), item)

    def topic_text(self, item: _Item, values: dict[str, object]) -> Marked:
        topic = item.topic
        if topic == "final_exit" and item.method == "letter":
            return Marked(
                self.plain(
                    "Letter confirms my FLO deployment has ended, as agreed with the SIO, and gives the contact details "
                    "of the OIC {oic} and the coroner's officer.",
                    oic=self.off(self.oic),
                )
            )
        v = dict(values)
        v.update(
            next=self.rng.choice(NEXT_CONTACT),
            mortuary=self.mortuary,
            court=self.court,
            oic=self.off(self.oic),
            venue=self.venue,
            items=self.rng.choice(
                ("wallet, keys and clothing", "watch, bank cards and house keys", "rucksack and contents")
            ),
            q=self.rng.choice(QUESTIONS).format(dec=self.dec.first),
            follow=self.rng.choice(FOLLOW_UPS),
            cod=self.cause_text(),
            faith=self.dec.religion or "",
            cleric={"Christian": "priest"}.get(self.dec.religion or "", "minister"),
            lang=self.language or "",
        )
        if topic == "viewing":
            when = item.when + timedelta(days=self.rng.randint(1, 2))
            v.update(
                d=self.d(when),
                t=self.voice.time(datetime.combine(when.date(), time(self.rng.choice((10, 11, 14, 15)), 0))),
            )
        elif topic == "pm_date" and self.pm is not None:
            v.update(d=self.d(self.pm))
        elif topic == "release":
            v.update(d=self.d(self.release))
        elif topic == "inquest":
            v.update(d=self.d(self.inquest))
        elif topic in ("funeral", "funeral_day"):
            v.update(d=self.d(self.funeral))
        if topic == "funeral_day" and item.method != "visit":
            item.method = "visit"
        bank = TOPICS.get(topic, TOPICS["update"])
        return Marked(self.pick(bank, **v))

    @property
    def venue(self) -> str:
        """Where the funeral is, by the deceased's faith (the same for every entry of a log)."""
        by_faith = {
            "Muslim": "the mosque and the Muslim cemetery",
            "Sikh": "the gurdwara and the crematorium",
            "Hindu": "the local crematorium",
            "Jewish": "the Jewish cemetery",
            "Christian": "the family's church",
        }
        if self.dec.religion in by_faith:
            return by_faith[self.dec.religion]
        general = (
            "the City of London Cemetery",
            "the local crematorium",
            "Kensal Green Cemetery",
            "the crematorium",
        )
        return general[self.doc.seed % len(general)]

    def cause_text(self) -> str:
        c = self.case.circumstances
        if self.case.category == "homicide":
            return "death caused by the injuries, full findings to follow"
        if c.manner == "natural":
            return self.rng.choice(
                ("consistent with heart disease, subject to further tests", "unascertained pending histology")
            )
        return "cause not yet given, pending toxicology"

    def extra(self, item: _Item, extra: str, values: dict[str, object]) -> Marked:
        if extra == "support":
            return self.x_support(values)
        if extra == "investigative":
            return self.x_investigative(item, values)
        if extra == "partner_mention":
            return self.x_partner(values)
        if extra == "request":
            self.request_choice = self.request_text()
            return Marked(
                self.plain(
                    "{f} asked whether the family can {req}; I said I would put this to the SIO.",
                    f=values["f"],
                    req=self.request_choice[0],
                )
            )
        return Marked()

    def x_support(self, values: dict[str, object]) -> Marked:
        state = self.states["FLO-SUPPORT"]
        if state == UNCLEAR:
            return self.ev(
                self.rng.choice(("Support agencies discussed.", "Support info - see leaflet.")), "FLO-SUPPORT"
            )
        case = self.case
        agencies: tuple[str, ...]
        if case.category == "homicide":
            agencies = SUPPORT_AGENCIES_HOMICIDE
        elif case.circumstances.manner == "hanging":
            agencies = SUPPORT_SUICIDE
        elif case.circumstances.substance is not None:
            agencies = (*SUPPORT_DRUGS, SUPPORT_AGENCIES[0])
        else:
            agencies = SUPPORT_AGENCIES
        first, second = self.rng.sample(agencies, k=2)
        consent = self.rng.random() < 0.6
        text = self.pick(
            {
                "terse": (
                    "Support info given: {a1}, {a2}. "
                    + (
                        "Referral to {a1} made w/ {f}'s consent."
                        if consent
                        else "{f} declined referral to {a1} for now - will offer again."
                    ),
                ),
                "verbose": (
                    "I gave {f} information about {a1} and {a2}. "
                    + (
                        "With {f}'s consent I made a referral to {a1} today."
                        if consent
                        else "{f} declined a referral to {a1} for now; I will offer it again."
                    ),
                ),
                "narrative": (
                    "We talked about support: I gave {f} details of {a1} and {a2}. "
                    + (
                        "{f} agreed to a referral to {a1}, which I made."
                        if consent
                        else "{f} does not want a referral yet."
                    ),
                ),
            },
            f=values["f"],
            a1=first,
            a2=second,
        )
        return self.ev(text, "FLO-SUPPORT")

    def info_given(self, values: dict[str, object]) -> str:
        c = self.case.circumstances
        dec = self.dec.first
        options = [f"{dec} had been out with two friends from work the night before and came home late"]
        if c.app_meeting:
            options.append(f"{dec} had been meeting a man {self.he} met through a dating app")
        if c.phone_missing:
            options.append(f"{dec} always carried {self.his} phone, a black handset with a cracked screen")
        if c.substance is not None:
            options.append(
                f"{dec} had started using {c.substance.street_names[0]} with friends in recent months"
            )
        if c.domestic:
            options.append(f"{dec} had been frightened of an ex-partner who had made threats")
        if c.medical_history:
            options.append(f"{dec} had stopped taking {self.his} prescribed medication ({c.medical_history})")
        return self.rng.choice(options)

    def x_investigative(self, item: _Item, values: dict[str, object]) -> Marked:
        state = self.states["FLO-INVESTIGATIVE"]
        info = self.info_given(values)
        said = self.plain(
            self.rng.choice(("{f} states {info}.", "{f} told me {info}.", "Info from {f}: {info}.")),
            f=values["f"],
            info=info,
        )
        if state == ABSENT:
            return self.ev(said, "FLO-INVESTIGATIVE") if self.rng.random() < 0.6 else Marked()
        if state == UNCLEAR:
            tail = self.rng.choice(("To be passed to OIC.", "See MG11.", "Info to MIT."))
            return self.ev(said + " " + tail, "FLO-INVESTIGATIVE")
        recipient = self.case.officers[self.rng.choice(("ds", "oic"))]
        at = item.when + timedelta(minutes=self.rng.randrange(30, 180))
        tail = self.plain(
            self.rng.choice(
                (
                    "Passed to {o} at {t}.",
                    "Info passed to {o} by phone at {t} on {d}.",
                    "I passed this to {o} at {t}.",
                )
            ),
            o=self.off(recipient),
            t=self.voice.time(at),
            d=self.d(at),
        )
        return self.ev(said + " " + tail, "FLO-INVESTIGATIVE")

    def x_partner(self, values: dict[str, object]) -> Marked:
        partner = self.case.partner
        if partner is None:
            return Marked()
        rel = self.case.partner_relationship or "partner"
        if self.states["FLO-FAMILY-DEF"] == UNCLEAR:
            text = self.plain(
                "{f} said {dec} had a {rel} - details TBC.", f=values["f"], dec=self.dec.first, rel=rel
            )
        else:
            text = self.plain(
                self.rng.choice(
                    (
                        "{f} mentioned {dec}'s {rel} {pn}, who {dec} had been living with.",
                        "{dec} had been in a relationship with {pn} ({rel}); {f} does not know {pf} well.",
                    )
                ),
                f=values["f"],
                dec=self.dec.first,
                rel=rel,
                pn=self.name(partner),
                pf=partner.first,
            )
        return self.ev(text, "FLO-FAMILY-DEF")

    # -- after the text: when entries were written, who signed, capitals --------------------------
    def finish(self) -> None:
        self.items.sort(key=lambda it: it.when)
        self.timeliness()
        if not self.paper:
            self.authorship()
        if self.voice.name == "caps":
            for item in self.items:
                item.body = item.body.upper()
        self.family_def_marks()

    def timeliness(self) -> None:
        state = self.states["FLO-TIMELY"]
        rng = self.rng
        entries = [it for it in self.items if not it.para]
        if not self.paper and state != UNCLEAR:
            for it in entries:
                it.recorded_at = it.when + timedelta(minutes=rng.randrange(3, 480))
                it.stamp_mark = state == PRESENT
        flo_entries = [it for it in entries if it.who in ("flo", "flo2") and not it.date_only]
        if state == ABSENT and flo_entries:
            if rng.random() < 0.5 and len(flo_entries) >= 4:  # a batch written up days later
                size = rng.randint(3, min(6, len(flo_entries)))
                start = rng.randrange(0, len(flo_entries) - size + 1)
                batch = flo_entries[start : start + size]
                written_at = batch[-1].when + timedelta(days=rng.randint(3, 8), hours=rng.randint(0, 6))
                late = [(it, written_at) for it in batch]
            else:
                picks = rng.sample(flo_entries, k=min(len(flo_entries), rng.randint(2, 4)))
                late = [
                    (it, it.when + timedelta(days=rng.randint(3, 9), hours=rng.randint(0, 6))) for it in picks
                ]
            for it, at in late:
                it.recorded_at = at
                it.stamp_mark = True
                if self.paper:
                    it.late_note = self.plain(
                        "LATE ENTRY (written {d} {t}):", d=self.d(at), t=self.voice.time(at)
                    )
                    it.late_mark = True
        elif state == UNCLEAR and self.paper and flo_entries:
            for it in rng.sample(flo_entries, k=min(len(flo_entries), 2)):
                it.late_note = "(written up later)"
                it.late_mark = True

    def authorship(self) -> None:
        """Electronic logs: every entry has an authenticated author, unless FLO-SIGNED fails."""
        state = self.states["FLO-SIGNED"]
        if state == PRESENT:
            return
        candidates = [
            it
            for it in self.items
            if it.who in ("flo", "flo2") and it.etype in CONTACT_TYPES and not it.date_only
        ]
        for it in self.rng.sample(candidates, k=min(len(candidates), self.rng.randint(2, 4))):
            it.who = "none" if state == ABSENT else "generic"
            it.body = self.ev(it.body, "FLO-SIGNED")

    def family_def_marks(self) -> None:
        if self.states["FLO-FAMILY-DEF"] != PRESENT or self.case.partner is None:
            return
        for it in self.items:
            if it.person is self.case.partner and it.etype == "contact":
                it.body = self.ev(it.body, "FLO-FAMILY-DEF")
                break

    # -- blocks ---------------------------------------------------------------------------------------
    def header(self, item: _Item, *, time_only: bool) -> Marked:
        officer = self.officer_of(item.who)
        if officer is not None:
            role = item.header_role
            if item.who == "flo2" and self.in_leave(item.when) and self.states["FLO-COVER"] != ABSENT:
                role = "cover FLO"
            who = f"{self.off(officer)} ({role})"
        elif item.who == "generic":
            who = "FLO"
        else:
            who = ""
        if item.date_only:
            moment = self.date_text(item.when.date())
        elif time_only:
            moment = self.voice.time(item.when)
        else:
            moment = self.when_text(item.when)
        stamp = Marked()
        if item.recorded_at is not None and not self.paper:
            # the quote ("entered 14/05/2023 15:02") is also what the auditor shows for a CSV/JSON export
            entered = Marked(f"entered {item.recorded_at.strftime(STAMP_FORMAT)}")
            stamp = " [" + (entered.mark("req:FLO-TIMELY") if item.stamp_mark else entered) + "]"
        style = self.header_style if not time_only else self.header_style % 2
        if style == 1:
            head = f"{moment} - {who}" if who else moment
            return Marked(head) + stamp + " -"
        if style == 2 and not time_only:
            return Marked(f"[{moment}] {who}".rstrip()) + stamp + ":"
        return Marked(f"{moment} {who}".rstrip()) + stamp + ":"

    def log_entry(self, item: _Item, *, time_only: bool) -> LogEntry:
        officer = self.officer_of(item.who)
        body = item.body
        if item.late_note:
            note = Marked(item.late_note)
            body = (self.ev(note, "FLO-TIMELY") if item.late_mark else note) + " " + body
        person = ""
        if item.person is not None:
            person = f"{item.person.full} ({item.relation})"
        elif item.relation:
            person = item.relation
        if item.etype in CONTACT_TYPES and not item.method:
            item.method = "phone"
        return LogEntry(
            header=self.header(item, time_only=time_only and not item.date_only),
            body=body,
            when=datetime.combine(item.when.date(), time(0, 0)) if item.date_only else item.when,
            author=officer.last.upper() if officer is not None else ("FLO" if item.who == "generic" else ""),
            rank=officer.shown_rank if officer is not None else "",
            collar=officer.collar if officer is not None else "",
            role=item.role if item.who not in ("none",) else "",
            entry_type=item.etype,
            method=item.method if item.etype in CONTACT_TYPES else "",
            contact_person=person if item.etype in CONTACT_TYPES else "",
            outcome=item.outcome if item.etype in CONTACT_TYPES else "",
            recorded_at=item.recorded_at,
            date_only=item.date_only,
        )

    def paper_form(self) -> None:
        case = self.case
        self.field("CRIS reference", case.cris_ref, name="cris_ref")
        self.field("Deceased", self.dec.full, name="deceased_name")
        self.field("Date of death", self.d(case.timeline.call))
        flo_text = self.off(self.flo)
        trained = self.states["FLO-TRAINED"]
        if not self.flo.flo_trained and trained == PRESENT:
            self.field(
                "FLO",
                self.ev(flo_text + " - not FLO trained, no FLO available (SIO authorised)", "FLO-TRAINED"),
                name="flo_name",
            )
        elif self.flo.flo_trained and self.rng.random() < 0.5:
            self.field("FLO", self.ev(flo_text + " (trained FLO)", "FLO-TRAINED"), name="flo_name")
        else:
            self.field("FLO", flo_text, name="flo_name")
        self.field("Second FLO", self.off(self.flo2) if self.two_flos else "None")
        self.field("SIO", self.off(self.sio), name="sio")
        self.field("Date/time deployed", self.dt(self.t0))
        self.form_field("deploy")
        risk = self.states["FLO-RISK"]
        if risk == PRESENT:
            level = self.rng.choice(("low", "medium"))
            self.field(
                "Risk assessment",
                self.ev(f"Completed {self.d(self.t0)} - {level} - copy attached", "FLO-RISK"),
            )
        elif risk == UNCLEAR:
            self.field(
                "Risk assessment", self.ev(self.rng.choice(("TBC", "to follow", "see file")), "FLO-RISK")
            )
        elif self.rng.random() < 0.5:
            self.blocks.append(
                FieldRow(Marked(self.voice.label("Risk assessment")).mark("req:FLO-RISK"), Marked())
            )
        label = "Family members / points of contact (victim profile)"
        profile = self.states["FLO-PROFILE"]
        if profile == PRESENT:
            self.field(label, self.profile_text())
        elif profile == UNCLEAR:
            self.field(label, self.ev(self.rng.choice(("TBC", "see separate profile")), "FLO-PROFILE"))
        else:
            self.blocks.append(FieldRow(Marked(self.voice.label(label)).mark("req:FLO-PROFILE"), Marked()))

    def form_field(self, which: str) -> None:
        label = "Deployment form sent to FLAT" if which == "deploy" else "Exit form sent to FLAT"
        variant = self.form_variant[which]
        if variant == "missing":
            if self.rng.random() < 0.5:
                self.blocks.append(FieldRow(Marked(self.voice.label(label)).mark("req:FLO-FORMS"), Marked()))
            return
        if variant == "vague":
            self.field(label, self.ev(self.rng.choice(("TBC", "to follow")), "FLO-FORMS"))
            return
        self.field(label, self.ev(self.dt(self.form_times[which]), "FLO-FORMS"))

    def paper_pages(self) -> None:
        items = self.items
        pages: list[list[_Item]] = []
        i = 0
        size = self.rng.randint(3, 6)
        while i < len(items):
            chunk: list[_Item] = []
            count = 0
            while i < len(items) and count < size:
                chunk.append(items[i])
                count += 0 if items[i].para else 1
                i += 1
            pages.append(chunk)
            size = self.rng.randint(6, 10)
        flo_state = self.states["FLO-SIGNED"]
        sio_state = self.states["FLO-SIO-SUPERVISION"]
        unsigned = set()
        if flo_state == ABSENT:
            unsigned = set(
                self.rng.sample(range(len(pages)), k=max(1, min(len(pages), self.rng.randint(1, 3))))
            )
        sio_variant = self.rng.choice(("none", "none", "first")) if sio_state == ABSENT else ""
        self.heading("Log entries", numbered=False)
        for number, page in enumerate(pages):
            last_day: date | None = None
            for item in page:
                if item.para:
                    self.para(item.body)
                    last_day = None
                    continue
                if self.date_lines and not item.date_only and item.when.date() != last_day:
                    self.blocks.append(Para(Marked(self.voice.label(self.voice.date(item.when.date())))))
                    last_day = item.when.date()
                self.entry(self.log_entry(item, time_only=self.date_lines))
            final = number == len(pages) - 1
            if final:
                self.closing_fields()
            entries = [it for it in page if not it.para]
            last = max((it.when for it in entries), default=self.t1)
            self.flo_signature(number in unsigned, flo_state, last)
            self.sio_signature(number, sio_state, sio_variant, last)
            if not final:
                self.page_break()

    def closing_fields(self) -> None:
        if self.states["FLO-EXIT"] != ABSENT:
            self.field("Exit date", self.d(self.t1))
        self.form_field("exit")

    def flo_signature(self, unsigned: bool, state: str, last: datetime) -> None:
        name = self.off(self.flo)
        when = self.d(last + timedelta(hours=self.rng.randint(0, 20)))
        role = Marked(self.voice.label("FLO"))
        if state == ABSENT and unsigned:
            if self.rng.random() < 0.6:
                self.blocks.append(Signature(role.mark("req:FLO-SIGNED"), Marked(), Marked()))
            else:
                self.blocks.append(Signature(role.mark("req:FLO-SIGNED"), Marked(name), Marked()))
            return
        if state == UNCLEAR:
            initials = f"{self.flo.first[0]}{self.flo.last[0]}"
            self.blocks.append(Signature(role, Marked(initials).mark("req:FLO-SIGNED"), Marked(when)))
            return
        signed = Marked(name).mark("req:FLO-SIGNED") if state == PRESENT else Marked(name)
        self.blocks.append(Signature(role, signed, Marked(when)))

    def sio_signature(self, number: int, state: str, variant: str, last: datetime) -> None:
        role = Marked(self.voice.label(self.rng.choice(("SIO countersignature", "SIO"))))
        if state == PRESENT:
            when = self.d(last + timedelta(days=self.rng.randint(0, 6)))
            self.blocks.append(
                Signature(role, Marked(self.off(self.sio)).mark("req:FLO-SIO-SUPERVISION"), Marked(when))
            )
        elif state == UNCLEAR:
            self.blocks.append(
                Signature(role, Marked("see policy file").mark("req:FLO-SIO-SUPERVISION"), Marked())
            )
        elif variant == "first" and number == 0:
            when = self.d(last + timedelta(days=self.rng.randint(0, 6)))
            self.blocks.append(Signature(role, Marked(self.off(self.sio)), Marked(when)))
        else:
            self.blocks.append(Signature(role.mark("req:FLO-SIO-SUPERVISION"), Marked(), Marked()))

    def electronic_form(self) -> None:
        case = self.case
        self.field("Case reference", case.cris_ref, name="cris_ref")
        self.field("Deceased", self.dec.full, name="deceased_name")
        self.field("FLO", self.off(self.flo), name="flo_name")
        self.field("SIO", self.off(self.sio), name="sio")
        self.field("Log opened", self.dt(self.t0))
        for item in self.items:
            self.entry(self.log_entry(item, time_only=False))

    # -- the document -----------------------------------------------------------------------------
    def write(self) -> Written:
        self.setup()
        self.decide()
        self.plan()
        self.compose()
        self.finish()
        case = self.case
        if self.paper:
            self.paper_form()
            self.paper_pages()
            title = self.rng.choice(("FAMILY LIAISON LOG", "FAMILY LIAISON OFFICER LOG", "FLO LOG BOOK"))
            header = f"RESTRICTED - Family Liaison Log - CRIS {case.cris_ref} - {self.dec.full}"
            spec = self.spec(title, header=header, footer="Page {page} of {pages}", layout="log")
        else:
            self.electronic_form()
            title = self.rng.choice(
                ("Family Liaison Log", "FLO Log - electronic record", "Family Liaison Log (MPS)")
            )
            # a printout of records, header line then text, so the "entered" stamps survive in PDF and DOCX
            header = f"OFFICIAL-SENSITIVE    FLO log    CRIS {case.cris_ref}"
            spec = self.spec(title, header=header, layout="form")
        for requirement in REQUIREMENTS:
            self.states.setdefault(requirement, NOT_APPLICABLE)
        return self.written(spec)


def longest_unexplained_gap(entries: Sequence[LogEntry]) -> timedelta:
    """The longest interval between consecutive contact entries with no reason recorded before its end.

    A reason is a non-contact entry marked ``req:FLO-GAPS`` (a reduced-contact decision or a
    family request); once recorded it explains the longer intervals that follow it.
    """
    longest = timedelta(0)
    previous: datetime | None = None
    reasons = [
        e.when
        for e in entries
        if e.when and e.entry_type not in CONTACT_TYPES and "req:FLO-GAPS" in marks_of(e)
    ]
    for entry in entries:
        if entry.entry_type not in CONTACT_TYPES or entry.when is None:
            continue
        if previous is not None:
            gap = entry.when - previous
            if not any(r < entry.when for r in reasons):
                longest = max(longest, gap)
        previous = entry.when
    return longest


def marks_of(entry: LogEntry) -> set[str]:
    """The label keys inside an entry's body."""
    return {m.key for m in entry.body.marks}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def write_flo_log(case: CasePlan, doc: DocPlan, cases: Mapping[int, CasePlan]) -> Written:
    return FloLogWriter(case, doc, cases).write()
