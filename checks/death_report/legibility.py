"""DR032: a death report that cannot be read reliably, flagged for a person to review."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from auditor.document import DocKind, Document, Span
from auditor.findings import Finding, Severity
from checks import spans
from checks.base import Check, Context

_TOKEN = re.compile(r"\S+")
_WORDLIKE = re.compile(
    r"^[(\"']?[A-Za-z][a-z]*(?:['’-][A-Za-z]+)*[)\"'.,;:!?]*$|^[(\"']?[A-Z0-9][A-Z0-9/&.-]*[)\"'.,;:]*$"
    r"|^[(\"']?[0-9][0-9/.:,-]*[A-Za-z]{0,4}[)\"'.,;:]*$"
)
"""A token that reads as a word, an abbreviation or reference, or a number."""
_VOWEL = re.compile(r"[aeiouy]", re.IGNORECASE)
_OCR_WARNING = re.compile(
    r"\b(?:ocr|text\s+layer|scann\w*|illegible|unreadable|garbled|damaged|encoding)\b", re.IGNORECASE
)

ILLEGIBLE_MARK = re.compile(
    r"[\[(]\s*(?:illegible|unreadable|indecipherable|undecipherable|illeg\.?|word\s+illegible|\?{2,})"
    r"(?:\s*[-:,]?\s*(?:\d+|one|two|three|four|five|several)?\s*(?:words?|lines?|letters?)?)?\s*[\])]",
    re.IGNORECASE,
)
"""A transcriber's mark for what could not be read: "[illegible]",
"[illegible - 3 words]", "(unreadable)", "[??]"."""

NON_WORD_SHARE = 0.25
"""Above this share of tokens that are not words, the text is treated as garbled."""
MIN_TOKENS = 40
REPLACEMENT_SHARE = 0.01


class ReportNotLegible(Check):
    """A death report that cannot be read reliably, flagged for a person to review.

    Judged from the extraction, not the content: pages with no text layer
    (a scan that needs OCR), extractor warnings about scans or damaged
    encodings, characters that could not be decoded, or a text in which a
    large share of tokens are not words (OCR noise, a careless hand
    transcribed). Any of these makes the requirement *unclear*: a person must
    look at the original. A transcription that itself marks words it could
    not read ("[illegible]", "[unreadable - 2 words]", "(indecipherable)") is
    the catalogue's failure on the record's own evidence, so it is *absent*.

    ## Why it matters

    The inspection found handwritten reports "almost unintelligible"; a
    report the coroner cannot read fails every other requirement with it.

    ## Example

    ```text
    SUDDEN DEATH REPORT
    Dcc'd fnd 0n b3d by s0n @ O9OO. L4S att. PLE O9l5. N0 s/c. Nok infd.
    ```

    ## Use instead

    ```text
    SUDDEN DEATH REPORT
    Deceased found in bed by his son at 0900. LAS attended, PLE 0915.
    No suspicious circumstances. Next of kin informed in person.
    ```

    ## Source

    001_e7d9bf340db595bc.txt: "Some handwritten reports were almost
    unintelligible due to a lack of care in their preparation."
    """

    code = "DR032"
    requirement = "DR-LEGIBLE"
    severity = Severity.LOW
    applies_to = frozenset({DocKind.DEATH_REPORT})
    suggestion = "Text that can be read, or converted to text, without guesswork."

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        marked = list(ILLEGIBLE_MARK.finditer(doc.text))
        if marked:
            first = marked[0]
            yield self.finding(
                doc,
                Span(first.start(), first.end()),
                f"The transcription marks {len(marked)} place(s) as illegible; "
                "a person should review the original",
            )
            return
        reason = _reason(doc)
        if reason is None:
            return
        yield self.unclear(
            doc, _where(doc), f"Report may not be legible ({reason}); a person should review the original"
        )


def _reason(doc: Document) -> str | None:
    if doc.meta.needs_ocr or any(not p.has_text_layer for p in doc.meta.pages):
        return "pages with no text layer"
    if any(_OCR_WARNING.search(w) for w in doc.meta.warnings):
        return "the extractor warned about the scan or its encoding"
    text = doc.text
    if not text.strip():
        return "no text could be extracted"
    if text.count("\ufffd") > max(3, REPLACEMENT_SHARE * len(text)):
        return "characters that could not be decoded"
    tokens = [_plain(t) for t in _TOKEN.findall(text) if re.search(r"\w", t)]
    if len(tokens) >= MIN_TOKENS:
        odd = sum(1 for t in tokens if not _reads(t))
        if odd / len(tokens) > NON_WORD_SHARE:
            return f"{round(100 * odd / len(tokens))}% of the text is not words"
    return None


def _plain(token: str) -> str:
    """The token without accents ("Muñoz" -> "Munoz") and checkbox marks."""
    stripped = unicodedata.normalize("NFKD", token).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"^\[[ xX]?\]$", "x", stripped) or token


def _reads(token: str) -> bool:
    """Whether a token reads as a word, abbreviation, reference or number: not
    digits inside a lower-case word ("b3d", "s0n") and not a long word with
    no vowel ("wndws")."""
    if re.search(r"[a-z]", token) and re.search(r"\d", token) and not _NUMBER_WITH_UNIT.match(token):
        return False
    if not _WORDLIKE.match(token):
        return False
    letters = re.sub(r"[^A-Za-z]", "", token)
    return len(letters) < 4 or token.isupper() or bool(_VOWEL.search(letters))


_NUMBER_WITH_UNIT = re.compile(
    r"^[(\"']?\d[\d/.:,-]*(?:hrs|hr|h|st|nd|rd|th|am|pm|yrs|y/o|s|mins?|m|ft|kg|mg|ml)?[)\"'.,;:]*$",
    re.IGNORECASE,
)


def _where(doc: Document) -> Span:
    for page in doc.meta.pages:
        if not page.has_text_layer and len(page.span):
            return spans.trim(doc.text, page.span.start, page.span.end) or page.span
    return spans.first_line(doc.text) or spans.whole(doc.text)
