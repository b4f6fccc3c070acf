"""Casualty-statement extraction: report text in, :class:`~casualty_cli.model.Statement` list out.

The modules of this package may be compiled (setup.py builds them with mypyc where it can). This file
never is: before any of them is imported it asks :mod:`casualty_cli.native` whether the compiled ones
are this checkout's, and else, or whenever ``CASUALTY_PURE_PYTHON`` is set (not 0), loads every module
of the package from its ``.py`` file. A stale build warns, since it runs slower (rebuild:
``python -m pip install -e .``).
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

from casualty_cli.native import Build, SourceFinder, native_build, pure_python_asked


def _choose_modules() -> Build:
    folder = Path(__file__).resolve().parent
    build = native_build(folder)
    pure = pure_python_asked()
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
        sys.meta_path.insert(0, SourceFinder(__name__, folder))
    return "pure"


#: "compiled" when this package's modules run compiled, else "pure"
BUILD = _choose_modules()

from casualty_cli.extraction.statements import extract_statements  # noqa: E402

__all__ = ["BUILD", "extract_statements"]
