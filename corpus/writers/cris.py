"""CRIS records of death investigations and of the non-fatal incidents that
precede a series, in three forms: the CRIS printout (header block, details of
incident, embedded template questions and the DETS running log), a DETS export
(entries only, every structured field filled) and a CONNECT-style text dump.

The writer works in four passes. It first decides every requirement's state
and plans what the record will hold (the actions, the intelligence results,
which required actions are skipped). It then plans the supervision: the
scheduled reviews, which review challenges which gap, and which gaps are put
right afterwards (a gap put right is *present* in the final record, which is
what the label describes). Then it writes the entries, each part making its
requirement's label true and marking the evidence, and finally lays the
entries out in the document's form. Built-in CRIS questions are marked
``prompt`` (only the question words), so they never count as copied text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from corpus.blocks import LogEntry
from corpus.plan import POLICY_2022, CasePlan, DocPlan
from corpus.text import Marked, as_marked, join
from corpus.world.people import Officer, Person, pick_name
from corpus.world.phones import written as written_phone
from corpus.writers import passages
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
from corpus.writers.death_report import transcribed_circumstances

Bank = Mapping[str, Sequence[str]]

# -- the built-in CRIS questions ------------------------------------------------------
P_INTEL = "Intelligence checks completed:"
P_DASH = "DASH completed?"
P_SAFEGUARDING = "Safeguarding considered:"
P_HATE = "Hate crime/incident flag:"
P_HAT = "HAT contacted?"
P_FAMILY = "Family informed (name/date/time):"
P_VCOP = "Victim contact (VCoP):"
P_SUSPECT = "Suspect identified?"
P_FORENSIC = "Forensic opportunities:"
P_REVIEWED = "Investigation reviewed:"
P_INTEL_REVIEWED = "Intelligence checks reviewed:"
P_ACTIONS_SET = "Actions set:"
P_COMMENTS = "Supervisor comments:"
P_NEXT_REVIEW = "Next review date:"

DEATH_PROMPTS = (P_INTEL, P_DASH, P_SAFEGUARDING, P_HATE, P_HAT, P_FAMILY, P_VCOP)
INCIDENT_PROMPTS = (P_INTEL, P_DASH, P_SAFEGUARDING, P_HATE, P_VCOP, P_SUSPECT, P_FORENSIC)
REVIEW_PROMPTS = (P_REVIEWED, P_INTEL_REVIEWED, P_SAFEGUARDING, P_ACTIONS_SET, P_COMMENTS, P_NEXT_REVIEW)
KNOWN_PROMPTS: tuple[str, ...] = tuple(dict.fromkeys(DEATH_PROMPTS + INCIDENT_PROMPTS + REVIEW_PROMPTS))
PROMPT_PLACEHOLDERS = ("", "", "N/A", "TBC", "see above", "nil", "-", "Y/N")

SUPERVISOR_ROLES = ("sergeant", "inspector", "ds", "di", "dci")
ROLE_LABEL: Mapping[str, str] = {
    "attending": "attending officer",
    "second": "attending officer",
    "sergeant": "supervisor",
    "inspector": "supervisor",
    "ds": "supervisor",
    "di": "SIO",
    "dci": "reviewing officer",
    "oic": "OIC",
    "flo": "FLO",
    "hat": "HAT",
}
REQUIREMENTS = (
    "CR-ACTIONS",
    "CR-FAMILY-CONTACT",
    "CR-INFORMANT",
    "CR-INTEL-SCOPE",
    "CR-INTEL-CONTENT",
    "CR-NOT-DONE",
    "CR-HAT",
    "CR-PATHOLOGIST",
    "CR-HATE-FLAG",
    "CR-DASH",
    "CR-VCOP-ATTEMPT",
    "CR-VCOP-SUCCESS",
    "SUP-REVIEWS",
    "SUP-CLOSURE",
    "SUP-CHALLENGE",
    "SUP-INTEL-ENFORCED",
    "SUP-SUBSTANTIVE",
    "TPL-PROMPTS-UNANSWERED",
)
# Gaps a reviewing supervisor can see, and which of them a later entry can put right.
EVIDENT = (
    "CR-ACTIONS",
    "CR-FAMILY-CONTACT",
    "CR-INFORMANT",
    "CR-INTEL-SCOPE",
    "CR-NOT-DONE",
    "CR-HAT",
    "CR-PATHOLOGIST",
    "CR-HATE-FLAG",
    "CR-DASH",
    "CR-VCOP-ATTEMPT",
    "CR-VCOP-SUCCESS",
)
NOT_REMEDIABLE = ("CR-VCOP-ATTEMPT", "CR-VCOP-SUCCESS")

SYSTEMS_FULL = ("PNC, PND, CRIS, MERLIN, CRIMINT and CONNECT", "PNC/PND/CRIS/MERLIN/CRIMINT/CONNECT")
SYSTEMS_NO_PND = ("PNC, CRIS, MERLIN, CRIMINT and CONNECT", "PNC/CRIS/MERLIN/CRIMINT/CONNECT")
MORTUARIES = (
    "Poplar",
    "Westminster",
    "St Pancras",
    "Greenwich",
    "Haringey",
    "Croydon",
    "Walthamstow",
    "Fulham",
    "Ilford",
)
HOSPITALS = (
    "King's College Hospital",
    "the Royal London Hospital",
    "St Thomas' Hospital",
    "University College Hospital",
    "Homerton Hospital",
    "Whipps Cross Hospital",
    "Northwick Park Hospital",
)
HAVENS = ("the Havens, Camberwell", "the Havens, Paddington", "the Havens, Whitechapel")
APPS = ("Grindr", "a dating app", "Tinder", "a hook-up app")
SURGERIES = ("Medical Centre", "Health Centre", "Surgery", "Group Practice")

INCIDENT_CLASSIFICATION = {
    "drug-facilitated sexual assault allegation": "Sexual offences - rape/assault by penetration (drug-facilitated) - allegation",
    "suspicious incident: male found unconscious": "Non-crime: suspicious incident (male found unconscious)",
    "administering a substance with intent": "Administering a substance with intent (s.61 SOA 2003)",
    "theft of mobile phone": "Theft from person - mobile phone",
    "assault occasioning actual bodily harm": "Assault occasioning actual bodily harm",
}
DEATH_CLASSIFICATION = {
    "expected": ("Non-crime: sudden death (expected)", "Non-crime: sudden death"),
    "unexpected_not_suspicious": ("Non-crime: sudden death", "Non-crime: sudden death - unexpected"),
    "unexpected_under_investigation": (
        "Non-crime: sudden death - unexplained",
        "Sudden death - under investigation",
    ),
    "homicide": ("Homicide - referred to MIT", "Murder - MIT"),
}

# -- phrase banks (register -> phrasings) ----------------------------------------------
ATTEND: Bank = {
    "terse": (
        "Attended {place} with {second}. LAS crew {callsign} on scene, PLE {ple} by paramedic {para}. Deceased {position}.",
        "On scene {place} w/ {second}. LAS {callsign} present - life pronounced extinct {ple} ({para}). Deceased found {position}.",
    ),
    "verbose": (
        "I attended {place} with {second} in response to {cad}. The London Ambulance Service crew ({callsign}) were already on scene and life was pronounced extinct at {ple} by paramedic {para}. The deceased was {position}.",
        "Officers attended {place} together with {second} following {cad}. LAS ({callsign}) were present and paramedic {para} pronounced life extinct at {ple}. The deceased was found {position}.",
    ),
    "narrative": (
        "When {second} and I arrived at {place} the ambulance crew ({callsign}) were already there. Paramedic {para} pronounced life extinct at {ple}. {first} was {position}.",
        "I got to {place} with {second}. LAS ({callsign}) had arrived before us and {para} pronounced life extinct at {ple}. {first} was {position}.",
    ),
}
EXPECTED_GP: Bank = {
    "terse": (
        "Expected death. Dec'd under care of GP Dr {gp} for {history}. GP contacted - will issue MCCD. No concerns.",
    ),
    "verbose": (
        "This is an expected death. The deceased was under the care of Dr {gp} for {history}; the GP has been contacted and will issue the medical certificate of cause of death.",
    ),
    "narrative": (
        "{first} had been under the care of Dr {gp} for {history}. I rang the surgery and Dr {gp} agreed to issue the MCCD.",
    ),
}
SGT_SCENE: Bank = {
    "terse": (
        "Attended scene {t}. Scene viewed with {pc}; deceased examined in situ with LAS. Scene log started.",
    ),
    "verbose": (
        "I attended the scene at {t}, viewed the scene with {pc} and examined the deceased in situ with the LAS crew. A scene log was started.",
    ),
    "narrative": (
        "I got to the scene at {t} and walked through it with {pc}. We looked at {first} together with the paramedics.",
    ),
}
DI_ATTENDS: Bank = {
    "terse": (
        "Informed {t}. Attended scene {t2}, scene held pending forensic strategy. Lines of enquiry set.",
    ),
    "verbose": (
        "I was informed of the death at {t} and attended the scene at {t2}. The scene is being held while a forensic strategy is agreed, and lines of enquiry have been set.",
    ),
    "narrative": (
        "I was told about the death at {t} and went to the scene, arriving at {t2}. I asked for the scene to be held and set the first lines of enquiry.",
    ),
}
BODY: Bank = {
    "terse": ("Deceased conveyed to {mortuary} mortuary by coroner's removal service {t}. Continuity {pc}.",),
    "verbose": (
        "The deceased was conveyed to {mortuary} public mortuary by the coroner's removal service at {t}, with continuity maintained by {pc}.",
    ),
    "narrative": (
        "The removal service collected {first} at {t} and I followed them to {mortuary} mortuary for continuity.",
    ),
}
PROPERTY: Bank = {
    "terse": ("Property booked at {station}: {refs}.", "Prop booked {station} - {refs}."),
    "verbose": ("The following property was booked in at {station} police station: {refs}.",),
    "narrative": ("I booked the property in at {station}: {refs}.",),
}
CORONER: Bank = {
    "terse": ("Coroner's officer {co} ({district}) spoken to by phone - case accepted, {next}.",),
    "verbose": (
        "I spoke to the coroner's officer, {co}, at {district} by telephone. The coroner has taken the case and {next}.",
    ),
    "narrative": (
        "I rang {district} and spoke to the coroner's officer, {co}, who accepted the case; {next}.",
    ),
}
PM_BOOKED: Bank = {
    "terse": ("PM booked for {d} at {mortuary}, pathologist Dr {path}.",),
    "verbose": ("A post-mortem examination has been booked for {d} at {mortuary} mortuary with Dr {path}.",),
    "narrative": ("The mortuary booked the PM for {d} with Dr {path}.",),
}
PHONE_SUB: Bank = {
    "terse": ("Deceased's phone ({ref}) submitted for download. Request ref {req}.",),
    "verbose": (
        "The deceased's mobile phone ({ref}) has been submitted to the digital forensics unit for download under request {req}.",
    ),
    "narrative": ("I sent {first}'s phone ({ref}) off for download, request {req}.",),
}
PHONE_RESULT: Bank = {
    "terse": (
        "Phone download back: last outgoing call {t} to {who}. Messages reviewed by {oic}, contacts listed for the investigation.",
    ),
    "verbose": (
        "The download of the deceased's phone has been returned. The last outgoing call was at {t} to {who}; the messages have been reviewed by {oic} and the contacts listed for the investigation.",
    ),
    "narrative": (
        "The phone download came back. {first} last rang {who} at {t}. I went through the messages and listed the contacts.",
    ),
}
PHONE_MISSING: Bank = {
    "terse": (
        "Deceased's phone not recovered. No. {num} obtained from {nok}; subscriber and cell-site checks requested.",
    ),
    "verbose": (
        "The deceased's mobile phone was not recovered at the scene. The number, {num}, was obtained from {nok}, and subscriber and cell-site checks have been requested.",
    ),
    "narrative": (
        "We never found {first}'s phone. {nok} gave me the number, {num}, and I have asked for subscriber and cell-site checks.",
    ),
}
GP_RECORDS: Bank = {
    "terse": ("GP records received from {surgery}: {summary}.",),
    "verbose": ("The deceased's GP records have been received from {surgery} and show {summary}.",),
    "narrative": ("{surgery} sent over {first}'s GP records, which show {summary}.",),
}
LAST_SEEN: Bank = {
    "terse": ("S/S obtained from {ls}, last to see {first} alive ({w}).",),
    "verbose": (
        "A statement has been obtained from {ls}, the last person to see the deceased alive, at {w}.",
    ),
    "narrative": ("I took a statement from {ls}, who last saw {first} at {w}.",),
}
TOX: Bank = {
    "terse": ("Tox results received: {tox}.",),
    "verbose": ("The toxicology results have been received: {tox}.",),
    "narrative": ("The toxicology came back: {tox}.",),
}
H2H_DONE: Bank = {
    "terse": (
        "H2H completed {street} nos {a}-{b}: nobody saw or heard anything. Cards left at {c} addresses.",
    ),
    "verbose": (
        "House-to-house enquiries were completed in {street}, numbers {a} to {b}. Nobody saw or heard anything of note, and calling cards were left at {c} addresses where there was no reply.",
    ),
    "narrative": (
        "{second} and I knocked on doors in {street} from {a} to {b}. Nobody had seen or heard anything and we left cards at {c} addresses.",
    ),
}
CCTV_DONE: Bank = {
    "terse": (
        "CCTV trawl {where}: {n} cameras identified, footage seized from {src} covering {t1}-{t2}. Viewed - {result}.",
    ),
    "verbose": (
        "A CCTV trawl of {where} identified {n} cameras. Footage covering {t1} to {t2} was seized from {src} and has been viewed: {result}.",
    ),
    "narrative": (
        "I walked {where} looking for cameras and found {n}. I seized footage from {src} for {t1} to {t2} and viewed it: {result}.",
    ),
}
INFORMANT_CONTACT: Bank = {
    "terse": (
        "{cad} reviewed, linked CADs: {linked}. Informant {inf} ({phone}), {role}. Spoke to {inf} by phone: {account}.",
        "Informant from {cad}: {inf}, tel {phone} ({role}). Linked CADs {linked}. Called {inf} - {account}.",
    ),
    "verbose": (
        "I have reviewed {cad} and the linked CADs ({linked}). The informant is {inf} (tel {phone}), {role}. I spoke to {inf} by telephone and they stated that {account}.",
    ),
    "narrative": (
        "I read {cad} and the linked CADs ({linked}). The call was made by {inf} ({phone}), {role}. I rang {inf}, who told me that {account}.",
    ),
}
INFORMANT_ANON: Bank = {
    "terse": (
        "{cad}: caller recorded as 'Anon', number {phone} captured. Linked CADs {linked}. Called back - spoke to caller, who gave name {inf}: {account}.",
    ),
    "verbose": (
        "On {cad} the caller is recorded as 'Anon' but the number, {phone}, was captured. Linked CADs: {linked}. I called the number back and spoke to the caller, who gave the name {inf} and stated that {account}.",
    ),
    "narrative": (
        "The caller on {cad} is shown as 'Anon', but the number {phone} was there. I rang it back and spoke to {inf}, who told me that {account}. Linked CADs: {linked}.",
    ),
}
ACCOUNTS = (
    "they found {first} {position} at about {t} and called 999 straight away, touched nothing and saw nobody else",
    "they had not seen {first} for two days, looked through the window at {t} and called police",
    "they came across {first} at about {t}, tried to wake them and then called 999; nobody else was about",
)
INTEL_SCOPE: Bank = {
    "terse": (
        "Intel checks on {parties} - {systems} - {period}.",
        "Checks completed ({systems}) on {parties}, {period}.",
    ),
    "verbose": (
        "Intelligence checks have been carried out on {parties} using {systems}, {period}.",
        "I have completed intelligence checks on {systems} for {parties}, {period}.",
    ),
    "narrative": ("I ran checks on {parties} on {systems}, {period}.",),
}
INTEL_PNC: Bank = {
    "terse": ("PNC check on {parties}.", "PNC {parties} done."),
    "verbose": ("A PNC check has been completed on {parties}.",),
    "narrative": ("I did a PNC check on {parties}.",),
}
FAMILY_NOTIFY: Bank = {
    "terse": (
        "Death message delivered in person to {nok} ({rel}) at {addr} by {pc} and {second}. Told of death, ID and mortuary arrangements explained, bereavement leaflet given. {nok_first} said {said}.",
    ),
    "verbose": (
        "{pc} and {second} informed {nok}, the deceased's {rel}, of the death in person at {addr}. The mortuary and identification arrangements were explained and the bereavement leaflet was given. {nok_first} told officers that {said}.",
    ),
    "narrative": (
        "{second} and I went to {addr} and told {nok}, {first}'s {rel}, in person. I explained what happens at the mortuary and gave the bereavement leaflet. {nok_first} told us that {said}.",
    ),
}
FAMILY_UPDATE: Bank = {
    "terse": (
        "Telephoned {nok} ({rel}) on {phone}: {what}.",
        "Spoke to {nok} ({rel}) by phone {phone} - {what}.",
    ),
    "verbose": ("I telephoned {nok}, the deceased's {rel}, on {phone} and {what}.",),
    "narrative": ("I rang {nok} ({first}'s {rel}) on {phone} and {what}.",),
}
FAMILY_SAID = (
    "{first} had seemed low recently but had not mentioned any worries",
    "they last spoke to {first} on the phone two days ago and nothing seemed wrong",
    "{first} had been out with friends at the weekend and was in good spirits",
)
FAMILY_VAGUE: Bank = {
    "terse": ("Family informed.", "NOK aware.", "Family updated."),
    "verbose": ("The family have been informed.", "The family have been updated."),
    "narrative": ("The family know.", "I updated the family."),
}
HAT_ADVICE: Bank = {
    "terse": ("HAT contacted - spoke to {hat} {t}. Advice: {recs}.",),
    "verbose": ("I contacted the Homicide Assessment Team and spoke to {hat} at {t}, who advised: {recs}.",),
    "narrative": ("I rang HAT at {t} and spoke to {hat}, who advised {recs}.",),
}
PM_ENTRY: Bank = {
    "terse": ("PM conducted at {mortuary} by Dr {path}. Cause of death: {cause}.",),
    "verbose": (
        "The post-mortem examination was conducted at {mortuary} mortuary by Dr {path}. The cause of death is given as {cause}.",
    ),
    "narrative": ("I attended the PM at {mortuary}, carried out by Dr {path}. Cause of death: {cause}.",),
}
HOSTILITY: Bank = {
    "terse": (
        "{w} ({wrole}) states {first} had been subjected to {kind} abuse from {who} in the weeks before, incl {detail}.",
    ),
    "verbose": (
        "{w}, a {wrole}, told officers that {first} had been the target of {kind} abuse from {who} in the weeks before the death, including {detail}.",
    ),
    "narrative": (
        "{w}, a {wrole}, told me that {first} had been getting {kind} abuse from {who} for weeks, including {detail}.",
    ),
}
HATE_FLAG: Bank = {
    "terse": ("CRIS flagged as {kind} hate incident. CRIMINT {ref} submitted.",),
    "verbose": (
        "This CRIS has been flagged as a {kind} hate incident and a CRIMINT intelligence report ({ref}) has been submitted.",
    ),
    "narrative": ("I have flagged the CRIS as a {kind} hate incident and put in a CRIMINT report ({ref}).",),
}
DASH_DONE: Bank = {
    "terse": ("DASH completed with {subject}: {n}/27 yes, risk graded {level}. {marac}",),
    "verbose": (
        "A DASH risk assessment was completed with {subject}: {n} of the 27 questions were answered yes and the risk has been graded {level}. {marac}",
    ),
    "narrative": (
        "I went through the DASH questions with {subject}. {n} of 27 were answered yes and I graded the risk as {level}. {marac}",
    ),
}
ACTION_PLAN_HEAD: Bank = {
    "terse": ("Action plan:", "Actions raised:"),
    "verbose": ("Investigation action plan (owner, status, outcome):",),
    "narrative": ("These are the actions I have set:",),
}
GENERIC_REVIEW: Bank = {
    "terse": ("Reviewed, content.", "Reviewed - all appropriate actions taken.", "Noted. Continue."),
    "verbose": (
        "I have reviewed the investigation and I am content.",
        "All appropriate actions have been taken.",
        "Investigation progressing, no issues.",
    ),
    "narrative": (
        "I have read the report and I am happy with it.",
        "All appropriate actions taken, nothing further.",
    ),
}
CHALLENGE_HEAD: Bank = {
    "terse": ("Gaps identified, actions set:", "Not yet satisfied - outstanding:"),
    "verbose": (
        "Having reviewed the record I have identified the following gaps, and set actions to address them:",
    ),
    "narrative": ("Reading the record I am not yet satisfied. These need doing:",),
}
INCIDENT_DETAILS: Mapping[str, Bank] = {
    "drug-facilitated sexual assault allegation": {
        "terse": (
            "Victim {v} ({age}) reports that on {date} {he} met {sdesc} via {app} and went to {sloc}. Given a drink approx {time}, no memory after. Woke {wake} {woke} feeling unwell. Believes {he} was drugged and sexually assaulted.",
        ),
        "verbose": (
            "The victim, {v}, aged {age}, states that on the evening of {date} {he} arranged to meet {sdesc} through {app}. They went to {sloc}, where {he} was given a drink at about {time}. {he_cap} has no memory after that point and woke at {wake} {woke}, feeling drowsy and sore. {he_cap} believes {he} was drugged and sexually assaulted.",
        ),
        "narrative": (
            "{v_first} told me {he} met {sdesc} on {app} on {date} and went back with him to {sloc}. {he_cap} remembers being handed a drink at about {time} and nothing after that until {he} woke at {wake} {woke}. {he_cap} thinks {he} was drugged and assaulted.",
        ),
    },
    "suspicious incident: male found unconscious": {
        "terse": (
            "Call from {inf} {time} {date}: {sexword} unconscious at {sloc}. LAS conveyed {sexword}, {v} ({age}), to {hospital} where {he} came round. No memory of how {he} got there{last_with}.",
        ),
        "verbose": (
            "At {time} on {date} {inf} called police after finding a {sexword} unconscious at {sloc}. LAS took the {sexword}, {v}, aged {age}, to {hospital}, where {he} regained consciousness. {he_cap} has no memory of how {he} came to be there{last_with}.",
        ),
        "narrative": (
            "{inf} found {v_first} unconscious at {sloc} at about {time} on {date} and called us. LAS took {him} to {hospital}, where {he} woke up. {he_cap} cannot remember how {he} got there{last_with}.",
        ),
    },
    "administering a substance with intent": {
        "terse": (
            "Victim {v} ({age}) reports {sdesc} put something in {his} drink at {sloc} on {date} approx {time}. Became drowsy, left, later treated at {hospital}.",
        ),
        "verbose": (
            "The victim, {v}, aged {age}, reports that {sdesc} put something in {his} drink at {sloc} on {date} at about {time}. {he_cap} became drowsy and left, and was later treated at {hospital}.",
        ),
        "narrative": (
            "{v_first} says {sdesc} spiked {his} drink at {sloc} on {date} at about {time}. {he_cap} felt drowsy, got out, and ended up at {hospital}.",
        ),
    },
    "theft of mobile phone": {
        "terse": (
            "Victim {v} ({age}) spent evening of {date} with {sdesc} at {sloc}. Fell asleep approx {time}, woke to find phone and bank cards gone. Felt unusually drowsy.",
        ),
        "verbose": (
            "The victim, {v}, aged {age}, spent the evening of {date} with {sdesc} at {sloc}. {he_cap} fell asleep at about {time} and woke to find that {his} mobile phone and bank cards had been taken. {he_cap} felt unusually drowsy.",
        ),
        "narrative": (
            "{v_first} was with {sdesc} at {sloc} on {date}. {he_cap} fell asleep at about {time} and when {he} woke {his} phone and cards were gone. {he_cap} felt strangely drowsy.",
        ),
    },
    "assault occasioning actual bodily harm": {
        "terse": (
            "Victim {v} ({age}) assaulted at {sloc} on {date} approx {time} by {sdesc}: {injury}. Treated at {hospital}.",
        ),
        "verbose": (
            "The victim, {v}, aged {age}, was assaulted at {sloc} on {date} at about {time} by {sdesc}, and suffered {injury}. {he_cap} was treated at {hospital}.",
        ),
        "narrative": (
            "{v_first} was attacked at {sloc} on {date} at about {time} by {sdesc}. {he_cap} had {injury} and was treated at {hospital}.",
        ),
    },
}
VCOP_SPOKE: Bank = {
    "terse": (
        "Spoke to victim {v} by {method} ({where}). ID confirmed by DOB, welfare checked - {welfare}, able to speak freely. {update}",
        "VCoP: {v} spoken to by {method} ({where}), identity verified (DOB), welfare OK - {welfare}. Free to talk. {update}",
    ),
    "verbose": (
        "I spoke to the victim, {v}, by {method} ({where}). {his_cap} identity was confirmed by {his} date of birth and {his} welfare was checked: {welfare}. {he_cap} was able to speak freely. {update}",
    ),
    "narrative": (
        "I spoke to {v_first} by {method} ({where}). {he_cap} confirmed {his} date of birth and told me {he} was {welfare}; {he} was on {his} own and could talk. {update}",
    ),
}
VCOP_ATTEMPT: Bank = {
    "terse": (
        "Attempted contact with victim by {method} ({where}) - {result}.",
        "Tried victim {method} {where}: {result}.",
    ),
    "verbose": ("I attempted to contact the victim by {method} ({where}); {result}.",),
    "narrative": ("I tried to reach {v_first} by {method} ({where}) but {result}.",),
}
VCOP_VOICEMAIL: Bank = {
    "terse": (
        "Left voicemail for victim with update - VCoP update complete.",
        "Text sent to victim with update and crime ref - contact made.",
    ),
    "verbose": (
        "I left a voicemail message for the victim updating {him} on the investigation. VCoP update completed.",
        "A text message was sent to the victim with an update and the crime reference number; contact made.",
    ),
    "narrative": (
        "I left {v_first} a voicemail with the update, so VCoP is done.",
        "I texted {v_first} the update and {his} crime reference, so {he} has been contacted.",
    ),
}
VCOP_NARRATIVE_ATTEMPTS: Bank = {
    "terse": ("Several attempts made to contact victim over the weekend, no joy.",),
    "verbose": ("Several attempts have been made to contact the victim over recent days without success.",),
    "narrative": (
        "I have tried to get hold of {v_first} a few times over the last few days without success.",
    ),
}


@dataclass(slots=True)
class _Log:
    """One planned DETS entry; laid out as a ``LogEntry`` at the end."""

    when: datetime
    role: str
    etype: str
    body: Marked
    method: str
    person: str
    outcome: str
    head: str = "dets"  # dets | review | closing
    label: str = ""
    date_only: bool = False
    rankless: bool = False


@dataclass(slots=True)
class _Action:
    key: str
    what: str
    owner: str
    at: datetime
    outcome: str
    code: str = ""


@dataclass(frozen=True, slots=True)
class _Finding:
    system: str
    when: date
    party: str
    nature: str


@dataclass(slots=True)
class _Review:
    when: datetime
    role: str
    label: str
    milestone: bool = False
    rankless: bool = False
    passage: bool = False
    challenges: list[str] = field(default_factory=list)
    intel_note: bool = False


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _ago(moment: datetime, days: int) -> date:
    return (moment - timedelta(days=days)).date()


class CrisWriter(DocWriter):
    kind = "cris_record"

    # -- small helpers --------------------------------------------------------------
    def s(self, bank: Bank, **values: object) -> str:
        text = self.say(bank, **values)
        return text.upper() if self.shout else text

    def sx(self, text: str) -> str:
        return text.upper() if self.shout else text

    def off(self, role: str) -> Officer:
        return self.case.officers[role]

    def status(self, role: str) -> str:
        """`` (substantive)`` where this supervisor's status is stated and the rank does not show it."""
        if role not in SUPERVISOR_ROLES:
            return ""
        o = self.off(role)
        if role not in self.shown:
            self.shown[role] = o.acting or self.all_status or self.rng.random() < 0.25
        return " (substantive)" if self.shown[role] and not o.acting else ""

    def nm(self, role: str) -> str:
        return self.voice.officer(self.off(role)) + self.status(role)

    def phone(self, number: str) -> str:
        return written_phone(number, self.voice.date_style)

    def someone(self) -> str:
        first, last, _ = pick_name(self.rng, self.rng.choice(("male", "female")))
        return f"{first} {last}"

    def history(self) -> str | None:
        """The medical history as the object of "history of ..."."""
        h = self.case.circumstances.medical_history
        if h is None or h == "no known medical history":
            return None
        if h == "recently discharged from hospital":
            return "a recent hospital admission"
        return h.removeprefix("history of ")

    def pron(self) -> dict[str, str]:
        """The victim's pronouns for the incident phrasings."""
        male = self.case.deceased.sex == "male"
        return {
            "he": "he" if male else "she",
            "his": "his" if male else "her",
            "him": "him" if male else "her",
            "he_cap": "He" if male else "She",
            "his_cap": "His" if male else "Her",
            "sexword": "male" if male else "female",
        }

    def placeholder(self) -> str:
        return self.rng.choice(("TBC", "N/A", "see above", "nil", "to follow"))

    def add(
        self,
        when: datetime,
        role: str,
        etype: str,
        body: Marked | str,
        *,
        method: str,
        person: str,
        outcome: str,
        head: str = "dets",
        label: str = "",
        date_only: bool = False,
        rankless: bool = False,
    ) -> None:
        text = as_marked(body)
        if role in SUPERVISOR_ROLES and not rankless:
            sign = self.status(role)
            if sign:
                gap = "\n" if "\n" in text.value else " "
                text = text + gap + self.voice.officer(self.off(role)) + sign + "."
        self.log.append(
            _Log(when, role, etype, text, method, person, outcome, head, label, date_only, rankless)
        )

    def later(self, moment: datetime, low_minutes: int, high_minutes: int) -> datetime:
        return moment + timedelta(minutes=self.rng.randrange(low_minutes, high_minutes))

    def day_time(self, day: datetime, days: int) -> datetime:
        """Office hours ``days`` after ``day``."""
        base = day + timedelta(days=days)
        return base.replace(hour=self.rng.randrange(8, 19), minute=self.rng.randrange(60))

    def within(self, moment: datetime) -> bool:
        return moment <= self.limit

    # -- the document -----------------------------------------------------------------
    def write(self) -> Written:
        case = self.case
        tl = case.timeline
        self.shout = self.voice.name == "caps" and self.rng.random() < 0.5
        self.log: list[_Log] = []
        self.shown: dict[str, bool] = {}
        self.all_status = self.rng.random() < 0.2 + 0.3 * case.quality
        if tl.closed is not None:
            self.limit = tl.closed
        else:
            self.limit = tl.call + timedelta(days=self.rng.randrange(8, 150), minutes=self.rng.randrange(600))
        self.closing = tl.closed
        self.initial: dict[str, str] = {}
        self.gap_at: dict[str, datetime] = {}
        self.remedy: dict[str, datetime] = {}
        self.gap_text: dict[str, str] = {}
        self.actions: list[_Action] = []
        self.reviews: list[_Review] = []
        self.blank: set[str] = set()
        self.skip_initial: dict[str, str] = {}
        self.pnc_names = case.deceased.full
        self.hospital = self.rng.choice(HOSPITALS)
        call = case.timeline.call
        evening = call.replace(hour=self.rng.randrange(19, 24), minute=self.rng.randrange(60))
        self.drink_at = evening if evening <= call - timedelta(hours=2) else evening - timedelta(days=1)
        self.informant_late = False
        self.hs = self.rng.randrange(3)
        self.mortuary = self.rng.choice(MORTUARIES)
        self.pathologist = self.someone()
        self.coroners_officer = self.someone()
        self.paramedic = self.someone()
        if case.kind == "incident":
            self.plan_incident()
        else:
            self.plan_death()
        self.plan_supervision()
        if case.kind == "incident":
            self.write_incident()
        else:
            self.write_death()
        self.write_supervision()
        self.layout()
        self.finish_states()
        title = {
            "cris_printout": self.rng.choice(
                (
                    "CRIS - Crime Report Information System - Full Report Printout",
                    "METROPOLITAN POLICE - CRIS REPORT PRINT",
                    "CRIS Crime Report (print)",
                )
            ),
            "dets_export": "CRIS DETS export",
            "connect_text": self.rng.choice(("CONNECT - Occurrence print", "CONNECT occurrence record")),
        }.get(self.doc.form, "CRIS Crime Report")
        layout = "log" if self.doc.form == "dets_export" else "form"
        return self.written(
            self.spec(
                title,
                header=f"OFFICIAL-SENSITIVE CRIS {case.cris_ref}",
                footer="Page {page} of {pages}",
                layout=layout,
            )
        )

    # ================================================================================
    # planning: death
    # ================================================================================
    def plan_death(self) -> None:
        case = self.case
        tl = case.timeline
        c = case.circumstances
        q = case.quality
        self.non_expected = case.category != "expected"
        self.t_report = max(tl.report_submitted, tl.attended + timedelta(hours=2))
        self.t_scene = self.later(tl.attended, 40, 120)
        self.t_inf = self.later(tl.attended, 45, 180)
        self.t_intel = self.later(tl.attended, 60, 300)
        self.t_plan = self.later(tl.attended, 30, 110)
        self.t_hate = self.later(tl.attended, 90, 60 * 24)
        self.t_dash = self.later(tl.attended, 60 * 6, 60 * 40)

        # CR-INFORMANT, and the informant as a required action for CR-NOT-DONE
        inf = self.state("CR-INFORMANT", p=q * 0.9 + 0.05)
        self.anon = self.rng.random() < 0.15
        self.skips: dict[str, str] = {}
        if inf == PRESENT:
            self.informant_mode = "contacted" if self.rng.random() < 0.85 else "reason"
            if self.informant_mode == "reason":
                self.skips["informant"] = SPECIFIC
        elif inf == ABSENT:
            self.informant_mode = self.rng.choice(("silent", "none", "anon", "generic"))
            self.skips["informant"] = {"silent": "silent", "none": NONE, "anon": NONE, "generic": GENERIC}[
                self.informant_mode
            ]
        else:
            self.informant_mode = "placeholder"
            self.skips["informant"] = "placeholder"
        self.gap_at["CR-INFORMANT"] = self.t_inf
        self.gap_text["CR-INFORMANT"] = (
            f"informant {case.informant.full} not spoken to - OIC to contact and record their account"
        )

        # required actions: house-to-house and CCTV (unexpected deaths)
        self.h2h_done = self.cctv_done = True
        if self.non_expected:
            miss = 0.15 + 0.35 * (1 - q)
            self.h2h_done = self.rng.random() >= miss
            self.cctv_done = self.rng.random() >= miss
            if not self.h2h_done:
                self.skips["h2h"] = SPECIFIC
            if not self.cctv_done:
                self.skips["cctv"] = SPECIFIC
        self.plan_not_done()

        # CR-INTEL-SCOPE / CR-INTEL-CONTENT
        self.plan_intel()

        # CR-FAMILY-CONTACT
        fam = self.state("CR-FAMILY-CONTACT", applies=not case.flo_deployed, p=q * 0.85)
        self.gap_at["CR-FAMILY-CONTACT"] = tl.nok_informed
        self.gap_text["CR-FAMILY-CONTACT"] = (
            f"family contact with {case.nok.full} not recorded in detail - record name, date, time, who and what was said for every contact"
        )
        self.family_variant = self.rng.choice(("vague_entries", "mention")) if fam == ABSENT else ""

        # CR-HAT, CR-PATHOLOGIST
        hat = self.state("CR-HAT", applies=tl.hat_advice is not None, p=q * 0.85)
        self.hat_variant = self.rng.choice(("no_advice", "no_response")) if hat == ABSENT else ""
        if tl.hat_advice is not None:
            self.gap_at["CR-HAT"] = tl.hat_advice
            self.gap_text["CR-HAT"] = (
                "HAT advice not recorded with our response to each recommendation - record the advice and what was done"
            )
        pm_ok = tl.post_mortem is not None and tl.post_mortem + timedelta(hours=12) < self.limit
        pat = self.state("CR-PATHOLOGIST", applies=pm_ok, p=q * 0.8)
        self.pm_variant = self.rng.choice(("findings_only", "no_decisions")) if pat == ABSENT else ""
        if tl.post_mortem is not None:
            self.gap_at["CR-PATHOLOGIST"] = tl.post_mortem
            self.gap_text["CR-PATHOLOGIST"] = (
                "pathologist's recommendations not recorded with a decision and rationale for each - OIC to record"
            )

        # CR-HATE-FLAG, CR-DASH
        self.state("CR-HATE-FLAG", applies=c.hate_indicated, p=q * 0.75)
        self.gap_at["CR-HATE-FLAG"] = self.t_hate
        self.gap_text["CR-HATE-FLAG"] = (
            "hostility reported by a witness but the CRIS is not flagged - flag as a hate incident and submit CRIMINT"
        )
        dash = self.state("CR-DASH", applies=c.domestic, p=q * 0.8)
        self.dash_variant = self.rng.choice(("silent", "excuse")) if dash == ABSENT else ""
        self.gap_at["CR-DASH"] = self.t_dash
        self.gap_text["CR-DASH"] = (
            "DASH not completed on a domestic-abuse related death - OIC to complete with the family"
        )

        # victim contact: not for a death
        self.state("CR-VCOP-ATTEMPT", applies=False)
        self.state("CR-VCOP-SUCCESS", applies=False)

        # SUP-REVIEWS, SUP-CLOSURE
        open_days = (self.limit - tl.call).days
        self.state("SUP-REVIEWS", applies=open_days >= 28, since=POLICY_2022, p=0.25 + q * 0.55, unclear=0.06)
        self.state(
            "SUP-CLOSURE",
            applies=tl.closed is not None and case.category != "homicide",
            p=0.15 + q * 0.65,
            unclear=0.0,
        )
        self.closure_variant = (
            self.rng.choice(("nfa", "open")) if self.states["SUP-CLOSURE"] == ABSENT else ""
        )

        # CR-ACTIONS
        self.plan_death_actions()
        act = self.state("CR-ACTIONS", p=q * 0.85)
        self.actions_variant = self.rng.choice(("narrative", "bare")) if act == ABSENT else ""
        self.gap_at["CR-ACTIONS"] = self.t_plan
        self.gap_text["CR-ACTIONS"] = (
            "no action plan - OIC to record each action with owner, status and result"
        )
        self.plan_tpl(DEATH_PROMPTS)

    def plan_not_done(self) -> None:
        """Which skipped required actions carry a specific reason (CR-NOT-DONE)."""
        skips = self.skips
        state = self.state("CR-NOT-DONE", applies=bool(skips), p=self.case.quality * 0.8, unclear=0.06)
        if state == NOT_APPLICABLE:
            return
        fixed = skips.get("informant")
        free = [k for k in skips if k != "informant"]
        bad_kinds = ("silent", NONE, GENERIC)
        if fixed in bad_kinds:
            state = ABSENT
        if state == PRESENT:
            if fixed == "placeholder":
                state = UNCLEAR
            for k in free:
                skips[k] = SPECIFIC
        if state == UNCLEAR and fixed != "placeholder":
            if free:
                skips[free[0]] = "placeholder"
                for k in free[1:]:
                    skips[k] = SPECIFIC
            else:
                state = PRESENT
        if state == ABSENT:
            if fixed not in bad_kinds:
                if free:
                    for k in free:
                        skips[k] = self.rng.choice((SPECIFIC, *bad_kinds))
                    if all(skips[k] == SPECIFIC for k in free):
                        skips[free[0]] = self.rng.choice(bad_kinds)
                else:
                    state = PRESENT if fixed == SPECIFIC else UNCLEAR
            else:
                for k in free:
                    skips[k] = self.rng.choice((SPECIFIC, *bad_kinds))
        self.force("CR-NOT-DONE", state)
        self.gap_at["CR-NOT-DONE"] = self.t_scene
        names = {"h2h": "house-to-house", "cctv": "CCTV", "informant": "informant contact"}
        missing = [names[k] for k, v in skips.items() if v != SPECIFIC]
        self.gap_text["CR-NOT-DONE"] = (
            f"{' and '.join(missing) or 'required actions'} not done and no proper reason recorded - complete or record why not"
        )

    def parties(self) -> list[tuple[str, Person]]:
        case = self.case
        out: list[tuple[str, Person]] = [("deceased" if case.kind == "death" else "victim", case.deceased)]
        if case.kind == "incident" and case.suspect is not None:
            out.append(("suspect", case.suspect))
        out.append(("informant", case.informant))
        if case.finder.index != case.informant.index and case.kind == "death":
            out.append(("finder", case.finder))
        if (
            case.kind == "death"
            and case.last_seen_by is not None
            and case.last_seen_by.index not in {p.index for _, p in out}
        ):
            out.append(("last seen by", case.last_seen_by))
        if case.partner is not None:
            out.append(("partner", case.partner))
        return out

    def plan_intel(self) -> None:
        case = self.case
        q = case.quality
        scope = self.state("CR-INTEL-SCOPE", p=q * 0.8, unclear=0.06)
        self.intel_variant = self.rng.choice(("pnc", "five_max", "parties")) if scope == ABSENT else ""
        self.gap_at["CR-INTEL-SCOPE"] = self.t_intel
        what = {
            "pnc": "PNC only",
            "five_max": "limited to five years",
            "parties": "only the " + ("deceased" if case.kind == "death" else "victim") + " checked",
            "": "results not recorded",
        }[self.intel_variant]
        self.gap_text["CR-INTEL-SCOPE"] = (
            f"intel checks incomplete ({what}) - full checks on all parties on PNC, PND, CRIS, MERLIN, CRIMINT and CONNECT, minimum five years"
        )
        findings = self.possible_findings()
        content = self.state("CR-INTEL-CONTENT", p=q * 0.8, unclear=0.05)
        if scope == UNCLEAR:
            content = UNCLEAR
        if content == PRESENT:
            if self.intel_variant == "pnc":
                findings = [f for f in findings if f.system == "PNC"]
            elif self.intel_variant == "parties":
                first = self.parties()[0][1].full
                findings = [f for f in findings if f.party == first]
            elif self.intel_variant == "five_max":
                findings = [f for f in findings if (self.case.when.date() - f.when).days < 5 * 365]
        if content == ABSENT and not findings:
            content = PRESENT
        self.force("CR-INTEL-CONTENT", content)
        self.findings = findings

    def possible_findings(self) -> list[_Finding]:
        case = self.case
        c = case.circumstances
        when = case.when
        out: list[_Finding] = []
        v = case.deceased
        # linked deaths at the same place (a series) and a precursor involving the informant's phone
        if case.series_id is not None:
            for other in self.cases.values():
                if other.series_id == case.series_id and other.kind == "death" and other.when < case.when:
                    out.append(
                        _Finding(
                            "MERLIN",
                            other.when.date(),
                            case.place.described,
                            f"death of {other.deceased.full} ({other.deceased.age_on(other.record_date)}) at {other.place.described}, {other.circumstances.substance.name if other.circumstances.substance else 'drugs'} suspected, recorded non-suspicious",
                        )
                    )
                if (
                    other.precursor_of == case.series_id
                    and other.kind == "incident"
                    and other.suspect is not None
                    and other.when < case.when
                    and other.suspect.phone == case.informant.phone
                ):
                    out.append(
                        _Finding(
                            "CRIS",
                            other.when.date(),
                            case.informant.full,
                            f"mobile {self.phone(case.informant.phone)} belongs to the named suspect in {other.incident_type} report {other.cris_ref}",
                        )
                    )
        if c.domestic and case.partner is not None:
            out.append(
                _Finding(
                    "CRIS",
                    _ago(when, self.rng.randrange(200, 2600)),
                    case.partner.full,
                    f"domestic incident - {case.partner.full} suspect for common assault on {v.full}, NFA as the victim did not support",
                )
            )
        elif c.domestic:
            out.append(
                _Finding(
                    "CAD",
                    _ago(when, self.rng.randrange(100, 2000)),
                    v.full,
                    f"verbal domestic at the home address involving {v.full} and a former partner",
                )
            )
        if self.rng.random() < 0.35:
            out.append(
                _Finding(
                    "MERLIN",
                    _ago(when, self.rng.randrange(200, 3300)),
                    v.full,
                    f"adult coming to notice - concern for welfare ({self.history() or 'mental health'})",
                )
            )
        if self.rng.random() < 0.25:
            drug = c.substance.name if c.substance else "cannabis"
            out.append(
                _Finding(
                    "PNC",
                    _ago(when, self.rng.randrange(400, 3600)),
                    v.full,
                    f"caution for possession of {drug}",
                )
            )
        if case.kind == "incident" and case.suspect is not None and self.rng.random() < 0.6:
            out.append(
                _Finding(
                    "CRIMINT",
                    _ago(when, self.rng.randrange(60, 1500)),
                    case.suspect.full,
                    "intelligence that he meets men through apps and offers them drugs",
                )
            )
        if case.place.address is not None and self.rng.random() < 0.3:
            out.append(
                _Finding(
                    "CAD",
                    _ago(when, self.rng.randrange(30, 900)),
                    case.place.described,
                    f"{self.rng.randrange(2, 6)} previous calls to the address (noise and concern for welfare)",
                )
            )
        return out

    def plan_death_actions(self) -> None:
        case = self.case
        tl = case.timeline
        c = case.circumstances
        acts = self.actions
        acts.append(
            _Action(
                "body",
                "convey deceased to mortuary",
                "attending",
                self.later(tl.ple, 120, 300),
                f"conveyed to {self.mortuary} mortuary",
            )
        )
        acts.append(
            _Action("property", "book property", "attending", self.later(tl.ple, 180, 360), "property booked")
        )
        acts.append(
            _Action(
                "coroner",
                "inform coroner's officer",
                "oic",
                self.day_time(tl.call, 1),
                f"coroner's officer {self.coroners_officer} informed, case accepted",
            )
        )
        if self.h2h_done and self.non_expected:
            acts.append(
                _Action(
                    "h2h",
                    "house-to-house",
                    "second",
                    self.later(tl.attended, 60, 200),
                    "completed, nothing seen or heard",
                )
            )
        if self.cctv_done and self.non_expected:
            acts.append(
                _Action(
                    "cctv",
                    "CCTV trawl",
                    "second",
                    self.day_time(tl.call, self.rng.randrange(1, 3)),
                    "footage seized and viewed, nothing of relevance",
                )
            )
        if case.last_seen_by is not None and self.non_expected:
            acts.append(
                _Action(
                    "last_seen",
                    f"statement from {case.last_seen_by.full}",
                    "attending",
                    self.day_time(tl.call, self.rng.randrange(1, 4)),
                    "statement obtained",
                )
            )
        if self.non_expected:
            if c.phone_missing:
                acts.append(
                    _Action(
                        "phone",
                        "subscriber and cell-site checks on missing phone",
                        "oic",
                        self.day_time(tl.call, self.rng.randrange(5, 25)),
                        "results received, last activity recorded",
                    )
                )
            else:
                acts.append(
                    _Action(
                        "phone",
                        "download deceased's phone",
                        "oic",
                        self.day_time(tl.call, self.rng.randrange(8, 40)),
                        "download reviewed",
                    )
                )
            acts.append(
                _Action(
                    "gp",
                    "obtain GP records",
                    "oic",
                    self.day_time(tl.call, self.rng.randrange(3, 15)),
                    "records received",
                )
            )
        if tl.post_mortem is not None:
            acts.append(_Action("pm", "attend post-mortem", "oic", tl.post_mortem, "PM completed"))
            acts.append(
                _Action(
                    "tox",
                    "obtain toxicology",
                    "oic",
                    self.day_time(tl.post_mortem, self.rng.randrange(20, 60)),
                    "toxicology received",
                )
            )
        closing = self.closing
        if closing is not None and self.states.get("SUP-CLOSURE") == PRESENT:
            for a in acts:  # a proper closure comes after every action is complete
                if a.at > closing - timedelta(hours=6):
                    a.at = closing - timedelta(hours=self.rng.randrange(6, 48))
        elif closing is not None and self.closure_variant == "open":
            late = [a for a in acts if a.key in ("tox", "phone", "gp")]
            if late:
                late[-1].at = closing + timedelta(days=self.rng.randrange(3, 30))
        acts.sort(key=lambda a: a.at)
        for n, a in enumerate(acts, start=1):
            a.code = f"A{n}"

    def plan_tpl(self, prompts: Sequence[str]) -> None:
        state = self.state("TPL-PROMPTS-UNANSWERED", p=0.35 + self.case.quality * 0.5, unclear=0.0)
        if state == ABSENT:
            self.blank = set(self.rng.sample(list(prompts), k=self.rng.choice((1, 1, 2))))

    # ================================================================================
    # planning: incident
    # ================================================================================
    def plan_incident(self) -> None:
        case = self.case
        tl = case.timeline
        c = case.circumstances
        q = case.quality
        self.non_expected = True
        self.t_report = self.later(tl.attended, 120, 600)
        self.t_scene = self.later(tl.attended, 60, 180)
        self.t_inf = self.later(tl.attended, 60, 240)
        self.t_intel = self.later(tl.attended, 60, 360)
        self.t_plan = self.later(tl.attended, 240, 60 * 24)
        self.t_hate = self.later(tl.attended, 30, 120)
        self.t_dash = self.later(tl.attended, 60, 300)
        inf = self.state("CR-INFORMANT", p=q * 0.85 + 0.05)
        self.anon = self.rng.random() < 0.2
        self.skips = {}
        if inf == PRESENT:
            self.informant_mode = "contacted" if self.rng.random() < 0.85 else "reason"
            if self.informant_mode == "reason":
                self.skips["informant"] = SPECIFIC
        elif inf == ABSENT:
            self.informant_mode = self.rng.choice(("silent", "none", "anon", "generic"))
            self.skips["informant"] = {"silent": "silent", "none": NONE, "anon": NONE, "generic": GENERIC}[
                self.informant_mode
            ]
        else:
            self.informant_mode = "placeholder"
            self.skips["informant"] = "placeholder"
        self.gap_at["CR-INFORMANT"] = self.t_inf
        self.gap_text["CR-INFORMANT"] = (
            f"informant {case.informant.full} not spoken to - contact and record what they saw"
        )
        miss = 0.15 + 0.35 * (1 - q)
        self.cctv_done = self.rng.random() >= miss
        self.h2h_done = not case.place.outdoors or self.rng.random() >= miss
        if not self.cctv_done:
            self.skips["cctv"] = SPECIFIC
        if not self.h2h_done:
            self.skips["h2h"] = SPECIFIC
        self.plan_not_done()
        self.plan_intel()
        for req in ("CR-FAMILY-CONTACT", "CR-HAT", "CR-PATHOLOGIST", "SUP-REVIEWS", "SUP-CLOSURE"):
            self.state(req, applies=False)
        self.state("CR-HATE-FLAG", applies=c.hate_indicated, p=q * 0.75)
        self.gap_at["CR-HATE-FLAG"] = self.t_hate
        self.gap_text["CR-HATE-FLAG"] = (
            "hostility described by the victim but no hate flag - flag the CRIS and submit CRIMINT"
        )
        dash = self.state("CR-DASH", applies=c.domestic, p=q * 0.8)
        self.dash_variant = self.rng.choice(("silent", "excuse")) if dash == ABSENT else ""
        self.gap_at["CR-DASH"] = self.t_dash
        self.gap_text["CR-DASH"] = "domestic context but no DASH - complete DASH with the victim"
        # victim contact
        attempt = self.state("CR-VCOP-ATTEMPT", p=q * 0.8, unclear=0.0)
        self.attempt_variant = (
            self.rng.choice(("no_time", "narrative", "no_method")) if attempt == ABSENT else ""
        )
        success = self.state("CR-VCOP-SUCCESS", p=q * 0.8, unclear=0.05)
        self.plan_vcop(attempt, success)
        # actions
        self.plan_incident_actions()
        act = self.state("CR-ACTIONS", p=q * 0.85)
        self.actions_variant = self.rng.choice(("narrative", "bare")) if act == ABSENT else ""
        self.gap_at["CR-ACTIONS"] = self.t_plan
        self.gap_text["CR-ACTIONS"] = "no action plan - record each action with owner, status and result"
        self.plan_tpl(INCIDENT_PROMPTS)

    def plan_vcop(self, attempt: str, success: str) -> None:
        tl = self.case.timeline
        moments = sorted(self.day_time(tl.call, d) for d in self.rng.sample(range(2, 20), k=5))
        # (when, kind) with kind in attempt | spoke | voicemail | vague
        plan: list[tuple[datetime, str]] = []
        n_attempts = self.rng.choice((1, 2, 2, 3))
        for moment in moments[:n_attempts]:
            plan.append((moment, "attempt"))
        rest = moments[n_attempts:]
        bad = {ABSENT: "voicemail", UNCLEAR: "vague"}.get(success, "spoke")
        plan.append((rest[0], bad))
        plan.append((rest[1], "spoke"))
        self.vcop_plan = [(m, k) for m, k in sorted(plan) if self.within(m)]
        if not any(k == "attempt" for _, k in self.vcop_plan):
            self.force("CR-VCOP-ATTEMPT", PRESENT if attempt != NOT_APPLICABLE else attempt)
            self.attempt_variant = ""
        if not any(k in ("voicemail", "vague") for _, k in self.vcop_plan) and success != PRESENT:
            self.force("CR-VCOP-SUCCESS", PRESENT)
        first_attempt = next((m for m, k in self.vcop_plan if k == "attempt"), None)
        if first_attempt is not None:
            self.gap_at["CR-VCOP-ATTEMPT"] = first_attempt
        self.gap_text["CR-VCOP-ATTEMPT"] = (
            "contact attempts with the victim not recorded with date, time and method - record each attempt on DETS"
        )
        bad_at = next((m for m, k in self.vcop_plan if k in ("voicemail", "vague")), None)
        if bad_at is not None:
            self.gap_at["CR-VCOP-SUCCESS"] = bad_at
        self.gap_text["CR-VCOP-SUCCESS"] = (
            "a voicemail or text is not a victim contact - speak to the victim and confirm identity and welfare"
        )

    def plan_incident_actions(self) -> None:
        case = self.case
        tl = case.timeline
        acts = self.actions
        dfsa = case.incident_type in (
            "drug-facilitated sexual assault allegation",
            "administering a substance with intent",
            "suspicious incident: male found unconscious",
        )
        if dfsa:
            acts.append(
                _Action(
                    "samples",
                    "early evidence kit and urine sample for toxicology",
                    "attending",
                    self.later(tl.attended, 30, 120),
                    "sample obtained and booked",
                )
            )
            acts.append(
                _Action(
                    "tox",
                    "toxicology on victim's sample",
                    "oic",
                    self.day_time(tl.call, self.rng.randrange(15, 45)),
                    "result received",
                )
            )
        if case.incident_type == "drug-facilitated sexual assault allegation":
            acts.append(
                _Action(
                    "havens",
                    "referral to the Havens",
                    "attending",
                    self.later(tl.attended, 60, 240),
                    "victim seen at the Havens",
                )
            )
        if self.cctv_done:
            acts.append(
                _Action(
                    "cctv",
                    "CCTV trawl",
                    "second",
                    self.day_time(tl.call, self.rng.randrange(1, 4)),
                    "footage viewed",
                )
            )
        if self.h2h_done and case.place.outdoors:
            acts.append(
                _Action(
                    "h2h",
                    "house-to-house",
                    "second",
                    self.later(tl.attended, 60, 240),
                    "completed, nothing seen",
                )
            )
        if case.suspect is not None:
            acts.append(
                _Action(
                    "suspect",
                    f"research suspect {case.suspect.full}",
                    "oic",
                    self.day_time(tl.call, self.rng.randrange(1, 4)),
                    "suspect researched",
                )
            )
        acts.append(
            _Action(
                "statement",
                "victim's ABE/statement",
                "oic",
                self.day_time(tl.call, self.rng.randrange(1, 6)),
                "account recorded",
            )
        )
        acts.sort(key=lambda a: a.at)
        for n, a in enumerate(acts, start=1):
            a.code = f"A{n}"

    # ================================================================================
    # planning: supervision
    # ================================================================================
    def plan_supervision(self) -> None:
        case = self.case
        tl = case.timeline
        q = case.quality
        limit = self.limit
        call = tl.call
        # the 24-hour sergeant's review, always
        first = self.later(self.t_report, 60, 60 * 14)
        self.reviews.append(_Review(first, "sergeant", "24 hr"))
        rev = self.states.get("SUP-REVIEWS", NOT_APPLICABLE)
        variant = self.rng.choice(("24h_only", "no_dci")) if rev == ABSENT else ""
        milestones = [(7, "ds", "7 day"), (14, "di", "14 day"), (21, "ds", "21 day"), (28, "dci", "28 day")]
        if rev in (PRESENT, UNCLEAR) or variant == "no_dci":
            chosen = milestones if variant != "no_dci" else milestones[:3]
            for day, role, label in chosen:
                moment = call + timedelta(days=day) - timedelta(minutes=self.rng.randrange(0, 60 * 20))
                moment = moment.replace(hour=self.rng.randrange(8, 19))
                if moment >= limit:
                    moment = limit - timedelta(hours=self.rng.randrange(2, 10))
                self.reviews.append(
                    _Review(
                        moment, role, label, milestone=True, rankless=rev == UNCLEAR and label == "28 day"
                    )
                )
            # an unclear record is unclear only about the 28-day reviewer's rank: the 3-monthly DCI
            # reviews are still written, or the record would be plainly absent
            if rev in (PRESENT, UNCLEAR):
                k = 1
                while call + timedelta(days=28 + 90 * k) < limit - timedelta(days=1):
                    moment = self.day_time(call, 28 + 90 * k - self.rng.randrange(0, 5))
                    self.reviews.append(_Review(moment, "dci", "3 month", milestone=True))
                    k += 1
        elif rev == NOT_APPLICABLE and case.kind == "death":
            for day, role, label in milestones[:2]:
                moment = self.day_time(call, day - self.rng.randrange(0, 2))
                if moment < limit - timedelta(hours=2) and self.rng.random() < 0.45 + q * 0.3:
                    self.reviews.append(_Review(moment, role, label, milestone=True))
        elif case.kind == "incident":
            moment = self.day_time(call, self.rng.randrange(5, 9))
            if moment < limit - timedelta(hours=2) and self.rng.random() < 0.7:
                self.reviews.append(_Review(moment, "ds", "7 day", milestone=True))
        self.reviews.sort(key=lambda r: r.when)

        # the supervisor passage (own or copied) goes into the first review
        slot_copy = case.copy_for("supervisor")
        required = "supervisor" in case.sources or slot_copy is not None
        self.passage_review = case.kind == "death" and (required or self.rng.random() < 0.6)
        if self.passage_review:
            self.reviews[0].passage = True

        # gaps, challenges and remedies
        gaps = [r for r in EVIDENT if self.states.get(r) in (ABSENT, UNCLEAR) and r in self.gap_at]
        if self.states.get("CR-INTEL-CONTENT") == UNCLEAR and "CR-INTEL-SCOPE" not in gaps:
            gaps.append("CR-INTEL-SCOPE")
            self.gap_text["CR-INTEL-SCOPE"] = (
                "intel results not recorded - record the results of every check in full"
            )
        challenge = self.state("SUP-CHALLENGE", p=0.2 + q * 0.6, unclear=0.0)
        if not gaps:
            challenge = PRESENT
        self.force("SUP-CHALLENGE", challenge)
        closure_good = self.states.get("SUP-CLOSURE") == PRESENT
        if challenge == PRESENT:
            for gap in sorted(gaps, key=lambda g: self.gap_at[g]):
                review = self.challenge_review(self.gap_at[gap])
                review.challenges.append(gap)
                if gap in NOT_REMEDIABLE:
                    continue
                room = int((self.limit - review.when).total_seconds() // 60)
                if room >= 20 and (closure_good or self.rng.random() < 0.45):
                    high = min(room // 2, 60 * 72)
                    low = min(90, high // 2)
                    self.remedy[gap] = review.when + timedelta(
                        minutes=self.rng.randrange(low, max(low + 1, high))
                    )
        for gap in gaps:
            self.initial[gap] = self.states[gap]
        for gap in self.remedy:
            self.force(gap, PRESENT)
            if gap == "CR-INTEL-SCOPE" and self.states.get("CR-INTEL-CONTENT") == UNCLEAR:
                self.force("CR-INTEL-CONTENT", PRESENT)
        # skipped actions given a reason later count as explained
        self.skip_initial = dict(self.skips)
        if "CR-NOT-DONE" in self.remedy:
            for key, kind in self.skips.items():
                if kind != SPECIFIC and key != "informant":
                    self.skips[key] = "late"
        if "CR-INFORMANT" in self.remedy:
            self.informant_late = True
            if "informant" in self.skips:
                del self.skips["informant"]
            self.refresh_not_done()
        # The CR-NOT-DONE remedy gives reasons for the house-to-house and CCTV skips only: an informant
        # still neither contacted nor explained keeps it failing, and the reviews keep asking for it.
        if "CR-NOT-DONE" in self.remedy and self.skips.get("informant") not in (None, SPECIFIC):
            if "late" not in self.skips.values():
                del self.remedy["CR-NOT-DONE"]
            self.refresh_not_done()

        # SUP-INTEL-ENFORCED
        scope_initial = self.initial.get("CR-INTEL-SCOPE", self.states["CR-INTEL-SCOPE"])
        challenged_intel = any("CR-INTEL-SCOPE" in r.challenges for r in self.reviews)
        if scope_initial != PRESENT:
            sie = PRESENT if challenged_intel else ABSENT
        else:
            sie = self.state("SUP-INTEL-ENFORCED", p=0.3 + q * 0.6, unclear=0.0)
            if self.passage_review:
                sie = PRESENT
        self.force("SUP-INTEL-ENFORCED", sie)
        if sie == PRESENT and scope_initial == PRESENT:
            self.rng.choice([r for r in self.reviews if not r.rankless]).intel_note = True
        self.reviews.sort(key=lambda r: r.when)

    def refresh_not_done(self) -> None:
        """After the informant is contacted late, CR-NOT-DONE covers what is still skipped."""
        if self.states.get("CR-NOT-DONE") == NOT_APPLICABLE:
            return
        kinds = list(self.skips.values())
        if not kinds:
            self.force("CR-NOT-DONE", NOT_APPLICABLE)
        elif any(k in ("silent", NONE, GENERIC) for k in kinds):
            self.force("CR-NOT-DONE", ABSENT)
        elif "placeholder" in kinds:
            self.force("CR-NOT-DONE", UNCLEAR)
        else:
            self.force("CR-NOT-DONE", PRESENT)

    def challenge_review(self, after: datetime) -> _Review:
        """The first review after ``after`` that is not the one holding the (approving) passage; added if none."""
        for review in self.reviews:
            if review.when > after + timedelta(minutes=30) and not review.passage and not review.rankless:
                return review
        room = self.limit - after
        moment = after + min(
            timedelta(days=self.rng.randrange(1, 3), hours=self.rng.randrange(0, 6)), room / 3
        )
        review = _Review(moment, "ds", "")
        self.reviews.append(review)
        self.reviews.sort(key=lambda r: r.when)
        return review

    # ================================================================================
    # writing: death
    # ================================================================================
    def details_passage(self) -> Marked:
        case = self.case
        copied = passages.copied_passage("details", case, self.cases)
        plan = case.copy_for("details")
        if copied is not None and plan is not None:
            self.passages["details"] = plan.copy_id
            return Marked(copied).mark("passage:details")
        self.passages["details"] = "own"
        if case.kind == "incident":
            return Marked(self.incident_narrative()).mark("passage:details")
        return Marked(passages.own_passage("details", case, self.voice, self.doc.seed)).mark(
            "passage:details"
        )

    def values(self) -> dict[str, str]:
        case = self.case
        return {
            "first": case.deceased.first,
            "place": case.place.described,
            "cad": case.cad_ref,
            "position": case.circumstances.position,
        }

    def write_death(self) -> None:
        case = self.case
        tl = case.timeline
        c = case.circumstances
        v = self.values()
        pc, second = "attending", "second"
        self.details = self.details_passage()
        callsign = f"{self.rng.choice('KGJNQ')}{self.rng.randrange(100, 999)}"
        attend = self.s(
            ATTEND,
            place=v["place"],
            second=self.nm(second),
            callsign=callsign,
            ple=self.t(tl.ple),
            para=self.paramedic,
            cad=case.cad_ref,
            position=c.position,
            first=v["first"],
        )
        if self.family_variant == "mention":
            attend_m = as_marked(attend) + " " + self.ev(self.s(FAMILY_VAGUE), "CR-FAMILY-CONTACT")
        else:
            attend_m = as_marked(attend)
        self.add(
            self.later(tl.attended, 10, 60),
            pc,
            "action",
            attend_m,
            method="in person",
            person="LAS",
            outcome="PLE confirmed",
        )
        circ = transcribed_circumstances(case)
        if circ is not None:
            self.passages["circumstances"] = "transcribed"
            lead = self.sx(
                self.rng.choice(
                    ("Transcribed from EAB:", "EAB entry copied to CRIS:", "Circumstances (from EAB):")
                )
            )
            self.add(
                self.t_report,
                pc,
                "note",
                lead + " " + Marked(circ).mark("passage:circumstances"),
                method="EAB transcription",
                person="n/a",
                outcome="recorded",
            )
        if case.category == "expected":
            gp = self.someone()
            self.add(
                self.later(tl.attended, 30, 120),
                pc,
                "contact",
                self.s(EXPECTED_GP, gp=gp, history=self.history() or "a terminal illness", first=v["first"]),
                method="telephone",
                person=f"Dr {gp} (GP)",
                outcome="MCCD to be issued",
            )
        self.add(
            self.later(tl.supervisor_attended, 5, 40),
            "sergeant",
            "action",
            self.s(SGT_SCENE, t=self.t(tl.supervisor_attended), pc=self.nm(pc), first=v["first"]),
            method="in person",
            person="scene",
            outcome="scene reviewed",
        )
        self.write_di()
        self.write_informant()
        self.write_intel()
        self.write_required()
        self.write_routine()
        self.write_family()
        self.write_hat()
        self.write_pathologist()
        self.write_hate()
        self.write_dash()
        self.write_action_plan()
        if self.closing is not None:
            self.write_closure()

    def write_di(self) -> None:
        case = self.case
        tl = case.timeline
        if case.category == "expected":
            return
        told = self.later(tl.supervisor_attended, 20, 90)
        if case.category in ("homicide", "unexpected_under_investigation") and self.rng.random() < 0.8:
            body = self.s(DI_ATTENDS, t=self.t(told), t2=self.t(self.later(told, 30, 90)))
            self.add(
                self.later(told, 60, 180),
                "di",
                "decision",
                body,
                method="in person",
                person="scene",
                outcome="attended",
            )
            return
        kind = self.rng.choices(
            (SPECIFIC, GENERIC, NONE),
            weights=(case.quality, 0.5 * (1 - case.quality), 0.5 * (1 - case.quality)),
        )[0]
        before = self.sx(
            f"Informed of the death by {self.nm('sergeant')} at {self.t(told)}. Not attending the scene"
        )
        if kind == SPECIFIC:
            reason = self.sx(
                self.rng.choice(
                    (
                        f" because {self.nm('sergeant')} has viewed the scene, there are no injuries of concern and what the caller said on {case.cad_ref} fits what was found",
                        f" as the scene has been reviewed by a supervisor, photographs have been sent to me and {case.deceased.first}'s history of {self.history() or 'ill health'} is consistent with the scene",
                    )
                )
            )
        elif kind == GENERIC:
            reason = " " + self.sx(self.generic_reason())
        else:
            reason = ""
        self.add(
            self.later(told, 5, 40),
            "di",
            "decision",
            self.decision(before, "no_attendance", kind, reason, "."),
            method="telephone",
            person=self.voice.officer(self.off("sergeant")),
            outcome="not attending",
        )

    # -- CR-INFORMANT -------------------------------------------------------------------
    def linked_cads(self) -> str:
        if self.rng.random() < 0.7:
            return self.sx("nil")
        return f"CAD {self.rng.randrange(1, 9999)}/{self.case.cad_ref.split('/')[-1]}"

    def informant_account(self) -> str:
        case = self.case
        if case.kind == "incident":
            return self.sx(
                self.rng.choice(
                    (
                        f"they found {case.deceased.first} at {case.place.described} and {self.pron()['he']} was barely conscious; they saw nobody with {self.pron()['him']}",
                        f"{case.deceased.first} rang them in a confused state and they called police; they do not know who {self.pron()['he']} had been with",
                    )
                )
            )
        return self.sx(
            self.rng.choice(ACCOUNTS).format(
                first=case.deceased.first, position=case.circumstances.position, t=self.t(case.timeline.call)
            )
        )

    def informant_role(self) -> str:
        case = self.case
        if case.informant.index == case.finder.index:
            return self.sx(
                f"the {case.extra.get('finder_role', 'member of the public')} who found {case.deceased.first}"
            )
        return self.sx(f"called on behalf of {case.finder.full}")

    def informant_contact(self, at: datetime, *, late: bool = False) -> None:
        case = self.case
        inf = case.informant
        bank = INFORMANT_ANON if self.anon else INFORMANT_CONTACT
        text = self.s(
            bank,
            cad=case.cad_ref,
            linked=self.linked_cads(),
            inf=inf.full,
            phone=self.phone(inf.phone),
            role=self.informant_role(),
            account=self.informant_account(),
        )
        lead = self.sx("As directed at review: ") if late else ""
        self.add(
            at,
            "oic" if late else "attending",
            "contact",
            lead + self.ev(text, "CR-INFORMANT"),
            method="telephone",
            person=f"{inf.full} (informant)",
            outcome="spoke to informant",
        )

    def write_informant(self) -> None:
        case = self.case
        inf = case.informant
        mode = self.informant_mode
        at = self.t_inf
        role = "attending"
        cad_line = self.sx(
            f"{case.cad_ref} reviewed. Informant: {'Anon' if self.anon else inf.full}, tel {self.phone(inf.phone)}."
        )
        if mode == "contacted":
            self.informant_contact(at)
        elif mode == "reason":
            times = [self.later(at, 0, 20), self.later(at, 120, 300), self.day_time(at, 1)]
            tried = ", ".join(f"{self.t(m)}" for m in sorted(times))
            reason = self.sx(
                f"because calls to {self.phone(inf.phone)} at {tried} went unanswered, a letter was left at their address and the number is now unobtainable"
            )
            body = (
                cad_line
                + " "
                + self.decision(
                    self.sx(f"{inf.full} not spoken to "), "no_informant_contact", SPECIFIC, reason, "."
                )
            )
            self.add(
                self.day_time(at, 1),
                "oic",
                "decision",
                self.ev(body, "CR-INFORMANT"),
                method="telephone",
                person=f"{inf.full} (informant)",
                outcome="not contacted - reason recorded",
            )
        elif mode == "placeholder":
            self.add(
                at,
                role,
                "note",
                self.ev(self.sx(f"Informant: {self.placeholder()}"), "CR-INFORMANT"),
                method="CAD review",
                person="informant",
                outcome="not recorded",
            )
        elif mode == "silent":
            pass
        elif mode == "anon":
            body = self.sx(f"{case.cad_ref}: caller anonymous. ") + self.decision(
                self.sx("Informant not contacted"), "no_informant_contact", NONE, "", "."
            )
            self.add(
                at,
                role,
                "decision",
                self.ev(body, "CR-INFORMANT"),
                method="CAD review",
                person="anonymous caller",
                outcome="not contacted",
            )
        elif mode == "none":
            body = (
                cad_line
                + " "
                + self.decision(self.sx("Informant not contacted"), "no_informant_contact", NONE, "", ".")
            )
            self.add(
                at,
                role,
                "decision",
                self.ev(body, "CR-INFORMANT"),
                method="CAD review",
                person=f"{inf.full} (informant)",
                outcome="not contacted",
            )
        elif mode == "generic":
            body = (
                cad_line
                + " "
                + self.decision(
                    self.sx("Informant not contacted "),
                    "no_informant_contact",
                    GENERIC,
                    self.sx(self.generic_reason()),
                    ".",
                )
            )
            self.add(
                at,
                role,
                "decision",
                self.ev(body, "CR-INFORMANT"),
                method="CAD review",
                person=f"{inf.full} (informant)",
                outcome="not contacted",
            )
        if self.informant_late:
            self.informant_contact(self.remedy["CR-INFORMANT"], late=True)

    # -- CR-INTEL-SCOPE / CR-INTEL-CONTENT ------------------------------------------------
    def party_list(self, parties: Sequence[tuple[str, Person]]) -> str:
        items = [f"{p.full} ({role})" for role, p in parties]
        if self.case.kind == "death" or self.case.place.outdoors:
            items.append(f"the location {self.case.place.described}")
        return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else items[0]

    def period(self) -> str:
        """A search period of at least five years that covers every finding."""
        year = self.case.when.year
        oldest = min((f.when.year for f in self.findings), default=year)
        options = ["with no date restriction", "full history searched"]
        if oldest >= year - 10:
            options.append("covering the last ten years")
        if oldest >= year - 8:
            options.append(f"back to {year - 8}")
        if oldest >= year - 7:
            options.append(f"for a minimum of five years (searched back to {year - 7})")
        return self.sx(self.rng.choice(options))

    def intel_results(self, state: str, *, evidence: bool = True) -> Marked:
        marked = self._intel_results(state)
        return marked if evidence else Marked(marked.value)

    def _intel_results(self, state: str) -> Marked:
        if state == UNCLEAR:
            return self.ev(
                self.sx(
                    self.rng.choice(
                        (
                            "Results to follow from LIO.",
                            "Results: see CRIMINT.",
                            f"Results: {self.placeholder()}.",
                        )
                    )
                ),
                "CR-INTEL-CONTENT",
            )
        if state == ABSENT:
            return self.ev(
                self.sx(
                    self.rng.choice(
                        (
                            "Results: nil relevant.",
                            "No trace.",
                            "Checks done - nothing of note.",
                            "Nil of relevance.",
                        )
                    )
                ),
                "CR-INTEL-CONTENT",
            )
        if not self.findings:
            return self.ev(
                self.sx("Results: no trace for any party on any system; no previous calls to the location."),
                "CR-INTEL-CONTENT",
            )
        items = [
            f"{f.system} {self.d(f.when)} - {f.nature} ({f.party})"
            for f in sorted(self.findings, key=lambda f: f.when)
        ]
        tail = self.sx(" Relevance assessed and passed to the OIC for the investigation.")
        return self.ev(self.sx("Results: " + "; ".join(items) + ".") + tail, "CR-INTEL-CONTENT")

    def write_intel(self) -> None:
        parties = self.parties()
        author = "attending" if self.rng.random() < 0.5 else "oic"
        initial = self.initial.get("CR-INTEL-SCOPE", self.states["CR-INTEL-SCOPE"])
        content_final = self.states["CR-INTEL-CONTENT"]
        variant = self.intel_variant
        remedied = "CR-INTEL-SCOPE" in self.remedy
        content_now = (
            content_final
            if not remedied
            else self.rng.choice((UNCLEAR, ABSENT if self.findings else PRESENT))
        )
        if initial == UNCLEAR:
            scope_text = self.sx(f"Intel checks requested from LIO on {self.party_list(parties)}.")
            self.add(
                self.t_intel,
                author,
                "action",
                self.ev(scope_text, "CR-INTEL-SCOPE")
                + " "
                + self.intel_results(UNCLEAR, evidence=not remedied),
                method="system check",
                person="LIO",
                outcome="awaited",
            )
        elif initial == ABSENT and variant == "pnc":
            subset = parties[:1] if self.rng.random() < 0.5 else parties
            names = ", ".join(p.full for _, p in subset)
            self.pnc_names = names
            scope = self.ev(self.s(INTEL_PNC, parties=names), "CR-INTEL-SCOPE")
            self.add(
                self.t_intel,
                author,
                "action",
                scope + " " + self.intel_results(content_now, evidence=not remedied),
                method="system check",
                person="PNC",
                outcome="completed",
            )
        else:
            if initial == ABSENT and variant == "parties":
                used = parties[:1]
                period = self.period()
            elif initial == ABSENT and variant == "five_max":
                used = parties
                y = self.case.when.year
                period = self.sx(
                    self.rng.choice(
                        (
                            f"for the five year period {y - 5}-{y}",
                            "limited to the last five years",
                            "for the five-year period",
                        )
                    )
                )
            else:
                used = parties
                period = self.period()
            systems = self.rng.choice(SYSTEMS_FULL if self.rng.random() < 0.8 else SYSTEMS_NO_PND)
            scope = self.ev(
                self.s(INTEL_SCOPE, parties=self.party_list(used), systems=systems, period=period),
                "CR-INTEL-SCOPE",
            )
            self.add(
                self.t_intel,
                author,
                "action",
                scope + " " + self.intel_results(content_now, evidence=not remedied),
                method="system check",
                person="LIO",
                outcome="completed",
            )
        if remedied:
            at = self.remedy["CR-INTEL-SCOPE"]
            lead = self.sx("Further checks as directed: ")
            scope = self.ev(
                self.s(
                    INTEL_SCOPE,
                    parties=self.party_list(parties),
                    systems=self.rng.choice(SYSTEMS_FULL),
                    period=self.period(),
                ),
                "CR-INTEL-SCOPE",
            )
            self.add(
                at,
                "oic",
                "action",
                lead + scope + " " + self.intel_results(content_final),
                method="system check",
                person="LIO",
                outcome="completed",
            )

    # -- CR-NOT-DONE: house-to-house, CCTV ---------------------------------------------------
    def street(self) -> str:
        place = self.case.place
        if place.address is not None:
            return place.address.street
        if place.space is not None:
            return self.rng.choice(place.space.bounding_streets)
        return "the road"

    def skip_sentence(self, key: str, kind: str) -> Marked:
        case = self.case
        what = {"h2h": "H2H not conducted", "cctv": "No CCTV enquiries made"}[key]
        dtype = {"h2h": "no_house_to_house", "cctv": "no_cctv"}[key]
        if kind == "placeholder":
            label = {"h2h": "H2H", "cctv": "CCTV"}[key]
            return self.ev(self.sx(f"{label}: {self.placeholder()}"), "CR-NOT-DONE")
        if kind == SPECIFIC or kind == "late":
            if key == "h2h":
                reason = (
                    f"because {case.place.described} is open land with no overlooking dwellings and the nearest houses in {self.street()} back onto it behind a wall"
                    if case.place.outdoors
                    else f"because the flat was locked from inside, {case.deceased.first} was seen alive by {(case.last_seen_by or case.nok).full} the day before and the neighbours either side were spoken to at the scene"
                )
            else:
                reason = f"because there are no cameras covering {self.street()} or the entrances (checked on foot by {self.voice.officer(self.off('second'))}) and the council control room confirmed no coverage"
            return self.ev(
                self.decision(self.sx(what + " "), dtype, SPECIFIC, self.sx(reason), "."), "CR-NOT-DONE"
            )
        if kind == GENERIC:
            return self.ev(
                self.decision(self.sx(what + " "), dtype, GENERIC, self.sx(self.generic_reason()), "."),
                "CR-NOT-DONE",
            )
        return self.ev(self.decision(self.sx(what), dtype, NONE, "", "."), "CR-NOT-DONE")

    def write_skips(self) -> None:
        for key in ("h2h", "cctv"):
            kind = self.skips.get(key)
            if kind is None:
                continue
            if kind == "late":
                original = self.skip_initial.get(key, "silent")
                if original not in ("silent", "late"):
                    self.add(
                        self.t_scene,
                        "attending",
                        "decision",
                        self.skip_sentence(key, original),
                        method="n/a - not done",
                        person="n/a",
                        outcome="not done",
                    )
                lead = self.sx("Reason recorded as directed at review: ")
                self.add(
                    self.remedy["CR-NOT-DONE"],
                    "oic",
                    "decision",
                    lead + self.skip_sentence(key, SPECIFIC),
                    method="n/a - not done",
                    person="n/a",
                    outcome="not done - reason recorded",
                )
            elif kind != "silent":
                self.add(
                    self.t_scene,
                    "attending",
                    "decision",
                    self.skip_sentence(key, kind),
                    method="n/a - not done",
                    person="n/a",
                    outcome="not done",
                )

    def write_required(self) -> None:
        case = self.case
        tl = case.timeline
        self.write_skips()
        if self.h2h_done and self.non_expected:
            a = self.action("h2h")
            body = self.s(
                H2H_DONE,
                street=self.street(),
                a=self.rng.randrange(1, 20),
                b=self.rng.randrange(21, 80),
                c=self.rng.randrange(2, 9),
                second=self.nm("second"),
            )
            self.action_entry(a, body, "in person", "residents", "completed")
        if self.cctv_done and self.non_expected and case.kind == "death":
            a = self.action("cctv")
            body = self.s(
                CCTV_DONE,
                where=self.street() + (" and " + case.place.described if case.place.outdoors else ""),
                n=self.rng.randrange(1, 6),
                src=self.rng.choice(
                    (
                        "the council control room",
                        "a corner shop",
                        "the bus garage",
                        "a neighbour's doorbell camera",
                    )
                ),
                t1=self.t(tl.last_seen),
                t2=self.t(tl.call),
                result=self.sx(
                    self.rng.choice(
                        ("nothing of relevance", "deceased seen walking alone", "no persons of interest")
                    )
                ),
            )
            self.action_entry(a, body, "in person", "CCTV owners", "footage viewed")

    # -- routine DETS actions ---------------------------------------------------------------
    def action(self, key: str) -> _Action:
        return next(a for a in self.actions if a.key == key)

    def action_entry(self, a: _Action, body: str | Marked, method: str, person: str, outcome: str) -> None:
        if not self.within(a.at):
            return
        text = as_marked(body)
        if self.states["CR-ACTIONS"] == PRESENT and "CR-ACTIONS" not in self.remedy:
            text = self.ev(self.sx(f"{a.code} update - complete:") + " " + text, "CR-ACTIONS")
        role = a.owner if a.owner in self.case.officers else "attending"
        self.add(a.at, role, "action", text, method=method, person=person, outcome=outcome)

    def items(self) -> list[str]:
        c = self.case.circumstances
        out = ["mobile phone"] if not c.phone_missing else []
        if c.substance is not None and c.container_found:
            out.append(c.substance.container)
        out.append(
            self.rng.choice(("wallet and bank cards", "house keys", "prescription medication", "wristwatch"))
        )
        return out

    def tox_text(self) -> str:
        c = self.case.circumstances
        if c.substance is not None and c.manner == "drugs":
            return (
                f"{c.substance.name} detected at a level the pathologist considers capable of causing death"
            )
        if c.substance is not None:
            return f"{c.substance.name} detected at a low level, not considered causative"
        return "no drugs detected; alcohol below the limit of detection"

    def cause(self) -> str:
        c = self.case.circumstances
        if self.case.category == "homicide":
            return "1a blunt force head injury (third party involvement)"
        return {
            "drugs": "1a unascertained pending toxicology",
            "natural": self.rng.choice(
                (
                    "1a ischaemic heart disease",
                    "1a coronary artery atherosclerosis",
                    "1a pulmonary thromboembolism",
                )
            ),
            "fall": "1a head injury, 1b fall",
            "hanging": "1a hanging",
            "drowning": "1a drowning",
            "unknown": "unascertained pending toxicology and histology",
        }[c.manner]

    def final_cause(self) -> str:
        """The cause once toxicology is back."""
        c = self.case.circumstances
        if c.manner == "drugs" and c.substance is not None:
            return f"{c.substance.name} toxicity"
        if c.manner == "unknown":
            return "unascertained"
        return self.cause().replace("1a ", "").replace(", 1b ", " due to ")

    def write_routine(self) -> None:
        case = self.case
        tl = case.timeline
        c = case.circumstances
        first = case.deceased.first
        a = self.action("body")
        self.action_entry(
            a,
            self.s(BODY, mortuary=self.mortuary, t=self.t(a.at), pc=self.nm("attending"), first=first),
            "in person",
            "coroner's removal service",
            "conveyed",
        )
        a = self.action("property")
        year = case.record_date.year % 100
        station = (
            self.rng.choice(case.place.borough.stations) if case.place.borough.stations else "the station"
        )
        refs = "; ".join(
            f"{item} MP/{self.rng.randrange(1000000, 9999999)}/{year:02d}" for item in self.items()
        )
        self.action_entry(
            a, self.s(PROPERTY, station=station, refs=refs), "in person", "property store", "booked"
        )
        a = self.action("coroner")
        nxt = (
            "PM requested"
            if tl.post_mortem is not None
            else "GP to issue MCCD"
            if case.category == "expected"
            else "PM to be arranged by the coroner"
        )
        self.action_entry(
            a,
            self.s(CORONER, co=self.coroners_officer, district=case.place.borough.coroner_district, next=nxt),
            "telephone",
            f"{self.coroners_officer} (coroner's officer)",
            "case accepted",
        )
        if tl.post_mortem is not None:
            booked = self.later(a.at, 30, 240)
            if self.within(booked):
                self.add(
                    booked,
                    "oic",
                    "action",
                    self.s(
                        PM_BOOKED, d=self.d(tl.post_mortem), mortuary=self.mortuary, path=self.pathologist
                    ),
                    method="telephone",
                    person="mortuary",
                    outcome="booked",
                )
        for a in self.actions:
            if a.key == "last_seen" and case.last_seen_by is not None:
                self.action_entry(
                    a,
                    self.s(LAST_SEEN, ls=case.last_seen_by.full, first=first, w=self.dt(tl.last_seen)),
                    "in person",
                    case.last_seen_by.full,
                    "statement obtained",
                )
            elif a.key == "phone":
                if c.phone_missing:
                    self.action_entry(
                        a,
                        self.s(
                            PHONE_MISSING, num=self.phone(case.deceased.phone), nok=case.nok.full, first=first
                        ),
                        "system check",
                        "network provider",
                        "results received",
                    )
                else:
                    sub = self.day_time(tl.call, 1)
                    if self.within(sub):
                        self.add(
                            sub,
                            "oic",
                            "action",
                            self.s(
                                PHONE_SUB,
                                ref=f"MP/{self.rng.randrange(1000000, 9999999)}/{year:02d}",
                                req=f"DFU/{self.rng.randrange(10000, 99999)}",
                                first=first,
                            ),
                            method="submission",
                            person="digital forensics unit",
                            outcome="submitted",
                        )
                    self.action_entry(
                        a,
                        self.s(
                            PHONE_RESULT,
                            t=self.dt(tl.last_seen),
                            who=(case.last_seen_by or case.nok).full,
                            oic=self.nm("oic"),
                            first=first,
                        ),
                        "system check",
                        "digital forensics unit",
                        "results reviewed",
                    )
            elif a.key == "gp":
                self.action_entry(
                    a,
                    self.s(
                        GP_RECORDS,
                        surgery=f"{self.rng.choice(case.place.borough.streets)} {self.rng.choice(SURGERIES)}",
                        summary=f"a history of {self.history()}"
                        if self.history()
                        else "no significant medical history",
                        first=first,
                    ),
                    "letter",
                    "GP surgery",
                    "records received",
                )
            elif a.key == "tox":
                self.action_entry(
                    a, self.s(TOX, tox=self.tox_text()), "email", "toxicology laboratory", "results received"
                )

    # -- CR-FAMILY-CONTACT --------------------------------------------------------------------
    def write_family(self) -> None:
        case = self.case
        tl = case.timeline
        state = self.initial.get("CR-FAMILY-CONTACT", self.states["CR-FAMILY-CONTACT"])
        nok = case.nok
        if state == NOT_APPLICABLE:
            if tl.flo_deployed is not None and self.within(tl.flo_deployed):
                self.add(
                    self.later(tl.flo_deployed, 10, 60),
                    "di",
                    "decision",
                    self.sx(
                        f"FLO {self.voice.officer(self.off('flo'))} deployed to the family of {case.deceased.full} at {self.t(tl.flo_deployed)}. All family contact is recorded in the FLO log."
                    ),
                    method="in person",
                    person="FLO",
                    outcome="deployed",
                )
            return
        if state == PRESENT:
            self.family_detailed(tl.nok_informed)
        elif state == UNCLEAR:
            self.add(
                self.later(tl.nok_informed, 20, 120),
                "attending",
                "note",
                self.ev(
                    self.sx(
                        self.rng.choice(
                            (
                                f"NOK: {self.placeholder()}",
                                "Family contact: see CAD",
                                "NOK informed - details TBC",
                            )
                        )
                    ),
                    "CR-FAMILY-CONTACT",
                ),
                method="not recorded",
                person="family",
                outcome="not recorded",
            )
        elif self.family_variant == "vague_entries":
            for at in (
                self.later(tl.nok_informed, 20, 120),
                self.day_time(tl.call, self.rng.randrange(2, 6)),
            ):
                if self.within(at):
                    self.add(
                        at,
                        "oic",
                        "contact",
                        self.ev(self.s(FAMILY_VAGUE), "CR-FAMILY-CONTACT"),
                        method="not recorded",
                        person="family",
                        outcome="informed",
                    )
        # the "mention" variant is written into the attendance entry
        if "CR-FAMILY-CONTACT" in self.remedy:
            at = self.remedy["CR-FAMILY-CONTACT"]
            what = self.sx(
                f"Details of family contact recorded as directed: death message delivered to {nok.full} ({case.nok_relationship}) in person at {nok.address.full} at {self.t(tl.nok_informed)} on {self.d(tl.nok_informed)} by {self.voice.officer(self.off('attending'))} and {self.voice.officer(self.off('second'))}; {nok.first} was told of the death and given the bereavement leaflet."
            )
            self.add(
                at,
                "oic",
                "note",
                self.ev(what, "CR-FAMILY-CONTACT"),
                method="in person",
                person=f"{nok.full} ({case.nok_relationship})",
                outcome="recorded",
            )
            upd = self.later(at, 30, 300)
            if self.within(upd):
                self.family_update(
                    upd, "explained the next steps with the coroner and gave my contact number"
                )

    def family_update(self, at: datetime, what: str) -> None:
        case = self.case
        nok = case.nok
        body = self.s(
            FAMILY_UPDATE,
            nok=nok.full,
            rel=case.nok_relationship,
            phone=self.phone(nok.phone),
            what=self.sx(what),
            first=case.deceased.first,
        )
        self.add(
            at,
            "oic",
            "contact",
            self.ev(body, "CR-FAMILY-CONTACT"),
            method="telephone",
            person=f"{nok.full} ({case.nok_relationship})",
            outcome="spoke to",
        )

    def family_detailed(self, informed: datetime) -> None:
        case = self.case
        tl = case.timeline
        nok = case.nok
        said = self.rng.choice(FAMILY_SAID).format(first=case.deceased.first)
        body = self.s(
            FAMILY_NOTIFY,
            nok=nok.full,
            rel=case.nok_relationship,
            addr=nok.address.full,
            pc=self.nm("attending"),
            second=self.nm("second"),
            nok_first=nok.first,
            said=said,
            first=case.deceased.first,
        )
        self.add(
            self.later(informed, 5, 60),
            "attending",
            "contact",
            self.ev(body, "CR-FAMILY-CONTACT"),
            method="in person",
            person=f"{nok.full} ({case.nok_relationship})",
            outcome="death message delivered",
        )
        at = self.day_time(tl.call, 1)
        if tl.post_mortem is not None:
            self.family_update(
                at,
                f"told them the PM is booked for {self.d(tl.post_mortem)} at {self.mortuary} and gave the coroner's officer's details",
            )
            after = self.later(tl.post_mortem, 120, 60 * 20)
            if self.within(after):
                self.family_update(
                    after,
                    "explained the PM findings so far and that toxicology is awaited; answered questions about the funeral",
                )
        else:
            self.family_update(
                at,
                "confirmed the GP will issue the certificate and the funeral director can collect"
                if case.category == "expected"
                else "explained the coroner's process and gave my contact number",
            )
        if case.partner is not None and self.rng.random() < 0.6:
            p = case.partner
            later = self.later(at, 60, 600)
            if self.within(later):
                body2 = self.sx(
                    f"Spoke to {p.full} ({case.partner_relationship}) in person at {p.address.full}: told of the death, support offered and leaflet given."
                )
                self.add(
                    later,
                    "oic",
                    "contact",
                    self.ev(body2, "CR-FAMILY-CONTACT"),
                    method="in person",
                    person=f"{p.full} ({case.partner_relationship})",
                    outcome="spoke to",
                )

    # -- CR-HAT -------------------------------------------------------------------------------
    def hat_recs(self) -> list[tuple[str, str, str]]:
        """(recommendation, done result, specific reason if not followed)."""
        case = self.case
        c = case.circumstances
        recs = [
            (
                "hold the scene until the DI has reviewed it",
                "scene held until DI review, then released",
                f"the DI reviewed the photographs remotely and the scene at {case.place.described} could not be held in a public place overnight",
            ),
            (
                "request a forensic post-mortem with a Home Office pathologist",
                "forensic PM requested and agreed by the coroner",
                "the routine PM pathologist found no injuries and confirmed a forensic PM was not needed",
            ),
        ]
        if not c.phone_missing:
            recs.append(
                (
                    "seize and download the deceased's phone",
                    "phone seized and submitted for download",
                    "the phone is locked and the family have provided the call history instead",
                )
            )
        else:
            recs.append(
                (
                    "carry out cell-site analysis on the deceased's number",
                    "cell-site analysis requested",
                    "the network confirmed no data is retained for that period",
                )
            )
        if case.last_seen_by is not None:
            recs.append(
                (
                    f"trace and obtain a statement from {case.last_seen_by.full}",
                    "statement obtained",
                    f"{case.last_seen_by.full} has left the country and a first account was taken by phone",
                )
            )
        if c.substance is not None and c.container_found:
            recs.append(
                (
                    f"submit the {c.substance.container} for forensic examination",
                    "submitted to the forensic provider",
                    "the contents were identified by field test and the coroner did not require further testing",
                )
            )
        if c.app_meeting:
            recs.append(
                (
                    "review the deceased's dating-app messages",
                    "app messages reviewed",
                    "the account could not be accessed",
                )
            )
        return self.rng.sample(recs, k=min(len(recs), self.rng.choice((2, 3, 3))))

    def write_hat(self) -> None:
        case = self.case
        tl = case.timeline
        if tl.hat_advice is None:
            return
        state = self.initial.get("CR-HAT", self.states["CR-HAT"])
        recs = self.hat_recs()
        at = self.later(tl.hat_advice, 5, 40)
        hat = self.voice.officer(self.off("hat"))
        listed = "; ".join(f"({n}) {r}" for n, (r, _, _) in enumerate(recs, start=1))
        if state == UNCLEAR:
            self.add(
                at,
                "sergeant",
                "note",
                self.ev(self.sx(f"HAT advice: see HAT report ({hat})."), "CR-HAT"),
                method="telephone",
                person="HAT",
                outcome="advice received",
            )
        elif state == ABSENT and self.hat_variant == "no_advice":
            self.add(
                at,
                "sergeant",
                "note",
                self.ev(
                    self.sx(self.rng.choice(("HAT informed.", f"HAT aware - {hat}.", "Spoke to HAT."))),
                    "CR-HAT",
                ),
                method="telephone",
                person="HAT",
                outcome="informed",
            )
        elif state == ABSENT:
            self.add(
                at,
                "sergeant",
                "contact",
                self.ev(self.s(HAT_ADVICE, hat=hat, t=self.t(tl.hat_advice), recs=listed), "CR-HAT"),
                method="telephone",
                person=f"{hat} (HAT)",
                outcome="advice received",
            )
            # some recommendations not followed, with no or a generic reason
            for n, (rec, _done, _why) in enumerate(recs, start=1):
                if self.rng.random() < 0.5:
                    kind = self.rng.choice((NONE, GENERIC))
                    reason = self.sx(self.generic_reason()) if kind == GENERIC else ""
                    body = self.decision(
                        self.sx(f"HAT rec {n} ({rec}) not actioned "), "not_following_hat", kind, reason, "."
                    )
                    self.add(
                        self.day_time(tl.call, 1),
                        "oic",
                        "decision",
                        self.ev(body, "CR-HAT"),
                        method="n/a",
                        person="HAT",
                        outcome="not actioned",
                    )
        else:
            self.hat_present(recs, at, listed, hat)
        if "CR-HAT" in self.remedy:
            rat = self.remedy["CR-HAT"]
            lead = self.sx("HAT advice recorded as directed: ")
            self.add(
                rat,
                "oic",
                "note",
                lead + self.ev(self.s(HAT_ADVICE, hat=hat, t=self.t(tl.hat_advice), recs=listed), "CR-HAT"),
                method="telephone",
                person=f"{hat} (HAT)",
                outcome="advice recorded",
            )
            self.hat_responses(recs, self.later(rat, 10, 120))

    def hat_present(self, recs: list[tuple[str, str, str]], at: datetime, listed: str, hat: str) -> None:
        self.add(
            at,
            "sergeant",
            "contact",
            self.ev(
                self.s(HAT_ADVICE, hat=hat, t=self.t(self.case.timeline.hat_advice or at), recs=listed),
                "CR-HAT",
            ),
            method="telephone",
            person=f"{hat} (HAT)",
            outcome="advice received",
        )
        self.hat_responses(recs, self.later(at, 60, 60 * 20))

    def hat_responses(self, recs: list[tuple[str, str, str]], at: datetime) -> None:
        parts: list[Marked] = []
        for n, (rec, done, why) in enumerate(recs, start=1):
            if self.rng.random() < 0.7:
                parts.append(Marked(self.sx(f"HAT rec {n} ({rec}): done - {done}.")))
            else:
                parts.append(
                    self.decision(
                        self.sx(f"HAT rec {n} ({rec}) not followed "),
                        "not_following_hat",
                        SPECIFIC,
                        self.sx("because " + why),
                        ".",
                    )
                )
        if self.within(at):
            self.add(
                at,
                "oic",
                "action",
                self.ev(join(" ", parts), "CR-HAT"),
                method="n/a",
                person="HAT",
                outcome="recommendations addressed",
            )

    # -- CR-PATHOLOGIST ---------------------------------------------------------------------------
    def pm_recs(self) -> list[tuple[str, str, str]]:
        case = self.case
        c = case.circumstances
        recs = [
            ("full toxicology", "samples submitted to the toxicology laboratory", "not applicable"),
            ("histology", "samples retained and submitted", "not applicable"),
            ("obtain the GP and hospital records", "records requested", "not applicable"),
        ]
        if not c.phone_missing:
            recs.append(
                (
                    "download the deceased's phone to establish last contacts",
                    "phone submitted for download",
                    "the family have supplied the last messages and the phone is locked",
                )
            )
        if c.substance is not None and c.container_found:
            recs.append(
                (
                    f"test the {c.substance.container} found at the scene",
                    "submitted for testing",
                    "the contents were already identified by the field test",
                )
            )
        if c.injuries:
            recs.append(
                (
                    f"investigate the cause of the {c.injuries}",
                    "enquiries made with LAS about resuscitation injuries",
                    "LAS confirmed the injuries came from resuscitation",
                )
            )
        return self.rng.sample(recs, k=min(len(recs), self.rng.choice((2, 3, 4))))

    def write_pathologist(self) -> None:
        case = self.case
        tl = case.timeline
        if tl.post_mortem is None:
            return
        pm = self.action("pm")
        if not self.within(pm.at):
            return
        state = self.initial.get("CR-PATHOLOGIST", self.states["CR-PATHOLOGIST"])
        recs = self.pm_recs()
        at = self.later(tl.post_mortem, 60, 300)
        base = self.s(PM_ENTRY, mortuary=self.mortuary, path=self.pathologist, cause=self.cause())
        code = (
            self.sx(f"{pm.code} update - complete: ")
            if self.states["CR-ACTIONS"] == PRESENT and "CR-ACTIONS" not in self.remedy
            else ""
        )
        if state == UNCLEAR:
            self.add(
                at,
                "oic",
                "action",
                code
                + base
                + " "
                + self.ev(self.sx(f"Pathologist's recommendations: {self.placeholder()}."), "CR-PATHOLOGIST"),
                method="in person",
                person=f"Dr {self.pathologist}",
                outcome="PM completed",
            )
        elif state == ABSENT and self.pm_variant == "findings_only":
            self.add(
                at,
                "oic",
                "action",
                code + self.ev(base, "CR-PATHOLOGIST"),
                method="in person",
                person=f"Dr {self.pathologist}",
                outcome="PM completed",
            )
        elif state == ABSENT:
            listed = "; ".join(r for r, _, _ in recs)
            self.add(
                at,
                "oic",
                "action",
                code + self.ev(base + self.sx(f" Pathologist recommends: {listed}."), "CR-PATHOLOGIST"),
                method="in person",
                person=f"Dr {self.pathologist}",
                outcome="PM completed",
            )
        else:
            self.add(
                at,
                "oic",
                "action",
                code + self.ev(base + " " + self.pm_decisions(recs), "CR-PATHOLOGIST"),
                method="in person",
                person=f"Dr {self.pathologist}",
                outcome="PM completed",
            )
        if "CR-PATHOLOGIST" in self.remedy:
            rat = self.remedy["CR-PATHOLOGIST"]
            lead = self.sx(f"Pathologist's recommendations recorded as directed (Dr {self.pathologist}): ")
            self.add(
                rat,
                "oic",
                "decision",
                lead + self.ev(self.pm_decisions(recs), "CR-PATHOLOGIST"),
                method="telephone",
                person=f"Dr {self.pathologist}",
                outcome="recorded",
            )

    def pm_decisions(self, recs: list[tuple[str, str, str]]) -> Marked:
        parts: list[Marked] = [Marked(self.sx("Recommendations:"))]
        for n, (rec, done, why) in enumerate(recs, start=1):
            if why == "not applicable" or self.rng.random() < 0.6:
                parts.append(
                    self.decision(
                        self.sx(f"({n}) {rec} - agreed, {done}"),
                        "following_pathologist",
                        SPECIFIC,
                        self.sx(" to establish the cause of death"),
                        ".",
                    )
                )
            else:
                parts.append(
                    self.decision(
                        self.sx(f"({n}) {rec} - not followed "),
                        "not_following_pathologist",
                        SPECIFIC,
                        self.sx("because " + why),
                        ".",
                    )
                )
        return join(" ", parts)

    # -- CR-HATE-FLAG ---------------------------------------------------------------------------
    def hate_kind(self) -> str:
        d = self.case.deceased
        if d.sexual_orientation in ("gay", "bisexual", "lesbian"):
            return "homophobic"
        if d.disability:
            return "disability"
        return "racist"

    def hostility(self) -> Marked:
        case = self.case
        kind = self.hate_kind()
        detail = {
            "homophobic": "being called names in the street and having eggs thrown at the window",
            "racist": "racist graffiti painted on the front door",
            "disability": f"being mocked and pushed over because of {case.deceased.disability}",
        }[kind]
        if case.kind == "incident":
            his = self.pron()["his"]
            said = {
                "homophobic": f"abuse about {his} sexuality",
                "racist": f"insults about {his} race and skin colour",
                "disability": f"mockery of {his} {case.deceased.disability}",
            }[kind]
            text = self.sx(
                f"Victim states {self.suspect_desc()} made {kind} comments to {self.pron()['him']} during the incident, including {said}."
            )
        else:
            w = case.witnesses[0].full if case.witnesses else self.someone()
            text = self.s(
                HOSTILITY,
                w=w,
                wrole=self.rng.choice(("neighbour", "friend", "flatmate")),
                first=case.deceased.first,
                kind=kind,
                who=self.rng.choice(("a group of local youths", "a neighbour", "people on the estate")),
                detail=detail,
            )
        return self.ev(text, "CR-HATE-FLAG")

    def write_hate(self) -> None:
        if self.states["CR-HATE-FLAG"] == NOT_APPLICABLE:
            return
        state = self.initial.get("CR-HATE-FLAG", self.states["CR-HATE-FLAG"])
        kind = self.hate_kind()
        self.add(
            self.t_hate,
            "attending",
            "note",
            self.hostility(),
            method="in person",
            person="witness",
            outcome="account recorded",
        )
        ref = f"CRIMINT {self.rng.randrange(10000000, 99999999)}"
        if state == PRESENT:
            self.add(
                self.later(self.t_hate, 30, 240),
                "oic",
                "action",
                self.ev(self.s(HATE_FLAG, kind=kind, ref=ref), "CR-HATE-FLAG"),
                method="system",
                person="CRIS",
                outcome="flagged",
            )
        elif state == UNCLEAR:
            self.add(
                self.later(self.t_hate, 30, 240),
                "oic",
                "note",
                self.ev(self.sx(f"Hate crime flag - {self.placeholder()}."), "CR-HATE-FLAG"),
                method="system",
                person="CRIS",
                outcome="not recorded",
            )
        if "CR-HATE-FLAG" in self.remedy:
            lead = self.sx("As directed at review: ")
            self.add(
                self.remedy["CR-HATE-FLAG"],
                "oic",
                "action",
                lead + self.ev(self.s(HATE_FLAG, kind=kind, ref=ref), "CR-HATE-FLAG"),
                method="system",
                person="CRIS",
                outcome="flagged",
            )

    def hate_flag_set(self) -> bool:
        return self.states["CR-HATE-FLAG"] == PRESENT

    # -- CR-DASH --------------------------------------------------------------------------------
    def dash_text(self) -> str:
        case = self.case
        level = self.rng.choice(("standard", "medium", "high"))
        marac = self.sx("Referred to MARAC and MASH." if level == "high" else "MASH referral submitted.")
        subject = (
            f"the victim, {case.deceased.full}"
            if case.kind == "incident"
            else f"{case.nok.full} ({case.nok_relationship}) about {case.deceased.first}'s relationship with {case.partner.full if case.partner else 'a former partner'}"
        )
        return self.s(
            DASH_DONE, subject=subject, n=self.rng.randrange(3, 16), level=level.upper(), marac=marac
        )

    def write_dash(self) -> None:
        if self.states["CR-DASH"] == NOT_APPLICABLE:
            return
        state = self.initial.get("CR-DASH", self.states["CR-DASH"])
        if state == PRESENT:
            self.add(
                self.t_dash,
                "oic",
                "action",
                self.ev(self.dash_text(), "CR-DASH"),
                method="in person",
                person="family" if self.case.kind == "death" else "victim",
                outcome="DASH completed",
            )
        elif state == UNCLEAR:
            self.add(
                self.t_dash,
                "oic",
                "note",
                self.ev(self.sx(f"DASH: {self.placeholder()}"), "CR-DASH"),
                method="n/a",
                person="n/a",
                outcome="not recorded",
            )
        elif self.dash_variant == "excuse":
            excuse = (
                "DASH not completed as the victim is deceased."
                if self.case.kind == "death"
                else "DASH not completed - victim did not want to answer questions today."
            )
            self.add(
                self.t_dash,
                "oic",
                "note",
                self.ev(self.sx(excuse), "CR-DASH"),
                method="n/a",
                person="n/a",
                outcome="not completed",
            )
        if "CR-DASH" in self.remedy:
            self.add(
                self.remedy["CR-DASH"],
                "oic",
                "action",
                self.sx("As directed: ") + self.ev(self.dash_text(), "CR-DASH"),
                method="in person",
                person="family" if self.case.kind == "death" else "victim",
                outcome="DASH completed",
            )

    # -- CR-ACTIONS -----------------------------------------------------------------------------
    def action_line(self, a: _Action, at: datetime) -> str:
        owner = self.voice.officer(self.off(a.owner))
        done = a.at <= at
        status = "complete" if done else "outstanding"
        outcome = a.outcome if done else "result awaited"
        if self.voice.register == "verbose":
            return f"Action {a.code[1:]}: {a.what}. Owner: {owner}. Status: {status}. Outcome: {outcome}."
        if self.voice.register == "narrative":
            return f"{a.code} - {a.what}, given to {owner}: {status} ({outcome})."
        return f"{a.code} {a.what} - {owner} - {status} - {outcome}."

    def write_action_plan(self) -> None:
        state = self.initial.get("CR-ACTIONS", self.states["CR-ACTIONS"])
        at = self.t_plan
        acts = [a for a in self.actions if True]
        if state == PRESENT:
            body = (
                self.sx(self.say(ACTION_PLAN_HEAD))
                + " "
                + self.sx(" ".join(self.action_line(a, at) for a in acts))
            )
            self.add(
                at,
                "oic",
                "action",
                self.ev(body, "CR-ACTIONS"),
                method="n/a",
                person="investigation team",
                outcome="actions set",
            )
        elif state == UNCLEAR:
            self.add(
                at,
                "oic",
                "note",
                self.ev(
                    self.sx(
                        self.rng.choice(
                            (
                                "Actions: see action log.",
                                f"Action plan: {self.placeholder()}",
                                "Actions - TBC",
                            )
                        )
                    ),
                    "CR-ACTIONS",
                ),
                method="n/a",
                person="n/a",
                outcome="not recorded",
            )
        elif self.actions_variant == "bare":
            listed = ", ".join(a.what for a in acts[: self.rng.randrange(2, max(3, len(acts)))])
            self.add(
                at,
                "oic",
                "note",
                self.ev(self.sx(f"Actions: {listed}."), "CR-ACTIONS"),
                method="n/a",
                person="n/a",
                outcome="noted",
            )
        if "CR-ACTIONS" in self.remedy:
            rat = self.remedy["CR-ACTIONS"]
            body = self.sx("Action plan recorded as directed: ") + self.sx(
                " ".join(self.action_line(a, rat) for a in acts)
            )
            self.add(
                rat,
                "oic",
                "action",
                self.ev(body, "CR-ACTIONS"),
                method="n/a",
                person="investigation team",
                outcome="actions set",
            )
            for a in acts:
                if a.at > rat and self.within(a.at):
                    pass  # completion entries already written by the routine parts

    # -- SUP-CLOSURE ----------------------------------------------------------------------------
    def non_suspicious_reason(self) -> str:
        case = self.case
        c = case.circumstances
        parts = [
            f"{case.deceased.first} had no injuries of concern"
            if not c.injuries
            else f"the {c.injuries} are explained by LAS resuscitation"
        ]
        if case.timeline.post_mortem is not None:
            parts.append(f"the cause of death is given as {self.final_cause()}")
            parts.append(f"toxicology shows {self.tox_text()}")
        if self.history():
            parts.append(f"the history of {self.history()} is consistent")
        if case.last_seen_by is not None:
            parts.append(f"{case.last_seen_by.full}'s account of the last sighting has been checked")
        return ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]

    def write_closure(self) -> None:
        case = self.case
        at = self.closing
        assert at is not None
        state = self.states["SUP-CLOSURE"]
        body: Marked | str
        if state == NOT_APPLICABLE:
            if case.category == "homicide":
                body = self.sx(
                    f"Investigation transferred to MIT; BCU actions complete and handed over to the SIO. BCU CRIS closed {self.d(at)}."
                )
                self.add(
                    at,
                    "di",
                    "decision",
                    body,
                    method="n/a",
                    person="MIT",
                    outcome="closed - transferred",
                    head="closing",
                )
            return
        done = [a for a in self.actions if a.at <= at]
        open_ = [a for a in self.actions if a.at > at]
        role = self.rng.choice(("ds", "di"))
        if state == PRESENT:
            codes = self.states["CR-ACTIONS"] == PRESENT
            listed = "; ".join(
                f"{a.code + ' ' if codes else ''}{a.what} - complete ({a.outcome})" for a in done
            )
            before = self.sx(
                f"Closing review. Actions: {listed}. Coroner's officer {self.coroners_officer} updated. I am satisfied the death is not suspicious "
            )
            body = self.decision(
                before,
                "closure",
                SPECIFIC,
                self.sx("because " + self.non_suspicious_reason()),
                self.sx(". CRIS closed."),
            )
            self.add(
                at,
                role,
                "decision",
                self.ev(body, "SUP-CLOSURE"),
                method="n/a",
                person="n/a",
                outcome="closed",
                head="closing",
            )
            return
        if self.closure_variant == "open" and open_:
            waiting = ", ".join(a.what for a in open_)
            kind = self.rng.choice((GENERIC, NONE))
            reason = " - " + self.sx(self.generic_reason()) if kind == GENERIC else ""
            body = self.decision(
                self.sx("Closed"),
                "closure",
                kind,
                reason,
                self.sx(f". Outstanding: {waiting} - to be reopened if anything of concern."),
            )
            self.add(
                at,
                role,
                "decision",
                self.ev(body, "SUP-CLOSURE"),
                method="n/a",
                person="n/a",
                outcome="closed",
                head="closing",
            )
            return
        role = self.rng.choice(("sergeant", "ds"))
        kind = self.rng.choice((NONE, GENERIC))
        reason = " - " + self.sx(self.generic_reason()) if kind == GENERIC else ""
        words = self.sx(self.rng.choice(("NFA, filed", "NFA. Filed", "Closed - NFA", "Filed")))
        body = self.decision(words, "closure", kind, reason, ".")
        self.add(
            at,
            role,
            "decision",
            self.ev(body, "SUP-CLOSURE"),
            method="n/a",
            person="n/a",
            outcome="closed",
            head="closing",
        )

    # ================================================================================
    # writing: incident
    # ================================================================================
    def suspect_desc(self) -> str:
        case = self.case
        if case.suspect is not None:
            s = case.suspect
            return f"a man who gave his name as {s.first} {s.last} (mobile {self.phone(s.phone)})"
        return "an unknown male"

    def incident_location(self) -> str:
        """Where the incident happened: the suspect's flat, else the place (a found-unconscious call is always the place)."""
        case = self.case
        if case.suspect is not None and case.incident_type != "suspicious incident: male found unconscious":
            return case.suspect.address.full
        return case.place.described

    def incident_street(self) -> str:
        case = self.case
        if case.suspect is not None:
            return case.suspect.address.street
        return self.street()

    def incident_narrative(self) -> str:
        case = self.case
        tl = case.timeline
        kind = case.incident_type or "suspicious incident: male found unconscious"
        bank = INCIDENT_DETAILS.get(kind, INCIDENT_DETAILS["suspicious incident: male found unconscious"])
        place_link = case.precursor_link == "place" or case.place.outdoors
        woke = f"at {case.place.described}" if place_link else "in the flat, alone"
        last_with = (
            f"; {self.pron()['he']} last remembers being with {self.suspect_desc()}"
            if case.suspect is not None
            else ""
        )
        sloc = (
            self.incident_location()
            if kind != "suspicious incident: male found unconscious"
            else case.place.described
        )
        evening = self.drink_at
        return self.voice.say(
            self.voice.pick(bank, self.rng),
            self.rng,
            v=case.deceased.full,
            v_first=case.deceased.first,
            age=str(case.deceased.age_on(case.record_date)),
            date=self.d(evening),
            time=self.t(evening),
            wake=self.t(
                max(evening + timedelta(hours=1), tl.call - timedelta(minutes=self.rng.randrange(30, 180)))
            ),
            woke=woke,
            sdesc=self.suspect_desc(),
            sloc=sloc,
            app=self.rng.choice(APPS),
            hospital=self.hospital,
            inf=case.informant.full,
            last_with=last_with,
            injury=self.rng.choice(("a cut above the eye", "bruising to the face", "a broken nose")),
            **self.pron(),
        )

    def write_incident(self) -> None:
        case = self.case
        tl = case.timeline
        v = case.deceased
        self.details = self.details_passage()
        where = self.hospital if case.incident_type != "theft of mobile phone" else f"{v.address.full}"
        first = self.sx(
            f"Attended and spoke to the victim {v.full} at {where}. Identity confirmed, welfare checked - shaken but no injuries requiring treatment. First account obtained on BWV. VCoP leaflet given; victim prefers contact by mobile ({self.phone(v.phone)})."
        )
        self.add(
            self.later(tl.attended, 10, 60),
            "attending",
            "contact",
            first,
            method="in person",
            person=f"{v.full} (victim)",
            outcome="spoke to victim",
        )
        self.write_informant()
        self.write_intel()
        self.write_skips()
        self.write_incident_routine()
        self.write_hate()
        self.write_dash()
        self.write_vcop()
        self.write_action_plan()
        if self.closing is not None:
            self.write_incident_closure()

    def write_incident_routine(self) -> None:
        case = self.case
        tl = case.timeline
        year = case.record_date.year % 100
        for a in self.actions:
            if a.key == "samples":
                self.action_entry(
                    a,
                    self.sx(
                        f"Early evidence kit: urine sample obtained from victim at {self.t(a.at)} ({max(1, int((a.at - self.drink_at).total_seconds() // 3600))} hrs after the drink), booked as MP/{self.rng.randrange(1000000, 9999999)}/{year:02d}."
                    ),
                    "in person",
                    "victim",
                    "sample obtained",
                )
            elif a.key == "havens":
                self.action_entry(
                    a,
                    self.sx(
                        f"Victim referred to {self.rng.choice(HAVENS)}; seen by the crisis worker and forensic examination completed."
                    ),
                    "telephone",
                    "the Havens",
                    "referred",
                )
            elif a.key == "tox":
                c = case.circumstances
                res = (
                    f"{c.substance.name} detected"
                    if c.substance is not None
                    else "no drugs detected (sample may have been taken too late for GHB)"
                )
                self.action_entry(
                    a, self.s(TOX, tox=res), "email", "toxicology laboratory", "results received"
                )
            elif a.key == "cctv":
                body = self.s(
                    CCTV_DONE,
                    where=self.incident_street(),
                    n=self.rng.randrange(1, 5),
                    src=self.rng.choice(
                        ("the block's concierge", "a corner shop", "the council control room")
                    ),
                    t1=self.t(tl.call - timedelta(hours=8)),
                    t2=self.t(tl.call),
                    result=self.sx(
                        self.rng.choice(
                            (
                                "victim seen arriving with a male, face not visible",
                                "nothing of relevance",
                                f"victim seen leaving alone, unsteady on {self.pron()['his']} feet",
                            )
                        )
                    ),
                )
                self.action_entry(a, body, "in person", "CCTV owners", "footage viewed")
            elif a.key == "h2h":
                body = self.s(
                    H2H_DONE,
                    street=self.street(),
                    a=self.rng.randrange(1, 20),
                    b=self.rng.randrange(21, 80),
                    c=self.rng.randrange(2, 9),
                    second=self.nm("second"),
                )
                self.action_entry(a, body, "in person", "residents", "completed")
            elif a.key == "suspect" and case.suspect is not None:
                s = case.suspect
                self.action_entry(
                    a,
                    self.sx(
                        f"Suspect research: {s.full}, DOB {self.d(s.born)}, of {s.address.full}, mobile {self.phone(s.phone)}. Subscriber check confirms the number is registered to him."
                    ),
                    "system check",
                    s.full,
                    "suspect identified",
                )
                self.write_arrest_decision(self.later(a.at, 30, 300))
            elif a.key == "statement":
                self.action_entry(
                    a,
                    self.sx(
                        f"Victim's account recorded ({'ABE interview' if case.incident_type == 'drug-facilitated sexual assault allegation' else 'MG11 statement'})."
                    ),
                    "in person",
                    case.deceased.full,
                    "account recorded",
                )

    def write_arrest_decision(self, at: datetime) -> None:
        case = self.case
        if not self.within(at) or case.suspect is None:
            return
        kind = self.rng.choices(
            (SPECIFIC, GENERIC, NONE),
            weights=(case.quality, (1 - case.quality) * 0.6, (1 - case.quality) * 0.4),
        )[0]
        before = self.sx(f"Decision: {case.suspect.full} not arrested at this stage")
        if kind == SPECIFIC:
            reason = self.sx(
                " because the toxicology result is awaited and the victim has asked for time before deciding whether to support a prosecution; the suspect's address and phone are confirmed and he will be interviewed by appointment"
            )
        elif kind == GENERIC:
            reason = " " + self.sx(self.generic_reason())
        else:
            reason = ""
        self.add(
            at,
            "ds",
            "decision",
            self.decision(before, "no_arrest", kind, reason, "."),
            method="n/a",
            person=case.suspect.full,
            outcome="not arrested",
        )

    def write_vcop(self) -> None:
        case = self.case
        v = case.deceased
        variant = self.attempt_variant
        narrative_done = False
        text: Marked | str
        spoke_times = [m for m, k in self.vcop_plan if k == "spoke"] or [self.limit]
        for moment, kind in self.vcop_plan:
            if kind == "attempt":
                method, result = self.rng.choice(
                    (
                        ("telephone", "no answer, no voicemail left"),
                        ("home visit", "no reply, card left"),
                        ("telephone", "phone switched off"),
                    )
                )
                where = self.phone(v.phone) if method == "telephone" else v.address.full
                if variant == "narrative":
                    if not narrative_done:
                        narrative_done = True
                        text = self.ev(
                            self.s(VCOP_NARRATIVE_ATTEMPTS, v_first=v.first, **self.pron()), "CR-VCOP-ATTEMPT"
                        )
                        self.add(
                            self.later(moment, 60, 60 * 30),
                            "oic",
                            "note",
                            text,
                            method="not recorded",
                            person=f"{v.full} (victim)",
                            outcome="unsuccessful",
                        )
                    continue
                if variant == "no_method":
                    text = self.ev(
                        self.sx(
                            self.rng.choice(
                                (
                                    "Attempted contact with victim - no response.",
                                    "Tried victim again, no joy.",
                                )
                            )
                        ),
                        "CR-VCOP-ATTEMPT",
                    )
                    self.add(
                        moment,
                        "oic",
                        "attempted_contact",
                        text,
                        method="not recorded",
                        person=f"{v.full} (victim)",
                        outcome="unsuccessful",
                    )
                    continue
                text = self.s(
                    VCOP_ATTEMPT,
                    method=method,
                    where=where,
                    result=self.sx(result),
                    v_first=v.first,
                    **self.pron(),
                )
                day_only = variant == "no_time"
                self.add(
                    moment,
                    "oic",
                    "attempted_contact",
                    self.ev(text, "CR-VCOP-ATTEMPT"),
                    method=method,
                    person=f"{v.full} (victim)",
                    outcome="unsuccessful",
                    date_only=day_only,
                )
            elif kind == "spoke":
                he = self.pron()["he"]
                last = moment == spoke_times[-1]
                if last and self.closing is not None:
                    update = f"Victim states {he} does not wish to support a prosecution and wants no further police contact other than the outcome."
                elif self.case.suspect is not None:
                    update = f"Victim told of progress with the suspect research; {he} remains undecided about supporting a prosecution."
                else:
                    update = "Updated on the CCTV and toxicology enquiries; next update agreed in 7 days."
                update = self.sx(update)
                text = self.s(
                    VCOP_SPOKE,
                    v=v.full,
                    v_first=v.first,
                    method="telephone",
                    where=self.phone(v.phone),
                    welfare=self.sx(
                        self.rng.choice(("coping, supported by a friend", "tired but safe", "well"))
                    ),
                    update=update,
                    **self.pron(),
                )
                self.add(
                    moment,
                    "oic",
                    "contact",
                    self.ev(text, "CR-VCOP-SUCCESS"),
                    method="telephone",
                    person=f"{v.full} (victim)",
                    outcome="successful - spoke to victim",
                )
            elif kind == "voicemail":
                text = self.ev(self.s(VCOP_VOICEMAIL, v_first=v.first, **self.pron()), "CR-VCOP-SUCCESS")
                method = "voicemail" if "oicemail" in text.value.lower() else "text"
                self.add(
                    moment,
                    "oic",
                    "contact",
                    text,
                    method=method,
                    person=f"{v.full} (victim)",
                    outcome="successful",
                )
            else:
                text = self.ev(
                    self.sx(self.rng.choice(("VCoP update completed.", "Victim updated."))), "CR-VCOP-SUCCESS"
                )
                self.add(
                    moment,
                    "oic",
                    "contact",
                    text,
                    method="not recorded",
                    person=f"{v.full} (victim)",
                    outcome="successful",
                )

    def write_incident_closure(self) -> None:
        case = self.case
        at = self.closing
        assert at is not None
        kind = self.rng.choices(
            (SPECIFIC, GENERIC, NONE),
            weights=(case.quality, (1 - case.quality) * 0.6, (1 - case.quality) * 0.4),
        )[0]
        role = "ds" if self.rng.random() < 0.7 else "sergeant"
        if kind == SPECIFIC:
            facts = ["the victim does not support a prosecution"]
            if self.cctv_done:
                facts.append("the CCTV does not show an offence")
            if any(a.key == "tox" and a.at <= at for a in self.actions):
                c = case.circumstances
                facts.append(
                    f"the toxicology shows {c.substance.name if c.substance else 'no drugs'} but cannot show how it was taken"
                )
            facts.append("there is no other independent evidence")
            tail = "; the suspect's details are recorded on CRIMINT" if case.suspect is not None else ""
            reason = self.sx(" because " + ", ".join(facts[:-1]) + " and " + facts[-1] + tail)
            body = self.decision(
                self.sx("NFA - victim does not support"),
                "closure",
                SPECIFIC,
                reason,
                self.sx(". Victim informed of the outcome."),
            )
        elif kind == GENERIC:
            body = self.decision(
                self.sx("NFA"),
                "closure",
                GENERIC,
                " - " + self.sx(self.rng.choice(("no further lines of enquiry", self.generic_reason()))),
                ".",
            )
        else:
            body = self.decision(
                self.sx(self.rng.choice(("NFA, victim does not support. Filed.", "Filed - NFA."))),
                "closure",
                NONE,
            )
        self.add(
            at, role, "decision", body, method="n/a", person="n/a", outcome="closed - NFA", head="closing"
        )

    # ================================================================================
    # writing: supervision
    # ================================================================================
    def supervisor_passage(self) -> Marked:
        case = self.case
        copied = passages.copied_passage("supervisor", case, self.cases)
        plan = case.copy_for("supervisor")
        if copied is not None and plan is not None:
            self.passages["supervisor"] = plan.copy_id
            return Marked(copied).mark("passage:supervisor")
        self.passages["supervisor"] = "own"
        return Marked(passages.own_passage("supervisor", case, self.voice, self.doc.seed)).mark(
            "passage:supervisor"
        )

    def agree_reason(self, at: datetime | None = None) -> str:
        case = self.case
        c = case.circumstances
        if case.kind == "incident":
            held = "samples and CCTV are" if self.cctv_done else "samples are"
            return f"the victim has been seen, {held} in hand and {'the suspect is identified' if case.suspect else 'there is no suspect yet'}"
        if case.category in ("homicide", "unexpected_under_investigation"):
            return f"the death remains unexplained ({c.injuries or 'circumstances unclear'}); scene, PM and family liaison are in hand"
        bits = [
            f"no injuries of concern on {case.deceased.first}"
            if not c.injuries
            else f"{c.injuries} explained by LAS"
        ]
        if c.substance is not None:
            bits.append(f"{c.substance.name} indicated")
        if self.history():
            bits.append(f"history of {self.history()}")
        spoken = self.informant_mode == "contacted" or (
            self.informant_late and at is not None and self.remedy["CR-INFORMANT"] <= at
        )
        if spoken:
            bits.append(f"account of {case.informant.full} consistent")
        else:
            bits.append("scene consistent with the CAD")
        return ", ".join(bits)

    def review_parts(self, review: _Review, prompts: bool) -> list[tuple[str, Marked]]:
        """(prompt, answer) pairs; free-text reviews use the answers alone."""
        case = self.case
        yes = "Yes - " if prompts else ""
        challenge = self.states["SUP-CHALLENGE"]
        parts: list[tuple[str, Marked]] = []
        if review.challenges:
            items = [
                f"({n}) {self.gap_text[g]}"
                for n, g in enumerate(self.challenge_items(review.challenges), start=1)
            ]
            head = self.sx(self.say(CHALLENGE_HEAD))
            actions = Marked(head + " ") + self.sx("; ".join(items) + ".")
            reviewed = Marked(
                self.sx(f"{yes}Not yet complete, see actions. {_cap(self.agree_reason(review.when))}.")
            )
            parts.append((P_REVIEWED, reviewed))
            parts.append((P_ACTIONS_SET, self.ev(actions, "SUP-CHALLENGE")))
        elif challenge == PRESENT and self.pending(review):
            items = [
                f"({n}) {self.gap_text[g]}"
                for n, g in enumerate(self.challenge_items(self.pending(review)), start=1)
            ]
            reminder = Marked(
                self.sx("Still outstanding from the last review: ") + self.sx("; ".join(items) + ".")
            )
            parts.append(
                (
                    P_REVIEWED,
                    Marked(self.sx(f"{yes}Not yet complete. {_cap(self.agree_reason(review.when))}.")),
                )
            )
            parts.append((P_ACTIONS_SET, self.ev(reminder, "SUP-CHALLENGE")))
        elif challenge == PRESENT and self.open_gaps(review.when):
            # the approving review before a later one challenges the gaps: no evidence either way
            parts.append((P_REVIEWED, Marked(self.sx(f"{yes}Initial investigation reviewed."))))
            parts.append((P_ACTIONS_SET, Marked(self.sx("No new actions."))))
        elif challenge == PRESENT:
            parts.append(
                (
                    P_REVIEWED,
                    self.ev(
                        self.sx(
                            f"{yes}Agree with the investigation so far: {self.agree_reason(review.when)}."
                        ),
                        "SUP-CHALLENGE",
                    ),
                )
            )
            parts.append(
                (
                    P_ACTIONS_SET,
                    Marked(self.sx("No new actions - the outstanding actions stay with the OIC.")),
                )
            )
        else:
            parts.append((P_REVIEWED, self.ev(self.s(GENERIC_REVIEW), "SUP-CHALLENGE")))
            parts.append((P_ACTIONS_SET, Marked(self.sx("No new actions."))))
        if "CR-INTEL-SCOPE" in review.challenges:
            parts.insert(
                1,
                (
                    P_INTEL_REVIEWED,
                    self.ev(self.sx("Intel checks not complete - see actions."), "SUP-INTEL-ENFORCED"),
                ),
            )
        elif review.intel_note:
            names = ", ".join(p.full for _, p in self.parties())
            parts.insert(
                1,
                (
                    P_INTEL_REVIEWED,
                    self.ev(
                        self.sx(
                            f"Checks on {names} across all systems reviewed; results recorded and considered."
                        ),
                        "SUP-INTEL-ENFORCED",
                    ),
                ),
            )
        safeguarding = self.safeguarding_answer()
        parts.append((P_SAFEGUARDING, Marked(safeguarding)))
        if review.passage:
            passage = self.supervisor_passage()
            if self.states["SUP-INTEL-ENFORCED"] == ABSENT:
                passage = self.ev(passage, "SUP-INTEL-ENFORCED")
            parts.append((P_COMMENTS, passage))
        elif case.kind == "death" and self.rng.random() < 0.4:
            parts.append(
                (P_COMMENTS, Marked(self.sx(f"Category reviewed: {case.category.replace('_', ' ')}.")))
            )
        nxt = self.next_review(review)
        if nxt is not None:
            answer = (
                Marked(self.d(nxt))
                if not (self.blank and self.rng.random() < 0.3)
                else Marked(self.rng.choice(("TBC", "")))
            )
            if answer.value in ("TBC", ""):
                self.force("TPL-PROMPTS-UNANSWERED", ABSENT)
            parts.append((P_NEXT_REVIEW, answer))
        return parts

    def challenge_items(self, gaps: list[str]) -> list[str]:
        """Gaps as the supervisor lists them: an informant not contacted is named once."""
        only_informant = [k for k, v in self.skip_initial.items() if v not in (SPECIFIC, "late")] == [
            "informant"
        ]
        if "CR-INFORMANT" in gaps and only_informant:
            return [g for g in gaps if g != "CR-NOT-DONE"]
        return gaps

    def open_gaps(self, at: datetime) -> list[str]:
        """Gaps visible at ``at`` and not yet put right."""
        return [
            g
            for g in self.initial
            if self.gap_at.get(g, at) < at and not (g in self.remedy and self.remedy[g] <= at)
        ]

    def pending(self, review: _Review) -> list[str]:
        """Gaps challenged at an earlier review and not yet put right."""
        out: list[str] = []
        for earlier in self.reviews:
            if earlier.when >= review.when:
                break
            for gap in earlier.challenges:
                fixed = self.remedy.get(gap)
                if (fixed is None or fixed > review.when) and gap not in out:
                    out.append(gap)
        return out

    def next_review(self, review: _Review) -> datetime | None:
        later = [r.when for r in self.reviews if r.when > review.when]
        return later[0] if later else None

    def safeguarding_answer(self) -> str:
        case = self.case
        c = case.circumstances
        if c.domestic:
            return self.sx(
                "Yes - domestic context; family members at the address considered, MASH referral in hand."
            )
        if case.kind == "incident":
            support = (
                "Havens and ISVA details given"
                if case.incident_type == "drug-facilitated sexual assault allegation"
                else "Victim Support referral made"
            )
            return self.sx(f"Yes - {case.deceased.first} is supported by a friend; {support}.")
        return self.sx(
            f"Yes - no children or adults at risk at {case.place.described}; {case.nok.first} given support details."
        )

    def write_supervision(self) -> None:
        for review in self.reviews:
            if not self.within(review.when):
                continue
            if review.rankless:
                body = Marked(self.sx(f"28 day review completed. {_cap(self.agree_reason(review.when))}."))
                self.add(
                    review.when,
                    review.role,
                    "review",
                    self.ev(body, "SUP-REVIEWS"),
                    method="n/a",
                    person="n/a",
                    outcome="reviewed",
                    head="review",
                    label=review.label,
                    date_only=True,
                    rankless=True,
                )
                continue
            use_prompts = review.passage or self.rng.random() < 0.6
            parts = self.review_parts(review, use_prompts)
            sep = " " if self.doc.form == "dets_export" else "\n"
            if use_prompts:
                body = join(
                    sep,
                    [Marked(p).mark("prompt") + " " + a if a else Marked(p).mark("prompt") for p, a in parts],
                )
            else:
                body = join(" ", [a for p, a in parts if p not in (P_NEXT_REVIEW, P_SAFEGUARDING)])
            if review.milestone and self.states.get("SUP-REVIEWS") in (PRESENT, ABSENT, UNCLEAR):
                body = self.ev(body, "SUP-REVIEWS")
            date_only = self.hs == 0 and self.doc.form == "cris_printout"
            when = review.when
            self.add(
                when,
                review.role,
                "review",
                body,
                method="n/a",
                person="n/a",
                outcome="reviewed",
                head="review",
                label=review.label,
                date_only=date_only,
            )

    # ================================================================================
    # the template questions
    # ================================================================================
    def answer(self, prompt: str) -> Marked:
        case = self.case
        c = case.circumstances
        tl = case.timeline
        if prompt in self.blank:
            return Marked(self.rng.choice(PROMPT_PLACEHOLDERS))
        if prompt == P_INTEL:
            initial = self.initial.get("CR-INTEL-SCOPE", self.states["CR-INTEL-SCOPE"])
            if initial == UNCLEAR:
                return Marked(self.sx("Requested from LIO, results awaited"))
            if initial == ABSENT and self.intel_variant == "pnc":
                return Marked(self.sx(f"Yes - PNC on {self.pnc_names}"))
            return Marked(
                self.sx(
                    f"Yes - {len(self.parties())} parties checked, results on DETS {self.d(self.t_intel)}"
                )
            )
        if prompt == P_DASH:
            if not c.domestic:
                return Marked(self.sx("Not applicable - no domestic relationship or DA history identified"))
            initial = self.initial.get("CR-DASH", self.states["CR-DASH"])
            return Marked(self.sx("Yes - see DETS" if initial == PRESENT else "No"))
        if prompt == P_SAFEGUARDING:
            return Marked(self.safeguarding_answer())
        if prompt == P_HATE:
            if not c.hate_indicated:
                return Marked(self.sx("No - no hostility or prejudice indicated"))
            initial = self.initial.get("CR-HATE-FLAG", self.states["CR-HATE-FLAG"])
            return Marked(
                self.sx(f"Yes - {self.hate_kind()}, flagged") if initial == PRESENT else self.sx("No")
            )
        if prompt == P_HAT:
            if tl.hat_advice is not None:
                return Marked(
                    self.sx(f"Yes - {self.voice.officer(self.off('hat'))} at {self.t(tl.hat_advice)}")
                )
            if case.category == "expected":
                return Marked(self.sx("Not applicable - expected death, GP certifying"))
            kind = self.rng.choices(
                (SPECIFIC, GENERIC, NONE),
                weights=(case.quality, (1 - case.quality) * 0.5, (1 - case.quality) * 0.5),
            )[0]
            if kind == SPECIFIC:
                reason = self.sx(
                    f" - {self.nm('sergeant')} viewed the scene, no injuries or disturbance, and the history of {self.history() or 'ill health'} explains the death"
                )
            elif kind == GENERIC:
                reason = " - " + self.sx(self.generic_reason())
            else:
                reason = ""
            return self.decision(self.sx("No"), "no_hat", kind, reason)
        if prompt == P_FAMILY:
            if case.flo_deployed:
                return Marked(self.sx(f"FLO deployed ({self.voice.officer(self.off('flo'))}) - see FLO log"))
            initial = self.initial.get("CR-FAMILY-CONTACT", self.states["CR-FAMILY-CONTACT"])
            if initial == PRESENT:
                return Marked(
                    self.sx(
                        f"{case.nok.full} ({case.nok_relationship}), {self.dt(tl.nok_informed)}, in person by {self.voice.officer(self.off('attending'))}"
                    )
                )
            return Marked(self.sx(f"Yes - {case.nok_relationship} informed"))
        if prompt == P_VCOP:
            if case.kind == "death":
                return Marked(
                    self.sx(
                        "Not applicable - the victim is deceased; contact with the family is recorded separately"
                    )
                )
            return Marked(
                self.sx(
                    f"Yes - {case.deceased.full} seen in person {self.d(tl.attended)}; enhanced entitlement; prefers mobile"
                )
            )
        if prompt == P_SUSPECT:
            if case.suspect is not None:
                return Marked(
                    self.sx(
                        f"Yes - {case.suspect.full}, {self.phone(case.suspect.phone)}, {case.suspect.address.full}"
                    )
                )
            return Marked(self.sx("No - unknown male, description obtained"))
        if prompt == P_FORENSIC:
            return Marked(
                self.sx(
                    "Urine sample and clothing seized; CCTV"
                    if self.cctv_done
                    else "Urine sample and clothing seized"
                )
            )
        return Marked()

    def template_lines(self, prompts: Sequence[str]) -> list[Marked]:
        lines = []
        for prompt in prompts:
            answer = self.answer(prompt)
            head = Marked(prompt).mark("prompt")
            lines.append(head + " " + answer if answer else head)
        return lines

    # ================================================================================
    # layout
    # ================================================================================
    def header_date(self, when: datetime) -> str:
        if self.doc.form == "connect_text":
            if self.voice.date_style == 5:
                return f"{when.day} {when:%B} {when.year}"
            return self.voice.date(when.date())
        return f"{when.day:02d}/{when.month:02d}/{when.year}"

    def header_time(self, when: datetime) -> str:
        return self.voice.time(when) if self.doc.form == "connect_text" else f"{when:%H:%M}"

    def header_who(self, e: _Log) -> str:
        o = self.off(e.role)
        if e.rankless:
            return f"{o.first} {o.last}"
        if self.doc.form == "connect_text":
            return self.voice.officer(o)
        return f"{o.shown_rank} {o.collar} {o.last.upper()}"

    def header(self, e: _Log) -> Marked:
        ds = self.header_date(e.when)
        ts = "" if e.date_only else self.header_time(e.when)
        who = self.header_who(e)
        when = f"{ds} {ts}".strip()
        form = self.doc.form
        if e.head == "review":
            label = f" {e.label}" if e.label else ""
            if e.date_only:
                return Marked(f"Supervisor review{label} – {ds} – {who}:")
            if form == "connect_text":
                return Marked(f"Supervisory review{label} - {when} - {who}:")
            return Marked(f"Supervisory review{label} {when} {who}:")
        if e.head == "closing":
            if form == "connect_text":
                return Marked(f"Closing entry - {when} - {who}:")
            return Marked(f"Closing entry {when} {who}:")
        if form == "connect_text":
            if self.hs == 0:
                return Marked(f"[{when}] {who}:")
            if self.hs == 1 or e.date_only:
                return Marked(f"{when} - {who}:")
            return Marked(f"{ds} at {ts} {who}:")
        if form == "dets_export":
            return Marked(f"{when} {who}:")
        if self.hs == 0:
            return Marked(f"DETS {when} {who}:")
        if self.hs == 1:
            return Marked(f"{when} {who}:")
        return Marked(f"{when} - {who} -")

    def log_entry(self, e: _Log) -> LogEntry:
        o = self.off(e.role)
        role = ROLE_LABEL.get(e.role, "officer")
        if e.head == "closing":
            role = "closing officer"
        day = e.when.replace(hour=0, minute=0, second=0)
        return LogEntry(
            header=self.header(e),
            body=e.body,
            when=day if e.date_only else e.when,
            author=o.full,
            rank="" if e.rankless else o.shown_rank,
            collar=o.collar,
            role=role,
            entry_type=e.etype,
            method=e.method,
            contact_person=e.person,
            outcome=e.outcome,
            recorded_at=e.when,
            date_only=e.date_only,
        )

    def flags(self) -> str:
        c = self.case.circumstances
        parts = []
        if c.hate_indicated:
            if self.states["CR-HATE-FLAG"] == PRESENT:
                parts.append(f"Hate crime ({self.hate_kind()})")
            elif self.states["CR-HATE-FLAG"] == UNCLEAR:
                parts.append("Hate crime: ?")
        if c.domestic:
            parts.append("Domestic abuse")
        return "; ".join(parts) or "None"

    def classification(self) -> str:
        case = self.case
        if case.kind == "incident":
            return INCIDENT_CLASSIFICATION.get(case.incident_type or "", "Non-crime: suspicious incident")
        return self.rng.choice(DEATH_CLASSIFICATION[case.category])

    def header_fields(self) -> None:
        case = self.case
        tl = case.timeline
        flags = self.flags()
        flag_value = self.ev(flags, "CR-HATE-FLAG") if case.circumstances.hate_indicated else Marked(flags)
        connect = self.doc.form == "connect_text"
        self.field("Occurrence number" if connect else "CRIS number", case.cris_ref, name="cris_ref")
        self.field("Occurrence type" if connect else "Classification", self.classification())
        self.field("Flags", flag_value)
        self.field("Reported", self.dt(tl.call))
        location = self.incident_location() if case.kind == "incident" else case.place.described
        self.field("Location", location, name="location_found")
        self.field("Borough/BCU", f"{case.place.borough.name} ({case.place.borough.bcu} BCU)", name="borough")
        self.field("CAD reference", case.cad_ref, name="cad_ref")
        self.field(
            "Officer in case" if connect else "OIC",
            self.voice.officer(self.off("oic")),
            name="officer_in_case",
        )
        self.field("Supervisor", self.nm("ds"), name="supervisor")
        status = (
            f"Closed {self.d(self.closing)}" if self.closing is not None else "Open - under investigation"
        )
        self.field("Status", status)

    def layout(self) -> None:
        case = self.case
        form = self.doc.form
        prompts = INCIDENT_PROMPTS if case.kind == "incident" else DEATH_PROMPTS
        lines = self.template_lines(prompts)
        self.log.sort(key=lambda e: e.when)
        if form == "dets_export":
            details_at = self.t_report
            lead = self.sx("Details of incident:") + " "
            first = _Log(
                details_at - timedelta(minutes=5),
                "attending",
                "note",
                lead + self.details,
                "n/a",
                "n/a",
                "recorded",
            )
            tpl_at = self.t_report + timedelta(minutes=10)
            tpl = _Log(
                tpl_at,
                "attending",
                "note",
                self.sx("Initial investigation template:") + " " + join(" ", lines),
                "n/a",
                "n/a",
                "completed",
            )
            self.log.extend([first, tpl])
            self.log.sort(key=lambda e: e.when)
            for e in self.log:
                self.entry(self.log_entry(e))
            return
        if form == "connect_text":
            self.heading("Occurrence", numbered=False)
            self.header_fields()
            self.para(Marked(self.voice.label("Summary") + ": ") + self.details)
            self.heading("Questions", numbered=False)
            self.para(join("\n", lines))
            self.heading("Investigation log", numbered=False)
        else:
            self.header_fields()
            self.heading("Details of incident")
            self.para(self.details)
            self.heading("Investigation template")
            self.para(join("\n", lines))
            self.page_break()
            self.heading("DETS")
        for e in self.log:
            self.entry(self.log_entry(e))

    # ================================================================================
    # states derived from what was written
    # ================================================================================
    def finish_states(self) -> None:
        named = self.shown
        if not named:
            self.force("SUP-SUBSTANTIVE", NOT_APPLICABLE)
        else:
            self.force("SUP-SUBSTANTIVE", PRESENT if all(named.values()) else UNCLEAR)
        for req in REQUIREMENTS:
            self.states.setdefault(req, NOT_APPLICABLE)


def write_cris_record(case: CasePlan, doc: DocPlan, cases: Mapping[int, CasePlan]) -> Written:
    return CrisWriter(case, doc, cases).write()
