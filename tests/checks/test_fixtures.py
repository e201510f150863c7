"""Every case of every check fixture, through the whole pipeline.

A flags case must give findings of its check whose spans are exactly the
marked spans, all in the expected state, which is then the requirement's
state; a passes case must give no finding of the check and ``present`` (or
``not_applicable`` when it says ``expect: state=not_applicable``).
"""

from __future__ import annotations

import pytest

from auditor.pipeline import Auditor
from checks import Check, all_checks


def _check(code: str) -> type[Check]:
    for check in all_checks():
        if check.code == code:
            return check
    pytest.fail(f"fixture {code}.md names no known check")


def _show(text: str, spans: set[tuple[int, int]] | frozenset[tuple[int, int]]) -> str:
    return "\n".join(f"  [{s}, {e}) {text[s:e]!r}" for s, e in sorted(spans)) or "  (none)"


def test_fixture_case(fixture_case) -> None:  # type: ignore[no-untyped-def]
    case = fixture_case
    check = _check(case.code)
    result = Auditor(checks=[check]).audit_bytes(case.text.encode("utf-8"), case.filename)
    assert result.error is None, f"extraction failed: {result.error}"
    doc, audit = result.document, result.audit
    assert doc is not None and audit is not None
    assert doc.text.rstrip() == case.text.rstrip(), (
        "the extractor changed the text, so marked offsets no longer apply"
    )
    assert doc.kind in check.applies_to, (
        f"{case.id}: detected kind {doc.kind.value!r}, the check applies to "
        f"{sorted(k.value for k in check.applies_to)}"
    )
    found = [f for f in audit.findings if f.code == case.code]
    got = {(f.span.start, f.span.end) for f in found}
    state = audit.requirement_states[check.requirement].value
    if case.group == "passes":
        assert not found, f"{case.id}: expected no finding, got:\n" + "\n".join(
            f"  [{f.span.start}, {f.span.end}) {f.evidence!r}: {f.message}" for f in found
        )
        assert state == case.state, f"{case.id}: requirement {state}, expected {case.state}"
        return
    assert got == set(case.spans), (
        f"{case.id}: spans differ\nexpected:\n{_show(case.text, case.spans)}\n"
        f"got:\n{_show(case.text, got)}\nmessages:\n"
        + "\n".join(f"  {f.message} [{f.state.value}]" for f in found)
    )
    assert all(len(f.span) > 0 for f in found)
    assert {f.state.value for f in found} == {case.state}, f"{case.id}: finding states"
    assert state == case.state
    for f in found:
        assert f.evidence == case.text[f.span.start : f.span.end]
        assert f.message and f.suggestion
