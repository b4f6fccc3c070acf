"""The compiled part of the build: the reader's modules (casualty_cli/extraction/*.py but its __init__)
compiled to C with mypyc, as black and mypy ship theirs, where that works; pure Python everywhere else.

Pure Python, never an error, when ``CASUALTY_PURE_PYTHON=1``, when mypyc is missing or refuses the code,
or when the C compiler fails: the modules are built all together or not at all (they call each other
directly, so a mix cannot be), and any piece already built is removed. Beside the modules the build
writes ``_native_sources.txt`` (as ``sha256sum`` prints it) naming the sources they were compiled from;
``casualty_cli/extraction/__init__.py`` uses the compiled modules only while those sources are the ones
on disk. The README's "How it is built" says why and how to rebuild.
"""

from __future__ import annotations

import hashlib
import sys
import traceback
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from setuptools import Distribution, Extension, setup
from setuptools.command.build_ext import build_ext

sys.path.insert(0, str(Path(__file__).resolve().parent / "buildsys"))
from casualty_build import pure_python

PACKAGE = "casualty_cli.extraction"
#: the shared library of the compiled modules, inside the package (mypyc names it GROUP + "__mypyc")
GROUP = f"{PACKAGE}._native"
MANIFEST = "_native_sources.txt"


def sources() -> list[str]:
    """The modules compiled, as paths relative to this folder (setuptools runs the build from it)."""
    folder = Path(*PACKAGE.split("."))
    return sorted(p.as_posix() for p in folder.glob("*.py") if p.name != "__init__.py")


def module(path: str) -> str:
    return path.removesuffix(".py").replace("/", ".")


#: what mypyc sets in each extension it makes
BUILD_SETTINGS = (
    "sources",
    "include_dirs",
    "define_macros",
    "depends",
    "extra_compile_args",
    "extra_link_args",
)


def manifest(paths: list[str]) -> str:
    return "".join(f"{hashlib.sha256(Path(p).read_bytes()).hexdigest()}  {Path(p).name}\n" for p in paths)


def say(message: str) -> None:
    print(f"casualty build: {message}", file=sys.stderr)


class OptionalBuildExt(build_ext):
    """build_ext for the mypyc modules, made optional: any failure leaves a pure-Python package."""

    def finalize_options(self) -> None:
        # The extensions by name only: mypyc writes their C when the build runs (run()), not whenever
        # build_ext is configured (pip's requests for requirements and metadata configure it too).
        if not self.distribution.ext_modules and not pure_python():
            self.distribution.ext_modules = [Extension(f"{GROUP}__mypyc", sources())] + [
                Extension(module(path), [path]) for path in sources()
            ]
        super().finalize_options()

    def run(self) -> None:
        built_from = manifest(sources())  # before compiling: a file edited meanwhile is not what was built
        if pure_python():
            say("CASUALTY_PURE_PYTHON is set: pure Python")
        elif self.extensions:
            self._take_mypyc_sources()
        self._remove_built()  # what an earlier build left, in place too: nothing of it may outlive this one
        super().run()
        if self.extensions:  # built: a failure emptied the list
            for folder in self._folders():
                if folder.is_dir():
                    (folder / MANIFEST).write_text(built_from, encoding="utf-8")
            say(f"compiled {len(sources())} modules of {PACKAGE} with mypyc")

    def _take_mypyc_sources(self) -> None:
        """mypyc's C in place of each extension's sources (it type-checks with the project's
        [tool.mypy] settings), or no extensions where it fails."""
        try:
            from mypyc.build import mypycify

            made = {ext.name: ext for ext in mypycify(sources(), group_name=GROUP, opt_level="3")}
            if set(made) != {ext.name for ext in self.extensions}:
                raise RuntimeError(f"mypyc made other extensions than expected: {sorted(made)}")
        except (Exception, SystemExit):  # mypyc reports a failed type check with SystemExit
            traceback.print_exc()
            say("mypyc could not compile the reader: pure Python")
            self.extensions = []
            return
        for ext in self.extensions:
            for attr in BUILD_SETTINGS:
                setattr(ext, attr, getattr(made[ext.name], attr))

    def build_extensions(self) -> None:
        try:
            super().build_extensions()
        except Exception:
            traceback.print_exc()
            say("the C build of the reader failed: pure Python")
            self._remove_built()
            self.extensions = []

    def _folders(self) -> set[Path]:
        """The package's folder in the build, and where the extensions go (the source folder for an
        in-place build, as an editable install makes)."""
        in_place = Path(self.get_ext_fullpath(f"{GROUP}__mypyc")).parent
        return {Path(self.build_lib, *PACKAGE.split(".")), in_place}

    def _remove_built(self) -> None:
        for folder in self._folders():
            for path in folder.glob("*"):
                if path.name == MANIFEST or path.name.endswith(tuple(EXTENSION_SUFFIXES)):
                    path.unlink()

    def get_outputs(self) -> list[str]:
        outputs: list[str] = super().get_outputs()
        if self.extensions:
            outputs.append(str(Path(self.get_ext_fullpath(f"{GROUP}__mypyc")).parent / MANIFEST))
        return outputs


class BinaryDistribution(Distribution):
    """A distribution with extensions whether or not they are known yet: build_ext always runs (a pure
    build too, which removes what an earlier build compiled in place), and a wheel is tagged for its
    platform."""

    def has_ext_modules(self) -> bool:
        return True


setup(cmdclass={"build_ext": OptionalBuildExt}, distclass=BinaryDistribution)
