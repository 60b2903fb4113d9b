"""The gap report on the real corpus: the Worcestershire working draft against its peers.

Checklist statuses were checked by reading the draft: it names the Seven
Principles of Public Life, has Correspondence, Personal Relationships,
confidentiality rules, a line on social media (in its e-mail section),
members' access to information, pre-election rules and a summary of roles;
it says where complaints about a breach go but names no sanction; and it
never says where the protocol itself is kept.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from clausebook.cli import main
from clausebook.compare.checklist import COVERED, NOT_COVERED, PARTLY, load_checklist
from clausebook.compare.gaps import draft_ids, gap_report
from clausebook.models import Alignment, Topic
from clausebook.pipeline import parse_corpus

REPO = Path(__file__).resolve().parents[1]
DRAFT = "worcestershire-2024--draft"
EXPECTED = {
    "nolan-principles": COVERED,
    "communication": COVERED,
    "relationships-between-individuals": COVERED,
    "confidentiality": COVERED,
    "social-media": COVERED,
    "access-to-information": COVERED,
    "where-kept": NOT_COVERED,
    "sanctions": PARTLY,
    "pre-election": COVERED,
    "summary-of-roles": COVERED,
}


@pytest.fixture(scope="module")
def corpus():
    return parse_corpus(REPO / "corpus")


@pytest.fixture(scope="module")
def report(corpus):
    return gap_report(corpus, Alignment(), "worcestershire-2024")


def test_the_draft_part_is_the_corpus_draft(corpus, report) -> None:
    assert draft_ids(corpus) == [DRAFT]
    assert report.draft_id == DRAFT
    assert {p.document.id for p in report.peers} == {"aide-memoire-2022", "district-appendix-j", "farnham-2023",
                                                     "north-norfolk"}


def test_checklist_is_the_committees_list(report) -> None:
    assert [line.draft.item.id for line in report.lines] == list(EXPECTED)
    assert report.lines[6].draft.item.committee_wording == "Where is the protocol saved?"


def test_each_item_is_marked_as_the_draft_stands(report) -> None:
    assert {line.draft.item.id: line.draft.status for line in report.lines} == EXPECTED


def test_coverage_is_found_in_the_draft_not_in_the_report_that_asks_for_it(report) -> None:
    """The report's own list names every item; only the draft's clauses may count."""
    draft_clauses = {c.id for c in report.draft.clauses}
    for line in report.lines:
        assert {c.id for c in line.draft.where} <= draft_clauses
    assert not any(c.id.startswith("worcestershire-2024--3-") for line in report.lines for c in line.draft.where)


def test_where_names_the_clauses(report) -> None:
    where = {line.draft.item.id: [c.id for c in line.draft.where] for line in report.lines}
    assert "worcestershire-2024--draft-h2" in where["nolan-principles"]  # "The Seven Principles of Public Life"
    assert [c for c in where["social-media"]] and all("10-2" in c for c in where["social-media"])
    assert where["sanctions"] == ["worcestershire-2024--what-to-do-when-things-go-wrong-p1"]
    assert where["where-kept"] == []


def test_peers_are_quoted_where_the_draft_falls_short(report) -> None:
    sanctions = next(line for line in report.lines if line.draft.item.id == "sanctions")
    quoted = {c.id: c.text for e in sanctions.peers_covering for c in e.coverage.where}
    assert "district-appendix-j--1-3" in quoted
    assert "may constitute a breach" in quoted["district-appendix-j--1-3"]


def test_topic_gaps_come_from_the_alignment(corpus) -> None:
    """A topic with peers' clauses and none of the draft's is a gap; one the draft shares is not."""
    shared = Topic("pre-election", "Pre-election period",
                   ("farnham-2023--9-7", "worcestershire-2024--pre-election-rules-on-publicity-p3"))
    missing = Topic("training", "Member training", ("north-norfolk--12-1", "north-norfolk--12-2", "district-appendix-j--3-1-i"))
    report_only = Topic("timetable", "Timetable", ("worcestershire-2024--4", "north-norfolk--1-1"))
    report = gap_report(corpus, Alignment(topics=(shared, missing, report_only)), DRAFT)
    assert report.topics_available and report.topics_shared == 1
    assert [g.topic.id for g in report.gaps] == ["training", "timetable"]  # two peers first
    assert report.gaps[0].peers == ("north-norfolk", "district-appendix-j")
    assert [c.id for c in report.gaps[0].clauses] == list(missing.clauses)


def test_json_report(capsys) -> None:
    assert main(["gaps", "worcestershire-2024", "--corpus", str(REPO / "corpus"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "clausebook/gaps@1" and data["draft"]["id"] == DRAFT
    assert {i["id"]: i["status"] for i in data["checklist"]["items"]} == EXPECTED
    sanctions = next(i for i in data["checklist"]["items"] if i["id"] == "sanctions")
    district = next(p for p in sanctions["peers"] if p["document"] == "district-appendix-j")
    assert district["status"] == COVERED and district["clauses"][0]["number"] == "1.3"


def test_html_report_is_self_contained(tmp_path: Path, capsys) -> None:
    out = tmp_path / "gaps.html"
    assert main(["gaps", DRAFT, "--corpus", str(REPO / "corpus"), "--format", "html", "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "Where the protocol is kept: <span class=\"not-covered\">not covered</span>" in page
    assert "For the avoidance of doubt, failure to comply with this Protocol" in page
    assert "src=" not in page and "<link" not in page and "<script" not in page


def test_text_report_lists_drafts_and_statuses(capsys) -> None:
    assert main(["gaps", "--corpus", str(REPO / "corpus")]) == 0
    assert capsys.readouterr().out == f"{DRAFT}\n"
    assert main(["gaps", DRAFT, "--corpus", str(REPO / "corpus")]) == 0
    out = capsys.readouterr().out
    assert "[not covered] Where the protocol is kept" in out and "[partly covered] Sanctions" in out


def test_a_broken_recogniser_is_reported_not_raised() -> None:
    checklist, problems = load_checklist({"items": [{"id": "x", "title": "X", "covers": ["(unclosed"]}]})
    assert checklist is not None and checklist.items[0].covers == ()
    assert len(problems) == 1 and "bad regular expression" in problems[0].message


def test_topic_gaps_from_the_pipelines_own_alignment() -> None:
    """Whatever the align stage finds, a gap holds peers' clauses only and the draft none of its topic."""
    from clausebook.pipeline import run

    build = run(REPO / "corpus")
    report = gap_report(build.corpus, build.alignment, DRAFT)
    draft_clauses = {c.id for c in report.draft.clauses}
    peers = {p.document.id for p in report.peers}
    assert report.topics_available == bool(build.alignment.topics)
    assert report.topics_shared + len(report.gaps) <= len(build.alignment.topics)
    for gap in report.gaps:
        assert not draft_clauses & set(gap.topic.clauses)
        assert gap.clauses and {c.document for c in gap.clauses} == set(gap.peers) <= peers


def test_a_peer_that_cannot_be_read_fails_the_report_rather_than_leaving_it_out(tmp_path: Path, capsys) -> None:
    """Re-saved in Windows encoding, North Norfolk would vanish from "Peers:" and the gaps shrink unnoticed."""
    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    peer = corpus / "documents" / "north-norfolk.txt"
    broken = b"Members \x96"
    peer.write_bytes(peer.read_bytes().replace(b"Members", broken, 1))
    status = main(["gaps", DRAFT, "--corpus", str(corpus), "--cache-dir", str(tmp_path / "cache")])
    out, err = capsys.readouterr()
    assert status != 0 and out == ""
    assert err.splitlines() == [f"clausebook: {peer}:{_line_of(peer, broken)}: error: not UTF-8 text "
                                "(byte 0x96): save it as UTF-8"]


def _line_of(path: Path, needle: bytes) -> int:
    return path.read_bytes()[:path.read_bytes().index(needle)].count(b"\n") + 1
