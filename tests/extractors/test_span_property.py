"""The span invariant, for every parser and every input format.

For documents built from random headings, ``Label: value`` lines, log entries,
table rows and free text, every section, field and entry satisfies
``doc.text[span.start:span.end] == item.text`` and lies within the text. First
on the structure parsers directly (any string at all), then through
``extractors.load_bytes`` for .txt (several encodings, CRLF), .docx, .csv and
.json exports, and .pdf.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.document import DocKind, Document, Entry, Field, Section
from extractors import load_bytes
from extractors.detect import detect_kind
from extractors.structure.entries import find_entries
from extractors.structure.fields import find_fields
from extractors.structure.references import find_case_ref, find_record_date
from extractors.structure.sections import find_sections

KINDS = list(DocKind)

# cp1252-safe letters, so the same documents can be encoded as Windows-1252.
_CP1252_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèüößÀÇñ’–“”"
_UNICODE_EXTRA = "ąłżЖжΩλ漢字😀\u00a0"
_PUNCT = ".,;:()/-'&?!"

_KNOWN_WORDS = [
    "deceased",
    "found",
    "SMITH",
    "Jones",
    "NOK",
    "PLE",
    "LAS",
    "CRIS",
    "DETS",
    "THRIVE+",
    "Circumstances",
    "Next",
    "of",
    "kin",
    "Supervisor",
    "review",
    "14:30",
    "1430hrs",
    "1234567/23",
]
_LABELS = [
    "Name of deceased",
    "DOB",
    "D.O.B.",
    "Date/time found",
    "Location",
    "Found by",
    "Informant",
    "Last seen alive",
    "NOK",
    "Category",
    "CRIS ref",
    "CAD",
    "OIC",
    "Random label",
    "Zoë’s note",
]
_HEADINGS = [
    "Circumstances",
    "NEXT OF KIN",
    "THRIVE+ risk assessment",
    "Intelligence checks",
    "Witnesses",
    "Supervisor review",
    "DETS",
    "Exit strategy",
    "FLO LOG",
    "Closing entry",
    "Other matters",
]
_RANKS = ["PC", "DC", "PS", "DS", "Sgt", "Insp", "DI", "DCI", "A/DS", "Acting PS", "PCSO", "SIO", "TDC"]
_DATES = ["14/05/2023", "14/05/23", "1.5.2023", "14 May 2023", "14th May 2023", "2023-05-14", "31/02/2023"]
_TIMES = ["14:30", "14.30", "1430hrs", "1430 hrs", "", "0915"]
_SEPS = [": ", " - ", " – ", " ", ":", " | "]


def _word(letters: str) -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(_KNOWN_WORDS),
        st.text(alphabet=letters + "0123456789" + _PUNCT, min_size=1, max_size=9),
    )


def _line(letters: str) -> st.SearchStrategy[str]:
    return st.lists(_word(letters), min_size=0, max_size=8).map(" ".join)


def _piece(letters: str) -> st.SearchStrategy[str]:
    heading = st.tuples(
        st.sampled_from(["{}", "1. {}", "2) {}", "Section 3 – {}", "# {}", "{}:", "{}\n=====", "{}\n-----"]),
        st.one_of(st.sampled_from(_HEADINGS), _line(letters)),
    ).map(lambda t: t[0].format(t[1].upper() if len(t[1]) % 2 else t[1]))
    field = st.tuples(
        st.one_of(st.sampled_from(_LABELS), _line(letters)),
        st.sampled_from([": ", ":", " - ", "\t", ":\n    ", ": \n", ":   "]),
        _line(letters),
    ).map("".join)
    entry = st.tuples(
        st.sampled_from(["", "DETS ", "Supervisor review 7 day – ", "[", "- "]),
        st.sampled_from(_DATES),
        st.sampled_from(_TIMES),
        st.sampled_from(_RANKS),
        st.sampled_from(["", "1234AB ", "123456 "]),
        st.sampled_from(["SMITH", "Jones", "O'Brien", "Patel (FLO)", ""]),
        st.sampled_from(_SEPS),
        _line(letters),
    ).map(lambda t: f"{t[0]}{t[1]} {t[2]} {t[3]} {t[4]}{t[5]}{t[6]}{t[7]}")
    row = st.tuples(
        st.sampled_from(_DATES),
        st.sampled_from(_TIMES),
        st.sampled_from(["Phone", "Home visit", "Text"]),
        _line(letters),
        _line(letters),
        st.sampled_from(["DC Patel", "FLO Smith", ""]),
        st.sampled_from(["|", "\t"]),
    ).map(lambda t: t[6].join(t[:6]))
    return st.one_of(heading, field, entry, row, _line(letters))


def _document(letters: str, newlines: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.tuples(_piece(letters), st.sampled_from(newlines)), min_size=1, max_size=14).map(
        lambda parts: "".join(p + n for p, n in parts)
    )


CP1252_DOCS = _document(_CP1252_LETTERS, ["\n", "\n\n", "\r\n", "  \n"])
UNICODE_DOCS = _document(_CP1252_LETTERS + _UNICODE_EXTRA, ["\n", "\r\n", "\r", "\u2028", "\x0c", "\n\n"])


def _assert_exact(
    text: str, sections: tuple[Section, ...], fields: tuple[Field, ...], entries: tuple[Entry, ...]
) -> None:
    n = len(text)
    for s in sections:
        assert 0 <= s.span.start <= s.span.end <= n
        assert text[s.span.start : s.span.end] == s.text
        assert text[s.heading_span.start : s.heading_span.end] == s.heading
    for f in fields:
        assert 0 <= f.span.start <= f.span.end <= n
        assert text[f.span.start : f.span.end] == f.value
        assert f.value == f.value.strip()
        if f.label_span is not None:
            assert 0 <= f.label_span.start <= f.label_span.end <= n
    for e in entries:
        assert 0 <= e.span.start <= e.span.end <= n
        assert text[e.span.start : e.span.end] == e.text
        if e.header_span is not None:
            assert 0 <= e.header_span.start <= e.header_span.end <= n


def _assert_doc(doc: Document) -> None:
    _assert_exact(doc.text, doc.sections, doc.fields, doc.entries)


# -- the structure parsers on any string ------------------------------------------------


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(UNICODE_DOCS, st.text()), kind=st.sampled_from(KINDS))
def test_parsers_keep_spans_exact(text: str, kind: DocKind) -> None:
    sections = find_sections(text, kind)
    fields = find_fields(text, kind)
    entries = find_entries(text, kind)
    _assert_exact(text, sections, fields, entries)
    guess = detect_kind(text)
    assert 0.0 <= guess.confidence <= 1.0
    find_case_ref(text, fields)
    find_record_date(text, fields, entries)


# -- every input format through load_bytes ----------------------------------------------

_PROFILE = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_PROFILE
@given(
    text=CP1252_DOCS, codec=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]), crlf=st.booleans()
)
def test_txt(text: str, codec: str, crlf: bool) -> None:
    if not text.strip():
        return
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    _assert_doc(load_bytes(text.encode(codec), "record.txt"))


@_PROFILE
@given(text=UNICODE_DOCS)
def test_txt_unicode(text: str) -> None:
    if not text.strip():
        return
    _assert_doc(load_bytes(text.encode("utf-8"), "record.txt"))


def _docx_bytes(text: str) -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for para in text.replace("\r\n", "\n").split("\n"):
        document.add_paragraph(para)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=UNICODE_DOCS)
def test_docx(text: str) -> None:
    safe = "".join(c for c in text if c.isprintable() or c in "\n\t")
    if not safe.strip():
        return
    _assert_doc(load_bytes(_docx_bytes(safe), "record.docx"))


_ROWS = st.lists(
    st.fixed_dictionaries(
        {
            "when": st.sampled_from(
                ["14/05/2023 14:30", "2023-05-15T09:00", "16/05/2023", "14/05/2023 1430"]
            ),
            "author": st.sampled_from(["SMITH", "Jones", "O'Brien", "Zoë Patel"]),
            "rank": st.sampled_from(_RANKS),
            "text": st.lists(_line(_CP1252_LETTERS + _UNICODE_EXTRA), min_size=1, max_size=3).map("\n".join),
        }
    ),
    min_size=1,
    max_size=8,
)


def _usable(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    return [r for r in rows if r["text"].strip()]


@_PROFILE
@given(rows=_ROWS)
def test_csv_export(rows: list[dict[str, str]]) -> None:
    rows = _usable(rows)
    if not rows:
        return
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["when", "author", "rank", "text"], lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    _assert_doc(load_bytes(out.getvalue().encode("utf-8"), "log.csv"))


@_PROFILE
@given(rows=_ROWS, wrapped=st.booleans())
def test_json_export(rows: list[dict[str, str]], wrapped: bool) -> None:
    rows = _usable(rows)
    if not rows:
        return
    payload: object = {"schema": "report-auditor/log-export/1", "entries": rows} if wrapped else rows
    _assert_doc(load_bytes(json.dumps(payload, ensure_ascii=False).encode("utf-8"), "log.json"))


def _pdf_bytes(text: str) -> bytes:
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    y = 800.0
    for line in text.splitlines():
        if y < 60:
            c.showPage()
            y = 800.0
        c.drawString(50, y, line)
        y -= 14
    c.save()
    return out.getvalue()


@pytest.mark.slow
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_document("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", ["\n", "\n\n"]))
def test_pdf(text: str) -> None:
    latin = text.encode("latin-1", "ignore").decode("latin-1")
    if not any(c.isalnum() for c in latin):
        return
    _assert_doc(load_bytes(_pdf_bytes(latin), "record.pdf"))
