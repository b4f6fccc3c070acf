"""Running totals, generated from lexicon.toml [cumulative]: each phrase and word, read in a sentence of our
own, makes the figure beside it ``cumulative`` (a total of several events), where the same sentence
without it is one incident's toll."""

from __future__ import annotations

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.extraction.lexicon import lexicon_data
from casualty_cli.model import Document

_CUMULATIVE = lexicon_data()["cumulative"]


def _scopes(text: str) -> list[str]:
    return [s.scope for s in extract_statements(Document("t", text)) if s.outcome == "killed"]


def test_without_a_cue_the_toll_is_one_incidents() -> None:
    assert _scopes("Eleven people were killed, police said.") == ["incident"]


@pytest.mark.parametrize("phrase", _CUMULATIVE["phrases"])
def test_every_phrase_makes_a_running_total(phrase: str) -> None:
    assert _scopes(f"Eleven people were killed {phrase} the year, police said.") == ["cumulative"]


def test_a_place_in_a_country_is_no_national_total() -> None:
    # ("in the U.S." is no phrase of the table: "a party in the U.S. city of Houston" is one place)
    text = "A party in the U.S. city of Houston ended in gunfire, leaving one person dead, police said."
    assert _scopes(text) == ["incident"]


@pytest.mark.parametrize("war", _CUMULATIVE["wars"])
def test_a_war_has_killed_is_a_running_total(war: str) -> None:
    assert _scopes(f"The {war} has killed eleven people.") == ["cumulative"]
    assert _scopes(f"Eleven people were killed in the {war}, police said.") == ["cumulative"]


@pytest.mark.parametrize("run", _CUMULATIVE["runs"])
@pytest.mark.parametrize("events", _CUMULATIVE["run_events"])
def test_a_run_of_events_is_a_running_total(run: str, events: str) -> None:
    assert _scopes(f"Eleven people were killed in a {run} of {events}, police said.") == ["cumulative"]


@pytest.mark.parametrize("label", _CUMULATIVE["other_story_labels"])
def test_a_link_to_another_story_is_no_toll_of_this_one(label: str) -> None:
    page = "Fire on Elm Street\n\nA house burned down on Monday.\n\n{}Two people were killed in a crash on Elm Street."
    assert _scopes(page.format(f"{label.capitalize()}: ")) == ["cumulative"]
    assert _scopes(page.format("")) == ["incident"]
