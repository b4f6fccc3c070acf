"""Toll history on hand-built statements: revisions, the current toll, diffs. No extraction involved."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, datetime

import pytest

from casualty_cli.diffs import diff_revisions
from casualty_cli.history import StoredStatement, build_revisions, current_toll
from casualty_cli.model import DIED_OF_WOUNDS, Breakdown, Statement
from casualty_cli.summary import summarise

_ids = itertools.count(1)


def stated(
    report: str,
    published: str | None,
    best: int | None,
    *,
    outcome: str = "killed",
    qualifier: str = "exact",
    low: int | None = None,
    high: int | None = None,
    source: str | None = None,
    quote: str | None = None,
    scope: str = "incident",
    breakdown: dict[str, int] | None = None,
    hedge: str | None = None,
    headline: str | None = None,
) -> StoredStatement:
    if qualifier == "exact":
        low = best if low is None else low
        high = best if high is None else high
    s = Statement(
        doc=report,
        outcome=outcome,  # type: ignore[arg-type]
        best=best,
        low=low,
        high=high,
        qualifier=qualifier,
        start=0,
        end=10,
        quote=quote or f"{best} people were {outcome}",
        scope=scope,  # type: ignore[arg-type]
        breakdown=[Breakdown(g, n) for g, n in (breakdown or {}).items()],
        hedge=hedge,
        headline=headline,
    )
    return StoredStatement(
        id=f"s{next(_ids)}",
        report=report,
        statement=s,
        source=source or f"outlet-{report}",
        published=date.fromisoformat(published) if published else None,
        ingested="2024-05-01T10:00:00Z",
    )


MAARAT = [
    stated("r1", "2016-02-15", 7, qualifier="at least", low=7, source="Levant Wire"),
    stated(
        "r2", "2016-02-16", 11, source="Aid Monitor", breakdown={"staff": 5, "patients": 5, "caregiver": 1}
    ),
    stated("r3", "2016-02-26", 25, source="Relief Review", breakdown={"staff": 9}),
]


def killed(revisions: list) -> list[int | None]:  # type: ignore[type-arg]
    return [r.best for r in revisions if r.outcome == "killed"]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_revisions_follow_publication_not_ingest_order(order: tuple[int, ...]) -> None:
    revs = build_revisions([MAARAT[i] for i in order])
    assert killed(revs) == [7, 11, 25]
    assert [r.number for r in revs] == [1, 2, 3]
    assert [r.delta for r in revs] == [None, 4, 14]


def test_current_toll_is_latest_with_low_and_high_across_reports() -> None:
    toll = current_toll(build_revisions(MAARAT))
    k = toll["killed"]
    assert k is not None
    assert (k.best, k.low, k.high, k.rule) == (25, 7, 25, "latest")
    assert k.source == "Relief Review"
    assert k.as_of == date(2016, 2, 26)
    assert toll["injured"] is None and toll["missing"] is None


def test_headline_and_body_with_the_same_toll_are_one_revision() -> None:
    headline = stated("r1", "2016-02-16", 11, quote="MSF: 11 dead", headline="MSF: 11 dead")
    body = stated("r1", "2016-02-16", 11, quote="11 people were killed, MSF said", breakdown={"staff": 5})
    revs = build_revisions([headline, body])
    assert len(revs) == 1
    assert revs[0].first is body  # the statement that says more stands for the report


def test_a_report_counts_once_with_its_highest_figure() -> None:
    # "rose to 11, up from seven": the report's figure is 11, not a fall back to 7.
    revs = build_revisions(
        [stated("r1", "2016-02-15", 7), stated("r2", "2016-02-16", 11), stated("r2", "2016-02-16", 7)]
    )
    assert killed(revs) == [7, 11]


def test_same_wire_story_from_two_outlets_is_one_revision_with_two_sources() -> None:
    quote = "At least seven people were killed on Monday"
    a = stated("r1", "2016-02-15", 7, qualifier="at least", source="Levant Wire", quote=quote)
    b = stated("r2", "2016-02-15", 7, qualifier="at least", source="Gulf Daily", quote=quote)
    revs = build_revisions([a, b])
    assert len(revs) == 1
    assert sorted(revs[0].sources) == ["Gulf Daily", "Levant Wire"]
    assert sorted(revs[0].reports) == ["r1", "r2"]


def test_a_later_repeat_of_the_same_figure_is_not_a_revision() -> None:
    revs = build_revisions([*MAARAT, stated("r4", "2016-03-01", 25, source="Late Daily")])
    assert killed(revs) == [7, 11, 25]
    assert revs[-1].sources == ["Relief Review", "Late Daily"]


def test_cumulative_statements_are_kept_but_never_set_the_toll() -> None:
    war = stated("r4", "2016-03-01", 470000, scope="cumulative")
    revs = build_revisions([*MAARAT, war])
    assert killed(revs) == [7, 11, 25]
    summary = summarise([*MAARAT, war])
    assert summary["toll"]["killed"]["best"] == 25
    assert summary["statements"] == 4


@pytest.mark.parametrize(("statements", "tolls"), [
    # a report that filed only an event it told apart under this incident: that event's toll counts
    ([("r1", 3, "separate")], [3]),
    ([("r1", 3, "separate"), ("r2", 5, "incident")], [3, 5]),
    # beside the report's own event's figure, another event's never counts, whatever its size
    ([("r1", 5, "incident"), ("r1", 30, "separate")], [5]),
    # nor does a running total, or a claim, alone or beside a separate event's toll
    ([("r1", 300, "cumulative")], []),
    ([("r1", 3, "separate"), ("r1", 300, "cumulative"), ("r1", 40, "claimed")], [3]),
])
def test_an_event_told_apart_counts_only_where_the_report_filed_nothing_of_its_own(
    statements: list[tuple[str, int, str]], tolls: list[int]
) -> None:
    entries = [stated(r, f"2024-03-0{k + 1}", int(n), scope=scope) for k, (r, n, scope) in enumerate(statements)]
    assert killed(build_revisions(entries)) == tolls


def test_same_day_reports_without_a_time_go_in_ingest_order() -> None:
    a, b = replace(stated("r1", "2016-02-16", 23), order=1), replace(stated("r2", "2016-02-16", 19), order=2)
    assert killed(build_revisions([b, a])) == [23, 19]
    assert current_toll(build_revisions([b, a]))["killed"].best == 19  # type: ignore[union-attr]


def test_same_day_reports_go_by_time_of_day_whatever_the_ingest_order() -> None:
    morning = replace(stated("r1", None, 23), published=datetime(2016, 2, 16, 8, 0), order=2)
    evening = replace(stated("r2", None, 19), published=datetime(2016, 2, 16, 20, 0), order=1)
    revs = build_revisions([evening, morning])
    assert killed(revs) == [23, 19]
    assert revs[-1].published == date(2016, 2, 16)
    assert current_toll(revs)["killed"].best == 19  # type: ignore[union-attr]


def test_undated_report_takes_its_ingest_date() -> None:
    undated = stated("r9", None, 30)
    revs = build_revisions([*MAARAT, undated])
    assert revs[-1].best == 30 and not revs[-1].date_known
    assert revs[-1].published == date(2024, 5, 1)


def test_open_ended_figure_keeps_high_at_least_its_low() -> None:
    more = stated("r1", "2015-10-03", 30, outcome="missing", qualifier="more than", low=31)
    t = current_toll(build_revisions([more]))["missing"]
    assert t is not None and (t.best, t.low, t.high) == (30, 31, 31)


def test_outcomes_are_separate_revisions_in_one_numbering() -> None:
    injured = stated("r2", "2016-02-16", 30, outcome="injured")
    revs = build_revisions([*MAARAT, injured])
    assert [(r.number, r.outcome, r.best) for r in revs] == [
        (1, "killed", 7),
        (2, "killed", 11),
        (3, "injured", 30),
        (4, "killed", 25),
    ]


def test_diff_of_the_last_two_revisions() -> None:
    diff = diff_revisions(build_revisions(MAARAT))
    assert diff.start is not None and diff.end is not None
    assert (diff.start.number, diff.end.number) == (2, 3)
    changes = {c.field: c for c in diff.changes}
    assert (changes["killed.best"].before, changes["killed.best"].after, changes["killed.best"].delta) == (
        11,
        25,
        14,
    )
    assert (changes["killed.breakdown.staff"].before, changes["killed.breakdown.staff"].after) == (5, 9)
    assert changes["killed.breakdown.staff"].delta == 4
    assert changes["killed.breakdown.patients"].after is None
    # exact figures: low/high only echo best and are not listed as changes of their own
    assert "killed.low" not in changes and "killed.high" not in changes


def test_diff_reports_qualifier_and_hedge_changes() -> None:
    a = stated("r1", "2016-02-15", 7, qualifier="at least", low=7, hedge="reportedly")
    b = stated("r2", "2016-02-16", 7)
    d = diff_revisions(build_revisions([a, b]))
    fields = {c.field: (c.before, c.after) for c in d.changes}
    assert fields["killed.qualifier"] == ("at least", "exact")
    assert fields["killed.hedge"] == ("reportedly", None)
    assert fields["killed.high"] == (None, 7)
    assert "killed.best" not in fields


def test_diff_from_nothing_and_json_shape() -> None:
    d = diff_revisions(build_revisions(MAARAT), 0, 1)
    assert d.start is None
    out = d.to_dict()
    assert out["from"] is None and out["to"]["revision"] == 1
    assert {"field": "killed.best", "before": None, "after": 7, "delta": None} in out["changes"]


def test_diff_rejects_revisions_out_of_range() -> None:
    with pytest.raises(IndexError):
        diff_revisions(build_revisions(MAARAT), 1, 9)


def test_revision_json_has_the_documented_keys() -> None:
    d = build_revisions(MAARAT)[1].to_dict()
    for key in ("published", "source", "outcome", "best", "low", "high", "quote", "delta", "sources"):
        assert key in d
    assert (d["published"], d["best"], d["previous"], d["delta"]) == ("2016-02-16", 11, 7, 4)


@pytest.mark.parametrize(
    ("later", "revised"),
    [
        (stated("r2", "2016-02-20", 1, qualifier="at least", low=1), False),  # "a fatal shooting" after 3
        (stated("r2", "2016-02-20", 3, qualifier="at least", low=3), False),
        (stated("r2", "2016-02-20", 5, qualifier="at least", low=5), True),  # a higher lower bound revises up
        (stated("r2", "2016-02-20", 2), True),  # an exact lower figure is a revision down
    ],
)
def test_a_lower_bound_the_toll_meets_is_no_revision(later: StoredStatement, revised: bool) -> None:
    revisions = build_revisions([stated("r1", "2016-02-16", 3), later])
    assert (len(revisions) == 2) is revised
    assert current_toll(revisions)["killed"].best == (later.statement.best if revised else 3)  # type: ignore[union-attr]


def _at(e: StoredStatement, start: int) -> StoredStatement:
    return replace(e, statement=replace(e.statement, start=start, end=start + 10))


@pytest.mark.parametrize(
    ("injured_at", "killed_at", "injured"),
    [
        # "killing two and injuring five ... the toll rose to four after two of the injured died": the
        # report's own five less the two who died
        (0, 200, [(5, None), (3, 5)]),
        # the injured told after the deaths ("... after two of the injured died; five remain in hospital")
        # are those still hurt
        (200, 0, [(5, None)]),
    ],
)
def test_wounded_who_died_later_in_the_same_report(injured_at: int, killed_at: int, injured: list[tuple[int, int | None]]) -> None:
    report = [
        _at(stated("blog", "2024-06-01", 5, outcome="injured"), injured_at),
        _at(stated("blog", "2024-06-01", 4, breakdown={DIED_OF_WOUNDS: 2}), killed_at),
    ]
    revisions = build_revisions(report)
    assert [(r.best, r.previous) for r in revisions if r.outcome == "injured"] == injured
    assert current_toll(revisions)["killed"].best == 4  # type: ignore[union-attr]


def test_wounded_the_report_took_off_itself_are_not_moved_again() -> None:
    # "killing two and injuring five ... the toll rose to four after two of the injured died": the reader
    # gives injured 3 itself ("5 injured, less 2 who died"), which the history keeps
    injured = _at(stated("blog", "2024-06-01", 3, outcome="injured"), 0)
    injured = replace(injured, statement=replace(injured.statement, derivation="5 injured, less 2 who died"))
    report = [injured, _at(stated("blog", "2024-06-01", 4, breakdown={DIED_OF_WOUNDS: 2}), 200)]
    revisions = build_revisions(report)
    assert [(r.best, r.previous) for r in revisions if r.outcome == "injured"] == [(3, None)]


def test_a_vague_figure_between_two_tolls_leaves_the_earlier_one_revised() -> None:
    # 18, then a round-up's "dozens" (no number), then 20: the 20 revises 18, it is no first figure
    entries = [
        stated("r1", "2025-04-05", 18),
        stated("r2", "2025-04-05", None, qualifier="vague", low=24),
        stated("r3", "2025-04-06", 20),
    ]
    revisions = build_revisions(entries)
    assert [(r.best, r.previous) for r in revisions] == [(18, None), (None, 18), (20, 18)]
    assert revisions[-1].delta == 2
