"""Find labelled values: ``Label: value`` lines and their variants.

Recognised, label at the start of a line:

- ``Label: value`` (any label; value to the end of the line);
- ``Label - value`` and ``Label<TAB>value`` (known labels only: otherwise a
  dash in a sentence would make a field);
- several known labels on one line (``Age: 56  Gender: Male``);
- a label line with nothing after it and the value indented on the next line;
- a known label with nothing after it: a Field with value ``""`` and an empty
  span right after the separator (checks treat it as absent, but can point at it).

Log-entry headers (``14/05/2023 14:30 PC SMITH: ...``), times (``14:30``) and
URLs are not labels. Labels are mapped to canonical names by ``field_names``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.document import DocKind, Field, Span
from extractors.structure.dates import DATE_RE, TIME_RE
from extractors.structure.field_names import canonical_name, field_name, is_known_label
from extractors.structure.lines import Line, split_lines
from extractors.structure.patterns import looks_like_entry_header
from extractors.structure.section_names import is_section_alias

_LEAD_RE = re.compile(r"[ \t]*(?:[-*•·▪◦][ \t]+|\(?[a-z0-9]{1,2}[.)][ \t]+)?")
_COLON_RE = re.compile(r"(?P<label>[^\W\d_][^:：\t|]{0,59}?)[ \t]*(?P<sep>[:：])")
_DASH_RE = re.compile(r"(?P<label>[^\W\d_][^:：\t|]{0,59}?)(?P<sep>[ \t]+[-–—][ \t]+|\t+)")
_BAD_LABEL_RE = re.compile(r"[\"“”;!]|[.,] |https?$|www\.|\b(?:ftp|mailto|file)$", re.IGNORECASE)
_SPEECH_RE = re.compile(
    r"\b(?:said|says|stated|states|explained|replied|told|asked|added|commented|wrote|asks|tells)$",
    re.IGNORECASE,
)
_INLINE_COLON_RE = re.compile(r"[:：]")
_LABEL_WORD_RE = re.compile(r"[^\s:：]+")
_MAX_LABEL_WORDS = 8
_MAX_INLINE_WORDS = 6
_MAX_INLINE_COLONS = 24


@dataclass(frozen=True, slots=True)
class _Label:
    start: int  # offsets into the document
    end: int
    sep_end: int
    text: str
    known: bool


def find_fields(text: str, kind: DocKind) -> tuple[Field, ...]:
    lines = split_lines(text)
    fields: list[Field] = []
    for i, line in enumerate(lines):
        if line.blank or len(line.text) > 2000:
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        fields.extend(_line_fields(text, line, nxt, kind))
    return tuple(fields)


def _line_fields(text: str, line: Line, nxt: Line | None, kind: DocKind) -> list[Field]:
    s = line.text
    lead = _LEAD_RE.match(s)
    pos = lead.end() if lead else 0
    label = _first_label(s, pos, kind)
    if label is None:
        return _label_then_indented(text, line, nxt, kind, pos)
    if looks_like_entry_header(s):
        return []
    base = line.start
    labels = [_Label(base + label.start, base + label.end, base + label.sep_end, label.text, label.known)]
    labels.extend(_inline_labels(s, label.sep_end, kind, base))
    fields: list[Field] = []
    for j, lab in enumerate(labels):
        value_end = labels[j + 1].start if j + 1 < len(labels) else line.end
        start, end = _strip(text, lab.sep_end, value_end)
        if start == end:
            if j == len(labels) - 1 and len(labels) == 1:
                indented = _indented_value(text, line, nxt)
                if indented is not None:
                    start, end = indented
                    fields.append(_field(text, lab, start, end, kind))
                    continue
            if not lab.known or is_section_alias(lab.text):
                continue
            fields.append(_field(text, lab, lab.sep_end, lab.sep_end, kind))
            continue
        fields.append(_field(text, lab, start, end, kind))
    return fields


def _first_label(s: str, pos: int, kind: DocKind) -> _Label | None:
    """The label at ``pos`` in line ``s`` (offsets relative to the line)."""
    m = _COLON_RE.match(s, pos)
    if m is not None:
        label = m["label"].strip()
        after = s[m.end() : m.end() + 2]
        if (
            _valid_label(label)
            and not after.startswith("//")
            and not (label[-1].isdigit() and after[:1].isdigit())
        ):
            return _Label(
                m.start("label"), m.start("label") + len(label), m.end(), label, is_known_label(label, kind)
            )
    m = _DASH_RE.match(s, pos)
    if m is not None:
        label = m["label"].strip()
        if _valid_label(label) and is_known_label(label, kind):
            return _Label(m.start("label"), m.start("label") + len(label), m.end(), label, True)
    return None


def _valid_label(label: str) -> bool:
    if not label or len(label.split()) > _MAX_LABEL_WORDS or _BAD_LABEL_RE.search(label):
        return False
    if _SPEECH_RE.search(label):
        return False
    return DATE_RE.search(label) is None and TIME_RE.search(label) is None


def _inline_labels(s: str, pos: int, kind: DocKind, base: int) -> list[_Label]:
    """Further labels on the same line: a known label after a space, or any
    label after a tab or a run of spaces (``Age: 56   Gender: Male``)."""
    found: list[_Label] = []
    floor = pos
    for n, m in enumerate(_INLINE_COLON_RE.finditer(s, pos)):
        if n >= _MAX_INLINE_COLONS:
            break
        colon = m.start()
        if colon + 1 < len(s) and s[colon - 1 : colon].isdigit() and s[colon + 1].isdigit():
            continue  # a time such as 14:30
        if s[colon + 1 : colon + 3] == "//":
            continue
        # Only the last few words can be a label: look back a bounded distance.
        words = [(w.start(), w.end()) for w in _LABEL_WORD_RE.finditer(s, max(floor, colon - 120), colon)]
        if len(words) < 2:
            continue
        wide_k = _wide_start(s, words)
        hit: _Label | None = None
        for k in range(max(1, len(words) - _MAX_INLINE_WORDS), len(words)):
            lstart, lend = words[k][0], words[-1][1]
            label = s[lstart:lend]
            if not label[:1].isalpha():
                continue
            known = canonical_name(label, kind, fuzzy=False) is not None
            if (known or k == wide_k) and _valid_label(label):
                hit = _Label(base + lstart, base + lend, base + m.end(), label, known)
                break
        if hit is not None:
            found.append(hit)
            floor = m.end()
    return found


def _wide_start(s: str, words: list[tuple[int, int]]) -> int:
    """Index of the first word after the last wide gap (tab or 2+ spaces)."""
    for k in range(len(words) - 1, 0, -1):
        gap = s[words[k - 1][1] : words[k][0]]
        if gap.isspace() and ("\t" in gap or len(gap) >= 2):
            return k
    return -1


def _label_then_indented(text: str, line: Line, nxt: Line | None, kind: DocKind, pos: int) -> list[Field]:
    """A known label alone on its line (no colon), its value indented below it."""
    s = line.text[pos:].strip()
    if not s or len(s) > 60 or canonical_name(s, kind) is None or is_section_alias(s):
        return []
    value = _indented_value(text, line, nxt)
    if value is None:
        return []
    lstart = line.start + line.text.index(s, pos)
    lab = _Label(lstart, lstart + len(s), lstart + len(s), s, True)
    return [_field(text, lab, value[0], value[1], kind)]


def _indented_value(text: str, line: Line, nxt: Line | None) -> tuple[int, int] | None:
    if nxt is None or nxt.blank:
        return None
    indent = len(nxt.text) - len(nxt.text.lstrip())
    own = len(line.text) - len(line.text.lstrip())
    if indent <= own or looks_like_entry_header(nxt.text):
        return None
    body = nxt.text.strip()
    if _COLON_RE.match(body) is not None and _first_label(body, 0, DocKind.UNKNOWN) is not None:
        return None
    return _strip(text, nxt.start, nxt.end)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _field(text: str, lab: _Label, start: int, end: int, kind: DocKind) -> Field:
    return Field(
        name=field_name(lab.text, kind),
        value=text[start:end],
        span=Span(start, end),
        label=lab.text,
        label_span=Span(lab.start, lab.end),
    )
