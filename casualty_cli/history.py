"""An incident's toll history: revisions and the current toll. Pure functions, no I/O.

The store keeps every statement ever ingested; nothing here changes them. Everything an incident shows
(its current toll, its timeline, a diff between two points of it) is derived from its
:class:`StoredStatement` list by these functions, so a new rule is a new function, not a migration.

How a toll is derived, outcome by outcome (killed, injured, missing):

1. Only ``scope == "incident"`` statements count. Cumulative ones ("since the war began") are kept and
   shown but never set a toll. A report that filed no incident-scope statement under an incident but
   ``separate`` ones (an event it told beside its own: "In a separate attack, ...") counts those.
2. One figure per report: a report's headline and body often state the same toll, and a report may
   repeat an earlier figure ("up from seven"); its figure is its highest statement (on a tie, the one
   that says more: a breakdown, an attribution, body rather than headline; then the first).
3. Reports are ordered by publication date (the ingest date stands in when a report has none), then
   by time of day where the report's ``published`` has one (a report without one counts as the day's
   start), then by ingest order: "23 killed" at 08:00 and "revised down to 19" at 20:00 give 23 -> 19.
4. A *revision* is a change of figure. Consecutive reports with the same figure (a wire story carried
   by two outlets, a repeat) are one revision with several sources.
5. The current toll under the ``latest`` rule takes ``best`` from the last revision with a figure (a
   vague one, "dozens are missing", stays in the history as what it is but never replaces a precise
   figure as the current toll), and ``low`` and
   ``high`` across every revision (a figure's ``low``/``high``; when open-ended, its ``best``, and for
   ``high`` at least its ``low``: "more than 30" is 31). ``highest`` and ``lowest`` take ``best`` from
   the revision with the highest or lowest figure (the later one on a tie); ``source:NAME`` from the
   last revision that NAME stated (case-insensitive), and no toll when NAME never gave that outcome.
6. Curation (see :mod:`casualty_cli.store.acts`): a retracted statement never counts; a corrected one
   counts with the human figure (``statement`` holds it; the machine reading stays in the store).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from casualty_cli.model import DIED_OF_WOUNDS, OUTCOMES, Outcome, Statement, counting_scope

TOLL_RULES = ("latest", "highest", "lowest", "source:NAME")
#: A statement's status: it counts as read, counts with a human correction, or no longer counts.
STATUSES = ("counting", "corrected", "retracted")


def parse_rule(rule: str) -> str:
    """The rule, normalised; ``ValueError`` (with the known rules) when it is none of them."""
    value = rule.strip()
    if value.lower() in ("latest", "highest", "lowest"):
        return value.lower()
    if value.lower().startswith("source:") and value[7:].strip():
        return "source:" + value[7:].strip()
    raise ValueError(f"unknown toll rule {rule!r}; known: {', '.join(TOLL_RULES)}")


@dataclass(frozen=True, slots=True)
class StoredStatement:
    """A statement as the store keeps it: with its id and the report it came from."""

    id: str
    report: str
    statement: Statement
    source: str | None
    published: date | None
    ingested: str
    #: one of :data:`STATUSES`; ``statement`` is the corrected reading when ``"corrected"``
    status: str = "counting"
    #: the report's place in the order of ingestion (a batch's reports in publication order, as
    #: :func:`published_moment` tells it; reports of one moment in the order the input runs)
    order: int = 0
    #: whether the statement denies another figure, as the store's index judged it from the quote when
    #: the record was written before extraction judged it (``statement.denies`` None: the record says
    #: nothing, and shows nothing)
    stored_denial: bool | None = None

    @property
    def dated(self) -> date:
        """Publication date (the day only), or the ingest date when the report had none."""
        return published_moment(self.published, self.ingested)[0]

    @property
    def time_of_day(self) -> time | None:
        """The time of day of publication, when the report's ``published`` carries one."""
        return self.published.time() if isinstance(self.published, datetime) else None

    @property
    def moment(self) -> tuple[date, time, int]:
        """When the report was published, for ordering: day, time of day (or the day's start), ingest order."""
        return (*published_moment(self.published, self.ingested), self.order)


def published_moment(published: date | None, ingested: str) -> tuple[date, time]:
    """When a report was published, as reports are ordered: by its toll history here, and by ``ingest``,
    which groups each batch's reports in this order (:func:`casualty_cli.pipeline.plan`). The day of
    publication, or the ingest date (``ingested``, ISO 8601) when the report has none; then the time of
    day the writer gave (naive: the writer's own clock), or the day's start when none was given."""
    if isinstance(published, datetime):
        return published.date(), published.time()
    return published or date.fromisoformat(ingested[:10]), time.min


@dataclass(slots=True)
class TollRevision:
    """One change of one outcome's figure, with every report that stated it."""

    number: int
    outcome: Outcome
    published: date
    date_known: bool
    best: int | None
    low: int | None
    high: int | None
    qualifier: str
    first: StoredStatement
    sources: list[str] = field(default_factory=list)
    reports: list[str] = field(default_factory=list)
    previous: int | None = None
    #: every report's statement of this figure, ``first`` included
    statements: list[StoredStatement] = field(default_factory=list)

    @property
    def fullest(self) -> StoredStatement:
        """The statement of this figure that says most (a breakdown, who said it): what diffs compare."""
        said = self.statements or [self.first]
        return max(said, key=lambda e: (len(e.statement.breakdown), e.statement.attribution is not None, -said.index(e)))

    @property
    def delta(self) -> int | None:
        if self.previous is None or self.best is None:
            return None
        return self.best - self.previous

    @property
    def source(self) -> str | None:
        return self.sources[0] if self.sources else None

    def to_dict(self) -> dict[str, Any]:
        s = self.first.statement
        return {
            "revision": self.number,
            "published": self.published.isoformat(),
            "date_known": self.date_known,
            "outcome": self.outcome,
            "best": self.best,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "previous": self.previous,
            "delta": self.delta,
            "source": self.source,
            "sources": list(self.sources),
            "reports": list(self.reports),
            "statement": self.first.id,
            "breakdown": [b.to_dict() for b in self.fullest.statement.breakdown],
            "hedge": s.hedge,
            "attribution": s.attribution,
            "quote": s.quote,
        }


@dataclass(slots=True)  # not frozen: made and turned into JSON at once; frozen would compile 3 more methods
class Toll:
    """The current figure of one outcome and the rule that chose it."""

    best: int | None
    low: int | None
    high: int | None
    qualifier: str
    rule: str
    as_of: date
    source: str | None
    revision: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "best": self.best,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "rule": self.rule,
            "as_of": self.as_of.isoformat(),
            "source": self.source,
            "revision": self.revision,
        }


def _size(s: Statement) -> int:
    for v in (s.best, s.high, s.low):
        if v is not None:
            return v
    return -1


def _rank(s: Statement) -> tuple[int, int, bool, bool]:
    """The figure first; on a tie, the statement that says more (breakdown, who said it, body text)."""
    return (_size(s), len(s.breakdown), s.attribution is not None, s.quote != s.headline)


def _figure(s: Statement) -> tuple[int | None, int | None, int | None, str]:
    return (s.best, s.low, s.high, s.qualifier)


def counting_scopes(entries: Iterable[StoredStatement]) -> dict[str, str]:
    """Each report's scope that counts among its statements of one incident (:func:`counting_scope`)."""
    scopes: dict[str, set[str]] = {}
    for e in entries:
        scopes.setdefault(e.report, set()).add(e.statement.scope)
    return {report: counting_scope(held) for report, held in scopes.items()}


def report_figures(entries: Iterable[StoredStatement]) -> list[StoredStatement]:
    """One statement per (report, outcome): the report's figure for that outcome. Incident scope only
    (or ``separate``, of a report that told this incident beside its own: :func:`counting_scopes`)."""
    entries = list(entries)
    counting = counting_scopes(entries)
    chosen: dict[tuple[str, str], StoredStatement] = {}
    for e in entries:
        if e.statement.scope != counting[e.report] or e.status == "retracted":
            continue
        key = (e.report, e.statement.outcome)
        held = chosen.get(key)
        if held is None or _rank(e.statement) > _rank(held.statement):
            chosen[key] = e
    return list(chosen.values())


def _says_less(s: Statement, held: TollRevision) -> bool:
    """A lower bound the known figure already meets ("a fatal shooting", at least 1, after 3 killed).

    It agrees with the figure in force, so it is no revision: a later vague report must not pull the
    toll down.
    """
    if s.qualifier not in ("at least", "more than") or held.best is None:
        return False
    bound = s.low if s.low is not None else s.best
    return bound is not None and bound <= held.best


def build_revisions(entries: Iterable[StoredStatement]) -> list[TollRevision]:
    """Every change of figure, all outcomes together, numbered from 1 in publication order."""
    figures = sorted(
        report_figures(entries), key=lambda e: (e.moment, OUTCOMES.index(e.statement.outcome), e.report)
    )
    revisions: list[TollRevision] = []
    last: dict[str, TollRevision] = {}
    #: each outcome's last figure with a number: "dozens" between 18 and 20 leaves 18 the one 20 revises
    known: dict[str, int] = {}
    for e in figures:
        s = e.statement
        held = last.get(s.outcome)
        if held is not None and (_figure(held.first.statement) == _figure(s) or _says_less(s, held)):
            if e.source and e.source not in held.sources:
                held.sources.append(e.source)
            if e.report not in held.reports:
                held.reports.append(e.report)
            held.statements.append(e)
            continue
        rev = TollRevision(
            number=len(revisions) + 1,
            outcome=s.outcome,
            published=e.dated,
            date_known=e.published is not None,
            best=s.best,
            low=s.low,
            high=s.high,
            qualifier=s.qualifier,
            first=e,
            sources=[e.source] if e.source else [],
            reports=[e.report],
            previous=known.get(s.outcome),
            statements=[e],
        )
        revisions.append(rev)
        last[s.outcome] = rev
        if s.best is not None:
            known[s.outcome] = s.best
        moved = _died_of_wounds(e, last.get("injured"), figures)
        if moved is None and s.outcome == "injured":
            # a report that tells its injured before the wounded who died ("killing two and injuring five
            # ... the toll rose to four after two of the injured died"): its own figure less them
            dead = last.get("killed")
            # (not when the report took them off its figure itself: "36 injured, less 4 who died")
            if dead is not None and dead.first.report == e.report and dead.first.statement.start > s.start and not (
                (s.derivation or "").endswith("who died")
            ):
                moved = _died_of_wounds(dead.first, rev, figures, told_before=True)
        if moved is not None:
            moved.number = len(revisions) + 1
            revisions.append(moved)
            last["injured"] = moved
            if moved.best is not None:
                known["injured"] = moved.best
    return revisions


def _died_of_wounds(
    e: StoredStatement, injured: TollRevision | None, figures: Sequence[StoredStatement], told_before: bool = False
) -> TollRevision | None:
    """The injured toll less the people a new killed figure says died of their wounds (its breakdown
    part :data:`~casualty_cli.model.DIED_OF_WOUNDS`), when the report gives no injured figure itself;
    ``told_before``: the report's own injured figure, told before the killed one (``injured``)."""
    s = e.statement
    if s.outcome != "killed" or injured is None or injured.best is None or (
        (injured.first.report == e.report) is not told_before
    ):
        return None
    count = next((b.best for b in s.breakdown if b.group == DIED_OF_WOUNDS and b.best), None)
    if count is None or (not told_before and any(
        f.report == e.report and f.statement.outcome == "injured" for f in figures
    )):
        return None
    best = max(0, injured.best - count)
    return TollRevision(
        number=0,  # the caller numbers it
        outcome="injured",
        published=e.dated,
        date_known=e.published is not None,
        best=best,
        low=best,
        high=best,
        qualifier=injured.qualifier,
        first=e,
        sources=[e.source] if e.source else [],
        reports=[e.report],
        previous=injured.best,
        statements=[e],
    )


def state_at(revisions: Sequence[TollRevision], number: int) -> dict[Outcome, TollRevision | None]:
    """The revision in force for each outcome once revisions 1..``number`` are known."""
    state: dict[Outcome, TollRevision | None] = dict.fromkeys(OUTCOMES)
    for r in revisions[:number]:
        state[r.outcome] = r
    return state


def _low(r: TollRevision) -> int | None:
    return r.low if r.low is not None else r.best


def _high(r: TollRevision) -> int | None:
    """The upper bound; an open-ended figure ("more than 30": low 31) reaches at least its low."""
    if r.high is not None:
        return r.high
    known = [v for v in (r.best, r.low) if v is not None]
    return max(known) if known else None


def current_toll(revisions: Sequence[TollRevision], rule: str = "latest") -> dict[Outcome, Toll | None]:
    """The toll of each outcome now; ``None`` for an outcome no report gave a figure for."""
    rule = parse_rule(rule)
    out: dict[Outcome, Toll | None] = dict.fromkeys(OUTCOMES)
    for outcome in OUTCOMES:
        mine = [r for r in revisions if r.outcome == outcome]
        if not mine:
            continue
        lows = [v for r in mine if (v := _low(r)) is not None]
        highs = [v for r in mine if (v := _high(r)) is not None]
        latest = _pick(mine, rule)
        if latest is None:
            continue
        out[outcome] = Toll(
            best=latest.best,
            low=min(lows) if lows else None,
            high=max(highs) if highs else None,
            qualifier=latest.qualifier,
            rule=rule,
            as_of=latest.published,
            source=latest.source,
            revision=latest.number,
        )
    return out


def _pick(mine: Sequence[TollRevision], rule: str) -> TollRevision | None:
    """The revision whose ``best`` the rule takes, from one outcome's revisions in order."""
    if rule == "latest":
        return next((r for r in reversed(mine) if r.best is not None), mine[-1])
    if rule in ("highest", "lowest"):
        sized = [(r.best if r.best is not None else (_high(r) or 0), n) for n, r in enumerate(mine)]
        _, at = max(sized) if rule == "highest" else min(sized, key=lambda p: (p[0], -p[1]))
        return mine[at]
    name = rule[len("source:") :].casefold()
    said = [r for r in mine if any(s.casefold() == name for s in r.sources)]
    return said[-1] if said else None
