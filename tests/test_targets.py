"""What was hit, read from a sentence by the word table cues.TARGET_WORDS."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from casualty_cli.cues import TARGET_WORDS, targets

ROWS = [(kind, words) for kind, rows in TARGET_WORDS.items() for words in rows]


@pytest.mark.parametrize(("kind", "words"), ROWS)
@pytest.mark.parametrize("case", [str.lower, str.title, str.upper])
def test_every_row_of_the_table_names_its_target(kind: str, words: str, case: Callable[[str], str]) -> None:
    assert targets(f"Gunmen opened fire near the {case(words)} late on Friday.") == [kind]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a phrase's words stand one space (or one line break) apart
        ("A blast tore through the gas station on the corner.", ["store"]),
        ("A blast tore through the gas\nstation on the corner.", ["store"]),
        ("Shopping  center staff fled.", []),
        # a table word inside a longer word is no target
        ("Soldiers left the barracks before the parking lot was shelled.", []),
        ("He finished his homework.", []),
        # where the wounded were taken, and a hospital that only speaks, are no target
        ("Three people were shot and taken to a nearby hospital.", []),
        ("Hospital officials said four had died.", []),
        ("The toll climbed as wounded passengers die in hospital.", []),
        ("Twelve of the wounded remained in hospital on Sunday.", []),
        ("Hospitals in Goma said they were treating 200 people for war wounds.", []),
        ("A hospital in Saada had received about 200 wounded people.", []),
        ("The doctor at Finote Selam hospital said most of the dead were young men.", []),
        ("A missile struck the railway station as families waited.", ["station"]),
        ("The strike hit a hospital in the north of the city.", ["hospital"]),
        ("An air strike destroyed the medical centre, doctors said.", ["hospital"]),
        # the most named first, then the first named; four at most
        ("Shots at a bar, then at a school and at another school.", ["school", "bar"]),
        (
            "A bus, a train, a mosque, a church, a market and a park were hit.",
            ["bus", "mosque", "church", "market"],
        ),
        ("", []),
    ],
)
def test_targets(sentence: str, expected: list[str]) -> None:
    assert targets(sentence) == expected
