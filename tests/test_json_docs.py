"""Every key the store commands print with --json is documented in README's table of JSON outputs."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from casualty_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def documented(command: str) -> str:
    """The README's row for ``command`` in the JSON outputs table."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The JSON outputs of the store commands", 1)[1].split("\n## ", 1)[0]
    [row] = [line for line in section.splitlines() if line.startswith(f"| `{command}")]
    return row


def keys(value: Any) -> set[str]:
    """Every key of every object in ``value``, at any depth, except the keys of a signature."""
    if isinstance(value, list):
        return set().union(*(keys(v) for v in value)) if value else set()
    if isinstance(value, dict):
        return set(value) | set().union(*(keys(v) for k, v in value.items() if k != "signature"))
    return set()


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    store = str(tmp_path_factory.mktemp("docs") / "store")

    def run(*args: str) -> Any:
        result = runner.invoke(app, [*args, "--store", store])
        assert result.exit_code == 0, result.stderr
        return json.loads(result.stdout)

    out = {"ingest --json": run("ingest", str(ROOT / "data"), "--json")}
    rows = run("incidents", "--json")
    iid = next(r["id"] for r in rows if r["killed"] and r["killed"]["best"] == 25)
    run("note", iid, "checked against the charity's statement", "--json")
    out["incidents --json"] = rows
    out["show ID --json"] = run("show", iid, "--json")
    out["timeline ID --json"] = run("timeline", iid, "--json")
    out["diff ID [FROM] [TO] --json"] = run("diff", iid, "--json")
    out["log [ID] --json"] = run("log", "--json")
    out["store check --json"] = run("store", "check", "--json")
    return out


@pytest.mark.parametrize(
    "command",
    [
        "ingest --json",
        "incidents --json",
        "show ID --json",
        "timeline ID --json",
        "diff ID [FROM] [TO] --json",
        "log [ID] --json",
        "store check --json",
    ],
)
def test_every_json_key_is_documented(outputs: dict[str, Any], command: str) -> None:
    row = documented(command)
    if command.startswith(("show", "timeline", "incidents", "ingest")):
        # Tolls and revisions are described once, above the table.
        readme = (ROOT / "README.md").read_text(encoding="utf-8")
        row += readme.split("## The JSON outputs of the store commands", 1)[1].split("| command |", 1)[0]
    if command.startswith("show"):  # "the incident's row as in incidents", "acts (as log)"
        row += documented("incidents --json") + documented("log [ID] --json")
    missing = {k for k in keys(outputs[command]) if not re.search(rf'"{re.escape(k)}"', row)}
    # Statement records carry the extract --json keys, documented in their own table.
    first = json.loads(runner.invoke(app, ["extract", "--json", str(ROOT / "data")]).stdout.splitlines()[0])
    missing -= {*first, "direction"}  # and a revision's {"direction", "previous"}
    assert not missing, f"undocumented in README ({command}): {sorted(missing)}"


def test_every_kind_of_derivation_is_documented() -> None:
    """The README's `derivation` row names each kind of derived figure, the report's sum included."""
    from casualty_cli.extraction import extract_statements
    from casualty_cli.model import Document

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [row] = [line for line in readme.splitlines() if line.startswith("| `derivation` |")]
    examples = {
        "Four teens were shot and one of them died.": "hit, less",
        "Two hikers were killed near the trailhead and a third person was killed in a cabin.": "sum of",
        "A tornado struck the town. (F62P)(M73M)": "NWS fatality codes",
    }
    for text, kind in examples.items():
        derived = [s.derivation for s in extract_statements(Document("d", text)) if s.derivation]
        assert any(d.startswith(kind) or kind in d for d in derived), (text, derived)
        assert kind in row
