"""Turn command-line paths into documents, reading reports as they really arrive.

:func:`read_documents` yields a :class:`~casualty_cli.model.Document` for every report it can read and
an :class:`~casualty_cli.errors.InputError` (yielded, not raised) for every one it cannot, so one bad
file never stops the others. Documents come one at a time, as they are read: a JSON Lines file is read
a line at a time, so its size does not matter.

What a path may be
    ``-``                   standard input (any of the kinds below; its ``id`` is ``-``)
    a folder                every file under it, recursively, in sorted order; hidden files and
                            folders (names starting with ``.``) are skipped
    ``.txt`` or no suffix   plain text
    ``.md``, ``.markdown``  Markdown; front matter ``title``/``date``/``source``/``url`` is metadata
    ``.html``, ``.htm``     a saved page: the article text (trafilatura), title, date, canonical URL
    ``.xml/.rss/.atom``     an RSS or Atom feed: one document per entry
    ``.jsonl``, ``.ndjson`` one ``{"id", "text", "published"?, "title"?, "source"?, "url"?}`` a line

    The content decides where it is clear and the name lies or is missing: a page saved as ``.txt``
    is read as a page, a feed with no suffix as a feed, JSON Lines in a ``.txt`` as JSON Lines.

Document ids
    The JSONL row's ``id``; a feed entry's id (else its link); otherwise the path as given (a file
    found in a folder: the folder argument joined with its relative path); ``-`` for standard input.
    ``Document.origin`` always names the file (``path:line`` for a JSONL row).

Metadata precedence (``published`` and ``source``)
    1. the command line's flags (``--published``, ``--source``), which apply to every document;
    2. the document's own metadata: a page's ``<meta>``/JSON-LD date, site name and canonical URL; a
       feed entry's date, link and feed title; a JSONL row's fields; Markdown front matter;
    3. none.
    ``title`` and ``url`` come only from the document. Page dates come from markup only, never from
    dates in the body text (a footer's "Copyright 2016" is not a publication date).

Text encodings
    UTF-8 with or without BOM, UTF-16/32 with BOM, and legacy single-byte encodings (cp1252, Latin-1,
    cp1251 ...) detected by charset-normalizer. A binary or undecodable file is an error, never
    mojibake. JSON Lines must be UTF-8.

Errors (one line each: ``path[:line]: problem``)
    a missing path, a file that cannot be read or vanishes while read, a binary or undecodable file,
    a bad JSONL line (with its number), a page with no article text, a feed that does not parse.
    An empty (or blank) file is not an error: it gives no document.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from casualty_cli.errors import InputError
from casualty_cli.inputs.common import Flags, Notice, one_line
from casualty_cli.inputs.detect import HEAD_SIZE, Kind, detect_kind
from casualty_cli.inputs.published import read_date
from casualty_cli.model import Document

__all__ = ["Notice", "read_documents"]

STDIN = "-"


#: Files in a folder that are no reports (spreadsheets, documents, images, archives): skipped, said so.
NOT_REPORTS = frozenset(
    ".csv .tsv .pdf .doc .docx .odt .rtf .xls .xlsx .ods .ppt .pptx .png .jpg .jpeg .gif .webp .tif .tiff"
    " .bmp .mp3 .mp4 .mov .wav .zip .gz .bz2 .xz .tar .7z .rar .exe .bin .sqlite .db".split()
)


def read_documents(
    paths: Iterable[str],
    published: date | datetime | None = None,
    source: str | None = None,
    notify: Callable[[Notice], None] | None = None,
) -> Iterator[Document | InputError]:
    """Every report in ``paths``, lazily; a failure is yielded as an :class:`InputError`, never raised.

    ``published`` and ``source`` override what each report says of itself. ``notify`` hears of every
    file that holds no report: an empty one, or (in a folder) one of :data:`NOT_REPORTS`. A file
    named on the command line is read whatever its name: it was asked for, and its content decides
    (a binary file is an error).
    """
    flags = Flags(published=published, source=source, notify=notify)
    for arg in paths:
        if arg == STDIN:
            yield from _read_stream(_stdin_bytes(), STDIN, flags)
            continue
        path = Path(arg)
        try:
            is_folder = path.is_dir()
        except OSError as err:
            yield _os_error(arg, err)
            continue
        if not is_folder:
            yield from _read_file(path, arg, flags)
            continue
        for found in _walk(path):
            if isinstance(found, InputError):
                yield found
            elif found.suffix.lower() in NOT_REPORTS:
                flags.notice(str(found), "skipped", f"{found.suffix.lower()} files are not reports")
            else:
                yield from _read_file(found, str(found), flags)


def _stdin_bytes() -> BinaryIO:
    # Bytes, not sys.stdin's text: the encoding is ours to detect, as for a file.
    buffer: BinaryIO | None = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a replaced sys.stdin without a buffer (some embedders, some test runners)
        import io

        return io.BytesIO(sys.stdin.read().encode("utf-8"))
    return buffer


def _walk(folder: Path, seen: frozenset[str] = frozenset()) -> Iterator[Path | InputError]:
    """Files under ``folder``, sorted by name at each level; hidden entries and special files skipped."""
    real = os.path.realpath(folder)
    if real in seen:
        return  # a symlink back up the tree: following it would never end
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as err:
        yield _os_error(str(folder), err)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        try:
            if entry.is_dir():
                yield from _walk(path, seen | {real})
            elif entry.is_file() or entry.is_symlink():
                # A dangling symlink is listed so that its error is shown, not silently skipped.
                yield path
        except OSError as err:
            yield _os_error(str(path), err)


def _read_file(path: Path, name: str, flags: Flags) -> Iterator[Document | InputError]:
    try:
        stream = path.open("rb")
    except OSError as err:
        yield _os_error(name, err)
        return
    with stream:
        yield from _read_stream(stream, name, flags)


def _read_stream(stream: BinaryIO, name: str, flags: Flags) -> Iterator[Document | InputError]:
    """Read one file or standard input: detect its kind, then hand it to the reader for that kind."""
    try:
        head = stream.read(HEAD_SIZE)
        kind = detect_kind(name, head)
        if kind == "jsonl" and not head.strip():
            flags.notice(name, "empty")
            return
        if kind == "jsonl":
            # Streamed: never the whole file in memory. The rest of the head's last line is read now
            # so the head splits into whole lines.
            from casualty_cli.inputs.jsonl import read_jsonl

            first_lines = (head + stream.readline()).splitlines(keepends=True)
            yield from read_jsonl(_chain(first_lines, stream), name, flags)
            return
        data = head + stream.read()
    except OSError as err:
        yield _os_error(name, err)
        return
    try:
        yield from _read_whole(data, head, kind, name, flags)
    except InputError as err:
        yield err


def _chain(first: list[bytes], stream: BinaryIO) -> Iterator[bytes]:
    yield from first
    yield from stream


def _read_whole(data: bytes, head: bytes, kind: Kind, name: str, flags: Flags) -> Iterator[Document]:
    """The documents in a file read whole (everything but JSON Lines); raises InputError."""
    if not data.strip():
        flags.notice(name, "empty")
        return
    if kind == "feed":
        from casualty_cli.inputs.feeds import read_feed
        from casualty_cli.inputs.text import refuse_binary

        refuse_binary(data, name)
        yield from read_feed(data, name, flags)
        return

    from casualty_cli.inputs.text import decode_bytes, normalize_newlines

    if kind == "html":
        from casualty_cli.inputs.html import declared_charset, read_html_page

        page = decode_bytes(data, name, declared=declared_charset(head))
        if page.strip():
            yield read_html_page(page, name, flags)
        else:
            flags.notice(name, "empty")
        return
    text = normalize_newlines(decode_bytes(data, name))
    if not text.strip():
        flags.notice(name, "empty")
        return
    if kind == "markdown":
        yield _read_markdown(text, name, flags)
    else:
        yield flags.document(id=name, text=text, origin=name)


def _read_markdown(markdown: str, name: str, flags: Flags) -> Document:
    from casualty_cli.inputs.markup import first_heading, markdown_to_text, split_front_matter

    meta, body = split_front_matter(markdown)
    published: date | datetime | None = None
    raw_date = meta.get("published") or meta.get("date")
    if raw_date:
        try:
            published = read_date(raw_date)
        except ValueError:
            published = None  # unreadable front matter is no metadata, not a broken report
    return flags.document(
        id=name,
        text=markdown_to_text(body),
        origin=name,
        published=published,
        title=meta.get("title") or first_heading(body),
        source=meta.get("source"),
        url=meta.get("url") or meta.get("canonical") or meta.get("link"),
    )


def _os_error(name: str, err: OSError) -> InputError:
    """One plain line for an operating-system failure; no errno numbers, no Python repr."""
    problems = {
        errno.ENOENT: "no such file or directory",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EISDIR: "is a directory",
        errno.ENOTDIR: "not a directory",
        errno.ELOOP: "too many levels of symbolic links",
    }
    problem = problems.get(err.errno or 0) or f"cannot read: {one_line(err.strerror or err)}"
    return InputError(name, problem)
