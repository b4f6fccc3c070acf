"""A store written by an older casualty opens, migrates and reads the same.

``fixtures/store-v2`` was written by the casualty of 2026-12-05 (schema version 2, with its JSON
index): the bundled sample reports and a live blog ingested, then a correction, a note, a retraction,
a move and its undo. ``fixtures/store-v2-expected.json`` is what that version's ``show`` and ``log``
said about it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from casualty_cli.cli import app
from casualty_cli.store import SCHEMA_VERSION, Store, files

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def old_store(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    shutil.copytree(FIXTURES / "store-v2", path)
    return path


def cli_json(store: Path, *args: str) -> Any:
    result = CliRunner().invoke(app, [*args, "--store", str(store), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_the_migrations_are_named_and_ordered() -> None:
    names = [m.__name__ for m in files.MIGRATIONS]
    assert names == ["m001_initial", "m002_settings", "m003_sqlite_index"]
    assert len(names) == SCHEMA_VERSION


def test_a_store_of_schema_2_migrates_on_first_read_and_keeps_its_record(old_store: Path) -> None:
    before = {n: (old_store / n).read_bytes() for n in files.SEGMENTS}
    manifest = json.loads((old_store / files.MANIFEST).read_text())
    assert manifest["schema_version"] == 2 and (old_store / files.LEGACY_INDEX).exists()

    state = Store(old_store).load()

    after = json.loads((old_store / files.MANIFEST).read_text())
    assert after["schema_version"] == SCHEMA_VERSION
    assert {k: v for k, v in after.items() if k not in ("schema_version", "updated")} == {
        k: v for k, v in manifest.items() if k not in ("schema_version", "updated")
    }
    assert {n: (old_store / n).read_bytes() for n in files.SEGMENTS} == before  # the record is untouched
    assert not (old_store / files.LEGACY_INDEX).exists()
    assert (old_store / files.INDEX).exists() and state.index is not None


def test_a_migrated_store_shows_what_the_old_version_showed(old_store: Path) -> None:
    expected = json.loads((FIXTURES / "store-v2-expected.json").read_text())
    listed = cli_json(old_store, "incidents")
    assert sorted(r["id"] for r in listed) == sorted(i["id"] for i in expected["incidents"])
    for inc in expected["incidents"]:
        shown = cli_json(old_store, "show", inc["id"])
        assert shown["title"] == inc["title"]
        assert [r["key"] for r in shown["reports"]] == inc["reports"]
        assert {s["id"]: s["status"] for s in shown["statements"]} == inc["statements"]
        assert [n["text"] for n in shown["notes"]] == inc["notes"]
    log = [{k: a[k] for k in ("id", "type", "what", "undone_by")} for a in cli_json(old_store, "log")]
    assert log == expected["log"]


def test_a_migrated_store_takes_new_reports_and_acts(old_store: Path, tmp_path: Path) -> None:
    report = tmp_path / "later.txt"
    report.write_text(
        "Strike on a clinic in Azaz\n\nFour people were killed in a strike on a clinic in Azaz.\n"
    )
    result = CliRunner().invoke(
        app, ["ingest", str(report), "--published", "2016-02-20", "--store", str(old_store), "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["reports"]["ingested"] == 1
    assert cli_json(old_store, "undo")["type"] == "undo"  # the retraction of the old version is undone
    statuses = {
        s["status"]
        for i in cli_json(old_store, "incidents")
        for s in cli_json(old_store, "show", i["id"])["statements"]
    }
    assert "retracted" not in statuses
