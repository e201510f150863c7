"""Regulation 28 (Prevention of Future Deaths) report structure.

The official form numbers its boxes 1-9 ("1 CORONER", "5 CORONER’S CONCERNS",
"9 [DATE] [SIGNED BY CORONER]") under a "THIS REPORT IS BEING SENT TO:" box.
Real reports vary: numbers missing or on their own line (a table column),
straight or curly apostrophes, "and" in any case, OCR noise, the recipients
heading run into the title ("FUTURE DEATHS THIS REPORT IS BEING SENT\\nTO:").

A heading counts only when it stands on its own line (optionally numbered,
optionally followed by ":" or a bracketed note), so prose such as "the
circumstances of the death were" never starts a section. Headings must come in
form order; "THIS REPORT IS BEING SENT TO" starts the order again, because one
file (the official template) can hold several forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.document import Section, Span

_APOS = r"[’'`‘´]?\s?"
_NUMBER = r"(?:\(?\d{1,2}\s?[.)]?|[\[(]?\d{1,2}[\])])"
_TAIL = r"[ \t]*(?::|\.|-|–)?[ \t]*(?:\[[^\]\n]{0,80}\][ \t]*)?$"

# (canonical name, heading words regex); order is the order of the form.
_HEADINGS: tuple[tuple[str, str], ...] = (
    ("deceased", r"(?:NAME\s+OF\s+(?:THE\s+)?)?DECEASED"),
    ("recipients", r"THIS\s+REPORT\s+IS\s+BEING\s+SENT\s+TO"),
    ("coroner", r"(?:THE\s+)?CORONER"),
    ("coroners_legal_powers", rf"(?:CORONER{_APOS}S?\s+)?LEGAL\s+POWERS"),
    ("investigation_and_inquest", r"INVESTIGATION(?:\s+(?:AND|&)\s+INQUEST)?|INQUEST"),
    ("circumstances_of_the_death", r"CIRCUMSTANCES\s+OF\s+(?:THE\s+)?DEATH"),
    ("coroners_concerns", rf"(?:CORONER{_APOS}S?\s+)?CONCERNS|MATTERS\s+OF\s+CONCERN"),
    ("action_should_be_taken", r"ACTION\s+SHOULD\s+BE\s+TAKEN"),
    ("your_response", r"YOUR\s+RESPONSE"),
    ("copies_and_publication", r"COPIES\s+(?:AND|&)\s+PUBLICATION"),
    ("date_and_signature", r"DATE\s+AND\s+SIGNATURE|SIGNATURE|DATED?"),
)
_ORDER = {name: i for i, (name, _) in enumerate(_HEADINGS)}
_RESTART = "recipients"

_LINE_HEADING = re.compile(
    r"(?mi)^[ \t]*(?P<num>" + _NUMBER + r"[ \t]*(?:\n[ \t]*)?)?"
    r"(?P<words>" + "|".join(f"(?P<h{i}>{words})" for i, (_, words) in enumerate(_HEADINGS)) + r")" + _TAIL
)
# The recipients heading is distinctive enough to be found mid-line, in capitals.
_RECIPIENTS_INLINE = re.compile(r"THIS\s+REPORT\s+IS\s+BEING\s+SENT\s+TO\s*:?")
# Box 9 of the form: "9 [DATE] [SIGNED BY CORONER]", "9 Dated: 20/04/2023", "9 <name>, <date>".
_BOX_NINE = re.compile(r"(?m)^[ \t]*9(?:[ \t]*[.)])?(?=[ \t]+\S|[ \t]*\n\S)")

_PLACEHOLDER = re.compile(
    r"\[(?:NAME(?:S| OF AREA|, AGE)?|DATE|BRIEF SUMMARY(?: OF MATTERS OF CONCERN)?|SIGNED BY CORONER"
    r"|NAMED PERSON|HYPERLINKS|CONCLUSIONS[^\]]*|ADDRESS)\]"
)


# The form's own wording inside the concerns box, which says nothing about the case.
_BOILERPLATE = re.compile(
    r"(?is)during\s+the\s+course\s+of\s+the\s+(?:inquest|investigation).{0,400}?report\s+to\s+you\."
    r"|the\s+matters\s+of\s+concern\s+are\s+as\s+follows[^\n]*"
)


@dataclass(frozen=True, slots=True)
class _Heading:
    name: str
    start: int
    end: int


def find_pfd_sections(text: str) -> tuple[Section, ...]:
    """The sections of a Regulation 28 report, heading included, in text order."""
    headings = _accept_in_order(_candidates(text))
    sections = []
    for n, h in enumerate(headings):
        end = headings[n + 1].start if n + 1 < len(headings) else len(text)
        end = _rstrip(text, h.end, end)
        sections.append(
            Section(
                name=h.name,
                heading=text[h.start : h.end],
                text=text[h.start : end],
                span=Span(h.start, end),
                heading_span=Span(h.start, h.end),
            )
        )
    return tuple(sections)


def is_blank_template(text: str) -> bool:
    """True for the unfilled official form: its placeholders ("[NAME]", "[DATE]",
    "[BRIEF SUMMARY]"...) are still there, or its narrative boxes are empty."""
    distinct = {m.group(0).split(",")[0] for m in _PLACEHOLDER.finditer(text)}
    if len(distinct) >= 3:
        return True
    sections = {s.name: s for s in find_pfd_sections(text)}
    narrative = [sections.get("circumstances_of_the_death"), sections.get("coroners_concerns")]
    present = [s for s in narrative if s is not None]
    return bool(present) and all(_is_empty_body(s) for s in present)


def _is_empty_body(section: Section) -> bool:
    body = section.text[len(section.heading) :]
    body = _BOILERPLATE.sub("", _PLACEHOLDER.sub("", body))
    body = re.sub(r"\(\d+\)|\[[^\]]*\]", "", body)
    return len(re.findall(r"[A-Za-z]{2,}", body)) < 3


def _candidates(text: str) -> list[_Heading]:
    found: list[_Heading] = []
    for m in _LINE_HEADING.finditer(text):
        name = next(_HEADINGS[i][0] for i in range(len(_HEADINGS)) if m.group(f"h{i}") is not None)
        if name == "date_and_signature" and m.group("num") is None:
            continue  # a bare "Dated" line is not box 9
        if not _plausible(m.group("words"), m.group("num") is not None or ":" in m.group(0)):
            continue
        start = m.start("num") if m.group("num") is not None else m.start("words")
        found.append(_Heading(name, start, _rstrip(text, start, m.end())))
    for m in _RECIPIENTS_INLINE.finditer(text):
        if not any(h.start <= m.start() < h.end for h in found):
            found.append(_Heading(_RESTART, m.start(), m.end()))
    for m in _BOX_NINE.finditer(text):
        line_end = text.find("\n", m.end())
        found.append(_Heading("date_and_signature", m.start(), line_end if line_end >= 0 else len(text)))
    found.sort(key=lambda h: (h.start, -h.end))
    return found


def _plausible(words: str, marked: bool) -> bool:
    """Headings are in capitals or title case ("and"/"of" may be lower case);
    a numbered heading or one ending in ":" may also be in sentence case."""
    letters = [w for w in re.findall(r"[A-Za-z]+", words) if w.lower() not in {"and", "of", "the", "s"}]
    if all(w.isupper() or w.istitle() for w in letters):
        return True
    return marked and bool(letters) and letters[0][0].isupper()


def _accept_in_order(candidates: list[_Heading]) -> list[_Heading]:
    accepted: list[_Heading] = []
    last = -1
    for h in candidates:
        if accepted and h.start < accepted[-1].end:
            continue
        order = _ORDER[h.name]
        if h.name == "date_and_signature" and (not accepted or accepted[-1].name != "copies_and_publication"):
            continue
        if order > last or h.name == _RESTART:
            accepted.append(h)
            last = order
    return accepted


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
