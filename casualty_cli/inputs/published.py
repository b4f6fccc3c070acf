"""Publication dates as inputs give them: one reader for ``--published``, JSONL rows, feeds and pages.

Strict and predictable, because a wrong publication date silently moves every relative date in a
report ("yesterday's strike"):

- a full calendar date is required: day, month and year ("Feb 2016" is refused);
- no relative words ("yesterday", "3 days ago", "next Monday"): metadata names a day;
- all-number dates are read day-first or month-first only when that is unambiguous ("16/02/2016",
  "02/16/2016") or configured (``CASUALTY_DATE_ORDER=DMY`` or ``MDY``); "03/04/2016" is otherwise
  an error that says so;
- a time of day is kept (a ``datetime``, with the writer's UTC offset when given); a date alone stays
  a ``date``. The date of a datetime is the one the writer wrote, not converted to UTC: 00:30 on the
  16th at +02:00 was published on the 16th where it was written.

ISO 8601 is read without dateparser (fast, and most inputs use it); everything else goes through
dateparser with its relative-date parser switched off.
"""

from __future__ import annotations

import functools
import os
import re
from datetime import date, datetime, timezone
from typing import Any

#: ``CASUALTY_DATE_ORDER``: how to read an all-number date whose day and month could swap.
DATE_ORDER_VARIABLE = "CASUALTY_DATE_ORDER"
_DATE_ORDERS = ("DMY", "MDY")

_NUMERIC = re.compile(r"\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?!\d)")


class DateFormatError(ValueError):
    """The text is not a date this reader accepts; ``str()`` says why, in words a person can act on."""


def read_date(value: str, *, relative: bool = False) -> date | datetime:
    """A publication date: a ``date``, or a ``datetime`` when the text gives a time of day.

    ``relative=True`` also accepts words like "yesterday" or "2 weeks ago" (for filters such as
    ``--since``, never for metadata).

    >>> read_date("16 Feb 2016")
    datetime.date(2016, 2, 16)
    >>> read_date("2016-02-16T10:00:00")
    datetime.datetime(2016, 2, 16, 10, 0)
    """
    text = " ".join(value.split())
    if not text:
        raise DateFormatError("empty date")
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    if relative and text.isdigit() and len(text) == 4:
        return date(int(text), 1, 1)  # "--since 2016": the year's first day
    order = _date_order(text)
    data = _parser(order, relative).get_date_data(text)
    found: datetime | None = data.date_obj
    if found is None:
        hint = "" if relative else "; relative words like 'yesterday' are not accepted"
        raise DateFormatError(f"cannot read {value!r} as a date (use YYYY-MM-DD{hint})")
    if data.period != "time":
        return found.date()
    offset = found.utcoffset()
    # dateparser's zones are pytz objects; a plain offset serialises and compares the same everywhere.
    return found if offset is None else found.replace(tzinfo=timezone(offset))


def day_of(value: date | datetime | None) -> date | None:
    """The calendar day of a publication (a datetime's own date, as its writer wrote it)."""
    return value.date() if isinstance(value, datetime) else value


def _date_order(text: str) -> str:
    """DMY or MDY for dateparser: from the date itself when one of its numbers cannot be a month."""
    configured = os.environ.get(DATE_ORDER_VARIABLE, "").strip().upper()
    if configured and configured not in _DATE_ORDERS:
        raise DateFormatError(f"{DATE_ORDER_VARIABLE}={configured!r}: use DMY or MDY")
    m = _NUMERIC.match(text)
    if m is None:
        return configured or "DMY"  # words name the month: the order only matters for numbers
    first, second = int(m.group(1)), int(m.group(2))
    if first > 12 >= second:
        return "DMY"
    if second > 12 >= first:
        return "MDY"
    if first == second or configured:
        return configured or "DMY"
    raise DateFormatError(
        f"ambiguous date {text!r}: day-first or month-first? Write YYYY-MM-DD, or set"
        f" {DATE_ORDER_VARIABLE}=DMY or MDY"
    )


@functools.cache
def _parser(order: str, relative: bool) -> Any:
    from dateparser.date import DateDataParser  # lazy: a heavy import, needed only past ISO

    parsers = ["custom-formats", "absolute-time", *(["relative-time"] if relative else [])]
    settings = {
        "PARSERS": parsers,
        "DATE_ORDER": order,
        "RETURN_TIME_AS_PERIOD": True,  # tells a time of day from a bare date
        "PREFER_DATES_FROM": "past",
        # Day, month and year must all be there; relative words name a day without them. A filter may
        # name a month ("--since 'Feb 2016'"): its first day.
        **({"PREFER_DAY_OF_MONTH": "first"} if relative else {"STRICT_PARSING": True}),
    }
    return DateDataParser(languages=["en"], settings=settings)
