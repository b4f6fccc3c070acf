"""Ingesting reports: extract statements, group them into incidents, append it all in one commit.

Extraction (the slow part) runs before the writers' lock is taken; duplicate checks, grouping and the
append run under it, against the store as it is at that moment.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field
from typing import Any

from casualty_cli import grouping
from casualty_cli.errors import InputError
from casualty_cli.model import OUTCOMES, Document, Statement
from casualty_cli.store import Batch, Store, StoreState, apply_batch, files
from casualty_cli.store.files import Raw

Extractor = Callable[[Document], list[Statement]]


def content_hash(text: str) -> str:
    """SHA-256 of the text after NFKC and whitespace collapsing: a report's identity."""
    norm = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def _short(digest: str, size: int, *taken: Container[str]) -> str:
    """The shortest prefix of ``digest`` (at least ``size`` digits) that no id in ``taken`` holds."""
    for n in range(size, len(digest) + 1):
        if not any(digest[:n] in pool for pool in taken):
            return digest[:n]
    raise ValueError(f"id {digest} already taken")  # a full SHA-256 clash


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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


@dataclass(slots=True)
class _Prepared:
    doc: Document
    hash: str
    statements: list[Statement]


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
    prepared: list[_Prepared] = []
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
        seen[digest] = item.id
        prepared.append(_Prepared(item, digest, statements))

    if dry_run:
        _apply(store, known, prepared, result, commit=None)
        return result
    with store.writing(known) as writer:
        _apply(store, writer.state, prepared, result, commit=writer.commit)
    return result


def _apply(
    store: Store,
    state: StoreState,
    prepared: list[_Prepared],
    result: IngestResult,
    commit: Callable[[Batch], None] | None,
) -> None:
    """Plan the batch against ``state``, commit it (or replay it in memory for a dry run), report."""
    batch = _plan(state, prepared, result)
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


def _plan(state: StoreState, prepared: list[_Prepared], result: IngestResult) -> Batch:
    batch = Batch()
    at = files.now_utc()
    index = grouping.IncidentIndex((i.id, i.signature) for i in state.incidents.values())
    sigs: dict[str, grouping.Signature] = {i.id: i.signature for i in state.incidents.values()}
    taken: set[str] = set()  # short ids handed out in this batch
    next_event = state.next_event
    for p in prepared:
        if p.hash in state.by_hash:  # another writer added it since we looked
            result.duplicates.append((p.doc.id, state.by_hash[p.hash]))
            continue
        # Plan one report alone: if grouping fails on it, undo its index changes and drop only it.
        mine = Batch()
        taken_here: set[str] = set()
        undo: list[tuple[str, grouping.Signature | None]] = []
        event_id = next_event
        try:
            key = _short(p.hash, 8, state.reports, taken)
            mine.reports.append(_report_record(p, key, at))
            ids: list[str] = []
            for n, s in enumerate(p.statements):
                sid = _short(
                    _sha(f"{p.hash}:{n}:{s.start}:{s.end}:{s.outcome}"), 8, state.locations, taken, taken_here
                )
                taken_here.add(sid)
                ids.append(sid)
                mine.statements.append({"id": sid, "report": key, **s.to_dict()})
            for g, indices in enumerate(grouping.split_report(p.doc, p.statements)):
                sig = grouping.describe(p.doc, [p.statements[i] for i in indices])
                iid = grouping.match(sig, index)
                attach: Raw = {"id": 0, "at": at, "type": "attach", "incident": iid, "report": key,
                               "statements": [ids[i] for i in indices]}  # fmt: skip
                if iid is None:
                    iid = _short(_sha(f"{p.hash}:event:{g}"), 7, state.incidents, taken, taken_here)
                    taken_here.add(iid)
                    undo.append((iid, None))
                    merged = sig
                    mine.events.append({"id": event_id, "at": at, "type": "incident.create", "incident": iid,
                                        "signature": sig, "title": grouping.title(sig)})  # fmt: skip
                    event_id += 1
                    attach["incident"] = iid
                else:
                    undo.append((iid, sigs[iid]))
                    merged = grouping.merge(sigs[iid], sig)
                    if merged != sigs[iid]:
                        attach["signature"], attach["title"] = merged, grouping.title(merged)
                sigs[iid] = merged
                index.put(iid, merged)
                attach["id"] = event_id
                event_id += 1
                mine.events.append(attach)
            files.encode_line({"check": mine.events})  # a signature that is not JSON fails here, alone
        except Exception as err:  # grouping is another module's rules; its failure is this report's
            for iid, old in reversed(undo):
                if old is None:
                    index.remove(iid)
                    sigs.pop(iid, None)
                else:
                    index.put(iid, old)
                    sigs[iid] = old
            result.failed.append((p.doc.id, f"grouping failed: {type(err).__name__}: {err}"))
            continue
        next_event = event_id
        taken.add(key)
        taken.update(taken_here)
        batch.reports += mine.reports
        batch.statements += mine.statements
        batch.events += mine.events
        result.ingested.append(p.doc.id)
        result.statements += len(p.statements)
        if p.doc.published is None:
            result.undated.append(p.doc.id)
    return batch


def _report_record(p: _Prepared, key: str, at: str) -> Raw:
    doc = p.doc
    return {
        "key": key,
        "hash": p.hash,
        "doc": doc.id,
        "source": doc.source,
        "published": doc.published_iso(),
        "ingested": at,
        "title": doc.title,
        "url": doc.url,
        "origin": doc.origin,
        "chars": len(doc.text),
        "statements": len(p.statements),
    }
