"""Casualty-statement extraction: report text in, :class:`~casualty_cli.model.Statement` list out."""

from __future__ import annotations

from casualty_cli.extraction.statements import extract_statements

__all__ = ["extract_statements"]
