"""Word-level redline of two clause texts.

Words and punctuation marks are the units a committee reads a redline in, so
the diff runs over those tokens (rapidfuzz's Indel opcodes: insertions and
deletions only, the longest common subsequence kept), and each token carries
the whitespace before it so the runs join back into the texts: the kept and
inserted runs into the new text exactly, the kept and deleted runs into the
old one but for typography (a word kept with new curly quotes or dashes
shows as it now reads).
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


# Typography a word processor changes on its own: curly or straight quotes, a dash for a hyphen.
TYPOGRAPHY = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def _key(token: str) -> str:
    """What a token is compared by: "Council’s" and "Council's" are the same word, not a rewording."""
    return token.strip().translate(TYPOGRAPHY)


def word_diff(old: str, new: str) -> tuple[tuple[DiffOp, ...], float]:
    """Runs of equal, deleted and inserted text turning ``old`` into ``new``, and their similarity.

    The similarity (0..1, 1 only when every word and mark is the same, curly
    and straight quotes alike) is the share of tokens kept, from the same
    alignment, so it always agrees with the redline.
    """
    old_tokens, new_tokens = tokens(old), tokens(new)
    opcodes = Indel.opcodes([_key(t) for t in old_tokens], [_key(t) for t in new_tokens])
    kept = sum(code.dest_end - code.dest_start for code in opcodes if code.tag == "equal")
    total = len(old_tokens) + len(new_tokens)
    pieces: list[tuple[str, str]] = []
    for code in opcodes:
        if code.tag == "equal":
            for before, after in zip(old_tokens[code.src_start:code.src_end], new_tokens[code.dest_start:code.dest_end]):
                pieces += _equal(before, after)
        elif code.tag == "delete":
            pieces += [("delete", token) for token in old_tokens[code.src_start:code.src_end]]
        else:
            pieces += [("insert", token) for token in new_tokens[code.dest_start:code.dest_end]]
    runs: list[DiffOp] = []
    for op, text in pieces:
        if runs and runs[-1].op == op:
            runs[-1] = DiffOp(op, runs[-1].text + text)
        elif text:
            runs.append(DiffOp(op, text))
    return tuple(_pair_changes(runs)), (2 * kept / total if total else 1.0)


def _equal(before: str, after: str) -> list[tuple[str, str]]:
    """One word kept. The space before it may differ ("General Introduction" -> "Introduction"):

    the old space is deleted and the new one inserted, so the runs still join
    back into each text, and the space goes with the words taken out beside it.
    A word kept with new typography ("Council's" -> "Council’s") is shown as
    it now reads.
    """
    old_space, new_space = before[: len(before) - len(before.lstrip())], after[: len(after) - len(after.lstrip())]
    if old_space == new_space:
        return [("equal", after)]
    return [("delete", old_space), ("insert", new_space), ("equal", after.lstrip())]


def _pair_changes(runs: list[DiffOp]) -> list[DiffOp]:
    """Put each deletion before the insertion that replaces it, as a reader expects."""
    out: list[DiffOp] = []
    for run in runs:
        if run.op == "delete" and out and out[-1].op == "insert":
            out.insert(len(out) - 1, run)
        else:
            out.append(run)
    return out



def framed(run: DiffOp) -> tuple[str, str, str]:
    """A run as (space before, its words, space after), for marking up its words alone.

    A run of white space only is shown as the new text has it: a space put in
    shows as one, a space taken out as nothing.
    """
    core = run.text.strip()
    if not core:
        return ("", "", " " if run.op != "delete" and run.text else "")
    return (" " if run.text[:1].isspace() else "", core, " " if run.text[-1:].isspace() else "")
