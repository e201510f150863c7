"""Shared wording that checks recognise: non-answers, contact methods, people,
attempts and outcomes, dates and times, places with no detail.

Kept in one module so that every check reads records the same way. All
patterns are compiled once, here; they are matched against record text and
never print it.
"""

from __future__ import annotations

import re

# --- Non-answers --------------------------------------------------------------

_NON_ANSWER_TOKEN = (
    r"(?:n\s*/\s*a|n\.a\.?|na|tbc|t\.b\.c\.?|tba|t\.b\.a\.?|unknown|unk|not\s+known|n/?k|n\.k\.?"
    r"|see\s+above|as\s+above|see\s+below|see\s+attached|see\s+cad|nil|none|not\s+applicable"
    r"|not\s+recorded|not\s+stated|not\s+given|to\s+follow|awaiting|pending|x+|-+|–|—|\?+|\.+)"
)
NON_ANSWER = re.compile(
    rf"^\s*{_NON_ANSWER_TOKEN}(?:\s*[/,;:-]?\s*{_NON_ANSWER_TOKEN})*\s*[.!]?\s*$", re.IGNORECASE
)
"""A value that fills a field without answering it: "N/A", "TBC", "unknown",
"see above", "nil", "-", "?"."""


def is_non_answer(value: str) -> bool:
    return bool(NON_ANSWER.match(value))


UNIDENTIFIED = re.compile(r"^\s*(?:unknown|unidentified|not\s+identified|unnamed)\b\W*", re.IGNORECASE)

# --- Dates and times ------------------------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
DATE = re.compile(
    rf"\b(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?(?:\s+\d{{2,4}})?"
    rf"|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)\b",
    re.IGNORECASE,
)
TIME = re.compile(
    r"(?<![\d/.-])(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:hrs|hours|h|am|pm))?"
    r"|(?:[01]\d|2[0-3])[0-5]\d\s*(?:hrs|hours|h)\b"
    r"|(?:1[0-2]|0?[1-9])\s*(?:am|pm)\b|noon|midday|midnight)",
    re.IGNORECASE,
)
WHEN_WORDS = re.compile(
    r"\b(?:yesterday|today|morning|afternoon|evening|night|overnight|weekend|ago|previous|prior"
    r"|last\s+(?:week|month|night)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|days?|weeks?|months?)\b",
    re.IGNORECASE,
)
"""Wording that places a moment in time without a date, for "last seen alive"."""

# --- Places -----------------------------------------------------------------------

LONDON_AREAS = frozenset(
    {
        "barking", "dagenham", "barnet", "bexley", "brent", "bromley", "camden", "croydon", "ealing",
        "enfield", "greenwich", "hackney", "hammersmith", "fulham", "haringey", "harrow", "havering",
        "hillingdon", "hounslow", "islington", "kensington", "chelsea", "kingston", "thames",
        "lambeth", "lewisham", "merton", "newham", "redbridge", "richmond", "southwark", "sutton",
        "tower", "hamlets", "waltham", "forest", "wandsworth", "westminster", "london", "city",
    }
)  # fmt: skip
"""Words of London borough names: a location made only of these says where in
London, not where the deceased was found."""

_AREA_FILLER = frozenset(
    {
        "the", "a", "an", "in", "at", "of", "on", "and", "&", "upon", "lb", "rb", "borough", "royal",
        "greater", "area", "district", "bcu", "uk", "england", "north", "south", "east", "west",
        "central", "council", "nr", "near", "somewhere", "within", "london",
        "street", "road", "park", "flat", "house", "premises", "property", "building", "address",
        "residence", "location", "scene", "garden", "estate", "outside", "inside", "public", "place",
    }
)  # fmt: skip
"""Words that add no detail to a location on their own: "a flat in Camden"."""

_WORD = re.compile(r"[a-z&]+|\d+", re.IGNORECASE)
NO_FIXED_ABODE = re.compile(r"\b(?:no\s+fixed\s+abode|nfa|homeless|rough\s+sleep\w*)\b", re.IGNORECASE)
HOME_ADDRESS = re.compile(
    r"^\s*(?:(?:at|in)\s+)?(?:the\s+)?(?:deceased'?s|his|her|their|own|home|h/a)\b.*\b"
    r"(?:address|home|flat|house|residence|bedroom|property)\b|^\s*(?:at\s+)?home\s*(?:address)?\s*\.?\s*$",
    re.IGNORECASE,
)
"""A place of discovery given as the deceased's home, which refers to the address field."""


def lacks_place_detail(value: str) -> bool:
    """True for a location with no detail: only London, a borough, or generic words."""
    words = [w.lower() for w in _WORD.findall(value)]
    return all(w in LONDON_AREAS or w in _AREA_FILLER for w in words)


# --- Contact: methods, people, attempts, outcomes -----------------------------------

METHOD = re.compile(
    r"\b(?:phon(?:e|ed|ing)|tele?phon\w*|tel|t/c|tc|call(?:ed|ing|s)?|rang|ring(?:ing)?|mobile|landline"
    r"|visit(?:ed|ing|s)?|h/?v|home\s+visit|attended|door\s*knock\w*|knocked|in\s+person|face\s+to\s+face"
    r"|f2f|met|meeting|text(?:ed|ing)?|txt|sms|whats\s*app|e-?mail(?:ed|s)?|letter|wrote"
    r"|voice\s*mail|vm|left\s+(?:a\s+)?(?:message|msg)|answerphone|video\s+call|teams|zoom|facetime"
    r"|card\s+left|calling\s+card|not\s+at\s+home|no\s+one\s+(?:at\s+)?home|nobody\s+(?:at\s+)?home)\b",
    re.IGNORECASE,
)
"""How a contact was made or tried: phone, visit, meeting, text, email, letter, video."""

RELATION = re.compile(
    r"\b(?:mother|mum|mom|father|dad|parents?|sister|brother|siblings?|son|daughter|child(?:ren)?"
    r"|partner|husband|wife|spouse|widow(?:er)?|fianc[ée]e?|girlfriend|boyfriend|ex-?partner"
    r"|aunt(?:ie)?|uncle|cousin|niece|nephew|grand(?:mother|father|son|daughter|ma|pa|parents?)|nan|gran"
    r"|step-?\w+|in-law|nok|next\s+of\s+kin|family|relatives?|friend|flatmate|housemate|carer"
    r"|neighbour|solicitor|representative|interpreter|intermediary|victim|v/s|ip|injured\s+party"
    r"|informant|landlord|landlady|funeral\s+director|undertaker|gp|doctor|school|employer|vicar|priest"
    r"|imam|rabbi|chaplain|support\s+worker|social\s+worker|victim\s+support)\b",
    re.IGNORECASE,
)
"""People on the family side: relations, next of kin, friends, intermediaries, the victim."""

TITLED_NAME = re.compile(r"\b(?:mr|mrs|ms|miss|mx|dr)\.?\s+[a-z][\w'-]+", re.IGNORECASE)
CONTACT_VERB_NAME = re.compile(
    r"\b(?:[Ss]poke\s+(?:to|with)|[Ss]peak\s+(?:to|with)|[Mm]et(?:\s+with)?|[Pp]honed|[Cc]alled|[Rr]ang"
    r"|[Vv]isited|[Tt]exted|[Ee]mailed|[Cc]ontacted|[Ii]nformed|[Uu]pdated|[Ff]rom)\s+(?!No\b|Nobody\b)[A-Z][a-z]+"
)
"""A named person after a contact verb, in ordinary case: "Spoke to Sharon"."""

POLICE_STYLE_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[A-Z]{2,}(?:-[A-Z]{2,})?\b")
"""A name written the police way, forename then SURNAME: "Mark HOLLOWAY"."""

POLICE = re.compile(
    r"\b(?:sio|dsio|oic|ds|di|dci|dsu|supt|insp(?:ector)?|sgt|sergeant|supervisor|co-?ordinator|flc"
    r"|mit|hat|coroner'?s?(?:\s+officer)?|pathologist|las|cps|briefing|debrief|strategy|team|colleague"
    r"|pc|dc|flo\s+\d|second\s+flo|cover\s+flo)\b",
    re.IGNORECASE,
)
"""Police and professional parties: an entry only with these is not family contact."""

CONTACT_VERB = re.compile(
    r"\b(?:spoke|speak(?:ing)?|spoken|conversation|contact(?:ed)?|attempt(?:ed|s)?|tried|try(?:ing)?"
    r"|no\s+answer|no\s+reply|no\s+response|unable\s+to\s+(?:contact|reach|speak|get\s+hold)"
    r"|answered|informed|delivered\s+(?:the\s+)?death\s+message)\b",
    re.IGNORECASE,
)
"""Wording that makes an entry a contact or an attempt, whatever the method."""

COMMUNICATE_VERB = re.compile(
    r"\b(?:discussed|updated?|explained|told|advised|asked|agreed|reassured|confirmed|provided|gave)\b",
    re.IGNORECASE,
)
"""Verbs that are contact only when a family-side person is their object."""

_NO_CONTACT = (
    r"no\s+answer|no\s+reply|no\s+response|voice\s*mail|vm|answerphone|left\s+(?:a\s+)?(?:message|msg)"
    r"|text(?:\s+message)?\s+sent|sent\s+(?:a\s+)?text|unable\s+to\s+(?:contact|reach|speak|get\s+hold)"
    r"|not\s+at\s+home|no\s+one\s+(?:at\s+)?home|nobody\s+(?:at\s+)?home|card\s+left"
    r"|left\s+(?:a\s+)?(?:calling\s+)?card|rang\s+out|engaged|went\s+to\s+voice\s*mail|unobtainable"
    r"|number\s+not\s+(?:recognised|in\s+service)"
)
NO_CONTACT = re.compile(rf"\b(?:{_NO_CONTACT})\b", re.IGNORECASE)
"""A concrete unsuccessful result: "no answer", "voicemail", "card left"."""

ATTEMPT = re.compile(rf"\b(?:attempt(?:ed|s)?|tried|try(?:ing)?|{_NO_CONTACT})\b", re.IGNORECASE)
"""An unsuccessful or attempted contact."""

DIRECTIVE = re.compile(
    r"\b(?:to\s+continue|should|must|ensure|needs?\s+to|to\s+be\s+(?:made|completed)|please|action(?:s|ed)?:"
    r"|review(?:ed)?)\b",
    re.IGNORECASE,
)
"""Instructions and reviews: "attempts to contact NOK to continue" records no attempt."""

OUTCOME = re.compile(
    r"\b(?:no\s+answer|no\s+reply|no\s+response|voice\s*mail|vm|answerphone|left\s+(?:a\s+)?(?:message|msg)"
    r"|text(?:\s+message)?\s+sent|not\s+at\s+home|no\s+one\s+(?:at\s+)?home|nobody\s+(?:at\s+)?home"
    r"|card\s+left|left\s+(?:a\s+)?(?:calling\s+)?card|rang\s+out|engaged|unobtainable|not\s+in\s+service"
    r"|not\s+recognised|declined|refused|busy|unavailable|call(?:ed)?\s+back|will\s+call|spoke|answered"
    r"|successful|unsuccessful|no\s+contact|away|failed)\b",
    re.IGNORECASE,
)
"""What came of an attempt."""

SUCCESS = re.compile(
    r"\b(?:(?:spoke|spoken|speaking)\s+(?:to|with)|contact\s+made|successful\s+contact|(?<!un)successful)\b",
    re.IGNORECASE,
)
"""A contact that reached the person: an entry saying so is not an attempt."""

DETS_REFERENCE = re.compile(r"\bdets\b", re.IGNORECASE)
