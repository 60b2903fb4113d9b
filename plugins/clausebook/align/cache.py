"""The score cache: rapidfuzz results by content hash, so a rebuild re-scores only what changed.

Entries are keyed by the algorithm version and the two texts' keys (a hash of
exactly what the scorers read: folded words, content words, sentences), so an
edited clause, a changed synonym table or a new scorer can never be served a
stale score. After each run only the entries that run used are written back,
so the file holds one corpus's pairs and does not grow without end.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from clausebook.align.prepare import Text
from clausebook.align.score import Lexical, lexical

# Change when a scorer changes: every cached score is then recomputed.
ALGORITHM = "clausebook-align/2"
CACHE_FILE = "align-scores.json"


@dataclass
class ScoreCache:
    """Lexical scores of text pairs, loaded from and saved to ``folder`` (or kept in memory only)."""

    folder: Path | None
    stored: dict[str, list[float]] = field(default_factory=dict)
    used: dict[str, list[float]] = field(default_factory=dict)
    computed: list[tuple[str, str]] = field(default_factory=list)  # text key pairs scored this run

    @classmethod
    def open(cls, folder: Path | None) -> ScoreCache:
        cache = cls(folder)
        path = cache.path
        if path is not None and path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = {}  # a damaged cache only costs time: start again
            if isinstance(data, dict) and data.get("algorithm") == ALGORITHM:
                cache.stored = data.get("scores") or {}
        return cache

    @property
    def path(self) -> Path | None:
        return self.folder / CACHE_FILE if self.folder is not None else None

    def lexical(self, a: Text, b: Text) -> Lexical:
        """The rapidfuzz scores of two texts: from the cache, or computed and remembered."""
        first, second = (a, b) if a.key <= b.key else (b, a)
        key = f"{first.key}:{second.key}"
        values = self.used.get(key) or self.stored.get(key)
        if values is None:
            found = lexical(first, second)
            values = [round(v, 6) for v in (found.ratio, found.bag, found.sentence, found.wording)]
            self.computed.append((first.key, second.key))
        self.used[key] = values
        return Lexical(*values)

    def save(self) -> None:
        """Write the pairs this run used, atomically (a half-written cache is never read)."""
        path = self.path
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        payload = {"algorithm": ALGORITHM, "scores": dict(sorted(self.used.items()))}
        temporary.write_text(json.dumps(payload, separators=(",", ":")), encoding="utf-8")
        temporary.replace(path)
