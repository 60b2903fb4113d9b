"""`compare` on two hand-written revisions of real corpus protocols.

Each fixture in tests/fixtures/revisions/ was written from its corpus original
with known edits (renumbered sections, a moved clause, rewordings, a split, a
merge, an added social media clause, deletions), each in another house
style. The tables below list every edit made; every other clause must come out unchanged or, where only its
number moved on, renumbered.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clausebook.compare import STATUSES, Comparison, compare
from clausebook.compare.labels import labels, move, number_of
from clausebook.compare.sources import corpus_version, read_version
from clausebook.pipeline import parse_corpus

REPO = Path(__file__).resolve().parents[1]
DOCUMENTS = REPO / "corpus" / "documents"
REVISIONS = REPO / "tests" / "fixtures" / "revisions"

# (old labels, new labels) -> status, for every edit written into north-norfolk-2025.
NORTH_NORFOLK_EDITS = {
    (("1-2",), ("1-2",)): "reworded",
    (("2-2",), ("2-2",)): "reworded",
    (("2-3",), ("2-3", "2-4")): "split",
    (("8-5",), ("3-2",)): "moved",
    (("4-1", "4-2"), ("4-1",)): "merged",
    (("5-1",), ()): "removed",
    (("6",), ("6",)): "reworded",  # "Officers and the Cabinet/Portfolio Holders" retitled
    (("7-6",), ("7-6",)): "reworded",
    ((), ("10",)): "added",  # the new Social Media section
    ((), ("10-1",)): "added",
    ((), ("10-2",)): "added",
    (("10-4",), ("11-4",)): "reworded",
    (("12-1",), ("13-1",)): "reworded",
    (("7-9",), ("14-2",)): "moved-and-reworded",
}

# district-appendix-j-revised: another house style (no list dashes), a whole
# section moved to the end, a lettered item merged, a retitled heading.
DISTRICT_EDITS = {
    (("2-3",), ("2-3",)): "reworded",
    (("2-6",), ()): "removed",
    (("3-1-d",), ("3-1-d",)): "reworded",
    (("3-2-g", "3-2-h"), ("3-2-g",)): "merged",
    (("3-3-c",), ("3-3-c",)): "reworded",  # its full stop became a semicolon
    ((), ("3-3-d",)): "added",  # the social media item
    (("5-2",), ("4-2", "4-3")): "split",
    (("1-4",), ("5-3",)): "moved",
    (("4",), ("6",)): "moved",  # Political Groups, now the last section
    (("4-h2",), ("6-h2",)): "reworded",  # "Officer Attendance:" retitled
}


# farnham-2025: Roman section I restyled as 1 (its printed numbers change, its full numbers do not).
FARNHAM_EDITS = {
    (("1-2",), ()): "removed",
    (("2-1",), ("2-1",)): "reworded",
    (("3-4",), ("2-2",)): "moved",
    ((), ("2-3",)): "added",
}

# worcestershire-2025 against the draft part of worcestershire-2024: no numbers at all, headings and
# tables, and the draft now a file of its own (its sections no longer sit under a part).
W = "worcestershire-2024--"
WORCESTERSHIRE_EDITS = {
    ((W + "defining-the-member-and-officer-roles-p1",), ("defining-the-member-and-officer-roles-p1",)): "reworded",
    ((W + "the-political-relationship-officer-advice-to-party-groups-p4",),
     ("the-political-relationship-officer-advice-to-party-groups-p4",)): "reworded",
    ((W + "the-employment-relationship-h2-p2",), ("support-services-to-members-and-political-groups-p1",)): "moved",
    ((), ("social-media",)): "added",
    ((), ("social-media-p1",)): "added",
    ((W + "pre-election-rules-on-publicity-p6",), ()): "removed",
}


def _load(old: str, new: str) -> Comparison:
    return compare(read_version(DOCUMENTS / old), read_version(REVISIONS / new))


def _printed(clause) -> tuple:
    """A clause's number in full and as printed ("I.1." and "1.1." differ only in print)."""
    return number_of(clause), (clause.number or "").strip().rstrip(".")


def _key(change) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(c.label for c in change.old), tuple(c.label for c in change.new)


@pytest.fixture(scope="module")
def north_norfolk() -> Comparison:
    return _load("north-norfolk.txt", "north-norfolk-2025.txt")


@pytest.fixture(scope="module")
def district() -> Comparison:
    return _load("district-appendix-j.txt", "district-appendix-j-revised.txt")


@pytest.fixture(scope="module")
def farnham() -> Comparison:
    return _load("farnham-2023.txt", "farnham-2025.txt")


@pytest.fixture(scope="module")
def worcestershire() -> Comparison:
    corpus = parse_corpus(REPO / "corpus")
    return compare(corpus_version(corpus, "worcestershire-2024--draft"), read_version(REVISIONS / "worcestershire-2025.txt"))


def _worcestershire_key(change) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(c.id for c in change.old), tuple(c.id.removeprefix("worcestershire-2025--") for c in change.new)


EDITS = {"north_norfolk": (NORTH_NORFOLK_EDITS, _key), "district": (DISTRICT_EDITS, _key),
         "farnham": (FARNHAM_EDITS, _key), "worcestershire": (WORCESTERSHIRE_EDITS, _worcestershire_key)}


@pytest.mark.parametrize("fixture", list(EDITS))
def test_every_edit_is_classified_as_written(request, fixture) -> None:
    comparison = request.getfixturevalue(fixture)
    edits, key = EDITS[fixture]
    found = {key(c): c.status for c in comparison.changes if key(c) in edits}
    assert found == edits


@pytest.mark.parametrize("fixture", list(EDITS))
def test_every_other_clause_is_unchanged_or_renumbered(request, fixture) -> None:
    comparison = request.getfixturevalue(fixture)
    edits, key = EDITS[fixture]
    for change in comparison.changes:
        if key(change) in edits:
            continue
        (old,), (new,) = change.old, change.new
        assert old.text == new.text, _key(change)
        expected = "unchanged" if _printed(old) == _printed(new) else "renumbered"
        assert change.status == expected, _key(change)


def test_a_restyled_number_is_a_renumbering(farnham) -> None:
    statuses = {_key(c): c.status for c in farnham.changes}
    assert statuses[(("1",), ("1",))] == statuses[(("1-1",), ("1-1",))] == "renumbered"  # "I." -> "1."
    assert statuses[(("1-3",), ("1-2",))] == "renumbered"
    # The redline says why: the old number as printed, and as read.
    changes = {_key(c): c for c in farnham.changes}
    assert labels(changes[(("1-1",), ("1-1",))].old) == "I.1. (read as 1.1)"
    assert labels(changes[(("1-1",), ("1-1",))].new) == "1.1"


def test_renumbered_sections_carry_their_clauses(north_norfolk) -> None:
    """Inserting section 10 pushes 10-13 down by one; their clauses are renumbered, not moved."""
    statuses = {_key(c): c.status for c in north_norfolk.changes}
    for old_section in range(10, 14):
        assert statuses[((str(old_section),), (str(old_section + 1),))] == "renumbered"
    assert statuses[(("11-5",), ("12-5",))] == "renumbered"
    assert statuses[(("8-6",), ("8-5",))] == "renumbered"  # 8.5 moved away, 8.6 took its number


@pytest.mark.parametrize("fixture", list(EDITS))
def test_each_clause_of_both_versions_is_in_exactly_one_change(request, fixture) -> None:
    comparison = request.getfixturevalue(fixture)
    olds = [c.id for change in comparison.changes for c in change.old]
    news = [c.id for change in comparison.changes for c in change.new]
    assert sorted(olds) == sorted(c.id for c in comparison.old.clauses)
    assert sorted(news) == sorted(c.id for c in comparison.new.clauses)


@pytest.mark.parametrize("fixture", list(EDITS))
def test_changes_follow_the_new_version(request, fixture) -> None:
    comparison = request.getfixturevalue(fixture)
    order = {c.id: k for k, c in enumerate(comparison.new.clauses)}
    positions = [order[change.new[0].id] for change in comparison.changes if change.new]
    assert positions == sorted(positions)


@pytest.mark.parametrize("fixture", list(EDITS))
def test_redline_rebuilds_both_texts(request, fixture) -> None:
    """Deleted + kept runs give the old text, inserted + kept the new, character for character.

    (White space counts as in the redline: each run of it is one space.)
    """
    def squeezed(text: str) -> str:
        return " ".join(text.split())

    def side(diff, skip: str) -> str:
        return "".join(run.text for run in diff if run.op != skip)

    comparison = request.getfixturevalue(fixture)
    for change in comparison.changes:
        assert squeezed(side(change.diff, "insert")) == squeezed(" ".join(c.text for c in change.old))
        assert squeezed(side(change.diff, "delete")) == squeezed(" ".join(c.text for c in change.new))


def test_reworded_diff_marks_the_changed_words(north_norfolk) -> None:
    change = next(c for c in north_norfolk.changes if _key(c) == (("2-2",), ("2-2",)))
    assert [(run.op, run.text.strip()) for run in change.diff if run.op != "equal"] == [
        ("delete", "an"), ("insert", "a friendly and")]
    assert 0.9 < change.similarity < 1.0


def test_a_version_against_itself_is_all_unchanged() -> None:
    parsed = read_version(DOCUMENTS / "farnham-2023.txt")
    comparison = compare(parsed, parsed)
    assert comparison.counts()["unchanged"] == len(parsed.clauses)
    assert set(comparison.counts()) == set(STATUSES)


REWRITE_91 = ("9.1 Councillors and elected representatives of other councils or bodies may ask officers to meet "
              "them to provide briefings or advice on policy.")
REPLACE_91 = "9.1 Members must register their disclosable pecuniary interests within 28 days of taking office."
# Rewritten from scratch on the same subject, under the same number: below the in-place bar for unnumbered text.
REDRAFT_91 = "9.1 Briefings for other councils or outside organisations need the Chief Executive's written agreement first."
# Plain English, the words in another order: the ordered score alone is below the in-place bar.
RECAST_91 = ("9.1 Policy briefings for Councillors of other Councils, and for Elected Representatives of other "
             "organisations, are something Officers can give when asked.")


@pytest.mark.parametrize(("new_line", "expected"), [
    (REWRITE_91, [("reworded", ("9-1",), ("9-1",))]),
    (RECAST_91, [("reworded", ("9-1",), ("9-1",))]),
    (REDRAFT_91, [("reworded", ("9-1",), ("9-1",))]),
    (REPLACE_91, [("removed", ("9-1",), ()), ("added", (), ("9-1",))]),
], ids=["rewritten-in-place", "recast-in-place", "redrafted-under-its-number", "replaced-in-place"])
def test_a_clause_rewritten_in_place_is_reworded_but_a_replacement_is_not(tmp_path: Path, new_line: str,
                                                                          expected: list) -> None:
    original = (DOCUMENTS / "north-norfolk.txt").read_text(encoding="utf-8")
    old_line = next(line for line in original.splitlines() if line.startswith("9.1 "))
    revision = tmp_path / "revision.txt"
    revision.write_text(original.replace(old_line, new_line), encoding="utf-8")
    comparison = compare(read_version(DOCUMENTS / "north-norfolk.txt"), read_version(revision))
    found = [(c.status, *_key(c)) for c in comparison.changes if c.status != "unchanged"]
    assert found == expected


def test_a_paragraph_recast_as_a_lead_in_and_five_items_is_one_split(tmp_path: Path) -> None:
    """However many pieces a paragraph becomes, it is one split: no piece of the old text is called new."""
    original = (DOCUMENTS / "district-appendix-j.txt").read_text(encoding="utf-8")
    old_line = next(line for line in original.splitlines() if line.startswith("- 1.1 "))
    sentences = re.findall(r"[^.]+\.", old_line.removeprefix("- 1.1 "))
    lead_in, items = " ".join(sentences[:2]), sentences[2:]
    assert len(items) == 5
    recast = "\n".join([f"- 1.1 {lead_in} In particular:"]
                       + [f"({letter}) {item.strip()}" for letter, item in zip("abcde", items)])
    revision = tmp_path / "revision.txt"
    revision.write_text(original.replace(old_line, recast), encoding="utf-8")
    comparison = compare(read_version(DOCUMENTS / "district-appendix-j.txt"), read_version(revision))
    found = [(c.status, *_key(c)) for c in comparison.changes if c.status != "unchanged"]
    assert found == [("split", ("1-1",), ("1-1", "1-1-a", "1-1-b", "1-1-c", "1-1-d", "1-1-e"))]


MINI_FRONT_MATTER = """---
id: {id}
title: Mini Protocol
council: null
council_type: district
kind: protocol
status: draft
dates: {{adopted: null, review_due: null, meeting: null}}
source: {{published_as: test, received_file: null}}
---
"""


def test_an_item_moved_within_its_renumbered_list_is_said_to_stay_under_its_heading(tmp_path: Path) -> None:
    items = ["A working partnership;", "An understanding of, and support for, respective roles and pressures;",
             "Leadership and direction;"]
    old = tmp_path / "old.txt"
    old.write_text(MINI_FRONT_MATTER.format(id="old") + "2. Expectations\n\n2.1 Officers can expect from councillors:\n"
                   + "".join(f"- {item}\n" for item in items), encoding="utf-8")
    new = tmp_path / "new.txt"
    new.write_text(MINI_FRONT_MATTER.format(id="new") + "2. Social Media\n\n2.1 Councillors must not criticise "
                   "named officers on social media.\n\n3. Expectations\n\n3.1 Officers can expect from councillors:\n"
                   + "".join(f"- {item}\n" for item in (items[0], items[2], items[1])), encoding="utf-8")
    moved = [c for c in compare(read_version(old), read_version(new)).changes if c.moved]
    assert len(moved) == 1
    assert move(moved[0].old[0], moved[0].new[0]) == "to another place under “3. Expectations”"
