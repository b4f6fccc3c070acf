"""`extract --jobs N`: the same statements in the same order as one process, errors at their place.

The pool starts only for inputs of PARALLEL_FROM characters or more, in chunks of CHUNK_CHARS; the tests
make both small so that a few short reports go through several workers and several chunks.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from casualty_cli import extraction, parallel
from casualty_cli.cli import app
from casualty_cli.errors import CasualtyError, InputError
from casualty_cli.model import Document, Statement

runner = CliRunner()

REPORTS = [
    "Two men were shot dead outside a bar on Friday, police said. A third man was wounded.",
    "The death toll from the ferry disaster rose to 41 on Tuesday, up from 32, officials said.",
    "Nobody was hurt when the roof fell in.",
    "Flash floods swept away a family of five; three of them were found dead and two remain missing.",
    "Gunmen killed 12 villagers and wounded 20 others in a dawn raid, according to the army.",
    "A 16-year-old girl was stabbed at a bus stop and taken to hospital in stable condition.",
    "The mayor opened the new library on Saturday.",
    "At least 80 people were killed and more than 200 injured in the blast, the health ministry said.",
]


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A chunk is a report or two, and two chunks are enough to start the workers."""
    monkeypatch.setattr(parallel, "CHUNK_CHARS", 150)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 300)


def write_reports(folder: Path, copies: int = 3, bad_lines: bool = True) -> Path:
    """A JSON Lines file of the reports (``copies`` times over), with a bad line here and there."""
    path = folder / "reports.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for n in range(copies * len(REPORTS)):
            f.write(json.dumps({"id": f"r{n}", "text": REPORTS[n % len(REPORTS)], "published": "2024-03-0" + str(1 + n % 9)}) + "\n")
            if bad_lines and n % 7 == 3:
                f.write("{not json\n")
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["extract", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.usefixtures("small_chunks")
@pytest.mark.parametrize("as_json", [["--json"], []])
def test_jobs_print_what_one_process_prints(tmp_path: Path, as_json: list[str]) -> None:
    path = write_reports(tmp_path)
    one = run(str(path), *as_json, "--jobs", "1")
    assert one[0] == 1  # the bad lines
    assert one[2].count("Error:") == 3
    if as_json:
        assert len(one[1].splitlines()) > 20
    for jobs in ("2", "3"):
        assert run(str(path), *as_json, "--jobs", jobs) == one


@pytest.mark.usefixtures("small_chunks")
def test_a_folder_of_files_in_several_processes(tmp_path: Path) -> None:
    for n, text in enumerate(REPORTS * 2):
        (tmp_path / f"{n:02d}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "05b.pdf").write_bytes(b"%PDF-1.4 not a report")  # passed over, with a notice
    missing = str(tmp_path / "missing.txt")
    one = run(str(tmp_path), missing, str(tmp_path), "--json", "--jobs", "1")
    assert one[0] == 1 and one[2].count("Error:") == 1 and one[2].count("Notice:") == 2
    assert one[2].index("Notice:") < one[2].index("Error:") < one[2].rindex("Notice:")
    assert run(str(tmp_path), missing, str(tmp_path), "--json", "--jobs", "2") == one


def test_jobs_must_be_at_least_one(tmp_path: Path) -> None:
    code, _, err = run(str(write_reports(tmp_path)), "--jobs", "0")
    assert code == 2 and "--jobs" in err


def boom_on_library(doc: Document) -> list[Statement]:
    """extract_statements, failing on one report (patched in; workers inherit it when forked)."""
    if "library" in doc.text:
        raise CasualtyError(f"cannot read {doc.id}")
    return real_extract(doc)


def bug_on_library(doc: Document) -> list[Statement]:
    """extract_statements with a bug that shows on one report."""
    if "library" in doc.text:
        raise KeyError(doc.id)
    return real_extract(doc)


real_extract = extraction.extract_statements


@pytest.mark.usefixtures("small_chunks")
@pytest.mark.parametrize(
    ("extract", "message"),
    [
        (boom_on_library, "Error: r6: cannot read r6\n"),
        (bug_on_library, "Error: r6: the reader failed on this report, left out (internal error: KeyError: 'r6')\n"),
    ],
)
def test_an_error_extracting_fails_that_report_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extract: object, message: str
) -> None:
    """One line names the report; every other report is extracted, in order; the exit status says so."""
    path = write_reports(tmp_path, bad_lines=False)
    whole = run(str(path), "--json", "--jobs", "1")
    monkeypatch.setattr(extraction, "extract_statements", extract)
    one = run(str(path), "--json", "--jobs", "1")
    assert one[0] == 1
    errors = one[2].splitlines(keepends=True)
    assert errors[0] == message  # (every report on a library fails, each with its line)
    failed = {line.split(": ")[1] for line in errors}
    assert "r6" in failed and "r7" not in failed
    assert one[1].splitlines() == [line for line in whole[1].splitlines() if json.loads(line)["doc"] not in failed]
    assert run(str(path), "--json", "--jobs", "2") == one


def test_casualty_debug_raises_the_readers_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extraction, "extract_statements", bug_on_library)
    monkeypatch.setenv("CASUALTY_DEBUG", "1")
    docs = [Document(id="r1", text="A man was killed."), Document(id="r6", text="A library was hit.")]
    with pytest.raises(KeyError):
        list(parallel.extract_each(iter(docs), parallel.as_they_are, jobs=1))


def die_in_a_worker(doc: Document) -> list[Statement]:
    if os.getpid() != PARENT:
        os._exit(3)  # killed, as by the out-of-memory killer
    return real_extract(doc)


PARENT = os.getpid()


@pytest.mark.usefixtures("small_chunks")
def test_a_worker_that_dies_is_one_error_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extraction, "extract_statements", die_in_a_worker)
    code, _, err = run(str(write_reports(tmp_path, bad_lines=False)), "--json", "--jobs", "2")
    assert code == 1
    assert err.startswith("Error: a worker process stopped") and err.count("\n") == 1


def counting(items: list[Document | InputError], pulled: list[int]) -> Iterator[Document | InputError]:
    for item in items:
        pulled[0] += 1
        yield item


@pytest.mark.usefixtures("small_chunks")
def test_a_long_input_is_read_as_it_is_extracted() -> None:
    """Only a few chunks a worker are read ahead: a large stream is never held at once."""
    docs: list[Document | InputError] = [Document(id=str(n), text=REPORTS[n % len(REPORTS)]) for n in range(400)]
    docs[17] = InputError("bad.jsonl", "not JSON", line=18)
    pulled = [0]
    results = parallel.extract_each(counting(docs, pulled), parallel.json_lines, jobs=2)
    first = next(results)
    # the head read to decide (300 characters: a few reports), then jobs * IN_FLIGHT chunks of 150
    assert pulled[0] <= 4 + 2 * parallel.IN_FLIGHT * 2 + 2
    rest = list(results)
    expected = [item if isinstance(item, InputError) else parallel.json_lines(real_extract(item)) for item in docs]
    assert [first, *rest] == expected


def test_a_small_input_starts_no_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("workers were started")

    monkeypatch.setattr(parallel, "_in_workers", no_pool)
    docs = [Document(id=str(n), text=text) for n, text in enumerate(REPORTS)]
    found = list(parallel.extract_each(iter(docs), parallel.as_they_are, jobs=8))
    assert found == [real_extract(d) for d in docs]
    assert sum(map(len, found)) >= 8


def test_default_jobs_is_the_cores_this_process_may_use() -> None:
    jobs = parallel.default_jobs()
    assert jobs >= 1
    if hasattr(os, "sched_getaffinity"):
        assert jobs == len(os.sched_getaffinity(0))
