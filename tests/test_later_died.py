"""The wounded who later died, one rule (patterns.py, its words lexicon.toml [identity] hurt_nouns, later,
died_later, died_of_wounds, wounds, parts, fatally): every word of it read in a sentence, in each place
that reads it. Sentences are our own.

A part of the wounded told dead after their count is taken off them where it stands ("wounded 14, three
of whom later died": 3 dead, 11 injured); people told dead "of the wounded" in a later sentence move from
the injured to the dead ("killing seven and wounding 11. Two of the wounded later died": 9 and 9); and
people in care in a clause that goes on to tell a death may be the dead ("five were hospitalized and two
died": 2 and 3, where "two were killed" are others: 2 and 5).
"""

from __future__ import annotations

from datetime import date

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.extraction.lexicon import lexicon
from casualty_cli.model import Document, report_figure

_IDENTITY = lexicon().identity


def _with_misses(words: frozenset[str], misses: dict[str, str]) -> list[object]:
    """The words in order, those of ``misses`` as strict xfails with their reason (known misses)."""
    return [
        pytest.param(w, marks=pytest.mark.xfail(strict=True, reason=misses[w])) if w in misses else w
        for w in sorted(words)
    ]


def figures(text: str) -> tuple[int, int]:
    """The report's killed and injured figures as the scorer reads them."""
    statements = extract_statements(Document("t", f"Attack\n\n{text}", date(2016, 5, 2)))
    return report_figure(statements, "killed") or 0, report_figure(statements, "injured") or 0


# Each verb of [identity] died_later, in a sentence of its own (a test fails when a verb is added without one).
DIED_LATER = {
    "died": ("The shelling wounded 14 people, three of whom later died.", (3, 11)),
    "dies": ("The shelling wounded 14 people, one of whom dies.", (1, 13)),
    "succumbed": ("The shelling wounded 14 people, three of whom later succumbed.", (3, 11)),
    # the historical present of event notes ("Two soldiers are killed and 11 are injured. Three of the
    # injured die the next day")
    "die": ("Two soldiers are killed and 11 are injured. Three of the injured die the next day.", (5, 8)),
    "succumb": ("Rebels ambush a convoy, killing four guards and injuring nine. Two of the wounded succumb.", (6, 7)),
    "passed away": ("The shelling wounded 14 people, three of whom have since passed away.", (3, 11)),
    "perished": ("The shelling wounded 14 people, three of whom later perished.", (3, 11)),
    "pronounced dead": (
        "A bomber struck a minibus, killing seven people and wounding 11. Two of the wounded were later "
        "pronounced dead.",
        (9, 9),
    ),
}


def test_every_verb_of_dying_later_has_a_sentence() -> None:
    assert set(DIED_LATER) == _IDENTITY["died_later"]


@pytest.mark.parametrize("verb", sorted(DIED_LATER))
def test_a_verb_of_dying_later_takes_the_dead_off_the_wounded(verb: str) -> None:
    text, expected = DIED_LATER[verb]
    assert figures(text) == expected


@pytest.mark.parametrize("verb", sorted(_IDENTITY["died_later"]))
def test_people_in_care_told_to_die_in_their_clause_may_be_the_dead(verb: str) -> None:
    # (statements.set_cared_for_apart: "killed" tells others than those in care, a verb of dying does not)
    told = "Five people were hospitalized and two were killed."
    assert figures(told) == (2, 5)
    dies = "one person dies" if verb == "dies" else f"two {'were ' if verb == 'pronounced dead' else ''}{verb}"
    dead = 1 if verb == "dies" else 2
    assert figures(told.replace("two were killed", dies)) == (dead, 5 - dead)


@pytest.mark.parametrize("noun", sorted(_IDENTITY["hurt_nouns"]))
def test_the_dead_of_the_hurt_told_after_them(noun: str) -> None:
    text = f"A bomber struck a minibus, killing seven people and wounding 11. Two of the {noun} later died."
    assert figures(text) == (9, 9)


@pytest.mark.parametrize("noun", sorted(_IDENTITY["hurt_nouns"]))
def test_a_part_of_the_hurt_in_care_is_injured(noun: str) -> None:
    # "Nineteen of the wounded were in critical condition": injured people, none of them dead
    text = f"A car bomb killed 12 people and wounded 40. Nineteen of the {noun} were in critical condition."
    assert figures(text) == (12, 40)


@pytest.mark.parametrize(
    "adverb",
    _with_misses(_IDENTITY["later"], {"afterwards": "the token reader reads no count before 'afterwards died' "
                                                    "([adverbs] lacks it; main as well)"}),
)
def test_an_adverb_of_the_time_after_before_the_verb(adverb: str) -> None:
    assert figures(f"The shelling wounded 14 people, three of whom {adverb} died.") == (3, 11)


@pytest.mark.parametrize("adverb", sorted(_IDENTITY["later"]))
def test_an_adverb_of_the_time_after_of_the_hurt(adverb: str) -> None:
    text = f"A bomber struck a minibus, killing seven people and wounding 11. Two of the wounded {adverb} died."
    assert figures(text) == (9, 9)


@pytest.mark.parametrize("have", sorted(lexicon().have))
def test_a_have_before_the_verb(have: str) -> None:
    assert figures(f"The shelling wounded 14 people, one of whom {have} since died.") == (1, 13)


@pytest.mark.parametrize("part", sorted(_IDENTITY["parts"]))
def test_a_part_told_by_its_pronoun(part: str) -> None:
    assert figures(f"The shelling wounded 14 people, three of {part} later died.") == (3, 11)
    # and the three add to the dead of their own sentence
    assert figures(f"Gunmen killed two guards and wounded six people, one of {part} later died.") == (3, 5)


@pytest.mark.parametrize(
    "adverb",
    _with_misses(_IDENTITY["fatally"], {"critically and fatally": "the reader reads no death in 'two critically "
                                                                  "and fatally' (main as well)"}),
)
def test_an_adverb_of_a_fatal_part(adverb: str) -> None:
    assert figures(f"Seven people were wounded, two {adverb}.") == (2, 5)
    assert figures(f"Gunmen wounded seven people, two {adverb}.") == (2, 5)


@pytest.mark.parametrize("verb", sorted(_IDENTITY["died_of_wounds"]))
def test_a_bare_count_told_to_die_of_its_wounds_alone(verb: str) -> None:
    assert figures(f"Three soldiers were wounded; one {verb} to his injuries the next day.") == (1, 2)


@pytest.mark.parametrize("wounds", sorted(_IDENTITY["wounds"]))
def test_a_bare_count_that_died_of_its_wounds(wounds: str) -> None:
    assert figures(f"Three soldiers were wounded; one later died of {wounds}.") == (1, 2)
    assert figures(f"Three soldiers were wounded; one later died from {wounds}.") == (1, 2)


def test_a_bare_count_that_died_may_be_anyones() -> None:
    assert figures("Three soldiers were wounded; one later died.") == (1, 3)


@pytest.mark.parametrize("modal", ["could", "may", "might"])
def test_the_hurt_who_may_die_are_not_dead(modal: str) -> None:
    assert figures(f"Eleven people were wounded. Three of the injured {modal} die, doctors said.") == (0, 11)


# One of the hurt told by an apposition, which the reader takes for the one who died ("One of the wounded, a
# woman aged 30, died in hospital"), moves from the injured to the dead as "One of the wounded died" does;
# an apposition about someone who lived, or one of the dead told again, moves no one.
APPOSED_HURT_WHO_DIED: list[tuple[str, tuple[int, int]]] = [
    ("Shells hit a camp, killing four people and wounding nine. One of the wounded, a boy of 12, died in "
     "hospital on Monday, bringing the toll to five.", (5, 8)),
    ("A mortar round killed three soldiers and wounded seven. One of the injured, a sergeant, later died of "
     "his wounds.", (4, 6)),
    ("Shells hit a camp, killing four people and wounding nine. One of the wounded, a boy of 12, was flown "
     "to the capital.", (4, 9)),
    ("Shells hit a camp, killing four people and wounding nine. One of the dead, a boy of 12, died in his "
     "mother's arms.", (4, 9)),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED_HURT_WHO_DIED)
def test_one_of_the_hurt_told_by_an_apposition_who_died(text: str, expected: tuple[int, int]) -> None:
    assert figures(text) == expected
