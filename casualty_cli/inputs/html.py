"""Saved web pages: the article's text (no navigation, teasers, footers) and its metadata, via trafilatura.

Nothing is fetched: trafilatura gets the page's text, never a URL. Its date search runs with
``extensive_search=False`` so that only the page's markup (``<meta>``, ``<time>``, JSON-LD) dates it:
the extensive search reads dates out of the body and takes a footer's "Copyright 2016" for one.
"""

from __future__ import annotations

import functools
import logging
import re
from datetime import date, datetime
from typing import Any

from casualty_cli.errors import InputError
from casualty_cli.inputs.common import Flags, one_line
from casualty_cli.inputs.published import read_date
from casualty_cli.model import Document

#: Text shorter than this may be a menu that trafilatura fell back to; longer text is an article.
_SHORT_TEXT = 500

_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def declared_charset(head: bytes) -> str | None:
    """The encoding a page names in ``<meta charset>`` or ``http-equiv`` content, if any."""
    match = _DECLARED_CHARSET.search(head)
    return match[1].decode("ascii") if match else None


def read_html_page(page: str, source: str, flags: Flags) -> Document:
    """One saved page as a Document with ``id`` = its path, or :class:`InputError` if it has no text."""
    extracted = _extract(page, source)
    text = (extracted.get("text") or "").strip()
    if not text:
        raise InputError(source, "broken page: no article text found in the HTML")
    if len(text) < _SHORT_TEXT and _only_link_text(page, text):
        # trafilatura falls back to whatever text there is; on an error page or an empty shell that
        # is the menu, which is not a report.
        raise InputError(source, "broken page: no article text, only navigation links")
    return flags.document(
        id=source,
        text=text,
        origin=source,
        published=_page_date(extracted.get("date"), page),
        title=extracted.get("title"),
        source=extracted.get("sitename") or extracted.get("hostname"),
        url=extracted.get("url"),
    )


def _extract(page: str, source: str) -> dict[str, Any]:
    import trafilatura  # lazy: about a second to import, and only pages need it

    _quieten_loggers()
    # Dates after today are refused, as trafilatura's own default does; the dict replaces its defaults.
    date_params = {"extensive_search": False, "original_date": True, "max_date": date.today().isoformat()}
    try:
        result = trafilatura.bare_extraction(
            page,
            with_metadata=True,
            include_comments=False,  # readers' comments are not the report
            include_tables=True,  # casualty lists are often tables
            date_extraction_params=date_params,
        )
    except Exception as err:  # a parser's failure on hostile markup must stay this file's error
        raise InputError(source, f"broken page: {type(err).__name__}: {one_line(err)}") from None
    if result is None:
        raise InputError(source, "broken page: no article text found in the HTML")
    fields: dict[str, Any] = result if isinstance(result, dict) else result.as_dict()
    return fields


def _only_link_text(page: str, text: str) -> bool:
    from trafilatura.utils import load_html  # lazy; it copes with encoding declarations lxml refuses

    tree = load_html(page)
    if tree is None:
        return False
    link_words = {word for fragment in tree.xpath("//a//text()") for word in str(fragment).split()}
    return all(word in link_words for word in text.split())


#: ``<meta>`` and JSON-LD fields that carry the publication time (trafilatura keeps only the day).
_PUBLISHED_TIME = re.compile(
    r"""<meta\s[^>]*?(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time
        |datePublished|pubdate|publish[-_]date|DC\.date\.issued)["'][^>]*?content\s*=\s*["']([^"']+)["']
      | <meta\s[^>]*?content\s*=\s*["']([^"']+)["'][^>]*?(?:property|name|itemprop)\s*=\s*
        ["'](?:article:published_time|og:published_time|datePublished|pubdate)["']
      | "datePublished"\s*:\s*"([^"]+)"
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _page_date(value: str | None, page: str) -> date | datetime | None:
    """The page's publication day (trafilatura's), with its time of day when the markup gives one."""
    day = _read(value)
    if isinstance(day, datetime):
        return day
    for m in _PUBLISHED_TIME.finditer(page):
        when = _read(next(g for g in m.groups() if g))
        if isinstance(when, datetime) and (day is None or when.date() == day):
            return when
    return day


def _read(value: str | None) -> date | datetime | None:
    if not value:
        return None
    try:
        return read_date(value)
    except ValueError:
        return None  # metadata we cannot read is no metadata, not a failure of the page


@functools.cache
def _quieten_loggers() -> None:
    """trafilatura and htmldate log every odd page at WARNING/ERROR; our one error line is enough.

    Without a handler of their own, Python's last-resort handler would print those to stderr.
    """
    for name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
        logger = logging.getLogger(name)
        logger.addHandler(logging.NullHandler())
        logger.propagate = False
