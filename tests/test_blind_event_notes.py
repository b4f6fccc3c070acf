"""Event notes written for this file in the styles of conflict-event notes (a date, actors with their
initials, "Fatalities unknown", "coded as 10") and of terrorism-incident descriptions (past tense, "No
group claimed responsibility"), one a file under ``fixtures/event_notes``. Each opens with the figures a
careful coder would record for the note's own event: ``# killed=N injured=M`` (the largest current
figure; a range's lowest; no running totals, earlier events or claims the note contradicts; vague words
as no figure). Facts of real events, sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document, report_figure

NOTES = sorted((Path(__file__).parent / "fixtures" / "event_notes").glob("*.txt"))

#: Notes the reader still gets wrong, and why.
MISSES: dict[str, str] = {}


def _note(path: Path) -> tuple[dict[str, int], str]:
    head, text = path.read_text(encoding="utf-8").split("\n", 1)
    gold = {k: int(v) for k, v in (kv.split("=") for kv in head.removeprefix("#").split())}
    return gold, text


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(p, id=p.stem, marks=[pytest.mark.xfail(strict=True, reason=MISSES[p.stem])] if p.stem in MISSES else [])
        for p in NOTES
    ],
)
def test_a_note_reads_as_a_coder_records_it(path: Path) -> None:
    gold, text = _note(path)
    statements = extract_statements(Document(path.stem, text))
    got = {outcome: report_figure(statements, outcome) or 0 for outcome in gold}
    assert got == gold


def test_every_note_is_there() -> None:
    assert len(NOTES) == 40
