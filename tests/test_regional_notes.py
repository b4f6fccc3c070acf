"""Event notes and war reporting from many regions: the forms that notes of the Sahel, the Great
Lakes, the Horn, the Middle East, South Asia and the Americas share.

Every row is a sentence written for this file (facts and figures of real events, in words of our own).
Each table is one rule of general English syntax or one group of lexicon entries; a figure of ``None``
is a sentence that gives no killed figure.
"""

from __future__ import annotations

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document, report_figure


def _figure(text: str, outcome: str = "killed") -> int | None:
    """The document's figure as the scorer takes it: the largest incident best (None: none)."""
    return report_figure(extract_statements(Document("t", text)), outcome)


NAMES_WITH_DIGITS = [
    # letters and digits in one word name a group or a weapon, never a count
    ("Five M23 fighters and 2 FARDC soldiers were killed near Kitshanga.", 7),
    ("An M23 rebel was killed in the shelling of Sake.", 1),
    ("A G5 Sahel patrol was ambushed near Boulkessi; 4 soldiers were killed.", 4),
    ("Gunmen armed with AK47 rifles attacked a bus, killing 9 passengers.", 9),
    ("The F16 jets struck a depot in Raqqa.", None),
]


@pytest.mark.parametrize(("text", "killed"), NAMES_WITH_DIGITS)
def test_a_name_with_digits_is_no_count(text: str, killed: int | None) -> None:
    assert _figure(text) == killed
