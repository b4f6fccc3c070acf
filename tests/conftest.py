from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Compiled patterns are kept in a cache directory of the session's own, never the user's: set before
# the engine is first imported, and inherited by the CLI runs of the tests.
os.environ["CASUALTY_CACHE_DIR"] = _CACHE_DIR = tempfile.mkdtemp(prefix="casualty-test-cache-")
atexit.register(shutil.rmtree, _CACHE_DIR, ignore_errors=True)


@pytest.fixture(autouse=True)
def _isolated_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own empty store; nothing a test does touches the user's data."""
    monkeypatch.setenv("CASUALTY_STORE", str(tmp_path / "store"))


def pytest_report_header() -> str:
    """Which reader the tests run: the compiled modules, or the sources (and whether stale ones were left)."""
    from casualty_cli import extraction

    folder = Path(extraction.__file__).parent
    build = extraction.native_build(folder)
    if extraction.BUILD == "compiled":
        return "casualty reader: compiled (mypyc)"
    if build == "stale":
        return "casualty reader: pure Python; the compiled modules are stale (python -m pip install -e . rebuilds them)"
    return "casualty reader: pure Python" + (" (CASUALTY_PURE_PYTHON)" if build == "compiled" else "")
