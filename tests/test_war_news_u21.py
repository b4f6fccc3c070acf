"""War news told with its background: the forms the blind21a set (session 15, ``u21_`` in
``fixtures/war_pages``) was read wrong on, each with rows it must not change. Each row is a sentence written
for this file, with the figure a careful reader records (its report's own, 0 where it gives none).
"""

from __future__ import annotations

import pytest
from gold_texts import figure

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document, Outcome

ROWS: list[tuple[str, Outcome, int]] = [
    # a gathering held for an anniversary is the event's own place, not an event recalled
    ("Jets bombed an anniversary rally of the party on Saturday, killing 40 people.", "killed", 40),
    ("Jets struck the anniversary celebrations in the square, killing 18 guests.", "killed", 18),
    ("Crowds gathered to mark the anniversary of a raid that killed 32 people.", "killed", 0),
    # a party tells its own strike at length, then what it killed, in number words: its claim
    ("Officials said a missile killed 9 people in the city. The ministry said it had struck a depot of a "
     "brigade, killing two commanders and forty soldiers.", "killed", 9),
    # ... or its weapons did, a word of their kind before them
    ("A strike on the square killed 35 people. Moscow said its Iskander missiles had struck a meeting of "
     "officers, killing more than 60 soldiers.", "killed", 35),
    # alone, the claim is the only figure told
    ("The army said it had struck a convoy near the border, killing twelve fighters.", "killed", 12),
    # a monitor that relies on local sources counts on its own: no other account than the report's
    ("An assessment gave a higher toll, of as many as 600. The monitor, which relies on local sources, "
     "counted at least 400 people killed.", "killed", 400),
    ("The army said 12 soldiers died. Local sources put the toll at 160.", "killed", 12),
    # a toll put higher, or the higher toll cited "also": another account beside the report's
    ("The agency said 85 people were killed. Residents put the number of dead higher, at more than 120.", "killed", 85),
    ("The agency said 85 people were killed. Rights groups also cited the higher toll of 130.", "killed", 85),
    ("The agency said 85 people were killed. Later the agency gave the higher toll of 130.", "killed", 130),
    ("Officials put the number of dead at 40.", "killed", 40),
    # a toll in English translated from French or Spanish
    ("The balance sheet of the bombing rose to six dead and 71 wounded.", "killed", 6),
    ("The balance sheet of the bombing rose to six dead and 71 wounded.", "injured", 71),
    # a sentence that opens with a marker of another event speaks for all of it, however long
    ("A bomb killed 6 people in the city. In a separate attack on the same day, in a town in the north, far "
     "from the city, a helicopter on a mission to destroy crops was shot down by a drone, and 13 police "
     "officers lost their lives.", "killed", 6),
    # ... but "In another" place is a place apart, whose group adds up (the README's totals)
    ("Two people were killed near the market. In another town, a third person was killed.", "killed", 3),
    ("Gunmen killed two people at the market. In another attack, gunmen killed 5 farmers.", "killed", 2),
    # "Elsewhere in" a named place opens another incident in war news; not a part of the place told in small
    # letters, nor a storm's other places
    ("A missile hit a hospital, killing two adults. Elsewhere in Kyiv, missiles hit homes, killing 31 people.",
     "killed", 2),
    ("A missile hit a hospital, killing two adults. Elsewhere in the city, missiles hit homes, killing 31 "
     "people.", "killed", 31),
    ("Strong winds hit the town, injuring two people. Elsewhere, a tree fell on a car, injuring three.", "injured", 5),
    # a fronted "Across" a country spreads the toll over it
    ("A missile hit a hospital, killing two. Across Ukraine, the barrage killed at least 41 civilians.", "killed", 2),
    ("Across the street, gunmen shot dead 4 people.", "killed", 4),
    # an ordinal of a span of time is no comparison: the span's total stays a total
    ("A strike killed 35 people. The mission said April was the deadliest month since autumn, with at least "
     "148 killed in the first two weeks alone across the country.", "killed", 35),
    ("Gunmen killed 12 people in the deadliest attack in the region this year.", "killed", 12),
    ("It was the deadliest attack since 2014, when a bombing killed 96.", "killed", 0),
    # a comparison ends where "after" tells the report's own event "in which"
    ("Troops left the camp, ending the largest operation in two decades, after a two-day assault in which 12 "
     "people were killed and 100 wounded.", "killed", 12),
    ("Troops left the camp, ending the largest operation in two decades, after a two-day assault in which 12 "
     "people were killed and 100 wounded.", "injured", 100),
    # people hit "a further" or "another" count are on top of the dead
    ("The shelling killed 25 people. A further 109 received injuries.", "injured", 109),
    ("The shelling killed 25 people. 109 people received injuries.", "injured", 84),
    # people who remain under treatment are alive
    ("Thirteen civilians died. Fifty-nine others remain under treatment in hospitals.", "injured", 59),
    ("Five people died. Forty remain under treatment.", "injured", 40),
    # more bodies that make up a toll's rise from its earlier figure are in the toll
    ("The toll of Saturday's bombings has risen to 32. The agency had on Saturday put the figure at 18 dead "
     "and 42 injured. Officials said 14 more bodies had been recorded.", "killed", 32),
    ("Two people were killed at the market. Three more bodies were found at the station.", "killed", 5),
    # militants the forces killed, told as someone's saying: the forces' count, not added
    ("The military said 26 hostages were killed. He said troops had killed all 33 militants.", "killed", 26),
    ("26 hostages were killed. Troops killed all 33 militants in the rescue.", "killed", 59),
    # people a team treated with a hurt of the living, fewer than the dead: alive, not the dead among them
    ("More than 400 people were killed in the assault. Its teams had treated 150 people with gunshot wounds.",
     "injured", 150),
    ("Six people were killed. Four people were shot.", "injured", 0),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), ROWS)
def test_war_news_figure(text: str, outcome: Outcome, expected: int) -> None:
    assert figure(text, outcome) == expected


def test_a_long_sentence_opened_apart_is_separate() -> None:
    text = next(t for t, _, _ in ROWS if "13 police" in t)
    scopes = {s.best: s.scope for s in extract_statements(Document("t", text)) if s.outcome == "killed"}
    assert scopes == {6: "incident", 13: "separate"}
