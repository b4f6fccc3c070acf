"""All terminal rendering lives here: functions take a rich Console so tests can render to a StringIO."""

from casualty_cli.render.common import stderr_console, stdout_console
from casualty_cli.render.statements import render_statements

__all__ = ["render_statements", "stderr_console", "stdout_console"]
