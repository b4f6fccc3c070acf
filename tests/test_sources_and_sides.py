"""Forms of war and terror news the blind16a set taught (session 13): who gives a figure, which side the
dead of a fight are on, what a count after "among" is, and what a long read's sections and a running
total's dates say. Each row is a sentence written for this file, with the figure a careful reader records
(its report's own, 0 where it gives none); the rows after each form are the ones it must not change.
"""

from __future__ import annotations

import pytest
from gold_texts import figure

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document, Outcome

ROWS: list[tuple[str, Outcome, int]] = [
    # two sources in one sentence give the lower, when one is told "putting the death toll at"
    ("Fighters raided the village on Friday, with a local committee putting the death toll at 90 while a doctor "
     "at the hospital said 40 people had been killed.", "killed", 40),
    # ... or when a time stands between the source and its verb
    ("The ministry said 300 people were killed, while an assessment released Sunday put the death toll at "
     "between 60 and 120.", "killed", 60),
    ("The ministry said 300 people were killed in the blast.", "killed", 300),
    # a list of links under "Related headlines" tells other stories
    ("Blast at market kills 9\n\nA bomb killed nine people at a market on Monday, police said.\n\nRelated headlines\n"
     "- Army says 2,000 dead in northern fighting\n- Floods cut road to the port\n", "killed", 9),
    # "since Oct. 7" (a month cut short) makes the clause a running total, its wounded too
    ("The ministry says 20,000 people have been killed since Oct. 7, with more than 50,000 wounded.", "injured", 0),
    ("A strike killed 12 people on Oct. 7, with more than 50 wounded.", "injured", 50),
    # a period of the present after one event told with "a" dates that event
    ("Soldiers killed 14 villagers in a raid on a hamlet this month, a rights group said.", "killed", 14),
    ("Soldiers killed 14 villagers in a raid on a hamlet earlier this month.", "killed", 0),
    ("Soldiers have killed 40 villagers in raids this month.", "killed", 0),
    # the attackers' dead add to the toll when the same party tells both: sources with a word in common, or
    # one that names no party ("officials")
    ("Two gunmen opened fire at a bus stop, killing four people, local police and medics said. Both gunmen were "
     "shot dead by an officer, police said.", "killed", 6),
    ("Militants killed 12 people in an attack on a police post, the governor said on Monday. Three of the "
     "attackers were killed by security forces, officials said.", "killed", 15),
    ("Militants killed 12 people in an attack on a market, rescuers said. Three of the attackers were killed in "
     "the fighting, the army said.", "killed", 12),
    # a victim told by name is no fighter, and "he died" tells him again
    ("Juan Perez, the mayor of the town, was shot dead at a festival on Saturday. He was taken to hospital, where "
     "he died. One of the gunmen was killed by the mayor's guards.", "killed", 2),
    # "as well" at a group's clause's end adds it as "also" does, past a name apposed to a role, and a body
    # recovered told by "his" is someone told before
    ("A strike killed five civilians, the ministry said. Rescuers recovered his body on Wednesday after the group "
     "confirmed its commander was also killed. Local media said a bodyguard, Ali Haddad, had died in the strike "
     "as well.", "killed", 7),
    ("A bomb killed five soldiers. A police officer was killed as well.", "killed", 6),
    ("A bomb killed five soldiers. The driver was killed as well.", "killed", 5),
    # a count after "among" is the whole the people are part of
    ("Three aid workers were among 40 dead in the attack.", "killed", 40),
    ("Aid group says three staff among 40 dead in village massacre", "killed", 40),
    ("Three aid workers were among the dead.", "killed", 3),
    # the speakers after a list, past an official's "of" phrase, are no victims
    ("A drone hit the hospital on Monday, killing 12 people and wounding 30 others, a nurse and an official of "
     "the district council said.", "injured", 30),
    ("A drone hit the hospital, wounding 30 patients, a nurse and a guard.", "injured", 32),
    # who "have been killed in the violence" are one outbreak's dead; what the violence "has killed" a total
    ("At least 18 people have been killed in the violence, the aid group said.", "killed", 18),
    ("The violence has killed 300 people.", "killed", 0),
    ("Eleven medics have been killed during the violence, the union said.", "killed", 0),
    # a city's tally of many shootings
    ("Police said 50 people were wounded in gun violence over the holiday weekend.", "injured", 0),
    # a long read's "Background" section tells other events
    ("Strike kills 8\n\nA missile killed eight people in the city on Monday, officials said.\n\nBackground\n\n"
     "On March 2, a strike on the station killed 40 people. The war has killed thousands.\n", "killed", 8),
    # a round-up: the day's total over a country is a running total, the first incident told after it the
    # report's own, and the later sections' incidents (a paragraph opening "In" and a place) other events
    ("Russian attacks kill 5, injure 20 over past day\n\nRussian attacks on Ukrainian regions killed five people "
     "and injured 20 over the past day, officials said.\n\nIn the city of Sumy, a drone hit a bus, killing one "
     "person and injuring 12, the mayor said.\n\nIn Kherson Oblast, shelling killed three people and injured "
     "six, the governor said.\n", "killed", 1),
    ("Russian attacks kill 5, injure 20 over past day\n\nRussian attacks on Ukrainian regions killed five people "
     "and injured 20 over the past day, officials said.\n\nIn the city of Sumy, a drone hit a bus, killing one "
     "person and injuring 12, the mayor said.\n\nIn Kherson Oblast, shelling killed three people and injured "
     "six, the governor said.\n", "injured", 12),
    # (no round-up: each incident told stays the report's)
    ("A missile hit a school in Sumy on Monday, killing one person, officials said.\n\nIn Kherson, shelling "
     "killed three people, the governor said.\n", "killed", 3),
    # a toll that "stood at" its figure past a long phrase of the event
    ("The toll from the Russian missile and drone attack on the city in the early hours of June 3 stood at 19 "
     "dead, officials said.", "killed", 19),
]


@pytest.mark.parametrize(("text", "outcome", "best"), ROWS)
def test_a_form_of_war_news_gives_its_figure(text: str, outcome: Outcome, best: int) -> None:
    assert figure(text, outcome) == best


def test_a_time_between_a_source_and_its_verb_leaves_the_source() -> None:
    [st] = extract_statements(Document("t", "The health ministry on Monday said 14 people were killed in the strike."))
    assert st.attribution == "The health ministry"
