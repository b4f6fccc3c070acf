"""The store as a contract: format, idempotence, append-only history, migrations, crash safety, locking.

Extraction and grouping are replaced by small stand-ins here (``[incident X]`` tags and ``N killed``
phrases), so these tests prove the store alone, whatever the real rules do.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from casualty_cli import grouping, stories
from casualty_cli.errors import InputError, NotFoundError, StoreError
from casualty_cli.model import Document, Statement
from casualty_cli.store import SCHEMA_VERSION, Store, files
from casualty_cli.store.index import remove as remove_index
from casualty_cli.store.ingest import content_hash, ingest

# --- stand-ins for extraction and grouping ---------------------------------------------------------

_FIGURE = re.compile(r"(?P<n>\d+) (?:people )?(?:were )?(?P<outcome>killed|injured|missing)")
_TAG = re.compile(r"\[incident (?P<tag>\w+)\]")


def fake_extract(doc: Document) -> list[Statement]:
    if "EXPLODE" in doc.text:
        raise RuntimeError("extractor bug")
    out = []
    for m in _FIGURE.finditer(doc.text):
        n = int(m["n"])
        out.append(
            Statement(
                doc=doc.id,
                outcome=m["outcome"],  # type: ignore[arg-type]
                best=n,
                low=n,
                high=n,
                qualifier="exact",
                start=m.start(),
                end=m.end(),
                quote=m.group(0),
                event_date=date(2016, 2, 15),
            )
        )
    return out


class ListIndex:
    def __init__(self, incidents: Iterable[tuple[str, dict[str, Any]]] = ()) -> None:
        self.sigs = dict(incidents)

    def put(self, incident_id: str, sig: dict[str, Any]) -> None:
        self.sigs[incident_id] = sig

    def remove(self, incident_id: str) -> None:
        self.sigs.pop(incident_id, None)


def fake_describe(doc: Document, statements: Sequence[Statement], *_: Any, **__: Any) -> dict[str, Any]:
    m = _TAG.search(doc.text)
    return {"tag": m["tag"] if m else doc.id, "reports": 1}


def fake_match(sig: dict[str, Any], index: Any) -> str | None:
    """The incident of the same tag: among all (the stand-in index), or among the candidates the
    store's own index finds (a tag-only signature has no date, so every undated incident is one)."""
    if sig["tag"] == "BADMATCH":
        raise ValueError("grouping bug")
    known = index.sigs.items() if isinstance(index, ListIndex) else index.candidates(sig)
    return next((i for i, s in known if s["tag"] == sig["tag"]), None)


def fake_merge(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    return {**old, "reports": old["reports"] + 1}


def install_fakes(target: Any) -> None:
    """Patch the grouping module (``target`` is a MonkeyPatch, or None to patch for a subprocess)."""
    import casualty_cli.store.lookup  # noqa: F401  (the store's index subclasses the real IncidentIndex)

    fakes = {
        "IncidentIndex": ListIndex,
        "describe": fake_describe,
        "match": fake_match,
        "merge": fake_merge,
        "title": lambda sig: f"incident {sig['tag']}",
    }
    for name, value in fakes.items():
        if target is None:
            setattr(grouping, name, value)
        else:
            target.setattr(grouping, name, value)
    one_event = lambda st, cues, found: [list(range(len(st)))] if st else []  # noqa: E731
    if target is None:
        stories.split_events = one_event
    else:
        target.setattr(stories, "split_events", one_event)


@pytest.fixture(autouse=True)
def _fakes(monkeypatch: pytest.MonkeyPatch) -> None:
    install_fakes(monkeypatch)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "store")


def doc(
    doc_id: str, text: str, published: str | None = "2016-02-15", source: str | None = "Wire"
) -> Document:
    return Document(
        id=doc_id, text=text, published=date.fromisoformat(published) if published else None, source=source
    )


def run(store: Store, *docs: Document | InputError, dry_run: bool = False) -> Any:
    return ingest(store, list(docs), dry_run=dry_run, extractor=fake_extract)


def snapshot(path: Path) -> dict[str, bytes]:
    """Every file of the store but the lock and the index's write-ahead log (a reader may make it)."""
    return {
        p.name: p.read_bytes()
        for p in sorted(path.iterdir())
        if p.is_file() and p.name != "lock" and not p.name.startswith(f"{files.INDEX}-")
    }


def segments(path: Path) -> dict[str, bytes]:
    return {n: (path / n).read_bytes() for n in files.SEGMENTS}


# --- format ------------------------------------------------------------------------------------------


def test_reading_a_missing_store_creates_nothing(store: Store) -> None:
    state = store.load()
    assert state.incidents == {} and not store.path.exists()


def test_first_ingest_creates_the_documented_layout(store: Store) -> None:
    run(store, doc("a", "[incident A] 7 people were killed"))
    names = {p.name for p in store.path.iterdir()}
    assert {"store.json", "reports.jsonl", "statements.jsonl", "events.jsonl", "index.sqlite"} <= names
    text = (store.path / "store.json").read_text()
    assert text.endswith("}\n")
    manifest = json.loads(text)
    assert list(manifest) == [
        "format",
        "schema_version",
        "store_id",
        "created",
        "updated",
        "settings",
        "next_event",
        "segments",
    ]
    assert manifest["format"] == "casualty-store" and manifest["schema_version"] == SCHEMA_VERSION
    for name in files.SEGMENTS:
        data = (store.path / name).read_bytes()
        assert manifest["segments"][name] == {"bytes": len(data), "lines": data.count(b"\n")}
        assert data.endswith(b"\n")
    [report] = [json.loads(line) for line in (store.path / "reports.jsonl").read_text().splitlines()]
    assert list(report)[:6] == ["key", "hash", "doc", "source", "published", "ingested"]
    assert report["hash"] == content_hash("[incident A] 7 people were killed")
    [statement] = [json.loads(line) for line in (store.path / "statements.jsonl").read_text().splitlines()]
    assert (statement["report"], statement["best"], statement["quote"]) == (
        report["key"],
        7,
        "7 people were killed",
    )
    assert [e["type"] for e in map(json.loads, (store.path / "events.jsonl").read_text().splitlines())] == [
        "incident.create",
        "attach",
    ]


def test_ids_are_short_and_resolve_by_unique_prefix(store: Store) -> None:
    run(store, doc("a", "[incident A] 7 killed"), doc("b", "[incident B] 3 killed"))
    state = store.load()
    for iid in state.incidents:
        assert re.fullmatch(r"[0-9a-f]{7,}", iid)
        assert state.resolve(iid[:4]).id == iid
        assert state.resolve(iid.upper()).id == iid
    with pytest.raises(NotFoundError, match="no incident 'zzz'"):
        state.resolve("zzz")


def test_ambiguous_prefix_lists_the_candidates(store: Store) -> None:
    run(store, *(doc(f"d{n}", f"[incident T{n}] {n} killed") for n in range(40)))
    state = store.load()
    first = sorted(state.incidents)
    prefix = next(a[0] for a, b in itertools.pairwise(first) if a[0] == b[0])
    with pytest.raises(NotFoundError, match="ambiguous") as err:
        state.resolve(prefix)
    hits = [i for i in first if i.startswith(prefix)]
    assert all(h in str(err.value) for h in hits[:8])


# --- history and idempotence --------------------------------------------------------------------------


def test_same_report_twice_adds_nothing_whatever_its_name(store: Store) -> None:
    run(store, doc("a.txt", "[incident A] 7 killed"))
    before = segments(store.path)
    result = run(store, doc("copy-of-a.txt", "[incident A]   7 killed\n"))  # same text, other name, spacing
    assert result.duplicates and not result.ingested
    assert segments(store.path) == before


def test_revisions_are_appended_never_overwritten(store: Store) -> None:
    run(store, doc("a", "[incident A] 7 killed", "2016-02-15"))
    first = segments(store.path)
    result = run(store, doc("b", "[incident A] 11 killed", "2016-02-16"))
    after = segments(store.path)
    for name in files.SEGMENTS:
        assert after[name].startswith(first[name])
    [change] = result.revised
    assert change.before["killed"]["best"] == 7 and change.after["killed"]["best"] == 11
    state = store.load()
    [inc] = state.incidents.values()
    assert [e.statement.best for e in store.entries(state, inc)] == [7, 11]
    assert inc.summary["toll"]["killed"]["best"] == 11


def test_published_order_beats_ingest_order(store: Store) -> None:
    run(store, doc("c", "[incident A] 25 killed", "2016-02-26"))
    run(store, doc("a", "[incident A] 7 killed", "2016-02-15"))
    result = run(store, doc("b", "[incident A] 11 killed", "2016-02-16"))
    assert not result.revised  # an older report does not change the latest toll
    [inc] = store.load().incidents.values()
    assert inc.summary["toll"]["killed"] | {"as_of": None} == {
        "best": 25,
        "low": 7,
        "high": 25,
        "qualifier": "exact",
        "rule": "latest",
        "as_of": None,
        "source": "Wire",
        "revision": 3,
    }


def test_dry_run_writes_nothing_but_reports_changes(store: Store) -> None:
    run(store, doc("a", "[incident A] 7 killed"))
    before = snapshot(store.path)
    result = run(
        store,
        doc("b", "[incident A] 11 killed", "2016-02-16"),
        doc("c", "[incident C] 2 killed"),
        dry_run=True,
    )
    assert len(result.created) == 1 and len(result.revised) == 1
    assert snapshot(store.path) == before


def test_dry_run_on_a_missing_store_creates_nothing(store: Store) -> None:
    result = run(store, doc("a", "[incident A] 7 killed"), dry_run=True)
    assert len(result.created) == 1
    assert not store.path.exists()


def test_a_report_that_fails_fails_alone(store: Store) -> None:
    result = run(
        store,
        doc("good", "[incident A] 7 killed"),
        doc("bad", "[incident A] 9 killed EXPLODE"),
        InputError("missing.txt", "No such file or directory"),
        doc("bad-group", "[incident BADMATCH] 4 killed"),
        doc("good2", "[incident B] 3 killed"),
    )
    assert result.ingested == ["good", "good2"]
    assert {f[0] for f in result.failed} == {"bad", "missing.txt", "bad-group"}
    state = store.load()
    assert len(state.reports) == 2
    assert sorted(i.title for i in state.incidents.values()) == ["incident A", "incident B"]
    # a failed report can be ingested once it is fixed: it was never recorded
    assert run(store, doc("bad", "[incident A] 9 killed")).ingested == ["bad"]


def test_undated_reports_still_ingest_and_are_named(store: Store) -> None:
    result = run(store, doc("nodate", "[incident A] 7 killed", published=None))
    assert result.undated == ["nodate"] and result.ingested == ["nodate"]


# --- the index is only a cache ---------------------------------------------------------------------------


def _view(store: Store) -> Any:
    state = store.load()
    return sorted(
        (i.id, i.title, json.dumps(i.summary, sort_keys=True), i.reports) for i in state.incidents.values()
    )


def index_bytes(path: Path) -> bytes:
    """The index as one file (what its write-ahead log holds included), through SQLite's backup."""
    copy = path.parent / "index-copy.sqlite"
    copy.unlink(missing_ok=True)
    source, target = sqlite3.connect(path / files.INDEX), sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return copy.read_bytes()


def _covers(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path / files.INDEX)
    try:
        return dict(json.loads(conn.execute("SELECT value FROM meta WHERE key = 'covers'").fetchone()[0]))
    finally:
        conn.close()


def test_missing_corrupt_stale_foreign_or_ahead_index_gives_the_same_state(store: Store) -> None:
    for n in range(5):
        run(store, doc(f"d{n}", f"[incident {'AB'[n % 2]}] {n + 1} killed", f"2016-02-{15 + n}"))
    expected = _view(store)
    index = store.path / files.INDEX
    old = index_bytes(store.path)
    run(store, doc("d9", "[incident A] 40 killed", "2016-03-01"))
    expected_after = _view(store)
    assert expected != expected_after

    def damage(data: bytes) -> None:
        remove_index(store.path)
        index.write_bytes(data)

    damage(old)  # stale: the last commit's records must be replayed from the segments
    assert _view(store) == expected_after
    damage(b"{not json")
    assert _view(store) == expected_after
    remove_index(store.path)
    with files.Lock(store.path):  # a writer holds the lock: the reader replays, and builds nothing
        assert _view(store) == expected_after
        assert not index.exists()
    assert _view(store) == expected_after
    assert index.exists()  # the lock was free: the reader rebuilt the index
    other = Store(store.path.parent / "other")
    run(other, doc("x", "[incident X] 3 killed"))
    damage(index_bytes(other.path))  # another store's index
    assert _view(store) == expected_after
    # an index ahead of the manifest (the store put back to an older copy) is never trusted
    manifest = (store.path / "store.json").read_bytes()
    raw = json.loads(manifest)
    run(store, doc("d10", "[incident B] 2 killed", "2016-03-02"))
    (store.path / "store.json").write_bytes(manifest)
    for name in files.SEGMENTS:
        with open(store.path / name, "r+b") as f:
            f.truncate(raw["segments"][name]["bytes"])
    assert _view(store) == expected_after


def test_every_commit_brings_the_index_up_to_the_manifest_in_place(store: Store) -> None:
    run(store, doc("d0", "[incident A] 1 killed"))
    index = store.path / files.INDEX
    inode = index.stat().st_ino
    for n in range(1, 8):
        run(store, doc(f"d{n}", f"[incident {n % 3}] {n} killed"))
        manifest = json.loads((store.path / "store.json").read_text())
        assert _covers(store.path) == files.committed(manifest)
    assert index.stat().st_ino == inode  # updated, not rewritten: a commit costs what it adds
    state = store.load()
    assert state.index is not None and len(state.incidents) == 4  # A, 0, 1, 2


LISTINGS = [  # (filters, sort): every way `incidents` can ask
    ({}, "date"),
    ({}, "killed"),
    ({}, "updated"),
    ({"since": date(2016, 2, 17)}, "date"),
    ({"place": "INCIDENT b"}, "killed"),
    ({"search": "wire"}, "updated"),
    ({"search": "other desk"}, "date"),
    ({"search": "nothing like it"}, "date"),
    ({"contested": True}, "date"),
]


@pytest.mark.parametrize(("filters", "sort"), LISTINGS)
def test_the_index_lists_incidents_as_the_records_do(
    store: Store, filters: dict[str, Any], sort: Any
) -> None:
    """Rows ready made in the index (filtered and sorted there) equal rows made from the records,
    with a tail of records the index does not cover yet, and under another rule."""
    from casualty_cli.store.query import list_incidents
    from casualty_cli.store.review import incident_list, incident_rows

    for n in range(6):
        text = f"[incident {'ABC'[n % 3]}] {n + 3} killed"
        run(store, doc(f"d{n}", text, f"2016-02-{15 + n}", source="Wire" if n % 2 else "Other Desk"))
    run(
        store,
        doc("x1", "[incident C] 4 killed", "2016-02-17"),
        doc("x2", "[incident C] 9 killed", "2016-02-17"),
    )
    stale = index_bytes(store.path)
    run(store, doc("d9", "[incident D] 40 killed", "2016-03-01"))
    fresh = index_bytes(store.path)
    for data in (fresh, stale):
        remove_index(store.path)
        (store.path / files.INDEX).write_bytes(data)
        state = store.load()
        assert state.index is not None
        assert bool(state.incidents.pending()) == (data is stale)  # the tail: incident D
        for rule in (state.rule, "highest"):
            got = incident_list(state, sort=sort, rule=rule, **filters).rows()
            contested = filters.get("contested", False)
            found = list_incidents(state, sort=sort, **{k: v for k, v in filters.items() if k != "contested"})
            assert got == incident_rows(state, found, rule, contested)
            if not filters:
                assert len(got) == 4
            if contested:
                assert [r["title"] for r in got] == ["incident C"]


# --- migrations ---------------------------------------------------------------------------------------


def test_an_older_store_is_upgraded_on_load(store: Store) -> None:
    run(store, doc("a", "[incident A] 7 killed"))
    manifest = json.loads((store.path / "store.json").read_text())
    v1 = {k: v for k, v in manifest.items() if k != "settings"} | {"schema_version": 1}
    (store.path / "store.json").write_text(json.dumps(v1, indent=2) + "\n")
    remove_index(store.path)
    state = store.load()
    assert len(state.incidents) == 1
    upgraded = json.loads((store.path / "store.json").read_text())
    assert upgraded["schema_version"] == SCHEMA_VERSION == len(files.MIGRATIONS)
    assert upgraded["settings"] == {"toll_rule": "latest"}
    assert upgraded["segments"] == manifest["segments"]
    assert [m.__name__ for m in files.MIGRATIONS] == ["m001_initial", "m002_settings", "m003_sqlite_index"]


def test_a_newer_store_is_refused_untouched(store: Store) -> None:
    run(store, doc("a", "[incident A] 7 killed"))
    manifest = json.loads((store.path / "store.json").read_text()) | {"schema_version": SCHEMA_VERSION + 1}
    (store.path / "store.json").write_text(json.dumps(manifest))
    before = snapshot(store.path)
    with pytest.raises(StoreError, match="newer"):
        run(store, doc("b", "[incident B] 1 killed"))
    assert snapshot(store.path) == before


# --- damage: refused with one line, never overwritten ------------------------------------------------


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda p: (p / "store.json").write_text('{"format": "casualty-st'), "corrupt"),
        (lambda p: (p / "store.json").write_text('{"some": "other tool"}\n'), "not a casualty store"),
        (lambda p: (p / "store.json").write_text("[1, 2]"), "not a casualty store"),
        (
            lambda p: (p / "statements.jsonl").write_bytes((p / "statements.jsonl").read_bytes()[:-7]),
            "truncated",
        ),
        (lambda p: (p / "events.jsonl").unlink(), "missing"),
    ],
)
def test_damaged_store_is_refused_and_left_alone(store: Store, damage: Any, message: str) -> None:
    run(store, doc("a", "[incident A] 7 killed"))
    damage(store.path)
    before = snapshot(store.path)
    with pytest.raises(StoreError, match=message):
        store.load()
    with pytest.raises(StoreError, match=message):
        run(store, doc("b", "[incident B] 1 killed"))
    assert snapshot(store.path) == before


def test_corrupt_record_inside_the_committed_part_is_refused(store: Store) -> None:
    run(store, doc("a", "[incident A] 7 killed"))
    remove_index(store.path)
    events = store.path / "events.jsonl"
    data = events.read_bytes()
    events.write_bytes(b"X" + data[1:])  # same length, so only the content check can catch it
    with pytest.raises(StoreError, match=r"events.jsonl is corrupt at byte 0"):
        store.load()


def test_a_directory_of_other_files_is_not_a_store(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not a casualty store"):
        run(Store(tmp_path), doc("a", "[incident A] 7 killed"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_a_file_is_not_a_store(tmp_path: Path) -> None:
    target = tmp_path / "store.json"
    target.write_text("{}")
    with pytest.raises(StoreError, match="is a file"):
        run(Store(target), doc("a", "[incident A] 7 killed"))
    assert target.read_text() == "{}"


# --- crashes -------------------------------------------------------------------------------------------


def test_torn_tail_beyond_the_committed_length_is_ignored_then_cut(store: Store) -> None:
    run(store, doc("a", "[incident A] 7 killed"))
    expected = _view(store)
    for name in files.SEGMENTS:  # a crashed writer's half-written records
        with open(store.path / name, "ab") as f:
            f.write(b'{"id":"half-writ')
    assert _view(store) == expected
    run(store, doc("b", "[incident A] 11 killed", "2016-02-16"))
    for name in files.SEGMENTS:
        assert b"half-writ" not in (store.path / name).read_bytes()
    remove_index(store.path)
    assert store.load().incidents[expected[0][0]].summary["toll"]["killed"]["best"] == 11


def test_crash_before_the_manifest_is_replaced_leaves_the_previous_store(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(store, doc("a", "[incident A] 7 killed"))
    expected, manifest = _view(store), (store.path / "store.json").read_bytes()

    def crash(path: Path, data: bytes) -> None:
        raise KeyboardInterrupt("power cut")  # not an Exception: nothing may catch it on the way out

    monkeypatch.setattr(files, "write_atomic", crash)
    with pytest.raises(KeyboardInterrupt):
        run(store, doc("b", "[incident A] 11 killed", "2016-02-16"), doc("c", "[incident C] 1 killed"))
    monkeypatch.undo()
    install_fakes(monkeypatch)
    assert (store.path / "store.json").read_bytes() == manifest
    assert any(
        (store.path / n).stat().st_size > json.loads(manifest)["segments"][n]["bytes"] for n in files.SEGMENTS
    )
    assert _view(store) == expected  # the appended records are not committed
    result = run(store, doc("b", "[incident A] 11 killed", "2016-02-16"))
    assert result.ingested == ["b"]  # not a duplicate: it never made it in


_CHILD = textwrap.dedent(
    """
    import sys, time
    from datetime import date
    sys.path.insert(0, {tests!r})
    import test_store as t
    t.install_fakes(None)
    from casualty_cli.store import Store
    from casualty_cli.store.ingest import ingest
    store = Store(__import__("pathlib").Path({path!r}))
    for n in range({count}):
        d = t.doc(f"{prefix}-{{n}}", f"[incident {prefix}{{n % 7}}] {{n + 1}} killed {prefix}", "2016-02-15")
        ingest(store, [d], extractor=t.fake_extract)
        print(n, flush=True)
    """
)


def _child(path: Path, prefix: str, count: int) -> subprocess.Popen[str]:
    code = _CHILD.format(tests=str(Path(__file__).parent), path=str(path), prefix=prefix, count=count)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env)


def test_kill_9_mid_ingest_leaves_a_loadable_consistent_store(store: Store) -> None:
    child = _child(store.path, "k", 100_000)
    assert child.stdout is not None
    for _ in range(15):  # let some commits land, then kill it while it is writing more
        child.stdout.readline()
    time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    state = store.load()
    assert len(state.reports) >= 15
    # every committed report has its statements and its incident; the index agrees with a full replay
    for rep in state.reports.values():
        assert any(rep.key in inc.reports for inc in state.incidents.values())
    with_index = _view(store)
    remove_index(store.path)
    assert _view(store) == with_index
    result = run(store, doc("after", "[incident Z] 1 killed"))
    assert result.ingested == ["after"]


def test_two_writers_at_once_both_land(store: Store) -> None:
    a, b = _child(store.path, "a", 25), _child(store.path, "b", 25)
    assert a.wait(timeout=120) == 0 and b.wait(timeout=120) == 0
    state = store.load()
    docs = sorted(r.doc for r in state.reports.values())
    assert docs == sorted([f"a-{n}" for n in range(25)] + [f"b-{n}" for n in range(25)])
    assert len(state.incidents) == 14
    events = [json.loads(line) for line in (store.path / "events.jsonl").read_text().splitlines()]
    assert [e["id"] for e in events] == list(range(1, len(events) + 1))


def test_a_held_lock_times_out_with_one_clear_line(store: Store) -> None:
    run(store, doc("a", "[incident A] 7 killed"))
    with (
        files.Lock(store.path),
        pytest.raises(StoreError, match="locked by another casualty process"),
        files.Lock(store.path, timeout=0.1),
    ):
        pass


# --- archive-sized ingests: batches ---------------------------------------------------------------------

ARCHIVE = [
    ("a1", "[incident A] 7 killed", "2016-02-15"),
    ("b1", "[incident B] 2 killed", "2016-02-15"),
    ("a2", "[incident A] 11 killed", "2016-02-16"),
    ("c1", "[incident C] 1 killed", "2016-02-16"),
    ("b2", "[incident B] 3 killed", "2016-02-17"),
    ("a3", "[incident A] 25 killed", "2016-02-18"),
    ("d1", "[incident D] 4 killed", "2016-02-18"),
]


def _archive() -> list[Document]:
    return [doc(i, text, published) for i, text, published in ARCHIVE]


def _outcome(result: Any) -> Any:
    """What an ingest says it did, but how many commits it took."""
    return {k: v for k, v in result.to_dict().items() if k not in ("batches", "store")}


@pytest.mark.parametrize(("size", "commits"), [(1, 7), (2, 4), (3, 3), (7, 1), (500, 1)])
def test_batches_commit_the_same_store_and_say_the_same_as_one_commit(
    tmp_path: Path, size: int, commits: int
) -> None:
    one, batched = Store(tmp_path / "one"), Store(tmp_path / "batched")
    whole = ingest(one, _archive(), extractor=fake_extract)
    result = ingest(batched, _archive(), extractor=fake_extract, batch_reports=size)
    assert result.batches == commits and whole.batches == 1
    assert _view(batched) == _view(one)
    assert _outcome(result) == _outcome(whole)
    # an incident made and revised in one run is new once, with its last toll, not also "revised"
    [a] = [c for c in result.created if c.title == "incident A"]
    assert a.after["killed"]["best"] == 25 and a.reports == 3 and not result.revised
    manifest = json.loads((batched.path / "store.json").read_text())
    assert manifest["segments"]["reports.jsonl"]["lines"] == 7


def test_a_batch_is_also_cut_by_time(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import casualty_cli.store.ingest as ingest_module

    clock = itertools.count(0.0, 10.0)  # every report read takes ten seconds
    monkeypatch.setattr(ingest_module.time, "monotonic", lambda: next(clock))
    result = ingest(store, _archive(), extractor=fake_extract, batch_reports=500, batch_seconds=25)
    assert 1 < result.batches < 7


def test_an_interrupted_ingest_keeps_its_batches_and_a_rerun_skips_them(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    calls = []

    def dies_on_the_fifth(d: Document) -> list[Statement]:
        calls.append(d.id)
        if len(calls) == 5:
            raise KeyboardInterrupt  # the person pressed Ctrl-C (or the machine went down)
        return fake_extract(d)

    with pytest.raises(KeyboardInterrupt):
        ingest(store, _archive(), extractor=dies_on_the_fifth, batch_reports=2)
    assert sorted(r.doc for r in store.load().reports.values()) == ["a1", "a2", "b1", "c1"]
    rerun = ingest(store, _archive(), extractor=fake_extract, batch_reports=2)
    assert [d for d, _ in rerun.duplicates] == ["a1", "b1", "a2", "c1"]
    assert rerun.ingested == ["b2", "a3", "d1"]
    reference = Store(tmp_path / "reference")
    ingest(reference, _archive(), extractor=fake_extract)
    assert _view(store) == _view(reference)


def test_every_phase_is_told(store: Store) -> None:
    phases: list[str] = []
    ingest(store, _archive(), extractor=fake_extract, batch_reports=4, on_phase=phases.append)
    kinds = [p.split()[0] for p in phases]
    assert kinds == ["reading", "grouping", "writing", "reading", "grouping", "writing"]


def test_the_cli_batch_defaults_are_the_ingest_defaults() -> None:
    import inspect

    from casualty_cli.cli.store_cmds import ingest as ingest_command
    from casualty_cli.store import ingest as ingest_module

    params = inspect.signature(ingest_command).parameters
    assert params["batch"].default == ingest_module.BATCH_REPORTS
    assert params["batch_seconds"].default == ingest_module.BATCH_SECONDS


def test_a_reader_keeps_its_snapshot_while_a_writer_commits(store: Store) -> None:
    run(store, doc("a", "[incident A] 7 killed"))
    [before] = store.load().incidents.values()
    view = (
        store.load()
    )  # nothing read from it yet: whatever it reads after the commit comes from its snapshot
    assert view.index is not None
    run(store, doc("b", "[incident A] 11 killed", "2016-02-16"), doc("c", "[incident C] 2 killed"))
    # the open view reads the index as it was: the same incident, the same toll, no new report
    assert view.incident(before.id) is not None
    assert view.resolve(before.id).summary["toll"]["killed"]["best"] == 7
    assert view.report_key(content_hash("[incident C] 2 killed")) is None
    assert [s.statement.best for s in view.statements(view.resolve(before.id))] == [7]
    fresh = store.load()
    assert fresh.resolve(before.id).summary["toll"]["killed"]["best"] == 11
    assert len(fresh.incidents) == 2


def test_workers_ingest_as_this_process_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from casualty_cli import parallel

    monkeypatch.setattr(parallel, "PARALLEL_FROM", 0)  # workers, however small the input
    docs = [
        *_archive(),
        doc("bad", "[incident E] EXPLODE 3 killed"),
        *(doc(f"x{n}", f"[incident X{n % 5}] {n} killed") for n in range(60)),
    ]
    here, there = Store(tmp_path / "here"), Store(tmp_path / "there")
    one = ingest(here, docs, extractor=fake_extract, batch_reports=20)
    two = ingest(there, docs, extractor=fake_extract, batch_reports=20, jobs=2)
    assert _outcome(two) == _outcome(one)
    assert two.failed == [("bad", "extraction failed: RuntimeError: extractor bug")]
    assert _view(there) == _view(here)


def test_a_small_input_is_ingested_without_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Starting workers costs more than a few reports take: with ``jobs`` > 1 they stay in this process."""
    import concurrent.futures

    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool of workers was started")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    docs = [doc(f"x{n}", f"[incident X{n % 3}] {n} killed") for n in range(30)]
    here, there = Store(tmp_path / "here"), Store(tmp_path / "there")
    one = ingest(here, docs, extractor=fake_extract)
    two = ingest(there, docs, extractor=fake_extract, jobs=2)
    assert _outcome(two) == _outcome(one)
    assert _view(there) == _view(here)


def test_a_batch_encodes_each_record_once_and_its_lines_follow_it() -> None:
    """The pipeline encodes each report's records to check them; the commit reuses those lines."""
    from casualty_cli.store import Batch

    first = Batch(reports=[{"key": "a"}], statements=[{"id": "s1"}])
    first.encoded()
    first.reports[0]["key"] = "changed after encoding"  # a line, once made, is kept
    assert first.encoded()["reports.jsonl"] == [b'{"key":"a"}\n']
    whole = Batch()
    whole.add(first)
    whole.add(Batch(events=[{"id": 1}]))  # never encoded: the lines are made afresh when asked
    whole.events.append({"id": 2})
    assert whole.encoded() == {
        "reports.jsonl": [b'{"key":"changed after encoding"}\n'],
        "statements.jsonl": [b'{"id":"s1"}\n'],
        "events.jsonl": [b'{"id":1}\n', b'{"id":2}\n'],
    }
    both = Batch(statements=[{"id": "s0"}])
    both.encoded()
    both.add(first)
    assert both.encoded()["statements.jsonl"] == [b'{"id":"s0"}\n', b'{"id":"s1"}\n']
    assert both.encoded()["reports.jsonl"] == [b'{"key":"a"}\n']  # the lines first made


@pytest.mark.parametrize(
    "text",
    ["", "  ", "Two killed\tin\n\nKabul ", "\u00a0a\u2003b\u3000c", "x\x1c\x1d\x1e\x1fy\x85z\u2028w", "ﬁve ½ killed"],
)
def test_a_reports_identity_collapses_whitespace_as_the_pattern_did(text: str) -> None:
    """A report's hash is its identity in every store: the whitespace it collapses must never change."""
    norm = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()
    assert content_hash(text) == hashlib.sha256(norm.encode("utf-8")).hexdigest()


class _MoreIdsInUse:
    """A store's view in which some more statement ids are in use (a clash of eight hex digits is
    too rare to make with real text)."""

    def __init__(self, view: Any, held: set[str]) -> None:
        self.view, self.held = view, held

    def __getattr__(self, name: str) -> Any:
        return getattr(self.view, name)

    def id_taken(self, kind: str, key: str) -> bool:
        return (kind == "statement" and key in self.held) or self.view.id_taken(kind, key)

    def ids_taken(self, kind: str, keys: Iterable[str]) -> set[str]:
        keys = list(keys)
        return {k for k in keys if kind == "statement" and k in self.held} | self.view.ids_taken(kind, keys)


def test_a_statement_id_in_use_gives_the_new_statement_a_longer_one(store: Store) -> None:
    from casualty_cli import pipeline
    from casualty_cli.extraction import extract_statements

    run(store, doc("a", "[incident A] 7 people were killed"))
    view = store.read()
    new = doc("b", "[incident B] 3 people were killed")
    report = pipeline.analyse(new, extract_statements(new), content_hash(new.text))
    [free] = [s["id"] for s in pipeline.plan(view, [report], "2016-02-16T00:00:00Z").batch.statements]
    assert len(free) == 8 and view.ids_taken("statement", [free, "zzzzzzzz"]) == set()
    clash = _MoreIdsInUse(view, {free})
    [longer] = [s["id"] for s in pipeline.plan(clash, [report], "2016-02-16T00:00:00Z").batch.statements]
    assert longer.startswith(free) and len(longer) == 9
    stored = json.loads((store.path / "statements.jsonl").read_text().splitlines()[0])["id"]
    assert view.ids_taken("statement", [stored, free]) == {stored}  # the index answers for both at once


def test_an_ingest_called_in_process_lets_go_of_the_index(store: Store) -> None:
    """``ingest`` called as a function (a service, a notebook, a benchmark) closes the index connection
    it read through when it returns. Left open, each held its read snapshot for the life of the process:
    later ingests' checkpoints could not get past them, and the write-ahead log grew with every commit
    (to 200 MB over ten archive-sized ingests), read whole by whoever opened the store next."""
    for n in range(3):
        run(store, doc(f"d{n}", f"[incident T{n}] {n + 2} people were killed"))
        assert not (store.path / "index.sqlite-wal").exists(), n
    assert len(store.load().incidents) == 3


def test_an_ingest_that_another_writer_overtook_lets_go_of_every_view(store: Store) -> None:
    """Another writer commits between two batches: the ingest decides the next batch on a fresh view,
    and when it returns it has closed the stale view's connection as well as the fresh one's."""
    run(store, doc("first", "[incident A] 2 people were killed"))

    def docs() -> Iterable[Document]:
        yield doc("mine-1", "[incident A] 3 people were killed")
        run(store, doc("theirs", "[incident B] 4 people were killed"))  # between our two batches
        yield doc("mine-2", "[incident B] 5 people were killed")

    result = ingest(store, docs(), extractor=fake_extract, batch_reports=1)
    assert result.batches == 2 and len(result.ingested) == 2
    assert not (store.path / "index.sqlite-wal").exists()
    assert sorted(len(i.reports) for i in store.load().incidents.values()) == [2, 2]
