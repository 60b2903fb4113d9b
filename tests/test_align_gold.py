"""The alignment of the bundled corpus against the hand-made gold set.

tests/data/gold/alignment-dev.yaml (a copy: tests never read outside the
repository) names clauses by quotes. The counting rules are the gold set's
own (its README): a quote resolves to the SHORTEST clause of its document
whose normalised text contains it; for each anchor clause and each other
document, predicted = clauses there linked to the anchor; true positive =
predicted and equivalent; false positive = predicted and neither equivalent
nor related; false negative = equivalent and not predicted (an unresolved
quote counts as missed). Micro-averaged.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from clausebook.models import Alignment, Corpus
from clausebook.pipeline import Build, run

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).parent / "data" / "gold" / "alignment-dev.yaml"
DOCS = "AWMFN"
_FOLDS = (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'),
          ("\u2013", "-"), ("\u2014", "-"), ("\u2022", " "))


def norm(text: str) -> str:
    """Case, curly quotes, dashes, markup and whitespace folded, as the gold set's quotes are."""
    text = re.sub(r"<[^>]+>", " ", unicodedata.normalize("NFKC", text))
    for a, b in _FOLDS:
        text = text.replace(a, b)
    text = re.sub(r"[*_`#]", "", text)
    return re.sub(r"\s+", " ", text).strip().lower()


@dataclass
class GoldScore:
    tp: int = 0
    missed: list[tuple[str, str]] = field(default_factory=list)
    wrong: list[tuple[str, str]] = field(default_factory=list)
    unresolved: list[tuple[str, str, str]] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def fp(self) -> int:
        return len(self.wrong)

    @property
    def fn(self) -> int:
        return len(self.missed) + len(self.unresolved)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def confusion(self) -> str:
        """What a person needs to see when the figures drop: each miss and each wrong link, quoted."""
        def quote(cid: str) -> str:
            return f"{cid} \"{self.texts.get(cid, '')[:70]}\""

        lines = [f"tp={self.tp} fp={self.fp} fn={self.fn} precision={self.precision:.3f} "
                 f"recall={self.recall:.3f} F1={self.f1:.3f}"]
        lines += [f"MISSED  {quote(a)}\n     -> {quote(b)}" for a, b in self.missed]
        lines += [f"WRONG   {quote(a)}\n     -> {quote(b)}" for a, b in self.wrong]
        lines += [f"UNRESOLVED {anchor} {doc}: {q!r}" for anchor, doc, q in self.unresolved]
        return "\n".join(lines)


def score_gold(corpus: Corpus, alignment: Alignment, gold_path: Path = GOLD, split: str = "dev") -> GoldScore:
    """Score an alignment of a corpus against the gold set, by the gold set's rules."""
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    by_doc = {p.document.id: [(c.id, norm(c.text)) for c in p.clauses] for p in corpus.documents}

    def find(doc_id: str, quote: str) -> str | None:
        hits = [(len(t), cid) for cid, t in by_doc.get(doc_id, []) if norm(quote) in t]
        return min(hits)[1] if hits else None

    docmap = {}
    for key, entry in gold["documents"].items():
        owners = [d for d in by_doc if find(d, entry["signature"])]
        assert len(owners) == 1, f"gold document {key} found in {owners}"
        docmap[key] = owners[0]
    neighbours: dict[str, set[str]] = {}
    for link in alignment.links:
        neighbours.setdefault(link.a, set()).add(link.b)
        neighbours.setdefault(link.b, set()).add(link.a)
    doc_of = {c.id: c.document for c in corpus.clauses()}

    result = GoldScore(texts={c.id: c.text for c in corpus.clauses()})
    cells: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    for anchor in gold["anchors"]:
        if split != "all" and anchor["split"] != split:
            continue
        source = find(docmap[anchor["at"][0]], anchor["at"][1])
        if source is None:
            result.unresolved.append((anchor["id"], anchor["at"][0], anchor["at"][1]))
            continue
        for key in DOCS:
            if key == anchor["at"][0]:
                continue
            yes, maybe = cells.setdefault((source, key), (set(), set()))
            for kind, target in (("equivalent", yes), ("related", maybe)):
                for quote in (anchor.get(key) or {}).get(kind, []):
                    clause = find(docmap[key], quote)
                    if clause is None:
                        result.unresolved.append((anchor["id"], key, quote))
                    else:
                        target.add(clause)
    for (source, key), (yes, maybe) in sorted(cells.items()):
        predicted = {b for b in neighbours.get(source, ()) if doc_of.get(b) == docmap[key]}
        result.tp += len(predicted & yes)
        result.missed += [(source, b) for b in sorted(yes - predicted)]
        result.wrong += [(source, b) for b in sorted(predicted - yes - maybe)]
    return result


@pytest.fixture(scope="module")
def bundled_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The real pipeline on the bundled corpus, with a fresh score cache."""
    return run(ROOT / "corpus", tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="module")
def gold_score(bundled_build: Build) -> GoldScore:
    return score_gold(bundled_build.corpus, bundled_build.alignment)


def test_every_gold_quote_resolves_to_a_clause(gold_score: GoldScore) -> None:
    assert gold_score.unresolved == []


# What the aligner scores today, less a small margin: a change that loses links it used to
# find, or adds wrong ones, fails here. Raise these as the aligner improves.
PRECISION_FLOOR = 0.85
RECALL_FLOOR = 0.50
# Issue 3's target. Not reached yet (docs/alignment.md says why and what was tried); the
# test below is a strict xfail, so the day the aligner reaches it the suite says so.
PRECISION_TARGET = 0.90
RECALL_TARGET = 0.85


def test_precision_on_the_development_gold_set(gold_score: GoldScore) -> None:
    print(gold_score.confusion())
    assert gold_score.precision >= PRECISION_FLOOR, gold_score.confusion()


def test_recall_on_the_development_gold_set(gold_score: GoldScore) -> None:
    print(gold_score.confusion())
    assert gold_score.recall >= RECALL_FLOOR, gold_score.confusion()


@pytest.mark.xfail(strict=True, reason="issue 3 target (precision 0.90, recall 0.85) not reached: "
                   "recall is about 0.53 (docs/alignment.md)")
def test_the_development_gold_set_meets_the_target(gold_score: GoldScore) -> None:
    assert gold_score.precision >= PRECISION_TARGET and gold_score.recall >= RECALL_TARGET, \
        gold_score.confusion()
