"""The cyclic garbage collector during a batch job (``extract``, ``ingest``) and a command's run.

Reading a report makes hundreds of thousands of short-lived objects (tokens, phrases, figures) and
keeps few of them. CPython runs a young collection every 700 container objects allocated and not yet
freed, and every hundredth collection walks every live object, so a batch pays for the objects that
live long (modules, the lexicon, compiled patterns, the incidents an ingest holds) over and over:
an ingest of gvc-dev (one job) spent 1.6 s of its 14.7 s of CPU in 1,007 young and 8 full
collections (timed with ``gc.callbacks``).

:func:`batch_collection` freezes the objects that exist when the batch starts (``gc.freeze``: the
collector never walks them again) and lets the young generation grow to :data:`YOUNG` objects before
a collection: the same ingest spends 0.14 s in 3 collections. Garbage in reference cycles is still
collected, a little later. Worker processes forked during the batch inherit the setting. Nothing
that extraction or the store computes depends on when the collector runs.

A process that runs one command is the same case in small (:func:`command_collection`, set by
:func:`casualty_cli.cli.main`): what it imported lives until it exits, and the full collection
Python runs at exit would walk it all once more. `casualty show` of a 31-statement incident ran 42
collections from its first import to its exit, 16 ms (8.5 ms in that last one; ``gc.callbacks``, load
2), where the floor it is measured against (Python importing typer and rich) has about 5 ms of them:
with :mod:`casualty_cli.cli` loaded with the collector off and frozen, and the command run in
:func:`command_collection`, 3 collections, 0.2 ms.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: Container objects allocated (and not yet freed) between two young collections during a batch.
YOUNG = 100_000

#: Set by :func:`command_collection`: the collector stays as it set it until the process ends.
_for_good = False


@contextmanager
def command_collection() -> Iterator[None]:
    """The collector for a process that runs one command in the block and ends: what exists at the
    start (the modules) is frozen, never walked again; the young generation grows as in a batch; and
    what exists at the end is frozen too, so that the collection Python runs as it exits has nothing
    to walk (the store closes its files and connections itself, never in a finaliser). A
    :func:`batch_collection` inside freezes what the command loaded before its batch, and gives
    nothing back."""
    global _for_good
    gc.freeze()
    gc.set_threshold(YOUNG, *gc.get_threshold()[1:])
    _for_good = True
    try:
        yield
    finally:
        gc.freeze()


@contextmanager
def batch_collection() -> Iterator[None]:
    """Collect garbage less often while the block runs (module docstring); as before after it
    (unless :func:`command_collection` set it for the whole process)."""
    if _for_good:
        gc.freeze()
        yield
        return
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(YOUNG, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()
