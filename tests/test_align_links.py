"""What every link and topic of the bundled corpus must be, whatever the scores.

Links join clauses of two different documents, once, with a score in 0..1,
a kind, and evidence a reader can check against both texts; topics have
permanent ids from corpus/data/topics.yaml and list existing clauses in
corpus order. And two runs give the same alignment.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from clausebook.align import run_alignment
from clausebook.align.normalise import load_vocabulary, stem
from clausebook.align.prepare import frame_of, is_title
from clausebook.align.topics import load_seeds
from clausebook.models import Alignment, Corpus
from clausebook.parts import clause_kinds
from clausebook.pipeline import parse_corpus

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return parse_corpus(ROOT / "corpus")


@pytest.fixture(scope="module")
def alignment(corpus: Corpus) -> Alignment:
    return run_alignment(corpus, None).alignment


def test_links_join_two_documents_once_with_score_kind_and_evidence(corpus: Corpus, alignment: Alignment) -> None:
    clauses = {c.id: c for c in corpus.clauses()}
    assert len(alignment.links) > 50
    assert len({(link.a, link.b) for link in alignment.links}) == len(alignment.links)
    for link in alignment.links:
        a, b = clauses[link.a], clauses[link.b]
        assert a.document != b.document and link.a < link.b
        assert 0 < link.score <= 1 and link.kind in ("equivalent", "partial")
        assert link.shared, link
        for evidence in link.shared:  # the documents' own words: "Members / councillors"
            words = evidence.split(" / ")
            assert re.search(re.escape(words[0]), a.text, re.IGNORECASE), (evidence, a.text)
            assert re.search(re.escape(words[-1]), b.text, re.IGNORECASE), (evidence, b.text)


def test_both_kinds_occur(alignment: Alignment) -> None:
    assert {link.kind for link in alignment.links} == {"equivalent", "partial"}


def test_topics_have_curated_ids_and_list_each_clause_once_in_corpus_order(corpus: Corpus, alignment: Alignment) -> None:
    curated = yaml.safe_load((ROOT / "corpus" / "data" / "topics.yaml").read_text(encoding="utf-8"))["topics"]
    order = {c.id: i for i, c in enumerate(corpus.clauses())}
    ids = [t.id for t in alignment.topics]
    assert len(ids) == len(set(ids)) and set(ids) <= {t["id"] for t in curated}
    assert len(ids) >= 15
    listed = [cid for topic in alignment.topics for cid in topic.clauses]
    assert len(listed) == len(set(listed))
    for topic in alignment.topics:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", topic.id) and topic.title
        assert [order[c] for c in topic.clauses] == sorted(order[c] for c in topic.clauses)


def test_topics_leave_silent_cells(corpus: Corpus, alignment: Alignment) -> None:
    """The coverage matrix is only useful if a council that says nothing on a topic shows as silent."""
    documents = {p.document.id for p in corpus.documents}
    covered = [{cid.split("--")[0] for cid in topic.clauses} for topic in alignment.topics]
    assert any(cells != documents for cells in covered)
    assert any(len(cells) >= 3 for cells in covered)


def test_alignment_is_deterministic(corpus: Corpus, alignment: Alignment) -> None:
    assert run_alignment(corpus, None).alignment == alignment


@pytest.mark.parametrize(("left", "right"), [
    ("Town Clerk", "Chief Executive"),
    ("Head of Paid Service", "chief executive"),
    ("members of staff", "officers"),
    ("Councillors", "Members"),
    ("Cllr", "member"),
    ("the Authority", "the Council"),
    ("North Norfolk", "the council"),
    ("North Norfolk District Council", "Council"),
])
def test_vocabulary_folds_what_councils_call_the_same_thing(corpus: Corpus, left: str, right: str) -> None:
    vocabulary = load_vocabulary(corpus.data["synonyms"], ["North Norfolk District Council"])
    assert [t.key for t in vocabulary.tokens(left)][-1] == [t.key for t in vocabulary.tokens(right)][-1]


def test_folded_tokens_keep_the_printed_words(corpus: Corpus) -> None:
    vocabulary = load_vocabulary(corpus.data["synonyms"])
    tokens = vocabulary.tokens("(d) the Town Clerk advised Members")
    assert [t.surface for t in tokens] == ["the", "Town Clerk", "advised", "Members"]


def test_an_address_in_a_clause_is_no_words_to_match_on(corpus: Corpus) -> None:
    """ "(https://www.gov.uk/...)" after a link's words: where the text points, not what it says."""
    vocabulary = load_vocabulary(corpus.data["synonyms"])
    tokens = vocabulary.tokens("Read the Code (https://www.example.gov.uk/code-of-conduct) or email "
                               "clerk@example.gov.uk, see www.example.gov.uk/help.")
    assert [t.surface for t in tokens] == ["Read", "the", "Code", "or", "email", "see"]


def test_stopwords_yaml_reads_on_and_no_as_words(corpus: Corpus) -> None:
    vocabulary = load_vocabulary(corpus.data["synonyms"])
    assert not vocabulary.is_content("on") and not vocabulary.is_content("no")


@pytest.mark.parametrize(("a", "b"), [
    ("impartiality", "impartial"), ("harassment", "harass"), ("politically", "political"),
    ("relationships", "relationship"), ("professional", "profession"), ("enquiries", "enquires"),
])
def test_stemmer_meets_word_forms(a: str, b: str) -> None:
    assert stem(a) == stem(b)


def test_evidence_leaves_out_the_house_vocabulary_when_rarer_words_are_shared(alignment: Alignment) -> None:
    """'members', 'officers', 'council' are in every protocol: shown only when nothing rarer is shared."""
    house = {"member", "members", "officer", "officers", "council", "councillor", "councillors"}
    mixed = [link for link in alignment.links
             if any(w.split(" / ")[0].lower() in house for w in link.shared)
             and any(w.split(" / ")[0].lower() not in house for w in link.shared)]
    assert mixed == []
    assert all(len(link.shared) <= 8 for link in alignment.links)


def test_mirrored_lead_ins_are_not_linked(corpus: Corpus, alignment: Alignment) -> None:
    """'Members can expect from Officers:' and 'Officers can expect from councillors:' share every word
    but promise opposite things: the lead-ins, like their items, must not be shown as equivalents."""
    vocabulary = load_vocabulary(corpus.data.get("synonyms"))
    clauses = {c.id: c for c in corpus.clauses()}

    def parties(clause_id: str) -> tuple[str, ...]:
        clause = clauses[clause_id]
        return frame_of(clause, clauses.get(clause.parent or ""), vocabulary).parties if is_title(clause) else ()

    framed = [(parties(link.a), parties(link.b)) for link in alignment.links]
    assert any(len(a) == 2 and a == b for a, b in framed), "no two lead-ins with the same parties are linked"
    assert [pair for pair in framed if len(pair[0]) == 2 and pair[0][::-1] == pair[1]] == []


def test_no_link_joins_the_duties_of_different_parties(corpus: Corpus, alignment: Alignment) -> None:
    """An item of 'Officers can expect from Members:' (a member's duty) and one of 'Officers must:' share
    words ('not use their relationship') but bind different people."""
    vocabulary = load_vocabulary(corpus.data.get("synonyms"))
    clauses = {c.id: c for c in corpus.clauses()}

    def bearer(clause_id: str) -> str | None:
        clause = clauses[clause_id]
        return frame_of(clause, clauses.get(clause.parent or ""), vocabulary).bearer

    bearers = [(bearer(link.a), bearer(link.b)) for link in alignment.links]
    assert sum(1 for a, b in bearers if a and a == b) >= 10, "items of lists binding the same party are linked"
    assert [(link.a, link.b) for link, (a, b) in zip(alignment.links, bearers) if a and b and a != b] == []


def test_a_committee_report_covers_no_topic(corpus: Corpus, alignment: Alignment) -> None:
    """The Worcestershire report's wish-list ('Specific reference to the Nolan Principles') is not protocol
    text: in a topic it would mark the council as covering what only its committee asked for."""
    kinds = clause_kinds(corpus)
    assert "committee-report" in kinds.values() and "protocol" in kinds.values()
    in_topics = {clause for topic in alignment.topics for clause in topic.clauses}
    assert {kinds[clause] for clause in in_topics} <= {"protocol", "aide-memoire"}


def test_a_section_headed_for_a_topic_is_mostly_in_that_topic(corpus: Corpus, alignment: Alignment) -> None:
    """'9 Press and Media': a paragraph there on accountability to the electorate is still about the media.

    For every section whose heading uses the heading words of exactly one topic, most of its clauses that
    have a topic have that one (a clause clearly on something else may keep its own).
    """
    vocabulary = load_vocabulary(corpus.data.get("synonyms"))
    seeds = load_seeds(corpus.data.get("topics"), vocabulary)
    topic_of = {clause: topic.id for topic in alignment.topics for clause in topic.clauses}
    sections: dict[tuple[str, str], list[str]] = {}
    for clause in corpus.clauses():
        if clause.id in topic_of and clause.heading:
            sections.setdefault((clause.document, clause.heading[-1]), []).append(topic_of[clause.id])
    checked = 0
    for (document, heading), found in sorted(sections.items()):
        words = {t.key for t in vocabulary.tokens(heading) if vocabulary.is_content(t.key)}
        named = [seed.id for seed in seeds if words & set(seed.headings)]
        if len(named) == 1 and len(found) >= 3:
            checked += 1
            assert found.count(named[0]) > len(found) / 2, (document, heading, named[0], found)
    assert checked >= 5
