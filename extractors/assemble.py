"""Turn an extractor's raw output into a Document: kind, sections, fields, entries.

This is the only place the structure parsers are wired together, so every
format gets the same parsing and the same span guarantees.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Callable

from auditor.document import DocKind, Document, DocumentMeta, Entry, Field, Source, Span
from extractors.detect import detect_kind
from extractors.extracted import Extracted
from extractors.structure import pfd
from extractors.structure.entries import find_entries
from extractors.structure.fields import find_fields
from extractors.structure.references import find_case_ref, find_record_date
from extractors.structure.sections import find_sections

Placer = Callable[[Span], Span]


def assemble(raw: Extracted, source: Source) -> Document:
    guess = detect_kind(raw.text, hint=raw.kind_hint)
    kind = guess.kind
    if kind is DocKind.CORONER_PFD:
        sections = pfd.find_pfd_sections(raw.text)
    else:
        sections = find_sections(raw.text, kind)
    fields = _merge_fields(raw.fields, find_fields(raw.text, kind))
    entries = raw.entries or find_entries(raw.text, kind, [s.span.start for s in sections])
    place = _placer(raw)
    sections = tuple(
        dataclasses.replace(s, span=place(s.span), heading_span=place(s.heading_span)) for s in sections
    )
    fields = tuple(_place_field(f, place) for f in fields)
    entries = tuple(_place_entry(e, place) for e in entries)
    case_ref = raw.case_ref or find_case_ref(raw.text, fields)
    meta = DocumentMeta(
        kind_confidence=guess.confidence,
        kind_cues=guess.cues,
        encoding=raw.encoding,
        pages=raw.pages,
        needs_ocr=raw.needs_ocr,
        warnings=raw.warnings,
        case_ref=case_ref,
        record_date=find_record_date(raw.text, fields, entries),
        is_blank_template=kind is DocKind.CORONER_PFD and pfd.is_blank_template(raw.text),
        producer=raw.producer,
    )
    return Document(
        id=source.sha256,
        kind=kind,
        text=raw.text,
        sections=sections,
        fields=fields,
        entries=entries,
        meta=meta,
        source=source,
    )


def _merge_fields(declared: tuple[Field, ...], parsed: tuple[Field, ...]) -> tuple[Field, ...]:
    """Declared fields (AcroForm, export columns) first; parsed ones that do not
    overlap them after."""
    taken = [(f.span.start, f.span.end) for f in declared]
    extra = tuple(
        f for f in parsed if not any(f.span.start < e and s < f.span.end for s, e in taken if e > s)
    )
    return tuple(sorted(declared + extra, key=lambda f: (f.span.start, f.span.end)))


def _placer(raw: Extracted) -> Placer:
    if raw.locate is not None:
        locate = raw.locate
        return lambda span: span if span.page is not None else locate(span.start, span.end)
    if not raw.pages:
        return lambda span: span
    starts = [p.span.start for p in raw.pages]
    numbers = [p.number for p in raw.pages]

    def place(span: Span) -> Span:
        if span.page is not None:
            return span
        i = bisect_right(starts, span.start) - 1
        return dataclasses.replace(span, page=numbers[max(i, 0)])

    return place


def _place_field(f: Field, place: Placer) -> Field:
    label_span = place(f.label_span) if f.label_span is not None else None
    return dataclasses.replace(f, span=place(f.span), label_span=label_span)


def _place_entry(e: Entry, place: Placer) -> Entry:
    header = place(e.header_span) if e.header_span is not None else None
    return dataclasses.replace(e, span=place(e.span), header_span=header)
