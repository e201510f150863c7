"""DR007: intelligence checks missing or not covering every subject."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.death_report import reading
from checks.death_report.statements import named_informants

_SYSTEMS = re.compile(
    r"\b(?:pnc|pnd|cris|merlin|crimint|iip|niche|cad|chs|lio|intel\w*|police\s+(?:national\s+)?(?:computer|database)"
    r"|(?:systems?|background|research)\s+checks?|checks?\s+(?:on|were|was|made|completed|carried|run|conducted)"
    r"|no\s+trace|nil\s+trace|previous\s+calls|nil\s+prev\w*|known\s+to\s+police)\b",
    re.IGNORECASE,
)
_NATIONAL = re.compile(
    r"\b(?:pnd|police\s+national\s+database|national\s+(?:databases?|systems|checks)|iip)\b", re.I
)
_DECEASED = re.compile(r"\b(?:deceased|dec'?d|decd|subject|the\s+dead\s+(?:man|woman))\b", re.IGNORECASE)
_LOCATION = re.compile(
    r"\b(?:location|address|premises|venue|scene|flat|house|property|block|park|land|road|street|estate|room"
    r"|hostel|hotel|court|tower|lane|avenue|close|gardens|place|where\s+(?:he|she|they)\s+(?:was|were)\s+found)\b",
    re.IGNORECASE,
)
_INFORMANT = re.compile(
    r"\b(?:informants?|caller|reporting\s+person|rp|who\s+(?:had\s+)?(?:called|rang|reported|found)|finder"
    r"|person\s+(?:who\s+)?report\w*)\b",
    re.IGNORECASE,
)
_LABEL = r"intel\w*(?:\s+checks)?|checks|research|(?:police\s+)?systems?\s+checks|background\s+checks"
_WINDOW_CHARS = 500
_REFERENCE = re.compile(r"\W*(?:official|(?:cris|cad|merlin|chs|police)\b[^\n]{0,20}?\d{3,})", re.IGNORECASE)
"""Page headers and reference lines, which name systems without being checks."""
_ON_PERSON = re.compile(
    r"\b(?:checks?|pnc|pnd|cris|merlin|crimint|research)\b[^.\n]{0,40}?\b(?:on|for|re)\s+(?:mr|mrs|ms|miss)?\.?\s*"
    r"[A-Z][^\W\d_]+\s+[A-Z]",
)
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")


class IntelligenceChecksIncomplete(Check):
    """Intelligence checks not recorded on the deceased, the location and the informant.

    The record must show checks on the deceased, the location and whoever
    reported the death, including the national database (PND), with results
    ("no trace" counts). A check that misses a subject or PND, or a
    location-only CAD check, is *absent*, as is an empty heading or no check;
    "Intel: to follow" or "Checks: to be completed by LIO" is *unclear*.

    ## Why it matters

    Recommendation 3. Port reported his first victim's body, and a PND entry
    about him was missed; research on those reporting a death "would have
    identified Stephen Port as a potential sexual predator".

    ## Example

    ```text
    Location checked on CAD - nil previous.
    ```

    ## Use instead

    ```text
    PNC/PND/CRIS/MERLIN on deceased: no trace. Address: 2 previous ASB calls.
    Informant (caller) Dan REID: PND - one 2019 report, see CRIMINT.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "For every unexpected death, initial intelligence
    checks should be completed on the location, any informants and the deceased
    person." Also 001_e7d9bf340db595bc.txt: "on those reporting a death and on
    the other people present"
    """

    code = "DR007"
    requirement = "DR-INTEL"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = "Each subject checked, the systems searched, and the results (including no trace)."

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        names = _names(doc)
        sentences = reading.sentence_spans(doc)
        best: tuple[list[str], Span] | None = None
        for s in sentences:
            if (
                not _SYSTEMS.search(doc.text, s.start, s.end)
                or _is_label_only(doc, s)
                or _REFERENCE.match(doc.text, s.start, s.end)
            ):
                continue
            text = _window(doc, s)
            missing = _missing(text, names, _has_informant(doc))
            if not missing:
                return
            if best is None or len(missing) < len(best[0]):
                best = (missing, s)
        placeholder = reading.first_placeholder(doc, _LABEL)
        if placeholder is not None:
            yield self.unclear(
                doc, placeholder.span, "No intelligence checks recorded: the entry is a placeholder"
            )
            return
        if best is not None:
            yield self.finding(doc, best[1], "Intelligence checks do not cover " + ", ".join(best[0]))
            return
        empty = next(reading.empty_labels(doc, _LABEL), None)
        if empty is not None:
            yield self.finding(doc, empty.span, "No intelligence checks recorded: the heading is empty")
            return
        anchor = reading.anchor(doc, ("intelligence_checks", "circumstances"))
        yield self.finding(doc, anchor, "No intelligence checks recorded")


def _names(doc: Document) -> dict[str, tuple[str, ...]]:
    """Names of the deceased and the informant, to recognise them in the checks."""
    out: dict[str, tuple[str, ...]] = {}
    for key, fields in (
        ("deceased", ("deceased_name",)),
        ("informant", ("reported_by", "found_by")),
        ("location", ("location_found",)),
    ):
        words: list[str] = []
        for name in fields:
            f = doc.field(name)
            if f is not None and not reading.is_placeholder(f.value):
                words += [w for w in re.findall(r"[^\W\d_][\w'-]{2,}", f.value) if w[0].isupper()]
        if key == "informant":
            words += sorted(named_informants(doc.text))
        out[key] = tuple(words)
    return out


def _has_informant(doc: Document) -> bool:
    f = doc.field("reported_by")
    if f is not None and f.value.strip() and not reading.is_placeholder(f.value):
        return True
    return bool(re.search(r"\binformant\b", doc.text, re.IGNORECASE))


def _mentions_name(text: str, words: tuple[str, ...]) -> bool:
    return any(re.search(rf"\b{re.escape(w)}\b", text, re.IGNORECASE) for w in words)


def _missing(text: str, names: dict[str, tuple[str, ...]], informant: bool) -> list[str]:
    missing = []
    if not (_DECEASED.search(text) or _mentions_name(text, names["deceased"]) or _ON_PERSON.search(text)):
        missing.append("the deceased")
    if not (_LOCATION.search(text) or _POSTCODE.search(text) or _mentions_name(text, names["location"])):
        missing.append("the location")
    if informant and not (_INFORMANT.search(text) or _mentions_name(text, names["informant"])):
        missing.append("the informant")
    if not _NATIONAL.search(text):
        missing.append("the national database (PND)")
    return missing


def _window(doc: Document, s: Span) -> str:
    """The checks sentence and what follows it in its paragraph, up to a limit."""
    brk = doc.text.find("\n\n", s.start)
    end = min(len(doc.text) if brk < 0 else brk, s.start + _WINDOW_CHARS)
    return doc.text[s.start : max(end, s.end)]


def _is_label_only(doc: Document, s: Span) -> bool:
    return (
        len(re.findall(r"[A-Za-z]{2,}", doc.text[s.start : s.end])) <= 3
        or spans.trim(doc.text, s.start, s.end) is None
    )
