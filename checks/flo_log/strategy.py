"""FLO005: no written family liaison strategy set at deployment."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

from auditor.document import Document
from auditor.findings import Finding, Severity
from checks.base import Context
from checks.flo_log.log_item import LogItemMissing
from checks.flo_log.mentions import Mention, context, entry_at

_CONTENT = re.compile(
    r"\b(?:objecti+ves?|aims?|tasks?|welfare|purpose|contact\s+(?:will|to\s+be|daily|weekly)|daily|weekly"
    r"|fortnightly|review(?:ed)?\s+every|point\s+of\s+contact|spoc|keep\s+(?:the\s+)?(?:family|nok)"
    r"|secure|obtain|gather|identify|(?:family|cultural|religious)\s+needs|explain\w*|referral"
    r"|family\s*(?:=|defined\s+as|identified\s+as)|(?:form|document|plan|entry)\b[^.;\n]{0,40}\bdated\s+\d{1,2}[/.]\d)",
    re.IGNORECASE,
)
_LATE = re.compile(
    r"\bretrospective\w*|\bwritten\s+(?:today|now|up)\b[\s\S]{0,80}\b(?:following|after)\b", re.IGNORECASE
)


class LiaisonStrategyMissing(LogItemMissing):
    """No written family liaison strategy set by the SIO at deployment.

    Before deployment the SIO (or investigating officer, or co-ordinator) sets
    a written strategy with the FLO's objectives and tasks and the welfare and
    support considerations. "Strategy as discussed" or "see policy file" is
    unclear; no strategy, or one first written weeks into the deployment
    (after problems arose), is absent. The delay allowed is the setting
    ``flo_strategy_days`` (default 7 days after the first entry).

    ## Why it matters

    Recommendation 13: without a strategy nobody can tell whether contact was
    enough; one co-ordinator refused to write one retrospectively after a year.

    ## Example

    ```text
    14/05/2023 10:00 DC 1234AB SMITH (FLO): Briefed by SIO. Strategy as discussed.
    ```

    ## Use instead

    ```text
    14/05/2023 09:30 DI 2201 KERR (SIO): Family liaison strategy. Objectives: keep
    the family informed; gather information on the deceased's movements. Welfare:
    fortnightly checks with the co-ordinator. Review every 14 days.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "senior investigating officers set a clear family liaison strategy whenever
    a family liaison officer is deployed."
    """

    code = "FLO005"
    requirement = "FLO-STRATEGY"
    severity = Severity.HIGH
    suggestion = "A dated strategy document or log entry, and dated reviews."
    item = "family liaison strategy"
    topic = re.compile(r"\bstrat(?:egy|egies|ergy)?\b|\bfls\b|\bflo\s+plan\b", re.IGNORECASE)
    exclude = re.compile(r"\bexit\s+strateg", re.IGNORECASE)

    def substantive(self, doc: Document, mention: Mention) -> bool:
        return bool(_CONTENT.search(context(doc, mention.span)))

    def check_recorded(self, doc: Document, ctx: Context, recorded: list[Mention]) -> Iterator[Finding]:
        starts = [e.when for e in doc.entries if e.when is not None]
        limit = timedelta(days=ctx.settings.flo_strategy_days)
        on_time = []
        for mention in recorded:
            entry = entry_at(doc, mention.span)
            late_words = bool(_LATE.search(context(doc, mention.span)))
            late_time = bool(entry and entry.when and starts and entry.when - min(starts) > limit)
            if not (late_words or late_time):
                on_time.append(mention)
        if not on_time:
            yield self.finding(
                doc,
                recorded[0].span,
                "The family liaison strategy was written only after the deployment was under way",
            )
