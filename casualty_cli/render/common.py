"""Consoles, and text that fits them: lines wrapped at word boundaries with a hanging indent."""

from __future__ import annotations

import textwrap

from rich.console import Console
from rich.text import Text

from casualty_cli.errors import close_stdout_quietly

#: The narrowest width text is wrapped to, however narrow the terminal says it is.
MIN_WIDTH = 40


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """The reader of a pipe left (`casualty incidents | head -2`): a normal end, not an error.

        rich's own handler exits with status 1; this one stops writing and exits with 0.
        """
        self.quiet = True
        close_stdout_quietly()
        raise SystemExit(0)


def stdout_console() -> Console:
    # rich colours only on a terminal; piped output stays plain text, 80 columns (or $COLUMNS) wide.
    # No emoji codes: a title or quote with ":fire:" in it is printed as written (and rich's table of
    # emoji names, 2 ms of start-up, is never loaded).
    console = _Console(highlight=False, soft_wrap=False, emoji=False)
    # The size rich finds now (the terminal's, else $COLUMNS/$LINES, else 80x25) is kept for the
    # command's run: rich would ask the terminal and the environment again at every line (a
    # twentieth of `casualty show`'s own work).
    size = console.size
    console.size = (size.width + console.legacy_windows, size.height)
    return console


def stderr_console() -> Console:
    return _Console(stderr=True, highlight=False, emoji=False)


def wrap(text: str, width: int, first: str = "", indent: str = "    ") -> list[str]:
    """``first`` + ``text`` in lines of at most ``width`` characters, broken between words; the lines
    after the first start with ``indent``. A word longer than a line (a URL) is broken where it must be.

    >>> wrap("eleven people were killed", 16, "#1 ", "   ")
    ['#1 eleven people', '   were killed']
    """
    lines = textwrap.wrap(
        text,
        width=width,
        initial_indent=first,
        subsequent_indent=indent,
        break_on_hyphens=False,
    )
    return lines or [first.rstrip()]


def print_wrapped(
    console: Console, text: str, first: str = "", indent: str = "    ", style: str = "", first_style: str = ""
) -> None:
    """Print :func:`wrap`'s lines to ``console``, at its width; ``first`` (the lead of the first line)
    in ``first_style``. Plain text: brackets in a title or a quote are never read as markup."""
    lines = wrap(text, max(console.width, MIN_WIDTH), first, indent)
    if _as_written(console) and all(line.isprintable() for line in lines):
        # what rich would print, without its rendering (a tenth of a millisecond a line: most of `show`)
        write_plain(console, "".join(f"{line}\n" for line in lines))
        return
    for n, line in enumerate(lines):
        shown = Text(line, style=style)
        if n == 0 and first_style:
            shown.stylize(first_style, 0, len(first.rstrip()))
        console.print(shown, soft_wrap=True)


def _as_written(console: Console) -> bool:
    """Whether ``console`` prints a line of printable characters as written: no colours or styles (a
    pipe, a file, ``NO_COLOR``), and nothing recorded. (Nothing here captures a console's output.)"""
    return console.color_system is None and not console.record and not console.quiet


def write_plain(console: Console, text: str) -> None:
    """Write ``text`` as it is to ``console``'s file, answering a closed pipe as rich does."""
    try:
        console.file.write(text)
    except BrokenPipeError:
        console.on_broken_pipe()
