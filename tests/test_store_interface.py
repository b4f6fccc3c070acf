"""Nothing outside ``casualty_cli/store/`` knows which store it has: commands and the pipeline reach the
store through ``open_store`` and the protocols of ``store/backend.py`` (and the store's own services
built on them), never through the embedded JSON store's files, index or checker."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "casualty_cli"

#: what may be imported from ``casualty_cli.store`` itself
NEUTRAL_NAMES = {"open_store", "Batch", "StoreBackend", "StoreView", "StoreWriter"}
#: its modules that work through the protocols, whatever the backend
NEUTRAL_MODULES = {"backend", "ingest", "review", "query", "curation"}


def _store_imports(source: str) -> list[str]:
    """Every ``casualty_cli.store`` module or name the source imports, as ``module:name``."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("casualty_cli.store"):
            found += [f"{node.module}:{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            found += [a.name + ":" for a in node.names if a.name.startswith("casualty_cli.store")]
    return found


def _allowed(item: str) -> bool:
    module, name = item.split(":")
    if module == "casualty_cli.store":
        return name in NEUTRAL_NAMES or name in NEUTRAL_MODULES
    return module.split(".")[2] in NEUTRAL_MODULES


OUTSIDE = sorted(p for p in PACKAGE.rglob("*.py") if "store" not in p.relative_to(PACKAGE).parts[:1])


@pytest.mark.parametrize("path", OUTSIDE, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_the_store_knows_its_backend(path: Path) -> None:
    assert [i for i in _store_imports(path.read_text(encoding="utf-8")) if not _allowed(i)] == []


@pytest.mark.parametrize(
    ("source", "ok"),
    [
        ("from casualty_cli.store import open_store", True),
        ("from casualty_cli.store.review import incident_view", True),
        ("from casualty_cli.store import Store", False),
        ("from casualty_cli.store import JsonStore", False),
        ("from casualty_cli.store import files", False),
        ("from casualty_cli.store.check import check_store", False),
        ("import casualty_cli.store.index", False),
    ],
)
def test_the_rule_tells_neutral_from_backend_imports(source: str, ok: bool) -> None:
    assert all(_allowed(i) for i in _store_imports(source)) is ok
