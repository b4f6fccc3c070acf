"""The `casualty` command line: a thin layer over the core. Each module registers its commands."""

from __future__ import annotations

from casualty_cli.cli import curate_cmds as _curate_cmds  # noqa: F401  (registers commands)
from casualty_cli.cli import extract as _extract  # noqa: F401  (registers commands)
from casualty_cli.cli import report_cmds as _report_cmds  # noqa: F401  (registers commands)
from casualty_cli.cli import store_admin as _store_admin  # noqa: F401  (registers commands)
from casualty_cli.cli import store_cmds as _store_cmds  # noqa: F401  (registers commands)
from casualty_cli.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
