"""The context of a statement's sentence (context.py): tests generated from the ``[context]`` tables of
the lexicon, every entry read in a sentence of its own, then table-driven rows through the reader.

Sentences are our own words.
"""

from __future__ import annotations

import tomllib
from importlib.resources import files
from typing import Any

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.extraction.context import attribution, denial, denied_spans, hedge, revision, zeros
from casualty_cli.extraction.tokens import tokenize
from casualty_cli.model import Document

TABLES: dict[str, Any] = tomllib.loads(
    files("casualty_cli.extraction").joinpath("lexicon.toml").read_text(encoding="utf-8")
)["context"]


def _read(fn: Any, text: str) -> Any:
    return fn(text, tokenize(text))


def _source(text: str) -> str | None:
    """Who the sentence says gave its first figure."""
    found = attribution(text, tokenize(text))
    return None if found is None else found.at(0)


# --- every entry of every table ------------------------------------------------------------------


@pytest.mark.parametrize("words", TABLES["hedges"])
def test_every_hedge_is_read_as_written(words: str) -> None:
    text = f"Five villagers {words.capitalize()} in the landslide."
    assert _read(hedge, text) == words.capitalize()


@pytest.mark.parametrize("words", TABLES["revision_up"])
def test_every_word_of_a_rise_says_up(words: str) -> None:
    cue = _read(revision, f"The toll {words} 19 on Sunday.")
    assert cue is not None and cue.direction == "up"


@pytest.mark.parametrize("words", TABLES["revision_down"])
def test_every_word_of_a_fall_says_down(words: str) -> None:
    cue = _read(revision, f"The toll {words} 19 on Sunday.")
    assert cue is not None and cue.direction == "down"


@pytest.mark.parametrize("words", TABLES["revision_either"])
@pytest.mark.parametrize(("way", "direction"), [("down ", "down"), ("up ", "up"), ("", None)])
def test_every_revising_word_takes_its_direction_from_the_words_after_it(words: str, way: str, direction: str | None) -> None:
    cue = _read(revision, f"Officials {words} the death toll {way}to 19.")
    assert cue is not None and cue.direction == direction


@pytest.mark.parametrize("verb", TABLES["revision_of_toll"])
@pytest.mark.parametrize("noun", TABLES["toll_nouns"])
def test_a_verb_of_a_toll_revises_only_with_a_toll_noun(verb: str, noun: str) -> None:
    cue = _read(revision, f"Rescuers {verb} the official {noun} to 40.")
    assert cue is not None and cue.direction == "up"
    assert _read(revision, f"Rescuers {verb} concerns after 40 people were trapped.") is None


@pytest.mark.parametrize("words", TABLES["previous"])
def test_every_previous_phrase_gives_the_previous_figure(words: str) -> None:
    text = f"The toll climbed to 30, {words} 21."
    cue = _read(revision, text)
    assert cue is not None and cue.previous == 21 and cue.previous_at == text.index("21")


@pytest.mark.parametrize("verb", TABLES["reporting"])
def test_every_reporting_verb_names_the_source_before_it(verb: str) -> None:
    assert _source(f"Nine people were killed, the Interior Ministry {verb}.") == "the Interior Ministry"


@pytest.mark.parametrize("verb", [v for v in TABLES["reporting"] if v not in TABLES["reporting_before"]])
def test_a_reporting_verb_names_the_source_after_it(verb: str) -> None:
    assert _source(f"Nine people were killed, {verb} the Interior Ministry.") == "the Interior Ministry"


@pytest.mark.parametrize("verb", TABLES["reporting_before"])
def test_a_listener_is_no_source(verb: str) -> None:
    assert _source(f"Nine people were killed, he {verb} Reuters.") is None


@pytest.mark.parametrize("words", TABLES["reporting_after"])
def test_every_according_to_names_the_source_after_it(words: str) -> None:
    assert _source(f"Nine people were killed, {words} Doctors Without Borders (MSF).") == (
        "Doctors Without Borders (MSF)"
    )


@pytest.mark.parametrize("noun", TABLES["sources"])
def test_every_source_noun_is_a_source(noun: str) -> None:
    assert _source(f"Two miners died, {noun} said.") == noun
    assert _source(f"Two miners died, according to local {noun}.") == f"local {noun}"
    assert _source(f"A boy is expected to recover after {noun} said he was shot.") == noun


@pytest.mark.parametrize("word", TABLES["source_modifiers"])
def test_a_source_modifier_belongs_to_the_source(word: str) -> None:
    assert _source(f"Two miners died, {word} officials said.") == f"{word} officials"
    assert _source(f"Two miners died, according to {word} officials.") == f"{word} officials"
    assert _source(f"Two miners died, {word} after police said.") == "police"
    # before a source noun that itself stands before a name
    assert _source(f"Two miners died, {word} agency Bernama said.") == f"{word} agency Bernama"


@pytest.mark.parametrize("word", TABLES["not_sources"])
def test_no_word_of_the_not_sources_is_a_source(word: str) -> None:
    assert _source(f"Two miners died. {word.capitalize()} said so.") is None


@pytest.mark.parametrize("word", TABLES["between_source_and_verb"])
def test_words_between_a_source_and_its_verb_are_skipped(word: str) -> None:
    assert _source(f"Two miners died, police {word} said.") == "police"


@pytest.mark.parametrize("verb", TABLES["denials"])
def test_every_denial_sets_the_other_sides_figure_apart(verb: str) -> None:
    text = f"The army said 3 soldiers died, {verb} the rebels' figure of 25."
    assert _read(denial, text) == verb
    [(lo, hi)] = _read(denied_spans, text)
    assert lo <= text.index("25") < hi
    assert hi <= text.index(".", text.index("25"))


@pytest.mark.parametrize("noun", TABLES["denied_objects"])
def test_a_denial_sets_apart_only_a_named_figure(noun: str) -> None:
    text = f"The army said 3 soldiers died, denying the {noun} 25 died."
    [(lo, hi)] = _read(denied_spans, text)
    assert lo <= text.index("25") < hi
    assert _read(denied_spans, "In the disputed district 5 soldiers were killed.") == []
    assert _read(denial, "In the disputed district 5 soldiers were killed.") is None


@pytest.mark.parametrize("words", TABLES["real_tolls"])
def test_every_real_toll_is_a_denial_of_the_speakers_own(words: str) -> None:
    text = f"Residents said the {words} was 40."
    assert _read(denial, text) == words
    assert _read(denied_spans, text) == []


@pytest.mark.parametrize("entry", TABLES["zeros"], ids=lambda e: e["words"])
def test_every_zero_phrase_says_nobody_for_its_outcomes(entry: dict[str, Any]) -> None:
    text = f"The storm passed with {entry['words']} in the valley."
    assert [o for o, _, _ in _read(zeros, text)] == entry["outcomes"]
    for negator in TABLES["zero_negators"]:
        assert _read(zeros, f"The storm passed, {negator} {entry['words']}.") == []


# --- through the reader ---------------------------------------------------------------------------

#: (text, what the statements say: (outcome, best, revision, hedge, attribution) each)
ROWS: list[tuple[str, list[tuple[str, int, tuple[str, int | None] | None, str | None, str | None]]]] = [
    # revisions
    ("Officials revised the death toll down to 19 on Saturday.", [("killed", 19, ("down", None), None, None)]),
    ("Police corrected the toll to 12, after earlier saying 14 people had died.", [("killed", 12, ("down", 14), None, None)]),
    ("Rescuers raised the number of dead to 40 on Tuesday.", [("killed", 40, ("up", None), None, None)]),
    ("The toll climbed to 30, up from 21.", [("killed", 30, ("up", 21), None, None)]),
    ("Officials lowered the death toll to 8 on Friday.", [("killed", 8, ("down", None), None, None)]),
    ("The governor raised concerns after 3 people were killed.", [("killed", 3, None, None, None)]),
    # denials: the other side's figure is never the speaker's claim
    ("The ministry said 9 people were killed, disputing MSF's claim that 25 people died.",
     [("killed", 9, None, None, "The ministry")]),
    ("In disputed Kashmir, 5 soldiers were killed.", [("killed", 5, None, None, None)]),
    # attribution
    ("Seven people were killed, according to the Health Ministry.", [("killed", 7, None, None, "the Health Ministry")]),
    ("Four people were hurt, hospital officials said.", [("injured", 4, None, None, "hospital officials")]),
    ("Two fishermen drowned, said Kenya Red Cross.", [("killed", 2, None, None, "Kenya Red Cross")]),
    ("He said 4 people were killed.", [("killed", 4, None, None, None)]),
    ("Five people died, according to the Mombasa County Coroner's office.",
     [("killed", 5, None, None, "the Mombasa County Coroner's office")]),
    ("The Somali news agency said 12 soldiers were killed.", [("killed", 12, None, None, "The Somali news agency")]),
    ("One man was killed, the Lamu County Sheriff's Office confirmed.",
     [("killed", 1, None, None, "the Lamu County Sheriff's Office")]),
    ("Two men were injured, according to Garissa County’s police commander.",
     [("injured", 2, None, None, "Garissa County’s police commander")]),
    ("Five people were killed, he told Reuters.", [("killed", 5, None, None, None)]),
    ("Unconfirmed reports said 20 villagers died.", [("killed", 20, None, "Unconfirmed", None)]),
    # hedges
    ("Two soldiers were reportedly killed.", [("killed", 2, None, "reportedly", None)]),
    ("Three guards were killed and the toll could climb.", [("killed", 3, None, "could climb", None)]),
    ("Three guards were killed in the attack.", [("killed", 3, None, None, None)]),
    # zero: a statement of 0 for each outcome named, none where a figure is given or "not" comes first
    ("There were no casualties when the dam gave way.", [("killed", 0, None, None, None), ("injured", 0, None, None, None)]),
    ("The hostage siege ended without loss of life.", [("killed", 0, None, None, None)]),
    ("There were no injuries, but 2 hikers died.", [("injured", 0, None, None, None), ("killed", 2, None, None, None)]),
    ("The assault on the town was not without casualties.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_context_through_the_reader(text: str, expected: list[tuple[Any, ...]]) -> None:
    got = [
        (s.outcome, s.best, None if s.revision is None else (s.revision.direction, s.revision.previous), s.hedge, s.attribution)
        for s in extract_statements(Document(id="t", text=text))
    ]
    assert got == expected
