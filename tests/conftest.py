from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

import casualty_cli
from casualty_cli.native import analysis_build, native_build, pure_python_asked

# Compiled patterns are kept in a cache directory of the session's own, never the user's: set before
# the engine is first imported, and inherited by the CLI runs of the tests.
os.environ["CASUALTY_CACHE_DIR"] = _CACHE_DIR = tempfile.mkdtemp(prefix="casualty-test-cache-")
atexit.register(shutil.rmtree, _CACHE_DIR, ignore_errors=True)

# A reader compiled from other sources than the checkout's (a source edited since the last build) runs as
# pure Python anyway, and warns on stderr in every process: the tests run its sources as pure Python
# without the warning, which would fail the tests of what commands print, and say so once.
_ROOT = Path(casualty_cli.__file__).parent
_STALE = native_build(_ROOT / "extraction") == "stale" or analysis_build(_ROOT) == "stale"
_STALE_NOTE = "the compiled modules are stale (python -m pip install -e . rebuilds them)"
if _STALE:
    os.environ["CASUALTY_PURE_PYTHON"] = "1"


@pytest.fixture(autouse=True)
def _isolated_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own empty store; nothing a test does touches the user's data."""
    monkeypatch.setenv("CASUALTY_STORE", str(tmp_path / "store"))



def pytest_report_header() -> str:
    """Which reader the tests run: the compiled modules, or the sources (and whether stale ones were left)."""
    from casualty_cli import extraction

    if extraction.BUILD == "compiled":
        analysis = "compiled" if analysis_build(_ROOT) == "compiled" and not pure_python_asked() else "pure Python"
        return f"casualty reader: compiled (mypyc); ingest's analysis: {analysis}"
    if _STALE:
        return f"casualty reader: pure Python; {_STALE_NOTE}"
    return "casualty reader: pure Python" + (" (CASUALTY_PURE_PYTHON)" if pure_python_asked() else "")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _STALE:
        terminalreporter.write_line(f"casualty reader: the tests ran the sources as pure Python; {_STALE_NOTE}")
