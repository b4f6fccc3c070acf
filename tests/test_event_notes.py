"""Event notes that count the dead without a killing verb's syntax, or with an aside inside the count.

Every row is a sentence written for this file. The rules are of English syntax: an aside in
parentheses inside a counted noun phrase, the label of a note's figure ("Fatalities: ..."), a slash
between a note's clauses, nouns that count no deaths of their own ("casualties"), and slips of typing
in a doubled consonant ("kiled").
"""

from __future__ import annotations

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.extraction.lexicon import misspellings
from casualty_cli.model import Document, report_figure


def _figure(text: str, outcome: str = "killed") -> int | None:
    """The document's figure as the scorer takes it (None: none)."""
    return report_figure(extract_statements(Document("t", text)), outcome)


ASIDES = [
    # an aside between the count and its head: the count before it is the note's figure
    ("Five rangers (or six, by a later account) were killed in the ambush.", 5),
    ("Three border (KPR) guards were shot dead at the well.", 3),
    ("Eight farm (mostly seasonal) workers died when the bridge collapsed.", 8),
    ("Two village (Kiwanja and Baraka) elders were murdered.", 2),
    # a figure after the head, in parentheses, is still an alternative, not the count
    ("Four traders (five, said a local chief) were killed by raiders.", 4),
    # an aside too long to be one is no part of the phrase
    (
        "Nine (a figure that the county commissioner, the police and the Red Cross all said was far"
        " too low) people were killed.",
        None,
    ),
]


LIST_ASIDES = [
    # an aside after an item of a list: the list goes on past it
    ("A ranger (a sergeant) and a tracker were killed by poachers.", 2),
    ("The mayor of Garissa (Omar Daud) and his wife were shot dead.", 2),
    ("Five guards (two of them women) and a cook were killed in the raid.", 6),
    # a word that opens an idiom of the lexicon ("confirmed dead") is no outcome word alone
    ("2 (confirmed) and 5 (feared) died in the fire.", 7),
    # without "and" before the next words there is no list
    ("A ranger (a sergeant) was killed by poachers.", 1),
]


@pytest.mark.parametrize(("text", "killed"), LIST_ASIDES)
def test_an_aside_after_an_item_of_a_list(text: str, killed: int) -> None:
    assert _figure(text) == killed


@pytest.mark.parametrize(("text", "killed"), ASIDES)
def test_an_aside_inside_a_counted_noun_phrase(text: str, killed: int | None) -> None:
    assert _figure(text) == killed


def test_an_aside_with_an_outcome_word_is_no_aside() -> None:
    # "(two were killed)" tells a death of its own: the phrase before it is not read across it
    assert _figure("Six (two were killed) soldiers were wounded.", "injured") != 6


def _statement(text: str) -> tuple[int | None, int | None, int | None, str]:
    """The best, low, high and qualifier of the note's one killed statement."""
    [s] = [s for s in extract_statements(Document("t", text)) if s.outcome == "killed"]
    return s.best, s.low, s.high, s.qualifier


LABELLED = [
    # the figure after "Fatalities:" and the words that label it
    ("Herders clashed at the well. Fatalities: 7", (7, 7, 7, "exact")),
    ("Herders clashed at the well. FATALITIES: estimate of 4 people.", (4, 4, 4, "exact")),
    ("Herders clashed at the well. Fatalities: reported estimates include 9, more feared.", (9, 9, 9, "exact")),
    # a confirmed figure is the best, an estimate beside it the high, in either order
    ("Raiders burned the market. FATALITIES: estimate: 12 / confirmed: 5", (5, 5, 12, "range")),
    ("Raiders burned the market. Fatalities: confirmed 5, estimated 12.", (5, 5, 12, "range")),
    # two figures and none confirmed: the lowest (ACLED's convention)
    ("Raiders burned the market. Fatalities: initial 8, estimate 11.", (8, 8, 11, "range")),
    # an official figure is a confirmed one: it stands alone
    ("Raiders burned the market. Fatalities: initial 8, official 11.", (11, 11, 11, "exact")),
]


@pytest.mark.parametrize(("text", "reading"), LABELLED)
def test_a_labelled_figure_after_fatalities(text: str, reading: tuple[int, int, int, str]) -> None:
    assert _statement(text) == reading


NOT_LABELLED = [
    # labels with no figure, or a word that labels nothing: no count
    "Herders clashed at the well. FATALITIES: estimate only / total only.",
    "Herders clashed at the well. FATALITIES: ACTORS NOT SPECIFIED.",
    "Herders clashed at the well. Fatalities: figures from the county office are awaited.",
]


@pytest.mark.parametrize("text", NOT_LABELLED)
def test_a_label_without_a_figure(text: str) -> None:
    assert _figure(text) is None


def test_a_year_after_the_figure_is_no_second_figure() -> None:
    assert _statement("Fatalities: 3, 2011 figures.") == (3, 3, 3, "exact")


def test_casualties_count_no_deaths() -> None:
    # "casualties" are the dead and the wounded together: no killed figure of its own
    assert _figure("Nine casualties were reported by the Red Cross after the riot.") is None
    assert _figure("The ambush left between 4 and 8 casualties.") is None


SUMMARY_LINES = [
    # a slash between a note's clauses leads a bare count as a comma does
    ("Raiders torched the granary/ 2 were killed in the fire.", 2),
    ("Huts razed in the night/ one was hacked to death.", 1),
    # ... but a slash inside a date is no lead: "12" is the month
    ("The raid came on 14/12 were killed.", None),
    # a toll's label and its figure: "Death toll: 5"
    ("Flooded valley. Death toll: 5.", 5),
    ("Death toll: 4 killed and 7 injured in the landslide.", 4),
    # no figure after the label, or a year
    ("Death toll: rising, say officials.", None),
    ("Death toll: 2019 figures are awaited.", None),
]


@pytest.mark.parametrize(("text", "killed"), SUMMARY_LINES)
def test_the_punctuation_of_summary_lines(text: str, killed: int | None) -> None:
    assert _figure(text) == killed


MISSPELLINGS = [
    # the doubled consonant of "killed" or "stabbed" typed once, three times, or with an "i" before "-ed"
    ("Four herders were kiled by raiders at the river.", "killed", 4),
    ("A trader was shot and killled at his stall.", "killed", 1),
    ("Cattle raid in the valley. 9 killied including 3 children.", "killed", 9),
    ("A guard was stabed at the gate.", "injured", 1),
    # words that only look like them are nothing
    ("Two skilled welders were hired for the bridge.", "killed", None),
    ("Three forms were filed at the station.", "killed", None),
]


@pytest.mark.parametrize(("text", "outcome", "figure"), MISSPELLINGS)
def test_a_slip_of_typing_in_a_killing_verb(text: str, outcome: str, figure: int | None) -> None:
    assert _figure(text, outcome) == figure


@pytest.mark.parametrize(
    ("past", "slips"),
    [("killed", ("kiled", "killled", "killied")), ("stabbed", ("stabed", "stabbbed", "stabbied")), ("shot", ()),
     ("wounded", ()), ("gunned down", ())],
)
def test_misspellings_come_from_the_lexicon_entry(past: str, slips: tuple[str, ...]) -> None:
    assert misspellings(past) == slips


TOLL_HEADS = [
    # a toll by another name: "death count", "death total", "death tally", "fatality count"
    ("After the mudslide the death count rose to 14.", 14),
    ("The death total was revised from 2 to 5 on Monday.", 5),
    ("By noon the death tally stood at 31.", 31),
    ("The fatality count is now 6, police said.", 6),
    # with no figure after it, the head counts nobody
    ("The death count is not yet known.", None),
    ("Officials would not give a fatality total.", None),
]


@pytest.mark.parametrize(("text", "killed"), TOLL_HEADS)
def test_other_heads_of_a_death_toll(text: str, killed: int | None) -> None:
    assert _figure(text) == killed


BODIES_OF = [
    # a count before "bodies of" counts the people after "of" when they are not counted themselves
    ("Four bodies of fishermen were pulled from the lake.", 4),
    ("Two bodies of suspected smugglers were found at the border.", 2),
    # the count after "of" still counts as before
    ("Rangers found the bodies of three poachers.", 3),
    # bodies that are no people
    ("Three bodies of water feed the delta.", None),
    ("Two bodies of evidence were presented in court.", None),
]


@pytest.mark.parametrize(("text", "killed"), BODIES_OF)
def test_a_count_before_bodies_of(text: str, killed: int | None) -> None:
    assert _figure(text) == killed
