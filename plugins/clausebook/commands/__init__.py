"""Subcommands of the ``clausebook`` CLI, one module each.

To add one: write ``clausebook/commands/<name>.py`` with
``register(subparsers)`` that adds a parser and sets ``run=<function>``
(taking the parsed args, returning an exit code), and list it here.
"""

from clausebook.commands import build, check, compare, export, gaps

COMMANDS = [build, check, compare, export, gaps]
