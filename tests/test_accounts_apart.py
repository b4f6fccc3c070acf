"""Accounts set against the report's own in a sentence of their own, and the dead of two nations told apart
(session 15, from the blind sets' strict xfails). Each row is a sentence written for this file, with the
figure a careful reader records (its report's own, 0 where it gives none); the rows after each form are the
ones it must not change.
"""

from __future__ import annotations

import pytest
from gold_texts import figure

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document, Outcome

ACCOUNTS: list[tuple[str, Outcome, int]] = [
    # another account set against the report's by a clause of contrast: it yields to the report's own figure
    # of its outcome, as the least of a disputed toll counts
    ("Police said 40 people died when a tanker exploded on the highway. The governor visited the site, though "
     "volunteers who helped carry the dead said they had counted more than 70 bodies.", "killed", 40),
    ("Gunmen killed 12 villagers in a night raid, the army said. But relatives of the dead put the death toll "
     "at 20.", "killed", 12),
    ("A car bomb killed nine people outside a court, the ministry said, whereas local journalists estimated "
     "that 15 had died.", "killed", 9),
    # ... with a count of those who gave it ("more than 20 governments") and a verb of summing
    ("The official toll stands at 310, while figures gathered from more than 12 embassies add up to at least "
     "600 deaths.", "killed", 310),
    # ... or told to someone apart from the report's source
    ("The commission listed 130 civilians killed in the town. A priest told the BBC separately that he "
     "believed about 400 people had been killed there.", "killed", 130),
    # ... only a larger one, a rival count: a smaller one stays as read (the report's largest figure counts)
    ("Police said 40 people died when a tanker exploded on the highway. But volunteers who carried the dead "
     "said they had counted 35 bodies.", "killed", 40),
    ("The mayor had earlier given a figure of 64 dead, but the coroner said on Monday that 51 people died.",
     "killed", 51),
    # ... of another outcome than the report's own figure, it is the only one told and counts
    ("Police said 40 people died when a tanker exploded on the highway, but volunteers said they had counted "
     "more than 70 injured.", "injured", 70),
    # not a pronoun's (the same speaker told on), a toll that rose, or a count of people told in the clause
    ("Gunmen killed 12 villagers in a night raid, the governor said. But he said 20 had died by evening.",
     "killed", 20),
    ("Gunmen killed 12 villagers in a night raid. But officials later said the toll had risen to 20.", "killed", 20),
    ("Police said on Monday that 5 people died. But by Tuesday the health ministry said 9 people had died.",
     "killed", 9),
    ("Two people died at the scene, while three others were killed in the crossfire, police said.", "killed", 5),
    # ... nor people told as more than those told before, whoever tells them
    ("Five people were killed on Monday, but officials said on Tuesday that three more bodies had been found.",
     "killed", 8),
    ("Five people were killed on Monday, but rescuers said they had found another three bodies.", "killed", 8),
    # ... or as one person, or "also": the attacker, a victim who died later
    ("Three people were killed at the bar, while police said the gunman was shot dead by an officer.", "killed", 4),
    ("Three people were killed at the bar. But police said the gunman had also died.", "killed", 4),
    ("Two people were shot dead on Sunday, but police said a third victim died in hospital.", "killed", 3),
    # alone, the account is the only figure told and counts
    ("But residents said 23 people were killed in the raid.", "killed", 23),
]


@pytest.mark.parametrize(("text", "outcome", "best"), ACCOUNTS)
def test_an_account_set_against_the_reports_yields(text: str, outcome: Outcome, best: int) -> None:
    assert figure(text, outcome) == best


def test_the_account_set_against_is_kept_as_a_claim() -> None:
    text = ("Gunmen killed 12 villagers in a night raid, the army said. But relatives of the dead put the death "
            "toll at 20.")
    assert [(s.best, s.scope) for s in extract_statements(Document("t", text)) if s.outcome == "killed"] == [
        (12, "incident"), (20, "claimed")
    ]


NATIONS: list[tuple[str, Outcome, int]] = [
    # the dead of two nations, each in a sentence of its own: a group named by its people's noun, and one
    # person named in apposition after the nation's word that opens the sentence
    ("Officials in Khartoum said 31 Sudanese were killed in the raid. A Chadian border guard, Sergeant Idriss "
     "Mahamat, died of his wounds in hospital, the army said.", "killed", 32),
    ("An air strike killed 18 Afghans near the border, local officials said. Four Pakistani soldiers were "
     "also killed in the exchange of fire.", "killed", 22),
    # one nation's dead told again, or one person of the same nation: no new group
    ("Officials said 31 Sudanese were killed in the raid. A Sudanese farmer, Adam Musa, was among the dead.",
     "killed", 31),
    ("Officials said 31 Sudanese were killed in the raid. The 31 Sudanese were buried on Sunday.", "killed", 31),
    # people of a nation told "among" the dead: a part of them, not a group of their own
    ("Health officials said 274 Palestinians were killed in the raid. An Egyptian doctor, Omar Said, was among "
     "the dead.", "killed", 274),
    ("A car bomb killed 20 Iraqis near the embassy, police said. Three Egyptians and two Sudanese were among the "
     "dead, the ministry said.", "killed", 20),
]


@pytest.mark.parametrize(("text", "outcome", "best"), NATIONS)
def test_the_dead_of_two_nations_add(text: str, outcome: Outcome, best: int) -> None:
    assert figure(text, outcome) == best


CAUGHT_LATER: list[tuple[str, Outcome, int]] = [
    # the attacker who got away and was killed on a weekday of its own: a later shoot-out, not added
    ("Four people were killed at a tram stop on Monday evening. The gunman, a 30-year-old local man, opened "
     "fire from a car before escaping on foot. He was shot dead by police on Wednesday morning.", "killed", 4),
    ("Two guards died when a man stabbed them at the gate. The attacker, a former employee, fled in a stolen "
     "car. He was killed by officers on Saturday after he opened fire at a checkpoint.", "killed", 2),
    # killed in the attack's own fight, or minutes after his getaway: the other side's dead, added as before
    ("Four people were killed at a tram stop on Monday evening. The gunman, a 30-year-old local man, opened "
     "fire from a car. He was shot dead by police on Monday night.", "killed", 5),
    ("Four people were killed at a tram stop on Monday evening. The gunman, a 30-year-old local man, opened "
     "fire from a car before escaping on foot. He was shot dead by police minutes later.", "killed", 5),
    ("Four people were killed at a tram stop on Monday evening. The gunman, a 30-year-old local man, opened "
     "fire from a car before escaping on foot. He was shot dead by police later on Monday.", "killed", 5),
]


@pytest.mark.parametrize(("text", "outcome", "best"), CAUGHT_LATER)
def test_an_attacker_caught_days_later_is_not_added(text: str, outcome: Outcome, best: int) -> None:
    assert figure(text, outcome) == best
