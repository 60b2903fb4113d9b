"""``clausebook build``: the handbook site, and optionally its Markdown, in one command.

The site is built by MkDocs from mkdocs.yml (or mkdocs-offline.yml for a
copy that opens from disk), always with ``--strict``, so a broken link or
anchor fails the build as it does in CI.  ``--markdown DIR`` also writes the
generated pages as plain Markdown files, so the handbook is not locked to
MkDocs: any generator that knows attr_list, abbr and md_in_html can take it.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from clausebook.errors import UserError
from clausebook.render.summary import SUMMARY, summary

SITE_CONFIG = Path("mkdocs.yml")
OFFLINE_CONFIG = Path("mkdocs-offline.yml")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("build", help="build the handbook site (mkdocs build --strict)")
    parser.add_argument("--corpus", type=Path, default=None,
                        help="corpus folder (default: the one mkdocs.yml names, corpus/)")
    parser.add_argument("--site-dir", type=Path, default=None,
                        help="where to write the site (default: the one mkdocs.yml names, build/site)")
    parser.add_argument("--markdown", type=Path, default=None, metavar="DIR",
                        help="also write the generated Markdown pages into DIR")
    parser.add_argument("--offline", action="store_true",
                        help="build the copy that works opened from disk (file://), from mkdocs-offline.yml")
    parser.add_argument("--config", type=Path, default=None,
                        help="MkDocs config file (default: mkdocs.yml, or mkdocs-offline.yml with --offline)")
    parser.set_defaults(run=execute)


def write_markdown(files: dict[str, str | bytes], out_dir: Path) -> None:
    """Write {relative path: content} under out_dir, overwriting files of the same name."""
    for relative, content in sorted(files.items()):
        target = out_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")


def build_site(config_file: Path, corpus: Path | None, site_dir: Path | None) -> dict[str, str | bytes]:
    """mkdocs build --strict with the given overrides; returns the files the plugin generated,
    with the navigation as a SUMMARY.md for generators other than MkDocs.

    MkDocs' warnings go to stderr, as the mkdocs command would print them.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    from clausebook.mkdocs_plugin import ClausebookPlugin, log

    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.WARNING)
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    # MkDocs' own progress stays quiet; the plugin's one line (what it read, how many corpus warnings) is shown.
    summary_handler = logging.StreamHandler(sys.stderr)
    summary_handler.setLevel(logging.INFO)
    summary_handler.addFilter(lambda record: record.levelno < logging.WARNING)
    summary_handler.setFormatter(logging.Formatter("%(message)s"))
    plugin_logger = log.logger
    level = plugin_logger.level
    plugin_logger.setLevel(logging.INFO)
    plugin_logger.addHandler(summary_handler)
    try:
        overrides = {"site_dir": str(site_dir.resolve())} if site_dir else {}
        config = load_config(str(config_file), strict=True, **overrides)
        plugin = config.plugins["clausebook"]
        assert isinstance(plugin, ClausebookPlugin)  # mkdocs.yml names our plugin under this key
        if corpus is not None:
            plugin.config["corpus"] = str(corpus.resolve())
        build(config)
        pages = {path: text for path, text in plugin.files.items() if isinstance(text, str) and path.endswith(".md")}
        return {**plugin.files, SUMMARY: summary(config.nav or [], pages)}
    except MkDocsException as err:
        raise UserError(f"{config_file}: {err}") from err
    finally:
        logger.removeHandler(handler)
        plugin_logger.removeHandler(summary_handler)
        plugin_logger.setLevel(level)


def execute(args: argparse.Namespace) -> int:
    config_file = args.config or (OFFLINE_CONFIG if args.offline else SITE_CONFIG)
    if not config_file.is_file():
        raise UserError(f"{config_file}: no such MkDocs config (run from the project folder, or pass --config)")
    if args.corpus is not None and not args.corpus.is_dir():
        raise UserError(f"{args.corpus}: no such corpus folder")
    generated = build_site(config_file, args.corpus, args.site_dir)
    if args.markdown is not None:
        write_markdown(generated, args.markdown)
    return 0
