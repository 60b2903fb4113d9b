"""The ``clausebook`` command: one subcommand per pipeline use.

Each subcommand lives in ``clausebook.commands.<name>`` and exposes
``register(subparsers)``; this module only dispatches and turns user errors
into one-line messages with a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from clausebook import __version__
from clausebook.commands import COMMANDS
from clausebook.errors import UserError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clausebook",
        description="Parse, compare and publish council Member/Officer Relations Protocols.",
    )
    parser.add_argument("--version", action="version", version=f"clausebook {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except UserError as err:
        for line in err.lines:
            print(f"clausebook: {line}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like: not an error of ours
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
