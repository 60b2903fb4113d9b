"""The score cache: a rebuild after editing one document re-scores only that document's pairs.

Runs the real align stage twice on a copy of the bundled corpus with one
cache folder: unchanged, nothing is scored again; after one document is
edited, every pair scored afresh involves a text of that document, and no
pair of two untouched documents is scored again.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from clausebook.align import run_alignment
from clausebook.align.normalise import load_vocabulary
from clausebook.align.units import document_units
from clausebook.models import Corpus
from clausebook.pipeline import parse_corpus

ROOT = Path(__file__).resolve().parent.parent
EDITED = "north-norfolk"


def _text_keys(corpus: Corpus) -> dict[str, set[str]]:
    """Document id -> keys of its clauses' and windows' texts, as the aligner prepares them."""
    councils = [p.document.meta.get("council") for p in corpus.documents]
    vocabulary = load_vocabulary(corpus.data.get("synonyms"), [c for c in councils if c])
    keys = {}
    for parsed in corpus.documents:
        units = document_units(parsed, vocabulary)
        keys[parsed.document.id] = {u.text.key for u in (*units.singles, *units.windows)}
    return keys


@pytest.fixture()
def corpus_copy(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", target)
    return target


def test_unchanged_corpus_is_not_scored_again(corpus_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = run_alignment(parse_corpus(corpus_copy), cache)
    second = run_alignment(parse_corpus(corpus_copy), cache)
    assert len(first.computed) > 1000
    assert second.computed == ()
    assert second.alignment == first.alignment


def test_editing_one_document_rescores_only_its_pairs(corpus_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = run_alignment(parse_corpus(corpus_copy), cache)
    path = corpus_copy / "documents" / f"{EDITED}.txt"
    path.write_text(path.read_text(encoding="utf-8").replace(" must ", " shall "), encoding="utf-8")

    corpus = parse_corpus(corpus_copy)
    second = run_alignment(corpus, cache)

    keys = _text_keys(corpus)
    others = set().union(*(k for doc, k in keys.items() if doc != EDITED))
    edited_only = keys[EDITED] - others
    assert edited_only, "the edit changed no clause text"
    assert second.computed, "edited clauses were not scored"
    assert all(a in edited_only or b in edited_only for a, b in second.computed)
    assert len(second.computed) < len(first.computed) / 4
    print(f"first run scored {len(first.computed)} pairs; after editing {EDITED}: {len(second.computed)}")
