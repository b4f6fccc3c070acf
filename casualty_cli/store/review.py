"""Read-side views that know about curation and toll rules: what ``show``, ``timeline`` and ``incidents``
print once statements can be retracted or corrected, incidents contested, and the rule chosen per command.

Plain JSON-ready data, like :mod:`casualty_cli.store.query`, which these build on.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from datetime import date
from typing import IO, Any, Literal

from casualty_cli.conflicts import find_conflicts
from casualty_cli.errors import UsageError
from casualty_cli.figures import export_columns
from casualty_cli.history import (
    StoredStatement,
    TollRevision,
    build_revisions,
    counting_scopes,
    current_toll,
    parse_rule,
)
from casualty_cli.model import OUTCOMES
from casualty_cli.store import StoreState, query
from casualty_cli.store.backend import StoreView
from casualty_cli.store.curation import acts_of, notes_of
from casualty_cli.store.files import Raw
from casualty_cli.store.query import incident_detail, incident_row
from casualty_cli.store.state import IncidentRecord
from casualty_cli.summary import summarise

FIGURE_KEYS = ("best", "low", "high", "qualifier")


def pick_rule(view: StoreView, option: str | None) -> str:
    """The toll rule a command uses: ``--rule`` if given, else the store's ``settings.toll_rule``."""
    try:
        return parse_rule(option if option is not None else view.rule)
    except ValueError as err:
        where = "--rule" if option is not None else "settings.toll_rule in store.json"
        raise UsageError(f"{where}: {err}") from None


def statement_rows(view: StoreView, inc: IncidentRecord, entries: list[StoredStatement] | None = None) -> list[Raw]:
    """Every statement of an incident with its status; figures are the ones that count (or would).
    ``entries`` are its statements, when the caller has read them."""
    cur = view.curation
    rows = []
    entries = view.statements(inc) if entries is None else entries
    counting = counting_scopes(entries)
    for e in entries:
        s = e.statement
        row: Raw = {
            "id": e.id,
            "report": e.report,
            "source": e.source,
            "published": e.published.isoformat() if e.published else None,
            "outcome": s.outcome,
            **{k: getattr(s, k) for k in FIGURE_KEYS},
            "scope": s.scope,
            "status": e.status,
            "counts": e.status != "retracted" and s.scope == counting[e.report],
            "quote": s.quote,
        }
        fix = cur.correction(e.id)
        if fix is not None:
            row["machine"] = dict(fix.get("was") or {})
            row["correction"] = {
                **{k: fix[k] for k in FIGURE_KEYS},
                **{k: fix.get(k) for k in ("reason", "user", "at")},
                "event": fix["id"],
            }
        held = cur.retracted.get(e.id)
        if held is not None:
            act = cur.acts[held]
            row["retraction"] = {k: act.get(k) for k in ("reason", "user", "at")} | {"event": held}
        rows.append(row)
    return rows


def _tolls(revisions: list[TollRevision], rule: str) -> dict[str, Any]:
    return {o: (t.to_dict() if t else None) for o, t in current_toll(revisions, rule).items()}


def incident_view(view: StoreView, inc: IncidentRecord, rule: str) -> tuple[Raw, list[TollRevision]]:
    """``show``: the detail of :func:`~casualty_cli.store.query.incident_detail`, under ``rule``, with
    every statement's status, the competing claims when contested, the notes and the acts."""
    entries = view.statements(inc)  # read once: the detail, the rows and the revisions are made from them
    revisions = build_revisions(entries)
    detail = incident_detail(view, inc, entries)
    rows = statement_rows(view, inc, entries)
    by_id = {r["id"]: r for r in rows}
    for rep in detail["reports"]:
        for s in rep["statements"]:
            mine = by_id[s["id"]]
            s.update({k: mine[k] for k in ("status", *FIGURE_KEYS)})
            for k in ("machine", "correction", "retraction"):
                if k in mine:
                    s[k] = mine[k]
    conflicts = find_conflicts(entries)
    notes = notes_of(view, inc)
    detail.update(_tolls(revisions, rule))
    detail.update(
        rule=rule,
        statement_count=len(rows),
        statements=rows,
        contested=bool(conflicts),
        conflicts=[c.to_dict() for c in conflicts],
        notes=[{k: n.get(k) for k in ("text", "user", "at")} | {"event": n["id"]} for n in notes],
        acts=acts_of(view, inc),
    )
    return detail, revisions


def timeline_view(
    view: StoreView, inc: IncidentRecord, rule: str
) -> tuple[list[TollRevision], Raw, list[Raw], list[Raw]]:
    """``timeline``: the revisions, the current toll under ``rule``, the acts on the incident, and its
    curated statements (retracted ones are in no revision, so they are listed here with the reason)."""
    entries = view.statements(inc)
    revisions = build_revisions(entries)
    curated = [r for r in statement_rows(view, inc, entries) if r["status"] != "counting"]
    return revisions, _tolls(revisions, rule), acts_of(view, inc), curated


def summary_under(view: StoreView, inc: IncidentRecord, rule: str) -> Raw:
    """The incident's summary under ``rule``: the cached one when it was made under that rule."""
    summary = inc.summary
    tolls = [t for t in (summary.get("toll") or {}).values() if t]
    if "contested" not in summary or any(t.get("rule") != rule for t in tolls):
        summary = summarise(view.statements(inc), rule)
    return summary


def list_row(view: StoreView, inc: IncidentRecord, rule: str) -> Raw:
    """One incident as ``incidents`` lists it: :func:`~casualty_cli.store.query.incident_row`, with
    its toll under ``rule``, whether it is contested, and the rule."""
    summary = summary_under(view, inc, rule)
    row = incident_row(view, inc)
    row.update({o: summary["toll"].get(o) for o in OUTCOMES}, contested=summary["contested"], rule=rule)
    return row


def incident_rows(
    view: StoreView, incidents: list[IncidentRecord], rule: str, contested: bool = False
) -> list[Raw]:
    """``incidents``: rows as :func:`list_row` makes them, in the order given; only contested
    incidents when ``contested`` is set."""
    rows = [list_row(view, inc, rule) for inc in incidents]
    return [r for r in rows if r["contested"]] if contested else rows


def listing(state: StoreState, inc: IncidentRecord) -> tuple[str, str, str, int, str, str, int]:
    """An incident's columns in the index's list: its row under the store's rule (JSON, as
    :func:`json.dumps` writes it), its sort keys (event date, last update, killed), the text
    ``--place`` and ``--search`` look in, and whether it is contested."""
    row = list_row(state, inc, state.rule)
    return (
        json.dumps(row, ensure_ascii=False),
        inc.when,
        inc.updated,
        query.killed(inc),
        query.place_text(inc),
        query.search_text(state, inc),
        int(bool(row["contested"])),
    )


class Listing:
    """The rows of ``incidents``, in order, each as JSON text (as :func:`json.dumps` writes it); read
    once. Written out, they are the bytes ``json.dumps(rows, ensure_ascii=False)`` gives.

    A plain class: a dataclass would compile an ``__eq__`` and a ``__repr__`` nobody asks of a stream
    read once, at every start of ``show``, ``timeline`` and ``incidents``."""

    __slots__ = ("texts",)

    def __init__(self, texts: Iterable[str]) -> None:
        self.texts = texts

    def write(self, stream: IO[str]) -> None:
        """The rows as one JSON array, row by row: memory holds one row, not the array."""
        stream.write("[")
        for n, text in enumerate(self.texts):
            stream.write(f", {text}" if n else text)
        stream.write("]")

    def json(self) -> str:
        out = io.StringIO()
        self.write(out)
        return out.getvalue()

    def rows(self) -> list[Raw]:
        parsed: list[Raw] = json.loads(self.json())  # one parse, in C
        return parsed


def incident_list(
    view: StoreView,
    *,
    since: date | None = None,
    place: str | None = None,
    search: str | None = None,
    sort: query.SortKey = "date",
    rule: str,
    contested: bool = False,
) -> Listing:
    """``incidents``: the rows of the incidents that pass every filter, sorted, under ``rule``.

    Under the store's own rule the rows come ready made from the index, filtered there; only the
    incidents changed since the index was written (a tail replayed from the segments) are made
    here. Under another rule, or with no index, every row is made here.
    """
    index = view.index if isinstance(view, StoreState) else None
    if not isinstance(view, StoreState) or index is None or rule != view.rule or index.meta.get("rule") != rule:
        found = query.list_incidents(view, since=since, place=place, search=search, sort=sort)
        rows = incident_rows(view, found, rule, contested)
        return Listing([json.dumps(r, ensure_ascii=False) for r in rows])
    floor = since.isoformat() if since is not None else None
    needles = (place.casefold() if place else None, search.casefold() if search else None)
    pending = view.incidents.pending()
    if not pending:  # the index is all there is: SQLite filters, sorts and joins the rows
        return Listing(index.listing_rows(floor, *needles, contested, sort))
    fresh = [inc for i in sorted(pending) if (inc := view.incident(i)) is not None]
    keyed: list[tuple[tuple[Any, ...], str]] = []
    for inc in query.list_incidents(view, since=since, place=place, search=search, sort=sort, among=fresh):
        row = list_row(view, inc, rule)
        if row["contested"] or not contested:
            key = query.sort_key(sort, inc.when, inc.updated, query.killed(inc), inc.id)
            keyed.append((key, json.dumps(row, ensure_ascii=False)))
    for text, when, updated, killed, iid in index.listing(floor, *needles, contested, pending):
        keyed.append((query.sort_key(sort, when, updated, killed, iid), text))
    keyed.sort(key=lambda k: k[0], reverse=True)
    return Listing([text for _, text in keyed])


#: ``export --what incidents`` columns: the query's, then whether contested and the rule applied.
INCIDENT_COLUMNS = (*query.INCIDENT_COLUMNS, "contested", "rule")


def export_rows(view: StoreView, what: Literal["incidents", "revisions"], rule: str) -> list[Raw]:
    """:func:`~casualty_cli.store.query.export_rows`, incident tolls under ``rule`` (said in a column)."""

    def under_rule(inc: IncidentRecord, row: Raw) -> None:
        summary = summary_under(view, inc, rule)
        for o in OUTCOMES:
            row.update(export_columns(o, summary["toll"].get(o) or {}))
        row.update(contested=summary["contested"], rule=rule)

    return query.export_rows(view, what, under_rule)
