"""All terminal rendering lives here: functions take a rich Console so tests can render to a StringIO."""

from casualty_cli.render.common import stderr_console, stdout_console
from casualty_cli.render.incidents import (
    render_diff,
    render_incidents,
    render_ingest,
    render_timeline,
)
from casualty_cli.render.statements import render_statements

__all__ = [
    "render_diff",
    "render_incidents",
    "render_ingest",
    "render_statements",
    "render_timeline",
    "stderr_console",
    "stdout_console",
]
