"""Event dates: each row a phrase in a short sentence, the report's publication date, and the reading."""

from __future__ import annotations

import doctest
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualty_cli.extraction import dates
from casualty_cli.extraction.dates import _DATE_PHRASE, find_date_phrases, find_event_date

TUE = date(2016, 2, 16)  # a Tuesday
WED = date(2014, 1, 29)  # a Wednesday
MON = date(2016, 2, 15)  # a Monday

RESOLVED = [
    # relative days
    ("Two people died today, officials said.", TUE, TUE),
    ("A vigil is planned tonight.", TUE, TUE),
    ("He was shot early today near the park.", TUE, TUE),
    ("Police said this morning that three were killed.", TUE, TUE),
    ("Two men were wounded this afternoon.", TUE, TUE),
    ("Officers were called this evening.", TUE, TUE),
    ("He died yesterday at a local hospital.", TUE, date(2016, 2, 15)),
    ("Yesterday morning a gunman opened fire.", TUE, date(2016, 2, 15)),
    ("Five were killed last night in the blast.", TUE, date(2016, 2, 15)),
    ("“Last night, every one of them was in harm's way,” he said.", TUE, date(2016, 2, 15)),
    ("The shooting happened late last night.", TUE, date(2016, 2, 15)),
    ("It happened the day before yesterday.", TUE, date(2016, 2, 14)),
    ("The victim was shot three days ago.", TUE, date(2016, 2, 13)),
    ("The victim was shot 10 days ago.", TUE, date(2016, 2, 6)),
    # weekdays: the most recent one on or before publication
    ("Two men were shot Tuesday evening.", WED, date(2014, 1, 28)),
    ("Police said the shooting happened Monday.", TUE, date(2016, 2, 15)),
    ("Police said the shooting happened Monday.", MON, MON),
    ("The victim died on Sunday night.", TUE, date(2016, 2, 14)),
    ("He was killed late Saturday outside a bar.", TUE, date(2016, 2, 13)),
    ("Early Wednesday a fire broke out.", TUE, date(2016, 2, 10)),
    ("TUESDAY: two dead in crash", TUE, TUE),
    ("The bodies were found last Friday.", TUE, date(2016, 2, 12)),
    ("The bodies were found last Tuesday.", TUE, date(2016, 2, 9)),
    ("It began this past Thursday.", TUE, date(2016, 2, 11)),
    ("Monday's shooting left two dead.", TUE, date(2016, 2, 15)),
    # a day that owns the event comes before a day that dates a telling, a rescue or a toll's change
    ("Rescuers worked on Tuesday, but the toll from Saturday's earthquake passed 2,000.", TUE, date(2016, 2, 13)),
    ("At a vigil on Tuesday, a woman said her son was killed in Sunday's attack.", TUE, date(2016, 2, 14)),
    ("Survivors of yesterday’s strike on the clinic were moved on Tuesday.", TUE, date(2016, 2, 15)),
    ("Relief reached the town Tuesday, days after Friday night's deadly flood killed 40.", TUE, date(2016, 2, 12)),
    # ... but not a calendar day told before it, nor a day before a word of no event
    ("Five were shot on Feb. 3, a block from today's shooting.", TUE, date(2016, 2, 3)),
    ("Three were wounded last night in Sunday's unrest.", TUE, date(2016, 2, 15)),
    # month and day, with and without a year
    ("Four were killed on Feb. 15 in Kabul.", TUE, date(2016, 2, 15)),
    ("The attack on Feb. 10 killed 11.", TUE, date(2016, 2, 10)),
    ("Four were killed on Feb. 15 in Kabul.", date(2016, 2, 13), date(2016, 2, 15)),  # within tolerance
    ("Four were killed on Feb. 15 in Kabul.", date(2016, 2, 1), date(2015, 2, 15)),
    ("The attack of February 15, 2016 killed 11.", None, date(2016, 2, 15)),
    ("The attack of 15 February 2016 killed 11.", None, date(2016, 2, 15)),
    ("On the 15th of February, 11 died.", TUE, date(2016, 2, 15)),
    ("The clashes of Sept. 3 left 40 dead.", TUE, date(2015, 9, 3)),
    ("The clashes of Sept 3rd left 40 dead.", TUE, date(2015, 9, 3)),
    ("On May 5, 2015, gunmen attacked the school.", TUE, date(2015, 5, 5)),
    ("On 10 May 2015 gunmen attacked the school.", TUE, date(2015, 5, 10)),
    ("The March 12 bombing killed 30.", TUE, date(2015, 3, 12)),
    ("He was shot Monday, Feb. 15, 2016 on Main Street.", None, date(2016, 2, 15)),
    ("It happened on DEC. 24 near the border.", TUE, date(2015, 12, 24)),
    ("A leap-day attack on Feb. 29 left two dead.", date(2015, 6, 1), date(2012, 2, 29)),
    # numeric dates
    ("Filed 2/15/2016: two dead.", None, date(2016, 2, 15)),
    ("Filed 2/15/16: two dead.", None, date(2016, 2, 15)),
    ("Filed 15/2/2016: two dead.", None, date(2016, 2, 15)),
    ("Filed 02-15-2016: two dead.", None, date(2016, 2, 15)),
    ("Updated 2016-02-15 10:31.", None, date(2016, 2, 15)),
    # the first phrase that resolves wins
    ("He died Monday after being shot on Feb. 10.", TUE, date(2016, 2, 15)),
    ("Next Monday a vigil will honour those shot Saturday.", TUE, date(2016, 2, 13)),
    ("Two weeks ago, and again on Sunday, shots were fired.", TUE, date(2016, 2, 14)),
]

UNRESOLVED = [
    # no date phrase at all
    ("The blast may have killed 11 people.", TUE),
    ("We are now closing the live blog.", TUE),
    ("11 people were killed and 100 wounded.", TUE),
    ("The convoy was 100 kilometers from the border.", TUE),
    ("A 12-year-old was in critical condition.", TUE),
    ("Thousands joined the March on Washington.", TUE),
    ("Protesters march on the capital.", TUE),
    ("More than 2,000 have died since the war began.", TUE),
    ("Police fear 10 May have died in the fire.", TUE),
    ("In June 12 people died in a similar attack.", TUE),
    ("USA Today and Russia Today reported the attack.", TUE),
    ("The Sunday Times reported 30 dead.", TUE),
    ("Holidays and birthdays passed; the nightclub reopened.", TUE),
    ("Call 252-972-1411 with tips.", TUE),
    ("The vote was 3-2-16 in favour.", TUE),  # a score, not a date
    # vague or future phrases: found, never resolved
    ("The bombing last week killed 30.", TUE),
    ("Earlier this month, 12 were killed.", TUE),
    ("A vigil is planned for tomorrow.", TUE),
    ("A vigil is planned for next Monday.", TUE),
    ("It happened a few days ago.", TUE),
    ("Two weeks ago 30 were killed.", TUE),
    ("In February 2016, 30 were killed.", TUE),
    ("More than 300 were killed in 2015.", TUE),
    ("It happened on Feb. 30.", TUE),
    # relative phrases need a publication date
    ("He died yesterday at a local hospital.", None),
    ("Two men were shot Tuesday evening.", None),
    ("Four were killed on Feb. 15 in Kabul.", None),
    ("The victim was shot three days ago.", None),
    ("", TUE),
]

PHRASES = [
    ("11 people died Monday night, police said on Feb. 16, 2016.", ["Monday night", "Feb. 16, 2016"]),
    ("He was shot early this morning.", ["early this morning"]),
    ("Killed in 2016; buried 2/15/2016.", ["in 2016", "2/15/2016"]),
    ("In the 3 weeks ago story", ["3 weeks ago"]),
    ("Police said 10 may have died.", []),
    ("An 11-year-old, 2,000 troops, 100 kilometers, We", []),
    ("It happened in March. 3 suspects were arrested.", []),  # the dot ends a sentence
]


@pytest.mark.parametrize(("sentence", "published", "expected"), RESOLVED)
def test_resolved(sentence: str, published: date | None, expected: date) -> None:
    assert find_event_date(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published"), UNRESOLVED)
def test_unresolved(sentence: str, published: date | None) -> None:
    assert find_event_date(sentence, published) is None


@pytest.mark.parametrize(("sentence", "phrases"), PHRASES)
def test_phrases(sentence: str, phrases: list[str]) -> None:
    found = find_date_phrases(sentence)
    assert [phrase for _, _, phrase in found] == phrases
    assert all(sentence[start:end] == phrase for start, end, phrase in found)


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        pytest.param("The Mail on Sunday said 3 died.", TUE, None, id="newspaper-after-on"),
        pytest.param("It happened the night before last.", TUE, date(2016, 2, 14), id="night-before-last"),
        pytest.param(
            "Last week, a man was shot on Monday.", TUE, date(2016, 2, 8), id="weekday-of-last-week"
        ),
    ],
)
@pytest.mark.xfail(strict=True, reason="known miss")
def test_known_misses(sentence: str, published: date, expected: date | None) -> None:
    assert find_event_date(sentence, published) == expected


def test_span_limits_the_search() -> None:
    text = "Police said on Monday that the blast on Feb. 10 killed 11."
    start = text.index("the blast")
    assert find_event_date(text, TUE) == date(2016, 2, 10)  # "said on Monday" only dates the saying
    assert find_event_date(text, TUE, start) == date(2016, 2, 10)
    assert find_event_date(text, TUE, 0, start) == date(2016, 2, 15)
    assert find_date_phrases(text, start) == [(text.index("Feb."), text.index(" killed"), "Feb. 10")]
    assert find_event_date(text, TUE, start, start) is None


def test_span_is_clamped() -> None:
    assert find_date_phrases("on Monday", -5, 500) == [(3, 9, "Monday")]
    assert find_event_date("on Monday", TUE, 7, 2) is None


def test_datetime_published_counts_as_its_day() -> None:
    assert find_event_date("He died yesterday.", datetime(2016, 2, 16, 23, 59)) == date(2016, 2, 15)


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        ("Four were killed on Feb. 15 in Kabul.", TUE),
        ("Four were killed on Feb. 15 in Kabul.", date(2016, 2, 1)),
        ("The clashes of Sept. 3 left 40 dead.", TUE),
        ("The March 12 bombing killed 30.", TUE),
        ("It happened on DEC. 24 near the border.", TUE),
        ("The attack of 15 February 2016 killed 11.", TUE),
        ("On May 5, 2015, gunmen attacked the school.", TUE),
    ],
)
def test_month_day_agrees_with_dateparser(sentence: str, published: date) -> None:
    """Our arithmetic gives what dateparser (past-preferring, relative to publication) gives."""
    dateparser = pytest.importorskip("dateparser")
    (_, _, phrase), *_ = find_date_phrases(sentence)
    base = datetime.combine(published, datetime.min.time())
    parsed = dateparser.parse(
        phrase, languages=["en"], settings={"PREFER_DATES_FROM": "past", "RELATIVE_BASE": base}
    )
    assert parsed is not None
    assert find_event_date(sentence, published) == parsed.date()


def test_doctests() -> None:
    assert doctest.testmod(dates).failed == 0


# Text built from pieces that make and unmake date phrases, to exercise the fast path's edges.
PIECES = [
    "Monday", "monday", "MONDAY", "Mondays", "Tuesday night", "last", "this past", "next", "early",
    "today", "Today", "USA", "tonight", "yesterday", "last night", "the", "day", "before", "this",
    "morning", "afternoon", "AFTERNOON", "evening", "ago", "days", "weeks", "a few", "two", "3",
    "Feb.", "February", "feb", "May", "may", "March", "Mark", "15", "15th", "of", "31", "2016", "1999",
    "in", "since", "2/15/16", "2016-02-15", "02-15-2016", "12-year-old", "2,000", "people", ",", ".",
    "“", '"', "(", "\n", "  ", "x", "Dugal's",
]  # fmt: skip
date_like_text = st.lists(st.sampled_from(PIECES), max_size=12).map(
    lambda pieces: "".join(p + (" " if i % 3 else "") for i, p in enumerate(pieces))
)


@settings(max_examples=400, deadline=None)
@given(text=date_like_text, start=st.integers(-3, 60), end=st.none() | st.integers(-3, 80))
def test_fast_path_equals_plain_finditer(text: str, start: int, end: int | None) -> None:
    stop = len(text) if end is None else min(max(end, 0), len(text))
    begin = min(max(start, 0), stop)
    expected = [(m.start(), m.end(), m.group()) for m in _DATE_PHRASE.finditer(text, begin, stop)]
    assert find_date_phrases(text, start, end) == expected


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(max_size=200) | date_like_text,
    published=st.none() | st.dates(min_value=date(1, 1, 20), max_value=date(9999, 12, 1)),
    start=st.integers(-5, 250),
    end=st.none() | st.integers(-5, 250),
)
def test_never_raises_and_offsets_stay_inside(
    text: str, published: date | None, start: int, end: int | None
) -> None:
    find_event_date(text, published, start, end)
    stop = len(text) if end is None else min(max(end, 0), len(text))
    begin = min(max(start, 0), stop)
    for phrase_start, phrase_end, phrase in find_date_phrases(text, start, end):
        assert begin <= phrase_start < phrase_end <= stop
        assert text[phrase_start:phrase_end] == phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day a toll was told as it now stands is no event's day
        ("Officials said on Saturday that the number killed in the strike had reached nine.", None),
        ("The ministry said on Saturday the toll has risen to 40.", None),
        # a saying alone still dates the event, for want of another day
        ("Police said on Saturday that two men were shot.", date(2024, 4, 20)),
        # and the event's own day wins over the saying's
        ("Officials said on Saturday that the toll from Friday's strike had reached nine.", date(2024, 4, 19)),
    ],
)
def test_the_day_a_toll_was_told(text: str, expected: date | None) -> None:
    assert find_event_date(text, date(2024, 4, 20)) == expected
