"""Find headed sections in many writing styles.

Headings recognised, one line each: Markdown ``#``; numbered (``1.``, ``1)``,
``2.3``, ``Section 4 –``); ALL CAPS lines; ``Heading:`` alone on a line;
underlined (a following line of ``=``, ``-``, ``_`` or ``~``); and a known
section name alone on a line. A section runs from its heading to the next
heading, trailing whitespace trimmed; text before the first heading belongs
to no section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.document import DocKind, Section, Span
from extractors.structure.field_names import is_known_label
from extractors.structure.lines import Line, rstrip_end, split_lines
from extractors.structure.patterns import AUTHOR_RE, looks_like_entry_header
from extractors.structure.section_names import exact_section_name, is_section_alias, section_name

_MARKDOWN_RE = re.compile(r"#{1,6}[ \t]+(?P<title>\S.*?)[ \t#]*")
_UNDERLINE_RE = re.compile(r"[ \t]*(?:={3,}|-{3,}|_{3,}|~{3,})[ \t]*")
_NUMBERED_RE = re.compile(
    r"(?:(?i:section|part)[ \t]+)?\d{1,2}(?:\.\d{1,2}){0,3}(?:[.)]|[ \t]*[-–—:])?[ \t]+"
    r"(?:[-–—:][ \t]*)?(?P<title>[^\W\d_].{0,79})"
)
_LABEL_ALONE_RE = re.compile(r"(?P<title>[^\W\d_][^:：]{0,59}?)[ \t]*[:：]")
_SMALL_WORDS = frozenset({"and", "of", "the", "to", "for", "in", "on", "by", "a", "an", "or", "at", "with"})
_WORD_RE = re.compile(r"[^\W\d_][\w'’+\-]*")
_MAX_HEADING_CHARS = 100
_MAX_HEADING_WORDS = 12


@dataclass(frozen=True, slots=True)
class _Heading:
    start: int
    end: int  # end of the heading text (exclusive)
    title: str
    caps_only: bool  # recognised only because it is ALL CAPS
    line_no: int = -1


def find_sections(text: str, kind: DocKind) -> tuple[Section, ...]:
    lines = split_lines(text)
    headings = _find_headings(lines, kind)
    sections: list[Section] = []
    for i, h in enumerate(headings):
        limit = headings[i + 1].start if i + 1 < len(headings) else len(text)
        end = rstrip_end(text, h.end, limit)
        sections.append(
            Section(
                name=section_name(h.title, kind),
                heading=text[h.start : h.end],
                text=text[h.start : end],
                span=Span(h.start, end),
                heading_span=Span(h.start, h.end),
            )
        )
    return tuple(sections)


def heading_starts(text: str, kind: DocKind) -> list[int]:
    """Offsets where headings start (used to end log entries at a new section)."""
    return [h.start for h in _find_headings(split_lines(text), kind)]


def _find_headings(lines: list[Line], kind: DocKind) -> list[_Heading]:
    caps_heavy = _caps_heavy(lines)
    found: list[_Heading] = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        h = _heading(line, nxt, kind, caps_heavy)
        if h is None:
            continue
        prev = found[-1] if found else None
        if (
            prev is not None
            and prev.caps_only
            and h.caps_only
            and prev.line_no == i - 1
            and exact_section_name(h.title, kind) is None
        ):
            # An ALL CAPS heading wrapped onto a second line.
            found[-1] = _Heading(prev.start, h.end, f"{prev.title} {h.title}", True, i)
            continue
        found.append(_Heading(h.start, h.end, h.title, h.caps_only, i))
    return found


def _heading(line: Line, nxt: Line | None, kind: DocKind, caps_heavy: bool) -> _Heading | None:
    s = line.text.strip()
    if not s or len(s) > _MAX_HEADING_CHARS or _UNDERLINE_RE.fullmatch(s):
        return None
    start, end = line.stripped_bounds()
    if looks_like_entry_header(s):
        return None
    if m := _MARKDOWN_RE.fullmatch(s):
        return _Heading(start, end, m["title"].rstrip(":： "), False)
    if nxt is not None and _UNDERLINE_RE.fullmatch(nxt.text) and not _is_field_line(s):
        return _Heading(start, end, s.rstrip(":： "), False)
    if m := _NUMBERED_RE.fullmatch(s):
        title = m["title"].strip()
        explicit = s[:7].lower() in ("section", "part ") or s[:5].lower() == "part "
        if not _is_field_line(title) and (explicit or _is_title(title, kind)):
            return _Heading(start, end, title.rstrip(":： "), False)
        return None
    if m := _LABEL_ALONE_RE.fullmatch(s):
        title = m["title"].strip()
        if _word_count(title) <= 6 and (is_section_alias(title) or not is_known_label(title, kind)):
            return _Heading(start, end, title, _is_caps(title))
        return None
    if _is_field_line(s):
        return None
    if exact_section_name(s, kind) is not None and _word_count(s) <= 6:
        return _Heading(start, end, s, False)
    if not caps_heavy and _is_caps(s) and not s.endswith((".", ",", ";")) and not _is_author(s):
        return _Heading(start, end, s.rstrip(":： "), True)
    return None


def _is_field_line(s: str) -> bool:
    """``Label: value`` with something after the colon (not a time like 14:30)."""
    colon = s.find(":")
    if colon <= 0:
        colon = s.find("：")
    if colon <= 0 or not s[colon + 1 :].strip():
        return False
    before, after = s[colon - 1], s[colon + 1 : colon + 2]
    return not (before.isdigit() and after.isdigit())


def _is_title(title: str, kind: DocKind) -> bool:
    """A numbered line's text is a heading if it is a known name, ALL CAPS or short Title Case."""
    bare = title.rstrip(":： ")
    if exact_section_name(bare, kind) is not None or is_section_alias(bare):
        return True
    if _is_caps(bare):
        return True
    words = _WORD_RE.findall(bare)
    if not words or len(words) > 6 or bare.endswith((".", ",", ";")) or ", " in bare:
        return False
    if section_name(bare, kind) != "other":
        return True
    return all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)


def _is_caps(s: str) -> bool:
    words = _WORD_RE.findall(s)
    if not words or len(words) > _MAX_HEADING_WORDS:
        return False
    letters = 0
    for w in words:
        if w.lower() in _SMALL_WORDS and w.islower():
            continue
        if any(c.islower() for c in w):
            return False
        letters += sum(1 for c in w if c.isalpha())
    return letters >= 3


def _is_author(s: str) -> bool:
    m = AUTHOR_RE.match(s)
    return m is not None and m.end() == len(s)


def _word_count(s: str) -> int:
    return len(s.split())


def _caps_heavy(lines: list[Line]) -> bool:
    """True when most lines are in capitals (an all-caps writer), where caps mean nothing."""
    total = caps = 0
    for line in lines:
        s = line.text.strip()
        if len(s) < 3:
            continue
        total += 1
        upper = sum(1 for c in s if c.isupper())
        lower = sum(1 for c in s if c.islower())
        if upper >= 3 and lower * 10 < upper:
            caps += 1
    return total >= 6 and caps * 2 > total
