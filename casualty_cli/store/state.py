"""The store's state: tables read on demand from the index (:mod:`casualty_cli.store.index`), and the
records replayed from the segments beyond what the index covers.

Replay is the only way state changes, for a rebuild, a stale index's tail, and a new ingest alike:
the records a writer appends are the records it then applies, and what they changed is what the
writer then flushes into the index.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from casualty_cli.errors import NotFoundError, StoreError
from casualty_cli.history import StoredStatement
from casualty_cli.model import Statement
from casualty_cli.store import files
from casualty_cli.store.acts import Curation, apply_act
from casualty_cli.store.files import EVENTS, REPORTS, STATEMENTS, Raw
from casualty_cli.store.index import REPORT_COLUMNS, Index, Table
from casualty_cli.summary import summarise


@dataclass(slots=True)
class ReportRecord:
    """A report as ``reports.jsonl`` records it (see the store's format), with its dates read."""

    key: str
    hash: str
    doc: str
    source: str | None
    published: date | None
    ingested: str
    title: str | None = None
    url: str | None = None
    origin: str | None = None
    chars: int = 0
    statements: int = 0
    #: the time of publication when the input gave one (see ``Document.published_at``)
    published_at: datetime | None = None
    #: the report's place in the order of ingestion (not stored: replay gives it)
    seq: int = 0

    def to_dict(self) -> Raw:
        return {
            "key": self.key,
            "hash": self.hash,
            "doc": self.doc,
            "source": self.source,
            "published": self.published_iso(),
            "ingested": self.ingested,
            "title": self.title,
            "url": self.url,
            "origin": self.origin,
            "chars": self.chars,
            "statements": self.statements,
        }

    def published_iso(self) -> str | None:
        """As stored: ``"2016-02-16T10:00:00"`` when the time is known, ``"2016-02-16"`` when only the day."""
        when = self.published_at or self.published
        return when.isoformat() if when else None

    @classmethod
    def from_dict(cls, d: Raw) -> ReportRecord:
        pub = d.get("published")
        # A date ("2016-02-16", every store before times were kept) or a datetime with its offset.
        at = datetime.fromisoformat(pub) if pub and len(pub) > 10 else None
        return cls(
            key=d["key"],
            hash=d["hash"],
            doc=d["doc"],
            source=d.get("source"),
            published=at.date() if at else date.fromisoformat(pub) if pub else None,
            published_at=at,
            ingested=d["ingested"],
            title=d.get("title"),
            url=d.get("url"),
            origin=d.get("origin"),
            chars=int(d.get("chars", 0)),
            statements=int(d.get("statements", 0)),
        )


@dataclass(slots=True)
class IncidentRecord:
    """An incident as the store holds it: its signature and title, its statements and reports, its
    cached summary."""

    id: str
    signature: dict[str, Any]
    title: str
    created: str
    updated: str
    statements: list[str] = field(default_factory=list)
    reports: list[str] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)

    @property
    def event_date(self) -> str | None:
        sig_date = self.signature.get("date") or self.signature.get("event_date")
        if isinstance(sig_date, str) and sig_date:
            return sig_date
        stated = self.summary.get("stated_event_date")
        return stated if isinstance(stated, str) else None

    @property
    def when(self) -> str:
        """The date the incident is listed, filtered and sorted by: its event date, else its first
        report's, else empty (ISO text, so that it compares as dates do)."""
        first = self.summary.get("first_published")
        return self.event_date or (first if isinstance(first, str) else "")

    def to_dict(self) -> Raw:
        return {
            "id": self.id,
            "title": self.title,
            "created": self.created,
            "updated": self.updated,
            "signature": self.signature,
            "statements": self.statements,
            "reports": self.reports,
            "summary": self.summary,
        }

    @classmethod
    def from_dict(cls, d: Raw) -> IncidentRecord:
        return cls(
            id=d["id"],
            signature=d["signature"],
            title=d["title"],
            created=d["created"],
            updated=d["updated"],
            statements=list(d["statements"]),
            reports=list(d["reports"]),
            summary=dict(d.get("summary") or {}),
        )


def report_row(r: ReportRecord) -> tuple[Any, ...]:
    """A report as a row of the index's ``reports`` table."""
    d = r.to_dict()
    return (*(d[k] for k in REPORT_COLUMNS), r.seq)


def report_from_row(row: tuple[Any, ...]) -> ReportRecord:
    rec = ReportRecord.from_dict(dict(zip(REPORT_COLUMNS, row, strict=False)))
    rec.seq = int(row[len(REPORT_COLUMNS)])
    return rec


def _incident_or_none(body: Raw | None) -> IncidentRecord | None:
    return None if body is None else IncidentRecord.from_dict(body)


def _report_or_none(row: tuple[Any, ...] | None) -> ReportRecord | None:
    return None if row is None else report_from_row(row)


@dataclass(slots=True)
class StoreState:
    """The store as commands see it: tables read from the index on demand, plus what was replayed since.

    Without an index (``index`` None) every table is a plain in-memory mapping built by replay.
    """

    covers: dict[str, int] = field(default_factory=lambda: dict.fromkeys(files.SEGMENTS, 0))
    store_id: str = ""
    reports: Table[ReportRecord] = field(default_factory=Table)
    by_hash: Table[str] = field(default_factory=Table)
    incidents: Table[IncidentRecord] = field(default_factory=Table)
    #: statement id -> [offset, length, report key, incident id or None, denies] (see :func:`_denial_of`)
    locations: Table[list[Any]] = field(default_factory=Table)
    next_event: int = 1
    #: reports replayed so far: the next report's place in the order of ingestion
    report_count: int = 0
    rule: str = "latest"
    #: statement records replayed in this process and not yet in the index (so they need no second read)
    loaded: dict[str, Raw] = field(default_factory=dict)
    dirty: set[str] = field(default_factory=set)
    #: curation acts (retract, correct, move, merge, note, undo) and what is in force
    curation: Curation = field(default_factory=Curation)
    #: the index the tables read from, or None
    index: Index | None = None
    #: the store directory (segments are read from there)
    path: Path | None = None

    def __post_init__(self) -> None:
        for name in ("reports", "by_hash", "incidents", "locations"):  # plain dicts given (tests)
            value = getattr(self, name)
            if not isinstance(value, Table):
                setattr(self, name, Table.of(value))

    @classmethod
    def over(cls, index: Index) -> StoreState | None:
        """The state the index holds (its ``covers``), or None when its meta is unusable."""
        covers = index.covers()
        if covers is None:
            return None
        try:
            next_event = int(index.meta["next_event"])
            report_count = int(index.meta["report_count"])
            curation = Curation.from_dict(index.meta_json("curation") or {})
        except (KeyError, ValueError, TypeError, AttributeError):
            return None
        return cls(
            covers=covers,
            reports=Table(
                lambda k: _report_or_none(index.report(k)),
                lambda: ((r[0], report_from_row(r)) for r in index.reports()),
                lambda p: index.keys_with_prefix("reports", "key", p),
            ),
            by_hash=Table(index.report_by_hash, index.hashes),
            incidents=Table(
                lambda k: _incident_or_none(index.incident(k)),
                lambda: ((k, IncidentRecord.from_dict(b)) for k, b in index.incidents()),
                lambda p: index.keys_with_prefix("incidents", "id", p),
            ),
            locations=Table(
                index.statement,
                index.statements,
                lambda p: index.keys_with_prefix("statements", "id", p),
                index.statements_of,
            ),
            next_event=next_event,
            report_count=report_count,
            rule=str(index.meta.get("rule", "latest")),
            curation=curation,
            index=index,
        )

    def replayed_whole(self) -> bool:
        """Whether every table is held in memory (a state replayed from the segments, with no index)."""
        return all(t.complete for t in (self.reports, self.by_hash, self.incidents, self.locations))

    def flush(self, index: Index, listing: Callable[[StoreState, IncidentRecord], tuple[Any, ...]]) -> None:
        """Write what changed since the last flush into ``index``, in one transaction.

        ``listing`` gives an incident's list columns (row, when, updated, killed, place and search text).
        """
        reports, _ = self.reports.changed()
        index.put_reports(report_row(r) for _, r in reports)
        statements, _ = self.locations.changed()
        index.put_statements((sid, loc[0], loc[1], loc[2], loc[3], loc[4]) for sid, loc in statements)
        incidents, gone = self.incidents.changed()
        index.delete_incidents(gone)
        index.put_incidents(
            (iid, _compact(inc.to_dict()), *listing(self, inc)) for iid, inc in incidents
        )
        # A statement's incident changes with the incidents that gained or lost it (attach, move, merge);
        # a statement written just now already has its row's incident (most of an ingest's: not updated).
        written = {sid: loc[3] for sid, loc in statements}
        index.set_incident_of(
            (iid, sid) for iid, inc in incidents for sid in inc.statements if written.get(sid) != iid
        )
        if incidents:
            from casualty_cli.grouping import index_keys  # only writers that changed incidents pay for it

            index.put_keys((iid, index_keys(inc.signature)) for iid, inc in incidents)
        index.put_meta(
            {
                "covers": json.dumps(self.covers),
                "next_event": str(self.next_event),
                "report_count": str(self.report_count),
                "rule": self.rule,
                "curation": _compact(self.curation.to_dict()),
            }
        )
        index.commit()
        for table in (self.reports, self.by_hash, self.incidents, self.locations):
            table.written()
        self.loaded.clear()  # in the segment and the index now: read again when needed

    # --- replay ---

    def apply_report(self, d: Raw) -> None:
        rec = ReportRecord.from_dict(d)
        rec.seq = self.report_count
        self.report_count += 1
        self.reports[rec.key] = rec
        self.by_hash[rec.hash] = rec.key

    def apply_statement(self, d: Raw, offset: int, length: int) -> None:
        self.locations[d["id"]] = [offset, length, d["report"], None, _denial_of(d)]
        self.loaded[d["id"]] = d

    def apply_event(self, d: Raw) -> None:
        # (imported here: a read that replays no event, as most reads of the index, never loads them)
        from casualty_cli.store.events import EVENT_CLASSES, Act, Attach, IncidentCreate, parse_event

        kind = d.get("type")
        if kind not in EVENT_CLASSES:  # from a newer casualty: an error, never skipped
            raise StoreError(f"{EVENTS} has event type {kind!r}, unknown to this casualty; upgrade casualty")
        event = parse_event(d)  # EventError (a ValueError) for a record without a key it needs
        match event:
            case IncidentCreate(incident=iid, signature=signature, title=title, at=at):
                self.incidents[iid] = IncidentRecord(id=iid, signature=signature, title=title, created=at, updated=at)
            case Attach():
                inc = self.incidents.get(event.incident)
                if inc is None:
                    raise StoreError(f"{EVENTS} event {event.id} attaches to unknown incident {event.incident}")
                for sid in event.statements:
                    inc.statements.append(sid)
                    self.locations[sid][3] = inc.id
                if event.report not in inc.reports:
                    inc.reports.append(event.report)
                if event.signature is not None:  # only when the merge changed it
                    inc.signature = event.signature
                    self.curation.set_machine_title(inc, event.title or inc.title)
                inc.updated = event.at
                self.dirty.add(inc.id)
            case Act():
                apply_act(self, event, d)
        self.next_event = max(self.next_event, event.id + 1)

    def replay(self, path: Path, upto: dict[str, int]) -> None:
        """Apply every committed record between what the state covers and ``upto``."""
        for name, apply in ((REPORTS, "r"), (STATEMENTS, "s"), (EVENTS, "e")):
            start, end = self.covers[name], upto[name]
            if end < start:
                raise StoreError(f"index covers more of {name} than the manifest commits")
            if end == start:
                continue
            data = files.read_segment(path, name, start, end)
            for offset, length, obj in files.iter_records(name, data, start):
                try:
                    if apply == "r":
                        self.apply_report(obj)
                    elif apply == "s":
                        self.apply_statement(obj, offset, length)
                    else:
                        self.apply_event(obj)
                except (KeyError, TypeError, ValueError, IndexError) as err:
                    raise StoreError(f"{path / name} is corrupt at byte {offset} ({err!r})") from None
            self.covers[name] = end

    # --- statements ---

    def statement_record(self, path: Path, sid: str) -> Raw:
        held = self.loaded.get(sid)
        if held is not None:
            return held
        offset, length = self.locations[sid][:2]
        return files.read_record(path, STATEMENTS, offset, length)

    def statement_records(self, path: Path, sids: Iterable[str]) -> list[Raw]:
        """The records of ``sids``, in that order: one open of the segment, reads in file order."""
        wanted = list(sids)
        out: dict[str, Raw] = {sid: self.loaded[sid] for sid in wanted if sid in self.loaded}
        where = self.locations.peek(sid for sid in wanted if sid not in out)
        places = sorted((where[sid][0], where[sid][1], sid) for sid in wanted if sid not in out)
        if places:
            file = path / STATEMENTS
            try:
                with open(file, "rb") as f:
                    for offset, length, sid in places:
                        f.seek(offset)
                        data = f.read(length)
                        for _, _, obj in files.iter_records(STATEMENTS, data, offset):
                            out[sid] = obj
                        if sid not in out:
                            raise StoreError(f"{file} has no record at byte {offset}")
            except OSError as err:
                raise StoreError(f"cannot read {file}: {err.strerror or err}") from None
        return [out[sid] for sid in wanted]

    def stored(self, path: Path, sids: Iterable[str]) -> list[StoredStatement]:
        records = self.statement_records(path, sids)
        # a record written before ``denies`` existed: its denial was judged when it was replayed
        judged = self.locations.peek(d["id"] for d in records if not isinstance(d.get("denies"), bool))
        out = []
        for d in records:
            sid = d["id"]
            rep = self.reports[d["report"]]
            body = {k: v for k, v in d.items() if k not in ("id", "report")}
            status, reading = self.curation.reading(sid, Statement.from_dict(body))
            out.append(
                StoredStatement(
                    id=sid,
                    report=rep.key,
                    statement=reading,
                    source=rep.source,
                    published=rep.published_at or rep.published,
                    ingested=rep.ingested,
                    status=status,
                    order=rep.seq,
                    stored_denial=judged[sid][4] if sid in judged else None,
                )
            )
        return out

    def refresh(self, path: Path) -> None:
        """Recompute the cached summary of every incident changed since the last refresh."""
        for iid in sorted(self.dirty):
            inc = self.incidents[iid]
            inc.summary = summarise(self.stored(path, inc.statements), self.rule)
            self.incidents.mark(iid)
        self.dirty.clear()

    # --- lookup ---

    def resolve(self, prefix: str) -> IncidentRecord:
        """An incident by its id or a unique prefix of it, as git resolves commits."""
        wanted = prefix.strip().lower()
        if not wanted:
            raise NotFoundError("an incident id is required")
        if wanted in self.incidents:
            return self.incidents[wanted]
        hits = self.incidents.keys_with_prefix(wanted)
        gone = sorted(i for i in self.curation.merged_into if i.startswith(wanted))
        if not hits and len(gone) == 1:
            into = self.curation.merged_into[gone[0]]
            while into in self.curation.merged_into:  # merged again since
                into = self.curation.merged_into[into]
            raise NotFoundError(f"incident {gone[0]} was merged into {into}")
        if len(hits) == 1:
            return self.incidents[hits[0]]
        if not hits:
            if not self.incidents:
                raise NotFoundError(f"no incident {prefix!r}: the store holds no incidents yet")
            near = sorted(self.incidents, key=lambda i: -_common_prefix(i, wanted))[:5]
            raise NotFoundError(f"no incident {prefix!r}; ids look like: {', '.join(near)}")
        shown = ", ".join(f"{i} ({self.incidents[i].title})" for i in hits[:8])
        more = f" and {len(hits) - 8} more" if len(hits) > 8 else ""
        raise NotFoundError(f"incident id {prefix!r} is ambiguous: {shown}{more}")

    def reports_of(self, inc: IncidentRecord) -> list[ReportRecord]:
        return [self.reports[k] for k in inc.reports]

    # --- the read side of the store interface (casualty_cli.store.backend.StoreView) ---

    def incident(self, iid: str) -> IncidentRecord | None:
        return self.incidents.get(iid)

    def every_incident(self) -> Iterator[IncidentRecord]:
        """Every incident, by event date then id; from the index, read as iterated and not kept."""
        if self.index is None:
            yield from sorted(self.incidents.values(), key=lambda i: (i.when, i.id))
            return
        pending = self.incidents.pending()
        fresh = sorted(
            (inc for i in pending if (inc := self.incidents.get(i)) is not None), key=lambda i: (i.when, i.id)
        )
        stored = (
            IncidentRecord.from_dict(body)
            for iid, body in self.index.incidents_by_date()
            if iid not in pending
        )
        yield from heapq.merge(stored, fresh, key=lambda i: (i.when, i.id))

    def statements(self, incident: IncidentRecord) -> list[StoredStatement]:
        return self.stored(self._path(), incident.statements)

    def record(self, sid: str) -> Raw:
        return self.statement_record(self._path(), sid)

    def report(self, key: str) -> ReportRecord:
        return self.reports[key]

    def statement_ids(self, prefix: str) -> list[str]:
        return self.locations.keys_with_prefix(prefix)

    def events(self) -> Iterator[Raw]:
        path = self._path()
        end = self.covers[EVENTS]
        data = files.read_segment(path, EVENTS, 0, end) if end else b""
        for _, _, record in files.iter_records(EVENTS, data, 0):
            yield record

    def report_key(self, digest: str) -> str | None:
        return self.by_hash.get(digest)

    def id_taken(self, kind: Literal["report", "statement", "incident"], key: str) -> bool:
        if kind == "report":
            return key in self.reports
        return key in (self.locations if kind == "statement" else self.incidents)

    def ids_taken(self, kind: Literal["report", "statement", "incident"], keys: Iterable[str]) -> set[str]:
        if kind == "statement":  # the index answers for all of them in one query
            return set(self.locations.peek(keys))
        return {key for key in keys if self.id_taken(kind, key)}

    def apply(self, batch: Any) -> None:
        from casualty_cli.store import apply_batch

        apply_batch(self._path(), self, batch.encoded(), batch)

    def signatures(self) -> Iterator[tuple[str, Any]]:
        """Every incident's id and grouping signature; from the index, only the signatures are read."""
        if self.index is None:
            yield from ((i.id, i.signature) for i in self.incidents.values())
            return
        pending = self.incidents.pending()
        for iid, sig in self.index.signatures():
            if iid not in pending:
                yield iid, sig
        for iid in sorted(pending):
            inc = self.incidents.get(iid)
            if inc is not None:
                yield iid, inc.signature

    def incident_index(self) -> Any:
        """A ``grouping.IncidentIndex`` that looks incidents up in the index as grouping asks for them
        (those changed since it was written are held here); None without an index."""
        if self.index is None:
            return None
        from casualty_cli.store.lookup import StoredIncidentIndex

        pending = self.incidents.pending()
        held = ((i, inc.signature) for i in sorted(pending) if (inc := self.incidents.get(i)) is not None)
        return StoredIncidentIndex(self.index, held, pending)

    def incidents_with_report(self, key: str) -> list[IncidentRecord]:
        """The incidents that hold report ``key`` (queried: not every incident is read)."""
        if self.index is None:
            candidates: Iterable[str] = list(self.incidents)
        else:
            candidates = {*self.index.incidents_of_report(key), *self.incidents.pending()}
        found = (self.incidents.get(i) for i in candidates)
        held = [inc for inc in found if inc is not None and key in inc.reports]
        return sorted(held, key=lambda inc: (inc.created, inc.id))

    def report_ids(self, prefix: str) -> list[str]:
        return self.reports.keys_with_prefix(prefix)

    def report_ids_of_doc(self, doc: str) -> list[str]:
        if self.index is None:
            return sorted(k for k, r in self.reports.items() if r.doc == doc)
        pending = self.reports.pending()
        found = {k for k in self.index.reports_of_doc(doc) if k not in pending}
        found.update(k for k in pending if k in self.reports and self.reports[k].doc == doc)
        return sorted(found)

    def statement_incident(self, sid: str) -> str | None:
        iid = self.locations[sid][3]
        return iid if isinstance(iid, str) else None

    def close(self) -> None:
        if self.index is not None:
            self.index.close()

    def _path(self) -> Path:
        if self.path is None:
            raise StoreError("internal: statements read from the state of no store")
        return self.path


def _denial_of(d: Raw) -> bool:
    """Whether a statement record denies another figure: its ``denies``, as extraction judged it. A
    record written before the key existed is judged from its quote, once, as it is replayed (the
    index keeps the verdict): this loads the reader, where a read of the index loads none."""
    denies = d.get("denies")
    if isinstance(denies, bool):
        return denies
    from casualty_cli.extraction.context import disputes

    return disputes(str(d.get("quote") or ""))


def _compact(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n
