"""`casualty extract` on real-world inputs: bad files are one line each on stderr, the rest still read.

Extraction is replaced by a stub that returns one statement per document, so these tests check the
reading and the error handling, whatever the extraction engine finds.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import casualty_cli.extraction
from casualty_cli.cli import app
from casualty_cli.model import Document, Statement

FIXTURES = Path(__file__).parent / "fixtures" / "inputs"
runner = CliRunner()


@pytest.fixture(autouse=True)
def one_statement_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    def extract_statements(doc: Document) -> list[Statement]:
        quote = doc.text[:40]
        published = doc.published.isoformat() if doc.published else ""
        return [Statement(doc.id, "killed", 1, 1, 1, "exact", 0, len(quote), quote, headline=published)]

    monkeypatch.setattr(casualty_cli.extraction, "extract_statements", extract_statements)


def fixture(relative: str) -> str:
    return str(FIXTURES / relative)


def extracted_docs(stdout: str) -> list[str]:
    return [json.loads(line)["doc"] for line in stdout.splitlines()]


def test_bad_inputs_are_one_error_line_each_and_the_rest_is_read() -> None:
    result = runner.invoke(
        app,
        [
            "extract",
            "--json",
            fixture("tree/2016/idlib.txt"),
            fixture("missing.txt"),
            fixture("encodings/image.png"),
            fixture("jsonl/mixed.jsonl"),
            fixture("feeds/broken.xml"),
            fixture("feeds/kunduz.atom"),
        ],
    )
    assert result.exit_code == 1
    assert extracted_docs(result.stdout) == [
        fixture("tree/2016/idlib.txt"),
        "idlib-1",
        "idlib-2",
        "8",
        "urn:example:fixture-wire:kunduz-1",
        "urn:example:fixture-wire:kunduz-2",
    ]
    errors = result.stderr.splitlines()
    mixed = fixture("jsonl/mixed.jsonl")
    assert errors[:2] == [
        f"Error: {fixture('missing.txt')}: no such file or directory",
        f"Error: {fixture('encodings/image.png')}: binary file (NUL bytes), not text",
    ]
    assert [e.split(": ")[1] for e in errors[2:8]] == [f"{mixed}:{n}" for n in (3, 5, 6, 7, 8, 9)]
    assert errors[8].startswith(f"Error: {fixture('feeds/broken.xml')}: feed does not parse")
    assert len(errors) == 9
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "path",
    [
        "encodings/undecodable.txt",
        "pages/no_article.html",
        "feeds/not_a_feed.xml",
    ],
)
def test_one_bad_file_exits_non_zero_with_one_line(path: str) -> None:
    result = runner.invoke(app, ["extract", "--json", fixture(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"Error: {fixture(path)}: ")


def test_empty_input_is_not_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "empty.jsonl").write_bytes(b"\n")
    result = runner.invoke(
        app, ["extract", "--json", str(tmp_path / "empty.txt"), str(tmp_path / "empty.jsonl")]
    )
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == ""


def test_empty_stdin_is_not_an_error() -> None:
    result = runner.invoke(app, ["extract", "--json", "-"], input="")
    assert result.exit_code == 0
    assert result.stderr == ""


def test_stdin_feed_and_published_flag() -> None:
    rss = (FIXTURES / "feeds/idlib_hospital.rss").read_text(encoding="utf-8")
    result = runner.invoke(app, ["extract", "--json", "--published", "2016-03-01", "-"], input=rss)
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["doc"] for r in rows] == [f"wire-idlib-hospital-{n}" for n in (1, 2, 3)]
    assert {r["headline"] for r in rows} == {"2016-03-01"}  # the stub carries doc.published here


def test_folder_on_the_command_line() -> None:
    result = runner.invoke(app, ["extract", "--json", fixture("tree")])
    assert result.exit_code == 0, result.stderr
    assert len(extracted_docs(result.stdout)) == 4


def test_table_output_survives_an_error() -> None:
    result = runner.invoke(app, ["extract", fixture("tree/2016/idlib.txt"), fixture("missing.txt")])
    assert result.exit_code == 1
    assert "killed" in result.stdout  # the table of the file that was read
    assert result.stderr == f"Error: {fixture('missing.txt')}: no such file or directory\n"
