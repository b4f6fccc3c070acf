"""Forms of casualty monitors' incident entries and investigations the blind24f set taught (session 17): a
database's bounds of the dead, the other strikes an investigation tells beside its own, a span of calendar
days, the remains of the dead, a second blow told as more of both outcomes, a toll's rise told twice in one
sentence, the signs of a gas's hurt. Each row is a sentence written for this file, with the figure a careful
reader records (the report's own, 0 where it gives none); the rows after each form are the ones it must not
change.
"""

from __future__ import annotations

import pytest
from gold_texts import figure

from casualty_cli.model import Outcome

ROWS: list[tuple[str, Outcome, int]] = [
    # a record's bounds of the dead, labelled min and max: a range, best its lowest
    ("Incident ref: x101\nWeapons: roadside bomb\nDeaths recorded: min 8, max 11\nInjured: 20", "killed", 8),
    ("Incident ref: x102\nDeaths: minimum 40, maximum 55", "killed", 40),
    ("Incident ref: x103\nDeaths recorded: 6", "killed", 6),
    ("A car bomb killed 14 people at the market; the maximum sentence for the bomb-maker is 25 years.", "killed", 14),
    # the other strikes an investigation tells in the plural after "in": their dead are no toll of its own
    ("The group looked into four strikes on homes. The first killed seven people. In the other three strikes it "
     "examined, 22 civilians were killed.", "killed", 7),
    ("A drone strike killed five men at a checkpoint. Over the next month the clan lost another 14 members in two "
     "other strikes on the town.", "killed", 5),
    ("In the other attack, on the market, 12 people were killed.", "killed", 12),
    ("Two bombs went off at the station. In the other two blasts, near the gate, four people were killed.",
     "killed", 4),
    # a span between two calendar days told with their months: a running total
    ("A strike on a school killed 16 people on 3 May. Between 1 January 2024 and 30 April 2024, 850 civilians "
     "were killed in the province.", "killed", 16),
    ("A shell hit the market on Tuesday, killing six. From March 3, 2023 to May 1, 312 people were killed in the "
     "region.", "killed", 6),
    ("Between 02:10 and 03:15 on 4 June, the gunship fired on the clinic, killing 19 people.", "killed", 19),
    # the remains of the dead are their bodies; the remains of a thing count no one
    ("Soldiers found the charred remains of at least 27 people in a burned-out bus.", "killed", 27),
    ("Rescuers recovered the remains of three miners on Sunday.", "killed", 3),
    ("Police found remains of a plastic pipe and wires near the road.", "killed", 0),
    ("The remains of the building were cleared by bulldozers.", "killed", 0),
    # ... and the remains of both attackers of a suicide attack are the attackers, not added to their dead
    ("Suicide bombers hit two cafes, killing six people. The remains of both attackers were found inside.",
     "killed", 6),
    ("Gunmen killed six people at two cafes. Police later shot dead both attackers.", "killed", 8),
    ("Two suicide bombers hit the church, killing 30 people; both bombers also died.", "killed", 32),
    # a source's totals count no one: "two further sources gave totals of 15 dead" is no two dead
    ("Relatives named 11 members of the family who were killed; two other sources gave totals of 14 and 15 "
     "dead.", "killed", 11),
    ("Relatives named 11 members of the family who were killed; two other relatives were also killed.",
     "killed", 13),
    # a range a record gives, told again in parts: the named dead and "two further deaths" are its top, its best
    # its lowest figure
    ("Civilians reported killed: 4-6\nSummary: A strike killed four members of a family. Two further deaths "
     "were reported by a single source.", "killed", 4),
    ("A strike killed four members of a family. Two further deaths were reported by a single source.", "killed", 6),
    ("Civilians reported killed: 4-9\nSummary: A strike killed four members of a family. Two further deaths "
     "were reported by a single source.", "killed", 6),
    # a second blow whose sentence tells both outcomes as more adds each to its own outcome
    ("A bomb exploded in the square, killing two people and wounding 10. Twenty minutes later a second bomb "
     "went off nearby, killing five more people and wounding eight more.", "killed", 7),
    ("A bomb exploded in the square, killing two people and wounding 10. Twenty minutes later a second bomb "
     "went off nearby, killing five more people and wounding eight more.", "injured", 18),
    ("Gunmen killed three guards and wounded three more.", "injured", 3),
    ("A bomb killed a soldier and wounded two civilians. Three more people were hurt when a wall fell on them.",
     "killed", 1),
    # a toll's rise told twice in one sentence: the later figure is the toll
    ("The toll rose to 21 by noon, and to 24 the next morning, after two of the wounded died.", "killed", 24),
    ("The toll rose to 9 on Monday and to 11 on Tuesday.", "killed", 11),
    ("The death toll rose to 30 and to 40 injured, officials said.", "killed", 30),
    # the signs of a gas's or a crush's hurt are a hurt
    ("The barrel bomb killed 12 people. About 300 other people suffered symptoms of suffocation.", "injured", 300),
    ("Forty people were treated for suffocation after the fire in the depot.", "injured", 40),
    ("Three children died of suffocation in the crush.", "injured", 0),
]


@pytest.mark.parametrize(("text", "outcome", "best"), ROWS)
def test_a_form_of_a_monitors_entry_gives_its_figure(text: str, outcome: Outcome, best: int) -> None:
    assert figure(text, outcome) == best
