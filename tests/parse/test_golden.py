"""Each corpus document parses to its reviewed golden file (tests/golden/<id>.txt).

The golden files were read line by line against corpus/documents/; after a
deliberate parser change run tests/golden/regenerate.py and review the diff.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from clausebook.pipeline import parse_corpus

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("golden_regenerate", ROOT / "tests" / "golden" / "regenerate.py")
regenerate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(regenerate)

CORPUS = parse_corpus(ROOT / "corpus")
DOCUMENT_IDS = sorted(p.document.id for p in CORPUS.documents)


def test_every_corpus_document_has_a_golden_file() -> None:
    goldens = sorted(p.stem for p in (ROOT / "tests" / "golden").glob("*.txt"))
    assert goldens == DOCUMENT_IDS
    assert len(DOCUMENT_IDS) == 5


@pytest.mark.parametrize("doc_id", DOCUMENT_IDS)
def test_parse_matches_golden(doc_id: str) -> None:
    expected = regenerate.expected_path(doc_id).read_text(encoding="utf-8").splitlines()
    actual = regenerate.render(CORPUS.document(doc_id)).splitlines()
    assert actual == expected, f"run tests/golden/regenerate.py and review the diff for {doc_id}"
