"""CR011: a witness named on the record with no statement and no reason for having none."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context
from checks.cris.record import entry_bodies, rejoined, unwrapped
from checks.cris.victim_contact import is_review

_NAME = r"((?:(?:mr|mrs|ms|miss|dr)\.?\s+)?(?-i:[A-Z][a-zA-Z'-]+(?:[ \t]+[A-Z][a-zA-Z'-]+){0,2}))"
WITNESS = re.compile(
    rf"\b(?:(?:eye-?)?witness(?:es)?|w/s)\b\s*(?:\d+\s*)?(?:[:-]|is|was|named|called)?\s*{_NAME}"
    rf"|\blast\s+(?:person\s+)?(?:to\s+)?see\s+\w+\s+alive\s+(?:was\s+)?{_NAME}"
    rf"|\blast\s+seen\s+(?:alive\s+)?by\s+{_NAME}",
    re.IGNORECASE,
)
"""A person named as a witness, or as the last to see the deceased alive."""

STATEMENT = re.compile(
    r"\b(?:statement|s/s|mg\s?11|abe|video\s+interview|account\s+(?:taken|obtained|recorded|written))\b", re.I
)
NO_STATEMENT_REASON = re.compile(
    r"\b(?:declined|refused|unwilling|did\s+not\s+wish|does\s+not\s+wish|not\s+(?:required|needed|necessary)\s+(?:because|as)"
    r"|no\s+statement\s+(?:required|needed|taken)\s+(?:because|as)|could\s+not\s+be\s+(?:traced|found|located)"
    r"|untraceable|no\s+evidence\s+to\s+give|saw\s+nothing|did\s+not\s+see)\b",
    re.IGNORECASE,
)
POSSIBLE_WITNESS = re.compile(
    r"\b(?:neighbou?rs?|nbrs?|n/?bour|occupants?|residents?|tenants?|landlord|landlady|caller|informant|inf"
    r"|passer[\s-]?by|passers[\s-]?by|friend|flatmate|housemate|partner|brother|sister|mother|father|mum|dad"
    r"|son|daughter|member\s+of\s+(?:the\s+)?public|mop|security|door\s+(?:staff|supervisor)|driver|staff)\b"
    r"|\b(?:flat|no\.?|number)\s*\d{1,4}[a-z]?\b",
    re.IGNORECASE,
)
"""Someone the policy names as a possible witness: family, neighbours, informants, others at the scene."""

NOT_APPROACHED = re.compile(
    r"\b(?:(?:details|name|contact\s+details|particulars|statement|s/s|account|mg\s?11)\s+(?:were\s+|was\s+)?"
    r"(?:not|never)\s+(?:taken|obtained|recorded|requested|got)"
    r"|no\s+(?:statement|s/s|mg\s?11|details)\s+(?:taken|obtained|recorded)"
    r"|(?:not|never)\s+(?:approached|spoken\s+to|traced|identified|asked\s+for\s+(?:a\s+)?statement)"
    r"|didn'?t\s+(?:get|take)\s+(?:(?:his|her|their)\s+)?(?:details|name|statement))\b",
    re.IGNORECASE,
)
"""A possible witness left without a statement or even details: "details not taken", "NO STATEMENT TAKEN"."""

_REASON = re.compile(r"\b(?:because|as\s+(?:she|he|they|it)|due\s+to|reason)\b", re.IGNORECASE)

_NOT_NAMES = frozenset(
    {"the", "a", "an", "and", "unknown", "none", "nil", "not", "no", "who", "was", "is", "his", "her",
     "their",
     "at", "on", "in", "by", "statement", "list", "details", "police", "officer", "deceased", "victim"}
)  # fmt: skip


def _key_tokens(name: str) -> list[str]:
    """The first two words of a name: in capitals the name cannot be told from the verb after it."""
    return [t.lower() for t in name.split()[:2]]


class WitnessWithoutStatement(Check):
    """Witness named on the record with no statement and no reason recorded for having none.

    Officers identify all possible witnesses (family, neighbours, informants)
    and obtain statements where applicable. Reads people named as witnesses
    ("witness Mr D PRICE", "W/S 2: Ann KERR") or as the last to see the
    deceased alive, and flags each one for whom the record holds neither a
    statement ("S/S", "MG11", "account taken") nor a reason for having none
    ("declined", "not required because ..."). Also flags a neighbour, caller,
    landlord or other possible witness the record says was left without
    details or a statement ("Nbr from no. 50 ... details not taken", "NO
    STATEMENT TAKEN") when no reason is given. Whether every possible witness
    was identified cannot be told from the record itself; the check finds only
    named witnesses left without a statement.

    ## Why it matters

    The Domestic Abuse policy requires statements from all possible witnesses;
    a named witness who is never approached leaves the account of the last
    hours of the deceased or the victim unrecorded.

    ## Example

    ```text
    CRIS CRIME REPORT - DETS
    14/05/2023 10:00 PC 2231HT FRY: Witness Mr Dean PRICE at no 14 heard raised voices at 01:30.
    ```

    ## Use instead

    ```text
    14/05/2023 16:00 PC 2231HT FRY: MG11 statement obtained from Dean PRICE, booked to
    the case papers.
    ```

    ## Source

    002_cd5c91525f8f2821.txt: "officers should identify all possible witnesses,
    family, neighbours, and informants and obtain statements if applicable."
    """

    code = "CR011"
    requirement = "CR-WITNESSES"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.CRIS_RECORD})
    suggestion = "A witness list with a statement, or the reason there is none, for each."

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        sentences = [doc.quote(s) for s in _sentences(doc)]
        seen: set[str] = set()
        flagged: set[Span] = set()
        listed = list(_sentences(doc))
        for i, span in enumerate(listed):
            words = doc.quote(span)
            if NOT_APPROACHED.search(words) and _left_unapproached(words, _lead_in(doc, listed, i)):
                flagged.add(span)
                yield self.finding(
                    doc,
                    span,
                    "A possible witness is left with no statement or details, and no reason is recorded",
                )
        for i, span in enumerate(listed):
            if span in flagged:
                continue
            for name in _witnesses(doc.quote(span)):
                tokens = _key_tokens(name)
                key = " ".join(tokens)
                if key in seen:
                    continue
                seen.add(key)
                if not _accounted_for(tokens, sentences) and not _next_accounts(sentences, i):
                    yield self.finding(
                        doc,
                        span,
                        f"Witness {name} is named but no statement, or reason for none, is recorded",
                    )


def _left_unapproached(words: str, lead_in: str) -> bool:
    """A sentence saying a neighbour, informant or other possible witness (named in it or in the two
    sentences before it, same entry) was not approached or gave no statement, with no reason for it."""
    m = NOT_APPROACHED.search(words)
    if m is None or _REASON.search(words) or NO_STATEMENT_REASON.search(words):
        return False
    context = f"{lead_in} {words}"
    return bool(POSSIBLE_WITNESS.search(context)) or bool(WITNESS.search(context))


def _lead_in(doc: Document, spans_: list[Span], index: int) -> str:
    """The (up to) two sentences before sentence ``index`` in the same block of text."""
    out: list[str] = []
    end = spans_[index].start
    for prev in reversed(spans_[max(0, index - 2) : index]):
        gap = doc.text[prev.end : end]
        if "\n\n" in gap or _ENTRY_START.search(gap) or len(gap) > 40:
            break
        out.insert(0, doc.quote(prev))
        end = prev.start
    return " ".join(out)


_ENTRY_START = re.compile(r"\n\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")


def _witnesses(words: str) -> Iterator[str]:
    for m in WITNESS.finditer(words):
        name = next(g for g in m.groups() if g)
        tokens = [t for t in name.split() if t.lower().rstrip(".") not in ("mr", "mrs", "ms", "miss", "dr")]
        tokens = tokens[: next((i for i, t in enumerate(tokens) if t.lower() in _NOT_NAMES), len(tokens))]
        if tokens and len(tokens[-1]) > 1 and not tokens[-1].isdigit():
            yield " ".join(tokens)


def _accounted_for(tokens: list[str], sentences: list[str]) -> bool:
    """Whether any sentence naming the witness gives a statement or a reason for none."""
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in tokens) + r")\b", re.IGNORECASE)
    return any(
        pattern.search(s) and (STATEMENT.search(s) or NO_STATEMENT_REASON.search(s)) for s in sentences
    )


_PRONOUN_START = re.compile(r"^\W*(?:she|he|they|the\s+(?:witness|wit|w)|wit|w)\b", re.IGNORECASE)


def _next_accounts(sentences: list[str], index: int) -> bool:
    """The sentence right after the one naming the witness goes on about them ("She declined to
    give a statement ...") and gives a statement or a reason for none."""
    if index + 1 >= len(sentences):
        return False
    nxt = sentences[index + 1]
    return bool(_PRONOUN_START.match(nxt)) and bool(STATEMENT.search(nxt) or NO_STATEMENT_REASON.search(nxt))


def _sentences(doc: Document) -> Iterator[Span]:
    taken: list[Span] = []
    for entry, body in entry_bodies(doc):
        taken.append(spans.entry_span(doc, entry))
        taken.append(body)
        if is_review(doc, entry):
            continue
        yield from spans.sentences(unwrapped(doc.text, body), body.start, body.end)
    for start, end in spans.gaps(len(doc.text), taken):
        yield from spans.sentences(rejoined(doc.text, start, end), start, end)
