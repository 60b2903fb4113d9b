"""Whole corpus protocols flattened onto one line, as some PDF extractions give them, keep their numbering.

The line-by-line parse of the same text is the reference: the flattened parse
must find the same clause numbers, in the same order, with the same parents.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clausebook.pipeline import parse_corpus

from parse_helpers import parse_text

ROOT = Path(__file__).resolve().parents[2]
CORPUS = parse_corpus(ROOT / "corpus")


def _flattened(doc_id: str) -> str:
    return " ".join(line.strip() for line in CORPUS.document(doc_id).document.lines if line.strip())


def _numbers(clauses) -> list[tuple[str, str | None]]:
    by_id = {c.id: c for c in clauses}
    return [(c.normalised_number, by_id[c.parent].normalised_number if c.parent else None)
            for c in clauses if c.normalised_number]


@pytest.mark.parametrize(("doc_id", "lost"), [
    ("north-norfolk", []),
    # Section 6's misnumbered 5.1 and 5.3 (the printed anomaly) follow no sequence, so stay in the text.
    ("district-appendix-j", [("5.1", "6"), ("5.3", "6")]),
])
def test_flattened_protocol_keeps_its_numbers(doc_id: str, lost: list[tuple[str, str]]) -> None:
    reference = _numbers(CORPUS.document(doc_id).clauses)
    flattened = parse_text(_flattened(doc_id), doc_id=doc_id)
    assert _numbers(flattened.clauses) == [n for n in reference if n not in lost]
    assert all(c.lines == (1, 1) for c in flattened.clauses)


@pytest.mark.parametrize(("line", "numbers"), [
    ("1.1 One. 1.2 Two. 1.4 Four. 1.5 Five.", ["1.1", "1.2", "1.4", "1.5"]),  # a gap
    ("1.1 One. 1.2 Two. 1.2 Again. 1.4 Four.", ["1.1", "1.2", "1.2", "1.4"]),  # a repeat
    ("1.1 One. 1.3 Three. 1.2 Two.", ["1.1", "1.3", "1.2"]),  # two swapped
    ("1.1 The Act of 1972. 1.5 million people live here. 1.2 Next.", ["1.1", "1.2"]),  # an amount, no clause
])
def test_a_numbering_slip_in_a_flattened_line_still_splits_it(line: str, numbers: list[str]) -> None:
    """The slip is the drafter's to fix, and check can only report it if each clause exists."""
    parsed = parse_text(f"1. INTRO\n{line}")
    assert [c.number for c in parsed.clauses if c.number != "1."] == numbers
