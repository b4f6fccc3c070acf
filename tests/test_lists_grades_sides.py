"""Event notes' lists of groups, school grades before a pupil noun, and the sides of a fight told in
sentences of their own (the twenty-first session's rules, from acled-kenya-dev's misses and a blind set of
ACLED-style notes and RAND summaries).

Every row is a sentence written for this file (in words of our own); a figure of ``None`` is a sentence
that gives no figure of that outcome.
"""

from __future__ import annotations

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document, report_figure


def _figure(text: str, outcome: str = "killed") -> int | None:
    """The document's figure as the scorer takes it: the largest incident best (None: none)."""
    return report_figure(extract_statements(Document("t", text)), outcome)


SCHOOL_GRADES = [
    # a number after a school's grade noun and before a noun of pupils is the grade, never a count
    ("A form three pupil was stabbed to death outside the dormitory in Nyeri.", "killed", 1),
    ("Two grade 6 learners were killed when the wall of their classroom fell.", "killed", 2),
    ("A class 7 girl was shot dead during the protest in Kisumu.", "killed", 1),
    ("Police said a standard eight boy was injured by a stray bullet.", "injured", 1),
    ("Three form two students were hurt in the crash.", "injured", 3),
    ("The year 11 student who drove the car was killed.", "killed", 1),
    # a grade with no pupil noun is no count
    ("Form 4 students were injured in the stampede.", "injured", None),
    # no grade noun: a count as ever
    ("Four students were killed in the dormitory fire.", "killed", 4),
]


@pytest.mark.parametrize(("text", "outcome", "figure"), SCHOOL_GRADES)
def test_a_school_grade_is_no_count(text: str, outcome: str, figure: int | None) -> None:
    assert _figure(text, outcome) == figure


LISTS_BY_MANNER = [
    # a list of groups each told with its own verb (by manner of death) adds, equal figures too
    ("Five were hacked to death in the market, five killed by arrows and two shot dead.", 12),
    ("Three burnt to death in their huts/ 3 killed by spears/ 1 shot dead - during a night raid.", 7),
    ("Raid on a trading centre - 2 killed/ 2 died in the fire/ 40 houses torched.", 4),
    ("Police dispersed the crowd - 1 woman killed by a stray bullet - 1 trader killed by a teargas canister.", 2),
    # a whole and then its parts, each with its verb, is the whole
    ("Nine were killed, five were hacked to death and four were shot dead.", 9),
    # a list of things after a slash is no group
    ("Attack by raiders - 3 killed/ 60 houses burnt/ 100 goats stolen.", 3),
    # a dash before a count of no outcome verb adds nothing (ACLED's share of a toll "recorded here")
    ("Clashes in Moyale - 4 killed - 2 recorded here.", 2),
]


@pytest.mark.parametrize(("text", "killed"), LISTS_BY_MANNER)
def test_a_list_of_groups_by_manner_adds(text: str, killed: int) -> None:
    assert _figure(text) == killed


def test_a_word_of_time_before_year_leaves_a_count() -> None:
    # "last year 10 students": the 10 is a count (of a running total), not a grade
    found = extract_statements(Document("t", "Last year 10 students were killed in school fires across the county."))
    assert [s.best for s in found if s.outcome == "killed"] == [10]


SIDES_IN_SENTENCES_OF_THEIR_OWN = [
    # the other side of the fight, told in a sentence of its own, adds
    ("A constable was hacked to death by the rioters. 2 rioters killed by police.", 3),
    # a count that opens a clause after a comma is past a protest's cause: this event's
    ("Protests broke out after the killing of a student leader, 1 soldier was stabbed to death by rioters. "
     "2 rioters killed by troops.", 3),
    ("The army killed six al Shabaab fighters in Boni forest. A soldier died in the exchange.", 7),
    ("Government forces killed nine Janjaweed near Kutum. Two soldiers were killed.", 11),
    # a state's forces' dead object of no listed noun is the side they fought
    ("Troops killed 14 ADF near Beni. One soldier died of his wounds.", 15),
    # but not the police's: "police killed" in a crime report is no fight
    ("Two police officers who shot dead a homeowner returned to work. The man was killed in his kitchen.", 1),
    # "N of them" in a sentence that opens with "the" and a side's plural noun is that side
    ("Three guards were shot dead at the gate. The raiders fled and four of them were killed by troops.", 7),
    # a role's count told again with no side does not stand for it: the other side still adds
    ("Two soldiers were shot dead at the post. The gunmen fired on the post and shot two of them dead. "
     "The gunmen were chased and two of them were killed.", 4),
]


@pytest.mark.parametrize(("text", "killed"), SIDES_IN_SENTENCES_OF_THEIR_OWN)
def test_the_other_side_in_a_sentence_of_its_own(text: str, killed: int) -> None:
    assert _figure(text) == killed


NOTE_CODING = [
    # the figure an event note codes: every larger one is a claim the coder chose among
    ("Rights groups said about 40 villagers were killed, while local media put the toll at over 70. The army "
     "said 25 militants were neutralised. Fatalities coded as 40.", 40),
    # a clause after a semicolon that points back and tells its groups coded apart
    ("3 herders were killed. 4 more bodies were found nearby two days later; these are coded as a separate "
     "event.", 3),
    ("On 2 May 2023, JNIM ambushed a convoy near Djibo. 12 soldiers were killed. The army said 40 militants "
     "were neutralised in the days after; these fatalities are coded in subsequent events.", 12),
    # the note's share of a whole told in an earlier sentence
    ("At least 30 people were killed in clashes over three days. 11 fatalities coded for this event, the "
     "rest in the other events.", 11),
]


@pytest.mark.parametrize(("text", "killed"), NOTE_CODING)
def test_an_event_notes_coding(text: str, killed: int) -> None:
    assert _figure(text) == killed


TOLLS_AND_THE_WOUNDED = [
    # a toll told as a range from one figure to another: the lowest
    ("Reports of the toll range from 31 to 35 dead.", "killed", 31),
    ("Estimates of the toll vary from 12 to 20.", "killed", 12),
    # a toll that rose when one of the wounded died holds that one
    ("The gunman killed 20 people and wounded 30 others. The toll later rose to 21 when one of the wounded "
     "died.", "killed", 21),
    ("The gunman killed 20 people and wounded 30 others. The toll later rose to 21 when one of the wounded "
     "died.", "injured", 29),
    # the wounded who died in a sentence of their own still add to the dead before them
    ("Seven were killed and 20 wounded; two of the wounded died later.", "killed", 9),
    # people shot, some of whom died: the rest are injured, whoever else died
    ("The hijackers shot four passengers, one of whom died. Commandos then stormed the plane and 20 people "
     "were killed.", "injured", 3),
    # hours later, a count of weapons or events of their own: another event
    ("A bomb killed 3 people at the market. Hours later, two car bombs killed 9 soldiers at a checkpoint.",
     "killed", 3),
]


@pytest.mark.parametrize(("text", "outcome", "figure"), TOLLS_AND_THE_WOUNDED)
def test_tolls_and_the_wounded(text: str, outcome: str, figure: int) -> None:
    assert _figure(text, outcome) == figure
