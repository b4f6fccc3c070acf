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
from gold_texts import figures_read, gold_params, gold_texts

#: Notes the reader still gets wrong, and why.
MISSES: dict[str, str] = {}


@pytest.mark.parametrize("path", gold_params("event_notes", MISSES))
def test_a_note_reads_as_a_coder_records_it(path: Path) -> None:
    got, gold = figures_read(path)
    assert got == gold


def test_every_note_is_there() -> None:
    assert len(gold_texts("event_notes")) == 83  # 40 of session 9, 13 of session 10, 30 of session 11 (w14_)
