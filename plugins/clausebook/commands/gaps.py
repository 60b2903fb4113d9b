"""``clausebook gaps DRAFT``: what peers cover that a draft does not, and the committee's checklist."""

from __future__ import annotations

import argparse
from pathlib import Path

from clausebook.commands.compare import FORMATS, write_output
from clausebook.compare.gaps import draft_ids, gap_report
from clausebook.compare.gaps_html import gaps_html
from clausebook.compare.gaps_json import to_json
from clausebook.compare.gaps_text import gaps_text
from clausebook.compare.sources import fail_on_errors
from clausebook.errors import UserError
from clausebook.pipeline import run


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "gaps", help="gap report for a draft: topics its peers cover that it does not, and the checklist",
        description="DRAFT is a corpus document id (a file holding a report and its draft means the draft part) "
                    "or a part id such as worcestershire-2024--draft. Without DRAFT, lists the corpus's drafts.")
    parser.add_argument("draft", metavar="DRAFT", nargs="?", help="the draft's document or part id")
    parser.add_argument("--corpus", type=Path, default=Path("corpus"), help="corpus folder (default: corpus)")
    parser.add_argument("--cache-dir", type=Path, default=Path("build/cache"), help="alignment score cache")
    parser.add_argument("--format", choices=FORMATS, default="text", help="text (default), json or html")
    parser.add_argument("--out", type=Path, default=None, help="write to this file (default: standard output)")
    parser.set_defaults(run=execute)


def execute(args: argparse.Namespace) -> int:
    if not args.corpus.is_dir():
        raise UserError(f"{args.corpus}: no such corpus folder")
    build = run(args.corpus, args.cache_dir)
    fail_on_errors(build.problems)  # a peer dropped for a broken file would shrink the report unnoticed
    if args.draft is None:
        found = draft_ids(build.corpus)
        if not found:
            raise UserError(f"no drafts in {args.corpus} (a draft has 'status: draft' in its front matter)")
        write_output("".join(f"{draft}\n" for draft in found), args.out)
        return 0
    report = gap_report(build.corpus, build.alignment, args.draft)
    if not report.peers:
        raise UserError(f"no peer protocols in {args.corpus} to compare {report.draft_id} with")
    formats = {"json": to_json, "html": gaps_html, "text": gaps_text}
    write_output(formats[args.format](report), args.out)
    return 0
