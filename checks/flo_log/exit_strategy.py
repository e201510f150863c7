"""FLO006: no exit strategy or SIO decision to end the deployment."""

from __future__ import annotations

import re

from auditor.findings import Severity
from checks.flo_log.log_item import LogItemMissing


class ExitStrategyMissing(LogItemMissing):
    """No exit strategy, or no recorded decision to reduce or end the FLO's contact.

    The strategy must grow an exit strategy: when and how the FLO will reduce
    or end contact, decided by the SIO. "Exit strategy: TBC" or "exit to be
    discussed" is unclear; nothing about the exit is absent. The exit form and
    the exit date alone are not an exit strategy.

    ## Why it matters

    Recommendation 13: families were left when the FLO "just left quietly",
    with nobody to turn to.

    ## Example

    ```text
    20/06/2023 11:00 DC 3310TX BURNS (FLO): Exit strategy: TBC.
    ```

    ## Use instead

    ```text
    20/06/2023 11:00 DI 2201 KERR (SIO): Exit strategy agreed: contact to reduce after
    the funeral, final visit once the inquest is opened, then the OIC is the family's contact.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "The strategy should be reviewed and developed to include an exit strategy."
    """

    code = "FLO006"
    requirement = "FLO-EXIT"
    severity = Severity.HIGH
    suggestion = "An exit strategy entry, and a recorded SIO decision to reduce or end contact."
    item = "exit strategy"
    topic = re.compile(
        r"\bexit\b(?!\s+(?:form|date|interview))|\bwithdraw(?:al|ing|n)?\s+(?:of\s+)?(?:the\s+)?flo"
        r"|\b(?:deployment|liaison)\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:end|ending|ended|conclude\w*|cease\w*)\b"
        r"|\bend(?:ing)?\s+(?:of\s+)?(?:the\s+|my\s+)?(?:flo\s+)?deployment"
        r"|\bflo\s+(?:\w+\s+){0,3}?(?:withdraw\w*|(?:stood|stand(?:ing)?)\s+down|step\w*\s+down|disengag\w*)"
        r"|\b(?:stand|stood|standing)\s+(?:the\s+)?flo\s+down"
        r"|\bcontact\s+(?:to|will|should)\s+(?:be\s+)?(?:reduc\w*|end|ceas\w*)\b",
        re.IGNORECASE,
    )
