"""A toll as exports give it: UCDP-style best, low and high that always hold ``low <= best <= high``.

A statement keeps the figure as it was said: "more than 40" is best 40, low 41 (the words' number, and
the least toll they allow); "fewer than 12" is best 12, high 11. An incident's toll takes ``best`` from
one revision and ``low``/``high`` across all of them. Exports read those as a spreadsheet does, so:

- ``best`` lies within the bounds: "more than 40" exports best 41, "fewer than 12" best 11;
- an open-ended figure has no high: "at least 12", "more than 40", "dozens" leave ``high`` empty, so
  the row does not read as exactly 12;
- a bound that the best figure passes (an earlier, lower revision's high) widens to it.

The ``qualifier`` column (``exact``, ``at least``, ``more than``, ``up to``, ``fewer than``, ``almost``,
``about``, ``range``, ``vague``) says which reading the figure is.

>>> export_figure(12, 12, 12, "at least")
(12, 12, None)
>>> export_figure(40, 41, 41, "more than")
(41, 41, None)
>>> export_figure(25, 7, 25, "exact")
(25, 7, 25)
"""

from __future__ import annotations

from typing import Any

#: Qualifiers whose figure has no upper bound: the toll may be any number above it.
OPEN_ENDED = ("at least", "more than")
#: An outcome's columns in an export, after its name: ``killed_best``, ``killed_low``...
FIGURE_COLUMNS = ("best", "low", "high", "qualifier")


def export_columns(outcome: str | None, figure: dict[str, Any]) -> dict[str, Any]:
    """``{outcome}_best``, ``_low``, ``_high``, ``_qualifier`` (no prefix when ``outcome`` is None) of a
    toll or revision dict, read by :func:`export_figure`; all None when there is no figure."""
    qualifier = figure.get("qualifier")
    values = export_figure(figure.get("best"), figure.get("low"), figure.get("high"), qualifier)
    prefix = f"{outcome}_" if outcome else ""
    return dict(zip((prefix + k for k in FIGURE_COLUMNS), (*values, qualifier), strict=True))


def export_figure(
    best: int | None, low: int | None, high: int | None, qualifier: str | None
) -> tuple[int | None, int | None, int | None]:
    """``(best, low, high)`` with ``low <= best <= high`` wherever both sides are known.

    Bounds that are unknown stay unknown ("up to 12" has no low); none is made up.
    """
    if qualifier in OPEN_ENDED:
        high = None
    elif qualifier == "vague" and best is None and high is not None and high == low:
        # A toll's high falls back to the low of a figure without one ("dozens": low 24): open-ended.
        high = None
    if best is not None:
        if qualifier == "more than" and low is not None and best < low:
            best = low  # "more than 40": 41 is the least toll the words allow
        if qualifier == "fewer than" and high is not None and best > high:
            best = high  # "fewer than 12": at most 11
        low = None if low is None else min(low, best)
        high = None if high is None else max(high, best)
    elif low is not None and high is not None and high < low:
        high = low
    return best, low, high
