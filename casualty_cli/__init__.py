"""casualty: track casualty figures in news reports.

The public core API, free of any terminal code:

- :func:`casualty_cli.extraction.extract_statements` turns one :class:`Document` into statements.
- :mod:`casualty_cli.inputs` reads files, folders, pages, feeds and JSONL into documents.
"""

from casualty_cli.model import Breakdown, Document, Revision, Statement

__version__ = "0.1.0"
__all__ = ["Breakdown", "Document", "Revision", "Statement", "__version__"]
