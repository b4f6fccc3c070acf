"""Placeholder: replaced by the real engine in the next commit."""

from __future__ import annotations

from casualty_cli.model import Document, Statement


def extract_statements(doc: Document) -> list[Statement]:
    return []
