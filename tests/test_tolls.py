"""Toll rules and conflicts on hand-built statements (see :mod:`casualty_cli.conflicts`)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_history import stated

from casualty_cli.conflicts import figure_range, find_conflicts
from casualty_cli.history import build_revisions, current_toll, parse_rule
from casualty_cli.model import Revision
from casualty_cli.summary import summarise

STORY = [
    stated("a", "2016-02-15", 7, source="Levant Wire"),
    stated("b", "2016-02-20", 30, source="Aid Monitor"),
    stated("c", "2016-02-26", 25, source="Levant Wire"),
]


@pytest.mark.parametrize(
    ("rule", "best", "source"),
    [
        ("latest", 25, "Levant Wire"),
        ("highest", 30, "Aid Monitor"),
        ("lowest", 7, "Levant Wire"),
        ("source:aid monitor", 30, "Aid Monitor"),
        ("source:Levant Wire", 25, "Levant Wire"),
    ],
)
def test_rules_pick_the_figure_and_keep_the_range(rule: str, best: int, source: str) -> None:
    toll = current_toll(build_revisions(STORY), rule)["killed"]
    assert toll is not None
    assert (toll.best, toll.low, toll.high, toll.source) == (best, 7, 30, source)
    assert toll.rule == parse_rule(rule)


def test_a_source_that_never_said_gives_no_toll() -> None:
    assert current_toll(build_revisions(STORY), "source:Nobody")["killed"] is None


@pytest.mark.parametrize("rule", ["loudest", "source:", "", "source"])
def test_unknown_rules_are_refused(rule: str) -> None:
    with pytest.raises(ValueError, match="unknown toll rule"):
        parse_rule(rule)


def test_retracted_statements_never_count() -> None:
    entries = [STORY[0], replace(STORY[1], status="retracted"), STORY[2]]
    assert [r.best for r in build_revisions(entries)] == [7, 25]
    assert summarise(entries, "highest")["toll"]["killed"]["best"] == 25


@pytest.mark.parametrize(
    ("a", "b", "contested"),
    [
        ({"best": 9}, {"best": 14}, True),  # same day, two exact figures
        ({"best": 9}, {"best": 9}, False),  # agree
        ({"best": 7, "qualifier": "at least", "high": None}, {"best": 11}, False),  # "at least 7" allows 11
        ({"best": 10, "qualifier": "up to", "low": None}, {"best": 4}, False),  # "up to 10" allows 4
        ({"best": 10, "qualifier": "up to", "low": None}, {"best": 12}, True),
        ({"best": 20, "low": 15, "high": 25, "qualifier": "range"}, {"best": 24}, False),
    ],
)
def test_same_day_figures_conflict_only_when_their_ranges_do_not_meet(
    a: dict[str, object], b: dict[str, object], contested: bool
) -> None:
    entries = [stated("a", "2016-04-06", **a), stated("b", "2016-04-06", **b)]  # type: ignore[arg-type]
    assert bool(find_conflicts(entries)) is contested


def test_conflicts_need_two_sources_at_the_same_time_and_ignore_revisions() -> None:
    assert find_conflicts([stated("a", "2016-04-06", 9), stated("b", "2016-04-06", 14)])
    # a later figure moves the toll along: a revision, from any source
    assert not find_conflicts([stated("a", "2016-04-06", 9), stated("b", "2016-04-07", 14)])
    # one source changing its own figure revises it
    assert not find_conflicts([stated("a", "2016-04-06", 9, source="Wire"), stated("b", "2016-04-06", 14, source="wire")])
    risen = stated("b", "2016-04-06", 14)
    risen = replace(risen, statement=replace(risen.statement, revision=Revision("up", 9)))
    assert not find_conflicts([stated("a", "2016-04-06", 9), risen])
    [conflict] = find_conflicts(
        [stated("a", "2016-04-06", 9), stated("b", "2016-04-06", 14), stated("c", "2016-05-01", 30)]
    )
    assert [c["best"] for c in conflict.to_dict()["claims"]] == [9, 14]
    assert summarise([stated("a", "2016-04-06", 9), stated("b", "2016-04-06", 14)])["contested"] is True


def test_a_rising_toll_over_three_days_is_not_contested() -> None:
    rising = [stated("a", "2016-04-06", 12), stated("b", "2016-04-07", 19), stated("c", "2016-04-08", 23)]
    for e in rising[1:]:
        object.__setattr__(e, "statement", replace(e.statement, revision=Revision("up", None)))
    injured = [stated("a", "2016-04-06", 30, outcome="injured"),
               stated("c", "2016-04-08", 41, outcome="injured", qualifier="more than", low=41)]  # fmt: skip
    assert find_conflicts([*rising, *injured]) == []
    assert [r.best for r in build_revisions(rising)] == [12, 19, 23]


@pytest.mark.parametrize(
    ("quote", "contested"),
    [
        ("The ministry denied the figure and said nine people were killed.", True),
        ("Residents said the real toll was nine.", True),
        ("Nine people were killed, the ministry said.", False),
        ("The army rejected the rebels' tally, saying nine soldiers died.", True),
        ("Officials denied reports that more people had died; nine were killed.", True),
        ("In disputed Kashmir, nine soldiers were killed.", False),
    ],
)
def test_an_explicit_denial_is_a_dispute_days_apart(quote: str, contested: bool) -> None:
    claim = stated("a", "2016-04-06", 14, quote="Fourteen people were killed, activists said.")
    answer = stated("b", "2016-04-08", 9, quote=quote)
    assert bool(find_conflicts([claim, answer])) is contested


def test_a_vague_figure_disputes_nothing_and_never_replaces_a_precise_one() -> None:
    eight = stated("a", "2016-02-15", 8, outcome="missing")
    dozens = stated("b", "2016-02-15", None, outcome="missing", qualifier="vague", low=24, high=None)
    revs = build_revisions([eight, dozens])
    assert [r.qualifier for r in revs] == ["exact", "vague"]  # it stays in the history as what it is
    toll = current_toll(revs)["missing"]
    assert toll is not None and toll.best == 8
    assert find_conflicts([eight, dozens]) == []


def test_figure_range() -> None:
    assert figure_range(stated("a", None, 31, qualifier="more than", low=31, high=None)) == (31, None)
    assert figure_range(stated("a", None, None, qualifier="vague", low=None, high=None)) is None
