"""Finding supervisors in record text: a rank (PS, Sgt, DS, Insp, DI, DCI...)
followed by a name or warrant number, and whether the text shows the rank is
held substantively or as acting or temporary.

Shared by the supervision checks so that every one of them reads ranks the
same way. Patterns are matched against record text and never print it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from auditor.document import Document, Entry, Span


class Level(StrEnum):
    """How senior a supervisor is, as far as the requirements care."""

    SERGEANT = "sergeant"
    DETECTIVE_SERGEANT = "detective_sergeant"
    INSPECTOR = "inspector"
    DETECTIVE_INSPECTOR = "detective_inspector"
    CHIEF_INSPECTOR = "chief_inspector"


_ACTING_PREFIX = r"(?:(?:a|t|act|actg|temp)\s*/\s*|(?:acting|temporary|temp\.?)\s+)"
_RANKS: tuple[tuple[str, Level], ...] = (
    (r"d/?\s*c\.?\s*i\.?|det(?:ective)?\.?\s+ch(?:ief)?\.?\s+insp(?:ector|r)?\.?", Level.CHIEF_INSPECTOR),
    (
        r"ch(?:ief)?\.?\s+insp(?:ector|r)?\.?|c/insp\.?|supt\.?|superintendent|d/?supt\.?|dsu",
        Level.CHIEF_INSPECTOR,
    ),
    (r"d/?\s*i|det(?:ective)?\.?\s+insp(?:ector|r)?\.?|d/insp\.?", Level.DETECTIVE_INSPECTOR),
    (r"insp(?:ector|r)?\.?|inspt\.?", Level.INSPECTOR),
    (r"d/?\s*s|det(?:ective)?\.?\s+s(?:er)?g(?:eant|t)\.?|d/sgt\.?", Level.DETECTIVE_SERGEANT),
    (r"p/?s|sgt\.?|serg(?:ea|ae)nt|police\s+sergeant", Level.SERGEANT),
)
_RANK_ALTERNATIVES = "|".join(f"(?P<r{i}>{pattern})" for i, (pattern, _) in enumerate(_RANKS))
_NAME_TOKEN = r"(?:[^\W\d_]\.|[^\W\d_][^\W\d_'\-]*(?:['\-][^\W\d_]+)*|\d{3,7}[A-Z]{0,3}|\d{2}[A-Z]{2,3}\b)"
MENTION = re.compile(
    rf"(?<![\w/])(?P<acting>{_ACTING_PREFIX})?(?:{_RANK_ALTERNATIVES})(?![\w/])"
    rf"(?P<name>(?:(?:[ \t]+|[ \t]*\n[ \t]*){_NAME_TOKEN}){{1,3}})",
    re.IGNORECASE,
)
"""A rank followed by one to three tokens of name or warrant number: "PS 2438EA K. Hill",
"A/DI Purewal 807006", "Det Insp Ellis"."""

_SUBSTANTIVE_AFTER = re.compile(r"^[\s,|]*[(\[-]?\s*(?:substantive|subst?\.?|substantively)\b", re.IGNORECASE)
_ACTING_AFTER = re.compile(r"^[\s,|]*[(\[-]?\s*(?:acting|temporary|temp)\b", re.IGNORECASE)
_SUBSTANTIVE_BEFORE = re.compile(r"\b(?:substantive|substantively)\s*[:\-]?\s*$", re.IGNORECASE)
_ACTING_BEFORE = re.compile(r"\b(?:acting|temporary)\s*$", re.IGNORECASE)
_ADVISER = r"(?:hat|homicide\s+assessment\s+team|mit|murder\s+investigation\s+team|ofm|flo|family\s+liaison)"
_ADVISER_BEFORE = re.compile(rf"\b{_ADVISER}\b(?:[^.;]|\.(?=\d)){{0,45}}$", re.IGNORECASE)
_ADVISER_AFTER = re.compile(rf"^[^.;\n]{{0,12}}\(\s*{_ADVISER}\b", re.IGNORECASE)
_STOP_WORDS = frozenset(
    {
        "and", "the", "at", "on", "in", "to", "of", "was", "has", "had", "is", "informed", "attended",
        "reviewed", "review", "called", "who", "for", "with", "by", "re", "as", "not", "no", "updated",
        "aware", "notified", "confirms", "confirmed", "decided", "requested", "agreed", "page",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Mention:
    """One supervisor named in the text."""

    span: Span
    level: Level
    acting: bool
    substantive: bool
    key: str
    adviser: bool
    tokens: frozenset[str] = frozenset()

    @property
    def status_shown(self) -> bool:
        return self.acting or self.substantive

    def same_officer(self, other: Mention) -> bool:
        """Shares a warrant number, or a name word when either lacks a number."""
        mine = {t for t in self.tokens if t[0].isdigit()}
        theirs = {t for t in other.tokens if t[0].isdigit()}
        if mine and theirs:
            return bool(mine & theirs)
        return bool(self.tokens & other.tokens)


def _level(m: re.Match[str]) -> Level:
    for i, (_, level) in enumerate(_RANKS):
        if m.group(f"r{i}") is not None:
            return level
    raise AssertionError("a rank alternative always matches")


def _key(name: str) -> str:
    """The surname (the last word of two letters or more), else the warrant number: groups mentions."""
    words: list[str] = [w for w in re.findall(r"[^\W\d_][^\W\d_'\-]+", name) if w.lower() not in _STOP_WORDS]
    if words:
        return words[-1].lower()
    digits: list[str] = re.findall(r"\d{3,7}|\d{2}[A-Za-z]{2,3}\b", name)
    return digits[0] if digits else ""


def _identity(name: str) -> frozenset[str]:
    """Warrant numbers and name words of three letters or more: two mentions sharing
    one are taken to be the same officer ("PS 2438EA HILL", "PS Hill 2438EA")."""
    words = {w.lower() for w in re.findall(r"[^\W\d_][^\W\d_'\-]{2,}", name) if w.lower() not in _STOP_WORDS}
    return frozenset(words | set(re.findall(r"\d{3,7}[A-Za-z]{0,3}|\b\d{2}[A-Za-z]{2,3}\b", name.upper())))


def _name_end(raw: str) -> int:
    """Length of the name tokens at the start of ``raw``, up to the first ordinary
    word ("PS Hill attended" keeps " Hill"); 0 when there is no name."""
    end = 0
    for token in re.finditer(r"\S+", raw):
        word = token.group()
        if word.lower() in _STOP_WORDS or word[0].islower():
            break
        end = token.end()
    return end


def mentions(text: str, start: int = 0, end: int | None = None) -> Iterator[Mention]:
    """Supervisors named in ``text[start:end]``."""
    stop = len(text) if end is None else end
    for m in MENTION.finditer(text, start, stop):
        rank_text = text[m.start() : m.start("name")].strip()
        if len(rank_text) <= 4 and rank_text.islower():
            continue  # "ps" or "di" in lower case is a word, not a rank
        length = _name_end(m.group("name"))
        name = m.group("name")[:length]
        key = _key(name)
        if not length or not key:
            continue
        end_name = m.start("name") + length
        after = text[end_name : min(stop, end_name + 30)]
        before = text[max(start, m.start() - 60) : m.start()]
        acting = bool(m.group("acting")) or bool(_ACTING_AFTER.match(after) or _ACTING_BEFORE.search(before))
        substantive = bool(_SUBSTANTIVE_AFTER.match(after) or _SUBSTANTIVE_BEFORE.search(before))
        yield Mention(
            span=Span(m.start(), end_name),
            level=_level(m),
            acting=acting,
            substantive=substantive,
            key=key,
            adviser=bool(_ADVISER_BEFORE.search(before) or _ADVISER_AFTER.match(after)),
            tokens=_identity(name),
        )


_ENTRY_RANK = re.compile(
    rf"^\s*(?:{_ACTING_PREFIX})?(?:{_RANK_ALTERNATIVES})\s*$",
    re.IGNORECASE,
)


def entry_level(entry: Entry, doc: Document) -> Level | None:
    """The supervisory level of an entry's author, from its rank or its header."""
    if entry.rank:
        m = _ENTRY_RANK.match(entry.rank)
        if m is not None:
            return _level(m)
    head = ""
    if entry.header_span is not None:
        head = doc.quote(entry.header_span)
    elif entry.author:
        head = entry.author
    for mention in mentions(head):
        return mention.level
    return None


def is_supervisory(entry: Entry, doc: Document) -> bool:
    """An entry written by a sergeant or above, or headed as a supervisory review."""
    if entry_level(entry, doc) is not None:
        return True
    if entry.role and entry.role.lower() in ("supervisor", "reviewing officer", "sio"):
        return True
    if entry.header_span is not None:
        return bool(REVIEW_HEADING.search(doc.quote(entry.header_span)))
    return False


REVIEW_HEADING = re.compile(r"\b(?:supervis\w*|review\w*|closing|closure)\b", re.IGNORECASE)
"""Header wording of a supervisory entry: "Supervisory review 7 day", "Closing entry"."""


_SENIORITY = {
    Level.SERGEANT: 0,
    Level.DETECTIVE_SERGEANT: 0,
    Level.INSPECTOR: 1,
    Level.DETECTIVE_INSPECTOR: 1,
    Level.CHIEF_INSPECTOR: 2,
}


def at_least(level: Level, floor: Level) -> bool:
    """Whether ``level`` is ``floor`` or more senior (a DI is at least an inspector)."""
    return _SENIORITY[level] >= _SENIORITY[floor]
