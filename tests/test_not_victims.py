"""Words the reader must not count as victims (readers.py, lexicon.toml): a part of a group, a part of
the body, a place struck by a thing without a will. Rows in our own words, each with a counterpart that
is still counted."""

from __future__ import annotations

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.extraction.lexicon import lexicon
from casualty_cli.model import Document, report_figure


def _best(text: str, outcome: str) -> int | None:
    """The document's figure for an outcome as the scorer takes it."""
    return report_figure(extract_statements(Document("t", text)), outcome)


# (text, outcome, the figure; None: no figure at all)
ROWS = [
    # a fraction of a group is no count of people, counted or not
    ("Half of the people on the bus were injured.", "injured", None),
    ("About half of the 60 pilgrims were hurt when the roof gave way.", "injured", None),
    ("Two-thirds of the 30 miners were injured.", "injured", None),
    ("Most of them were wounded by shrapnel.", "injured", None),
    ("Half the crew was injured in the fire.", "injured", None),
    ("The majority of the passengers were killed.", "killed", None),
    ("Some of the bodies had been beheaded.", "killed", None),
    ("Some of the 30 pilgrims were hurt when the roof gave way.", "injured", None),
    ("Some 30 pilgrims were hurt when the roof gave way.", "injured", 30),
    # ... but a figure of people, and an ordinal that names one, still count
    ("Thirty of the 60 pilgrims were hurt when the roof gave way.", "injured", 30),
    ("Two men were killed. A third man was killed in the next village.", "killed", 3),
    # a part of the body is no person
    ("A stray bullet grazed her hand.", "injured", None),
    ("The blast burned their hands.", "injured", None),
    ("A stray bullet grazed a woman in the hand.", "injured", 1),
    ("A stray bullet grazed her.", "injured", 1),
    ("The boy picked up the pistol and shot his own foot.", "injured", 1),
    # a name after a verb that strikes things as often as people, with a weather event or a blast as
    # its subject, is a place
    ("A tornado struck Union late on Monday.", "injured", None),
    ("Severe storms struck Greenville, injuring two people.", "injured", 2),
    ("Lightning struck Harrison on Tuesday evening.", "injured", None),
    # ... but not when a person or a vehicle strikes, nor with a verb that only takes the living
    ("A gunman struck Martinez in the face with a pistol.", "injured", 1),
    ("A car struck Jenkins on Main Street.", "injured", 1),
    ("A roadside blast killed Rahimi in Kandahar.", "killed", 1),
    # "a diner": a customer where a person is acted on, a restaurant after a preposition of place
    ("A gunman shot a diner at the counter.", "injured", 1),
    ("A man was shot outside a diner on Route 9.", "injured", 1),
    ("Shots were fired at a diner overnight.", "injured", None),
    # a count of crimes or blasts after the people tied to them is no count of people
    ("Four men accused of the two robberies were shot dead by police.", "killed", 4),
    ("Two youths wanted for three burglaries were lynched by a mob.", "killed", 2),
    ("A man linked to two kidnappings was wounded in a shootout.", "injured", 1),
    ("Three blasts killed 11 people at the market.", "killed", 11),
    # what is fired or flies is no person: drones and missiles shot down hit no one
    ("Air defences shot down 30 drones and four missiles overnight, the air force said.", "injured", None),
    ("It said 200 drones and 12 missiles had been shot down or jammed.", "injured", None),
    ("Two warplanes were hit by ground fire over the valley.", "injured", None),
    ("A drone hit a car near the front, wounding two soldiers.", "injured", 2),
    ("Three drone operators were wounded when their position was shelled.", "injured", 3),
    # a rite for the dead is no one of them
    ("Thousands attended a funeral for those killed in the bombings.", "killed", None),
    ("A vigil was held on Friday for the victims killed in the crush.", "killed", None),
    ("A memorial service was held for the 14 people killed in the shooting.", "killed", 14),
    # a day that is an anniversary dates the event told on it; an anniversary marked names another
    ("Two blasts hit mourners on Wednesday, the fourth anniversary of his killing, leaving 103 dead.", "killed", 103),
    ("On the first anniversary of the massacre, gunmen killed five villagers in the same town.", "killed", 5),
    ("The bombs were set to mark the third anniversary of a crackdown that killed 32 militants.", "killed", None),
]


@pytest.mark.parametrize(("text", "outcome", "figure"), ROWS)
def test_what_is_counted(text: str, outcome: str, figure: int | None) -> None:
    assert _best(text, outcome) == figure


def test_the_tables_are_in_the_lexicon() -> None:
    lex = lexicon()
    assert {"half", "thirds", "most"} <= lex.fractions
    assert {"tornado", "lightning", "blast"} <= lex.hazards
