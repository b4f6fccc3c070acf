"""Casualty-statement extraction: report text in, :class:`~casualty_cli.model.Statement` list out.

The modules of this package may be compiled (setup.py builds them with mypyc where it can). This file
never is: it decides, before any of them is imported, whether the compiled ones may be used. They are
used only while ``_native_sources.txt``, written by the build beside them, names the sources on disk: a
module edited, added or removed since the build (an editable install, a checkout of another branch)
would otherwise run as it was compiled, whatever its source now says. Then, and whenever
``CASUALTY_PURE_PYTHON`` is set (not 0), every module of the package is loaded from its ``.py`` file;
the first case warns, since it is slower (rebuild: ``python -m pip install -e .``).
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import os
import sys
import warnings
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType
from typing import Literal

#: written by setup.py beside the compiled modules: "sha256  name.py" for each source compiled
MANIFEST = "_native_sources.txt"
#: the compiled modules' shared code (setup.py's GROUP + "__mypyc"), the one compiled module with no source
SHARED_LIBRARY = "_native__mypyc"

Build = Literal["pure", "compiled", "stale"]


def native_build(folder: Path) -> Build:
    """What ``folder`` holds: no compiled module ("pure"), compiled modules built from the sources that
    are there ("compiled"), or compiled modules and sources that are not theirs ("stale")."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    names = os.listdir(folder)
    compiled = {name.split(".", 1)[0] for name in names if name.endswith(suffixes)}
    if not compiled:
        return "pure"
    try:
        lines = (folder / MANIFEST).read_text(encoding="utf-8").splitlines()
        built = {name: digest for digest, name in (line.split("  ", 1) for line in lines)}
    except (OSError, UnicodeDecodeError, ValueError):
        return "stale"
    sources = {name for name in names if name.endswith(".py") and name != "__init__.py"}
    if set(built) != sources or not {f"{name}.py" for name in compiled - {SHARED_LIBRARY}} <= sources:
        return "stale"
    for name, digest in built.items():
        if hashlib.sha256((folder / name).read_bytes()).hexdigest() != digest:
            return "stale"
    return "compiled"


class _SourceFinder:
    """Finds this package's modules as their ``.py`` files only, ahead of the compiled ones."""

    def __init__(self, package: str, folder: Path) -> None:
        self.package = package
        self.folder = folder

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        parent, _, leaf = name.rpartition(".")
        source = self.folder / f"{leaf}.py"
        if parent != self.package or not source.is_file():
            return None
        return importlib.util.spec_from_file_location(name, source)


def _choose_modules() -> Build:
    folder = Path(__file__).resolve().parent
    build = native_build(folder)
    pure = os.environ.get("CASUALTY_PURE_PYTHON", "") not in ("", "0")
    if build == "compiled" and not pure:
        return build
    if build == "stale" and not pure:
        warnings.warn(
            f"{folder}: the compiled reader was built from other sources than these; running them as pure "
            "Python, which is slower. Rebuild with `python -m pip install -e .` (CASUALTY_PURE_PYTHON=1 "
            "says to run pure Python without this warning; delete the .so files to do without them).",
            RuntimeWarning,
            stacklevel=2,
        )
    if build != "pure":
        sys.meta_path.insert(0, _SourceFinder(__name__, folder))
    return "pure"


#: "compiled" when this package's modules run compiled, else "pure"
BUILD = _choose_modules()

from casualty_cli.extraction.statements import extract_statements  # noqa: E402

__all__ = ["BUILD", "extract_statements"]
