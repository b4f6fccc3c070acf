"""Store benchmark: do reads and writes stay flat as the store grows?

    python bench/bench_store.py [--scales 1 4 10] [--runs 5] [--new 100] [--baseline TREE]
    python bench/bench_store.py --throughput [--mb 50] [--baseline TREE]

Builds stores at 1x, 4x and 10x ../shared/eval/gvc-dev.jsonl (2,983 reports). Copy k of the set has
fresh document ids, and its publication dates and the years written in its text moved 28*k years on
(the calendar repeats every 28 years, so weekdays stay right), so copies never group with each other:
each copy is another stretch of coverage, as a monitor ingesting for months would hold. One store is
built copy by copy and snapshotted at each scale. At each scale it prints, as subprocesses with output
piped (median of ``--runs``):

- `casualty show ID` and `casualty timeline ID` of one incident (of copy 0, the one with about 31
  statements, the same id at every scale; target <= 0.1 s and flat), with the time after Python's
  start-up and the CLI's imports, each command's peak memory (VmHWM), and the ratio to the floor
  (a fresh Python importing typer and rich's console, run in turn with the commands), and its CPU
  time over the floor's (user and system: on a machine others load, steadier than wall time);
- `casualty incidents --json` (target <= 0.5 s at 30k reports);
- `casualty export --what revisions` (one run);
- in process, ingesting ``--new`` reports of one more copy into a copy of the store vs an empty
  store (target ratio <= 1.5); the copy is synced to disk before the clock starts (else the ingest's
  fsyncs would write the copy's pages).

``--throughput`` instead writes about ``--mb`` MB of JSON Lines (copies of the set) and times
`casualty ingest FILE` into an empty store, with one job and with ``--jobs`` (default: the cores):
reports a second, the ratio to the issue's 107 s for 50 MB, the CPU time of all its processes (how
many cores it kept busy), and peak memory.

The package's bytecode is compiled first, as an install does (without it, every command would also
compile its modules from source where PYTHONDONTWRITEBYTECODE is set). The package timed is the one
Python imports: ``PYTHONPATH=OTHER_TREE python bench/bench_store.py`` times another checkout (the
commands run with that tree first on their path, from a temporary folder, so the checkout the bench
is started from does not take its place). ``--baseline OTHER_TREE`` times another checkout beside
this one in the same run, command by command in turn (the stores are built by this one: their format
is the same), so a change is measured against what it changes on a machine whose load varies.

Prints figures; asserts nothing about timing.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "eval" / "gvc-dev.jsonl"
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
SHIFT = 28  # years: the Gregorian weekday-and-leap cycle within 1901-2099
#: Issue 15's baseline: a 50 MB JSON Lines ingest took 107 s (its 3x target: 36 s).
BASELINE_S = 107.0


def _moved(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that is not leap (2100, 2200)
        return day.replace(year=day.year + years, day=28)


def copy_rows(rows: list[dict[str, Any]], k: int) -> Iterator[dict[str, Any]]:
    """Copy ``k`` of the data set: fresh ids, dates moved ``28 * k`` years on (0 is the set itself)."""
    years = SHIFT * k
    for row in rows:
        if k == 0:
            yield row
            continue
        text = YEAR.sub(lambda m: str(int(m[1]) + years), row["text"]) + f"\n\nArchive copy {_letters(k)}."
        pub = row.get("published")
        yield {
            **row,
            "id": f"{row['id']}~{k}",
            "text": text,
            "published": _moved(date.fromisoformat(pub), years).isoformat() if pub else None,
        }


def _letters(k: int) -> str:
    return "".join(chr(ord("a") + int(d)) for d in str(k))


def documents(rows: Iterator[dict[str, Any]]) -> list[Any]:
    from casualty_cli.model import Document

    return [
        Document(
            id=str(r["id"]),
            text=r["text"],
            published=date.fromisoformat(r["published"]) if r.get("published") else None,
            source=r.get("source_uri"),
        )
        for r in rows
    ]


def timed_ingest(store_dir: Path, docs: list[Any]) -> tuple[float, Any]:
    from casualty_cli.store import Store
    from casualty_cli.store.ingest import ingest

    t = time.perf_counter()
    result = ingest(Store(store_dir), docs)
    return time.perf_counter() - t, result


# The child reports its own peak RSS (VmHWM): a forked child's rusage would count the parent's.
# It also reports the time the command took once Python and the CLI were imported (RUN_S), and the
# peak RSS of the largest of its worker processes (WORKERS_KB; 0 without workers).
_PEAK = (
    "import atexit, sys, time\n"
    "def peak():\n"
    "    import resource\n"
    "    sys.stderr.write(f'RUN_S {time.perf_counter() - t0}\\n')\n"
    "    sys.stderr.write(f'WORKERS_KB {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}\\n')\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'):\n"
    "            sys.stderr.write('PEAK_KB ' + line.split()[1] + '\\n')\n"
    "atexit.register(peak)\n"
    "from casualty_cli.cli import main\n"
    "sys.argv[0] = 'casualty'\n"
    "t0 = time.perf_counter()\n"
    "main()\n"
)
CLI = [sys.executable, "-c", _PEAK]


#: The folders that hold the packages timed: this tree's (or PYTHONPATH's), then ``--baseline``'s.
TREES: list[Path] = []


def run_cli(store: Path, *args: str, tree: Path | None = None) -> tuple[float, float, bytes, float, float, float]:
    """Wall seconds, peak RSS (MB), stdout, seconds after start-up, the largest worker's peak RSS (MB)
    and CPU seconds (user and system, its workers' included) of one `casualty` run, of the package in
    ``tree`` (default: the first of :data:`TREES`)."""
    where = tree or TREES[0]
    env = {**os.environ, "CASUALTY_STORE": str(store), "PYTHONPATH": os.pathsep.join([str(where), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    before = _children_cpu()
    t = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        # from a neutral folder: `python -c` puts the working folder first on the path
        code = subprocess.run(
            [*CLI, *args], env=env, stdout=out, stderr=err, check=False, cwd=tempfile.gettempdir()
        ).returncode
        wall = time.perf_counter() - t
        cpu = _children_cpu() - before
        err.seek(0)
        messages = err.read()
        if code != 0:
            raise SystemExit(f"casualty {' '.join(args)} failed ({code}): {messages[-500:]!r}")
        peak = re.search(rb"PEAK_KB (\d+)", messages)
        run = re.search(rb"RUN_S ([\d.e-]+)", messages)
        workers = re.search(rb"WORKERS_KB (\d+)", messages)
        out.seek(0)
        nan = float("nan")
        return (
            wall,
            int(peak[1]) / 1024 if peak else nan,
            out.read(),
            float(run[1]) if run else nan,
            int(workers[1]) / 1024 if workers else nan,
            cpu,
        )


def _children_cpu() -> float:
    """User and system seconds of the children waited for so far: on a machine others load, a command's
    CPU time varies less than its wall time."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


#: The floor of any command: Python starting and importing typer and rich's console.
FLOOR = [sys.executable, "-c", "import typer, rich.console"]


def floor_run() -> tuple[float, float]:
    """Wall and CPU seconds of one run of the floor."""
    before = _children_cpu()
    t = time.perf_counter()
    subprocess.run(FLOOR, check=True, cwd=tempfile.gettempdir())
    return time.perf_counter() - t, _children_cpu() - before


def cli_lines(runs: int, store: Path, commands: list[tuple[str, ...]]) -> list[str]:
    """For each command: the median wall time of ``runs`` runs, the median after start-up, the peak
    memory, the median against the floor (`import typer, rich.console` in a fresh Python), and the
    median CPU time against the floor's (steadier than wall time on a loaded machine). The
    commands and the floor take turns, round by round, as hyperfine's interleaving does, so that a
    machine whose load changes slows them alike."""
    keys = [(tree, c) for c in commands for tree in TREES]
    walls: dict[tuple[Path, tuple[str, ...]], list[float]] = {k: [] for k in keys}
    after: dict[tuple[Path, tuple[str, ...]], list[float]] = {k: [] for k in keys}
    cpus: dict[tuple[Path, tuple[str, ...]], list[float]] = {k: [] for k in keys}
    peak: dict[tuple[Path, tuple[str, ...]], float] = dict.fromkeys(keys, 0.0)
    floor: list[float] = []
    floor_cpu: list[float] = []
    for _ in range(runs):
        floor_wall, floor_used = floor_run()
        floor.append(floor_wall)
        floor_cpu.append(floor_used)
        for key in keys:
            wall, rss, _, run, _, cpu = run_cli(store, *key[1], tree=key[0])
            walls[key].append(wall)
            after[key].append(run)
            cpus[key].append(cpu)
            peak[key] = max(peak[key], rss)
    base = statistics.median(floor)
    base_cpu = statistics.median(floor_cpu)
    lines = [
        f"  {'floor (typer, rich.console)':<26} median {base * 1000:6.0f} ms {_ms(floor)}, "
        f"CPU {base_cpu * 1000:.0f} ms"
    ]
    for command in keys:
        name = " ".join(a if len(a) < 12 else "ID" for a in command[1])
        if len(TREES) > 1:
            name = f"{name} ({'baseline' if command[0] != TREES[0] else 'this tree'})"
        wall = statistics.median(walls[command])
        lines.append(
            f"  {name:<26} median {wall * 1000:6.0f} ms {_ms(walls[command])}, "
            f"after start-up {statistics.median(after[command]) * 1000:5.0f} ms; peak {peak[command]:4.0f} MB; "
            f"{wall / base:.2f}x the floor (+{(wall - base) * 1000:.0f} ms); "
            f"CPU +{(statistics.median(cpus[command]) - base_cpu) * 1000:.0f} ms over the floor's"
        )
    return lines


def _ms(values: list[float]) -> str:
    return "[" + ", ".join(f"{v * 1000:.0f}" for v in values) + "]"


def typical_incident(store: Path, size: int = 31) -> tuple[str, int]:
    """The incident whose statement count is nearest ``size`` (the issue measured a 31-statement one)."""
    rows = json.loads(run_cli(store, "incidents", "--json")[2])
    best = min(rows, key=lambda r: (abs(r["statements"] - size), r["id"]))
    return best["id"], best["statements"]


def scales(args: argparse.Namespace, rows: list[dict[str, Any]]) -> None:
    wanted = sorted({int(n) for s in args.scales for n in s.split(",")})
    top = max(wanted)
    extra = documents(copy_rows(rows, top + 1))[-args.new :]
    work = Path(tempfile.mkdtemp(prefix="casualty-bench-"))
    try:
        building = work / "building"
        snapshots: dict[int, Path] = {}
        built = 0.0
        for k in range(top):
            secs, _ = timed_ingest(building, documents(copy_rows(rows, k)))
            built += secs
            if k + 1 in wanted:
                snapshots[k + 1] = work / f"x{k + 1}"
                shutil.copytree(building, snapshots[k + 1])
                size = sum(p.stat().st_size for p in building.iterdir() if p.is_file())
                print(
                    f"built {k + 1}x: {(k + 1) * len(rows)} reports, {built:.0f} s of ingest so far, "
                    f"{size / 1e6:.0f} MB on disk",
                    flush=True,
                )
        shutil.rmtree(building)
        iid, count = typical_incident(snapshots[min(wanted)])
        print(f"incident for show/timeline: {iid} ({count} statements)\n")
        for scale in wanted:
            store = snapshots[scale]
            n = scale * len(rows)
            print(f"== {scale}x ({n} reports)")
            for line in cli_lines(args.runs, store, [("show", iid), ("timeline", iid), ("incidents", "--json")]):
                print(line, flush=True)
            wall, rss, out, _, _, _ = run_cli(store, "export", "--what", "revisions")
            lines = out.count(b"\n") - 1
            print(f"  {'export --what revisions':<26} {wall * 1000:13.0f} ms  ({lines} rows); peak {rss:4.0f} MB")
            into_full, into_empty = [], []
            for r in range(args.runs):
                copy = work / f"copy-{r}"
                shutil.copytree(store, copy)
                # The copy's pages on their way to disk: else the ingest's first fsyncs write them
                # (150-250 MB at 10x), a cost of this copy, not of ingesting into a big store.
                os.sync()
                into_full.append(timed_ingest(copy, extra)[0])
                os.sync()
                into_empty.append(timed_ingest(work / f"empty-{r}", extra)[0])
                shutil.rmtree(copy)
                shutil.rmtree(work / f"empty-{r}")
            mf, me = statistics.median(into_full), statistics.median(into_empty)
            print(
                f"  ingest {len(extra)} reports: into this store {mf * 1000:.0f} ms {_ms(into_full)}, "
                f"into an empty one {me * 1000:.0f} ms {_ms(into_empty)}: ratio {mf / me:.2f}",
                flush=True,
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def throughput(args: argparse.Namespace, rows: list[dict[str, Any]]) -> None:
    work = Path(tempfile.mkdtemp(prefix="casualty-bench-"))
    try:
        path, written, count, k = work / "archive.jsonl", 0, 0, 0
        with path.open("w", encoding="utf-8") as f:
            while written < args.mb * 1_000_000:
                for row in copy_rows(rows, k):
                    line = json.dumps(row, ensure_ascii=False) + "\n"
                    f.write(line)
                    written += len(line.encode("utf-8"))
                    count += 1
                    if written >= args.mb * 1_000_000:
                        break
                k += 1
        print(f"input: {count} reports, {written / 1e6:.1f} MB of JSON Lines")
        for jobs in sorted({1, args.jobs}):
            for tree in TREES:
                store = work / f"store-{jobs}"
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                wall, rss, _, _, workers, _ = run_cli(store, "ingest", str(path), "--json", "--jobs", str(jobs), tree=tree)
                used = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu = used.ru_utime + used.ru_stime - before.ru_utime - before.ru_stime
                shutil.rmtree(store)
                which = "" if len(TREES) == 1 else (" (baseline)" if tree != TREES[0] else " (this tree)")
                print(
                    f"casualty ingest --jobs {jobs}{which}: {wall:.1f} s, {count / wall:.0f} reports/s, "
                    f"{written / 1e6 / wall:.2f} MB/s ({BASELINE_S / (wall * 50e6 / written):.2f}x the issue's "
                    f"{BASELINE_S:.0f} s for 50 MB); CPU {cpu:.1f} s in all processes ({cpu / wall:.2f} cores busy); "
                    f"peak {rss:.0f} MB" + (f", each worker at most {workers:.0f} MB" if jobs > 1 else ""),
                    flush=True,
                )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--scales", nargs="+", default=["1,4,10"], help="store sizes, in copies of the data set (1 4 10 or 1,4,10)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--new", type=int, default=100)
    ap.add_argument("--throughput", action="store_true", help="time one archive-sized ingest instead")
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="--throughput: also with N jobs")
    ap.add_argument("--baseline", type=Path, metavar="TREE", help="also time the checkout in TREE, in turn")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not found (the benchmark reads ../shared relative to the repo)")
        return 0
    with DATA.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    import casualty_cli

    TREES.append(Path(casualty_cli.__file__).parent.parent)
    if args.baseline is not None:
        TREES.append(args.baseline.resolve())
    for tree in TREES:
        compileall.compile_dir(tree / "casualty_cli", quiet=1)
        print(f"package: {tree / 'casualty_cli'}")
    if args.throughput:
        throughput(args, rows)
    else:
        scales(args, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
