"""Words of the reader's rules that lexicon.toml holds (they were spelt in the code before), each read in a
sentence of our own: [syntax] toll_figure_openers (readers.figure_told_again), brought_totals,
total_modifiers and total_counts (readers.total_brought), survived_verbs, survivors and no
(readers.none_survived), for_care (readers.to_hospital), alive (readers.leave, after alive_verbs),
admitted_clause_ends (statements.set_admitted), and [totals] suicide_groups
(totals._suicide_attacker_at).
"""

from __future__ import annotations

from datetime import date

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.extraction.lexicon import lexicon, lexicon_data
from casualty_cli.model import Document, report_figure

_SYNTAX = lexicon().syntax
_TOTALS = lexicon_data()["totals"]


def figures(text: str) -> tuple[int, int]:
    """The report's killed and injured figures as the scorer reads them."""
    statements = extract_statements(Document("t", f"Report\n\n{text}", date(2016, 5, 2)))
    return report_figure(statements, "killed") or 0, report_figure(statements, "injured") or 0


def test_a_figure_told_again() -> None:
    assert figures("The UN first reported at least 184 killed; the figure was revised to 207.") == (207, 0)
    # a forecast: "to" opens the verb's own clause, no toll
    assert figures("The UN first reported at least 184 killed; officials expect the figure to rise to 300.") == (184, 0)


@pytest.mark.parametrize("word", sorted(_SYNTAX["toll_figure_openers"]))
def test_a_word_that_opens_a_figure_stops_the_walk_to_the_tolls_verb(word: str) -> None:
    assert figures(f"The UN first reported at least 184 killed; the figure {word} revised to 207.") == (184, 0)


@pytest.mark.parametrize("modifier", ["", *sorted(_SYNTAX["total_modifiers"])])
@pytest.mark.parametrize("total", sorted(_SYNTAX["brought_totals"]))
@pytest.mark.parametrize("count", ["", *sorted(_SYNTAX["total_counts"])])
def test_a_total_brought_up_by_a_clause(modifier: str, total: str, count: str) -> None:
    words = " ".join(w for w in (modifier, total, count) if w)
    text = f"Rescuers found 89 bodies on Monday. A further 7 bodies were recovered, bringing the {words} to 96."
    assert figures(text) == (96, 0)


def test_a_total_of_its_own_people_is_read_by_its_entry() -> None:
    text = "Rescuers found 89 bodies on Monday. A further 7 bodies were recovered, bringing the total of people to 96."
    assert figures(text) == (89, 0)


@pytest.mark.parametrize("verb", sorted(_SYNTAX["survived_verbs"]))
def test_none_of_a_group_survived(verb: str) -> None:
    assert figures(f"None of the 45 passengers {verb}.") == (45, 0)


@pytest.mark.parametrize("no", sorted(_SYNTAX["no"]))
@pytest.mark.parametrize("survivors", sorted(_SYNTAX["survivors"]))
def test_no_survivors_among_a_group(no: str, survivors: str) -> None:
    assert figures(f"There were {no} {survivors} among the 62 people on board.") == (62, 0)


# "Four passengers were hospitalised, two of them in a grave condition" after nine dead: the four are
# admitted to care, the living hurt, where people hit whose clause does not tell them admitted ("taken to
# hospital") are told of the dead; a word of admitted_clause_ends closes that clause.
@pytest.mark.parametrize("end", sorted(_SYNTAX["admitted_clause_ends"]))
def test_the_clause_that_tells_people_admitted(end: str) -> None:
    told = "A bus overturned, killing nine people. Four passengers were taken to hospital"
    assert figures(f"{told} where they were hospitalised.") == (9, 4)
    assert figures(f"{told}.") == (9, 0)
    joined = {",": ",", ";": ";", ".": "."}.get(end, f" {end}")
    assert figures(f"{told}{joined} the driver was hospitalised.") == (9, 0)


@pytest.mark.parametrize("suicide", sorted(_TOTALS["suicide_groups"]))
@pytest.mark.parametrize("attacker", sorted(_TOTALS["lone_attackers"]))
def test_suicide_attackers_are_not_added(suicide: str, attacker: str) -> None:
    text = f"A {suicide} bombing at a market killed 13 people. Three {suicide} {attacker}s also died."
    assert figures(text) == (13, 0)


@pytest.mark.parametrize("care", sorted(_SYNTAX["for_care"]))
def test_taken_somewhere_for_care_is_to_hospital(care: str) -> None:
    assert figures(f"Two people were taken to Marquette for {care}.") == (0, 2)
    assert figures("Two people were taken to Marquette.") == (0, 0)


@pytest.mark.parametrize("alive", sorted(_SYNTAX["alive"]))
@pytest.mark.parametrize("verb", ["burned", "buried"])
def test_an_object_left_alive_by_a_verb_of_alive_verbs_died(alive: str, verb: str) -> None:
    assert figures(f"Raiders {verb} 11 villagers {alive}.") == (11, 0)
    assert figures(f"Raiders found 11 villagers {alive}.") == (0, 0)


def _word_lists(node: object, path: str) -> list[tuple[str, list[str]]]:
    """Every list of words in the lexicon's tables, with where it stands."""
    if isinstance(node, dict):
        return [found for key, value in node.items() for found in _word_lists(value, f"{path}.{key}")]
    if isinstance(node, list):
        if node and all(isinstance(word, str) for word in node):
            return [(path, node)]
        return [found for k, value in enumerate(node) for found in _word_lists(value, f"{path}[{k}]")]
    return []


def test_no_list_of_the_lexicon_holds_a_word_twice() -> None:
    twice = [(path, word) for path, words in _word_lists(lexicon_data(), "") for word in set(words) if words.count(word) > 1]
    assert twice == []
