"""Forms of disaster, accident and humanitarian reporting (issue 12).

Every row is a sentence written for this file about earthquakes, floods, shipwrecks, crashes and the
like; the figures are those of real events or invented. The rules are English syntax and general
words: a load that a vessel was carrying is nobody hit, a disaster's own land and season are no
running total, and a count of bodies recovered is a toll.
"""

from __future__ import annotations

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document, Outcome, report_figure


def _figure(text: str, outcome: Outcome = "killed", scope: str = "incident") -> int | None:
    """The largest best figure of ``outcome`` in ``scope`` (None: no such statement)."""
    return report_figure(extract_statements(Document("t", text)), outcome, scope)


LOADS: list[tuple[str, Outcome, int | None]] = [
    # the people a boat or a bus was carrying are its load; the list of those hit opens after it
    ("The boat was carrying 750 people, and 80 drowned.", "killed", 80),
    ("The trawler was carrying some 500 migrants, and 82 of them drowned.", "killed", 82),
    ("The bus was carrying 50 passengers, and 12 were killed.", "killed", 12),
    ("The ferry carried 300 passengers, and 48 died.", "killed", 48),
    ("A dinghy transporting 40 people sank, and 27 drowned.", "killed", 27),
    ("The vessel may have been carrying 750 people, and hundreds are feared to have drowned.", "killed", None),
    # a list of people hit is still a list
    ("Two firefighters, and a police officer were killed when the roof fell in.", "killed", 3),
    ("A mother and her six children were killed when a mudslide hit their home.", "killed", 7),
    ("Eleven miners were killed and 20 injured, and 4 were still trapped.", "injured", 20),
]


@pytest.mark.parametrize(("text", "outcome", "best"), LOADS)
def test_a_load_carried_is_nobody_hit(text: str, outcome: Outcome, best: int | None) -> None:
    assert _figure(text, outcome) == best


HAZARD_SPREAD: list[tuple[str, str, int]] = [
    # a natural hazard's own land and season: the event's toll, not a running total
    ("The floods have killed 14 people in the state, the disaster authority said.", "incident", 14),
    ("The earthquake has killed 44,218 people in the country, the agency said.", "incident", 44218),
    ("Monsoon floods have killed 1,739 people since the monsoon began in June.", "incident", 1739),
    ("Landslides have killed 28 people since the rains began.", "incident", 28),
    # no hazard: a country's or a state's total is still one of many events
    ("Gunmen have killed 300 people in the state this year.", "cumulative", 300),
    ("Three people were shot dead in the country on Sunday.", "cumulative", 3),
    ("The insurgency has killed 300 people since the uprising began.", "cumulative", 300),
    ("Armed groups have killed 40 people since the election.", "cumulative", 40),
]


@pytest.mark.parametrize(("text", "scope", "best"), HAZARD_SPREAD)
def test_a_hazards_own_land_and_season(text: str, scope: str, best: int) -> None:
    assert _figure(text, "killed", scope) == best


def test_a_report_of_a_hazard_counts_its_countrys_toll_after_its_lead() -> None:
    text = (
        "An earthquake struck southern Turkey on Monday.\n\n"
        "Turkey's disaster agency said 44,218 people had lost their lives in the country."
    )
    assert _figure(text) == 44218
    shooting = "A gunman opened fire at a mall on Monday.\n\nThree people were shot dead in the country that day."
    assert _figure(shooting) is None


LEAD_AFTER_BLANK_LINES: list[tuple[str, str, int]] = [
    # blank lines that open a text end no lead: the lead is the first sentence after them
    ("\n\nA storm surge swept the coast overnight. Nine people were killed across coastal districts.", "incident", 9),
    ("\nThe earthquake struck at dawn.\n\nAt least 30 people died across the region, officials said.", "incident", 30),
    ("A storm surge swept the coast overnight. Nine people were killed across coastal districts.", "incident", 9),
    # a lead of no hazard still leaves a spread toll a running total, blank lines or not
    ("\n\nGunmen raided villages overnight. Nine people were killed across coastal districts.", "cumulative", 9),
    ("\nThe army launched a new push. At least 30 people died across the region, officials said.", "cumulative", 30),
]


@pytest.mark.parametrize(("text", "scope", "best"), LEAD_AFTER_BLANK_LINES)
def test_a_lead_after_blank_lines(text: str, scope: str, best: int) -> None:
    assert _figure(text, "killed", scope) == best


DEAD_AND_SURVIVORS: list[tuple[str, Outcome, int | None]] = [
    # a verb of survival in another subject's clause leaves the dead dead
    ("Fifty passengers were confirmed dead, while 20 others survived.", "killed", 50),
    ("Fifty passengers were confirmed dead, while 20 others survived.", "injured", None),
    ("Nine miners died, whereas the rest survived.", "killed", 9),
    ("Two climbers were killed and three survived the avalanche.", "killed", 2),
    # in the subject's own clause, it says the people hit lived
    ("A man was gunned down outside a store and survived.", "killed", None),
    ("A man was gunned down outside a store and survived.", "injured", 1),
    ("He was shot 3 times and survived.", "injured", 1),
]


@pytest.mark.parametrize(("text", "outcome", "best"), DEAD_AND_SURVIVORS)
def test_survivors_of_another_clause(text: str, outcome: Outcome, best: int | None) -> None:
    assert _figure(text, outcome) == best


BODIES_AND_TOLLS: list[tuple[str, int | None]] = [
    # the dead as rescuers and agencies count them
    ("The number of bodies recovered had risen to 1,129 by Tuesday.", 1129),
    ("The number of the dead has risen to 40.", 40),
    ("The number of reported deaths stands at 19, of which 12 have been confirmed.", 19),
    ("The number of confirmed deaths has reached 23.", 23),
    ("The body count from the mudslide rose to 60.", 60),
    ("One body has been recovered from the collapsed mine.", 1),
    ("Rescuers found one body in the rubble of the hotel.", 1),
    # no figure, no find, or no body of a person
    ("The number of bodies found in the house was not disclosed.", None),
    ("Rescuers found one survivor in the rubble.", None),
    ("One body armour vest was left behind.", None),
    ("Armed men killed their body guard.", 1),
]


@pytest.mark.parametrize(("text", "best"), BODIES_AND_TOLLS)
def test_bodies_and_tolls_of_the_dead(text: str, best: int | None) -> None:
    assert _figure(text) == best


FORECASTS: list[tuple[str, str, int]] = [
    # what a toll may become is a forecast, kept with its hedge, never the toll
    ("Officials warned the death toll could rise to 10,000.", "projected", 10000),
    ("The death toll is likely to exceed 1,000, the survey said.", "projected", 1000),
    ("The governor said the toll was expected to exceed 70.", "projected", 70),
    ("Officials said the final toll might reach 300.", "projected", 300),
    ("The UN warned that the number of dead could double to 50,000.", "projected", 50000),
    # a verb of forecasting with the toll as its object forecasts it too
    ("The minister said he expected the toll to rise to 4,000.", "projected", 4000),
    ("The agency forecast the final death toll to top 900.", "projected", 900),
    # a toll reached, even hedged, is the toll
    ("The death toll is feared to have reached 300.", "incident", 300),
    ("The death toll climbed to 4,000, as officials had expected.", "incident", 4000),
    ("The death toll has risen to 300 and may rise further.", "incident", 300),
    ("The death toll rose to 57 on Sunday.", "incident", 57),
]


@pytest.mark.parametrize(("text", "scope", "best"), FORECASTS)
def test_a_forecast_toll_is_projected(text: str, scope: str, best: int) -> None:
    [s] = [s for s in extract_statements(Document("t", text)) if s.outcome == "killed"]
    assert (s.scope, s.best) == (scope, best)


def test_a_forecast_beside_the_toll_leaves_the_toll() -> None:
    text = (
        "At least 57 people were killed by the tornadoes, officials said. "
        "The governor said the toll was expected to exceed 70 and could reach 100."
    )
    assert _figure(text) == 57
    assert _figure(text, scope="projected") == 70


SEASONS_AND_TREATMENT: list[tuple[str, Outcome, str, int | None]] = [
    # a season's tally of many mishaps is a running total, in a hazard's report too
    ("Since the monsoon began, 81 people have died in rain-related incidents in the state.", "killed", "cumulative", 81),
    ("Twelve people died in weather-related incidents over the weekend.", "killed", "cumulative", 12),
    ("Monsoon floods have killed 81 people in the state since June.", "killed", "incident", 81),
    # treated in hospital for injuries: alive, as "treated for injuries" are, beside the dead
    ("A train crash killed 57 people. Eighty-five people were treated in hospital for their injuries.",
     "injured", "incident", 85),
    ("The blast killed 6. Forty were treated at local hospitals for minor injuries.", "injured", "incident", 40),
    # treated in hospital, no injury said: hit, the dead among them
    ("A train crash killed 57 people. Eighty-five people were treated at hospitals.", "injured", "incident", 28),
    # the heat's hurts are injuries, as the cold's are ("treated for frostbite")
    ("The heat wave killed 3 people. Hospitals treated 60 people for heat-related illness.", "injured", "incident", 60),
    ("During the heat wave, 25 marchers were treated for heat exhaustion.", "injured", "incident", 25),
    ("Eleven pilgrims were admitted with heatstroke on Friday.", "injured", "incident", 11),
    ("Clinics treated 14 people for frostbite during the cold snap.", "injured", "incident", 14),
    # ... an illness of no heat is none, nor a death from heat
    ("The gunman suffered from a mental illness, his family said.", "injured", "incident", None),
    ("Two hikers died of heatstroke on the trail.", "injured", "incident", None),
    ("Two hikers died of heatstroke on the trail.", "killed", "incident", 2),
    # a span of days in a hazard's report is the hazard's own; of shootings, a round-up
    ("A heat wave gripped the city. Four people died during the five-day stretch.", "killed", "incident", 4),
    ("Police reported a spate of shootings. Four people died during the five-day stretch.", "killed", "cumulative", 4),
]


@pytest.mark.parametrize(("text", "outcome", "scope", "best"), SEASONS_AND_TREATMENT)
def test_seasons_and_treatment(text: str, outcome: Outcome, scope: str, best: int | None) -> None:
    assert _figure(text, outcome, scope) == best


BELIEVED_TO_HAVE: list[tuple[str, int | None]] = [
    # "to have" right before the verb: the verb is active, its object the dead
    ("The blast is believed to have killed 14 people.", 14),
    ("The mudslide is confirmed to have killed 9 villagers.", 9),
    ("The fire is thought to have killed 200 people.", 200),
    ("Around 200 people are estimated to have died in the fire.", 200),
    # "to have been": passive, its subject the dead
    ("Three miners were found to have been killed.", 3),
    ("Two people had been killed by the falling wall.", 2),
    # no people after the active verb, or no verb of harm: nobody
    ("The floods are believed to have killed 300 head of cattle.", None),
    ("The storm is believed to have damaged 40 homes.", None),
]


@pytest.mark.parametrize(("text", "best"), BELIEVED_TO_HAVE)
def test_believed_to_have_killed(text: str, best: int | None) -> None:
    assert _figure(text) == best


HAZARD_WEEKS: list[tuple[str, str, int]] = [
    # a hazard's own weeks ("in the past week") and heat as a hazard
    ("At least 40 people have died due to extreme heat in the country in the past week.", "incident", 40),
    ("Floods have killed 40 people in the past two weeks.", "incident", 40),
    # no hazard, or a year: a running total
    ("Gunmen have killed 40 people in the past two weeks.", "cumulative", 40),
    ("Floods have killed 400 people in the past year.", "cumulative", 400),
    ("In the heat of the moment, he killed two people in the state.", "cumulative", 2),
]


@pytest.mark.parametrize(("text", "scope", "best"), HAZARD_WEEKS)
def test_a_hazards_own_weeks(text: str, scope: str, best: int) -> None:
    assert _figure(text, "killed", scope) == best


WHOLES_AND_PARTS: list[tuple[str, int]] = [
    # a toll told as a whole ("at least"), then a place's dead: a part of it
    ("At least 57 people were killed by the tornadoes in Kentucky. In Mayfield, eight people died at a factory.", 57),
    ("More than 40 people died in the floods in Assam. In Nagaon, six people drowned.", 40),
    # an exact group in a place, then another place's: more people in a hazard's report
    ("Two people were killed by the tornado in Dover. In Alma, three people died when a roof fell in.", 5),
]


@pytest.mark.parametrize(("text", "best"), WHOLES_AND_PARTS)
def test_a_place_after_a_whole_is_a_part(text: str, best: int) -> None:
    assert _figure(text) == best


RECALLED: list[tuple[str, str, int]] = [
    # an event earlier in the week or month is another event
    ("Earlier in the week, a stampede at a school in Ibadan killed 35 children.", "cumulative", 35),
    ("Earlier in the month, a ferry sank on the same lake, killing 40.", "cumulative", 40),
    # the report's own event, said earlier in the week by someone, is still its own
    ("The stampede killed 31 people on Saturday, police said earlier in the week.", "incident", 31),
]


@pytest.mark.parametrize(("text", "scope", "best"), RECALLED)
def test_an_event_earlier_in_the_week(text: str, scope: str, best: int) -> None:
    assert _figure(text, "killed", scope) == best


COUNTRY_BY_COUNTRY: list[tuple[str, int]] = [
    # a list of counts at named places, the verb told once: separate groups, summed
    ("Eight people died in Guatemala, five in Honduras and two in Nicaragua.", 15),
    ("Twenty-one people were killed in Ogossagou and 19 in Welingara.", 40),
    # a whole, then its parts: the whole
    ("Six people were killed in the tornado, five in Marshall County and one in Cullman County.", 6),
    ("Six people were killed in Alabama, five in Marshall County and one in Cullman County.", 6),
    # no "and" to end the list: the first count only
    ("Eight people died in Guatemala, five in Honduras, officials said.", 8),
]


@pytest.mark.parametrize(("text", "best"), COUNTRY_BY_COUNTRY)
def test_country_by_country(text: str, best: int) -> None:
    assert _figure(text) == best


# An active verb's object, then more counts at other named places, the last joined by "and": a sum; not a
# whole at a place of no name and its parts, nor a list with no "and" to end it.
OBJECT_PLACE_BY_PLACE = [
    ("The rains killed 9 people in Malawi, 6 in Mozambique and 2 in Zambia.", 17),
    ("The rains killed 9 people in Malawi, 6 in Mozambique, and 2 in Zambia.", 17),
    ("The cyclone killed 20 people in Texas, 6 in Oklahoma, 3 in Kansas and 1 in Missouri.", 30),
    ("The rains killed 9 people in Malawi and 6 in Mozambique.", 15),
    ("The rains killed 9 people in the south, 6 in Mozambique and 3 in Zambia.", 9),
    ("The rains killed 9 people in Malawi, 6 in Mozambique, officials said.", 9),
]


@pytest.mark.parametrize(("text", "best"), OBJECT_PLACE_BY_PLACE)
def test_country_by_country_after_an_active_verb(text: str, best: int) -> None:
    assert _figure(text) == best


COUNTS_BY_PLACE: list[tuple[str, Outcome, int | None]] = [
    # a plural noun of the dead or hurt, "in", and places by name each with its count in parentheses: the sum
    ("Officials reported deaths in Sylhet (6), Sunamganj (3) and Moulvibazar (1) after the floods.", "killed", 10),
    ("The agency listed injuries in Lower Dir (12), Swat (3), and Bajaur (7).", "injured", 22),
    # one place alone, a count before the noun, or years in the parentheses are no such list
    ("Officials reported deaths in Sylhet (6) after the floods.", "killed", None),
    ("Ten deaths in Sylhet (9) and Sunamganj (1) were reported.", "killed", 10),
    ("The report recalled deaths in Sylhet (2004) and Sunamganj (2017) in earlier floods.", "killed", None),
]


@pytest.mark.parametrize(("text", "outcome", "best"), COUNTS_BY_PLACE)
def test_counts_by_place_add_up(text: str, outcome: Outcome, best: int | None) -> None:
    assert _figure(text, outcome) == best
