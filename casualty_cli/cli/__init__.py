"""The `casualty` command line: a thin layer over the core. Each module registers its commands."""

from __future__ import annotations

import gc

# The modules load with the cyclic collector off, and are frozen once loaded: they make only objects
# that live as long as the process, which it would walk for nothing (casualty_cli.collector).
_collecting = gc.isenabled()
gc.disable()
try:
    import copy
    import sys

    import typer

    from casualty_cli.cli import curate_cmds as _curate_cmds  # noqa: F401  (registers commands)
    from casualty_cli.cli import extract as _extract  # noqa: F401  (registers commands)
    from casualty_cli.cli import report_cmds as _report_cmds  # noqa: F401  (registers commands)
    from casualty_cli.cli import store_admin as _store_admin  # noqa: F401  (registers commands)
    from casualty_cli.cli import store_cmds as _store_cmds  # noqa: F401  (registers commands)
    from casualty_cli.cli.app import app
    from casualty_cli.collector import command_collection
    from casualty_cli.errors import close_stdout_quietly
finally:
    gc.freeze()
    if _collecting:
        gc.enable()


def main() -> None:
    try:
        with command_collection():
            app_for(sys.argv[1:])()
    except SystemExit as done:
        # click answers a closed pipe while it prints help with exit 1 and a wrapper on stdout that
        # swallows later flushes: that is the reader leaving, which is no error.
        if done.code == 1 and type(sys.stdout).__name__ == "PacifyFlushWrapper":
            close_stdout_quietly()
            raise SystemExit(0) from None
        raise
    finally:
        _flush_stdout()


def app_for(argv: list[str]) -> typer.Typer:
    """The app with only the command (or command group) that ``argv`` names.

    Typer builds every command's parameters from its signature before it runs one (about a
    millisecond each, a tenth of `casualty show`'s start-up), so the command that runs is the only one
    built. Its help, usage and errors are the same: they come from that command alone. With no
    command, an option first, or a name no command has, the whole app answers ("No such command",
    the list of commands).
    """
    if not argv or argv[0].startswith("-"):
        return app
    name = argv[0]
    commands = [c for c in app.registered_commands if _name(c) == name]
    groups = [g for g in app.registered_groups if g.typer_instance and g.typer_instance.info.name == name]
    if not commands and not groups:
        return app
    one = copy.copy(app)
    one.registered_commands, one.registered_groups = commands, groups
    return one


def _name(command: typer.models.CommandInfo) -> str | None:
    if command.name:
        return command.name
    return None if command.callback is None else typer.main.get_command_name(command.callback.__name__)


def _flush_stdout() -> None:
    """Flush what is still buffered; a reader that has left (`casualty incidents | head -2`) is a
    normal end: exit 0, nothing on stderr, and no "Exception ignored" from the interpreter's own flush."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        close_stdout_quietly()
        raise SystemExit(0) from None


__all__ = ["app", "app_for", "main"]
