"""Exports that say what the figure is: a qualifier column, no high for an open-ended figure, and
``low <= best <= high`` for every toll any sequence of reports can give, under every rule."""

from __future__ import annotations

import csv
import doctest
import io
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import casualty_cli.figures
from casualty_cli.cli import app
from casualty_cli.extraction.numbers import VAGUE, parse_figure
from casualty_cli.figures import export_figure
from casualty_cli.history import StoredStatement, build_revisions, current_toll
from casualty_cli.model import Statement

runner = CliRunner()


def export(fmt: str = "csv", what: str = "incidents") -> list[dict[str, Any]]:
    result = runner.invoke(app, ["export", "--format", fmt, "--what", what])
    assert result.exit_code == 0, result.stderr
    if fmt == "json":
        rows: list[dict[str, Any]] = json.loads(result.stdout)
        return rows
    return list(csv.DictReader(io.StringIO(result.stdout)))


def ingest_text(tmp_path: Path, text: str) -> None:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(path), "--published", "2016-03-01"])
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize(
    ("sentence", "csv_row", "json_row"),
    [
        (
            "At least 12 people were killed when a bomb went off at a bus stop in Jos, police said.",
            ("12", "12", "", "at least"),
            (12, 12, None, "at least"),
        ),
        (
            "More than 40 people were killed when a ferry capsized on Lake Albert, officials said.",
            ("41", "41", "", "more than"),
            (41, 41, None, "more than"),
        ),
        (
            "Twelve people were killed when a truck hit a market stall in Kano, police said.",
            ("12", "12", "12", "exact"),
            (12, 12, 12, "exact"),
        ),
    ],
    ids=["at least", "more than", "exact"],
)
def test_an_export_says_what_the_figure_is(
    tmp_path: Path, sentence: str, csv_row: tuple[str, ...], json_row: tuple[Any, ...]
) -> None:
    ingest_text(tmp_path, sentence)
    keys = ("killed_best", "killed_low", "killed_high", "killed_qualifier")
    [row] = export()
    assert tuple(row[k] for k in keys) == csv_row
    [row] = export("json")
    assert tuple(row[k] for k in keys) == json_row
    [revision] = export("json", "revisions")
    assert (revision["best"], revision["low"], revision["high"], revision["qualifier"]) == json_row


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        ((12, 12, 12, "at least"), (12, 12, None)),
        ((40, 41, 41, "more than"), (41, 41, None)),
        ((40, 41, None, "more than"), (41, 41, None)),
        ((12, None, 11, "fewer than"), (11, None, 11)),
        ((12, None, 12, "up to"), (12, None, 12)),  # no low is made up
        ((25, 7, 25, "exact"), (25, 7, 25)),
        ((None, 24, 24, "vague"), (None, 24, None)),  # "dozens": the high was only its low
        ((None, 3, 9, "vague"), (None, 3, 9)),  # "several"
        ((None, 20, 30, "range"), (None, 20, 30)),
        ((7, 7, 25, "at least"), (7, 7, None)),
        ((9, 11, 25, "exact"), (9, 9, 25)),  # a corrected lower figure widens the low
    ],
)
def test_export_figure(figure: tuple[Any, ...], expected: tuple[Any, ...]) -> None:
    assert export_figure(*figure) == expected


def test_doctests() -> None:
    assert doctest.testmod(casualty_cli.figures).failed == 0


# --- the property: any reports, any rule --------------------------------------------------------------------

_WORDED = ["at least", "more than", "up to", "fewer than", "about", "almost", ""]


@st.composite
def figure_text(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["number", "range", "vague"]))
    if kind == "vague":
        return draw(st.sampled_from(sorted(VAGUE)))
    n = draw(st.integers(min_value=1, max_value=500))
    if kind == "range":
        return f"between {n} and {n + draw(st.integers(min_value=1, max_value=50))}"
    return f"{draw(st.sampled_from(_WORDED))} {n}".strip()


@settings(max_examples=300, deadline=None)
@given(
    texts=st.lists(st.tuples(figure_text(), st.integers(min_value=0, max_value=5)), min_size=1, max_size=6),
    rule=st.sampled_from(["latest", "highest", "lowest", "source:S1"]),
)
def test_every_exported_toll_keeps_low_best_high_in_order(texts: list[tuple[str, int]], rule: str) -> None:
    entries = []
    for n, (text, day) in enumerate(texts):
        figure = parse_figure(text)
        assert figure is not None, text
        statement = Statement(
            doc=f"d{n}",
            outcome="killed",
            best=figure.best,
            low=figure.low,
            high=figure.high,
            qualifier=figure.qualifier,
            start=0,
            end=len(text),
            quote=f"{text} killed",
        )
        entries.append(
            StoredStatement(
                id=f"s{n}",
                report=f"r{n}",
                statement=statement,
                source=f"S{n % 2 + 1}",
                published=date(2016, 2, 15) + timedelta(days=day),
                ingested="2016-03-01T00:00:00Z",
            )
        )
    rows = [current_toll(build_revisions(entries), rule)["killed"]]
    rows += build_revisions(entries)
    for row in rows:
        if row is None:
            continue
        best, low, high = export_figure(row.best, row.low, row.high, row.qualifier)
        known = [v for v in (low, best, high) if v is not None]
        assert known == sorted(known), (texts, rule, row)
        if row.qualifier in ("at least", "more than"):
            assert high is None
        if best is not None and low is not None:
            assert low <= best
