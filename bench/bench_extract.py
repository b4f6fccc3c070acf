"""Extraction speed and start-up, printed as figures (never asserted: shared machines are noisy).

    python bench/bench_extract.py [--runs 3] [--data ../shared/eval/gvc-dev.jsonl]

1. Throughput: `casualty extract DEV.jsonl --json > /dev/null` as a subprocess, start-up included, on one
   core (taskset when available); median of --runs runs, in M characters of document text a second.
   Target: >= 5 M chars/s (gdelt-regkg's GDELT-style extractor does 0.08 M). The runs use a cache
   directory of their own: the first run finds it empty and compiles every pattern (printed as "cold");
   the median is over the runs after it, which reuse the compiled patterns as any later run does.
   The package's bytecode is compiled first (compileall), as `pip install .` does and as Python does on
   a first run: where PYTHONDONTWRITEBYTECODE is set (as in some sandboxes) an editable install would
   otherwise compile every module from source at every run (0.02 s of start-up, measured), which no user pays.
2. Start-up: `casualty --help` against `python -c "import typer, rich.console"`, median of 15 runs each,
   and their ratio. Target: <= 1.5x.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / ".." / "shared" / "eval" / "gvc-dev.jsonl"


def timed(cmd: list[str], stdout: int | None = subprocess.DEVNULL) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=stdout, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t0


def one_core(cmd: list[str]) -> list[str]:
    return ["taskset", "-c", "0", *cmd] if shutil.which("taskset") else cmd


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--data", type=Path, default=DEV)
    a = ap.parse_args()
    casualty = shutil.which("casualty") or sys.exit("casualty is not installed (pip install -e .)")
    compileall.compile_dir(ROOT / "casualty_cli", quiet=1)

    if a.data.exists():
        chars = 0
        with a.data.open(encoding="utf-8") as f:
            for line in f:
                chars += len(json.loads(line)["text"])
        cmd = one_core([casualty, "extract", str(a.data), "--json"])
        with tempfile.TemporaryDirectory() as cache:
            os.environ["CASUALTY_CACHE_DIR"] = cache
            cold = timed(cmd)
            runs = [timed(cmd) for _ in range(a.runs)]
        med = statistics.median(runs)
        print(f"extract: {chars / 1e6:.2f} M chars in {med:.2f} s median of {a.runs} -> {chars / med / 1e6:.2f} M chars/s (target >= 5)")
        print(f"extract, cold (patterns compiled afresh): {cold:.2f} s -> {chars / cold / 1e6:.2f} M chars/s")
    else:
        print(f"extract: skipped, {a.data} not found")

    help_runs = [timed([casualty, "--help"]) for _ in range(15)]
    base_runs = [timed([sys.executable, "-c", "import typer, rich.console"]) for _ in range(15)]
    h, b = statistics.median(help_runs), statistics.median(base_runs)
    print(f"start-up: casualty --help {h * 1000:.0f} ms, import typer+rich.console {b * 1000:.0f} ms, ratio {h / b:.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
