"""DR001: basic details of the death missing from the death report."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from auditor.document import DocKind, Document, Field, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.death_report import circumstances
from checks.vocabulary import (
    DATE,
    HOME_ADDRESS,
    NO_FIXED_ABODE,
    TIME,
    UNIDENTIFIED,
    WHEN_WORDS,
    is_non_answer,
    lacks_place_detail,
)

Judge = Callable[[str, Document], str | None]
"""Looks at a filled value that is not a placeholder; returns why it does not
answer the question (making the item unclear), or None when it does."""


def _any_value(value: str, doc: Document) -> str | None:
    return None


def _name(value: str, doc: Document) -> str | None:
    m = UNIDENTIFIED.match(value)
    if m and len(value[m.end() :].split()) < 2:
        return "says the deceased is unidentified but gives no description"
    return None


def _dob_or_age(value: str, doc: Document) -> str | None:
    return None if any(c.isdigit() for c in value) else "gives no date or age"


def _address(value: str, doc: Document) -> str | None:
    if NO_FIXED_ABODE.search(value):
        return None
    return "gives an area, not an address" if lacks_place_detail(value) else None


_AREA_ONLY = "gives an area, not the exact place"


def _place(value: str, doc: Document) -> str | None:
    if HOME_ADDRESS.search(value):
        home = doc.field("deceased_address")
        if home is None or _non_answer(home.value) or _address(home.value, doc) is not None:
            return "refers to the home address, which the report does not give"
        return None
    return _AREA_ONLY if lacks_place_detail(value) else None


_NO_DETAIL = frozenset({_AREA_ONLY})
"""Reasons that make an item *absent*, not unclear: the catalogue names "a location
with no detail" ("in the park", "street", "Camden") among the failures."""

_NOT_YET_KNOWN = re.compile(
    r"^\s*(?:unknown|not\s+(?:yet\s+)?known|unconfirmed|not\s+(?:yet\s+)?(?:confirmed|established)"
    r"|to\s+be\s+(?:confirmed|established|ascertained))"
    r"(?:\s+(?:at|as\s+of|for\s+the)\s+(?:present|the\s+moment|this\s+(?:time|stage|point)|time\s+of\s+writing)"
    r"|\s+yet|\s+currently)?\s*[.!]?\s*$",
    re.IGNORECASE,
)
"""A placeholder that says the detail is still to be found: "unknown at present",
"not yet known", "to be confirmed", "not known at this stage"."""


def _non_answer(value: str) -> bool:
    return is_non_answer(value) or _NOT_YET_KNOWN.match(value) is not None


def _has_date(value: str, doc: Document) -> str | None:
    return None if DATE.search(value) else "gives no date"


_BARE_24H = re.compile(r"(?<![\d/.-])(?:[01]\d|2[0-3])[0-5]\d(?![\d/.-])")
"""0759 on its own: in a time field a bare four-digit 24-hour clock is a time."""


def _has_time(value: str, doc: Document) -> str | None:
    return None if TIME.search(value) or _BARE_24H.search(_without_dates(value)) else "gives no time"


def _without_dates(value: str) -> str:
    """The value with its dates blanked, so that the year of "26 Jul 2022" is not
    read as the time 20:22."""
    return DATE.sub(lambda m: " " * len(m.group()), value)


_SHORT_WHEN = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?|\b(?:am|pm|eve|hrs|approx)\b"
    r"|(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])",
    re.IGNORECASE,
)
"""Short forms of a moment: "Thurs 11/03 pm", "approx 0300"."""


def _when(value: str, doc: Document) -> str | None:
    if DATE.search(value) or TIME.search(value) or WHEN_WORDS.search(value):
        return None
    if _BARE_24H.search(_without_dates(value)) or _SHORT_WHEN.search(value):
        return None
    return "does not say when"


@dataclass(frozen=True, slots=True)
class Item:
    """One basic detail: the fields that hold it, how to judge a value, fields
    that may also carry it (a time written in the date field), and which fields
    to point at when it is missing altogether."""

    label: str
    fields: tuple[str, ...]
    judge: Judge
    near: tuple[str, ...]
    also: tuple[str, ...] = ()
    key: str = ""
    """Which prose reading (``circumstances.IN_TEXT``) finds the item when no field holds it."""


ITEMS: tuple[Item, ...] = (
    Item("the deceased's name (or a description if unidentified)", ("deceased_name",), _name,
         ("date_of_birth", "age", "deceased_address"), key="name"),
    Item("the deceased's date of birth (or age)", ("date_of_birth", "age"), _dob_or_age,
         ("deceased_name", "deceased_address"), key="dob"),
    Item("the deceased's address", ("deceased_address",), _address,
         ("deceased_name", "date_of_birth", "age"), key="address"),
    Item("the date the deceased was found", ("date_found", "datetime_found"), _has_date,
         ("time_found", "location_found", "found_by"), key="date_found"),
    Item("the time the deceased was found", ("time_found",), _has_time,
         ("datetime_found", "date_found", "location_found"), also=("datetime_found", "date_found"),
         key="time_found"),
    Item("the exact place the deceased was found", ("location_found",), _place,
         ("datetime_found", "date_found", "time_found", "found_by"), key="place_found"),
    Item("who found the deceased", ("found_by",), _any_value,
         ("reported_by", "location_found", "informant_phone"), key="finder"),
    Item("who reported the death", ("reported_by",), _any_value,
         ("informant_phone", "found_by", "attending_officers"), key="reporter"),
    Item("the attending officers", ("attending_officers",), _any_value,
         ("officer_in_case", "reported_by", "found_by"), key="officers"),
    Item("when the deceased was last known alive", ("last_seen_alive",), _when,
         ("datetime_found", "date_found", "time_found", "date_of_death"), key="last_seen"),
)  # fmt: skip

_BASIC_FIELDS = frozenset(name for item in ITEMS for name in item.fields + item.near)


class BasicDetailsMissing(Check):
    """Basic details of the death missing from the death report.

    The report must say who the deceased was and how, when and where they died
    or were found: the deceased's name (or a description if unidentified), date
    of birth (or age) and address; the date, time and exact place of discovery;
    who found and who reported the death; the attending officers; and when the
    deceased was last known alive. Items are read from the report's fields;
    where no field holds an item, from its text (``circumstances.py``): the
    line under a "The deceased" heading, narrative ("She opened it and found
    him ... rang 999 at 08:53"), first person ("I attended with PC ..."), ALL
    CAPS lines ("FOUND: 0710HRS ... BY SON"). One finding per missing item. An empty field
    or a place of discovery with no detail (only "London", a borough, "in the
    park", "street": the catalogue's "a location with no detail") is *absent*; a
    placeholder ("N/A", "TBC", "unknown", "unknown at present", "see above",
    "nil", "-", "?") is *unclear*. A year is not a time: "26 Jul 2022" in the
    date field does not give the time found.

    ## Why it matters

    These are the coroner's statutory questions. The inspection found death
    reports "of poor quality, with basic details omitted or incorrectly
    recorded", and coroners' officers had to chase them or turn to MERLIN.

    ## Example

    ```text
    SUDDEN DEATH REPORT
    Name of deceased: John SMITH
    DOB: 03/02/1961
    Address: 14 Elm Road, Croydon CR0 1AA
    Date found: 14/05/2023
    Location found: Croydon
    Found by: N/A
    ```

    No time of discovery, a place with no detail, and "N/A" for who found him.

    ## Use instead

    ```text
    Date/time found: 14/05/2023 09:40
    Location found: rear bedroom, 14 Elm Road, Croydon CR0 1AA
    Found by: Mary JONES (neighbour, key holder)
    Reported by: Mary JONES by 999 call
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "too many were of poor quality, with basic details
    omitted or incorrectly recorded." Also 001_e7d9bf340db595bc.txt: "how, when
    and where the deceased person died"
    """

    code = "DR001"
    requirement = "DR-BASIC"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = (
        "Name, date of birth and address of the deceased (or a description if unidentified); "
        "date, time and exact place of discovery; who found and who reported the death; "
        "attending officers; when the deceased was last known alive."
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        block = _block_anchor(doc)
        for item in ITEMS:
            finding = self._assess(doc, item, block)
            if finding is not None:
                yield finding

    def _assess(self, doc: Document, item: Item, block: Span) -> Finding | None:
        also = [f for f in doc.fields if f.name in item.also and f.value.strip()]
        if any(not _non_answer(f.value) and item.judge(f.value, doc) is None for f in also):
            return None
        candidates = [f for f in doc.fields if f.name in item.fields]
        filled = [f for f in candidates if f.value.strip()]
        unclear: tuple[Field, str] | None = None
        for f in filled:
            if _non_answer(f.value):
                reason = "is a placeholder, not an answer"
            else:
                judged = item.judge(f.value, doc)
                if judged is None:
                    return None
                reason = judged
            if unclear is None:
                unclear = (f, reason)
        if unclear is not None:
            f, reason = unclear
            span = spans.trim(doc.text, f.span.start, f.span.end) or _field_line(doc, f) or block
            if reason in _NO_DETAIL:
                return self.finding(doc, span, f"Basic detail missing: {item.label} {reason}")
            return self.unclear(doc, span, f"Basic detail unclear: {item.label} {reason}")
        if candidates:
            span = _field_line(doc, candidates[0]) or block
            return self.finding(doc, span, f"Basic detail missing: {item.label} is left blank")
        if item.key and circumstances.in_text(doc, item.key):
            return None
        return self.finding(doc, _near(doc, item) or block, f"Basic detail missing: {item.label}")


def _field_line(doc: Document, f: Field) -> Span | None:
    anchor = f.label_span.start if f.label_span is not None else f.span.start
    return spans.line_at(doc.text, anchor)


def _near(doc: Document, item: Item) -> Span | None:
    for name in item.near:
        f = doc.field(name)
        if f is not None:
            return _field_line(doc, f)
    return None


def _block_anchor(doc: Document) -> Span:
    """Where the basic details belong when none of an item's neighbours is there:
    the heading of the section holding the first basic field, else the title."""
    basic = [f for f in doc.fields if f.name in _BASIC_FIELDS]
    if basic:
        first = min(basic, key=lambda f: f.span.start)
        for section in doc.sections:
            if section.span.start <= first.span.start < section.span.end and len(section.heading_span):
                heading = spans.line_at(doc.text, section.heading_span.start)
                if heading is not None:
                    return heading
    return spans.first_line(doc.text) or spans.whole(doc.text)
