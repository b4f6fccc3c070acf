"""Same-day reports go by their time of day, end to end: JSONL `published` with a time, through the
store, to the timeline and the current toll, whatever order they were ingested in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from casualty_cli.cli import app

runner = CliRunner()

MORNING = {
    "id": "morning",
    "published": "2019-03-16T08:00:00",
    "text": "Flood kills 23 in Beira\n\nTwenty-three people were killed when floods swept homes in "
    "Beira, Mozambique, on Friday, officials said.",
}
EVENING = {
    "id": "evening",
    "published": "2019-03-16T20:00:00",
    "text": "Beira flood toll lowered\n\nNineteen people were killed in the floods in "
    "Beira, Mozambique, on Friday, officials said on Saturday evening, after some victims were "
    "counted twice.",
}


@pytest.mark.parametrize("order", [(MORNING, EVENING), (EVENING, MORNING)], ids=["in-order", "reversed"])
def test_same_day_reports_follow_the_time_of_day(tmp_path: Path, order: tuple[dict[str, str], ...]) -> None:
    store = str(tmp_path / "store")
    for n, row in enumerate(order):
        path = tmp_path / f"{n}.jsonl"
        path.write_text(json.dumps(row) + "\n", encoding="utf-8")
        result = runner.invoke(app, ["ingest", str(path), "--store", store])
        assert result.exit_code == 0, result.stderr
    rows = json.loads(runner.invoke(app, ["incidents", "--store", store, "--json"]).stdout)
    assert len(rows) == 1
    timeline = json.loads(runner.invoke(app, ["timeline", rows[0]["id"], "--store", store, "--json"]).stdout)
    assert [r["best"] for r in timeline if r["outcome"] == "killed"] == [23, 19]
    assert rows[0]["killed"]["best"] == 19
