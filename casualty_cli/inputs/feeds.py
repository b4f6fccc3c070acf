"""RSS and Atom feeds: every entry is a report of its own, with its own date, title and link.

An entry's text is its title, a blank line, then its content (or summary) as plain text: feeds often
carry the toll only in the headline. Its ``id`` is the entry's id (Atom ``<id>``, RSS ``<guid>``),
else its link, else ``path#n``.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from casualty_cli.errors import InputError
from casualty_cli.inputs.common import Flags, one_line
from casualty_cli.inputs.markup import html_to_text
from casualty_cli.inputs.published import read_date
from casualty_cli.model import Document


def read_feed(data: bytes, source: str, flags: Flags) -> Iterator[Document]:
    """The entries of a feed file, or :class:`InputError` (raised before any entry) if it does not parse.

    feedparser is given the bytes, not the path: given a string it would fetch anything that looks
    like a URL, and reading the file ourselves keeps all I/O errors in one place.
    """
    import feedparser  # lazy: only feeds need it

    try:
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    except Exception as err:  # feedparser's SAX fallbacks can still raise on hostile input
        raise InputError(source, f"feed does not parse: {type(err).__name__}: {one_line(err)}") from None
    # (a feed cut off inside its first item gives one empty entry: no entry with words is none at all)
    entries = [e for e in parsed.get("entries") or [] if e.get("title") or e.get("summary") or e.get("content")]
    if not entries and parsed.get("bozo"):
        raise InputError(source, f"feed does not parse: {_bozo_reason(parsed)}")
    if not parsed.get("version"):
        # Well-formed XML of some other kind (a sitemap, an export): feedparser still finds "entries".
        raise InputError(source, "not an RSS or Atom feed")
    if not entries:
        return iter(())  # a well-formed feed with no entries: nothing to read, nothing wrong
    feed_title = _plain(parsed.get("feed", {}).get("title"))
    return _entries(entries, source, feed_title, flags)


def _entries(entries: list[Any], source: str, feed_title: str | None, flags: Flags) -> Iterator[Document]:
    for number, entry in enumerate(entries, 1):
        title = _plain(entry.get("title"))
        body = _entry_body(entry)
        if body and title and body.startswith(title):
            body = body[len(title) :].lstrip()  # some feeds repeat the headline as the summary's start
        text = "\n\n".join(part for part in (title, body) if part)
        if not text:
            continue
        link = entry.get("link") or None
        yield flags.document(
            id=entry.get("id") or link or f"{source}#{number}",
            text=text,
            origin=source,
            published=_entry_date(entry),
            title=title,
            source=_plain(entry.get("source", {}).get("title")) or feed_title,
            url=link,
        )


def _entry_body(entry: Any) -> str:
    """Full content when the feed carries it, else the summary; HTML made plain text."""
    for content in entry.get("content") or []:
        value = content.get("value")
        if value:
            return _markup_to_text(value, content.get("type"))
    summary = entry.get("summary")
    if summary:
        return _markup_to_text(summary, entry.get("summary_detail", {}).get("type"))
    return ""


def _markup_to_text(value: str, mime: str | None) -> str:
    if mime == "text/plain":
        return " ".join(value.split())
    return html_to_text(value)


def _plain(value: str | None) -> str | None:
    # Titles may hold entities or inline markup ("<b>11</b> killed"): flatten them the same way.
    return (html_to_text(value) or None) if value else None


def _entry_date(entry: Any) -> date | datetime | None:
    """The date and time as the publisher wrote them (its own time zone); feedparser's parsed value is UTC.

    "Tue, 16 Feb 2016 01:00:00 +0300" was published on the 16th, though it was still the 15th in UTC.
    """
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        parsed = _read_date(raw)
        if parsed is not None:
            return parsed
        as_utc = entry.get(f"{key}_parsed")
        if as_utc:
            return date(as_utc.tm_year, as_utc.tm_mon, as_utc.tm_mday)
    return None


def _read_date(raw: str) -> date | datetime | None:
    try:
        return read_date(raw)  # RSS: RFC 822; Atom: RFC 3339
    except ValueError:
        return None


def _bozo_reason(parsed: Any) -> str:
    err = parsed.get("bozo_exception")
    message = getattr(err, "getMessage", None)
    text = message() if callable(message) else str(err) if err else "malformed XML"
    line = getattr(err, "getLineNumber", None)
    return one_line(f"{text} (line {line()})" if callable(line) else text)
