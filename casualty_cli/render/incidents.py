"""Rendering for the store commands: ingest summaries, incident lists, one incident, timelines, diffs."""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import IO, Any

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from casualty_cli.history import TollDiff, TollRevision
from casualty_cli.model import OUTCOMES

Raw = dict[str, Any]


def write_csv(stream: IO[str], rows: Sequence[Raw], columns: Sequence[str]) -> None:
    writer = csv.DictWriter(stream, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if row.get(k) is None else row.get(k) for k in columns})


def format_toll(t: Raw | None) -> str:
    """``"25 (7–25)"``, ``"at least 7"``, ``"–"`` for no figure."""
    if not t:
        return "–"
    best, low, high, qual = t.get("best"), t.get("low"), t.get("high"), t.get("qualifier") or "exact"
    if best is None:
        head = f"{low if low is not None else '?'}–{high if high is not None else '?'}"
    else:
        head = str(best) if qual in ("exact", "range", "vague") else f"{qual} {best}"
    if best is not None and low is not None and high is not None and low != high:
        head += f" ({low}–{high})"
    return head


def _revision_figure(r: TollRevision) -> str:
    return (
        format_toll({"best": r.best, "low": None, "high": None, "qualifier": r.qualifier})
        if r.best is not None
        else (f"{r.low if r.low is not None else '?'}–{r.high if r.high is not None else '?'}")
    )


def _change(r: TollRevision) -> str:
    if r.previous is None:
        return "first"
    if r.delta is None:
        return f"was {r.previous}"
    return f"{r.previous} → {r.best} ({r.delta:+d})"


# --- ingest ---


class IngestTicker:
    """What an ingest tells its progress bar: each report read (call it), and each phase it enters."""

    def __init__(self, progress: Progress | None = None, task: TaskID | None = None) -> None:
        self._progress, self._task = progress, task

    def __call__(self, name: str) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, advance=1, description=name[-40:])

    def phase(self, text: str) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, phase=text)


@contextmanager
def ingest_progress(console: Console, enabled: bool) -> Iterator[IngestTicker]:
    """A progress bar on a terminal, through every phase (reading, grouping a batch, writing it);
    a ticker that shows nothing otherwise (piped, --json)."""
    if not enabled:
        yield IngestTicker()
        return
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.fields[phase]}"),
        BarColumn(),
        TextColumn("{task.completed} read"),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
    )
    with progress:
        yield IngestTicker(progress, progress.add_task("", total=None, phase="reading reports"))


def render_ingest(console: Console, result: Raw) -> None:
    """The changes an ingest made (or would make), then the closing summary."""
    would = "would be " if result["dry_run"] else ""
    inc = result["incidents"]
    for c in inc["created"]:
        figures = ", ".join(f"{o} {format_toll(c['after'].get(o))}" for o in OUTCOMES if c["after"].get(o))
        console.print(f"[green]new[/green]     {c['id']}  {c['title']}" + (f": {figures}" if figures else ""))
    for c in inc["revised"]:
        parts = [
            f"{o} {format_toll(c['before'].get(o))} → {format_toll(c['after'].get(o))}"
            for o in OUTCOMES
            if (c["before"].get(o) or {}).get("best") != (c["after"].get(o) or {}).get("best")
            or (c["before"].get(o) is None) != (c["after"].get(o) is None)
        ]
        console.print(
            f"[yellow]revised[/yellow] {c['id']}  {c['title']}: {'; '.join(parts) or 'range widened'}"
        )
    rep = result["reports"]
    summary = (
        f"{rep['read']} report(s) read, {rep['ingested']} {would}ingested, "
        f"{len(rep['duplicates'])} skipped as duplicates, {len(rep['failed'])} failed; "
        f"{result['statements']} statement(s); "
        f"{len(inc['created'])} incident(s) {would}created, {len(inc['revised'])} {would}revised"
    )
    console.print(("[dim]dry run:[/dim] " if result["dry_run"] else "") + summary, soft_wrap=True)
    for f in rep["failed"]:
        console.print(f"  failed: {f['input']}: {f['error']}", soft_wrap=True, markup=False)


# --- incidents ---


def render_incidents(console: Console, rows: Sequence[Raw]) -> None:
    """An aligned plain-text table; rich's Table takes seconds over thousands of rows."""
    if not rows:
        console.print("No incidents.")
        return
    header = ("id", "event date", "killed", "injured", "missing", "reports", "last report", "title")
    body = [
        (
            r["id"],
            r["event_date"] or "",
            format_toll(r["killed"]),
            format_toll(r["injured"]),
            format_toll(r["missing"]),
            str(len(r["reports"])),
            r["last_published"] or "",
            r["title"],
        )
        for r in rows
    ]
    widths = [max(len(header[c]), *(len(row[c]) for row in body)) for c in range(len(header) - 1)]
    right = {2, 3, 4, 5}

    def line(cells: Sequence[str]) -> str:
        padded = [
            cell.rjust(w) if c in right else cell.ljust(w)
            for c, (cell, w) in enumerate(zip(cells, widths, strict=False))
        ]
        return "  ".join([*padded, cells[-1]])

    console.print(Text(line(header), style="bold"), soft_wrap=True)
    console.out("\n".join(line(row) for row in body), highlight=False)


# --- timeline and diff ---

_BAR = "█"


def render_timeline(console: Console, title: str, revisions: Sequence[TollRevision], width: int = 30) -> None:
    console.print(Text(title, style="bold"))
    if not revisions:
        console.print("No toll revisions yet.")
        return
    table = Table(pad_edge=False)
    # The quotes are printed under the table, one a line: seven columns do not fit 80 characters.
    for col in ("#", "published", "outcome", "figure", "change"):
        table.add_column(col, no_wrap=True)
    table.add_column("sources", overflow="fold")
    for r in revisions:
        table.add_row(
            str(r.number),
            r.published.isoformat() + ("" if r.date_known else " (ingested)"),
            r.outcome,
            _revision_figure(r),
            _change(r),
            Text(", ".join(r.sources) or "unknown"),
        )
    console.print(table)
    for r in revisions:
        quote = r.first.statement.quote
        console.print(Text(f"#{r.number} “{quote if len(quote) <= 160 else quote[:157] + '…'}”"))
    for outcome in OUTCOMES:
        mine = [r for r in revisions if r.outcome == outcome]
        values = [r.best if r.best is not None else (r.high or r.low or 0) for r in mine]
        if not mine or max(values) <= 0:
            continue
        top = max(values)
        console.print(f"{outcome} over time")
        for r, v in zip(mine, values, strict=True):
            bar = _BAR * max(1, round(width * v / top))
            console.print(f"  {r.published.isoformat()}  [red]{bar}[/red] {v}")


def render_diff(console: Console, title: str, diff: TollDiff) -> None:
    def point(r: TollRevision | None) -> str:
        if r is None:
            return "before any report"
        return f"revision {r.number} ({r.published.isoformat()}, {r.source or 'unknown source'})"

    console.print(Text(title, style="bold"))
    console.print(Text(f"{point(diff.start)} → {point(diff.end)}"))
    if not diff.changes:
        console.print("No change.")
        return
    table = Table(pad_edge=False)
    for col in ("field", "before", "after", "delta"):
        table.add_column(col)
    for c in diff.changes:
        table.add_row(
            c.field,
            Text("–" if c.before is None else str(c.before)),
            Text("–" if c.after is None else str(c.after)),
            "" if c.delta is None else f"{c.delta:+d}",
        )
    console.print(table)
