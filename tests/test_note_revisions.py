"""Event notes that revise, split or field their own figures, and a few forms of war news beside them (the
sixteenth session's rules, from acled-kenya-dev's misses: a later figure in an aside, initial and later
reports, one source among several, a share coded to each of several events, the rest of a whole coded
elsewhere, a fatality field over some days, the dead at once and later, none of a bare count surviving,
deaths estimated to be N, a terse note's "1 killed 2 injured", a body and the body of another, bodies at two places).

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


REVISED_IN_AN_ASIDE = [
    # a parenthesis right after a count that gives its later figure: the later figure
    ("A mine struck the convoy near Gao, killing four (later determined to be six) soldiers.", 6),
    ("Militants shelled the market, killing 12 (later revised to 15) civilians.", 15),
    ("Gunmen killed nine (subsequently confirmed as 11) villagers in Ituri.", 11),
    # an aside of no revision keeps the count
    ("Gunmen killed nine (mostly elderly) villagers in Ituri.", 9),
    ("Two Burkinabe Defence Forces (FDS) soldiers were killed near Djibo.", 2),
]


@pytest.mark.parametrize(("text", "killed"), REVISED_IN_AN_ASIDE)
def test_a_later_figure_in_an_aside(text: str, killed: int) -> None:
    assert _figure(text) == killed


ACCOUNTS = [
    # "Initial reports of N ..., later reports of M": the later
    ("Protesters torched a bus in Lagos. Initial reports of 3 people killed, later reports of one person killed.", 1),
    ("Initial reports of 6 people killed, later reports of 4 people killed and 9 injured.", 4),
    # one source among several yields to the note's own
    ("Raiders struck a camp near Bentiu, killing a herder. One source indicates that four people died there.", 1),
    ("Soldiers killed 3 fighters in the hills; one report says 5 were killed.", 3),
    # alone, such a source's figure is the note's only figure
    ("One source says two people were killed in the raid.", 2),
]


@pytest.mark.parametrize(("text", "killed"), ACCOUNTS)
def test_a_later_report_and_one_source_among_several(text: str, killed: int) -> None:
    assert _figure(text) == killed


NOTE_CODING = [
    # a share coded to each of several events: the share
    ("Gunmen attacked two hamlets near Mopti, killing 4. Two events coded at the two hamlets, with 2 fatalities each.", 2),
    ("Two events recorded, one for each village, with one fatality each.", 1),
    # no "coded" or "recorded": "each" is no share
    ("Two men were killed in each of the villages.", 2),
    # the rest of a whole coded elsewhere: the part the note goes on to tell
    ("12 people are killed in Beni during a week of riots (other fatalities coded elsewhere). "
     "Five are killed on the 3rd when troops fire on a crowd.", 5),
    # a fatality field's figure over some days is the note's own
    ("Clashes between herders and farmers continued. FATALITIES: 14 more people were killed over two days.", 14),
    ("FATALITIES: local estimate 9 fatalities over 3 days.", 9),
    # not a running total of months, field or not
    ("Fatalities: 40 killed since January in the province.", None),
    # the same words with no field: a running total, as before
    ("Clashes between herders and farmers continued. 14 more people were killed over two days.", None),
    ("Local estimate 9 fatalities over 3 days.", None),
]


@pytest.mark.parametrize(("text", "killed"), NOTE_CODING)
def test_note_coding_of_shares_and_fields(text: str, killed: int | None) -> None:
    assert _figure(text) == killed


DIED_AT_ONCE_AND_LATER = [
    # the dead at once, a comma, then the dead later: two groups that add
    ("Three guards were shot at and wounded at the gate, 2 died instantly, 1 died later in hospital.", 3),
    ("A bus was hit by gunfire near Zamboanga. 4 died on the spot, 2 died on the way to hospital.", 6),
    # no word of dying at once: a whole and its part may be told so
    ("A bus was hit by gunfire near Zamboanga. 4 died, 2 died on the way to hospital.", 4),
    # another outcome after the comma is no more dead
    ("Two passengers died instantly, three were injured.", 2),
]


@pytest.mark.parametrize(("text", "killed"), DIED_AT_ONCE_AND_LATER)
def test_the_dead_at_once_and_later_add(text: str, killed: int) -> None:
    assert _figure(text) == killed


NONE_SURVIVED_AND_ESTIMATES = [
    # none of a bare count survived: all of it died
    ("The boat capsized off Lampedusa and none of the 40 survived.", 40),
    ("Survivors said none of the 12 survived the night in the desert.", 12),
    ("None of the 45 passengers survived.", 45),
    # a survivor among a bare count: no figure
    ("Rescuers said one of the 12 survived.", None),
    # deaths estimated to be N, as "estimated at N"
    ("Deaths were estimated to be over 20 in the fighting near Kidal.", 20),
    ("The gun battle led to deaths estimated at 8 people.", 8),
    ("Elders said the raid led to deaths estimated to be about 15.", 15),
]


@pytest.mark.parametrize(("text", "killed"), NONE_SURVIVED_AND_ESTIMATES)
def test_none_survived_and_deaths_estimated(text: str, killed: int | None) -> None:
    assert _figure(text) == killed


TERSE_CLAUSES_AND_BODIES = [
    # a note's bare count, its participle, then another count and participle of another outcome: two clauses
    ("Ambush on the Gao road - 2 killed 5 injured.", "killed", 2),
    ("Ambush on the Gao road - 2 killed 5 injured.", "injured", 5),
    ("Cattle raid at dawn - 1 killed 3 wounded 40 goats taken.", "killed", 1),
    # a subject that is no bare count kills its object as ever
    ("Gunmen killed 3 villagers near the well.", "killed", 3),
    # a body and the body of another: two dead
    ("Her body and the body of her driver were found in a ditch outside Bouake.", "killed", 2),
    ("The body of a herder and the body of a boy were recovered from the river.", "killed", 2),
    ("The body of a herder was recovered from the river.", "killed", 1),
    # bodies at one named place and a bare count at another: the two add, as dead at two places do
    ("Officials counted 11 bodies at the district mortuary and four at Bunia.", "killed", 15),
    ("Officials counted 11 bodies at the district mortuary.", "killed", 11),
]


@pytest.mark.parametrize(("text", "outcome", "figure"), TERSE_CLAUSES_AND_BODIES)
def test_terse_clauses_and_bodies_joined(text: str, outcome: str, figure: int) -> None:
    assert _figure(text, outcome) == figure
