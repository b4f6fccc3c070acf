"""Grouping benchmark: ingest real news in publication order and score the incidents against gold.

    python bench/bench_grouping.py [--data ../shared/eval/gvc-dev.jsonl] [--limit N]

Each document goes through the ingest pipeline as the store runs it: ``pipeline.analyse`` (its stories
and events, each with its signature), then ``pipeline.Grouper.decide`` (every event matched against the
incidents so far, with the store's rules: a report's own posts apart, a running total or recalled event
with nothing to match stays with the report's incident, a toll of zero makes no incident). A document
without statements (the store makes no incident of it) is grouped by ``describe`` of its text alone.
A document that tells several events is scored by its main one (the event with the most incident-scope
statements). Printed: pairwise and B-cubed precision/recall/F1 over documents against
``gold_incident``, time per report's grouping decisions, and how often an incident's current killed
figure equals ``gold_killed``.
The texts are read for scoring only; nothing from them is stored.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

from casualty_cli.extraction import extract_statements
from casualty_cli.grouping import describe, match, merge
from casualty_cli.model import Document
from casualty_cli.pipeline import Grouper, analyse

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "gvc-dev.jsonl"


def pairwise(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    def pairs(assign: dict[str, str]) -> set[tuple[str, str]]:
        groups: defaultdict[str, list[str]] = defaultdict(list)
        for doc, group in assign.items():
            groups[group].append(doc)
        return {
            (a, b)
            for members in groups.values()
            for i, a in enumerate(sorted(members))
            for b in sorted(members)[i + 1 :]
        }

    p, g = pairs(pred), pairs(gold)
    tp = len(p & g)
    precision = tp / len(p) if p else 1.0
    recall = tp / len(g) if g else 1.0
    return precision, recall, f1(precision, recall)


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    by_pred: defaultdict[str, set[str]] = defaultdict(set)
    by_gold: defaultdict[str, set[str]] = defaultdict(set)
    for doc in gold:
        by_pred[pred[doc]].add(doc)
        by_gold[gold[doc]].add(doc)
    precision = sum(len(by_pred[pred[d]] & by_gold[gold[d]]) / len(by_pred[pred[d]]) for d in gold) / len(
        gold
    )
    recall = sum(len(by_pred[pred[d]] & by_gold[gold[d]]) / len(by_gold[gold[d]]) for d in gold) / len(gold)
    return precision, recall, f1(precision, recall)


def recall_by_gap(rows: list[dict[str, str]], pred: dict[str, str]) -> str:
    """Share of gold pairs put together, by days between the two publications: where misses lie."""
    bands = ((0, 2), (3, 29), (30, 100_000))
    found = [0] * len(bands)
    total = [0] * len(bands)
    by_gold: defaultdict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_gold[row["gold_incident"]].append(row)
    for members in by_gold.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                gap = abs((date.fromisoformat(a["published"]) - date.fromisoformat(b["published"])).days)
                k = next(k for k, (lo, hi) in enumerate(bands) if lo <= gap <= hi)
                total[k] += 1
                found[k] += pred[a["id"]] == pred[b["id"]]
    labels = ("0-2", "3-29", "30+")
    return ", ".join(f"{lab} {f}/{t}" for lab, f, t in zip(labels, found, total, strict=True))


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} not found (the shared eval data is not here)", file=sys.stderr)
        return 0

    rows = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    rows.sort(key=lambda r: (r["published"], r["id"]))
    if args.limit:
        rows = rows[: args.limit]

    grouper = Grouper(())
    pred: dict[str, str] = {}
    seen: set[str] = set()
    for row in rows:  # a few articles are cited by two incidents: keep both, under distinct ids
        while row["id"] in seen:
            row["id"] += "+"
        seen.add(row["id"])
    gold: dict[str, str] = {r["id"]: r["gold_incident"] for r in rows}
    match_times: list[float] = []
    with_figures = 0
    t_start = time.perf_counter()
    for row in rows:
        doc = Document(id=row["id"], text=row["text"], published=date.fromisoformat(row["published"]))
        statements = extract_statements(doc)
        with_figures += bool(statements)
        report = analyse(doc, statements)
        events = report.events
        t0 = time.perf_counter()
        if not events:
            # The store makes no incident of a report without statements; scored here, it is grouped by
            # its text alone (describe of the document), as a reader would place it.
            sig = describe(doc, [])
            found = match(sig, grouper.index) or f"i{len(grouper.sigs)}"
            grouper.sigs[found] = merge(grouper.sigs[found], sig) if found in grouper.sigs else sig
            grouper.index.put(found, grouper.sigs[found])
            pred[doc.id] = found
            match_times.append(time.perf_counter() - t0)
            continue
        decisions = grouper.decide(report, lambda n, doc=doc: f"i{len(grouper.sigs)}:{doc.id}:{n}")
        match_times.append(time.perf_counter() - t0)
        main = max(
            range(len(events)),
            key=lambda n: (sum(statements[i].scope == "incident" for i in events[n].statements), -n),
        )
        where = {d.event: d.incident for d in decisions}
        pred[doc.id] = where.get(main) or (decisions[0].incident if decisions else f"none:{doc.id}")
        # The store counts one figure per report and incident, its highest: a report's events that join
        # one incident give it their highest killed figure, as history.report_figures does.
        touched: dict[str, list[int]] = defaultdict(list)
        for d in decisions:
            killed = events[d.event].signature.get("killed")
            if killed is not None:
                touched[d.incident].append(killed)
        for found, figures in touched.items():
            grouper.sigs[found] = {**grouper.sigs[found], "killed": max(figures)}
            grouper.index.put(found, grouper.sigs[found])
    elapsed = time.perf_counter() - t_start

    pp, pr, pf = pairwise(pred, gold)
    bp, br, bf = bcubed(pred, gold)
    match_times.sort()
    print(
        f"documents {len(rows)}, gold incidents {len(set(gold.values()))}, predicted incidents {len(grouper.sigs)}"
    )
    print(f"pairwise  P {pp:.3f}  R {pr:.3f}  F1 {pf:.3f}")
    print(f"B-cubed   P {bp:.3f}  R {br:.3f}  F1 {bf:.3f}")
    print("gold pairs found, by days between publications: " + recall_by_gap(rows, pred))
    mean_ms = 1000 * sum(match_times) / len(match_times)
    p99_ms = 1000 * match_times[int(0.99 * (len(match_times) - 1))]
    print(
        f"grouping a report: mean {mean_ms:.3f} ms, p99 {p99_ms:.3f} ms, max {1000 * match_times[-1]:.3f} ms "
        f"(per report, up to {len(grouper.sigs)} incidents); total {elapsed:.1f} s"
    )

    if with_figures:
        sigs = grouper.sigs
        latest: dict[str, dict[str, object]] = {}
        for row in rows:  # publication order: the last one seen is the latest report
            latest[row["gold_incident"]] = row
        right = sum(
            1
            for g, row in latest.items()
            if (sigs.get(pred[str(row["id"])], {}).get("killed") or 0) == row["gold_killed"]
        )
        print(
            f"killed figure right after all reports: {right / len(latest):.3f} ({right}/{len(latest)} incidents)"
        )
    else:
        print("killed figure: not scored (extraction found no statements)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
