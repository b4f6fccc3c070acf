"""``casualty store check`` and ``casualty store repair``: verify a store's files, rebuild a lost manifest.

Check reads every segment up to its committed length (the whole file when there is no manifest) and
reports, per segment, how many records are intact, whether the manifest's lengths and line counts
hold, whether every record parses, and whether the ids agree across segments (a statement's report
exists, events count up, replay succeeds). Bytes past a committed length are an interrupted write,
harmless (the next writer cuts them), and reported as a note, not as damage.

Repair rebuilds ``store.json`` so that it commits the intact records of each segment. It is refused
when that would guess or hide a loss: a damaged record with records after it, records whose
references do not resolve, a report whose statements are not all there or that is in no incident
though it states a casualty figure, or committed records that are gone (a manifest that can still be
read commits them: that is a restore from a backup, not a repair). Before it writes anything it copies the folder
to a sibling ``<name>.backup-<UTC time>``; the segments themselves are never changed.
"""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casualty_cli.errors import CasualtyError, StoreError
from casualty_cli.store import files
from casualty_cli.store.files import EVENTS, LOCK, MANIFEST, REPORTS, SEGMENTS, STATEMENTS, Raw


@dataclass(slots=True)
class SegmentScan:
    """What one segment file holds, read up to ``limit`` bytes."""

    name: str
    size: int | None  # None: the file is missing
    limit: int
    records: int = 0
    intact: int = 0  # bytes of whole, parseable records from the start
    bad_at: int | None = None  # offset of the first record that is not a JSON object
    bad_why: str = ""
    rest: int = 0  # bytes after the bad record (0: the bad record is an unterminated tail)
    committed_lines: int | None = None

    def to_dict(self) -> Raw:
        return {
            "segment": self.name,
            "bytes": self.size,
            "committed": self.limit if self.committed_lines is not None else None,
            "records": self.records,
            "intact_bytes": self.intact,
            "damaged_at": self.bad_at,
        }


@dataclass(slots=True)
class CheckResult:
    path: Path
    manifest: Raw | None
    manifest_problem: str | None
    scans: list[SegmentScan] = field(default_factory=list)
    damage: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.damage

    def to_dict(self) -> Raw:
        return {
            "store": str(self.path),
            "ok": self.ok,
            "manifest": "ok" if self.manifest is not None else self.manifest_problem,
            "segments": [s.to_dict() for s in self.scans],
            "damage": self.damage,
            "notes": self.notes,
        }


def scan_segment(path: Path, name: str, limit: int | None, visit: Callable[[Raw], None]) -> SegmentScan:
    """Read ``name`` up to ``limit`` bytes (None: all of it), calling ``visit`` on each intact record."""
    file = path / name
    try:
        size = file.stat().st_size
    except FileNotFoundError:
        return SegmentScan(name, None, limit or 0)
    except OSError as err:
        raise StoreError(f"cannot read {file}: {err.strerror or err}") from None
    end = size if limit is None else min(limit, size)
    scan = SegmentScan(name, size, size if limit is None else limit)
    try:
        with open(file, "rb") as f:
            pos = 0
            while pos < end:
                line = f.readline(end - pos)
                why = ""
                if not line.endswith(b"\n"):
                    why = "unterminated record"
                else:
                    try:
                        obj = json.loads(line)
                    except (ValueError, UnicodeDecodeError):
                        why = "not a JSON record"
                    else:
                        if not isinstance(obj, dict):
                            why = "not a JSON object"
                if why:
                    scan.bad_at, scan.bad_why = pos, why
                    scan.rest = end - pos - len(line)
                    break
                visit(obj)
                scan.records += 1
                pos += len(line)
                scan.intact = pos
    except OSError as err:
        raise StoreError(f"cannot read {file}: {err.strerror or err}") from None
    return scan


@dataclass(slots=True)
class _Ids:
    """The ids each segment holds, and the references between them."""

    reports: dict[str, int] = field(default_factory=dict)  # key -> statements the report lists
    hashes: set[str] = field(default_factory=set)
    statements: dict[str, str] = field(default_factory=dict)  # id -> report key
    events: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: reports with a statement of a figure other than zero (ingest attaches each to an incident)
    counted: set[str] = field(default_factory=set)
    #: reports an ``attach`` event names
    attached: set[str] = field(default_factory=set)

    def report(self, rec: Raw) -> None:
        key, digest = rec.get("key"), rec.get("hash")
        if not isinstance(key, str) or not isinstance(digest, str):
            self.problems.append(f"{REPORTS}: a record has no key or hash")
            return
        if key in self.reports or digest in self.hashes:
            self.problems.append(f"{REPORTS}: report {key} is recorded twice")
        self.reports[key] = int(rec.get("statements") or 0)
        self.hashes.add(digest)

    def statement(self, rec: Raw) -> None:
        sid, report = rec.get("id"), rec.get("report")
        if not isinstance(sid, str) or not isinstance(report, str):
            self.problems.append(f"{STATEMENTS}: a record has no id or report")
            return
        if sid in self.statements:
            self.problems.append(f"{STATEMENTS}: statement {sid} is recorded twice")
        if report not in self.reports:
            self.problems.append(f"{STATEMENTS}: statement {sid} names report {report}, which is not stored")
        self.statements[sid] = report
        if rec.get("high") != 0:
            self.counted.add(report)

    def event(self, rec: Raw) -> None:
        eid = rec.get("id")
        if not isinstance(eid, int):
            self.problems.append(f"{EVENTS}: a record has no id")
            return
        if self.events and eid <= self.events[-1]:
            self.problems.append(f"{EVENTS}: event {eid} comes after event {self.events[-1]}")
        self.events.append(eid)
        if rec.get("type") == "attach" and isinstance(rec.get("report"), str):
            self.attached.add(rec["report"])

    def cross_check(self) -> None:
        held: dict[str, int] = {}
        for report in self.statements.values():
            held[report] = held.get(report, 0) + 1
        for key, listed in self.reports.items():
            if held.get(key, 0) != listed:
                self.problems.append(
                    f"report {key} lists {listed} statements and {held.get(key, 0)} are stored"
                    " (an interrupted ingest?)"
                )


def _manifest(path: Path) -> tuple[Raw | None, str | None]:
    try:
        raw = files.load_manifest(path)
    except StoreError as err:
        return None, str(err)
    return (raw, None) if raw is not None else (None, "missing")


def _scan_all(path: Path, raw: Raw | None) -> tuple[list[SegmentScan], _Ids]:
    ids = _Ids()
    visits = {REPORTS: ids.report, STATEMENTS: ids.statement, EVENTS: ids.event}
    lengths = files.committed(raw) if raw is not None else None
    scans = [
        scan_segment(path, name, None if lengths is None else lengths[name], visits[name])
        for name in SEGMENTS
    ]
    if raw is not None:
        for scan in scans:
            scan.committed_lines = int(raw["segments"][scan.name].get("lines", scan.records))
    ids.cross_check()
    return scans, ids


def _replay_problem(path: Path, lengths: dict[str, int]) -> str | None:
    """Replay the records as a reader would; the first thing it cannot apply, or None."""
    from casualty_cli.store.state import StoreState

    try:
        state = StoreState()
        state.replay(path, lengths)
        state.refresh(path)
    except CasualtyError as err:
        return str(err)
    except (KeyError, TypeError, ValueError, IndexError) as err:
        return f"replay failed: {err!r}"
    return None


def check_store(path: Path) -> CheckResult:
    """Verify every segment against the manifest (or, without one, against itself)."""
    if not path.is_dir():
        files.check_directory(path)  # a file: says so
        raise StoreError(f"no store at {path}")
    raw, problem = _manifest(path)
    result = CheckResult(path, raw, problem)
    if raw is None and not any((path / n).exists() for n in SEGMENTS):
        raise StoreError(f"{path} is not a casualty store (no {MANIFEST}, no segments)")
    if raw is None:
        result.damage.append(f"{MANIFEST}: {problem}")
    result.scans, ids = _scan_all(path, raw)
    for scan in result.scans:
        result.damage.extend(_segment_damage(scan, committed=raw is not None))
        if scan.size is not None and raw is not None and scan.size > scan.limit:
            result.notes.append(
                f"{scan.name}: {scan.size - scan.limit} bytes past the committed length"
                " (an interrupted write; the next ingest cuts them)"
            )
    result.damage.extend(ids.problems)
    if raw is not None and ids.events and int(raw.get("next_event", 0)) <= ids.events[-1]:
        result.damage.append(
            f"{MANIFEST}: next_event {raw.get('next_event')} is not past event {ids.events[-1]}"
        )
    if result.ok and raw is not None:
        replayed = _replay_problem(path, files.committed(raw))
        if replayed:
            result.damage.append(replayed)
    return result


def _segment_damage(scan: SegmentScan, *, committed: bool) -> list[str]:
    out = []
    if scan.size is None:
        if scan.limit:
            out.append(f"{scan.name}: missing (the manifest commits {scan.limit} bytes)")
        return out
    if committed and scan.size < scan.limit:
        out.append(f"{scan.name}: truncated ({scan.size} bytes, the manifest commits {scan.limit})")
    if scan.bad_at is not None and (committed or scan.rest or scan.bad_why != "unterminated record"):
        out.append(f"{scan.name}: {scan.bad_why} at byte {scan.bad_at}")
    elif scan.committed_lines is not None and scan.bad_at is None and scan.committed_lines != scan.records:
        out.append(f"{scan.name}: {scan.records} records, the manifest counts {scan.committed_lines}")
    return out


@dataclass(slots=True)
class RepairResult:
    path: Path
    repaired: bool
    backup: Path | None = None
    committed: dict[str, int] = field(default_factory=dict)  # records per segment now committed
    dropped: list[str] = field(default_factory=list)  # what the new manifest leaves out
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """A repair that returns leaves a sound store (it refuses otherwise)."""
        return True

    def to_dict(self) -> Raw:
        return {
            "store": str(self.path),
            "repaired": self.repaired,
            "backup": str(self.backup) if self.backup else None,
            "records": self.committed,
            "left_out": self.dropped,
            "notes": self.notes,
        }


def repair_store(path: Path) -> RepairResult:
    """Rebuild the manifest from the intact records of each segment, after a backup copy of the folder.

    Refused (``StoreError``, nothing written) when the store is intact, or when the intact records do
    not make a consistent store.
    """
    found = check_store(path)
    if found.ok:
        return RepairResult(path, repaired=False, notes=["the store is intact; nothing to repair"])
    with files.Lock(path):
        raw, _ = _manifest(path)
        # With a manifest, what it commits (bytes past it were never committed); without, whole files.
        scans, ids = _scan_all(path, raw)
        dropped = _refuse_unless_safe(path, raw, scans, ids)
        lengths = {s.name: s.intact for s in scans}
        replayed = _replay_problem(path, lengths)
        if replayed:
            raise StoreError(f"cannot repair {path}: {replayed}; nothing was changed")
        backup = backup_copy(path)
        kept = _index_rule(path) if raw is None else None  # (read before the index is rebuilt)
        manifest = _rebuilt_manifest(raw, scans, ids, kept)
        try:
            files.write_manifest(path, manifest)
        except OSError as err:
            raise StoreError(f"cannot write {path / MANIFEST}: {err.strerror or err}") from None
    result = RepairResult(path, True, backup, {s.name: s.records for s in scans}, dropped)
    if raw is None:
        result.notes.append(
            f'settings were lost with the manifest; toll_rule "{kept}" was read from the index'
            if kept is not None
            else 'settings were lost with the manifest; toll_rule is "latest" again'
        )
    return result


def _index_rule(path: Path) -> str | None:
    """The toll rule the index was built under, when the index can be read and holds a valid one: the
    one trace of the settings a lost manifest leaves (the segments do not hold them)."""
    import sqlite3

    from casualty_cli.history import parse_rule

    index = path / files.INDEX
    if not index.is_file():
        return None
    try:
        with sqlite3.connect(f"{index.as_uri()}?mode=ro", uri=True) as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'rule'").fetchone()
        return parse_rule(str(row[0])) if row else None
    except (sqlite3.Error, ValueError, OSError):
        return None


def _refuse_unless_safe(path: Path, raw: Raw | None, scans: list[SegmentScan], ids: _Ids) -> list[str]:
    """What the repair leaves out (torn tails); a ``StoreError`` when it would have to guess."""
    dropped = []
    for scan in scans:
        if scan.bad_at is None:
            continue
        if scan.rest:
            raise StoreError(
                f"cannot repair {path}: {scan.name} has a damaged record at byte {scan.bad_at} with"
                f" {scan.rest} bytes after it; restore it from a backup (nothing was changed)"
            )
        dropped.append(
            f"{scan.name}: {scan.bad_why} at byte {scan.bad_at} ({(scan.size or 0) - scan.bad_at} bytes)"
        )
    if raw is not None:
        for scan in scans:
            was = int(raw["segments"][scan.name].get("lines", 0))
            if scan.records < was or (scan.size or 0) < scan.limit:
                # Committed records are gone: a new manifest would only hide the loss.
                raise StoreError(
                    f"cannot repair {path}: {scan.name} has lost committed records ({scan.records} of {was}"
                    " intact); restore it from a backup (nothing was changed)"
                )
    if ids.problems:
        raise StoreError(f"cannot repair {path}: {ids.problems[0]}; nothing was changed")
    unattached = sorted(ids.counted - ids.attached)
    if unattached:
        raise StoreError(
            f"cannot repair {path}: report {unattached[0]} has casualty statements but is in no incident"
            f" ({EVENTS} looks cut short); restore it from a backup (nothing was changed)"
        )
    return dropped


def _rebuilt_manifest(old: Raw | None, scans: list[SegmentScan], ids: _Ids, kept_rule: str | None) -> Raw:
    now = files.now_utc()
    settings: Any = (old or {}).get("settings")
    if old is None and kept_rule is not None:
        settings = {"toll_rule": kept_rule}  # the manifest is gone: the index kept the rule it was built under
    return {
        "format": files.FORMAT,
        "schema_version": files.SCHEMA_VERSION,
        "store_id": uuid.uuid4().hex,  # a new id: the index of the old manifest is rebuilt
        "created": (old or {}).get("created") or now,
        "updated": now,
        "settings": settings if isinstance(settings, dict) else {"toll_rule": "latest"},
        "next_event": (ids.events[-1] + 1) if ids.events else 1,
        "segments": {s.name: {"bytes": s.intact, "lines": s.records} for s in scans},
    }


def backup_copy(path: Path) -> Path:
    """Copy the store folder to a sibling ``<name>.backup-<UTC time>`` (never over an existing one)."""
    stamp = files.now_utc().replace(":", "").replace("-", "")
    dest = path.with_name(f"{path.name}.backup-{stamp}")
    n = 1
    while dest.exists():
        n += 1
        dest = path.with_name(f"{path.name}.backup-{stamp}-{n}")
    try:
        shutil.copytree(path, dest, ignore=shutil.ignore_patterns(LOCK, ".*.tmp"))
    except OSError as err:
        shutil.rmtree(dest, ignore_errors=True)
        raise StoreError(f"cannot back up {path} to {dest} ({err}); nothing was changed") from None
    return dest
