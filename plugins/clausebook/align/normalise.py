"""Clause text to comparable words: lower-cased, stemmed, council vocabulary folded.

Councils say the same thing in different words ("Members" / "councillors",
"Town Clerk" / "Chief Executive"). The curated table corpus/data/synonyms.yaml
folds those words to one canonical token before any scorer sees them, so the
scorers compare meaning rather than house style. The table is data, not code,
so a standards officer can extend it without touching Python.

Every token keeps the surface words it came from, so the evidence shown to a
reader ("both say: timely, response, enquiries") is the documents' own words,
never stems.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from clausebook.parse.inline import ADDRESS

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?", re.IGNORECASE)
# An enumerator the parser left at the start of a clause's text: "(a)", "3.1", "I.2.", "iv)".
_ENUMERATOR = re.compile(r"^\s*(?:\(?[0-9ivxl]+(?:\.[0-9]+)*[.)]?|\(?[a-z][.)])\s+", re.IGNORECASE)
_MARKUP = re.compile(r"<[^>]+>|[*_`#|]")
_SENTENCE_END = re.compile(r"(?<=[.;:!?])\s+(?=[A-Z\"'(\u201c\u2018])")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
# Words of a council's name that say its tier, not which council it is.
_TIER_WORDS = frozenset({"borough", "city", "county", "district", "parish", "town", "council", "metropolitan", "of", "the"})


# Derivational endings stripped after the inflections (repeatedly), longest first in each step, so
# "impartiality" meets "impartial", "harassment" meets "harass", "discriminate" meets
# "discrimination". A stem keeps at least MIN_STEM letters.
_DERIVATIONS = (
    ("ly",),
    ("ness", "ment", "ity"),
    ("ation", "ition", "ion", "ance", "ence"),
    ("al",),
    ("ate", "e", "y"),
)
MIN_STEM = 4


@cache
def stem(word: str) -> str:
    """A light suffix stemmer: inflections, then a few derivational endings, nothing clever.

    Enough to make "relationships" meet "relationship", "advised" meet
    "advise" and "politically" meet "political"; the synonym table handles
    everything with a meaning.
    """
    if word.endswith("'s") or word.endswith("s'"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) > 5 and word.endswith("ing"):
        word = word[:-3]
    elif len(word) > 4 and word.endswith("ed"):
        word = word[:-2]
    previous = ""
    while previous != word:  # "professional" -> "profession" -> "profess"
        previous = word
        for endings in _DERIVATIONS:
            for ending in endings:
                if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
                    word = word[: -len(ending)]
                    break
    return word



def clean(text: str) -> str:
    """Clause text without its leading enumerator, markup, typographic quotes or addresses.

    A web or email address ("https://www.gov.uk/.../the-7-principles-of-public-life") is where
    the text points, not what it says: its pieces ("https", "www", "gov") would count as words
    two clauses share.
    """
    if "@" in text or "://" in text or "www." in text:  # the pattern costs half of clean() on every text
        text = ADDRESS.sub(" ", text)
    text = _MARKUP.sub(" ", text.translate(_QUOTES))
    return _ENUMERATOR.sub("", text)


def surface_words(text: str) -> list[str]:
    """The words of a text as printed (case kept), for evidence shown to readers."""
    return _WORD.findall(clean(text))


def words(text: str) -> list[str]:
    """Lower-cased stemmed words of a clause, its leading enumerator removed."""
    return [stem(w.lower()) for w in surface_words(text)]


def sentences(text: str) -> list[str]:
    """A clause split at sentence (and semicolon) boundaries, for partial matches."""
    return [s for s in _SENTENCE_END.split(clean(text)) if s.strip()]


@dataclass(frozen=True)
class Token:
    """One folded word (or folded phrase) and the words the document printed for it."""

    key: str
    surface: str


@dataclass(frozen=True)
class Vocabulary:
    """The folding table, ready to apply: stemmed variant phrase -> canonical token."""

    phrases: dict[tuple[str, ...], str]
    stopwords: frozenset[str]
    roles: frozenset[str] = frozenset()  # the parties of the relationship, as folded tokens
    longest: dict[str, int] = field(init=False)  # first word of a phrase -> its longest phrase's length

    def __post_init__(self) -> None:
        longest: dict[str, int] = {}
        for phrase in self.phrases:
            longest[phrase[0]] = max(longest.get(phrase[0], 0), len(phrase))
        object.__setattr__(self, "longest", longest)

    def tokens(self, text: str) -> list[Token]:
        """Every word of ``text`` folded, longest variant phrase first, surface kept."""
        printed = surface_words(text)
        stems = [stem(w.lower()) for w in printed]
        out: list[Token] = []
        i = 0
        while i < len(stems):
            for size in range(min(self.longest.get(stems[i], 0), len(stems) - i), 0, -1):
                canonical = self.phrases.get(tuple(stems[i:i + size]))
                if canonical is not None:
                    out.append(Token(canonical, " ".join(printed[i:i + size])))
                    i += size
                    break
            else:
                out.append(Token(stems[i], printed[i]))
                i += 1
        return out

    def is_content(self, key: str) -> bool:
        """Whether a token carries meaning: stopwords, bare numbers and single letters do not."""
        return key not in self.stopwords and not key.isdigit() and len(key) > 1


def _canonical_token(canonical: str) -> str:
    return "_".join(words(canonical))


def _council_phrases(names: Iterable[str]) -> set[tuple[str, ...]]:
    """Each council's full name and its distinctive part ("North Norfolk") as stemmed phrases."""
    phrases: set[tuple[str, ...]] = set()
    for name in names:
        full = tuple(words(name))
        distinctive = tuple(w for w in full if w not in _TIER_WORDS)
        phrases.update(p for p in (full, distinctive) if p)
    return phrases


def load_vocabulary(table: dict[str, Any] | None, council_names: Iterable[str] = ()) -> Vocabulary:
    """Build the folding table from corpus/data/synonyms.yaml and the documents' council names."""
    table = table or {}
    phrases: dict[tuple[str, ...], str] = {}
    if table.get("own_council_names"):
        for phrase in sorted(_council_phrases(str(n) for n in council_names if n)):
            phrases[phrase] = "council"
    for group in table.get("groups") or []:
        canonical = _canonical_token(str(group["canonical"]))
        for phrase in [group["canonical"], *(group.get("variants") or [])]:
            key = tuple(words(str(phrase)))
            if key:
                phrases[key] = canonical
    stopwords = frozenset(stem(str(w).lower()) for w in table.get("stopwords") or [])
    roles = frozenset(_canonical_token(str(r)) for r in table.get("roles") or [])
    return Vocabulary(phrases=phrases, stopwords=stopwords, roles=roles)
