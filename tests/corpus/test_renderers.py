"""Every renderer, read back by the auditor's own extractors.

Three small realistic documents (a death report form, a paper-style FLO log, a
CRIS DETS record) are rendered in every format they support; each rendering must
be byte-for-byte deterministic, load without error, keep every value and entry
body in its text, and give back the fields and entries the structure parsers
are meant to recover.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from auditor.document import Document
from corpus.blocks import Checkbox, DocSpec, FieldRow, Heading, LogEntry, PageBreak, Para, Signature
from corpus.render import pdf as pdf_renderer
from corpus.render.export import STYLES, render_csv, render_json
from corpus.render.formats import FORMATS, render, supports
from corpus.text import Marked, marked
from extractors import load_bytes
from extractors.structure.field_names import canonical_name

ROOT = Path(__file__).resolve().parents[2]


def m(text: str) -> Marked:
    return Marked(text)


def death_report() -> DocSpec:
    return DocSpec(
        doc_id="dr-0001",
        kind="death_report",
        form="investigation_pack",
        title=m("SUDDEN DEATH REPORT TO HM CORONER"),
        page_header="OFFICIAL – SENSITIVE    Sudden death report    CRIS 2345678/23",
        page_footer="Page {page} of {pages}",
        case_ref="2345678/23",
        blocks=[
            Heading(m("Part 1 – Details of the deceased")),
            FieldRow(m("Name of deceased"), marked("Łukasz NOWAK-WIŚNIEWSKI", "field:deceased_name")),
            FieldRow(m("Date of birth"), marked("03/11/1961", "field:date_of_birth")),
            FieldRow(m("Age"), m("61")),
            FieldRow(m("Home address"), m("Flat 4, 12 Harrow Road, London W2 5AB")),
            FieldRow(
                m("Location found"),
                marked(
                    "Rear bedroom of Flat 4, 12 Harrow Road, lying on the floor beside the bed",
                    "field:location_found",
                ),
            ),
            FieldRow(m("Date found"), m("14/05/2023")),
            FieldRow(m("Time found"), m("08:40")),
            FieldRow(m("Found by"), m("Agnieszka NOWAK (wife)")),
            Checkbox(m("Next of kin informed"), True),
            Checkbox(m("Scene photographed"), False),
            Checkbox(m("Duty inspector attended"), True),
            Heading(m("Circumstances")),
            Para(
                m(
                    "The deceased’s wife returned from a night shift at 08:30 and found him unresponsive. "
                    "LAS attended at 08:52 and life was pronounced extinct at 09:05. There was £40 in cash "
                    "and his wallet on the bedside table; no signs of forced entry or disturbance."
                )
            ),
            Para(m("Prescribed medication (sertraline) was found in the kitchen – blister packs intact.")),
            PageBreak(),
            Heading(m("Part 2 – Reporting and supervision")),
            FieldRow(m("Informant"), m("Agnieszka NOWAK, 07700 900123")),
            FieldRow(m("Officer in case"), m("PC 4321AB O’BRIEN")),
            FieldRow(m("Supervisor"), m("")),
            Para(m("Body conveyed to Westminster Public Mortuary by the undertaker at 11:20.")),
            Signature(m("OIC"), m("PC 4321AB O’BRIEN"), m("14/05/2023")),
            Signature(m("Duty Inspector"), m(""), m("")),
        ],
    )


_FLO = [
    (
        datetime(2023, 5, 14, 14, 30),
        "attempted_contact",
        "phone",
        "Mary JONES (sister)",
        "no answer",
        "Rang Mary on her mobile, no answer. Left a voicemail asking her to call me back.",
    ),
    (
        datetime(2023, 5, 14, 17, 5),
        "contact",
        "visit",
        "Mary JONES (sister)",
        "spoke",
        "Visited the family home with DS BROWN. Explained the role of the FLO and the coroner’s "
        "process; Mary asked when the post-mortem would take place and whether she could see her "
        "brother. Told her I would find out and call her tomorrow morning.",
    ),
    (
        datetime(2023, 5, 15, 9, 10),
        "contact",
        "phone",
        "Mary JONES (sister)",
        "spoke",
        "Called Mary: post-mortem booked for 17/05 at Westminster. Viewing can be arranged after.",
    ),
    (
        datetime(2023, 5, 16, 11, 0),
        "note",
        "",
        "",
        "",
        "Property (wallet, £40, phone) booked in at Paddington Green under MP/1234/23.",
    ),
    (
        datetime(2023, 5, 17, 16, 45),
        "contact",
        "visit",
        "Mary JONES (sister)",
        "spoke",
        "Informed Mary of the initial post-mortem result (unascertained pending toxicology). She is "
        "unhappy with the delay; gave her the coroner’s officer’s number.",
    ),
    (
        datetime(2023, 5, 18, 10, 0),
        "review",
        "",
        "",
        "",
        "Supervisor review: log read, contact strategy appropriate. Next contact within 48 hours.",
    ),
]


def flo_log() -> DocSpec:
    blocks: list[object] = [Heading(m("Family Liaison Log – Operation KESTREL"))]
    for i, (when, entry_type, method, person, outcome, body) in enumerate(_FLO):
        if i == 3:
            blocks.append(PageBreak())
        review = entry_type == "review"
        rank, collar, author, role = (
            ("DS", "55CD", "BROWN", "supervisor") if review else ("DC", "1234AB", "SMITH", "FLO")
        )
        header = f"{when:%d/%m/%Y %H:%M} {rank} {collar} {author} ({role}):"
        blocks.append(
            LogEntry(
                header=m(header),
                body=marked(body, f"entry:{i}"),
                when=when,
                author=author,
                rank=rank,
                collar=collar,
                role=role,
                entry_type=entry_type,
                method=method,
                contact_person=person,
                outcome=outcome,
                recorded_at=datetime(2023, 5, 18, 12, 0) if i == 2 else None,
            )
        )
    blocks.append(Signature(m("FLO"), m("DC 1234AB SMITH"), m("18/05/2023")))
    blocks.append(Signature(m("SIO"), m(""), m("")))
    return DocSpec(
        doc_id="flo-0001",
        kind="flo_log",
        form="paper",
        title=m("FAMILY LIAISON OFFICER LOG"),
        blocks=blocks,  # type: ignore[arg-type]
        page_header="RESTRICTED – FLO log – CRIS 3456789/23",
        page_footer="FLO log {page}/{pages}",
        case_ref="3456789/23",
        layout="log",
    )


def cris_record() -> DocSpec:
    entries = [
        LogEntry(
            header=m("DETS 12/06/2023 09:15 DC 2345CW PATEL:"),
            body=m("Allocated for investigation. Death of male at 40 Elm Grove reported by LAS at 07:50."),
            when=datetime(2023, 6, 12, 9, 15),
            author="PATEL",
            rank="DC",
            collar="2345CW",
            entry_type="action",
        ),
        LogEntry(
            header=m("DETS 12/06/2023 13:40 DC 2345CW PATEL:"),
            body=m(
                "Spoke to the neighbour, Mrs Ada OKAFOR, who last saw the deceased on 10/06. "
                "No concerns raised about visitors."
            ),
            when=datetime(2023, 6, 12, 13, 40),
            author="PATEL",
            rank="DC",
            collar="2345CW",
            entry_type="contact",
            method="visit",
            contact_person="Ada OKAFOR (neighbour)",
            outcome="spoke",
            recorded_at=datetime(2023, 6, 13, 8, 0),
        ),
        LogEntry(
            header=m("DETS 13/06/2023 DS 789AB KHAN (supervisor):"),
            body=m("Reviewed. Non-suspicious at this stage; await toxicology before closure."),
            when=datetime(2023, 6, 13),
            author="KHAN",
            rank="DS",
            collar="789AB",
            role="supervisor",
            entry_type="review",
            date_only=True,
        ),
    ]
    return DocSpec(
        doc_id="cris-0001",
        kind="cris_record",
        form="dets_log",
        title=m("CRIS RECORD 4567890/23 – SUDDEN DEATH"),
        blocks=[
            FieldRow(m("CRIS number"), m("4567890/23")),
            FieldRow(m("Classification"), m("Sudden death – non-suspicious")),
            FieldRow(m("Officer in case"), m("DC 2345CW PATEL")),
            Heading(m("DETS")),
            *entries,
        ],
        case_ref="4567890/23",
        layout="narrative",
    )


def cris_log() -> DocSpec:
    """The CRIS record as a ruled log table: officers without a role."""
    spec = cris_record()
    spec.layout = "log"
    return spec


SPECS = {"death_report": death_report, "flo_log": flo_log, "cris_record": cris_record}
CASES = [(name, fmt) for name, make in SPECS.items() for fmt in FORMATS if supports(make(), fmt)]
SUFFIX = {"txt": "txt", "docx": "docx", "pdf": "pdf", "csv": "csv", "json": "json"}
# Labels whose canonical field name must be recovered from txt, docx and pdf.
CANONICAL = ("Name of deceased", "Date of birth", "Location found", "Date found", "Time found", "Found by")


def collapse(text: str) -> str:
    return " ".join(text.split())


def legible(value: str, fmt: str) -> bool:
    """False for text the PDF cannot carry: without DejaVu Sans the renderer falls
    back to Helvetica, which has WinAnsi glyphs only (no Ł, no Ś)."""
    if fmt != "pdf" or pdf_renderer.FONT_NAME != "Helvetica":
        return True
    try:
        value.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def load(spec: DocSpec, fmt: str, style: int = 0) -> tuple[bytes, Document]:
    data = render(spec, fmt, style)
    return data, load_bytes(data, f"{spec.doc_id}.{SUFFIX[fmt]}")


def field_rows(spec: DocSpec) -> list[FieldRow]:
    return [b for b in spec.blocks if isinstance(b, FieldRow)]


def log_entries(spec: DocSpec) -> list[LogEntry]:
    return [b for b in spec.blocks if isinstance(b, LogEntry)]


def test_formats_and_support() -> None:
    assert FORMATS == ("txt", "docx", "pdf", "csv", "json")
    assert not supports(death_report(), "csv")
    assert not supports(death_report(), "json")
    assert supports(flo_log(), "csv") and supports(cris_record(), "json")
    assert not supports(flo_log(), "xlsx")
    with pytest.raises(ValueError, match="unknown format"):
        render(flo_log(), "xlsx")


def test_exports_refuse_documents_without_entries() -> None:
    with pytest.raises(ValueError, match="no LogEntry blocks"):
        render_csv(death_report())
    with pytest.raises(ValueError, match="no LogEntry blocks"):
        render_json(death_report())
    with pytest.raises(ValueError, match="style"):
        render_csv(flo_log(), style=STYLES)


@pytest.mark.parametrize(("name", "fmt"), CASES)
def test_rendering_reads_back(name: str, fmt: str) -> None:
    spec = SPECS[name]()
    data, doc = load(spec, fmt)
    assert render(SPECS[name](), fmt) == data, "rendering is not deterministic"
    text = collapse(doc.text)
    if fmt not in ("csv", "json"):
        assert collapse(spec.title.value) in text
        for row in field_rows(spec):
            assert collapse(row.label.value) in text
            assert collapse(row.value.value) in text or not legible(row.value.value, fmt)
        for block in spec.blocks:
            if isinstance(block, Checkbox | Heading | Para):
                value = block.label if isinstance(block, Checkbox) else block.text
                assert collapse(value.value) in text
    for entry in log_entries(spec):
        assert collapse(entry.body.value) in text


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_form_fields_are_recovered(fmt: str) -> None:
    spec = death_report()
    _, doc = load(spec, fmt)
    fields = {f.name: f.value for f in doc.fields}
    for row in field_rows(spec):
        name = canonical_name(row.label.value)
        if row.label.value in CANONICAL and legible(row.value.value, fmt):
            assert name is not None
            assert fields.get(name) == row.value.value, (name, fields.get(name))
    assert canonical_name("Name of deceased") == "deceased_name"


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_cris_fields_are_recovered(fmt: str) -> None:
    _, doc = load(cris_record(), fmt)
    assert {f.name: f.value for f in doc.fields}.get("cris_ref") == "4567890/23"


@pytest.mark.parametrize(("name", "fmt"), [(n, f) for n, f in CASES if f in ("txt", "csv", "json", "docx")])
def test_every_entry_is_recovered(name: str, fmt: str) -> None:
    spec = SPECS[name]()
    _, doc = load(spec, fmt)
    expected = log_entries(spec)
    assert len(doc.entries) == len(expected)
    for got, want in zip(doc.entries, expected, strict=True):
        if fmt in ("txt", "docx"):
            # A body read from text runs on to the next entry header, so the last
            # entry of a page also holds the page footer (and the next page header).
            assert collapse(got.text).startswith(collapse(want.body.value))
        else:
            assert collapse(got.text) == collapse(want.body.value)
        assert got.when == want.when
        if fmt in ("csv", "json"):
            assert got.author == want.author
            assert got.date_only == want.date_only
            assert got.recorded_at == want.recorded_at


@pytest.mark.parametrize("make", [flo_log, cris_record, cris_log])
def test_pdf_entries_are_recovered(make: Callable[[], DocSpec]) -> None:
    spec = make()
    _, doc = load(spec, "pdf")
    expected = log_entries(spec)
    recovered = sum(
        any(got.when == want.when and collapse(want.body.value) in collapse(got.text) for got in doc.entries)
        for want in expected
    )
    print(f"pdf {make.__name__}: {recovered}/{len(expected)} entries recovered, {len(doc.entries)} found")
    assert recovered >= 0.8 * len(expected)
    assert len(doc.entries) == len(expected)


@pytest.mark.parametrize("style", range(STYLES))
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_styles(fmt: str, style: int) -> None:
    spec = flo_log()
    data, doc = load(spec, fmt, style)
    assert render(spec, fmt, style) == data
    assert doc.kind.value == "flo_log"
    assert doc.meta.case_ref == spec.case_ref
    expected = log_entries(spec)
    assert len(doc.entries) == len(expected)
    for got, want in zip(doc.entries, expected, strict=True):
        assert (got.when, got.author, got.rank, got.collar, got.role) == (
            want.when,
            want.author,
            want.rank,
            want.collar,
            want.role,
        )
        assert (got.method or "", got.contact_person or "", got.outcome or "") == (
            want.method,
            want.contact_person,
            want.outcome,
        )
        assert got.entry_type == (want.entry_type or None)
        assert got.recorded_at == want.recorded_at
        assert got.text == want.body.value
    if fmt == "csv":
        rows = list(
            csv.reader(io.StringIO(data.decode("utf-8"), newline=""), delimiter="\t" if style == 3 else ",")
        )
        assert len([r for r in rows if r]) == len(expected) + 1 + (style == 2)
    else:
        payload = json.loads(data)
        entries = payload if isinstance(payload, list) else payload["entries"]
        assert len(entries) == len(expected)


def test_exports_differ_by_style() -> None:
    spec = cris_record()
    assert len({render_csv(spec, s) for s in range(STYLES)}) == STYLES
    assert len({render_json(spec, s) for s in range(STYLES)}) == STYLES


def test_docx_log_table_and_furniture() -> None:
    _, doc = load(flo_log(), "docx")
    assert doc.text.startswith("RESTRICTED – FLO log – CRIS 3456789/23\n")
    assert "FLO log 1/2" in doc.text
    assert "Date/Time | Officer | Contact/Method | Details" in doc.text
    assert doc.entries[0].author == "DC 1234AB SMITH"
    assert doc.entries[0].role == "FLO"


def test_pdf_layout() -> None:
    spec = death_report()
    _, doc = load(spec, "pdf")
    assert len(doc.meta.pages) == 2
    first = doc.text[: doc.meta.pages[0].span.end]
    assert first.startswith("OFFICIAL – SENSITIVE")
    assert "Page 1 of 2" in first
    # Ticked boxes are found as drawn checkboxes; unticked ones are not fields.
    ticked = {f.label for f in doc.fields if f.value == "[X]"}
    assert ticked == {"Next of kin informed", "Duty inspector attended"}


def test_deterministic_across_processes() -> None:
    """Hash randomisation or the clock must not leak into the bytes."""
    code = (
        "import hashlib, sys; sys.path.insert(0, sys.argv[1]); "
        "from test_renderers import SPECS; from corpus.render.formats import render; "
        "print(hashlib.sha256(b''.join(render(make(), f) for make in SPECS.values() "
        "for f in ('docx', 'pdf'))).hexdigest())"
    )
    digests = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", code, str(Path(__file__).parent)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        digests.add(out.stdout.strip())
    assert len(digests) == 1
