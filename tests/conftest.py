from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own empty store; nothing a test does touches the user's data."""
    monkeypatch.setenv("CASUALTY_STORE", str(tmp_path / "store"))
