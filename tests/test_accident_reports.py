"""Reports of accidents and disasters as national outlets tell them (the k25_ wire reports), and the rules
their misses taught: running totals of a season, a span of years or a land told past one event's toll; the
rise of a toll told again as more; the living in care; the wounded who died since; and accounts that yield
to the report's own. Each table holds sentences written for this file, the forms the reader must read one
way, with the forms it must not read that way beside them.
"""

from __future__ import annotations

import pytest
from gold_texts import figure

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document


def scope_of(text: str, best: int) -> str:
    """The scope of the text's killed statement of figure ``best``."""
    [st] = [s for s in extract_statements(Document("t", text)) if s.outcome == "killed" and s.best == best]
    return st.scope


# A span of years ("between 2011 and 2020", "from 2015 to 2019") tells a running total over them; a toll's
# change from one figure to another is no span, nor is one year.
YEAR_SPANS: list[tuple[str, int, str]] = [
    ("Lightning killed nine farmers in the district on Monday. Official data show 1,820 people died from "
     "lightning between 2012 and 2021.", 1820, "cumulative"),
    ("A boat sank on the lake, drowning 14. From 2015 to 2019, 230 people drowned on the lake.", 230, "cumulative"),
    ("A boat sank on the lake, drowning 14. From 2015 to 2019, 230 people drowned on the lake.", 14, "incident"),
    ("The toll from the quake rose from 1,900 to 2,014 on Tuesday.", 2014, "incident"),
]


@pytest.mark.parametrize(("text", "best", "scope"), YEAR_SPANS)
def test_a_span_of_years_is_a_running_total(text: str, best: int, scope: str) -> None:
    assert scope_of(text, best) == scope


# A count of disasters is many events: what they killed is a running total ("2,572 natural disasters ...,
# which killed 4,231 people"), not the one disaster's toll the report tells.
DISASTER_COUNTS: list[tuple[str, int]] = [
    ("A landslide buried a hamlet, killing 31 people. The country saw 1,940 natural disasters last season, which "
     "killed 3,100 people.", 31),
    ("A landslide buried a hamlet, killing 31 people.", 31),
]


@pytest.mark.parametrize(("text", "killed"), DISASTER_COUNTS)
def test_a_count_of_disasters_is_no_events_toll(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


# A natural hazard's toll spread over a land ("across the province", "across the State"), told past a lead that
# gives one event's dead, is the land's total; told by the lead's own event named with "the", it is that
# event's reach.
HAZARD_SPREADS: list[tuple[str, int]] = [
    ("Flood sweeps away picnickers\n\nA flash flood swept away picnickers on a riverbed on Friday, and rescuers "
     "recovered 12 bodies.\n\nThe disaster authority said heavy rain had killed 45 people across the province "
     "in two days.", 12),
    ("Temple landslide kills 17\n\nA landslide buried a hill temple on Monday, killing 17 devotees.\n\nHeavy "
     "rain has left 71 people dead across the State, officials said.", 17),
    ("Storm batters coast\n\nA storm battered the coast overnight, killing 12 people, officials said.\n\nBy "
     "Tuesday the storm had killed 30 people across the region, the agency said.", 30),
]


@pytest.mark.parametrize(("text", "killed"), HAZARD_SPREADS)
def test_a_hazards_spread_past_one_events_toll_is_the_lands(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


# A group told as more after a toll told as risen is how the toll rose: no sum ("has risen to 31 ... divers
# found three more bodies"), unless it names a day of the week the toll's sentence does not (found after it);
# after a toll told plainly, more are more.
MORE_AFTER_A_RISEN_TOLL: list[tuple[str, int]] = [
    ("The death toll from the ferry fire has risen to 31, the coast guard said on Friday. Divers found three "
     "more bodies on Friday.", 31),
    ("The death toll from the ferry fire has risen to 31. Divers found three more bodies in the hull.", 31),
    ("The death toll from the ferry fire rose to 31 on Thursday. Divers found three more bodies on Friday.", 34),
    ("The toll from the depot fire rose to 19 on Sunday. Two more residents died of burns on Saturday night "
     "and Sunday.", 19),
    ("The ferry fire killed 31 people, the coast guard said. Three more people were also killed.", 34),
]


@pytest.mark.parametrize(("text", "killed"), MORE_AFTER_A_RISEN_TOLL)
def test_more_after_a_risen_toll_are_its_rise(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


# The living in care: people "still being treated", "under treatment", rescued and taken to hospital, and taken
# to hospitals in a list of places, "some with serious injuries", are injured as told; people taken to hospital
# with none of that may be among the dead.
LIVING_IN_CARE: list[tuple[str, int]] = [
    ("The depot fire killed 19 people. Forty-nine victims were still being treated in several hospitals.", 49),
    ("The depot fire killed 19 people. Forty-nine victims were treated in several hospitals.", 30),
    ("Spurious liquor killed 38 people. Twenty-five people are under treatment at the district hospital.", 25),
    ("A minibus plunged into a canal, killing 21. Five passengers were rescued and taken to the university "
     "hospital.", 5),
    ("The ferry fire killed 31. Twenty-three of the rescued passengers were brought to the provincial hospital.", 23),
    ("A minibus plunged into a canal, killing 21. Five passengers were taken to the university hospital.", 0),
    ("A flood killed 45 people. Officials said 109 people had been taken to hospitals in Alma, Dover and Troy, "
     "some with serious injuries.", 109),
    ("A flood killed 45 people. Officials said 109 people had been taken to hospitals in Alma, Dover and Troy.", 64),
]


@pytest.mark.parametrize(("text", "injured"), LIVING_IN_CARE)
def test_the_living_in_care_are_injured(text: str, injured: int) -> None:
    assert figure(text, "injured") == injured


# "Since then, 17 of the injured have died": the report's own hurt, taken off the wounded; under a toll that
# holds them (10 on the spot and the 17: 27), no sum of theirs with it.
WOUNDED_WHO_DIED_SINCE: list[tuple[str, int, int]] = [
    ("Blast toll rises to 27\n\nThe toll from the gas blast rose to 27 on Wednesday.\n\nThe blast had killed 10 "
     "people on the spot and injured 60 others. Since then, 17 of the injured have died in hospital.", 27, 43),
    ("Blast kills 10\n\nThe gas blast killed 10 people on the spot and injured 60 others.\n\nSince then, 17 of the "
     "injured have died in hospital.", 27, 43),
]


@pytest.mark.parametrize(("text", "killed", "injured"), WOUNDED_WHO_DIED_SINCE)
def test_the_wounded_who_died_since_are_the_reports(text: str, killed: int, injured: int) -> None:
    assert (figure(text, "killed"), figure(text, "injured")) == (killed, injured)


# A list's item told by a verb of its own in a "who" clause is no item of the list's outcome: "we lost 29
# citizens, and one citizen who was injured" is 29 dead; an item whose "who" clause tells no such verb stays.
WHO_CLAUSE_ITEMS: list[tuple[str, int]] = [
    ('"We lost 29 citizens in the fire, and one citizen who was injured is being treated," the governor said.', 29),
    ("The gunmen killed two guards and a driver who was waiting outside.", 3),
]


@pytest.mark.parametrize(("text", "killed"), WHO_CLAUSE_ITEMS)
def test_an_item_with_a_verb_of_its_own_ends_the_list(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


# Accounts that yield to the report's own figure: a witness's fear ("Residents said over 50 people were feared
# dead") and another account set against it by an aside of contrast ("Villagers, however, put the number at
# more than 70"); alone, a witness's figure is the only one told and counts.
YIELDING_ACCOUNTS: list[tuple[str, int]] = [
    ("Divers have recovered 27 bodies from the river. Residents said over 50 people were feared dead.", 27),
    ("A boat capsized in the river. Residents said over 50 people were feared dead.", 50),
    ("Post-mortems were held on 38 bodies. Villagers, however, put the number of deaths at more than 70.", 38),
    ("Post-mortems were held on 38 bodies. Villagers put the number of deaths at more than 70.", 70),
]


@pytest.mark.parametrize(("text", "killed"), YIELDING_ACCOUNTS)
def test_a_witness_fear_and_a_contrasted_account_yield(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


# A part of the admitted told "of them" past a semicolon is taken off its own whole, whoever else died: "72
# passengers ... were admitted to two hospitals that day; two of them died overnight" is 70 injured; a count
# past the semicolon told without "of them" is anyone's.
PART_PAST_A_SEMICOLON: list[tuple[str, int]] = [
    ("The launch fire killed 39 people. A total of 72 passengers with burns were admitted to the medical college "
     "hospital and the district hospital that day; two of them died overnight, the director said.", 70),
    ("The launch fire killed 39 people. A total of 72 passengers with burns were admitted to the medical college "
     "hospital and the district hospital that day; two died overnight, the director said.", 33),
]


@pytest.mark.parametrize(("text", "injured"), PART_PAST_A_SEMICOLON)
def test_a_part_that_died_past_a_semicolon_leaves_its_whole(text: str, injured: int) -> None:
    assert figure(text, "injured") == injured


# A bare count joined by "and" right after a group told as also hit, of the other outcome, shares its subject and
# its "also": "Three civilians on the ground were also killed and four were injured" adds four to the hurt told
# before; without "also" the bare count is no group on top.
ALSO_SHARED: list[tuple[str, int]] = [
    ("Fifty soldiers on board were killed and 49 soldiers were injured. Three civilians on the ground were also "
     "killed and four were injured when the plane hit the village.", 53),
    ("Fifty soldiers on board were killed and 49 soldiers were injured. Three civilians on the ground were "
     "killed and four were injured when the plane hit the village.", 49),
]


@pytest.mark.parametrize(("text", "injured"), ALSO_SHARED)
def test_a_bare_count_after_an_also_group_is_more(text: str, injured: int) -> None:
    assert figure(text, "injured") == injured
