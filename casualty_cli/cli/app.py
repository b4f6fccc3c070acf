"""The Typer app, shared options, and the one place that turns core errors into exit codes."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import Annotated, Any, TypeVar

import typer
from typer.core import TyperCommand

from casualty_cli.errors import CasualtyError, ExitStatus, UsageError, close_stdout_quietly

#: `casualty --help`'s closing text. "\b" keeps click from rewrapping a paragraph.
EPILOG = """\b
Environment:
  CASUALTY_STORE         store directory (default: the user data dir)
  CASUALTY_USER          who is acting, for curation acts (default: login name)
  CASUALTY_CACHE_DIR     where compiled patterns are kept (default: user cache)
  CASUALTY_DEBUG         set to 1 to see tracebacks instead of one-line errors
  CASUALTY_LOCK_TIMEOUT  seconds a writer waits for the store's lock (60)
  CASUALTY_DATE_ORDER    DMY or MDY, for dates like 03/04/2016
  NO_COLOR               set to turn colours off

\b
Exit status:
  0    ok
  1    error (also: some inputs could not be read)
  2    usage: a wrong option or argument
  130  interrupted"""

#: Every command answers -h as well as --help.
CONTEXT = {"help_option_names": ["-h", "--help"]}

app = typer.Typer(
    name="casualty",
    help="Track casualty figures in news reports: extract statements, group incidents, keep every toll revision.",
    epilog=EPILOG,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings=CONTEXT,
)

F = TypeVar("F", bound=Callable[..., Any])


class Command(TyperCommand):
    """A command whose usage line names arguments plainly: ``casualty show ID``, not ``{ID}``."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces: list[str] = super().collect_usage_pieces(ctx)
        return [p[1:-1] if p.startswith("{") and p.endswith("}") else p for p in pieces]


def command_group(name: str, help: str) -> typer.Typer:
    """A noun with verbs under it (`casualty store check`), registered on the app."""
    group = typer.Typer(
        name=name, help=help, no_args_is_help=True, rich_markup_mode=None, context_settings=CONTEXT
    )
    app.add_typer(group)
    return group


def _show_version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"casualty {version('casualty')}")
        raise typer.Exit()


@app.callback()
def _root(
    _version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """Track casualty figures in news reports: extract statements, group incidents, keep every toll revision."""


def error_line(message: str) -> None:
    """One line on stderr, plain, so it reads the same on a terminal and in a log."""
    sys.stderr.write(f"Error: {message}\n")
    sys.stderr.flush()


def unexpected(err: Exception) -> str:
    """One line for an error no part of casualty foresaw: the OS's words and the file, or the bug's."""
    if isinstance(err, OSError):
        where = f"{err.filename}: " if err.filename else ""
        return f"{where}{err.strerror or err}"
    text = " ".join(str(err).split())
    return f"internal error: {type(err).__name__}: {text} (CASUALTY_DEBUG=1 shows the traceback)"


def notice_line(notice: Any) -> None:
    """A file that holds no report (an ``inputs.Notice``), said on stderr: it is no error."""
    what = "empty" if notice.kind == "empty" else f"skipped ({notice.reason})"
    sys.stderr.write(f"Notice: {notice.source}: {what}\n")
    sys.stderr.flush()


def warn_line(message: str) -> None:
    sys.stderr.write(f"Warning: {message}\n")
    sys.stderr.flush()


def guarded(func: F) -> F:
    """Run a command body; a CasualtyError becomes one ``Error:`` line and its exit status.

    Tracebacks are shown only when ``CASUALTY_DEBUG`` is set.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except typer.Exit:
            raise
        except CasualtyError as err:
            if os.environ.get("CASUALTY_DEBUG"):
                raise
            error_line(str(err))
            raise typer.Exit(int(err.exit_status)) from None
        except KeyboardInterrupt:
            error_line("interrupted")
            raise typer.Exit(int(ExitStatus.INTERRUPTED)) from None
        except BrokenPipeError:
            # `casualty extract ... | head`: the reader left; that is not an error of ours.
            close_stdout_quietly()
            raise typer.Exit(int(ExitStatus.OK)) from None
        except Exception as err:
            # The last line of defence: anything the core did not turn into a CasualtyError (an
            # operating-system refusal nobody foresaw, or a bug) is still one line, never a traceback.
            if os.environ.get("CASUALTY_DEBUG"):
                raise
            error_line(unexpected(err))
            raise typer.Exit(int(ExitStatus.ERROR)) from None
        finally:
            # A command leaves the store folder as a process that exits would: its index closed (no
            # -wal/-shm files left). Only a command that opened a store has the module loaded.
            index = sys.modules.get("casualty_cli.store.index")
            if index is not None:
                index.close_all()

    return wrapper  # type: ignore[return-value]


def parse_date_option(value: str | None, option: str = "--published") -> date | datetime | None:
    """A command-line date, read as every input's ``published`` is (see ``inputs.published``).

    ``--published`` is metadata: a calendar date, its time of day kept. Filters (``--since``) also
    take relative words ("2 weeks ago").
    """
    if value is None:
        return None
    from casualty_cli.inputs.published import read_date

    try:
        return read_date(value, relative=option != "--published")
    except ValueError as err:
        raise UsageError(f"{option}: {err}") from None
