from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from casualty_cli.model import Statement


def format_figure(s: Statement) -> str:
    """"11", "at least 80", "20–30", "dozens (24–99)"."""
    if s.qualifier == "range" and s.low is not None and s.high is not None:
        return f"{s.low}–{s.high}"
    if s.qualifier == "vague":
        lo = "?" if s.low is None else str(s.low)
        hi = "" if s.high is None else str(s.high)
        return f"vague ({lo}–{hi})"
    num = "?" if s.best is None else str(s.best)
    return num if s.qualifier == "exact" else f"{s.qualifier} {num}"


def render_statements(console: Console, statements: Sequence[Statement]) -> None:
    if not statements:
        console.print("No casualty statements found.")
        return
    table = Table(show_lines=False)
    for col in ("doc", "outcome", "figure", "victims", "revision", "scope", "event date", "source", "quote"):
        table.add_column(col, overflow="fold")
    for s in statements:
        rev = ""
        if s.revision:
            arrow = "↑" if s.revision.direction == "up" else "↓"
            rev = arrow + (f" from {s.revision.previous}" if s.revision.previous is not None else "")
        victims = s.victims or ""
        if s.breakdown:
            parts = ", ".join(f"{b.best} {b.group}" for b in s.breakdown)
            victims = f"{victims} ({parts}{'; does not add up' if s.breakdown_mismatch else ''})".strip()
        quote = s.quote if len(s.quote) <= 160 else s.quote[:157] + "…"
        table.add_row(
            s.doc,
            s.outcome,
            format_figure(s),
            victims,
            rev,
            s.scope,
            s.event_date.isoformat() if s.event_date else "",
            s.attribution or "",
            quote,
        )
    console.print(table)
