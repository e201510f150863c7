"""A base for FLO checks of one item the log must record (risk assessment,
strategy, profile, exit strategy...): present when a sentence names it and says
something, unclear when it only holds a placeholder, absent otherwise."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from auditor.document import DocKind, Document
from auditor.findings import Finding
from checks.base import Check, Context
from checks.flo_log.mentions import Mention, Said, anchor, first, mentions


class LogItemMissing(Check):
    """Base of the FLO checks for one recorded item (not registered itself).

    ## Why it matters
    ## Example
    ## Use instead
    ## Source
    """

    abstract: ClassVar[bool] = True
    applies_to = frozenset({DocKind.FLO_LOG})
    topic: ClassVar[re.Pattern[str]]
    exclude: ClassVar[re.Pattern[str] | None] = None
    item: ClassVar[str]
    thin_is_unclear: ClassVar[bool] = True
    related: ClassVar[re.Pattern[str] | None] = None  # where a missing item belongs, if said
    negation: ClassVar[bool] = True  # "no X", "X not done" records the item's absence

    def substantive(self, doc: Document, mention: Mention) -> bool:
        """Whether a filled mention records the item itself; checks narrow this."""
        return True

    def check_recorded(self, doc: Document, ctx: Context, recorded: list[Mention]) -> Iterator[Finding]:
        """Findings about an item that is recorded (too late, say); none by default."""
        return iter(())

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        found = mentions(doc, self.topic, self.exclude, negation=self.negation)
        filled = [m for m in found if m.said is Said.FILLED]
        recorded = [m for m in filled if self.substantive(doc, m)]
        if recorded:
            yield from self.check_recorded(doc, ctx, recorded)
            return
        placeholder = first(found, Said.PLACEHOLDER)
        if placeholder is None and filled and self.thin_is_unclear:
            placeholder = filled[0]
        if placeholder is not None:
            yield self.unclear(
                doc,
                placeholder.span,
                f"The {self.item} is mentioned but not recorded (placeholder or no detail)",
            )
            return
        shown = first(found, Said.EMPTY) or first(found, Said.FILLED)
        if shown is None and self.related is not None:
            shown = next(iter(mentions(doc, self.related)), None)
        yield self.finding(
            doc,
            shown.span if shown is not None else anchor(doc),
            f"No {self.item} recorded in the log",
        )
