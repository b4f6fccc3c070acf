"""In-process accuracy on the dev set, with the same rule as ../shared/eval/score.py, plus error listing.

Usage: python bench/devscore.py [--limit N] [--show killed|injured] [--n 20]
The official figure is ../shared/eval/score.py (runs the CLI); this one is for fast iteration.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from datetime import date
from pathlib import Path

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document

DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "gvc-dev.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show", choices=["killed", "injured"])
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--gold", type=int, help="only errors with this gold figure")
    ap.add_argument("--pred-min", type=int, default=0, help="only errors predicting at least this")
    a = ap.parse_args()
    if not DEV.exists():
        sys.exit(f"{DEV} not found: the dev set lives in ../shared/eval")
    rows = [json.loads(line) for line in DEV.open(encoding="utf-8")]
    if a.limit:
        rows = rows[: a.limit]
    t0 = time.perf_counter()
    preds = {}
    stmts = {}
    for r in rows:
        doc = Document(r["id"], r["text"], date.fromisoformat(r["published"]))
        ss = extract_statements(doc)
        stmts[r["id"]] = ss
        p = collections.defaultdict(int)
        for s in ss:
            if s.scope == "incident" and s.best is not None:
                p[s.outcome] = max(p[s.outcome], s.best)
        preds[r["id"]] = p
    dt = time.perf_counter() - t0
    chars = sum(len(r["text"]) for r in rows)
    print(f"{len(rows)} docs, {chars / dt / 1e6:.2f} M chars/s in process")
    for outcome in ("killed", "injured"):
        key = "gold_" + outcome
        pairs = [(r[key], preds[r["id"]][outcome], r) for r in rows]
        pos = [x for x in pairs if x[0] > 0]
        zero = [x for x in pairs if x[0] == 0]
        print(
            f"{outcome}: exact_on_positive={sum(g == y for g, y, _ in pos) / len(pos):.3f} "
            f"false_toll_on_zero={sum(y != 0 for g, y, _ in zero) / len(zero):.3f} "
            f"overall={sum(g == y for g, y, _ in pairs) / len(pairs):.3f}"
        )
        if a.show == outcome:
            wrong = [x for x in pairs if x[0] != x[1] and x[1] >= a.pred_min and (a.gold is None or x[0] == a.gold)]
            print(collections.Counter((min(g, 6), min(y, 6)) for g, y, _ in wrong).most_common(15))
            for g, y, r in wrong[a.offset : a.offset + a.n]:
                print(f"\n=== {r['id'][:8]} gold={g} pred={y} K={r['gold_killed']} I={r['gold_injured']}")
                for s in stmts[r["id"]]:
                    if s.outcome == outcome:
                        q = r["text"][max(0, s.start - 60) : s.end + 60].replace("\n", " ")
                        print(f"   {s.best} {s.scope} {s.derivation or ''} | {q}")
                print("   TEXT:", r["text"][:700].replace("\n", " | "))


if __name__ == "__main__":
    main()
