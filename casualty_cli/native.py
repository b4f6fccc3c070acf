"""Whether a package's compiled modules (setup.py builds casualty_cli/extraction with mypyc where it can)
may be used, and the finder that loads its sources instead. Never compiled itself.

The compiled modules are used only while ``_native_sources.txt``, written by the build beside them,
names the sources on disk: a module edited, added or removed since the build (an editable install builds
in place; a checkout of another branch, a merge) would otherwise run as it was compiled, whatever its
source now says, since Python imports a ``.so`` before the ``.py`` beside it.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import os
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


class SourceFinder:
    """Finds the modules of ``package`` (in ``folder``) as their ``.py`` files only, ahead of the compiled
    ones (put first on ``sys.meta_path``)."""

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


def pure_python_asked() -> bool:
    """Does ``CASUALTY_PURE_PYTHON`` (set, not 0) ask for the sources, compiled modules or not?"""
    return os.environ.get("CASUALTY_PURE_PYTHON", "") not in ("", "0")
