"""`casualty extract`: print the casualty statements found in reports."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from casualty_cli.cli.app import Command, app, error_line, guarded, notice_line, parse_date_option
from casualty_cli.cli.store_cmds import PublishedOption
from casualty_cli.errors import ExitStatus, InputError

if TYPE_CHECKING:
    from casualty_cli.inputs.common import Notice


def _skipped(notice: Notice) -> None:
    """Files passed over are said; an empty one is simply no statements, as empty standard input is."""
    if notice.kind == "skipped":
        notice_line(notice)


@app.command(cls=Command)
@guarded
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH...",
            help="Text, Markdown, HTML pages, RSS/Atom feeds, .jsonl files, folders, or - for standard input.",
        ),
    ],
    published: PublishedOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON Lines, one statement a line.")] = False,
) -> None:
    """Print every casualty-figure statement found in the reports."""
    from casualty_cli.extraction import extract_statements
    from casualty_cli.inputs import read_documents

    pub = parse_date_option(published)
    failed = 0
    out = sys.stdout
    rows = []
    for item in read_documents(paths, published=pub, notify=_skipped):
        if isinstance(item, InputError):
            error_line(str(item))
            failed += 1
            continue
        statements = extract_statements(item)
        if as_json:
            out.write("".join([s.to_json() + "\n" for s in statements]))
        else:
            rows.extend(statements)
    if not as_json:
        from casualty_cli.render import render_statements, stdout_console

        render_statements(stdout_console(), rows)
    if failed:
        raise typer.Exit(int(ExitStatus.ERROR))
