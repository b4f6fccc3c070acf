"""Peak memory of `casualty extract FILE --json` on a large JSON Lines file.

JSON Lines is read one line at a time, so the peak should not grow with the file: the target is under
300 MB for a file of 100 MB or more. Prints figures; asserts nothing (timings vary by machine).

    python bench/bench_memory.py            # 120 MB of synthetic reports
    python bench/bench_memory.py --mb 500   # a bigger file
    python bench/bench_memory.py --keep     # leave the file in place and print its path
    python bench/bench_memory.py --read-only  # only read_documents, without the extraction engine
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_MB = 300

PLACES = [
    "Idlib",
    "Aleppo",
    "Kunduz",
    "Azaz",
    "Ma'arat al-Numan",
    "Hodeidah",
    "Mosul",
    "Taiz",
    "Bor",
    "Sirte",
]
SITES = ["a hospital", "a market", "a school", "a bus station", "a bakery", "a camp for displaced families"]
SOURCES = ["local medics", "the health ministry", "a UN spokesperson", "rescue workers", "a charity"]
NUMBERS = ["at least seven", "11", "25", "dozens of", "more than 40", "nine", "three", "about 60"]


def make_report(rng: random.Random, n: int) -> dict[str, str]:
    """One synthetic report of a few hundred words: varied enough that no cache makes it cheap."""
    place = rng.choice(PLACES)
    sentences = []
    for _ in range(rng.randint(8, 16)):
        sentences.append(
            f"{rng.choice(NUMBERS).capitalize()} people were killed and {rng.choice(NUMBERS)} injured when "
            f"{rng.choice(SITES)} in {place} was hit on day {rng.randint(1, 28)}, {rng.choice(SOURCES)} said."
        )
        sentences.append(
            f"The figure was reported by {rng.choice(SOURCES)} and could not be independently verified; "
            f"roads into {place} remained closed and the search through the rubble went on into the night."
        )
    return {
        "id": f"bench-{n}",
        "text": " ".join(sentences),
        "published": f"2016-02-{rng.randint(1, 28):02d}",
        "title": f"Strike in {place}",
        "source": "Bench Wire",
    }


def write_jsonl(path: Path, size_mb: int, seed: int = 2016) -> int:
    """Write reports until the file reaches ``size_mb`` MB; return how many were written."""
    rng = random.Random(seed)
    limit = size_mb * 1024 * 1024
    count = 0
    with path.open("w", encoding="utf-8") as out:
        while out.tell() < limit:
            out.write(json.dumps(make_report(rng, count), ensure_ascii=False) + "\n")
            count += 1
    return count


#: Reading alone, without extraction: tells the cost of inputs/ apart from the engine's.
READ_ONLY = """
import sys
from casualty_cli.inputs import read_documents
for _ in read_documents(sys.argv[1:]):
    pass
"""


def extract_command(path: Path) -> list[str]:
    if shutil.which("casualty"):
        return ["casualty", "extract", str(path), "--json"]
    return [sys.executable, "-m", "casualty_cli", "extract", str(path), "--json"]


def run_child(command: list[str]) -> tuple[int, float, float]:
    """Run one child process; return (exit code, seconds, its peak RSS in MB).

    ``RUSAGE_CHILDREN`` keeps the largest peak of all children so far, so the lighter run goes first.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    with open("/dev/null", "w") as devnull:
        code = subprocess.run(command, stdout=devnull, check=False).returncode
    seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    if peak_kb <= before:
        print(
            "note: an earlier child had a higher peak; the figure below is that earlier peak", file=sys.stderr
        )
    return code, seconds, peak_kb / 1024


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mb", type=int, default=120, help="size of the generated JSONL file (default 120)")
    parser.add_argument("--read-only", action="store_true", help="measure reading only, not extraction")
    parser.add_argument("--keep", action="store_true", help="keep the generated file")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="casualty-bench-"))
    path = folder / "reports.jsonl"
    try:
        started = time.perf_counter()
        count = write_jsonl(path, args.mb)
        size_mb = path.stat().st_size / (1024 * 1024)
        print(
            f"generated {count:,} reports, {size_mb:.0f} MB in {time.perf_counter() - started:.1f} s: {path}"
        )
        code, seconds, peak_mb = run_child([sys.executable, "-c", READ_ONLY, str(path)])
        print(
            f"reading only (read_documents): exit {code}, {seconds:.1f} s, {size_mb / seconds:.1f} MB/s, peak RSS {peak_mb:.0f} MB"
        )
        if args.read_only:
            return
        code, seconds, peak_mb = run_child(extract_command(path))
        verdict = "within" if peak_mb < TARGET_MB else "OVER"
        print(f"casualty extract --json: exit {code}, {seconds:.1f} s, {size_mb / seconds:.1f} MB/s")
        print(f"peak RSS {peak_mb:.0f} MB ({verdict} the {TARGET_MB} MB target)")
    finally:
        if args.keep:
            print(f"kept {path}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
