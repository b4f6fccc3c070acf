"""Contested tolls: reports of about the same time that give different figures for the same outcome.

Pure functions over an incident's :class:`~casualty_cli.history.StoredStatement` list, no I/O.

Two reports' figures for one outcome conflict when

1. they were published within :data:`SAME_TIME` of each other (same date ±1 day: the ingest date
   stands in for a report with none), and
2. their ranges do not overlap: "at least 7" is 7 and up, so it agrees with 11; "7" and "11" do not;
   "up to 10" is 0..10; a figure's own ``low``/``high`` are used when it states them, and
3. neither is marked as a revision of an earlier figure while the other is not ("has risen to 11"
   says the toll changed, it does not dispute the earlier 7). Two revisions that disagree still do.

Only the figures that count are compared (:func:`~casualty_cli.history.report_figures`: incident
scope, one per report, retracted statements left out, corrections applied), so retracting or
correcting a claim settles a contest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from casualty_cli.model import OUTCOMES

if TYPE_CHECKING:
    from casualty_cli.history import StoredStatement

SAME_TIME = timedelta(days=1)


@dataclass(frozen=True, slots=True)
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


def conflicting(a: StoredStatement, b: StoredStatement) -> bool:
    """Whether two reports' figures for one outcome dispute each other (see the module docstring)."""
    if a.report == b.report or abs(a.dated - b.dated) > SAME_TIME:
        return False
    ra, rb = figure_range(a), figure_range(b)
    if ra is None or rb is None or _overlap(ra, rb):
        return False
    return (a.statement.revision is None) == (b.statement.revision is None)


def find_conflicts(entries: Iterable[StoredStatement]) -> list[Conflict]:
    """Every outcome whose counting figures conflict, with the claims involved in publication order."""
    from casualty_cli.history import report_figures

    figures = report_figures(entries)
    out: list[Conflict] = []
    for outcome in OUTCOMES:
        mine = sorted(
            (e for e in figures if e.statement.outcome == outcome), key=lambda e: (e.dated, e.report)
        )
        involved: dict[str, StoredStatement] = {}
        for n, a in enumerate(mine):
            for b in mine[n + 1 :]:
                if b.dated - a.dated > SAME_TIME:
                    break
                if conflicting(a, b):
                    involved.setdefault(a.id, a)
                    involved.setdefault(b.id, b)
        if involved:
            claims = sorted(involved.values(), key=lambda e: (e.dated, e.report))
            out.append(Conflict(outcome, claims))
    return out
