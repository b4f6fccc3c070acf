"""A statement's ``denies``: extraction judges whether its quote disputes another figure, so that the
store's readers (conflicts, ``show``) need not load the reader; statements stored before the key was
written are judged from their quote, once, when the store's index is built (and by conflicts, when
nothing judged them). Every sentence here was written for this file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from test_history import stated
from typer.testing import CliRunner

from casualty_cli.cli import app
from casualty_cli.conflicts import denies, find_conflicts
from casualty_cli.extraction import extract_statements
from casualty_cli.extraction.context import disputes
from casualty_cli.history import StoredStatement
from casualty_cli.model import Document, Statement

OLD_RECORDS = Path(__file__).parent / "fixtures" / "statements-before-denies.jsonl"

DENIALS = [
    # (text, {(outcome, best): denies} of the statements it gives)
    ("The ministry denied the toll of 40 and said 12 had died.", {("killed", 12): True}),
    ("Villagers said the real toll was 30 after the landslide.", {("killed", 30): True}),
    ("Police dismissed claims that 20 protesters were shot and said 4 were injured.", {("injured", 4): True}),
    # each sentence is judged on its own: the claim it answers disputes nothing
    (
        "Rebels said 40 fighters were killed. The ministry disputed the figure and said 12 had died.",
        {("killed", 40): False, ("killed", 12): True},
    ),
    # no denial: a "disputed" place, a plain report
    ("In the disputed border district, 5 soldiers were killed.", {("killed", 5): False}),
    ("Twelve people were killed in the blast, the ministry said.", {("killed", 12): False}),
]


@pytest.mark.parametrize(("text", "expected"), DENIALS)
def test_extraction_says_whether_a_statement_denies(text: str, expected: dict[tuple[str, int], bool]) -> None:
    found = extract_statements(Document("t", text))
    assert {(s.outcome, s.best): s.denies for s in found} == expected
    assert {(s.outcome, s.best): s.to_dict()["denies"] for s in found} == expected
    assert {(s.outcome, s.best): json.loads(s.to_json())["denies"] for s in found} == expected
    # the reader judges a sentence by its tokens, and a store an old statement by its quote: one rule
    assert {(s.outcome, s.best): disputes(s.quote) for s in found} == expected


def _old(line: str) -> StoredStatement:
    """A statement as a store written before ``denies`` keeps it (no such key in the record)."""
    record = json.loads(line)
    body = {k: v for k, v in record.items() if k not in ("id", "report")}
    assert "denies" not in body
    return StoredStatement(
        id=record["id"], report=record["report"], statement=Statement.from_dict(body),
        source=record["doc"], published=None, ingested="2023-05-03T08:00:00Z",
    )  # fmt: skip


def test_an_old_statement_without_the_key_is_judged_from_its_quote() -> None:
    claim, denial = (_old(line) for line in OLD_RECORDS.read_text(encoding="utf-8").splitlines())
    assert (claim.statement.denies, denial.statement.denies) == (None, None)  # not judged
    assert (denies(claim), denies(denial)) == (False, True)
    assert [c.outcome for c in find_conflicts([claim, denial])] == ["killed"]


@pytest.mark.parametrize("judged", [True, False])
def test_the_stored_judgement_is_what_counts(judged: bool) -> None:
    """A statement that carries ``denies`` is not judged again (the quote would say otherwise here)."""
    quote = "The ministry said 9 people were killed." if judged else "The ministry denied the figure of 14."
    e = stated("b", "2016-04-08", 9, quote=quote)
    e = replace(e, statement=replace(e.statement, denies=judged))
    assert denies(e) is judged
    claim = stated("a", "2016-04-06", 14, quote="Fourteen people were killed, activists said.")
    assert bool(find_conflicts([claim, e])) is judged


FERRY = ("Ferry capsizes on Lake Kivu\n\nGOMA - 40 passengers drowned when a ferry capsized on Lake Kivu on "
         "Tuesday, rescuers said.\n", "2023-05-02", "Lake Wire")  # fmt: skip
FERRY_DENIED = ("Ministry disputes ferry toll\n\nGOMA - The transport ministry denied the toll of 40 and said 12 "
                "passengers died when the ferry capsized on Lake Kivu on Tuesday.\n", "2023-05-03", "State Radio")  # fmt: skip


def _show(store: Path, iid: str, *options: str) -> tuple[str, bool]:
    """What ``casualty show`` prints of the incident, and whether it loaded the reader."""
    code = (
        "import sys; from casualty_cli.cli import main\n"
        f"sys.argv = ['casualty', 'show', {iid!r}, *{options!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('casualty_cli.extraction' in sys.modules)"
    )
    env = {**os.environ, "CASUALTY_STORE": str(store), "COLUMNS": "120"}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    *shown, loaded = run.stdout.rstrip("\n").split("\n")
    return "\n".join(shown), loaded == "True"


def _as_before_denies(store: Path) -> None:
    """Make the store one written before ``denies``: its statement records without the key (the
    manifest's committed length follows), and no index (the next command rebuilds it)."""
    segment = store / "statements.jsonl"
    records = [json.loads(line) for line in segment.read_text(encoding="utf-8").splitlines()]
    assert records and all("denies" in r for r in records)
    old = "".join(
        json.dumps({k: v for k, v in r.items() if k != "denies"}, ensure_ascii=False, separators=(",", ":")) + "\n"
        for r in records
    )
    segment.write_text(old, encoding="utf-8")
    manifest = json.loads((store / "store.json").read_text(encoding="utf-8"))
    manifest["segments"]["statements.jsonl"]["bytes"] = len(old.encode("utf-8"))
    (store / "store.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    for name in ("index.sqlite", "index.sqlite-wal", "index.sqlite-shm"):
        (store / name).unlink(missing_ok=True)


def test_an_old_stores_contested_incident_shows_the_same_without_the_reader(tmp_path: Path) -> None:
    """A store written before ``denies``: the index rebuilt from it records each statement's denial
    (judged from its quote, once), so ``show`` of a contested incident prints what it printed of the
    store as written today (``--json``: its records, which say nothing of ``denies``), and loads no
    reader."""
    store = tmp_path / "store"
    env = {**os.environ, "CASUALTY_STORE": str(store)}
    for n, (text, published, source) in enumerate([FERRY, FERRY_DENIED]):
        report = tmp_path / f"report-{n}.txt"
        report.write_text(text, encoding="utf-8")
        args = ["ingest", str(report), "--published", published, "--source", source]
        assert CliRunner().invoke(app, args, env=env).exit_code == 0
    [row] = json.loads(CliRunner().invoke(app, ["incidents", "--json"], env=env).stdout)
    today, _ = _show(store, row["id"])
    today_json = json.loads(_show(store, row["id"], "--json")[0])
    assert "[contested]" in today and today_json["contested"]
    for report in today_json["reports"]:
        for statement in report["statements"]:
            statement["denies"] = None  # (a record without the key reads as null)
    _as_before_denies(store)
    rebuilt, _ = _show(store, row["id"])  # (this command rebuilds the index, and judges the old statements)
    again, loaded = _show(store, row["id"])
    shown_json, loaded_json = _show(store, row["id"], "--json")
    assert rebuilt == again == today
    assert json.loads(shown_json) == today_json
    assert not loaded and not loaded_json
