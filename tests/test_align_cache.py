"""The score cache: a rebuild after editing one document re-scores only that document's pairs.

Runs the real align stage twice on a copy of the bundled corpus with one
cache folder: unchanged, nothing is scored again; after one document is
edited, every pair scored afresh involves a text of that document. The one
exception is by design and checked exactly: a word the edit pushed across
the retrieval's common-word cut-off can make two untouched texts candidates.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from clausebook.align import run_alignment
from clausebook.align.normalise import load_vocabulary
from clausebook.align.retrieve import COMMON, COMMON_FLOOR
from clausebook.align.units import DocumentUnits, document_units
from clausebook.models import Corpus
from clausebook.pipeline import parse_corpus

ROOT = Path(__file__).resolve().parent.parent
EDITED = "north-norfolk"


def _units(corpus: Corpus) -> dict[str, DocumentUnits]:
    """Each document's clauses and windows, as the aligner prepares them."""
    councils = [p.document.meta.get("council") for p in corpus.documents]
    vocabulary = load_vocabulary(corpus.data.get("synonyms"), [c for c in councils if c])
    return {p.document.id: document_units(p, vocabulary) for p in corpus.documents}


def _keys(units: DocumentUnits) -> set[str]:
    return {u.text.key for u in (*units.singles, *units.windows)}


def _common(units: dict[str, DocumentUnits]) -> set[str]:
    """The words retrieval leaves out of its index, decided as retrieve.candidates does."""
    texts = {u.text.key: u.text for document in units.values() for u in document.singles}
    frequency: dict[str, int] = {}
    for text in texts.values():
        for word in set(text.content):
            frequency[word] = frequency.get(word, 0) + 1
    cap = max(COMMON_FLOOR, int(COMMON * len(texts)))
    return {word for word, count in frequency.items() if count > cap}


@pytest.fixture()
def corpus_copy(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", target)
    return target


def _edit(corpus: Path, old: str, new: str) -> None:
    path = corpus / "documents" / f"{EDITED}.txt"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_unchanged_corpus_is_not_scored_again(corpus_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = run_alignment(parse_corpus(corpus_copy), cache)
    second = run_alignment(parse_corpus(corpus_copy), cache)
    assert len(first.computed) > 1000
    assert second.computed == ()
    assert second.alignment == first.alignment


def test_editing_one_document_rescores_only_its_pairs(corpus_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    before = _units(parse_corpus(corpus_copy))
    first = run_alignment(parse_corpus(corpus_copy), cache)
    _edit(corpus_copy, " information ", " data ")
    corpus = parse_corpus(corpus_copy)
    second = run_alignment(corpus, cache)

    after = _units(corpus)
    untouched = set().union(*(_keys(units) for doc, units in after.items() if doc != EDITED))
    edited = _keys(after[EDITED]) - untouched
    assert edited, "the edit changed no clause text"
    assert second.computed, "edited clauses were not scored"
    crossed = _common(before) ^ _common(after)  # words that entered or left the index
    content = {u.text.key: set(u.text.content) for units in after.values() for u in (*units.singles, *units.windows)}
    elsewhere = [(a, b) for a, b in second.computed if a not in edited and b not in edited]
    assert all(content[a] & content[b] & crossed for a, b in elsewhere), elsewhere
    assert len(second.computed) < len(first.computed) / 4
    print(f"first run scored {len(first.computed)} text pairs; after editing {EDITED}: "
          f"{len(second.computed)}, of which {len(elsewhere)} untouched pairs brought in by {sorted(crossed)}")


def test_editing_only_function_words_rescores_nothing(corpus_copy: Path, tmp_path: Path) -> None:
    """ "must" / "shall" changes no content word: the scorers would see the same texts."""
    cache = tmp_path / "cache"
    first = run_alignment(parse_corpus(corpus_copy), cache)
    _edit(corpus_copy, " must ", " shall ")
    second = run_alignment(parse_corpus(corpus_copy), cache)
    assert second.computed == ()
    assert second.alignment.links == first.alignment.links
