"""Reading a death report for the supervision checks: the category of death,
signs of doubt about third-party involvement, labelled lines left with a
placeholder, and sentences that match a pattern.

Patterns are matched against record text and never print it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime

from auditor.document import Document, Span
from checks import spans
from checks.vocabulary import is_non_answer

_CATEGORY_LABEL = re.compile(
    r"^[ \t]*(?:death\s+)?categor(?:y|isation|ization)(?:\s+of\s+death)?(?:\s+agreed)?"
    r"[ \t]*[:\-][ \t]*(?P<value>[^\n]*)",
    re.IGNORECASE | re.MULTILINE,
)
_CATEGORY_HEADING = re.compile(
    r"^[ \t]*(?:(?:part|section)\s+\d{1,2}\s*[-:.]?\s*|\d{1,2}[.)]\s*)?(?:death\s+)?"
    r"categor(?:y|isation|ization)(?:\s+of\s+death)?[ \t]*\n[ \t]*(?![^\n:]{1,40}:)(?P<value>[^\n]+)",
    re.IGNORECASE | re.MULTILINE,
)
"""A category heading on its own line ("5. Category", "PART 3 - CATEGORY OF DEATH") with the value
below. A "Category:" label left empty above another label is an empty field, not a heading."""
_CATEGORISED_AS = re.compile(
    r"\bcategori[sz]ed\s+(?:this\s+|the\s+)?(?:death\s+)?as\s*:?\s*(?P<value>[^\n]*)",
    re.IGNORECASE,
)
_EXPECTED = re.compile(r"(?<!un)(?<!un-)\bexpected\b|\bcat(?:egory)?\.?\s*1\b", re.IGNORECASE)
_UNEXPECTED = re.compile(r"\bunexpected\b|\bcat(?:egory)?\.?\s*[234]\b", re.IGNORECASE)
_POSSIBLY_SUSPICIOUS = re.compile(
    r"\b(?:under\s+invest\w*|homicide|murder|manslaughter|third[\s-]+party\s+involvement\s+likely"
    r"|suspicious|cat(?:egory)?\.?\s*[34]\b)",
    re.IGNORECASE,
)
_NEGATION_BEFORE = re.compile(r"\b(?:not|non|no|nothing|never)\W*(?:a\s+|as\s+)?$", re.IGNORECASE)


def category_values(doc: Document) -> list[str]:
    """Every category of death the report states (a field, a "Category:" line, or the
    line under a category heading)."""
    values = [f.value for f in doc.fields if f.name == "categorisation" and f.value.strip()]
    values += [m.group("value") for m in _CATEGORY_LABEL.finditer(doc.text)]
    values += [m.group("value") for m in _CATEGORISED_AS.finditer(doc.text)]
    found = [v for v in values if v.strip() and not is_non_answer(v)]
    if found:
        return found
    below = [m.group("value") for m in _CATEGORY_HEADING.finditer(doc.text)]
    return [v for v in below if v.strip() and not is_non_answer(v)]


def category_is_expected(doc: Document) -> bool:
    """The report categorises the death as expected (category 1)."""
    values = [_before_reason(v) for v in category_values(doc)]
    return any(_EXPECTED.search(v) for v in values) and not any(_UNEXPECTED.search(v) for v in values)


def category_possibly_suspicious(doc: Document) -> bool:
    """The category is under investigation, unexplained, suspicious or homicide."""
    for value in category_values(doc):
        head = _before_reason(value)
        for m in _POSSIBLY_SUSPICIOUS.finditer(head):
            if not _NEGATION_BEFORE.search(head[max(0, m.start() - 12) : m.start()]):
                return True
    return False


def category_known(doc: Document) -> bool:
    """The report states a category of death that says whether it may be suspicious:
    not a placeholder, not "to be confirmed", and not a bare "unexplained", which
    is used both for deaths under investigation and for deaths not yet categorised."""
    return any(not _TO_CONFIRM.search(_before_reason(v)) for v in category_values(doc))


_TO_CONFIRM = re.compile(
    r"^\W*(?:to\s+be\s+(?:confirmed|decided|agreed)|awaiting|pending|tbc"
    r"|unexplained\b(?!.*\b(?:under\s+investigation|suspicious\s+death|homicide|cat(?:egory)?\s*\d)))",
    re.IGNORECASE,
)


_PREFIX = re.compile(
    r"^\s*(?:(?:i\s+have\s+)?categori[sz]ed\s+(?:this\s+|the\s+)?(?:death\s+)?as\s*:?\s*"
    r"|(?:death\s+)?categor(?:y|isation)(?:\s+of\s+death)?\s*:\s*)+",
    re.IGNORECASE,
)


def _before_reason(value: str) -> str:
    """A category value without its "Reason: ..." tail or any sentence after it."""
    value = _PREFIX.sub("", value)
    value = re.split(r"\.(?:\s|$)", value, maxsplit=1)[0]
    return re.split(r"\b(?:reason|because|rationale)\b", value, maxsplit=1, flags=re.IGNORECASE)[0]


INJURY = re.compile(
    r"\b(?:bruis\w*|grazes?|grazing|lacerations?|abrasions?|wounds?|stab\w*|cuts?\s+to|petechia\w*"
    r"|haemorrhag\w*|hemorrhag\w*|fractur\w*|blood(?:\s+stain\w*|\s+on|\s+around)|ligature\s+marks?"
    r"|injur(?:y|ies)|swelling|black\s+eye|head\s+wound|strangulation)\b",
    re.IGNORECASE,
)
_NEGATED_INJURY = re.compile(
    r"\b(?:no|nil|without|not|none|free\s+of|absence\s+of)\b[^.;\n]{0,30}$"
    r"|\bexplained\s+by\b",
    re.IGNORECASE,
)
_EXPLAINED_AFTER = re.compile(
    r"^[^.;\n]{0,40}\b(?:explained\s+by|consistent\s+with\s+(?:cpr|resus|las|the\s+fall))", re.IGNORECASE
)
PHONE_MISSING = re.compile(
    r"\b(?:phone|mobile)\b[^.;]{0,40}\b(?:missing|not\s+(?:found|recovered|located)|unaccounted|could\s+not\s+be\s+found)"
    r"|\b(?:no|missing)\s+(?:mobile\s+)?phone\b(?:\s+(?:found|recovered|located))?"
    r"|\b(?:could\s+not|couldn'?t|unable\s+to|failed\s+to)\s+(?:find|locate|trace|recover)\s+"
    r"(?:the\s+|his\s+|her\s+|their\s+|a\s+)?(?:deceased'?s?\s+)?(?:mobile\s+)?phone\b",
    re.IGNORECASE,
)
_DOUBT_WORDS = re.compile(
    r"\b(?:third[\s-]+party\s+involvement\s+(?:suspected|likely|possible|cannot\s+be\s+ruled\s+out)"
    r"|suspicious\s+circumstances|signs\s+of\s+(?:a\s+)?(?:struggle|disturbance|forced\s+entry)"
    r"|inconsistent\s+account|account\s+(?:is\s+)?inconsistent"
    r"|(?:in\s+)?doubts?\s+(?:about|re|regarding|over|as\s+to|of)\s+(?:any\s+|possible\s+|potential\s+)?(?:3rd|third)[\s-]+party)\b",
    re.IGNORECASE,
)
_NEGATED_DOUBT = re.compile(r"\b(?:no|not|nil|without|nothing)\b[^.;\n]{0,30}$", re.IGNORECASE)


def doubt_signs(doc: Document) -> list[Span]:
    """Where the report gives reason to doubt that no one else was involved: injuries
    not explained away, a missing phone, a possibly suspicious category."""
    found: list[Span] = []
    text = doc.text
    for pattern, negation in ((INJURY, _NEGATED_INJURY), (_DOUBT_WORDS, _NEGATED_DOUBT)):
        for m in pattern.finditer(text):
            line_start = max(text.rfind("\n", 0, m.start()), text.rfind(".", 0, m.start())) + 1
            if negation.search(text[line_start : m.start()]) or _EXPLAINED_AFTER.match(text[m.end() :]):
                continue
            found.append(Span(m.start(), m.end()))
    found += [Span(m.start(), m.end()) for m in PHONE_MISSING.finditer(text)]
    return sorted(found, key=lambda s: s.start)


def in_doubt(doc: Document) -> bool:
    return bool(doubt_signs(doc)) or category_possibly_suspicious(doc)


_QUALIFIER = re.compile(
    r"\s+(?:at\s+(?:this|the\s+moment|present)\s*\w*|yet|currently|as\s+yet|for\s+now)\s*\.?\s*$",
    re.IGNORECASE,
)


def starts_with_placeholder(value: str) -> bool:
    """A value that is, or opens with, a placeholder followed by a new sentence:
    "TBC", "- Reviewed by PS Hill", "Not known at this time"."""
    words = value.split()
    if not words:
        return True
    for k in range(1, min(len(words), 6) + 1):
        head = _QUALIFIER.sub("", " ".join(words[:k]))
        if is_non_answer(head) and (
            k == len(words) or words[k][0].isupper() or _QUALIFIER.fullmatch(" " + " ".join(words[k:]))
        ):
            return True
    return False


def placeholder_lines(doc: Document, label: re.Pattern[str]) -> Iterator[Span]:
    """Lines ``Label: value`` whose label ``label`` matches in full and whose value
    is a placeholder ("TBC", "N/A", "see above", "-")."""
    for m in re.finditer(
        r"^[ \t]*(?P<label>[^:\n]{2,60}?)[ \t]*:[ \t]*(?P<value>[^\n]*)$", doc.text, re.MULTILINE
    ):
        if label.fullmatch(m.group("label").strip()) and (
            not m.group("value").strip() or starts_with_placeholder(m.group("value"))
        ):
            span = spans.trim(doc.text, m.start(), m.end())
            if span is not None:
                yield span


def placeholder_after(doc: Document, label: re.Pattern[str]) -> Iterator[Span]:
    """``label`` followed by a colon and a placeholder anywhere in a line, up to the
    end of the sentence ("... Escalated to CID: TBC")."""
    for m in label.finditer(doc.text):
        rest = re.match(r"[ \t]*[:\-][ \t]*(?P<value>[^\n]*)", doc.text[m.end() :])
        if rest is None:
            continue
        value = rest.group("value")
        if value.strip() and starts_with_placeholder(value):
            span = spans.trim(doc.text, m.start(), m.end() + rest.start("value") + _placeholder_length(value))
            if span is not None:
                yield span


def _placeholder_length(value: str) -> int:
    """How many characters of ``value`` the opening placeholder takes."""
    words = list(re.finditer(r"\S+", value))
    for k in range(len(words), 0, -1):
        head = value[: words[k - 1].end()]
        if is_non_answer(_QUALIFIER.sub("", head)) or is_non_answer(head):
            return words[k - 1].end()
    return len(value.rstrip())


def anchor(doc: Document, *patterns: re.Pattern[str]) -> Span:
    """The first line matching one of ``patterns`` (tried in order), else the title."""
    for pattern in patterns:
        m = pattern.search(doc.text)
        if m is not None:
            line = spans.line_at(doc.text, m.start())
            if line is not None:
                return line
    return spans.first_line(doc.text) or spans.whole(doc.text)


_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1
    )
}
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WORD_DATE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{2,4})\b", re.IGNORECASE)
_CLOCK = re.compile(
    r"(?<![\d/.:-])([01]?\d|2[0-3])[:.]?([0-5]\d)(?![\d/-]|\.\d)(?:\s*(?:hrs|hours|h)\b)?", re.IGNORECASE
)


def _date_at(text: str) -> tuple[date, int, int] | None:
    """The first date in ``text``, where it starts and where it ends."""
    found: list[tuple[int, date, int]] = []
    for pattern in (_NUMERIC_DATE, _ISO_DATE, _WORD_DATE):
        m = pattern.search(text)
        if m is None:
            continue
        try:
            if pattern is _ISO_DATE:
                d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            elif pattern is _WORD_DATE:
                month = _MONTHS.get(m.group(2).lower()[:3])
                if month is None:
                    continue
                year = int(m.group(3))
                d = date(year + 2000 if year < 100 else year, month, int(m.group(1)))
            else:
                year = int(m.group(3))
                d = date(year + 2000 if year < 100 else year, int(m.group(2)), int(m.group(1)))
        except ValueError:
            continue
        found.append((m.start(), d, m.end()))
    if not found:
        return None
    start, d, end = min(found)
    return d, start, end


def datetime_in(text: str) -> datetime | None:
    """The first date in ``text`` with the time written just after it (or midnight
    when there is none): "24.01.2024 1820", "2 May 2025 at 16:05hrs"."""
    found = _date_at(text)
    if found is None:
        return None
    d, start, end = found
    m = _CLOCK.match(re.sub(r"^[\s,]*(?:at\s+)?", "", text[end : end + 20]))
    if m is None:
        m = _TIME_BEFORE.search(text[max(0, start - 40) : start])
    if m is None:
        return datetime(d.year, d.month, d.day)
    return datetime(d.year, d.month, d.day, int(m.group(1)), int(m.group(2)))


_TIME_BEFORE = re.compile(
    r"(?<![\d/.:-])([01]?\d|2[0-3])[:.]?([0-5]\d)(?:\s*(?:hrs|hours|h))?\s+(?:on\s+)?(?:[a-z]+day\s+)?$",
    re.IGNORECASE,
)


_FULL_STOP = re.compile(r"\.(?=\s+[A-Z]|\s*$)")
_INITIAL_OR_NUMBER = re.compile(r"(?:\b[A-Z]|\b\d+|\b(?:no|tel|approx|nos?|st|mr|mrs|ms|dr))$", re.IGNORECASE)


def _continues(text: str, newline: int) -> bool:
    """Whether the line after ``newline`` carries on the sentence before it (a
    wrapped line): the line before does not end a sentence, the next is not a
    ``Label: value`` field, and the line before is not a short field line."""
    before = text[text.rfind("\n", 0, newline) + 1 : newline].rstrip()
    after = text[
        newline + 1 : text.find("\n", newline + 1) if "\n" in text[newline + 1 :] else len(text)
    ].lstrip()
    if not before or not after:
        return False
    if before[-1] in ":;!?" or (before[-1] == "." and not re.search(r"\b[A-Z]$", before[:-1])):
        return False
    if _LABEL_LINE.match(after) or _is_dated_line(after) or (before.isupper() and len(before.split()) <= 4):
        return False
    return not _LABEL_LINE.match(before) or len(before) >= _WRAP_WIDTH


_DATED_LINE = re.compile(
    r"^\W*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:\s+(?:\d{1,2}[:.]\d{2}|\d{3,4})(?:\s*(?:hrs|hours|h)\b)?)?\s*(?P<next>\S?)"
)
"""A line opening with a date (and time) and then no lower-case word: a new log
entry, not a wrapped line ("02/06/2024 1539hrs and confirms" is wrapped)."""


def _is_dated_line(line: str) -> bool:
    m = _DATED_LINE.match(line)
    return m is not None and not m.group("next").islower()


_WRAP_WIDTH = 60
"""A field line at least this long may have wrapped onto the next line."""


_LABEL_LINE = re.compile(r"^[ \t]*[A-Za-z][\w /'().&-]{0,40}:(?:\s|$)")
"""A ``Label: value`` line: a form field is a line of its own, never wrapped prose."""


def _is_stop(text: str, dot: int, floor: int) -> bool:
    return not _INITIAL_OR_NUMBER.search(text[max(floor, dot - 6) : dot])


def sentence_end(text: str, start: int, limit: int = 400) -> int:
    """Where the sentence holding ``start`` ends: after its full stop, or at the end
    of its line unless the next line carries it on (a wrapped line). Initials
    ("N. Kabir") and numbers do not end it. At most ``limit`` characters on."""
    stop = min(len(text), start + limit)
    pos = start
    while pos < stop:
        newline = text.find("\n", pos, stop)
        line_end = stop if newline < 0 else newline
        for m in _FULL_STOP.finditer(text, pos, line_end + 1 if newline >= 0 else stop):
            if m.start() >= start and _is_stop(text, m.start(), start):
                return m.start() + 1
        if newline < 0 or not _continues(text, newline):
            return line_end
        pos = newline + 1
    return stop


def sentence_start(text: str, end: int, limit: int = 200) -> int:
    """Where the sentence holding ``end`` starts (the same rules as ``sentence_end``)."""
    floor = max(0, end - limit)
    line_start = text.rfind("\n", floor, end) + 1 if text.rfind("\n", floor, end) >= 0 else floor
    while True:
        dots = [
            m.start()
            for m in _FULL_STOP.finditer(text, line_start, end)
            if _is_stop(text, m.start(), line_start)
        ]
        if dots:
            return dots[-1] + 1
        if line_start <= floor or not _continues(text, line_start - 1):
            return line_start
        previous = text.rfind("\n", floor, line_start - 1)
        line_start = previous + 1 if previous >= 0 else floor
