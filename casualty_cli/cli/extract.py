"""`casualty extract`: print the casualty statements found in reports."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Annotated

import typer

from casualty_cli.cli.app import Command, app, error_line, guarded, notice_line, parse_date_option
from casualty_cli.cli.store_cmds import PublishedOption
from casualty_cli.errors import ExitStatus, InputError

if TYPE_CHECKING:
    from casualty_cli.inputs.common import Notice
    from casualty_cli.model import Document, Statement


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
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Processes that extract at once (default: the machine's cores; 1: this process only). "
            "The output is the same, in the same order.",
        ),
    ] = None,
) -> None:
    """Print every casualty-figure statement found in the reports."""
    from casualty_cli.collector import batch_collection
    from casualty_cli.inputs import read_documents
    from casualty_cli.parallel import as_they_are, default_jobs, extract_each, json_lines

    pub = parse_date_option(published)
    errors: list[InputError] = []
    documents = _with_notices(read_documents, paths, pub)
    n = jobs or default_jobs()
    if as_json:
        out = sys.stdout
        with batch_collection():
            texts: Iterator[str | InputError | Notice] = extract_each(documents, json_lines, n)
            for text in texts:
                if isinstance(text, str):
                    out.write(text)
                else:
                    _say(text, errors)
    else:
        from casualty_cli.render import render_statements, stdout_console

        rows: list[Statement] = []
        with batch_collection():
            statements: Iterator[list[Statement] | InputError | Notice] = extract_each(documents, as_they_are, n)
            for found in statements:
                if isinstance(found, list):
                    rows.extend(found)
                else:
                    _say(found, errors)
        render_statements(stdout_console(), rows)
    if errors:
        raise typer.Exit(int(ExitStatus.ERROR))


def _with_notices(
    read_documents: Callable[..., Iterator[Document | InputError]], paths: list[str], published: object
) -> Iterator[Document | InputError | Notice]:
    """The documents and input errors read, with the notices of files passed over in their places (so
    that with several jobs they are said where one job says them)."""
    notices: list[Notice] = []
    for item in read_documents(paths, published=published, notify=notices.append):
        yield from notices
        notices.clear()
        yield item
    yield from notices


def _say(item: InputError | Notice, errors: list[InputError]) -> None:
    """An input error is printed (one line, at once) and kept in ``errors``; a file passed over is said
    (an empty one is simply no statements, as empty standard input is)."""
    if isinstance(item, InputError):
        error_line(str(item))
        errors.append(item)
    elif item.kind == "skipped":
        notice_line(item)
