"""The store's state in memory: built by replaying segment records, cached as ``index.json``.

Replay is the only way state changes, for a fresh load, a stale index's tail, and a new ingest alike:
the records a writer appends are the records it then applies.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from casualty_cli.errors import NotFoundError, StoreError
from casualty_cli.history import StoredStatement, summarise
from casualty_cli.model import Statement
from casualty_cli.store import files
from casualty_cli.store.acts import ACT_TYPES, Curation, apply_act
from casualty_cli.store.files import EVENTS, REPORTS, STATEMENTS, Raw

INDEX_FORMAT = "casualty-index"
#: Event types this version understands. A type from a newer casualty is an error, never skipped.
EVENT_TYPES = ("incident.create", "attach", *ACT_TYPES)


@dataclass(slots=True)
class ReportRecord:
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


@dataclass(slots=True)
class StoreState:
    """Everything a command needs to list incidents, without reading statements."""

    covers: dict[str, int] = field(default_factory=lambda: dict.fromkeys(files.SEGMENTS, 0))
    #: segment lengths the index file on disk covers (all zero when there is none)
    indexed: dict[str, int] = field(default_factory=lambda: dict.fromkeys(files.SEGMENTS, 0))
    store_id: str = ""
    reports: dict[str, ReportRecord] = field(default_factory=dict)
    by_hash: dict[str, str] = field(default_factory=dict)
    incidents: dict[str, IncidentRecord] = field(default_factory=dict)
    #: statement id -> [offset, length, report key, incident id or None]
    locations: dict[str, list[Any]] = field(default_factory=dict)
    next_event: int = 1
    rule: str = "latest"
    #: statement records replayed in this process (so they need no second read)
    loaded: dict[str, Raw] = field(default_factory=dict)
    dirty: set[str] = field(default_factory=set)
    #: curation acts (retract, correct, move, merge, note, undo) and what is in force
    curation: Curation = field(default_factory=Curation)

    # --- replay ---

    def apply_report(self, d: Raw) -> None:
        rec = ReportRecord.from_dict(d)
        rec.seq = len(self.reports)
        self.reports[rec.key] = rec
        self.by_hash[rec.hash] = rec.key

    def apply_statement(self, d: Raw, offset: int, length: int) -> None:
        self.locations[d["id"]] = [offset, length, d["report"], None]
        self.loaded[d["id"]] = d

    def apply_event(self, d: Raw) -> None:
        kind = d.get("type")
        if kind == "incident.create":
            self.incidents[d["incident"]] = IncidentRecord(
                id=d["incident"], signature=d["signature"], title=d["title"], created=d["at"], updated=d["at"]
            )
        elif kind == "attach":
            inc = self.incidents.get(d["incident"])
            if inc is None:
                raise StoreError(f"{EVENTS} event {d.get('id')} attaches to unknown incident {d['incident']}")
            for sid in d["statements"]:
                inc.statements.append(sid)
                self.locations[sid][3] = inc.id
            if d["report"] not in inc.reports:
                inc.reports.append(d["report"])
            if "signature" in d:  # only when the merge changed it
                inc.signature = d["signature"]
                self.curation.set_machine_title(inc, d["title"])
            inc.updated = d["at"]
            self.dirty.add(inc.id)
        elif kind in ACT_TYPES:
            apply_act(self, d)
        else:
            raise StoreError(f"{EVENTS} has event type {kind!r}, unknown to this casualty; upgrade casualty")
        self.next_event = max(self.next_event, int(d.get("id", 0)) + 1)

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
        offset, length, _, _ = self.locations[sid]
        return files.read_record(path, STATEMENTS, offset, length)

    def stored(self, path: Path, sids: Iterable[str]) -> list[StoredStatement]:
        out = []
        for sid in sids:
            d = self.statement_record(path, sid)
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
                )
            )
        return out

    def refresh(self, path: Path) -> None:
        """Recompute the cached summary of every incident changed since the last refresh."""
        for iid in sorted(self.dirty):
            inc = self.incidents[iid]
            inc.summary = summarise(self.stored(path, inc.statements), self.rule)
        self.dirty.clear()

    # --- lookup ---

    def resolve(self, prefix: str) -> IncidentRecord:
        """An incident by its id or a unique prefix of it, as git resolves commits."""
        wanted = prefix.strip().lower()
        if not wanted:
            raise NotFoundError("an incident id is required")
        if wanted in self.incidents:
            return self.incidents[wanted]
        hits = sorted(i for i in self.incidents if i.startswith(wanted))
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

    # --- index ---

    def to_index(self, store_id: str, schema_version: int) -> bytes:
        body = {
            "format": INDEX_FORMAT,
            "schema_version": schema_version,
            "store_id": store_id,
            "covers": self.covers,
            "next_event": self.next_event,
            "rule": self.rule,
            "reports": [r.to_dict() for r in self.reports.values()],
            "incidents": [i.to_dict() for i in self.incidents.values()],
            "locations": self.locations,
            "curation": self.curation.to_dict(),
        }
        # Compact: the index is a cache for speed, not a file meant for reading or diffing.
        return (json.dumps(body, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")

    @classmethod
    def from_index(cls, data: bytes, store_id: str, schema_version: int) -> StoreState | None:
        """The cached state, or None when the index is unusable (then the caller replays from scratch)."""
        try:
            d = json.loads(data)
            if (
                d.get("format") != INDEX_FORMAT
                or d.get("store_id") != store_id
                or d.get("schema_version") != schema_version
            ):
                return None
            covers = {n: int(d["covers"][n]) for n in files.SEGMENTS}
            state = cls(
                covers=covers,
                indexed=dict(covers),
                store_id=store_id,
                next_event=int(d["next_event"]),
                rule=str(d.get("rule", "latest")),
                locations=d["locations"],
                curation=Curation.from_dict(d.get("curation") or {}),
            )
            for r in d["reports"]:
                state.apply_report(r)
            for i in d["incidents"]:
                inc = IncidentRecord.from_dict(i)
                state.incidents[inc.id] = inc
        except (ValueError, KeyError, TypeError, AttributeError):
            return None
        return state


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n
