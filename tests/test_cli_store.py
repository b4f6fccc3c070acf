"""The store commands through the CLI: exit codes, JSON on stdout, one-line errors on stderr.

The end-to-end tests at the top run the real extraction and grouping on the sample reports in data/.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import random
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from casualty_cli.cli import app

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLE = DATA / "maarat-al-numan.jsonl"

runner = CliRunner()


def cli(*args: str) -> Any:
    return runner.invoke(app, list(args))


def ok_json(*args: str) -> Any:
    result = cli(*args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def split_sample(tmp_path: Path) -> list[Path]:
    """Each sample report in a JSONL file of its own, so tests can ingest them in any order."""
    out = []
    for n, line in enumerate(SAMPLE.read_text(encoding="utf-8").splitlines()):
        path = tmp_path / f"report-{n}.jsonl"
        path.write_text(line + "\n", encoding="utf-8")
        out.append(path)
    return out


def maarat(rows: list[dict[str, Any]]) -> dict[str, Any]:
    [hit] = [r for r in rows if r["killed"] and r["killed"]["best"] == 25]
    return hit


# --- end to end: the Ma'arat al-Numan story -----------------------------------------------------------


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_maarat_story_in_any_order_reads_7_11_25(tmp_path: Path, seed: int) -> None:
    files = [p for p in split_sample(tmp_path) if "idlib" in p.read_text()]
    random.Random(seed).shuffle(files)
    if seed == 1:
        files.reverse()
    for path in files:
        result = cli("ingest", str(path))
        assert result.exit_code == 0, result.stderr
    rows = ok_json("incidents")
    idlib = [
        r
        for r in rows
        if any(rep["published"] and rep["published"].startswith("2016-02") for rep in r["reports"])
    ]
    assert len(idlib) == 1, [r["title"] for r in rows]
    incident = idlib[0]
    assert len(incident["reports"]) == 4
    assert (incident["killed"]["best"], incident["killed"]["low"], incident["killed"]["high"]) == (25, 7, 25)

    timeline = ok_json("timeline", incident["id"][:5])
    killed = [r for r in timeline if r["outcome"] == "killed"]
    assert [r["best"] for r in killed] == [7, 11, 25]
    assert [r["published"] for r in killed] == ["2016-02-15", "2016-02-16", "2016-02-26"]
    assert sorted(killed[0]["sources"]) == ["Gulf Daily", "Levant Wire"]  # one wire story, two outlets

    diff = ok_json("diff", incident["id"])
    best = next(c for c in diff["changes"] if c["field"] == "killed.best")
    assert (best["before"], best["after"], best["delta"]) == (11, 25, 14)


def test_ingest_reports_new_incidents_then_revisions(tmp_path: Path) -> None:
    first, second, third, *_ = split_sample(tmp_path)
    result = cli("ingest", str(first))
    assert result.exit_code == 0
    assert "new" in result.stdout and "1 incident(s) created" in result.stdout
    result = cli("ingest", str(third))
    assert result.exit_code == 0
    assert "revised" in result.stdout and "at least 7 (7–11) → 11" not in result.stdout
    out = ok_json("ingest", str(second))  # the wire copy: a new report, no new revision
    assert out["reports"]["ingested"] == 1 and out["incidents"]["revised"] == []


# --- ingest ------------------------------------------------------------------------------------------


def test_ingest_json_writes_only_json_and_counts_everything() -> None:
    out = ok_json("ingest", str(SAMPLE))
    assert out["reports"]["read"] == 6 and out["reports"]["ingested"] == 6
    assert out["reports"]["failed"] == [] and out["reports"]["duplicates"] == []
    assert out["statements"] >= 6
    again = ok_json("ingest", str(SAMPLE))
    assert again["reports"]["ingested"] == 0 and len(again["reports"]["duplicates"]) == 6
    assert again["statements"] == 0 and again["incidents"] == {"created": [], "revised": []}


def test_ingest_summary_names_failures_and_exits_non_zero(tmp_path: Path) -> None:
    result = cli("ingest", str(tmp_path / "nope.txt"), str(SAMPLE))
    assert result.exit_code == 1
    assert "6 ingested" in result.stdout and "1 failed" in result.stdout
    [line] = [x for x in result.stderr.splitlines() if x.startswith("Error:")]
    assert "nope.txt" in line
    assert len(ok_json("incidents")) >= 2  # the good file still landed


def test_ingest_dry_run_writes_nothing(tmp_path: Path) -> None:
    store = tmp_path / "dry"
    result = cli("ingest", str(SAMPLE), "--dry-run", "--store", str(store))
    assert result.exit_code == 0
    assert "dry run" in result.stdout and "would be created" in result.stdout
    assert not store.exists()


def test_ingest_tells_once_about_reports_without_a_date(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("At least 7 people were killed in a strike on a hospital in Idlib on Monday.")
    b.write_text("Three people were injured in a shooting in Chicago on Sunday.")
    result = cli("ingest", str(a), str(b))
    assert result.exit_code == 0
    [warning] = [x for x in result.stderr.splitlines() if x.startswith("Warning:")]
    assert "a.txt" in warning and "b.txt" in warning
    result = cli("ingest", str(tmp_path / "c.txt"), "--published", "not a date")
    assert result.exit_code == 2 and result.stderr.startswith("Error: --published")


def test_ingest_source_and_published_flags_apply(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("At least 7 people were killed in a strike on a hospital in Idlib on Monday.")
    cli("ingest", str(a), "--source", "Levant Wire", "--published", "2016-02-15")
    [row] = ok_json("incidents")
    assert row["reports"][0]["source"] == "Levant Wire" and row["reports"][0]["published"] == "2016-02-15"


# --- read commands -----------------------------------------------------------------------------------


@pytest.fixture
def sample() -> list[dict[str, Any]]:
    assert cli("ingest", str(SAMPLE)).exit_code == 0
    rows: list[dict[str, Any]] = ok_json("incidents")
    return rows


def test_incidents_json_shape(sample: list[dict[str, Any]]) -> None:
    for row in sample:
        for key in ("id", "title", "event_date", "killed", "injured", "missing", "reports"):
            assert key in row
        for outcome in ("killed", "injured", "missing"):
            assert row[outcome] is None or {"best", "low", "high"} <= set(row[outcome])
        for rep in row["reports"]:
            assert set(rep) >= {"id", "source", "published"}


def test_incidents_filters_and_sorts(sample: list[dict[str, Any]]) -> None:
    assert len(ok_json("incidents", "--since", "2016-01-01")) == 1
    assert ok_json("incidents", "--place", "kunduz")[0]["killed"]["best"] == 22
    assert [r["killed"]["best"] for r in ok_json("incidents", "--sort", "killed")][:2] == [25, 22]
    assert ok_json("incidents", "--search", "no such words anywhere") == []
    assert len(ok_json("incidents", "--search", "relief review")) == 1  # a source name
    table = cli("incidents")
    assert table.exit_code == 0 and maarat(sample)["id"] in table.stdout


def test_show_has_every_source_and_quote(sample: list[dict[str, Any]]) -> None:
    incident = maarat(sample)
    detail = ok_json("show", incident["id"])
    assert detail["killed"]["best"] == 25
    sources = {r["source"] for r in detail["reports"]}
    assert sources == {"Levant Wire", "Gulf Daily", "Aid Monitor", "Relief Review"}
    quotes = [s["quote"] for r in detail["reports"] for s in r["statements"]]
    assert any("Twenty-five" in q for q in quotes)
    text = cli("show", incident["id"])
    assert text.exit_code == 0 and "Relief Review" in text.stdout and "latest" in text.stdout


def test_timeline_table_has_a_chart(sample: list[dict[str, Any]]) -> None:
    result = cli("timeline", maarat(sample)["id"])
    assert result.exit_code == 0
    assert "killed over time" in result.stdout and "█" in result.stdout
    assert "(+14)" in result.stdout


def test_diff_between_named_revisions(sample: list[dict[str, Any]]) -> None:
    iid = maarat(sample)["id"]
    timeline = ok_json("timeline", iid)
    first_killed = next(r["revision"] for r in timeline if r["outcome"] == "killed")
    out = ok_json("diff", iid, "0", str(first_killed))
    assert out["from"] is None and out["to"]["revision"] == first_killed
    result = cli("diff", iid)
    assert result.exit_code == 0 and "killed.best" in result.stdout and "+14" in result.stdout
    bad = cli("diff", iid, "1", "99")
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: TO: no revision 99")
    bad = cli("diff", iid, "one")
    assert bad.exit_code == 2 and "not a revision number" in bad.stderr


def test_export_csv_json_and_file(sample: list[dict[str, Any]], tmp_path: Path) -> None:
    result = cli("export")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(sample)
    assert {"killed_best", "killed_low", "killed_high", "injured_best", "missing_high"} <= set(rows[0])
    revisions = json.loads(cli("export", "--format", "json", "--what", "revisions").stdout)
    assert {r["outcome"] for r in revisions} >= {"killed", "injured", "missing"}
    assert all({"incident", "published", "best", "low", "high", "quote"} <= set(r) for r in revisions)
    # who said each figure, as the statement read it from its sentence ("..., activists said")
    said = {r["attribution"] for r in revisions if r["attribution"]}
    assert said and all(r["attribution"] is None or r["attribution"] in r["quote"] for r in revisions)
    out = tmp_path / "incidents.csv"
    result = cli("export", "--output", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert out.read_text().startswith("id,title,event_date,killed_best")


# --- errors: one line, non-zero, nothing written -------------------------------------------------------


def test_unknown_id_is_one_line(sample: list[dict[str, Any]]) -> None:
    for command in ("show", "timeline", "diff"):
        result = cli(command, "zzzz")
        assert result.exit_code == 1
        assert result.stdout == ""
        [line] = result.stderr.splitlines()
        assert line.startswith("Error: no incident 'zzzz'")


def test_ambiguous_id_lists_candidates(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import test_store

    import casualty_cli.extraction

    test_store.install_fakes(monkeypatch)
    monkeypatch.setattr(casualty_cli.extraction, "extract_statements", test_store.fake_extract)
    for n in range(40):
        (tmp_path / f"r{n}.txt").write_text(f"[incident T{n}] {n + 1} killed")
    assert cli("ingest", str(tmp_path), "--published", "2016-02-15").exit_code == 0
    ids = sorted(r["id"] for r in ok_json("incidents"))
    prefix = next(a[0] for a, b in itertools.pairwise(ids) if a[0] == b[0])
    result = cli("show", prefix)
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert "ambiguous" in line and all(i in line for i in ids if i.startswith(prefix))


@pytest.mark.parametrize("command", [["incidents"], ["show", "abc"], ["export"], ["ingest", str(SAMPLE)]])
def test_bad_store_paths_are_one_line(tmp_path: Path, command: list[str]) -> None:
    a_file = tmp_path / "file"
    a_file.write_text("keep me")
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "photo.jpg").write_bytes(b"\xff\xd8")
    corrupt = tmp_path / "corrupt"
    corrupt.mkdir()
    (corrupt / "store.json").write_text('{"format": "casualty-store", "sche')
    for store, message in ((a_file, "is a file"), (foreign, "not a casualty store"), (corrupt, "corrupt")):
        result = cli(*command, "--store", str(store))
        assert result.exit_code == 1, result.stdout
        [line] = result.stderr.splitlines()
        assert line.startswith("Error:") and message in line
    assert a_file.read_text() == "keep me"
    assert sorted(p.name for p in foreign.iterdir()) == ["photo.jpg"]
    assert (corrupt / "store.json").read_text() == '{"format": "casualty-store", "sche'


def test_store_env_var_and_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASUALTY_STORE", str(tmp_path / "env-store"))
    assert cli("ingest", str(SAMPLE)).exit_code == 0
    assert (tmp_path / "env-store" / "store.json").exists()
    (tmp_path / "other").mkdir()
    assert ok_json("incidents", "--store", str(tmp_path / "other")) == []


def test_empty_store_reads_are_fine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The default location may be absent (nothing ingested yet); so may nothing that was named."""
    import platformdirs

    monkeypatch.delenv("CASUALTY_STORE")
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda name: str(tmp_path / "data" / name))
    assert ok_json("incidents") == []
    result = cli("incidents")
    assert result.exit_code == 0 and "No incidents" in result.stdout
    result = cli("show", "abc")
    assert result.exit_code == 1 and "holds no incidents" in result.stderr
    assert not (tmp_path / "data").exists()


def test_every_store_command_has_help() -> None:
    for command in ("ingest", "incidents", "show", "timeline", "diff", "export"):
        result = cli(command, "--help")
        assert result.exit_code == 0 and "--store" in result.stdout


# --- rendering -----------------------------------------------------------------------------------------


def test_progress_bar_only_when_enabled() -> None:
    from rich.console import Console

    from casualty_cli.render.incidents import ingest_progress

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=100)
    with ingest_progress(console, enabled=True) as tick:
        tick("report-1.txt")
        tick("report-2.txt")
    assert "reading reports" in buffer.getvalue()
    quiet = io.StringIO()
    with ingest_progress(Console(file=quiet), enabled=False) as tick:
        tick("report-1.txt")
    assert quiet.getvalue() == ""


def test_incident_table_keeps_one_row_a_line(sample: list[dict[str, Any]]) -> None:
    from rich.console import Console

    from casualty_cli.render.incidents import render_incidents

    buffer = io.StringIO()
    render_incidents(Console(file=buffer, width=60), sample)
    lines = buffer.getvalue().splitlines()
    assert len(lines) == 1 + len(sample) and all(len(line) <= 60 for line in lines)
    assert lines[0].split()[:2] == ["id", "killed"]  # at 60 columns the ranges and dates gave way
    assert any(line.startswith(maarat(sample)["id"]) and " 25 " in line for line in lines)


def test_narrow_table_keeps_the_bound_of_a_figure_with_no_best() -> None:
    """At a width where tolls lose their ranges, a figure with only a bound ("dozens still missing")
    keeps it in short ("≥2"), never "?–?"."""
    from rich.console import Console

    from casualty_cli.render.incidents import render_incidents

    vague = {"best": None, "low": 2, "high": 2, "qualifier": "vague"}
    row = {
        "id": "059ada4", "title": "Idlib hospital, 15 February 2016", "event_date": "2016-02-15",
        "killed": {"best": 11, "low": 11, "high": 11, "qualifier": "exact"}, "injured": None,
        "missing": vague, "reports": [{}], "last_published": "2016-02-16", "contested": False,
    }  # fmt: skip
    buffer = io.StringIO()
    render_incidents(Console(file=buffer, width=80), [row])
    assert "?–?" not in buffer.getvalue()
    assert "≥2" in buffer.getvalue() or "at least 2" in buffer.getvalue()


def test_a_claimed_figure_is_stored_but_never_counted(tmp_path: Path) -> None:
    """A party's claim beside the report's own figure is on record in `show` and does not move the toll."""
    report = tmp_path / "raid.txt"
    report.write_text(
        "Raid on a police post\n\nA roadside bomb killed 4 soldiers near Mandera on Monday. "
        "The rebels claim 20 fatalities.\n"
    )
    store = str(tmp_path / "store")
    assert cli("ingest", str(report), "--store", store, "--published", "2019-05-02").exit_code == 0
    [row] = ok_json("incidents", "--store", store)
    assert row["killed"]["best"] == 4
    shown = ok_json("show", row["id"], "--store", store)
    assert [(s["best"], s["scope"], s["counts"]) for s in shown["statements"]] == [
        (4, "incident", True),
        (20, "claimed", False),
    ]
