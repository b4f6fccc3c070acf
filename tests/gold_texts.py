"""Texts written before reading the reader, one a file under ``fixtures/FOLDER``, each opening with the
figures a careful reader records for the text's own event: ``# killed=N injured=M``. The wire reports,
war pages and event notes are such sets; each test file names its folder and the texts still read wrong.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document, report_figure

FIXTURES = Path(__file__).parent / "fixtures"


def gold_texts(folder: str) -> list[Path]:
    """The texts of ``fixtures/folder``, in name order."""
    return sorted((FIXTURES / folder).glob("*.txt"))


def gold_params(folder: str, misses: dict[str, str]) -> list[Any]:
    """The texts as pytest parameters named by their stems; those of ``misses`` (stem -> why) strict xfails,
    so that a fix is noticed."""
    return [
        pytest.param(p, id=p.stem, marks=[pytest.mark.xfail(strict=True, reason=misses[p.stem])] if p.stem in misses else [])
        for p in gold_texts(folder)
    ]


def read_gold(path: Path) -> tuple[dict[str, int], str]:
    """The figures a text's first line gives, by outcome, and the text after it. An outcome given as ``?``
    (the text leaves it undeterminable: "dozens were wounded") is left out, so nothing is asked of it."""
    head, text = path.read_text(encoding="utf-8").split("\n", 1)
    pairs = (kv.split("=") for kv in head.removeprefix("#").split())
    return {k: int(v) for k, v in pairs if v != "?"}, text


def figures_read(path: Path) -> tuple[dict[str, int], dict[str, int]]:
    """The reader's figure for each outcome the text's first line gives (0 where none, as the scorer takes
    it), and those the line gives."""
    gold, text = read_gold(path)
    statements = extract_statements(Document(path.stem, text))
    return {outcome: report_figure(statements, outcome) or 0 for outcome in gold}, gold


def figure(text: str, outcome: str, scope: str = "incident") -> int:
    """The reader's figure of ``text`` for ``outcome`` in ``scope``, as the scorer takes it (0 where none)."""
    return report_figure(extract_statements(Document("t", text)), outcome, scope) or 0
