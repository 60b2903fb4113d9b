"""Word-level redline of two clause texts.

Words and punctuation marks are the units a committee reads a redline in, so
the diff runs over those tokens (rapidfuzz's Indel opcodes: insertions and
deletions only, the longest common subsequence kept), and each token carries
the whitespace before it so the runs join back into the original texts.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Indel

from clausebook.compare.model import DiffOp

_TOKEN = re.compile(r"\s*(?:\w+(?:['’]\w+)*|[^\w\s])", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Words and punctuation of ``text``, each with the whitespace before it (collapsed to one space)."""
    found = _TOKEN.findall(text.strip())
    return [(" " + token.lstrip()) if token[:1].isspace() else token for token in found]


def _key(token: str) -> str:
    return token.strip()


def word_diff(old: str, new: str) -> tuple[tuple[DiffOp, ...], float]:
    """Runs of equal, deleted and inserted text turning ``old`` into ``new``, and their similarity.

    The similarity (0..1, 1 only when every word and mark is the same) is
    the share of tokens kept, from the same alignment, so it always agrees
    with the redline.
    """
    old_tokens, new_tokens = tokens(old), tokens(new)
    opcodes = Indel.opcodes([_key(t) for t in old_tokens], [_key(t) for t in new_tokens])
    kept = sum(code.dest_end - code.dest_start for code in opcodes if code.tag == "equal")
    total = len(old_tokens) + len(new_tokens)
    runs: list[DiffOp] = []
    for code in opcodes:
        if code.tag == "equal":
            piece, op = new_tokens[code.dest_start : code.dest_end], "equal"
        elif code.tag == "delete":
            piece, op = old_tokens[code.src_start : code.src_end], "delete"
        else:
            piece, op = new_tokens[code.dest_start : code.dest_end], "insert"
        text = "".join(piece)
        if runs and runs[-1].op == op:
            runs[-1] = DiffOp(op, runs[-1].text + text)
        elif text:
            runs.append(DiffOp(op, text))
    return tuple(_pair_changes(runs)), (2 * kept / total if total else 1.0)


def _pair_changes(runs: list[DiffOp]) -> list[DiffOp]:
    """Put each deletion before the insertion that replaces it, as a reader expects."""
    out: list[DiffOp] = []
    for run in runs:
        if run.op == "delete" and out and out[-1].op == "insert":
            out.insert(len(out) - 1, run)
        else:
            out.append(run)
    return out

