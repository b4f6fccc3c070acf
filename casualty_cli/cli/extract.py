"""`casualty extract`: print the casualty statements found in reports."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Annotated, TypeVar

import typer

from casualty_cli.cli.app import app, error_line, guarded, parse_date_option
from casualty_cli.errors import ExitStatus, InputError

R = TypeVar("R")


@app.command()
@guarded
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Text, Markdown, HTML pages, RSS/Atom feeds, .jsonl files, folders, or - for standard input."
        ),
    ],
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date of the reports (YYYY-MM-DD).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON Lines, one statement a line.")] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=1,
            help="Processes that extract at once (default: the machine's cores; 1: this process only). "
            "The output is the same, in the same order.",
        ),
    ] = None,
) -> None:
    """Print every casualty-figure statement found in the reports."""
    from casualty_cli.inputs import read_documents
    from casualty_cli.parallel import as_they_are, default_jobs, extract_each, json_lines

    pub = parse_date_option(published)
    errors: list[InputError] = []
    documents = read_documents(paths, published=pub)
    n = jobs or default_jobs()
    if as_json:
        out = sys.stdout
        for text in _errors_aside(extract_each(documents, json_lines, n), errors):
            out.write(text)
    else:
        from casualty_cli.render import render_statements, stdout_console

        rows = [s for found in _errors_aside(extract_each(documents, as_they_are, n), errors) for s in found]
        render_statements(stdout_console(), rows)
    if errors:
        raise typer.Exit(int(ExitStatus.ERROR))


def _errors_aside(results: Iterator[R | InputError], errors: list[InputError]) -> Iterator[R]:
    """The results, each input error printed (one line, at once) and kept in ``errors`` instead."""
    for result in results:
        if isinstance(result, InputError):
            error_line(str(result))
            errors.append(result)
        else:
            yield result
