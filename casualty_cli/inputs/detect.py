"""Tell what kind of report a file holds: by its content where that is clear, else by its name.

Reports arrive saved under the wrong name (a page saved as ``.txt``, a feed with no extension), so a
strong sign in the first few kilobytes (an ``<rss>``/``<feed>`` root, an ``<html>`` root or doctype)
wins over the extension. The extension decides the rest, and a text file whose first line is a JSON
object with a ``"text"`` field is read as JSON Lines.
"""

from __future__ import annotations

import codecs
import json
import re
from typing import Literal

Kind = Literal["text", "markdown", "html", "feed", "jsonl"]

#: How many bytes are read to decide the kind: enough to pass an XML prolog, comments and a doctype.
HEAD_SIZE = 8192

_EXTENSIONS: dict[str, Kind] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}

_PROLOG = re.compile(
    r"""
    \A(?:
        \s+                        # blank lines and indentation
      | <\?xml[^>]*\?>             # the XML declaration
      | <\?xml-stylesheet[^>]*\?>  # feeds styled for browsers carry one
      | <!--.*?-->                 # comments, often a generator's banner
    )*
    """,
    re.VERBOSE | re.DOTALL,
)
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_ROOT = re.compile(r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)
#: A page fragment saved as text (no <html> around it) still opens with a block element.
_HTML_FRAGMENT = re.compile(r"<(?:div|article|section|main|p|h[1-6]|meta|title)[\s>]", re.IGNORECASE)


def decode_head(head: bytes) -> str:
    """Decode the first bytes well enough to look for markup: only ASCII matters here.

    UTF-16 and UTF-32 (told by their byte order mark) must be decoded, or every other byte is NUL;
    anything else is read as Latin-1, which never fails and keeps ASCII as it is.
    """
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, errors="ignore")
    return head.removeprefix(codecs.BOM_UTF8).decode("latin-1")


def detect_kind(name: str, head: bytes) -> Kind:
    """The kind of a report named ``name`` whose first bytes are ``head``."""
    suffix = _suffix(name)
    by_name = _EXTENSIONS.get(suffix, "text")
    if by_name == "jsonl":
        # A .jsonl file is JSON Lines even when its first line is broken: that line is then an error.
        return "jsonl"
    sample = decode_head(head)
    start = sample[_PROLOG.match(sample).end() :]  # type: ignore[union-attr]  # \A(...)* always matches
    if _FEED_ROOT.match(start):
        return "feed"
    if _HTML_ROOT.match(start):
        return "html"
    if by_name == "text" and _HTML_FRAGMENT.match(start):
        return "html"
    if by_name == "text" and _looks_like_jsonl(start):
        return "jsonl"
    return by_name


def _suffix(name: str) -> str:
    dot = name.rfind(".")
    slash = max(name.rfind("/"), name.rfind("\\"))
    return name[dot:].lower() if dot > slash + 1 else ""


def _looks_like_jsonl(start: str) -> bool:
    """True when the first line is a JSON object with a "text" field (the head may cut later lines)."""
    if not start.startswith("{"):
        return False
    # A line cut short by the head's end is not valid JSON, so no need to know where the head ends.
    first = start.partition("\n")[0]
    try:
        row = json.loads(first)
    except ValueError:
        return False
    return isinstance(row, dict) and "text" in row
