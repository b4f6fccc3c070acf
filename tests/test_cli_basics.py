from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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


GROUPS = sorted(g.typer_instance.info.name for g in app.registered_groups if g.typer_instance)


@pytest.mark.parametrize(
    "argv",
    [
        *([name, "--help"] for name in COMMANDS),
        *([name, "--help"] for name in GROUPS),
        ["store", "check", "--help"],
        ["show"],  # a missing argument: the same usage error
        ["diff", "--nope"],
    ],
    ids=lambda argv: " ".join(argv),
)
def test_the_command_alone_answers_as_the_whole_app(argv: list[str]) -> None:
    """`main` builds only the command it runs (`app_for`); its help and usage errors are the whole app's."""
    from casualty_cli.cli import app_for

    one = app_for(argv)
    assert one is not app
    assert len(one.registered_commands) + len(one.registered_groups) == 1
    whole, alone = runner.invoke(app, argv), runner.invoke(one, argv)
    assert (alone.exit_code, alone.stdout, alone.stderr) == (whole.exit_code, whole.stdout, whole.stderr)


@pytest.mark.parametrize("argv", [[], ["--help"], ["--version"], ["shwo"], ["-h", "show"]])
def test_no_command_named_is_the_whole_app(argv: list[str]) -> None:
    from casualty_cli.cli import app_for

    assert app_for(argv) is app


FLOOD = ("Flood in Tillaberi\n\nTILLABERI, Niger - Floods killed 14 people in Tillaberi on Monday, rescuers said.\n",
         "2024-08-20", "Sahel Wire")  # fmt: skip
DENIED = ("Tillaberi flood toll disputed\n\nTILLABERI, Niger - The regional governor denied the toll of 14 and said "
          "6 people died in the Tillaberi floods on Monday.\n", "2024-08-21", "Niger Radio")  # fmt: skip


@pytest.mark.parametrize(
    ("reports", "shown"),
    [([FLOOD], "killed 14"), ([FLOOD, DENIED], "[contested]")],  # contested: by the denial, two days apart
    ids=["one report", "contested"],
)
def test_show_loads_only_what_it_shows(tmp_path: Path, reports: list[tuple[str, str, str]], shown: str) -> None:
    """`casualty show` loads no extraction, grouping, date parser, progress bar or event classes: each
    costs start-up, and a read of the index needs none of them. A contested incident neither: whether a
    statement denies another figure was judged at extraction and stored with it."""
    store = tmp_path / "store"
    env = {**os.environ, "CASUALTY_STORE": str(store)}
    for n, (text, published, source) in enumerate(reports):
        report = tmp_path / f"report-{n}.txt"
        report.write_text(text)
        args = ["ingest", str(report), "--published", published, "--source", source]
        assert runner.invoke(app, args, env=env).exit_code == 0
    [row] = json.loads(runner.invoke(app, ["incidents", "--json"], env=env).stdout)
    heavy = (
        "dateparser", "babel", "casualty_cli.extraction", "casualty_cli.pipeline", "casualty_cli.grouping",
        "casualty_cli.places", "rich.progress", "casualty_cli.store.events", "casualty_cli.store.ingest",
    )  # fmt: skip
    code = (
        "import sys; from casualty_cli.cli import main\n"
        f"sys.argv = ['casualty', 'show', {row['id']!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert shown in run.stdout
    assert run.stdout.strip().splitlines()[-1] == "[]"
