"""People in war news counted one by one: a chief named by "head of", nationalities used as nouns.

Every row is a sentence written for this file; the people and places are invented.
"""

from __future__ import annotations

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document, Outcome, report_figure


def _figure(text: str, outcome: Outcome) -> int | None:
    """The largest best figure of ``outcome`` (None: no such statement)."""
    return report_figure(extract_statements(Document("t", text)), outcome)


HEAD_OF: list[tuple[str, Outcome, int | None]] = [
    # "the head of" what is led is a person, an item of a list like "the leader of the party"
    ("The head of the district council and his bodyguard were killed when gunmen opened fire.", "killed", 2),
    ("A head of department and two teachers were wounded in the shelling.", "injured", 3),
    ("The head of the village and a guard died in the raid.", "killed", 2),
    ("The leader of the party and his driver were shot dead at a checkpoint.", "killed", 2),
    # a body part after a preposition: a place on the body, no one more
    ("He was struck on the head of his bed and his brother was killed.", "killed", 1),
    ("Shrapnel struck a soldier in the head of the column and a medic was killed.", "killed", 1),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), HEAD_OF)
def test_the_head_of_something_is_a_person(text: str, outcome: Outcome, expected: int | None) -> None:
    assert _figure(text, outcome) == expected


ONE_OF_A_PEOPLE: list[tuple[str, Outcome, int | None]] = [
    # "a" and two capitalised words, the last with a people's ending, are one person of that people
    ("A South African and a Swiss were injured when the hotel was hit.", "injured", 2),
    ("A Swiss and a South African were injured when the hotel was hit.", "injured", 2),
    ("A North Korean was killed by the blast near the border.", "killed", 1),
    ("A Sri Lankan and two Nepalese guards were killed in the attack.", "killed", 3),
    ("A South Sudanese and a Kenyan were wounded at the market.", "injured", 2),
    # two capitalised words without a people's ending are no person: a body, a vehicle
    ("A Red Cross and a UN convoy came under fire; a driver was wounded.", "injured", 1),
    ("A Land Cruiser and a soldier were wounded when the mine went off.", "injured", 1),
    # ... the same as a verb's object, alone or in a list
    ("The avalanche killed a Sri Lankan on the upper slope.", "killed", 1),
    ("The grenade wounded a South African, a Dane and one other guest.", "injured", 3),
    ("The raid killed a Kenyan, two Somalis and a South Sudanese.", "killed", 4),
    ("The blast tore through a Land Cruiser and wounded a driver.", "injured", 1),
    # "-er" after the first word of a place's name of two words; not after any capitalised word
    ("A New Zealander was killed when the boat capsized.", "killed", 1),
    ("The storm injured a Long Islander and two Canadians.", "injured", 3),
    ("A Jeep Wrangler was crushed and a hiker was hurt.", "injured", 1),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), ONE_OF_A_PEOPLE)
def test_a_nationality_used_as_a_noun_is_a_person(text: str, outcome: Outcome, expected: int | None) -> None:
    assert _figure(text, outcome) == expected


PART_OF_THE_INJURED: list[tuple[str, Outcome, int | None]] = [
    # a count "of the wounded" is a part of the injured: none of them is among the dead
    ("Nineteen of the wounded were in critical condition after the blast killed 18.", "injured", 19),
    ("Six of those injured were in a critical condition; the shelling killed four.", "injured", 6),
    ("The strike killed 12 people and wounded 30; two of the wounded were in critical condition.", "injured", 30),
    # a count hit with no word of the injured may hold the dead: the dead are taken away
    ("Nine people were in critical condition after the blast killed 2.", "injured", 7),
    # a part of the dead is no one injured
    ("Three of the dead were children, and the blast killed 11 in all.", "injured", None),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), PART_OF_THE_INJURED)
def test_a_part_of_the_injured_is_injured(text: str, outcome: Outcome, expected: int | None) -> None:
    assert _figure(text, outcome) == expected


INCLUDING_THEN_A_CLAUSE: list[tuple[str, Outcome, int | None]] = [
    # the one "including" names, told again by "a" role between commas, is no item of the next clause's list
    ("Officials said 12 had died including the bomber, a teenage recruit, and 40 others were hurt.", "injured", 40),
    ("Police said nine were killed including the driver, a retired teacher, and 15 others were injured.", "injured", 15),
    # a list under "including" of groups, or of people of no "the", is still one list
    ("Seven people, including two nurses, one porter, and two guards died in the raid.", "killed", 7),
    ("A policeman, a soldier, and 12 others were wounded at the gate.", "injured", 14),
    # a headline's count after a comma, with its own participle, is no age of the noun before it
    ("Mall siege: 30 dead including gunman, 57 wounded", "injured", 57),
    ("Market blast: 12 dead including bomber, 31 injured", "injured", 31),
    # an age closed by a comma is an age
    ("A gunman, 57, was wounded by police.", "injured", 1),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), INCLUDING_THEN_A_CLAUSE)
def test_including_ends_its_clause(text: str, outcome: Outcome, expected: int | None) -> None:
    assert _figure(text, outcome) == expected


ONE_COUNT_TWO_MODIFIERS: list[tuple[str, Outcome, int | None]] = [
    # one count before two words joined by "and" that modify one plural noun of people
    ("Nine medical and rescue workers in all were killed in the strikes.", "killed", 9),
    ("Eleven local and foreign journalists were wounded at the crossing.", "injured", 11),
    ("Twenty civil and military officials were killed when the plane went down.", "killed", 20),
    # two counts, or a count of the first noun, are two groups or one
    ("Two soldiers and civilians were killed at the gate.", "killed", 2),
    ("Four women and three children were wounded.", "injured", 7),
    # a noun of no people after the two words is no count of people
    ("Twelve fuel and water trucks were destroyed; one driver was killed.", "killed", 1),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), ONE_COUNT_TWO_MODIFIERS)
def test_one_count_over_two_modifiers(text: str, outcome: Outcome, expected: int | None) -> None:
    assert _figure(text, outcome) == expected


OUT_OF_DANGER: list[tuple[str, Outcome, int | None]] = [
    # people taken to hospital and said to be out of danger are the living hurt, besides the dead
    ("Thirty people died in the landslide. Five villagers were rushed to hospital and are out of danger.",
     "injured", 5),
    ("The blast killed 19 workers; four others taken to hospital were said to be out of critical condition.",
     "injured", 4),
    # without the words, people taken to hospital may be the dead: they are taken off
    ("Thirty people died in the landslide. Five villagers were rushed to hospital.", "injured", None),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), OUT_OF_DANGER)
def test_people_out_of_danger_are_alive(text: str, outcome: Outcome, expected: int | None) -> None:
    assert _figure(text, outcome) == expected


PART_OF_THE_RESCUED: list[tuple[str, Outcome, int | None]] = [
    # a part "of them" of people the sentence before says were rescued alive is the living hurt
    ("The quake killed 80 people. Rescuers pulled out alive 40 residents. Twelve of them were taken to "
     "hospital.", "injured", 12),
    ("A mine flooded, killing 31. Fifty miners were rescued alive. Nine of those were taken to a clinic.",
     "injured", 9),
    # a part of the dead, or a part of people not said to be alive, is read as before
    ("A mine flooded and 31 miners died. Nine of them were taken to a clinic.", "injured", None),
    ("Fifty miners were rescued alive. Two of them later died in hospital.", "killed", 2),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), PART_OF_THE_RESCUED)
def test_a_part_of_the_rescued_is_alive(text: str, outcome: Outcome, expected: int | None) -> None:
    assert _figure(text, outcome) == expected
