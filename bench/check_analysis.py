"""Does the ingest pipeline's analysis stay the same? Every report of the dev sets, analysed and compared.

    python bench/check_analysis.py [SET ...] [--save FILE] [--against FILE] [--show N] [--profile]

Each report is extracted, then :func:`casualty_cli.pipeline.analyse` reads it: its stories, each
statement's cues, its events and their grouping signatures; a report without statements is also
described from its text alone (``grouping.describe(doc, [])``, as grouping's benchmark does). All of it
is written as one JSON line per report. ``--save`` keeps the lines; ``--against`` compares a run with
saved lines and lists the reports whose analysis changed (``--show`` of them, with the first field
that differs). Prints the CPU time analysis took (extraction excluded: on a shared machine CPU time
varies less than wall time) and a digest of each set's lines.
Statements are extracted once per set and kept in ``/tmp`` (keyed by the extractor's sources), so
rerunning while the analysis changes costs only the analysis.

The texts are read for checking only; nothing from them is stored in the project.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import hashlib
import json
import pickle
import pstats
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from casualty_cli import grouping
from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document, Statement
from casualty_cli.pipeline import AnalysedReport, analyse

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO.parent / "shared" / "eval"
SETS = ("gvc-dev", "rand-dev", "acled-kenya-dev", "noaa-storm-dev")


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def report_line(report: AnalysedReport, bare: grouping.Signature | None) -> str:
    """One report's analysis as a JSON line (statements by index: their own JSON is the extractor's)."""
    row = {
        "id": report.doc.id,
        "stories": [dataclasses.asdict(s) for s in report.stories],
        "cues": [dataclasses.asdict(c) for c in report.cues],
        "events": [dataclasses.asdict(e) for e in report.events],
        "bare": bare,
    }
    return json.dumps(row, default=_plain, sort_keys=True, ensure_ascii=False)


def _extractor_key() -> str:
    digest = hashlib.sha256()
    for path in sorted((REPO / "casualty_cli" / "extraction").glob("*")):
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def load(name: str) -> list[tuple[Document, list[Statement]]]:
    """The set's documents with their statements, extracted once and cached for this extractor."""
    cache = Path("/tmp") / f"casualty-check-{name}-{_extractor_key()}.pickle"
    if cache.exists():
        with cache.open("rb") as f:
            cached: list[tuple[Document, list[Statement]]] = pickle.load(f)
        return cached
    out = []
    with (EVAL / f"{name}.jsonl").open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            published = date.fromisoformat(str(r["published"])) if r.get("published") else None
            doc = Document(str(r["id"]), str(r["text"]), published)
            out.append((doc, extract_statements(doc)))
    with cache.open("wb") as f:
        pickle.dump(out, f)
    return out


def run(
    docs: list[tuple[Document, list[Statement]]],
) -> tuple[list[tuple[AnalysedReport, grouping.Signature | None]], float]:
    done = []
    t = time.process_time()
    for doc, statements in docs:
        done.append((analyse(doc, statements), grouping.describe(doc, []) if not statements else None))
    secs = time.process_time() - t
    return done, secs


def _first_difference(old: str, new: str) -> str:
    a, b = json.loads(old), json.loads(new)
    for key in ("stories", "cues", "events", "bare"):
        if a[key] != b[key]:
            return f"{key}: {json.dumps(a[key])[:300]} -> {json.dumps(b[key])[:300]}"
    return "?"


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("sets", nargs="*", default=list(SETS))
    ap.add_argument("--save", type=Path)
    ap.add_argument("--against", type=Path)
    ap.add_argument("--show", type=int, default=5)
    ap.add_argument("--profile", action="store_true", help="print the 25 costliest functions of the analysis")
    args = ap.parse_args()
    if not EVAL.exists():
        print(f"skipped: {EVAL} not found")
        return 0
    saved: dict[str, list[str]] = json.loads(args.against.read_text()) if args.against else {}
    out: dict[str, list[str]] = {}
    changed = 0
    profiler = cProfile.Profile() if args.profile else None
    for name in args.sets:
        docs = load(name)
        if profiler:
            profiler.enable()
        done, secs = run(docs)
        if profiler:
            profiler.disable()
        lines = [report_line(report, bare) for report, bare in done]
        out[name] = lines
        digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]
        print(f"{name}: {len(lines)} reports analysed in {secs:.2f} s of CPU ({1000 * secs / len(lines):.2f} ms each); {digest}")
        if name in saved:
            diff = [(o, n) for o, n in zip(saved[name], lines, strict=True) if o != n]
            changed += len(diff)
            print(f"  {len(diff)} reports analysed differently")
            for o, n in diff[: args.show]:
                print(f"  {json.loads(o)['id']}: {_first_difference(o, n)}")
    if args.save:
        args.save.write_text(json.dumps(out))
    if profiler:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
