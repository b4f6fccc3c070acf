"""Forms met in wire copy and agency reports from Nigeria, Kenya, South Asia, the Philippines and
the Gulf, found with blind texts written before reading the reader (`tests/fixtures/*/w13_*`).

Every row is a sentence written for this file; the figures are those of real events or invented.
Each table holds the form and the near misses that must keep their old reading.
"""

from __future__ import annotations

import pytest
from gold_texts import figure

from casualty_cli.model import Outcome

ONE_FIGURE_ONCE: list[tuple[str, Outcome, int]] = [
    # a group told with "another" and two verbs of its outcome is one group, not two to add
    ("Another 110 people were injured and taken to hospital.", "injured", 110),
    ("Another 14 passengers were hurt and taken to the district hospital.", "injured", 14),
    ("Two miners died at the scene. Another 30 were injured and rushed to Kitwe General Hospital.", "injured", 30),
    # two groups still add up
    ("Four people were injured in the blast. Another 12 were hurt when a wall fell.", "injured", 16),
    ("Six people were hurt at the market. Another three were injured and taken to hospital.", "injured", 9),
]


@pytest.mark.parametrize(("text", "outcome", "best"), ONE_FIGURE_ONCE)
def test_a_group_told_with_two_verbs_counts_once(text: str, outcome: Outcome, best: int) -> None:
    assert figure(text, outcome) == best


ALSO_AFTER_A_SEMICOLON: list[tuple[str, int]] = [
    # "also killed" in a clause of its own after a semicolon adds to the dead told before the wounded
    ("One soldier was killed and two were wounded; three rebels were also killed in the encounter.", 4),
    ("A policeman died and five were hurt; two gunmen were also killed.", 3),
    # as in a sentence of its own
    ("One soldier was killed and two were wounded. Three rebels were also killed.", 4),
    # no "also": a clause after the semicolon that tells the dead again adds nothing
    ("One soldier was killed and two were wounded; the soldier was 24.", 1),
    # "killed ... and wounded three more" inside one clause: more than the dead, not more dead
    ("The gunman killed three officers and wounded three more.", 3),
]


@pytest.mark.parametrize(("text", "best"), ALSO_AFTER_A_SEMICOLON)
def test_also_killed_after_a_semicolon_adds(text: str, best: int) -> None:
    assert figure(text, "killed") == best


TOLL_NOUN_AS_OBJECT: list[tuple[str, Outcome, int]] = [
    # a noun of the dead as the object of a verb that gives a figure, the figure after "at"/"as"
    ("Local sources put the fatalities at 168, among them around 40 children.", "killed", 168),
    ("Officials estimated the deaths at 40.", "killed", 40),
    ("Rescuers put the deaths at about 60 by nightfall.", "killed", 60),
    # the subject's form, read before
    ("Fatalities were put at 12.", "killed", 12),
    ("Deaths were estimated at 40.", "killed", 40),
    # "at" before no figure: a place, no toll
    ("The coroner recorded the deaths at the hospital.", "killed", 0),
    ("Police put the fatalities at the scene under guard.", "killed", 0),
    # a noun of people with a relative clause whose verb gives its figure
    ("The agency gave no new count of the injured, which it had put at 140 on Monday.", "injured", 140),
    ("Officials did not update the dead, whom they had estimated at about 35.", "killed", 35),
    ("The injured, which included two nurses, were taken at dawn to the clinic.", "injured", 0),
]


@pytest.mark.parametrize(("text", "outcome", "best"), TOLL_NOUN_AS_OBJECT)
def test_a_toll_noun_as_a_verbs_object(text: str, outcome: Outcome, best: int) -> None:
    assert figure(text, outcome) == best


THIS_YEARS_OCCASION: list[tuple[str, str, int]] = [
    # "this year's" before an occasion held once a year names that one occasion: its own toll
    ("Saudi Arabia said 1,301 people died during this year's Hajj.", "incident", 1301),
    ("Two people drowned at this year's festival on the river.", "incident", 2),
    ("Seven pilgrims were crushed to death at this year's Kumbh Mela.", "incident", 7),
    # a toll or a tally of the year is still a running total
    ("Gun violence has killed 300 people in the city this year.", "cumulative", 300),
    ("This year's toll from shootings rose to 300.", "cumulative", 300),
    # last year's occasion is another event
    ("Four people died in a crush at last year's music festival.", "cumulative", 4),
]


@pytest.mark.parametrize(("text", "scope", "best"), THIS_YEARS_OCCASION)
def test_this_years_occasion_is_one_event(text: str, scope: str, best: int) -> None:
    assert figure(text, "killed", scope) == best


TITLE_HAZARD: list[tuple[str, str, int]] = [
    # a natural hazard named by a capitalised plural in a title's capitals makes its spread its own
    ("Herat Earthquakes - Flash Update No. 5\n"
     "Since 7 October, the ministry has confirmed 1,482 people dead across Zindajan, Injil and Gulran districts.",
     "incident", 1482),
    ("Kenya Floods: Toll Rises\nThe ministry said 40 people were killed across Kitui, Garissa and Tana River.",
     "incident", 40),
    # no hazard in the title: a toll across places is one of many events
    ("Weekly Security Update\nThe ministry said 40 people were killed across Kitui, Garissa and Tana River.",
     "cumulative", 40),
    # a name's word is singular: no hazard
    ("Storm Shadow Hits Depot\nOfficials said 12 soldiers were killed across three districts.",
     "cumulative", 12),
]


@pytest.mark.parametrize(("text", "scope", "best"), TITLE_HAZARD)
def test_a_hazard_in_a_titles_capitals(text: str, scope: str, best: int) -> None:
    assert figure(text, "killed", scope) == best


DATED_PAST_PERFECT: list[tuple[str, int]] = [
    # a past perfect of saying dated by a day of its own tells a figure held before the report's
    ("A village leader had on Monday told reporters that at least 120 people were killed. "
     "NEMA said on Tuesday that 85 people died.", 85),
    ("Police had said on Sunday that nine people died. The toll rose to 12 on Monday.", 12),
    ("The army had on Sunday put the toll at 16. By Monday the council had counted 113 corpses.", 113),
    # no day of its own: what someone had told is no earlier toll
    ("Police said the gunman had told them he killed three people.", 3),
    ("The chief had said nine people died in the raid.", 9),
]


@pytest.mark.parametrize(("text", "best"), DATED_PAST_PERFECT)
def test_a_dated_past_perfect_of_saying_is_an_earlier_figure(text: str, best: int) -> None:
    assert figure(text, "killed") == best


LAKH_AND_CRORE: list[tuple[str, Outcome, int]] = [
    # a lakh (100,000) and a crore (ten million) scale the figure before them
    ("The 2004 tsunami killed over 2.3 lakh people across the region.", "killed", 0),  # (a running total)
    ("The famine of 1943 killed an estimated 30 lakh people.", "killed", 3_000_000),
    # money and people affected are no toll, and a toll beside money keeps its own figure
    ("The state announced an ex gratia of Rs 5 lakh for the kin of each of the 12 deceased.", "killed", 0),
    ("The Railways announced Rs 10 lakh for the next of kin of the dead and Rs 2 lakh for the seriously injured.",
     "injured", 0),
    ("Each family will get Rs 1 crore; 40 jawans were killed in the blast.", "killed", 40),
    ("Over 2 lakh people were displaced by the floods in Assam.", "killed", 0),
]


@pytest.mark.parametrize(("text", "outcome", "best"), LAKH_AND_CRORE)
def test_lakh_and_crore_scale_a_figure(text: str, outcome: Outcome, best: int) -> None:
    assert figure(text, outcome) == best


TOLL_STANDS_AT: list[tuple[str, Outcome, int]] = [
    # a noun of an outcome heads a toll before a verb of where it stands and "at", as before "rose to"
    ("Total deaths stand at 1,482, with 2,100 injuries reported.", "killed", 1482),
    ("Injuries stood at 2,100 on Sunday, the agency said.", "injured", 2100),
    ("Deaths remain at 12, the ministry said.", "killed", 12),
    ("The number of confirmed fatalities now stands at 96.", "killed", 96),
    # no "at" and a figure: no toll
    ("The deaths stand as a warning to others.", "killed", 0),
    ("Injuries remain a concern at the camp, where 300 families live.", "injured", 0),
]


TOLL_GIVEN_AS: list[tuple[str, Outcome, int]] = [
    # a toll given "as" its figure, as one put "at" it
    ("When the search ended, the agency gave the number of dead as 31, two children among them.", "killed", 31),
    ("The governor gave the death toll as at least 12 on Sunday.", "killed", 12),
    ("The ministry gave the number of injured as 140.", "injured", 140),
    # "as of" a day and "as" a clause of its own are no figure
    ("The death toll as of Monday stood at 9.", "killed", 9),
    ("The toll, as rescuers feared, kept rising; 14 bodies were found.", "killed", 14),
]


@pytest.mark.parametrize(("text", "outcome", "best"), TOLL_GIVEN_AS)
def test_a_toll_given_as_its_figure(text: str, outcome: Outcome, best: int) -> None:
    assert figure(text, outcome) == best


@pytest.mark.parametrize(("text", "outcome", "best"), TOLL_STANDS_AT)
def test_an_outcome_noun_heads_a_toll_that_stands_at(text: str, outcome: Outcome, best: int) -> None:
    assert figure(text, outcome) == best


TOTAL_BROUGHT: list[tuple[str, Outcome, str, int]] = [
    # "bringing the total to N" with no outcome word of its own totals the outcome told before it
    ("A further 7 bodies were recovered on Tuesday, bringing the total to 96.", "killed", "incident", 96),
    ("Three more people were injured on Monday, taking the total to 2,100.", "injured", "incident", 2100),
    ("Two more of the injured died overnight, raising the overall total to 41.", "killed", "incident", 41),
    # a running total's cue in the clause keeps it a running total
    ("Airstrikes killed 27 people overnight, bringing the total since October 7 to 34,183.", "killed", "cumulative",
     34183),
    # a total of things, or of whom it names itself, is no toll of the outcome before
    ("The army deployed 300 more troops, bringing the total to 2,000.", "killed", "incident", 0),
    ("Rescuers found 12 more survivors, bringing the total number to 40.", "killed", "incident", 0),
]


@pytest.mark.parametrize(("text", "outcome", "scope", "best"), TOTAL_BROUGHT)
def test_a_total_brought_to_a_figure(text: str, outcome: Outcome, scope: str, best: int) -> None:
    assert figure(text, outcome, scope) == best


FIGURE_TOLD_AGAIN: list[tuple[str, Outcome, int]] = [
    # "the figure", "the number", "that tally" moved by a verb of a toll's change, in the sentence of a count,
    # is a toll of that count's outcome
    ("Aid workers first counted at least 61 dead; the figure was later revised to 75.", "killed", 75),
    ("Nine miners were reported killed, and that number has since risen to 14.", "killed", 14),
    ("At least 30 people were wounded in the raid and the tally was raised to 44 by nightfall.", "injured", 44),
    ("Police said four villagers died; the count climbed to 6 overnight.", "killed", 6),
    # its own outcome after "of", no verb of a change, a count of things, or no count before it: none
    ("Nine miners were killed and the number of wounded rose to 20.", "killed", 9),
    ("Nine miners were killed; the figure was disputed by the union.", "killed", 9),
    ("Two guards were hurt and the number rose to 300 homes.", "injured", 2),
    ("The figure was revised to 75 after a recount of the ballots.", "killed", 0),
]


@pytest.mark.parametrize(("text", "outcome", "best"), FIGURE_TOLD_AGAIN)
def test_a_figure_told_again_moved_to_a_new_one(text: str, outcome: Outcome, best: int) -> None:
    assert figure(text, outcome) == best


TOLL_RANGED: list[tuple[str, int]] = [
    # a toll that "ranged from A to B" is the range (its best the lowest, as every range's)
    ("The death toll ranged from 30 to 40, depending on the source.", 30),
    ("Estimates of the death toll varied from 300 to 500.", 300),
    ("Deaths ranged from 30 to 40, the monitors said.", 30),
    # a toll that rose from one figure to another is the later figure
    ("The death toll rose from 12 to 19.", 19),
    # what ranged is no toll: ages, injuries by kind
    ("The ages of the dead ranged from 3 to 80.", 0),
]


@pytest.mark.parametrize(("text", "best"), TOLL_RANGED)
def test_a_toll_that_ranged_from_a_to_b(text: str, best: int) -> None:
    assert figure(text, "killed") == best
