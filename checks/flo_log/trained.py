"""FLO015: not shown that a trained FLO was deployed, nor the gap recorded."""

from __future__ import annotations

import re

from auditor.document import Document
from auditor.findings import Severity
from checks.flo_log.log_item import LogItemMissing
from checks.flo_log.mentions import Mention, context

_UNTRAINED = re.compile(
    r"\b(?:not|un|no|non|never|without)[\s-]*(?:\w+\s+){0,2}?(?:trained|training|accredited)\b|\buntrained\b",
    re.IGNORECASE,
)
_DECISION = re.compile(
    r"\b(?:sio|dsio|oic|inspector|authori[sz]\w*|decision|rationale|aware|agreed|approved"
    r"|no\s+(?:trained\s+)?flo\s+(?:was\s+)?available)\b",
    re.IGNORECASE,
)


class TrainedFloNotRecorded(LogItemMissing):
    """The log does not show that the FLO is trained, or that an untrained officer was deployed by decision.

    The log must identify the FLO and show a trained FLO was deployed. If no
    FLO was available and an untrained officer dealt with the family, the log
    says so together with the decision. "Accreditation TBC" or "see FLAT" is
    unclear; silence about training, or an untrained officer with no recorded
    decision, is absent.

    ## Why it matters

    One officer told the inspection: "I ended up with no FLO, so I dealt with
    the family without training". The gap is only managed if it is written down.

    ## Example

    ```text
    FLO: DC 1234AB SMITH
    15/05/2023 14:30 DC 1234AB SMITH: Deployed to the family of Peter HOLLOWAY.
    ```

    ## Use instead

    ```text
    FLO: DC 1234AB SMITH (trained FLO, PIP2)
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "I ended up with no FLO, so I dealt with the family without training."
    """

    code = "FLO015"
    requirement = "FLO-TRAINED"
    severity = Severity.MEDIUM
    suggestion = "The FLO's name and role; a note if they are not a trained FLO."
    item = "record that the FLO is trained (or that an untrained officer was deployed, and why)"
    thin_is_unclear = False
    negation = False  # "not FLO trained" is judged with the decision around it
    topic = re.compile(
        r"\b(?:un)?trained\b|\baccredit\w*|\bpip\s*2\b|\bflo\s+(?:course|status|qualified)"
        r"|\b(?:flo|family\s+liaison\s+officer)\s+since\s+(?:19|20)\d\d\b|\b(?:qualified|experienced)\s+flo\b",
        re.IGNORECASE,
    )
    exclude = re.compile(r"\btraining\s+course\b", re.IGNORECASE)

    def substantive(self, doc: Document, mention: Mention) -> bool:
        if not _UNTRAINED.search(mention.text):
            return True
        return bool(_DECISION.search(context(doc, mention.span)))
