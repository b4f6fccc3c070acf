"""Which functions' instruction counts changed between two callgrind runs, largest change first.

    python bench/callgrind_diff.py BEFORE.out AFTER.out [--top 30] [--all] [--match REGEX] [--raw]
    python bench/callgrind_diff.py --run BEFORE_TREE AFTER_TREE [--data ../shared/eval/gvc-dev.jsonl]
                                   [--out-dir DIR] [--pure] [--top 30] [-- ARGS...]

Given two callgrind output files (``valgrind --tool=callgrind --callgrind-out-file=F ...``), it reads each
with ``callgrind_annotate --inclusive=yes`` and prints, for every function found in either, its inclusive
instruction count before, after and the change, the largest changes (up or down) first, and the two
programs' totals. By default only the functions mypyc compiled (``CPyDef_`` names, shown as
``module.Class.method``: ``readers._Sentence.past``); ``--all`` lists every C function too (the
interpreter's, ``re``'s, RE2's), which is what a pure-Python run has to show (callgrind sees C frames only:
for Python-level names of a pure run use cProfile). ``--match REGEX`` keeps the names it finds.

With ``--run`` it first makes the two files itself: in each tree (a checkout, a compiled clone built with
``setup.py build_ext --inplace``, or /work/main with its editable install) it runs
``python -m casualty_cli extract DATA --json --jobs 1`` (or ARGS after ``--``, the arguments of
``python -m casualty_cli``) with ``PYTHONPATH`` set to the tree, the tree as working directory and a pattern
cache of its own (``CASUALTY_CACHE_DIR`` under --out-dir), once without callgrind to fill the cache and then
under callgrind, so that both sides load warm caches of the same size (a shared cache holding other
branches' patterns costs more in loading). ``--pure`` runs both with ``CASUALTY_PURE_PYTHON=1``. The files are
kept in --out-dir (default: a new temporary folder) and named in the output; a run of gvc-dev takes a few
minutes a side under callgrind.

Inclusive counts are callgrind_annotate's: a function's own instructions and all it calls; a recursive
function counts its inner calls again, so a row may exceed the total. The totals are the comparison's
measure; the rows say where a change of it came from.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / ".." / "shared" / "eval" / "gvc-dev.jsonl"

#: a line of callgrind_annotate's table: count, percentage, then "file:function [object]"
_ROW = re.compile(r"^\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(.+?)\s*$")
_OBJECT = re.compile(r"\s+\[[^\]]*\]$")


def readable(name: str) -> str:
    """``CPyDef_readers____Sentence___past`` -> ``readers._Sentence.past`` (mypyc joins names with ``___``)."""
    if name.startswith("CPyDef_"):
        return name[len("CPyDef_") :].replace("___", ".")
    return name


def table(path: Path) -> tuple[int, dict[str, int]]:
    """The program's total and each function's inclusive count, by function name."""
    out = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", "--threshold=100", "--auto=no", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    total = 0
    counts: dict[str, int] = {}
    for line in out.splitlines():
        m = _ROW.match(line)
        if not m:
            continue
        n = int(m.group(1).replace(",", ""))
        where = _OBJECT.sub("", m.group(2))
        if where.startswith(("=>", "<")):
            continue  # a call's line under a function (annotations), not a function's own row
        if where.startswith("PROGRAM TOTALS"):
            total = n
            continue
        # "file:function": the file may be "???"; a function name holds no colon but C++'s "::"
        name = where.split(":", 1)[1] if ":" in where and "::" not in where.split(":", 1)[0] else where
        # one name may stand in several files (inlined copies): keep the largest
        counts[name] = max(counts.get(name, 0), n)
    if not total:
        # callgrind_annotate printed no PROGRAM TOTALS row: the summary line of the file itself
        for line in path.read_text(errors="replace").splitlines():
            if line.startswith(("summary:", "totals:")):
                total = int(line.split()[1])
                break
    return total, counts


def run_callgrind(tree: Path, args: list[str], out: Path, pure: bool) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(tree)
    env["CASUALTY_CACHE_DIR"] = str(out.with_suffix(".cache"))
    if pure:
        env["CASUALTY_PURE_PYTHON"] = "1"
    else:
        env.pop("CASUALTY_PURE_PYTHON", None)
    cmd = [sys.executable, "-m", "casualty_cli", *args]
    # the first run fills the tree's own pattern cache; the counted one loads it, as any later run does
    subprocess.run(cmd, cwd=tree, env=env, stdout=subprocess.DEVNULL, check=True)
    print(f"callgrind: {tree} ...", file=sys.stderr, flush=True)
    subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *cmd],
        cwd=tree,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    extra: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1 :]
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("before", type=Path, help="callgrind file (or, with --run, a tree)")
    parser.add_argument("after", type=Path, help="callgrind file (or, with --run, a tree)")
    parser.add_argument("--run", action="store_true", help="run callgrind in the two trees first")
    parser.add_argument("--data", type=Path, default=DEV, help="with --run: the JSONL file extracted")
    parser.add_argument("--out-dir", type=Path, help="with --run: where the callgrind files go")
    parser.add_argument("--pure", action="store_true", help="with --run: CASUALTY_PURE_PYTHON=1")
    parser.add_argument("--top", type=int, default=30, help="rows printed (default 30)")
    parser.add_argument("--all", action="store_true", help="every function, not only mypyc's CPyDef_")
    parser.add_argument("--match", help="only functions whose name this regex finds")
    parser.add_argument("--raw", action="store_true", help="mypyc's C names, not module.Class.method")
    opts = parser.parse_args(argv)

    before, after = opts.before, opts.after
    if opts.run:
        out_dir = opts.out_dir or Path(tempfile.mkdtemp(prefix="callgrind-diff-"))
        out_dir.mkdir(parents=True, exist_ok=True)
        args = extra or ["extract", str(opts.data.resolve()), "--json", "--jobs", "1"]
        files = []
        for side, tree in (("before", before), ("after", after)):
            out = out_dir / f"{side}.callgrind"
            run_callgrind(tree.resolve(), args, out, opts.pure)
            files.append(out)
        before, after = files
        print(f"callgrind files: {before} {after}")

    total_a, a = table(before)
    total_b, b = table(after)
    names = set(a) | set(b)
    if not opts.all:
        names = {n for n in names if n.startswith("CPyDef_")}
    if opts.match:
        wanted = re.compile(opts.match)
        names = {n for n in names if wanted.search(n) or wanted.search(readable(n))}
    rows = sorted(names, key=lambda n: (-abs(b.get(n, 0) - a.get(n, 0)), n))[: opts.top]

    def m(n: int) -> str:
        return f"{n / 1e6:,.1f}"

    delta = total_b - total_a
    share = f" ({delta / total_a:+.2%})" if total_a else ""
    print(f"total  {m(total_a)} M -> {m(total_b)} M  {delta / 1e6:+,.1f} M{share}")
    print(f"{'before M':>10} {'after M':>10} {'delta M':>10}  function (inclusive)")
    for n in rows:
        x, y = a.get(n, 0), b.get(n, 0)
        print(f"{m(x):>10} {m(y):>10} {(y - x) / 1e6:>+10,.1f}  {n if opts.raw else readable(n)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
