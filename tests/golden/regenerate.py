"""Write the golden parse of every corpus document: tests/golden/<doc id>.txt.

Run it after a deliberate parser change, then READ the diff against the
source text before committing: a golden file is a reviewed statement of what
the parser must produce, not a snapshot to bless blindly.

    .venv/bin/python tests/golden/regenerate.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from clausebook.models import ParsedDocument
from clausebook.pipeline import parse_corpus

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
GOLDEN = Path(__file__).resolve().parent
FIRST_WORDS = 8


def _first_words(text: str) -> str:
    words = text.split()
    tail = " ..." if len(words) > FIRST_WORDS else ""
    return " ".join(words[:FIRST_WORDS]) + tail


def render(parsed: ParsedDocument) -> str:
    """One line per clause (label, printed number, kind, parent, lines, first words), then residue lines."""
    out = [f"# golden parse of {parsed.document.id}: label | number | kind | parent | lines | first words"]
    labels = {clause.id: clause.label for clause in parsed.clauses}
    for clause in parsed.clauses:
        number = clause.number if clause.number is not None else "-"
        where = f"{clause.lines[0]}-{clause.lines[1]}"
        extra = f" [{clause.column} r{clause.row}]" if clause.kind == "cell" else ""
        parent = labels[clause.parent] if clause.parent else "-"
        out.append(f"{clause.label} | {number} | {clause.kind}{extra} | {parent} | {where} | {_first_words(clause.text)}")
    for residue in parsed.residue:
        where = f"{residue.lines[0]}-{residue.lines[1]}"
        out.append(f"RESIDUE | {residue.reason} | {where} | {_first_words(residue.text)}")
    return "\n".join(out) + "\n"


def expected_path(doc_id: str) -> Path:
    return GOLDEN / f"{doc_id}.txt"


def main() -> int:
    corpus = parse_corpus(CORPUS)
    for parsed in corpus.documents:
        expected_path(parsed.document.id).write_text(render(parsed), encoding="utf-8")
        print(f"wrote {expected_path(parsed.document.id).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
