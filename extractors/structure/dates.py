"""British dates and 24-hour times, as police records write them.

Numeric dates are always day first (``05/06/2023`` is 5 June); there is no US
reading. Two-digit years are taken as this century unless that would put the
date more than a year in the future (so ``14/05/56`` is 1956, a birth year).

The ``*_PATTERN`` strings have no capturing groups of their own meaning and
may be embedded in larger patterns; use the ``parse_*`` functions on what they
matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(
    (
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ),
    start=1,
):
    MONTHS[_name] = _i
    MONTHS[_name[:3]] = _i
MONTHS["sept"] = 9

_MONTH_NAMES = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)

# Non-capturing patterns, safe to embed (compile with re.IGNORECASE).
NUMERIC_DATE_PATTERN = r"(?<![\d/.\-])\d{1,2}(?:/\d{1,2}/|\.\d{1,2}\.|-\d{1,2}-)(?:\d{4}|\d{2})(?![\d/])"
ISO_DATE_PATTERN = r"(?<![\d/.\-])\d{4}-\d{1,2}-\d{1,2}(?![\d/])"
TEXT_DATE_PATTERN = (
    r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?[\s\-]+"
    + _MONTH_NAMES
    + r"\.?,?[\s\-]+(?:\d{4}|'?\d{2})(?![\d:.]\d)"
)
DATE_PATTERN = rf"(?:{ISO_DATE_PATTERN}|{NUMERIC_DATE_PATTERN}|{TEXT_DATE_PATTERN})"

_HHMM = r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?"
_HRS = r"(?:[01]\d|2[0-3])[0-5]\d\s?(?:hrs|hours|hr|h)\b"
_AMPM = r"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?[ap]\.?m\b"
TIME_PATTERN = rf"(?<![\d:.])(?:{_AMPM}|{_HRS}|{_HHMM}(?:\s?hrs\b)?)(?![\d:]|\.\d)"

DATE_RE = re.compile(DATE_PATTERN, re.IGNORECASE)
TIME_RE = re.compile(TIME_PATTERN, re.IGNORECASE)

_NUMERIC_PARTS = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})")
_ISO_PARTS = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_TEXT_PARTS = re.compile(
    r"(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s\-]+([a-z]+)\.?,?[\s\-]+'?(\d{2,4})", re.IGNORECASE
)
_TIME_PARTS = re.compile(r"(\d{1,2})(?:[:.]?(\d{2}))?(?::(\d{2}))?\s?(?:([ap])\.?m)?", re.IGNORECASE)


def expand_year(yy: int, today: date | None = None) -> int:
    """A two-digit year in full: this century unless more than a year ahead."""
    today = today or date.today()
    year = 2000 + yy
    return year - 100 if year > today.year + 1 else year


def _make_date(day: int, month: int, year_text: str) -> date | None:
    year = int(year_text)
    if len(year_text) <= 2:
        year = expand_year(year)
    elif len(year_text) != 4 or not 1850 <= year <= 2150:
        return None  # "3 Feb 0700" is a date and a time, not the year 700
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(s: str) -> date | None:
    """The date written in ``s`` (the whole string, surrounding space ignored)."""
    s = s.strip()
    if m := _ISO_PARTS.fullmatch(s):
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    if m := _NUMERIC_PARTS.fullmatch(s):
        return _make_date(int(m[1]), int(m[2]), m[3])
    if m := _TEXT_PARTS.fullmatch(s):
        month = MONTHS.get(m[2].lower())
        if month is None:
            return None
        return _make_date(int(m[1]), month, m[3])
    return None


def parse_time(s: str) -> time | None:
    """The 24-hour (or am/pm) time written in ``s``: ``14:30``, ``14.30``, ``1430hrs``."""
    s = re.sub(r"\s?(?:hrs|hours|hr|h)\.?$", "", s.strip(), flags=re.IGNORECASE)
    m = _TIME_PARTS.fullmatch(s)
    if m is None:
        return None
    hour_text, minute_text, second_text, ampm = m[1], m[2], m[3], m[4]
    if minute_text is None:
        if ampm is None and len(hour_text) < 3:
            return None
        minute_text = "00"
    hour, minute, second = int(hour_text), int(minute_text), int(second_text or 0)
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def parse_datetime(s: str) -> datetime | None:
    """A date followed by a time (``14/05/2023 14:30``, ``14 May 2023 at 1430hrs``)
    or a time followed by a date. Without a time, midnight is not invented: None."""
    d = find_first_date(s)
    t = TIME_RE.search(_blank_dates(s))
    if d is None or t is None:
        return None
    tm = parse_time(t.group())
    return None if tm is None else datetime.combine(d[0], tm)


def _blank_dates(s: str) -> str:
    """``s`` with dates replaced by spaces, so ``14.05.23`` is not read as a time."""
    return DATE_RE.sub(lambda m: " " * len(m.group()), s)


def find_first_date(text: str, start: int = 0, end: int | None = None) -> tuple[date, int, int] | None:
    for found in iter_dates(text, start, end):
        return found
    return None


def iter_dates(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[date, int, int]]:
    """Every valid date in ``text[start:end]`` with its offsets."""
    for m in DATE_RE.finditer(text, start, len(text) if end is None else end):
        d = parse_date(m.group())
        if d is not None:
            yield d, m.start(), m.end()
