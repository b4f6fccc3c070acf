"""The compiled reader is used only while it was built from the sources on disk (casualty_cli/native.py).

An editable install compiles the reader's modules in place (setup.py): an edited, added or removed
source must never be shadowed by a module compiled from its old text.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Callable
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from casualty_cli import extraction
from casualty_cli.native import MANIFEST, SHARED_LIBRARY, native_build, pure_python_asked

SO = EXTENSION_SUFFIXES[0]
SOURCES = {"readers.py": "def read() -> int:\n    return 1\n", "tokens.py": "X = 2\n"}


def built(folder: Path, sources: dict[str, str]) -> None:
    """A folder as the build leaves it: the sources, a module compiled from each, their manifest."""
    (folder / "__init__.py").write_text("")
    for name, text in sources.items():
        (folder / name).write_text(text)
        (folder / name.replace(".py", SO)).write_bytes(b"")
    (folder / f"{SHARED_LIBRARY}{SO}").write_bytes(b"")
    (folder / MANIFEST).write_text(
        "".join(f"{hashlib.sha256(text.encode()).hexdigest()}  {name}\n" for name, text in sources.items())
    )


def edited(folder: Path) -> None:
    (folder / "readers.py").write_text("def read() -> int:\n    return 2\n")


def added(folder: Path) -> None:
    (folder / "syntax.py").write_text("Y = 3\n")


def removed(folder: Path) -> None:
    (folder / "tokens.py").unlink()


def no_manifest(folder: Path) -> None:
    (folder / MANIFEST).unlink()


def damaged_manifest(folder: Path) -> None:
    (folder / MANIFEST).write_bytes(b"\xff\xfe not a manifest")


def stray_module(folder: Path) -> None:
    (folder / f"phrases{SO}").write_bytes(b"")  # compiled from a source the manifest does not name


def as_built(folder: Path) -> None:
    pass


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (as_built, "compiled"),
        (edited, "stale"),
        (added, "stale"),
        (removed, "stale"),
        (no_manifest, "stale"),
        (damaged_manifest, "stale"),
        (stray_module, "stale"),
    ],
)
def test_compiled_modules_are_used_only_with_their_own_sources(
    tmp_path: Path, change: Callable[[Path], None], expected: str
) -> None:
    built(tmp_path, SOURCES)
    change(tmp_path)
    assert native_build(tmp_path) == expected


def test_a_folder_of_sources_alone_is_pure(tmp_path: Path) -> None:
    for name, text in SOURCES.items():
        (tmp_path / name).write_text(text)
    assert native_build(tmp_path) == "pure"


def run_python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], env={**os.environ, **env}, capture_output=True, text=True, check=True
    )


#: which build a process runs, and where its reader module comes from
WHICH = "import casualty_cli.extraction as e, casualty_cli.extraction.readers as r; print(e.BUILD, r.__file__)"


def test_pure_python_asked_for_loads_every_module_from_its_source() -> None:
    build, path = run_python(WHICH, CASUALTY_PURE_PYTHON="1").stdout.split()
    assert (build, Path(path).suffix) == ("pure", ".py")


def test_this_checkout_runs_what_its_build_says() -> None:
    # a process runs compiled modules only where they were built from this checkout's sources, and
    # pure Python is not asked for; else every module comes from its source
    build, path = run_python(WHICH).stdout.split()
    expected = "compiled" if native_build(Path(extraction.__file__).parent) == "compiled" and not pure_python_asked() else "pure"
    assert build == expected == extraction.BUILD
    assert (Path(path).suffix == ".py") == (build == "pure")
