"""Finding the category of death in a report and the basis given for it.

Shared by the category, suspicious-until and rationale checks. The category is
written as a field ("Category: Cat 2 - unexpected, not suspicious"), under a
"Categorisation" heading, or in prose ("I have categorised this death as ...");
its basis follows on the same line, on "Reason:" lines below it, or in the
rest of the paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from auditor.document import Document, Span
from checks import spans
from checks.death_report import reading

CATEGORY_LABEL = (
    r"(?:death\s+)?c[a-z]{0,2}t[a-z]{0,2}g[a-z]{0,2}r[a-z]*(?:\s+of\s+(?:the\s+)?d[a-z]{3,5})?(?:\s+(?:agreed|given|recorded))?|classification"
    r"|cat(?:egory)?\s+of\s+death|cat(?=\s*(?:[:\-]|\d))|i\s+have\s+categori[sz]ed\s+(?:this|the|it)(?:\s+(?:death|case|incident))?\s+as"
    r"|(?:this|the)\s+(?:death|case)\s+(?:has\s+been|was|is)\s+categori[sz]ed\s+as"
)


class Category(StrEnum):
    EXPECTED = "expected"
    NOT_SUSPICIOUS = "unexpected, investigated and not suspicious"
    UNDER_INVESTIGATION = "unexpected, under investigation"
    HOMICIDE = "homicide"
    UNEXPLAINED = "unexplained"
    SUSPICIOUS = "suspicious"
    PENDING = "pending"
    UNKNOWN = "unknown"


_KINDS: tuple[tuple[Category, re.Pattern[str]], ...] = (
    (Category.SUSPICIOUS, re.compile(r"^\W*(?:treated\s+as\s+)?suspicious\b", re.IGNORECASE)),
    (Category.UNEXPLAINED, re.compile(r"\bun-?explained\b", re.IGNORECASE)),
    (
        Category.HOMICIDE,
        re.compile(
            r"\b(?:homicide|murder|manslaughter|cat(?:egory)?\.?\s*4\b|third[-\s]party\s+involvement\s+"
            r"(?:likely|obvious|suspected)|(?<!non-)(?<!non\s)(?<!non)(?<!not\s)suspicious\s+death\b)",
            re.IGNORECASE,
        ),
    ),
    (
        Category.UNDER_INVESTIGATION,
        re.compile(
            r"\b(?:under\s+inv\w*|u/i\b|cat(?:egory)?\.?\s*3\b|ongoing\s+investigation)", re.IGNORECASE
        ),
    ),
    (
        Category.NOT_SUSPICIOUS,
        re.compile(
            r"\b(?:not\s+susp(?:icious)?\b|non[-\s]?susp\w*|n/s\b|cat(?:egory)?\.?\s*2\b|no\s+suspicious\s+circ)",
            re.IGNORECASE,
        ),
    ),
    (Category.EXPECTED, re.compile(r"(?<!un)(?<!un-)\bexpected\b|\bcat(?:egory)?\.?\s*1\b", re.IGNORECASE)),
)

EVIDENCE = re.compile(
    r"\b(?:injur\w*|marks?|bruis\w*|wounds?|lacerations?|graz\w*|petechial|blood|trauma|ligature"
    r"|(?:no|nil|any)\s+(?:\w+\s+){0,2}(?:drugs?|paraphernalia|substances?|alcohol)|paraphernalia"
    r"|(?:drugs?|substances?|medication|meds|syringes?|needles?|wraps?|bottles?|tablets?|pills?|pipe|foil|cans?)"
    r"\s+(?:\w+\s+){0,4}?(?:found|seized|recovered|located|present|nearby)|believed\s+to\s+contain|suspected"
    r"|last\s+(?:seen|saw|contact|known)|saw\s+(?:him|her|them)"
    r"|history|hx|pmh|gp|medical|diagnos\w*|illness|disease|condition|cancer|dementia|terminal|palliative"
    r"|forced\s+entry|locked|secure|disturb\w*|struggle|account|matched|fits?\s+with|consistent\s+with"
    r"|notes?\s+(?:found|left)|rigor|lividity|pathologist|post[-\s]?mortem|cctv|witness\w*|statements?"
    r"|doctor|mccd|certif\w*|hospital|care\s+home|hospice|carer|examined|examination|found\s+(?:near|beside|next))\b",
    re.IGNORECASE,
)
"""Findings a category's basis cites: injuries, drugs, last contact, history, the scene, accounts."""

BOILERPLATE = re.compile(
    r"\b(?:standard\s+practice|(?:as\s+per|in\s+line\s+with|per|in\s+accordance\s+with)\s+(?:the\s+)?"
    r"(?:usual\s+practice|policy|procedure|sop|guidance)|usual\s+practice|not\s+req(?:uire)?'?d|not\s+required"
    r"|not\s+(?:deemed\s+)?necessary|(?:did\s+not|didn'?t)\s+(?:consider|think|deem|feel)\s+(?:it\s+)?"
    r"(?:was\s+)?(?:necessary|needed|required|appropriate|proportionate)|not\s+needed|nil\s+susp\w*|nothing\s+suspicious|no\s+susp(?:icious)?\s+circ\w*"
    r"|routine|as\s+normal|n/?a|nothing\s+(?:appeared|seemed|looked|was)\s+suspicious|not\s+suspicious|no\s+suspicion|no\s+(?:third|3rd)[\s-]party\s+involvement"
    r"|nothing\s+to\s+(?:suggest|indicate|show)\s+(?:that\s+)?(?:any(?:one|body)|a\s+third|third|3rd|someone)"
    r"(?:\s+(?:else|party))?(?:\s+(?:was|had\s+been|being))?\s+involve\w*)\b",
    re.IGNORECASE,
)
"""Phrases that sound like a reason and give none."""


@dataclass(frozen=True, slots=True)
class CategoryStatement:
    span: Span
    """The line holding the category, label included."""
    category: Category
    value: str
    basis: str
    """What follows the category itself: its stated reasons, if any."""
    basis_span: Span | None


def find_category(doc: Document) -> CategoryStatement | None:
    """The first category statement that says something, else the first one
    found (a placeholder or an empty label), else None."""
    found: list[CategoryStatement] = []
    for item in reading.labelled(doc, CATEGORY_LABEL):
        value = _strip_nested(item.value)
        if not value:
            value, v_span = _next_line_value(doc, item.span)
        else:
            v_span = item.value_span
        found.append(_statement(doc, item.span, value, v_span))
    for heading in reading.headings(doc, CATEGORY_LABEL):
        value, v_span = _next_line_value(doc, heading)
        if value:
            found.append(_statement(doc, v_span, value, v_span))
        else:
            found.append(CategoryStatement(heading, Category.UNKNOWN, "", "", None))
    # In document order: the pack's own category comes before a supervisor's "Category confirmed ...".
    found.sort(key=lambda statement: statement.span.start)
    for statement in found:
        if statement.category not in (Category.UNKNOWN, Category.PENDING):
            return statement
    for statement in found:
        if statement.category is Category.PENDING:
            return statement
    return found[0] if found else None


def _strip_nested(value: str) -> str:
    m = re.match(rf"^\s*(?:{CATEGORY_LABEL})\s*[:\-]\s*", value, re.IGNORECASE)
    return _strip_nested(value[m.end() :]) if m else value.strip()


def _next_line_value(doc: Document, label: Span) -> tuple[str, Span]:
    """A heading's category written on the line below it."""
    end = doc.text.find("\n", label.end)
    if end < 0:
        return "", Span(label.end, label.end)
    line = spans.line_at(doc.text, end + 1)
    if line is None or doc.text[line.start : line.end] == doc.text[label.start : label.end]:
        return "", Span(label.end, label.end)
    text = doc.text[line.start : line.end]
    if _OTHER_LABEL.match(text) and not re.match(rf"^\s*(?:{CATEGORY_LABEL})", text, re.IGNORECASE):
        return "", Span(label.end, label.end)
    if len(text) <= 45 and ":" not in text and not text.endswith(".") and not _names_category(text):
        return "", Span(label.end, label.end)
    return _strip_nested(text), line


def _names_category(text: str) -> bool:
    """Whether a short line names a category ("Unexplained death", "CAT 2 NON SUSP")."""
    return any(pattern.search(text) for _, pattern in _KINDS)


def _statement(doc: Document, line: Span, value: str, v_span: Span) -> CategoryStatement:
    if not value or reading.placeholder_value(value):
        kind = Category.PENDING if value else Category.UNKNOWN
        return CategoryStatement(line, kind, value, "", None)
    category = Category.UNKNOWN
    cut = 0
    for kind, pattern in _KINDS:
        m = pattern.search(value)
        if m is not None and (category is Category.UNKNOWN or m.start() < cut):
            category, cut = kind, m.end()
    if category is Category.UNKNOWN and re.search(
        r"\b(?:tbc|pending|awaiting|to\s+be\s+confirmed)\b", value, re.I
    ):
        category = Category.PENDING
    if category is Category.NOT_SUSPICIOUS and _EXPECTED_TOO.search(value[:40]):
        category = Category.EXPECTED
    rest = _after_category(value, cut)
    extra, extra_end = _continuation(doc, v_span.end)
    basis = (rest + " " + extra).strip()
    value_at = doc.text.find(value, v_span.start)
    start = value_at + value.rfind(rest) if rest and value_at >= 0 else v_span.end
    end = extra_end if extra else v_span.end
    basis_span = spans.trim(doc.text, start, end) if basis else None
    return CategoryStatement(spans.line_at(doc.text, line.start) or line, category, value, basis, basis_span)


_EXPECTED_TOO = re.compile(r"(?<!un)(?<!un-)\bexpected\b", re.IGNORECASE)
"""A legacy "non-suspicious (expected)" names an expected death."""


def _after_category(value: str, cut: int) -> str:
    """The value after the category words and the names that follow them
    ("Category 2: Unexpected death, investigated, not suspicious.")."""
    rest = value[cut:]
    rest = re.sub(
        r"^[\s,:;.\-\u2013\u2014]*(?:(?:un)?expected|death|investigated|and|not\s+suspicious|under\s+investigation"
        r"|cat(?:egory)?\s*\d|[\s,:;.\-\u2013\u2014()])*",
        "",
        rest,
        flags=re.IGNORECASE,
    )
    return rest.strip()


_REASON_LABEL = re.compile(
    r"^\s*(?:q\s*[:.)]\s*)?(?:reasons?|rationale|basis|because|grounds|why)\b", re.IGNORECASE
)
"""A line giving the reason, also as a question and its answer ("Q: Why? A: ...")."""
_OTHER_LABEL = re.compile(r"^\s*[A-Za-z][A-Za-z /'()+&-]{0,40}:")


def _continuation(doc: Document, offset: int) -> tuple[str, int]:
    """Lines after the category that carry on its paragraph: wrapped lines,
    "Reason:" lines and narrative sentences, up to a blank line, a heading or
    another label."""
    text = doc.text
    pos = text.find("\n", offset)
    parts: list[str] = []
    end = offset
    while 0 <= pos < len(text):
        nxt = text.find("\n", pos + 1)
        line_end = len(text) if nxt < 0 else nxt
        line = text[pos + 1 : line_end].strip()
        if not line or re.match(r"^(?:page\s+\d|official|signed)", line, re.IGNORECASE):
            break
        if _OTHER_LABEL.match(line) and not _REASON_LABEL.match(line):
            break
        if len(line) <= 45 and not line.endswith((".", ",")) and not _REASON_LABEL.match(line):
            break
        parts.append(line)
        end = line_end
        pos = nxt
    return " ".join(parts), end


def has_basis(statement: CategoryStatement) -> bool:
    """Whether the category comes with reasons that cite findings."""
    return bool(EVIDENCE.search(statement.basis))


NOT_SUSPICIOUS_CONCLUSION = re.compile(
    r"\b(?:not\s+(?:a\s+)?suspicious|non[-\s]?susp(?:icious)?|no\s+susp(?:icious)?\s+circ\w*|nothing\s+suspicious"
    r"|nil\s+susp\w*|no\s+(?:third|3rd)[-\s]party\s+involvement|self[-\s]administered"
    r"|nothing\s+to\s+(?:suggest|indicate|show)\s+(?:that\s+)?(?:any(?:one|body)|a\s+third|third|3rd|someone)"
    r"(?:\s+(?:else|party))?(?:\s+(?:was|had\s+been|being))?\s+involve\w*)\b",
    re.IGNORECASE,
)
"""Words concluding the death is not suspicious."""


def concludes_not_suspicious(text: str) -> bool:
    """Whether the report concludes, in any words, that the death is not suspicious."""
    return NOT_SUSPICIOUS_CONCLUSION.search(text) is not None
