"""Store benchmark: does a write cost what it adds, and does `casualty incidents` answer fast?

    python bench/bench_store.py [--runs 5] [--new 100] [--limit N]

Builds a store from ../shared/eval/gvc-dev.jsonl (all but the last ``--new`` reports), then measures

- ingesting the ``--new`` held-back reports into a copy of that full store vs into an empty store
  (median of ``--runs``; target ratio <= 1.5), in process, with the real extraction and grouping;
- ``casualty incidents --json`` and ``casualty incidents`` (the table) on the full store, as
  subprocesses with output piped (median; target < 0.5 s).

Prints figures; asserts nothing about timing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "eval" / "gvc-dev.jsonl"


def documents(path: Path, limit: int | None) -> list[object]:
    from casualty_cli.model import Document

    docs = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            pub = date.fromisoformat(row["published"]) if row.get("published") else None
            docs.append(
                Document(id=str(row["id"]), text=row["text"], published=pub, source=row.get("source_uri"))
            )
            if limit and len(docs) >= limit:
                break
    return docs


def timed_ingest(store_dir: Path, docs: list[object]) -> tuple[float, object]:
    from casualty_cli.store import Store
    from casualty_cli.store.ingest import ingest

    t = time.perf_counter()
    result = ingest(Store(store_dir), docs)  # type: ignore[arg-type]
    return time.perf_counter() - t, result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--new", type=int, default=100)
    ap.add_argument("--limit", type=int, default=None, help="use only the first N reports of the data set")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not found (the benchmark reads ../shared relative to the repo)")
        return 0
    docs = documents(DATA, args.limit)
    base, new = docs[: -args.new], docs[-args.new :]
    work = Path(tempfile.mkdtemp(prefix="casualty-bench-"))
    try:
        full = work / "full"
        secs, result = timed_ingest(full, base)
        size = sum(p.stat().st_size for p in full.iterdir())
        r = result.to_dict()  # type: ignore[attr-defined]
        print(
            f"built store: {len(base)} reports in {secs:.1f} s; {r['statements']} statements, "
            f"{len(r['incidents']['created'])} incidents; {size / 1e6:.1f} MB on disk"
        )

        into_full, into_empty = [], []
        for n in range(args.runs):
            copy = work / f"full-{n}"
            shutil.copytree(full, copy)
            into_full.append(timed_ingest(copy, new)[0])
            into_empty.append(timed_ingest(work / f"empty-{n}", new)[0])
            shutil.rmtree(copy)
        mf, me = statistics.median(into_full), statistics.median(into_empty)
        print(
            f"ingest {len(new)} new reports into the full store:  median {mf * 1000:7.1f} ms  {_runs(into_full)}"
        )
        print(
            f"ingest {len(new)} new reports into an empty store:  median {me * 1000:7.1f} ms  {_runs(into_empty)}"
        )
        print(f"ratio full/empty: {mf / me:.2f}  (target <= 1.5)")

        from casualty_cli.store import Store

        loads = []
        for _ in range(args.runs):
            t = time.perf_counter()
            state = Store(full).load()
            loads.append(time.perf_counter() - t)
        print(
            f"in-process load of the full store (index + tail): median {statistics.median(loads) * 1000:.1f} ms"
        )

        exe = shutil.which("casualty") or ""
        cmd = [exe] if exe else [sys.executable, "-m", "casualty_cli"]
        env = {**os.environ, "CASUALTY_STORE": str(full)}
        for extra in (["--json"], []):
            walls = []
            for _ in range(args.runs):
                t = time.perf_counter()
                subprocess.run([*cmd, "incidents", *extra], env=env, capture_output=True, check=True)
                walls.append(time.perf_counter() - t)
            shown = " ".join(["casualty incidents", *extra])
            print(
                f"`{shown}` on the full store ({len(state.incidents)} incidents): "
                f"median {statistics.median(walls) * 1000:.0f} ms  {_runs(walls)}  (target < 500 ms)"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _runs(values: list[float]) -> str:
    return "[" + ", ".join(f"{v * 1000:.0f}" for v in values) + "] ms"


if __name__ == "__main__":
    raise SystemExit(main())
