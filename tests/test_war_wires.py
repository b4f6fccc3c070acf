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
