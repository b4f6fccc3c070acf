"""Publication dates as inputs give them: one reader for --published, JSONL, feeds and pages; the time
of day kept from input to store, and stores written before times were kept still read."""

from __future__ import annotations

import doctest
import json
import re
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import casualty_cli.inputs.published
from casualty_cli.cli import app
from casualty_cli.inputs import read_documents
from casualty_cli.inputs.published import read_date
from casualty_cli.model import Document
from casualty_cli.store.state import ReportRecord

runner = CliRunner()
REPORT = "Four people were killed when a bus overturned near Nakuru, police said.\n"

# (as written, as read): the forms publishers and spreadsheets use, with and without a time of day.
READS = [
    ("2016-02-16", date(2016, 2, 16)),
    ("16 Feb 2016", date(2016, 2, 16)),
    ("February 16, 2016", date(2016, 2, 16)),
    ("01-January-2015", date(2015, 1, 1)),
    ("16/02/2016", date(2016, 2, 16)),  # day first: 16 cannot be a month
    ("02/16/2016", date(2016, 2, 16)),  # month first: 16 cannot be a month
    ("16.02.2016", date(2016, 2, 16)),
    ("Tue, 16 Feb 2016 10:00:00 GMT", datetime(2016, 2, 16, 10, 0, tzinfo=UTC)),
    ("2016-02-16T10:00:00", datetime(2016, 2, 16, 10, 0)),
    ("2016-02-16T10:00:00Z", datetime(2016, 2, 16, 10, 0, tzinfo=UTC)),
    ("2016-02-16 10:00", datetime(2016, 2, 16, 10, 0)),
    ("16 February 2016 at 10:30 am", datetime(2016, 2, 16, 10, 30)),
    # published at 00:30 on the 16th where it was written: the 15th in UTC, but the 16th it stays
    ("2016-02-16T00:30:00+02:00", datetime(2016, 2, 16, 0, 30, tzinfo=timezone(timedelta(hours=2)))),
]

REFUSED = [
    ("yesterday", "relative words like 'yesterday' are not accepted"),
    ("3 days ago", "cannot read"),
    ("next Monday", "cannot read"),
    ("Feb 2016", "cannot read"),  # no day
    ("03/04/2016", "ambiguous date '03/04/2016': day-first or month-first?"),
    ("not a date", "cannot read"),
]


@pytest.mark.parametrize(("written", "expected"), READS, ids=[w for w, _ in READS])
def test_read_date(written: str, expected: date) -> None:
    got = read_date(written)
    assert got == expected and type(got) is type(expected)
    if isinstance(got, datetime) and got.tzinfo is not None:
        assert isinstance(got.tzinfo, timezone)  # a plain offset, not a pytz zone


@pytest.mark.parametrize(("written", "why"), REFUSED, ids=[w for w, _ in REFUSED])
def test_read_date_refuses(written: str, why: str) -> None:
    with pytest.raises(ValueError, match=re.escape(why)):
        read_date(written)


@pytest.mark.parametrize(("order", "expected"), [("DMY", date(2016, 4, 3)), ("mdy", date(2016, 3, 4))])
def test_a_configured_order_settles_an_ambiguous_date(
    monkeypatch: pytest.MonkeyPatch, order: str, expected: date
) -> None:
    monkeypatch.setenv("CASUALTY_DATE_ORDER", order)
    assert read_date("03/04/2016") == expected


def test_relative_words_only_where_asked() -> None:
    assert read_date("yesterday", relative=True) == date.today() - timedelta(days=1)
    # A filter may name a month or a year: their first day.
    assert read_date("Feb 2016", relative=True) == date(2016, 2, 1)
    assert read_date("2016", relative=True) == date(2016, 1, 1)


def test_doctests() -> None:
    assert doctest.testmod(casualty_cli.inputs.published).failed == 0


# --- every input reads dates the same way -----------------------------------------------------------


def _jsonl(tmp_path: Path, published: str) -> Document:
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"id": "r1", "text": REPORT, "published": published}) + "\n", encoding="utf-8")
    [doc] = read_documents([str(path)])
    assert isinstance(doc, Document), doc
    return doc


def _flag(tmp_path: Path, published: str) -> Document:
    from casualty_cli.cli.app import parse_date_option

    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    [doc] = read_documents([str(path)], published=parse_date_option(published))
    assert isinstance(doc, Document), doc
    return doc


def _feed(tmp_path: Path, published: str) -> Document:
    path = tmp_path / "feed.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title><item><title>Bus crash</title>'
        f"<description>{REPORT}</description><pubDate>{published}</pubDate></item></channel></rss>",
        encoding="utf-8",
    )
    [doc] = read_documents([str(path)])
    assert isinstance(doc, Document), doc
    return doc


def _page(tmp_path: Path, published: str) -> Document:
    path = tmp_path / "page.html"
    body = " ".join([REPORT] * 8)
    path.write_text(
        "<html><head><title>Bus crash near Nakuru</title>"
        f'<meta property="article:published_time" content="{published}"></head>'
        f"<body><article><h1>Bus crash near Nakuru</h1><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    [doc] = read_documents([str(path)])
    assert isinstance(doc, Document), doc
    return doc


@pytest.mark.parametrize("reader", [_jsonl, _flag], ids=["jsonl", "--published"])
@pytest.mark.parametrize(("written", "expected"), READS, ids=[w for w, _ in READS])
def test_jsonl_and_the_flag_read_dates_alike(
    tmp_path: Path, reader: Any, written: str, expected: date
) -> None:
    doc = reader(tmp_path, written)
    if isinstance(expected, datetime):
        assert (doc.published, doc.published_at) == (expected.date(), expected)
    else:
        assert (doc.published, doc.published_at) == (expected, None)


@pytest.mark.parametrize(
    ("reader", "written", "expected"),
    [
        (
            _feed,
            "Tue, 16 Feb 2016 10:05:00 +0300",
            datetime(2016, 2, 16, 10, 5, tzinfo=timezone(timedelta(hours=3))),
        ),
        (_page, "2016-02-16T10:05:00+00:00", datetime(2016, 2, 16, 10, 5, tzinfo=UTC)),
    ],
    ids=["feed", "page meta"],
)
def test_feeds_and_pages_keep_the_time_of_day(
    tmp_path: Path, reader: Any, written: str, expected: datetime
) -> None:
    doc = reader(tmp_path, written)
    assert (doc.published, doc.published_at) == (expected.date(), expected)


@pytest.mark.parametrize(("written", "why"), REFUSED, ids=[w for w, _ in REFUSED])
def test_the_flag_and_jsonl_refuse_alike(tmp_path: Path, written: str, why: str) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"id": "r1", "text": REPORT, "published": written}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 1 and why in result.stderr
    result = runner.invoke(app, ["extract", "--published", written, str(path)])
    assert result.exit_code == 2 and result.stderr.startswith("Error: --published: ") and why in result.stderr


# --- the store keeps the time, and reads what it wrote before ----------------------------------------------


def test_the_time_of_day_reaches_the_store_and_its_views(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        json.dumps({"id": "r1", "text": REPORT, "published": "16 Feb 2016 10:00", "source": "Daily"}) + "\n",
        encoding="utf-8",
    )
    assert runner.invoke(app, ["ingest", str(rows)]).exit_code == 0
    store = Path(str(tmp_path.parent / tmp_path.name / "store"))
    record = json.loads((store / "reports.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert record["published"] == "2016-02-16T10:00:00"
    result = runner.invoke(app, ["incidents", "--json"])
    [incident] = json.loads(result.stdout)
    assert [r["published"] for r in incident["reports"]] == ["2016-02-16T10:00:00"]
    assert incident["first_published"] == "2016-02-16"  # days stay days where a day is meant


@pytest.mark.parametrize(
    ("stored", "day", "at"),
    [
        ("2016-02-16", date(2016, 2, 16), None),  # every store written before times were kept
        ("2016-02-16T10:00:00", date(2016, 2, 16), datetime(2016, 2, 16, 10, 0)),
        (
            "2016-02-16T00:30:00+02:00",
            date(2016, 2, 16),
            datetime(2016, 2, 16, 0, 30, tzinfo=timezone(timedelta(hours=2))),
        ),
        (None, None, None),
    ],
)
def test_report_records_old_and_new_read_and_round_trip(
    stored: str | None, day: date | None, at: datetime | None
) -> None:
    raw = {
        "key": "k",
        "hash": "h",
        "doc": "d",
        "source": None,
        "published": stored,
        "ingested": "2016-02-17T00:00:00Z",
    }
    record = ReportRecord.from_dict(raw)
    assert (record.published, record.published_at) == (day, at)
    assert record.to_dict()["published"] == stored
