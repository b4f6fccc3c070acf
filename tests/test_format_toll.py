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
