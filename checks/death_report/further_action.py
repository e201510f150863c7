"""DR005: no further action considered or recorded."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Context
from checks.death_report import reading
from checks.death_report.decisions import is_real_reason, reason_after
from checks.death_report.topic import TopicCheck

_FORWARD = re.compile(
    r"^\W*(?:(?:lines?\s+of\s+(?:enquiry|inquiry|investigation)|loe)(?:\s+(?:set|agreed|identified|raised|opened"
    r"|allocated|directed))?(?:\s+by\s+[^:\n]{1,40}?)?|actions?\s+(?:set|agreed|allocated|raised|tasked)"
    r"(?:\s+by\s+[^:\n]{1,40}?)?|to\s+do)\s*[:\-]"
    r"|\b(?:outstanding(?=\s*[:\-]|\s+(?:actions?|enquir\w*|matters"
    r"|items|tasks|work|lines))|further\s+(?:actions?|enquir\w*|work|steps)|next\s+steps"
    r"|actions?\s+(?:plan|outstanding|remaining|required|to\s+(?:be\s+)?(?:complete|done|take))"
    r"|(?:still|yet)\s+to\s+be|follow[\s-]?up\s+(?:actions?|enquir\w*)|enquiries\s+(?:continue|ongoing|remaining))\b",
    re.IGNORECASE,
)
_NONE_NEEDED = re.compile(
    r"\b(?:no\s+further\s+(?:police\s+)?(?:action|enquir\w*|work|involvement)|nfa|nothing\s+(?:further|outstanding)"
    r"|no\s+outstanding)\b",
    re.IGNORECASE,
)
_ENQUIRY = re.compile(
    r"\b(?:post[-\s]?mortem|pm|toxicology|tox|cctv|phone|download|statements?|s/s|review\w*|chase|await\w*"
    r"|request\w*|obtain\w*|submi\w*|results?|inquest|coroner|h2h|house[-\s]to[-\s]house|enquir\w*|checks?"
    r"|interview\w*|exhibits?|property|return\w*|referr\w*|refer|neuropathology|histology|forensic\w*|lab"
    r"|follow[-\s]?up|trace|identify|locate)\b",
    re.IGNORECASE,
)
"""An enquiry named in a further-action list: "Phone download; CCTV; statement from X"."""


class FurtherActionNotRecorded(TopicCheck):
    """No further action recorded as considered or taken.

    An "Outstanding" or "Further action" entry listing enquiries (toxicology,
    CCTV, phone download, post-mortem follow-up), lines of enquiry, or a
    reasoned statement that none is needed satisfies it; so does a "Further
    action" heading whose lines below name enquiries ("Routine PM requested"). "Further action: TBC"
    or "-" is *unclear*; an empty heading, a bare "NFA", or no forward-looking
    content is *absent*.

    ## Why it matters

    Without it no one can see whether the investigation was closed too early.

    ## Example

    ```text
    Further action: -
    ```

    ## Use instead

    ```text
    Outstanding: toxicology; phone download; GP records requested.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "rarely found any details of more action that was
    considered or taken"
    """

    code = "DR005"
    requirement = "DR-FURTHER-ACTION"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = (
        "A list of outstanding or completed enquiries (toxicology, CCTV, phone, post-mortem follow-up), "
        "or a reasoned statement that none is needed."
    )
    label = (
        r"further\s+(?:actions?|enquir\w*)(?:\s+(?:required|outstanding|considered))?|outstanding(?:\s+(?:actions?"
        r"|enquir\w*))?|actions?\s+outstanding|next\s+steps|lines?\s+of\s+enquiry|to\s+do"
    )
    mention = re.compile(_FORWARD.pattern + "|" + _NONE_NEEDED.pattern, re.IGNORECASE)
    sections = ("actions", "circumstances")
    item = "further action"
    future_is_pending = False
    thin = "no enquiry is listed"

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for heading in reading.headings(doc, self.label):
            body = reading.heading_body(doc, heading)
            if body and not reading.placeholder_value(body) and _ENQUIRY.search(body):
                return
        yield from super().run(doc, ctx)

    def satisfies(self, sentence: str, doc: Document) -> bool:
        none = _NONE_NEEDED.search(sentence)
        if none is not None:
            return is_real_reason(reason_after(sentence, none.end()))
        m = _FORWARD.search(sentence)
        if m is None:
            return False
        rest = re.sub(r"^[\s:\-\u2013]+", "", sentence[m.end() :])
        nested = re.match(rf"^(?:{self.label})\s*[:\-]\s*", rest, re.IGNORECASE)
        if nested:
            rest = rest[nested.end() :]
        return len(re.findall(r"[A-Za-z]{2,}", rest)) >= 2 and not reading.placeholder_value(rest)

    def weak_reason(self, sentence: str) -> str | None:
        if _NONE_NEEDED.search(sentence):
            return "recorded as none with no reason"
        return None
