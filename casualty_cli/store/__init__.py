"""The casualty store: an embedded, append-only, versioned history of casualty statements.

Format (schema version 3). This docstring is the contract; the README copies it.

Location
    A directory: ``--store PATH`` if given, else ``$CASUALTY_STORE``, else
    ``platformdirs.user_data_dir("casualty")/store``. Reading a store that does not exist yet shows an
    empty store and creates nothing, but only at the default location: a path named by ``--store`` or
    ``$CASUALTY_STORE`` must exist (a typo is an error, not an empty store), except for ingest, which
    creates the store.

Files
    ``store.json``        the manifest, the only file ever rewritten, and the commit point.
    ``reports.jsonl``     one record per report ever ingested.
    ``statements.jsonl``  one record per statement ever extracted.
    ``events.jsonl``      one record per change to incidents (create, attach, curation acts).
    ``index.sqlite``      the index: a SQLite cache of derived state that commands query (with its
                          ``-wal`` and ``-shm`` files); may be deleted at any time.
    ``lock``              the writers' lock file (filelock).

    The three ``.jsonl`` segments are JSON Lines (UTF-8, one compact object a line, ``\\n`` ends
    every record) and are only ever appended to. Nothing in them is overwritten or deleted.

``store.json``
    Indented JSON, keys in this order, trailing newline::

        {
          "format": "casualty-store",           # anything else: "not a casualty store", untouched
          "schema_version": 3,                 # number of migrations applied (see MIGRATIONS)
          "store_id": "<32 hex>",              # random, set at creation; ties the index to this store
          "created": "2016-02-15T10:00:00Z",
          "updated": "...",                    # last commit, UTC
          "settings": {"toll_rule": "latest"},
          "next_event": 42,                    # the next event id
          "segments": {                        # committed lengths: bytes beyond are not part of the store
            "reports.jsonl": {"bytes": 1234, "lines": 10},
            "statements.jsonl": {"bytes": ..., "lines": ...},
            "events.jsonl": {"bytes": ..., "lines": ...}
          }
        }

``reports.jsonl`` record
    ``{"key", "hash", "doc", "source", "published", "ingested", "title", "url", "origin", "chars",
    "statements"}``: ``key`` is the report's short id (the first 8 hex digits of ``hash``, longer on a
    clash); ``hash`` is the SHA-256 of the report text after Unicode NFKC and whitespace collapsing:
    the report's identity, so the same text ingested again (under any file name) is a duplicate;
    ``doc`` the input's own id (path, JSONL id); ``published`` the ISO date (``"2016-02-16"``), or the
    ISO datetime when the input gave a time of day (``"2016-02-16T10:00:00"``, with its UTC offset when
    given: the date part is the writer's own day), or null; ``ingested`` UTC time. Readers take both
    forms (``ReportRecord.published`` is the day, ``ReportRecord.published_at`` the datetime or None).

``statements.jsonl`` record
    ``{"id", "report", ...}`` followed by the keys of :meth:`Statement.to_dict` (``doc``, ``outcome``,
    ``best``, ``low``, ``high``, ``qualifier``, ..., ``start``, ``end``, ``quote``). ``id`` is 8 hex
    digits of a hash of the report hash and the statement's position (stable across rebuilds). Keys
    added later are optional: a record written before ``denies`` existed lacks it, and its statement's
    denial is judged from ``quote`` when the record is replayed (building the index, which keeps the
    verdict in ``statements.denies``), so reading an old store's contested incident loads no reader.

``events.jsonl`` record
    ``{"id", "at", "type", ...}``; ``id`` counts from 1. Types:

    - ``incident.create``: ``{"incident", "signature", "title"}``. An incident id is 7 hex digits of a
      hash of its first report and event (longer on a clash); commands accept any unique prefix.
    - ``attach``: ``{"incident", "report", "statements": [ids], "evidence"}`` plus ``"signature"`` and
      ``"title"`` when merging the report changed them: the statements of one report (one event of it)
      join an incident. ``evidence`` is the event's own signature (attach events written before it
      existed lack it), from which curation remakes an incident's signature. Signatures are
      :mod:`casualty_cli.grouping`'s, stored as it returns them.

    Grouping results are recorded, not recomputed: replay never calls the grouping rules, so changing
    them never rewrites history. A reader meeting an event type it does not know stops with an error
    rather than showing a wrong toll.

    Curation acts (:mod:`casualty_cli.store.curation` writes them, :mod:`casualty_cli.store.acts`
    replays them) are events too. Each also has ``"reason"`` (why: text or null; required for a
    retraction) and ``"user"`` (who: ``--user``, else ``$CASUALTY_USER``, else the login name); ``at``
    says when, ``type`` and the rest say what:

    - ``statement.retract``: ``{"statement", "incident"}``: the statement stops counting toward any
      toll (it stays in the store and is shown as retracted, with the reason).
    - ``statement.correct``: ``{"statement", "incident", "best", "low", "high", "qualifier", "was"}``:
      a person's reading of the figure (``qualifier`` ``"exact"`` or ``"range"``), counted instead of
      the machine's, which stays in ``statements.jsonl``; ``was`` copies the machine's figure.
    - ``statement.move``: ``{"statement", "from", "to"}`` plus ``"new": {"signature", "title"}`` when
      ``to`` is an incident the move creates (id: 7 hex digits of a hash of the statement and event).
    - ``incident.merge``: ``{"incident", "merged": [ids], "signature", "title"}``: the merged
      incidents' statements and reports join ``incident``, which takes the merged signature and title;
      their ids then resolve to an error naming ``incident``.
    - ``incident.note``: ``{"incident", "text"}``: a free-text note.
    - ``report.set``: ``{"report", "incident", "published"?, "source"?, "was"}``: a report's
      ``published`` (as in ``reports.jsonl``) and/or ``source`` as a person fixes them; ``was`` holds
      the values replaced, ``incident`` the first incident the report is in (or null). Tolls and
      revisions follow; grouping decisions stay as recorded.
    - ``incident.rename``: ``{"incident", "title", "was"}``: a person's title. Grouping's later
      titles (an ``attach`` or ``incident.merge`` with a new title) are kept aside, not shown, while
      it is in force; undoing it shows grouping's latest title.
    - ``retract``, ``move`` and ``undo`` also carry ``"views": {incident: {"signature", "title"}}``: each
      touched incident's signature and title made afresh from the evidence of the statements that
      count in it once the act is done, so its places, targets, date and title follow the act.
    - ``undo``: ``{"undoes", "act", "incident"}``: reverses event ``undoes`` (of type ``act``): always
      the latest act not yet undone, so undos go back one act at a time. A report ingested after the
      act keeps its incident; a merged incident gets its own signature back only if no report has
      changed the merged one since.

Derived, never stored as truth
    An incident's current toll under a toll rule (``--rule``, else ``settings.toll_rule``: ``latest``,
    ``highest``, ``lowest``, ``source:NAME``), revisions, diffs (see :mod:`casualty_cli.history`),
    whether it is contested (:mod:`casualty_cli.conflicts`), each statement's status (``counting``,
    ``corrected``, ``retracted``).

The index (``index.sqlite``, :mod:`casualty_cli.store.index`)
    A SQLite database (Python's own ``sqlite3``) holding the reports, each statement's place in
    ``statements.jsonl`` and its incident, the incidents (signature, title, statement and report ids,
    toll summary under the store's rule, and their ready-made row of ``casualty incidents`` with the
    columns its filters and sorts read), the curation acts with what is in force, and the segment
    lengths it covers. Commands query it: ``show`` reads one incident's rows and seeks to its
    statements; ``incidents`` has SQL filter and sort the ready-made rows; nothing loads the whole
    store. A reader replays from the segments whatever lies beyond what the index covers.
    It is a cache, never trusted over the record: an index that is missing, damaged (not SQLite,
    missing tables or columns), of another store (``store_id``), of another index version, or that
    covers more than the manifest commits is not read; the state is replayed from the segments and
    the index rebuilt, by the next writer or by the reader itself when no writer holds the lock.

Writing (atomic, serialised)
    A writer takes ``lock``, rereads the manifest, cuts any bytes beyond each committed length (the torn
    tail of a crashed writer), appends its records with one write and one fsync per segment, then
    replaces ``store.json`` (temp file, fsync, ``os.replace``). Until that rename nothing is committed, so
    a crash at any point leaves the previous store readable. After the rename the writer writes what
    the commit changed into the index, in one SQLite transaction (a crash before it leaves the index
    behind the manifest: readers replay the rest, the next writer catches it up). Readers take no
    lock: they read the index in one read transaction (a WAL snapshot, so writers never wait for
    them), then the manifest, then at most the committed bytes. A write costs the size of what it
    adds: segments are never rewritten and the index is updated in place.
    ``ingest`` commits in batches (``--batch N`` reports, default 500, or ``--batch-seconds T`` of
    reading, default 60), taking the lock for each: an interrupted ingest keeps every batch committed
    before, and a re-run skips those reports as duplicates.

Interface
    Commands use a store through :mod:`casualty_cli.store.backend`'s protocols only:
    :func:`open_store` gives a ``StoreBackend`` (``read()`` a consistent ``StoreView`` of incidents,
    statements, reports and acts by id or query; ``writing()`` the lock, with a ``StoreWriter`` that
    ``append``s a batch atomically; ``settings()``/``set_setting()``). :class:`JsonStore` (this
    format) is the one implementation. Events are typed values (:mod:`casualty_cli.store.events`).

Errors
    A manifest that is not JSON, lacks the format tag, is of a newer schema, or commits more bytes than
    a segment holds; a directory of other files; a corrupt record: each is one ``StoreError`` line and
    the store is left exactly as it was. So is a directory whose segments hold records but which has no
    ``store.json``: without that check a writer would take it for a new store and cut the segments
    back to length zero.

Checking and repair
    :mod:`casualty_cli.store.check`: ``casualty store check`` verifies every segment against the
    manifest (lengths, line counts, every committed record, ids across segments, a full replay).
    ``casualty store repair`` writes a new manifest committing the intact records of each segment,
    after copying the folder to ``<name>.backup-<UTC time>``; it never changes a segment, and refuses
    when the records do not make a consistent store.

Migrations
    :data:`~casualty_cli.store.files.MIGRATIONS` is an ordered list of named functions (``m001_initial``,
    ``m002_settings``, ``m003_sqlite_index``: the JSON index of versions 1-2 gives way to
    ``index.sqlite``). Opening a store older than :data:`SCHEMA_VERSION` applies the missing ones under
    the lock and rewrites the manifest; the segments are never touched. ``tests/fixtures/store-v2`` is
    a store written by version 2, and the tests open and migrate it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from casualty_cli.errors import StoreError, UsageError
from casualty_cli.history import StoredStatement, parse_rule
from casualty_cli.store import files
from casualty_cli.store.backend import StoreBackend, StoreView, StoreWriter
from casualty_cli.store.files import (
    EVENTS,
    MANIFEST,
    REPORTS,
    SCHEMA_VERSION,
    SEGMENTS,
    STATEMENTS,
    Raw,
    default_store_path,
    resolve_store_path,
)
from casualty_cli.store.index import Index
from casualty_cli.store.state import IncidentRecord, ReportRecord, StoreState

if TYPE_CHECKING:
    from casualty_cli.store.check import CheckResult, RepairResult


@dataclass(slots=True)
class Batch:
    """Records one commit appends, in segment order. Applying them is the same replay a reader does."""

    reports: list[Raw] = field(default_factory=list)
    statements: list[Raw] = field(default_factory=list)
    events: list[Raw] = field(default_factory=list)
    #: each segment's records encoded so far (the first ones: records are only ever added at the end)
    lines: dict[str, list[bytes]] = field(default_factory=dict, compare=False, repr=False)

    def __bool__(self) -> bool:
        return bool(self.reports or self.statements or self.events)

    def _segments(self) -> tuple[tuple[str, list[Raw]], ...]:
        return ((REPORTS, self.reports), (STATEMENTS, self.statements), (EVENTS, self.events))

    def encoded(self) -> dict[str, list[bytes]]:
        """Each segment's records as JSON Lines. A record is encoded once: asked again (the pipeline
        checks each report's records, the commit writes the batch), only records added since are."""
        for name, records in self._segments():
            done = self.lines.setdefault(name, [])
            done.extend(files.encode_line(r) for r in records[len(done) :])
        return dict(self.lines)

    def add(self, other: Batch) -> None:
        """Append ``other``'s records; their lines too, when both batches have every record encoded."""
        both = all(len(b.lines.get(name, ())) == len(records) for b in (self, other) for name, records in b._segments())
        for (name, records), (_, more) in zip(self._segments(), other._segments(), strict=True):
            records += more
            if both:
                self.lines.setdefault(name, []).extend(other.lines[name])
        if not both:
            self.lines.clear()  # encoded afresh when asked


def apply_batch(path: Path, state: StoreState, encoded: dict[str, list[bytes]], batch: Batch) -> None:
    """Replay a batch onto ``state`` as if it had been read from the segments after ``state.covers``."""
    offset = state.covers[STATEMENTS]
    for rec in batch.reports:
        state.apply_report(rec)
    for rec, line in zip(batch.statements, encoded[STATEMENTS], strict=True):
        state.apply_statement(rec, offset, len(line))
        offset += len(line)
    for rec in batch.events:
        state.apply_event(rec)
    for name in SEGMENTS:
        state.covers[name] += sum(len(line) for line in encoded[name])
    state.refresh(path)


class JsonStore:
    """The embedded store: one directory of JSON Lines segments and its SQLite index. Implements
    :class:`~casualty_cli.store.backend.StoreBackend`. Reading never writes the record; writing happens
    inside :meth:`writing`."""

    def __init__(self, path: Path, given: str | None = None) -> None:
        self.path = path
        #: who named the path (``--store``, ``CASUALTY_STORE``); None for the default location
        self.given = given

    @classmethod
    def at(cls, option: str | None = None, *, create: bool = False) -> JsonStore:
        """The store that ``--store``, ``$CASUALTY_STORE`` or the default names. Only a command that
        creates a store (ingest, ``create=True``) may name a path that does not exist yet."""
        return cls(resolve_store_path(option), None if create else files.store_origin(option))

    def manifest(self) -> Raw | None:
        """The manifest as stored, or None for a store not created yet (only where that is allowed)."""
        raw = files.read_manifest(self.path)
        if raw is None:
            files.require_given(self.path, self.given)
        return raw

    @property
    def where(self) -> str:
        return str(self.path)

    def read(self) -> StoreState:
        return self.load()

    def settings(self) -> Raw:
        """The store's settings (the defaults for a store not created yet)."""
        raw = self.manifest()
        return dict((raw or {}).get("settings") or {"toll_rule": "latest"})

    def set_setting(self, key: str, value: str) -> Raw:
        """Set one setting in the manifest (the commit point, as for any write): ``toll_rule``, after
        which every cached toll is made again under the new rule."""
        if key != "toll_rule":
            raise StoreError(f"unknown setting {key!r}")
        try:
            rule = parse_rule(value)
        except ValueError as err:
            raise UsageError(f"toll_rule: {err}") from None
        self.manifest()  # a store someone named must exist
        with self.writing() as writer:
            writer.raw.setdefault("settings", {})["toll_rule"] = rule
            writer.raw["updated"] = files.now_utc()
            try:
                files.write_manifest(self.path, writer.raw)
            except OSError as err:
                raise StoreError(f"cannot write store at {self.path}: {err.strerror or err}") from None
            state = writer.state
            state.rule = rule
            state.dirty.update(state.incidents)
            state.refresh(self.path)
            writer.write_index()
        return dict(writer.raw["settings"])

    def check(self) -> CheckResult:
        """Segments against the manifest: lengths, line counts, every record, ids, a full replay."""
        from casualty_cli.store.check import check_store

        return check_store(self.path)

    def repair(self) -> RepairResult:
        """Rebuild the manifest from the intact records, after copying the folder aside."""
        from casualty_cli.store.check import repair_store

        return repair_store(self.path)

    def load(self) -> StoreState:
        """The committed state. An older store is migrated first (under the lock).

        When the index is unusable the state is replayed from the segments, and the index is rebuilt
        then and there if no writer holds the lock (else the next writer rebuilds it).
        """
        raw = self.manifest()
        if raw is None:
            return StoreState(path=self.path)  # nothing yet: a dry run replays into it in memory
        if raw["schema_version"] < SCHEMA_VERSION:
            with self.writing():
                pass
            return self.load()
        state = self._state(raw, readonly=True)
        if state.index is None:
            try:
                with self.writing(state, timeout=0):
                    pass
            except (StoreError, OSError):
                return state  # a writer holds the lock (or the folder is read-only): read as it is
            raw = files.read_manifest(self.path) or raw
            state = self._state(raw, readonly=True)
        return state

    def _state(self, raw: Raw, readonly: bool) -> StoreState:
        lengths = files.committed(raw)
        files.check_segment_sizes(self.path, lengths)
        rule = str((raw.get("settings") or {}).get("toll_rule", "latest"))
        try:
            parse_rule(rule)
        except ValueError as err:  # a hand-edited manifest: refuse before anything is read or written
            raise StoreError(f"{self.path / MANIFEST}: settings.toll_rule: {err}") from None
        store_id = str(raw.get("store_id"))
        index = Index.open(self.path, store_id, readonly)
        state = StoreState.over(index) if index is not None else None
        if state is not None and index is not None and any(state.covers[n] > lengths[n] for n in SEGMENTS):
            # The index was written by a commit newer than the manifest we read: read it again.
            fresh = files.read_manifest(self.path)
            if fresh is not None and fresh.get("store_id") == store_id:
                raw, lengths = fresh, files.committed(fresh)
                files.check_segment_sizes(self.path, lengths)
            if any(state.covers[n] > lengths[n] for n in SEGMENTS):
                state = None
        if state is None:
            if index is not None:
                index.close()
            state = StoreState()
        state.store_id, state.path = store_id, self.path
        # Summaries cached under another rule (a hand-edited manifest) are made again as they are read.
        state.rule = rule
        try:
            state.replay(self.path, lengths)
            state.refresh(self.path)
        except sqlite3.Error as err:  # the index went bad under us: read the record instead
            if state.index is None:
                raise
            state.index.close()
            raise StoreError(f"{self.path / files.INDEX} is damaged ({err}); run the command again") from None
        return state

    def entries(self, state: StoreState, incident: IncidentRecord) -> list[StoredStatement]:
        """Every statement attached to ``incident``, with its report's source and dates."""
        return state.stored(self.path, incident.statements)

    @contextmanager
    def writing(self, known: StoreState | None = None, timeout: float | None = None) -> Iterator[Writer]:
        """Hold the writers' lock; create or migrate the store; yield a writer on the current state.

        ``known`` is a state loaded before the lock was taken: reused if nothing was committed since.
        The index is brought up to date (or rebuilt) before the writer is handed out.
        """
        files.check_directory(self.path)
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"cannot create store at {self.path}: {err.strerror or err}") from None
        with files.Lock(self.path, timeout):
            raw = files.read_manifest(self.path)
            try:
                if raw is None or raw["schema_version"] < SCHEMA_VERSION:
                    raw = files.migrate(self.path, raw or {})
                    files.write_manifest(self.path, raw)
            except OSError as err:
                raise StoreError(f"cannot write store at {self.path}: {err.strerror or err}") from None
            state = known if known is not None and self._still(known, raw) else self._state(raw, readonly=False)
            writer = Writer(self, raw, state)
            writer.catch_up()
            try:
                yield writer
            finally:
                # The state stays readable after the lock is let go: its index is opened again,
                # read-only, on what it wrote (closing the writer's connection checkpoints the WAL).
                # A later writing(known=state) reopens it for writing if nothing was committed since.
                if writer.state.index is not None:
                    with contextlib.suppress(sqlite3.Error):
                        writer.state.index.reopen(readonly=True)

    def _still(self, known: StoreState, raw: Raw) -> bool:
        """Whether ``known`` is still the committed state; if so its index is reopened for writing."""
        if known.store_id != raw.get("store_id") or known.covers != files.committed(raw) or known.dirty:
            return False
        if known.index is None:  # replayed whole from the segments: everything is in memory
            return known.replayed_whole()
        covers = known.index.covers()
        try:
            known.index.reopen(readonly=False)
        except sqlite3.Error:
            return False
        return known.index.covers() == covers


class Writer:
    """The writers' lock held (:class:`~casualty_cli.store.backend.StoreWriter`)."""

    def __init__(self, store: JsonStore, raw: Raw, state: StoreState) -> None:
        self.store = store
        self.raw = raw
        self.state = state

    @property
    def view(self) -> StoreState:
        return self.state

    def append(self, batch: Batch) -> None:
        self.commit(batch)

    def commit(self, batch: Batch) -> None:
        """Append ``batch`` and commit it; on return it is durable and ``self.state`` includes it."""
        if not batch:
            return
        path = self.store.path
        encoded = batch.encoded()
        lengths = files.committed(self.raw)
        if lengths != self.state.covers:
            raise StoreError("internal: store state does not match its manifest")
        # Replay in memory first: a record the reader could not apply is never written.
        apply_batch(path, self.state, encoded, batch)
        try:
            new_lengths = files.append_segments(path, lengths, {n: b"".join(encoded[n]) for n in SEGMENTS})
            for name in SEGMENTS:
                seg = self.raw["segments"][name]
                seg["bytes"] = new_lengths[name]
                seg["lines"] = int(seg.get("lines", 0)) + len(encoded[name])
            self.raw["updated"] = files.now_utc()
            self.raw["next_event"] = self.state.next_event
            files.write_manifest(path, self.raw)  # the commit point
        except OSError as err:
            raise StoreError(f"cannot write store at {path}: {err.strerror or err}") from None
        self.write_index()

    def catch_up(self) -> None:
        """Bring the index to what the manifest commits: rebuild it when unusable, else add the tail."""
        state = self.state
        if state.index is not None:
            if state.index.covers() != state.covers:
                self.write_index()
            return
        try:
            state.index = Index.create(self.store.path, state.store_id)
        except (sqlite3.Error, OSError):
            return  # only a cache: readers replay the segments instead
        self.write_index()
        # From here on the state reads from the index it just filled, holding only what it touches
        # (a replayed state holds the whole store in memory).
        fresh = StoreState.over(state.index) if state.index.covers() == state.covers else None
        if fresh is not None:
            fresh.store_id, fresh.path, fresh.rule = state.store_id, state.path, state.rule
            self.state = fresh

    def write_index(self) -> None:
        """Write what the last commit changed into the index (after the manifest: it is only a cache)."""
        index = self.state.index
        if index is None:
            return
        from casualty_cli.store.review import listing  # the views build on this module

        try:
            self.state.flush(index, listing)
        except (sqlite3.Error, OSError):
            # The index stays behind the manifest: readers replay the rest, the next writer catches up.
            with contextlib.suppress(sqlite3.Error):
                index.conn.execute("ROLLBACK")
                index.conn.execute("BEGIN")


#: The embedded store's old name, kept for callers that build one from a path.
Store = JsonStore


def open_store(option: str | None = None, *, create: bool = False) -> StoreBackend:
    """The store commands use: ``--store PATH``, else ``$CASUALTY_STORE``, else the user data dir.
    Only a command that creates a store (ingest, ``create=True``) may name one that does not exist.

    The embedded JSON store is the only backend today; this is where another would be chosen.
    """
    return JsonStore.at(option, create=create)


__all__ = [
    "SCHEMA_VERSION",
    "Batch",
    "IncidentRecord",
    "JsonStore",
    "ReportRecord",
    "Store",
    "StoreBackend",
    "StoreState",
    "StoreView",
    "StoreWriter",
    "Writer",
    "apply_batch",
    "default_store_path",
    "open_store",
    "resolve_store_path",
]
