"""Running totals, generated from lexicon.toml [cumulative]: each phrase and word, read in a sentence of our
own, makes the figure beside it ``cumulative`` (a total of several events), where the same sentence
without it is one incident's toll."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualty_cli.extraction import extract_statements
from casualty_cli.extraction.lexicon import lexicon, lexicon_data
from casualty_cli.extraction.statements import _OTHER_STORY_LABEL, _line_labels
from casualty_cli.model import Document, report_figure

_CUMULATIVE = lexicon_data()["cumulative"]


def _scopes(text: str) -> list[str]:
    return [s.scope for s in extract_statements(Document("t", text)) if s.outcome == "killed"]


def test_without_a_cue_the_toll_is_one_incidents() -> None:
    assert _scopes("Eleven people were killed, police said.") == ["incident"]


@pytest.mark.parametrize("phrase", _CUMULATIVE["phrases"])
def test_every_phrase_makes_a_running_total(phrase: str) -> None:
    assert _scopes(f"Eleven people were killed {phrase} the year, police said.") == ["cumulative"]


def test_a_place_in_a_country_is_no_national_total() -> None:
    # ("in the U.S." is no phrase of the table: "a party in the U.S. city of Houston" is one place)
    text = "A party in the U.S. city of Houston ended in gunfire, leaving one person dead, police said."
    assert _scopes(text) == ["incident"]


@pytest.mark.parametrize("war", _CUMULATIVE["wars"])
def test_a_war_has_killed_is_a_running_total(war: str) -> None:
    assert _scopes(f"The {war} has killed eleven people.") == ["cumulative"]
    # the war's place between it and its verb ("the war in Sudan has killed", "the conflict over the
    # region has since killed")
    assert _scopes(f"The {war} in the north has killed eleven people.") == ["cumulative"]
    assert _scopes(f"The {war} on the border has since killed eleven people, the UN said.") == ["cumulative"]
    assert _scopes(f"Eleven people were killed in the {war}, police said.") == ["cumulative"]
    assert _scopes(f"Eleven aid workers have been killed during the {war}.") == ["cumulative"]
    # the event that set the war off, told with what it did, is the war's first day
    assert _scopes(f"Eleven guards were killed in the raid that started the {war}.") == ["cumulative"]
    assert _scopes("Eleven guards were killed in a raid that started a fire.") == ["incident"]
    assert _scopes(f"The {war} began when gunmen stormed the town, killing eleven people.") == ["cumulative"]
    assert _scopes(f"Eleven nurses died throughout the {war}.") == ["cumulative"]


@pytest.mark.parametrize("campaign", _CUMULATIVE["campaigns"])
def test_what_a_campaign_has_killed_is_a_running_total(campaign: str) -> None:
    assert _scopes(f"The {campaign} has killed eleven people.") == ["cumulative"]
    assert _scopes(f"Russia's {campaign} has killed eleven people.") == ["cumulative"]
    assert _scopes(f"Russia's {campaign} of Ukraine has killed eleven people.") == ["cumulative"]
    assert _scopes(f"The army's {campaign} in the Swat valley has since killed eleven people.") == ["cumulative"]
    # a place after the verb is where the people died, not the campaign's
    assert _scopes(f"Soldiers of the {campaign} killed eleven people in the town on Monday.") == ["incident"]
    assert _scopes(f"The military {campaign}, now in its second month, has killed eleven people.") == ["cumulative"]
    # one day's fighting in a campaign: the day's toll
    assert _scopes(f"Eleven soldiers were killed in the {campaign} on Tuesday, officials said.") == ["incident"]
    # what a side "has lost" in it, or who "have been killed" in it, is the campaign's running total
    assert _scopes(f"The army says it has lost eleven soldiers in the {campaign}.") == ["cumulative"]
    assert _scopes(f"Eleven medics have been killed during the {campaign}, the union said.") == ["cumulative"]
    assert _scopes("The army said it lost eleven soldiers in the town on Tuesday.") == ["incident"]


@pytest.mark.parametrize("spread", _CUMULATIVE["spread_phrases"])
def test_a_spread_in_the_clause_of_how_it_happened_is_the_events_reach(spread: str) -> None:
    # the toll before "when" is one event's, however far the event reached
    text = f"Nine people were killed and 400 hurt when handheld radios blew up {spread} on Tuesday."
    assert _scopes(text) == ["incident"]
    # the same spread told of the toll itself, or before the clause, sums many events
    assert _scopes(f"Nine people were killed {spread} on Tuesday when storms of gunfire broke out.") == ["cumulative"]
    # one event named as the subject's head, with what it was of, reaches as far as it did: its own toll
    assert _scopes(f"The blast of hundreds of radios carried by militiamen {spread} killed nine people.") == ["incident"]
    assert _scopes(f"Attacks on radio carriers {spread} killed nine people.") == ["cumulative"]
    assert _scopes(f"Nine people were killed {spread} on Tuesday, police said.") == ["cumulative"]


# A count of days in the clause of how the event happened is its length, as a spread there is its reach:
# the toll before "when" is one event's; a count of days told of the toll itself sums what they held.
DAYS_OF_HOW_IT_HAPPENED = [
    ("At least 300 civilians were killed when fighters stormed the camp over two days, the UN said.", "incident"),
    ("Forty villagers died when raiders burned the settlement within three days.", "incident"),
    ("At least 300 civilians were killed over two days when fighters stormed the camp.", "cumulative"),
    ("At least 30 people were killed in attacks over three days, the UN said.", "cumulative"),
]


@pytest.mark.parametrize(("text", "scope"), DAYS_OF_HOW_IT_HAPPENED)
def test_days_in_the_clause_of_how_it_happened_are_the_events_length(text: str, scope: str) -> None:
    assert _scopes(text) == [scope]


@pytest.mark.parametrize("events", _CUMULATIVE["spread_events"])
def test_events_across_a_country_make_a_running_total(events: str) -> None:
    assert _scopes(f"Russian {events} killed eleven civilians across Ukraine, officials said.") == ["cumulative"]
    assert _scopes(f"The {events} killed eleven people across the north on Monday.") == ["cumulative"]
    # across a street or a border is where, not how widely
    assert _scopes(f"The {events} killed eleven people across the street from the school.") == ["incident"]


# What a verb of an outcome did "across" a country or a region, past its count and noun, is a total over
# its places whatever the event's noun ("a barrage on Friday, which Kyiv says killed 39 people across
# Ukraine"); across a street, a border, or "across from" a place is where.
ACROSS_AFTER_THE_COUNT = [
    ("A barrage of missiles on Friday, which officials say killed 39 people across Ukraine, was the largest.", "cumulative"),
    ("The raids killed 12 civilians across the Kharkiv region, the governor said.", "cumulative"),
    ("A car bomb killed 12 people across from the mosque, police said.", "incident"),
    ("A sniper killed two men across the river from the village.", "incident"),
]


@pytest.mark.parametrize(("text", "scope"), ACROSS_AFTER_THE_COUNT)
def test_a_count_told_across_a_land_is_a_total(text: str, scope: str) -> None:
    assert _scopes(text) == [scope]


@pytest.mark.parametrize("superlative", _CUMULATIVE["superlatives"])
def test_a_comparison_dates_the_event_compared_with_not_this_one(superlative: str) -> None:
    # this event's figures stand before the comparison; the one compared with stands after it
    text = f"Gunmen killed eleven people in the market, the {superlative} attack in the region this year."
    assert _scopes(text) == ["incident"]
    text = f"It was the {superlative} attack since 2014, when a bombing killed 96 people."
    assert _scopes(text) == ["cumulative"]


# A record of the weather dates its reading, not the dead ([cumulative] record_superlatives): a cue after one,
# alone or after a word of place or time, is no running total; a record of a total of the dead still is.
WEATHER_RECORDS = [
    ("Eight people died of heatstroke on Monday as the temperature reached 48 degrees, the highest in the "
     "province this year.", "incident"),
    ("Three farmers died of exposure as the mercury fell to minus 12, the coldest so far this winter.",
     "incident"),
    ("Two boys drowned in the river on Friday, the wettest day this season.", "incident"),
    ("The decade's highest total came in 2009, with 61 rangers shot dead.", "cumulative"),
]


@pytest.mark.parametrize(("text", "scope"), WEATHER_RECORDS)
def test_a_record_of_the_weather_dates_the_reading(text: str, scope: str) -> None:
    assert _scopes(text) == [scope]


# A natural hazard's mishaps told over the last day are that day's toll, as a daily bulletin gives it
# ([cumulative] hazard_day_tallies, last_day); over a season, or with no hazard, a running total.
HAZARD_DAY_TALLIES = [
    ("Four more people died in storm-related incidents in the past 24 hours, officials said.", "incident"),
    ("Seven people were killed in rain-related incidents in the hill district during the last 24 hours.",
     "incident"),
    ("Some 81 people have died in rain-related incidents in the state since the monsoon set in.", "cumulative"),
    ("Four more people died in crime-related incidents in the past 24 hours, police said.", "cumulative"),
]


@pytest.mark.parametrize(("text", "scope"), HAZARD_DAY_TALLIES)
def test_a_hazards_tally_of_the_last_day_is_its_toll(text: str, scope: str) -> None:
    assert _scopes(text) == [scope]


@pytest.mark.parametrize("word", _CUMULATIVE["total_clauses"])
def test_a_clause_of_a_total_keeps_its_cue_to_itself(word: str) -> None:
    text = f"Airstrikes killed 27 people overnight, {word} the toll since the war began to 34,183."
    statements = [s for s in extract_statements(Document("t", text)) if s.outcome == "killed"]
    assert sorted((s.best, s.scope) for s in statements) == [(27, "incident"), (34183, "cumulative")]
    # a cue before the clause speaks for the whole sentence
    text = f"Since the war began, strikes have killed 27 more people, {word} the total to 34,183."
    statements = [s for s in extract_statements(Document("t", text)) if s.outcome == "killed"]
    assert {s.scope for s in statements} == {"cumulative"}


@pytest.mark.parametrize("battle", _CUMULATIVE["battles"])
def test_a_battles_days_are_its_own(battle: str) -> None:
    """A battle fought over days: its toll "since Sunday" is one incident's, as a storm's is; a word of
    the table capitalised inside the sentence (a name's) is none, nor are many events ("shootings")."""
    assert _scopes(f"The {battle} near the town killed 40 people since Sunday.") == ["incident"]
    assert _scopes(f"{battle.capitalize()} near the town killed 40 people over three days.") == ["incident"]
    assert _scopes(f"TOWN - {battle.capitalize()} near the town killed 40 people over three days.") == ["incident"]
    assert _scopes(f"Police said {battle.capitalize()} near the town killed 40 people since Sunday.") == ["cumulative"]
    assert _scopes("The shootings near the town killed 40 people since Sunday.") == ["cumulative"]


@pytest.mark.parametrize("joint", _CUMULATIVE["joint_events"])
def test_attacks_told_as_one_operation_are_one_event(joint: str) -> None:
    assert _scopes(f"Gunmen killed 40 villagers and 9 soldiers in two {joint} attacks on Friday.") == ["incident"]
    assert _scopes(f"The army said 40 people were killed in the three {joint} attacks.") == ["incident"]
    # attacks told apart, or counted with no such word, are several events
    assert _scopes("Gunmen killed 40 villagers in two attacks on Friday.") == ["cumulative"]
    assert _scopes("Forty people were killed in three separate attacks, the army said.") == ["cumulative"]


# One list of an attack's parts: [cumulative] joint_events, and with them event_multiples ("the double
# bombing"), make a plural noun of events one attack's parts in a sum "in total" too; a multiple after a
# count of events counts events ("two double homicides" are two), so it is none of joint_events.
@pytest.mark.parametrize("word", sorted(lexicon().one_event_of_parts))
def test_an_attacks_parts_in_a_sum_are_one_event(word: str) -> None:
    assert _scopes(f"In total, 11 people were killed in the {word} blasts.") == ["incident"]
    assert _scopes("In total, 11 people were killed in the blasts.") == ["cumulative"]


def test_the_words_of_an_attacks_parts_are_one_list() -> None:
    multiples = set(lexicon_data()["event_multiples"])
    assert lexicon().one_event_of_parts == {*_CUMULATIVE["joint_events"], *multiples}
    assert not multiples & set(_CUMULATIVE["joint_events"])


@pytest.mark.parametrize("multiple", lexicon_data()["event_multiples"])
def test_a_count_of_multiple_events_is_several(multiple: str) -> None:
    assert _scopes(f"Police said 6 people were killed in two {multiple} homicides.") == ["cumulative"]


@pytest.mark.parametrize("run", _CUMULATIVE["runs"])
@pytest.mark.parametrize("events", _CUMULATIVE["run_events"])
def test_a_run_of_events_is_a_running_total(run: str, events: str) -> None:
    assert _scopes(f"Eleven people were killed in a {run} of {events}, police said.") == ["cumulative"]


@pytest.mark.parametrize("tie", _CUMULATIVE["tied_to_events"])
def test_events_the_victims_are_tied_to_are_no_spread_of_the_toll(tie: str) -> None:
    # the count of events modifies the people counted: one incident's toll
    assert _scopes(f"Six gang members {tie} the three recent attacks were shot dead by police.") == ["incident"]
    # ... while the same events as where the toll fell sum it over them
    assert _scopes(f"Six gang members {tie} the raid were shot dead in three attacks.") == ["cumulative"]


TIED_TO_EVENTS = [
    ("Police shot dead four robbers wanted for the two bank raids in the town.", "incident"),
    ("The two attacks killed four traders.", "cumulative"),
    ("Four traders were killed in the two attacks, police said.", "cumulative"),
    # a tie of the attackers, not of the counted dead, and the toll told in the events themselves
    ("Gunmen linked to the militia killed four traders in two attacks.", "cumulative"),
]


@pytest.mark.parametrize(("text", "scope"), TIED_TO_EVENTS)
def test_a_tie_speaks_for_its_own_events_only(text: str, scope: str) -> None:
    assert _scopes(text) == [scope]


@pytest.mark.parametrize("label", _CUMULATIVE["other_story_labels"])
def test_a_link_to_another_story_is_no_toll_of_this_one(label: str) -> None:
    page = "Fire on Elm Street\n\nA house burned down on Monday.\n\n{}Two people were killed in a crash on Elm Street."
    assert _scopes(page.format(f"{label.capitalize()}: ")) == ["cumulative"]
    assert _scopes(page.format("")) == ["incident"]


def test_a_label_mid_line_opens_a_link_too() -> None:
    """A sentence that opens with a label and a colon where no line opens is a link as well."""
    page = "A house burned down on Monday. {}Two people were killed in a crash on Elm Street."
    assert _scopes(page.format("See also: ")) == ["cumulative"]
    assert _scopes(page.format("")) == ["incident"]


# A page's lines of links to other stories, by line: a label with a colon, a label alone over the
# headlines under it (up to a line that closes as a sentence does), a label of two words before a
# capitalised headline.
OTHER_STORY_LINES = [
    ("Two men were shot.\nRELATED: Vigil held after 7 people shot at nightclub\nBoth are stable.",
     ["RELATED: Vigil held after 7 people shot at nightclub"]),
    ("A strike killed 7.\nRelated Coverage Man shot and killed in Dayton\nMedics said so.",
     ["Related Coverage Man shot and killed in Dayton"]),
    ("A strike killed 7.\nRelated Coverage\nGaza death toll passes 52,000, ministry says\nAdvertisement\n"
     "Residents said the family had fled.\nOther news follows", ["Related Coverage", "Gaza death toll passes "
     "52,000, ministry says", "Advertisement"]),
    ("Read more:\n\nStorm kills 12 in Texas\nSee also: Flood toll rises to 9\nThe end.",
     ["Read more:", "Storm kills 12 in Texas", "See also: Flood toll rises to 9"]),
    # words of a label in the story's own sentences are none
    ("Related attacks killed 5 people last year.\nRead more about the attack below, police said.", []),
    ("More than 30 people were killed.\nRecommended steps were ignored.", []),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_STORY_LINES)
def test_lines_of_links_to_other_stories(text: str, expected: list[str]) -> None:
    from casualty_cli.extraction.statements import other_story_lines

    assert sorted({text[s:e] for s, e in other_story_lines(text)}, key=text.index) == expected


def test_a_list_of_links_under_a_label_counts_for_no_toll() -> None:
    text = (
        "Israeli strike on Gaza home kills seven, medics say\n"
        "An Israeli air strike on a house in Nuseirat killed seven people and wounded 12 on Sunday, medics said.\n"
        "READ MORE: Israeli strike on school shelter kills 27\n"
        "Related Coverage\n"
        "Gaza death toll passes 52,000, health ministry says\n"
        "Advertisement\n"
        "Residents said the family had fled there months ago.\n"
    )
    statements = extract_statements(Document("f", text))
    assert (report_figure(statements, "killed"), report_figure(statements, "injured")) == (7, 12)
    assert {s.scope for s in statements if s.best in (27, 52000)} == {"cumulative"}


_LINE_PIECES = st.sampled_from(
    ["\n", "\n", " ", "\t", "-", "*", "Related", "related", "RELATED", " Coverage", "More on this", ":", "x",
     "Read more", "\r", "—", "See also", ".", "_", "moreover", "related-"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE_PIECES, max_size=15).map("".join))
def test_labels_are_looked_for_where_lines_start_only(text: str) -> None:
    """The labels of links are matched at each line's start, as a search of the whole text finds them."""
    found = [(m.span(), m.groups()) for m in _line_labels(text)]
    assert found == [(m.span(), m.groups()) for m in _OTHER_STORY_LABEL.finditer(text)]


# A toll over a count of weeks, months or years is a total of what happened in them, as one "in the past
# four months" is; a natural hazard's own weeks are its own, and a comparison's span dates the comparison.
SPANS_OF_WEEKS = [
    ("About 40 people have been killed in three months of protests, a rights group said.", "cumulative"),
    ("Rebels have killed some 300 civilians over two years of fighting in the region.", "cumulative"),
    ("Mourners honoured nearly 90 people killed in over four months of unrest.", "cumulative"),
    ("Eleven people were killed during several weeks of clashes along the border.", "cumulative"),
    # a hazard's own span
    ("The floods have killed 120 people in two weeks, officials said.", "incident"),
    # a comparison's span
    ("It was the deadliest attack in two years, killing 31 people at the market.", "incident"),
    # a count of days is a battle's or a sum as before, and no span of weeks: an event's own toll
    ("A gunman killed three people at the market on Monday.", "incident"),
]


@pytest.mark.parametrize(("text", "scope"), SPANS_OF_WEEKS)
def test_a_toll_over_weeks_months_or_years_is_a_running_total(text: str, scope: str) -> None:
    assert _scopes(text) == [scope]


# A week of a month or a year is a span of many events, as "the past four months" is; one event named by
# its day ("the earthquake of February 6"), as history names it, is another event than the report's, but
# in a natural hazard's own report it is the report's event.
WEEKS_AND_NAMED_DAYS = [
    ("At least 13 civilians were killed in the province in the first week of June, the UN said.", "cumulative"),
    ("Twenty migrants died at sea during the last week of March, the agency said.", "cumulative"),
    ("The town was hit by the flood of 12 August, in which 300 people died.", "cumulative"),
    ("Survivors of the bombing of March 3, which killed 40 people, marched on Sunday.", "cumulative"),
    ("A bomb killed 13 people at the market on 6 February, police said.", "incident"),
    ("Gunmen killed 13 villagers in the first attack on the town, police said.", "incident"),
]


@pytest.mark.parametrize(("text", "scope"), WEEKS_AND_NAMED_DAYS)
def test_a_week_of_a_month_or_an_event_named_by_its_day(text: str, scope: str) -> None:
    assert _scopes(text) == [scope]


def test_an_event_named_by_its_day_in_its_own_report() -> None:
    text = "Earthquake flattens villages\n\nA powerful earthquake struck the valley on Monday.\n\nThe earthquake of 6 February killed 140 people, officials said."
    assert "incident" in _scopes(text)
    # a lead that tells an event of the same noun: the report's own, named by its day
    text = "Attack on market kills 40\n\nGunmen opened fire in the market.\n\nThe attack of 12 March killed 40 people, the UN said."
    assert _scopes(text) == ["incident", "incident"]
    # a lead of another event: the one named by its day is history
    text = "Strike on market kills nine\n\nThe town was hit by the earthquake of 6 February, in which 4,500 people died."
    assert _scopes(text) == ["incident", "cumulative"]


#: What happened a span of time before the report's own event is another event's toll; a span before
#: something that is no event ("before the election") or no span ("before the crowd") says nothing so.
BEFORE_THE_EVENT = [
    ("A week before the Mogadishu attack, gunmen bombed an office in Beledweyne, killing 20 people.", "cumulative"),
    ("Days before the bombing, a mine killed 20 soldiers near Baidoa.", "cumulative"),
    ("Two months before Saturday's blast, a car bomb killed 20 people at the same junction.", "cumulative"),
    ("Hours before the attack, police had shot dead 20 suspects in a raid.", "cumulative"),
    ("Two days before the election, gunmen killed 20 villagers in Kaduna.", "incident"),
    ("A gunman stepped before the crowd and opened fire, killing 20 people.", "incident"),
]


@pytest.mark.parametrize(("text", "scope"), BEFORE_THE_EVENT)
def test_a_span_before_the_reports_event_is_another_events(text: str, scope: str) -> None:
    assert _scopes(text) == [scope]


# A day of the month before its name dates a running total's start as the month alone does ("since 1 July
# 2024" as "since July", and in a natural hazard's report its own weeks as that); a full date without
# "since" is the event's own.
DAY_MONTH_SINCE: list[tuple[str, str]] = [
    ("Attacks have killed 283 people in the province since 1 July 2024, the authority said.", "cumulative"),
    ("Bandits have killed 96 villagers in the district since 3rd March.", "cumulative"),
    ("Gunmen killed 14 villagers in the district on 3 March 2024.", "incident"),
]


@pytest.mark.parametrize(("text", "scope"), DAY_MONTH_SINCE)
def test_since_a_day_of_a_month_is_a_running_total(text: str, scope: str) -> None:
    assert _scopes(text) == [scope]


# The day a party set a war or a campaign off, told by who did it, starts a running total as "since the war
# began" does; a start that is no war's (a search, a rescue) dates the event's own toll.
SINCE_A_PARTY_BEGAN: list[tuple[str, str]] = [
    ("More than 9,000 people have been killed in the territory since the army began its campaign.", "cumulative"),
    ("Some 12,000 civilians have died since Moscow launched its full-scale invasion, the UN said.", "cumulative"),
    ("At least 600 children have been killed since Russian troops invaded, officials said.", "cumulative"),
    ("About 500 soldiers have died since the junta's military offensive, a monitor said.", "cumulative"),
    ("Rescuers have recovered 40 bodies since volunteers began the search on Monday.", "incident"),
    ("Forty people have been killed since the rebels started shelling the town on Friday.", "cumulative"),
    ("Gunmen killed 14 villagers in the district on Friday, police said.", "incident"),
]


@pytest.mark.parametrize(("text", "scope"), SINCE_A_PARTY_BEGAN)
def test_since_a_party_set_a_war_off_is_a_running_total(text: str, scope: str) -> None:
    assert _scopes(text) == [scope]


# An aside of "which" right after the noun of an event dates that event: a cue inside it speaks for the
# toll the sentence gives ("Cyclone Nargis, which hit the delta in 2008, killed 138,000"); an aside about a
# person or a place speaks for itself only.
EVENT_ASIDES: list[tuple[str, str]] = [
    ("Cyclone Idai, which struck the coast in 2019, killed more than 600 people.", "cumulative"),
    ("The earthquake, which hit the region three years ago, killed 2,000 people.", "cumulative"),
    ("The market bombing, which happened in 2016, killed 41 shoppers.", "cumulative"),
    ("The clinic, which opened in 2010, was shelled on Monday, killing 12 patients.", "incident"),
    ("A gang leader, who had a hand in a spate of killings, was lynched on Sunday.", "incident"),
    # a noun in apposition with its own relative clause: what the source does, not when the deaths were
    ("The Emergency Lawyers, a group that tracks abuses in the war, said more than 100 people were killed.",
     "incident"),
    ("The mission, an office which has counted the dead since 2014, said 12 villagers were shot dead.", "incident"),
]


@pytest.mark.parametrize(("text", "scope"), EVENT_ASIDES)
def test_an_aside_about_the_event_dates_its_toll(text: str, scope: str) -> None:
    assert _scopes(text) == [scope]


def test_since_a_day_of_a_month_is_a_hazards_own_time() -> None:
    assert _scopes("Floods have killed 283 people in the province since 1 July, the authority said.") == ["incident"]


# A war's toll told in its clause of "in which", and a toll "in that period" after a period named in the
# sentence before, are totals over months or years; a clash "in which" a few died, and a count told with no
# period, are one event's.
WARS_IN_WHICH_AND_PERIODS_TOLD_BEFORE: list[tuple[str, str]] = [
    ("Leaders met to save the 2018 deal that ended a civil war in which some 380,000 people died.", "cumulative"),
    ("The ceasefire ended a conflict in which more than 12,000 people were killed.", "cumulative"),
    ("Monitors counted attacks from January to June. They said 640 civilians were killed in that period.",
     "cumulative"),
    ("The agency gave its figures for the first quarter. Over the same period, 212 aid workers were killed.",
     "cumulative"),
    ("Police said 14 people were killed in a clash in which troops fired on the crowd.", "incident"),
    ("Monitors counted attacks from January to June. On Monday, a mortar round killed 6 civilians.", "incident"),
]


@pytest.mark.parametrize(("text", "scope"), WARS_IN_WHICH_AND_PERIODS_TOLD_BEFORE)
def test_a_wars_clause_and_a_period_told_before_make_a_total(text: str, scope: str) -> None:
    assert _scopes(text)[-1] == scope


# A count of days of one fight or raid, named right after it, is that fight's length, as a battle's days are;
# a count of days alone, or of separate events, is a running total.
DAYS_OF_ONE_FIGHT: list[tuple[str, str]] = [
    ("Militiamen killed 150 people in three days of attacks on two farming villages, monitors said.", "incident"),
    ("At least 60 people were killed in four days of shelling of the old town.", "incident"),
    ("At least 60 people were killed in four days, the ministry said.", "cumulative"),
    ("Nine people were killed in three attacks on police posts.", "cumulative"),
]


@pytest.mark.parametrize(("text", "scope"), DAYS_OF_ONE_FIGHT)
def test_days_of_one_fight_are_its_own(text: str, scope: str) -> None:
    assert _scopes(text) == [scope]


# Background that war reports give beside their lead (blind22a): the event a party opened its war after, an
# event named by its day with its toll in a clause of its own, and a span counted from an event are other
# events' tolls or running totals; the same words without the cue are one incident's.
WAR_BACKGROUND: list[tuple[str, str]] = [
    ("The army began its offensive after rebels overran the border town, killing about 900 people.",
     "cumulative"),
    ("The government launched a military campaign in response to raids in which 300 villagers died.", "cumulative"),
    ("Rebels overran the border town on Friday, killing about 90 people.", "incident"),
    ("Fighters took 40 people captive in the March 3 raid, in which about 600 people were killed.", "cumulative"),
    ("Gunmen fired on the crowd in the 12 June attack that killed 45 worshippers.", "cumulative"),
    ("A teenager was charged on Monday in the June 4 fatal shooting of a 15-year-old.", "incident"),
    ("The monitors counted 450 civilians killed in the first eight months after the coup.", "cumulative"),
    ("The monitors counted 450 civilians killed over the past two years since the truce collapsed.", "cumulative"),
    ("The monitors said 45 civilians were killed in the shelling of the town on Monday.", "incident"),
    ("The militia said it shelled the airport in retaliation for air raids on its bases, which killed 17 fighters.",
     "cumulative"),
    ("Police shot dead 5 raiders in response to a cattle raid during which 12 herders were killed.", "incident"),
    # a region named by the country it is in is one event's place, no country's total
    ("A roadside bomb killed 9 soldiers in the country's northern region on Monday.", "incident"),
    ("Roadside bombs have killed 90 soldiers in the country, the army said.", "cumulative"),
]


@pytest.mark.parametrize(("text", "scope"), WAR_BACKGROUND)
def test_a_war_reports_background_is_no_incidents(text: str, scope: str) -> None:
    assert _scopes(text)[-1] == scope
