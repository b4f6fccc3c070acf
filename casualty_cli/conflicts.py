"""Contested tolls: reports of about the same time that give different figures for the same outcome.

Pure functions over an incident's :class:`~casualty_cli.history.StoredStatement` list, no I/O.

A later figure, from the same source or any other, that moves a toll along is a *revision*, not a
dispute: 12, then "has risen to 19" the next day, then 23, is a toll rising. Two reports' figures for
one outcome are a *dispute* when

1. they come from two sources (a source that changes its own figure revises it), at about the same
   time: within :data:`SAME_TIME` when both reports have a time of day, else on the same day (the
   ingest date stands in for a report with none);
2. their ranges do not overlap: "at least 7" is 7 and up, so it agrees with 11; "7" and "11" do not;
   "up to 10" is 0..10; a figure's own ``low``/``high`` are used when it states them; a vague figure
   ("dozens") disputes nothing; and
3. neither is marked as a revision of an earlier figure ("has risen to 11" says the toll changed), nor
   stands in a report that marks another of its figures so ("the death toll rose to 2,012 ... 2,059
   were injured": a newer tally, its injured too).

An explicit denial ("disputed", "denied", "said the real toll was") disputes the other sources'
figures that it does not allow within :data:`DENIAL_DAYS`, revision or not.

Only the figures that count are compared (:func:`~casualty_cli.history.report_figures`: incident
scope, one per report, retracted statements left out, corrections applied), so retracting or
correcting a claim settles a contest.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from casualty_cli.history import StoredStatement, report_figures
from casualty_cli.model import OUTCOMES

#: Two reports with a time of day are "at about the same time" this close together.
SAME_TIME = timedelta(hours=12)
#: A denial disputes figures this many days either side of it.
DENIAL_DAYS = 3

@dataclass(slots=True)  # not frozen: made and turned into JSON at once; frozen would compile 3 more methods
class Conflict:
    """One outcome on which reports of about the same time disagree, with every competing claim."""

    outcome: str
    claims: list[StoredStatement]

    def to_dict(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome,
            "claims": [
                {
                    "statement": e.id,
                    "report": e.report,
                    "source": e.source,
                    "published": e.dated.isoformat(),
                    "best": e.statement.best,
                    "low": e.statement.low,
                    "high": e.statement.high,
                    "qualifier": e.statement.qualifier,
                    "status": e.status,
                    "quote": e.statement.quote,
                }
                for e in self.claims
            ],
        }


def figure_range(e: StoredStatement) -> tuple[int, int | None] | None:
    """``(low, high)`` a figure allows; ``high`` None when open-ended; None when it has no number."""
    s = e.statement
    if s.best is None and s.low is None and s.high is None:
        return None
    q = s.qualifier
    if s.low is not None:
        low = s.low
    elif q in ("up to", "fewer than", "almost") or s.best is None:
        low = 0
    else:
        low = s.best
    if s.high is not None:
        high: int | None = s.high
    elif q in ("at least", "more than", "vague") or s.best is None:
        high = None
    else:
        high = s.best
    return low, high


def _overlap(a: tuple[int, int | None], b: tuple[int, int | None]) -> bool:
    (alo, ahi), (blo, bhi) = a, b
    return (ahi is None or blo <= ahi) and (bhi is None or alo <= bhi)


def denies(e: StoredStatement) -> bool:
    """Does the statement dispute another figure in so many words ("denied", "the real toll was")?
    Extraction judged it (``Statement.denies``); for a statement stored before it did, the store's index
    holds the verdict (``StoredStatement.stored_denial``, judged from its quote when the index was
    built); one that comes with neither is judged from its quote here, which loads the reader and its
    lexicon (about 60 ms)."""
    judged = e.statement.denies if e.statement.denies is not None else e.stored_denial
    if judged is not None:
        return judged
    from casualty_cli.extraction.context import disputes

    return disputes(e.statement.quote)


def _same_source(a: StoredStatement, b: StoredStatement) -> bool:
    return a.source is not None and b.source is not None and a.source.casefold() == b.source.casefold()


def _instant(when: datetime) -> datetime:
    """A time comparable with any other: an aware one in UTC, a naive one as written."""
    return when.astimezone(UTC).replace(tzinfo=None) if when.tzinfo else when


def same_time(a: StoredStatement, b: StoredStatement) -> bool:
    """Published at about the same time: within :data:`SAME_TIME` when both have a time of day, else the same day."""
    if isinstance(a.published, datetime) and isinstance(b.published, datetime):
        return abs(_instant(a.published) - _instant(b.published)) <= SAME_TIME
    return a.dated == b.dated


def conflicting(a: StoredStatement, b: StoredStatement, revising: Container[str] = ()) -> bool:
    """Whether two reports' figures for one outcome dispute each other (see the module docstring);
    ``revising``: the reports that mark a figure of theirs as a revision."""
    if a.report == b.report or _same_source(a, b):
        return False
    ra, rb = figure_range(a), figure_range(b)
    if ra is None or rb is None or "vague" in (a.statement.qualifier, b.statement.qualifier) or _overlap(ra, rb):
        return False
    if denies(a) or denies(b):
        return abs((a.dated - b.dated).days) <= DENIAL_DAYS
    if a.report in revising or b.report in revising:
        return False
    return same_time(a, b) and a.statement.revision is None and b.statement.revision is None


def find_conflicts(entries: Iterable[StoredStatement]) -> list[Conflict]:
    """Every outcome whose counting figures conflict, with the claims involved in publication order."""
    figures = report_figures(entries)
    revising = {e.report for e in figures if e.statement.revision is not None}
    out: list[Conflict] = []
    for outcome in OUTCOMES:
        mine = sorted(
            (e for e in figures if e.statement.outcome == outcome), key=lambda e: (e.dated, e.report)
        )
        involved: dict[str, StoredStatement] = {}
        for n, a in enumerate(mine):
            for b in mine[n + 1 :]:
                if (b.dated - a.dated).days > DENIAL_DAYS:
                    break
                if conflicting(a, b, revising):
                    involved.setdefault(a.id, a)
                    involved.setdefault(b.id, b)
        if involved:
            claims = sorted(involved.values(), key=lambda e: (e.dated, e.report))
            out.append(Conflict(outcome, claims))
    return out
