"""Extraction speed, scaling and start-up, printed as figures (never asserted: shared machines are noisy).

    python bench/bench_extract.py [--runs 5] [--data ../shared/eval/gvc-dev.jsonl] [--mb 5] [--only NAME...] [--quiet]
                                  [--baseline REF] [--baseline-env VAR=VALUE ...] [--no-baseline]

Sections (``--only`` picks some: throughput jobs linear startup):

1. throughput: `python -m casualty_cli extract DEV.jsonl --json > /dev/null` as a subprocess, start-up
   included, on one core (taskset when available); median of --runs runs, in M characters of document
   text a second. Target: >= 5 M chars/s. Beside it, in the same run, the same command of a baseline:
   the git ref --baseline names (default aa006d9, the last commit with the regex reader, run with
   CASUALTY_READER=regex: --baseline-env) checked out in a temporary worktree (git worktree add
   --detach, removed after). The runs alternate between the two, so that both meet the same load, and
   the ratio of their medians is printed: the issue's "throughput at least the regex reader's in the
   same run". Each tree gets a cache directory of its own: the first run finds it empty and compiles
   every pattern (printed as "cold"); the median is over the runs after it, which reuse the compiled
   patterns as any later run does. Each tree's bytecode is compiled first (compileall), as
   `pip install .` does and as Python does on a first run: where PYTHONDONTWRITEBYTECODE is set (as in
   some sandboxes) an editable install would otherwise compile every module from source at every run
   (0.02 s of start-up, measured), which no user pays.
2. jobs: `casualty extract` with `--jobs 1` and `--jobs 2` (no taskset), runs alternating so that both
   meet the same load; the medians, their throughputs and the speed-up (median at 1 / median at 2).
   The outputs of the two are compared byte for byte. Also printed: how many cores other work kept busy
   meanwhile (Linux shares cores between sessions, so other busy sessions leave no core free for a
   second worker); --quiet waits before each round for a second in which the machine is all but idle.
3. linear: --mb MB (default 5) of generated news-like sentences, of this script's own words, as one
   single line (a .txt file) and as the same text cut into 2 KB reports (JSON Lines), each extracted with
   `--jobs 1`; the ratio of the medians. Target: the line within 2x of the reports. A second shape has no
   full stop at all (clauses joined by commas): one sentence of megabytes, which the reader cuts.
4. startup: `casualty --help` against `python -c "import typer, rich.console"`, median of 15 runs each,
   and their ratio. Target: <= 1.5x.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / ".." / "shared" / "eval" / "gvc-dev.jsonl"


def timed(cmd: list[str], stdout: int | None = subprocess.DEVNULL) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=stdout, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t0


def one_core(cmd: list[str]) -> list[str]:
    return ["taskset", "-c", "0", *cmd] if shutil.which("taskset") else cmd


#: Parts of the generated sentences (this script's own words): who, what happened, where, when, who says.
WHO = ["{n} people", "a man", "two children", "{n} soldiers", "at least {n} villagers", "a police officer",
       "{n} workers", "an elderly couple", "three fishermen", "{n} protesters", "a 24-year-old woman", "no one"]
WHAT = ["were killed", "was shot dead", "were wounded", "were injured", "was taken to hospital", "died",
        "remain missing", "were hurt", "lost their lives", "were rescued from the rubble"]
WHERE = ["in a market in the north of the city", "near the bus station", "on the coast road",
         "outside a school", "at a wedding in the hills", "when the bridge gave way", "after the floods"]
WHEN = ["on Monday", "late on Sunday night", "early this morning", "last week", "on 3 May", "hours later"]
SAYS = ["police said", "officials said", "according to the health ministry", "a spokesman told reporters",
        "witnesses said", "the governor said"]
QUIET = ["Roads into the valley stayed closed", "The mayor called for calm", "Schools reopened the next day",
         "An inquiry was promised", "Traders counted the damage"]


def generated_text(chars: int, seed: int = 1) -> str:
    """About ``chars`` characters of news-like sentences, full stops between them."""
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    while total < chars:
        if rng.random() < 0.3:
            sentence = f"{rng.choice(QUIET)} {rng.choice(WHEN)}"
        else:
            who = rng.choice(WHO).format(n=rng.randint(2, 300))
            sentence = f"{who[0].upper()}{who[1:]} {rng.choice(WHAT)} {rng.choice(WHERE)} {rng.choice(WHEN)}, {rng.choice(SAYS)}"
        out.append(sentence)
        total += len(sentence) + 2
    return ". ".join(out) + "."


#: The last commit that still had the regex reader (CASUALTY_READER=regex), the issue's speed baseline.
BASELINE = "aa006d9"


@contextmanager
def checkout(ref: str) -> Iterator[Path]:
    """A temporary worktree of ``ref`` (detached), removed when done."""
    folder = Path(tempfile.mkdtemp(prefix="casualty-baseline-"))
    tree = folder / "tree"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(tree), ref], check=True)
    try:
        compileall.compile_dir(tree / "casualty_cli", quiet=1)
        yield tree
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
        shutil.rmtree(folder, ignore_errors=True)


def extract_in(tree: Path, data: Path, cache: str, env: list[str]) -> list[str]:
    """The extract command of the checkout ``tree`` (its own package first on the path: python -m, run
    there), with a pattern cache of its own and the environment ``env`` (VAR=VALUE, through env(1))."""
    cmd = one_core([sys.executable, "-m", "casualty_cli", "extract", str(data.resolve()), "--json", "--jobs", "1"])
    return ["env", "-C", str(tree), f"CASUALTY_CACHE_DIR={cache}", *env, *cmd]


def reader_build(tree: Path) -> str:
    """How ``tree``'s reader runs: "compiled" (mypyc, where the install compiled it) or "pure" Python.
    A baseline checked out here is never compiled: against one, a compiled tree is timed against Python."""
    code = "import casualty_cli.extraction as e; print(e.BUILD)"
    done = subprocess.run([sys.executable, "-c", code], cwd=tree, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def throughput(data: Path, chars: int, runs: int, baseline: str | None, baseline_env: list[str]) -> None:
    with tempfile.TemporaryDirectory() as cache, ExitStack() as stack:
        cmds = {f"this tree ({reader_build(ROOT)})": extract_in(ROOT, data, f"{cache}/this", [])}
        if baseline is not None:
            tree = stack.enter_context(checkout(baseline))
            cmds[f"baseline {baseline} {' '.join(baseline_env)}".rstrip()] = extract_in(tree, data, f"{cache}/base", baseline_env)
        colds = {name: timed(cmd) for name, cmd in cmds.items()}
        med = alternating(cmds, runs)
    for name in cmds:
        wall, cpu = med[name]
        print(f"extract, {name}: {chars / 1e6:.2f} M chars in {wall:.2f} s median of {runs} -> "
              f"{chars / wall / 1e6:.2f} M chars/s (target >= 5); CPU {cpu:.2f} s -> {chars / cpu / 1e6:.2f} M chars/s")
    for name in cmds:
        print(f"extract, {name}, cold (patterns compiled afresh): {colds[name]:.2f} s -> {chars / colds[name] / 1e6:.2f} M chars/s")
    if len(cmds) == 2:
        this, base = cmds
        print(f"throughput this tree / {base}: {med[base][0] / med[this][0]:.2f}x (same run, alternating); "
              f"of CPU time {med[base][1] / med[this][1]:.2f}x (what a loaded machine leaves to the wall time least)")


def machine_busy() -> float | None:
    """Seconds of CPU the whole machine has spent busy since boot (/proc/stat), or None where there is none."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def wait_for_quiet(limit: float = 0.3, longest: float = 60.0) -> None:
    """Waits (at most ``longest`` seconds) for a second in which other work keeps under ``limit`` cores busy."""
    deadline = time.perf_counter() + longest
    while time.perf_counter() < deadline:
        before = machine_busy()
        time.sleep(1.0)
        after = machine_busy()
        if before is None or after is None or after - before < limit:
            return


def alternating(cmds: dict[str, list[str]], runs: int, quiet: bool = False) -> dict[str, tuple[float, float]]:
    """Each command's median wall and CPU seconds (its processes' and their workers'), over ``runs``
    rounds that run every command once: a change in the machine's load falls on all of them alike.

    Prints how many cores other work kept busy meanwhile: where the scheduler shares the cores fairly
    between sessions (Linux's autogroup), a command's workers share its session's part, and no
    speed-up from more processes can show while other sessions keep the cores busy. ``quiet`` waits
    before each round for a second in which the machine is all but idle (wait_for_quiet)."""
    wall: dict[str, list[float]] = {name: [] for name in cmds}
    cpu: dict[str, list[float]] = {name: [] for name in cmds}
    others = 0.0  # CPU seconds of other work during the timed runs
    for _ in range(runs):
        if quiet:
            wait_for_quiet()
        for name, cmd in cmds.items():
            before, busy0 = resource.getrusage(resource.RUSAGE_CHILDREN), machine_busy()
            wall[name].append(timed(cmd))
            after, busy1 = resource.getrusage(resource.RUSAGE_CHILDREN), machine_busy()  # the workers too
            cpu[name].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            if busy0 is not None and busy1 is not None:
                others += max(0.0, busy1 - busy0 - cpu[name][-1])
    print(f"  (meanwhile other work kept about {others / sum(map(sum, wall.values())):.1f} of {os.cpu_count()} cores busy)")
    return {name: (statistics.median(wall[name]), statistics.median(cpu[name])) for name in cmds}


def jobs(casualty: str, data: Path, chars: int, runs: int, quiet: bool) -> None:
    cmds = {n: [casualty, "extract", str(data), "--json", "--jobs", n] for n in ("1", "2")}
    outputs = [subprocess.run(cmd, capture_output=True, check=True).stdout for cmd in cmds.values()]
    med = alternating(cmds, runs, quiet)
    for n, (wall, cpu) in med.items():
        print(f"extract --jobs {n}: {wall:.2f} s median of {runs} -> {chars / wall / 1e6:.2f} M chars/s (CPU {cpu:.2f} s)")
    same = "the same" if outputs[0] == outputs[1] else "DIFFERENT"
    print(f"speed-up of --jobs 2: {med['1'][0] / med['2'][0]:.2f}x on {os.cpu_count()} cores; outputs {same}")


def linear(casualty: str, mb: float, runs: int) -> None:
    text = generated_text(int(mb * 1e6))
    shapes = {"sentences": text, "no full stops": text.replace(". ", ", ")}
    with tempfile.TemporaryDirectory() as folder:
        for name, body in shapes.items():
            line = Path(folder) / "line.txt"
            line.write_text(body, encoding="utf-8")
            reports = Path(folder) / "reports.jsonl"
            with reports.open("w", encoding="utf-8") as f:
                for n, i in enumerate(range(0, len(body), 2000)):
                    f.write(json.dumps({"id": str(n), "text": body[i : i + 2000]}) + "\n")
            med = alternating(
                {p.name: [casualty, "extract", str(p), "--json", "--jobs", "1"] for p in (line, reports)}, runs
            )
            t_line, t_reports = med[line.name][0], med[reports.name][0]
            print(f"linear, {name}: {len(body) / 1e6:.1f} MB as one line {t_line:.2f} s, in 2 KB reports "
                  f"{t_reports:.2f} s (medians of {runs}), ratio {t_line / t_reports:.2f} (target <= 2)")


def startup(casualty: str) -> None:
    help_runs = [timed([casualty, "--help"]) for _ in range(15)]
    base_runs = [timed([sys.executable, "-c", "import typer, rich.console"]) for _ in range(15)]
    h, b = statistics.median(help_runs), statistics.median(base_runs)
    print(f"start-up: casualty --help {h * 1000:.0f} ms, import typer+rich.console {b * 1000:.0f} ms, ratio {h / b:.2f} (target <= 1.5)")


SECTIONS = ("throughput", "jobs", "linear", "startup")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--data", type=Path, default=DEV)
    ap.add_argument("--mb", type=float, default=5.0, help="size of the generated text of the linearity section")
    ap.add_argument("--only", nargs="+", choices=SECTIONS, default=list(SECTIONS))
    ap.add_argument("--baseline", default=BASELINE,
                    help="git ref whose extract the throughput is compared with, in the same run (default: %(default)s, "
                         "the last commit with the regex reader)")
    ap.add_argument("--baseline-env", nargs="*", default=["CASUALTY_READER=regex"], metavar="VAR=VALUE",
                    help="environment of the baseline's runs (default: %(default)s)")
    ap.add_argument("--no-baseline", action="store_true", help="time this tree only")
    ap.add_argument("--quiet", action="store_true",
                    help="jobs: before each round, wait for a second in which other work leaves the cores all but idle")
    a = ap.parse_args()
    casualty = shutil.which("casualty") or sys.exit("casualty is not installed (pip install -e .)")
    compileall.compile_dir(ROOT / "casualty_cli", quiet=1)

    for section in ("throughput", "jobs"):
        if section not in a.only:
            continue
        if not a.data.exists():
            print(f"{section}: skipped, {a.data} not found")
            continue
        with a.data.open(encoding="utf-8") as f:
            chars = sum(len(json.loads(line)["text"]) for line in f)
        if section == "throughput":
            throughput(a.data, chars, a.runs, None if a.no_baseline else a.baseline, a.baseline_env)
        else:
            jobs(casualty, a.data, chars, a.runs, a.quiet)
    if "linear" in a.only:
        linear(casualty, a.mb, max(1, a.runs // 2))
    if "startup" in a.only:
        startup(casualty)


if __name__ == "__main__":
    main()
