"""Blind grouping sets as tables: a JSONL fixture of reports ("id", "published", "text", ...) and rows of
two report ids each, whether a desk editor files them as one incident or apart, and the rows grouping still
gets wrong (strict xfails that say why). :func:`table_tests` makes the tests of one set; each test file
binds them to its own names (``globals().update(table_tests(...))``), so the rule of how a set is ingested
and read back lives once."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from casualty_cli.cli import app

Pair = tuple[str, str]
Why = tuple[str, str, str]


def ingested(tmp: Path, data: Path) -> dict[str, set[str]]:
    """Each report's id and the incidents ``casualty ingest data`` filed it under, in a fresh store."""
    env = {**os.environ, "CASUALTY_STORE": str(tmp / "store")}
    assert CliRunner().invoke(app, ["ingest", str(data)], env=env).exit_code == 0
    rows = json.loads(CliRunner().invoke(app, ["incidents", "--json"], env=env).stdout)
    out: dict[str, set[str]] = {}
    for row in rows:
        for r in row["reports"]:
            out.setdefault(str(r["doc"]), set()).add(str(row["id"]))
    return out


def together(filed: dict[str, set[str]], a: str, b: str) -> bool:
    return bool(filed.get(a, set()) & filed.get(b, set()))


def _published(line: str) -> str:
    return str(json.loads(line)["published"])


#: A set in other orders: ingest groups each batch oldest first, whatever order it came in, and takes
#: reports of one day in the order the input runs (a feed lists them newest first too).
ORDERS: dict[str, Callable[[list[str]], list[str]]] = {
    "newest first, as a feed": lambda rows: sorted(rows, key=_published)[::-1],
    "the file backwards": lambda rows: rows[::-1],
    "oldest first": lambda rows: sorted(rows, key=_published),
}


def _xfails(rows: list[Why]) -> list[Any]:
    return [pytest.param(a, b, marks=pytest.mark.xfail(strict=True, reason=why), id=f"{a}-{b}") for a, b, why in rows]


def table_tests(
    fixture: Path, one: list[Pair], apart: list[Pair], still_apart: list[Why], still_together: list[Why]
) -> dict[str, Any]:
    """The fixture ``filed`` and the tests of one set, by the names a test module binds them to."""

    @pytest.fixture(scope="module")
    def filed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
        """Each report's id and the incidents it was filed under."""
        return ingested(tmp_path_factory.mktemp(fixture.stem), fixture)

    @pytest.mark.parametrize("order", list(ORDERS))
    def test_any_order_of_the_reports_files_them_as_publication_order_does(
        filed: dict[str, set[str]], tmp_path: Path, order: str
    ) -> None:
        shuffled = tmp_path / "in.jsonl"
        rows = ORDERS[order](fixture.read_text(encoding="utf-8").splitlines())
        shuffled.write_text("\n".join(rows) + "\n", encoding="utf-8")
        assert ingested(tmp_path, shuffled) == filed

    @pytest.mark.parametrize(("a", "b"), one)
    def test_reports_of_one_event_are_one_incident(filed: dict[str, set[str]], a: str, b: str) -> None:
        assert together(filed, a, b)

    @pytest.mark.parametrize(("a", "b"), apart)
    def test_reports_of_other_events_stay_apart(filed: dict[str, set[str]], a: str, b: str) -> None:
        assert a in filed and b in filed
        assert not together(filed, a, b)

    @pytest.mark.parametrize(("a", "b"), _xfails(still_apart))
    def test_reports_of_one_event_still_filed_apart(filed: dict[str, set[str]], a: str, b: str) -> None:
        assert together(filed, a, b)

    @pytest.mark.parametrize(("a", "b"), _xfails(still_together))
    def test_reports_of_other_events_still_filed_together(filed: dict[str, set[str]], a: str, b: str) -> None:
        assert a in filed and b in filed
        assert not together(filed, a, b)

    def test_every_report_of_the_fixture_is_in_a_table() -> None:
        ids = {json.loads(line)["id"] for line in fixture.read_text(encoding="utf-8").splitlines()}
        named = {x for a, b in one + apart for x in (a, b)}
        named |= {x for a, b, _ in still_apart + still_together for x in (a, b)}
        assert ids == named

    return {name: f for name, f in locals().items() if name == "filed" or name.startswith("test_")}
