"""People told by a pronoun after a fronted time, someone told before only as "a" who "also" died, "as
well" before another clause, other events in the plural, an intent's second verb, "N other" before a
participle, a gerund after "in addition to" and one count over a group's noun and a plural (the seventeenth
session's rules, from rand-dev's misses read by cause: docs/performance-history.md).

Every row is a sentence written for this file (in words of our own); a figure of 0 is a sentence that
gives no figure of that outcome (as the scorer takes it).
"""

from __future__ import annotations

import pytest
from gold_texts import figure

THEY_AFTER_A_FRONTED_TIME = [
    # "they" after a phrase of time and its comma stands for the people told before, as at the start
    ("Three engineers were abducted near the dam. Two days later, they were found shot dead.", 3),
    ("Four aid workers were seized at a checkpoint. The next morning, they were found dead in a ditch.", 4),
    ("Gunmen seized two traders in the market. On Friday, they were found dead.", 2),
    # no death: nothing
    ("Police arrested two men. Two days later, they were released.", 0),
    # no people told before: nothing
    ("In the morning, they were found dead.", 0),
]


@pytest.mark.parametrize(("text", "killed"), THEY_AFTER_A_FRONTED_TIME)
def test_they_after_a_fronted_time(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


NOUNS_OF_PEOPLE = [
    ("The organizer of the rally was shot dead outside his home.", "killed", 1),
    ("An Iraqi Kurd was killed by a roadside bomb.", "killed", 1),
    ("Two organisers were wounded when the stage was hit.", "injured", 2),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), NOUNS_OF_PEOPLE)
def test_nouns_of_people(text: str, outcome: str, expected: int) -> None:
    assert figure(text, outcome) == expected


TOLD_BESIDES = [
    # someone told before only as "a" or "an", outside the dead: "the" and "also" add them
    ("Gunmen fired on a lawyer while he walked with a friend. The lawyer died. The friend was also killed.",
     "killed", 2),
    ("Gunmen attacked a judge on his way to court, wounding two guards. The judge was also wounded.", "injured", 3),
    # one of the dead told before: the same person
    ("Gunmen killed a guard and a driver at the gate. The driver was also killed.", "killed", 2),
    # a word that may name anyone: not added
    ("A man was shot dead and a boy was hurt. The man also died.", "killed", 1),
    # "as well" ends the group's clause before a comma or "and"
    ("Gunmen shot dead a judge at his home. Three guards were killed in the attack as well and one wounded.",
     "killed", 4),
    ("Gunmen shot dead a judge at his home. Three guards were killed as well, police said.", "killed", 4),
    # other events of the same kind, in the plural, after the verb: their dead are theirs
    ("Two guards were shot dead at the mine. Four other guards died in similar attacks nearby that night.",
     "killed", 2),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), TOLD_BESIDES)
def test_someone_told_besides(text: str, outcome: str, expected: int) -> None:
    assert figure(text, outcome) == expected


INTENTS = [
    # a verb joined to an infinitive of intent past an adverb did not happen either
    ("Police said the bomb was meant to kill or badly injure the judge.", "injured", 0),
    ("He threatened to shoot and seriously wound two guards.", "injured", 0),
    # done: read
    ("Gunmen killed two and seriously wounded five.", "injured", 5),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), INTENTS)
def test_a_verb_joined_to_an_intent(text: str, outcome: str, expected: int) -> None:
    assert figure(text, outcome) == expected


COUNTS_OF_OTHERS = [
    # "other" after a count and before a participle of the lexicon: the noun left out, as "others"
    ("Four guards were killed and eleven other injured in the blast.", "injured", 11),
    ("One driver died and two other wounded when the convoy was hit.", "injured", 2),
    # a noun after "other": its own count, as ever
    ("Three other vehicles were damaged in the blast.", "injured", 0),
    # a gerund after "in addition to" is what was done, no infinitive
    ("Gunmen killed a guard at the gate in addition to wounding another four.", "injured", 4),
    ("In addition to killing two guards, the raiders wounded a nurse.", "killed", 2),
    ("The gunmen came close to killing two guards.", "killed", 0),
    # one count over a group's noun and a plural noun of people
    ("A bomb killed two border police and wounded nine police and civilians.", "injured", 9),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), COUNTS_OF_OTHERS)
def test_counts_of_others_and_gerunds_after_to(text: str, outcome: str, expected: int) -> None:
    assert figure(text, outcome) == expected
