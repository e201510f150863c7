"""FLO013: no support information or referrals recorded."""

from __future__ import annotations

import re

from auditor.document import Document
from auditor.findings import Severity
from checks.flo_log.log_item import LogItemMissing
from checks.flo_log.mentions import Mention

_AGENCY = re.compile(
    r"\b(?:referr\w*|refer(?:red)?|cruse|samaritans|samm|victim\s+support|homicide\s+service|compassionate"
    r"|drugfam|help\s+is\s+at\s+hand|support\s+after|winston'?s\s+wish|mind|nhs|gp|social\s+services"
    r"|social\s+worker|charit\w+|counsell\w*|helpline|witness\s+(?:care|service)|bereavement\s+service)\b",
    re.IGNORECASE,
)


class SupportInformationMissing(LogItemMissing):
    """No record of support information given to the family or referrals made or declined.

    The family should be told about support agencies (the homicide service,
    victim and witness support, NHS and social services, credible charities)
    and referred with their consent. A bare "support agencies discussed" or
    "see leaflet" is unclear; nothing is absent.

    ## Why it matters

    Making sure the family get support is a stated aim of family liaison; if
    the log does not name what was offered, nobody can follow it up.

    ## Example

    ```text
    16/05/2023 09:30 DC 1234AB SMITH (FLO): Home visit to sister. Support agencies discussed.
    ```

    ## Use instead

    ```text
    16/05/2023 09:30 DC 1234AB SMITH (FLO): Home visit to sister. Gave Cruse and Victim
    Support details; referral to Victim Support made with her consent.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "ensure that the family are given information about support agencies and
    that appropriate referrals are made to:"
    """

    code = "FLO013"
    requirement = "FLO-SUPPORT"
    severity = Severity.MEDIUM
    suggestion = "Entries recording the information given and the referrals made or declined."
    item = "support information or referral"
    topic = re.compile(
        r"\bsupport\b(?!\s+(?:the|of)\s+(?:sio|investigation))|\breferr\w*|\bcruse\b|\bsamaritans\b|\bsamm\b"
        r"|\bcompassionate\s+friends\b|\bdrugfam\b|\bhelp\s+is\s+at\s+hand\b|\bcounsell\w*",
        re.IGNORECASE,
    )

    def substantive(self, doc: Document, mention: Mention) -> bool:
        return bool(_AGENCY.search(mention.text))
