"""The one place where metadata precedence is decided (see :mod:`casualty_cli.inputs`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from casualty_cli.model import Document


@dataclass(frozen=True, slots=True)
class Notice:
    """A file that holds no report, said so rather than read or failed: ``empty`` (nothing but
    whitespace) or ``skipped`` (a spreadsheet, a PDF, an image found in a folder)."""

    source: str
    kind: Literal["empty", "skipped"]
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Flags:
    """What the command line says about every report; it overrides what a report says of itself.

    ``notify`` hears of the files that hold no report (:class:`Notice`); without it they pass silently.
    """

    published: date | datetime | None = None
    source: str | None = None
    notify: Callable[[Notice], None] | None = None

    def notice(self, source: str, kind: Literal["empty", "skipped"], reason: str = "") -> None:
        if self.notify is not None:
            self.notify(Notice(source, kind, reason))

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
