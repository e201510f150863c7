"""The planted truth, written beside the documents as ``labels.json``.

Spans are offsets into each document's canonical text (its ``.txt``
rendering); every span also carries its quote, so a reader of a PDF or DOCX
rendering finds the same place by text. The schema is documented in
``docs/corpus.md``; ``LABELS_SCHEMA`` names its version.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from corpus.plan import COPY_SLOT_KIND, CasePlan, CorpusPlan, DocPlan
from corpus.render.text import Canonical
from corpus.writers.base import Written

LABELS_SCHEMA = "report-auditor/corpus-labels/1"
# ``family:name``; the embedded CRIS prompts are marked with the bare family ``prompt``.
_KEY_RE = re.compile(r"^(?P<family>[a-z]+)(?::(?P<name>.+))?$")
_BARE_FAMILIES = frozenset({"prompt"})


def _start(span: Mapping[str, Any]) -> int:
    return int(span["start"])


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "quote": text[start:end]}


def document_label(
    written: Written, canonical: Canonical, case: CasePlan, doc: DocPlan, path: str
) -> dict[str, Any]:
    text = canonical.text
    evidence: dict[str, list[dict[str, Any]]] = {}
    decisions: dict[int, dict[str, Any]] = {
        d.number: {"type": d.type, "reason": d.reason} for d in written.decisions
    }
    prompts: list[dict[str, Any]] = []
    passages: list[dict[str, Any]] = []
    for key, spans in canonical.spans.items():
        m = _KEY_RE.match(key)
        if not m:
            continue
        family, name = m["family"], m["name"]
        if name is None and family not in _BARE_FAMILIES:
            continue
        for start, end in spans:
            if family == "req":
                evidence.setdefault(name, []).append(_span(text, start, end))
            elif family == "decision":
                decisions[int(name)].update(_span(text, start, end))
            elif family == "reason":
                decisions[int(name)]["reason_span"] = _span(text, start, end)
            elif family == "prompt":
                prompts.append(_span(text, start, end))
            elif family == "passage":
                passages.append(
                    {"slot": name, "origin": written.passages.get(name, "own"), **_span(text, start, end)}
                )
    requirements: dict[str, dict[str, Any]] = {
        req: {"state": state, "evidence": sorted(evidence.get(req, []), key=_start)}
        for req, state in sorted(written.requirements.items())
    }
    return {
        "doc_id": doc.doc_id,
        "path": path,
        "case_id": case.case_id,
        "case_ref": case.cris_ref,
        "kind": doc.kind,
        "form": doc.form,
        "voice": doc.voice,
        "format": doc.fmt,
        "split": case.split,
        "record_date": case.record_date.isoformat(),
        "pages": canonical.pages,
        "chars": len(text),
        "requirements": requirements,
        "decisions": [decisions[n] for n in sorted(decisions) if "start" in decisions[n]],
        "prompts": sorted(prompts, key=_start),
        "passages": sorted(passages, key=_start),
        "fields": written.fields,
        "entries": written.entries,
    }


def case_label(case: CasePlan) -> dict[str, Any]:
    """What a linker should find about a case: people, phones, place, circumstances."""
    c = case.circumstances
    place = case.place
    return {
        "case_id": case.case_id,
        "kind": case.kind,
        "split": case.split,
        "date": case.when.isoformat(timespec="minutes"),
        "category": case.category if case.kind == "death" else None,
        "incident_type": case.incident_type,
        "borough": place.borough.name,
        "bcu": place.borough.bcu,
        "coronial_district": place.borough.coroner_district,
        "place_key": place.space.name if place.space else (place.address.full if place.address else ""),
        "place_described": place.described,
        "deceased": case.deceased.full,
        "informant": case.informant.full,
        "informant_phone": case.informant.phone,
        "finder": case.finder.full,
        "substance": c.substance.name if c.substance else None,
        "phone_missing": c.phone_missing,
        "series_id": case.series_id,
        "series_position": case.series_position,
        "lookalike_of": case.lookalike_of,
        "precursor_of": case.precursor_of,
        "precursor_link": case.precursor_link,
        "suspect": case.suspect.full if case.suspect else None,
        "documents": [d.doc_id for d in case.docs],
        "copies": [
            {"copy_id": k.copy_id, "slot": k.slot, "source_case": f"C{k.source:06d}", "mode": k.mode}
            for k in case.copies
        ],
    }


def _passage(label: Mapping[str, Any], slot: str) -> Mapping[str, Any] | None:
    return next((p for p in label["passages"] if p["slot"] == slot), None)


_SLOT_REQUIREMENT = {
    "rationale": "TPL-COPIED-RATIONALE",
    "supervisor": "TPL-SUPERVISOR-IDENTICAL",
    "details": "TPL-COPIED-DETAILS",
}


def copy_labels(plan: CorpusPlan, docs: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Planted cross-case copies with exact spans on both sides."""
    out = []
    for case in plan.cases:
        for copy in case.copies:
            source_case = plan.cases[copy.source]
            source_doc = source_case.doc(COPY_SLOT_KIND[copy.slot])
            target_doc = case.doc(COPY_SLOT_KIND[copy.slot])
            if source_doc is None or target_doc is None:
                continue
            source = docs.get(source_doc.doc_id)
            target = docs.get(target_doc.doc_id)
            if source is None or target is None:
                continue
            s = _passage(source, copy.slot)
            t = _passage(target, copy.slot)
            if s is None or t is None:
                continue
            out.append(
                {
                    "copy_id": copy.copy_id,
                    "slot": copy.slot,
                    "requirement": _SLOT_REQUIREMENT[copy.slot],
                    "mode": copy.mode,
                    "days_apart": (case.when - source_case.when).days,
                    "source": {"doc_id": source_doc.doc_id, "case_id": source_case.case_id, **_strip(s)},
                    "target": {"doc_id": target_doc.doc_id, "case_id": case.case_id, **_strip(t)},
                    "source_supervisor": source_case.officers["sergeant"].full,
                    "target_supervisor": case.officers["sergeant"].full,
                }
            )
    return out


def _strip(passage: Mapping[str, Any]) -> dict[str, Any]:
    return {"start": passage["start"], "end": passage["end"], "quote": passage["quote"]}


_SKELETON_RE = re.compile(r"\b[A-Z][\w'’-]*|\d+|[^\w\s]")


def skeleton(text: str) -> str:
    """The words of a passage without names, places, dates, numbers or punctuation."""
    return " ".join(_SKELETON_RE.sub(" ", text).lower().split())


def coincidental_copies(
    docs: Mapping[str, Mapping[str, Any]], cases: Mapping[str, CasePlan]
) -> list[dict[str, Any]]:
    """Own passages of different cases that read the same once names, dates and numbers are set aside.

    Nobody planted them, but they are what the copy requirements are about
    (identical supervisor comments across unrelated incidents), so they are
    part of the truth, with mode ``coincidental``.
    """
    groups: defaultdict[tuple[str, str], list[tuple[str, Mapping[str, Any]]]] = defaultdict(list)
    for doc_id, label in docs.items():
        for p in label["passages"]:
            if p["origin"] == "own" and p["slot"] in _SLOT_REQUIREMENT:
                groups[(p["slot"], skeleton(p["quote"]))].append((doc_id, p))
    out = []
    for (slot, key), members in sorted(groups.items()):
        if len(members) < 2 or len(key.split()) < 12:
            continue
        members.sort(key=lambda m: docs[m[0]]["record_date"])
        for i, (a, pa) in enumerate(members):
            for b, pb in members[i + 1 :]:
                ca, cb = docs[a]["case_id"], docs[b]["case_id"]
                if ca == cb:
                    continue
                out.append(
                    {
                        "copy_id": f"X-{a}-{b}-{slot}",
                        "slot": slot,
                        "requirement": _SLOT_REQUIREMENT[slot],
                        "mode": "coincidental",
                        "days_apart": (cases[cb].when - cases[ca].when).days,
                        "source": {"doc_id": a, "case_id": ca, **_strip(pa)},
                        "target": {"doc_id": b, "case_id": cb, **_strip(pb)},
                        "source_supervisor": cases[ca].officers["sergeant"].full,
                        "target_supervisor": cases[cb].officers["sergeant"].full,
                    }
                )
    return out


def transcription_labels(plan: CorpusPlan, docs: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Same-case retyping (EAB onto CRIS): legitimate, never copying."""
    out = []
    for case in plan.cases:
        a = case.doc("death_report")
        b = case.doc("cris_record")
        if a is None or b is None or a.doc_id not in docs or b.doc_id not in docs:
            continue
        pa = _passage(docs[a.doc_id], "circumstances")
        pb = _passage(docs[b.doc_id], "circumstances")
        if pa and pb:
            out.append(
                {
                    "case_id": case.case_id,
                    "a": {"doc_id": a.doc_id, **_strip(pa)},
                    "b": {"doc_id": b.doc_id, **_strip(pb)},
                }
            )
    return out


def series_labels(plan: CorpusPlan) -> list[dict[str, Any]]:
    out = []
    by_index = {c.index: c for c in plan.cases}
    for series_id, members in plan.series.items():
        cases = [by_index[i] for i in members if i in by_index]
        if len(cases) < 2:
            continue
        precursors = [c.case_id for c in plan.cases if c.precursor_of == series_id]
        out.append(
            {
                "series_id": series_id,
                "members": [c.case_id for c in cases],
                "lookalikes": [
                    by_index[i].case_id for i in plan.lookalikes.get(series_id, []) if i in by_index
                ],
                "precursors": precursors,
                "split": cases[0].split,
            }
        )
    return out


def labels_document(
    plan: CorpusPlan, documents: Iterable[Mapping[str, Any]], *, generator: str, formats: tuple[str, ...]
) -> dict[str, Any]:
    docs = {d["doc_id"]: d for d in documents}
    return {
        "schema": LABELS_SCHEMA,
        "generator": generator,
        "seed": plan.seed,
        "formats": list(formats),
        "documents": list(docs.values()),
        "cases": [case_label(c) for c in plan.cases],
        "copies": copy_labels(plan, docs) + coincidental_copies(docs, {c.case_id: c for c in plan.cases}),
        "transcriptions": transcription_labels(plan, docs),
        "series": series_labels(plan),
    }
