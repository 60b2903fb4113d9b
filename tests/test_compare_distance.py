"""Merges and splits at a distance: a clause joined to, or split off to, a clause in another section."""

from __future__ import annotations

import sys
from pathlib import Path

from clausebook.compare import compare
from clausebook.compare.as_text import comparison_text
from clausebook.compare.labels import labels

sys.path.insert(0, str(Path(__file__).parent / "parse"))
from parse_helpers import parse_text  # noqa: E402

OLD = ("1. Correspondence\n\n1.1 Letters which create obligations should never be sent out in the name of a councillor.\n\n"
       "1.2 Councillors should avoid copying in officers to matters of a party political nature.\n\n"
       "1.3 Not used.\n\n2. Publicity\n\n2.1 Expenditure on publicity can be significant and must be properly decided.\n\n"
       "2.2 Officers will not publish material designed to affect support for a political party.\n\n"
       "2.3 Not used.")


def _changes(old: str, new: str) -> list[tuple[str, str, str]]:
    comparison = compare(parse_text(old, doc_id="old"), parse_text(new, doc_id="new"))
    return [(labels(c.old), labels(c.new), c.status) for c in comparison.changes if c.status != "unchanged"]


def test_a_clause_appended_to_one_in_another_section_is_merged_not_removed() -> None:
    new = OLD.replace("1.2 Councillors should avoid copying in officers to matters of a party political nature.\n\n", "")
    new = new.replace("properly decided.", "properly decided. Councillors should avoid copying in officers to "
                                            "matters of a party political nature.").replace("1.3 Not", "1.2 Not")
    assert _changes(OLD, new) == [("1.3", "1.2", "renumbered"), ("2.1 + 1.2", "2.1", "merged")]


def test_half_a_clause_moved_to_another_section_is_a_split_not_an_addition() -> None:
    """The half that stayed must not read as new, nor the clause as "moved and reworded" to where its other half went."""
    old = OLD.replace("in the name of a councillor.", "in the name of a councillor. Officers sign letters that "
                                                            "give instructions on behalf of the council.")
    new = old.replace(" Officers sign letters that give instructions on behalf of the council.", "")
    new = new.replace("2.3 Not used.", "2.3 Officers sign letters that give instructions on behalf of the council.")
    assert _changes(old, new) == [("1.1", "1.1 + 2.3", "split"), ("2.3", "—", "removed")]


def test_a_short_clause_is_not_taken_for_one_merged_elsewhere() -> None:
    """ "Not used." shares its words with every clause that says so: too few words to say where they went."""
    new = OLD.replace("1.3 Not used.\n\n", "").replace("political party.", "political party. Not used.")
    assert _changes(OLD, new) == [("1.3", "—", "removed"), ("2.2", "2.2", "reworded")]


def test_the_redline_says_which_part_came_from_or_went_to_another_section() -> None:
    merged = OLD.replace("1.2 Councillors should avoid copying in officers to matters of a party political nature.\n\n", "")
    merged = merged.replace("properly decided.", "properly decided. Councillors should avoid copying in officers to "
                                                  "matters of a party political nature.").replace("1.3 Not", "1.2 Not")
    text = comparison_text(compare(parse_text(OLD, doc_id="old"), parse_text(merged, doc_id="new")))
    assert "2.1 + 1.2 \u2192 2.1  merged (1.2 from \u201c1. Correspondence\u201d)\n" in text
