"""The one place where metadata precedence is decided (see :mod:`casualty_cli.inputs`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from casualty_cli.model import Document


@dataclass(frozen=True, slots=True)
class Flags:
    """What the command line says about every report; it overrides what a report says of itself."""

    published: date | None = None
    source: str | None = None

    def document(
        self,
        *,
        id: str,
        text: str,
        origin: str,
        published: date | None = None,
        title: str | None = None,
        source: str | None = None,
        url: str | None = None,
    ) -> Document:
        """A :class:`Document` whose ``published`` and ``source`` come from the flags when given."""
        return Document(
            id=id,
            text=text,
            published=self.published or published,
            title=title or None,
            source=self.source or source or None,
            url=url or None,
            origin=origin,
        )


def parse_iso_date(value: str) -> date:
    """``YYYY-MM-DD`` or a full ISO datetime (``2016-02-15T09:30:00Z``): the date as the writer gave it.

    A datetime's own date is kept rather than converted to UTC: a report stamped 00:30 local time on
    the 16th was published on the 16th where it was written.

    >>> parse_iso_date("2016-02-16T00:30:00+02:00")
    datetime.date(2016, 2, 16)
    """
    value = value.strip()
    try:
        return date.fromisoformat(value)
    except ValueError:
        return datetime.fromisoformat(value).date()


def one_line(message: object) -> str:
    """An exception's text as one line: errors are shown one per line, and parsers' messages may wrap."""
    return " ".join(str(message).split())
