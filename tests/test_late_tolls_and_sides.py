"""Forms of terror and war news the blind17a set taught (session 13): tolls told far after their head or
before it, one siege's toll, anniversaries, people still in care, and the attackers' dead told by a name, a
pronoun or "of them". Each row is a sentence written for this file, with the figure a careful reader
records (the report's own, 0 where it gives none); the rows after each form are the ones it must not change.
"""

from __future__ import annotations

import pytest
from gold_texts import figure

from casualty_cli.model import Outcome

ROWS: list[tuple[str, Outcome, int]] = [
    # a toll "confirmed at" or "revised to" its figure far after its head
    ("The number of people killed in the gun attack on a wedding hall in the old quarter of the city during the "
     "holiday celebrations has been confirmed at 17, the ministry said.", "killed", 17),
    ("The death toll from the car bomb outside the central bus station in the northern town on Friday evening "
     "has been revised to 14, the hospital said.", "killed", 14),
    # a siege of hours or days is one event; a siege told with no length stays a campaign
    ("The government put the final toll of the two-day siege of the hotel at 31 dead.", "killed", 31),
    ("The toll of the siege of the city has passed 3,000.", "killed", 0),
    # an aside on how the event is remembered each year dates nothing; one that dates it still does
    ("In the bombing, which the town remembers every year with a march, 23 people lost their lives.", "killed", 23),
    ("The bombing, which hit the market in 2008, killed 23 people.", "killed", 0),
    # people who remain in hospitals, or were evacuated, are alive: not the dead taken off a count of the hit
    ("A gunman killed eight people at the market. Some 30 people remain in city hospitals.", "injured", 30),
    ("A gunman killed eight people. The suspect remains in police custody in the hospital.", "injured", 0),
    ("Twelve soldiers were killed in the ambush. Four soldiers who sustained injuries were evacuated to the "
     "capital.", "injured", 4),
    ("Twelve soldiers were killed in the ambush. Four soldiers sustained injuries.", "injured", 0),
    # nationalities count no one
    ("Twenty tourists of six nationalities were killed in the attack.", "killed", 20),
    # a victim noun of two words has the role of its head: policemen are others than hostages and officers
    ("Twenty hostages were found dead and two police officers died of their wounds. Over 30 policemen sustained "
     "injuries in the gunfight.", "injured", 30),
    # a clause of a total that gives its figure before the toll it brings up
    ("Rescuers found three more bodies on Sunday, bringing to 41 the number of people killed in the collapse.",
     "killed", 41),
    ("The strike killed three people, bringing to 900 the number of people killed since January.", "killed", 3),
    # the attacker killed by someone, told by a name in apposition to "the attacker" ...
    ("Four people were stabbed to death at the station. The attacker, Mark Jones, 33, was shot dead by police.",
     "killed", 5),
    ("Four people were killed in the blast. One of the bombers, Ali Reza, was killed in the explosion.", "killed", 4),
    ("Four people were killed at the station. The mayor, Mark Jones, was shot dead.", "killed", 4),
    # ... by "he" after a sentence that opens with "The gunman" ...
    ("Three people were killed at the festival. The gunman opened fire from a van. He was shot dead by police.",
     "killed", 4),
    ("Three people were killed at the festival, including the gunman. The gunman opened fire from a van. He was "
     "pronounced dead at a hospital.", "killed", 3),
    # ... or by "N of them" after a sentence that opens with a count of fighters
    ("Two soldiers were killed when militants stormed the post, the army said. Ten militants took part in the "
     "assault. Nine of them were killed by troops.", "killed", 11),
    ("Two soldiers were killed when militants stormed the post, the army said. Ten passengers were on the bus. "
     "Nine of them were killed.", "killed", 9),
]


@pytest.mark.parametrize(("text", "outcome", "best"), ROWS)
def test_a_form_of_terror_news_gives_its_figure(text: str, outcome: Outcome, best: int) -> None:
    assert figure(text, outcome) == best
