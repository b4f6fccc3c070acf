"""Killed figures in terror and conflict reporting (issue 12): event notes and incident descriptions.

Every row is a sentence written for this file. The rules are of English syntax and general lexicon
entries: the victims named by a killing verb's object or passive subject, coordination, a body found,
a verb that nearly happened, and killings recalled as the background of another event.
"""

from __future__ import annotations

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document


@pytest.fixture(autouse=True)
def _token_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASUALTY_READER", "tokens")


def _killed(text: str) -> int | None:
    """The document's killed figure as the scorer takes it: the largest incident best (None: none)."""
    found = [
        s.best
        for s in extract_statements(Document("t", text))
        if s.outcome == "killed" and s.scope == "incident" and s.best is not None
    ]
    return max(found) if found else None


KILLED = [
    # a body found is a death; "the bodies of" counts its people
    ("Villagers recovered the body of a missing shepherd from a ravine.", 1),
    ("The body of an elderly trader was found near the river on Monday.", 1),
    ("Soldiers found the bodies of three farmers in a ditch.", 3),
    # "body guards" is no "body of"
    ("Two body guards of the governor were killed in the ambush.", 2),
    # the present of "shoot dead" and "shoot and kill" (a headline's tense)
    ("Troops shoot dead a bus conductor at a checkpoint", 1),
    ("Raiders shoot and kill two herders near the border", 2),
    # "killed" as a state after "leaving": "leaving one person killed and two wounded"
    ("Rival clans fought for a day, leaving one man killed and four wounded.", 1),
    # the people's noun after a place name in a counted object
    ("Youths from one village hacked 4 Marsabit herders to death.", 4),
    # people nouns of conflict reporting
    ("A hijacker was killed when commandos stormed the plane.", 1),
    ("Five cattle rustlers were killed in a gunfight with reservists.", 5),
    ("Police killed two suspected thieves in the market.", 2),
]

NOT_KILLED = [
    # a body of water is no one
    "Divers searched a body of water near the camp.",
    # nearly killed: nobody died
    "A mob attacked and nearly killed a suspected thief before police arrived.",
    "The driver was almost killed when the truck overturned.",
    # a body found as the cause of a protest; an exhumation: an earlier death
    "Residents blocked the road after the body of a girl was found in a dam.",
    "Relatives rioted when police tried to exhume the body of a trader.",
]


@pytest.mark.parametrize(("text", "expected"), KILLED)
def test_killed(text: str, expected: int) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize("text", NOT_KILLED)
def test_no_killed_figure(text: str) -> None:
    assert _killed(text) in (None, 0)


def test_nearly_is_not_a_figure_qualifier_of_the_count() -> None:
    # "nearly" before a figure qualifies the count; right before the verb it says nobody died
    assert _killed("Nearly 20 people were killed in the raid.") == 20
    assert _killed("The blast killed almost 30 people.") == 30
