"""How a toll reads in the terminal: what a person sees must not claim more than the figure says."""

from __future__ import annotations

from typing import Any

import pytest

from casualty_cli.render.incidents import format_toll

CASES: list[tuple[dict[str, Any] | None, str]] = [
    (None, "–"),
    ({"best": 25, "low": 7, "high": 25, "qualifier": "exact"}, "25 (7–25)"),
    ({"best": 7, "low": 7, "high": None, "qualifier": "at least"}, "at least 7"),
    ({"best": None, "low": 20, "high": 30, "qualifier": "range"}, "20–30"),
    # "many people are missing": a vague low bound, widened to itself by the toll's high
    ({"best": None, "low": 2, "high": 2, "qualifier": "vague"}, "at least 2 (vague)"),
    ({"best": None, "low": 24, "high": None, "qualifier": "vague"}, "at least 24 (vague)"),
    ({"best": None, "low": None, "high": 12, "qualifier": "up to"}, "?–12"),
]


@pytest.mark.parametrize(("toll", "shown"), CASES)
def test_format_toll(toll: dict[str, Any] | None, shown: str) -> None:
    assert format_toll(toll) == shown


# A timeline row states its figure by the same rules; a row with a best leaves the range to the diff.
REVISION_CASES: list[tuple[tuple[int | None, int | None, int | None, str], str]] = [
    ((11, 11, 11, "exact"), "11"),
    ((25, 7, 25, "exact"), "25"),
    ((7, 7, None, "at least"), "at least 7"),
    ((None, 2, None, "vague"), "at least 2 (vague)"),
    ((None, 20, 30, "range"), "20–30"),
    ((None, None, 12, "up to"), "?–12"),
]


@pytest.mark.parametrize(("figure", "shown"), REVISION_CASES)
def test_timeline_row_figure(figure: tuple[int | None, int | None, int | None, str], shown: str) -> None:
    from datetime import date

    from casualty_cli.history import TollRevision
    from casualty_cli.render.incidents import _revision_figure

    best, low, high, qualifier = figure
    revision = TollRevision(1, "killed", date(2016, 2, 16), True, best, low, high, qualifier, None)  # type: ignore[arg-type]
    assert _revision_figure(revision) == shown
