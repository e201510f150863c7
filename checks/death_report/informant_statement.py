"""DR008: no statement from the informant, and no reason for not taking one."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.death_report import reading
from checks.death_report.decisions import is_real_reason, reason_after
from checks.death_report.statements import NOT_TAKEN, STATEMENT, TAKEN, is_pending, named_informants

_INFORMANT = re.compile(
    r"\b(?:in?fo?r?m[a-z]{1,4}ts?|caller|reporting\s+person|rp|person\s+(?:who\s+)?report\w*|who\s+(?:had\s+)?"
    r"(?:called|rang|phoned|reported|dialled)(?:\s+(?:us|police|999))?|reported\s+(?:the\s+death|it))\b",
    re.IGNORECASE,
)


_CALLER = re.compile(
    r"\b((?:[A-Z][^\W\d_]+[ \t]+){0,2}[A-Z][^\W\d_]+)[ \t]*,?[ \t]+(?:who[ \t]+)?"
    r"(?:called|rang|phoned|dialled|reported)\b"
)
"""A person named as the one who called police: "his brother Neil WHITTLE who called 999"."""
_LAST_CONTACT = re.compile(r"\blast\s+(?:seen|saw|contact|person|sighting)", re.IGNORECASE)
_DISCOVERY = re.compile(
    r"\b(?:found|finding|discover\w*|called|calling|999|reporting|reported)\b", re.IGNORECASE
)
_NOT_NAMES = frozenset(
    {"Police", "The", "Officers", "Officer", "LAS", "PC", "PS", "She", "He", "They", "Who", "Then"}
)


class InformantStatementMissing(Check):
    """No statement from the informant, and no reason recorded for not taking one.

    A sentence recording a statement taken from the informant (by role, "who
    called us", or by name), or a reason of the case for not taking one,
    satisfies it. "Statement from informant: to follow" or "s/s TBC" is
    *unclear*; an informant named with no statement, or "no statement" with no
    reason, is *absent*.

    ## Why it matters

    Policy since 2020, and the informant may be the offender: Port reported
    his first victim's body.

    ## Example

    ```text
    Informant: Dan REID, 07700 900123.
    ```

    ## Use instead

    ```text
    MG11 taken from informant Dan REID covering finding the deceased and the 999 call.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "A statement should be taken from the informant(s) to any death."
    """

    code = "DR008"
    requirement = "DR-STMT-INFORMANT"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = (
        "One statement, or a recorded reason for not taking one, per named informant or person present."
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        names = _informant_names(doc)
        pending: Span | None = None
        bare_refusal: Span | None = None
        sentences = reading.sentence_spans(doc)
        for i, s in enumerate(sentences):
            text = doc.text[s.start : s.end]
            if not STATEMENT.search(text) or not _about_informant(text, names):
                continue
            refusal = NOT_TAKEN.search(text)
            if refusal is not None:
                wrapped = doc.text[s.start : sentences[min(i + 2, len(sentences) - 1)].end]
                if is_real_reason(reason_after(wrapped, refusal.end())):
                    return
                bare_refusal = bare_refusal or s
            elif is_pending(text):
                pending = pending or s
            elif TAKEN.search(text):
                return
        if pending is not None:
            yield self.unclear(doc, pending, "Informant's statement recorded as still to come")
            return
        if bare_refusal is not None:
            yield self.finding(doc, bare_refusal, "No statement from the informant and no reason given")
            return
        yield self.finding(doc, _informant_line(doc) or reading.anchor(doc, ("witnesses",)), _message(names))


def _informant_names(doc: Document) -> tuple[str, ...]:
    f = doc.field("reported_by")
    values = [f.value] if f is not None and f.value.strip() and not reading.is_placeholder(f.value) else []
    values += [
        m.group(1) for m in re.finditer(r"\binformant\s*[:\-]\s*([^,\n(]{3,40})", doc.text, re.IGNORECASE)
    ]
    values += [m.group(1) for m in _CALLER.finditer(doc.text)]
    given = set()
    for v in values:
        words = [w for w in re.findall(r"[^\W\d_][\w'-]{2,}", v) if w[0].isupper() and w not in _NOT_NAMES]
        if words:
            given.add(words[0])
    given |= named_informants(doc.text)
    return tuple(sorted(given))


def _about_informant(text: str, names: tuple[str, ...]) -> bool:
    """Whether a sentence is about the informant: by role, or by their given
    name (surnames are shared within families, so they do not count)."""
    if _INFORMANT.search(text):
        return True
    if not any(re.search(rf"\b{re.escape(n)}\b", text, re.IGNORECASE) for n in names):
        return False
    # A statement about the last sighting is the informant's only if it also covers the discovery.
    return not _LAST_CONTACT.search(text) or bool(_DISCOVERY.search(text))


def _informant_line(doc: Document) -> Span | None:
    for s in reading.sentence_spans(doc):
        if re.match(r"\W*(?:informant|infomant|reported\s+by|caller|rp)\b", doc.text[s.start : s.end], re.I):
            return s
    return None


def _message(names: tuple[str, ...]) -> str:
    if names:
        return "Informant named but no statement taken and no reason recorded"
    return "No statement from the informant recorded"
