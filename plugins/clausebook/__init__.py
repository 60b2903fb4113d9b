"""clausebook: parse council Member/Officer protocols into clauses, align them
across councils and publish a cross-referenced handbook.

The package is a pipeline, one subpackage a stage:
``read`` (files to Documents) -> ``parse`` (Documents to clause trees) ->
``check`` (lint) / ``align`` (links and topics) / ``compare`` (redlines) ->
``render`` (Markdown pages) and ``export`` (concordance JSON).
``pipeline`` runs the stages; ``cli`` and ``mkdocs_plugin`` are thin glue.
"""

__version__ = "0.1.0"
