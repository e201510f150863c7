"""DR002: category of death not recorded, legacy, or without its basis."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.death_report import reading
from checks.death_report.categorisation import BOILERPLATE, Category, find_category, has_basis

POLICY_2022 = date(2022, 6, 22)


class CategoryOfDeathMissing(Check):
    """Category of death not recorded with the evidence and reasoning behind it.

    From 22 June 2022 the report must give one of the 2022 categories
    (expected; unexpected - investigated and not suspicious; unexpected - under
    investigation; homicide) and the findings it rests on. No category, the
    legacy term "unexplained", or a category with no stated basis (or only
    "standard practice", "nothing suspicious") is *absent*; "TBC", "pending",
    "to be confirmed by DI" is *unclear*. Reports dated before the policy are
    not applicable.

    ## Why it matters

    The category "determines the level of response and the nature of the
    investigation"; a wrong or unexplained category keeps homicide detectives
    out, and "unexplained" was the coroner's concern MC1.

    ## Example

    ```text
    Category of death: Unexplained - no susp circs.
    ```

    ## Use instead

    ```text
    Category: Cat 2 - unexpected, investigated and not suspicious. No injuries,
    no forced entry, last seen by her son at 1900, GP history of heart disease.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "If the police fail to recognise a suspicious
    death, the decision may well affect everything that follows." Also
    001_e7d9bf340db595bc.txt: "the log includes a clear rationale for the
    categorisation of death"
    """

    code = "DR002"
    requirement = "DR-CATEGORY"
    severity = Severity.HIGH
    applies_to = frozenset({DocKind.DEATH_REPORT})
    since_policy = POLICY_2022
    suggestion = (
        "An explicit category plus a rationale that cites findings, for example no signs of forced "
        "entry, no injuries, last seen by X at Y, GP history of Z."
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        statement = find_category(doc)
        if statement is None:
            yield self.finding(
                doc,
                reading.anchor(doc, ("categorisation", "circumstances")),
                "No category of death recorded",
            )
            return
        if statement.category is Category.PENDING:
            yield self.unclear(
                doc, statement.span, "Category of death not decided: the entry is a placeholder"
            )
        elif statement.category is Category.UNKNOWN and not statement.value:
            yield self.finding(doc, statement.span, "Category of death left blank")
        elif statement.category is Category.UNEXPLAINED:
            yield self.finding(
                doc,
                statement.span,
                'Category of death uses the legacy term "unexplained", not a 2022 category',
            )
        elif statement.category is Category.UNKNOWN:
            yield self.finding(doc, statement.span, "Category of death is not one of the 2022 categories")
        elif not has_basis(statement):
            reason = "a stock phrase" if BOILERPLATE.search(statement.basis) else "no stated basis"
            yield self.finding(doc, statement.span, f"Category of death recorded with {reason}")
