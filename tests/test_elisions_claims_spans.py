"""A count whose noun is left out before a phrase of where, a state's forces' claim told bare, a toll
risen by the wounded who died, and a strike's running total (the seventeenth session's rules, from a
blind set of ACLED-style notes outside Kenya).

Every row is a sentence written for this file (in words of our own); a figure of 0 is a sentence that
gives no figure of that outcome (as the scorer takes it).
"""

from __future__ import annotations

import pytest
from gold_texts import figure

ELIDED_HEADS = [
    # a count, "and", then a count whose noun is left out, both told with the same preposition: one noun
    ("Nine herders from one village and five from the next were killed in the feud.", 14),
    ("Six soldiers on the Malian side and two on the Burkinabe side died in the fighting.", 8),
    ("Twelve fishermen from Lamu and 3 from Kiunga were killed when the boats were attacked.", 15),
    ("The feud killed 8 farmers from one lineage and 3 from the other.", 11),
    ("Raiders shot dead 4 traders from Moyale and 2 from Sololo.", 6),
    # no count after "and": the phrase of where is the first group's own
    ("Nine herders from one village and their cattle were killed.", 9),
    # a count after "and" with a noun of its own stays that noun's
    ("The feud killed 9 herders from one village and 5 policemen from the town.", 14),
    # the first group the object of another verb: the second a clause of its own
    ("Police killed 4 robbers from the gang and 2 from the village were wounded.", 4),
]


@pytest.mark.parametrize(("text", "killed"), ELIDED_HEADS)
def test_a_count_whose_noun_is_left_out_before_the_same_preposition(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


FORCES_CLAIMS = [
    # a state's forces named bare after a verb of saying: what they killed of the other side is the
    # speaker's claim, beside the report's own dead
    ("Six policemen died in the raid on the post. The army said troops had killed 11 militants.", 6),
    ("Two soldiers were killed at the checkpoint. Officials said security forces killed 5 gunmen.", 2),
    ("Three guards were killed. The governor said soldiers had killed 7 attackers in the pursuit.", 3),
    # alone, the claim is the only figure told
    ("The army said troops had killed 11 militants near the border.", 11),
    # a witness's account is no party's claim: the larger figure stands
    ("Two soldiers were killed. Villagers said troops had killed 9 civilians in the search.", 9),
    # what the forces killed of no side (civilians) is an account, not a claim
    ("Two soldiers were killed. Monitors said troops had killed 9 civilians in the search.", 9),
    # the other side's dead the report tells itself, not a party, still add
    ("Six policemen died in the raid on the post. Troops killed 11 militants.", 17),
]


@pytest.mark.parametrize(("text", "killed"), FORCES_CLAIMS)
def test_the_other_sides_dead_a_party_gives_is_its_claim(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


RISEN_BY_THE_WOUNDED = [
    # a toll that rose past the dead told before, "after" some of the wounded died: the wounded less them
    ("Militiamen killed 20 villagers and wounded 15. The toll later rose to 23 after 3 of the wounded died.", 23, 12),
    ("A bomb killed 9 people and injured at least 40. By Friday the death toll had risen to 11 after two injured "
     "women died in hospital.", 11, 38),
    # the toll told with its wounded at the new figure: nothing moves
    ("A bomb killed 11 people and injured 38. The toll had risen to 11 after two injured women died.", 11, 38),
    # no wounded told before: the injured figure stays none
    ("A bomb killed 9 people. The toll rose to 11 after two of the wounded died.", 11, 0),
]


@pytest.mark.parametrize(("text", "killed", "injured"), RISEN_BY_THE_WOUNDED)
def test_a_toll_risen_by_the_wounded_who_died_takes_them_off_the_wounded(
    text: str, killed: int, injured: int
) -> None:
    assert (figure(text, "killed"), figure(text, "injured")) == (killed, injured)


STRIKES_BEGUN = [
    # a strike that began is a stoppage of days: its toll since then is a running total
    ("Police shot dead 2 marchers in Medellin. Unions said 9 people had died since the strike began.", 2),
    ("Two drivers were killed at a roadblock. Eleven have been killed since the national strike started on 2 May.", 2),
    # the report's own strike, an air strike that "hit": the event's own dead
    ("An air strike hit the market, killing 7. Two more have died since the strike.", 9),
    ("Eleven people have died since the strike hit the market on Monday.", 11),
]


@pytest.mark.parametrize(("text", "killed"), STRIKES_BEGUN)
def test_a_toll_since_a_strike_began_is_a_running_total(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed
