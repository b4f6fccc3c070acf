"""Forms of war and terror reports as the outlets of the countries at war file them (the seventeenth session's
blind24a: governors' posts, ministries' running totals, named victims, 'martyrs', an army's count of the enemy
beside the civilians' dead). Each table holds reports the rule reads and reports it must leave as they were.
The sentences are written for this file.
"""

from __future__ import annotations

import pytest
from gold_texts import figure

# The wounded told with the toll before some of them died leave it when they die: "eight had been killed and 10
# injured ... the toll rose to nine after one of the injured died" is nine dead and nine injured. Wounded told
# with the new toll are those left already.
WOUNDED_WHO_DIED_LATER: list[tuple[str, int]] = [
    ("A missile hit the port on Monday, killing nine people, the governor said on Wednesday.\n\nOn Monday night he "
     "had said that eight people had been killed and 10 injured. The toll rose to nine on Tuesday after one of the "
     "injured, a 50-year-old crane operator, died in hospital.", 9),
    ("Shelling of the market killed 12 people, officials said on Friday.\n\nOn Thursday officials said ten people "
     "had been killed and 31 wounded. Two of the wounded later died in hospital, bringing the toll to 12.", 29),
    # (the wounded told with the new toll: nothing moves)
    ("A missile hit the port on Monday, killing nine people and injuring 10, the governor said.\n\nThe toll rose "
     "to nine on Tuesday after one of the injured, a 50-year-old crane operator, died in hospital.", 10),
]


@pytest.mark.parametrize(("text", "injured"), WOUNDED_WHO_DIED_LATER)
def test_the_wounded_told_before_some_died_leave_them(text: str, injured: int) -> None:
    assert figure(text, "injured") == injured


# What the report's event followed is an earlier event: "The rampage followed the killing of two brothers".
FOLLOWED_THE_KILLING: list[tuple[str, int]] = [
    ("One man was shot dead as mobs burned shops in the town overnight. The riot followed the killing of three "
     "traders at the market on Saturday.", 1),
    ("A man was killed when settlers stormed the village. The rampage came after the killings of two settlers at a "
     "junction hours earlier.", 1),
    # (the event's own toll, told with no such verb)
    ("Three traders were killed at the market on Saturday, and one man was shot dead in the riot that followed.", 3),
]


@pytest.mark.parametrize(("text", "killed"), FOLLOWED_THE_KILLING)
def test_what_the_event_followed_is_another_event(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


# A name's bare role of kin or work told with whose it is ("wife of X") is the named person again; the one
# named after "of" is no victim.
ROLE_OF_SOMEONE_ELSE: list[tuple[str, int]] = [
    ("The dead were identified as Rina Begum, 45, wife of Abdul Karim of the village, and Kamal Uddin, 60.", 2),
    ("Killed were Ravi Kumar, son of a retired teacher, and Mohan Das.", 2),
    # (a role joined by "and", and names one by one)
    ("The blast killed Omar Said and the wife of the mayor.", 2),
    ("The dead were identified as Rina Begum, Kamal Uddin and Abdul Karim.", 3),
]


@pytest.mark.parametrize(("text", "killed"), ROLE_OF_SOMEONE_ELSE)
def test_a_role_of_someone_else_names_no_victim(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


# A bare count after the ", and" that closes an "including" aside opens a clause of its own: "killed 16
# people, including the city's mayor, Ahmad Kahil, and 52 were wounded" is 52 wounded, no list of the mayor
# and the 52.
COUNT_AFTER_AN_INCLUDING_ASIDE: list[tuple[str, int]] = [
    ("Air strikes on the town hall killed 12 people, including the deputy mayor, Samir Haddad, and 40 were "
     "wounded, the ministry said.", 40),
    ("Air strikes killed 12 people, including two children, and 40 were wounded.", 40),
    ("Gunmen killed four guards and a driver, and 9 were wounded.", 9),
]


@pytest.mark.parametrize(("text", "injured"), COUNT_AFTER_AN_INCLUDING_ASIDE)
def test_a_count_after_an_including_aside_is_its_own_clause(text: str, injured: int) -> None:
    assert figure(text, "injured") == injured


# Scope: one attack told with "the" over a city is its reach; a war told by its sides with "has" is a running
# total; gunfights counted ("in two encounters") are several events; a toll over a country named after an
# active verb's count, past a lead that tells another place's dead, is that country's.
SCOPE: list[tuple[str, str, int]] = [
    ("A missile attack on the capital killed 8 people overnight. In total, 70 people were injured in the attack "
     "across the city, the mayor said.", "injured", 70),
    ("A strike on a hospital killed 3 people. In total, 40 people were injured in the attacks across the "
     "country.", "injured", 0),
    ("Two soldiers were killed in an ambush on Monday. Ethnic violence between the two communities, which began on "
     "May 3, has claimed more than 200 lives.", "killed", 2),
    ("Two soldiers were killed in an ambush on Monday. The violence between herders and farmers has killed 300 "
     "people.", "killed", 2),
    ("Two soldiers were killed in an ambush on Monday. The conflict between the army and the rebels has left more "
     "than 5,000 dead.", "killed", 2),
    ("Violence between rival gangs left 4 dead in the market on Sunday, police said.", "killed", 4),
    ("Five soldiers were killed when militants ambushed a convoy on Monday. On Sunday, two soldiers and six "
     "militants were killed in two encounters in the district.", "killed", 5),
    ("Two soldiers and six militants were killed in an encounter in the district on Sunday.", "killed", 8),
    ("A missile killed nine people in a residential building in Haifa on Sunday, police said. Iran's health "
     "ministry says the Israeli strikes have killed at least 224 people in Iran.", "killed", 9),
    # (a town named like a land, after a place's words: the report's own)
    ("Police said on Monday that they were looking for a gunman. A 2-year-old boy was shot and killed near his "
     "home in Denmark on Sunday, police said.", "killed", 1),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), SCOPE)
def test_the_scope_of_a_war_report_figure(text: str, outcome: str, expected: int) -> None:
    assert figure(text, outcome) == expected


# The other side's dead that a party that fought gives is its claim, not added to the toll: its forces are its
# source, or its saying tells them. One party's two sides, or the report's own telling, add.
A_PARTYS_OWN_FORCES: list[tuple[str, int]] = [
    ("Twelve people, including two police officers, were killed when gangs attacked the town, local officials "
     "said. The National Police said its officers had neutralized more than 30 gunmen.", 12),
    ("Thirteen civilians and five soldiers were killed on Tuesday, officials said. The military's media wing said "
     "in a statement that security forces had engaged the attackers and that all 16 militants had been sent to "
     "hell.", 18),
    ("Eighteen people were killed in the bombing, officials said. The military said all 16 attackers had been "
     "killed in the fighting that followed.", 18),
    ("Two gunmen killed seven people at a bus stop, police said. One of the attackers was killed by an armed "
     "civilian, police said.", 8),
    ("Seven people were killed, officials said. Both gunmen were shot dead by officers at the scene.", 9),
]


@pytest.mark.parametrize(("text", "killed"), A_PARTYS_OWN_FORCES)
def test_a_partys_count_of_the_side_its_forces_fought(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed
