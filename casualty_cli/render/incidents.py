"""Rendering for the store commands: ingest summaries, incident lists, one incident, timelines, diffs."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from casualty_cli.history import TollRevision
from casualty_cli.model import OUTCOMES
from casualty_cli.render.common import MIN_WIDTH, print_wrapped

if TYPE_CHECKING:  # the progress bar is loaded by ingest alone, diffs by diff
    from rich.progress import Progress, TaskID

    from casualty_cli.diffs import TollDiff

Raw = dict[str, Any]


def write_csv(stream: IO[str], rows: Sequence[Raw], columns: Sequence[str]) -> None:
    import csv

    writer = csv.DictWriter(stream, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if row.get(k) is None else row.get(k) for k in columns})


def format_toll(t: Raw | None) -> str:
    """``"25 (7–25)"``, ``"at least 7"``, ``"20–30"``, ``"at least 2 (vague)"`` for "many", ``"–"`` for no
    figure. A figure with no best and no upper bound above its low is open-ended, never "2–2"."""
    if not t:
        return "–"
    best, low, high, qual = t.get("best"), t.get("low"), t.get("high"), t.get("qualifier") or "exact"
    if best is None and low is not None and (high is None or high == low):
        head = f"at least {low}" + (" (vague)" if qual == "vague" else "")
    elif best is None:
        head = f"{low if low is not None else '?'}–{high if high is not None else '?'}"
    else:
        head = str(best) if qual in ("exact", "range", "vague") else f"{qual} {best}"
    if best is not None and low is not None and high is not None and low != high:
        head += f" ({low}–{high})"
    return head


def _revision_figure(r: TollRevision) -> str:
    """A timeline row's figure, by `format_toll`'s rules; a row with a best shows no range (the diff does)."""
    ranged = r.best is None
    return format_toll({"best": r.best, "low": r.low if ranged else None, "high": r.high if ranged else None,
                        "qualifier": r.qualifier})


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
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

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
        text = f"{c['id']}  {c['title']}" + (f": {figures}" if figures else "")
        print_wrapped(console, text, first="new     ", indent=" " * 8, first_style="green")
    for c in inc["revised"]:
        parts = [
            f"{o} {format_toll(c['before'].get(o))} → {format_toll(c['after'].get(o))}"
            for o in OUTCOMES
            if (c["before"].get(o) or {}).get("best") != (c["after"].get(o) or {}).get("best")
            or (c["before"].get(o) is None) != (c["after"].get(o) is None)
        ]
        text = f"{c['id']}  {c['title']}: {'; '.join(parts) or 'range widened'}"
        print_wrapped(console, text, first="revised ", indent=" " * 8, first_style="yellow")
    rep = result["reports"]
    empty, skipped = rep.get("empty") or [], rep.get("skipped") or []
    summary = (
        f"{rep['read']} report(s) read, "
        + (f"{len(empty)} empty report{'s' if len(empty) != 1 else ''}, " if empty else "")
        + (f"{len(skipped)} file(s) skipped (not reports), " if skipped else "")
        + f"{rep['ingested']} {would}ingested, "
        f"{len(rep['duplicates'])} skipped as duplicates, {len(rep['failed'])} failed; "
        f"{result['statements']} statement(s); "
        f"{len(inc['created'])} incident(s) {would}created, {len(inc['revised'])} {would}revised"
    )
    print_wrapped(console, summary, first="dry run: " if result["dry_run"] else "")
    for f in rep["failed"]:
        print_wrapped(console, f"{f['input']}: {f['error']}", first="  failed: ", indent="    ")
    for f in skipped:
        print_wrapped(console, f"{f['input']} ({f['reason']})", first="  skipped: ", indent="    ")
    for name in empty:
        print_wrapped(console, name, first="  empty: ", indent="    ")


# --- incidents ---


#: The least room the title keeps before columns give way, and the order in which they do.
MIN_TITLE = 24
NARROWING = ("toll ranges", "last report", "reports", "event date", "missing", "injured")
_GAP = "  "


def render_incidents(console: Console, rows: Sequence[Raw]) -> None:
    """An aligned plain-text table that fits the console: when the title would get fewer than
    :data:`MIN_TITLE` columns, the tolls lose their ranges, then "last report", "reports", "event
    date", "missing" and "injured" are dropped, in that order; a title longer than its room ends in
    "…". (rich's Table takes seconds over thousands of rows.)"""
    if not rows:
        console.print("No incidents.")
        return
    width = max(console.width, MIN_WIDTH)
    for step in range(len(NARROWING) + 1):
        header, body = _incident_cells(rows, set(NARROWING[:step]))
        widths = [max(len(header[c]), *(len(row[c]) for row in body)) for c in range(len(header) - 1)]
        room = width - sum(widths) - len(_GAP) * len(widths)
        if room >= MIN_TITLE:
            break
    right = {c for c, name in enumerate(header) if name in ("killed", "injured", "missing", "reports")}

    def line(cells: Sequence[str], mark: str = "") -> str:
        padded = [
            cell.rjust(w) if c in right else cell.ljust(w)
            for c, (cell, w) in enumerate(zip(cells, widths, strict=False))
        ]
        # A contested incident says so at the end of its title, whatever the title has to give up.
        fits = max(room - len(mark), 1)
        title = cells[-1] if len(cells[-1]) <= fits else cells[-1][: max(fits - 1, 1)].rstrip() + "…"
        return _GAP.join([*padded, title + mark])

    marks = ["  [contested]" if r.get("contested") else "" for r in rows]
    console.print(Text(line(header), style="bold"), soft_wrap=True)
    console.out("\n".join(line(row, mark) for row, mark in zip(body, marks, strict=True)), highlight=False)


def _incident_cells(rows: Sequence[Raw], narrowed: set[str]) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """The header and rows of the incidents table, without the columns ``narrowed`` drops."""

    def toll(t: Raw | None) -> str:
        if not t or "toll ranges" not in narrowed:
            return format_toll(t)
        if t.get("best") is None:  # no best to fall back on: the short form of its bound
            return f"≥{t['low']}" if t.get("low") is not None else format_toll(t)
        return format_toll({**t, "low": None, "high": None})

    columns: list[tuple[str, Callable[[Raw], str]]] = [
        ("id", lambda r: r["id"]),
        ("event date", lambda r: r["event_date"] or ""),
        ("killed", lambda r: toll(r["killed"])),
        ("injured", lambda r: toll(r["injured"])),
        ("missing", lambda r: toll(r["missing"])),
        ("reports", lambda r: str(len(r["reports"]))),
        ("last report", lambda r: r["last_published"] or ""),
        ("title", lambda r: r["title"]),
    ]
    kept = [(name, cell) for name, cell in columns if name not in narrowed]
    return tuple(name for name, _ in kept), [tuple(cell(r) for _, cell in kept) for r in rows]


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
        print_wrapped(console, f"“{r.first.statement.quote}”", first=f"#{r.number} ")
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
