"""Check stage: what a person drafting a protocol should fix or look at.

``references`` finds and resolves internal cross-references (two steps, so
the site can link the ones that resolve); ``numbering`` finds numbering
anomalies; ``lint`` gathers every finding as Problem values.
"""

from clausebook.check.lint import lint
from clausebook.check.references import Reference, find_references, resolve_references

__all__ = ["Reference", "find_references", "lint", "resolve_references"]
