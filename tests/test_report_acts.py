"""Fixing what was said at ingest: `reports set REPORT --published DATE --source NAME` and `rename ID
TITLE`, each a recorded act that `log` lists and `undo` reverses, like the other curation acts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_curation import MARKET_FIRST, MARKET_RISE, cli, events, ingest, ok_json, store_dir

from casualty_cli.store.index import Index
from casualty_cli.store.index import remove as remove_index
from casualty_cli.store.review import listing
from casualty_cli.store.state import StoreState


@pytest.fixture
def market(tmp_path: Path) -> dict[str, Any]:
    """The market incident: 7 killed (Feb 15, Valley Post), then 'risen to 12' (Feb 16, Wire)."""
    ingest(tmp_path, "first", MARKET_FIRST, "2016-02-15", "Valley Post")
    ingest(tmp_path, "rise", MARKET_RISE, "2016-02-16", "Wire")
    [row] = ok_json("incidents")
    return row


def report_of(iid: str, source: str) -> dict[str, Any]:
    return next(r for r in ok_json("show", iid)["reports"] if r["source"] == source)


def killed_revisions(iid: str) -> list[tuple[str, int]]:
    return [(r["published"], r["best"]) for r in ok_json("timeline", iid) if r["outcome"] == "killed"]


def test_reports_set_moves_a_report_in_time_and_the_toll_follows(market: dict[str, Any]) -> None:
    iid = market["id"]
    assert killed_revisions(iid) == [("2016-02-15", 7), ("2016-02-16", 12)]
    key = report_of(iid, "Wire")["key"]
    act = ok_json(
        "reports", "set", key[:5], "--published", "14 Feb 2016 09:30", "--reason", "the feed's date"
    )
    assert (act["type"], act["report"], act["published"], act["was"]) == (
        "report.set",
        key,
        "2016-02-14T09:30:00",
        {"published": "2016-02-16"},
    )
    assert report_of(iid, "Wire")["published"] == "2016-02-14T09:30:00"
    # 12 now comes first, and the later "at least 7" agrees with it: no revision of its own.
    assert killed_revisions(iid) == [("2016-02-14", 12)]
    assert ok_json("show", iid)["killed"]["as_of"] == "2016-02-14"
    undone = ok_json("undo")
    assert undone["undoes"] == act["id"]
    assert report_of(iid, "Wire")["published"] == "2016-02-16"
    assert killed_revisions(iid) == [("2016-02-15", 7), ("2016-02-16", 12)]


def test_reports_set_source_changes_who_said_it(market: dict[str, Any]) -> None:
    iid = market["id"]
    key = report_of(iid, "Valley Post")["key"]
    ok_json("reports", "set", key, "--source", "Valley Daily Post")
    assert {r["source"] for r in ok_json("show", iid)["reports"]} == {"Valley Daily Post", "Wire"}
    assert ok_json("incidents", "--rule", "source:Valley Daily Post")[0]["killed"]["best"] == 7
    [act] = ok_json("log")
    assert act["what"] == f"set report {key}: source 'Valley Post' → 'Valley Daily Post'"


def test_a_report_can_be_named_by_its_document_id(tmp_path: Path, market: dict[str, Any]) -> None:
    act = ok_json("reports", "set", str(tmp_path / "first.txt"), "--published", "2016-02-15T08:00:00Z")
    assert act["published"] == "2016-02-15T08:00:00+00:00"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["reports", "set", "ffffffff", "--source", "X"], 1, "Error: no report 'ffffffff'"),
        (["reports", "set", "{key}"], 2, "Error: say what to set: --published DATE and/or --source NAME"),
        (
            ["reports", "set", "{key}", "--published", "yesterday"],
            2,
            "Error: --published: cannot read 'yesterday'",
        ),
        (["reports", "set", "{key}", "--source", "Wire"], 1, "Error: report {key} has source 'Wire' already"),
        (["rename", "{iid}", "  "], 2, "Error: TITLE: a title cannot be empty"),
        (["rename", "nope", "A title"], 1, "Error: no incident 'nope'"),
    ],
)
def test_bad_fixes_are_one_line_and_write_nothing(
    market: dict[str, Any], args: list[str], code: int, message: str
) -> None:
    key = report_of(market["id"], "Wire")["key"]
    before = events()
    result = cli(*(a.format(key=key, iid=market["id"]) for a in args))
    assert result.exit_code == code
    assert result.stderr.startswith(message.format(key=key)) and result.stderr.count("\n") == 1
    assert events() == before


def test_rename_titles_an_incident_until_undone(market: dict[str, Any]) -> None:
    iid, machine = market["id"], market["title"]
    act = ok_json("rename", iid, "Ma'arat al-Numan  market strike", "--reason", "the desk's name")
    assert (act["type"], act["title"], act["was"]) == (
        "incident.rename",
        "Ma'arat al-Numan market strike",
        machine,
    )
    assert ok_json("incidents")[0]["title"] == "Ma'arat al-Numan market strike"
    assert ok_json("show", iid)["title"] == "Ma'arat al-Numan market strike"
    assert [a["what"] for a in ok_json("log", iid)] == [
        f'renamed {iid}: {machine!r} → "Ma\'arat al-Numan market strike"'
    ]
    ok_json("undo")
    assert ok_json("incidents")[0]["title"] == machine


def test_the_acts_replay_as_the_index_caches_them(market: dict[str, Any]) -> None:
    iid = market["id"]
    ok_json(
        "reports", "set", report_of(iid, "Wire")["key"], "--published", "2016-02-17", "--source", "Wire 2"
    )
    ok_json("rename", iid, "Market strike")
    cached = ok_json("show", iid)
    remove_index(store_dir())
    assert ok_json("show", iid) == cached
    assert cli("store", "check").exit_code == 0


def _event(eid: int, kind: str, **body: Any) -> dict[str, Any]:
    return {"id": eid, "at": f"2016-02-{eid:02d}T00:00:00Z", "type": kind, **body}


def test_a_person_s_title_outlives_grouping_retitling_and_undo_gives_the_latest_machine_title(
    tmp_path: Path,
) -> None:
    state = StoreState()
    state.apply_report(
        {"key": "r1", "hash": "h1", "doc": "d1", "source": None, "published": None, "ingested": "x"}
    )
    state.apply_event(_event(1, "incident.create", incident="i1", signature={}, title="Market, 2016-02-15"))
    state.apply_event(
        _event(2, "incident.rename", incident="i1", title="The market strike", was="Market, 2016-02-15")
    )
    state.apply_event(
        _event(
            3, "attach", incident="i1", report="r1", statements=[], signature={"a": 1}, title="Central market"
        )
    )
    assert state.incidents["i1"].title == "The market strike"
    state.apply_event(_event(4, "undo", undoes=2, act="incident.rename", incident="i1"))
    assert state.incidents["i1"].title == "Central market"
    state.path = tmp_path
    state.flush(Index.create(tmp_path, "s"), listing)  # through the index and back
    index = Index.open(tmp_path, "s")
    assert index is not None
    round_trip = StoreState.over(index)
    assert round_trip is not None and round_trip.curation.to_dict() == state.curation.to_dict()
    assert round_trip.curation.renamed == {} and round_trip.incidents["i1"].title == "Central market"


def test_a_rename_outlives_curation_that_remakes_the_title(market: dict[str, Any]) -> None:
    """Moving a statement out remakes the incident's signature and title from what is left in it."""
    iid = market["id"]
    ok_json("rename", iid, "The market strike")
    sid = next(s["id"] for s in ok_json("show", iid)["statements"] if s["best"] == 12)
    ok_json("move", sid, "--to", "new")
    assert next(r["title"] for r in ok_json("incidents") if r["id"] == iid) == "The market strike"
    ok_json("undo")  # the move
    ok_json("undo")  # the rename: grouping's title again
    assert next(r["title"] for r in ok_json("incidents") if r["id"] == iid) == market["title"]


def test_an_empty_source_clears_it(market: dict[str, Any]) -> None:
    key = report_of(market["id"], "Wire")["key"]
    act = ok_json("reports", "set", key, "--source", "")
    assert (act["source"], act["was"]) == (None, {"source": "Wire"})
    assert {r["source"] for r in ok_json("show", market["id"])["reports"]} == {"Valley Post", None}
