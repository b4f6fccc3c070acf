"""What changed between two points of an incident's toll history (``casualty diff``). Pure functions.

Apart from :mod:`casualty_cli.history`, which ``show`` and ``timeline`` load: making a frozen
dataclass is most of what importing one costs (it compiles its methods), and only ``diff`` needs these.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from casualty_cli.history import TollRevision, state_at
from casualty_cli.model import OUTCOMES


@dataclass(frozen=True, slots=True)
class Change:
    """One field of a toll that differs between two revisions, and by how much (``delta``)."""

    field: str
    before: Any
    after: Any
    delta: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "before": self.before, "after": self.after, "delta": self.delta}


@dataclass(frozen=True, slots=True)
class TollDiff:
    """What changed between the toll after revision ``start`` and after revision ``end`` (0 = nothing yet)."""

    start: TollRevision | None
    end: TollRevision | None
    changes: list[Change]

    def to_dict(self) -> dict[str, Any]:
        def point(r: TollRevision | None) -> dict[str, Any] | None:
            if r is None:
                return None
            return {"revision": r.number, "published": r.published.isoformat(), "source": r.source}

        return {
            "from": point(self.start),
            "to": point(self.end),
            "changes": [c.to_dict() for c in self.changes],
        }


def _delta(before: Any, after: Any) -> int | None:
    if isinstance(before, int) and isinstance(after, int):
        return after - before
    return None


def diff_revisions(
    revisions: Sequence[TollRevision], start: int | None = None, end: int | None = None
) -> TollDiff:
    """Compare the toll after revision ``start`` with the toll after ``end`` (default: the last two).

    Revision 0 is the state before any report. Raises ``IndexError`` for a number outside 0..len.
    """
    n = len(revisions)
    if end is None:
        end = n
    if start is None:
        start = max(end - 1, 0)
    for v in (start, end):
        if not 0 <= v <= n:
            raise IndexError(v)
    before, after = state_at(revisions, start), state_at(revisions, end)
    changes: list[Change] = []
    for outcome in OUTCOMES:
        a, b = before[outcome], after[outcome]
        if a is b:
            continue
        sa = a.fullest.statement if a else None
        sb = b.fullest.statement if b else None
        for name in ("best", "low", "high", "qualifier"):
            va = getattr(a, name) if a else None
            vb = getattr(b, name) if b else None
            if va == vb:
                continue
            # A bound that merely echoes best on both sides (an exact figure) is no news of its own.
            if name in ("low", "high") and a and b and va == a.best and vb == b.best:
                continue
            changes.append(Change(f"{outcome}.{name}", va, vb, _delta(va, vb)))
        if any(s is not None and s.outcome != outcome for s in (sa, sb)):
            continue  # a figure derived from another outcome's statement (the injured who died): no parts of its own
        parts_a = {p.group: p.best for p in sa.breakdown} if sa else {}
        parts_b = {p.group: p.best for p in sb.breakdown} if sb else {}
        for group in [*parts_a, *(g for g in parts_b if g not in parts_a)]:
            va, vb = parts_a.get(group), parts_b.get(group)
            if va != vb or (group in parts_a) != (group in parts_b):
                changes.append(Change(f"{outcome}.breakdown.{group}", va, vb, _delta(va, vb)))
        for name in ("hedge", "victims"):
            va = getattr(sa, name) if sa else None
            vb = getattr(sb, name) if sb else None
            if va != vb:
                changes.append(Change(f"{outcome}.{name}", va, vb))
    return TollDiff(
        start=revisions[start - 1] if start else None,
        end=revisions[end - 1] if end else None,
        changes=changes,
    )
