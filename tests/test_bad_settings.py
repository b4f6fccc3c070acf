"""A hand-edited store manifest with a bad setting is refused before anything is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from casualty_cli.cli import app

runner = CliRunner()


def snapshot(store: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(store.iterdir()) if p.is_file()}


@pytest.mark.parametrize("command", [["ingest"], ["incidents"]])
def test_unknown_toll_rule_is_one_line_and_writes_nothing(tmp_path: Path, command: list[str]) -> None:
    store = tmp_path / "store"
    report = tmp_path / "r.txt"
    report.write_text("Blast in the market\n\nAt least 12 people were killed in the market blast on Monday.\n")
    assert runner.invoke(app, ["ingest", str(report), "--store", str(store), "--published", "2016-02-16"]).exit_code == 0
    manifest = store / "store.json"
    raw = json.loads(manifest.read_text())
    raw["settings"]["toll_rule"] = "bogus"
    manifest.write_text(json.dumps(raw, indent=2) + "\n")
    before = snapshot(store)
    other = tmp_path / "r2.txt"
    other.write_text("Blast in the market\n\nThe toll from Monday's market blast rose to 15.\n")
    args = [*command, "--store", str(store)] + ([str(other)] if command == ["ingest"] else [])
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "settings.toll_rule" in result.stderr and "bogus" in result.stderr
    assert "Traceback" not in result.output
    assert snapshot(store) == before
