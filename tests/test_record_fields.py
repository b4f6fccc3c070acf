"""Casualty database records: fields set apart by bars, labelled figures ("Killed: 292-324", "Civilians
reported killed: 38-57", "Deaths side A: 7") and a database's estimates ("Low estimate 12, high estimate 19,
best estimate 15"). Records of our own, in the manner of IBC, Airwars and UCDP rows (docs/reading-rules.md,
"Casualty database records").
"""

from __future__ import annotations

import pytest
from gold_texts import figure

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document

# A bar with a space on each side parts a record's fields: each opens a clause, as a sentence does.
FIELDS: list[tuple[str, str, int]] = [
    ("k1021 | 4 May 2005 | Mosul: east bank | 3-4 killed by a car bomb near a checkpoint; 9 wounded.", "killed", 3),
    ("k1021 | 4 May 2005 | Mosul: east bank | 3-4 killed by a car bomb near a checkpoint; 9 wounded.", "injured", 9),
    ("d880 | 9 Jan 2007 | Hilla | Suicide bomber at a wedding | Killed: 41-46 | Injured: 70+ | Police said.",
     "killed", 41),
    ("d880 | 9 Jan 2007 | Hilla | Suicide bomber at a wedding | Killed: 41-46 | Injured: 70+ | Police said.",
     "injured", 70),
    # no bar with spaces, no field: "3|4" and a bar glued to words part nothing
    ("Gunmen killed 2 guards|3 others fled.", "killed", 2),
    ("The market | a place of trade for 40 years | was hit, and no one was hurt.", "killed", 0),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), FIELDS)
def test_a_bar_parts_a_records_fields(text: str, outcome: str, expected: int) -> None:
    assert figure(text, outcome) == expected


# A field's label: the outcome word opening a field, after up to three words of the label, and its colon.
LABELS: list[tuple[str, str, int]] = [
    ("A drone struck a house. Civilians reported killed: 11-19. Civilians reported injured: at least 6.", "killed", 11),
    ("A drone struck a house. Civilians reported killed: 11-19. Civilians reported injured: at least 6.", "injured", 6),
    ("Shelling hit a school. Civilians reported killed: 9-14, including 4 children.", "killed", 9),
    ("Total killed: 8. Total injured: 12.", "injured", 12),
    ("Fighting near the dam. Deaths side A: 4.", "killed", 4),
    # a word of syntax before the outcome word: no label ("of those killed"), the figure is read as before
    ("Police named one of those killed: a 40-year-old teacher.", "killed", 1),
    # a label's figure of people after the first is a part of it, not a second figure of the label
    ("Killed: 5, including 2 soldiers.", "killed", 5),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), LABELS)
def test_a_fields_label_takes_its_figure(text: str, outcome: str, expected: int) -> None:
    assert figure(text, outcome) == expected


def test_a_figure_with_a_plus_is_at_least_the_figure() -> None:
    [st] = extract_statements(Document("t", "Injured: 200+."))
    assert (st.best, st.low, st.high, st.qualifier) == (200, 200, None, "at least")


# A database's estimates: one figure of the sentence, the best labelled best, else the low; the range low-high.
ESTIMATES: list[tuple[str, tuple[int | None, int | None, int | None, str] | None]] = [
    ("Low estimate 12, high estimate 19, best estimate 15.", (15, 12, 19, "range")),
    ("Best estimate: 7; low estimate 7; high estimate 9.", (7, 7, 9, "range")),
    ("Low estimate 30, high estimate 44.", (30, 30, 44, "range")),
    ("Best estimate 29.", (29, 29, 29, "exact")),
    ("High estimate 40.", (40, None, 40, "up to")),
    # no field of its own: a best estimate of things, a year, "estimate" heading no toll
    ("The best estimate is 2,000 people displaced.", None),
    ("Their best estimate of 300 homes lost was cut.", None),
    ("Best estimate 2019.", None),
]


@pytest.mark.parametrize(("text", "expected"), ESTIMATES)
def test_a_databases_estimates_are_one_figure(
    text: str, expected: tuple[int | None, int | None, int | None, str] | None
) -> None:
    killed = [(s.best, s.low, s.high, s.qualifier) for s in extract_statements(Document("t", text))
              if s.outcome == "killed"]
    assert killed == ([expected] if expected else [])


def test_a_low_estimate_still_heads_a_toll() -> None:
    assert figure("The low estimate was 3 dead.", "killed") == 3


# A record's fields of the dead by party add up; fields that name no party, or the same one, do not.
PARTY_FIELDS: list[tuple[str, int]] = [
    ("Clash at a river crossing. Deaths side A: 3; deaths side B: 12; civilian deaths: 4.", 19),
    ("Army post attacked. Army dead: 6; militant dead: 9.", 15),
    ("Deaths side A: 3; deaths side A: 5.", 5),  # the same party told twice
    ("Killed: 8; reported killed: 8-10.", 8),  # no party: the same dead twice
]


@pytest.mark.parametrize(("text", "killed"), PARTY_FIELDS)
def test_fields_of_each_partys_dead_add_up(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


# A record's labelled field is its own figure: a named source's figure of that outcome in its prose is a claim.
SOURCES_BESIDE_FIELDS: list[tuple[str, str, int]] = [
    ("A drone hit a car. CENTCOM said the strike killed 6 fighters. Civilians reported killed: 3.", "killed", 3),
    ("Shells hit a market. The army said 40 people were hurt. Injured: 12-15.", "injured", 12),
    # no named source, or another outcome's field: the prose figure stands
    ("A drone hit a car, killing 6 people. Civilians reported killed: 3.", "killed", 6),
    ("CENTCOM said the strike killed 6 fighters. Civilians reported injured: 3.", "killed", 6),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), SOURCES_BESIDE_FIELDS)
def test_a_named_sources_figure_yields_to_a_records_field(text: str, outcome: str, expected: int) -> None:
    assert figure(text, outcome) == expected
