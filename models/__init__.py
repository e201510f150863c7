"""NLP: the spaCy pipeline, the transformer encoder and the project's trained
classifiers (decision and rationale). Empty until the models issue lands; checks
that need models take them from ``checks.Context``."""
