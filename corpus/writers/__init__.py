"""Writers: one module per document kind, turning a case plan into a ``DocSpec``
and the truth about it (requirement states, decisions, passages)."""
