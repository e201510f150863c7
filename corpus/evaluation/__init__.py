"""Evaluation against published benchmarks: PAN's plagdet measures
(``plagdet``) and the PAN 2013 text-alignment corpus runner (``pan``)."""
