"""A statement's ``denies``: extraction judges whether its quote disputes another figure, so that the
store's readers (conflicts, ``show``) need not load the reader; statements stored before the key was
written are judged from their quote, as before. Every sentence here was written for this file."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from test_history import stated

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
