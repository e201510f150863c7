"""FLO003: FLO log pages (or electronic entries) not signed and dated by the FLO."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Entry, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.flo_log.log_entries import author_of, declares_signing, log_entries, pages, signature_lines
from checks.flo_log.signatures import Signed, Signer, signature_boxes
from extractors.structure.dates import DATE_RE, TIME_RE

_GENERIC_AUTHOR = re.compile(r"^\s*(?:the\s+)?flo\s*(?:\(flo\))?\s*(?:[\[:(-]|$)", re.IGNORECASE)
_CONTINUATION = re.compile(r"^\s*[,;.)a-z]")
_HHMM = re.compile(r"(?<![\d/.])(?:[01]\d|2[0-3])[0-5]\d(?![\d/.])")
_STAMP = re.compile(r"\[[^\]]*\]")
_NO_AUTHOR = re.compile(
    r"^\s*\[?(?:entered|recorded)\b|\(no\s+author\)|\bauthor\s*:\s*(?:$|\[|-|n/?a)", re.IGNORECASE
)


class PagesNotSigned(Check):
    """A page of the FLO log not signed and dated by the FLO, or an electronic entry with no author.

    On a paper log every page carries the FLO's signature and the date: a blank
    signature or date box is absent, initials alone are unclear. On an
    electronic log every entry carries its authenticated author: an entry with
    no author is absent, one signed only "FLO" is unclear. Sign-off lines
    without a colon ("Signed R Price 13/08/21") sign the page they end: a
    marked page ("Page 2") with entries and no such line is absent. The author
    may be written anywhere the officer puts it (initials in brackets, "Entry
    JF 20:25", a trailing "GR"), and a log that states each page or entry is
    signed ("Signed GR each entry") is not faulted entry by entry.

    ## Why it matters

    Special Notice 6/99: the signed and dated page is what makes the log
    evidence; an unsigned page cannot be attributed or relied on.

    ## Example

    ```text
    Signed (FLO): ________________   Date: ________
    ```

    ## Use instead

    ```text
    Signed (FLO): DC 1234AB SMITH   Date: 16/05/2023
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "the FLO must sign and date each page."
    """

    code = "FLO003"
    requirement = "FLO-SIGNED"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.FLO_LOG})
    suggestion = "A signature or authenticated author and a date on each page or entry."

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        boxes = [b for b in signature_boxes(doc) if b.signer is Signer.FLO]
        for box in boxes:
            if box.signed in (Signed.BLANK, Signed.PLACEHOLDER) or not box.dated:
                what = "not signed" if box.signed is not Signed.SIGNED else "not dated"
                yield self.finding(doc, box.span, f"Log page {what} by the FLO")
            elif box.signed is Signed.INITIALS:
                yield self.unclear(
                    doc, box.span, "Log page signed with initials only: the FLO cannot be identified"
                )
        lines = [span for counter, span in signature_lines(doc) if not counter]
        if lines:
            for number, page in pages(doc):
                has_entry = any(page.start <= e.span.start < page.end for e in doc.entries)
                if has_entry and not any(page.start <= s.start < page.end for s in lines):
                    yield self.finding(
                        doc, _first_line(doc, page), f"Log page {number} not signed by the FLO"
                    )
        covered = declares_signing(doc) or bool(lines)
        for entry in log_entries(doc):
            if len(entry.text.split()) < 3 or _CONTINUATION.match(entry.text):
                continue  # a fragment or a wrapped line read as an entry, not an entry
            author = _author(doc, entry)
            if author == "none" and not covered:
                yield self.finding(doc, spans.entry_span(doc, entry), "Log entry with no author")
            elif author == "generic":
                yield self.unclear(
                    doc,
                    spans.entry_span(doc, entry),
                    'Log entry signed only "FLO": the officer is not identified',
                )


def _first_line(doc: Document, page: Span) -> Span:
    line = doc.text[page.start : page.end].split("\n", 1)[0]
    return spans.trim(doc.text, page.start, page.start + len(line)) or page


def _author(doc: Document, entry: Entry) -> str:
    """``named``, ``generic`` (only "FLO"), ``none`` or ``unknown``."""
    header = doc.quote(entry.header_span) if entry.header_span is not None else ""
    name = (author_of(doc, entry) or "").strip()
    if name.upper() == "FLO" or (not name and _GENERIC_AUTHOR.match(entry.text)):
        return "generic"
    if name or entry.rank or entry.collar:
        return "named"
    if _NO_AUTHOR.search(header) or _NO_AUTHOR.match(entry.text):
        return "none"
    rest = _STAMP.sub(" ", header)
    rest = TIME_RE.sub(" ", DATE_RE.sub(" ", rest))
    rest = re.sub(r"\b(?:on|at|hrs|hours)\b|[^A-Za-z]", " ", rest).strip()
    if not rest:
        return "none" if TIME_RE.search(header) or _HHMM.search(header) else "unknown"
    return "generic" if rest.upper() in ("FLO", "FLO FLO") else "unknown"
