"""report-auditor core: the document model, findings, the pipeline, scoring,
configuration and the command line. ``auditor.pipeline.Auditor`` is the one
entry point that wires extractors, checks and scoring together."""

__version__ = "0.1.0"
