"""One line, never a traceback: the CLI over broken environments, read-only and unreadable stores, and
filesystem failures at any point of a write.

Tests run as root in CI, where permission bits deny nothing, so the filesystem's refusals are
simulated: :class:`Refusing` makes the operating-system calls under one folder fail with a given
errno, as a read-only mount, a full disk or a failing disk would. One test also drops privileges for
real where that is possible, and says why it skips where it is not.
"""

from __future__ import annotations

import builtins
import errno
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from casualty_cli.cli import app

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "maarat-al-numan.jsonl"
NEW_REPORT = (
    "Two people were killed and five injured when a roof fell in at a market in Kisumu, police said.\n"
)
runner = CliRunner()

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND


class Refusing:
    """Operating-system calls on paths under ``root`` fail with ``code``: writes only, or reads too.

    ``after`` lets that many refusable calls through first, so a write can fail at any point.
    """

    def __init__(self, root: Path, code: int, *, reads: bool = False, after: int = 0) -> None:
        self.root = str(root)
        self.code = code
        self.reads = reads
        self.after = after
        self.calls = 0

    def _check(self, *paths: Any) -> None:
        for path in paths:
            if isinstance(path, int):
                continue
            if os.fspath(path).__str__().startswith(self.root):
                self.calls += 1
                if self.calls > self.after:
                    raise OSError(self.code, os.strerror(self.code), os.fspath(path))
                return

    @contextmanager
    def active(self, monkeypatch: pytest.MonkeyPatch) -> Iterator[Refusing]:
        real_open, real_os_open = builtins.open, os.open

        def fake_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            if not isinstance(file, int) and (self.reads or any(c in mode for c in "wax+")):
                self._check(file)
            return real_open(file, mode, *args, **kwargs)

        def fake_os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            if self.reads or flags & _WRITE_FLAGS:
                self._check(path)
            return real_os_open(path, flags, *args, **kwargs)

        def wrap(real: Any) -> Any:
            def refused(*args: Any, **kwargs: Any) -> Any:
                self._check(*args[:2])
                return real(*args, **kwargs)

            return refused

        with monkeypatch.context() as m:
            m.setattr(builtins, "open", fake_open)
            m.setattr(io, "open", fake_open)
            m.setattr(os, "open", fake_os_open)
            for name in ("replace", "rename", "mkdir", "unlink", "remove", "rmdir", "truncate"):
                m.setattr(os, name, wrap(getattr(os, name)))
            if self.reads:
                for name in ("stat", "scandir", "listdir"):
                    m.setattr(os, name, wrap(getattr(os, name)))
            yield self


def cli(*args: str, env: dict[str, str] | None = None) -> Any:
    return runner.invoke(app, list(args), env=env)


def assert_one_line(result: Any, *codes: int) -> None:
    """Exit status among ``codes``; at most one line on stderr, an ``Error:`` line; no traceback."""
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in codes, (result.exit_code, result.stderr)
    lines = result.stderr.splitlines()
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    errors = [line for line in lines if line.startswith("Error:")]
    assert len(errors) <= 1, lines
    if result.exit_code:
        assert len(errors) == 1, lines


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """A store of the sample reports, an incident id and a statement id in it."""
    path = tmp_path_factory.mktemp("built") / "store"
    assert cli("ingest", str(SAMPLE), "--store", str(path)).exit_code == 0
    rows = json.loads(cli("incidents", "--json", "--store", str(path)).stdout)
    incident = rows[0]["id"]
    shown = json.loads(cli("show", incident, "--json", "--store", str(path)).stdout)
    return path, incident, shown["statements"][0]["id"]


@pytest.fixture
def area(built: tuple[Path, str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder holding a copy of the built store (as ``store``) and a new report (``new.txt``)."""
    root = tmp_path / "area"
    shutil.copytree(built[0], root / "store")
    (root / "new.txt").write_text(NEW_REPORT, encoding="utf-8")
    monkeypatch.setenv("CASUALTY_STORE", str(root / "store"))
    return root


def commands(area: Path, incident: str, statement: str) -> dict[str, list[str]]:
    return {
        "ingest": ["ingest", str(area / "new.txt")],
        "note": ["note", incident, "seen by the desk"],
        "settings set": ["settings", "toll_rule", "highest"],
        "retract": ["retract", statement, "--reason", "a duplicate"],
        "correct": ["correct", statement, "--best", "3"],
        "move": ["move", statement, "--to", "new"],
        "export -o": ["export", "-o", str(area / "out.csv")],
        "incidents": ["incidents"],
        "show": ["show", incident],
        "timeline": ["timeline", incident],
        "diff": ["diff", incident],
        "log": ["log"],
        "settings": ["settings"],
        "store check": ["store", "check"],
    }


WRITERS = ["ingest", "note", "settings set", "retract", "correct", "move", "export -o"]
READERS = ["incidents", "show", "timeline", "diff", "log", "settings", "store check"]


# --- a read-only store -------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES], ids=["read-only fs", "permission denied"])
@pytest.mark.parametrize("name", WRITERS)
def test_writing_to_a_read_only_store_is_one_line(
    area: Path, built: tuple[Path, str, str], monkeypatch: pytest.MonkeyPatch, name: str, code: int
) -> None:
    args = commands(area, *built[1:])[name]
    with Refusing(area, code).active(monkeypatch):
        result = cli(*args)
    assert_one_line(result, 1)
    assert os.strerror(code) in result.stderr and str(area) in result.stderr


@pytest.mark.parametrize("name", READERS)
def test_reading_a_read_only_store_works(
    area: Path, built: tuple[Path, str, str], monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    args = commands(area, *built[1:])[name]
    with Refusing(area, errno.EROFS).active(monkeypatch):
        result = cli(*args)
    assert_one_line(result, 0)


@pytest.mark.parametrize("name", WRITERS + READERS)
def test_an_unreadable_store_is_one_line(
    area: Path, built: tuple[Path, str, str], monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    args = commands(area, *built[1:])[name]
    with Refusing(area / "store", errno.EACCES, reads=True).active(monkeypatch):
        result = cli(*args)
    assert_one_line(result, 1)
    assert "Permission denied" in result.stderr


# --- a failure at any point of a write leaves the store as it was, and says so in one line -----------------


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.sampled_from(["ingest", "note", "settings set", "retract", "move"]),
    code=st.sampled_from([errno.ENOSPC, errno.EIO, errno.EROFS, errno.EACCES]),
    after=st.integers(min_value=0, max_value=12),  # a write makes about ten calls that can fail
)
def test_a_write_failing_at_any_point_is_one_line_and_harmless(
    built: tuple[Path, str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    code: int,
    after: int,
) -> None:
    root = tmp_path / f"area-{name}-{code}-{after}".replace(" ", "-")
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(built[0], root / "store")
    (root / "new.txt").write_text(NEW_REPORT, encoding="utf-8")
    monkeypatch.setenv("CASUALTY_STORE", str(root / "store"))
    before = json.loads(cli("incidents", "--json").stdout)
    args = commands(root, *built[1:])[name]
    with Refusing(root / "store", code, after=after).active(monkeypatch):
        result = cli(*args)
    assert_one_line(result, 0, 1)
    check = cli("store", "check")
    assert check.exit_code == 0, check.stdout
    if result.exit_code:
        assert json.loads(cli("incidents", "--json").stdout) == before


# --- broken environments ---------------------------------------------------------------------------------

BROKEN_ENVIRONMENTS = [
    ({"CASUALTY_LOCK_TIMEOUT": "abc"}, "CASUALTY_LOCK_TIMEOUT"),
    ({"CASUALTY_LOCK_TIMEOUT": "-5"}, "CASUALTY_LOCK_TIMEOUT"),
    ({"CASUALTY_LOCK_TIMEOUT": "nan"}, "CASUALTY_LOCK_TIMEOUT"),
    ({"CASUALTY_DATE_ORDER": "YMD"}, "CASUALTY_DATE_ORDER"),
    ({"CASUALTY_STORE": "{area}/new.txt"}, "is a file"),
    ({"CASUALTY_CACHE_DIR": "{area}/new.txt"}, None),  # the pattern cache is only a cache
    ({"CASUALTY_CACHE_DIR": "/proc/no-such-dir"}, None),
    ({"CASUALTY_USER": ""}, None),
    ({"NO_COLOR": "1"}, None),
]


def _environment_commands(area: Path, incident: str, statement: str) -> dict[str, list[str]]:
    every = commands(area, incident, statement)
    every["extract"] = ["extract", "--published", "16/02/2016", str(area / "new.txt")]
    return every


@pytest.mark.parametrize(
    ("env", "named"),
    BROKEN_ENVIRONMENTS,
    ids=[next(iter(e)) + "=" + next(iter(e.values())) for e, _ in BROKEN_ENVIRONMENTS],
)
def test_broken_environments_are_one_line(
    area: Path, built: tuple[Path, str, str], env: dict[str, str], named: str | None
) -> None:
    env = {k: v.format(area=area) for k, v in env.items()}
    for name, args in _environment_commands(area, *built[1:]).items():
        result = cli(*args, env=env)
        assert_one_line(result, 0, 1, 2)
        if named is not None and result.exit_code:
            assert named in result.stderr, (name, result.stderr)


@pytest.mark.parametrize("name", ["ingest", "note", "settings set"])
def test_a_bad_lock_timeout_names_the_variable(area: Path, built: tuple[Path, str, str], name: str) -> None:
    result = cli(*commands(area, *built[1:])[name], env={"CASUALTY_LOCK_TIMEOUT": "abc"})
    assert result.exit_code == 1
    assert result.stderr == "Error: CASUALTY_LOCK_TIMEOUT='abc': not a number of seconds\n"


def test_the_command_starts_with_a_bad_lock_timeout() -> None:
    """The variable was read when the store module was imported, so every command crashed there."""
    env = {**os.environ, "CASUALTY_LOCK_TIMEOUT": "abc"}
    done = subprocess.run(
        [sys.executable, "-m", "casualty_cli", "incidents"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "Traceback" not in done.stderr and done.returncode in (0, 1), done.stderr


# --- for real, where privileges can be dropped ----------------------------------------------------------------


def _unprivileged(tmp_path: Path) -> tuple[list[str], Any]:
    """How to run a command as a user who cannot write the store, or a reason to skip."""
    if os.geteuid() != 0:
        return [], None
    try:
        probe = subprocess.run(
            [sys.executable, "-c", "import casualty_cli.cli"],
            preexec_fn=lambda: (os.setgid(65534), os.setuid(65534)),
            capture_output=True,
            check=False,
        )
    except PermissionError:
        probe = None
    if probe is None or probe.returncode != 0:
        pytest.skip("running as root, and user 65534 cannot run this Python (its install is private)")
    return [], lambda: (os.setgid(65534), os.setuid(65534))


def test_a_store_the_user_cannot_write_for_real(tmp_path: Path, built: tuple[Path, str, str]) -> None:
    root = tmp_path / "real"
    shutil.copytree(built[0], root / "store")
    drop = _unprivileged(tmp_path)[1]
    for path in [root, *root.rglob("*")]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    tmp_path.chmod(0o755)
    try:
        env = {**os.environ, "CASUALTY_STORE": str(root / "store"), "HOME": str(tmp_path)}
        done = subprocess.run(
            [sys.executable, "-m", "casualty_cli", "note", built[1], "a note"],
            env=env,
            preexec_fn=drop,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 1 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        assert done.stderr.startswith("Error: ") and "Permission denied" in done.stderr
    finally:
        for path in [root, *root.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    variable=st.sampled_from(
        ["CASUALTY_LOCK_TIMEOUT", "CASUALTY_DATE_ORDER", "CASUALTY_STORE", "CASUALTY_USER"]
    ),
    value=st.text(st.characters(blacklist_categories=["Cs", "Cc"]), min_size=1, max_size=12),
    command=st.sampled_from(["note", "settings set", "incidents", "show", "export -o"]),
)
def test_any_value_of_a_variable_is_at_worst_one_line(
    area: Path, built: tuple[Path, str, str], variable: str, value: str, command: str
) -> None:
    env = {variable: value if variable != "CASUALTY_STORE" else str(area / value.replace("/", "_"))}
    result = cli(*commands(area, *built[1:])[command], env=env)
    assert_one_line(result, 0, 1, 2)
