"""The build backend: setuptools' own, asking for mypy (whose mypyc compiles the reader) only when the
build will compile (not when ``CASUALTY_PURE_PYTHON=1``). What is compiled, and how a failed compile
falls back to pure Python, is setup.py's; the README's "How it is built" says why."""

from __future__ import annotations

import os
from typing import Any

from setuptools import build_meta
from setuptools.build_meta import *  # noqa: F403  (the backend's other hooks, as they are)

#: mypyc's version decides the C it writes: the range the project's own mypy check (the test extra) uses
#: (2.4, the release measured, knows ``mypyc_attr(acyclic=True)``, which tokens.py asks for; a mypyc from
#: before the attribute refuses it).
MYPYC = "mypy>=2.4"


def pure_python() -> bool:
    """Does the environment ask for no compiled modules (``CASUALTY_PURE_PYTHON`` set, not 0)?"""
    return os.environ.get("CASUALTY_PURE_PYTHON", "") not in ("", "0")


def _with_mypyc(requires: list[str]) -> list[str]:
    return requires if pure_python() else [*requires, MYPYC]


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    return _with_mypyc(build_meta.get_requires_for_build_wheel(config_settings))


def get_requires_for_build_editable(config_settings: dict[str, Any] | None = None) -> list[str]:
    return _with_mypyc(build_meta.get_requires_for_build_editable(config_settings))
