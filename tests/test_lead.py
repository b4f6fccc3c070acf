"""A report's lead, defined once (sentences.lead_end and headline_and_lead_end), and the rules that read
it: a natural hazard's report (totals.lead_names_a_natural_hazard: the lead alone), an event named by its
day in its own report (statements._lead_names: the headline and the lead sentence) and a suicide attack's
report (totals._names_a_suicide_attack: the same). Sentences are our own.
"""

from __future__ import annotations

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.extraction.sentences import LEAD_REACH, headline_and_lead_end, lead_end
from casualty_cli.model import Document

# (text, the lead, the headline and lead sentence)
LEADS = [
    pytest.param("Blast kills 9\n\nA bomb went off. Police came.", "Blast kills 9\n", "Blast kills 9\n\nA bomb went off.",
                 id="a headline, then the first sentence under it"),
    pytest.param("\n\nBlast kills 9\nA bomb went off. Police came.", "\n\nBlast kills 9\n",
                 "\n\nBlast kills 9\nA bomb went off.", id="blank lines open no lead"),
    pytest.param("On 3 May, gunmen killed 4 people. Police came.", "On 3 May, gunmen killed 4 people.",
                 "On 3 May, gunmen killed 4 people.", id="an event note: its first sentence"),
    pytest.param("SOMALIA. A bomb killed 9 people. Police came.", "SOMALIA.", "SOMALIA. A bomb killed 9 people.",
                 id="a label, then the lead sentence"),
    pytest.param("word " * LEAD_REACH, ("word " * LEAD_REACH)[:LEAD_REACH], ("word " * LEAD_REACH)[:LEAD_REACH],
                 id="no end within the reach"),
]


@pytest.mark.parametrize(("text", "lead", "headline_and_lead"), LEADS)
def test_the_lead_of_a_report(text: str, lead: str, headline_and_lead: str) -> None:
    assert text[: lead_end(text)] == lead
    assert text[: headline_and_lead_end(text)] == headline_and_lead


def _scopes(text: str) -> list[str]:
    return [s.scope for s in extract_statements(Document("t", text)) if s.outcome == "killed"]


# An event named by its day is the report's own where the report's opening (its first LEAD_REACH characters)
# names an event of its noun, in its headline, its lead sentence or the next (a narrower reach, the
# headline and lead sentence, turned the third row's toll history); named only past it, or of another
# kind, it is history.
NAMED_DAY = [
    ("Market raid kills 40\n\nThe attack on the market began at dawn.\n\nThe attack of 12 March killed 40 people.",
     ["incident", "incident"]),
    ("Attack on market kills 40\n\nGunmen opened fire.\n\nThe attack of 12 March killed 40 people.",
     ["incident", "incident"]),
    ("Market raid\n\nGunmen opened fire at dawn. Shops burned after the attack.\n\n"
     "The attack of 12 March killed 40 people.", ["incident"]),
    ("Market raid\n\nGunmen opened fire at dawn. " + "Shops burned. " * 30 + "Police came after the attack."
     "\n\nThe attack of 12 March killed 40 people.", ["cumulative"]),
    ("Strike on market kills nine\n\nThe town was hit by the earthquake of 6 February, in which 4,500 people died.",
     ["incident", "cumulative"]),
]


@pytest.mark.parametrize(("text", "scopes"), NAMED_DAY)
def test_an_event_named_by_its_day_and_the_lead(text: str, scopes: list[str]) -> None:
    assert _scopes(text) == scopes


# A hazard the first sentence under a headline names in passing makes no report of a hazard (the reach of
# the headline and lead sentence read it as one); one its headline, or an event note's first sentence,
# names does.
HAZARD_LEAD = [
    ("Shelling kills 9\n\nThe shelling broke a truce agreed after the May floods, which killed 240 people.", False),
    ("Floods kill 240\n\nThe May floods killed 240 people.", True),
    ("Heavy floods killed 240 people in May. Aid came late.", True),
]


@pytest.mark.parametrize(("text", "hazard"), HAZARD_LEAD)
def test_a_hazard_named_in_the_lead(text: str, hazard: bool) -> None:
    from casualty_cli.extraction.totals import lead_names_a_natural_hazard

    assert lead_names_a_natural_hazard(text) is hazard


# A suicide attack named in the headline or the lead sentence under it makes the report one of a suicide
# attack; named further on, it tells of another.
SUICIDE_LEAD = [
    ("Blast kills 9\n\nA suicide bomber struck a market on Monday.", True),
    ("A suicide bomber struck a market on Monday, killing 9. Police came.", True),
    ("SOMALIA. A suicide bomber struck a market on Monday.", True),
    ("Blast kills 9\n\nA bomb went off in a market. The street was named for the first suicide bomber.", False),
]


@pytest.mark.parametrize(("text", "suicide"), SUICIDE_LEAD)
def test_a_suicide_attack_named_in_the_headline_or_lead(text: str, suicide: bool) -> None:
    from casualty_cli.extraction.totals import _names_a_suicide_attack

    assert _names_a_suicide_attack(text) is suicide
