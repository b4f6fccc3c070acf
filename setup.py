"""The compiled part of the build: two groups of modules compiled to C with mypyc, as black and mypy ship
theirs, where that works; pure Python everywhere else.

- the reader: casualty_cli/extraction/*.py but its __init__;
- ingest's analysis: the modules ``casualty_cli/native.py`` names (ANALYSIS_SOURCES): the cues, stories
  and places read from each report, and grouping.

Each group is built whole or not at all (its modules call each other directly, so a mix cannot be), and
apart from the other (they call each other as Python modules, so either may run without the other).
Pure Python, never an error, when ``CASUALTY_PURE_PYTHON=1``, when mypyc is missing or refuses a
group's code, or when the C compiler fails on it; any piece of it already built is removed. Beside each
group the build writes its manifest (``_native_sources.txt``, ``_analysis_sources.txt``, as
``sha256sum`` prints it) naming the sources it was compiled from; the package uses a group's compiled
modules only while those sources are the ones on disk (casualty_cli/native.py). The README's "How it
is built" says why and how to rebuild.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
import traceback
from dataclasses import dataclass
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from types import ModuleType

from setuptools import Distribution, Extension, setup
from setuptools.command.build_ext import build_ext

sys.path.insert(0, str(Path(__file__).resolve().parent / "buildsys"))
from casualty_build import pure_python

HERE = Path(__file__).resolve().parent


def _native() -> ModuleType:
    """casualty_cli/native.py alone (importing the package would need its dependencies)."""
    spec = importlib.util.spec_from_file_location("_casualty_native", HERE / "casualty_cli" / "native.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


NATIVE = _native()


@dataclass(frozen=True)
class Group:
    """Modules compiled together into one shared library (mypyc's group)."""

    #: the shared library, as a module (mypyc names it name + "__mypyc")
    name: str
    #: the folder whose manifest names the group's sources, relative to this one
    home: str
    #: the sources, relative to ``home``
    members: tuple[str, ...]
    manifest: str

    def sources(self) -> list[str]:
        """The modules compiled, as paths relative to this folder (setuptools runs the build from it)."""
        return [f"{self.home}/{m}" for m in self.members]

    def extensions(self) -> list[str]:
        return [f"{self.name}__mypyc", *(module(p) for p in self.sources())]

    def folders(self) -> set[str]:
        """The folders its modules and manifest are built into, relative to the build's root."""
        return {Path(p).parent.as_posix() for p in self.sources()} | {self.home}

    def built_from(self) -> str:
        return "".join(
            f"{hashlib.sha256(Path(self.home, m).read_bytes()).hexdigest()}  {m}\n" for m in self.members
        )


def module(path: str) -> str:
    return path.removesuffix(".py").replace("/", ".")


def _reader() -> Group:
    home = "casualty_cli/extraction"
    members = tuple(sorted(p.name for p in Path(home).glob("*.py") if p.name != "__init__.py"))
    return Group("casualty_cli.extraction._native", home, members, NATIVE.MANIFEST)


GROUPS = (
    _reader(),
    Group("casualty_cli._analysis", "casualty_cli", tuple(NATIVE.ANALYSIS_SOURCES), NATIVE.ANALYSIS_MANIFEST),
)

#: what mypyc sets in each extension it makes
BUILD_SETTINGS = (
    "sources",
    "include_dirs",
    "define_macros",
    "depends",
    "extra_compile_args",
    "extra_link_args",
)


def say(message: str) -> None:
    print(f"casualty build: {message}", file=sys.stderr)


class OptionalBuildExt(build_ext):
    """build_ext for the mypyc groups, made optional: a group that fails is left as pure Python."""

    def finalize_options(self) -> None:
        # The extensions by name only: mypyc writes their C when the build runs (run()), not whenever
        # build_ext is configured (pip's requests for requirements and metadata configure it too).
        if not self.distribution.ext_modules and not pure_python():
            self.distribution.ext_modules = [
                ext
                for group in GROUPS
                for ext in [
                    Extension(f"{group.name}__mypyc", group.sources()),
                    *(Extension(module(path), [path]) for path in group.sources()),
                ]
            ]
        super().finalize_options()

    def run(self) -> None:
        # before compiling: a file edited meanwhile is not what was built
        built_from = {group.name: group.built_from() for group in GROUPS}
        if pure_python():
            say("CASUALTY_PURE_PYTHON is set: pure Python")
        elif self.extensions:
            for group in GROUPS:
                self._take_mypyc_sources(group)
        for group in GROUPS:  # what an earlier build left, in place too: nothing of it may outlive this one
            self._remove_built(group)
        super().run()
        for group in GROUPS:
            if self._has(group):  # built: a failure dropped its extensions
                for root in self._roots():
                    if (root / group.home).is_dir():
                        (root / group.home / group.manifest).write_text(built_from[group.name], encoding="utf-8")
                say(f"compiled {len(group.members)} modules of {group.home} with mypyc ({group.name})")

    def _has(self, group: Group) -> bool:
        return any(ext.name in group.extensions() for ext in self.extensions)

    def _drop(self, group: Group) -> None:
        self.extensions = [ext for ext in self.extensions if ext.name not in group.extensions()]

    def _take_mypyc_sources(self, group: Group) -> None:
        """mypyc's C in place of the group's extensions' sources (it type-checks with the project's
        [tool.mypy] settings), or none of the group's extensions where it fails."""
        try:
            from mypyc.build import mypycify

            made = {ext.name: ext for ext in mypycify(group.sources(), group_name=group.name, opt_level="3")}
            if set(made) != set(group.extensions()):
                raise RuntimeError(f"mypyc made other extensions than expected: {sorted(made)}")
        except (Exception, SystemExit):  # mypyc reports a failed type check with SystemExit
            traceback.print_exc()
            say(f"mypyc could not compile {group.home} ({group.name}): pure Python")
            self._drop(group)
            return
        for ext in self.extensions:
            if ext.name in made:
                for attr in BUILD_SETTINGS:
                    setattr(ext, attr, getattr(made[ext.name], attr))

    def build_extensions(self) -> None:
        self.check_extensions_list(self.extensions)
        for group in GROUPS:
            try:
                for ext in self.extensions:
                    if ext.name in group.extensions():
                        self.build_extension(ext)
            except Exception:
                traceback.print_exc()
                say(f"the C build of {group.home} ({group.name}) failed: pure Python")
                self._remove_built(group)
                self._drop(group)

    def _roots(self) -> set[Path]:
        """Where the package is built, and where the extensions go (the source folder for an in-place
        build, as an editable install makes)."""
        in_place = Path(self.get_ext_fullpath("casualty_cli._probe")).parent.parent
        return {Path(self.build_lib), in_place}

    def _remove_built(self, group: Group) -> None:
        for root in self._roots():
            for folder in group.folders():
                for path in (root / folder).glob("*"):
                    if path.name.endswith(tuple(EXTENSION_SUFFIXES)):
                        path.unlink()
            (root / group.home / group.manifest).unlink(missing_ok=True)

    def get_outputs(self) -> list[str]:
        outputs: list[str] = super().get_outputs()
        for group in GROUPS:
            if self._has(group):
                outputs.append(str(Path(self.get_ext_fullpath(f"{group.name}__mypyc")).parent / group.manifest))
        return outputs


class BinaryDistribution(Distribution):
    """A distribution with extensions whether or not they are known yet: build_ext always runs (a pure
    build too, which removes what an earlier build compiled in place), and a wheel is tagged for its
    platform."""

    def has_ext_modules(self) -> bool:
        return True


setup(cmdclass={"build_ext": OptionalBuildExt}, distclass=BinaryDistribution)
