"""DR025: hostility towards the deceased reported but hate motivation not considered."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import DocKind, Document
from auditor.findings import Finding, Severity
from checks.base import Check, Context
from checks.cris.record import is_death_record
from checks.death_report.doubt_and_seizure import Category, category, in_doubt
from checks.death_report.report_sentences import Statement, contains, find, is_placeholder, placeholders

HOSTILITY = re.compile(
    r"\b(?:abus(?:e|ed|ive)|harass\w*|hostil\w*|threat(?:s|ened|ening)|intimidat\w*|bull(?:y|ied|ying)"
    r"|called\s+(?:him|her|them)?\s*names|name[\s-]calling|slurs?|spat\s+at|eggs?\s+thrown|egged|graffiti"
    r"|racis\w*|homophob\w*|transphob\w*|biphob\w*|islamophob\w*|antisemit\w*|anti-semit\w*|xenophob\w*"
    r"|targeted\s+(?:because|for|over)|attacked\s+because|hate\s+mail|victimis\w*"
    r"|pick(?:ed|ing|s)?\s+on\s+(?:him|her|them)|taunt\w*|torment\w*|jeer\w*|mock(?:ed|ing)\s+(?:him|her|them))\b",
    re.IGNORECASE,
)
CONSIDERED = re.compile(
    r"\b(?:hate\s+(?:crime|incident|motiv\w*|flag\w*|element|aggravat\w*)|hostility\s+(?:based|towards|on\s+the\s+grounds)"
    r"|motiv\w*|flag(?:ged)?|aggravat\w*|csu|community\s+safety\s+unit|considered|ruled\s+out|no\s+evidence\s+of\s+hate"
    r"|not\s+(?:believed|thought)\s+to\s+be\s+(?:hate|linked))\b",
    re.IGNORECASE,
)
LABEL = re.compile(
    r"\b(?:hate\s+(?:crime|incident|motivation|flag)s?(?:\s+considered)?|hostility)\b", re.IGNORECASE
)
TARGETED_IDENTITY = re.compile(
    r"\b(?:gay|lesbian|bisexual|homosexual|grindr|same[\s-]sex|transgender|trans\s+(?:wom[ae]n|m[ae]n|female|male)"
    r"|gender\s+identity|birth\s+name|dead[\s-]?nam\w*|transition\w*)\b",
    re.IGNORECASE,
)
"""An identity that hostility is often aimed at and that the report makes
evident (a gay dating app on the phone, a birth name): with a possibly
suspicious death the catalogue asks for hostility to be considered."""
_ADVICE_ONLY = re.compile(
    r"\b(?:consider|should|advi[cs]e[sd]?|recommend\w*|to\s+be\s+considered)\b", re.IGNORECASE
)
_OUTCOME = re.compile(
    r"\b(?:(?:have|has|was|were|been)\s+considered|ruled\s+out|no\s+(?:indication|evidence|suggestion)"
    r"|not\s+(?:a\s+)?(?:hate|believed|thought)|flagged|i\s+considered|we\s+considered)\b",
    re.IGNORECASE,
)
"""Advice to consider hate ("(3) CONSIDER HATE CRIME ..., FLAG CRIS") is not
the consideration itself unless the sentence also records an outcome."""
_DOMESTIC = re.compile(
    r"\b(?:domestic\s+abuse|substance\s+abuse|drug\s+abuse|alcohol\s+abuse|misuse|self[\s-]harm)\b",
    re.IGNORECASE,
)


class HateMotivationNotConsidered(Check):
    """Hostility towards the deceased reported but hate motivation not considered.

    Applies to death reports and to CRIS records of a death when the record
    reports hostility towards the deceased (abuse, harassment, threats,
    slurs, being spat at, racist or homophobic incidents), or when the death
    may be suspicious (a suspicious category, injuries, doubts) and the
    circumstances make the deceased's sexual orientation or gender identity
    evident (a gay dating app, a birth name), not only the equality list;
    otherwise not applicable. The record must then show that hate
    motivation (race, religion, disability, sexual orientation, transgender
    identity) was considered, and a flag where appropriate. Advice to
    consider it ("consider hate crime, flag CRIS") is not the consideration.
    A label holding only a placeholder ("Hate crime: TBC") is *unclear*.

    ## Why it matters

    The MPS should have considered from the outset whether the Port deaths
    were motivated by hostility to gay men; hostility reported by witnesses is
    the trigger for asking the question.

    ## Example

    ```text
    Neighbour states the deceased had been called names and had eggs thrown
    at his door in the weeks before his death.
    ```

    ## Use instead

    ```text
    Possible hate motivation (sexual orientation) considered: abuse referred
    to the DI and CSU, CRIS flagged as a hate incident.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "the MPS should have considered from the outset
    (as with any suspicious death) that they might have been."
    """

    code = "DR025"
    requirement = "DR-HATE"
    severity = Severity.MEDIUM
    applies_to = frozenset({DocKind.DEATH_REPORT, DocKind.CRIS_RECORD})
    suggestion = "An explicit consideration, and a hate flag where appropriate (see CR-HATE-FLAG)."

    def applies(self, doc: Document) -> bool:
        if not super().applies(doc):
            return False
        if doc.kind is DocKind.CRIS_RECORD and not is_death_record(doc):
            return False
        if _hostility(doc):
            return True
        possibly_suspicious = category(doc) is Category.SUSPICIOUS or in_doubt(doc)
        return possibly_suspicious and bool(_identity_in_circumstances(doc))

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        blanks = placeholders(doc, LABEL)
        considered = [
            s
            for s in find(doc, CONSIDERED)
            if not is_placeholder(s)
            and not any(contains(s, b) for b in blanks)
            and _about_hate(s)
            and not (_ADVICE_ONLY.search(s.text) and not _OUTCOME.search(s.text))
        ]
        if considered:
            return
        if blanks:
            yield self.unclear(doc, blanks[0], "Hate motivation recorded only as a placeholder")
            return
        hostile = _hostility(doc)
        if hostile:
            yield self.finding(
                doc,
                hostile[0].span,
                "Hostility towards the deceased reported but hate motivation not considered",
            )
            return
        yield self.finding(
            doc,
            _identity_in_circumstances(doc)[0].span,
            "Possibly suspicious death where the deceased's sexual orientation or gender identity "
            "is evident, but hate motivation not considered",
        )


_MONITORING = re.compile(
    r"\b(?:protected\s+characteristics?|sexual\s+orientation|sexuality|ethnicity|religion|equality|diversity)\b",
    re.IGNORECASE,
)


def _identity_in_circumstances(doc: Document) -> list[Statement]:
    """Statements where the circumstances make the identity evident (the app
    open on his phone, a birth name on the door), not the equality-monitoring
    list of characteristics."""
    return [s for s in find(doc, TARGETED_IDENTITY) if not _MONITORING.search(s.text)]


def _hostility(doc: Document) -> list[Statement]:
    return [s for s in find(doc, HOSTILITY) if not _DOMESTIC.search(s.text) or _HATE_WORD.search(s.text)]


_HATE_WORD = re.compile(r"\b(?:hate|hostil\w*|racis\w*|homophob\w*|transphob\w*)\b", re.IGNORECASE)


def _about_hate(statement: Statement) -> bool:
    """A consideration that names hate, hostility or a flag, not any "considered"."""
    return bool(
        _HATE_WORD.search(statement.text) or re.search(r"\b(?:flag\w*|csu)\b", statement.text, re.IGNORECASE)
    )
