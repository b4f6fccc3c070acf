"""Sentences that tell no toll, or a zero, beside ones that tell a toll (readers.py, phrases.py,
lexicon.toml): a person said not to be among the victims; "no" before people ("no soldiers were
killed" is killed 0); a hurt whose degree only is denied ("was not seriously
injured" is injured 1); an aim ("aimed at killing"); "none of" or "neither" opening a subject
("None of the 12 miners was hurt" is injured 0); an inquiry, a sentence or a protest over a death told
before; people taken to hospital as a precaution; missing people found safe. Rows in our own words; each rule has a counterpart that is still counted, so that
a rule cannot pass by reading nothing."""

from __future__ import annotations

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document, report_figure


def _best(text: str, outcome: str) -> int | None:
    """The document's figure for an outcome as the scorer takes it."""
    return report_figure(extract_statements(Document("t", text)), outcome)


# (text, outcome, the figure; None: no figure at all)
ROWS = [
    # someone said not to be among the dead or hurt is left out of the toll
    ("His deputy was not among the dead, the ministry said.", "killed", None),
    ("The ambassador was not among those killed in the raid.", "killed", None),
    ("The senator is not among the wounded, his office said.", "injured", None),
    ("Her two sons were not among those who died.", "killed", None),
    # ... but one said to be among them is counted
    ("His deputy was among the dead, the ministry said.", "killed", 1),
    ("The ambassador was among those killed in the raid.", "killed", 1),
    ("Her two sons were among those who died.", "killed", 2),
    # "no" before a plural noun of people counts nobody, as "no one" does
    ("No soldiers were killed in the ambush, but four were wounded.", "killed", 0),
    ("No soldiers were killed in the ambush, but four were wounded.", "injured", 4),
    ("No American troops were hurt in the rocket attack.", "injured", 0),
    # ... and a figure there is counted
    ("Two soldiers were killed in the ambush, and four were wounded.", "killed", 2),
    ("Three American troops were hurt in the rocket attack.", "injured", 3),
    # a negation of how bad a hurt was is no negation of the hurt
    ("The mayor was not seriously injured when his car was shot at.", "injured", 1),
    ("The driver wasn't badly hurt, the company said.", "injured", 1),
    # ... but the hurt itself denied is no toll
    ("The mayor was not injured when his car was shot at.", "injured", None),
    ("The driver was not hurt, the company said.", "injured", None),
    ("The mayor was seriously injured when his car was shot at.", "injured", 1),
    # a gerund after a word of an aim and its preposition is what was meant
    ("The air strike was aimed at killing the group's commander.", "killed", None),
    ("The raid was aimed at capturing or killing two commanders.", "killed", None),
    ("The gunmen were bent on killing the witnesses.", "killed", None),
    # ... not a gerund that tells what the aimed thing did
    ("The air strike was aimed at a camp, killing the group's commander.", "killed", 1),
    ("The raid on the camp ended with soldiers killing two commanders.", "killed", 2),
    # "neither" or "none" opening the subject of a passive verb counts nobody
    ("None of the 60 pilgrims on the bus was hurt.", "injured", 0),
    ("Neither of the two guards was injured.", "injured", 0),
    ("Neither the driver nor his passenger was hurt in the crash.", "injured", 0),
    ("None of those killed were soldiers. Twelve villagers were killed.", "killed", 12),
    # ... where a figure opens it, it counts
    ("Six of the 60 pilgrims on the bus were hurt.", "injured", 6),
    ("One of the two guards was injured.", "injured", 1),
    # an inquiry or a sentence over a death, and what followed one, recall an earlier event
    ("Villagers demanded a probe into the killing of a teacher.", "killed", None),
    ("A judge opened an inquest into the deaths of three prisoners.", "killed", None),
    ("A woman sentenced to death for killing her husband was freed on appeal.", "killed", None),
    ("The mayor is under investigation for the murder of his driver.", "killed", None),
    ("Youths blocked the highway following the death of a man in police custody.", "killed", None),
    # ... the death itself told is counted
    ("Gunmen killed a teacher, and villagers demanded a probe.", "killed", 1),
    ("A man died in police custody on Monday, and youths blocked the highway.", "killed", 1),
    # people taken to hospital as a precaution are no hurt people
    ("Eight pupils were taken to hospital as a precaution after the gas leak.", "injured", None),
    ("Four firefighters were taken to hospital for checks and released.", "injured", None),
    ("Eight pupils were taken to hospital, as a precaution.", "injured", None),
    # ... others taken there are
    ("Eight pupils were taken to hospital after the gas leak.", "injured", 8),
    ("Four firefighters were taken to hospital with burns, and two more as a precaution.", "injured", 4),
    # people missing who are found safe in the same sentence are missing no more
    ("The three hikers were reported missing on Friday but were found unharmed on Sunday.", "missing", None),
    ("Five divers went missing, and rescuers later found them alive.", "missing", None),
    # ... but not when the found are a part told with a figure of their own, nor when they stay missing
    ("Twelve divers went missing; four were later found alive.", "missing", 12),
    ("The three hikers were reported missing on Friday and have not been found.", "missing", 3),
    # the ends of an age range and a span of hours count no one ...
    ("Police held four youths aged between 16 and 19 after the stabbing.", "killed", None),
    ("The bodies of the two climbers, aged between 30 and 40, were flown to Lima.", "killed", 2),
    ("Officers made 11 arrests within 48 hours of the bombing.", "killed", None),
    ("Officers made 11 arrests within 48 hours of the bombing.", "injured", None),
    # ... but a range of people and a time after a count are read as ever
    ("Between 30 and 40 villagers were killed in the raid.", "killed", 30),
    ("Two of the injured died within 48 hours.", "killed", 2),
    # mourning or burying victims counts none of them: the toll is told where they died (no dev set
    # holds a report whose only figure stands there)
    ("The province declared a day of mourning for the 14 victims.", "killed", None),
    ("The funerals of the nine victims were held on Sunday.", "killed", None),
    # a clause after a list's ", and" is no item of the list ("and the mayor declared a curfew")
    ("The blast killed 14 people, and the town held a day of mourning for them.", "killed", 14),
    ("The storm killed three people, and the governor declared an emergency.", "killed", 3),
    ("The storm killed three people, and a boy was found dead in the river.", "killed", 4),
    ("The gunman killed a teller and a guard hired by the bank.", "killed", 2),
    # (with no comma before "and", a past verb and its object after the list is no clause of its own)
    ("The gunman wounded a teller and a guard hired the week before.", "injured", 2),
    # "taken" counts only with "lives" after its figure: people taken somewhere are no toll
    ("Rescuers had taken 40 people to safety before the river burst its banks.", "killed", None),
    ("Boats had taken 60 villagers to the relief camp by nightfall.", "injured", None),
    ("The fire had taken the lives of 12 workers.", "killed", 12),
]


@pytest.mark.parametrize(("text", "outcome", "figure"), ROWS)
def test_what_is_counted(text: str, outcome: str, figure: int | None) -> None:
    assert _best(text, outcome) == figure
