"""JSON Lines: one report a line, read one line at a time so a file of any size fits in memory.

A row is ``{"id": ..., "text": ..., "published"?: ..., "title"?: ..., "source"?: ..., "url"?: ...}``.
``id`` is a string or an integer; ``published`` a date as :func:`~casualty_cli.inputs.published.read_date`
reads it (ISO 8601, "16 Feb 2016", RFC 822...), its time of day kept. A bad line is an
:class:`InputError` with its line number; the lines after it are still read.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from typing import Any

from casualty_cli.errors import InputError
from casualty_cli.inputs.common import Flags, one_line
from casualty_cli.inputs.published import read_date
from casualty_cli.model import Document

_OPTIONAL_STRINGS = ("title", "source", "url")


def read_jsonl(lines: Iterable[bytes], source: str, flags: Flags) -> Iterator[Document | InputError]:
    """A Document or an InputError for every non-blank line of ``lines`` (bytes, as a file gives them).

    ``OSError`` while reading (the file vanished or the disk failed) ends the file with one error at the
    line where it happened.
    """
    number = 0
    iterator = iter(lines)
    while True:
        try:
            raw = next(iterator)
        except StopIteration:
            return
        except OSError as err:
            yield InputError(source, f"cannot read further: {one_line(err.strerror or err)}", line=number + 1)
            return
        number += 1
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")  # a BOM some Windows tools put before the first row
        if not raw.strip():
            continue
        try:
            yield _parse_row(raw, source, number, flags)
        except InputError as err:
            yield err


def _parse_row(raw: bytes, source: str, number: int, flags: Flags) -> Document:
    def bad(problem: str) -> InputError:
        return InputError(source, problem, line=number)

    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        # JSON Lines is UTF-8 by definition; guessing per line would make each row a gamble.
        raise bad(f"undecodable bytes at column {err.start + 1} (JSON Lines must be UTF-8)") from None
    try:
        row: Any = json.loads(line)
    except ValueError as err:
        raise bad(f"not valid JSON ({one_line(err)})") from None
    if not isinstance(row, dict):
        raise bad(f"expected a JSON object, got {type(row).__name__}")
    doc_id = row.get("id")
    if doc_id is None or doc_id == "":
        raise bad('missing "id"')
    if isinstance(doc_id, bool) or not isinstance(doc_id, str | int):
        raise bad(f'"id" must be a string or an integer, got {json.dumps(doc_id)}')
    if "text" not in row:
        raise bad('missing "text"')
    text = row["text"]
    if not isinstance(text, str):
        raise bad(f'"text" must be a string, got {type(text).__name__}')
    for key in _OPTIONAL_STRINGS:
        if row.get(key) is not None and not isinstance(row[key], str):
            raise bad(f'"{key}" must be a string, got {type(row[key]).__name__}')
    return flags.document(
        id=str(doc_id),
        text=text,
        origin=f"{source}:{number}",
        published=_row_date(row.get("published"), bad),
        title=row.get("title"),
        source=row.get("source"),
        url=row.get("url"),
    )


def _row_date(value: object, bad: Callable[[str], InputError]) -> date | datetime | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise bad(f'"published" must be a date string, got {json.dumps(value)}')
    try:
        return read_date(value)
    except ValueError as err:
        raise bad(f'"published": {err}') from None
