"""Decide what kind of record a text is, from weighted cues.

Each cue is a pattern that votes for one kind with a weight: title words,
section headings, field labels and log-entry shapes. Each cue counts once
(a few shape cues count again when they repeat). The top kind wins when it
scores at least ``MIN_SCORE``; confidence comes from the margin over the
runner-up and from how much evidence there is. Only the head of a long text
is read: kinds announce themselves early.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.document import DocKind


@dataclass(frozen=True, slots=True)
class KindGuess:
    kind: DocKind
    confidence: float
    cues: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Cue:
    label: str
    kind: DocKind
    weight: float
    pattern: re.Pattern[str]
    repeat_bonus: float = 0.0  # extra weight per further match, up to _MAX_REPEATS


MIN_SCORE = 2.5
HEAD_CHARS = 60_000
_MAX_REPEATS = 4
_SATURATION = 8.0  # a winning score at which evidence is no longer thin

_I = re.IGNORECASE
_M = re.MULTILINE
_DATE = r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"


def _cue(
    label: str, kind: DocKind, weight: float, pattern: str, flags: int = _I, repeat: float = 0.0
) -> _Cue:
    return _Cue(label, kind, weight, re.compile(pattern, flags), repeat)


_PFD = DocKind.CORONER_PFD
_FLO = DocKind.FLO_LOG
_CRIS = DocKind.CRIS_RECORD
_DR = DocKind.DEATH_REPORT

CUES: tuple[_Cue, ...] = (
    # Coroner's Regulation 28 report
    _cue("regulation 28", _PFD, 4, r"\bregulation\s+28\b"),
    _cue("prevent future deaths", _PFD, 4, r"\bprevent(?:ion of|ing)?\s+future\s+deaths\b"),
    _cue("coroner's concerns", _PFD, 3, r"\bcoroner['’]?s\s+concerns\b"),
    _cue(
        "matters of concern",
        _PFD,
        2,
        r"\bmatters\s+of\s+concern\b|\bmatters\s+giving\s+rise\s+to\s+concern\b",
    ),
    _cue("action should be taken", _PFD, 2, r"\baction\s+should\s+be\s+taken\b"),
    _cue("Coroners and Justice Act 2009", _PFD, 2, r"\bcoroners\s+and\s+justice\s+act\b"),
    _cue(
        "Coroners (Investigations) Regulations", _PFD, 2, r"\bcoroners\s+\(investigations\)\s+regulations\b"
    ),
    _cue("report being sent to", _PFD, 2, r"\bthis\s+report\s+is\s+being\s+sent\s+to\b"),
    _cue("56 days", _PFD, 1, r"\b56\s+days\b"),
    _cue(
        "risk of future deaths",
        _PFD,
        2,
        r"\bfuture\s+deaths?\s+(?:could|will|may)\s+occur\b|\brisk\s+of\s+future\s+deaths?\b",
    ),
    _cue("statutory duty to report", _PFD, 2, r"\bstatutory\s+duty\s+to\s+report\b"),
    _cue(
        "investigation into the death",
        _PFD,
        2,
        r"\b(?:commenced|opened|carried\s+out|held|concluded|resumed)\s+(?:an?\s+|the\s+)?(?:investigation|inquest)"
        r"|\b(?:investigation|inquest)\s+(?:was\s+)?(?:commenced|opened)\b"
        r"|\binquests?\s+into\s+(?:the\s+)?[^.]{0,60}?deaths?\b",
    ),
    _cue("inquest", _PFD, 1, r"\binquests?\b", repeat=0.5),
    _cue(
        "conclusion or verdict",
        _PFD,
        1.5,
        r"\b(?:narrative|short[- ]form)\s+(?:conclusion|verdict)\b"
        r"|\b(?:returned|recorded)\s+a\s+[^.]{0,30}(?:conclusion|verdict)\b"
        r"|\bconclusion\s+(?:of|was)\s+[^.]{0,20}(?:road\s+traffic\s+collision|accident|misadventure)\b"
        r"|\bjury\s+(?:found|returned|concluded)\b",
    ),
    _cue(
        "conclusion of the inquest",
        _PFD,
        1.5,
        r"\b(?:inquest|investigation)\s+concluded\b|\bconclusion\s+of\s+the\s+inquest\b",
    ),
    _cue("Chief Coroner", _PFD, 1, r"\bchief\s+coroner\b"),
    _cue("coroner area", _PFD, 1, r"\b(?:senior|area|assistant)\s+coroner\b|\bcoroner\s+area\b"),
    # FLO log
    _cue("FLO log title", _FLO, 5, r"\b(?:family\s+liaison|FLO)\s+(?:officer['’]?s?\s+)?log\b"),
    _cue("family liaison", _FLO, 2, r"\bfamily\s+liaison\b"),
    _cue("FLO", _FLO, 1, r"\bFLOs?\b", 0),
    _cue("family liaison strategy", _FLO, 2, r"\b(?:family\s+liaison|FLO)\s+strategy\b"),
    _cue("exit strategy", _FLO, 1.5, r"\bexit\s+strategy\b"),
    _cue("victim profile", _FLO, 2, r"\bvictim\s+profile\b"),
    _cue("SIO countersign", _FLO, 3, r"\bSIO\b.{0,40}\bcountersign|\bcountersign\w*\b.{0,40}\bSIO\b"),
    _cue("family liaison co-ordinator", _FLO, 2, r"\bliaison\s+co-?ordinator\b"),
    _cue("deployment form", _FLO, 1.5, r"\bdeployment\s+(?:form|log)\b"),
    _cue("attempted contact", _FLO, 1, r"\battempted\s+contact\b|\bcontact\s+attempt"),
    _cue(
        "contact log row",
        _FLO,
        1.5,
        rf"^[ \t]*\|?[ \t]*{_DATE}[ \t]*[|\t][^\n]*"
        r"\b(?:phone|telephone|call|visit|text|sms|e-?mail|in person|face to face)\b",
        _I | _M,
        repeat=0.75,
    ),
    _cue(
        "family contact",
        _FLO,
        1,
        r"\b(?:spoke|speak|visited|contact(?:ed)?)\s+(?:with\s+|to\s+)?the\s+family\b",
    ),
    # CRIS record
    _cue("CRIS", _CRIS, 1, r"\bCRIS\b", 0),
    _cue(
        "CRIS record title",
        _CRIS,
        3,
        r"\bCRIS\s+(?:record|report|print)\b|\bcrime\s+report(?:ing)?\s+information\s+system\b",
    ),
    _cue("DETS", _CRIS, 3, r"\bDETS\b", 0),
    _cue("DETS entry", _CRIS, 1.5, rf"^\s*DETS\s+{_DATE}", _I | _M, repeat=0.5),
    _cue("crime reference", _CRIS, 1, r"(?<![\d/])\d{7}/\d{2}(?![\d/])"),
    _cue("supervisor review", _CRIS, 2, r"^\s*supervis(?:or|ory)\s+review\b", _I | _M, repeat=0.5),
    _cue(
        "review schedule",
        _CRIS,
        1,
        r"\b(?:24\s*h(?:ou)?r|7|14|21|28)[ -]day\s+review\b|\breview\s+(?:24\s*hr?|7|14|21|28)\s+day",
    ),
    _cue("intelligence checks completed", _CRIS, 2, r"\bintelligence\s+checks\s+completed\s*:"),
    _cue("DASH completed", _CRIS, 2, r"\bDASH\s+completed\b|\bDASH\s+risk\b"),
    _cue("closing entry", _CRIS, 2, r"\bclosing\s+entry\b|\bclosure\s+(?:entry|rationale)\b"),
    _cue("crime-related incident", _CRIS, 1.5, r"\bcrime[- ]related\s+incident\b|\bCRI\b", 0),
    _cue("victim contact", _CRIS, 1, r"\bvictim\s+contact\b|\bVCOP\b", _I),
    _cue("allegation", _CRIS, 1, r"\ballegation\b|\boffence\b"),
    # Death report to the coroner
    _cue("sudden death", _DR, 2, r"\bsudden\s+(?:and\s+unexpected\s+)?death\b|\bunexpected\s+death\b"),
    _cue("death investigation pack", _DR, 4, r"\bdeath\s+investigation\s+pack\b"),
    _cue(
        "report to the coroner",
        _DR,
        3,
        r"\breport\s+(?:to|for)\s+(?:h\.?m\.?\s+|the\s+)?coroner\b|\bcoroner['’]?s\s+report\b",
    ),
    _cue("MERLIN", _DR, 1, r"\bMERLIN\b", 0),
    _cue("name of deceased", _DR, 3, r"\bname\s+of\s+(?:the\s+)?deceased\b|\bdeceased['’]?s?\s+name\b"),
    _cue("date/time found", _DR, 2, r"\b(?:date\s*(?:/|and|&)\s*time|time|date)\s+found\b"),
    _cue("life pronounced extinct", _DR, 2, r"\blife\s+pronounced\s+extinct\b|\bPLE\b"),
    _cue("next of kin", _DR, 1, r"\bnext\s+of\s+kin\b|\bNOK\b"),
    _cue("categorisation", _DR, 2, r"\bcategori[sz]ation\b|\bcategory\s+of\s+death\b"),
    _cue("non-suspicious", _DR, 1.5, r"\bnon[- ]suspicious\b|\bnot\s+suspicious\b"),
    _cue("THRIVE", _DR, 1, r"\bTHRIVE\b"),
    _cue("last seen alive", _DR, 1, r"\blast\s+(?:seen|known)\s+alive\b"),
    _cue("deceased", _DR, 1, r"\b(?:the\s+)?deceased\b"),
    _cue("found dead", _DR, 1, r"\bfound\s+(?:dead|deceased|unresponsive)\b"),
    _cue(
        "death report title",
        _DR,
        2,
        r"\b(?:child|sudden|unexpected)\s+death\b.{0,40}\breport\b|\bdeath\s+report\b"
        r"|\breport\s+(?:for|of|on|into)\s+(?:a\s+|the\s+)?(?:child|sudden|unexpected)\s+death\b",
    ),
    _cue("cause of death", _DR, 1, r"\bcause\s+of\s+death\b"),
    _cue("body", _DR, 0.5, r"\bbody\s+(?:of|was)\b"),
)


# What a record calls itself in its first lines: "CRIS 5290114/23", "FAMILY CONTACT LOG",
# "SUDDEN DEATH REPORT". A CRIS record about a death is full of death-report words and an FLO
# log talks about the deceased, so the first short line that names a kind decides the kind;
# the body's cues still set the confidence.
TITLE_WEIGHT = 12.0
TITLE_LINES = 3
TITLE_MAX_CHARS = 100
TITLES: tuple[tuple[DocKind, re.Pattern[str]], ...] = (
    (
        _CRIS,
        re.compile(
            r"^\W*(?:MPS\s+)?CRIS\s+(?:\d{7}/\d{2}|record|report|print|DETS|export)\b|\bCRIS\s+(?:record|report)\b"
            r"|\bcrime\s+report\b|^\W*DETS\b|\bCONNECT\b\W{0,3}(?:occurrence|crime)\b",
            _I,
        ),
    ),
    (_FLO, re.compile(r"\b(?:family\s+(?:liaison|contact)|FLO)\b[^\n]{0,30}\blog\b", _I)),
    (_PFD, re.compile(r"\bregulation\s+28\b|\bprevent(?:ion\s+of)?\s+future\s+deaths\b", _I)),
    (
        _DR,
        re.compile(
            r"\b(?:sudden|unexpected|non-suspicious)\s+death\b|\bdeath\s+(?:investigation|report)\b"
            r"|\bcoroner['’]?s?\s+(?:report|portal|submission)\b|\bevidence\s+and\s+actions?\s+book\b"
            r"|\b(?:for|to)\s+(?:H\.?M\.?\s+|the\s+)?coroner\b",
            _I,
        ),
    ),
)


def title_kind(head: str) -> DocKind | None:
    """The kind named by the first of the record's opening lines that names one."""
    lines = [line for line in head[:2000].splitlines() if line.strip()][:TITLE_LINES]
    for line in lines:
        if len(line.strip()) > TITLE_MAX_CHARS:  # prose, not a title
            continue
        hits = [(m.start(), kind) for kind, pattern in TITLES if (m := pattern.search(line))]
        if hits:
            return min(hits, key=lambda hit: hit[0])[1]
    return None


def detect_kind(text: str, hint: DocKind | None = None) -> KindGuess:
    """The kind of record ``text`` is. A declared ``hint`` (structured exports)
    is taken as given."""
    if hint is not None:
        return KindGuess(hint, 1.0, ("declared",))
    head = text[:HEAD_CHARS]
    scores = dict.fromkeys(DocKind, 0.0)
    fired: dict[DocKind, list[str]] = {k: [] for k in DocKind}
    for cue in CUES:
        if cue.repeat_bonus:
            hits = 0
            for _ in cue.pattern.finditer(head):
                hits += 1
                if hits > _MAX_REPEATS:
                    break
            if not hits:
                continue
            score = cue.weight + cue.repeat_bonus * (hits - 1)
        elif cue.pattern.search(head):
            score = cue.weight
        else:
            continue
        scores[cue.kind] += score
        fired[cue.kind].append(cue.label)
    titled = title_kind(head)
    if titled is not None:
        scores[titled] += TITLE_WEIGHT
        fired[titled].append("title")
    ranked = sorted(
        (k for k in DocKind if k is not DocKind.UNKNOWN),
        key=lambda k: (k is titled, scores[k]),  # the record's own title decides
        reverse=True,
    )
    top, second = ranked[0], ranked[1]
    best, runner = scores[top], scores[second]
    if best < MIN_SCORE:
        return KindGuess(DocKind.UNKNOWN, round(1.0 - best / MIN_SCORE, 3), tuple(_all_fired(fired)))
    margin = max(0.0, best - runner) / best
    evidence = min(1.0, best / _SATURATION)
    confidence = round(max(0.0, min(1.0, margin * (0.5 + 0.5 * evidence))), 3)
    return KindGuess(top, confidence, tuple(fired[top]))


def _all_fired(fired: dict[DocKind, list[str]]) -> list[str]:
    return [label for labels in fired.values() for label in labels]
