"""Event notes that count the dead without a killing verb's syntax, or with an aside inside the count.

Every row is a sentence written for this file. The rules are of English syntax: an aside in
parentheses inside a counted noun phrase, the label of a note's figure ("Fatalities: ..."), and nouns
that count no deaths of their own ("casualties").
"""

from __future__ import annotations

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document


def _figure(text: str, outcome: str = "killed") -> int | None:
    """The document's figure as the scorer takes it: the largest incident best (None: none)."""
    found = [
        s.best
        for s in extract_statements(Document("t", text))
        if s.outcome == outcome and s.scope == "incident" and s.best is not None
    ]
    return max(found) if found else None


ASIDES = [
    # an aside between the count and its head: the count before it is the note's figure
    ("Five rangers (or six, by a later account) were killed in the ambush.", 5),
    ("Three border (KPR) guards were shot dead at the well.", 3),
    ("Eight farm (mostly seasonal) workers died when the bridge collapsed.", 8),
    ("Two village (Kiwanja and Baraka) elders were murdered.", 2),
    # a figure after the head, in parentheses, is still an alternative, not the count
    ("Four traders (five, said a local chief) were killed by raiders.", 4),
    # an aside too long to be one is no part of the phrase
    (
        "Nine (a figure that the county commissioner, the police and the Red Cross all said was far"
        " too low) people were killed.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "killed"), ASIDES)
def test_an_aside_inside_a_counted_noun_phrase(text: str, killed: int | None) -> None:
    assert _figure(text) == killed


def test_an_aside_with_an_outcome_word_is_no_aside() -> None:
    # "(two were killed)" tells a death of its own: the phrase before it is not read across it
    assert _figure("Six (two were killed) soldiers were wounded.", "injured") != 6
