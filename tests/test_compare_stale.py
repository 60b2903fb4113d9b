"""A citation a renumbering left behind is reported with the draft's numbering slips."""

from __future__ import annotations

import sys
from html import unescape
from pathlib import Path

from clausebook.cli import main
from clausebook.compare import compare
from clausebook.compare.stale import stale_references
from clausebook.models import Corpus
from clausebook.render.changes import change_markdown

sys.path.insert(0, str(Path(__file__).parent / "parse"))
from parse_helpers import parse_text  # noqa: E402

OLD = ("1. Scope\n\n1.1 Complaints are dealt with under paragraph 2.1 and section 3.\n\n2. Grievances\n\n"
       "2.1 An officer may use the grievance procedure.\n\n3. Media\n\n3.1 Officers brief the press.")
INSERTED = OLD.replace("2. Grievances", "2. Social Media\n\n2.1 Members take care online.\n\n3. Grievances") \
    .replace("2.1 An officer", "3.1 An officer").replace("3. Media\n\n3.1", "4. Media\n\n4.1")


def test_a_citation_left_behind_by_a_renumbering_is_reported() -> None:
    comparison = compare(parse_text(OLD, doc_id="old"), parse_text(INSERTED, doc_id="new"))
    assert [(p.line, p.message) for p in stale_references(comparison)] == [
        (3, "1.1 still cites paragraph 2.1, but that clause is now 3.1 (2.1 is now another clause)"),
        (3, "1.1 still cites section 3, but that clause is now 4 (3 is now another clause)")]


def test_a_citation_brought_up_to_date_is_not() -> None:
    updated = INSERTED.replace("under paragraph 2.1 and section 3", "under paragraph 3.1 and section 4")
    assert stale_references(compare(parse_text(OLD, doc_id="old"), parse_text(updated, doc_id="new"))) == []


def test_compare_reports_it_on_standard_error(tmp_path: Path, capsys) -> None:
    front = ("---\nid: {}\ntitle: Protocol\ncouncil: Test Council\ncouncil_type: district\nkind: protocol\n"
             "status: adopted\ndates: {{adopted: null, review_due: null, meeting: null}}\n"
             "source: {{published_as: test}}\n---\n")
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(front.format("old") + OLD, encoding="utf-8")
    new.write_text(front.format("new") + INSERTED, encoding="utf-8")
    assert main(["compare", str(old), str(new)]) == 0
    err = capsys.readouterr().err
    assert f"{new}:13: warning: 1.1 still cites paragraph 2.1, but that clause is now 3.1" in err


def test_a_citation_of_a_clause_since_removed_says_so() -> None:
    """Not "that clause is now 2": a removed clause leads a saved link to its section, but it was removed."""
    removed = INSERTED.replace("3.1 An officer may use the grievance procedure.\n\n", "")
    problems = stale_references(compare(parse_text(OLD, doc_id="old"), parse_text(removed, doc_id="new")))
    assert problems[0].message == "1.1 still cites paragraph 2.1, but that clause was removed (2.1 is now another clause)"


def test_the_sites_changes_page_lists_them_too() -> None:
    old, new = parse_text(OLD, doc_id="old"), parse_text(INSERTED, doc_id="new")
    page = change_markdown(Corpus(documents=(old, new), data={}, problems=()), compare(old, new))
    assert "## Citations to check {#citations}" in page
    assert "- 1.1 still cites paragraph 2.1, but that clause is now 3.1 (2.1 is now another clause)" in unescape(page)
    updated = INSERTED.replace("under paragraph 2.1 and section 3", "under paragraph 3.1 and section 4")
    assert "Citations to check" not in change_markdown(
        Corpus(documents=(old, new), data={}, problems=()), compare(old, parse_text(updated, doc_id="new")))


def test_a_document_that_cites_another_is_left_to_that_documents_numbers() -> None:
    """An aide-memoire's "paragraph 2.1" is the protocol's (refers_to): its own renumbering moves nothing."""
    from dataclasses import replace

    old, new = parse_text(OLD, doc_id="old"), parse_text(INSERTED, doc_id="new")
    guide = replace(new, document=replace(new.document, meta={**new.document.meta, "refers_to": "protocol"}))
    assert stale_references(compare(old, guide)) == []
