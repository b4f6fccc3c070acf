"""The cyclic garbage collector during a batch job (``extract``, ``ingest``).

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
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: Container objects allocated (and not yet freed) between two young collections during a batch.
YOUNG = 100_000


@contextmanager
def batch_collection() -> Iterator[None]:
    """Collect garbage less often while the block runs (module docstring); as before after it."""
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(YOUNG, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()
