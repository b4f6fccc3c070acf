"""A report that tells a running total before its own toll ingests: the incident its toll creates is
created before the running total's statements join it (a reader replays events in their order)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from casualty_cli.cli import app

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
