"""``clausebook compare OLD NEW``: what a revision changes, clause by clause, whatever its numbering."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clausebook.check.numbering import numbering_problems
from clausebook.compare import compare
from clausebook.compare.as_html import comparison_html
from clausebook.compare.as_json import to_json
from clausebook.compare.as_text import comparison_text
from clausebook.compare.sources import load_versions
from clausebook.compare.stale import stale_references
from clausebook.errors import UserError, report

FORMATS = ("text", "json", "html")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "compare", help="redline two versions of a protocol: moved, renumbered, reworded, split, merged, added, removed",
        description="OLD and NEW are document files, or document ids (or part ids such as "
                    "worcestershire-2024--draft) looked up in the corpus folder.")
    parser.add_argument("old", metavar="OLD", help="the earlier version: a file, or a corpus document id")
    parser.add_argument("new", metavar="NEW", help="the later version: a file, or a corpus document id")
    parser.add_argument("--corpus", type=Path, default=Path("corpus"), help="corpus folder for ids (default: corpus)")
    parser.add_argument("--format", choices=FORMATS, default="text", help="text (default), json or html")
    parser.add_argument("--out", type=Path, default=None, help="write to this file (default: standard output)")
    parser.add_argument("--all", action="store_true", help="text and html formats: list unchanged clauses too")
    parser.set_defaults(run=execute)


def write_output(content: str, out: Path | None) -> None:
    """Standard output, or a file (its folder made); an unwritable path is a one-line error."""
    if out is None:
        sys.stdout.write(content)
        return
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(content, encoding="utf-8")
    except OSError as err:
        raise UserError(f"{out}: cannot write ({err.strerror})") from err


def execute(args: argparse.Namespace) -> int:
    old, new = load_versions(args.old, args.new, args.corpus)
    comparison = compare(old, new)
    if args.format == "json":
        content = to_json(comparison)
    elif args.format == "html":
        content = comparison_html(comparison, show_unchanged=args.all)
    else:
        content = comparison_text(comparison, show_unchanged=args.all)
    write_output(content, args.out)
    # A draft's own numbering slips (7.4 twice, 3.2 missing, "see 10.1" left citing the old 10.1) are what a
    # clerk fixes before the committee sees it, and either file's warnings ("mis-encoded text repaired") are worth knowing: reported on
    # standard error, so the redline on standard output or in --out stays clean.
    report([*old.problems, *new.problems, *numbering_problems(new), *stale_references(comparison)], sys.stderr)
    return 0
