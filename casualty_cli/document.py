"""One report as read from an input: :class:`Document` (imported as ``casualty_cli.model.Document``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class Document:
    """One report. ``id`` is the JSONL row's id, the feed entry's id or link, the file path, or ``-``.

    ``origin`` says where the report was read: the file path (``path:line`` for a JSONL row, ``-`` for
    standard input), so a message about a document can point at the file even when ``id`` does not.

    ``published`` is the calendar day of publication (relative dates in the text resolve against it).
    ``published_at`` is the full time of publication when the input gave a time of day (naive, or
    aware with the writer's UTC offset); its date is ``published``. None when only a day is known.
    """

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str | None = None
    published_at: datetime | None = None

    def published_iso(self) -> str | None:
        """``published_at`` in ISO 8601 when there is one, else ``published``'s day, else None."""
        when = self.published_at or self.published
        return when.isoformat() if when else None
