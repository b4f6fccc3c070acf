"""Ingesting reports: read, extract and analyse them, then write what the pipeline planned, in batches.

Extraction and analysis (:func:`casualty_cli.pipeline.analyse`, the slow part) run before the writers'
lock is taken; the pipeline's grouping decisions and batch (:func:`casualty_cli.pipeline.plan`) are
made under it, against the store as it is at that moment, and this module only commits them. An
archive-sized input is committed every ``batch_reports`` reports or ``batch_seconds`` seconds; the
pipeline groups each batch's reports oldest first, whatever order they came in.
"""

from __future__ import annotations

import hashlib
import itertools
import time
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from casualty_cli import pipeline
from casualty_cli.errors import InputError, UsageError
from casualty_cli.model import OUTCOMES, Document, Statement
from casualty_cli.store import Batch, files
from casualty_cli.store.backend import StoreBackend, StoreView
from casualty_cli.store.files import Raw

Extractor = Callable[[Document], list[Statement]]


def content_hash(text: str) -> str:
    """SHA-256 of the text after NFKC and whitespace collapsing: a report's identity.

    ``str.split`` breaks at the characters ``\\s`` matches (both ask ``str.isspace``; a test holds them
    to each other), at a third of the cost of ``re.sub(r"\\s+", " ", ...).strip()``."""
    norm = " ".join(unicodedata.normalize("NFKC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class IncidentChange:
    """An incident the ingest created or whose toll it changed."""

    id: str
    title: str
    created: bool
    before: dict[str, Any]
    after: dict[str, Any]
    reports: int = 0

    def to_dict(self) -> Raw:
        return {
            "id": self.id,
            "title": self.title,
            "created": self.created,
            "reports_added": self.reports,
            "before": self.before,
            "after": self.after,
        }


@dataclass(slots=True)
class IngestResult:
    dry_run: bool
    store: str
    read: int = 0
    ingested: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)
    statements: int = 0
    created: list[IncidentChange] = field(default_factory=list)
    revised: list[IncidentChange] = field(default_factory=list)
    #: commits made (each batch of reports is one)
    batches: int = 0

    def to_dict(self) -> Raw:
        return {
            "dry_run": self.dry_run,
            "store": self.store,
            "batches": self.batches,
            "reports": {
                "read": self.read,
                "ingested": len(self.ingested),
                "duplicates": [{"doc": d, "report": k} for d, k in self.duplicates],
                "failed": [{"input": s, "error": e} for s, e in self.failed],
                "undated": self.undated,
            },
            "statements": self.statements,
            "incidents": {
                "created": [c.to_dict() for c in self.created],
                "revised": [c.to_dict() for c in self.revised],
            },
        }


def _default_extractor(doc: Document) -> list[Statement]:
    from casualty_cli.extraction import extract_statements

    return extract_statements(doc)


#: Reports per commit, and seconds between commits, unless the caller says otherwise (``--batch``,
#: ``--batch-seconds``): an interrupted ingest keeps every batch committed before, and memory holds
#: one batch of analysed reports at a time.
BATCH_REPORTS = 500
BATCH_SECONDS = 60.0


#: Documents sent to a worker at once (with ``jobs`` > 1), and chunks in flight for each worker: enough
#: that the workers go on analysing while this process groups and writes a batch (which takes as long
#: as the workers take for a few hundred reports), few enough that memory holds little.
CHUNK_DOCS = 24
IN_FLIGHT = 8

def _prepare(doc: Document, digest: str, extract: Extractor) -> pipeline.AnalysedReport | str:
    """A document's analysis, or why it failed (a bug in extraction or grouping fails one report)."""
    try:
        statements = extract(doc)
    except Exception as err:
        return f"extraction failed: {type(err).__name__}: {err}"
    try:
        return pipeline.analyse(doc, statements, digest)
    except Exception as err:
        return f"grouping failed: {type(err).__name__}: {err}"


#: What a worker sends back of a report: its statements and events (grouping reads no more), or why
#: it failed. The document is this process's already, and the cues and stories the events were made
#: from stay in the worker: unpickling them was a tenth of this process's work.
Prepared = tuple[tuple[Statement, ...], tuple[pipeline.ReportEvent, ...]] | str


def _prepare_chunk(chunk: list[tuple[Document, str]], extract: Extractor) -> list[Prepared]:
    out: list[Prepared] = []
    for doc, digest in chunk:
        done = _prepare(doc, digest, extract)
        out.append(done if isinstance(done, str) else (done.statements, done.events))
    return out


def _received(doc: Document, digest: str, done: Prepared) -> pipeline.AnalysedReport | str:
    if isinstance(done, str):
        return done
    statements, events = done
    return pipeline.AnalysedReport(doc, digest, statements, (), (), events)


def ingest(
    store: StoreBackend,
    items: Iterable[Document | InputError],
    *,
    dry_run: bool = False,
    extractor: Extractor | None = None,
    on_item: Callable[[str], None] | None = None,
    on_phase: Callable[[str], None] | None = None,
    batch_reports: int = BATCH_REPORTS,
    batch_seconds: float = BATCH_SECONDS,
    jobs: int = 1,
) -> IngestResult:
    """Add reports to the store; one that cannot be read or extracted fails alone.

    Reports are committed in batches of ``batch_reports``, or of what was read in ``batch_seconds``,
    whichever comes first. Each batch is one commit under the writers' lock (taken per batch, so
    other writers interleave); a re-run after an interruption finds the committed batches' reports
    already in the store and skips them as duplicates. ``on_phase`` is told what the ingest is doing
    (reading, grouping a batch, writing it). With ``jobs`` > 1, extraction and analysis run in that
    many worker processes, a few chunks of documents at a time; grouping and writing stay here, batch
    by batch as the documents were read, each batch in publication order
    (:func:`casualty_cli.pipeline.publication_order`). The result lists reports in input order.
    """
    if batch_reports < 1 or batch_seconds <= 0 or jobs < 1:
        raise UsageError("a batch needs at least one report and some time, and an ingest one job")
    extract = extractor or _default_extractor
    result = IngestResult(dry_run=dry_run, store=store.where)
    run = _Run(store, store.read(), result, on_phase or (lambda _text: None))
    seen: dict[str, str] = {}
    pending: list[pipeline.AnalysedReport] = []
    started = time.monotonic()

    def take(doc: Document, prepared: pipeline.AnalysedReport | str) -> None:
        nonlocal pending, started
        if isinstance(prepared, str):
            result.failed.append((doc.id, prepared))
            return
        pending.append(prepared)
        if len(pending) >= batch_reports or time.monotonic() - started >= batch_seconds:
            run.commit(pending, dry_run)
            pending, started = [], time.monotonic()
            run.phase("reading reports")

    def fresh() -> Iterator[tuple[Document, str]]:
        """The documents to add, in order; input errors and duplicates are counted on the way."""
        for item in items:
            if isinstance(item, InputError):
                result.failed.append(
                    (item.source if item.line is None else f"{item.source}:{item.line}", item.problem)
                )
                if on_item:
                    on_item(item.source)
                continue
            result.read += 1
            if on_item:
                on_item(item.id)
            digest = content_hash(item.text)
            known = run.state.report_key(digest) or seen.get(digest)
            if known is not None:
                result.duplicates.append((item.id, known))
                continue
            seen[digest] = item.id
            yield item, digest

    run.phase("reading reports")
    try:
        if jobs == 1:
            for doc, digest in fresh():
                take(doc, _prepare(doc, digest, extract))
        else:
            for doc, prepared in _in_workers(fresh(), extract, jobs):
                take(doc, prepared)
        if pending or not run.batches:  # an ingest of nothing new still creates the store
            run.commit(pending, dry_run)
        run.finish()
    finally:
        run.close()
    return result


def _in_workers(
    docs: Iterator[tuple[Document, str]], extract: Extractor, jobs: int
) -> Iterator[tuple[Document, pipeline.AnalysedReport | str]]:
    """Each document with its analysis, in order, made by ``jobs`` worker processes; an input too small
    to be worth starting them (:data:`casualty_cli.parallel.PARALLEL_FROM` characters) stays here."""
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from casualty_cli import parallel
    from casualty_cli.parallel import WorkerError, _context, _ignore_interrupts, _stop

    head: list[tuple[Document, str]] = []
    chars = 0
    for pair in docs:
        head.append(pair)
        chars += len(pair[0].text)
        if chars >= parallel.PARALLEL_FROM:
            break
    else:
        for doc, digest in head:
            yield doc, _prepare(doc, digest, extract)
        return
    docs = itertools.chain(head, docs)
    import casualty_cli.extraction  # noqa: F401  (once here, not in each worker: a fork inherits it)

    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=_ignore_interrupts)
    flight: deque[tuple[list[tuple[Document, str]], Future[list[Prepared]]]] = deque()

    def collect() -> Iterator[tuple[Document, pipeline.AnalysedReport | str]]:
        chunk, future = flight.popleft()
        try:
            done = future.result()
        except BrokenProcessPool:
            raise WorkerError("a worker process stopped (killed, or out of memory); try --jobs 1") from None
        for (doc, digest), prepared in zip(chunk, done, strict=True):
            yield doc, _received(doc, digest, prepared)

    finished = False
    try:
        chunk: list[tuple[Document, str]] = []
        for pair in docs:
            chunk.append(pair)
            if len(chunk) >= CHUNK_DOCS:
                flight.append((chunk, pool.submit(_prepare_chunk, chunk, extract)))
                chunk = []
                while len(flight) >= jobs * IN_FLIGHT:
                    yield from collect()
        if chunk:
            flight.append((chunk, pool.submit(_prepare_chunk, chunk, extract)))
        while flight:
            yield from collect()
        finished = True
    finally:
        if not finished:
            _stop(pool)  # an error or an interrupt: the chunks in flight are not wanted
        pool.shutdown(wait=True, cancel_futures=True)


class _Run:
    """One ingest's batches: the state and the grouping decisions carried from one to the next."""

    def __init__(
        self, store: StoreBackend, state: StoreView, result: IngestResult, phase: Callable[[str], None]
    ) -> None:
        self.store, self.state, self.result, self.phase = store, state, result, phase
        self.grouper: pipeline.Grouper | None = None
        self.batches = 0
        self.changes: dict[str, IncidentChange] = {}
        #: the views read before another writer's commit made them stale (closed with the last)
        self.stale: list[StoreView] = []

    def commit(self, reports: list[pipeline.AnalysedReport], dry_run: bool) -> None:
        self.phase(f"grouping {len(reports)} report(s)")
        if dry_run:
            self._apply(self.state, reports, commit=None)
        else:
            with self.store.writing(self.state) as writer:
                if writer.view is not self.state:  # another writer committed since: decide afresh
                    self.stale.append(self.state)
                    self.state, self.grouper = writer.view, None
                self._apply(writer.view, reports, commit=writer.append)
        self.batches += 1
        self.result.batches = self.batches

    def _apply(
        self,
        state: StoreView,
        reports: list[pipeline.AnalysedReport],
        commit: Callable[[Batch], None] | None,
    ) -> None:
        """Plan the batch against ``state``, commit it (or replay it in memory for a dry run)."""
        result = self.result
        if self.grouper is None:
            self.grouper = pipeline.Grouper.over(state)
        planned = pipeline.plan(state, reports, files.now_utc(), self.grouper)
        batch = planned.batch
        result.duplicates += planned.duplicates
        result.failed += planned.failed
        for r in planned.ingested:
            result.ingested.append(r.doc.id)
            result.statements += len(r.statements)
            if r.doc.published is None:
                result.undated.append(r.doc.id)
        attached = [e["incident"] for e in batch.events if e["type"] == "attach"]
        created = {e["incident"] for e in batch.events if e["type"] == "incident.create"}
        for iid in dict.fromkeys(attached):
            if iid not in self.changes and iid not in created:
                inc = state.resolve(iid)
                self.changes[iid] = IncidentChange(
                    iid, inc.title, False, dict(inc.summary.get("toll", {})), {}
                )
        self.phase(f"writing {len(batch.reports)} report(s)")
        if commit is None:
            state.apply(batch)
        else:
            commit(batch)
        for iid in attached:
            if iid in created and iid not in self.changes:
                self.changes[iid] = IncidentChange(iid, "", True, {}, {})
            self.changes[iid].reports += 1
        for iid in dict.fromkeys(attached):
            inc = state.resolve(iid)
            self.changes[iid].title, self.changes[iid].after = inc.title, inc.summary.get("toll", {})

    def close(self) -> None:
        """Let go of the index connection the ingest read through. Left open, it would hold its read
        snapshot for as long as the process lives, and a later ingest's checkpoints could not get past
        it: in a process that ingests again and again (a service, the benchmark) the WAL would grow
        with every commit, and every later open of the store would read it whole."""
        for view in (*self.stale, self.state):  # (a view may share its connection with the next)
            view.close()

    def finish(self) -> None:
        """New incidents, then incidents whose toll changed, each once, in order of creation."""
        order = sorted(
            self.changes.values(), key=lambda c: (not c.created, self.state.resolve(c.id).created)
        )
        for change in order:
            if change.created:
                self.result.created.append(change)
            elif any(_figure(change.before.get(o)) != _figure(change.after.get(o)) for o in OUTCOMES):
                self.result.revised.append(change)


def _figure(toll: Raw | None) -> tuple[Any, ...] | None:
    if not toll:
        return None
    return (toll.get("best"), toll.get("low"), toll.get("high"), toll.get("qualifier"))
