"""Read-side views of the store: incident lists, one incident in full, timelines, diffs, export rows.

Every function returns plain JSON-ready data (or history objects); rendering is the CLI's business.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from casualty_cli.errors import NotFoundError, UsageError
from casualty_cli.figures import FIGURE_COLUMNS, export_columns
from casualty_cli.history import StoredStatement, TollRevision, build_revisions
from casualty_cli.model import OUTCOMES
from casualty_cli.store.backend import StoreView
from casualty_cli.store.files import Raw
from casualty_cli.store.state import IncidentRecord

if TYPE_CHECKING:
    from casualty_cli.diffs import TollDiff

SortKey = Literal["date", "killed", "updated"]
SORT_KEYS: tuple[SortKey, ...] = ("date", "killed", "updated")


def _report_ref(view: StoreView, key: str) -> Raw:
    r = view.report(key)
    return {
        "id": r.key,
        "doc": r.doc,
        "source": r.source,
        "published": r.published_iso(),
    }


def incident_row(view: StoreView, inc: IncidentRecord) -> Raw:
    """One incident as ``casualty incidents --json`` lists it."""
    toll = inc.summary.get("toll") or {}
    return {
        "id": inc.id,
        "title": inc.title,
        "event_date": inc.event_date,
        **{o: toll.get(o) for o in OUTCOMES},
        "revisions": inc.summary.get("revisions", 0),
        "statements": len(inc.statements),
        "first_published": inc.summary.get("first_published"),
        "last_published": inc.summary.get("last_published"),
        "updated": inc.updated,
        "reports": [_report_ref(view, k) for k in inc.reports],
    }


def _words(inc: IncidentRecord) -> list[str]:
    sig = inc.signature
    out = [inc.title]
    for key in ("place_names", "places", "targets", "names", "streets"):
        value = sig.get(key)
        if isinstance(value, list):
            out.extend(str(v) for v in value)
    return out


def killed(inc: IncidentRecord) -> int:
    toll = (inc.summary.get("toll") or {}).get("killed") or {}
    best = toll.get("best")
    return best if isinstance(best, int) else -1


def list_incidents(
    view: StoreView,
    *,
    since: date | None = None,
    place: str | None = None,
    search: str | None = None,
    sort: SortKey = "date",
    among: Iterable[IncidentRecord] | None = None,
) -> list[IncidentRecord]:
    """Incidents (all, or those ``among``) matching every filter given, newest (or deadliest, or
    latest updated) first."""
    out: Iterable[IncidentRecord] = view.every_incident() if among is None else among
    if since is not None:
        floor = since.isoformat()
        out = [i for i in out if i.when >= floor]
    if place:
        needle = place.casefold()
        out = [i for i in out if needle in place_text(i)]
    if search:
        needle = search.casefold()
        out = [i for i in out if needle in search_text(view, i)]
    return sorted(out, key=lambda i: sort_key(sort, i.when, i.updated, killed(i), i.id), reverse=True)


def sort_key(sort: SortKey, when: str, updated: str, killed: int, iid: str) -> tuple[Any, ...]:
    """What incidents are sorted by (descending): event date, killed or last update, then the others."""
    if sort == "killed":
        return (killed, when, iid)
    if sort == "updated":
        return (updated, when, iid)
    return (when, updated, iid)


def place_text(inc: IncidentRecord) -> str:
    """What ``--place`` looks in, casefolded, one item a line."""
    return "\n".join(str(p).casefold() for p in [*(inc.signature.get("place_names") or []), inc.title])


def search_text(view: StoreView, inc: IncidentRecord) -> str:
    """What ``--search`` looks in, casefolded, one item a line: title, places, targets, names, sources."""
    sources = ((view.report(k).source or "") for k in inc.reports)
    return "\n".join(w.casefold() for w in [*_words(inc), *sources])


def incident_detail(view: StoreView, inc: IncidentRecord, entries: list[StoredStatement] | None = None) -> Raw:
    """Everything about one incident: figures, signature, and every report with its statements
    (``entries``: its statements, when the caller has read them)."""
    if entries is None:
        entries = view.statements(inc)
    by_report: dict[str, list[Raw]] = {}
    for e in entries:
        by_report.setdefault(e.report, []).append({"id": e.id, **e.statement.to_dict()})
    reports = []
    for key in inc.reports:
        r = view.report(key)
        reports.append({**r.to_dict(), "statements": by_report.get(key, [])})
    reports.sort(key=lambda r: (r["published"] or r["ingested"][:10], r["key"]))
    row = incident_row(view, inc)
    row.pop("reports")
    return {**row, "created": inc.created, "signature": inc.signature, "reports": reports}


def revisions(view: StoreView, inc: IncidentRecord) -> list[TollRevision]:
    return build_revisions(view.statements(inc))


def parse_revision(value: str | None, count: int, name: str) -> int | None:
    """A revision number from the command line: 1..count, 0 for "before any report", negative from the end."""
    if value is None:
        return None
    try:
        n = int(value)
    except ValueError:
        raise UsageError(f"{name}: {value!r} is not a revision number (see `casualty timeline`)") from None
    if n < 0:
        n = count + 1 + n
    if not 0 <= n <= count:
        raise NotFoundError(f"{name}: no revision {value}; this incident has revisions 1..{count}")
    return n


def diff(view: StoreView, inc: IncidentRecord, start: str | None, end: str | None) -> TollDiff:
    from casualty_cli.diffs import diff_revisions

    revs = revisions(view, inc)
    if not revs:
        raise NotFoundError(f"incident {inc.id} has no toll revisions to compare")
    b = parse_revision(end, len(revs), "TO")
    a = parse_revision(start, len(revs), "FROM")
    return diff_revisions(revs, a, b)


INCIDENT_COLUMNS = (
    "id",
    "title",
    "event_date",
    *(f"{o}_{k}" for o in OUTCOMES for k in FIGURE_COLUMNS),
    "revisions",
    "reports",
    "sources",
    "first_published",
    "last_published",
    "updated",
)
REVISION_COLUMNS = (
    "incident",
    "revision",
    "published",
    "outcome",
    "best",
    "low",
    "high",
    "qualifier",
    "delta",
    "source",
    "sources",
    "attribution",
    "hedge",
    "statement",
    "quote",
)


def export_rows(
    view: StoreView,
    what: Literal["incidents", "revisions"],
    finish: Callable[[IncidentRecord, dict[str, Any]], None] | None = None,
) -> list[dict[str, Any]]:
    """Flat rows, UCDP-style best/low/high columns; incidents by event date, revisions in order.
    ``finish`` completes an incident's row while the incident is at hand (the store is read once)."""
    rows: list[dict[str, Any]] = []
    for inc in view.every_incident():  # by event date, then id
        if what == "incidents":
            toll = inc.summary.get("toll") or {}
            row: dict[str, Any] = {"id": inc.id, "title": inc.title, "event_date": inc.event_date}
            for o in OUTCOMES:
                row.update(export_columns(o, toll.get(o) or {}))
            sources = sorted({s for k in inc.reports if (s := view.report(k).source)})
            row.update(
                revisions=inc.summary.get("revisions", 0),
                reports=len(inc.reports),
                sources="; ".join(sources),
                first_published=inc.summary.get("first_published"),
                last_published=inc.summary.get("last_published"),
                updated=inc.updated,
            )
            if finish is not None:
                finish(inc, row)
            rows.append(row)
            continue
        for rev in revisions(view, inc):
            d = rev.to_dict()
            rows.append(
                {
                    "incident": inc.id,
                    **{k: d[k] for k in REVISION_COLUMNS[1:] if k in d and k != "sources"},
                    "sources": "; ".join(rev.sources),
                }
            )
            rows[-1] = {k: rows[-1].get(k) for k in REVISION_COLUMNS}
            rows[-1].update(export_columns(None, rows[-1]))
    return rows
