import pytest

from auditor.document import DocKind, Document, Span


def test_span_rejects_negative_and_reversed() -> None:
    with pytest.raises(ValueError):
        Span(-1, 2)
    with pytest.raises(ValueError):
        Span(5, 4)
    assert len(Span(3, 7)) == 4


def test_line_col_is_one_based() -> None:
    doc = Document(id="x", kind=DocKind.UNKNOWN, text="ab\ncde\n\nf")
    assert doc.line_col(0) == (1, 1)
    assert doc.line_col(4) == (2, 2)
    assert doc.line_col(8) == (4, 1)


def test_document_is_frozen() -> None:
    doc = Document(id="x", kind=DocKind.UNKNOWN, text="t")
    with pytest.raises(AttributeError):
        doc.text = "other"  # type: ignore[misc]
