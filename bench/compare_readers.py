"""The token reader beside the regex reader on one eval set, in process, scored as score.py scores.

Usage: python bench/compare_readers.py SET [--show killed|injured] [--n 20] [--limit N]
SET is a file of ../shared/eval (gvc-dev, rand-dev, acled-kenya-dev, noaa-storm-dev). Prints each
reader's figures, then the documents that went right -> wrong (and wrong -> right counts) under the
token reader. The official figure is ../shared/eval/score.py, which runs the CLI.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import time
from datetime import date
from pathlib import Path

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document

EVAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"


def predict(rows: list[dict[str, object]], reader: str) -> tuple[dict[str, dict[str, int]], float]:
    os.environ["CASUALTY_READER"] = reader
    preds: dict[str, dict[str, int]] = {}
    t0 = time.perf_counter()
    for r in rows:
        published = date.fromisoformat(str(r["published"])) if r.get("published") else None
        p: dict[str, int] = collections.defaultdict(int)
        for s in extract_statements(Document(str(r["id"]), str(r["text"]), published)):
            if s.scope == "incident" and s.best is not None:
                p[s.outcome] = max(p[s.outcome], s.best)
        preds[str(r["id"])] = p
    return preds, time.perf_counter() - t0


def score(rows: list[dict[str, object]], preds: dict[str, dict[str, int]], outcome: str) -> str:
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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("set")
    ap.add_argument("--show", choices=["killed", "injured"])
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--only", choices=["regex", "tokens"])
    a = ap.parse_args()
    path = EVAL / f"{a.set}.jsonl"
    if not path.exists():
        sys.exit(f"{path} not found: the eval sets live in ../shared/eval")
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    if a.limit:
        rows = rows[: a.limit]
    chars = sum(len(str(r["text"])) for r in rows)
    readers = [a.only] if a.only else ["regex", "tokens"]
    preds = {}
    for reader in readers:
        preds[reader], dt = predict(rows, reader)
        print(f"{reader}: {chars / dt / 1e6:.2f} M chars/s in process")
        for outcome in ("killed", "injured"):
            print("  " + score(rows, preds[reader], outcome))
    if a.show and len(readers) == 2:
        key = "gold_" + a.show
        worse = [r for r in rows if r.get(key) is not None
                 and preds["regex"][str(r["id"])][a.show] == r[key] != preds["tokens"][str(r["id"])][a.show]]
        better = [r for r in rows if r.get(key) is not None
                  and preds["tokens"][str(r["id"])][a.show] == r[key] != preds["regex"][str(r["id"])][a.show]]
        print(f"{a.show}: right -> wrong {len(worse)}, wrong -> right {len(better)}")
        for r in worse[: a.n]:
            rid = str(r["id"])
            print(f"--- {rid} gold={r[key]} regex={preds['regex'][rid][a.show]} tokens={preds['tokens'][rid][a.show]}")
            print(str(r["text"])[:700])


if __name__ == "__main__":
    main()
