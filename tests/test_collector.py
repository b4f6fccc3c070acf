"""A batch job collects garbage less often while it runs, and leaves the collector as it found it."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from casualty_cli import collector


def test_the_young_generation_grows_during_a_batch_and_not_after() -> None:
    before = gc.get_threshold()
    with collector.batch_collection():
        assert gc.get_threshold() == (collector.YOUNG, *before[1:])
        assert gc.get_freeze_count() > 0  # what existed at the start (modules, this test) is frozen
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_the_collector_is_restored_when_the_batch_fails() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), collector.batch_collection():
        raise RuntimeError("a report that breaks extraction")
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_garbage_in_cycles_is_still_collected() -> None:
    class Node:
        pass

    with collector.batch_collection():
        for _ in range(2 * collector.YOUNG):
            a, b = Node(), Node()
            a.other, b.other = b, a  # type: ignore[attr-defined]
        alive = sum(isinstance(o, Node) for o in gc.get_objects())
    # of the 4 * YOUNG nodes made, young collections took those made before the last of them
    assert alive < 2 * collector.YOUNG


def _walked(obj: object) -> bool:
    """Whether the collector still walks ``obj`` (a frozen object is in none of its generations)."""
    return any(o is obj for o in gc.get_objects())


def test_a_command_freezes_what_it_starts_and_ends_with(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(collector, "_for_good", False)
    before = gc.get_threshold()
    loaded = [[n] for n in range(10)]  # the modules, say
    try:
        with collector.command_collection():
            assert gc.get_threshold() == (collector.YOUNG, *before[1:])
            assert not _walked(loaded)
            read = [[n] for n in range(10)]  # what a command loads before its batch
            assert _walked(read)
            with collector.batch_collection():
                assert not _walked(read)
            # the batch gives nothing back: the process ends with the command
            assert gc.get_threshold() == (collector.YOUNG, *before[1:])
            assert gc.get_freeze_count() > 0
            made = [[n] for n in range(10)]
            assert _walked(made)
        # what the command made is frozen too: the collection at exit has nothing to walk
        assert not _walked(made)
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


def test_importing_the_cli_leaves_the_collector_on() -> None:
    code = "import gc; import casualty_cli.cli; print(gc.isenabled(), gc.get_threshold()[0])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "700"]
