"""Mend a word broken at a line end: "an-" / "other" is "another", "face-to-" / "face" stays "face-to-face".

A hyphen ending a line is either a typesetter's break inside one word, to be
joined, or the hyphen of a compound the line happened to end on, to be kept.
The two lines cannot say which, so the document's own words are the evidence,
strongest first:

1. the compound written whole on one line elsewhere ("well-being") keeps it;
2. a break inside a compound of three or more parts ("face-to-" / "face",
   "up-" / "to-date") keeps it: a typesetter breaks such a word at a hyphen;
3. the joined word written elsewhere ("another") joins it;
4. a prefix British English writes with a hyphen ("co-", "non-", "self-") keeps it, as
   do "pre-", "post-", "cross-", "well-", "by-" and the like before a word of five
   letters or more that the document uses ("pre-" / "election"), and a word of four
   letters or more before a compound's second half ("decision-" / "making");
5. two pieces that are both words the document uses on their own, the first
   not a function word or pronoun ("decision-" / "making"), keep it;
6. otherwise the break is a typesetter's and is joined ("correspon-" / "dence",
   "ex-" / "tend", "an-" / "other": a syllable, or a word that never opens a
   hyphenated compound).

Limits: without evidence, a closed word whose syllables are both words of the
document ("out-" / "side" where it uses "out" and "side") keeps its hyphen, as
does "pre-" / "serve" where the document says "serve"; and a compound whose
parts the document never uses alone ("by-" / "law") is joined.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from clausebook.parse.shapes import FUNCTION_WORDS

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_BROKEN = re.compile(r"(?P<fragment>[^\W\d_]+(?:-[^\W\d_]+)*)-$")
# Prefixes written with a hyphen in British English ("co-operate", "non-pecuniary", "self-interest").
_HYPHENATED_PREFIXES = frozenset({"co", "non", "self"})
# Prefixes hyphenated before a whole word ("pre-election", "cross-party", "well-being", "by-election"), but
# also syllables a typesetter breaks at ("pre-" / "vent"): kept only before a word of the document of five letters or more.
_PREFIXES_BEFORE_WORDS = frozenset({"pre", "post", "cross", "well", "ill", "by", "anti", "multi"})
# The second halves of compounds written with a hyphen after a noun ("decision-making", "evidence-based").
_COMPOUND_HEADS = frozenset({"making", "based", "related", "led", "wide", "specific", "focused", "funded"})
# Words that form closed compounds ("another", "themselves", "something"), never hyphenated ones.
_CLOSED_FORMERS = FUNCTION_WORDS | {"some", "them", "him", "our", "your", "my", "other", "every", "there",
                                    "here", "what", "how", "out", "up", "down", "never"}
# "pre-" / "and post-election": a hyphen left hanging for a word further on, not a broken word.
_SUSPENDED = frozenset({"and", "or"})


@dataclass(frozen=True)
class Vocabulary:
    """The words (and hyphenated compounds) a document writes within its lines, lower-cased.

    Worked out on first use: most documents have no word broken at a line
    end, and reading every word of every document cost a fifth of parsing.
    """

    lines: tuple[str, ...]

    @classmethod
    def of(cls, lines: Iterable[str]) -> Vocabulary:
        return cls(tuple(lines))

    @cached_property
    def words(self) -> frozenset[str]:
        """Every word and compound, and each compound's parts; the pieces of a word broken at a line end are no words."""
        words: set[str] = set()
        broken = False
        for line in self.lines:
            if not line.strip():
                continue  # the rest of a broken word may come after a blank line
            found = _WORD.findall(line)
            if broken and line.strip()[:1].islower():
                found = found[1:]  # the rest of the word broken above
            broken = bool(found) and bool(_BROKEN.search(line.rstrip()))
            for word in found[:-1] if broken else found:
                words.add(word.lower())
                words.update(word.lower().split("-"))
        return frozenset(words)

    def joins(self, fragment: str, head: str) -> bool:
        """Is "fragment-" at a line end and "head" at the next line's start one word broken in two?"""
        fragment, head = fragment.lower(), head.lower()
        if f"{fragment}-{head}" in self.words or "-" in fragment or "-" in head:
            return False
        if fragment + head in self.words:
            return True
        if fragment in _HYPHENATED_PREFIXES or (len(fragment) >= 4 and head in _COMPOUND_HEADS):
            return False
        if fragment in _PREFIXES_BEFORE_WORDS and len(head) >= 5 and head in self.words:
            return False
        return not (fragment in self.words and head in self.words and fragment not in _CLOSED_FORMERS)


def join_broken(before: str, after: str, vocabulary: Vocabulary) -> str | None:
    """ "...one an-" + "other. It..." as one text, or None when ``before`` ends on no hyphen that breaks a word.

    A capital after the hyphen ("non-" / "Council") is a compound's part: a word is never broken before a capital.
    """
    broken = _BROKEN.search(before)
    head = _WORD.match(after)  # the word, or compound, the next line starts on
    if broken is None or head is None or head.group(0).lower() in _SUSPENDED:
        return None
    if not after[:1].islower():
        return before + after
    return before[:-1] + after if vocabulary.joins(broken.group("fragment"), head.group(0)) else before + after
