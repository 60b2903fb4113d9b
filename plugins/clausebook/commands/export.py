"""``clausebook export``: write the concordance JSON of a corpus."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clausebook.errors import UserError, has_errors, report
from clausebook.export import concordance, to_json
from clausebook.pipeline import run


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help="write the concordance JSON (documents, clauses, links, residue)")
    parser.add_argument("--corpus", type=Path, default=Path("corpus"), help="corpus folder (default: corpus)")
    parser.add_argument("--out", type=Path, default=None, help="output file (default: standard output)")
    parser.add_argument("--cache-dir", type=Path, default=Path("build/cache"), help="alignment score cache")
    parser.set_defaults(run=execute)


def execute(args: argparse.Namespace) -> int:
    if not args.corpus.is_dir():
        raise UserError(f"{args.corpus}: no such corpus folder")
    build = run(args.corpus, args.cache_dir)
    status = report(build.problems)
    if has_errors(build.problems):
        return status
    text = to_json(concordance(build))
    if args.out is None:
        sys.stdout.write(text)
    else:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    return 0
