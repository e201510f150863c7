"""The synthetic annotated corpus, its renderers, loaders for real data and the
evaluation harness. ``corpus.real`` locates the real public documents in
``../shared/data`` used by the demo, tests and benchmarks."""
