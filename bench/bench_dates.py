"""Speed of the event-date resolver on a realistic mix: every sentence of a corpus of news reports.

    python bench/bench_dates.py [CORPUS.jsonl] [--dateparser]

The corpus is JSONL with ``text`` and ``published`` (YYYY-MM-DD) per line; by default the evaluation
corpus in /work/shared/eval (read at run time, never copied). Each document is cut into sentences with a
crude splitter, as the engine does, and ``find_event_date`` and ``find_date_phrases`` are called once per
sentence with offsets into the whole text. Prints calls/second and the time for the whole corpus.
``--dateparser`` also times ``dateparser.parse`` on the month-day phrases found, for comparison.
"""

from __future__ import annotations

import json
import re
import sys
import time
from datetime import date, datetime
from pathlib import Path

from casualty_cli.extraction.dates import find_date_phrases, find_event_date

DEFAULT_CORPUS = Path("/work/shared/eval/gvc-dev.jsonl")
# Sentence ends: . ! ? or a newline, then space. Crude on purpose: the engine's splitter is similar in cost.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def load(path: Path) -> list[tuple[str, date | None, list[tuple[int, int]]]]:
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = row["text"]
        published = date.fromisoformat(row["published"]) if row.get("published") else None
        spans, at = [], 0
        for m in SENTENCE_END.finditer(text):
            if m.start() > at:
                spans.append((at, m.start()))
            at = m.end()
        if at < len(text):
            spans.append((at, len(text)))
        docs.append((text, published, spans))
    return docs


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else DEFAULT_CORPUS
    docs = load(path)
    chars = sum(len(text) for text, _, _ in docs)
    calls = sum(len(spans) for _, _, spans in docs)

    best = float("inf")
    found = resolved = 0
    for _ in range(3):  # best of three, to keep noise out
        t0 = time.perf_counter()
        found = resolved = 0
        for text, published, spans in docs:
            for s, e in spans:
                if find_event_date(text, published, s, e) is not None:
                    resolved += 1
                found += len(find_date_phrases(text, s, e))
        best = min(best, time.perf_counter() - t0)
    print(f"{path.name}: {len(docs)} docs, {chars / 1e6:.2f} M chars, {calls} sentences")
    print(f"find_event_date + find_date_phrases per sentence: {best:.3f} s for the corpus")
    print(
        f"  {calls / best:,.0f} sentences/s ({2 * calls / best:,.0f} calls/s), {chars / best / 1e6:.1f} M chars/s"
    )
    print(f"  {found} date phrases found, {resolved} sentences given an event date")

    if "--dateparser" in argv:
        import dateparser

        phrases = []
        for text, published, spans in docs[:200]:
            for s, e in spans:
                phrases += [(p, published) for _, _, p in find_date_phrases(text, s, e) if p[:1].isalpha()]
        t0 = time.perf_counter()
        for phrase, published in phrases:
            settings: dict[str, object] = {"PREFER_DATES_FROM": "past"}
            if published is not None:
                settings["RELATIVE_BASE"] = datetime.combine(published, datetime.min.time())
            dateparser.parse(phrase, languages=["en"], settings=settings)
        per_call = (time.perf_counter() - t0) / max(len(phrases), 1)
        print(f"dateparser.parse, for comparison: {per_call * 1e3:.2f} ms a call over {len(phrases)} phrases")


if __name__ == "__main__":
    main(sys.argv[1:])
