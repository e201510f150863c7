"""SUP010: supervisory entries that only endorse the work, never naming a gap or a specific reason."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Entry, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.supervision.entries import full_text, is_closing, reviews
from checks.supervision.protected_characteristics import supervisory_text

GENERIC = re.compile(
    r"\b(?:reviewed|content|happy|satisfied|all\s+(?:appropriate|relevant|necessary)\s+(?:actions?|enquiries)"
    r"|no\s+issues|noted|continue|progressing|good\s+standard|proportionate|thorough|nothing\s+further|agreed?|fine"
    r"|no\s+new\s+actions?|investigation\s+reviewed|initial\s+investigation)\b",
    re.IGNORECASE,
)
CHALLENGES = re.compile(
    r"\(\s*[1-9]\d?\s*\)\s*[a-z]|(?<![\d(])[1-9]\)\s+[a-z]|\b(?:gaps?|outstanding|not\s+yet\s+(?:complete|satisfied|done)|still\s+(?:to\s+be|needs?)"
    r"|needs?\s+(?:doing|to\s+be)|need\s+to|must|should|please|ensure|oic\s+to|(?:flos?|officers?|team)\s+to\s+(?:obtain|record|complete|trace|contact"
    r"|check|chase|update|ask|find|speak)|(?:pc|dc|ds|oic)\s+\w+\s+to\s+(?:obtain|record|"
    r"complete|trace|contact|check|chase|update|submit|review|speak)|missing|not\s+(?:recorded|done|completed|obtained|"
    r"spoken)|no\s+(?:action\s+plan|statement|rationale|record)|incomplete|chase|re-?visit|action(?:s)?\s+set\s*:\s*(?!no\b)"
    r"\w)",
    re.IGNORECASE,
)
"""A review naming something wrong or still to do."""
SPECIFIC_REASON = re.compile(
    r"\b(?:agree|content|satisfied|happy|support)\w*\b[^.\n]{0,60}(?::|\bbecause\b|\bas\b|\bgiven\b|\bsince\b)\s*\S",
    re.IGNORECASE,
)
"""Agreement with its reasons: "Agree: no injuries, history of epilepsy, account consistent"."""
CHECKED_LIST = re.compile(
    r"\bi\s+(?:have\s+)?(?:checked|reviewed|read|viewed|looked\s+at|gone\s+through)\s+(?:the\s+)?"
    r"[^.;\n]{3,60}?(?:,\s*|\s+and\s+(?:the\s+)?)[^.;\n]{3,}",
    re.IGNORECASE,
)
"""A supervisor listing what they checked: "I have checked the search record, statements and intel"."""
REASONS_GIVEN = re.compile(
    r"\b(?:agree|content|satisfied|confirm)\w*\b[^.\n]{0,100}\bfor\s+the\s+reasons?\s+(?:given|set\s+out|stated)",
    re.IGNORECASE,
)
"""Agreement tied to the reasons recorded elsewhere in the report."""
_SEPARATOR = re.compile(r"\n[ \t]*[-=_*]{5,}")
_HEADER_PROMPTS = re.compile(
    r"\b(?:investigation\s+reviewed|actions\s+set|safeguarding\s+considered|next\s+review\s+date|supervisor\s+comments"
    r"|intelligence\s+checks\s+reviewed)\s*:?\s*(?:yes\s*-\s*)?",
    re.IGNORECASE,
)
_SAFEGUARDING = re.compile(
    r"safeguarding\s+considered\s*:[^\n]*|next\s+review\s+date\s*:[^\n]*", re.IGNORECASE
)


ROUTINE_RESULTS = re.compile(
    r"\b(?:toxicology|tox|post[\s-]*mortem|pm\b|phone\s+download|download|gp\s+records|mccd|inquest|results?"
    r"|coroner'?s?\s+(?:decision|officer)|family|update|progress|next\s+milestone)\b",
    re.IGNORECASE,
)
_TASKED = re.compile(r"\bto\s+(?:obtain|record|trace|find|ask|speak|contact|check)\b", re.IGNORECASE)
_AWAITING_RESULTS = re.compile(
    r"\b(?:toxicology|tox|post[\s-]*mortem|pm|download|gp\s+records|mccd|inquest|results?)\b", re.IGNORECASE
)
"""An officer tasked to obtain something new is a challenge even when the family is
mentioned ("FLOs to obtain photos from the family"); chasing routine results is not."""
_CLAUSE_END = re.compile(r"[.;]|\n[ \t]*\n")


def is_specific(body: str) -> bool:
    """A review that names a gap, sets an action, or gives specific reasons for
    agreeing. Waiting for routine results (toxicology, the post-mortem, a phone
    download) or keeping the family updated is not, by itself, a challenge."""
    text = _SAFEGUARDING.sub(" ", body)
    text = _HEADER_PROMPTS.sub(" ", text)
    for m in CHALLENGES.finditer(text):
        end = _CLAUSE_END.search(text, m.end())
        clause = text[m.start() : end.start() if end else len(text)]
        if re.match(r"\(\s*[1-9]|[1-9]\)", m.group()) or not ROUTINE_RESULTS.search(clause):
            return True
        if _TASKED.search(m.group()) and not _AWAITING_RESULTS.search(clause):
            return True
    return bool(SPECIFIC_REASON.search(text))


class SupervisionWithoutScrutiny(Check):
    """Supervisory reviews that only endorse the work, never naming a gap or a specific reason.

    Supervisory entries should identify and challenge gaps (missing
    statements, checks, rationale) and set actions, or give specific reasons
    for agreeing. On a death report the supervision section and the lines
    naming a sergeant or more senior officer are read as the supervisors'
    words; an FLO log's SIO reviews ("SIO review: ...") are its supervisory
    entries. Flags a CRIS record, FLO log or death report whose supervisory
    reviews are all generic approvals (*Reviewed, content*, *All appropriate actions taken*, *Noted.
    Continue.*), or that has no supervisory review at all. First, rule-based
    version: it does not yet weigh whether the record has evident omissions.

    ## Why it matters

    Inspectors found some supervisors "unwilling or unable to challenge, or
    even recognise, poor performance"; a generic approval on a record with gaps
    lets the gaps stand.

    ## Example

    ```text
    CRIS CRIME REPORT - DETS
    14/03/2024 09:10 PS 2231ZD HILL: Supervisory review. Reviewed, content.
    21/03/2024 11:00 DS 71823 ROSS: All appropriate actions taken.
    ```

    ## Use instead

    ```text
    21/03/2024 11:00 DS 71823 ROSS: Not yet satisfied: (1) no statement from the
    informant - OIC to obtain by 25/03; (2) intel checks PNC only - full checks
    on all parties, five years.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "some supervisors appeared to be unwilling or
    unable to challenge, or even recognise, poor performance."
    """

    code = "SUP010"
    requirement = "SUP-CHALLENGE"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.CRIS_RECORD, DocKind.DEATH_REPORT, DocKind.FLO_LOG})
    suggestion = "Entries naming specific gaps and setting actions, or specific reasons for agreeing."

    def applies(self, doc: Document) -> bool:
        return super().applies(doc)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.kind == DocKind.DEATH_REPORT:
            yield from self._death_report(doc)
            return
        found = [e for e in reviews(doc) if not is_closing(doc, e)]
        if any(is_specific(full_text(doc, e)) for e in found):
            return
        if not found:
            yield self.finding(
                doc, spans.first_line(doc.text) or spans.whole(doc.text), "No supervisory review recorded"
            )
            return
        for entry in found:
            yield self.finding(
                doc,
                _span(doc, entry),
                "Supervisory review is a generic approval: no gap named, no action set, no reason given",
            )

    def _death_report(self, doc: Document) -> Iterator[Finding]:
        """A death report has no DETS entries: the supervision section and every line a
        sergeant or more senior officer writes or is named on are the supervisors' words."""
        found = [sec.span for sec in doc.sections if sec.name == "supervisor_review"]
        found += supervisory_text(doc)
        for span in found:
            words = _SEPARATOR.split(doc.quote(span), 1)[0]
            if is_specific(words) or CHECKED_LIST.search(words) or REASONS_GIVEN.search(words):
                return
        if not found:
            yield self.finding(
                doc, spans.first_line(doc.text) or spans.whole(doc.text), "No supervisory review recorded"
            )
            return
        first = min(found, key=lambda span: span.start)
        yield self.finding(
            doc,
            spans.line_at(doc.text, first.start) or first,
            "Supervisory review is a generic approval: no gap named, no action set, no reason given",
        )


def _span(doc: Document, entry: Entry) -> Span:
    return spans.entry_span(doc, entry)
