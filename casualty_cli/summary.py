"""An incident's summary as the store caches it: its current toll under a rule, and whether it is contested.

Pure functions, no I/O. It stands above :mod:`casualty_cli.history` (revisions and tolls) and
:mod:`casualty_cli.conflicts` (disputes), which read the same statements and know nothing of each other
beyond the figures a report gives (:func:`casualty_cli.history.report_figures`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from casualty_cli.conflicts import find_conflicts
from casualty_cli.history import StoredStatement, build_revisions, current_toll


def summarise(entries: Sequence[StoredStatement], rule: str = "latest") -> dict[str, Any]:
    """The compact, JSON-ready summary the store caches per incident (what ``casualty incidents`` shows)."""
    revisions = build_revisions(entries)
    toll = current_toll(revisions, rule)
    dates = sorted(e.dated for e in entries)
    event_dates = sorted(e.statement.event_date for e in entries if e.statement.event_date)
    return {
        "toll": {o: (t.to_dict() if t else None) for o, t in toll.items()},
        "revisions": len(revisions),
        "statements": len(entries),
        "first_published": dates[0].isoformat() if dates else None,
        "last_published": dates[-1].isoformat() if dates else None,
        "stated_event_date": event_dates[0].isoformat() if event_dates else None,
        "contested": bool(find_conflicts(entries)),
    }
