"""A batch job collects garbage less often while it runs, and leaves the collector as it found it."""

from __future__ import annotations

import gc

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
