"""Features and explainers that open with one attack and then tell its background: a war's or a year's total far
above the lead's toll in a later paragraph, a later attack told after "Two months later," and its day, a toll
revised down, a suicide attacker's worn charge told in the first paragraph, one person told by "she" before a
second verb, estimates of the dead as a toll's head, kin told with "his" in a list after a name, and people
killed "with four of his colleagues", and a holiday with its year opening a later paragraph (the eighteenth session's rules, from blind25c:
docs/reading-rules.md, "Eighteenth session, features that lead with one attack").

Every row is a text written for this file (in words of our own); a figure of 0 is a text that gives no figure
of that outcome (as the scorer takes it).
"""

from __future__ import annotations

import pytest
from gold_texts import figure

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document, Outcome

FAR_ABOVE_THE_LEAD: list[tuple[str, Outcome, int]] = [
    # a later paragraph's figure eight times the lead's or more, with a word of a background figure: a total
    ("A drone hit a flat in the old town, killing 6 people.\n\nBy mid-2023 a monitoring group said more than "
     "3,000 civilians had been killed in the province.", "killed", 6),
    ("A shell struck the clinic, killing 4 nurses.\n\nThe ministry estimated that 900 health workers died "
     "between the two ceasefires.", "killed", 4),
    ("A sniper shot dead a paramedic near the crossing.\n\nA database recorded more than 40 aid workers killed in "
     "the country over the decade.", "killed", 1),
    ("Gunmen wounded 5 traders at the market.\n\nThe war had left more than 2,000 people wounded in the district "
     "alone.", "injured", 5),
    # ... not a rise of the lead's own toll (a revision), however large
    ("Officials first said 10 people were killed in the quarry blast.\n\nBy the next evening, the toll had risen "
     "to 95.", "killed", 95),
    # ... not in the lead's own paragraph
    ("A truck bomb killed 12 people at the gate, and officials said 140 people had been killed in the wider "
     "assault on the town.", "killed", 140),
    # ... not with no word of a background figure
    ("A blast at the depot killed 3 workers.\n\nRescuers pulled 40 bodies from the collapsed hall.", "killed", 40),
    # ... not below eight times the lead's toll
    ("A mortar killed 20 people at the bus station.\n\nThe hospital said 150 people had died there by nightfall.",
     "killed", 150),
    # ... not in a natural hazard's report, whose toll grows so
    ("A flood swept through the valley, killing 9 people.\n\nBy Friday officials said 400 people had died in the "
     "floods.", "killed", 400),
]


@pytest.mark.parametrize(("text", "outcome", "best"), FAR_ABOVE_THE_LEAD)
def test_a_background_figure_far_above_the_lead(text: str, outcome: Outcome, best: int) -> None:
    assert figure(text, outcome) == best


LATER_TIMES_COUNTED: list[tuple[str, int]] = [
    # a count of weeks, months or years before "later", and the later time's day between commas
    ("Two bombs hit the hotel, killing 21 people.\n\nTwo months later, on 3 May 2023, two car bombs at the "
     "ministry nearby killed 120 people.", 21),
    ("A drone strike killed 9 people at the wedding. Three days later, a strike on a convoy killed 30.", 9),
    ("The blast killed 14 people at the shrine. A year later, a bomb at the same gate killed 33.", 14),
    # the report's own event told on: stays
    ("A missile hit the mall on Monday, killing 18 people. Three days later, rescuers found 7 more bodies.", 25),
    ("The attack killed 40 people. Two weeks later, the toll had risen to 52.", 52),
]


@pytest.mark.parametrize(("text", "killed"), LATER_TIMES_COUNTED)
def test_a_later_time_counted_opens_another_event(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


REVISED_DOWN: list[tuple[str, int, int | None]] = [
    # a toll told down in words in a later sentence corrects the larger figures before it
    ("By Tuesday officials were putting the toll at 101. Two days later, the police revised the toll down to 84, "
     "saying some victims were counted twice.", 84, 101),
    ("Officials said 27 people were killed in the blast. The army later lowered the toll to 20.", 20, 27),
    # a smaller figure with no word of a fall corrects nothing: a part, or a named victim
    ("The UN said 140 people had been killed. Among the dead was the city's mayor.", 140, None),
    ("Gunmen shot dead 12 villagers. Two more were gunned down near the well.", 14, None),
]


@pytest.mark.parametrize(("text", "killed", "previous"), REVISED_DOWN)
def test_a_toll_revised_down_corrects_the_figures_before(text: str, killed: int, previous: int | None) -> None:
    assert figure(text, "killed") == killed
    if previous is not None:
        down = [st for st in extract_statements(Document("t", text)) if st.revision and st.revision.direction == "down"]
        assert [st.revision.previous for st in down if st.revision] == [previous]


WORN_CHARGES: list[tuple[str, int]] = [
    # a worn charge in the first paragraph makes "the bomber" who died the suicide attacker: not added
    ("The service had begun when a man walked in. He fired at the crowd and then set off an explosive vest.\n\n"
     "Twenty people were killed. The bomber died in the blast.", 20),
    ("A woman wearing a suicide belt approached the gate of the market. Nine people were killed. The attacker "
     "also died.", 9),
    # no worn charge: an attacker killed otherwise is added, as before
    ("Gunmen attacked the church, killing 20 people.\n\nOne attacker was shot dead by guards.", 21),
    # a vest named past the first paragraph names no suicide attack of the report's
    ("Gunmen attacked the church, killing 20 people. One attacker was shot dead by guards.\n\nA year earlier, a "
     "bomber with an explosive vest struck a mosque nearby.", 21),
]


@pytest.mark.parametrize(("text", "killed"), WORN_CHARGES)
def test_a_worn_charge_makes_a_suicide_attack(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


ONE_PERSON_BEFORE_A_SECOND_VERB: list[tuple[str, int]] = [
    ("The reporter had covered the port for years. That evening she arrived home and was shot dead in her car.", 1),
    ("He walked out of the mosque after prayers and was killed by a sniper.", 1),
    # no death after "and": nothing
    ("She called the police and was told to wait.", 0),
    ("He arrived home and was arrested.", 0),
    # a death only: an active verb's loss, or a hurt, is no death told so
    ("An officer was attacked by a crowd. He sustained slight injuries and lost a number of his belongings.", 0),
]


@pytest.mark.parametrize(("text", "killed"), ONE_PERSON_BEFORE_A_SECOND_VERB)
def test_one_person_told_by_a_pronoun_before_a_second_verb(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


ESTIMATES_OF_THE_DEAD: list[tuple[str, int]] = [
    ("Estimates of the dead ranged between 60 and 80, according to rescue workers.", 60),
    ("Estimates of the dead reached 45 by the evening.", 45),
    # estimates of other things: none
    ("Estimates of the damage ranged between 60 and 80 million dollars.", 0),
    ("Estimates of the dead vary.", 0),
]


@pytest.mark.parametrize(("text", "killed"), ESTIMATES_OF_THE_DEAD)
def test_estimates_of_the_dead_head_a_toll(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


KIN_AFTER_A_NAME: list[tuple[str, int]] = [
    # a kin told with "his" or "her" right before the list's "and" is another person
    ("The strike killed Adel Nassar, his brother Karim and Karim's son.", 3),
    ("The shell killed Omar Said, his wife Mona and their two children.", 4),
    ("A drone killed Hani, his son and his nephew.", 3),
    # an apposition closed by a comma names the person again
    ("The gunman shot dead Ali Musa, his neighbour, and fled.", 1),
    ("Police said the gunman killed Ali Musa, a teacher, and then fled.", 1),
]


@pytest.mark.parametrize(("text", "killed"), KIN_AFTER_A_NAME)
def test_kin_told_with_his_after_a_name_is_another_person(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


COUNTED_WITH: list[tuple[str, int]] = [
    ("The reporter was killed there with four of his colleagues.", 5),
    ("The commander was killed with three others in the car.", 4),
    # bystanders, and no people
    ("A man was shot dead with three of his friends nearby.", 1),
    ("He was killed with two shots to the head.", 1),
]


@pytest.mark.parametrize(("text", "killed"), COUNTED_WITH)
def test_people_counted_with_the_dead_are_dead_too(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


A_HOLIDAYS_YEAR_PAST_THE_LEAD: list[tuple[str, int]] = [
    # a holiday or a season with its year opening a sentence past the lead tells another year's attack
    ("A gang raided the village, killing 100 people.\n\nThe region has seen worse.\n\nOver Christmas 2023, gunmen "
     "raided a string of hamlets, killing almost 200 people.", 100),
    ("A bomb killed 5 people.\n\nPolice are looking for suspects.\n\nAt Easter 2019, the group bombed three churches, "
     "killing 250 people.", 5),
    # ... but in the lead it dates the report's own
    ("Over Christmas 2023, gunmen attacked a village, killing almost 200 people.", 200),
]


@pytest.mark.parametrize(("text", "killed"), A_HOLIDAYS_YEAR_PAST_THE_LEAD)
def test_a_holidays_year_past_the_lead_tells_another_event(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed
