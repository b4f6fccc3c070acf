"""`casualty store check` and `casualty store repair`: look after the store's files."""

from __future__ import annotations

import typer

from casualty_cli.cli.app import Command, command_group, guarded
from casualty_cli.cli.store_cmds import JsonOption, StoreOption, print_json
from casualty_cli.errors import ExitStatus

store_app = command_group(
    "store", "Check the store's files against its manifest, or rebuild a lost manifest."
)


@store_app.command("check", cls=Command)
@guarded
def check(store: StoreOption = None, as_json: JsonOption = False) -> None:
    """Verify every segment against the manifest: lengths, every committed record, ids across segments.
    Exits 1 when anything is damaged."""
    from casualty_cli.render import stdout_console
    from casualty_cli.render.store_admin import render_check
    from casualty_cli.store import open_store

    result = open_store(store).check()
    if as_json:
        print_json(result.to_dict())
    else:
        render_check(stdout_console(), result.to_dict())
    if not result.ok:
        raise typer.Exit(int(ExitStatus.ERROR))


@store_app.command("repair", cls=Command)
@guarded
def repair(store: StoreOption = None, as_json: JsonOption = False) -> None:
    """Rebuild store.json from the intact records of each segment, after copying the folder to
    STORE.backup-TIME. Refused, with nothing changed, when the records do not make a sound store."""
    from casualty_cli.render import stdout_console
    from casualty_cli.render.store_admin import render_repair
    from casualty_cli.store import open_store

    result = open_store(store).repair()
    if as_json:
        print_json(result.to_dict())
    else:
        render_repair(stdout_console(), result.to_dict())
