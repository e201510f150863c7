"""CR009: victim contact by another method than chosen, via a third party, or not free to speak."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Entry
from auditor.findings import Finding, RequirementState, Severity
from checks import spans
from checks.base import Check, Context
from checks.cris.record import is_death_record
from checks.cris.victim_contact import is_review, names_victim, spoke_to

METHODS: dict[str, re.Pattern[str]] = {
    "phone": re.compile(
        r"\b(?:tele?phon\w*|phon(?:e|ed)|mobile|landline|tel|rang|called|calls?|t/c)\b", re.I
    ),
    "video": re.compile(r"\b(?:video(?:\s+call)?|teams|zoom|facetime|whats\s*app\s+video)\b", re.I),
    "in person": re.compile(
        r"\b(?:in\s+person|face\s+to\s+face|f2f|visit(?:ed)?|attended|h/?v|home\s+visit|met)\b", re.I
    ),
    "email": re.compile(r"\be-?mail(?:ed)?\b", re.I),
    "letter": re.compile(r"\b(?:letter|post|wrote)\b", re.I),
    "text": re.compile(r"\b(?:text(?:ed)?|sms|txt|whats\s*app(?!\s+video))\b", re.I),
}
"""Ways of contacting a victim, most specific last so that "text" wins over "phone"."""

PREFERENCE = re.compile(
    r"\b(?:prefer(?:s|red)?(?:\s+(?:contact|method|means))?(?:\s+(?:of\s+)?contact)?\s*(?:is|:|-)?\s*(?:by|via|on)?"
    r"|contact\s+pref(?:erence)?\.?\s*(?:is|:|-)?|wishes\s+to\s+be\s+contacted\s+(?:by|via|on)"
    r"|(?:asks?|asked|requests?|requested|wants?|wanted)\s+(?:to\s+be\s+)?contact(?:ed)?\s+(?:only\s+)?(?:by|via|on)"
    r"|(?:only|best)\s+(?:to\s+)?contact\s+(?:by|via|on))\s+(?:his\s+|her\s+|their\s+)?([^.;,()\n]{1,30})",
    re.IGNORECASE,
)
"""The victim's chosen method: "prefers contact by mobile", "contact preference: email", "contact pref -
calls", "asked to be contacted only by email"."""

FREE_TO_SPEAK = re.compile(
    r"\b(?:speak|talk)(?:ing)?\s+freely|free\s+to\s+(?:talk|speak)|(?:could|can|able\s+to)\s+(?:talk|speak)\b"
    r"|\b(?:on\s+(?:his|her|their)\s+own|alone|by\s+(?:him|her|them)sel(?:f|ves))\b"
    r"|\bsafe\s+to\s+(?:talk|speak)|\bno\s*(?:one|body)\s+else\s+(?:was\s+)?(?:present|there|with|around|listening)",
    re.IGNORECASE,
)
"""A note that the victim could talk without being overheard by a suspect."""

THIRD_PARTY = re.compile(
    r"\b(?:spoke|spoken|speaking)\s+(?:to|with)\s+(?:the\s+)?(?:victim'?s|v/s'?s?|ip'?s)\s+"
    r"(?:mother|mum|father|dad|partner|husband|wife|boyfriend|girlfriend|sister|brother|son|daughter|friend"
    r"|flatmate|housemate|carer|relative|neighbour)\b",
    re.IGNORECASE,
)

REPRESENTATIVE = re.compile(
    r"\b(?:representative|nominated|on\s+(?:his|her|their)\s+behalf\s+as\s+agreed|consent)", re.I
)
DOMESTIC = re.compile(
    r"\b(?:domestic|d/a|\bda\b|dash|marac|partner|ex-?partner|coercive|controlling)\b", re.I
)


MESSAGES: dict[str, re.Pattern[str]] = {
    "voicemail": re.compile(
        r"\b(?:voice\s*-?mails?|vm|answer\s*phone|left\s+(?:a\s+)?(?:message|msg))\b", re.I
    ),
    "text": re.compile(r"\b(?:texts?|texted|sms|txt|whats\s*app(?!\s+video))\b", re.I),
    "email": re.compile(r"\be-?mail(?:ed|s)?\b", re.I),
    "letter": re.compile(r"\b(?:letters?|wrote\s+to)\b", re.I),
}
"""Messages left for a victim rather than a conversation with them."""

_NEGATED = re.compile(
    r"\b(?:no|not|never|nor|without|didn'?t|did\s+not|do\s+not|don'?t)\b[\w\s]{0,12}$", re.I
)
_NOT_AFTER = re.compile(r"^\s*(?:was\s+|were\s+)?(?:not|n/a)\b", re.I)

EXCLUDED = re.compile(
    r"\b(?:no|not|never|don'?t|do\s+not|without)\s+(?:by\s+|via\s+|to\s+)?(?:leave\s+|send\s+|use\s+)?(?:any\s+)?"
    r"(texts?|sms|txts?|voice\s*-?mails?|vms?|messages?|e-?mails?|letters?|post)\b"
    r"(?:\s*(?:or|/|,|and)\s*(texts?|sms|txts?|voice\s*-?mails?|vms?|messages?|e-?mails?|letters?|post)\b)?",
    re.IGNORECASE,
)
"""Methods the victim asked not to be used: "NO texts or voicemails", "do not leave messages"."""

AGREED = re.compile(
    r"\b(?:agreed|preferred|chosen|requested)\s+(?:method|means|route)|as\s+(?:agreed|requested)\b", re.I
)

_SENTENCE_END = re.compile(r"\.(?:\s|$)|\n\s*\n")


def _excluded(line: str) -> set[str]:
    found: set[str] = set()
    for m in EXCLUDED.finditer(line):
        for word in (g for g in m.groups() if g):
            w = word.lower()
            if w.startswith(("voice", "vm", "message")):
                found.add("voicemail")
            elif w.startswith(("text", "sms", "txt")):
                found.add("text")
            elif "mail" in w:
                found.add("email")
            else:
                found.add("letter")
    return found


def _messages(text: str) -> set[str]:
    """Messages the entry says were left or sent, leaving out "no voicemail left" and
    "did not leave a message"."""
    found: set[str] = set()
    for name, pattern in MESSAGES.items():
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 30) : m.start()]
            if _NEGATED.search(before) or _NOT_AFTER.match(text[m.end() :]):
                continue
            found.add(name)
    return found


def _method(text: str) -> str | None:
    found = None
    for name, pattern in METHODS.items():
        if pattern.search(text):
            found = name
    return found


class VictimContactMethodUnsafe(Check):
    """Victim contacted by another method than chosen, through someone else, or not noted as free to speak.

    Contact uses the method the victim chose; the officer speaks to the victim
    and no one else unless the victim agreed a representative, and makes sure
    the victim can speak freely without alerting a suspect. Flags a contact
    after the preference was recorded that used another method, and a contact
    made through a relative or friend with no agreed representative
    (*absent*), and a voicemail, text, email or letter left for the victim
    that the recorded preference rules out ("calls only, NO texts or
    voicemails") or that uses another method than the one chosen (*absent*).
    A phone or video contact with no note that the victim could
    speak freely is *absent* on a domestic-abuse record and *unclear*
    otherwise. Applies to records with a living victim, not death
    investigations.

    ## Why it matters

    After a double murder the IPCC found that contact by a method the suspect
    could see or hear put the victim at risk; a note that the victim could talk
    freely is the only evidence that the officer thought about it.

    ## Example

    ```text
    CRIS CRIME REPORT - DETS
    Flags: Domestic abuse
    02/03/2024 10:00 PC 3312NE ADEYEMI: Victim seen, VCoP leaflet given, prefers contact by email.
    05/03/2024 18:15 DC 4411HB LEE: Phoned victim at home, updated on the arrest.
    ```

    ## Use instead

    ```text
    05/03/2024 18:15 DC 4411HB LEE: Emailed victim as she asked; she replied and
    asked for a call, rang her at 18:30: on her own and able to speak freely.
    ```

    ## Source

    004_05fe42e2486628e9.txt: "They must also ensure that the victim is able to
    speak freely without any risk of alerting a potential suspect"
    """

    code = "CR009"
    requirement = "CR-VCOP-METHOD"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.CRIS_RECORD})
    suggestion = (
        "The method matches the recorded preference; a note that the victim was able to speak freely."
    )

    def applies(self, doc: Document) -> bool:
        """Victim contact concerns a living victim, not a death investigation."""
        return super().applies(doc) and not is_death_record(doc)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        preferred: str | None = None
        excluded: set[str] = set()
        preference_line = ""
        domestic = bool(DOMESTIC.search(doc.text))
        for entry in sorted(doc.entries, key=lambda e: e.span.start):
            if is_review(doc, entry):
                continue
            text = entry.text
            if THIRD_PARTY.search(text) and not REPRESENTATIVE.search(text):
                yield self.finding(
                    doc,
                    spans.entry_span(doc, entry),
                    "Victim contact made through a third party, with no representative agreed by the victim",
                )
                continue
            stated = PREFERENCE.search(text)
            if stated is not None:
                preferred = _method(stated.group(1)) or preferred
                stop = _SENTENCE_END.search(text, stated.end())
                preference_line = text[stated.start() : stop.start() if stop else len(text)]
                excluded = _excluded(preference_line)
                continue
            if not _is_victim_contact(entry):
                wrong = self._wrong_message(entry, preferred, excluded, preference_line)
                if wrong is not None:
                    yield self.finding(doc, spans.entry_span(doc, entry), wrong)
                continue
            used = _method(text)
            if preferred and used and used != preferred and not (used == "phone" and preferred == "video"):
                yield self.finding(
                    doc,
                    spans.entry_span(doc, entry),
                    f"Victim contacted by {used} although the recorded preference is {preferred}",
                )
            elif used in ("phone", "video") and not FREE_TO_SPEAK.search(text):
                yield self.finding(
                    doc,
                    spans.entry_span(doc, entry),
                    "Victim spoken to remotely with no note that they could speak freely",
                    state=RequirementState.ABSENT if domestic else RequirementState.UNCLEAR,
                )

    @staticmethod
    def _wrong_message(
        entry: Entry, preferred: str | None, excluded: set[str], preference: str
    ) -> str | None:
        """A voicemail, text, email or letter left for the victim that the victim asked not to get, or
        by another method than the one chosen (unless the preference allows it or the entry says it is the
        agreed method)."""
        text = entry.text
        if not names_victim(text):
            return None
        for used in sorted(_messages(text)):
            if used in excluded:
                return f"A {used} was left for the victim although they asked for no {used}s"
            if (
                preferred
                and used != preferred
                and not (used == "voicemail" and preferred == "phone")
                and not MESSAGES[used].search(preference)
                and not AGREED.search(text)
            ):
                return f"A {used} was left for the victim although the recorded preference is {preferred}"
        return None


def _is_victim_contact(entry: Entry) -> bool:
    return spoke_to(entry) and names_victim(entry.text + " " + (entry.contact_person or ""))
