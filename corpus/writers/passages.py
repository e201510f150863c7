"""Passages that other cases copy: the categorisation rationale, the supervisor's
review comment and the incident narrative.

Each passage is a template chosen and voiced from the *source* document's own
seed, then filled with a case's values. A verbatim copy fills it with the
source case's values (identical text); an edited copy fills the same voiced
template with the copying case's names, dates and references, which is how
pasted text looks after someone changes the details.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

from corpus.plan import COPY_SLOT_KIND, CasePlan, DocPlan, derived_seed
from corpus.voices import Voice, make_voice

# Each passage is a sequence of sentence positions; every position has several
# phrasings, so two unrelated cases rarely share more than a stock sentence
# (which a copy detector must learn to ignore as boilerplate).
Bank = Mapping[str, Sequence[Sequence[str]]]

RATIONALE: Bank = {
    "terse": (
        (
            "No injuries of note on {deceased}.",
            "No visible injuries to {deceased_first}.",
            "Body examined in situ with LAS - no injuries beyond {position}.",
            "Nil injuries seen.",
        ),
        ("{substance_found}.", "{substance_found}, consistent with history.", "Drugs: {substance_lc}."),
        (
            "Last seen alive by {last_seen} at {last_seen_time}.",
            "Last contact {last_seen} {last_seen_time}.",
            "{last_seen} saw dec'd {last_seen_time}, nil concerns.",
        ),
        ("Medical history: {history}.", "GP history of {history}.", "PMH {history}."),
        (
            "Satisfied no third party involvement.",
            "Not suspicious.",
            "No 3rd party involvement indicated.",
            "Nothing to indicate anyone else involved at {place}.",
        ),
    ),
    "verbose": (
        (
            "I have categorised this death as not suspicious for the following reasons.",
            "The decision that this death is not suspicious is based on the following.",
            "My reasons for this categorisation are as follows.",
        ),
        (
            "No injuries were found on {deceased} other than those consistent with {position}.",
            "{deceased} had no injuries of concern when examined with the ambulance crew.",
            "A careful check of {deceased_first} showed no injuries that could not be explained.",
        ),
        (
            "In addition, {substance_lc}.",
            "It was also noted that {substance_lc}.",
            "Further, {substance_lc}.",
        ),
        (
            "The deceased was last seen alive by {last_seen} at {last_seen_time}, who describes them as being "
            "in their usual health.",
            "{last_seen} last saw {deceased_first} at {last_seen_time} and noticed nothing unusual.",
            "The last known contact was with {last_seen} at {last_seen_time}.",
        ),
        (
            "The medical history of {history} is consistent with the scene.",
            "The history of {history} provides a likely explanation.",
            "The account given by {finder} matches what officers found at {place}.",
        ),
    ),
    "narrative": (
        (
            "Having looked at the scene myself, I was satisfied that nobody else was involved.",
            "I formed the view that this was not a suspicious death.",
            "I did not think anyone else had been involved.",
        ),
        (
            "{deceased} had no injuries that worried me and {substance_lc}.",
            "I could see no injuries on {deceased_first}, and {substance_lc}.",
            "There were no marks on {deceased_first} apart from {position}; {substance_lc}.",
        ),
        (
            "{last_seen} told me they had last seen {deceased_first} at {last_seen_time} and nothing seemed wrong.",
            "What {finder} told me matched what I found at {place}.",
            "I spoke to {last_seen}, who saw {deceased_first} at {last_seen_time} and said he seemed fine.",
        ),
        (
            "{deceased_first} had {history}, which fits with what I saw.",
            "The family told me about {history}.",
            "From the GP summary I knew about {history}.",
            "Medication in the kitchen matched a history of {history}.",
        ),
        (
            "{finder}, a {finder_role}, found {deceased_first} {position}.",
            "The {finder_role} who found {deceased_first} gave an account that made sense.",
            "I have no concerns about the {finder_role}, {finder}, who found the body.",
        ),
    ),
}

SUPERVISOR: Bank = {
    "terse": (
        (
            "Investigation report reviewed - good standard.",
            "Reviewed.",
            "Supervisory review completed.",
            "Report read in full.",
            "Reviewed CRIS and EAB.",
            "Sup review - all entries read.",
        ),
        (
            "Intel checks completed on {deceased} and {place}, nil of concern.",
            "Intelligence checks appropriate and complete.",
            "Checks on dec'd and address seen - nil trace.",
            "Research complete, nothing adverse.",
            "Intel: {intel_fact}.",
            "Checks show {intel_fact} - noted.",
        ),
        (
            "Safeguarding: NOK {nok} informed, leaflet given.",
            "Safeguarding considered - no children or adults at risk.",
            "No safeguarding issues identified at {place}.",
            "Family aware, no vulnerable persons at address.",
            "Safeguarding: {safeguarding}.",
            "{safeguarding} - safeguarding considered.",
        ),
        (
            "Outstanding: {outstanding}.",
            "Still to do: {outstanding}.",
            "Chase {outstanding}.",
            "OIC to progress {outstanding}.",
            "Await {outstanding}.",
        ),
        (
            "Content with actions to date.",
            "Category agreed.",
            "Happy with progress.",
            "OIC {oic} to update family.",
            "Review again at next milestone.",
            "Agree {history} likely relevant.",
        ),
    ),
    "verbose": (
        (
            "I have reviewed the investigation report and I am satisfied that it is of a good standard.",
            "I have read the report and the actions recorded to date.",
            "Supervisory review: the investigation to date has been proportionate.",
            "I have reviewed this CRIS in full, including the EAB entries.",
            "This review covers the work completed since the last supervisory entry.",
        ),
        (
            "The intelligence checks on {deceased} and the address at {place} have been completed and nothing of "
            "concern was identified.",
            "Intelligence checks have been carried out and recorded appropriately.",
            "The research completed on the deceased and the location is sufficient and shows nothing of note.",
            "The intelligence checks show {intel_fact}, which I have read and which does not change my view.",
            "I note from the checks that {intel_fact}.",
        ),
        (
            "In terms of safeguarding, the next of kin {nok} has been informed and there are no further "
            "safeguarding concerns.",
            "Safeguarding has been considered and no vulnerable persons were identified.",
            "There are no children or vulnerable adults connected to the address who require safeguarding.",
            "On safeguarding, {safeguarding}.",
            "I have considered safeguarding: {safeguarding}.",
        ),
        (
            "The outstanding work is {outstanding}, which the OIC will progress.",
            "Before this can be finalised we need {outstanding}.",
            "I have asked {oic} to complete {outstanding}.",
            "The remaining enquiry is {outstanding}.",
        ),
        (
            "I am content with the actions taken to date.",
            "I agree with the current categorisation.",
            "The family have been updated by {oic} and I am satisfied with the investigation.",
            "The history of {history} is consistent with what has been found so far.",
            "I will review this again at the next milestone.",
        ),
    ),
    "narrative": (
        (
            "I have read through this report and spoken to {oic}.",
            "I went through the report with {oic} today.",
            "I reviewed the file this morning.",
            "I sat down with {oic} and went through the CRIS.",
        ),
        (
            "I am happy with the standard of the investigation.",
            "The work done so far is of a good standard.",
            "The work is thorough.",
            "I think the investigation has been proportionate.",
        ),
        (
            "The intelligence checks on {deceased} have been done and show nothing of concern.",
            "The checks on {deceased_first} and the address came back clear.",
            "The checks show {intel_fact}.",
            "I read the checks, which show {intel_fact}.",
        ),
        (
            "{nok} has been told and I have no safeguarding concerns.",
            "I have no safeguarding concerns.",
            "As for safeguarding, {safeguarding}.",
            "I have thought about safeguarding: {safeguarding}.",
        ),
        (
            "We still need {outstanding}.",
            "I want {outstanding} done next.",
            "{oic} is chasing {outstanding}.",
        ),
    ),
}

DETAILS: Bank = {
    "terse": (
        (
            "At {time} on {date} police called by {informant} reporting person unresponsive at {place}.",
            "{date} {time}: call from {informant} re person collapsed at {place}.",
            "Call rec'd {time} {date} from {informant}: person not breathing at {place}.",
        ),
        (
            "LAS on scene, PLE {ple_time}.",
            "Police and LAS attended, PLE by LAS at {ple_time}.",
            "LAS crew worked on dec'd, PLE {ple_time}.",
        ),
        (
            "Deceased identified as {deceased}, {age}.",
            "Dec'd is {deceased} ({age}).",
            "ID: {deceased}, aged {age}.",
        ),
        ("{position_cap}.", "Found {position}.", "Dec'd {position} when found."),
        (
            "Found by {finder} ({finder_role}).",
            "Finder: {finder_role}, {finder}.",
            "{finder_role_cap} {finder} found dec'd.",
        ),
        ("PMH {history}.", "Hx of {history} per family.", "Meds in flat for {history}."),
    ),
    "verbose": (
        (
            "On {date} at {time} police were called by {informant}, who reported finding a person who appeared "
            "to be unresponsive at {place}.",
            "Police received a call at {time} on {date} from {informant}, who had "
            "found someone unresponsive at {place}.",
        ),
        (
            "Officers attended together with the London Ambulance Service, and life was pronounced extinct at "
            "{ple_time}.",
            "The ambulance service attended and life was pronounced extinct at {ple_time}.",
        ),
        (
            "The deceased was identified as {deceased}, aged {age}, who was found {position}.",
            "The deceased, {deceased}, aged {age}, was found {position}.",
        ),
        (
            "The deceased was found by {finder}, a {finder_role}.",
            "{finder}, a {finder_role}, had found the deceased.",
        ),
        (
            "The family describe a history of {history}.",
            "Medication at the address indicates a history of {history}.",
            "The deceased was known to have {history}.",
        ),
    ),
    "narrative": (
        (
            "Police were called at {time} on {date} after {informant} found {deceased} at {place}.",
            "{informant} rang police at {time} on {date} having found {deceased} at {place}.",
        ),
        (
            "When officers arrived the ambulance crew were already working on {deceased_first}, but life was "
            "pronounced extinct at {ple_time}.",
            "Paramedics tried to revive {deceased_first} but stopped at {ple_time}.",
        ),
        ("{deceased_first} was {position} when found.", "{deceased_first}, who was {age}, was {position}."),
        (
            "{finder}, a {finder_role}, found {deceased_first}.",
            "It was a {finder_role}, {finder}, who found {deceased_first}.",
        ),
        ("{deceased_first} had {history}.", "The family said {deceased_first} had {history}."),
    ),
}

BANKS: Mapping[str, Bank] = {"rationale": RATIONALE, "supervisor": SUPERVISOR, "details": DETAILS}


def values(case: CasePlan, voice: Voice) -> dict[str, str]:
    """What a passage may say about a case, written in ``voice``'s style."""
    c = case.circumstances
    tl = case.timeline
    substance = c.substance
    if substance is not None and c.container_found:
        found = f"{substance.container.capitalize()} believed to contain {substance.name} found nearby"
    elif substance is not None:
        found = f"History of {substance.name} use reported"
    else:
        found = "No drugs or paraphernalia found"
    last = case.last_seen_by or case.nok
    return {
        "deceased": case.deceased.full,
        "deceased_first": case.deceased.first,
        "age": str(case.deceased.age_on(case.record_date)),
        "date": voice.date(tl.call.date()),
        "time": voice.time(tl.call),
        "ple_time": voice.time(tl.ple),
        "place": case.place.described,
        "finder": case.finder.full,
        "informant": case.informant.full,
        "last_seen": last.full,
        "last_seen_time": voice.when(tl.last_seen),
        "substance_found": found,
        "substance_lc": found[0].lower() + found[1:],
        "history": c.medical_history or "nil significant",
        "position": c.position,
        "position_cap": c.position[0].upper() + c.position[1:],
        "nok": case.nok.full,
        "finder_role": case.extra.get("finder_role", "member of the public"),
        "finder_role_cap": case.extra.get("finder_role", "member of the public").capitalize(),
        "oic": voice.officer(case.officers["oic"]),
        "cris": case.cris_ref,
        "intel_fact": _intel_fact(case),
        "safeguarding": _safeguarding(case),
        "outstanding": _outstanding(case),
    }


def _intel_fact(case: CasePlan) -> str:
    c = case.circumstances
    facts = []
    if c.substance is not None:
        facts.append(f"a history of {c.substance.name} use")
    if c.medical_history:
        facts.append(f"a medical history of {c.medical_history}")
    if case.place.outdoors:
        facts.append("previous calls to the open space")
    facts.append(f"no trace for the informant {case.informant.full}")
    return facts[case.index % len(facts)] if len(facts) > 1 else facts[0]


def _safeguarding(case: CasePlan) -> str:
    c = case.circumstances
    if c.domestic:
        return "a partner at the address, referred to MASH"
    if case.partner is not None:
        return f"the {case.partner_relationship or 'partner'} lived with the deceased and has been given support details"
    if case.deceased.age_on(case.record_date) > 75:
        return "the deceased lived alone and had no carers"
    return "nobody else lived at the address"


def _outstanding(case: CasePlan) -> str:
    c = case.circumstances
    tl = case.timeline
    items = []
    if tl.post_mortem is not None:
        items.append("the post-mortem result")
    if c.substance is not None:
        items.append("toxicology")
    if not c.phone_missing:
        items.append("the phone download")
    if case.place.outdoors:
        items.append("CCTV from the entrances")
    items.append("the GP records")
    return " and ".join(items[:2])


# What someone changes when they paste another case's text: names, dates,
# times, places and references. The rest (the findings) stays as pasted.
EDITED_KEYS = (
    "deceased",
    "deceased_first",
    "age",
    "date",
    "time",
    "ple_time",
    "place",
    "finder",
    "informant",
    "last_seen",
    "last_seen_time",
    "nok",
    "oic",
    "cris",
)


def source_voice(doc: DocPlan) -> Voice:
    """The voice the source document's writer had (it is the first draw from its seed)."""
    return make_voice(doc.voice, random.Random(doc.seed))


def template(slot: str, voice: Voice, seed: int) -> str:
    """The voiced template of ``slot`` for the document with ``seed``."""
    rng = random.Random(derived_seed(seed, "passage", slot))
    bank = BANKS[slot]
    positions = bank.get(voice.register) or bank["terse"]
    return " ".join(voice.habits(rng.choice(options), rng) for options in positions)


def own_passage(slot: str, case: CasePlan, voice: Voice, seed: int) -> str:
    return template(slot, voice, seed).format(**values(case, voice))


def copied_passage(slot: str, case: CasePlan, cases: Mapping[int, CasePlan]) -> str | None:
    """The passage ``case`` copies into ``slot`` from another case, or None."""
    plan = case.copy_for(slot)
    if plan is None:
        return None
    source = cases[plan.source]
    doc = source.doc(COPY_SLOT_KIND[slot])
    if doc is None:
        return None
    voice = source_voice(doc)
    filled = values(source, voice)
    if plan.mode == "edited":
        mine = values(case, voice)
        filled.update({k: mine[k] for k in EDITED_KEYS})
    return template(slot, voice, doc.seed).format(**filled)
