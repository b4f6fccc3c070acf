"""Rules from blind23c (fix23c): war and terror reports of state and national agencies in translated or
non-native English (`c23_` in tests/fixtures/wire_reports). Each row is a sentence or two in our own words:
the report's figure for one outcome, as the scorer takes it (0 where none is counted)."""

from __future__ import annotations

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document, Outcome, report_figure


def _figure(text: str, outcome: Outcome) -> int:
    return report_figure(extract_statements(Document("t", text)), outcome) or 0


# A day's tally of a war's many attacks, told after the report's own strike, is the day's running total
# ([cumulative] day_tallies); as the report's first toll (a round-up's), as a toll told "to" or "at" its
# figure, or in a report of a natural hazard, it is not.
DAY_TALLIES: list[tuple[str, Outcome, int]] = [
    ("A drone hit a minibus in Sumy on Monday, killing two people and wounding five. Russian shelling killed six "
     "civilians and injured 19 over the past day, the governor said.", "killed", 2),
    ("A drone hit a minibus in Sumy on Monday, killing two people and wounding five. Russian shelling killed six "
     "civilians and injured 19 over the past day, the governor said.", "injured", 5),
    ("Four people were killed when a shell hit a market in Horlivka. The mayor said nine civilians had been killed "
     "in the past 24 hours.", "killed", 4),
    # the report's first toll: a round-up's own
    ("Russian attacks killed seven people and injured 22 over the past day, regional officials said.", "killed", 7),
    # a toll told at its figure is the report's toll, risen
    ("A missile hit a clinic in Dnipro, killing three. The toll rose to five over the past day.", "killed", 5),
    # a natural hazard's day tally is its toll
    ("Floods swept through villages in Assam on Sunday, killing four people. Nine people died in flood-related "
     "incidents in the last 24 hours, officials said.", "killed", 9),
]


@pytest.mark.parametrize(("text", "outcome", "best"), DAY_TALLIES)
def test_a_day_tally_after_the_reports_strike_is_a_running_total(text: str, outcome: Outcome, best: int) -> None:
    assert _figure(text, outcome) == best


# Wars and campaigns: named in the possessive they did the event ("the occupation's massacre"), no span; told
# by their years ("its 30-year insurgency") they are one; "have since been killed" after a sentence that tells
# one counts from its start, and after any other is the report's own event's "since".
WARS_AND_SPANS: list[tuple[str, int]] = [
    ("The toll of the occupation's massacre at the school has risen to 40, the media office said.", 40),
    ("The toll of the occupation has risen to 40,000, the media office said.", 0),
    ("In its 30-year insurgency, the group has been responsible for the deaths of more than 20,000 people.", 0),
    ("Over its decades-long bombing campaign, the group killed more than 5,000 people.", 0),
    ("Throughout their 12-year struggle, the rebels have lost more than 900 fighters.", 0),
    ("A 40-year-old campaign worker was killed in the blast.", 1),
    ("The army has pressed its offensive on the enclave since March. About 2,000 civilians have since been "
     "killed, the health ministry said.", 0),
    ("Five people were wounded in the blast on Monday. Two of them have since died.", 2),
]


@pytest.mark.parametrize(("text", "killed"), WARS_AND_SPANS)
def test_a_war_told_by_its_years_or_before_since_is_a_running_total(text: str, killed: int) -> None:
    assert _figure(text, "killed") == killed


# What a party says its forces killed, with a bare day after "said", is its claim, and so is the headline
# that gives the party's saying of the same figure; the report's own dead count.
CLAIMS_AND_EARLIER: list[tuple[str, int]] = [
    ("The army said Monday its troops killed 30 rebels in the hills. Two soldiers died in the fighting, a "
     "commander said.", 2),
    ("Army says 30 rebels killed in raid\n\nThe army said Monday its troops killed 30 rebels in a raid. Two "
     "soldiers died in the fighting, a commander said.", 2),
    # an earlier figure told by "it"
    ("The governor corrected the toll to 9, after earlier reports had put it at 11.", 9),
    ("The governor corrected the number of dead to 9. Earlier reports had put it at 11.", 9),
    # "Last week," opening a sentence past the lead tells another event; in the lead it dates the report's
    ("Gunmen killed four policemen at a checkpoint on Sunday, officials said.\n\nThe attackers fled on "
     "motorbikes.\n\nLast week, nine soldiers were killed in an ambush nearby.", 4),
    ("Last week, gunmen killed six villagers in a raid, police said on Monday.", 6),
    # bodies of a side are that side's dead, beside the other side's
    ("Troops repelled the attack and 9 bodies of insurgents were found at the scene. Three soldiers were "
     "killed.", 12),
    ("Troops searched the area and 9 bodies of villagers were found. Three soldiers were killed.", 9),
]


@pytest.mark.parametrize(("text", "killed"), CLAIMS_AND_EARLIER)
def test_claims_earlier_figures_other_events_and_sides(text: str, killed: int) -> None:
    assert _figure(text, "killed") == killed


# A part of a group told right after it ("among them", "including") is no group of its own: one told after
# it adds to the whole.
PARTS: list[tuple[str, int]] = [
    ("Medics treated five people who were hurt, among them a 30-year-old woman with burns. Another three people "
     "were hurt while running for shelter.", 8),
    ("Medics treated five people who were hurt, among them a 30-year-old woman with burns.", 5),
]


@pytest.mark.parametrize(("text", "injured"), PARTS)
def test_a_part_after_its_whole_is_no_group(text: str, injured: int) -> None:
    assert _figure(text, "injured") == injured
