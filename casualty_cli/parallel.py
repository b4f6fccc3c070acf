"""Extraction over several processes, with results in input order.

:func:`extract_each` reads documents lazily and gives, for each input item in order, either what
``finish`` made of the document's statements or the item itself when it is no document (an
:class:`~casualty_cli.errors.InputError` read in its place, a notice). With one job, or when the whole input is small, it extracts in this process: starting
workers costs more than a small input takes. Otherwise documents go in chunks of about
:data:`CHUNK_CHARS` characters to a pool of worker processes; only a few chunks per worker are in
flight at once, so a large JSON Lines stream is read as fast as it is extracted, never all at once.

``finish`` runs in the worker (it must be a module-level function, so it can be sent there): turning
statements into their JSON lines there spares this process the cost of receiving statement objects.

An exception extracting a document fails that document only: in its place comes an
:class:`~casualty_cli.errors.InputError` naming it and the problem, and the documents after it are
extracted (as ``ingest`` fails one report and commits the others), the same with any number of jobs.
With ``CASUALTY_DEBUG`` set, the exception is raised instead, traceback and all. A worker that dies
(killed, out of memory) is a :class:`WorkerError`.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Generic, TypeVar

from casualty_cli.errors import CasualtyError, InputError
from casualty_cli.model import Document, Statement

if TYPE_CHECKING:  # imported when workers start (25 ms): a small input never starts them
    from concurrent.futures import Future, ProcessPoolExecutor
    from multiprocessing.context import BaseContext

R = TypeVar("R")
#: Items passed through as they are, in their place: input errors, notices
P = TypeVar("P")

#: Characters of document text sent to a worker at once: some tens of milliseconds of work, so that
#: sending it costs little beside, and the workers finish close together at the end of the input.
CHUNK_CHARS = 128_000
#: At most this many documents a chunk, however short they are.
CHUNK_DOCS = 500
#: Below this many characters in all, extraction stays in this process: starting the workers (and
#: compiling in each the patterns compiled on first use) costs more than it saves.
PARALLEL_FROM = 3 * CHUNK_CHARS
#: Chunks in flight for each worker: enough to keep it busy while this process reads and writes.
IN_FLIGHT = 2


class WorkerError(CasualtyError):
    """A worker process stopped before it gave its results."""


def default_jobs() -> int:
    """The cores this process may run on."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13
        return int(os.process_cpu_count() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class _Failed:
    """The exception extracting one document raised: an input error in the document's place."""

    def __init__(self, doc: str, error: Exception) -> None:
        self.doc = doc
        self.error = error

    def as_error(self) -> InputError:
        if os.environ.get("CASUALTY_DEBUG"):
            raise self.error
        err = self.error
        problem = str(err) if isinstance(err, CasualtyError) else (
            f"the reader failed on this report, left out (internal error: {type(err).__name__}: {err})"
        )
        return InputError(self.doc, problem)


def json_lines(statements: list[Statement]) -> str:
    """What ``extract --json`` prints for one document: a line per statement."""
    return "".join([s.to_json() + "\n" for s in statements])


def as_they_are(statements: list[Statement]) -> list[Statement]:
    return statements


def _extract_one(doc: Document, finish: Callable[[list[Statement]], R]) -> R | _Failed:
    from casualty_cli.extraction import extract_statements

    try:
        return finish(extract_statements(doc))
    except Exception as err:  # this document's failure, said in its place
        return _Failed(doc.id, err)


def _extract_chunk(docs: list[Document], finish: Callable[[list[Statement]], R]) -> list[R | _Failed]:
    """In a worker: each document's result, or its failure."""
    return [_extract_one(doc, finish) for doc in docs]


def _ignore_interrupts() -> None:
    import signal

    # Ctrl-C reaches every process of the terminal's group: the parent alone answers it and stops the
    # workers; without this each would print its own traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Chunk(Generic[R, P]):
    """Input items in order and the future of their documents' results."""

    def __init__(self) -> None:
        #: the items in order: ``(False, item)`` passed through, ``(True, None)`` where a document stands
        #: (the worker has its text)
        self.items: list[tuple[bool, P | None]] = []
        self.docs: list[Document] = []
        self.chars = 0
        self.future: Future[list[R | _Failed]] | None = None

    def add(self, item: Document | P) -> None:
        if not isinstance(item, Document):
            self.items.append((False, item))
            return
        self.items.append((True, None))
        self.docs.append(item)
        self.chars += len(item.text)

    def full(self) -> bool:
        return self.chars >= CHUNK_CHARS or len(self.docs) >= CHUNK_DOCS

    def results(self, done: list[R | _Failed]) -> Iterator[R | P | InputError]:
        """The items in order, each document replaced by its result."""
        results = iter(done)
        for is_document, item in self.items:
            if not is_document:
                yield item  # type: ignore[misc]  # (an item passed through is a P)
                continue
            result = next(results)
            yield result.as_error() if isinstance(result, _Failed) else result


def extract_each(
    items: Iterable[Document | P], finish: Callable[[list[Statement]], R], jobs: int = 1
) -> Iterator[R | P | InputError]:
    """For each item in order: ``finish(statements)`` of a document, or the item itself (an input error)."""
    items = iter(items)
    if jobs <= 1:
        yield from _in_process(items, finish)
        return
    # Read until the input is known to be worth the workers; a small input never starts them.
    head: list[Document | P] = []
    chars = 0
    for item in items:
        head.append(item)
        if isinstance(item, Document):
            chars += len(item.text)
            if chars >= PARALLEL_FROM:
                break
    else:
        yield from _in_process(head, finish)
        return
    yield from _in_workers(_chained(head, items), finish, jobs)


def _chained(head: list[Document | P], rest: Iterator[Document | P]) -> Iterator[Document | P]:
    yield from head
    yield from rest


def _in_process(
    items: Iterable[Document | P], finish: Callable[[list[Statement]], R]
) -> Iterator[R | P | InputError]:
    for item in items:
        if not isinstance(item, Document):
            yield item
            continue
        result = _extract_one(item, finish)
        yield result.as_error() if isinstance(result, _Failed) else result


def _context() -> BaseContext:
    import multiprocessing

    # fork: a worker starts with this process's modules loaded, in milliseconds. macOS and Windows
    # cannot fork safely, and use their default (spawn).
    if sys.platform == "linux":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def _in_workers(
    items: Iterator[Document | P], finish: Callable[[list[Statement]], R], jobs: int
) -> Iterator[R | P | InputError]:
    from concurrent.futures import ProcessPoolExecutor

    import casualty_cli.extraction  # noqa: F401  (once here, not in each worker: a fork inherits it)

    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=_ignore_interrupts)
    pending: deque[_Chunk[R, P]] = deque()
    finished = False
    try:
        chunk: _Chunk[R, P] = _Chunk()
        for item in items:
            chunk.add(item)
            if chunk.full():
                _submit(pool, chunk, finish)
                pending.append(chunk)
                chunk = _Chunk()
                while len(pending) >= jobs * IN_FLIGHT:
                    yield from _collect(pending.popleft())
        if chunk.items:
            _submit(pool, chunk, finish)
            pending.append(chunk)
        while pending:
            yield from _collect(pending.popleft())
        finished = True
    finally:
        if not finished:
            _stop(pool)  # an error, an interrupt, or the reader of the output gone: no more waiting
        pool.shutdown(wait=True, cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, chunk: _Chunk[R, P], finish: Callable[[list[Statement]], R]) -> None:
    if chunk.docs:
        chunk.future = pool.submit(_extract_chunk, chunk.docs, finish)
    chunk.docs = []  # the worker has them; this process keeps only the order of the items


def _collect(chunk: _Chunk[R, P]) -> Iterator[R | P | InputError]:
    from concurrent.futures.process import BrokenProcessPool

    done: list[R | _Failed] = []
    if chunk.future is not None:
        try:
            done = chunk.future.result()
        except BrokenProcessPool:
            raise WorkerError("a worker process stopped (killed, or out of memory); try --jobs 1") from None
    yield from chunk.results(done)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Ends the workers at once: their chunks' results will not be read."""
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14
    if terminate is not None:
        terminate()
        return
    processes = getattr(pool, "_processes", None) or {}  # (no public way before 3.14)
    for process in list(processes.values()):
        process.terminate()
