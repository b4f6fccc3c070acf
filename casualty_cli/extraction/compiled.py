"""Compiled regular expressions kept between runs, as Python keeps the bytecode of modules.

The engine's patterns are large (word lists grouped by first letter, many alternatives) and ``re``
takes a few tenths of a second to parse them and generate their code at every start, longer than
reading a typical report. That work is a pure function of the pattern, its flags and the Python
build, so its result, the SRE code, is kept in one file of the user's cache directory and handed to
``_sre.compile`` on later runs. ``_sre`` validates any code it is given ("invalid SRE code"), and
the file is keyed by the Python build, so a stale or damaged file cannot give a wrong pattern.

Anything unexpected (another Python, a file that cannot be read or written, a private API that
changed) falls back to ``re.compile``: the cache only ever saves time. ``CASUALTY_NO_PATTERN_CACHE=1``
turns it off; ``CASUALTY_CACHE_DIR`` moves it (default: ``platformdirs.user_cache_dir("casualty")``).
"""

from __future__ import annotations

import atexit
import hashlib
import importlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

# (flags after parsing, code, number of groups, group index, index group), as _sre.compile takes them
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def _internals() -> tuple[Any, Any, Any] | None:
    """``re``'s parser and code generator and ``_sre``, or None where this Python has other ones."""
    try:
        parser = importlib.import_module("re._parser")
        compiler = importlib.import_module("re._compiler")
        sre = importlib.import_module("_sre")
    except ImportError:  # pragma: no cover - Python 3.11+ has all three
        return None
    if not all(hasattr(m, a) for m, a in ((parser, "parse"), (compiler, "_code"), (sre, "compile"))):
        return None  # pragma: no cover
    return parser, compiler, sre


class PatternCache:
    """Compiles patterns, reusing the code kept in ``path`` and adding what it lacked on :meth:`save`."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.internals = _internals() if path is not None else None
        #: compiled code by "flags:pattern": an _Entry, but as read from the file anything at all until
        #: _sre takes it (a damaged or foreign file), so typed as no more than it is
        self.entries: dict[str, object] = {}
        #: the keys this process asked for: what a later run will ask for again
        self.used: set[str] = set()
        self.loaded = False
        self.dirty = False

    def _load(self) -> None:
        self.loaded = True
        if self.path is None:
            return
        try:
            data = marshal.loads(self.path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            return  # no file yet, or a damaged one: it is rewritten on save
        if isinstance(data, dict):
            self.entries = data

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        if self.internals is None:
            return re.compile(pattern, flags)
        if not self.loaded:
            self._load()
        parser, compiler, sre = self.internals
        flags = int(flags)  # a RegexFlag is no plain int, and marshal takes plain ones only
        key = f"{flags}:{pattern}"
        self.used.add(key)
        entry = self.entries.get(key)
        if isinstance(entry, tuple):
            try:
                compiled: re.Pattern[str] = sre.compile(pattern, *entry)
                return compiled
            except (RuntimeError, TypeError, ValueError, OverflowError):
                pass  # not code this Python takes: compile afresh below
        try:
            parsed = parser.parse(pattern, flags)
            code = compiler._code(parsed, flags)
            groupindex = dict(parsed.state.groupdict)
            indexgroup: list[str | None] = [None] * parsed.state.groups
            for name, i in groupindex.items():
                indexgroup[i] = name
            fresh: _Entry = (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1,
                             groupindex, tuple(indexgroup))
            compiled = sre.compile(pattern, *fresh)
        except Exception:
            return re.compile(pattern, flags)
        self.entries[key] = fresh
        self.dirty = True
        return compiled

    def kept(self, key: str, make: Callable[[], object], kind: type) -> object:
        """``make()``, a value of ``kind`` that depends on nothing but ``key`` (and the Python build, which
        names the file), as an earlier run kept it when there is one; else made now and kept, when marshal
        writes it (strings, numbers, lists, dicts)."""
        if self.path is None:
            return make()
        if not self.loaded:
            self._load()
        key = f"kept:{key}"
        self.used.add(key)
        found = self.entries.get(key)
        if isinstance(found, kind):
            return found
        value = make()
        try:
            marshal.dumps(value)  # type: ignore[arg-type]  # (what it refuses is the question)
        except ValueError:
            return value  # (a value marshal refuses would keep the whole file from being written)
        self.entries[key] = value
        self.dirty = True
        return value

    def save(self) -> None:
        """Write the entries, whole or not at all (a temporary file renamed over the old one).

        Entries this process did not ask for are kept (a pattern compiled only when needed may not
        have been), unless they outnumber the ones it asked for: then they are mostly patterns of
        earlier versions, and only the asked-for ones are written. The file stays within about
        three times what one run needs.
        """
        if not self.dirty or self.path is None:
            return
        if len(self.entries) > 2 * len(self.used):
            self.entries = {k: v for k, v in self.entries.items() if k in self.used}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(marshal.dumps(self.entries))
                os.replace(tmp, self.path)
            except BaseException:
                os.unlink(tmp)
                raise
        except (OSError, ValueError):
            return  # a read-only or full disk, or an entry marshal refuses: the next run compiles again
        self.dirty = False


def _default_path() -> Path | None:
    if os.environ.get("CASUALTY_NO_PATTERN_CACHE"):
        return None
    base = os.environ.get("CASUALTY_CACHE_DIR")
    if not base:
        import platformdirs

        base = platformdirs.user_cache_dir("casualty")
    build = hashlib.sha256(sys.version.encode()).hexdigest()[:12]
    return Path(base) / f"patterns-{sys.implementation.cache_tag}-{build}.marshal"


_CACHE: Final = PatternCache(_default_path())
atexit.register(_CACHE.save)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the code kept by an earlier run when there is one."""
    return _CACHE.compile(pattern, flags)


def kept(key: str, make: Callable[[], object], kind: type) -> object:
    """``make()`` as an earlier run kept it under ``key`` (:meth:`PatternCache.kept`): ``key`` must name
    everything the value depends on, as a hash of the text it is parsed from."""
    return _CACHE.kept(key, make, kind)
