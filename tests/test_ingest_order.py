"""Ingest order. A report that tells a running total before its own toll ingests: the incident its toll
creates is created before the running total's statements join it (a reader replays events in their
order). A batch's reports are grouped oldest first, whatever order they came in."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from casualty_cli import pipeline
from casualty_cli.cli import app
from casualty_cli.model import Document

REPORT = (
    "Shooting toll\n\nSince January, 112 people have been killed by gunfire in the county. On Saturday a "
    "woman was killed and three men were wounded when a gunman opened fire at a party on Elm Street in "
    "Dayton."
)


def test_a_running_total_before_the_toll_joins_the_incident_the_toll_creates(tmp_path: Path) -> None:
    report = tmp_path / "party.txt"
    report.write_text(REPORT)
    store = tmp_path / "store"
    result = CliRunner().invoke(
        app, ["ingest", str(report), "--published", "2016-05-03", "--store", str(store), "--json"]
    )
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in (store / "events.jsonl").read_text().splitlines()]
    created = [e["incident"] for e in events if e["type"] == "incident.create"]
    attached = [e["incident"] for e in events if e["type"] == "attach"]
    assert len(created) == 1 and set(attached) == set(created) and len(attached) == 2
    assert events[0]["type"] == "incident.create"


# --- a batch is grouped oldest first, whatever order it came in ------------------------------------------

#: Our own three reports of the raids on villages of Bokkos, Plateau State, on 23-24 December 2023: the
#: first names the village and the state, the survivors' account only the village, the burial only the
#: state and its capital. Oldest first, both later reports join the first; read one at a time newest
#: first, the burial and the survivors' account (other places) make two incidents and the first report
#: joins one of them.
PLATEAU = [
    {"id": "raid", "published": "2023-12-25", "source": "Plateau Wire", "title": "Gunmen kill 113 in Plateau villages",
     "text": "Armed men raided the village of Mushu in Bokkos local government area of Plateau State on Saturday "
             "night, killing at least 113 people, a council official said."},
    {"id": "survivors", "published": "2023-12-26", "source": "Abuja Daily", "title": "Mushu survivors recount the raid",
     "text": "Survivors in Mushu said the raiders burned homes and shot those who ran. Officials said 160 people "
             "had been killed."},
    {"id": "burial", "published": "2023-12-27", "source": "Relief Wire", "title": "Mass burial in Plateau",
     "text": "Victims of the Christmas Eve raids were buried in a mass grave on Wednesday. The Plateau State "
             "government said 160 had died and that hundreds of wounded were in hospitals in Jos."},
]  # fmt: skip


def _grouped(tmp_path: Path, rows: list[dict[str, str]], *options: str) -> list[list[str]]:
    """The reports of each incident ``casualty ingest`` made of ``rows``, given in that order."""
    data = tmp_path / "feed.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    store = str(tmp_path / "store")
    result = CliRunner().invoke(app, ["ingest", str(data), "--store", store, *options])
    assert result.exit_code == 0, result.output
    incidents = json.loads(CliRunner().invoke(app, ["incidents", "--store", store, "--json"]).stdout)
    return sorted(sorted(r["doc"] for r in row["reports"]) for row in incidents)


@pytest.mark.parametrize(
    ("order", "ids"),
    [
        ("oldest first", ["raid", "survivors", "burial"]),
        ("newest first, as a feed", ["burial", "survivors", "raid"]),
        ("the latest first, then the rest", ["burial", "raid", "survivors"]),
        ("the first last", ["survivors", "burial", "raid"]),
    ],
)
def test_a_batch_in_any_order_groups_as_oldest_first(tmp_path: Path, order: str, ids: list[str]) -> None:
    rows = [next(r for r in PLATEAU if r["id"] == i) for i in ids]
    assert _grouped(tmp_path, rows) == [["burial", "raid", "survivors"]]


def test_the_order_is_kept_within_a_batch_only(tmp_path: Path) -> None:
    """A batch is grouped before the next is read: one report a batch, newest first, is the old order."""
    assert _grouped(tmp_path, PLATEAU[::-1], "--batch", "1") == [["burial"], ["raid", "survivors"]]


def _at(published: str | None) -> pipeline.AnalysedReport:
    when = datetime.fromisoformat(published) if published and "T" in published else None
    day = date.fromisoformat(published[:10]) if published else None
    doc = Document(id=published or "undated", text="", published=day, published_at=when)
    return pipeline.AnalysedReport(doc, "", (), (), (), ())


INGESTED_AT = "2020-02-01T09:00:00Z"


@pytest.mark.parametrize(
    ("published", "order"),
    [
        (["2020-01-01", "2020-01-02", "2020-01-03"], [0, 1, 2]),  # oldest first stays
        (["2020-01-03", "2020-01-02", "2020-01-01"], [2, 1, 0]),  # newest first is turned round
        (["2020-01-01", "2020-01-01", "2020-01-02"], [0, 1, 2]),  # one day's reports in the input's order ...
        (["2020-01-02", "2020-01-01", "2020-01-01"], [2, 1, 0]),  # ... read from its end when it runs back
        (["2020-01-02", "2020-01-01", "2020-01-03"], [1, 0, 2]),  # as many steps back as forward: input order
        (["2020-01-01", None, "2020-01-02"], [0, 2, 1]),  # no date: the ingest date's place (here, last)
        ([None, "2020-01-05", "2020-01-03"], [2, 1, 0]),
        (["2020-02-03", None], [1, 0]),  # published after the ingest date (a clock ahead): after it
        # the time of day orders one day's reports; a date alone is the day's start
        (["2020-01-01T20:00:00", "2020-01-01T08:00:00", "2020-01-01"], [2, 1, 0]),
        (["2020-01-01T08:00:00+05:00", "2020-01-01T07:00:00+00:00"], [1, 0]),  # each writer's own clock
    ],
)
def test_publication_order(published: list[str | None], order: list[int]) -> None:
    assert pipeline.publication_order([_at(p) for p in published], INGESTED_AT) == order


def test_the_store_holds_a_batch_oldest_first_and_the_summary_lists_reports_as_read(tmp_path: Path) -> None:
    crash = {"id": "crash", "title": "Driver dies in crash", "text": "A driver was killed when his van left the road on Sunday."}
    again = {**PLATEAU[2], "id": "burial again"}  # the same text: one report, the first read
    data = tmp_path / "feed.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in [*PLATEAU[::-1], crash, again]), encoding="utf-8")
    store = tmp_path / "store"
    result = CliRunner().invoke(app, ["ingest", str(data), "--store", str(store), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)["reports"]
    assert [d["doc"] for d in summary["duplicates"]] == ["burial again"] and summary["undated"] == ["crash"]
    written = [json.loads(line)["doc"] for line in (store / "reports.jsonl").read_text().splitlines()]
    assert written == ["raid", "survivors", "burial", "crash"]  # no date: the ingest date's place, last
