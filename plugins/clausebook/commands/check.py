"""``clausebook check``: a linter for people drafting a protocol."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from clausebook.check import lint
from clausebook.errors import UserError, report
from clausebook.pipeline import parse_corpus


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check", help="report numbering anomalies, unresolved references, empty clauses and front-matter problems")
    parser.add_argument("--corpus", type=Path, default=Path("corpus"), help="corpus folder (default: corpus)")
    parser.add_argument("--json", action="store_true", help="print findings as JSON on standard output")
    parser.add_argument("--strict", action="store_true", help="exit non-zero on warnings too")
    parser.set_defaults(run=execute)


def execute(args: argparse.Namespace) -> int:
    if not args.corpus.is_dir():
        raise UserError(f"{args.corpus}: no such corpus folder")
    problems = lint(parse_corpus(args.corpus))
    if args.json:
        ordered = sorted(problems, key=lambda p: (p.path, p.line or 0, p.code, p.message))
        json.dump([asdict(p) for p in ordered], sys.stdout, indent=1)
        sys.stdout.write("\n")
        status = 1 if any(p.severity == "error" for p in problems) else 0
    else:
        status = report(problems, sys.stdout)
        errors = sum(p.severity == "error" for p in problems)
        print(f"{errors} error(s), {len(problems) - errors} warning(s) in {args.corpus}", file=sys.stdout)
    if args.strict and problems:
        return 1
    return status
