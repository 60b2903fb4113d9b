"""Topics: linked clauses grouped under a name, for topic pages and the coverage matrix."""

from __future__ import annotations

from typing import Any

from clausebook.align.normalise import Vocabulary
from clausebook.models import Corpus, Link, Topic


def build_topics(corpus: Corpus, links: tuple[Link, ...], table: Any, vocabulary: Vocabulary) -> tuple[Topic, ...]:
    return ()
