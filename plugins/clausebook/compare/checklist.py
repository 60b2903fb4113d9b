"""A committee's checklist (corpus/data/checklist.yaml) and which clauses meet each item.

Coverage is decided by each item's own recognisers (regular expressions a
standards officer can read and extend), clause by clause, so the checklist
stays correct whatever the alignment stage finds: an item is covered where a
clause says it, not where a similar clause elsewhere says it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from clausebook.models import Clause, Problem

CHECKLIST_PATH = "corpus/data/checklist.yaml"
COVERED, PARTLY, NOT_COVERED = "covered", "partly covered", "not covered"
ITEM_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")  # used as a page anchor


@dataclass(frozen=True)
class Item:
    """One thing the committee wants its protocol to cover."""

    id: str
    title: str
    committee_wording: str
    recognise: str
    covers: tuple[re.Pattern[str], ...]
    partly: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True)
class Checklist:
    title: str
    cited_as: str
    items: tuple[Item, ...]


def _patterns(raw: Any, where: str, problems: list[Problem]) -> tuple[re.Pattern[str], ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(p, str) for p in raw):
        problems.append(Problem(CHECKLIST_PATH, None, f"{where} must be a list of regular expressions", code="checklist"))
        return ()
    compiled = []
    for pattern in raw:
        try:
            compiled.append(re.compile(pattern, re.IGNORECASE))
        except re.error as err:
            problems.append(Problem(CHECKLIST_PATH, None, f"{where}: bad regular expression {pattern!r}: {err}",
                                    code="checklist"))
    return tuple(compiled)


def load_checklist(data: Any) -> tuple[Checklist | None, list[Problem]]:
    """The checklist from ``Corpus.data["checklist"]``; None (and why) when absent or malformed."""
    problems: list[Problem] = []
    if data is None:
        return None, problems
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        return None, [Problem(CHECKLIST_PATH, None, "the checklist needs a list of 'items'", code="checklist")]
    items = []
    for index, raw in enumerate(data["items"], start=1):
        missing = [k for k in ("id", "title", "covers") if not isinstance(raw, dict) or not raw.get(k)]
        if missing:
            problems.append(Problem(CHECKLIST_PATH, None, f"item {index} lacks {', '.join(missing)}", code="checklist"))
            continue
        where = f"item '{raw['id']}'"
        if not ITEM_ID.match(str(raw["id"])):
            problems.append(Problem(CHECKLIST_PATH, None, f"{where}: an id is lower-case letters, digits and hyphens",
                                    code="checklist"))
            continue
        items.append(Item(
            id=str(raw["id"]),
            title=str(raw["title"]),
            committee_wording=str(raw.get("committee_wording", raw["title"])),
            recognise=str(raw.get("recognise", "")),
            covers=_patterns(raw.get("covers"), f"{where} covers", problems),
            partly=_patterns(raw.get("partly"), f"{where} partly", problems),
        ))
    source = data.get("source") or {}
    return Checklist(str(data.get("title", "Checklist")), str(source.get("cited_as", "")), tuple(items)), problems


@dataclass(frozen=True)
class ItemCoverage:
    """How one set of clauses meets one item: the status and the clauses that show it."""

    item: Item
    status: str
    where: tuple[Clause, ...]  # clauses matching `covers`, or `partly` when none does


def _matching(patterns: Sequence[re.Pattern[str]], clauses: Sequence[Clause]) -> tuple[Clause, ...]:
    return tuple(c for c in clauses if any(p.search(c.text) for p in patterns))


def coverage(item: Item, clauses: Sequence[Clause]) -> ItemCoverage:
    covering = _matching(item.covers, clauses)
    if covering:
        return ItemCoverage(item, COVERED, covering)
    touching = _matching(item.partly, clauses)
    return ItemCoverage(item, PARTLY if touching else NOT_COVERED, touching)
