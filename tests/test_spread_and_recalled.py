"""Tolls told beside a feed item's own (blind21b): a toll spread over a land the sentence opens with, a
battle's running toll told after a lead of another event, an event recalled after an ordinal's span, an
earlier toll a source "had cited", the hurt a rescue takes out, and the date of the lead's own event. Each
table holds the forms the reader must read one way and, beside them, forms it must not read that way."""

from __future__ import annotations

import pytest
from gold_texts import figure

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document


def scope_of(text: str, best: int) -> set[str]:
    """The scopes of the text's killed statements of figure ``best``."""
    return {s.scope for s in extract_statements(Document("t", text)) if s.outcome == "killed" and s.best == best}


# A sentence that opens with "Across" and the land a toll is spread over, then a comma, tells a total over
# that land: (text, figure, scope). Not "across the street" or "across from", where one event stands, nor
# a natural hazard's own land.
ACROSS_A_LAND: list[tuple[str, int, str]] = [
    ("A drone hit a clinic in the town, killing 3 nurses. Across Ukraine, the night's barrage of missiles "
     "killed at least 19 people, officials said.", 19, "cumulative"),
    ("A drone hit a clinic in the town, killing 3 nurses. Across Ukraine, the night's barrage of missiles "
     "killed at least 19 people, officials said.", 3, "incident"),
    ("Across northern Nigeria, gunmen killed 52 villagers over the weekend.", 52, "cumulative"),
    ("Across the street, a gunman shot dead 2 guards outside the bank.", 2, "incident"),
    ("Across from the market, a car bomb killed 8 people.", 8, "incident"),
    ("Across the province, the floods killed 30 people and swept away bridges.", 30, "incident"),
]


# A battle's toll "since Sunday" is its own in a report of the battle (its headline or lead sentence tells it
# or names the fighting, or the battle is told in no place the lead does not name), but a running total
# where it is told in another place after a lead of another event: (text, killed figure).
_STRIKE_LEAD = ("Jets strike ministry in Tarsa\n\nJets struck the defence ministry in Tarsa on Wednesday. Four "
                "people were killed, the health ministry said.\n\n")
BATTLES_BEYOND_THE_LEAD: list[tuple[str, int]] = [
    (_STRIKE_LEAD + "Fighting in Kadugli province has killed more than 250 people since Sunday, a monitor said.",
     4),
    (_STRIKE_LEAD + "Clashes between tribes and troops near Abyei have killed 60 people since Friday.", 4),
    # the battle in the lead's own place, or in no place named
    (_STRIKE_LEAD + "Fighting in and around Tarsa has killed 90 people since Sunday, medics said.", 90),
    (_STRIKE_LEAD + "The fighting has killed 90 people since Sunday, medics said.", 90),
    # the battle is the lead's own
    ("Fighting in and around the city has killed 120 people since Sunday, the UN said.", 120),
    ("Clashes rage for third day in border town\n\nShells hit the market on Tuesday, killing five people. The "
     "fighting in Abyei has killed 80 people since Friday, medics said.", 80),
]


@pytest.mark.parametrize(("text", "killed"), BATTLES_BEYOND_THE_LEAD)
def test_a_battles_days_are_its_own_only_in_its_report(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


# "In less than a month" and "in under a week" are spans as "in a month" is: after an ordinal they date a
# comparison, whose figures after the cue are the event compared with: (text, figure, scope).
SPANS_TOLD_SHORT: list[tuple[str, int, str]] = [
    ("Gunmen killed 40 villagers overnight. It was the third raid on the district in less than a month, after "
     "about 120 people were killed at a market on May 2.", 120, "cumulative"),
    ("Gunmen killed 40 villagers overnight. It was the third raid on the district in less than a month, after "
     "about 120 people were killed at a market on May 2.", 40, "incident"),
    ("It was the second bombing in the city in under a week, after a car bomb killed 14 people.", 14, "cumulative"),
    ("Militants have killed 45 people in the district in less than a month.", 45, "cumulative"),
    # no span: the one event's toll
    ("Gunmen killed 12 people in less than an hour at the market.", 12, "incident"),
]


# A toll a source "had earlier cited" (or quoted) is an earlier figure, history beside the current one; a
# toll cited with no word of an earlier time is a figure of its own: (text, killed figure).
CITED_EARLIER: list[tuple[str, int]] = [
    ("The ministry said 40 people had died in the floods. The UN had earlier cited a toll of 65, a figure it "
     "later withdrew.", 40),
    ("The ministry said 40 people had died. Officials had previously quoted a toll of 52 from the local "
     "hospital.", 40),
    ("The ministry said 40 people had died. The UN cited a toll of 65 on Friday.", 65),
]


@pytest.mark.parametrize(("text", "killed"), CITED_EARLIER)
def test_a_toll_cited_earlier_is_history(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


# The hurt a rescue takes out ("rescued 14 injured", "evacuated 9 wounded") are injured, alive when taken
# out; people rescued or evacuated with no word of hurt are not: (text, injured figure).
RESCUED_HURT: list[tuple[str, int]] = [
    ("Our teams recovered 6 bodies and rescued 14 injured from the rubble of the market.", 14),
    ("Medics evacuated 9 wounded from the village after the shelling.", 9),
    ("Volunteers were evacuating 20 injured to the border crossing when the second strike hit.", 20),
    ("Rescuers rescued 40 people from the flooded houses.", 0),
    ("Troops evacuated 300 residents from the area before the strike.", 0),
]


@pytest.mark.parametrize(("text", "injured"), RESCUED_HURT)
def test_the_hurt_a_rescue_takes_out_are_injured(text: str, injured: int) -> None:
    assert figure(text, "injured") == injured


# In a report's lead sentence under a headline that names one event, a period of the present after one
# event's noun ("the attack on the camp earlier this month") dates the report's own event, whatever its
# determiner; with no such headline, or past the lead, "earlier this month" tells another event, and plural
# events a total: (text, figure, scope).
_VAGUE_HEADLINE = "UN: hundreds killed in militia raid on camp\n\n"
DATED_IN_THE_LEAD: list[tuple[str, int, str]] = [
    (_VAGUE_HEADLINE + "The UN says more than 200 civilians were killed during the militia's raid on the camp "
     "earlier this month, a spokesperson said.", 200, "incident"),
    (_VAGUE_HEADLINE + "At least 150 people were killed in the assault on the town this month, the UN said.",
     150, "incident"),
    ("Gunmen kill seven at checkpoint\n\nGunmen killed seven soldiers at a checkpoint on Friday.\n\nMore than "
     "200 civilians were killed in the raid on the camp earlier this month.", 200, "cumulative"),
    ("Attacks this month have killed 90 people in the province, the UN said.", 90, "cumulative"),
    ("UN report on the camp\n\nThe UN says more than 200 civilians were killed during the militia's raid on "
     "the camp earlier this month.", 200, "cumulative"),
]


@pytest.mark.parametrize(("text", "best", "scope"), ACROSS_A_LAND + SPANS_TOLD_SHORT + DATED_IN_THE_LEAD)
def test_a_figure_beside_the_lead_gets_its_scope(text: str, best: int, scope: str) -> None:
    assert scope_of(text, best) == {scope}
