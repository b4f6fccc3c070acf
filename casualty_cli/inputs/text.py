"""Bytes to text, honestly: a file is decoded right or reported, never turned into mojibake.

Order of trust: a byte order mark (UTF-8, UTF-16, UTF-32); then strict UTF-8, which almost never
decodes legacy text by accident; then an encoding the document declares (an HTML ``<meta charset>``);
then charset-normalizer's detection. NUL bytes outside UTF-16/32, or text that is mostly control
characters, mean a binary file.
"""

from __future__ import annotations

import codecs
import re

from casualty_cli.errors import InputError

_BOMS = (
    # UTF-32 first: its little-endian mark starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: C0 controls that never occur in text (tab, newlines, form feed and escape are left out).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")

#: The share of control characters past which decoded "text" is really a binary file.
_MAX_CONTROL_SHARE = 0.01


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode a whole file's bytes, or raise :class:`InputError` naming ``source``.

    ``declared`` is the encoding the document itself names (an HTML page's ``<meta charset>``), tried
    after UTF-8 and before detection.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), source)
            except UnicodeDecodeError as err:
                raise InputError(
                    source, f"undecodable bytes: starts as {encoding} but byte {err.start} is not"
                ) from None
    if b"\x00" in data:
        return _decode_bomless_wide(data, source)
    try:
        return _checked(data.decode("utf-8"), source)
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return _checked(data.decode(declared), source)
        except (LookupError, UnicodeDecodeError):
            pass  # a page that lies about its encoding: detection may still read it
    return _checked(_detect_and_decode(data, source), source)


def _decode_bomless_wide(data: bytes, source: str) -> str:
    """NUL bytes: UTF-16/32 without a byte order mark (rare, but some Windows tools write it) or binary."""
    from charset_normalizer import from_bytes  # lazy: only for the odd file

    best = from_bytes(data).best()
    if best is not None and best.encoding.startswith(("utf_16", "utf_32")):
        return _checked(str(best), source)
    raise InputError(source, "binary file (NUL bytes), not text")


def _detect_and_decode(data: bytes, source: str) -> str:
    from charset_normalizer import from_bytes  # lazy: most reports are UTF-8 and never get here

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError(source, "undecodable bytes: not UTF-8 and no known encoding fits")
    # Short western text decodes equally well in several code pages (cp1250, cp1252, cp1257 ...) and
    # charset-normalizer then picks one of the tied candidates arbitrarily. cp1252 is what legacy
    # English and western European news was written in (and what HTML reads "latin-1" as), so it
    # takes a tie; a Cyrillic or Greek text never ties with it.
    tied = {
        encoding
        for match in matches
        if match.chaos == best.chaos and match.coherence == best.coherence
        for encoding in match.could_be_from_charset
    }
    if "cp1252" in tied:
        return data.decode("cp1252")
    return str(best)


def _checked(text: str, source: str) -> str:
    """Refuse "text" that is really a binary file decoded by a permissive encoding."""
    if not text:
        return text
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls > max(1, len(text) * _MAX_CONTROL_SHARE):
        raise InputError(source, "binary file (control characters), not text")
    return text


def normalize_newlines(text: str) -> str:
    """Windows and old Mac line ends become ``\\n``, so offsets do not depend on who saved the file."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def refuse_binary(data: bytes, source: str) -> None:
    """Raise :class:`InputError` for NUL bytes in a file that has no UTF-16/32 byte order mark.

    For files that a parser decodes itself (feeds name their encoding in the XML declaration).
    """
    wide = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)  # UTF-32-LE starts as UTF-16-LE
    if b"\x00" in data and not data.startswith(wide):
        raise InputError(source, "binary file (NUL bytes), not text")
