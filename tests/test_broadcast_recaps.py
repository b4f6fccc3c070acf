"""Broadcast transcripts and newsletters (blind25e, t25_ in fixtures/wire_reports): a recap holds the report's
toll, a briefing's items below its top story are other events, and a part told in an aside inside a list is no
item of it. Sentences in our own words."""

from __future__ import annotations

import pytest
from gold_texts import figure

RECAPS: list[tuple[str, str, int]] = [
    # a figure corrected on air, then the recap: the corrected one is the toll
    ("HOST: What is the toll? REPORTER: Overnight the governor was saying 40 people had died. This morning the "
     "coroner's office says 36 people were killed in the fire. HOST: To recap: 36 people killed in the fire at the "
     "market.", "killed", 36),
    # an attack recalled in passing, larger than the report's own toll
    ("REPORTER: Four people were killed when the bomb went off at the bus stop. HOST: The city has been hit before. "
     "REPORTER: In 2015 a gunman killed 28 people at a cinema here, and the trial is still going on. HOST: To sum "
     "up: four killed and 19 wounded in the bus-stop bombing.", "killed", 4),
    # a recap's plural of one event's parts is no sum over several events
    ("REPORTER: Bombs went off at the station and at the stadium within minutes. 17 people were killed. HOST: So, "
     "to update our viewers: 17 people killed in the attacks at the station and the stadium.", "killed", 17),
    # a newsletter's summary of the day
    ("09:10 Rockets hit the depot, at least 12 killed, more than 60 wounded.\n15:40 Mayor: 55 wounded, 14 dead.\n"
     "20:00 Summary of the day: strike on the depot - 14 killed, 55 wounded.", "injured", 55),
    # a recap told in parts keeps the sum of those parts
    ("REPORTER: Of the 80 people on the ferry, 71 drowned. At least 3 people on the pier were also killed. HOST: So, "
     "to recap: 71 of the 80 on board died, and at least 3 on the pier.", "killed", 74),
    # not a recap: no colon after the cue, and a larger figure told later stays the toll
    ("The mayor said at this point 12 people were confirmed dead. By the evening the toll had risen to 20 people "
     "killed.", "killed", 20),
    # not the last sentence of its outcome: a recap in passing is no closing summary
    ("HOST: To recap: 10 people killed in the blast. REPORTER: And just now the ministry said 15 people had died.",
     "killed", 15),
    # a recap of one group holds no whole toll
    ("REPORTER: Ten people were killed when the gunman opened fire at the depot. HOST: To recap: three police "
     "officers killed at the depot.", "killed", 10),
    # a recap of a running total leaves the report's own toll alone
    ("REPORTER: The strike on the school killed 29 people. HOST: To recap: the ministry says 38,000 have been killed "
     "since the war began.", "killed", 29),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), RECAPS)
def test_a_recap_holds_the_reports_toll(text: str, outcome: str, expected: int) -> None:
    assert figure(text, outcome) == expected


BRIEFINGS: list[tuple[str, str, int]] = [
    # the items under a heading of other news are other events
    ("MORNING BRIEFING\n\nTOP STORY: A drone hit a clinic in the north on Sunday, killing three nurses.\n\n"
     "ALSO IN THE NEWS\n- Floods in the south killed 40 people, officials said.\n- A bus crash killed 11 "
     "pilgrims.\n\nQUOTE OF THE DAY\nA nurse: \"We keep working.\"", "killed", 3),
    ("EVENING UPDATE\n\nA car bomb outside the court killed seven people, police said.\n\nIN BRIEF\n- A ferry "
     "capsized on the lake, drowning 25 passengers.\n", "killed", 7),
    # a heading's words before a colon on their line sum up the report's own event: no section
    ("In brief: a gas blast at the mine killed 22 workers, the company said.", "killed", 22),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), BRIEFINGS)
def test_a_briefings_items_below_its_top_story_are_other_events(text: str, outcome: str, expected: int) -> None:
    assert figure(text, outcome) == expected


PART_ASIDES: list[tuple[str, str, int]] = [
    # "one of them a ..." after a group told before is that group's part, no item of the list after it
    ("Officials said three guards were killed at the gate, one of them a woman, and 12 people were wounded there.",
     "injured", 12),
    ("Two adults, one of them a teacher, and 16 pupils were hurt.", "injured", 18),
    # the group before the aside is an item of the list
    ("Two guards, one of them a woman, and a driver were killed.", "killed", 3),
    # a list without such an aside is read as before
    ("A guard and a driver were killed.", "killed", 2),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), PART_ASIDES)
def test_a_parts_aside_in_a_list_is_no_item(text: str, outcome: str, expected: int) -> None:
    assert figure(text, outcome) == expected
