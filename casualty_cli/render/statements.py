from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from casualty_cli.model import Statement
from casualty_cli.render.common import print_wrapped


def format_figure(s: Statement) -> str:
    """ "11", "at least 80", "20–30", "vague (24–)"."""
    if s.qualifier == "range" and s.low is not None and s.high is not None:
        return f"{s.low}–{s.high}"
    if s.qualifier == "vague":
        lo = "?" if s.low is None else str(s.low)
        hi = "" if s.high is None else str(s.high)
        return f"vague ({lo}–{hi})"
    num = "?" if s.best is None else str(s.best)
    return num if s.qualifier == "exact" else f"{s.qualifier} {num}"


def _victims(s: Statement) -> str:
    victims = s.victims or ""
    if s.breakdown:
        parts = ", ".join(f"{b.best} {b.group}" for b in s.breakdown)
        victims = f"{victims} ({parts}{'; does not add up' if s.breakdown_mismatch else ''})".strip()
    return victims


def _revision(s: Statement) -> str:
    if not s.revision:
        return ""
    arrow = "↑" if s.revision.direction == "up" else "↓"
    return arrow + (f" from {s.revision.previous}" if s.revision.previous is not None else "")


def render_statements(console: Console, statements: Sequence[Statement]) -> None:
    """One block a document: a table of its statements, then each statement's quote, numbered.

    Quotes sit under the table rather than in a column so the table stays readable at 80 columns.
    """
    if not statements:
        console.print("No casualty statements found.")
        return
    for doc, group in groupby(statements, key=lambda s: s.doc):
        rows = list(group)
        console.print(Text(f"{doc}: {len(rows)} statement(s)", style="bold"))
        table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
        for col in ("#", "outcome", "figure", "event"):
            table.add_column(col, no_wrap=True)
        table.add_column("victims", overflow="fold", ratio=3, min_width=12)
        table.add_column("notes", overflow="fold", ratio=2, min_width=10)
        table.add_column("said by", overflow="fold", ratio=2, min_width=10)
        for n, s in enumerate(rows, 1):
            notes = [
                x for x in (_revision(s), s.scope if s.scope != "incident" else "", s.hedge or "") if x
            ]
            table.add_row(
                str(n),
                s.outcome,
                format_figure(s),
                s.event_date.isoformat() if s.event_date else "",
                _victims(s),
                "; ".join(notes),
                s.attribution or "",
            )
        console.print(table)
        for n, s in enumerate(rows, 1):
            note = f" [{s.derivation}]" if s.derivation else ""
            print_wrapped(console, f"“{s.quote}”{note}", first=f"#{n} ")
        console.print()
