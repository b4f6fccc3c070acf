"""Event notes' lists of groups, school grades before a pupil noun, and the sides of a fight told in
sentences of their own (the twenty-first session's rules, from acled-kenya-dev's misses and a blind set of
ACLED-style notes and RAND summaries).

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


SCHOOL_GRADES = [
    # a number after a school's grade noun and before a noun of pupils is the grade, never a count
    ("A form three pupil was stabbed to death outside the dormitory in Nyeri.", "killed", 1),
    ("Two grade 6 learners were killed when the wall of their classroom fell.", "killed", 2),
    ("A class 7 girl was shot dead during the protest in Kisumu.", "killed", 1),
    ("Police said a standard eight boy was injured by a stray bullet.", "injured", 1),
    ("Three form two students were hurt in the crash.", "injured", 3),
    ("The year 11 student who drove the car was killed.", "killed", 1),
    # a grade with no pupil noun is no count
    ("Form 4 students were injured in the stampede.", "injured", None),
    # no grade noun: a count as ever
    ("Four students were killed in the dormitory fire.", "killed", 4),
]


@pytest.mark.parametrize(("text", "outcome", "figure"), SCHOOL_GRADES)
def test_a_school_grade_is_no_count(text: str, outcome: str, figure: int | None) -> None:
    assert _figure(text, outcome) == figure


LISTS_BY_MANNER = [
    # a list of groups each told with its own verb (by manner of death) adds, equal figures too
    ("Five were hacked to death in the market, five killed by arrows and two shot dead.", 12),
    ("Three burnt to death in their huts/ 3 killed by spears/ 1 shot dead - during a night raid.", 7),
    ("Raid on a trading centre - 2 killed/ 2 died in the fire/ 40 houses torched.", 4),
    ("Police dispersed the crowd - 1 woman killed by a stray bullet - 1 trader killed by a teargas canister.", 2),
    # a whole and then its parts, each with its verb, is the whole
    ("Nine were killed, five were hacked to death and four were shot dead.", 9),
    # a list of things after a slash is no group
    ("Attack by raiders - 3 killed/ 60 houses burnt/ 100 goats stolen.", 3),
    # a dash before a count of no outcome verb adds nothing (ACLED's share of a toll "recorded here")
    ("Clashes in Moyale - 4 killed - 2 recorded here.", 2),
]


@pytest.mark.parametrize(("text", "killed"), LISTS_BY_MANNER)
def test_a_list_of_groups_by_manner_adds(text: str, killed: int) -> None:
    assert _figure(text) == killed


def test_a_word_of_time_before_year_leaves_a_count() -> None:
    # "last year 10 students": the 10 is a count (of a running total), not a grade
    found = extract_statements(Document("t", "Last year 10 students were killed in school fires across the county."))
    assert [s.best for s in found if s.outcome == "killed"] == [10]
