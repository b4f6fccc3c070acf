"""Grouping statements into incidents (placeholder; the real rules replace this module's bodies).

The store calls only these functions, so the rules can change without touching storage:

- :func:`split_report` cuts one report's statements into events (a report may describe several).
- :func:`describe` makes a JSON-serialisable signature of one event as this report tells it.
- :func:`match` finds the stored incident a signature belongs to, or None for a new incident.
- :func:`merge` folds a new signature into an incident's stored one.
- :func:`title` makes a readable title (place, target, date) from a signature.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from casualty_cli.model import Document, Statement

Signature = dict[str, Any]


def split_report(doc: Document, statements: Sequence[Statement]) -> list[list[int]]:
    """Indices of ``statements`` grouped by the event they speak of, in document order."""
    return [list(range(len(statements)))] if statements else []


def describe(doc: Document, statements: Sequence[Statement]) -> Signature:
    dates = sorted({s.event_date.isoformat() for s in statements if s.event_date})
    return {"event_date": dates[0] if dates else None, "places": [], "targets": [], "victims": []}


def match(sig: Signature, incidents: Sequence[tuple[str, Signature]]) -> str | None:
    for incident_id, other in incidents:
        if sig["event_date"] and sig["event_date"] == other.get("event_date"):
            return incident_id
    return None


def merge(old: Signature, new: Signature) -> Signature:
    out = dict(old)
    if not out.get("event_date"):
        out["event_date"] = new.get("event_date")
    return out


def title(sig: Signature) -> str:
    return f"incident of {sig.get('event_date') or 'unknown date'}"
