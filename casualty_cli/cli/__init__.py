"""The `casualty` command line: a thin layer over the core. Each module registers its commands."""

from __future__ import annotations

import sys

from casualty_cli.cli import curate_cmds as _curate_cmds  # noqa: F401  (registers commands)
from casualty_cli.cli import extract as _extract  # noqa: F401  (registers commands)
from casualty_cli.cli import report_cmds as _report_cmds  # noqa: F401  (registers commands)
from casualty_cli.cli import store_admin as _store_admin  # noqa: F401  (registers commands)
from casualty_cli.cli import store_cmds as _store_cmds  # noqa: F401  (registers commands)
from casualty_cli.cli.app import app
from casualty_cli.errors import close_stdout_quietly


def main() -> None:
    try:
        app()
    except SystemExit as done:
        # click answers a closed pipe while it prints help with exit 1 and a wrapper on stdout that
        # swallows later flushes: that is the reader leaving, which is no error.
        if done.code == 1 and type(sys.stdout).__name__ == "PacifyFlushWrapper":
            close_stdout_quietly()
            raise SystemExit(0) from None
        raise
    finally:
        _flush_stdout()


def _flush_stdout() -> None:
    """Flush what is still buffered; a reader that has left (`casualty incidents | head -2`) is a
    normal end: exit 0, nothing on stderr, and no "Exception ignored" from the interpreter's own flush."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        close_stdout_quietly()
        raise SystemExit(0) from None


__all__ = ["app", "main"]
