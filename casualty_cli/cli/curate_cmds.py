"""The curation commands: `retract`, `correct`, `move`, `merge`, `note`, `undo`, and `log` to read them."""

from __future__ import annotations

from typing import Annotated

import typer

from casualty_cli.cli.app import Command, app, guarded
from casualty_cli.cli.store_cmds import JsonOption, StoreOption, print_json

StatementArgument = Annotated[
    str, typer.Argument(metavar="STATEMENT", help="Statement id (see `casualty show`), or a unique prefix.")
]
UserOption = Annotated[
    str | None,
    typer.Option(
        "--user", metavar="NAME", help="Who is acting (default: $CASUALTY_USER, else your login name)."
    ),
]
ReasonOption = Annotated[str | None, typer.Option("--reason", metavar="TEXT", help="Why: kept with the act.")]


def done(event: dict[str, object], as_json: bool) -> None:
    from casualty_cli.render import stdout_console
    from casualty_cli.render.curation import render_act
    from casualty_cli.store.curation import describe_act

    row = {**event, "what": describe_act(event)}
    if as_json:
        print_json(row)
    else:
        render_act(stdout_console(), row)


@app.command(cls=Command)
@guarded
def retract(
    statement: StatementArgument,
    reason: Annotated[
        str, typer.Option("--reason", metavar="TEXT", help="Why it no longer counts (required).")
    ],
    user: UserOption = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Stop a statement counting toward its incident's toll; it stays in show and timeline as retracted."""
    from casualty_cli.store import open_store
    from casualty_cli.store.curation import retract as run

    done(run(open_store(store), statement, reason, user), as_json)


@app.command(cls=Command)
@guarded
def correct(
    statement: StatementArgument,
    best: Annotated[int, typer.Option("--best", metavar="N", help="The figure as a person reads it.")],
    low: Annotated[int | None, typer.Option("--low", metavar="N", help="Lower bound, if a range.")] = None,
    high: Annotated[int | None, typer.Option("--high", metavar="N", help="Upper bound, if a range.")] = None,
    reason: ReasonOption = None,
    user: UserOption = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Record a person's reading of a statement's figure beside the machine's; the correction counts."""
    from casualty_cli.store import open_store
    from casualty_cli.store.curation import correct as run

    done(run(open_store(store), statement, best, low, high, reason, user), as_json)


@app.command(cls=Command)
@guarded
def move(
    statement: StatementArgument,
    to: Annotated[
        str,
        typer.Option("--to", metavar="ID|new", help="Incident to move it to, or `new` for one of its own."),
    ],
    reason: ReasonOption = None,
    user: UserOption = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Move a wrongly grouped statement to another incident, or to a new one."""
    from casualty_cli.store import open_store
    from casualty_cli.store.curation import move as run

    done(run(open_store(store), statement, to, reason, user), as_json)


@app.command(cls=Command)
@guarded
def merge(
    incidents: Annotated[
        list[str],
        typer.Argument(metavar="ID ID...", help="Incidents that are one event; the first keeps its id."),
    ],
    reason: ReasonOption = None,
    user: UserOption = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Make two or more incidents that are one event a single incident."""
    from casualty_cli.store import open_store
    from casualty_cli.store.curation import merge as run

    done(run(open_store(store), incidents, reason, user), as_json)


@app.command(cls=Command)
@guarded
def note(
    incident: Annotated[str, typer.Argument(metavar="ID", help="Incident id, or any unique prefix of it.")],
    text: Annotated[str, typer.Argument(metavar="TEXT", help="The note.")],
    user: UserOption = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Add a free-text note to an incident (shown by `casualty show`)."""
    from casualty_cli.store import open_store
    from casualty_cli.store.curation import note as run

    done(run(open_store(store), incident, text, user), as_json)


@app.command(cls=Command)
@guarded
def undo(
    reason: ReasonOption = None,
    user: UserOption = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Reverse the latest curation act still in force; the undo is recorded as an act too."""
    from casualty_cli.store import open_store
    from casualty_cli.store.curation import undo as run

    target = open_store(store)
    event = run(target, reason, user)
    from casualty_cli.store.curation import act_row

    row = act_row(target.read(), event)
    if as_json:
        print_json(row)
        return
    from casualty_cli.render import stdout_console
    from casualty_cli.render.curation import render_act

    render_act(stdout_console(), row)


@app.command(cls=Command)
@guarded
def log(
    incident: Annotated[
        str | None, typer.Argument(metavar="[ID]", help="Only the acts on this incident.")
    ] = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Every curation act, oldest first: what, when, why and who, and whether it was undone."""
    from casualty_cli.store import open_store
    from casualty_cli.store.curation import acts_of

    state = open_store(store).read()
    acts = acts_of(state, state.resolve(incident) if incident is not None else None)
    if as_json:
        print_json(acts)
        return
    from casualty_cli.render import stdout_console
    from casualty_cli.render.curation import render_acts

    console = stdout_console()
    if not acts:
        console.print("No curation acts.")
    render_acts(console, acts)


@app.command(cls=Command)
@guarded
def settings(
    key: Annotated[str | None, typer.Argument(metavar="[KEY]", help="The setting: toll_rule.")] = None,
    value: Annotated[
        str | None,
        typer.Argument(
            metavar="[VALUE]", help="New value (toll_rule: latest, highest, lowest or source:NAME)."
        ),
    ] = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show the store's settings, or set one: `casualty settings toll_rule highest`."""
    from casualty_cli.errors import UsageError
    from casualty_cli.store import open_store
    from casualty_cli.store.curation import set_toll_rule
    from casualty_cli.store.curation import settings as read_settings

    target = open_store(store)
    if key is not None and key != "toll_rule":
        raise UsageError(f"KEY: unknown setting {key!r}; known: toll_rule")
    current = read_settings(target)  # first: a mistyped --store is an error, not a new store
    if value is not None:
        current = set_toll_rule(target, value)
    if key is not None:
        current = {key: current.get(key)}
    if as_json:
        print_json(current)
        return
    from casualty_cli.render import stdout_console

    console = stdout_console()
    for name, setting in current.items():
        console.print(f"{name} = {setting}", markup=False)
