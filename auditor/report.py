"""The stable output shapes of ``auditor check``: JSON objects and linter lines.

The JSON object is an interface other people's scripts rely on (design.md,
"Interfaces"): fields may be added, never renamed.
"""

from __future__ import annotations

from typing import Any

from auditor.document import Document, Span
from auditor.findings import Audit, Finding
from auditor.pipeline import Result


def span_json(span: Span) -> dict[str, Any]:
    out: dict[str, Any] = {"start": span.start, "end": span.end}
    if span.page is not None:
        out["page"] = span.page
    if span.bbox is not None:
        b = span.bbox
        out["bbox"] = [round(b.x0, 2), round(b.top, 2), round(b.x1, 2), round(b.bottom, 2)]
    return out


def result_json(result: Result) -> dict[str, Any]:
    """One JSON object per input file."""
    if result.error is not None or result.document is None or result.audit is None:
        assert result.error is not None
        return {
            "path": result.path,
            "error": {"code": str(result.error.code), "message": result.error.message},
        }
    return document_json(result.path, result.document, result.audit)


def document_json(path: str, doc: Document, audit: Audit) -> dict[str, Any]:
    meta = doc.meta
    return {
        "path": path,
        "document_id": doc.id,
        "kind": str(doc.kind),
        "kind_confidence": round(meta.kind_confidence, 3),
        "kind_cues": list(meta.kind_cues),
        "case_ref": meta.case_ref,
        "record_date": meta.record_date.isoformat() if meta.record_date else None,
        "format": doc.source.format if doc.source else None,
        "pages": len(meta.pages),
        "needs_ocr": list(meta.needs_ocr),
        "is_blank_template": meta.is_blank_template,
        "score": audit.score,
        "score_breakdown": [
            {
                "requirement": i.requirement,
                "severity": str(i.severity),
                "state": str(i.state),
                "weight": i.weight,
                "earned": i.credit,
            }
            for i in audit.score_breakdown
        ],
        "requirement_states": {k: str(v) for k, v in sorted(audit.requirement_states.items())},
        "sections": [{"name": s.name, "heading": s.heading, "span": span_json(s.span)} for s in doc.sections],
        "fields": [{"name": f.name, "span": span_json(f.span)} for f in doc.fields],
        "entries": len(doc.entries),
        "warnings": list(meta.warnings),
        "findings": [finding_json(doc, f) for f in audit.findings],
        "versions": dict(audit.versions),
    }


def finding_json(doc: Document, f: Finding) -> dict[str, Any]:
    return {
        "code": f.code,
        "requirement": f.requirement,
        "severity": str(f.severity),
        "state": str(f.state),
        "message": f.message,
        "span": span_json(f.span),
        "quote": doc.quote(f.span),
        "suggestion": f.suggestion,
        "related": [{"path": r.document, "span": span_json(r.span), "quote": r.quote} for r in f.related],
    }


def finding_line(path: str, doc: Document, f: Finding) -> str:
    """``PATH:LINE:COL CODE [REQUIREMENT] message``, as linters print."""
    line, col = doc.line_col(f.span.start)
    return f"{path}:{line}:{col} {f.code} [{f.requirement}] {f.message}"
