"""DR003: a non-suspicious conclusion assumed rather than shown by enquiries."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.death_report import reading
from checks.death_report.categorisation import (
    EVIDENCE,
    NOT_SUSPICIOUS_CONCLUSION,
    Category,
    concludes_not_suspicious,
    find_category,
    has_basis,
)

_SUSPICION = re.compile(
    r"\b(?:bruis\w*|lacerations?|petechia\w*|graz\w*|ligature|stab\w*|wounds?|head\s+injur\w*|injur\w*"
    r"|(?:third|3rd)[-\s]party\s+(?:involvement\s+)?(?:not\s+ruled\s+out|cannot\s+be\s+ruled\s+out|suspected"
    r"|possible|likely)|in\s+doubt|could\s+not\s+rule|lines?\s+of\s+enquiry|homicide|treated\s+as\s+suspicious"
    r"|suspicious\s+circumstances)\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:no|nil|not|without|nothing|any|none)\b[^.;\n]{0,25}$", re.IGNORECASE)


def treated_as_suspicious(text: str) -> bool:
    """Whether the report records injuries or doubt about third-party involvement
    (not negated: "no injuries" does not count)."""
    return any(
        not _NEGATED.search(text, max(0, m.start() - 30), m.start()) for m in _SUSPICION.finditer(text)
    )


_TREATED = re.compile(
    r"\b(?:(?:third|3rd)[-\s]party\s+(?:involvement\s+)?(?:not\s+(?:ruled\s+out|excluded)|cannot\s+be\s+(?:ruled\s+out"
    r"|excluded)|could\s+not\s+be\s+(?:ruled\s+out|excluded)|suspected|possible|likely)|in\s+doubt|could\s+not\s+rule"
    r"|lines?\s+of\s+enquiry|homicide|treated\s+as\s+suspicious|suspicious\s+circumstances|cordons?|scene\s+log"
    r"|hat\s+(?:called|requested|informed|attended|notified|contacted)|(?:called|requested|informed|notified)\s+hat"
    r"|forensic\s+post[-\s]?mortem|crime\s+scene\s+(?:manager|examiner))\b",
    re.IGNORECASE,
)
"""What shows a death being treated as suspicious: HAT called, cordons and a
scene log, third-party involvement not excluded. Injuries noted and left
there do not: they are what needed investigating."""


def acted_on_as_suspicious(text: str) -> bool:
    """Whether the report records treating the death as suspicious (not negated)."""
    return any(not _NEGATED.search(text, max(0, m.start() - 30), m.start()) for m in _TREATED.finditer(text))


_ASSUMED = re.compile(
    r"\b(?:looks?\s+like|looked\s+like|appears?\s+to\s+have|appeared\s+to\s+have|presumed|assumed|must\s+have"
    r"|seems?\s+to\s+have|probably|believed\s+to\s+have|likely)\s+(?:\w+\s+){0,4}?(?:fallen|fell|fall|overdosed?"
    r"|od|drunk|drinking|alcohol|drugs?|natural\s+causes|old\s+age|heart\s+attack|collapsed|self[-\s]inflicted)\b"
    r"|\b(?:drinking\s+(?:a\s+lot|heavily)|known\s+(?:drinker|drug\s+user|alcoholic)|heavy\s+drinker)\b",
    re.IGNORECASE,
)
"""An explanation assumed rather than investigated: "looks like she has fallen",
"drinking a lot lately" (the catalogue's "assumptions based on drug use, alcohol or age")."""


def assumes_explanation(text: str) -> bool:
    return _ASSUMED.search(text) is not None


_NOT_CONCLUDED_NS = frozenset(
    {Category.EXPECTED, Category.UNDER_INVESTIGATION, Category.HOMICIDE, Category.SUSPICIOUS}
)


class NonSuspiciousAssumed(Check):
    """Death called not suspicious without the enquiries that establish it.

    Applies when the report concludes the death is not suspicious (a category
    of "unexpected - not suspicious" or "non-suspicious", the legacy
    "unexplained" used as a non-suspicious conclusion or with nothing in the
    report treating the death as suspicious, or, with no category, a
    conclusion written in prose). The conclusion must cite what the enquiries
    established (injuries, drugs found, last contact, history, the scene,
    accounts). A bare conclusion is *absent*; a category still "TBC" or
    "pending" is *unclear*, whatever else the report records. The requirement
    follows the category as written: a report with no category and no
    conclusion in prose is not applicable (DR-CATEGORY reports the missing
    category), and so are expected deaths, deaths under investigation and
    homicides. "No suspicious circumstances" given as the reason for an action
    not taken ("H2H not done, no susp circs") decides that action, not the
    death, and is not a conclusion.

    ## Why it matters

    Every death police attend is to be treated as suspicious until the
    investigation shows otherwise. The Port deaths were each assumed to be
    self-administered overdoses.

    ## Example

    ```text
    Category of death: Non-suspicious.
    ```

    ## Use instead

    ```text
    Category: unexpected, investigated and not suspicious. No injuries, flat
    secure with no forced entry, last seen by flatmate at 2200, intel checks
    nil, GP history of epilepsy consistent with the scene.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "All incidents of death that police officers
    attend are to be treated as suspicious until the police investigation has
    established that it is not."
    """

    code = "DR003"
    requirement = "DR-SUSPICIOUS-UNTIL"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = (
        "The enquiries done (search, statements, intelligence checks, access, injuries) and what they "
        'established, before the conclusion "not suspicious".'
    )

    def applies(self, doc: Document) -> bool:
        if not super().applies(doc):
            return False
        statement = find_category(doc)
        if statement is not None and statement.category is Category.PENDING:
            # A placeholder category ("TBC", "pending") leaves open whether a non-suspicious
            # conclusion is reached: unclear, whatever else the report records.
            return True
        if statement is None or statement.category is Category.UNKNOWN:
            # No category as written: the requirement applies only to a conclusion written in
            # prose ("Drug overdose, not suspicious"). Missing categories are DR-CATEGORY's.
            return prose_conclusion(doc) is not None
        if statement.category is Category.UNEXPLAINED:
            # The legacy term: applies when it is used as a non-suspicious conclusion, when
            # nothing in the report treats the death as suspicious, or when injuries are noted
            # but an explanation is assumed ("looks like she has fallen") and nothing is done.
            if concludes_not_suspicious(statement.value) or not treated_as_suspicious(doc.text):
                return True
            return assumes_explanation(doc.text) and not acted_on_as_suspicious(doc.text)
        return statement.category not in _NOT_CONCLUDED_NS

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        statement = find_category(doc)
        if statement is None or statement.category is Category.UNKNOWN:
            yield from self._without_category(doc)
            return
        if statement.category is Category.PENDING:
            yield self.unclear(
                doc,
                statement.span,
                "Whether the death is suspicious is not yet recorded: the category is a placeholder",
            )
        elif not has_basis(statement):
            message = "Death concluded not suspicious with no enquiries or findings cited"
            if statement.category is Category.UNEXPLAINED:
                message = (
                    'Death left "unexplained" with no enquiries or findings cited, '
                    "while nothing in the report treats it as suspicious"
                )
                if assumes_explanation(doc.text) and treated_as_suspicious(doc.text):
                    message = (
                        'Death left "unexplained" on an assumed explanation: injuries are noted '
                        "but no enquiries into them are recorded"
                    )
            yield self.finding(doc, statement.span, message)

    def _without_category(self, doc: Document) -> Iterator[Finding]:
        """No category: judge the conclusion written in prose ("Death not
        suspicious: no injuries, ..."), if there is one."""
        found = prose_conclusion(doc)
        if found is None:
            return
        sentence, paragraph = found
        if not EVIDENCE.search(doc.text[paragraph.start : paragraph.end]):
            yield self.finding(
                doc, sentence, "Death concluded not suspicious with no enquiries or findings cited"
            )


_DECISION_NOT_TAKEN = re.compile(
    r"\b(?:not|nil|no|never|wasn'?t|weren'?t|didn'?t)\s+(?:\w+\s+){0,2}?(?:done|conducted|carried\s+out|completed"
    r"|undertaken|required|req'?d|requested|called|contacted|informed|attended|taken|made|seized|photographed"
    r"|examined|considered|necessary|needed|deemed|tasked|deployed|raised|submitted)\b",
    re.IGNORECASE,
)
"""An action not taken ("H2H not conducted", "HAT not called"): a "no suspicious
circumstances" in the same clause is the reason for that decision, not a
conclusion on the death (DR-RATIONALE judges such reasons)."""


_CONCLUDING = re.compile(
    r"^\W*(?:conclusion|outcome|result|summary|overall|therefore|thus|hence|so|in\s+conclusion|as\s+a\s+result)\b",
    re.IGNORECASE,
)
"""A sentence drawing its conclusion from what is written above it."""


def prose_conclusion(doc: Document) -> tuple[Span, Span] | None:
    """The first sentence concluding the death is not suspicious, with the
    paragraph its basis may sit in (it, the sentences before it on its line, and
    the next two sentences, and, when it
    draws a conclusion ("Conclusion: not suspicious"), the enquiries listed above
    it in the same block); None when
    there is none. A sentence that gives the reason for
    not taking an action ("House to house not done, no susp circs") decides that
    action, not the death, and does not count."""
    sentences = reading.sentence_spans(doc)
    for i, s in enumerate(sentences):
        text = doc.text[s.start : s.end]
        m = NOT_SUSPICIOUS_CONCLUSION.search(text)
        if m is None or _reason_for_action_not_taken(text, m.start()):
            continue
        start = doc.text.rfind("\n", 0, s.start) + 1
        if _CONCLUDING.match(text):
            block = doc.text.rfind("\n\n", 0, s.start)
            start = block + 2 if block >= 0 else 0
        return s, Span(start, sentences[min(i + 2, len(sentences) - 1)].end)
    return None


_ON_THE_DEATH = re.compile(
    r"\b(?:death|dec(?:eased|'?d))\s+(?:is\s+|was\s+|being\s+|deemed\s+)?$", re.IGNORECASE
)
_REASON_OPENER = re.compile(r"\s*(?:as|because|since|given|due\s+to|there\s+being)\b", re.IGNORECASE)


def _reason_for_action_not_taken(sentence: str, at: int) -> bool:
    """Whether the conclusion at ``at`` is given as the reason for an action not
    taken: in the same clause ("H2H not done nothing suspicious") or in a clause
    opening with "as", "because" after it ("HAT not called, as no susp circs").
    Words naming the death itself ("NFA as the death is not suspicious") are a
    conclusion on it whatever comes before."""
    if _ON_THE_DEATH.search(sentence, 0, at):
        return False
    cut = max(sentence.rfind(p, 0, at) for p in ",;:")
    clause = sentence[cut + 1 : at]
    if _DECISION_NOT_TAKEN.search(clause):
        return True
    return (
        cut >= 0
        and _REASON_OPENER.match(clause) is not None
        and bool(_DECISION_NOT_TAKEN.search(sentence, 0, cut))
    )
