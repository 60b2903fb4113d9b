"""Clauses (and windows of adjacent clauses) as the units the scorers compare.

A unit is prepared once: folded tokens in order (for the order-aware
scorers), the content tokens that carry meaning, the same per sentence (so
one sentence of a long paragraph can match a short clause elsewhere), and the
document's own words for every token (the evidence a reader sees).

Its ``key`` is a hash of exactly what the scorers read (the content words
and sentences; every word, for titles, whose scorer reads word order), so the
score cache is keyed by content: an edited clause, a new synonym or stopword
changes the key of the texts it touches and nothing else, and two clauses
that differ only in function words ("should" / "must") are scored once.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cached_property

from clausebook.align.normalise import Vocabulary, sentences
from clausebook.models import Clause

# Clause kinds that name a subject rather than say something about it.
TITLE_KINDS = frozenset({"part", "section", "heading"})
# A lead-in paragraph ("Officers can expect from Members:") is a title too when it is this short.
LEAD_IN_WORDS = 14


@dataclass(frozen=True)
class Text:
    """What the scorers see of one unit."""

    key: str
    tokens: tuple[str, ...]  # every folded token, in order
    content: tuple[str, ...]  # the meaningful tokens, in order
    sentences: tuple[tuple[str, ...], ...]  # content tokens of each sentence
    surface: tuple[tuple[str, str], ...]  # (token, first printed form), for evidence
    title: bool  # a heading or lead-in: compared only with other titles

    @cached_property
    def printed(self) -> dict[str, str]:
        """Token -> the words the document printed for it."""
        return dict(self.surface)


# "Members can expect from Officers": the duties are those of the party after "from" or "of".
_EXPECTS = re.compile(r"\bexpect(?:s|ed)?\b.*\b(?:from|of)\b", re.IGNORECASE)
_EXPECT = re.compile(r"\bexpect(?:s|ed)?\b", re.IGNORECASE)
# "Officers must:", "Councillors should not:", "Officers Do" / "Officers Don't": the one party named owes them.
_OWES = re.compile(r"\b(?:must|should|shall|will|do|don'?t|undertake)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Frame:
    """Who the list a clause stands in is about: the parties its framing names, and whose duties it sets out."""

    parties: tuple[str, ...] = ()  # in order: "Members can expect from Officers" -> (member, officer)
    bearer: str | None = None  # whose duties: officer there and under "All councillors can expect:",
    # member under "Councillors must:"

    def mirrors(self, other: Frame) -> bool:
        """Two lists setting out different parties' duties: their items share words, not meaning.

        "Members can expect from Officers" and "Officers can expect from
        Members" name the parties in opposite order; "Officers can expect from
        Members" (members' duties) and "Officers must:" (officers' duties)
        name them differently but still put the duty on different shoulders.
        """
        if len(self.parties) == 2 and self.parties[::-1] == other.parties:
            return True
        return self.bearer is not None and other.bearer is not None and self.bearer != other.bearer


@dataclass(frozen=True)
class Unit:
    """One clause, or a window of 2-3 adjacent sibling clauses of one document."""

    clauses: tuple[str, ...]
    document: str
    order: int  # position of the first clause in its document, for stable ordering
    text: Text
    context: frozenset[str] = frozenset()  # content words of the headings above it
    frame: Frame = Frame()  # who the list it stands in is about, and whose duties it sets out


def _digest(*parts: object) -> str:
    return hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()[:20]


def is_title(clause: Clause) -> bool:
    """Headings, and short lead-ins ending in a colon, name a subject: they align only with each other."""
    if clause.kind in TITLE_KINDS:
        return True
    text = clause.text.strip()
    return text.endswith(":") and len(text.split()) <= LEAD_IN_WORDS


def prepare_text(text: str, title: bool, vocabulary: Vocabulary) -> Text:
    """Fold one clause's text into the scorers' view of it, sentence by sentence."""
    per_sentence = [vocabulary.tokens(sentence) for sentence in sentences(text)]
    tokens = [token for sentence in per_sentence for token in sentence]
    keys = tuple(t.key for t in tokens)
    content = tuple(k for k in keys if vocabulary.is_content(k))
    sentence_content = tuple(tuple(t.key for t in s if vocabulary.is_content(t.key)) for s in per_sentence)
    surface: dict[str, str] = {}
    for token in tokens:
        surface.setdefault(token.key, token.surface)
    return Text(
        key=_digest(keys if title else None, content, sentence_content, title),
        tokens=keys,
        content=content,
        sentences=sentence_content,
        surface=tuple(sorted(surface.items())),
        title=title,
    )


def context_of(clause: Clause, vocabulary: Vocabulary) -> frozenset[str]:
    """The content words of the section titles above a clause: where the document put it."""
    return frozenset(t.key for t in vocabulary.tokens(" ".join(clause.heading)) if vocabulary.is_content(t.key))


def frame_of(clause: Clause, parent: Clause | None, vocabulary: Vocabulary) -> Frame:
    """The frame of the list a clause stands in, or of the list a title or lead-in opens.

    The framing is the clause's lead-in (its parent, when that is a title or a
    lead-in) or else its nearest heading; a title or lead-in frames itself.
    """
    if is_title(clause):
        framing = clause.text
    elif parent is not None and is_title(parent):
        framing = parent.text
    else:
        framing = clause.heading[-1] if clause.heading else ""
    parties: list[str] = []
    for token in vocabulary.tokens(framing):
        if token.key in vocabulary.roles and token.key not in parties:
            parties.append(token.key)
    bearer = None
    if len(parties) == 2 and _EXPECTS.search(framing):
        bearer = parties[1]
    elif len(parties) == 1 and _EXPECT.search(framing):  # "All councillors can expect:": from the other party
        others = [role for role in sorted(vocabulary.roles) if role != parties[0]]
        bearer = others[0] if len(others) == 1 else None
    elif len(parties) == 1 and _OWES.search(framing):
        bearer = parties[0]
    return Frame(tuple(parties), bearer)


def join_texts(texts: list[Text]) -> Text:
    """A window's text: its clauses' texts one after another."""
    surface: dict[str, str] = {}
    for text in texts:
        for token, printed in text.surface:
            surface.setdefault(token, printed)
    return Text(
        key=_digest(*(t.key for t in texts)),
        tokens=tuple(k for t in texts for k in t.tokens),
        content=tuple(k for t in texts for k in t.content),
        sentences=tuple(s for t in texts for s in t.sentences),
        surface=tuple(sorted(surface.items())),
        title=False,
    )
