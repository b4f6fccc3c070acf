"""The store commands: `ingest`, `incidents`, `show`, `timeline`, `diff`, `export`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Annotated, Any, Literal

import typer

from casualty_cli.cli.app import CONTEXT, Command, app, error_line, guarded, parse_date_option, warn_line
from casualty_cli.errors import CasualtyError, ExitStatus, UsageError

StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store", metavar="PATH", help="Store directory (default: $CASUALTY_STORE, else the user data dir)."
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Write only JSON to stdout.")]
PublishedOption = Annotated[
    str | None,
    typer.Option(
        "--published",
        metavar="DATE",
        help="Publication date of every report (2016-02-16, 16 Feb 2016, 2016-02-16T10:00...); overrides their own.",
    ),
]
IdArgument = Annotated[str, typer.Argument(metavar="ID", help="Incident id, or any unique prefix of it.")]
RuleOption = Annotated[
    str | None,
    typer.Option(
        "--rule",
        metavar="RULE",
        help="Toll rule: latest, highest, lowest or source:NAME (default: the store's settings.toll_rule).",
    ),
]


def print_json(obj: Any, stream: IO[str] | None = None) -> None:
    """JSON only: indented on a terminal; one compact line when piped (json's fast C encoder)."""
    out = sys.stdout if stream is None else stream
    indent = 2 if out.isatty() else None
    out.write(json.dumps(obj, ensure_ascii=False, indent=indent) + "\n")


@app.command(cls=Command)
@guarded
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(metavar="PATH...", help="Text files, folders, .jsonl files, feeds, or - for stdin."),
    ],
    source: Annotated[
        str | None, typer.Option("--source", metavar="NAME", help="Outlet that published the reports.")
    ] = None,
    published: PublishedOption = None,
    store: StoreOption = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would change; write nothing.")
    ] = False,
    # The defaults are store.ingest's BATCH_REPORTS and BATCH_SECONDS (importing it here would load the
    # store for --help; a test holds them equal).
    batch: Annotated[
        int,
        typer.Option(
            "--batch",
            metavar="N",
            min=1,
            help="Commit every N reports (an interrupted run keeps them); each batch is grouped oldest first.",
        ),
    ] = 500,
    batch_seconds: Annotated[
        float,
        typer.Option(
            "--batch-seconds", metavar="T", min=0.001, help="Commit at least every T seconds of reading."
        ),
    ] = 60.0,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            metavar="N",
            min=1,
            help="Processes that extract and analyse reports (default: the machine's cores; 1: this "
            "process only). Grouping and writing stay in this one: the same store as one process.",
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Add reports to the store: extract statements, group incidents, record every toll revision."""
    from casualty_cli.collector import batch_collection
    from casualty_cli.inputs import Notice, read_documents
    from casualty_cli.parallel import default_jobs
    from casualty_cli.render import stderr_console, stdout_console
    from casualty_cli.render.incidents import ingest_progress, render_ingest
    from casualty_cli.store import open_store
    from casualty_cli.store.ingest import ingest as run_ingest

    pub = parse_date_option(published)
    target = open_store(store, create=True)
    notices: list[Notice] = []
    items = read_documents(paths, published=pub, source=source, notify=notices.append)
    with batch_collection(), ingest_progress(stderr_console(), enabled=not as_json and sys.stderr.isatty()) as tick:
        result = run_ingest(
            target,
            items,
            dry_run=dry_run,
            on_item=tick,
            on_phase=tick.phase,
            batch_reports=batch,
            batch_seconds=batch_seconds,
            jobs=jobs or default_jobs(),
        )
    for name, problem in result.failed:
        error_line(f"{name}: {problem}")
    if result.undated:
        shown = ", ".join(result.undated[:5]) + (
            f" and {len(result.undated) - 5} more" if len(result.undated) > 5 else ""
        )
        warn_line(f"no publication date for {shown}; the ingest date stands in (use --published)")
    summary = result.to_dict()
    summary["reports"]["empty"] = [n.source for n in notices if n.kind == "empty"]
    summary["reports"]["skipped"] = [
        {"input": n.source, "reason": n.reason} for n in notices if n.kind == "skipped"
    ]
    if as_json:
        print_json(summary)
    else:
        render_ingest(stdout_console(), summary)
    if result.failed:
        raise typer.Exit(int(ExitStatus.ERROR))


@app.command(cls=Command)
@guarded
def incidents(
    since: Annotated[
        str | None,
        typer.Option(
            "--since", metavar="DATE", help="Only incidents on or after DATE (also: '2 weeks ago')."
        ),
    ] = None,
    place: Annotated[
        str | None, typer.Option("--place", metavar="TEXT", help="Only incidents whose place contains TEXT.")
    ] = None,
    search: Annotated[
        str | None,
        typer.Option(
            "--search",
            metavar="TEXT",
            help="Only incidents whose title, places, targets or sources contain TEXT.",
        ),
    ] = None,
    sort: Annotated[
        Literal["date", "killed", "updated"],
        typer.Option(
            "--sort", metavar="[date|killed|updated]", help="date (event date), killed, or updated."
        ),
    ] = "date",
    contested: Annotated[
        bool, typer.Option("--contested", help="Only incidents whose same-time reports disagree.")
    ] = False,
    rule: RuleOption = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """List incidents: id, title, event date, current killed/injured/missing, reports, last update."""
    from casualty_cli.store import open_store
    from casualty_cli.store.review import incident_list, pick_rule

    since_date = parse_date_option(since, "--since")
    view = open_store(store).read()
    chosen = pick_rule(view, rule)
    listing = incident_list(
        view, since=since_date, place=place, search=search, sort=sort, rule=chosen, contested=contested
    )
    if as_json and not sys.stdout.isatty():
        listing.write(sys.stdout)  # the rows as the index keeps them, one by one: no parse, no dump
        sys.stdout.write("\n")
        return
    rows = listing.rows()
    if as_json:
        print_json(rows)
        return
    from casualty_cli.render import stdout_console
    from casualty_cli.render.incidents import render_incidents

    console = stdout_console()
    render_incidents(console, rows)
    console.print(f"toll rule: {chosen}")


@app.command(cls=Command)
@guarded
def show(
    incident: IdArgument, rule: RuleOption = None, store: StoreOption = None, as_json: JsonOption = False
) -> None:
    """Everything about one incident: current figures, breakdowns, hedges, every source and its quote,
    each statement's status, competing claims, notes and curation acts."""
    from casualty_cli.render import stdout_console
    from casualty_cli.render.curation import render_incident_view
    from casualty_cli.store import open_store
    from casualty_cli.store.review import incident_view, pick_rule

    view = open_store(store).read()
    detail, revs = incident_view(view, view.resolve(incident), pick_rule(view, rule))
    if as_json:
        print_json({**detail, "revisions": [r.to_dict() for r in revs]})
        return
    render_incident_view(stdout_console(), detail, revs)


@app.command(cls=Command)
@guarded
def timeline(
    incident: IdArgument, rule: RuleOption = None, store: StoreOption = None, as_json: JsonOption = False
) -> None:
    """Toll revisions of one incident in publication order, with the change from the previous one;
    then the toll under the rule and the curation acts on the incident (JSON: the revisions only)."""
    from casualty_cli.render import stdout_console
    from casualty_cli.render.curation import render_timeline_extras
    from casualty_cli.render.incidents import render_timeline
    from casualty_cli.store import open_store
    from casualty_cli.store.review import pick_rule, timeline_view

    view = open_store(store).read()
    inc = view.resolve(incident)
    chosen = pick_rule(view, rule)
    revs, tolls, acts, curated = timeline_view(view, inc, chosen)
    if as_json:
        print_json([r.to_dict() for r in revs])
        return
    console = stdout_console()
    render_timeline(console, f"{inc.id}  {inc.title}", revs)
    render_timeline_extras(console, chosen, tolls, acts, curated)


# "-1" is a revision number, not an option: unknown options are passed on as arguments.
@app.command(cls=Command, context_settings={"ignore_unknown_options": True, **CONTEXT})
@guarded
def diff(
    incident: IdArgument,
    start: Annotated[
        str | None, typer.Argument(metavar="FROM", help="Revision number (0 = before any report; -1 = last).")
    ] = None,
    end: Annotated[
        str | None, typer.Argument(metavar="TO", help="Revision number (default: the last).")
    ] = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """What changed between two revisions of an incident's toll (default: the last two)."""
    from casualty_cli.render import stdout_console
    from casualty_cli.render.incidents import render_diff
    from casualty_cli.store import open_store
    from casualty_cli.store.query import diff as diff_incident

    view = open_store(store).read()
    inc = view.resolve(incident)
    result = diff_incident(view, inc, start, end)
    if as_json:
        print_json({"incident": inc.id, **result.to_dict()})
        return
    render_diff(stdout_console(), f"{inc.id}  {inc.title}", result)


@app.command(cls=Command)
@guarded
def export(
    fmt: Annotated[
        Literal["csv", "json"], typer.Option("--format", metavar="[csv|json]", help="csv or json.")
    ] = "csv",
    what: Annotated[
        Literal["incidents", "revisions"],
        typer.Option(
            "--what", metavar="[incidents|revisions]", help="One row per incident, or per revision."
        ),
    ] = "incidents",
    output: Annotated[
        str | None, typer.Option("--output", "-o", metavar="FILE", help="Write to FILE instead of stdout.")
    ] = None,
    rule: RuleOption = None,
    store: StoreOption = None,
) -> None:
    """Export incidents or revisions with UCDP-style best/low/high columns, as CSV or JSON (incident
    tolls under the toll rule, named in a `rule` column)."""
    import io

    from casualty_cli.render.incidents import write_csv
    from casualty_cli.store import open_store
    from casualty_cli.store.query import REVISION_COLUMNS
    from casualty_cli.store.review import INCIDENT_COLUMNS, export_rows, pick_rule

    view = open_store(store).read()
    rows = export_rows(view, what, pick_rule(view, rule))
    buffer = io.StringIO()
    if fmt == "json":
        print_json(rows, buffer)
    else:
        write_csv(buffer, rows, INCIDENT_COLUMNS if what == "incidents" else REVISION_COLUMNS)
    if output is None:
        sys.stdout.write(buffer.getvalue())
        return
    dest = Path(output)
    if dest.is_dir():
        raise UsageError(f"--output: {output} is a directory")
    try:
        dest.write_text(buffer.getvalue(), encoding="utf-8")
    except OSError as err:
        raise CasualtyError(f"cannot write {output}: {err.strerror or err}") from None
