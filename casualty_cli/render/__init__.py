"""All terminal rendering lives here: functions take a rich Console so tests can render to a StringIO.

The names below are loaded when first used: a command imports the rendering it needs and no more
(`casualty show` never loads the progress bar or the statements table).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from casualty_cli.render.common import stderr_console, stdout_console
    from casualty_cli.render.incidents import render_diff, render_incidents, render_ingest, render_timeline
    from casualty_cli.render.statements import render_statements

_WHERE = {
    "render_diff": "incidents",
    "render_incidents": "incidents",
    "render_ingest": "incidents",
    "render_statements": "statements",
    "render_timeline": "incidents",
    "stderr_console": "common",
    "stdout_console": "common",
}

__all__ = [
    "render_diff",
    "render_incidents",
    "render_ingest",
    "render_statements",
    "render_timeline",
    "stderr_console",
    "stdout_console",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
