"""How problems reach the user: one line each, all at once, then an exit code."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TextIO

from clausebook.models import Problem


class UserError(Exception):
    """A mistake in what the user asked for (a missing file, a bad option), or in a file it names.

    Raised by commands and caught by the CLI, which prints each of its lines
    as one line: a file with three mistakes says all three at once.
    """

    def __init__(self, *lines: str) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def report(problems: Iterable[Problem], stream: TextIO | None = None) -> int:
    """Print every problem, errors first by file and line; return 1 if any is an error."""
    stream = stream or sys.stderr
    ordered = sorted(problems, key=lambda p: (p.severity != "error", p.path, p.line or 0, p.message))
    for problem in ordered:
        print(problem, file=stream)
    return 1 if any(p.severity == "error" for p in ordered) else 0


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.severity == "error" for p in problems)
