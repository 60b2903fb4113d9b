"""A rewording that may turn a rule round is named beside its similarity, in every format."""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

import pytest

from clausebook.compare import compare
from clausebook.compare.as_html import comparison_html
from clausebook.compare.as_json import to_json
from clausebook.compare.as_text import comparison_text

sys.path.insert(0, str(Path(__file__).parent / "parse"))
from parse_helpers import parse_text  # noqa: E402

OLD = ("1. Correspondence\n\n1.1 Correspondence between an individual councillor and an officer should not normally "
       "be copied to any other councillor, and officers will take particular care over letters sent out in the name "
       "of the council, which must be signed by the proper officer and filed with the other papers of the meeting.\n\n"
       "1.2 Members must give notice of items.\n\n1.3 Members work with officers.")


@pytest.mark.parametrize(("new", "number", "note"), [
    (OLD.replace("should not normally", "should normally"), "1.1", "99% similar; check the sense: \u201cnot\u201d taken out"),
    (OLD.replace("Members must give", "Members may give"), "1.2", "check the sense: \u201cmust\u201d became \u201cmay\u201d"),
    (OLD.replace("Members work with", "Members don't work with"), "1.3", "check the sense: \u201cdon't\u201d put in"),
])
def test_a_rewording_that_may_reverse_the_rule_is_named(new: str, number: str, note: str) -> None:
    comparison = compare(parse_text(OLD, doc_id="old"), parse_text(new, doc_id="new"))
    change = next(c for c in comparison.changes if c.reworded)
    assert (change.old[0].number, change.status) == (number, "reworded")
    assert f"{number} \u2192 {number}  reworded, " in comparison_text(comparison)
    assert note in comparison_text(comparison)
    assert note in html.unescape(comparison_html(comparison))
    assert json.loads(to_json(comparison))["changes"][[c.reworded for c in comparison.changes].index(True)]["sense"]


def test_a_rewording_that_keeps_the_sense_says_only_how_similar_it_is() -> None:
    comparison = compare(parse_text(OLD, doc_id="old"), parse_text(OLD.replace("Members work", "Councillors work"),
                                                                   doc_id="new"))
    change = next(c for c in comparison.changes if c.reworded)
    assert change.sense == ()
    assert re.search(r"^1\.3 \u2192 1\.3  reworded, \d+% similar$", comparison_text(comparison), re.M)


def test_quotes_and_dashes_a_word_processor_changed_are_no_rewording() -> None:
    """Straight quotes made curly and a hyphen made a dash: a committee has nothing to read there."""
    old = "1. Access\n\n1.1 The \"need to know\" test - the Council's rule - applies."
    new = "1. Access\n\n1.1 The \u201cneed to know\u201d test \u2013 the Council\u2019s rule \u2013 applies."
    comparison = compare(parse_text(old, doc_id="old"), parse_text(new, doc_id="new"))
    assert [c.status for c in comparison.changes] == ["unchanged", "unchanged"]
    assert [(run.op, run.text) for run in comparison.changes[1].diff] == [("equal", new.split("1.1 ")[1])]


def test_a_negation_moved_from_one_rule_to_another_is_named() -> None:
    """As many "not"s as before, and both rules turned round."""
    old = OLD.replace("1.3 Members work with officers.", "1.3 Members must not disclose papers. They must share minutes.")
    new = old.replace("must not disclose papers. They must share", "must disclose papers. They must not share")
    change = next(c for c in compare(parse_text(old, doc_id="old"), parse_text(new, doc_id="new")).changes if c.reworded)
    assert change.sense == ("\u201cnot\u201d moved",)
