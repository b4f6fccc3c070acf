"""The derived index: a SQLite database (``index.sqlite``) that readers query instead of loading the store.

It is a cache. The segments and ``store.json`` are the record and the commit point; the index says which
committed lengths it covers, and a reader replays whatever lies beyond them from the segments. A missing,
stale (behind the manifest), foreign (another ``store_id``), damaged (not SQLite, wrong tables) or
newer-than-the-manifest index is never trusted: the next writer rebuilds it from the segments.

Only writers, under the store's lock and after the manifest is replaced, write it: one SQLite
transaction per commit, holding what that commit changed. Readers only query it (``query_only``), in
one read transaction (a WAL snapshot), so a writer never blocks them and they never see half of a
commit. Every connection is closed when the command that opened it ends (:func:`close_all`), and the
last to close removes the ``-wal`` and ``-shm`` files.

Tables (``INDEX_VERSION`` 4)::

    meta(key PRIMARY KEY, value)          format, index_version, store_id, covers, next_event,
                                          report_count, rule, curation (the acts and what is in
                                          force, JSON)
    reports(key PRIMARY KEY, hash UNIQUE, doc, source, published, ingested, title, url, origin,
            chars, statements, seq)       a reports.jsonl record (as a person's acts left it) and its
                                          place in the order of ingestion
    statements(id PRIMARY KEY, offset, length, report, incident, denies)   where each record lies
                                          in statements.jsonl, the incident it belongs to now, and
                                          whether the statement denies another figure (its record's
                                          ``denies``; a record written before the key existed is
                                          judged from its quote when the index is built, so that no
                                          read of it loads the reader)
    incidents(id PRIMARY KEY, body, row, when_key, updated, killed, place_text, search_text, contested)
                                          the incident (signature, title, statement and report ids,
                                          toll summary under the store's rule) as JSON; its row of
                                          ``casualty incidents --json`` under that rule, ready made;
                                          and the columns its filters and sort orders read
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from pathlib import Path
from typing import Any, Generic, TypeVar

from casualty_cli.store import files
from casualty_cli.store.files import Raw

INDEX_FORMAT = "casualty-index"
#: Bump when the tables change: an index of another version is rebuilt, never read. (4: statements.denies)
INDEX_VERSION = 4

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE reports (
    key TEXT PRIMARY KEY, hash TEXT NOT NULL UNIQUE, doc TEXT NOT NULL, source TEXT, published TEXT,
    ingested TEXT NOT NULL, title TEXT, url TEXT, origin TEXT, chars INTEGER, statements INTEGER,
    seq INTEGER NOT NULL
);
CREATE TABLE statements (
    id TEXT PRIMARY KEY, "offset" INTEGER NOT NULL, length INTEGER NOT NULL, report TEXT NOT NULL,
    incident TEXT, denies INTEGER
);
CREATE INDEX statements_by_report ON statements (report);
CREATE TABLE incidents (
    id TEXT PRIMARY KEY, body TEXT NOT NULL, row TEXT NOT NULL, when_key TEXT NOT NULL,
    updated TEXT NOT NULL, killed INTEGER NOT NULL, place_text TEXT NOT NULL, search_text TEXT NOT NULL,
    contested INTEGER NOT NULL
);
CREATE TABLE incident_keys (incident TEXT NOT NULL, kind TEXT NOT NULL, day INTEGER, name TEXT);
CREATE INDEX incident_keys_by_day ON incident_keys (kind, day);
CREATE INDEX incident_keys_by_name ON incident_keys (kind, name);
CREATE INDEX incident_keys_by_incident ON incident_keys (incident);
CREATE INDEX incidents_by_date ON incidents (when_key, updated, id);
CREATE INDEX incidents_by_killed ON incidents (killed, when_key, id);
CREATE INDEX incidents_by_updated ON incidents (updated, when_key, id);
"""

#: The columns of ``reports`` that hold a ``reports.jsonl`` record's keys, in its order (``seq`` follows).
REPORT_COLUMNS = (
    "key", "hash", "doc", "source", "published", "ingested", "title", "url", "origin", "chars", "statements",
)  # fmt: skip
_CHECKS = (
    f"SELECT {', '.join(REPORT_COLUMNS)}, seq FROM reports LIMIT 1",
    'SELECT id, "offset", length, report, incident, denies FROM statements LIMIT 1',
    "SELECT id, body, row, when_key, updated, killed, place_text, search_text, contested FROM incidents LIMIT 1",
    "SELECT incident, kind, day, name FROM incident_keys LIMIT 1",
)

#: ``incidents --sort``: the index order, descending, each as the Python side's sort keys
_ORDER = {
    "date": "when_key DESC, updated DESC, id DESC",
    "killed": "killed DESC, when_key DESC, id DESC",
    "updated": "updated DESC, when_key DESC, id DESC",
}

#: Highest code point: ``prefix <= key < prefix + _TOP`` holds exactly the keys starting with prefix.
_TOP = "\U0010ffff"

V = TypeVar("V")


class Table(MutableMapping[str, V], Generic[V]):
    """A mapping over one index table, read on demand and cached; changes are held until :meth:`written`.

    Without a database behind it (a store replayed from its segments) it is a plain dict. Values are
    mutable records: whoever changes one in place says so with :meth:`mark`, so that the next flush
    writes it.
    """

    def __init__(
        self,
        one: Callable[[str], V | None] | None = None,
        every: Callable[[], Iterable[tuple[str, V]]] | None = None,
        prefixed: Callable[[str], Iterable[str]] | None = None,
        many: Callable[[list[str]], Iterable[tuple[str, V]]] | None = None,
    ) -> None:
        self._one, self._every, self._prefixed, self._many = one, every, prefixed, many
        self._held: dict[str, V] = {}
        self._gone: set[str] = set()
        self._changed: set[str] = set()
        self._complete = one is None

    @classmethod
    def of(cls, items: Mapping[str, V]) -> Table[V]:
        """A table of these items and nothing behind them."""
        table: Table[V] = cls()
        table._held = dict(items)
        return table

    def __getitem__(self, key: str) -> V:
        held = self._held.get(key)
        if held is not None:
            return held
        if self._complete or key in self._gone or self._one is None:
            raise KeyError(key)
        value = self._one(key)
        if value is None:
            raise KeyError(key)
        self._held[key] = value
        return value

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        try:
            self[key]
        except KeyError:
            return False
        return True

    def __setitem__(self, key: str, value: V) -> None:
        self._held[key] = value
        self._gone.discard(key)
        self._changed.add(key)

    def __delitem__(self, key: str) -> None:
        self[key]  # KeyError when absent
        del self._held[key]
        self._changed.discard(key)
        if not self._complete:
            self._gone.add(key)

    def _load_all(self) -> None:
        if self._complete:
            return
        everything: dict[str, V] = {}
        for key, value in self._every() if self._every else ():
            if key not in self._gone:
                everything[key] = self._held.get(key, value)
        for key, value in self._held.items():  # added since the index was written
            everything.setdefault(key, value)
        self._held, self._complete = everything, True

    def __iter__(self) -> Iterator[str]:
        self._load_all()
        return iter(list(self._held))

    def __len__(self) -> int:
        self._load_all()
        return len(self._held)

    @property
    def complete(self) -> bool:
        """Whether every key is held here (no index behind it, or all of it read)."""
        return self._complete and self._one is None

    def peek(self, keys: Iterable[str]) -> dict[str, V]:
        """The values of ``keys``, those not held read in one query (instead of one query each) and
        not kept: a reader going through the whole store holds what it is at, not all it has read."""
        out: dict[str, V] = {}
        wanted: list[str] = []
        for k in keys:
            held = self._held.get(k)
            if held is not None:
                out[k] = held
            elif not self._complete and k not in self._gone:
                wanted.append(k)
        if wanted and self._many is not None:
            out.update(self._many(wanted))
        elif wanted:
            out.update((k, self[k]) for k in wanted)
        return out

    def keys_with_prefix(self, prefix: str) -> list[str]:
        """The keys starting with ``prefix``, sorted; a range query, without loading the table."""
        if self._complete or self._prefixed is None:
            return sorted(k for k in self._held if k.startswith(prefix))
        found = {k for k in self._prefixed(prefix) if k not in self._gone}
        found.update(k for k in self._held if k.startswith(prefix))
        return sorted(found)

    def mark(self, key: str) -> None:
        """``key``'s value was changed in place: write it at the next flush."""
        if key in self._held:
            self._changed.add(key)

    def pending(self) -> set[str]:
        """Keys changed or deleted since the index was written: the index's rows for them are stale."""
        return self._changed | self._gone

    def changed(self) -> tuple[list[tuple[str, V]], list[str]]:
        """What to write (key, value) and what to delete since the last :meth:`written`."""
        return [(k, self._held[k]) for k in sorted(self._changed) if k in self._held], sorted(self._gone)

    def written(self) -> None:
        """Everything :meth:`changed` returned is in the index now: a table read on demand lets go
        of what it held (it is read again when asked for), so memory holds one commit's worth."""
        self._changed.clear()
        self._gone.clear()
        if not self._complete:
            self._held.clear()


class Index:
    """One open index database. Read-only unless opened by :meth:`create` or :meth:`for_writing`."""

    def __init__(self, conn: sqlite3.Connection, meta: dict[str, str]) -> None:
        self.conn = conn
        self.meta = meta
        #: what grouping's lookups read (:meth:`ids_by_day`, :meth:`ids_named`, :meth:`signature`), kept
        #: until this transaction ends: an ingest asks for the same buckets and incidents event after
        #: event (at 10x the dev set, 542 bucket queries of 152 kinds and 580 signatures of 310
        #: incidents for 100 reports), and its rows change only when this connection writes and commits
        self._asked: dict[tuple[str, ...], Any] = {}
        _OPEN.add(self)

    # --- opening ---

    @staticmethod
    def _connect(file: Path, readonly: bool) -> sqlite3.Connection:
        """A connection to the index. A reader's is opened for writing but may only query
        (``query_only``): SQLite lets the last connection to close remove the ``-wal`` and ``-shm``
        files, and only one that may write, so a read leaves the folder as it found it. Where the
        folder may not be written (read-only media) the reader opens it read-only instead."""
        uri = file.resolve().as_uri()
        if readonly:
            conn: sqlite3.Connection | None = None
            try:
                conn = sqlite3.connect(f"{uri}?mode=rw", uri=True, isolation_level=None, check_same_thread=False)
                conn.execute("PRAGMA query_only = 1")
                conn.execute("PRAGMA busy_timeout = 5000")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the WAL files
                return conn
            except sqlite3.Error:
                if conn is not None:
                    conn.close()
        conn = sqlite3.connect(f"{uri}?mode={'ro' if readonly else 'rw'}", uri=True, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 5000")
        return conn

    @classmethod
    def open(cls, path: Path, store_id: str, readonly: bool = True) -> Index | None:
        """The index of the store at ``path``, in a read transaction; None when missing or unusable."""
        file = path / files.INDEX
        if not file.exists():
            return None
        conn: sqlite3.Connection | None = None
        try:
            conn = cls._connect(file, readonly)
            conn.execute("BEGIN")  # one snapshot for the whole read
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            for check in _CHECKS:  # every column this version reads is there
                conn.execute(check).fetchall()
        except sqlite3.Error:
            if conn is not None:
                conn.close()
            return None
        if (
            meta.get("format") != INDEX_FORMAT
            or meta.get("index_version") != str(INDEX_VERSION)
            or meta.get("store_id") != store_id
        ):
            conn.close()
            return None
        return cls(conn, meta)

    @classmethod
    def create(cls, path: Path, store_id: str) -> Index:
        """A new, empty index (any old or damaged one is removed first). Writers only."""
        remove(path)
        file = path / files.INDEX
        conn = sqlite3.connect(str(file), isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript(_SCHEMA)
        meta = {"format": INDEX_FORMAT, "index_version": str(INDEX_VERSION), "store_id": store_id}
        conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        conn.execute("BEGIN")
        return cls(conn, meta)

    def reopen(self, readonly: bool) -> None:
        """Close this connection and open another on the same file, in a new read transaction. The
        object stays the same, so the tables reading through it go on working."""
        file = Path(self.conn.execute("PRAGMA database_list").fetchone()[2])
        self.close()
        self._asked.clear()
        self.conn = self._connect(file, readonly)
        _OPEN.add(self)
        self.conn.execute("BEGIN")
        self.meta = dict(self.conn.execute("SELECT key, value FROM meta").fetchall())

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    # --- meta ---

    def covers(self) -> dict[str, int] | None:
        try:
            covers = json.loads(self.meta["covers"])
            return {n: int(covers[n]) for n in files.SEGMENTS}
        except (KeyError, ValueError, TypeError):
            return None

    def meta_json(self, key: str) -> Any:
        try:
            return json.loads(self.meta[key])
        except (KeyError, ValueError):
            return None

    # --- queries ---

    def report(self, key: str) -> tuple[Any, ...] | None:
        row: tuple[Any, ...] | None = self.conn.execute(
            "SELECT * FROM reports WHERE key = ?", (key,)
        ).fetchone()
        return row

    def report_by_hash(self, digest: str) -> str | None:
        row = self.conn.execute("SELECT key FROM reports WHERE hash = ?", (digest,)).fetchone()
        return None if row is None else str(row[0])

    def reports(self) -> Iterator[tuple[Any, ...]]:
        yield from self.conn.execute("SELECT * FROM reports ORDER BY rowid")

    def hashes(self) -> Iterator[tuple[str, str]]:
        yield from self.conn.execute("SELECT hash, key FROM reports ORDER BY rowid")

    def statement(self, sid: str) -> list[Any] | None:
        row = self.conn.execute(
            'SELECT "offset", length, report, incident, denies FROM statements WHERE id = ?', (sid,)
        ).fetchone()
        return None if row is None else _location(*row)

    def reports_of_doc(self, doc: str) -> list[str]:
        return [str(r[0]) for r in self.conn.execute("SELECT key FROM reports WHERE doc = ?", (doc,))]

    def incidents_of_report(self, key: str) -> list[str]:
        rows = self.conn.execute("SELECT DISTINCT incident FROM statements WHERE report = ?", (key,))
        return [str(r[0]) for r in rows if r[0] is not None]

    def statements_of(self, sids: list[str]) -> Iterator[tuple[str, list[Any]]]:
        for start in range(0, len(sids), 500):  # SQLite takes a few hundred parameters at once
            part = sids[start : start + 500]
            query = f'SELECT id, "offset", length, report, incident, denies FROM statements WHERE id IN ({",".join("?" * len(part))})'
            for sid, *row in self.conn.execute(query, part):
                yield sid, _location(*row)

    def statements(self) -> Iterator[tuple[str, list[Any]]]:
        rows = self.conn.execute('SELECT id, "offset", length, report, incident, denies FROM statements ORDER BY rowid')
        for sid, *row in rows:
            yield sid, _location(*row)

    def incident(self, iid: str) -> Raw | None:
        row = self.conn.execute("SELECT body FROM incidents WHERE id = ?", (iid,)).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def incidents_by_date(self) -> Iterator[tuple[str, Raw]]:
        """Every incident, oldest event date first (then by id), read as it is iterated."""
        for iid, body in self.conn.execute("SELECT id, body FROM incidents ORDER BY when_key, id"):
            yield iid, json.loads(body)

    def incidents(self) -> Iterator[tuple[str, Raw]]:
        for iid, body in self.conn.execute("SELECT id, body FROM incidents ORDER BY rowid"):
            yield iid, json.loads(body)

    def signatures(self) -> Iterator[tuple[str, Any]]:
        for iid, sig in self.conn.execute("SELECT id, json_extract(body, '$.signature') FROM incidents"):
            yield iid, None if sig is None else json.loads(sig)

    def keys_with_prefix(self, table: str, column: str, prefix: str) -> list[str]:
        query = f'SELECT "{column}" FROM {table} WHERE "{column}" >= ? AND "{column}" < ?'
        return [str(r[0]) for r in self.conn.execute(query, (prefix, prefix + _TOP))]

    # --- writing (inside the transaction :meth:`open` or :meth:`create` began) ---

    def put_meta(self, values: dict[str, str]) -> None:
        self.conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", values.items())
        self.meta.update(values)

    def put_reports(self, rows: Iterable[tuple[Any, ...]]) -> None:
        self.conn.executemany("INSERT OR REPLACE INTO reports VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)

    def put_statements(self, rows: Iterable[tuple[str, int, int, str, str | None, bool | None]]) -> None:
        self.conn.executemany("INSERT OR REPLACE INTO statements VALUES (?, ?, ?, ?, ?, ?)", rows)

    def set_incident_of(self, rows: Iterable[tuple[str | None, str]]) -> None:
        self.conn.executemany("UPDATE statements SET incident = ? WHERE id = ?", rows)

    def put_incidents(self, rows: Iterable[tuple[Any, ...]]) -> None:
        self._asked.clear()
        self.conn.executemany("INSERT OR REPLACE INTO incidents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    @staticmethod
    def _where(since: str | None, place: str | None, search: str | None, contested: bool) -> tuple[str, list[str]]:
        where: list[str] = ["contested = 1"] if contested else []
        args: list[str] = []
        if since is not None:
            where.append("when_key >= ?")
            args.append(since)
        if place:
            where.append("instr(place_text, ?) > 0")
            args.append(place)
        if search:
            where.append("instr(search_text, ?) > 0")
            args.append(search)
        return (" WHERE " + " AND ".join(where) if where else ""), args

    def listing(
        self, since: str | None, place: str | None, search: str | None, contested: bool, skip: Iterable[str]
    ) -> list[tuple[str, str, str, int, str]]:
        """``(row, when_key, updated, killed, id)`` of the incidents that pass the filters (needles
        casefolded), but those in ``skip``."""
        where, args = self._where(since, place, search, contested)
        skipped = set(skip)
        query = f"SELECT row, when_key, updated, killed, id FROM incidents{where}"
        return [r for r in self.conn.execute(query, args) if r[4] not in skipped]

    def listing_rows(
        self, since: str | None, place: str | None, search: str | None, contested: bool, sort: str
    ) -> Iterator[str]:
        """The rows of the incidents that pass the filters, sorted by an index (newest, deadliest or
        latest updated first), each as it comes from SQLite: nothing holds them all."""
        where, args = self._where(since, place, search, contested)
        for (row,) in self.conn.execute(f"SELECT row FROM incidents{where} ORDER BY {_ORDER[sort]}", args):
            yield row

    def delete_incidents(self, ids: Iterable[str]) -> None:
        self._asked.clear()
        gone = [(i,) for i in ids]
        self.conn.executemany("DELETE FROM incidents WHERE id = ?", gone)
        self.conn.executemany("DELETE FROM incident_keys WHERE incident = ?", gone)

    # --- what grouping looks incidents up by (see grouping.IncidentIndex) ---

    def put_keys(self, rows: Iterable[tuple[str, tuple[set[int], bool, list[str], list[int]]]]) -> None:
        """Each incident's grouping keys (``grouping.index_keys``), replacing those it had."""
        self._asked.clear()
        for iid, (days, undated, names, mentions) in rows:
            self.conn.execute("DELETE FROM incident_keys WHERE incident = ?", (iid,))
            self.conn.executemany(
                "INSERT INTO incident_keys VALUES (?, ?, ?, ?)",
                [
                    *((iid, "day", d, None) for d in days),
                    *((iid, "mention", d, None) for d in mentions),
                    *((iid, "name", None, n) for n in names),
                    *([(iid, "undated", None, None)] if undated else []),
                ],
            )

    def has_incidents(self) -> bool:
        return self.conn.execute("SELECT 1 FROM incidents LIMIT 1").fetchone() is not None

    def _ids(self, key: tuple[str, ...], query: str, args: tuple[Any, ...]) -> set[str]:
        held = self._asked.get(key)
        if held is None:
            held = self._asked[key] = {r[0] for r in self.conn.execute(query, args)}
        return set(held)

    def ids_by_day(self, kind: str, lo: int, hi: int) -> set[str]:
        query = "SELECT incident FROM incident_keys WHERE kind = ? AND day BETWEEN ? AND ?"
        return self._ids((kind, str(lo), str(hi)), query, (kind, lo, hi))

    def ids_named(self, name: str) -> set[str]:
        query = "SELECT incident FROM incident_keys WHERE kind = 'name' AND name = ?"
        return self._ids(("name", name), query, (name,))

    def undated_ids(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT incident FROM incident_keys WHERE kind = 'undated'")}

    def signature(self, iid: str) -> Any:
        """The incident's grouping signature, parsed afresh at each call (the caller may change it)."""
        key = ("signature", iid)
        if key in self._asked:
            text = self._asked[key]
        else:
            row = self.conn.execute("SELECT json_extract(body, '$.signature') FROM incidents WHERE id = ?", (iid,))
            found = row.fetchone()
            text = self._asked[key] = None if found is None else found[0]
        return None if text is None else json.loads(text)

    def commit(self) -> None:
        """Commit this transaction and begin the next (the writer may commit again)."""
        self._asked.clear()
        self.conn.execute("COMMIT")
        self.conn.execute("BEGIN")


def _location(offset: int, length: int, report: str, incident: str | None, denies: int | None) -> list[Any]:
    """A row of ``statements`` as the store's state holds it: ``[offset, length, report, incident, denies]``."""
    return [offset, length, report, incident, None if denies is None else bool(denies)]


#: Indexes opened in this process, closed when a command ends and at exit (see :func:`close_all`). Held
#: strongly: a connection sits in a reference cycle with its statement cache, so one left to the
#: garbage collector keeps ``-wal``/``-shm`` in the folder until a collection comes.
_OPEN: set[Index] = set()
_PID = os.getpid()


@atexit.register
def close_all() -> None:
    """Close every index still open: when a command ends, and when the process ends. Python does not
    close SQLite connections at exit; closed, the last one checkpoints the WAL and removes
    ``index.sqlite-wal`` and ``-shm``. (A forked worker inherits the parent's connections, and must not
    close them.)"""
    if os.getpid() != _PID:
        return
    for index in list(_OPEN):
        index.close()
    _OPEN.clear()


def remove(path: Path) -> None:
    """Delete the index and its WAL files (a cache: the next writer builds it again)."""
    for name in (files.INDEX, f"{files.INDEX}-wal", f"{files.INDEX}-shm", files.LEGACY_INDEX):
        with contextlib.suppress(FileNotFoundError):
            (path / name).unlink()
