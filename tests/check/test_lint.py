"""The linter's findings on small corpora written for the purpose, read and parsed by the real pipeline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from clausebook.check import find_references, lint, resolve_references
from clausebook.models import Corpus
from clausebook.pipeline import parse_corpus

TODAY = dt.date(2026, 1, 15)


def corpus_of(tmp_path: Path, documents: dict[str, tuple[str, str]]) -> Corpus:
    """A corpus folder holding one file per document: id -> (extra front matter, body)."""
    folder = tmp_path / "corpus" / "documents"
    folder.mkdir(parents=True)
    for doc_id, (extra, body) in documents.items():
        (folder / f"{doc_id}.txt").write_text(
            f"---\nid: {doc_id}\ntitle: Test {doc_id}\ncouncil: Test Council\ncouncil_type: district\n"
            f"kind: protocol\nstatus: adopted\ndates: {{adopted: null, review_due: null, meeting: null}}\n"
            f"source: {{published_as: test}}\n{extra}---\n{body}\n", encoding="utf-8")
    return parse_corpus(tmp_path / "corpus")


def findings(corpus: Corpus) -> list[tuple[int | None, str, str]]:
    return [(p.line, p.code, p.message) for p in lint(corpus, TODAY)]


def test_numbering_gaps_order_duplicates_and_ocr(tmp_path: Path) -> None:
    body = "1. Scope\n\n1.1 One.\n\n1.3 Three.\n\n1.2 Two.\n\n1.2 Two again.\n\nI.4 Four."
    found = findings(corpus_of(tmp_path, {"numbers": ("", body)}))
    # body line n is file line n + 10 (nine front-matter lines and the closing ---)
    assert sorted(found) == [
        (15, "numbering-gap", "numbering skips from 1.1 to 1.3"),
        (17, "numbering-order", "1.2 comes after 1.3: numbers out of order"),
        (19, "numbering-duplicate", "number 1.2 is used twice (first at line 17); this one's id is numbers--1-2-dup2"),
        (21, "numbering-gap", "numbering skips from 1.2 to 1.4"),
        (21, "numbering-ocr", "number printed 'I.4' read as 1.4 (a letter where a digit belongs: OCR?)"),
    ]


def test_line_numbers_count_page_breaks_as_pdftotext_writes_them(tmp_path: Path) -> None:
    """A form feed at a page break (pdftotext) or a vertical tab sits in a line; it does not start one."""
    body = "1. Scope\n\n1.1 One.\n\f\n1.3 Three.\n\x0b\n1.3 Three again.\n\f1.4 Four \u2028 on one line."
    corpus = corpus_of(tmp_path, {"pages": ("", body)})
    assert sorted(found for found in findings(corpus) if found[1] != "numbering-gap") == [
        (17, "numbering-duplicate", "number 1.3 is used twice (first at line 15); this one's id is pages--1-3-dup2")]
    assert [c.lines for c in corpus.documents[0].clauses][-1] == (18, 18)


def test_references_are_found_then_resolved_as_two_steps(tmp_path: Path) -> None:
    body = ("1. Scope\n\n1.1 As paragraph 1.2 says, see also section 3 and paragraphs 1.2(a) and 4.7.\n\n"
            "1.2 Members must:\n(a) be courteous.")
    corpus = corpus_of(tmp_path, {"refs": ("", body)})
    parsed = corpus.document("refs")
    found = find_references(parsed.by_id()["refs--1-1"])  # step one: the text alone
    assert [(r.kind, r.target) for r in found] == [("paragraph", "1.2"), ("section", "3"), ("paragraph", "1.2(a)"),
                                                    ("paragraph", "4.7")]
    clause = parsed.by_id()["refs--1-1"]
    assert [clause.text[r.start:r.end] for r in found] == ["1.2", "3", "1.2(a)", "4.7"]
    resolved = {r.reference.target: r.target_clause for r in resolve_references(parsed, {"refs": parsed})}
    assert resolved == {"1.2": "refs--1-2", "3": None, "1.2(a)": "refs--1-2-a", "4.7": None}
    messages = [m for _, code, m in findings(corpus) if code == "reference-unresolved"]
    assert len(messages) == 2 and all("resolves to nothing in this document" in m for m in messages)


def test_references_to_lettered_paragraphs_resolve(tmp_path: Path) -> None:
    body = ("A. PURPOSE\n\nA1 This protocol guides members.\n\nA2 It is part of the Constitution.\n\n"
            "A2.1 It is reviewed yearly, as paragraph A1 says; see also paragraphs A2.1 and B4, and appendix B and a copy.")
    parsed = corpus_of(tmp_path, {"lettered": ("", body)}).document("lettered")
    resolved = {r.reference.target: r.target_clause for r in resolve_references(parsed, {"lettered": parsed})}
    assert resolved == {"A1": "lettered--a1", "A2.1": "lettered--a2-1", "B4": None, "B": None}


def test_sections_of_acts_and_other_texts_are_no_references_to_this_one(tmp_path: Path) -> None:
    body = ("1. Scope\n\n1.1 The Monitoring Officer (under section 5 of the Local Government and Housing Act 1989), "
            "section 2 of the Local Government Act 2000, Section 4 of the Constitution and paragraphs 4.2 and 4.3 "
            "of the Members' Code of Conduct apply; so do paragraphs 1.1 and 1.2 of this Protocol.")
    parsed = corpus_of(tmp_path, {"acts": ("", body)}).document("acts")
    assert [(r.kind, r.target) for r in find_references(parsed.by_id()["acts--1-1"])] == [
        ("paragraph", "1.1"), ("paragraph", "1.2")]


def test_a_number_that_starts_a_date_is_no_reference(tmp_path: Path) -> None:
    body = ("1. Papers\n\n1.1 See Appendix 12 January 2020 (the old protocol) and paragraph 3 May 2021 minutes; "
            "section 2 may be waived.")
    parsed = corpus_of(tmp_path, {"dates": ("", body)}).document("dates")
    assert [(r.kind, r.target) for r in find_references(parsed.by_id()["dates--1-1"])] == [("section", "2")]


def test_references_resolve_into_the_document_named_by_refers_to(tmp_path: Path) -> None:
    corpus = corpus_of(tmp_path, {
        "protocol": ("", "6. Contact\n\n6.1 Members approach senior officers first."),
        "sheet": ("refers_to: protocol\n", "Notes\n\nThis Protocol (at paragraph 6.1) says so, and paragraph 6.2 too."),
    })
    resolved = {r.reference.target: r.target_clause
                for r in resolve_references(corpus.document("sheet"), {p.document.id: p for p in corpus.documents})}
    assert resolved == {"6.1": "protocol--6-1", "6.2": None}
    assert [m for _, code, m in findings(corpus) if code == "reference-unresolved"] == [
        "reference 'paragraph 6.2' resolves to nothing in protocol"]


def test_empty_clause_and_overdue_review(tmp_path: Path) -> None:
    corpus = corpus_of(tmp_path, {"empty": ("", "1. Scope\n\n1.1\n\n1.2 Text.")})
    found = findings(corpus)
    assert (13, "clause-empty", "clause 1.1 is empty") in found
    folder = tmp_path / "later"
    overdue = corpus_of(folder, {"old": ("", "1. Scope\n\n1.1 Text.")})
    path = folder / "corpus" / "documents" / "old.txt"
    path.write_text(path.read_text().replace("review_due: null", "review_due: 2025-06"))
    assert (None, "front-matter", "review was due 2025-06") in findings(parse_corpus(folder / "corpus"))
    assert overdue.problems == ()


def test_numbering_restarting_in_each_section_is_not_a_duplicate(tmp_path: Path) -> None:
    body = ("Section 1 Purpose\n\n1. This protocol guides members.\n\n2. It is part of the Constitution.\n\n"
            "Section 2 Members\n\n1. Members set policy.\n\n2. Members represent wards.\n\n2. Printed twice.")
    found = findings(corpus_of(tmp_path, {"sections": ("", body)}))
    assert found == [(23, "numbering-duplicate",
                      "number 2 is used twice (first at line 21); this one's id is sections--section-2-2-dup2")]


def test_a_number_repeated_under_another_capitals_heading_is_still_a_duplicate(tmp_path: Path) -> None:
    body = "INTRODUCTION\n\n1. Members and officers work together.\n\nROLES\n\n1. Members set policy."
    found = findings(corpus_of(tmp_path, {"caps": ("", body)}))
    assert (17, "numbering-duplicate", "number 1 is used twice (first at line 13); this one's id is caps--1-dup2") in found


def test_appendix_a_is_the_one_annex_headed_with_no_letter(tmp_path: Path) -> None:
    """'(see Appendix A)' where the document's only annex is headed 'ANNEX': that annex is what it means;
    with two unlettered annexes, or a lettered one, nothing is guessed."""
    one = "1. Scope\n\n1.1 Follow the principles (see Appendix A), not Appendix B.\n\nANNEX\n\nThe principles."
    two = one + "\n\nANNEX\n\nMore principles."
    corpus = corpus_of(tmp_path, {"one": ("", one), "two": ("", two)})
    for doc_id, expected in (("one", "one--annex"), ("two", None)):
        parsed = corpus.document(doc_id)
        resolved = {r.reference.target: r.target_clause for r in resolve_references(parsed, {doc_id: parsed})}
        assert resolved == {"A": expected, "B": None}, doc_id


def test_a_division_named_section_n_is_cited_and_is_no_citation_of_itself(tmp_path: Path) -> None:
    """ "Section 2 Access to Information" is section 2; its heading is not "a reference that resolves to nothing"."""
    body = ("Section 1 Introduction\n\n1.1 Officers must give impartial advice.\n\nSection 2 Access to Information\n\n"
            "2.1 Members may ask, as Section 1 explains; see also section 3.")
    corpus = corpus_of(tmp_path, {"named": ("", body)})
    parsed = corpus.document("named")
    resolved = [(r.reference.clause, r.reference.target, r.target_clause)
                for r in resolve_references(parsed, {"named": parsed})]
    assert resolved == [("named--section-2-2-1", "1", "named--section-1"), ("named--section-2-2-1", "3", None)]
    assert [m for _, code, m in findings(corpus) if code == "reference-unresolved"] == [
        "reference 'section 3' resolves to nothing in this document"]


def test_paragraphs_under_article_n_or_section_n_stand_where_they_belong(tmp_path: Path) -> None:
    """ "Article 1 Introduction" numbers 1.1 and 1.2; only a 3.1 under "Article 2" is out of place."""
    body = ("Article 1 Introduction\n\n1.1 This Protocol applies.\n\n1.2 Ask the Monitoring Officer.\n\n"
            "Article 2 Principles\n\n2.1 Members lead.\n\n3.1 Officers advise.\n\nSection 4 Media\n\n4.1 Press.")
    found = [m for _, code, m in findings(corpus_of(tmp_path, {"articles": ("", body)})) if code == "numbering-section"]
    assert found == ["paragraph 3.1 stands under 'Article 2 Principles', which has no number 3"]
