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


BOTH_SIDES = [
    # the dead of both sides of an attack or a clash, told in separate clauses, are the event's dead
    ("On 9 January 2020, militants overran the Chinagodrar post. 89 soldiers were killed. The army said 77 "
     "assailants were neutralised.", 166),
    ("Gunmen stormed the school, killing 149 people. All seven attackers were killed by commandos.", 156),
    ("Troops killed 30 militants in the Hamrin hills. Two soldiers died in the fighting.", 32),
    ("Fifteen VDP members lost their lives; 40 attackers were neutralized.", 55),
    # one side told twice is one group: the gunman is not added again
    ("Three worshippers were killed. The gunman was shot dead by police. The gunman was shot dead after a "
     "chase.", 4),
    # the dead already counting the attackers: "including the bomber"
    ("The blast killed 22 people, including the bomber. The bomber was killed instantly.", 22),
    # one person named again by a copula is no one new
    ("A man was shot dead in Narathiwat. Police said the victim was a militant killed by his comrades.", 1),
    # one side only: nothing to add
    ("Police killed 3 gunmen. Two gunmen were killed later in the day.", 3),
    # one who is among the dead is counted with them
    ("Four people were killed at the mall. The shooter was among those killed.", 4),
]


@pytest.mark.parametrize(("text", "killed"), BOTH_SIDES)
def test_the_dead_of_both_sides_add_up(text: str, killed: int) -> None:
    assert _figure(text) == killed


ONE_COUNT_OVER_TWO_NOUNS = [
    # one count over a plural noun and another plural noun with a force's initials or a group's noun
    # before it: the count stands for them all (at least)
    ("About 60 soldiers and VDP members were killed near Tin-Akoff.", 60),
    ("Twelve soldiers and militia members were killed in the ambush.", 12),
    ("Nine policemen and army officers were killed when the convoy was hit.", 9),
    ("Eleven civilians and Koglweogo members were killed in Kodyel.", 11),
    # a count of its own for the second noun makes two groups
    ("Ten soldiers and two VDP members were killed.", 12),
    # no count at all
    ("Soldiers and VDP members were killed in the attack.", None),
]


@pytest.mark.parametrize(("text", "killed"), ONE_COUNT_OVER_TWO_NOUNS)
def test_one_count_over_two_nouns(text: str, killed: int | None) -> None:
    assert _figure(text) == killed


THINGS_OF_A_NATION = [
    # a nationality before the noun of a thing is no person: "a Russian military unit"
    ("Ukrainian drones struck a Russian military unit in Melitopol.", "injured", None),
    ("A missile struck a Syrian army base near Homs.", "injured", None),
    # before a noun of people, or alone, it is one
    ("Rockets struck a Russian near the depot.", "injured", 1),
    ("Shelling killed a Ukrainian civilian in Kherson.", "killed", 1),
    ("Gunmen shot a Pakistani policeman in Quetta.", "injured", 1),
    ("Border police shot and killed a Palestinian carrying explosives.", "killed", 1),
]


@pytest.mark.parametrize(("text", "outcome", "figure"), THINGS_OF_A_NATION)
def test_a_thing_of_a_nation_is_no_person(text: str, outcome: str, figure: int | None) -> None:
    assert _figure(text, outcome) == figure


OTHER_SOURCES = [
    # where other sources give another figure, the report's own counts (event data code the lowest)
    ("Gunmen raided Solhan, killing at least 132 civilians. Local sources put the toll at 160.", 132),
    ("Militants attacked rice farmers in Zabarmari, killing 43. Some sources reported 110 deaths.", 43),
    ("Herders killed 4 farmers at Tse-Ikyo. Other reports said 6 people died.", 4),
    ("Two soldiers died in the ambush; unconfirmed reports put the toll at nine.", 2),
    # alone, another source's figure is the only one told, and counts
    ("Local sources said 12 villagers were killed in the raid on Bourasso.", 12),
    ("According to some reports, 30 fighters were killed near Marib.", 30),
]


@pytest.mark.parametrize(("text", "killed"), OTHER_SOURCES)
def test_the_reports_own_figure_before_other_sources(text: str, killed: int) -> None:
    assert _figure(text) == killed


ALIVE = [
    # burned or buried alive, the object between: killed
    ("The military raided Done Taw and burned 11 villagers alive, including 5 teenagers.", 11),
    ("Insurgents burnt two farmers alive in their hut.", 2),
    ("The collapse of the pit buried three miners alive.", 3),
    # "alive" after other verbs, or no "alive": no death
    ("Rescuers found three miners alive under the rubble.", None),
    ("Troops burned 20 houses in the village.", None),
    ("Soldiers burned 20 houses and kept two elders alive as hostages.", None),
]


@pytest.mark.parametrize(("text", "killed"), ALIVE)
def test_burned_or_buried_alive(text: str, killed: int | None) -> None:
    assert _figure(text) == killed
