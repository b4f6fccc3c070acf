"""The other side's dead as one party gives them, and an "also" past a list of who the dead were (session 14,
from the blind20a set's strict xfails). Each row is a sentence written for this file, with the figure a
careful reader records (its report's own, 0 where it gives none); the rows after each form are the ones it
must not change.
"""

from __future__ import annotations

import pytest
from gold_texts import figure

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document, Outcome

ROWS: list[tuple[str, Outcome, int]] = [
    # the attackers' dead another party gives beside the report's own dead of the other side: that party's
    # claim, never added, and never the report's figure however large
    ("Two aid workers were killed when militants stormed their compound, the governor said. The army said "
     "seven militants were killed in the fighting.", "killed", 2),
    ("Three teachers died when gunmen raided the school, the governor said. In a statement, the police said "
     "\"nine bandits were neutralised\" and four were arrested.", "killed", 3),
    # ... with "also" too, and a side named by a word before its noun ("the rebel guards")
    ("Rebel guards fired on marchers, killing at least 11 people, hospital staff said. Army officers said "
     "three of the rebel guards were also killed in the shootout.", "killed", 11),
    # ... beside groups of no side told after the report's own dead of the other side
    ("Rebel guards fired on marchers, killing at least 11 people, witnesses said. A doctor said the hospital "
     "had received eight bodies. Three more bodies were found nearby, witnesses said. Army officers said "
     "three of the rebel guards were also killed in the shootout.", "killed", 11),
    # the same party tells both sides: they add (the README's convention)
    ("Two aid workers were killed when militants stormed their compound, the army said. Seven militants "
     "were killed in the fighting, the army said.", "killed", 9),
    ("Rebel guards fired on marchers, killing at least 11 people, hospital staff said. Three of the rebel "
     "guards were also killed in the shootout, hospital staff said.", "killed", 14),
    # told by no source: the report's own, they add
    ("Two aid workers were killed when militants stormed their compound, the embassy said. Seven militants "
     "were also killed.", "killed", 9),
    # alone, the party's count is the only one told and counts
    ("The army said seven militants were killed in the fighting.", "killed", 7),
    ("Two militant commanders were killed in the strike, the ministry said.", "killed", 2),
    # "also" past an aside that lists who the group's people were: more dead on top of those told
    ("A bomb killed a judge outside the court. Three people riding with her, her clerk and two guards, were "
     "also killed, police said.", "killed", 4),
    ("A roadside bomb killed a district chief on Monday. Two soldiers, a sergeant and a private, were also "
     "killed, the army said.", "killed", 3),
    # ... of another outcome, the list adds nothing to the dead
    ("A roadside bomb killed a district chief on Monday. Two soldiers, a sergeant and a private, were also "
     "wounded, the army said.", "killed", 1),
    ("A roadside bomb killed a district chief on Monday. Two soldiers, a sergeant and a private, were also "
     "wounded, the army said.", "injured", 2),
]


@pytest.mark.parametrize(("text", "outcome", "best"), ROWS)
def test_the_other_sides_dead_as_a_party_gives_them(text: str, outcome: Outcome, best: int) -> None:
    assert figure(text, outcome) == best


CLAIMS: list[tuple[str, int]] = [
    ("Two aid workers were killed when militants stormed their compound, the governor said. The army said "
     "seven militants were killed in the fighting.", 7),
    ("Rebel guards fired on marchers, killing at least 11 people, hospital staff said. Army officers said "
     "three of the rebel guards were also killed in the shootout.", 3),
]


@pytest.mark.parametrize(("text", "best"), CLAIMS)
def test_the_other_sides_dead_another_party_gives_are_kept_as_its_claim(text: str, best: int) -> None:
    claimed = [s.best for s in extract_statements(Document("t", text)) if s.scope == "claimed" and s.outcome == "killed"]
    assert claimed == [best]


def test_the_same_partys_count_of_the_other_side_is_no_claim() -> None:
    text = ("Two aid workers were killed when militants stormed their compound, the army said. Seven militants "
            "were killed in the fighting, the army said.")
    assert not [s for s in extract_statements(Document("t", text)) if s.scope == "claimed"]
