from __future__ import annotations

from rich.console import Console


def stdout_console() -> Console:
    # rich colours only on a terminal; piped output stays plain text.
    return Console(highlight=False, soft_wrap=False)


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False)
