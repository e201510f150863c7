"""The FLO log's entries as the officer wrote them, and who wrote each one.

A paper book or a hurried log often has entries with a date and no time
("08/08/21  Phoned mum.") or a date and the officer's initials ("13/03/24 (DF)
Call to Ahmed 17:00"); a parser that splits on timed headers runs these into
the entry above. ``log_entries`` splits them back out, one entry per dated line.

``author_of`` reads an entry's author where the officer put it: the parsed
header, initials in brackets at the start ("(HW, DF)"), a sign-off at the end
("... GR", "Entry JF 20:25", "Signed NA 14/05/23") or "entered by DCI X".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, time

from auditor.document import Document, Entry, Span
from checks.flo_log.moments import first_moment

_DATED_LINE = re.compile(
    r"^[ \t]*(?P<date>\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2}))(?![\d/.])[ \t]*(?:[-|:][ \t]*)?(?=[\w(\[])",
    re.MULTILINE,
)
_LEAD_TIME = re.compile(r"(?P<h>[01]?\d|2[0-3])[:.]?(?P<m>[0-5]\d)(?:\s*hrs)?(?![\d/]|\.\d)\s*[-|:]?\s*")

_INITIALS = r"[A-Z]{2,3}"
_OFFICER = r"(?:(?:DC|DS|DI|DCI|PC|PS|DSU|Insp|Sgt)\.?\s+(?:\d{2,5}[A-Z]{0,3}\s+)?[A-Z][A-Za-z'-]+)"
_AUTHOR_START = re.compile(
    rf"^\s*[(\[](?P<who>(?:{_INITIALS}|{_OFFICER}|SIO|FLO\s+co-?ordinator)"
    rf"(?:\s*(?:,|/|&|and)\s*(?:{_INITIALS}|{_OFFICER}))*)(?:[^)\]\n]{{0,30}})[)\]]"
    rf"|^\s*(?:SIO|co-?ordinator)\s+(?:review|entry)\b[^:\n]{{0,30}}\((?P<by>{_OFFICER}|{_INITIALS})\)",
)
_AUTHOR_END = re.compile(
    rf"(?:(?:^|[.;]\s+|\s-\s+)|\b(?i:entry|entered|written|signed|sgd|countersigned)\s+(?i:by\s+)?)"
    rf"(?P<who>{_OFFICER}|{_INITIALS})\.?"
    r"(?:\s+\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)?(?:\s+\d{1,2}[:.]?\d{2})?\.?\s*$",
)
_AUTHOR_STAMP = re.compile(
    rf"\b(?i:entry|entries|entered(?:\s+by)?|written(?:\s+by)?|signed|sgd)\s+(?P<who>{_OFFICER}|{_INITIALS}\b)"
)
_NOT_INITIALS = frozenset(
    {
        "SIO",
        "FLO",
        "PM",
        "ID",
        "NOK",
        "RA",
        "CPS",
        "IAG",
        "TBC",
        "NFA",
        "MIT",
        "BCU",
        "DOB",
        "CID",
        "CCTV",
        "AM",
    }
)


def log_entries(doc: Document) -> tuple[Entry, ...]:
    """The document's entries, with dated lines run into an entry split out as entries of their own."""
    out: list[Entry] = []
    for entry in doc.entries:
        out.extend(_split(doc, entry))
    return tuple(out)


def _split(doc: Document, entry: Entry) -> list[Entry]:
    base = entry.span.start
    cuts = [
        m for m in _DATED_LINE.finditer(entry.text) if m.start() > 0 and _line_start(entry.text, m.start())
    ]
    if not cuts:
        return [entry]
    pieces: list[Entry] = []
    first_end = cuts[0].start()
    pieces.append(replace(entry, text=entry.text[:first_end].rstrip(), span=Span(base, base + first_end)))
    for i, m in enumerate(cuts):
        end = cuts[i + 1].start() if i + 1 < len(cuts) else len(entry.text)
        found = first_moment(entry.text[m.start() : m.start() + 40], within=2)
        if found is None:
            pieces[-1] = replace(
                pieces[-1],
                text=entry.text[pieces[-1].span.start - base : end].rstrip(),
                span=Span(pieces[-1].span.start, base + end),
            )
            continue
        body_start = m.end()
        clock: time | None = None
        lead = _LEAD_TIME.match(entry.text, body_start)
        if lead is not None:
            clock = time(int(lead["h"]), int(lead["m"]))
            body_start = lead.end()
        when = datetime.combine(found[0], clock or time())
        pieces.append(
            Entry(
                when=when,
                author=None,
                rank=None,
                role=None,
                text=entry.text[body_start:end].rstrip(),
                span=Span(base + body_start, base + end),
                header_span=Span(base + m.start(), base + body_start),
                date_only=clock is None,
            )
        )
    return [p for p in pieces if p.text.strip()]


def _line_start(text: str, pos: int) -> bool:
    """A dated line that starts a new entry: at the start of a line, after a line that ends a sentence
    (not a sentence wrapped onto a line that happens to start with a date)."""
    before = text[:pos].rstrip(" \t")
    if not before.endswith("\n"):
        return False
    previous = before.rstrip()
    return not previous or previous[-1] in ".!?)]\"'" or previous.endswith("\n\n") or before.endswith("\n\n")


def author_of(doc: Document, entry: Entry) -> str | None:
    """Who wrote the entry, as written: a parsed author, or initials or a name at its start or end."""
    if entry.author and entry.author.strip():
        return entry.author.strip()
    if entry.rank or entry.collar:
        return entry.rank or entry.collar
    text = entry.text.strip()
    m = _AUTHOR_START.match(text)
    if m:
        return m.group("who") or m.group("by")
    for line in reversed([ln for ln in text.split("\n") if ln.strip()][-2:]):
        m = _AUTHOR_END.search(line.strip())
        if m and m.group("who") not in _NOT_INITIALS:
            return m.group("who")
    for m in _AUTHOR_STAMP.finditer(text):
        if m.group("who") not in _NOT_INITIALS:
            return m.group("who")
    if entry.header_span is not None:
        header = doc.quote(entry.header_span)
        m = _AUTHOR_STAMP.search(header) or re.search(rf"\b(?P<who>{_OFFICER})", header)
        if m:
            return m.group("who")
    return None


_DECLARED = re.compile(
    r"\b(?:each|every|all)\s+(?:pages?|entry|entries)\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?"
    r"(?:signed|initialled|countersigned)\b"
    r"|\b(?:signed|initialled)\s+(?:(?:by\s+)?(?:the\s+)?(?:FLO|[A-Z]{2,3})\s+)?(?:on\s+|at\s+the\s+\w+\s+of\s+)?"
    r"(?:each|every)\s+(?:page|entry)\b",
    re.IGNORECASE,
)
_SIGN_LINE = re.compile(
    r"(?:^|[ \t]{2,})(?P<kind>(?i:counter-?signed|countersignature|signed|sgd))[ \t]+(?:by[ \t]+)?"
    r"(?P<who>(?:[A-Z][A-Za-z.'-]*[ \t]+){0,3}[A-Z][A-Za-z'-]+)[ \t,]+"
    r"(?P<date>\d{1,2}[/.]\d{1,2}[/.]\d{2,4})",
    re.MULTILINE,
)
_PAGE = re.compile(r"^[ \t]*page[ \t]+(?P<n>\d+[a-z]?)\b", re.IGNORECASE | re.MULTILINE)


def declares_signing(doc: Document) -> bool:
    """Whether the log says each page or entry is signed ("Signed GR each entry")."""
    return bool(_DECLARED.search(doc.text))


def signature_lines(doc: Document) -> list[tuple[bool, Span]]:
    """Sign-off lines with a name and a date, with or without a colon: ``(is_countersignature, span)``
    for "Signed R Price 13/08/21", "Countersigned P Oduya 05/03/24"."""
    out = []
    for m in _SIGN_LINE.finditer(doc.text):
        out.append((m.group("kind").lower().startswith("counter"), Span(m.start("kind"), m.end())))
    return out


def pages(doc: Document) -> list[tuple[str, Span]]:
    """The log's pages as marked in the text ("Page 2"), each to the next marker or the end."""
    marks = list(_PAGE.finditer(doc.text))
    return [
        (m.group("n"), Span(m.start(), marks[i + 1].start() if i + 1 < len(marks) else len(doc.text)))
        for i, m in enumerate(marks)
    ]
