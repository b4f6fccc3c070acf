"""In-process accuracy on the eval sets, scored as ../shared/eval/score.py scores, with error listings
and a document-by-document comparison against a saved run.

Usage:
    python bench/devscore.py [SET ...] [--save FILE] [--against FILE] [--hash]
                             [--show killed|injured] [--n 20] [--offset K] [--gold G] [--pred-min P] [--limit N]

SET is a file of ../shared/eval without `.jsonl` (default: all four dev sets).
`--save FILE` writes every document's figures; a later run with `--against FILE` prints, per set and
outcome, how many documents went right -> wrong and wrong -> right, and with `--show` lists the
right -> wrong ones first (the ones to look at before claiming a gain), then the remaining errors.
`--hash` prints, per set and over all sets, the sha256 of every statement's JSON (its ``to_dict()``
with sorted keys, in document order): a change meant to keep the output must keep the hash.
The official figure is ../shared/eval/score.py (it runs the CLI); this one is for fast iteration.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document, Statement, report_figure

EVAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"
SETS = ("gvc-dev", "rand-dev", "acled-kenya-dev", "noaa-storm-dev")
OUTCOMES = ("killed", "injured")

Row = dict[str, Any]


def figures(statements: list[Statement]) -> dict[str, int]:
    """A document's figure per outcome, by score.py's rule: the largest incident-scope best."""
    return {outcome: report_figure(statements, outcome) or 0 for outcome in OUTCOMES}


def run_set(rows: list[Row]) -> tuple[dict[str, dict[str, int]], dict[str, list[Statement]], float]:
    preds: dict[str, dict[str, int]] = {}
    stmts: dict[str, list[Statement]] = {}
    t0 = time.perf_counter()
    for r in rows:
        published = date.fromisoformat(str(r["published"])) if r.get("published") else None
        ss = extract_statements(Document(str(r["id"]), str(r["text"]), published))
        stmts[str(r["id"])] = ss
        preds[str(r["id"])] = figures(ss)
    return preds, stmts, time.perf_counter() - t0


def score_line(rows: list[Row], preds: dict[str, dict[str, int]], outcome: str) -> str:
    key = "gold_" + outcome
    pairs = [(r[key], preds[str(r["id"])][outcome]) for r in rows if r.get(key) is not None]
    if not pairs:
        return f"{outcome}: no gold"
    pos = [(g, y) for g, y in pairs if g]
    zero = [(g, y) for g, y in pairs if not g]
    return (
        f"{outcome}: exact_on_positive={sum(g == y for g, y in pos) / max(1, len(pos)):.3f} (n={len(pos)}) "
        f"false_toll_on_zero={sum(y != 0 for _, y in zero) / max(1, len(zero)):.3f} (n={len(zero)}) "
        f"overall={sum(g == y for g, y in pairs) / len(pairs):.3f}"
    )


def print_doc(r: Row, outcome: str, pred: int, stmts: list[Statement], before: int | None) -> None:
    was = "" if before is None else f" before={before}"
    print(f"\n=== {str(r['id'])[:12]} gold={r['gold_' + outcome]} pred={pred}{was}")
    for s in stmts:
        if s.outcome == outcome:
            quote = str(r["text"])[max(0, s.start - 60) : s.end + 60].replace("\n", " ")
            print(f"   {s.best} {s.scope} {s.derivation or ''} | {quote}")
    print("   TEXT:", str(r["text"])[:700].replace("\n", " | "))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="*", default=list(SETS))
    ap.add_argument("--save", type=Path, help="write every document's figures to this file")
    ap.add_argument("--against", type=Path, help="compare with figures saved by --save")
    ap.add_argument("--show", choices=OUTCOMES)
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--gold", type=int, help="only errors with this gold figure")
    ap.add_argument("--pred-min", type=int, default=0, help="only errors predicting at least this")
    ap.add_argument("--hash", action="store_true", help="print the sha256 of every statement's JSON")
    a = ap.parse_args()
    before: dict[str, dict[str, dict[str, int]]] = json.loads(a.against.read_text()) if a.against else {}
    saved: dict[str, dict[str, dict[str, int]]] = {}
    overall = hashlib.sha256()
    for name in a.sets:
        path = EVAL / f"{name}.jsonl"
        if not path.exists():
            sys.exit(f"{path} not found: the eval sets live in ../shared/eval")
        rows = [json.loads(line) for line in path.open(encoding="utf-8")]
        if a.limit:
            rows = rows[: a.limit]
        preds, stmts, dt = run_set(rows)
        saved[name] = preds
        chars = sum(len(str(r["text"])) for r in rows)
        print(f"{name}: {len(rows)} docs, {chars / dt / 1e6:.2f} M chars/s in process")
        if a.hash:
            digest = hashlib.sha256()
            for r in rows:
                for s in stmts[str(r["id"])]:
                    line = (json.dumps(s.to_dict(), sort_keys=True, default=str) + "\n").encode()
                    digest.update(line)
                    overall.update(line)
            print(f"  sha256 of its statements: {digest.hexdigest()}")
        old = before.get(name, {})
        for outcome in OUTCOMES:
            print("  " + score_line(rows, preds, outcome))
            key = "gold_" + outcome
            gold = [r for r in rows if r.get(key) is not None]
            worse: list[Row] = []
            if old:
                worse = [r for r in gold if str(r["id"]) in old
                         and old[str(r["id"])][outcome] == r[key] != preds[str(r["id"])][outcome]]
                better = [r for r in gold if str(r["id"]) in old
                          and preds[str(r["id"])][outcome] == r[key] != old[str(r["id"])][outcome]]
                print(f"    against saved run: right -> wrong {len(worse)}, wrong -> right {len(better)}")
            if a.show != outcome:
                continue
            wrong = [r for r in gold if r[key] != preds[str(r["id"])][outcome]
                     and preds[str(r["id"])][outcome] >= a.pred_min and (a.gold is None or r[key] == a.gold)]
            print("    (gold, pred) most common:",
                  collections.Counter((min(r[key], 6), min(preds[str(r["id"])][outcome], 6)) for r in wrong)
                  .most_common(12))
            listed = worse + [r for r in wrong if r not in worse]
            for r in listed[a.offset : a.offset + a.n]:
                rid = str(r["id"])
                prev = old[rid][outcome] if rid in old else None
                print_doc(r, outcome, preds[rid][outcome], stmts[rid], prev)
    if a.hash:
        print(f"sha256 of all statements: {overall.hexdigest()}")
    if a.save:
        a.save.write_text(json.dumps(saved))


if __name__ == "__main__":
    main()
