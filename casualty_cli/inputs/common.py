"""The one place where metadata precedence is decided (see :mod:`casualty_cli.inputs`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from casualty_cli.model import Document


@dataclass(frozen=True, slots=True)
class Flags:
    """What the command line says about every report; it overrides what a report says of itself."""

    published: date | datetime | None = None
    source: str | None = None

    def document(
        self,
        *,
        id: str,
        text: str,
        origin: str,
        published: date | datetime | None = None,
        title: str | None = None,
        source: str | None = None,
        url: str | None = None,
    ) -> Document:
        """A :class:`Document` whose ``published`` and ``source`` come from the flags when given.

        A datetime keeps its time of day in ``published_at``; ``published`` is its day.
        """
        when = self.published or published
        return Document(
            id=id,
            text=text,
            published=when.date() if isinstance(when, datetime) else when,
            published_at=when if isinstance(when, datetime) else None,
            title=title or None,
            source=self.source or source or None,
            url=url or None,
            origin=origin,
        )


def one_line(message: object) -> str:
    """An exception's text as one line: errors are shown one per line, and parsers' messages may wrap."""
    return " ".join(str(message).split())
