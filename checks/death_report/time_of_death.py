"""DR013: nothing recorded on how the time of death was established."""

from __future__ import annotations

import re

from auditor.document import DocKind, Document
from auditor.findings import Severity
from checks.death_report.topic import TopicCheck

_OBSERVATION = re.compile(
    r"\b(?:post|mail|letters?|newspapers?|junk\s+mail|milk|food|perishable\w*|bread|fridge|dated|date\s+stamp"
    r"|phone\s+(?:was\s+)?(?:last\s+)?(?:activity|use|used)|last\s+(?:phone|mobile|online|social\s+media|whats\s*app"
    r"|card|bank|transaction|activity|call|text|login)|social\s+media|online\s+activity|bank\s+(?:card|activity)"
    r"|rigor(?:\s+mortis)?|lividity|hypostasis|decompos\w*|body\s+(?:was\s+)?(?:cold|warm|stiff)|cold\s+to\s+(?:the\s+)?touch"
    r"|curtains|lights?\s+(?:on|off)|tv\s+(?:on|off)|heating|cctv|doorbell|ring\s+camera|last\s+seen|last\s+saw"
    r"|last\s+contact|last\s+known)\b",
    re.IGNORECASE,
)
_TOD = re.compile(
    r"\b(?:time\s+of\s+death|tod|when\s+\w+\s+died|(?:establish|work\s+out|estimate|narrow)\w*\s+(?:the\s+)?"
    r"(?:time|when)|died\s+(?:between|after|before|on|at|around)|rigor|lividity|post\s+on\s+(?:the\s+)?(?:door)?mat"
    r"|perishable|(?:post|mail|letters?|newspapers?)\b[^.\n]{0,40}\bdated"
    r"|(?:food|milk|bread)\b[^.\n]{0,30}\b(?:date|dated|expired|off|sour|fresh|mouldy)|(?:phone|activity)\s+(?:was\s+)?last\s+used|last\s+(?:phone|online|social\s+media)\s+activity)\b",
    re.IGNORECASE,
)

_TIMED = (
    r"[^.\n]{0,60}?\b(?:at|about|around|approx\w*)\s+"
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|\d{1,2}[:.]\d{2}|\d{4}\s*(?:hrs|hours)?|midnight|noon"
    r"|(?:half|quarter|ten|twenty|five)\s+(?:past|to)\s+\w+|\w+\s+o'?clock)"
)
_OBSERVED = re.compile(
    r"\b(?:last\s+(?:outgoing\s+|incoming\s+|sent\s+|read\s+)?(?:whats\s*app\s+|text\s+|phone\s+|mobile\s+)?"
    r"(?:messages?|texts?|calls?|activity|online|log-?in|seen\s+online|use)"
    + _TIMED
    + r"|(?:messages?|texts?|whats\s*app|calls?)\s+(?:was\s+|were\s+)?(?:sent|made|read|received)"
    + _TIMED
    + r"|\b(?:at|about|approx\w*)\s+(?:\d{1,2}[:.]\d{2}|\d{4}\s*hrs)[^.\n]{0,60}\b(?:sent|received|read)\s+"
    r"(?:a\s+|the\s+|her\s+|his\s+)?(?:last\s+)?(?:whats\s*app\s+|text\s+)?(?:message|text|whats\s*app)"
    r"|(?:post|mail|letters?|(?:news)?papers?|milk|deliver\w*)\b[^.\n]{0,50}\b(?:letter\s*box|(?:door\s*)?mat"
    r"|uncollected|not\s+(?:been\s+)?(?:collected|taken\s+in|opened)|on\s+the\s+doorstep|piled\s+up)"
    r"|(?:breakfast|lunch|dinner|tea|meal|food|plate|cup|mug)\b[^.\n]{0,40}\b(?:not\s+(?:been\s+)?(?:used|eaten"
    r"|touched|made)|unused|untouched|uneaten|half[-\s]eaten|still\s+warm|cold)"
    r"|(?:fit\s*bit|smart\s*watch|apple\s+watch|fitness\s+tracker|activity\s+tracker|heart\s*rate\s+monitor)\b"
    r"[^.\n]{0,60}\blast\b"
    + _TIMED
    + r"|\bbins?\b[^.\n]{0,40}\b(?:still\s+out|not\s+(?:been\s+)?(?:taken|brought)\s+in)"
    r"|cctv\b[^.\n]{0,80}\b(?:shows?|showed|captured|recorded)\s+(?:the\s+deceased|him|her|dec'?d|[A-Z][a-z]+)"
    r"\s+(?:\w+\s+){0,2}?(?:entering|leaving|arriving|returning|walking|going|coming))",
    re.IGNORECASE,
)
"""An observation that bounds the time of death on its own: the last message
sent at a time, post or papers left in the letterbox, a meal not eaten, CCTV of
the deceased's last movements."""


class TimeOfDeathNotAddressed(TopicCheck):
    """Nothing recorded on what was done to establish the time of death.

    Observations that narrow the time of death (dates on mail, perishable
    food, last phone or online activity, rigor or lividity, when the deceased
    was last seen, given as time-of-death reasoning) satisfy it; so do
    observations that bound the time on their own, without that framing:
    papers left in the letterbox, a meal not eaten, the last message sent at a
    time, CCTV of the deceased's last movements. A last sighting alone does not
    (it is DR-LAST-SEEN). "Time of
    death: TBC" is *unclear*; no time-of-death reasoning is *absent*.

    ## Why it matters

    The inspection highlighted it: the time of death feeds the category and
    lets accounts and alibis be checked.

    ## Example

    ```text
    Time of death: TBC
    ```

    ## Use instead

    ```text
    TOD: post on mat dated 02/03; milk in date; last WhatsApp 02/03 2210.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "such as checking the dates on any mail or
    perishable food items"
    """

    code = "DR013"
    requirement = "DR-TOD"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = (
        "Observations such as dates on mail, perishable food, last phone or online activity, and when "
        "the deceased was last seen."
    )
    label = r"(?:estimated\s+)?time\s+of\s+death(?:\s+estimate)?|tod|time\s+died"
    mention = _TOD
    sections = ("scene", "circumstances")
    item = "steps to establish the time of death"
    thin = "no observation (mail, food, phone activity, rigor) is given"

    def satisfies(self, sentence: str, doc: Document) -> bool:
        if _OBSERVED.search(sentence):
            return True
        if not _TOD.search(sentence):
            return False
        head = re.match(rf"^\W*(?:{self.label})\s*[:\-]\s*", sentence, re.IGNORECASE)
        body = sentence[head.end() :] if head else sentence
        return bool(_OBSERVATION.search(body)) or bool(
            re.search(r"\b(?:rigor|lividity|perishable)\b", body, re.I)
        )
