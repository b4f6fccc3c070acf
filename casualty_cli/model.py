"""The data every part of casualty shares: documents in, statements out.

:class:`Document` lives in :mod:`casualty_cli.document` and is loaded from here when first asked for:
the commands that read the store (``show``, ``timeline``) never make one, and making a frozen
dataclass (compiling its methods) is most of what importing it costs.

A :class:`Statement` is one casualty figure stated in one document: the outcome (killed, injured,
missing), the figure as best/low/high with its qualifier, who was counted, whether it revises an
earlier figure, who said it, when the event happened, and where in the document it stands.
Its :meth:`Statement.to_dict` is the public JSON form printed by ``casualty extract --json``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from json.encoder import encode_basestring
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from casualty_cli.document import Document as Document

Outcome = Literal["killed", "injured", "missing"]
Scope = Literal["incident", "cumulative", "claimed", "projected", "separate"]
OUTCOMES: tuple[Outcome, ...] = ("killed", "injured", "missing")

#: Qualifiers a figure may carry. "vague" is a word like "dozens" or "several": a range, never a point.
QUALIFIERS = (
    "exact",
    "at least",
    "more than",
    "up to",
    "fewer than",
    "almost",
    "about",
    "range",
    "vague",
)


#: The breakdown group of people counted injured before who have died since ("the toll has risen to
#: seven after two wounded officers died"): history moves them from the injured to the killed.
DIED_OF_WOUNDS = "died of wounds"


@dataclass(frozen=True, slots=True)
class Breakdown:
    """One part of a toll: "five staff" is ``Breakdown("staff", 5)``."""

    group: str
    best: int | None

    def to_dict(self) -> dict[str, Any]:
        return {"group": self.group, "best": self.best}


@dataclass(frozen=True, slots=True)
class Revision:
    """A statement that revises an earlier figure: "has risen to 11", "up from 32"."""

    direction: Literal["up", "down"]
    previous: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"direction": self.direction, "previous": self.previous}


@dataclass(slots=True)
class Statement:
    """One casualty figure stated in one document (the module docstring says what each part is)."""

    doc: str
    outcome: Outcome
    best: int | None
    low: int | None
    high: int | None
    qualifier: str
    start: int
    end: int
    quote: str
    scope: Scope = "incident"
    victims: str | None = None
    breakdown: list[Breakdown] = field(default_factory=list)
    breakdown_mismatch: bool = False
    revision: Revision | None = None
    hedge: str | None = None
    attribution: str | None = None
    event_date: date | None = None
    headline: str | None = None
    #: How a figure was derived when it is not read off the text as is ("4 hit, less 1 killed").
    derivation: str | None = None
    #: Whether the quote disputes another figure in so many words ("denied the toll of 40"), judged once
    #: at extraction so that the store's readers need no reader; None: not judged (a statement stored
    #: before statements carried it, or one made by hand), and :func:`casualty_cli.conflicts.denies`
    #: judges it from the quote.
    denies: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        """The public JSON form (documented in the README); key order is stable."""
        return {
            "doc": self.doc,
            "outcome": self.outcome,
            "best": self.best,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "victims": self.victims,
            "breakdown": [b.to_dict() for b in self.breakdown],
            "breakdown_mismatch": self.breakdown_mismatch,
            "revision": self.revision.to_dict() if self.revision else None,
            "scope": self.scope,
            "hedge": self.hedge,
            "attribution": self.attribution,
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "headline": self.headline,
            "derivation": self.derivation,
            "denies": self.denies,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
        }

    def to_json(self) -> str:
        """``json.dumps(self.to_dict(), ensure_ascii=False)``, spelt out: twice as fast, and ``extract --json``
        writes one a statement (json sets its encoder up anew at every call, then walks a dict made only
        for it). Strings go through json's own escaper; a test checks the two agree on any statement."""
        q = encode_basestring
        breakdown = ", ".join(
            [f'{{"group": {q(b.group)}, "best": {"null" if b.best is None else b.best}}}' for b in self.breakdown]
        )
        rev = self.revision
        revision = (
            "null" if rev is None
            else f'{{"direction": {q(rev.direction)}, "previous": {"null" if rev.previous is None else rev.previous}}}'
        )
        best, low, high, victims, hedge = self.best, self.low, self.high, self.victims, self.hedge
        attribution, event_date, headline, derivation = self.attribution, self.event_date, self.headline, self.derivation
        return (
            f'{{"doc": {q(self.doc)}, "outcome": {q(self.outcome)}, "best": {"null" if best is None else best}, '
            f'"low": {"null" if low is None else low}, "high": {"null" if high is None else high}, '
            f'"qualifier": {q(self.qualifier)}, "victims": {"null" if victims is None else q(victims)}, '
            f'"breakdown": [{breakdown}], "breakdown_mismatch": {"true" if self.breakdown_mismatch else "false"}, '
            f'"revision": {revision}, "scope": {q(self.scope)}, "hedge": {"null" if hedge is None else q(hedge)}, '
            f'"attribution": {"null" if attribution is None else q(attribution)}, '
            f'"event_date": {"null" if event_date is None else q(event_date.isoformat())}, '
            f'"headline": {"null" if headline is None else q(headline)}, '
            f'"derivation": {"null" if derivation is None else q(derivation)}, '
            f'"denies": {"null" if self.denies is None else "true" if self.denies else "false"}, '
            f'"start": {self.start}, "end": {self.end}, "quote": {q(self.quote)}}}'
        )

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Statement:
        """Inverse of :meth:`to_dict` (used by the store)."""
        rev = d.get("revision")
        ev = d.get("event_date")
        denies = d.get("denies")
        return cls(
            doc=d["doc"],
            outcome=d["outcome"],
            best=d.get("best"),
            low=d.get("low"),
            high=d.get("high"),
            qualifier=d.get("qualifier", "exact"),
            start=d.get("start", 0),
            end=d.get("end", 0),
            quote=d.get("quote", ""),
            scope=d.get("scope", "incident"),
            victims=d.get("victims"),
            breakdown=[Breakdown(b["group"], b.get("best")) for b in d.get("breakdown") or []],
            breakdown_mismatch=bool(d.get("breakdown_mismatch", False)),
            revision=Revision(rev["direction"], rev.get("previous")) if rev else None,
            hedge=d.get("hedge"),
            attribution=d.get("attribution"),
            event_date=date.fromisoformat(ev) if ev else None,
            headline=d.get("headline"),
            derivation=d.get("derivation"),
            denies=denies if isinstance(denies, bool) else None,
        )


def counting_scope(scopes: Iterable[str]) -> Scope:
    """The scope of the statements that set a toll, among the ``scopes`` of what one report tells of one
    event (an event of the report, or the statements it filed under one incident): ``incident``, or
    ``separate`` where it tells none of ``incident`` there: an event a report tells beside its main one
    ("In a separate attack, gunmen killed 3 farmers"), filed under an incident of its own, where its
    count is the toll. Beside the report's own event's statements it never counts."""
    return "incident" if "incident" in scopes else "separate"


def report_figure(statements: Iterable[Statement], outcome: str, scope: Scope = "incident") -> int | None:
    """A report's one figure for ``outcome``: the largest ``best`` among its statements of that outcome
    and ``scope`` (None when none has a best). It is how the evaluation sets are scored ("a document's
    figure") and the toll a report brings to grouping; a vague figure ("dozens") has no best and adds
    nothing."""
    bests = [s.best for s in statements if s.outcome == outcome and s.scope == scope and s.best is not None]
    return max(bests) if bests else None


def __getattr__(name: str) -> Any:
    """:class:`Document`, from :mod:`casualty_cli.document`, made when first asked for."""
    if name == "Document":
        from casualty_cli.document import Document

        return Document
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
