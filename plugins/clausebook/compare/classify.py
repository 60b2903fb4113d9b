"""Turn matched clauses into changes a committee reads: moved, reworded, split...

The matcher only says which clauses correspond; this module decides what
happened to each group, from three independent facts:

- reworded: the words differ (any token, punctuation included);
- renumbered: the number differs, as a full path ("7.2") or as printed
  ("I.1." restyled as "1.1.");
- moved: the clause left its place, i.e. its new parent is not the
  counterpart of its old parent, or, among siblings that kept their parent,
  it is not in the longest run that kept its relative order (so one clause
  moved down a list makes one "moved", not a cascade).

Changes come out in the order of the new version, each removed clause right
after the new position of the old clause that preceded it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from bisect import bisect_left

from clausebook.compare.details import detail_changes
from clausebook.compare.diff import word_diff
from clausebook.compare.match import Match, match
from clausebook.compare.model import Change, Comparison
from clausebook.compare.sense import sense_changes
from clausebook.models import Clause, ParsedDocument


def _joined(clauses: Sequence[Clause]) -> str:
    return " ".join(c.text.strip() for c in clauses)


def _numbers(clause: Clause) -> tuple[str | None, str | None]:
    """The full number and the number as printed ("I.1." and "1.1." share a full number but read differently)."""
    printed = clause.number.strip().rstrip(".").strip() if clause.number else None
    return clause.normalised_number, printed


def _longest_increasing(values: list[int]) -> set[int]:
    """Positions (in ``values``) of one longest strictly increasing subsequence; earliest wins ties."""
    tails: list[int] = []  # values ending the best run of each length
    tail_at: list[int] = []  # position of that value
    previous: list[int | None] = [None] * len(values)
    for position, value in enumerate(values):
        k = bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_at.append(position)
        else:
            tails[k] = value
            tail_at[k] = position
        previous[position] = tail_at[k - 1] if k else None
    keep: set[int] = set()
    cursor = tail_at[-1] if tail_at else None
    while cursor is not None:
        keep.add(cursor)
        cursor = previous[cursor]
    return keep


def _moved(old: Sequence[Clause], new: Sequence[Clause], matches: list[Match]) -> set[int]:
    """Indices (into ``matches``) of the groups that left their place."""
    old_index = {c.id: i for i, c in enumerate(old)}
    new_index = {c.id: j for j, c in enumerate(new)}
    owner = {i: k for k, m in enumerate(matches) for i in m.old}
    moved: set[int] = set()
    siblings: dict[int | None, list[int]] = defaultdict(list)  # new parent index -> matches kept under it

    def top_level(clauses: Sequence[Clause], index: dict[str, int], parent: str | None) -> bool:
        # A part (the draft inside a report's file) is a document of its own: its children are top level.
        return parent is None or clauses[index[parent]].kind == "part"

    for k, m in enumerate(matches):
        old_parent = old[m.old[0]].parent
        new_parent = new[m.new[0]].parent
        if old_parent is None or new_parent is None:
            stays = top_level(old, old_index, old_parent) and top_level(new, new_index, new_parent)
        else:
            parent_match = owner.get(old_index.get(old_parent, -1))
            stays = parent_match is not None and new_index.get(new_parent) in matches[parent_match].new
        if stays:
            siblings[new_index.get(new_parent) if new_parent else None].append(k)
        else:
            moved.add(k)
    for group in siblings.values():
        group.sort(key=lambda k: matches[k].new[0])
        in_order = _longest_increasing([matches[k].old[0] for k in group])
        moved.update(k for position, k in enumerate(group) if position not in in_order)
    return moved


def _status(change_size: tuple[int, int], reworded: bool, moved: bool, renumbered: bool) -> str:
    n_old, n_new = change_size
    if n_old == 1 and n_new > 1:
        return "split"
    if n_old > 1:
        return "merged"
    if moved:
        return "moved-and-reworded" if reworded else "moved"
    if reworded:
        return "reworded"
    return "renumbered" if renumbered else "unchanged"


def _matched_change(old: tuple[Clause, ...], new: tuple[Clause, ...], moved: bool) -> Change:
    old_text, new_text = _joined(old), _joined(new)
    diff, score = word_diff(old_text, new_text)
    reworded = score < 1.0
    renumbered = _numbers(old[0]) != _numbers(new[0])
    return Change(
        status=_status((len(old), len(new)), reworded, moved, renumbered),
        old=old,
        new=new,
        similarity=round(score, 3),
        diff=diff,
        renumbered=renumbered,
        moved=moved,
        reworded=reworded,
        sense=sense_changes(diff),
    )


def _one_sided(status: str, clause: Clause) -> Change:
    old, new = ((clause,), ()) if status == "removed" else ((), (clause,))
    diff, _ = word_diff(clause.text, "") if status == "removed" else word_diff("", clause.text)
    return Change(status=status, old=old, new=new, similarity=0.0, diff=diff)


def compare(old_doc: ParsedDocument, new_doc: ParsedDocument) -> Comparison:
    """Every clause of both versions, each in exactly one change, in the new version's order."""
    old, new = old_doc.clauses, new_doc.clauses
    matches = match(old, new)
    moved = _moved(old, new, matches)
    keyed: list[tuple[tuple[int, int, int], Change]] = []
    new_of_old: dict[int, int] = {}
    for k, m in enumerate(matches):
        change = _matched_change(tuple(old[i] for i in m.old), tuple(new[j] for j in m.new), k in moved)
        keyed.append(((min(m.new), 0, 0), change))
        for i in m.old:
            new_of_old[i] = max(m.new)
    matched_new = {j for m in matches for j in m.new}
    keyed.extend(((j, 0, 0), _one_sided("added", c)) for j, c in enumerate(new) if j not in matched_new)
    anchor = -1
    for i, clause in enumerate(old):
        if i in new_of_old:
            anchor = new_of_old[i]
        else:
            keyed.append(((anchor, 1, i), _one_sided("removed", clause)))
    keyed.sort(key=lambda item: item[0])
    return Comparison(old=old_doc, new=new_doc, changes=tuple(change for _, change in keyed),
                      details=detail_changes(old_doc, new_doc))
