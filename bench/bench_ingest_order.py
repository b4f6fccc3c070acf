"""Does grouping depend on the order reports come in? Ingest one set in several orders and score each.

    python bench/bench_ingest_order.py [--data tests/fixtures/war_grouping2.jsonl] [--batch N] [--orders K]

The set (JSON Lines with ``id``, ``published`` and ``gold`` or ``gold_incident``, the event each report
was written about: ``--data ../shared/eval/gvc-dev.jsonl`` is one) is ingested with ``casualty ingest`` into a fresh store once per order: the file's, oldest first,
newest first (a feed's), and two shuffles (fixed seeds). Each store is scored pairwise over reports,
as docs/performance-history.md scores the blind sets: two reports are together when they share an
incident (a report filed under several incidents is with each). Printed per order: pairwise
precision, recall (gold pairs found), F1 and the number of incidents. ``--batch`` is ``ingest
--batch``: grouping is independent of the order only within a batch. ``--orders K`` scores the first K
orders only. The texts are read for scoring only; nothing from them is stored.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
from collections.abc import Iterable
from pathlib import Path

from typer.testing import CliRunner

from casualty_cli.cli import app

DEFAULT_DATA = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "war_grouping2.jsonl"


def filed(rows: list[dict[str, str]], batch: int) -> dict[str, set[str]]:
    """Each report's id and the incidents a fresh store filed it under, ``rows`` ingested in their order."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "in.jsonl"
        data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        env = {**os.environ, "CASUALTY_STORE": str(Path(tmp) / "store")}
        runner = CliRunner()
        done = runner.invoke(app, ["ingest", str(data), "--batch", str(batch), "--jobs", "1"], env=env)
        assert done.exit_code == 0, done.output
        out: dict[str, set[str]] = {}
        for row in json.loads(runner.invoke(app, ["incidents", "--json"], env=env).stdout):
            for r in row["reports"]:
                out.setdefault(str(r["doc"]), set()).add(str(row["id"]))
    return out


def pairs(groups: Iterable[Iterable[str]]) -> set[tuple[str, str]]:
    return {(a, b) for g in groups for a in sorted(set(g)) for b in sorted(set(g)) if a < b}


def events(rows: list[dict[str, str]]) -> list[list[str]]:
    """The reports of each gold event."""
    gold: dict[str, list[str]] = {}
    for r in rows:
        gold.setdefault(r.get("gold") or r["gold_incident"], []).append(r["id"])
    return list(gold.values())


def score(rows: list[dict[str, str]], got: dict[str, set[str]]) -> tuple[float, float, float, int, int]:
    """Pairwise precision, recall and F1, gold pairs found, and incidents."""
    by_incident: dict[str, list[str]] = {}
    for doc, incidents in got.items():
        for iid in incidents:
            by_incident.setdefault(iid, []).append(doc)
    want, have = pairs(events(rows)), pairs(by_incident.values())
    tp = len(want & have)
    p = tp / len(have) if have else 1.0
    r = tp / len(want) if want else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp, len(by_incident)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--orders", type=int, default=5)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    # An article cited by two events is two rows of one text: ingest keeps the copy it reads first, and
    # which that is would depend on the order. The first in the file is scored, in every order.
    kept: dict[str, dict[str, str]] = {}
    for row in rows:
        kept.setdefault(row["text"], row)
    rows = list(kept.values())
    oldest = sorted(rows, key=lambda r: r["published"])
    orders = {
        "file order": rows,
        "oldest first": oldest,
        "newest first": oldest[::-1],
        "shuffled (seed 1)": random.Random(1).sample(rows, len(rows)),
        "shuffled (seed 2)": random.Random(2).sample(rows, len(rows)),
    }
    gold_pairs = len(pairs(events(rows)))
    print(f"{args.data.name}: {len(rows)} reports, {gold_pairs} gold pairs, ingest --batch {args.batch}")
    for name, order in list(orders.items())[: args.orders]:
        p, r, f, tp, incidents = score(rows, filed(order, args.batch))
        print(f"  {name:<18} P {p:.3f}  R {r:.3f} ({tp} of {gold_pairs})  F1 {f:.3f}  {incidents} incidents")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
