"""Align equivalent clauses across councils: links with evidence, and the topics they form."""

from clausebook.align.stage import AlignRun, align, run_alignment

__all__ = ["AlignRun", "align", "run_alignment"]
