"""Human-rights and investigative reports on one attack or massacre: people counted after "a further" as an object,
a first figure "said at first", another event told "One week earlier", a span of days in the clause of how the
event happened, a wave's toll over "dozens of villages", a finding told in a passive after "it had established",
an earlier figure that revises only the figure its sentence gives, a span inside a participle's aside, a toll over
several of a land's regions, "count" no person, and a toll "raised the figure to 118" (the eighteenth session's rules, from blind25d:
docs/reading-rules.md, "Eighteenth session, human-rights and investigative reports").

Every row is a text written for this file (in words of our own); a figure of 0 is a text that gives no figure
of that outcome (as the scorer takes it).
"""

from __future__ import annotations

import pytest
from gold_texts import figure

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document, Outcome

A_FURTHER_OBJECT: list[tuple[str, Outcome, int]] = [
    # "a further" or "an additional" before the figure of an object: more people, counted
    ("Militiamen reached the second hamlet an hour later and killed a further 61 villagers.", "killed", 61),
    ("The second shell hit the queue, wounding an additional 14 people.", "injured", 14),
    # ... and added to the group told before, as "another 61" is
    ("In the first hamlet, militiamen killed 20 people. In the second, they killed a further 61 people.",
     "killed", 81),
    # ... not a count of things
    ("The blast killed four people and caused a further 12 buildings to collapse.", "killed", 4),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), A_FURTHER_OBJECT)
def test_a_further_count_after_a_verb_is_people(text: str, outcome: Outcome, expected: int) -> None:
    assert figure(text, outcome) == expected


SAID_AT_FIRST: list[tuple[str, Outcome, int]] = [
    # a figure "said at first" is an earlier one, with the hurt told in its clause
    ("The ministry said at first that 30 prisoners had been killed and 64 wounded. By evening the toll had risen "
     "to 41 dead and 60 wounded.", "injured", 60),
    ("The governor said initially that 12 people had died. The toll later rose to 9 dead.", "killed", 9),
    # ... not "at first light", a time of the day
    ("Police said at first light that 4 people were killed in the raid.", "killed", 4),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), SAID_AT_FIRST)
def test_a_figure_said_at_first_is_an_earlier_one(text: str, outcome: Outcome, expected: int) -> None:
    assert figure(text, outcome) == expected


ONE_WEEK_EARLIER: list[tuple[str, int]] = [
    ("An airstrike on a wedding killed 12 guests.\n\nOne week earlier, a strike on another wedding had killed at "
     "least 70 people.", 12),
    ("Soldiers shot dead 9 farmers.\n\nA year earlier, the same unit had killed 40 people in a nearby village.", 9),
    # ... a later time is no earlier event
    ("Soldiers shot dead 9 farmers.\n\nOne week later, the toll rose to 11.", 11),
]


@pytest.mark.parametrize(("text", "killed"), ONE_WEEK_EARLIER)
def test_one_week_earlier_tells_another_event(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


A_SPAN_IN_THE_EVENTS_CLAUSE: list[tuple[str, int]] = [
    # a span of days told in the clause of how the event happened is its length
    ("The UN said at least 535 people were killed when armed villagers attacked three localities between 16 and "
     "18 December.", 535),
    # ... not a span that dates the count itself
    ("At least 40 people were killed in the province between 1 and 9 May, the monitor said.", 0),
]


@pytest.mark.parametrize(("text", "killed"), A_SPAN_IN_THE_EVENTS_CLAUSE)
def test_a_span_of_days_in_a_when_clause_is_the_events_own(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


MANY_PLACES: list[tuple[str, int]] = [
    # a toll over dozens or hundreds of places is a wave's total
    ("Gunmen executed 31 men in the village.\n\nThe killings that followed on the coast killed about 1,500 people "
     "in dozens of towns and villages, a monitor said.", 31),
    ("Troops shot dead 12 men at the well.\n\nThe crackdown killed 900 people in hundreds of villages.", 12),
    # ... not a natural hazard's own reach, nor a few places of one raid
    ("Floods killed 40 people in dozens of villages.", 40),
    ("Militants killed 12 people in two villages on Sunday.", 12),
]


@pytest.mark.parametrize(("text", "killed"), MANY_PLACES)
def test_a_toll_over_many_places_is_a_total(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


A_FINDING_IS_NO_DEED: list[tuple[str, int]] = [
    # a party's finding told in a passive after "it had <verb> that" is no claim of its own killing
    ("The team said it had established that 385 people were killed in the village. The remains of 104 people "
     "have been identified.", 385),
    ("The commission said it had concluded that 70 detainees were killed in the camp. Relatives buried 20.", 70),
    # ... a party's own deed stays a claim beside the report's figure
    ("Police said 4 civilians died. The army said it had targeted a meeting of commanders and killed 60.", 4),
]


@pytest.mark.parametrize(("text", "killed"), A_FINDING_IS_NO_DEED)
def test_a_finding_in_a_passive_is_no_claimed_deed(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


def test_an_earlier_figure_revises_only_the_figure_its_sentence_gives() -> None:
    text = ("The team said 385 people were killed in the village, up from the 312 previously documented. The remains "
            "of 104 people have so far been identified.")
    revisions = {s.best: s.revision for s in extract_statements(Document("t", text)) if s.outcome == "killed"}
    assert revisions[385] is not None and revisions[385].previous == 312
    assert revisions[104] is None


PARTICIPLE_ASIDE: list[tuple[str, int]] = [
    # a span inside an aside of work done speaks for the aside only
    ("The exhumation, carried out over two weeks by forensic teams, recovered the bodies of 447 people.", 447),
    ("The survey, conducted over three months in the camps, found that 62 people had been killed in the raid.", 62),
    # ... unless the noun before it is one event's: the aside tells its length
    ("The assault, carried out over two weeks, killed 300 civilians.", 0),
    # ... and a span outside the aside stays the count's
    ("The exhumation recovered the bodies of 447 people over two weeks.", 0),
]


@pytest.mark.parametrize(("text", "killed"), PARTICIPLE_ASIDE)
def test_a_span_in_a_participles_aside_speaks_for_it(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


SEVERAL_REGIONS: list[tuple[str, Outcome, int]] = [
    # a toll over several of a land's regions, past the report's own, is a spread
    ("A missile hit a block in the city, killing 26 people and wounding 93.\n\nStrikes in the Lviv and "
     "Ivano-Frankivsk regions wounded another nine people.", "injured", 93),
    ("Shelling killed 7 people at the bus stop.\n\nAttacks in the Kherson and Zaporizhzhia provinces killed 15 "
     "more.", "killed", 7),
    # ... not a natural hazard's own reach
    ("Floods in the northern provinces killed 40 people.", "killed", 40),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), SEVERAL_REGIONS)
def test_a_toll_over_several_regions_is_a_spread(text: str, outcome: Outcome, expected: int) -> None:
    assert figure(text, outcome) == expected


COUNT_NO_PERSON: list[tuple[str, int]] = [
    # "count" is a count, no nobleman: "a count of 50 dead" is no one person dead
    ("The ministry gave a count of 50 dead and 73 wounded.", 0),
    # ... the people counted stay counted
    ("Gunmen killed 8 people, according to a count by local officials.", 8),
]


@pytest.mark.parametrize(("text", "killed"), COUNT_NO_PERSON)
def test_a_count_is_no_person(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


FIGURE_RAISED_TO: list[tuple[str, Outcome, int]] = [
    # a noun of no outcome after a verb of a toll's change, "the" or a possessive, then "to" and a figure
    ("Over the next days the ministry raised the figure to 118, with 760 wounded.", "killed", 118),
    ("Later it raised its count to 50 dead and 73 wounded.", "killed", 50),
    ("The army first reported 12 soldiers wounded, then revised the number to 19.", "injured", 19),
    ("Officials raised the number to 30 dead.", "killed", 30),
    # ... not a count of things or money, nor a count with a noun of its own (read by its own entry)
    ("The company raised the figure to 40 percent.", "killed", 0),
    ("The bank raised the total to $5 million.", "killed", 0),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), FIGURE_RAISED_TO)
def test_a_figure_raised_to_a_count_is_a_toll(text: str, outcome: Outcome, expected: int) -> None:
    assert figure(text, outcome) == expected


AN_ORDINAL_BEFORE_AN_APPOSITION: list[tuple[str, int]] = [
    # "a sixth victim, a woman who ..., died": the apposed person, whom the ordinal names, adds to the five
    ("Five people were killed that night. Later, a sixth victim, a woman who had been in intensive care since the "
     "attack, died.", 6),
    # ... not told with "the" (told before), nor with no ordinal
    ("Five people were killed that night. Later, the sixth victim, a woman who had been in intensive care, died.", 5),
    ("Five people were killed that night. Later, one victim, a woman who had been in intensive care, died.", 5),
]


@pytest.mark.parametrize(("text", "killed"), AN_ORDINAL_BEFORE_AN_APPOSITION)
def test_an_ordinal_before_an_apposition_adds_one(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed
