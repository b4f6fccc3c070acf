"""casualty: track casualty figures in news reports.

The public core API, free of any terminal code:

- :func:`casualty_cli.extraction.extract_statements` turns one :class:`Document` into statements.
- :mod:`casualty_cli.inputs` reads files, folders, pages, feeds and JSONL into documents.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from casualty_cli.native import install_analysis_finder

if TYPE_CHECKING:
    from casualty_cli.model import Breakdown, Document, Revision, Statement

__version__ = "0.1.0"
__all__ = ["Breakdown", "Document", "Revision", "Statement", "__version__"]

# ingest's analysis modules run compiled only while they were built from these sources (casualty_cli.native)
install_analysis_finder(__name__, Path(__file__).parent)


def __getattr__(name: str) -> Any:
    """The model's classes, loaded when first asked for: the CLI starts without them (a command
    loads them, with the collector set as casualty_cli.cli sets it, when it needs them)."""
    if name in __all__:
        from casualty_cli import model

        return getattr(model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
