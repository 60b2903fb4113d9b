"""Generated revisions of a real protocol: whatever edits are drawn, each is classified as made.

Hypothesis draws, for the numbered paragraphs of the North Norfolk protocol,
which to delete, which to reword (one word changed), which to move to
another section, and where to insert a new clause; `compare` must report exactly those edits and leave every
other clause unchanged.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clausebook.compare import compare
from clausebook.compare.diff import TYPOGRAPHY, word_diff
from clausebook.compare.sources import read_version
from clausebook.parse import parse_document
from clausebook.read import read_document

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "corpus" / "documents" / "north-norfolk.txt"
TEXT = SOURCE.read_text(encoding="utf-8")
LINES = TEXT.splitlines()
PARAGRAPH = re.compile(r"^(\d+)\.(\d+) (.+)$")
# Whole numbered paragraphs on one line, long enough that one changed word is a rewording, not a new clause.
CANDIDATES = [i for i, line in enumerate(LINES)
              if (m := PARAGRAPH.match(line)) and len(m.group(3).split()) >= 12 and m.group(3).endswith(".")]
NEW_CLAUSE = "Members and officers must not use social media to criticise or undermine one another."
OLD = read_version(SOURCE)


def _section(index: int) -> str:
    return PARAGRAPH.match(LINES[index]).group(1)


def revise(deleted: set[int], reworded: dict[int, int], moved: dict[int, int],
           insert_after: int) -> tuple[str, set[str], set[str], set[str], str]:
    """The revised text; the labels deleted, reworded and moved; the label of the inserted clause.

    ``moved`` maps a paragraph to the one (in another section) it is moved after, as paragraph 9x there.
    """
    out, gone, changed = [], set(), set()
    inserted = ""
    arriving: dict[int, list[int]] = {}
    for source, target in moved.items():
        arriving.setdefault(target, []).append(source)
    for index, line in enumerate(LINES):
        match = PARAGRAPH.match(line)
        label = f"{match.group(1)}-{match.group(2)}" if match else ""
        if index in deleted:
            gone.add(label)
            continue
        if index in moved:
            continue
        if index in reworded:
            words = line.split(" ")
            position = 1 + reworded[index] % (len(words) - 1)
            words[position] = "forthwith" if words[position] != "forthwith" else "promptly"
            line = " ".join(words)
            changed.add(label)
        out.append(line)
        if index == insert_after:
            inserted = f"{match.group(1)}-99"
            out += ["", f"{match.group(1)}.99 {NEW_CLAUSE}"]
        for k, source in enumerate(sorted(arriving.get(index, []))):
            out += ["", f"{match.group(1)}.9{k} {PARAGRAPH.match(LINES[source]).group(3)}"]
    moves = {f"{_section(s)}-{PARAGRAPH.match(LINES[s]).group(2)}" for s in moved}
    return "\n".join(out) + "\n", gone, changed, moves, inserted


@pytest.mark.property
@given(
    deleted=st.sets(st.sampled_from(CANDIDATES), max_size=4),
    reworded=st.dictionaries(st.sampled_from(CANDIDATES), st.integers(0, 200), max_size=5),
    moved=st.dictionaries(st.sampled_from(CANDIDATES), st.sampled_from(CANDIDATES), max_size=2),
    insert_after=st.sampled_from(CANDIDATES),
)
def test_generated_edits_are_classified_as_made(deleted, reworded, moved, insert_after) -> None:
    moved = {s: t for s, t in moved.items() if _section(s) != _section(t) and t not in deleted | set(moved)}
    deleted -= set(moved)
    reworded = {k: v for k, v in reworded.items() if k not in deleted and k not in moved}
    text, gone, changed, moves, inserted = revise(deleted, reworded, moved,
                                                  insert_after if insert_after not in deleted | set(moved) else -1)
    document, problems = read_document(SOURCE)
    assert document is not None and not problems
    new = parse_document(replace(document, lines=tuple(text.splitlines()[document.first_line - 1:])))
    found = {}
    for change in compare(OLD, new).changes:
        key = change.old[0].label if change.old else change.new[0].label
        found.setdefault(change.status, set()).add(key)
    assert found.get("removed", set()) == gone
    assert found.get("reworded", set()) == changed
    assert found.get("added", set()) == ({inserted} if inserted else set())
    assert found.get("moved", set()) == moves
    assert set(found) <= {"unchanged", "removed", "reworded", "added", "moved"}


_spaced_words = st.lists(st.sampled_from(["General", "Introduction", "officers", ",", ".", ":", "(a)", "’s", "'s", "-", "–",
                                          "members"]),
                         max_size=8)
_spacing = st.sampled_from(["", " ", "  ", "\n"])


@pytest.mark.property
@given(st.lists(st.tuples(_spacing, _spaced_words.map(" ".join)), min_size=1, max_size=4),
       st.lists(st.tuples(_spacing, _spaced_words.map(" ".join)), min_size=1, max_size=4))
def test_a_redline_joins_back_into_both_texts(old_parts, new_parts) -> None:
    """Kept and inserted runs are the new text, kept and deleted the old, each run of white space one space
    (a word kept with new typography, "’s" for "'s", shows as it now reads)."""
    old, new = ("".join(space + words for space, words in parts) for parts in (old_parts, new_parts))
    runs, _ = word_diff(old, new)
    assert "".join(run.text for run in runs if run.op != "insert").translate(TYPOGRAPHY) == \
        " ".join(old.split()).translate(TYPOGRAPHY)
    assert "".join(run.text for run in runs if run.op != "delete") == " ".join(new.split())
