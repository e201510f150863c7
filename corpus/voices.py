"""Author voices: how one officer writes, as opposed to what they write.

A writer picks phrasings from banks keyed by *register* (``terse``,
``verbose``, ``narrative``) and the voice then applies its habits: headings in
capitals or title case, abbreviations, typos, date, time and officer styles.
Six voices exist so that nothing can be learned from one phrasing; the eval
harness trains on some voices and tests on the others.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache

from corpus.world.people import Officer

VOICE_NAMES = ("terse", "verbose", "abbreviated", "typo_prone", "caps", "narrative")

_REGISTER = {
    "terse": "terse",
    "verbose": "verbose",
    "abbreviated": "terse",
    "typo_prone": "verbose",
    "caps": "terse",
    "narrative": "narrative",
}

# Whole-phrase abbreviations police writers use; applied to template text only.
ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("next of kin", "NOK"),
    ("Next of kin", "NOK"),
    ("house to house", "H2H"),
    ("House to house", "H2H"),
    ("house-to-house", "H2H"),
    ("statement", "s/s"),
    ("Statement", "S/S"),
    ("deceased", "dec'd"),
    ("Deceased", "Dec'd"),
    ("approximately", "approx"),
    ("with ", "w/ "),
    ("without", "w/o"),
    ("informed", "info'd"),
    ("information", "info"),
    ("address", "addr"),
    ("home address", "H/A"),
    ("telephone", "tel"),
    ("officer", "ofcr"),
    ("sergeant", "sgt"),
    ("Sergeant", "Sgt"),
    ("inspector", "insp"),
    ("Inspector", "Insp"),
    ("police national computer", "PNC"),
    ("life pronounced extinct", "PLE"),
    ("no further action", "NFA"),
    ("attended", "att'd"),
    ("Attended", "Att'd"),
    ("because", "b/c"),
    ("regarding", "re"),
    ("requested", "req'd"),
    ("required", "req'd"),
    ("circumstances", "circs"),
    ("suspicious", "susp"),
    ("and ", "& "),
    ("investigation", "invest"),
    ("intelligence", "intel"),
    ("Intelligence", "Intel"),
    ("property", "prop"),
    ("photographs", "photos"),
    ("previous", "prev"),
    ("nothing", "nil"),
    ("message", "msg"),
    ("number", "no."),
    ("relationship", "rel"),
    ("girlfriend", "g/f"),
    ("boyfriend", "b/f"),
)

_PLACEHOLDER_RE = re.compile(r"\{[a-z_0-9]+\}")
_WORD_RE = re.compile(r"[A-Za-z]{5,}")


@dataclass(frozen=True, slots=True)
class Voice:
    """One author's habits. ``style`` picks among date, time and officer forms."""

    name: str
    register: str
    caps_headings: bool
    abbreviate: bool
    typo_rate: float
    date_style: int
    time_style: int
    officer_style: int
    heading_style: int

    # -- headings and labels -------------------------------------------------
    def heading(self, text: str, number: int | None = None) -> str:
        if self.caps_headings:
            text = text.upper()
        elif self.heading_style == 1:
            text = text[:1].upper() + text[1:]
        elif self.heading_style == 2:
            text = text.title().replace("'S", "'s")
        if number is not None and self.heading_style in (1, 3):
            text = f"{number}. {text}"
        if self.heading_style == 3 and not self.caps_headings:
            text = text.upper()
        return text

    def label(self, text: str) -> str:
        return text.upper() if self.caps_headings else text

    # -- dates, times, officers ----------------------------------------------
    def date(self, d: date) -> str:
        forms = (
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day} {d:%B} {d.year}",
            f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day} {d:%b} {d.year}",
            f"{d:%A} {d.day} {d:%B} {d.year}",
        )
        return forms[self.date_style % len(forms)]

    def time(self, t: time | datetime) -> str:
        forms = (
            f"{t.hour:02d}:{t.minute:02d}",
            f"{t.hour:02d}{t.minute:02d}",
            f"{t.hour:02d}{t.minute:02d}hrs",
            f"{t.hour:02d}.{t.minute:02d}",
            f"{t.hour:02d}:{t.minute:02d} hrs",
        )
        return forms[self.time_style % len(forms)]

    def when(self, moment: datetime) -> str:
        if self.date_style in (1, 5) and self.register == "narrative":
            return f"{self.time(moment)} on {self.date(moment.date())}"
        return f"{self.date(moment.date())} {self.time(moment)}"

    def officer(self, officer: Officer, *, with_collar: bool = True) -> str:
        rank = officer.shown_rank
        collar = f" {officer.collar}" if with_collar else ""
        forms = (
            f"{rank}{collar} {officer.last.upper()}",
            f"{rank} {officer.first} {officer.last}{collar}",
            f"{rank} {officer.last}{collar}",
            f"{rank}{collar} {officer.first[0]}. {officer.last}",
        )
        text = forms[self.officer_style % len(forms)]
        return text.upper() if self.caps_headings and self.officer_style == 0 else text

    # -- phrasing --------------------------------------------------------------
    def pick(self, bank: Mapping[str, Sequence[str]], rng: random.Random) -> str:
        options = bank.get(self.register) or bank.get("any") or next(iter(bank.values()))
        return rng.choice(options)

    def say(self, template: str, rng: random.Random, **values: object) -> str:
        """Apply this voice's habits to the template's own words, then fill it in.

        Values (names, dates, references) are never abbreviated or mistyped.
        """
        text = self.habits(template, rng)
        return text.format(**values) if values else text.replace("{{", "{").replace("}}", "}")

    def habits(self, template: str, rng: random.Random) -> str:
        text = template
        if self.abbreviate:
            text = abbreviate(text, rng)
        if self.typo_rate:
            text = typos(text, rng, self.typo_rate)
        return text


@cache
def _abbreviation_re(long: str) -> re.Pattern[str]:
    """``long`` as whole words only ("address" but not "addresses")."""
    head = r"\b" if long[0].isalnum() else ""
    tail = r"\b" if long[-1].isalnum() else ""
    return re.compile(head + re.escape(long) + tail)


def abbreviate(text: str, rng: random.Random) -> str:
    pieces = _PLACEHOLDER_RE.split(text)
    holders = _PLACEHOLDER_RE.findall(text)
    out = []
    for piece in pieces:
        for long, short in ABBREVIATIONS:
            if long in piece and rng.random() < 0.8:
                piece = _abbreviation_re(long).sub(short, piece)
        out.append(piece)
    return "".join(p + (holders[i] if i < len(holders) else "") for i, p in enumerate(out))


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 2)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:
        return word[:i] + word[i + 1 :]
    if kind == 2:
        return word[:i] + word[i] + word[i:]
    return word.lower()


def typos(text: str, rng: random.Random, rate: float) -> str:
    """Mistype some ordinary words (never acronyms, never placeholders)."""
    pieces = _PLACEHOLDER_RE.split(text)
    holders = _PLACEHOLDER_RE.findall(text)

    def swap(match: re.Match[str]) -> str:
        word = match.group()
        if word.isupper() or rng.random() >= rate:
            return word
        return _typo(word, rng)

    out = [_WORD_RE.sub(swap, piece) for piece in pieces]
    if rng.random() < rate * 3:
        out = [p.replace("'", "", 1) for p in out]
    return "".join(p + (holders[i] if i < len(holders) else "") for i, p in enumerate(out))


def make_voice(name: str, rng: random.Random) -> Voice:
    """A concrete author of voice ``name``, with their own date/time/officer habits."""
    if name not in VOICE_NAMES:
        raise ValueError(f"unknown voice {name!r}; expected one of {', '.join(VOICE_NAMES)}")
    return Voice(
        name=name,
        register=_REGISTER[name],
        caps_headings=name == "caps",
        abbreviate=name == "abbreviated",
        typo_rate=0.06 if name == "typo_prone" else 0.0,
        date_style=rng.randrange(6),
        time_style=rng.randrange(5),
        officer_style=rng.randrange(4),
        heading_style=rng.randrange(4),
    )
