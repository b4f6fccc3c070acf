"""Rules from humanitarian and human-rights documents (sitreps, flash updates, monitors' notes, press
releases of aid groups): a monitor's finding about one event, a sitrep's span in hours, an event told
against the report's own, a party's word of what its forces killed, owners told by "one of", a revised
toll's old figure told after a comma, and kinds of media as sources. Our own sentences."""

from __future__ import annotations

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document, report_figure


def figure(text: str, outcome: str = "killed") -> int | None:
    """The report's figure for ``outcome``, as the evaluation sets score it."""
    return report_figure(extract_statements(Document("t", "Headline\n\n" + text)), outcome)


def scope_of(text: str, best: int, outcome: str = "killed") -> str | None:
    """The scope of the statement of ``outcome`` whose figure is ``best``."""
    found = [s.scope for s in extract_statements(Document("t", "Headline\n\n" + text))
             if s.outcome == outcome and s.best == best]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("text", "best", "scope"),
    [
        # a monitor's finding about one event named with a determiner is that event's toll
        ("The Mission has verified that the strike killed 14 civilians in the market.", 14, "incident"),
        ("Monitors have documented that a drone attack on the bus killed nine people.", 9, "incident"),
        # its tally, with no one event after "that", stays a running total
        ("The Mission has verified that 1,200 civilians were killed in the region.", 1200, "cumulative"),
        ("The UN has verified more than 9,000 civilian deaths.", 9000, "cumulative"),
        # a sitrep's span counted in hours back from its day is a round-up of many events
        ("- 210 people killed in the past 72 hours, according to the ministry", 210, "cumulative"),
        ("Shelling killed 40 civilians over the last 48 hours, the governor said.", 40, "cumulative"),
        # not a single day (a day's toll is often the report's own), nor an event note's days
        ("Airstrikes killed 18 people in the past 24 hours, medics said.", 18, "incident"),
        ("Six people have died at the hands of a mob over the past six days in the village.", 6, "incident"),
        # an event told against the report's own, opening its sentence, is another event's
        ("A strike hit a school in the city. In the same week as the school strike, a drone attack on the port "
         "killed four workers.", 4, "separate"),
        ("Gunmen raided the camp at dawn. On the same day as the raid, a bomb in the market killed six people.",
         6, "separate"),
        # "on the same day" alone may tell the report's event on
        ("Gunmen raided the camp at dawn, killing 12 people.", 12, "incident"),
        # a war's other strike after a time told later is another event
        ("A shell hit the crew's car, killing a reporter. Weeks later, on 3 May, another strike killed two "
         "medics in the same valley.", 2, "cumulative"),
        # a party's word of what its forces killed, told with "stated" or "saying", is its claim beside the
        # report's own count
        ("The inquiry found that at least 80 villagers were killed. The army stated that its forces had "
         "neutralised 40 terrorists in the village.", 40, "claimed"),
        ("A bomb killed 9 worshippers, police said. The group claimed responsibility through its channel, "
         "saying it had killed about 30 people.", 30, "claimed"),
        # a kind of media as a source: the range's top it gave is its account, not a later toll
        ("Between 3 and 7 civilians were killed in the strike. A local news website reported that seven "
         "people died.", 7, "claimed"),
    ],
)
def test_scope(text: str, best: int, scope: str) -> None:
    assert scope_of(text, best) == scope


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one of" after people told before it owns them: the people are the group
        ("The son and the nephew of one of the guards were killed.", 2),
        ("Three brothers of one of the elders were killed in the raid.", 3),
        # a single person of "one of" stays one, and "one of" alone is one of them
        ("The driver of one of the trucks was killed.", 1),
        ("One of the nurses was killed when the shell hit.", 1),
        # a revised toll's old figure, told after a comma with "from the", is history
        ("The ministry revised the number of people killed down to 1,210, from the 1,530 deaths it had "
         "announced on Sunday.", 1210),
        ("The toll rose to 41 dead, up from the 35 deaths reported at noon.", 41),
    ],
)
def test_killed_figure(text: str, expected: int) -> None:
    assert figure(text) == expected
