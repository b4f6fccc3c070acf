"""Compiled modules (the reader, ingest's analysis) are used only while they were built from the sources on
disk (casualty_cli/native.py).

An editable install compiles the reader's modules in place (setup.py): an edited, added or removed
source must never be shadowed by a module compiled from its old text.
"""

from __future__ import annotations

import gc
import hashlib
import os
import subprocess
import sys
from collections.abc import Callable
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from casualty_cli import extraction
from casualty_cli.native import (
    ANALYSIS_LIBRARY,
    ANALYSIS_MANIFEST,
    MANIFEST,
    SHARED_LIBRARY,
    analysis_build,
    native_build,
    pure_python_asked,
)

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


def test_compiled_tokens_and_sentences_stay_out_of_the_cyclic_collector() -> None:
    # mypyc_attr(acyclic=True): compiled, the most numerous objects of a reading are no GC containers
    from casualty_cli.extraction.sentences import Sentence
    from casualty_cli.extraction.tokens import Token

    tracked = [gc.is_tracked(Token("a", "a", 0, 1)), gc.is_tracked(Sentence(0, 1, None, False))]
    assert tracked == [extraction.BUILD == "pure"] * 2


# --- the analysis group: modules of the package's folder and of a subfolder, with their manifest there ---

GROUP = ("cues.py", "store/lookup.py")
GROUP_SOURCES = {"cues.py": "X = 1\n", "store/lookup.py": "Y = 2\n", "model.py": "Z = 3\n"}


def group_built(root: Path) -> None:
    """A package folder as the build leaves it: its sources, the group's modules compiled, their manifest."""
    (root / "store").mkdir()
    for name, text in GROUP_SOURCES.items():
        (root / name).write_text(text)
    for name in GROUP:
        (root / name.replace(".py", SO)).write_bytes(b"")
    (root / f"{ANALYSIS_LIBRARY}{SO}").write_bytes(b"")
    (root / ANALYSIS_MANIFEST).write_text(
        "".join(f"{hashlib.sha256(GROUP_SOURCES[n].encode()).hexdigest()}  {n}\n" for n in GROUP)
    )


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda root: None, "compiled"),
        (lambda root: (root / "store" / "lookup.py").write_text("Y = 4\n"), "stale"),  # edited
        (lambda root: (root / "model.py").write_text("Z = 4\n"), "compiled"),  # not the group's
        (lambda root: (root / "cues.py").unlink(), "stale"),  # removed
        (lambda root: (root / f"cues{SO}").unlink(), "stale"),  # one of them not compiled
        (lambda root: (root / f"model{SO}").write_bytes(b""), "stale"),  # compiled, not the group's
        (lambda root: (root / ANALYSIS_MANIFEST).unlink(), "stale"),
        (lambda root: (root / ANALYSIS_MANIFEST).write_bytes(b"\xff\xfe not a manifest"), "stale"),
    ],
)
def test_the_analysis_modules_run_compiled_only_from_their_own_sources(
    tmp_path: Path, change: Callable[[Path], object], expected: str
) -> None:
    group_built(tmp_path)
    change(tmp_path)
    assert analysis_build(tmp_path, GROUP) == expected


def test_a_package_with_no_compiled_analysis_module_is_pure(tmp_path: Path) -> None:
    (tmp_path / "store").mkdir()
    for name, text in GROUP_SOURCES.items():
        (tmp_path / name).write_text(text)
    assert analysis_build(tmp_path, GROUP) == "pure"


#: where each analysis module of a process comes from
WHERE = "import casualty_cli.grouping as g, casualty_cli.store.lookup as l; print(g.__file__, l.__file__)"


def test_pure_python_asked_for_loads_the_analysis_modules_from_their_sources() -> None:
    paths = run_python(WHERE, CASUALTY_PURE_PYTHON="1").stdout.split()
    assert [Path(p).suffix for p in paths] == [".py", ".py"]


def test_this_checkout_runs_the_analysis_modules_its_build_says() -> None:
    root = Path(extraction.__file__).parent.parent
    compiled = analysis_build(root) == "compiled" and not pure_python_asked()
    paths = run_python(WHERE).stdout.split()
    assert [Path(p).suffix == ".py" for p in paths] == [not compiled, not compiled]
