"""Stories benchmark: does the pipeline's analysis (stories, cues, events) stay linear on long reports?

    python bench/bench_stories.py [--sizes 1000,4000,16000] [--runs 3]

Builds round-ups of N sentences ("In Kunduz, 5 people were killed on Monday." ...: every sentence
opens an event; one that repeats a town and toll joins its event), extracts their statements once, and times ``pipeline.analyse`` (median of ``--runs``).
Prints the time per 1,000 sentences for each size: flat means linear. Asserts nothing about timing.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document
from casualty_cli.pipeline import analyse

_TOWNS = ("Kabul", "Herat", "Kunduz", "Helmand", "Ghazni", "Balkh", "Zabul")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,4000,16000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for n in (int(x) for x in args.sizes.split(",")):
        text = "Attacks across the region\n" + " ".join(
            f"In {_TOWNS[i % len(_TOWNS)]}, {i % 9 + 2} people were killed on Monday." for i in range(n)
        )
        doc = Document("bench", text, date(2016, 2, 16))
        statements = extract_statements(doc)
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            report = analyse(doc, statements)
            times.append(time.perf_counter() - t0)
        median = statistics.median(times)
        print(
            f"{n:>6} sentences, {len(text) / 1e6:.2f} M chars, {len(statements)} statements, "
            f"{len(report.events)} events: analyse {median:.2f} s ({1000 * median / n:.2f} s per 1,000 sentences)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
