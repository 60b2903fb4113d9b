"""Run the stages in order: read -> parse -> align.

The CLI, the MkDocs plugin and the tests all come through here, so a site,
an export and a lint run of the same corpus always see the same clauses.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from clausebook.align import align
from clausebook.compare.model import Comparison
from clausebook.compare.versions import comparisons
from clausebook.models import Alignment, Corpus, Problem
from clausebook.parse import parse_document
from clausebook.read import load_corpus

if TYPE_CHECKING:
    from clausebook.compare.gaps import GapReport


@dataclass(frozen=True)
class Build:
    """Everything a renderer or exporter needs about one corpus."""

    corpus: Corpus
    alignment: Alignment

    @property
    def problems(self) -> tuple[Problem, ...]:
        return self.corpus.problems

    @cached_property
    def comparisons(self) -> tuple[Comparison, ...]:
        """Each document that supersedes another, compared with it: computed once per build,
        then read by both the changes page and the previous version's own page."""
        return comparisons(self.corpus)

    @cached_property
    def gap_reports(self) -> tuple[GapReport, ...]:
        """The gap report of each draft in the corpus: read by its page and by its downloads."""
        # Imported here: compare.gaps reads other corpora through this module (compare.sources).
        from clausebook.compare.gaps import draft_ids, gap_report

        return tuple(gap_report(self.corpus, self.alignment, draft_id) for draft_id in draft_ids(self.corpus))


def parse_corpus(corpus_dir: Path) -> Corpus:
    """Read and parse every document; problems of all files are kept together."""
    documents, data, problems = load_corpus(corpus_dir)
    parsed = tuple(parse_document(document) for document in documents)
    for result in parsed:
        problems.extend(result.problems)
    return Corpus(documents=parsed, data=data, problems=tuple(problems))


def run(corpus_dir: Path, cache_dir: Path | None = None) -> Build:
    """The whole pipeline for one corpus folder."""
    corpus = parse_corpus(corpus_dir)
    alignment = align(corpus, cache_dir)
    return Build(corpus=corpus, alignment=alignment)
