"""CR018: hostility or prejudice evident in the record, but the CRIS not flagged as hate."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.cris.passages import Statement, is_review, label_value, statements
from checks.vocabulary import is_non_answer

_HATE_KIND = (
    r"(?:racis[tm]|racial(?:ly)?|homophob\w*|transphob\w*|biphob\w*|anti-?(?:semit\w*|gay|trans|muslim|jewish)"
    r"|islamophob\w*|sectarian|disablis[tm]|disability[\s-]+(?:hate|related|motivated)|religious(?:ly)?\s+(?:hate"
    r"|motivated|aggravated)|faith[\s-]+hate|misogyn\w*"
    r"|hate(?=[\s/-]+(?:crime|incident|motivated|speech|mail|related|flag|marker)))"
)
_TRAIT = (
    r"(?:disability|disabilities|sexuality|sexual\s+orientation|race|religion|colour|faith|ethnicity|gender"
    r"|being\s+(?:gay|trans|disabled|black|jewish|muslim))"
)
HOSTILITY = re.compile(
    rf"\b{_HATE_KIND}\b|\b(?:hostility|prejudice|slurs?|bigot\w*)\b"
    rf"|\b(?:mocked|targeted|abused|bullied|harassed|attacked|pushed|assaulted|taunted|picked\s+on|insulted)\b"
    rf"[^.]{{0,40}}?\b(?:because\s+of|for|over|about)\s+(?:his|her|their)\s+{_TRAIT}",
    re.IGNORECASE,
)
"""Wording that shows hostility or prejudice towards the victim."""

_DENIED = re.compile(
    r"\b(?:no|nil|not|without|nothing\s+to\s+suggest|none)\b[^.;]{0,30}$|\bn/a\b",
    re.IGNORECASE,
)
_FLAG_SET = re.compile(
    rf"\b(?:flagged|marked|tagged|recorded)\s+(?:as\s+)?(?:an?\s+)?(?:\w+\s+){{0,4}}{_HATE_KIND}"
    rf"|\b{_HATE_KIND}\s+(?:crime\s+|incident\s+)?(?:flag|marker|qualifier)\s+(?:added|applied|set|raised|placed|now\s+on)"
    r"|\b(?:flag|marker)\s+(?:added|applied|set|raised|placed)\b[^.]{0,40}\bhate\b",
    re.IGNORECASE,
)
_NOT_SET = re.compile(
    r"\bnot\s+(?:been\s+|yet\s+)?(?:flagged|marked)\b|\bno\s+(?:hate\s+)?flag\b", re.IGNORECASE
)
_FLAG_LABEL = re.compile(r"\b(?:flags?|qualifiers?|markers?|hate\s+crime|hate\s+incident)\b", re.IGNORECASE)
_YES = re.compile(r"^\s*(?:yes|y)\b", re.IGNORECASE)
_PROMPT = re.compile(r"\bhate\s+crime(?:\s*/\s*incident)?\s+flag\s*[?:]\s*", re.IGNORECASE)


class HateIncidentNotFlagged(Check):
    """Hostility or prejudice evident in the record, but the CRIS not flagged as a hate crime or incident.

    Applies when the record describes hostility towards the victim or the
    deceased because of race, religion, sexual orientation, disability or
    gender identity ("racist abuse", "homophobic comments", "mocked because of
    her disability"); a template answer "no hostility or prejudice indicated"
    is not such a description. Satisfied by a hate flag (the Flags field, or
    an entry "flagged as a racist hate incident"). A flag answered "?", "TBC",
    "N/A" or "see above" is *unclear*; no flag is *absent*.

    ## Why it matters

    HMICFRS found hate crimes and incidents went unflagged, so links between
    them and the harm that followed were missed; all hate incidents must be on
    a crime report and flagged, whether or not a crime occurred.

    ## Example

    ```text
    Flags: None
    12/05/2023 10:05 PC 1122AB LANE: Neighbour states the deceased had suffered
    homophobic abuse from youths on the estate for weeks.
    ```

    ## Use instead

    ```text
    Flags: Hate crime (homophobic)
    12/05/2023 14:30 DC 3344 MOSS: CRIS flagged as a homophobic hate incident;
    CRIMINT 1234567 submitted.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "CRIS records of incidents and crimes that are
    motivated by hatred must be marked (or ‘flagged’) so that they are identified
    as such."
    """

    code = "CR018"
    requirement = "CR-HATE-FLAG"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.CRIS_RECORD})
    suggestion = "A hate flag, and a linked intelligence report."

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) and _hostility(doc) is not None

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        state, where = _flag_state(doc)
        if state == "set":
            return
        if state == "placeholder" and where is not None:
            yield self.unclear(doc, where.span, "Hate flag answered only with a placeholder")
            return
        hostility = _hostility(doc)
        if hostility is not None:
            yield self.finding(
                doc, hostility.span, "Hostility or prejudice described, but the CRIS is not flagged"
            )


def _hostility(doc: Document) -> Statement | None:
    for st in statements(doc):
        if is_review(doc, st) or (_PROMPT.search(st.text) and _prompt_only(st.text)):
            continue
        for m in HOSTILITY.finditer(st.text):
            before = st.text[max(0, m.start() - 40) : m.start()]
            if _DENIED.search(before) or _FLAG_LABEL.search(st.text[max(0, m.start() - 25) : m.start()]):
                continue
            after = st.text[m.end() : m.end() + 30]
            if re.match(
                r"\s*(?:crime|incident)?(?:\s*/\s*incident)?\s*(?:flag|marker|qualifier)", after, re.I
            ):
                continue
            return st
    return None


def _prompt_only(text: str) -> bool:
    """A statement that is only template questions ("Hate crime/incident flag: No - no hostility")."""
    return bool(re.search(r"\bno\s+hostility|\bnot\s+indicated|\bnone\s+indicated", text, re.IGNORECASE))


def _flag_state(doc: Document) -> tuple[str, Statement | None]:
    """``set``, ``placeholder`` or ``none``, with the statement that shows it."""
    placeholder: Statement | None = None
    for st in statements(doc):
        if is_review(doc, st):
            continue
        text = st.text
        qa = label_value(text)
        if qa is not None and _FLAG_LABEL.search(qa[0]) and len(qa[0].split()) <= 4:
            value = qa[1]
            if re.search(r"\bhate\b", qa[0], re.IGNORECASE):
                if _YES.match(value) and not _NOT_SET.search(value):
                    return "set", st
                if not value or is_non_answer(value) or re.match(r"^\s*(?:y\s*/\s*n)\b", value, re.I):
                    placeholder = placeholder or st
                continue
            hate = re.search(rf"\b{_HATE_KIND}\b", value, re.IGNORECASE)
            if hate is not None:
                rest = value[hate.end() :]
                if re.match(
                    r"\s*(?:crime|incident)?\s*[:-]?\s*(?:\?+|tbc|n/?a|unknown)\s*(?:$|[;,)])", rest, re.I
                ):
                    placeholder = placeholder or st
                    continue
                return "set", st
            continue
        if _FLAG_SET.search(text) and not _NOT_SET.search(text):
            return "set", st
        m = re.search(r"\bhate\s+(?:crime|incident)\s+flag\b\s*[-:]?\s*", text, re.IGNORECASE)
        if m is not None:
            value = text[m.end() :].strip()
            first = re.split(r"(?<=[.!])\s", value)[0]
            if not first or is_non_answer(first):
                placeholder = placeholder or st
    if placeholder is not None:
        return "placeholder", placeholder
    return "none", None
