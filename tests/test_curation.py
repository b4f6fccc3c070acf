"""Curation through the CLI: retract, correct, move, merge, note, undo; statuses, conflicts, toll rules.

Stores are built by ingesting short reports with clear tolls through the real extraction and grouping.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from casualty_cli.cli import app
from casualty_cli.errors import NotFoundError
from casualty_cli.store import StoreState
from casualty_cli.store.curation import resolve_statement
from casualty_cli.store.index import remove as remove_index

runner = CliRunner()

MARKET_FIRST = (
    "Missiles strike market in Ma'arat al-Numan\n\n"
    "At least 7 people were killed in Ma'arat al-Numan on Monday when missiles struck the central "
    "market, local officials said."
)
MARKET_RISE = (
    "Market strike toll rises\n\n"
    "The number of people killed in Monday's missile strike on the market in Ma'arat al-Numan has "
    "risen to 12, officials said on Tuesday."
)
KUNDUZ = (
    "Two killed in Kunduz blast\n\n"
    "Two people were killed in Kunduz on Sunday when a bomb exploded near a school, police said."
)
HOMS_POLICE = (
    "Bus station bombing in Homs\n\n"
    "Nine people were killed in a bombing at a bus station in Homs on Wednesday, police said."
)
HOMS_MONITOR = (
    "Homs bus station attack\n\n"
    "Fourteen people were killed in a bombing at a bus station in Homs on Wednesday, a monitoring "
    "group said."
)


def cli(*args: str, **env: str) -> Any:
    return runner.invoke(app, list(args), env=env or None)


def ok_json(*args: str) -> Any:
    result = cli(*args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def ingest(tmp_path: Path, name: str, text: str, published: str, source: str) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    result = cli("ingest", str(path), "--published", published, "--source", source)
    assert result.exit_code == 0, result.stderr


def store_dir() -> Path:
    import os

    return Path(os.environ["CASUALTY_STORE"])


def events() -> list[dict[str, Any]]:
    lines = (store_dir() / "events.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def snapshot() -> dict[str, bytes]:
    """Every file of the store but the index (a cache), to check that nothing was written."""
    return {
        p.name: p.read_bytes()
        for p in sorted(store_dir().iterdir())
        if p.name != "lock" and not p.name.startswith("index.")
    }


def incident(title_word: str) -> dict[str, Any]:
    [row] = [r for r in ok_json("incidents") if title_word in r["title"]]
    return row


def statement(iid: str, word: str) -> dict[str, Any]:
    [s] = [s for s in ok_json("show", iid)["statements"] if word in s["quote"]]
    return s


@pytest.fixture
def market(tmp_path: Path) -> str:
    """One incident: 7 on 2016-02-15 (Levant Wire), 12 on 2016-02-16 (Aid Monitor)."""
    ingest(tmp_path, "first", MARKET_FIRST, "2016-02-15", "Levant Wire")
    ingest(tmp_path, "rise", MARKET_RISE, "2016-02-16", "Aid Monitor")
    row = incident("Ma'arat")
    assert row["killed"]["best"] == 12 and len(row["reports"]) == 2
    return str(row["id"])


@pytest.fixture
def two(tmp_path: Path, market: str) -> tuple[str, str]:
    ingest(tmp_path, "kunduz", KUNDUZ, "2016-03-01", "Kabul Post")
    return market, str(incident("Kunduz")["id"])


# --- retract ---------------------------------------------------------------------------------------


def test_retract_stops_counting_but_stays_visible(market: str) -> None:
    sid = statement(market, "risen to 12")["id"]
    result = cli("retract", sid[:5], "--reason", "officials withdrew the figure", "--user", "alice")
    assert result.exit_code == 0, result.stderr
    assert f"retracted statement {sid}" in result.stdout

    detail = ok_json("show", market)
    assert detail["killed"]["best"] == 7
    [gone] = [s for s in detail["statements"] if s["id"] == sid]
    assert gone["status"] == "retracted" and gone["counts"] is False and gone["best"] == 12
    assert gone["retraction"]["reason"] == "officials withdrew the figure"
    assert gone["retraction"]["user"] == "alice"
    assert incident("Ma'arat")["killed"]["best"] == 7

    text = " ".join(cli("show", market).stdout.split())  # as wrapped to the terminal
    assert "RETRACTED by alice: officials withdrew the figure" in text and sid in text
    timeline = cli("timeline", market).stdout
    assert f"retracted statement {sid}" in timeline and "officials withdrew" in timeline
    line = f"retracted {sid} 2016-02-16 Aid Monitor: killed 12, not counted (alice: officials withdrew the figure)"
    assert line in " ".join(timeline.split())  # as wrapped to the terminal
    assert [r["best"] for r in ok_json("timeline", market)] == [7]

    last = events()[-1]
    assert last["type"] == "statement.retract" and last["statement"] == sid
    assert {"id", "at", "type", "statement", "incident", "reason", "user"} <= set(last)


def test_retract_needs_a_reason_and_happens_once(market: str) -> None:
    sid = statement(market, "risen to 12")["id"]
    result = cli("retract", sid)
    assert result.exit_code == 2 and "--reason" in result.stderr
    assert cli("retract", sid, "--reason", "wrong").exit_code == 0
    before = snapshot()
    again = cli("retract", sid, "--reason", "wrong")
    assert again.exit_code == 1 and again.stderr == f"Error: statement {sid} is retracted already\n"
    assert snapshot() == before


@pytest.mark.parametrize(
    "args",
    [
        ["retract", "zzzz", "--reason", "x"],
        ["correct", "zzzz", "--best", "3"],
        ["move", "zzzz", "--to", "new"],
        ["note", "zzzz", "text"],
        ["merge", "zzzz", "yyyy"],
    ],
)
def test_unknown_ids_are_one_line_and_write_nothing(market: str, args: list[str]) -> None:
    before = snapshot()
    result = cli(*args)
    assert result.exit_code == 1 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("Error: no ") and "zzzz" in line
    assert snapshot() == before


def test_statement_ids_resolve_by_unique_prefix() -> None:
    state = StoreState(locations={sid: [0, 0, "r", "i"] for sid in ("ab12cd34", "ab19ee00", "c0ffee11")})
    assert resolve_statement(state, "c") == "c0ffee11"
    assert resolve_statement(state, "AB12") == "ab12cd34"
    with pytest.raises(NotFoundError, match=r"statement id 'ab1' is ambiguous: ab12cd34, ab19ee00"):
        resolve_statement(state, "ab1")
    with pytest.raises(NotFoundError, match="no statement 'ff'"):
        resolve_statement(state, "ff")


def test_ambiguous_statement_prefix_is_one_line(tmp_path: Path, market: str) -> None:
    ingest(tmp_path, "kunduz", KUNDUZ, "2016-03-01", "Kabul Post")
    ingest(tmp_path, "homs", HOMS_POLICE, "2016-04-06", "City Herald")
    ids = [s["id"] for r in ok_json("incidents") for s in ok_json("show", r["id"])["statements"]]
    shared = next((a[0] for a in ids for b in ids if a != b and a[0] == b[0]), None)
    assert shared is not None, ids  # five hex ids: two share a first digit with these texts
    before = snapshot()
    result = cli("retract", shared, "--reason", "x")
    assert result.exit_code == 1 and "ambiguous" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert snapshot() == before


def test_curation_on_a_missing_store_creates_nothing() -> None:
    result = cli("retract", "abc", "--reason", "x")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: no store at {store_dir()} (from CASUALTY_STORE)")
    assert not store_dir().exists()
    assert cli("undo").exit_code == 1 and not store_dir().exists()


# --- correct ---------------------------------------------------------------------------------------


def test_correct_records_a_human_reading_beside_the_machine(market: str) -> None:
    sid = statement(market, "risen to 12")["id"]
    result = cli("correct", sid, "--best", "11", "--low", "10", "--high", "13", "--reason", "recount")
    assert result.exit_code == 0, result.stderr
    assert "12 → 11 (10–13)" in result.stdout

    detail = ok_json("show", market)
    assert (detail["killed"]["best"], detail["killed"]["low"], detail["killed"]["high"]) == (11, 7, 13)
    s = next(s for s in detail["statements"] if s["id"] == sid)
    assert s["status"] == "corrected" and (s["best"], s["low"], s["high"]) == (11, 10, 13)
    assert s["machine"]["best"] == 12 and s["correction"]["reason"] == "recount"
    # The machine's reading is still in the statements segment, untouched.
    stored = [json.loads(x) for x in (store_dir() / "statements.jsonl").read_text().splitlines()]
    assert next(r for r in stored if r["id"] == sid)["best"] == 12
    assert "CORRECTED from 12" in cli("show", market).stdout
    assert (
        f"corrected  {sid}  2016-02-16  Aid Monitor: killed 12 read as 11 (10–13)"
        in cli("timeline", market).stdout
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--best", "5", "--low", "6"], "--low 6 is above --best 5"),
        (["--best", "5", "--high", "4"], "--high 4 is below --best 5"),
        (["--best", "-1"], "cannot be negative"),
    ],
)
def test_correct_refuses_bounds_that_do_not_hold(market: str, args: list[str], message: str) -> None:
    sid = statement(market, "risen to 12")["id"]
    before = snapshot()
    result = cli("correct", sid, *args)
    assert result.exit_code == 2 and message in result.stderr
    assert snapshot() == before


# --- merge and move --------------------------------------------------------------------------------


def test_merge_makes_one_incident_and_retires_the_other_id(two: tuple[str, str]) -> None:
    market, kunduz = two
    counts = sum(r["statements"] for r in ok_json("incidents"))
    result = cli("merge", market, kunduz, "--reason", "same event")
    assert result.exit_code == 0, result.stderr
    rows = ok_json("incidents")
    assert [r["id"] for r in rows] == [market]
    assert len(rows[0]["reports"]) == 3 and rows[0]["statements"] == counts
    gone = cli("show", kunduz)
    assert gone.exit_code == 1 and gone.stderr == f"Error: incident {kunduz} was merged into {market}\n"
    assert cli("merge", market, market).exit_code == 2
    assert cli("merge", market).exit_code == 2


def test_a_merged_id_names_the_incident_it_lives_on_in(tmp_path: Path, two: tuple[str, str]) -> None:
    market, kunduz = two
    ingest(tmp_path, "homs", HOMS_POLICE, "2016-04-06", "City Herald")
    homs = incident("Homs")["id"]
    assert cli("merge", kunduz, market).exit_code == 0
    assert cli("merge", homs, kunduz).exit_code == 0
    result = cli("timeline", market)
    assert result.exit_code == 1 and result.stderr == f"Error: incident {market} was merged into {homs}\n"
    assert cli("note", homs, "on the merged one").exit_code == 0
    assert [a["type"] for a in ok_json("log", homs)] == ["incident.merge", "incident.merge", "incident.note"]
    assert [r["id"] for r in ok_json("incidents")] == [homs]
    for _ in range(3):  # the note, then both merges
        assert cli("undo").exit_code == 0
    assert len(ok_json("incidents")) == 3


def test_move_to_another_incident_and_to_a_new_one(two: tuple[str, str]) -> None:
    market, kunduz = two
    sid = statement(market, "risen to 12")["id"]
    result = cli("move", sid, "--to", kunduz[:4], "--reason", "misgrouped")
    assert result.exit_code == 0, result.stderr
    assert incident("Ma'arat")["killed"]["best"] == 7
    moved = ok_json("show", kunduz)
    assert sid in [s["id"] for s in moved["statements"]] and len(moved["reports"]) == 2
    assert cli("move", sid, "--to", kunduz).exit_code == 1  # already there

    result = cli("move", sid, "--to", "new")
    assert result.exit_code == 0, result.stderr
    new_id = events()[-1]["to"]
    assert events()[-1]["new"]["title"]
    detail = ok_json("show", new_id)
    assert [s["id"] for s in detail["statements"]] == [sid] and detail["killed"]["best"] == 12
    assert len(ok_json("incidents")) == 3


def places(query: str) -> list[str]:
    return [r["id"] for r in ok_json("incidents", "--place", query)]


def test_curation_recomputes_places_targets_title_and_date(two: tuple[str, str]) -> None:
    market, kunduz = two
    assert cli("merge", market, kunduz).exit_code == 0
    assert places("Kunduz") == [market]  # the merged incident holds the Kunduz report's places
    sids = [s["id"] for s in ok_json("show", market)["statements"] if "Kunduz" in s["quote"]]
    assert len(sids) == 2  # the Kunduz report's headline and body

    for sid in sids:
        assert cli("retract", sid, "--reason", "another attack").exit_code == 0
    assert places("Kunduz") == [] and "school" not in ok_json("show", market)["signature"]["targets"]
    for _ in sids:
        assert cli("undo").exit_code == 0
    assert places("Kunduz") == [market]

    assert cli("move", sids[0], "--to", "new").exit_code == 0
    moved = events()[-1]["to"]
    assert cli("move", sids[1], "--to", moved).exit_code == 0
    assert places("Kunduz") == [moved]  # the bombing is no longer found under the place it left
    assert places("Ma'arat") == [market]
    row = incident("Ma'arat")
    assert row["title"] == "Ma'arat al-Numan market, 2016-02-15" and row["event_date"] == "2016-02-15"
    assert cli("undo").exit_code == 0 and cli("undo").exit_code == 0
    assert places("Kunduz") == [market] and moved not in [r["id"] for r in ok_json("incidents")]


# --- notes, users, log -------------------------------------------------------------------------------


def test_notes_of_merged_incidents_stay_visible(two: tuple[str, str]) -> None:
    market, kunduz = two
    cli("note", kunduz, "school name unconfirmed")
    cli("merge", market, kunduz)
    assert [n["text"] for n in ok_json("show", market)["notes"]] == ["school name unconfirmed"]
    assert [a["type"] for a in ok_json("log", market)] == ["incident.note", "incident.merge"]


def test_note_is_shown_by_show(market: str) -> None:
    assert cli("note", market, "Ask the local council for the hospital list.", "--user", "bo").exit_code == 0
    detail = ok_json("show", market)
    assert [(n["text"], n["user"]) for n in detail["notes"]] == [
        ("Ask the local council for the hospital list.", "bo")
    ]
    assert "note (bo," in cli("show", market).stdout
    assert cli("note", market, "  ").exit_code == 2


def test_user_comes_from_option_then_environment_then_login(
    market: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "login-name")
    monkeypatch.delenv("CASUALTY_USER", raising=False)
    cli("note", market, "one")
    cli("note", market, "two", CASUALTY_USER="env-name")
    cli("note", market, "three", "--user", "option-name", CASUALTY_USER="env-name")
    assert [e["user"] for e in events()[-3:]] == ["login-name", "env-name", "option-name"]


def test_log_lists_every_act_with_what_when_why_who(two: tuple[str, str]) -> None:
    market, kunduz = two
    cli("note", kunduz, "check the school name", "--user", "cy")
    cli("retract", statement(market, "risen")["id"], "--reason", "withdrawn", "--user", "cy")
    acts = ok_json("log")
    assert [a["type"] for a in acts] == ["incident.note", "statement.retract"]
    assert all({"id", "at", "user", "reason", "what", "undone_by"} <= set(a) for a in acts)
    assert [a["type"] for a in ok_json("log", kunduz)] == ["incident.note"]
    assert "withdrawn" in cli("log").stdout


# --- undo ------------------------------------------------------------------------------------------


def _ids(rows: list[dict[str, Any]]) -> list[tuple[str, int, int | None]]:
    return sorted((r["id"], r["statements"], (r["killed"] or {}).get("best")) for r in rows)


@pytest.mark.parametrize("kind", ["retract", "correct", "note", "merge", "move", "move-new"])
def test_undo_reverts_each_kind_and_is_itself_an_act(two: tuple[str, str], kind: str) -> None:
    market, kunduz = two
    sid = statement(market, "risen to 12")["id"]
    before_rows = _ids(ok_json("incidents"))
    before_show = ok_json("show", market)
    act = {
        "retract": ["retract", sid, "--reason", "wrong"],
        "correct": ["correct", sid, "--best", "40"],
        "note": ["note", market, "a note"],
        "merge": ["merge", market, kunduz],
        "move": ["move", sid, "--to", kunduz],
        "move-new": ["move", sid, "--to", "new"],
    }[kind]
    assert cli(*act).exit_code == 0
    assert _ids(ok_json("incidents")) != before_rows or ok_json("show", market)["notes"]
    acted = events()[-1]

    result = cli("undo", "--reason", "my mistake", "--user", "dee")
    assert result.exit_code == 0, result.stderr
    assert f"undid event {acted['id']}" in result.stdout
    assert _ids(ok_json("incidents")) == before_rows
    after = ok_json("show", market)
    for key in ("killed", "notes", "reports"):
        assert after[key] == before_show[key]
    assert [s["status"] for s in after["statements"]] == ["counting"] * len(after["statements"])
    undo = events()[-1]
    assert (undo["type"], undo["undoes"], undo["reason"], undo["user"]) == (
        "undo",
        acted["id"],
        "my mistake",
        "dee",
    )
    assert ok_json("log")[0]["undone_by"] == undo["id"]
    nothing = cli("undo")
    assert nothing.exit_code == 1 and nothing.stderr.startswith("Error: nothing to undo")


def test_undo_goes_back_one_act_at_a_time(market: str) -> None:
    sid = statement(market, "risen to 12")["id"]
    cli("correct", sid, "--best", "13")
    cli("correct", sid, "--best", "14")
    assert incident("Ma'arat")["killed"]["best"] == 14
    cli("undo")
    assert incident("Ma'arat")["killed"]["best"] == 13
    cli("undo")
    assert incident("Ma'arat")["killed"]["best"] == 12


def test_undo_of_a_merge_keeps_a_report_ingested_since(tmp_path: Path, two: tuple[str, str]) -> None:
    market, kunduz = two
    cli("merge", market, kunduz)
    later = "Market toll\n\nFifteen people were killed in Monday's missile strike on the market in Ma'arat al-Numan, officials said."
    ingest(tmp_path, "later", later, "2016-02-17", "Levant Wire")
    assert len(ok_json("incidents")) == 1
    assert cli("undo").exit_code == 0
    rows = {r["id"]: r for r in ok_json("incidents")}
    assert set(rows) == {market, kunduz}
    assert rows[market]["killed"]["best"] == 15 and len(rows[market]["reports"]) == 3
    assert rows[kunduz]["killed"]["best"] == 2


def test_replay_from_the_segments_matches_the_cached_index(two: tuple[str, str]) -> None:
    market, kunduz = two
    sid = statement(market, "risen to 12")["id"]
    for act in (
        ["correct", sid, "--best", "20"],
        ["note", market, "n"],
        ["merge", market, kunduz],
        ["move", sid, "--to", "new"],
        ["undo"],
        ["retract", sid, "--reason", "r"],
    ):
        assert cli(*act).exit_code == 0
    cached = (ok_json("incidents"), ok_json("show", market))
    remove_index(store_dir())
    assert (ok_json("incidents"), ok_json("show", market)) == cached


# --- show --json statements --------------------------------------------------------------------------


def test_show_json_lists_statements_with_status(market: str) -> None:
    detail = ok_json("show", market)
    assert detail["statement_count"] == len(detail["statements"]) == 2
    for s in detail["statements"]:
        assert {"id", "outcome", "best", "low", "high", "qualifier", "report", "source", "status"} <= set(s)
        assert s["status"] == "counting"
    assert {s["report"] for s in detail["statements"]} == {r["key"] for r in detail["reports"]}


# --- conflicts -------------------------------------------------------------------------------------


@pytest.fixture
def homs(tmp_path: Path) -> str:
    ingest(tmp_path, "police", HOMS_POLICE, "2016-04-06", "City Herald")
    ingest(tmp_path, "monitor", HOMS_MONITOR, "2016-04-06", "Rights Monitor")
    return str(incident("Homs")["id"])


def test_same_time_reports_that_disagree_make_an_incident_contested(homs: str, market: str) -> None:
    detail = ok_json("show", homs)
    assert detail["contested"] is True
    [conflict] = detail["conflicts"]
    assert conflict["outcome"] == "killed"
    assert {(c["source"], c["best"]) for c in conflict["claims"]} == {
        ("City Herald", 9),
        ("Rights Monitor", 14),
    }
    assert [r["id"] for r in ok_json("incidents", "--contested")] == [homs]
    # "At least 7" then "risen to 12" the next day is a rising toll, not a dispute.
    assert ok_json("show", market)["contested"] is False
    text = cli("show", homs).stdout
    assert "[contested]" in text and "City Herald: 9" in text and "Rights Monitor: 14" in text
    listed = cli("incidents", "--contested").stdout
    assert homs in listed and market not in listed and "[contested]" in listed


def test_retracting_one_claim_settles_the_contest(homs: str) -> None:
    sid = statement(homs, "Fourteen")["id"]
    cli("retract", sid, "--reason", "the monitor counted another attack")
    assert ok_json("show", homs)["contested"] is False
    assert ok_json("incidents", "--contested") == []


# --- toll rules ------------------------------------------------------------------------------------


def test_rule_per_command(homs: str, market: str) -> None:
    def killed(*args: str) -> int:
        return int(ok_json("show", homs, *args)["killed"]["best"])

    assert killed("--rule", "highest") == 14
    assert killed("--rule", "lowest") == 9
    assert killed("--rule", "source:city herald") == 9
    assert killed("--rule", "source:Rights Monitor") == 14
    assert ok_json("show", homs, "--rule", "source:Nobody")["killed"] is None
    rows = {r["id"]: r for r in ok_json("incidents", "--rule", "lowest")}
    assert rows[homs]["killed"]["best"] == 9 and rows[homs]["killed"]["rule"] == "lowest"
    assert rows[market]["killed"]["best"] == 7
    assert "toll rule: lowest" in cli("incidents", "--rule", "lowest").stdout
    assert "(rule: highest)" in cli("show", homs, "--rule", "highest").stdout
    assert "toll rule: highest · killed 14" in cli("timeline", homs, "--rule", "highest").stdout


def test_unknown_rule_is_a_usage_error(market: str) -> None:
    for command in (["show", market], ["incidents"], ["timeline", market]):
        result = cli(*command, "--rule", "loudest")
        assert result.exit_code == 2
        [line] = result.stderr.splitlines()
        assert line.startswith("Error: --rule: unknown toll rule 'loudest'")


def test_rule_from_store_settings(homs: str) -> None:
    manifest = store_dir() / "store.json"
    raw = json.loads(manifest.read_text())
    raw["settings"]["toll_rule"] = "highest"
    manifest.write_text(json.dumps(raw, indent=2) + "\n")
    assert ok_json("show", homs)["killed"]["best"] == 14
    assert ok_json("show", homs)["rule"] == "highest"
    assert ok_json("incidents")[0]["killed"]["best"] == 14
    assert ok_json("show", homs, "--rule", "latest")["rule"] == "latest"
    assert "toll rule: highest" in cli("incidents").stdout


def test_settings_command_sets_the_store_rule(homs: str) -> None:
    assert ok_json("settings") == {"toll_rule": "latest"}
    assert ok_json("settings", "toll_rule", "lowest") == {"toll_rule": "lowest"}
    assert json.loads((store_dir() / "store.json").read_text())["settings"]["toll_rule"] == "lowest"
    assert ok_json("incidents")[0]["killed"]["best"] == 9
    conn = sqlite3.connect(store_dir() / "index.sqlite")
    cached = [json.loads(body) for (body,) in conn.execute("SELECT body FROM incidents")]
    conn.close()
    assert {i["summary"]["toll"]["killed"]["rule"] for i in cached} == {"lowest"}
    assert cli("settings").stdout == "toll_rule = lowest\n"
    before = snapshot()
    bad = cli("settings", "toll_rule", "loudest")
    assert bad.exit_code == 2 and bad.stderr.startswith("Error: toll_rule: unknown toll rule 'loudest'")
    assert cli("settings", "colour", "red").exit_code == 2
    assert snapshot() == before


def test_export_says_the_rule_and_whether_contested(homs: str) -> None:
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(cli("export", "--rule", "highest").stdout)))
    assert [(r["killed_best"], r["contested"], r["rule"]) for r in rows] == [("14", "True", "highest")]
    [row] = json.loads(cli("export", "--format", "json").stdout)
    assert (row["killed_best"], row["rule"]) == (14, "latest")


# --- random sequences of acts: replay equals the live state, undoing everything restores the start ----


def _shape(state: Any) -> dict[str, Any]:
    """What an act may change, without timestamps (an undo touches ``updated``)."""
    return {
        "incidents": {
            i.id: (sorted(i.statements), sorted(i.reports), i.signature, i.title, i.summary)
            for i in state.incidents.values()
        },
        "retracted": sorted(state.curation.retracted),
        "corrections": {k: len(v) for k, v in state.curation.corrections.items()},
        "notes": {k: len(v) for k, v in state.curation.notes.items()},
        "merged_into": state.curation.merged_into,
        "where": {sid: loc[3] for sid, loc in state.locations.items()},
    }


@pytest.mark.parametrize("seed", range(6))
def test_random_acts_replay_the_same_and_undo_back_to_the_start(seed: int) -> None:
    import random
    from datetime import date

    from casualty_cli.model import Document
    from casualty_cli.store import Store
    from casualty_cli.store import curation as cur
    from casualty_cli.store.ingest import ingest as run_ingest

    store = Store(store_dir())
    docs = [
        Document("m1", MARKET_FIRST, date(2016, 2, 15), source="Levant Wire"),
        Document("m2", MARKET_RISE, date(2016, 2, 16), source="Aid Monitor"),
        Document("k", KUNDUZ, date(2016, 3, 1), source="Kabul Post"),
        Document("h1", HOMS_POLICE, date(2016, 4, 6), source="City Herald"),
        Document("h2", HOMS_MONITOR, date(2016, 4, 6), source="Rights Monitor"),
    ]
    run_ingest(store, docs)
    start = _shape(store.load())
    rng = random.Random(seed)
    for _ in range(12):
        state = store.load()
        incidents, statements = sorted(state.incidents), sorted(state.locations)
        kind = rng.choice(["retract", "correct", "note", "merge", "move", "move", "undo"])
        try:
            if kind == "retract":
                cur.retract(store, rng.choice(statements), "r", "t")
            elif kind == "correct":
                cur.correct(store, rng.choice(statements), rng.randint(0, 50), user="t")
            elif kind == "note":
                cur.note(store, rng.choice(incidents), "n", "t")
            elif kind == "merge" and len(incidents) > 1:
                cur.merge(store, rng.sample(incidents, 2), user="t")
            elif kind == "move":
                cur.move(store, rng.choice(statements), rng.choice([*incidents, "new"]), user="t")
            elif kind == "undo":
                cur.undo(store, user="t")
        except cur.CurationError:
            pass  # retracted twice, moved where it is, nothing to undo: refused, nothing written
        live = _shape(store.load())
        remove_index(store.path)
        assert _shape(store.load()) == live
    while True:
        try:
            cur.undo(store, user="t")
        except cur.CurationError:
            break
    end = _shape(store.load())
    # A move to a new incident that is undone leaves no incident behind.
    assert end == start
