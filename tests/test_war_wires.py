"""Forms of war news from agency wires, broadcasters, regional papers and army, ministry and UN statements
that the blind20a set taught (session 14): a figure the next sentence calls unconfirmed, ... Each row is a
sentence written for this file, with the figure a careful reader records (the report's own, 0 where it gives
none); the rows after each form are the ones it must not change.
"""

from __future__ import annotations

import pytest
from gold_texts import figure

from casualty_cli.model import Outcome

# A sentence that speaks of the figures of the one before ("His figure", "The claim", "That toll") and calls
# them unconfirmed makes them yield to the report's confirmed figure, as an unconfirmed word in their own
# clause does; alone they are the only figure told, and count.
TOLD_UNCONFIRMED_AFTER: list[tuple[str, Outcome, int]] = [
    ("Shelling killed at least 40 people in the town, officials said. 'We have counted 63 bodies in the "
     "mosque,' a nurse said. Her figure could not be independently confirmed.", "killed", 40),
    ("About 30 people died when the bridge was bombed, police said. The militia said the raid had killed 52 "
     "of its men. The claim could not be verified.", "killed", 30),
    ("Rockets struck the camp, wounding 15 people. A camp official put the number of wounded at 44. That "
     "figure has not been confirmed by the UN.", "injured", 15),
    # alone it is the only figure told, and counts
    ("A doctor said 63 people had been killed. His figure could not be independently confirmed.", "killed", 63),
    # a sentence that names no figure of the one before, or gives one of its own, says nothing of it
    ("Shelling killed at least 40 people, officials said. A nurse said 63 bodies were in the mosque. The "
     "cause of the fire could not be confirmed.", "killed", 63),
    ("Shelling killed at least 40 people, officials said. A nurse said 63 bodies were in the mosque. Reports "
     "of 12 more deaths could not be confirmed.", "killed", 63),
    # the next paragraph is no word on it
    ("Shelling killed at least 40 people, officials said. A nurse said 63 bodies were in the mosque.\n\n"
     "The figure of dead children could not be confirmed.", "killed", 63),
]


@pytest.mark.parametrize(("text", "outcome", "best"), TOLD_UNCONFIRMED_AFTER)
def test_a_figure_the_next_sentence_calls_unconfirmed_yields(text: str, outcome: Outcome, best: int) -> None:
    assert figure(text, outcome) == best


# "The fighting has killed ..." (a noun of fighting or an outbreak as the subject of a present perfect, or past
# an aside) tells what the fighting has done over its span: a tally that yields to the report's own figure, as a
# present perfect with no event of its own does; a day in the sentence anchors it, and alone it counts.
FIGHTS_TALLIES: list[tuple[str, int]] = [
    ("Rockets hit a police academy on Sunday, killing 17 cadets. The fighting has killed more than 1,500 "
     "people and displaced 90,000, the UN says.", 17),
    ("Rockets hit a police academy on Sunday, killing 17 cadets. The fighting, which flared in March 2021, has "
     "killed more than 1,500 people.", 17),
    ("Rockets hit a police academy on Sunday, killing 17 cadets. The clashes have killed at least 400 people.",
     17),
    # a day anchors it: one battle's toll over days
    ("Rockets hit a police academy on Sunday, killing 17 cadets. The fighting has killed 60 people since "
     "Friday.", 60),
    # alone it is the only figure told, and counts
    ("Clashes broke out near the airport. The fighting has killed at least 12 people, medics said.", 12),
    # killed "in" the fighting: the fighting is no subject
    ("Rockets hit a police academy, killing 17 cadets. At least 23 people have been killed in the fighting, "
     "officials said.", 23),
]


@pytest.mark.parametrize(("text", "killed"), FIGHTS_TALLIES)
def test_what_the_fighting_has_killed_is_a_tally(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


# An "up to N" told as the top of a range another sentence gives ("between 150 and 170") is that range, whose
# best is its lowest figure: (text, the report's killed figure).
UP_TO_A_RANGE: list[tuple[str, int]] = [
    ("Up to 170 soldiers killed in base attack, minister says\n\nThe minister said between 150 and 170 soldiers "
     "died when the base was overrun.", 150),
    ("The raid killed up to 40 villagers, elders said. A council member later said between 25 and 40 people "
     "had died in the raid.", 25),
    # a range of another top, or none, leaves the "up to" as told
    ("Up to 170 soldiers killed in base attack, minister says\n\nThe minister said between 150 and 160 soldiers "
     "died when the base was overrun.", 170),
    ("Up to 170 soldiers killed in base attack, minister says\n\nThe minister said 120 soldiers died when the "
     "base was overrun.", 170),
]


@pytest.mark.parametrize(("text", "killed"), UP_TO_A_RANGE)
def test_an_up_to_is_the_range_it_tops(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


# A side's losses told in a party's words ("the enemy lost", "enemy losses") are that party's claim: they yield
# to the report's own figure of any outcome, and alone they are the only figure told.
ENEMY_LOSSES: list[tuple[str, int]] = [
    ("A missile hit a school in the city, killing 9 people. On the front, the ministry said, the enemy lost up "
     "to 240 soldiers and three tanks.", 9),
    ("A missile hit a school in the city, killing 9 people. The army said enemy losses had reached 120 "
     "fighters in the past day.", 9),
    # alone, the claim is the only figure told
    ("The ministry said the enemy had lost 75 servicemen near the river.", 75),
    # an enemy's attack, not its losses: the count is the report's
    ("Nine soldiers were killed in an enemy ambush near the river, the ministry said.", 9),
]


@pytest.mark.parametrize(("text", "killed"), ENEMY_LOSSES)
def test_the_enemys_losses_are_a_partys_claim(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


# People hurt or killed "in those attacks" (events pointed back to, told before) are a sum over them, not the
# report's own event's: (text, outcome, the report's figure).
IN_THOSE_ATTACKS: list[tuple[str, Outcome, int]] = [
    ("A drone hit the base on Sunday, wounding 12 soldiers. There have been 90 attacks on the base since "
     "March; about 50 soldiers were injured in those attacks.", "injured", 12),
    ("A bomb killed four police officers on Friday. Militants carried out 30 raids in the district last year, "
     "and 61 people died in those raids.", "killed", 4),
    # "this attack" and "the attack" are the report's own
    ("Gunmen attacked the camp on Monday. Fourteen people were killed in the attack, officials said.",
     "killed", 14),
]


@pytest.mark.parametrize(("text", "outcome", "best"), IN_THOSE_ATTACKS)
def test_a_count_in_those_attacks_is_a_sum_over_them(text: str, outcome: Outcome, best: int) -> None:
    assert figure(text, outcome) == best


# An event of a month named with "a" that opens its sentence (past a list's dash), with no day or year after the
# month ("A July air strike killed 53", "- A June raid ..."), is one among that month's, not the report's.
A_MONTHS_EVENT: list[tuple[str, int]] = [
    ("A drone struck a wedding in the town on Sunday, killing 11 guests. A June air strike on a fuel depot "
     "nearby killed 38 people.", 11),
    ("Drone strike on wedding: what we know\n\n- The strike killed 11 guests, the council said.\n- A November "
     "bombing at the same market killed 27 people.", 11),
    # with its day or its year, a court's or a hunt's own event ("charged in a July 2014 shooting")
    ("Two men were charged on Monday in a September 2019 bombing that killed 14 people at a bus stop.", 14),
    ("An October 3 shooting at the bar killed six people, police said.", 6),
    # not opening its sentence: it would speak for the report's count before it too, so it is not read
    ("Three men were shot dead at a checkpoint on Friday, a block from where nine people died in a November "
     "bombing.", 9),
    # "a march" is most often no month: a march fired on is the report's own event
    ("A march in the capital was fired on by troops, and 23 protesters were killed.", 23),
]


@pytest.mark.parametrize(("text", "killed"), A_MONTHS_EVENT)
def test_an_event_of_a_month_named_with_a_is_another(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


# A quotation may open with a bare count, as a sentence may: an opening quotation mark is a place only a count
# of people takes before it ('"Sixteen injured are still under treatment," a doctor said').
QUOTES_OPEN_WITH_A_COUNT: list[tuple[str, Outcome, int]] = [
    ('The toll rose to 30. "Twelve wounded are still in the hospital, two of them in a coma," a nurse said.',
     "injured", 12),
    ("The toll rose to 30. “Nine were killed at the gate,” a guard said.", "killed", 30),
    ('"Seven were shot dead at the gate," a guard told reporters.', "killed", 7),
    # a quoted name or number of a thing stays no count
    ('Soldiers of the "101st" brigade repelled the raid, the army said.', "killed", 0),
    ('The group called the raid "Operation 77" in a statement.', "killed", 0),
]


@pytest.mark.parametrize(("text", "outcome", "best"), QUOTES_OPEN_WITH_A_COUNT)
def test_a_quotation_may_open_with_a_bare_count(text: str, outcome: Outcome, best: int) -> None:
    assert figure(text, outcome) == best


# A count of hurt people told with an adverb of degree before the participle ("seven seriously wounded
# people") counts them wherever it stands, as "three injured people" does.
DEGREE_BEFORE_HURT_PEOPLE: list[tuple[str, int]] = [
    ("Peacekeepers flew nine seriously wounded people to the hospital in the capital.", 9),
    ("The raid left 14 badly injured villagers, the mayor said.", 14),
    ("Twelve critically injured patients were moved to the city, the ministry said.", 12),
    # told before with "the": no new count
    ("Gunmen killed 20 people. Medics flew the nine seriously wounded people out by helicopter.", 0),
    # a degree with no count before it counts no one
    ("Medics flew seriously wounded people out by helicopter.", 0),
]


@pytest.mark.parametrize(("text", "injured"), DEGREE_BEFORE_HURT_PEOPLE)
def test_a_count_with_a_degree_before_hurt_people(text: str, injured: int) -> None:
    assert figure(text, "injured") == injured


# A calendar day with a shortened month that opens a sentence past the lead ("On Oct. 30, ...") tells another
# event of the story's run, as "On October 30, ..." does; the clauses after it in its sentence are its too.
_LEAD = "Bomb kills nine at bus station\n\nA car bomb killed nine people at a bus station on Saturday.\n\n"
SHORT_MONTH_DAYS: list[tuple[str, int]] = [
    (_LEAD + "On Sept. 4, a truck bomb in the same town killed 11 people.", 9),
    (_LEAD + "On Oct. 30, a similar bomb killed eight people, and a bomb on Nov. 10 in another town killed 14.", 9),
    # in the lead it is the report's own day
    ("Bomb kills 14 at bus station\n\nOn Nov. 10, a car bomb killed 14 people at a bus station.", 14),
    # with its year, a note's own event
    (_LEAD + "On Nov. 10, 2019, a car bomb killed 14 people at the station.", 14),
]


@pytest.mark.parametrize(("text", "killed"), SHORT_MONTH_DAYS)
def test_a_shortened_months_day_past_the_lead_tells_another_event(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


# "the number of" an outcome's noun, with the event it is of after it, heads a toll whose verb may stand far
# after it, as "the death toll from ... has risen to" does.
NUMBER_OF_A_NOUN_OF_AN_EVENT: list[tuple[str, int]] = [
    ("The ministry said the number of martyrs of the car bomb that struck the crowded square near the old "
     "mosque on Friday has reached 19.", 19),
    ("The number of deaths from the landslide that buried the mining camp climbed to 44 overnight.", 44),
    ("The number of martyrs in the camp raid has risen to 12, medics said.", 12),
    # no verb of a toll: no figure
    ("The number of deaths from the landslide is not yet known.", 0),
    # a count of the events, not of the dead
    ("The number of deaths of migrants at sea in 2023 was the highest on record, the agency said.", 0),
]


@pytest.mark.parametrize(("text", "killed"), NUMBER_OF_A_NOUN_OF_AN_EVENT)
def test_the_number_of_a_noun_of_an_event_heads_a_toll(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


# A count before a participle's phrase and an apposition that lists or sums its people up ("Five Afghans
# travelling with him, his driver and four security guards, were also killed") is the verb's subject.
COUNT_BEFORE_A_PARTICIPLE_AND_AN_APPOSITION: list[tuple[str, int]] = [
    ("Six Malians riding in the truck, the driver and five traders, were killed when it hit a mine.", 6),
    ("Four Somalis working at the hotel, all cooks, died in the blast.", 4),
    ("Three men guarding the gate, Ali, Omar and Yusuf, were shot dead.", 3),
    # one person named after a participle's phrase is no count of several
    ("A man travelling with them, the driver, was killed.", 1),
]


@pytest.mark.parametrize(("text", "killed"), COUNT_BEFORE_A_PARTICIPLE_AND_AN_APPOSITION)
def test_a_count_before_a_participle_and_an_apposition(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


# "assessed as having injuries", "reported as having minor injuries": a verb of judging ("assessed", besides
# "reported", "believed", "found" ...) may stand between the subject and "as having", and "having" before an
# injury noun tells the hurt, as "had" does.
ASSESSED_AS_HAVING_INJURIES: list[tuple[str, int]] = [
    ("A drone hit the base, killing three soldiers. More than 30 troops have been assessed as having injuries "
     "from the strike.", 30),
    ("Six passengers were reported as having minor injuries after the blast.", 6),
    # "having" before no injury noun tells no hurt
    ("Six passengers were reported as having left the station before the blast.", 0),
]


@pytest.mark.parametrize(("text", "injured"), ASSESSED_AS_HAVING_INJURIES)
def test_people_assessed_as_having_injuries(text: str, injured: int) -> None:
    assert figure(text, "injured") == injured
