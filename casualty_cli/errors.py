"""One exception family for the core, and the exit codes the CLI maps it to."""

from __future__ import annotations

import os
import sys
from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    INTERRUPTED = 130


class CasualtyError(Exception):
    """Base of every error a person can act on. ``str(err)`` is the one line shown to them."""

    exit_status = ExitStatus.ERROR


class UsageError(CasualtyError):
    """The command line itself is wrong (bad date, unknown option value)."""

    exit_status = ExitStatus.USAGE


class InputError(CasualtyError):
    """One input (file, JSONL line, page, feed) could not be read. Others still are."""

    def __init__(self, source: str, problem: str, line: int | None = None) -> None:
        self.source = source
        self.problem = problem
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {problem}")


class StoreError(CasualtyError):
    """The store cannot be read or written (corrupt, foreign, locked, unwritable)."""


class NotFoundError(CasualtyError):
    """An id names nothing, or more than one thing."""


def close_stdout_quietly() -> None:
    """The reader of stdout has left (``casualty incidents | head -2``): point stdout at the null
    device, so that nothing written later, not even the interpreter's last flush, fails."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
