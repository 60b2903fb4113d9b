"""The ``clausebook`` MkDocs plugin: thin glue between the pipeline and MkDocs.

It runs the pipeline on the corpus folder, adds every rendered page (and the
concordance download) with ``File.generated``, gives MkDocs a navigation
when mkdocs.yml has none, and makes ``mkdocs serve`` rebuild when a corpus
file changes.  All the work happens in pure functions (clausebook.pipeline,
clausebook.render) that the CLI and the tests call directly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files

from clausebook import pipeline
from clausebook.check import lint
from clausebook.errors import has_errors
from clausebook.render import render_downloads, render_families, site_nav

log = get_plugin_logger("clausebook")


class ClausebookConfig(Config):
    corpus = config_options.Type(str, default="corpus")
    cache_dir = config_options.Type(str, default="build/cache")


class ClausebookPlugin(BasePlugin[ClausebookConfig]):
    """Adds the handbook's generated pages to a MkDocs site."""

    def __init__(self) -> None:
        self.files: dict[str, str | bytes] = {}
        self.corpus_dir: Path | None = None

    def _path(self, config: MkDocsConfig, value: str) -> Path:
        """Paths in mkdocs.yml are relative to mkdocs.yml, wherever mkdocs is run from."""
        base = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
        return (base / value).resolve()

    def on_config(self, config: MkDocsConfig, **kwargs: Any) -> MkDocsConfig:
        # The same plugin object lives across `mkdocs serve` rebuilds: start clean.
        self.files = {}
        self.corpus_dir = self._path(config, self.config.corpus)
        if not self.corpus_dir.is_dir():
            raise PluginError(f"clausebook: corpus folder not found: {self.corpus_dir}")
        build = pipeline.run(self.corpus_dir, self._path(config, self.config.cache_dir))
        if has_errors(build.problems):
            errors = sorted(str(p) for p in build.problems if p.severity == "error")
            raise PluginError("clausebook: the corpus has errors:\n" + "\n".join(errors))
        # Info, not warning: `mkdocs build --strict` must not fail on a protocol's own numbering slips,
        # but the officer building the site should still hear that `clausebook check` has something to say.
        warnings = sum(1 for problem in lint(build.corpus) if problem.severity == "warning")
        log.info(f"{len(build.corpus.documents)} documents, {len(build.corpus.clauses())} clauses"
                 + (f"; {warnings} corpus warning(s): `clausebook check --corpus {self.config.corpus}` lists them"
                    if warnings else ""))
        families = render_families(build)
        self.files = {path: text for _, made in families for path, text in made.items()}
        self.files.update(render_downloads(build))
        if config.nav is None:
            config.nav = site_nav(families)
        return config

    def on_files(self, files: Files, config: MkDocsConfig, **kwargs: Any) -> Files:
        for path, content in self.files.items():
            if files.get_file_from_path(path) is not None:
                raise PluginError(f"clausebook: docs/{path} would hide the generated page of the same name")
            files.append(File.generated(config, path, content=content))
        return files

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any, **kwargs: Any) -> Any:
        if self.corpus_dir is not None:
            server.watch(str(self.corpus_dir))
        return server
