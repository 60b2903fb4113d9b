"""Synthetic corpora of N councils, made from the five bundled documents, for the align benchmark.

Council i takes bundled document i mod 5 and makes it its own, as real
councils adapting a model protocol do:

- renumbered: its section numbers shifted by 0-3;
- reordered: some pairs of adjacent numbered paragraphs swapped;
- reworded: the vocabulary of corpus/data/synonyms.yaml swapped for another
  variant of the same group ("Members" -> "Councillors", "Council" ->
  "Authority"), one choice per council;
- dropped: about 5% of its numbered paragraphs left out;
- added: a few paragraphs made of sentences from the other documents;
- touched: small edits to function words ("should" / "must", "the" dropped)
  in a quarter of the lines, so most clauses are not word-for-word copies;
- noise (optional, ``--noise 0.5``): that share of the lines gets one content
  word from elsewhere in the corpus, so that texts stay distinct even after
  folding: the stress case for retrieval and scoring, where copying councils
  no longer share texts.

Deterministic: the same N and seed give the same files.

    python benchmarks/synthetic.py 50 /tmp/corpus-50
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
_NUMBERED = re.compile(r"^(\s*(?:- )?)(\d+)((?:\.\d+)+\.?|\.)(\s+)(\S.*)$")
_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-Z])")
_TOUCHES = ((" should ", " must "), (" must ", " should "), (" the ", " "), (" all ", " "), (" also ", " "))


def _split(path: Path) -> tuple[dict, list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    end = lines.index("---", 1)
    return yaml.safe_load("\n".join(lines[1:end])), lines[end + 1:]


def _word_choices(synonyms: dict) -> list[tuple[re.Pattern[str], list[str]]]:
    """For each synonym group with one-word forms: a pattern for any of them and the forms to pick from."""
    choices = []
    for group in synonyms.get("groups") or []:
        forms = [str(group["canonical"]), *(str(v) for v in group.get("variants") or [])]
        single = sorted({f for f in forms if " " not in f and len(f) > 3})
        if len(single) > 1:
            choices.append((re.compile(r"\b(" + "|".join(map(re.escape, single)) + r")(s?)\b", re.IGNORECASE), single))
    return choices


def _reword(line: str, chosen: list[tuple[re.Pattern[str], str]]) -> str:
    def swap(word: str) -> str:
        return lambda m: (word.capitalize() if m.group(1)[0].isupper() else word) + m.group(2)

    for pattern, word in chosen:
        line = pattern.sub(swap(word), line)
    return line


def _add_word(line: str, words: list[str], rng: random.Random) -> str:
    parts = line.split(" ")
    if len(parts) < 4:
        return line
    at = rng.randrange(2, len(parts))
    return " ".join([*parts[:at], rng.choice(words), *parts[at:]])


def council_document(index: int, base: Path, others: list[str], synonyms: dict, seed: int,
                     noise: float = 0.0, words: list[str] | None = None) -> str:
    """The text of synthetic council ``index``'s protocol, adapted from ``base``."""
    rng = random.Random(f"{seed}:{index}")
    meta, body = _split(base)
    meta = dict(meta, id=f"{meta['id']}-s{index:04d}", council=f"Synthetic {index:04d} Council",
                title=f"{meta['title']} (synthetic council {index})")
    offset = rng.randint(0, 3)
    chosen = [(pattern, rng.choice(words)) for pattern, words in _word_choices(synonyms)]
    out: list[str] = []
    for line in body:
        match = _NUMBERED.match(line)
        if match and rng.random() < 0.05 and "." in match.group(3)[:-1]:
            continue  # a dropped paragraph
        if match:
            lead, number, rest, space, text = match.groups()
            line = f"{lead}{int(number) + offset}{rest}{space}{text}"
        if rng.random() < 0.25:
            old, new = rng.choice(_TOUCHES)
            line = line.replace(old, new, 1)
        if words and match and rng.random() < noise:
            line = _add_word(line, words, rng)
        out.append(_reword(line, chosen) if not line.isupper() else line)
        if match and rng.random() < 0.04:
            out += ["", _reword(" ".join(rng.sample(others, 2)), chosen)]  # an added paragraph
    for i in range(len(out) - 1):  # reordered: swap the texts of adjacent numbered paragraphs
        first, second = _NUMBERED.match(out[i]), _NUMBERED.match(out[i + 1])
        if first and second and first.group(3) == second.group(3) and rng.random() < 0.1:
            out[i] = out[i][: first.start(5)] + second.group(5)
            out[i + 1] = out[i + 1][: second.start(5)] + first.group(5)
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
    return f"---\n{front}---\n" + "\n".join(out) + "\n"


def generate(councils: int, target: Path, seed: int = 1, noise: float = 0.0) -> Path:
    """Write a corpus of ``councils`` documents (and the curated data) into ``target``."""
    bases = sorted((CORPUS / "documents").glob("*.txt"))
    synonyms = yaml.safe_load((CORPUS / "data" / "synonyms.yaml").read_text(encoding="utf-8"))
    sentences = [s for base in bases for line in _split(base)[1]
                 if len(line) > 80 for s in _SENTENCE.split(line) if len(s) > 40]
    words = sorted({w.lower() for s in sentences for w in re.findall(r"[A-Za-z]{7,}", s)})
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(CORPUS / "data", target / "data")
    (target / "documents").mkdir(parents=True)
    for index in range(councils):
        base = bases[index % len(bases)]
        others = [s for s in sentences[index % 7::7]]
        text = council_document(index, base, others, synonyms, seed, noise, words)
        (target / "documents" / f"{base.stem}-s{index:04d}.txt").write_text(text, encoding="utf-8")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("councils", type=int)
    parser.add_argument("target", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--noise", type=float, default=0.0, help="share of lines given one foreign content word")
    args = parser.parse_args()
    generate(args.councils, args.target, args.seed, args.noise)


if __name__ == "__main__":
    main()
