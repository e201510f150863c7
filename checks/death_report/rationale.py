"""DR004: decisions recorded as bare outcomes, with no reason."""

from __future__ import annotations

from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.death_report import reading
from checks.death_report.categorisation import Category, find_category, has_basis
from checks.death_report.decisions import DECISION, is_bare_decision


class DecisionWithoutReason(Check):
    """Decisions recorded as bare outcomes, with no reason.

    Each decision (the category; whether to call HAT or CID, seize, examine,
    photograph, do house to house, take a statement) must come with its
    reason. A category with no stated basis, or an outcome such as "NFA",
    "HAT not required", "H2H not done" with no reason or only a stock phrase
    ("standard practice", "in line with policy", "nothing suspicious"), is
    *absent*. When the report records no decision at all (the category
    "TBC" or missing, and nothing else decided), there is no rationale to
    judge: *unclear*.

    This first version is rule-based; the decision and reason wording lives
    in ``checks/death_report/decisions.py`` so that a trained classifier can
    replace it.

    ## Why it matters

    Inspectors found "little explanation for decisions that had been made",
    which they took as evidence of a lack of supervision.

    ## Example

    ```text
    HAT not required. NFA.
    ```

    ## Use instead

    ```text
    HAT not called because the DS reviewed the scene by video: no injuries,
    door locked from inside, GP history explains the death.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "we found little explanation for decisions that had been made"
    """

    code = "DR004"
    requirement = "DR-RATIONALE"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = "Decided X because Y statements that are specific to the case."

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        """One finding per bare decision, so that each can be fixed in place."""
        statement = find_category(doc)
        decided = statement is not None and statement.category not in (Category.PENDING, Category.UNKNOWN)
        bare_found = False
        if statement is not None and decided and not has_basis(statement):
            bare_found = True
            yield self.finding(
                doc, statement.span, "Category of death recorded as a bare outcome, with no reason"
            )
        any_decision = decided
        sentences = reading.sentence_spans(doc)
        for i, s in enumerate(sentences):
            text = doc.text[s.start : s.end]
            on_category = statement is not None and _overlaps(s, statement.span)
            if (
                not on_category
                and is_bare_decision(text)
                and is_bare_decision(_with_wrapped(doc, sentences, i))
            ):
                bare_found = True
                yield self.finding(doc, s, "Decision recorded as a bare outcome, with no reason")
            any_decision = any_decision or bool(DECISION.search(text))
        if not any_decision and not bare_found:
            span = statement.span if statement is not None else reading.anchor(doc, ("categorisation",))
            yield self.unclear(
                doc,
                span,
                "No decision is recorded (the category is not yet decided), so no rationale can be judged",
            )


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _with_wrapped(doc: Document, sentences: tuple[Span, ...], i: int) -> str:
    """The sentence and, when it stops without a full stop (a wrapped PDF line), the next two."""
    end = sentences[i].end
    for nxt in sentences[i + 1 : i + 3]:
        if doc.text[sentences[i].start : end].rstrip().endswith((".", "!", "?")):
            break
        end = nxt.end
    return doc.text[sentences[i].start : end]
