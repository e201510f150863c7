"""Dates and times written inside FLO log text: "written 02.06.2025 1302",
"sent to FLAT: Friday 17 September 2021 1648hrs"."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from extractors.structure.dates import TIME_RE, find_first_date, parse_time

_BARE_HHMM = re.compile(r"(?<![\d:./])(?P<h>[01]\d|2[0-3])[:.]?(?P<m>[0-5]\d)(?![\d:./])")
_TIME_BEFORE = re.compile(
    r"(?<![\d:./])(?P<h>[01]\d|2[0-3])[:.]?(?P<m>[0-5]\d)(?:\s*hrs)?\s*(?:on|,)?\s*(?:\w+day\s+)?$",
    re.IGNORECASE,
)


def first_moment(text: str, within: int = 12) -> tuple[date, time | None] | None:
    """The first date starting within ``within`` characters of the start of
    ``text`` (a weekday may come first), with the time that follows it if any."""
    found = find_first_date(text)
    if found is None or found[1] > within:
        return None
    day, start, end = found
    rest = text[end : end + 14]
    m = TIME_RE.search(rest) or _BARE_HHMM.search(rest)
    if m is None:
        m = _TIME_BEFORE.search(text[:start])  # "19:59 on 15 June 2023"
    if m is None:
        return day, None
    clock = parse_time(m.group()) if m.re is TIME_RE else time(int(m.group("h")), int(m.group("m")))
    return day, clock


def moment_at_start(text: str, within: int = 12) -> datetime | None:
    """A date and a time at the start of ``text``; None without a time."""
    found = first_moment(text, within)
    if found is None or found[1] is None:
        return None
    return datetime.combine(found[0], found[1])
