"""Plain-text tables of casualties in a sitrep (extraction/tables.py): one column per outcome.

Every table is written for this file; the places and figures are invented.
"""

from __future__ import annotations

import pytest
from gold_texts import figure

from casualty_cli.extraction import extract_statements
from casualty_cli.extraction.lexicon import lexicon_data
from casualty_cli.model import Document, Outcome

INTRO = "FLOODS: Situation Report No. 4\n\n1. The authority reported the following, by district:\n\n"

TABLES: list[tuple[str, Outcome, int]] = [
    # a total row is the table's figure (not added to the rows)
    ("   District      Deaths   Injured\n   Northgate        12       40\n   Riverside         3        9\n"
     "   TOTAL            15       49\n\n2. Roads remain closed.", "killed", 15),
    ("   District      Deaths   Injured\n   Northgate        12       40\n   Riverside         3        9\n"
     "   Total            15       49\n", "injured", 49),
    # without a total row the rows add up
    ("Locality\tKilled\tWounded\nAbadi\t21\t5\nBeira Norte\t4\t1\n\nThe figures may change.", "killed", 25),
    ("Locality\tKilled\tWounded\nAbadi\t21\t5\nBeira Norte\t4\t1\n", "injured", 6),
    # one outcome column, figures with thousands separators
    ("   Province        Fatalities\n   East             1,204\n   West               310\n", "killed", 1514),
    # a column of missing people is no death
    ("   Village     Dead   Missing\n   Kalu          7       30\n   Mora          2        5\n", "killed", 9),
    # a table of things, or of people affected, is no toll
    ("   District      Houses   Schools\n   Northgate        120       4\n   Riverside         35       1\n",
     "killed", 0),
    ("   District      Affected   Displaced\n   Northgate       4,000       900\n", "killed", 0),
    # a row with a missing cell ends the table: only the rows before it count
    ("   District      Deaths   Injured\n   Northgate        12       40\n   Riverside         -        9\n",
     "killed", 12),
    # a table on its side: a row per outcome, its head word, a wide gap and its figure
    ("   Dead         1,204\n   Missing        310\n   Injured      2,050\n\n2. Relief flights resumed.", "killed",
     1204),
    ("   Dead         1,204\n   Missing        310\n   Injured      2,050\n\n2. Relief flights resumed.", "injured",
     2050),
    ("Deaths\t37\nInjured\t112\n", "killed", 37),
    # ... a row on its own is left to the sentences, and rows of things are no toll
    ("   Houses       4,120\n   Schools         38\n", "killed", 0),
    ("   Dead         1,204\n   Houses       4,120\n", "killed", 0),
    # one space between the words is a sentence, no table
    ("Deaths and injured were counted in each district on Monday.", "killed", 0),
]


@pytest.mark.parametrize(("table", "outcome", "expected"), TABLES)
def test_a_table_gives_each_column_its_figure(table: str, outcome: Outcome, expected: int) -> None:
    assert figure(INTRO + table, outcome) == expected


def test_a_figure_a_table_on_its_side_gives_is_told_once() -> None:
    text = INTRO + "   Dead         12\n   Injured      40\n"
    told = [(s.outcome, s.best, s.derivation) for s in extract_statements(Document("t", text))]
    assert told == [("killed", 12, "the table's row of the dead"), ("injured", 40, "the table's row of the injured")]


def test_a_table_statement_says_how_its_figure_was_had() -> None:
    text = INTRO + "   District   Deaths\n   Northgate     12\n   Riverside      3\n"
    [st] = extract_statements(Document("t", text))
    assert (st.outcome, st.best, st.derivation) == ("killed", 15, "sum of the 2 rows of a table")
    assert text[st.start :].startswith("District")


@pytest.mark.parametrize(
    ("outcome", "word"),
    [(o, w) for o in ("killed", "injured", "missing") for w in lexicon_data()["tables"][o]],
)
def test_every_column_head_of_the_lexicon_heads_a_column(outcome: Outcome, word: str) -> None:
    text = INTRO + f"   Area       {word.capitalize()}\n   Upper        4\n   Lower        5\n"
    tabled = [s for s in extract_statements(Document("t", text)) if s.derivation and "table" in s.derivation]
    assert [(s.outcome, s.best) for s in tabled] == [(outcome, 9)]
