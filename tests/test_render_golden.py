"""Rendered output at 80 and 120 columns, compared with golden files in tests/golden/.

Every line fits the width: tables give up columns in a fixed order, quotes and long lines wrap between
words with an indent. The inputs are built here by hand, so the files change only when rendering does.
To accept a deliberate change: ``CASUALTY_UPDATE_GOLDEN=1 python -m pytest tests/test_render_golden.py``.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from casualty_cli.history import StoredStatement, TollRevision
from casualty_cli.model import Breakdown, Statement
from casualty_cli.render.common import wrap
from casualty_cli.render.curation import render_incident_view
from casualty_cli.render.incidents import render_incidents, render_ingest, render_timeline
from casualty_cli.render.statements import render_statements

GOLDEN = Path(__file__).parent / "golden"

LONG_QUOTE = (
    "Rescue workers pulled the last survivors from the collapsed four-storey building in the Kawangware "
    "area late on Tuesday, and the county commissioner said 14 people had been confirmed dead, "
    "including three children who were in a nursery on the ground floor when the walls gave way."
)


def toll(best: int | None, low: int | None, high: int | None, qualifier: str = "exact") -> dict[str, Any]:
    return {
        "best": best,
        "low": low,
        "high": high,
        "qualifier": qualifier,
        "rule": "latest",
        "as_of": "2016-02-26",
        "source": "Nairobi Evening Standard",
        "revision": 3,
    }


INCIDENT_ROWS = [
    {
        "id": "9f494b0",
        "event_date": "2016-02-15",
        "killed": toll(25, 7, 25),
        "injured": None,
        "missing": toll(8, 8, 8),
        "reports": ["a", "b", "c", "d"],
        "last_published": "2016-02-26",
        "title": "Ma'arat al-Numan hospital supported by an aid charity, Idlib province, 2016-02-15",
    },
    {
        "id": "146e86f",
        "event_date": "2015-10-03",
        "killed": toll(22, 9, 22),
        "injured": toll(37, 37, 37),
        "missing": toll(30, 31, None, "more than"),
        "reports": ["a", "b"],
        "last_published": "2015-10-04",
        "title": "Kunduz trauma hospital, 2015-10-03",
    },
    {
        "id": "0c1d2e3",
        "event_date": None,
        "killed": toll(14, 3, 14),
        "injured": toll(120, 100, 150, "about"),
        "missing": None,
        "reports": ["a"] * 12,
        "last_published": "2016-05-01",
        "title": "Kawangware building collapse",
    },
]


def _entry(n: int, quote: str, best: int, qualifier: str, published: date) -> StoredStatement:
    statement = Statement(
        doc=f"report-{n}",
        outcome="killed",
        best=best,
        low=best,
        high=None if qualifier == "at least" else best,
        qualifier=qualifier,  # type: ignore[arg-type]
        start=0,
        end=10,
        quote=quote,
        attribution="the county commissioner",
    )
    return StoredStatement(
        f"s{n}", f"r{n}", statement, "Nairobi Evening Standard", published, "2016-05-02T00:00:00Z"
    )


def revisions() -> list[TollRevision]:
    first = _entry(
        1, "At least three people died when the building came down.", 3, "at least", date(2016, 4, 29)
    )
    second = _entry(2, LONG_QUOTE, 14, "exact", date(2016, 5, 1))
    return [
        TollRevision(
            1,
            "killed",
            date(2016, 4, 29),
            True,
            3,
            3,
            None,
            "at least",
            first,
            ["Nairobi Evening Standard", "Coast Weekly Review"],
            ["r1", "r3"],
        ),
        TollRevision(
            2,
            "killed",
            date(2016, 5, 1),
            True,
            14,
            14,
            14,
            "exact",
            second,
            ["Nairobi Evening Standard"],
            ["r2"],
            previous=3,
        ),
    ]


def _statement_row(sid: str, quote: str, **figure: Any) -> dict[str, Any]:
    return {
        "id": sid,
        "outcome": "killed",
        "victims": "people",
        "breakdown": [],
        "scope": "incident",
        "hedge": None,
        "attribution": "the county commissioner",
        "status": "counting",
        "quote": quote,
        **figure,
    }


def detail() -> dict[str, Any]:
    rows = [
        _statement_row(
            "5a6b7c8d",
            "At least three people died when the building came down.",
            best=3,
            low=3,
            high=None,
            qualifier="at least",
        ),
        _statement_row(
            "1f2e3d4c",
            LONG_QUOTE,
            best=14,
            low=14,
            high=14,
            qualifier="exact",
            breakdown=[{"group": "children", "best": 3}],
        ),
    ]
    return {
        "id": "0c1d2e3",
        "title": "Kawangware building collapse",
        "contested": False,
        "event_date": "2016-04-29",
        "statement_count": 2,
        "statements": rows,
        "rule": "latest",
        "killed": toll(14, 3, 14),
        "injured": None,
        "missing": None,
        "conflicts": [],
        "notes": [],
        "acts": [],
        "reports": [
            {
                "published": "2016-04-29T18:05:00+03:00",
                "source": "Nairobi Evening Standard",
                "key": "aa11bb22",
                "doc": "nairobi/2016/04/29/kawangware-building-collapse-rescue-efforts-continue.html",
                "statements": [rows[0]],
            },
            {
                "published": "2016-05-01",
                "source": "Coast Weekly Review",
                "key": "cc33dd44",
                "doc": "coast-weekly-2016-05-01.txt",
                "statements": [rows[1]],
            },
        ],
    }


def statements() -> list[Statement]:
    return [
        Statement(
            "kawangware.txt",
            "killed",
            14,
            14,
            14,
            "exact",
            0,
            10,
            LONG_QUOTE,
            victims="people",
            breakdown=(Breakdown("children", 3),),
            attribution="the county commissioner",
        ),
        Statement(
            "kawangware.txt",
            "injured",
            None,
            24,
            None,
            "vague",
            20,
            30,
            "Dozens more were taken to Kenyatta National Hospital with injuries.",
        ),
    ]


def ingest_result() -> dict[str, Any]:
    after = {
        "killed": toll(14, 3, 14),
        "injured": toll(120, 100, 150, "about"),
        "missing": toll(30, 31, None, "more than"),
    }
    return {
        "dry_run": False,
        "reports": {
            "read": 3,
            "ingested": 2,
            "duplicates": [{"doc": "coast-weekly-2016-05-01.txt", "report": "cc33dd44"}],
            "failed": [
                {"input": "inbox/broken.html", "error": "broken page: no article text found in the HTML"}
            ],
            "undated": [],
            "empty": ["inbox/blank.txt"],
            "skipped": [{"input": "inbox/tolls.csv", "reason": ".csv files are not reports"}],
        },
        "statements": 5,
        "incidents": {
            "created": [{"id": "0c1d2e3", "title": "Kawangware [Nairobi] building collapse", "after": after}],
            "revised": [
                {
                    "id": "9f494b0",
                    "title": "Idlib hospital",
                    "before": {"killed": toll(11, 7, 11)},
                    "after": {"killed": toll(25, 7, 25)},
                }
            ],
        },
    }


VIEWS: dict[str, Callable[[Console], None]] = {
    "ingest": lambda c: render_ingest(c, ingest_result()),
    "incidents": lambda c: render_incidents(c, INCIDENT_ROWS),
    "timeline": lambda c: render_timeline(c, "0c1d2e3  Kawangware building collapse", revisions()),
    "show": lambda c: render_incident_view(c, detail(), revisions()),
    "extract": lambda c: render_statements(c, statements()),
}


def rendered(view: str, width: int) -> str:
    out = io.StringIO()
    console = Console(file=out, width=width, color_system=None, force_terminal=False, highlight=False)
    VIEWS[view](console)
    return out.getvalue()


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("view", sorted(VIEWS))
def test_rendered_output_matches_its_golden_file(view: str, width: int) -> None:
    text = rendered(view, width)
    assert max(len(line) for line in text.splitlines()) <= width
    golden = GOLDEN / f"{view}-{width}.txt"
    if os.environ.get("CASUALTY_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("width", [40, 60, 80, 100, 200])
def test_the_incidents_table_fits_any_width(width: int) -> None:
    for line in rendered("incidents", width).splitlines():
        assert len(line) <= width, line


@given(
    text=st.text(st.sampled_from("abc defghij klmnopqrstuvwxyz-,.“”"), max_size=400),
    width=st.integers(min_value=20, max_value=200),
)
def test_wrapped_lines_fit_and_keep_every_word(text: str, width: int) -> None:
    lines = wrap(text, width, "#12 ", "    ")
    assert all(len(line) <= width for line in lines)
    kept = " ".join(line[4:] for line in lines)
    assert "".join(kept.split()) == "".join(text.split())
    # A word that fits on a line is never broken.
    assert {w for w in text.split() if len(w) <= width - 4} <= set(kept.split())


def test_emoji_codes_in_text_are_printed_as_written(capsys: pytest.CaptureFixture[str]) -> None:
    """A quote or title with ":fire:" in it is the source's words, not an emoji to draw."""
    from casualty_cli.render.common import stderr_console, stdout_console

    stdout_console().print("shelling set a :fire: at the market")
    stderr_console().print("note :boom:")
    out, err = capsys.readouterr()
    assert ":fire:" in out and ":boom:" in err
