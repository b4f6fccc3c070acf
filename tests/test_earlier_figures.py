"""Earlier figures are history: a toll a report recalls as superseded fills the revision's ``previous``
and is never a current claim. Sentences are our own, on real tolls.

The rows below are the contract of :mod:`casualty_cli.extraction.earlier`; whoever rebuilds the reader
keeps them passing.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.extraction.earlier import EARLIER_FORMS
from casualty_cli.model import DIED_OF_WOUNDS, Document, Statement


def read(text: str, published: date = date(2016, 2, 18)) -> list[Statement]:
    return extract_statements(Document("t", "Headline\n\n" + text, published))


def current(text: str, outcome: str = "killed") -> list[tuple[int | None, int | None]]:
    """Each incident-scope figure of the outcome, with the previous figure its revision names."""
    return [
        (s.best, s.revision.previous if s.revision else None)
        for s in read(text)
        if s.outcome == outcome and s.scope == "incident"
    ]


EARLIER = [
    # (text, current figures with their previous)
    pytest.param(
        "MSF said on Thursday that 25 people, including nine staff, were killed in the strike on its hospital. "
        "It had earlier put the toll at 11.",
        [(25, 11)],
        id="had earlier put the toll at",
    ),
    pytest.param("The toll in Kathmandu rose to 150, up from 125 the day before.", [(150, 125)], id="up from"),
    pytest.param(
        "A village head had on Monday told reporters that at least 120 people were killed. "
        "The agency said on Tuesday that 85 people died.",
        [(85, 120)],
        id="had on Monday told reporters that",
    ),
    pytest.param(
        "At least 300 people have died in the flooding, officials said. The previous toll was 250.",
        [(300, 250)],
        id="the previous toll was",
    ),
    pytest.param("Officials said 14 people died in the crash, revised from 12.", [(14, 12)], id="revised from"),
    pytest.param("The death toll from the quake rose from 56 to 71 overnight.", [(71, 56)], id="rose from A to B"),
    pytest.param("The toll climbed from nine to 25 on Thursday.", [(25, 9)], id="from words to digits"),
    pytest.param("The ministry revised the death toll from 30 to 24.", [(24, 30)], id="revised down from A to B"),
    pytest.param(
        "Twenty-five people were killed in the attack, the charity said, revising its earlier figure of 11.",
        [(25, 11)],
        id="revising its earlier figure of",
    ),
    pytest.param(
        "Police initially gave the death toll as nine. Twelve people were killed, the governor said on Friday.",
        [(12, 9)],
        id="initially gave the toll as",
    ),
    pytest.param(
        "The mayor had earlier given a figure of 64 dead, but the coroner said on Monday that 51 people died.",
        [(51, 64)],
        id="had earlier given a figure of",
    ),
    pytest.param(
        "The coroner gave a figure of 51 dead on Monday.",
        [(51, None)],
        id="a figure of, given with no earlier",
    ),
    pytest.param(
        "The ministry said at first that 40 prisoners had been killed. The toll later rose to 53.",
        [(53, 40)],
        id="said at first that",
    ),
    pytest.param(
        "Police corrected the toll to 12, after earlier saying 14 people had died.",
        [(12, 14)],
        id="after earlier saying",
    ),
    pytest.param(
        "The governor said 31 people were killed in the flood, having initially reported 40.",
        [(31, 40)],
        id="having initially reported",
    ),
    pytest.param(
        "At least 100 people died in the wedding hall fire. Earlier reports had put the toll at 113.",
        [(100, 113)],
        id="earlier reports had put the toll at",
    ),
    pytest.param(
        "Sixty people were killed, the army said. Earlier, officials had put the death toll at 45.",
        [(60, 45)],
        id="earlier, officials had put the toll at",
    ),
    pytest.param(
        "Forty miners died in the collapse, the company said. Initial reports said 52 people had died.",
        [(40, 52)],
        id="initial reports said",
    ),
    pytest.param(
        "The strike killed 89 people, the minister said. Earlier on Thursday, a monitor had reported more than "
        "100 dead.",
        [(89, 100)],
        id="earlier on a day, someone had reported",
    ),
    pytest.param(
        "Twelve people died, the minister said. Earlier, the ministry had said nine people were killed.",
        [(12, 9)],
        id="earlier, someone had said",
    ),
    pytest.param(
        "Thirteen officers were killed. The governor initially reported eight dead.",
        [(13, 8)],
        id="initially reported",
    ),
    pytest.param(
        "The army said 30 soldiers died. Officials had earlier said 41 soldiers were killed.",
        [(30, 41)],
        id="had earlier said",
    ),
    # the figure in a toll's own clause inside the past perfect saying
    pytest.param(
        "The army lowered the toll to 58 on Friday. Local officials had said on Thursday that the death toll "
        "had climbed to 70, before names were checked.",
        [(58, 70)],
        id="had said on a day that the toll had climbed to",
    ),
    pytest.param(
        "Rescuers said 33 people died in the landslide. A local official had said early in the morning that "
        "50 were buried and killed.",
        [(33, 50)],
        id="had said at a time of the day that",
    ),
    pytest.param(
        "The ministry lowered the toll from the raid to 21. It had said on Monday night that 23 people were killed.",
        [(21, 23)],
        id="had said on a day's night that",
    ),
    pytest.param(
        "Police said 9 people were killed. They had said on Sunday evening that 6 had died.",
        [(9, 6)],
        id="had said on a day's evening that",
    ),
    pytest.param(
        "Eleven people died, the mayor said. The police had earlier said the toll stood at 14.",
        [(11, 14)],
        id="had earlier said the toll stood at",
    ),
    # whom it was told in two words ("told local media", "told state television") before the day
    pytest.param(
        "The ministry now puts the toll at 61. A provincial official had told local media on Tuesday that 70 "
        "people had died.",
        [(61, 70)],
        id="had told local media on a day that",
    ),
    pytest.param(
        "Forty people were killed, the army said. The mayor had told state television on Sunday that 52 were "
        "killed in the attack.",
        [(40, 52)],
        id="had told state television on a day that",
    ),
    # who told first, in the past perfect, told an earlier figure in the clause of "saying"
    pytest.param(
        "A drone strike killed 12 guards at the depot, the army said. A local mayor had been the first to report "
        "the strike, saying on radio late on Friday that at least 15 guards had died.",
        [(12, 15)],
        id="had been the first to report, saying",
    ),
    # "first said" tells a figure since changed, as "initially" does (blind22a)
    pytest.param(
        "Shelling hit the camp overnight, killing at least 14 people. Rescuers first said 30 had been killed.",
        [(14, 30)],
        id="first said",
    ),
    # one person told by the ordinal after the earlier figure makes the new toll: five, then a sixth
    pytest.param(
        "A car bomb went off outside the court on Monday. The governor first said four people had died. By "
        "night he said a fifth victim had died in hospital.",
        [(5, 4)],
        id="first said, then a fifth victim",
    ),
    pytest.param(
        "A car bomb went off outside the court on Monday. The governor initially said four people had died. By "
        "night he said a second victim had died in hospital.",
        [(1, 4)],
        id="an ordinal that does not follow the earlier figure stays one",
    ),
    pytest.param(
        "The health authority lowered the number of people killed to 310, from the 402 deaths it had given on Monday, "
        "after some victims were found to be listed twice.",
        [(310, 402)],
        id="down to N, from the M deaths it had given",
    ),
    pytest.param(
        "The death toll climbed to 64 people killed, up from the 51 deaths reported by the mayor.",
        [(64, 51)],
        id="up from the M deaths reported",
    ),
    pytest.param(
        "The toll from the shelling of the bus station has risen to 27, the governor said on Sunday. On Friday "
        "his office had reported 19 people killed.",
        [(27, 19)],
        id="on a day, then had reported",
    ),
    pytest.param(
        "Medics said 44 people had died by Monday night. On 2 March, rescuers had counted 31 dead.",
        [(44, 31)],
        id="on a calendar day, then had counted",
    ),
]


@pytest.mark.parametrize(
    ("text", "outcome", "expected"),
    [
        # a toll said before without a word that it has changed is still held: the report may add to it
        ("Police previously said seven officers were hurt in the attack. That number left out two guards.",
         "injured", 7),
        ("Police said nine people were killed. The army earlier said the gunmen came from the north.", "killed", 9),
        # a toll's clause after a saying with no time before it is the toll said
        ("Police said on Thursday that the death toll had risen to 16.", "killed", 16),
        # an earlier figure with no current one of its outcome after it is still the report's latest
        ("The army initially said 23 soldiers were killed; officers fear the toll could climb past 40.", "killed", 23),
        ("Medics first said 15 people were hurt in the blast, and the search goes on.", "injured", 15),
    ],
)
def test_a_toll_said_before_is_no_earlier_figure_without_a_change(text: str, outcome: str, expected: int) -> None:
    assert [best for best, _ in current(text, outcome)] == [expected]


@pytest.mark.parametrize(("text", "expected"), EARLIER)
def test_earlier_figure_fills_previous_and_is_no_claim(text: str, expected: list[tuple[int, int]]) -> None:
    assert current(text) == expected


def test_every_form_is_tried() -> None:
    # each form of the table is matched by at least one row above
    texts = [p.values[0] for p in EARLIER]
    for form in EARLIER_FORMS:
        pattern = re.compile(form.replace("FIG", r"\w+"), re.I)
        assert any(pattern.search(str(t)) for t in texts), form


def test_injured_who_died_are_not_new_figures() -> None:
    text = "The toll from Tuesday's bombing in Helmand has risen to seven after two wounded officers died in hospital."
    assert current(text) == [(7, None)]
    assert current(text, "injured") == []
    [seven] = read(text)
    assert [(b.group, b.best) for b in seven.breakdown] == [(DIED_OF_WOUNDS, 2)]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("The blast came a week after a suicide bomber killed 20 people at a market in the same city.", "cumulative"),
        ("Two days after an ambush killed six soldiers, gunmen struck again.", "cumulative"),
        ("He died a week after the shooting, police said.", "incident"),
        # a sentence that opens at a time before the event told tells another event, all of it
        ("Two days earlier, an airstrike on a school killed 30 people.", "cumulative"),
        ("The day before, gunmen shot dead four guards at the mine.", "cumulative"),
        ("A week earlier, two soldiers were killed by a roadside bomb.", "cumulative"),
        ("Hours earlier, nine guards died when their post was shelled near the border.", "cumulative"),
        ("Just hours earlier, a car bomb killed 14 people in the capital.", "cumulative"),
        # a time before something else, inside the sentence, is no such opening
        ("Four people were killed two days before the election.", "incident"),
        # a clause joined by ", and" after the other event's is the report's own
        ("Divers ended the search on Monday, a day after a ferry capsized in the bay, and the coast guard said "
         "the toll stood at 31.", "incident"),
        ("Crews cleared the site, two days after a shell hit the school, and medics said 12 children died.",
         "incident"),
        # without the joined clause the count is the other event's
        ("Crews cleared the site two days after a shell hit the school and killed 12 children.", "cumulative"),
    ],
)
def test_an_event_recalled_in_passing_is_not_this_incident(text: str, scope: str) -> None:
    assert {s.scope for s in read(text) if s.outcome == "killed"} == {scope}


EARLIER_FIGURE_DATED = [
    # the time after a revision's "from" and its figure dates that figure: the counts after it are the
    # report's own
    ("The toll rose to 61 dead on Friday, up from 48 a day earlier, with 230 people injured.", "injured", "incident"),
    ("The number of dead climbed to 30, from 12 two days earlier, and 41 people were hurt.", "injured", "incident"),
    ("Officials put the toll at 19, up from 11 the previous day, with 7 injured.", "injured", "incident"),
    # a time with no revision's figure before it still opens another event
    ("The toll rose to 20, a day after a bomb wounded 15 people in the capital.", "injured", "cumulative"),
    ("The toll rose to 61. Two days earlier, a blast had wounded 40 people.", "injured", "cumulative"),
]


@pytest.mark.parametrize(("text", "outcome", "scope"), EARLIER_FIGURE_DATED)
def test_the_day_of_an_earlier_figure_is_no_other_event(text: str, outcome: str, scope: str) -> None:
    assert {s.scope for s in read(text) if s.outcome == outcome} == {scope}


@pytest.mark.parametrize(
    "text",
    [
        "MSF said on Thursday that 25 people were killed when missiles struck its hospital on Monday.",
        "The number of people killed in Monday's strike on the hospital rose to 25 on Thursday.",
    ],
)
def test_a_day_that_dates_a_saying_or_a_new_toll_is_not_the_event_day(text: str) -> None:
    [st] = read(text)
    assert st.event_date == date(2016, 2, 15)


def test_breakdown_after_the_people_noun() -> None:
    [st] = read("MSF said that 25 people, including nine staff, were killed.")
    assert [(b.group, b.best) for b in st.breakdown] == [("staff", 9)]
