"""Ingesting reports: read, extract and analyse them, then write what the pipeline planned in one commit.

Extraction and analysis (:func:`casualty_cli.pipeline.analyse`, the slow part) run before the writers'
lock is taken; the pipeline's grouping decisions and batch (:func:`casualty_cli.pipeline.plan`) are
made under it, against the store as it is at that moment, and this module only commits them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from casualty_cli import pipeline
from casualty_cli.errors import InputError
from casualty_cli.model import OUTCOMES, Document, Statement
from casualty_cli.store import Batch, Store, StoreState, apply_batch, files
from casualty_cli.store.files import Raw

Extractor = Callable[[Document], list[Statement]]


def content_hash(text: str) -> str:
    """SHA-256 of the text after NFKC and whitespace collapsing: a report's identity."""
    norm = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()
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

    def to_dict(self) -> Raw:
        return {
            "dry_run": self.dry_run,
            "store": self.store,
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


def ingest(
    store: Store,
    items: Iterable[Document | InputError],
    *,
    dry_run: bool = False,
    extractor: Extractor | None = None,
    on_item: Callable[[str], None] | None = None,
) -> IngestResult:
    """Add reports to the store; one that cannot be read or extracted fails alone."""
    extract = extractor or _default_extractor
    result = IngestResult(dry_run=dry_run, store=str(store.path))
    known = store.load()
    seen: dict[str, str] = {}
    prepared: list[pipeline.AnalysedReport] = []
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
        if digest in known.by_hash or digest in seen:
            result.duplicates.append((item.id, known.by_hash.get(digest) or seen[digest]))
            continue
        try:
            statements = extract(item)
        except Exception as err:  # one report's extraction bug must not stop the others
            result.failed.append((item.id, f"extraction failed: {type(err).__name__}: {err}"))
            continue
        try:
            analysed = pipeline.analyse(item, statements, digest)
        except Exception as err:  # grouping's reading of one report must not stop the others
            result.failed.append((item.id, f"grouping failed: {type(err).__name__}: {err}"))
            continue
        seen[digest] = item.id
        prepared.append(analysed)

    if dry_run:
        _apply(store, known, prepared, result, commit=None)
        return result
    with store.writing(known) as writer:
        _apply(store, writer.state, prepared, result, commit=writer.commit)
    return result


def _apply(
    store: Store,
    state: StoreState,
    prepared: list[pipeline.AnalysedReport],
    result: IngestResult,
    commit: Callable[[Batch], None] | None,
) -> None:
    """Plan the batch against ``state``, commit it (or replay it in memory for a dry run), report."""
    planned = pipeline.plan(state, prepared, files.now_utc())
    batch = planned.batch
    result.duplicates += planned.duplicates
    result.failed += planned.failed
    for r in planned.ingested:
        result.ingested.append(r.doc.id)
        result.statements += len(r.statements)
        if r.doc.published is None:
            result.undated.append(r.doc.id)
    touched = {e["incident"] for e in batch.events if e["type"] == "attach"}
    created = {e["incident"] for e in batch.events if e["type"] == "incident.create"}
    before = {i: dict(state.incidents[i].summary) for i in touched - created}
    if commit is None:
        apply_batch(store.path, state, batch.encoded(), batch)
    else:
        commit(batch)
    added: dict[str, int] = {}
    for e in batch.events:
        if e["type"] == "attach":
            added[e["incident"]] = added.get(e["incident"], 0) + 1
    for iid in sorted(touched, key=lambda i: state.incidents[i].created):
        inc = state.incidents[iid]
        after = inc.summary.get("toll", {})
        if iid in created:
            result.created.append(IncidentChange(iid, inc.title, True, {}, after, added[iid]))
            continue
        old = before[iid].get("toll", {})
        if any(_figure(old.get(o)) != _figure(after.get(o)) for o in OUTCOMES):
            result.revised.append(IncidentChange(iid, inc.title, False, old, after, added[iid]))


def _figure(toll: Raw | None) -> tuple[Any, ...] | None:
    if not toll:
        return None
    return (toll.get("best"), toll.get("low"), toll.get("high"), toll.get("qualifier"))
