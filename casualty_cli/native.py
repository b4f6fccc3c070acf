"""Whether the compiled modules setup.py builds with mypyc where it can may be used, and the finders
that load their sources instead. Never compiled itself; imported by the package's ``__init__``, so it
imports little until asked.

The build makes two groups, each a shared library of modules that call each other directly, so each is
used whole or not at all:

- the reader, every module of ``casualty_cli/extraction`` but its ``__init__`` (which asks
  :func:`native_build` before importing any of them);
- ingest's analysis, :data:`ANALYSIS_SOURCES` (the grouping cues, stories and places read from each
  report, and grouping itself): :class:`AnalysisFinder`, which the package's ``__init__`` puts on
  ``sys.meta_path``, asks :func:`analysis_build` when the first of them is imported.

The compiled modules of a group are used only while its manifest (``_native_sources.txt``,
``_analysis_sources.txt``), written by the build beside them, names the sources on disk: a module
edited, added or removed since the build (an editable install builds in place; a checkout of another
branch, a merge) would otherwise run as it was compiled, whatever its source now says, since Python
imports a ``.so`` before the ``.py`` beside it. The groups are compiled apart, and call each other as
Python modules, so either may run compiled while the other runs from its sources.
"""

from __future__ import annotations

import importlib.machinery
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec
    from types import ModuleType

#: written by setup.py beside the compiled modules: "sha256  name.py" for each source compiled
MANIFEST = "_native_sources.txt"
#: the compiled modules' shared code (setup.py's GROUP + "__mypyc"), the one compiled module with no source
SHARED_LIBRARY = "_native__mypyc"

#: The analysis group: its sources, relative to the package's folder, as setup.py compiles them.
ANALYSIS_SOURCES = ("cues.py", "grouping.py", "places.py", "store/lookup.py", "stories.py", "textscan.py")
#: written by setup.py in the package's folder: "sha256  path" for each of :data:`ANALYSIS_SOURCES`
ANALYSIS_MANIFEST = "_analysis_sources.txt"
#: the analysis group's shared code, in the package's folder (setup.py's group name + "__mypyc")
ANALYSIS_LIBRARY = "_analysis__mypyc"

Build = Literal["pure", "compiled", "stale"]


def _digest(path: Path) -> str:
    import hashlib  # (here: the package imports this module at every start)

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _manifest(path: Path) -> dict[str, str] | None:
    """The sources a manifest names, with their sha256; None when it is missing or damaged."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        return {name: digest for digest, name in (line.split("  ", 1) for line in lines)}
    except (OSError, UnicodeDecodeError, ValueError):
        return None


def _compiled_in(folder: Path) -> set[str]:
    """The modules compiled in ``folder``, by name."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    try:
        return {name.split(".", 1)[0] for name in os.listdir(folder) if name.endswith(suffixes)}
    except OSError:
        return set()


def native_build(folder: Path) -> Build:
    """What ``folder`` holds: no compiled module ("pure"), compiled modules built from the sources that
    are there ("compiled"), or compiled modules and sources that are not theirs ("stale")."""
    compiled = _compiled_in(folder)
    if not compiled:
        return "pure"
    built = _manifest(folder / MANIFEST)
    if built is None:
        return "stale"
    sources = {name for name in os.listdir(folder) if name.endswith(".py") and name != "__init__.py"}
    if set(built) != sources or not {f"{name}.py" for name in compiled - {SHARED_LIBRARY}} <= sources:
        return "stale"
    return "compiled" if all(_digest(folder / name) == digest for name, digest in built.items()) else "stale"


def analysis_build(root: Path, sources: Sequence[str] = ANALYSIS_SOURCES) -> Build:
    """What the package in ``root`` holds of the analysis group (``sources``, relative to ``root``): none
    of it compiled ("pure"), all of it compiled from the sources that are there ("compiled"), or else
    "stale": a module compiled from another source, one of them not compiled, a source missing, or a
    module compiled in their folders that the group does not hold (left by another build)."""
    folders = {Path(source).parent for source in sources}
    compiled = {(folder / name).as_posix() for folder in folders for name in _compiled_in(root / folder)}
    if not compiled:
        return "pure"
    built = _manifest(root / ANALYSIS_MANIFEST)
    modules = {source.removesuffix(".py") for source in sources}
    if built is None or set(built) != set(sources) or compiled != modules | {ANALYSIS_LIBRARY}:
        return "stale"
    try:
        return "compiled" if all(_digest(root / name) == digest for name, digest in built.items()) else "stale"
    except OSError:
        return "stale"


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
        return _from_source(name, source)


def _from_source(name: str, source: Path) -> ModuleSpec | None:
    import importlib.util

    return importlib.util.spec_from_file_location(name, source)


class AnalysisFinder:
    """Finds the analysis group's modules of ``package`` (in ``folder``) as their ``.py`` files where the
    group may not run compiled (:func:`analysis_build`, asked once, when the first of them is imported;
    ``CASUALTY_PURE_PYTHON``), and leaves them to Python's own finders (the compiled ones) where it may.
    A stale group warns, since it runs slower."""

    def __init__(self, package: str, folder: Path) -> None:
        self.folder = folder
        self.sources = {f"{package}.{s.removesuffix('.py').replace('/', '.')}": s for s in ANALYSIS_SOURCES}
        #: None until the first of the modules is imported
        self.build: Build | None = None

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        source = self.sources.get(name)
        if source is None:
            return None
        if self.build is None:
            self.build = self.decide()
        return None if self.build == "compiled" else _from_source(name, self.folder / source)

    def decide(self) -> Build:
        """"compiled" when the group's compiled modules may be used, else "pure"."""
        build = analysis_build(self.folder)
        if build == "compiled" and not pure_python_asked():
            return "compiled"
        if build == "stale" and not pure_python_asked():
            import warnings

            warnings.warn(
                f"{self.folder}: the compiled analysis modules ({', '.join(ANALYSIS_SOURCES)}) were built "
                "from other sources than these; running them as pure Python, which is slower. Rebuild with "
                "`python -m pip install -e .` (CASUALTY_PURE_PYTHON=1 says to run pure Python without this "
                "warning; delete the .so files to do without them).",
                RuntimeWarning,
                stacklevel=2,
            )
        return "pure"


def install_analysis_finder(package: str, folder: Path) -> None:
    """Put an :class:`AnalysisFinder` for ``package`` first on ``sys.meta_path``, once."""
    if not any(isinstance(f, AnalysisFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, AnalysisFinder(package, folder))


def pure_python_asked() -> bool:
    """Does ``CASUALTY_PURE_PYTHON`` (set, not 0) ask for the sources, compiled modules or not?"""
    return os.environ.get("CASUALTY_PURE_PYTHON", "") not in ("", "0")
