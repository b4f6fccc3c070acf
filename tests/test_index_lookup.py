"""Grouping's lookups answered by the store's index give what the in-memory index gives.

An ingest into a store that has an index matches new reports through ``StoredIncidentIndex``, which
reads only the candidate incidents; these tests hold it to the plain ``grouping.IncidentIndex`` built
from every signature, with the real grouping rules on our own sample reports.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casualty_cli import grouping
from casualty_cli.inputs import read_documents
from casualty_cli.model import Document
from casualty_cli.store import Store
from casualty_cli.store.ingest import ingest

ROOT = Path(__file__).parent.parent
SAMPLES = [
    ROOT / "data" / "maarat-al-numan.jsonl",
    *sorted((ROOT / "tests" / "fixtures" / "stories").glob("*.jsonl")),
]


def documents() -> list[Document]:
    return [d for d in read_documents([str(p) for p in SAMPLES]) if isinstance(d, Document)]


def grouping_of(store: Store) -> list[tuple[str, list[str]]]:
    state = store.load()
    return sorted((i.id, sorted(i.reports)) for i in state.incidents.values())


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    found = documents()
    assert len(found) > 12  # several stories, several reports each
    return found


def test_every_lookup_finds_what_the_memory_index_finds(tmp_path: Path, docs: list[Document]) -> None:
    store = Store(tmp_path / "store")
    ingest(store, docs)
    state = store.load()
    stored = state.incident_index()
    assert stored is not None
    plain = grouping.IncidentIndex(state.signatures())
    sigs = [sig for _, sig in state.signatures()]
    assert len(stored) == len(plain) == len(sigs)
    for sig in sigs:
        assert stored.candidates(sig) == plain.candidates(sig)
    # what this ingest puts and removes hides the table's rows, as in memory
    first_id, first_sig = next(iter(state.signatures()))
    moved = {**first_sig, "date_lo": "2031-01-01", "date_hi": "2031-01-02"}
    for index in (stored, plain):
        index.put(first_id, moved)
        index.put("new0001", first_sig)
    for sig in [*sigs, moved]:
        assert stored.candidates(sig) == plain.candidates(sig)
    for index in (stored, plain):
        index.remove(first_id)
    assert stored.candidates(moved) == plain.candidates(moved)
    assert stored.signature("new0001") == first_sig


@pytest.mark.parametrize("split", [1, 5, 9])
def test_reports_ingested_later_group_as_in_one_ingest(
    tmp_path: Path, docs: list[Document], split: int
) -> None:
    once, twice = Store(tmp_path / "once"), Store(tmp_path / "twice")
    ingest(once, docs)
    ingest(twice, docs[:split])
    assert twice.load().index is not None  # the second ingest looks incidents up in the index
    ingest(twice, docs[split:])
    assert grouping_of(twice) == grouping_of(once)
    manifest = json.loads((twice.path / "store.json").read_text())
    assert manifest["segments"]["reports.jsonl"]["lines"] == len(docs)


@pytest.mark.parametrize("batch", [2, 5, 1000])
def test_a_first_ingest_asks_the_table_nothing(
    tmp_path: Path, docs: list[Document], batch: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Into a store with no incident yet, every row the table gets is one the ingest's own index put
    (and hides): it is never asked, in batches or not, and the grouping is the one it would ask for."""
    asked: list[str] = []
    from casualty_cli.store.index import Index

    for name in ("ids_by_day", "ids_named", "undated_ids"):
        real = getattr(Index, name)

        def spy(self: Index, *args: object, real: object = real, name: str = name) -> object:
            asked.append(name)
            return real(self, *args)  # type: ignore[operator]

        monkeypatch.setattr(Index, name, spy)
    first = Store(tmp_path / "first")
    ingest(first, docs, batch_reports=batch)
    assert asked == []
    later = Store(tmp_path / "later")
    ingest(later, docs[:3])
    ingest(later, docs[3:], batch_reports=batch)
    assert asked  # a store that holds incidents is asked
    monkeypatch.undo()
    plain = Store(tmp_path / "plain")
    ingest(plain, docs)
    assert grouping_of(first) == grouping_of(plain)


def test_what_the_lookups_read_is_read_again_once_the_index_is_written(tmp_path: Path) -> None:
    """The index keeps the buckets and signatures grouping asked for within one transaction; a commit
    (a writer's flush) lets them go, so an incident written since is read as written."""
    from casualty_cli.store.index import Index

    index = Index.create(tmp_path, "s")

    def put(sig: dict[str, object]) -> None:
        index.put_incidents([("i1", json.dumps({"signature": sig}), "{}", "", "", 0, "", "", 0)])
        index.put_keys([("i1", grouping.index_keys(sig))])
        index.commit()

    put({"date_lo": "2016-02-15", "date_hi": "2016-02-15", "names": ["ali hassan"]})
    day = grouping.index_keys({"date": "2016-02-15"})[0].pop()
    assert index.signature("i1")["names"] == ["ali hassan"] and index.ids_named("ali hassan") == {"i1"}
    assert index.ids_by_day("day", day, day) == {"i1"}
    index.signature("i1")["names"].append("changed by the caller")  # each call parses afresh
    assert index.signature("i1")["names"] == ["ali hassan"]
    put({"date_lo": "2016-03-01", "date_hi": "2016-03-01", "names": ["omar said"]})
    assert index.signature("i1")["names"] == ["omar said"]
    assert index.ids_named("ali hassan") == set() and index.ids_named("omar said") == {"i1"}
    assert index.ids_by_day("day", day, day) == set()
    index.close()
