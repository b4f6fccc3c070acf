"""The store's files on disk: paths, the manifest, migrations, segment reads and atomic appends, the lock.

Nothing here knows what a report or an incident is; see :mod:`casualty_cli.store` for the format.
"""

from __future__ import annotations

import functools
import json
import math
import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from casualty_cli.errors import StoreError

FORMAT = "casualty-store"
MANIFEST = "store.json"
INDEX = "index.sqlite"
#: The index of schema versions 1 and 2 (a JSON file), removed by migration ``m003_sqlite_index``.
LEGACY_INDEX = "index.json"
LOCK = "lock"
REPORTS, STATEMENTS, EVENTS = "reports.jsonl", "statements.jsonl", "events.jsonl"
SEGMENTS = (REPORTS, STATEMENTS, EVENTS)
#: Files a store directory may hold; anything else in a directory without a manifest means "not ours".
OWN_FILES = frozenset({MANIFEST, INDEX, f"{INDEX}-wal", f"{INDEX}-shm", LEGACY_INDEX, LOCK, *SEGMENTS})
#: How long a writer waits for the lock, in seconds, unless ``$CASUALTY_LOCK_TIMEOUT`` says otherwise.
LOCK_TIMEOUT = 60.0

Raw = dict[str, Any]


def lock_timeout() -> float:
    """``$CASUALTY_LOCK_TIMEOUT`` (seconds, 0 or more), else :data:`LOCK_TIMEOUT`.

    Read when a writer needs it, not at import: a bad value is one error line for the commands that
    wait, never a crash of every command.
    """
    raw = os.environ.get("CASUALTY_LOCK_TIMEOUT", "").strip()
    if not raw:
        return LOCK_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if (not math.isfinite(value) and value != math.inf) or value < 0:
        raise StoreError(f"CASUALTY_LOCK_TIMEOUT={raw!r}: not a number of seconds")
    return value


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def default_store_path() -> Path:
    """``$CASUALTY_STORE`` if set, else ``<user data dir>/store`` (platformdirs)."""
    env = os.environ.get("CASUALTY_STORE")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("casualty")) / "store"


def resolve_store_path(option: str | None) -> Path:
    """The store directory: ``--store`` first, then ``$CASUALTY_STORE``, then the user data dir."""
    return Path(option).expanduser() if option else default_store_path()


def store_origin(option: str | None) -> str | None:
    """Who named the store directory: ``"--store"``, ``"CASUALTY_STORE"``, or None (the default place)."""
    if option:
        return "--store"
    return "CASUALTY_STORE" if os.environ.get("CASUALTY_STORE") else None


def require_given(path: Path, origin: str | None) -> None:
    """A store directory someone named must exist: a typo must not read as an empty store.

    Only the default location may be absent (nothing ingested yet).
    """
    if origin is not None and not path.exists():
        raise StoreError(
            f"no store at {path} (from {origin}); check the path (`casualty ingest` creates a store)"
        )


# --- encoding ---------------------------------------------------------------------------------------


def encode_line(obj: Raw) -> bytes:
    """One JSON Lines record. json escapes every control character, so a record is exactly one line."""
    return (json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def encode_document(obj: Raw) -> bytes:
    """Indented JSON, keys in insertion order (the order the writer builds), trailing newline."""
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` all at once: temp file in the same directory, fsync, rename."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    _fsync_dir(path.parent)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some filesystems cannot fsync a directory; the rename is still atomic
    finally:
        os.close(fd)


# --- manifest and migrations --------------------------------------------------------------------------


def _empty_segments() -> Raw:
    return {name: {"bytes": 0, "lines": 0} for name in SEGMENTS}


def m001_initial(path: Path, raw: Raw) -> Raw:
    """Version 1: a manifest with committed segment lengths, and empty segment files."""
    import uuid  # (with platform, 1-2 ms that only a new store needs)

    for name in SEGMENTS:
        (path / name).touch()
    created = now_utc()
    return {
        "format": FORMAT,
        "schema_version": 1,
        "store_id": uuid.uuid4().hex,
        "created": created,
        "updated": created,
        "segments": _empty_segments(),
        "next_event": 1,
    }


def m002_settings(path: Path, raw: Raw) -> Raw:
    """Version 2: a ``settings`` object (the toll rule) in the manifest. Segments are unchanged."""
    out = {k: v for k, v in raw.items() if k != "segments"}
    out["settings"] = {"toll_rule": "latest"}
    out["segments"] = raw["segments"]
    return out


def m003_sqlite_index(path: Path, raw: Raw) -> Raw:
    """Version 3: the derived index is a SQLite database (``index.sqlite``), queried instead of loaded;
    the JSON index of versions 1 and 2 is deleted (the next writer builds the new one). Segments and
    settings are unchanged."""
    (path / LEGACY_INDEX).unlink(missing_ok=True)
    return dict(raw)


#: Applied in order; a store at version N has had the first N applied. Append, never edit or reorder.
MIGRATIONS: list[Callable[[Path, Raw], Raw]] = [m001_initial, m002_settings, m003_sqlite_index]
SCHEMA_VERSION = len(MIGRATIONS)

_MANIFEST_ORDER = ("format", "schema_version", "store_id", "created", "updated", "settings", "next_event")


def ordered_manifest(raw: Raw) -> Raw:
    """Stable key order: the known keys first, in a fixed order, then segments, then anything else."""
    out = {k: raw[k] for k in _MANIFEST_ORDER if k in raw}
    out.update({k: v for k, v in raw.items() if k not in out and k != "segments"})
    out["segments"] = {name: raw["segments"][name] for name in SEGMENTS if name in raw["segments"]}
    return out


def migrate(path: Path, raw: Raw) -> Raw:
    version = int(raw.get("schema_version", 0))
    for step in MIGRATIONS[version:]:
        raw = step(path, raw)
        raw["schema_version"] = MIGRATIONS.index(step) + 1
    return raw


def check_directory(path: Path) -> None:
    """Refuse a store path that is a file, a directory of someone else's files, or a store without its
    manifest (segments with records but no ``store.json``: a writer would start them again from zero)."""
    if path.exists() and not path.is_dir():
        raise StoreError(f"store path {path} is a file, not a store directory")
    if path.is_dir() and not (path / MANIFEST).exists():
        foreign = sorted(
            p.name for p in path.iterdir() if p.name not in OWN_FILES and not p.name.endswith(".tmp")
        )
        if foreign:
            shown = ", ".join(foreign[:3]) + (", …" if len(foreign) > 3 else "")
            raise StoreError(f"{path} is not a casualty store (no {MANIFEST}; it holds {shown})")
        held = orphan_segments(path)
        if held:
            raise StoreError(
                f"{path} holds store records ({held}) but no {MANIFEST}; nothing was changed."
                f" See `casualty store check --store {path}`; `casualty store repair --store {path}`"
                " rebuilds the manifest after a backup copy"
            )


def orphan_segments(path: Path) -> str:
    """What the segments of a manifest-less directory hold ("reports.jsonl 3 lines, ..."), or ""."""
    held = []
    for name in SEGMENTS:
        try:
            with open(path / name, "rb") as f:
                lines = sum(chunk.count(b"\n") for chunk in iter(functools.partial(f.read, 1 << 20), b""))
                size = f.tell()
        except FileNotFoundError:
            continue
        except OSError as err:
            held.append(f"{name} unreadable: {err.strerror or err}")
            continue
        if size:
            held.append(f"{name} {lines} lines")
    return ", ".join(held)


def read_manifest(path: Path) -> Raw | None:
    """The manifest as stored (not yet migrated), or None when no store exists there yet."""
    check_directory(path)
    return load_manifest(path)


def load_manifest(path: Path) -> Raw | None:
    """The manifest, checked for what every reader needs; None when there is no ``store.json``."""
    file = path / MANIFEST
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as err:
        raise StoreError(f"cannot read {file}: {err.strerror or err}") from None
    try:
        raw = json.loads(data)
    except (ValueError, UnicodeDecodeError) as err:
        raise StoreError(f"{file} is corrupt ({err}); the store was left untouched") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise StoreError(f'{file} is not a casualty store manifest (no "format": "{FORMAT}")')
    version = raw.get("schema_version")
    if not isinstance(version, int) or version < 1:
        raise StoreError(f"{file} has no valid schema_version; the store was left untouched")
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{file} is schema version {version}, newer than this casualty reads ({SCHEMA_VERSION}); upgrade casualty"
        )
    segments = raw.get("segments")
    if not isinstance(segments, dict) or any(
        not isinstance(segments.get(n), dict) or not isinstance(segments[n].get("bytes"), int)
        for n in SEGMENTS
    ):
        raise StoreError(f"{file} is corrupt (segment lengths missing); the store was left untouched")
    return raw


def write_manifest(path: Path, raw: Raw) -> None:
    write_atomic(path / MANIFEST, encode_document(ordered_manifest(raw)))


# --- segments -------------------------------------------------------------------------------------------


def committed(raw: Raw) -> dict[str, int]:
    return {name: int(raw["segments"][name]["bytes"]) for name in SEGMENTS}


def read_segment(path: Path, name: str, start: int, end: int) -> bytes:
    """Bytes ``start..end`` of a segment; an uncommitted (possibly torn) tail beyond ``end`` is ignored."""
    file = path / name
    try:
        with open(file, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size < end:
                raise StoreError(
                    f"{file} is truncated ({size} bytes, the manifest commits {end}); the store was left untouched"
                )
            f.seek(start)
            return f.read(end - start)
    except FileNotFoundError:
        if end == 0:
            return b""
        raise StoreError(f"{file} is missing; the store was left untouched") from None
    except OSError as err:
        raise StoreError(f"cannot read {file}: {err.strerror or err}") from None


def check_segment_sizes(path: Path, lengths: dict[str, int]) -> None:
    for name, end in lengths.items():
        try:
            size = (path / name).stat().st_size
        except FileNotFoundError:
            if end == 0:
                continue
            raise StoreError(f"{path / name} is missing; the store was left untouched") from None
        if size < end:
            raise StoreError(
                f"{path / name} is truncated ({size} bytes, the manifest commits {end}); the store was left untouched"
            )


def iter_records(name: str, data: bytes, base: int) -> Iterator[tuple[int, int, Raw]]:
    """Each record of a committed segment slice as (offset, length, object)."""
    pos = 0
    # Split on b"\n" only: str.splitlines() would also break on U+2028 inside a quote.
    while pos < len(data):
        nl = data.find(b"\n", pos)
        if nl < 0:
            raise StoreError(f"{name} is corrupt at byte {base + pos} (unterminated record)")
        try:
            obj = json.loads(data[pos:nl])
        except (ValueError, UnicodeDecodeError):
            raise StoreError(f"{name} is corrupt at byte {base + pos} (not a JSON record)") from None
        if not isinstance(obj, dict):
            raise StoreError(f"{name} is corrupt at byte {base + pos} (not a JSON object)")
        yield base + pos, nl + 1 - pos, obj
        pos = nl + 1


def read_record(path: Path, name: str, offset: int, length: int) -> Raw:
    data = read_segment(path, name, offset, offset + length)
    for _, _, obj in iter_records(name, data, offset):
        return obj
    raise StoreError(f"{path / name} has no record at byte {offset}")


def append_segments(path: Path, lengths: dict[str, int], new: dict[str, bytes]) -> dict[str, int]:
    """Append whole records after the committed length of each segment; return the new lengths.

    Bytes past the committed length are a torn write of a crashed writer: they are cut off first.
    Each segment gets one write and one fsync. Nothing is committed until the manifest is replaced.
    """
    out = dict(lengths)
    for name, data in new.items():
        if not data:
            continue
        file = path / name
        with open(file, "r+b" if file.exists() else "w+b") as f:
            f.truncate(lengths[name])
            f.seek(lengths[name])
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        out[name] = lengths[name] + len(data)
    return out


class Lock:
    """The writers' lock (a lock file in the store directory); readers never take it."""

    def __init__(self, path: Path, timeout: float | None = None) -> None:
        from filelock import FileLock

        self.path = path
        self.timeout = lock_timeout() if timeout is None else timeout
        self._lock = FileLock(str(path / LOCK), timeout=self.timeout)

    def __enter__(self) -> Lock:
        from filelock import Timeout

        try:
            self._lock.acquire()
        except Timeout:
            raise StoreError(
                f"store {self.path} is locked by another casualty process (waited {self.timeout:g} s)"
            ) from None
        except OSError as err:  # a read-only or unreadable store: the lock file cannot be opened
            raise StoreError(f"cannot write store at {self.path}: {err.strerror or err}") from None
        return self

    def __exit__(self, *exc: object) -> None:
        self._lock.release()
