"""Fixing what was said of a report or an incident: `reports set` and `rename` (curation acts)."""

from __future__ import annotations

from typing import Annotated

import typer

from casualty_cli.cli.app import Command, app, command_group, guarded, parse_date_option
from casualty_cli.cli.curate_cmds import ReasonOption, UserOption, done
from casualty_cli.cli.store_cmds import IdArgument, JsonOption, StoreOption

reports_app = command_group(
    "reports", "Fix what was said of a report when it was ingested (recorded acts, undoable)."
)


@reports_app.command("set", cls=Command)
@guarded
def reports_set(
    report: Annotated[
        str,
        typer.Argument(
            metavar="REPORT", help="Report id (listed by `casualty show ID`), a prefix, or its doc id."
        ),
    ],
    published: Annotated[
        str | None,
        typer.Option(
            "--published", metavar="DATE", help="Its publication date, with a time of day if known."
        ),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option("--source", metavar="NAME", help='The outlet that published it ("" for none).'),
    ] = None,
    reason: ReasonOption = None,
    user: UserOption = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Set a report's publication date or source, as an act (shown by `log`, reversed by `undo`).
    Dates, the order of revisions and tolls follow; grouping stays as it was recorded."""
    from casualty_cli.store import open_store
    from casualty_cli.store.curation import set_report

    when = parse_date_option(published)
    iso = when.isoformat() if when is not None else None
    done(set_report(open_store(store), report, iso, source, reason, user), as_json)


@app.command(cls=Command)
@guarded
def rename(
    incident: IdArgument,
    title: Annotated[str, typer.Argument(metavar="TITLE", help="The new title.")],
    reason: ReasonOption = None,
    user: UserOption = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Give an incident a title of your own (an act: `undo` restores grouping's title)."""
    from casualty_cli.store import open_store
    from casualty_cli.store.curation import rename as run

    done(run(open_store(store), incident, title, reason, user), as_json)
