from __future__ import annotations

from typer.testing import CliRunner

from casualty_cli.cli import app

runner = CliRunner()


def test_help_lists_extract() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "extract" in result.stdout
