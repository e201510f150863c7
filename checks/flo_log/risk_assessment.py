"""FLO008: no deployment risk assessment in the FLO log."""

from __future__ import annotations

import re

from auditor.findings import Severity
from checks.flo_log.log_item import LogItemMissing


class DeploymentRiskAssessmentMissing(LogItemMissing):
    """No deployment risk assessment recorded, or only a placeholder for it.

    The log must show that a risk assessment for the FLO's deployment was done:
    an entry or box saying it was completed, referenced or attached. "TBC",
    "to follow" or "see file" is unclear; an empty box or no mention is absent.

    ## Why it matters

    The SIO must make sure the deployment is risk assessed and the FLO is
    personally responsible too: hazards at the family address (a dog, hostility
    to police, the media) are only managed if someone wrote them down.

    ## Example

    ```text
    Risk assessment:
    ```

    ## Use instead

    ```text
    Risk assessment: completed 14/05/2023, low, copy attached to the log.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "The SIO must also make sure that a risk assessment is completed"
    """

    code = "FLO008"
    requirement = "FLO-RISK"
    severity = Severity.MEDIUM
    suggestion = "A risk assessment referenced or attached."
    item = "deployment risk assessment"
    topic = re.compile(r"\b(?:risk\s*assess\w*|r/?a\b|risk\s+(?:form|matrix))", re.IGNORECASE)
    exclude = re.compile(r"\bdash\b", re.IGNORECASE)
