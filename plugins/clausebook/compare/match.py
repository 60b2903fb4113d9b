"""Align two versions of a document clause by clause, whatever their numbering.

A revision renumbers sections, moves clauses and rewords them, so clauses are
matched on their words alone: lower-cased, with clause numbers and list
markers stripped, scored with rapidfuzz's ``ratio`` over word lists (one
``cdist`` call for all pairs). A heading only ever matches a heading, and a
clause with no words of its own (a bare "4.2" over its items) only through
its children. Then, in order:

1. one-to-one: the best-scoring pairs first (ties go to the pair whose
   relative positions are closest), each clause used once, score >= MATCH;
2. splits and merges: an old clause against windows of 2-3 adjacent new
   clauses (and the reverse), grown by one neighbour at a time while that
   raises the score (a paragraph recast as a lead-in and five items), kept
   only when the window beats the clause's
   one-to-one score by MARGIN and every member's words come from the other
   side (so a genuinely added clause next to it is not swallowed);
3. one-to-one again for what step 2 freed;
4. headings and sections by their children: an unmatched clause whose
   matched children mostly sit under one unmatched clause on the other side
   is that clause, however its title was reworded;
5. by place: the one unmatched heading on each side of the same gap
   between matched neighbours, and likewise a text clause rewritten in
   place that still shares words with the old one (fewer will do under
   its old number);
6. merges and splits at a distance: a clause left over whose words are what
   a matched clause elsewhere gained (or lost) joins that match.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from clausebook.models import Clause
from clausebook.parse.shapes import FUNCTION_WORDS

MATCH = 0.5  # lowest word-level similarity for a one-to-one match
WINDOW = 0.75  # lowest similarity for a split or merge window
MARGIN = 0.02  # how much a window must beat the one-to-one match (members must also be contained)
IN_PLACE = 0.35  # lowest similarity for a text clause rewritten in its old place
IN_PLACE_NUMBERED = 0.15  # ... and for one that also kept its number (its subject words are what remain)
CONTAINED = 0.6  # share of a window member's words that must occur in the other side
HEADING_KINDS = ("section", "heading", "part")
ABSORBED = 0.8  # share of a clause's words found in what a clause elsewhere gained (merge) or lost (split)
ABSORBED_WORDS = 5  # fewer words than this ("Not used.") prove nothing about where they went

_NUMBER = re.compile(r"\b\d+(?:\.\d+)*\.?(?=\W|$)|^\s*\(?(?:[a-z]{1,2}|[ivxlc]{1,5})\)\s")
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def matching_words(clause: Clause) -> list[str]:
    """The clause's words as the matcher compares them: lower case, numbers stripped."""
    text = _NUMBER.sub(" ", clause.text.lower())
    return _WORD.findall(text)


@dataclass(frozen=True)
class Match:
    """Indices of corresponding clauses in the old and new sequences, with their score."""

    old: tuple[int, ...]
    new: tuple[int, ...]
    score: float  # 0..1


class _State:
    """Who is matched to whom while the steps run."""

    def __init__(self, old: Sequence[Clause], new: Sequence[Clause]) -> None:
        self.old, self.new = old, new
        self.old_words = [matching_words(c) for c in old]
        self.new_words = [matching_words(c) for c in new]
        if old and new:
            self.scores = process.cdist(self.old_words, self.new_words, scorer=fuzz.ratio, dtype=np.float32) / 100.0
            self.scores *= _same_family(old, new)
            self.scores *= _has_words(self.old_words)[:, None] * _has_words(self.new_words)[None, :]
        else:
            self.scores = np.zeros((len(old), len(new)), dtype=np.float32)
        self.matches: list[Match] = []
        self.old_owner: dict[int, Match] = {}
        self.new_owner: dict[int, Match] = {}

    def add(self, match: Match) -> None:
        self.matches.append(match)
        for i in match.old:
            self.old_owner[i] = match
        for j in match.new:
            self.new_owner[j] = match

    def drop(self, match: Match) -> None:
        self.matches.remove(match)
        for i in match.old:
            del self.old_owner[i]
        for j in match.new:
            del self.new_owner[j]

    def score(self, old_words: list[str], new_words: list[str]) -> float:
        return fuzz.ratio(old_words, new_words) / 100.0


def _same_family(old: Sequence[Clause], new: Sequence[Clause]) -> np.ndarray:
    """1 where both clauses are headings or both are text, else 0: a title never matches a paragraph."""
    old_heads = np.array([c.kind in HEADING_KINDS for c in old])
    new_heads = np.array([c.kind in HEADING_KINDS for c in new])
    return (old_heads[:, None] == new_heads[None, :]).astype(np.float32)


def _has_words(words: list[list[str]]) -> np.ndarray:
    """1 for clauses with words of their own; a bare number ("4.2" over its items) is matched by its children."""
    return np.array([1.0 if w else 0.0 for w in words], dtype=np.float32)


def _relative_gap(i: int, n_old: int, j: int, n_new: int) -> float:
    return abs((i + 0.5) / max(n_old, 1) - (j + 0.5) / max(n_new, 1))


def _one_to_one(state: _State) -> None:
    """Best pairs first; each clause once; score at least MATCH."""
    free_old = [i for i in range(len(state.old)) if i not in state.old_owner]
    free_new = [j for j in range(len(state.new)) if j not in state.new_owner]
    if not free_old or not free_new:
        return
    sub = state.scores[np.ix_(free_old, free_new)]
    rows, cols = np.nonzero(sub >= MATCH)
    n_old, n_new = len(state.old), len(state.new)
    candidates = sorted(
        (-float(sub[r, c]), _relative_gap(free_old[r], n_old, free_new[c], n_new), free_old[r], free_new[c])
        for r, c in zip(rows.tolist(), cols.tolist())
    )
    for negative, _gap, i, j in candidates:
        if i in state.old_owner or j in state.new_owner:
            continue
        state.add(Match((i,), (j,), -negative))


def _contained(part: list[str], whole: list[str]) -> float:
    """Share of ``part``'s words (with repeats) that ``whole`` also has."""
    if not part:
        return 0.0
    available = Counter(whole)
    hits = 0
    for word in part:
        if available[word] > 0:
            available[word] -= 1
            hits += 1
    return hits / len(part)


@dataclass(frozen=True)
class _Window:
    gain: float
    score: float
    pivot: int  # the one clause on its side
    members: tuple[int, ...]  # the adjacent clauses on the other side
    split: bool  # True: one old -> several new


def _windows(state: _State, split: bool) -> list[_Window]:
    """Candidate splits (old pivot, new members) or merges (new pivot, old members)."""
    scores = state.scores if split else state.scores.T
    pivots, others = (state.old, state.new) if split else (state.new, state.old)
    pivot_words, other_words = (state.old_words, state.new_words) if split else (state.new_words, state.old_words)
    pivot_owner, other_owner = (state.old_owner, state.new_owner) if split else (state.new_owner, state.old_owner)
    found: list[_Window] = []
    for p in range(len(pivots)):
        if pivots[p].kind in HEADING_KINDS or not pivot_words[p]:
            continue
        current = pivot_owner[p].score if p in pivot_owner else 0.0
        if current >= 1.0 - MARGIN:
            continue
        row = scores[p]
        seeds = np.argsort(-row, kind="stable")[:2].tolist()
        tried: set[tuple[int, ...]] = set()
        for seed in seeds:
            for size in (2, 3):
                for start in range(seed - size + 1, seed + 1):
                    members = tuple(range(start, start + size))
                    if start < 0 or members[-1] >= len(others) or members in tried:
                        continue
                    tried.add(members)
                    window = _window(state, split, p, members, current, pivot_words, other_words, pivot_owner, other_owner)
                    while window is not None:  # grown while it gains: a short window of a long clause scores low at first
                        if window.score >= WINDOW and window.score >= current + MARGIN:
                            found.append(window)
                        window = _grown(window, len(others), lambda wider: _window(
                            state, split, p, wider, current, pivot_words, other_words, pivot_owner, other_owner))
    return found


def _grown(window: _Window, size: int, scored: Callable[[tuple[int, ...]], _Window | None]) -> _Window | None:
    """The window one neighbour wider (before or after) that scores best and above it, or None."""
    first, last = window.members[0], window.members[-1]
    wider = [m for m in ((first - 1, *window.members), (*window.members, last + 1)) if m[0] >= 0 and m[-1] < size]
    better = [w for w in map(scored, wider) if w is not None and w.score > window.score]
    return max(better, key=lambda w: (w.score, -w.members[0]), default=None)


def _window(state: _State, split: bool, pivot: int, members: tuple[int, ...], current: float,
            pivot_words: list[list[str]], other_words: list[list[str]],
            pivot_owner: dict[int, Match], other_owner: dict[int, Match]) -> _Window | None:
    others = state.new if split else state.old
    if any(others[m].kind in HEADING_KINDS for m in members):
        return None
    if any(m in other_owner and other_owner[m] is not pivot_owner.get(pivot) for m in members):
        return None
    if any(_contained(other_words[m], pivot_words[pivot]) < CONTAINED for m in members):
        return None
    joined = [w for m in members for w in other_words[m]]
    score = state.score(pivot_words[pivot], joined) if split else state.score(joined, pivot_words[pivot])
    return _Window(score - current, score, pivot, members, split)


def _splits_and_merges(state: _State) -> None:
    candidates = _windows(state, split=True) + _windows(state, split=False)
    candidates.sort(key=lambda w: (-w.gain, not w.split, w.pivot, w.members))
    for window in candidates:
        pivot_owner = state.old_owner if window.split else state.new_owner
        other_owner = state.new_owner if window.split else state.old_owner
        previous = pivot_owner.get(window.pivot)
        if previous is not None and len(previous.old) + len(previous.new) > 2:
            continue  # already part of another split or merge
        if any(m in other_owner and other_owner[m] is not previous for m in window.members):
            continue
        if previous is not None:
            state.drop(previous)
        if window.split:
            state.add(Match((window.pivot,), window.members, window.score))
        else:
            state.add(Match(window.members, (window.pivot,), window.score))


def _parents_by_children(state: _State) -> bool:
    """Match unmatched clauses whose matched children point to one unmatched clause; True if any."""
    new_index = {c.id: j for j, c in enumerate(state.new)}
    matched_children: dict[str, list[int]] = {}
    for k, child in enumerate(state.old):
        if child.parent is not None and k in state.old_owner:
            matched_children.setdefault(child.parent, []).append(k)
    added = False
    for i, clause in enumerate(state.old):
        if i in state.old_owner:
            continue
        children = matched_children.get(clause.id, [])
        votes: Counter[int] = Counter()
        for k in children:
            for j in state.old_owner[k].new:
                parent = state.new[j].parent
                if parent in new_index:
                    votes[new_index[parent]] += 1
        if not votes:
            continue
        j, count = min(votes.items(), key=lambda item: (-item[1], item[0]))
        if j in state.new_owner or count * 2 < len(children) or (state.new[j].kind in HEADING_KINDS) != (clause.kind in HEADING_KINDS):
            continue
        state.add(Match((i,), (j,), float(state.scores[i, j])))
        added = True
    return added


def _alone_in_place(state: _State) -> None:
    """Pair the one unmatched heading (or text clause) on each side of the same gap between matched neighbours.

    A heading over no children of its own ("Officer Attendance:" above a
    numbered paragraph) has nothing but its title and its place to go on;
    when the place is the same, the title was reworded. A text clause
    rewritten in place is paired when it still shares words (IN_PLACE, above
    what unrelated clauses of one protocol score), or fewer under the same
    number (IN_PLACE_NUMBERED: "the Leader may act as spokesperson" rewritten
    "only the Mayor may speak to the press"); a rule deleted and an
    unrelated one added at the same spot stay removed and added.
    """
    n_old, n_new = len(state.old), len(state.new)
    i = 0
    while i < n_old:
        if i in state.old_owner:
            i += 1
            continue
        start = i
        while i < n_old and i not in state.old_owner:
            i += 1
        low = max(state.old_owner[start - 1].new) + 1 if start > 0 else 0
        high = min(state.old_owner[i].new) if i < n_old else n_new
        for heading in (True, False):
            olds = [k for k in range(start, i) if (state.old[k].kind in HEADING_KINDS) == heading]
            news = [j for j in range(low, high)
                    if j not in state.new_owner and (state.new[j].kind in HEADING_KINDS) == heading]
            if len(olds) == 1 and len(news) == 1:
                score = float(state.scores[olds[0], news[0]])
                alike = max(score, _shared_content(state.old_words[olds[0]], state.new_words[news[0]]))
                same_number = state.old[olds[0]].normalised_number is not None and \
                    state.old[olds[0]].normalised_number == state.new[news[0]].normalised_number
                if heading or alike >= IN_PLACE or (same_number and alike >= IN_PLACE_NUMBERED):
                    state.add(Match((olds[0],), (news[0],), score))


def _shared_content(old_words: list[str], new_words: list[str]) -> float:
    """Dice overlap of the two clauses' content words, in any order.

    A clause rewritten in plain English keeps its subject matter but not its
    word order ("Guidance on personal relationships is contained within the
    Codes of Conduct" / "The Codes of Conduct set out ... their personal
    relationships"), which the order-aware score misses; unrelated clauses of
    one protocol share few content words either way.
    """
    old_content = set(old_words) - FUNCTION_WORDS
    new_content = set(new_words) - FUNCTION_WORDS
    if not old_content or not new_content:
        return 0.0
    return 2 * len(old_content & new_content) / (len(old_content) + len(new_content))


def _absorbed(state: _State, merge: bool) -> None:
    """A clause merged into, or split off to, a clause that is not beside it.

    "8.3" appended word for word to "9.3" in another section: 9.3 still
    matches its old self, one to one, and 8.3 is left over, looking removed.
    What gives it away is that the words 9.3 gained are 8.3's. So an
    unmatched text clause of ABSORBED_WORDS words or more whose words are
    ABSORBED of what a one-to-one match gained (merge) or lost (split) joins
    that match. Its members are put in the order that best reproduces the
    other side, so the redline reads straight.
    """
    here = state.old if merge else state.new
    here_words, there_words = (state.old_words, state.new_words) if merge else (state.new_words, state.old_words)
    here_owner = state.old_owner if merge else state.new_owner
    # Each one-to-one text match, with the words its other side has beyond its own side's: what it gained.
    gains = {m: list((Counter(there_words[_pick(m, not merge)]) - Counter(here_words[_pick(m, merge)])).elements())
             for m in state.matches if len(m.old) == len(m.new) == 1 and here[_pick(m, merge)].kind not in HEADING_KINDS}
    for u in range(len(here)):
        if u in here_owner or here[u].kind in HEADING_KINDS or len(here_words[u]) < ABSORBED_WORDS:
            continue
        best: tuple[float, Match] | None = None
        for m, gained in gains.items():
            share = _contained(here_words[u], gained)
            if share >= ABSORBED and (best is None or share > best[0]):
                best = (share, m)
        if best is None:
            continue
        m = best[1]
        partner, host = _pick(m, merge), _pick(m, not merge)
        members = max(((partner, u), (u, partner)), key=lambda order: (
            state.score([w for k in order for w in here_words[k]], there_words[host]), order == (partner, u)))
        state.drop(m)
        del gains[m]
        score = state.score([w for k in members for w in here_words[k]], there_words[host])
        state.add(Match(members, (host,), score) if merge else Match((host,), members, score))


def _pick(m: Match, old_side: bool) -> int:
    """The one clause of a one-to-one match on the old side, or on the new."""
    return m.old[0] if old_side else m.new[0]


def match(old: Sequence[Clause], new: Sequence[Clause]) -> list[Match]:
    """Corresponding clauses of two versions, in the order of the old version."""
    state = _State(old, new)
    _one_to_one(state)
    _splits_and_merges(state)
    _one_to_one(state)
    while _parents_by_children(state):
        pass
    _alone_in_place(state)
    _absorbed(state, merge=True)
    _absorbed(state, merge=False)
    return sorted(state.matches, key=lambda m: (m.old, m.new))
