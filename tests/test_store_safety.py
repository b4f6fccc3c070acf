"""Store safety: a store that lost its manifest is refused untouched; a named store path must exist;
`casualty store check` finds damage and `casualty store repair` rebuilds a lost manifest safely."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from casualty_cli.cli import app
from casualty_cli.store.index import remove as remove_index

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "maarat-al-numan.jsonl"
runner = CliRunner()


def cli(*args: str) -> Any:
    return runner.invoke(app, list(args))


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (names included) and the SHA-256 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store made by ingesting the sample reports (built once; tests copy it)."""
    path = tmp_path_factory.mktemp("built") / "store"
    result = cli("ingest", str(SAMPLE), "--store", str(path))
    assert result.exit_code == 0, result.stderr
    return path


@pytest.fixture
def store(built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "copy"
    shutil.copytree(built, path)
    monkeypatch.setenv("CASUALTY_STORE", str(path))
    return path


def incidents_json() -> Any:
    result = cli("incidents", "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


# --- a store without its manifest ------------------------------------------------------------------------

EVERY_COMMAND = [
    ("ingest", "{report}"),
    ("ingest", "--dry-run", "{report}"),
    ("incidents",),
    ("show", "abc"),
    ("timeline", "abc"),
    ("diff", "abc"),
    ("export",),
    ("log",),
    ("note", "abc", "a note"),
    ("retract", "abc", "--reason", "wrong"),
    ("correct", "abc", "--best", "3"),
    ("move", "abc", "--to", "new"),
    ("merge", "abc", "def"),
    ("undo",),
    ("settings",),
    ("settings", "toll_rule", "highest"),
]


@pytest.mark.parametrize("command", EVERY_COMMAND, ids=lambda c: " ".join(c))
def test_a_store_without_its_manifest_is_refused_and_left_byte_identical(
    store: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    report = tmp_path / "new.txt"
    report.write_text("Three people were killed in a landslide in Kasese on Monday.\n", encoding="utf-8")
    (store / "store.json").unlink()
    before = snapshot(store)
    result = cli(*(arg.format(report=report) for arg in command))
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"Error: {store} holds store records (reports.jsonl 6 lines,")
    assert "no store.json" in line and "casualty store repair" in line
    assert snapshot(store) == before


def test_a_manifest_less_folder_of_empty_segments_is_a_new_store(tmp_path: Path) -> None:
    """What an interrupted first ingest leaves (segments created, nothing in them) holds nothing to lose."""
    path = tmp_path / "fresh"
    path.mkdir()
    for name in ("reports.jsonl", "statements.jsonl", "events.jsonl"):
        (path / name).touch()
    result = cli("ingest", str(SAMPLE), "--store", str(path))
    assert result.exit_code == 0, result.stderr
    assert (path / "store.json").exists()


# --- a named store path must exist ----------------------------------------------------------------------

#: every command but ingest, which creates the store it is given
READ_COMMANDS = [c for c in EVERY_COMMAND if c[0] != "ingest"] + [("store", "check"), ("store", "repair")]


@pytest.mark.parametrize("by", ["--store", "CASUALTY_STORE"])
@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: " ".join(c))
def test_a_named_store_that_does_not_exist_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, by: str, command: tuple[str, ...]
) -> None:
    typo = tmp_path / "typo" / "dir"
    args = list(command)
    if by == "--store":
        args += ["--store", str(typo)]
    else:
        monkeypatch.setenv("CASUALTY_STORE", str(typo))
    result = cli(*args)
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"Error: no store at {typo}")
    assert not (tmp_path / "typo").exists()


def test_ingest_creates_a_named_store(tmp_path: Path) -> None:
    path = tmp_path / "new" / "store"
    assert cli("ingest", str(SAMPLE), "--store", str(path)).exit_code == 0
    assert (path / "store.json").exists()


# --- store check -----------------------------------------------------------------------------------------


def events(store: Path) -> int:
    """Grouping events the sample made (how many depends on the grouping rules, not on the store)."""
    return len((store / "events.jsonl").read_bytes().splitlines())


def check(*extra: str) -> tuple[int, Any]:
    result = cli("store", "check", "--json", *extra)
    return result.exit_code, json.loads(result.stdout)


def test_check_passes_an_intact_store(store: Path) -> None:
    code, report = check()
    assert code == 0 and report["ok"] and report["damage"] == []
    assert [s["records"] for s in report["segments"]] == [6, 13, events(store)]
    plain = cli("store", "check")
    assert plain.exit_code == 0 and plain.stdout.rstrip().endswith("ok")


def test_check_notes_an_uncommitted_tail_without_calling_it_damage(store: Path) -> None:
    with open(store / "events.jsonl", "ab") as f:
        f.write(b'{"id": 10, "at": "2016-')
    code, report = check()
    assert code == 0 and report["damage"] == []
    assert report["notes"] == [
        "events.jsonl: 23 bytes past the committed length (an interrupted write; the next ingest cuts them)"
    ]


def _replace_line(path: Path, n: int, new: bytes) -> None:
    lines = path.read_bytes().splitlines(keepends=True)
    lines[n] = new
    path.write_bytes(b"".join(lines))


def _damage_middle(store: Path) -> None:
    data = (store / "statements.jsonl").read_bytes()
    _replace_line(store / "statements.jsonl", 2, b"x" * (len(data.splitlines()[2]) - 1) + b"\n")


def _truncate(store: Path) -> None:
    with open(store / "reports.jsonl", "r+b") as f:
        f.truncate(100)


def _shorter_line(store: Path) -> None:
    _replace_line(store / "reports.jsonl", 0, b'{"key": "aa", "hash": "bb"}\n')


def _dangling_statement(store: Path) -> None:
    path = store / "statements.jsonl"
    first = json.loads(path.read_bytes().splitlines()[0])
    _replace_line(
        path, 0, json.dumps({**first, "report": "zzzzzzzz"}, separators=(",", ":")).encode() + b"\n"
    )
    raw = json.loads((store / "store.json").read_text())
    raw["segments"]["statements.jsonl"]["bytes"] = path.stat().st_size
    (store / "store.json").write_text(json.dumps(raw))


@pytest.mark.parametrize(
    ("damage", "found"),
    [
        (_damage_middle, "statements.jsonl: not a JSON record at byte "),
        (_truncate, "reports.jsonl: truncated (100 bytes, the manifest commits "),
        (_shorter_line, "reports.jsonl: "),
        (_dangling_statement, "names report zzzzzzzz, which is not stored"),
        (lambda s: (s / "store.json").unlink(), "store.json: missing"),
        (lambda s: (s / "events.jsonl").unlink(), "events.jsonl: missing (the manifest commits"),
    ],
    ids=["corrupt record", "truncated", "lengths disagree", "dangling id", "no manifest", "no segment"],
)
def test_check_finds_damage_and_exits_1(store: Path, damage: Any, found: str) -> None:
    damage(store)
    before = snapshot(store)
    code, report = check()
    assert code == 1 and not report["ok"]
    assert any(found in line for line in report["damage"]), report["damage"]
    assert snapshot(store) == before


# --- store repair ----------------------------------------------------------------------------------------


def backups(store: Path) -> list[Path]:
    return sorted(store.parent.glob(f"{store.name}.backup-*"))


def test_repair_rebuilds_a_lost_manifest_after_a_backup(store: Path) -> None:
    rows = incidents_json()
    cli("settings", "toll_rule", "highest")
    (store / "store.json").unlink()
    remove_index(store)
    before = snapshot(store)
    result = cli("store", "repair", "--json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["repaired"] and report["records"] == {
        "reports.jsonl": 6,
        "statements.jsonl": 13,
        "events.jsonl": events(store),
    }
    [backup] = backups(store)
    assert report["backup"] == str(backup)
    assert snapshot(backup) == {k: v for k, v in before.items() if k != "lock"}  # the folder as it was
    assert {k: v for k, v in snapshot(store).items() if k != "store.json"} == before  # segments untouched
    assert check()[0] == 0
    assert incidents_json() == rows  # under the default rule again: the settings went with the manifest
    assert any("toll_rule" in note for note in report["notes"])
    assert cli("ingest", str(SAMPLE)).exit_code == 0  # a working store: the same reports are duplicates
    assert incidents_json() == rows


def test_repair_takes_the_lost_settings_back_from_the_index(store: Path) -> None:
    cli("settings", "toll_rule", "highest")
    rows = incidents_json()
    (store / "store.json").unlink()  # the index, built under "highest", is still there
    result = cli("store", "repair", "--json")
    assert result.exit_code == 0, result.stderr
    assert any('toll_rule "highest" was read from the index' in note for note in json.loads(result.stdout)["notes"])
    assert json.loads(cli("settings", "--json").stdout)["toll_rule"] == "highest"
    assert incidents_json() == rows


def test_repair_leaves_out_a_torn_last_record(store: Path) -> None:
    (store / "store.json").unlink()
    size = (store / "events.jsonl").stat().st_size
    whole = events(store)
    with open(store / "events.jsonl", "ab") as f:
        f.write(b'{"id": 10, "at": "20')
    result = cli("store", "repair", "--json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["records"]["events.jsonl"] == whole
    assert report["left_out"] == [f"events.jsonl: unterminated record at byte {size} (20 bytes)"]
    assert check()[0] == 0


def test_repair_of_an_intact_store_changes_nothing(store: Path) -> None:
    before = snapshot(store)
    result = cli("store", "repair")
    assert result.exit_code == 0 and "nothing to repair" in result.stdout
    assert snapshot(store) == before and backups(store) == []


def _events_cut(store: Path) -> None:
    (store / "events.jsonl").write_bytes(b"")


@pytest.mark.parametrize(
    ("damage", "why", "manifest"),
    [
        (_damage_middle, "has a damaged record at byte", False),
        (_dangling_statement, "names report zzzzzzzz", False),
        (_events_cut, "has casualty statements but is in no incident (events.jsonl looks cut short)", False),
        (_truncate, "reports.jsonl has lost committed records", True),
    ],
    ids=["damage in the middle", "dangling id", "events cut", "committed records lost"],
)
def test_repair_refuses_to_guess(store: Path, damage: Any, why: str, manifest: bool) -> None:
    damage(store)
    if not manifest:
        (store / "store.json").unlink()
    before = snapshot(store)
    result = cli("store", "repair")
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert (
        line.startswith(f"Error: cannot repair {store}: ") and why in line and "nothing was changed" in line
    )
    assert snapshot(store) == before and backups(store) == []


def test_repair_rebuilds_a_manifest_that_is_not_json(store: Path) -> None:
    rows = incidents_json()
    (store / "store.json").write_text('{"format": "casualty-store", "sche', encoding="utf-8")
    assert cli("incidents").exit_code == 1  # refused, as every corrupt manifest is
    code, report = check()
    assert code == 1 and report["manifest"].startswith(f"{store / 'store.json'} is corrupt (")
    result = cli("store", "repair")
    assert result.exit_code == 0, result.stderr
    [backup] = backups(store)
    assert (backup / "store.json").read_text(encoding="utf-8") == '{"format": "casualty-store", "sche'
    assert incidents_json() == rows


# --- a read leaves the folder as it found it ----------------------------------------------------------------

READS = [
    ("incidents",),
    ("incidents", "--json"),
    ("show", "{iid}"),
    ("timeline", "{iid}"),
    ("diff", "{iid}"),
    ("export", "--what", "revisions"),
    ("log",),
    ("settings",),
    ("store", "check"),
]


def test_commands_leave_no_sqlite_side_files(tmp_path: Path) -> None:
    """Each command in a process of its own, as a person runs it: after an ingest the folder holds the
    store's files and no ``index.sqlite-wal``/``-shm``; after each read it is byte for byte as before.
    (SQLite leaves those files behind a connection that is never closed, or one opened read-only.)"""
    path = tmp_path / "store"
    env = {**os.environ, "CASUALTY_STORE": str(path)}

    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "casualty_cli", *args], capture_output=True, text=True, env=env, check=False
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    run("ingest", str(SAMPLE))
    assert sorted(p.name for p in path.iterdir()) == sorted(
        ["store.json", "index.sqlite", "lock", "reports.jsonl", "statements.jsonl", "events.jsonl"]
    )
    iid = json.loads(run("incidents", "--json"))[0]["id"]
    before = snapshot(path)
    for command in READS:
        run(*(a.format(iid=iid) for a in command))
        assert snapshot(path) == before, command


def test_a_command_run_in_process_closes_its_index(tmp_path: Path) -> None:
    """Commands run in one process (a test runner, a notebook): each closes the index it opened when it
    ends, so no ``-wal``/``-shm`` waits in the folder for the garbage collector (a connection sits in a
    reference cycle with its statement cache)."""
    path = tmp_path / "store"
    assert runner.invoke(app, ["ingest", str(SAMPLE), "--store", str(path)]).exit_code == 0
    assert not [p.name for p in path.iterdir() if p.name.endswith(("-wal", "-shm"))]
    assert runner.invoke(app, ["incidents", "--store", str(path)]).exit_code == 0
    assert not [p.name for p in path.iterdir() if p.name.endswith(("-wal", "-shm"))]
