"""People told of again by "they" or "their" in event notes, and a death told after a protest's cause (the
sixteenth session's second pass over acled-kenya-dev's misses: a passive's agent is no antecedent, a "they"
after a dash or opening a sentence of two verbs stands for the people told before, someone new after the
comma that closes a protest's cause is this event's, a body treated so after a person is hit tells a death).

Every row is a sentence written for this file (in words of our own); a figure of ``None`` is a sentence
that gives no figure of that outcome.
"""

from __future__ import annotations

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document, report_figure


def _figure(text: str, outcome: str = "killed") -> int | None:
    """The document's figure as the scorer takes it: the largest incident best (None: none)."""
    return report_figure(extract_statements(Document("t", text)), outcome)


AGENT_IS_NO_ANTECEDENT = [
    # "their bodies" after a passive whose agent follows "by": the people told before the agent
    ("Two traders were abducted by gunmen near the market in Kidal. Their bodies were found two days later.", 2),
    ("Three farmers were kidnapped by unknown armed men. Their bodies were found in a well.", 3),
    # an agent with a count of its own is not the antecedent either
    ("Four teachers were seized by three militiamen on the Mopti road. Their bodies were found on Monday.", 4),
    # no counted group before the agent: no figure
    ("The village of Sana was attacked by gunmen. Their bodies were found later.", None),
    # as before: the people told last
    ("Gunmen abducted five miners in Tillaberi. Their bodies were found near the border.", 5),
]


@pytest.mark.parametrize(("text", "killed"), AGENT_IS_NO_ANTECEDENT)
def test_a_passive_agent_is_no_antecedent(text: str, killed: int | None) -> None:
    assert _figure(text) == killed


THEY_TOLD_BEFORE = [
    # "they" after a dash or a semicolon stands for the people told before it in the sentence
    ("6 fishermen were detained by soldiers - they were later found dead near the lake.", 6),
    ("Three herders were seized by militiamen; they were found dead the next morning.", 3),
    # "they" opening a clause of two verbs, the second its death
    ("Six fishermen were detained by soldiers - they were taken to a camp and later found dead.", 6),
    ("Eight aid workers were abducted near Kaga Bandoro. They were taken into the bush and killed.", 8),
    # "they" of the agents, or of people not counted, gives no figure of its own
    ("Gunmen stormed the village - they killed four people.", 4),
    ("Soldiers detained villagers - they were later released.", None),
]


@pytest.mark.parametrize(("text", "killed"), THEY_TOLD_BEFORE)
def test_they_after_a_dash_or_of_two_verbs(text: str, killed: int | None) -> None:
    assert _figure(text) == killed


AFTER_A_PROTEST_CAUSE = [
    # someone new after the comma that closes a protest's cause: this event's dead
    ("Opposition demonstrators fought police after the vote count was announced, a body was later found near the market.",
     1),
    ("Riots broke out after the arrest of a cleric, a policeman was killed by the rioters.", 1),
    # an apposition to a person named in the cause is the cause's ("a boy who died")
    ("Traders protested over the death of Omar Diallo, a boy who died after he was beaten by guards.", None),
    # a count there, as before
    ("Riots broke out after the arrest of a cleric, 2 protesters were shot dead.", 2),
]


@pytest.mark.parametrize(("text", "killed"), AFTER_A_PROTEST_CAUSE)
def test_someone_new_after_a_protest_cause(text: str, killed: int | None) -> None:
    assert _figure(text) == killed


BODY_TREATED_SO = [
    # a body beheaded, mutilated, dismembered or thrown somewhere: its person is dead
    ("A herder was shot with arrows, and his corpse beheaded, by raiders near Isiolo.", "killed", 1),
    ("A trader was stabbed and his body was thrown into a well outside Dori.", "killed", 1),
    ("A woman was shot on her farm near Bunia and her body mutilated.", "killed", 1),
    # a person hit whose body is not said to be treated so stays hit
    ("A trader was stabbed and taken to a clinic outside Dori.", "injured", 1),
    ("A trader was stabbed and taken to a clinic outside Dori.", "killed", None),
]


@pytest.mark.parametrize(("text", "outcome", "figure"), BODY_TREATED_SO)
def test_a_body_treated_so_is_a_death(text: str, outcome: str, figure: int | None) -> None:
    assert _figure(text, outcome) == figure
