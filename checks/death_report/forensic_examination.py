"""DR017: seized items with no recorded decision on forensic examination."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.death_report.doubt_and_seizure import seized_items, seizure_statements
from checks.death_report.report_sentences import Statement, is_placeholder, placeholders, statements

EXAMINATION = re.compile(
    r"\b(?:examin\w*|analys\w*|test(?:ing|ed)?|download\w*|toxicolog\w*|lab(?:oratory)?|forensic\w*|fsp"
    r"|digital\s+(?:forensics|media)|dmi|kiosk|finger\s*prints?|dna|swab\w*|interrogat\w*)\b",
    re.IGNORECASE,
)
DECIDED = re.compile(
    r"\b(?:submit\w*|sent|send(?:ing)?|passed|referred|request\w*|booked\s+for|retained\s+for|for\s+(?:forensic|examination"
    r"|analysis|download|testing)|not\s+(?:submitted|sent|required|needed|necessary|examined|tested|downloaded)"
    r"|no\s+(?:forensic\s+)?(?:examination|analysis|testing|download)\s+(?:required|needed|necessary)"
    r"|will\s+be|to\s+be|awaiting|awaited|completed|carried\s+out|undertaken|declined|because|as\s+(?:it|they|there)"
    r"|to\s+(?:the\s+)?lab\w*|for\s+(?:dna|finger\s*prints?|swabbing))\b",
    re.IGNORECASE,
)
LABEL = re.compile(
    r"\b(?:forensic\s+(?:submission|examination|exam|strategy|decision)s?|forensics?|exam(?:ination)?"
    r"|submission(?:s)?(?:\s+for\s+examination)?)\b",
    re.IGNORECASE,
)


class ForensicExaminationNotConsidered(Check):
    """Seized items with no recorded decision on forensic examination.

    Every seized item (phone, laptop, drugs, bottle, note...) must be
    considered for forensic examination, and an item not sent needs a reason.
    Applies only when the report records items seized, retained or booked;
    with none the requirement is not applicable. A label holding only a
    placeholder ("Forensic submission: TBC") is *unclear*; items seized with
    no examination decision at all are *absent*.

    ## Why it matters

    In the Port case the laptop, phone data, bed sheet and bottle were never
    examined; the coroner named these failures (MC3A, MC7).

    ## Example

    ```text
    Items seized: mobile phone, small brown bottle, laptop.
    ```

    ## Use instead

    ```text
    Phone and bottle submitted for examination (download of last contacts,
    toxicology). Laptop not submitted: it belongs to the flatmate and was
    returned to him.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "If items aren’t sent for examination, it should
    be recorded why this hasn’t been done."
    """

    code = "DR017"
    requirement = "DR-FORENSIC"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = "A decision and a reason for each item."

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) and bool(seizure_statements(doc) or _decisions(doc))

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        decisions = _decisions(doc)
        blanks = placeholders(doc, LABEL)
        if blanks:
            yield self.unclear(doc, blanks[0], "Forensic examination decision recorded only as a placeholder")
            return
        if decisions:
            said = " ".join(s.text for s in decisions).lower()
            undecided = [i for i in seized_items(doc) if not re.search(rf"\b{re.escape(i[:-1])}", said)]
            if not undecided or _ALL_ITEMS.search(said):
                return
            seized = seizure_statements(doc)
            yield self.finding(
                doc,
                seized[0].span if seized else decisions[0].span,
                "No forensic examination decision recorded for: " + ", ".join(undecided),
            )
            return
        seized = seizure_statements(doc)
        yield self.finding(
            doc,
            seized[0].span,
            "Items seized with no decision on forensic examination and no reason recorded",
        )


def _decisions(doc: Document) -> list[Statement]:
    """Statements deciding on the examination of an item."""
    items = seized_items(doc)
    named = (
        re.compile(r"\b(?:" + "|".join(re.escape(i) for i in items) + r")", re.IGNORECASE) if items else ITEM
    )
    return [
        s
        for s in statements(doc)
        if (
            (
                (ITEM.search(s.text) or named.search(s.text))
                and EXAMINATION.search(s.text)
                and DECIDED.search(s.text)
            )
            or NOT_SENT.search(s.text)
            or SENT_FOR.search(s.text)
        )
        and not is_placeholder(s)
        and not _ONLY_STRATEGY.search(s.text)
        and (not _PRACTITIONER.search(s.text) or SENT_FOR.search(s.text))
        and not _OUTSTANDING.match(s.text)
    ]


ITEM = re.compile(
    r"\b(?:items?|exhibits?|property|phones?|mobile|handset|laptop|computer|tablet|ipad|device|sim|bottles?|syringes?"
    r"|needles?|wraps?|bags?|pipes?|tablets?|pills?|medication|meds|blister|packets?|cans?|glass(?:es)?|cups?|note|letter"
    r"|knife|weapon|ligature|rope|cord|belt|clothing|clothes|bedding|sheets?|samples?|blood|urine|wallet|cards?"
    r"|keys?|paraphernalia|drugs?|substance|powder|liquid|residue|all\s+of\s+them|both)\b",
    re.IGNORECASE,
)
SENT_FOR = re.compile(
    r"\b(?:submitted|sent|passed|referred|taken)\s+(?:\w+\s+){0,2}(?:for|to)\s+(?:the\s+|a\s+)?(?:\w+\s+){0,2}"
    r"(?:forensic\w*|examination|analysis|testing|toxicology|lab\w*|download|dfu|digital\s+(?:forensic|media|unit)"
    r"|fsp|provider)",
    re.IGNORECASE,
)
"""An item sent for examination, however the unit is named: "submitted to the
digital forensic unit", "sent to the forensic provider", "sent off to the lab"."""
NOT_SENT = re.compile(
    r"\b(?:not|never)\s+(?:been\s+)?(?:submitted|sent|examined|tested|analysed|downloaded)\b", re.IGNORECASE
)
_OUTSTANDING = re.compile(
    r"^\s*(?:[\w ]{0,20}:\s*)?"
    r"(?:outstanding|further\s+(?:action|enquiries)|to\s+do|actions?\s+outstanding)\b",
    re.IGNORECASE,
)
"""A plan in the further-action list is not the record of a decision on a seized item."""
_ALL_ITEMS = re.compile(r"\b(?:all|each|every)\s+(?:items?|exhibits?|of\s+(?:the|them))\b", re.IGNORECASE)
_PRACTITIONER = re.compile(r"\bforensic\s+(?:practitioner|manager)|\bcsm\b|\bcsi\b", re.IGNORECASE)


_ONLY_STRATEGY = re.compile(
    r"^\s*(?:threat|harm|risk|investigation|vulnerability|engagement|prevention)\b", re.IGNORECASE
)
