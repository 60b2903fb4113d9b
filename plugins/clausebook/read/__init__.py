"""Read stage: corpus files to validated Documents and curated data."""

from clausebook.read.corpus import load_corpus, read_document

__all__ = ["load_corpus", "read_document"]
