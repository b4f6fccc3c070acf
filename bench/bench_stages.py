"""Where `casualty extract --json` spends its time, stage by stage, and what each stage bounds.

    python bench/bench_stages.py [--data ../shared/eval/gvc-dev.jsonl] [--passes 3] [--processes 5]

bench_extract.py gives the throughput; this script says why it is what it is. It runs the command's own
steps in-process (reading the input, the engine, the JSON lines) with each stage of the engine timed
exclusively (a stage's time leaves out the stages it calls), and start-up as a subprocess reading an
empty file. For each stage it prints its time and the throughput the whole command would have if that
stage took no time at all: a ceiling no work on other stages can lift.

The first pass over the documents runs untimed, as the command runs it (patterns from the cache, RE2's
automata built as they are used); what it takes beyond later passes is its own row. Timing every call
costs about a microsecond a call, so the stages are timed over later passes and their shares applied to
the untimed later passes' median.

The reader runs as pure Python here (CASUALTY_PURE_PYTHON=1): compiled modules cannot be wrapped. Where
the compiled reader's time goes: `perf record` or `valgrind --tool=callgrind` on it (README).
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
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / ".." / "shared" / "eval" / "gvc-dev.jsonl"
sys.path.insert(0, str(ROOT))

_clock = time.perf_counter


class Stages:
    """Exclusive time by stage: entering a stage pauses the one that called it."""

    def __init__(self) -> None:
        self.time: defaultdict[str, float] = defaultdict(float)
        self.calls: Counter[str] = Counter()
        self._stack: list[str] = []
        self._mark = 0.0
        self.on = False

    def _switch(self, now: float) -> None:
        if self._stack:
            self.time[self._stack[-1]] += now - self._mark
        self._mark = now

    def enter(self, name: str) -> None:
        """``name``'s time starts, and the stage that was running pauses."""
        self._switch(_clock())
        self._stack.append(name)

    def leave(self) -> None:
        """The running stage's time stops, and the one it paused goes on."""
        self._switch(_clock())
        self._stack.pop()

    def wrap(self, name: str, f: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            if not self.on:
                return f(*args, **kwargs)
            self.enter(name)
            self.calls[name] += 1
            try:
                return f(*args, **kwargs)
            finally:
                self.leave()

        return timed

    def wrap_iter(self, name: str, f: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
        """A generator's stage is the time spent producing each item."""

        def timed(*args: Any, **kwargs: Any) -> Iterator[Any]:
            it = f(*args, **kwargs)
            while True:
                on = self.on
                if on:
                    self.enter(name)
                try:
                    item = next(it)
                except StopIteration:
                    return
                finally:
                    if on:
                        self.leave()
                yield item

        return timed


def instrument(stages: Stages) -> None:
    from casualty_cli.extraction import sentences
    from casualty_cli.extraction import statements as S

    R = S._Reader
    for attr, name in [
        ("__init__", "reader set-up (lower case, sentence index)"),
        ("read_tokens", "read_tokens(): outcome words, sentences"),
        ("add", "adding a mention (survival, kin, who)"),
        ("mention_of", "adding a mention (survival, kin, who)"),
        ("with_attacker", "adding a mention (survival, kin, who)"),
        ("add_zeros", "zeros (no casualties)"),
        ("statements", "statements(): hits resolved, statements built"),
        ("sentence_context", "sentence context (hedge, source, scope, date)"),
        ("revision_of", "revision and breakdown"),
        ("breakdown_of", "revision and breakdown"),
    ]:
        setattr(R, attr, stages.wrap(name, getattr(R, attr)))
    S.read_tokens = stages.wrap("token reader (readers.py)", S.read_tokens)
    S.tokenize = stages.wrap("tokenising (tokens.py)", S.tokenize)
    S.add_document_totals = stages.wrap("document totals (totals.py)", S.add_document_totals)
    S.fatality_codes = stages.wrap("fatality codes (fatality_codes.py)", S.fatality_codes)
    S.set_earlier_figures_apart = stages.wrap("earlier figures, recalled events", S.set_earlier_figures_apart)
    S.set_recalled_events_apart = stages.wrap("earlier figures, recalled events", S.set_recalled_events_apart)
    sentences.SentenceIndex.find = stages.wrap("sentence lookup", sentences.SentenceIndex.find)  # type: ignore[method-assign]


def run_pass(docs: list[Any], stages: Stages | None) -> float:
    from casualty_cli.extraction import statements as S

    out = open(os.devnull, "w")  # noqa: SIM115 - closed below
    t0 = _clock()
    for d in docs:
        found = S.extract_statements(d)
        timed = stages if stages is not None and stages.on else None
        if timed is not None:
            timed.enter("JSON lines out")
        out.write("".join([s.to_json() + "\n" for s in found]))
        if timed is not None:
            timed.leave()
    elapsed = _clock() - t0
    out.close()
    return elapsed


def measure(data: Path, passes: int, startup: float) -> dict[str, Any]:
    """One process's figures: every row's time and calls (seconds), and the characters read."""
    from casualty_cli.inputs import read_documents
    from casualty_cli.model import Document

    t0 = _clock()
    docs = [d for d in read_documents([str(data)]) if isinstance(d, Document)]
    reading = _clock() - t0
    first = run_pass(docs, None)  # as the command runs it: RE2's automata are built as they are used
    stages = Stages()
    instrument(stages)
    timed, plain = [], []
    for _ in range(passes):
        stages.on = True
        timed.append(run_pass(docs, stages))
        stages.on = False
        plain.append(run_pass(docs, None))
    warm = statistics.median(plain)
    scale = warm / sum(timed)  # each stage's share of the timed passes, applied to the untimed time
    rows = {"start-up (an empty file)": (0, startup), "reading the input": (0, reading),
            "first use (RE2 automata built, caches filled)": (0, first - warm)}
    rows.update({k: (stages.calls[k] // passes, v * scale) for k, v in stages.time.items()})
    return {"chars": sum(len(d.text) for d in docs), "docs": len(docs), "first": first, "warm": warm, "rows": rows}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DEV)
    ap.add_argument("--passes", type=int, default=3, help="timed passes in each process")
    ap.add_argument("--processes", type=int, default=5, help="processes measured; each row is their median")
    ap.add_argument("--child", type=float, help=argparse.SUPPRESS)  # one process's run, given the start-up
    a = ap.parse_args()
    if a.child is not None:
        print(json.dumps(measure(a.data, a.passes, a.child)))
        return
    if not a.data.exists():
        sys.exit(f"{a.data} not found")
    # Stages are timed by wrapping the reader's functions, which compiled modules do not allow (and their
    # calls to each other would pass the wrappers by): every process here runs the reader as Python.
    os.environ["CASUALTY_PURE_PYTHON"] = "1"
    print("(the reader as pure Python, CASUALTY_PURE_PYTHON=1: the compiled one cannot be timed by stage)")
    casualty = shutil.which("casualty") or sys.exit("casualty is not installed (pip install -e .)")
    compileall.compile_dir(ROOT / "casualty_cli", quiet=1)

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.txt"
        empty.write_text("")
        for _ in range(a.processes):
            start_runs = []
            for _ in range(5):
                t0 = _clock()
                subprocess.run([casualty, "extract", str(empty), "--json"], check=True, stdout=subprocess.DEVNULL)
                start_runs.append(_clock() - t0)
            child = [sys.executable, __file__, "--data", str(a.data), "--passes", str(a.passes),
                     "--child", str(statistics.median(start_runs))]
            results.append(json.loads(subprocess.run(child, check=True, capture_output=True, text=True).stdout))
    chars = results[0]["chars"]
    rows = {name: (calls, statistics.median(r["rows"][name][1] for r in results))
            for name, (calls, _) in results[0]["rows"].items()}
    command = sum(t for _, t in rows.values())
    first = statistics.median(r["first"] for r in results)
    warm = statistics.median(r["warm"] for r in results)
    print(f"{results[0]['docs']} documents, {chars / 1e6:.2f} M chars; medians of {a.processes} processes")
    print(f"command, in parts: {command:.3f} s -> {chars / command / 1e6:.2f} M chars/s "
          f"(engine and output: first pass {first:.3f} s, later passes {warm:.3f} s)")
    print(f"  {'stage':52} {'calls':>7} {'time':>7}  throughput were it free")
    for name, (calls, t) in sorted(rows.items(), key=lambda kv: -kv[1][1]):
        calls_text = f"{calls:7d}" if calls else "       "
        print(f"  {name:52} {calls_text} {t:6.3f}s  {chars / max(command - t, 1e-9) / 1e6:5.2f} M chars/s")
    print(f"target: 5 M chars/s, i.e. the whole command within {chars / 5e6:.2f} s; "
          "bench_extract.py measures the command itself")


if __name__ == "__main__":
    main()
