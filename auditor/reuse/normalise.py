"""Text to word tokens with exact character offsets, for text-reuse detection.

Tokens are lower-cased words. Optionally, things that an edited copy would
change (names, dates, times, numbers, collar numbers, case references) become
class tokens such as ``<date>``, so that a rationale copied from another case
with the details swapped still matches word for word. Every token keeps the
half-open character range it came from, so ``text[start:end]`` is the original
wording and alignments map back to exact spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.structure.dates import DATE_PATTERN, TIME_PATTERN

NAME = "<name>"
DATE = "<date>"
TIME = "<time>"
NUMBER = "<num>"
COLLAR = "<collar>"
REFERENCE = "<ref>"

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# Dates without a year ("12th of March", "March 12"), which DATE_PATTERN leaves out.
_SHORT_DATE = (
    r"(?<![\w/])(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+" + _MONTH + r"\b"
    r"|" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?(?!\w))"
)
# CRIS (4301234/23), CAD (1234/14MAY23) and MERLIN (23MAY123456) references.
_REFERENCE = (
    r"(?<![\w/])(?:\d{4,7}/\d{2}(?![\w/])|\d{1,5}/\d{1,2}"
    + _MONTH
    + r"\d{2,4}\b|\d{2}"
    + _MONTH
    + r"\d{6}\b)"
)
# Collar numbers: 1234AB, AB1234 (case-sensitive: "12th" is not a collar).
_COLLAR = r"(?<![\w/])(?:\d{2,6}[A-Z]{1,2}|[A-Z]{1,2}\d{3,6})(?![\w/])"
_NUMBER = r"(?<![\w.])\d+(?:[.,]\d+)*(?:st|nd|rd|th)?(?!\w)"
_WORD = r"[^\W_]+(?:['’][^\W_]+)*"

# A capitalised word after one of these is still mid-sentence ("Mr. Smith").
_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "pc", "ps", "ds", "dc", "di", "dci", "sgt", "insp", "det", "st", "supt"}
)
_SENTENCE_BREAK = re.compile(r"[.!?:;\n\r]")


@dataclass(frozen=True, slots=True)
class MaskOptions:
    """Which details become class tokens. ``MaskOptions()`` masks everything."""

    names: bool = True
    dates: bool = True
    times: bool = True
    numbers: bool = True
    collars: bool = True
    references: bool = True


NO_MASKING = MaskOptions(False, False, False, False, False, False)
FULL_MASKING = MaskOptions()


@dataclass(frozen=True, slots=True)
class Tokens:
    """Parallel sequences: the normalised words and their ``[start, end)`` offsets."""

    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.words)

    def char_span(self, first: int, stop: int) -> tuple[int, int]:
        """Character range of tokens ``[first, stop)`` in the original text."""
        return self.starts[first], self.ends[stop - 1]


_PATTERN_CACHE: dict[MaskOptions, re.Pattern[str]] = {}


def _pattern(mask: MaskOptions) -> re.Pattern[str]:
    """One alternation, most specific class first; the plain word comes last."""
    cached = _PATTERN_CACHE.get(mask)
    if cached is not None:
        return cached
    parts: list[str] = []
    if mask.references:
        parts.append(f"(?P<ref>(?i:{_REFERENCE}))")
    if mask.dates:
        parts.append(f"(?P<date>(?i:{DATE_PATTERN}|{_SHORT_DATE}))")
    if mask.times:
        parts.append(f"(?P<time>(?i:{TIME_PATTERN}))")
    if mask.collars:
        parts.append(f"(?P<collar>{_COLLAR})")
    if mask.numbers:
        parts.append(f"(?P<num>{_NUMBER})")
    parts.append(f"(?P<word>{_WORD})")
    compiled = re.compile("|".join(parts))
    _PATTERN_CACHE[mask] = compiled
    return compiled


_CLASS_TOKENS = {"ref": REFERENCE, "date": DATE, "time": TIME, "collar": COLLAR, "num": NUMBER}


def tokenise(text: str, mask: MaskOptions = NO_MASKING) -> Tokens:
    """Word tokens of ``text`` (lower case, class tokens where ``mask`` says)."""
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    prev_end = 0
    prev_word = ""  # the previous token as written, lower case
    for m in _pattern(mask).finditer(text):
        kind = m.lastgroup or "word"
        start, end = m.span()
        if kind != "word":
            word = _CLASS_TOKENS[kind]
        elif mask.names and _looks_like_name(text, m.group(), start, prev_end, prev_word):
            word = NAME
        else:
            word = m.group().lower()
        words.append(word)
        starts.append(start)
        ends.append(end)
        prev_end = end
        prev_word = m.group().lower()
    return Tokens(tuple(words), tuple(starts), tuple(ends))


def _looks_like_name(text: str, word: str, start: int, prev_end: int, prev_word: str) -> bool:
    """A capitalised word that does not open the text, a sentence or a line,
    or one after a title ("Mr. Smith"). A heuristic: good enough to make an
    edited copy match, not a name recogniser."""
    if not word[0].isupper() or word == "I" or not prev_word:
        return False
    if _SENTENCE_BREAK.search(text, prev_end, start) is None:
        return True
    return prev_word in _TITLES and text[prev_end:start].strip() == "."
