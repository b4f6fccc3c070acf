from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from casualty_cli.cli import app

runner = CliRunner()

COMMANDS = sorted(c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands)


def test_help_lists_every_command() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert name in result.stdout


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_explains_itself(name: str) -> None:
    """Each command's docstring is its --help: a command without one is a bug."""
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0
    usage, _, rest = result.stdout.partition("\n\n")
    assert usage.startswith("Usage: ")
    assert rest.strip().splitlines()[0].strip(), f"{name} has no help text"


def test_help_starts_without_heavy_imports() -> None:
    """`casualty --help` must not import dateparser, trafilatura or feedparser (start-up stays fast)."""
    code = (
        "import sys; from casualty_cli.cli import app\n"
        "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('dateparser', 'trafilatura', 'feedparser') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"
