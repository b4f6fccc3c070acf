"""The ingest pipeline: documents -> analysed reports -> grouping decisions -> one batch of records.

Each stage reads its input once and hands typed values to the next; the store only writes the batch.

1. :func:`analyse` (no store needed, so it runs before the writers' lock): a document and its
   statements become an :class:`AnalysedReport`: the report's stories (posts, events, paragraphs:
   :mod:`casualty_cli.stories`), each statement's cues (place, date, target, victims, people named)
   read once from its own sentence, and the report's :class:`ReportEvent` list, each event with its
   statements and its grouping signature. A report may tell several events; each statement is in one.
2. :class:`Grouper` decides, event by event, which incident each event joins or creates
   (:class:`Decision`), against the incidents known so far, those of this batch included. A report's
   decisions are all or nothing: if grouping fails on one report, its changes are rolled back and
   only that report fails.
3. :func:`plan` turns the decisions into one :class:`~casualty_cli.store.Batch` of records (reports,
   statements, ``incident.create`` and ``attach`` events) with their ids, against the store's state.
   It groups and writes a batch's reports oldest first, whatever order they came in (a feed's is
   newest first): a follow-up read before the event's first report would find nothing to join, and
   grouping never regroups what it filed. The order is the toll history's
   (:func:`casualty_cli.history.published_moment`): day of publication (the ingest date for a report
   without one), time of day (the day's start without one), then the order the input runs in
   (:func:`publication_order`).

:mod:`casualty_cli.store.ingest` reads the inputs, calls :func:`analyse`, and under the lock calls
:func:`plan` and commits what it returns.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from casualty_cli import grouping, history, stories
from casualty_cli.cues import StatementCues
from casualty_cli.extraction.sentences import split_sentences
from casualty_cli.model import Document, Statement
from casualty_cli.store import Batch
from casualty_cli.store.backend import Raw, StoreView

__all__ = ["AnalysedReport", "Decision", "Grouper", "Plan", "ReportEvent", "analyse", "plan", "publication_order"]


@dataclass(frozen=True, slots=True)
class ReportEvent:
    """One event a report tells: its statements (indices into the report's) and its signature."""

    statements: tuple[int, ...]
    signature: grouping.Signature
    #: told in a post or event of its own ("In Kunduz, ..."): never joins an incident another such event
    #: of the report created
    own_story: bool = False


@dataclass(frozen=True, slots=True)
class AnalysedReport:
    """A report as grouping sees it: statements, their cues, the report's stories and events.

    Grouping and :func:`plan` read only the statements and events: a report analysed in a worker
    process of ``ingest --jobs`` comes back without its cues and stories (empty tuples)."""

    doc: Document
    hash: str
    statements: tuple[Statement, ...]
    cues: tuple[StatementCues, ...]
    stories: tuple[stories.Story, ...]
    events: tuple[ReportEvent, ...]


@dataclass(frozen=True, slots=True)
class Decision:
    """Where one event of a report goes: an incident it joins, or one it creates."""

    event: int
    incident: str
    created: bool
    #: the incident's signature once the event has joined it
    signature: grouping.Signature
    #: whether joining changed the incident's signature (the attach event then records it)
    changed: bool


def _region(doc: Document, story_list: Sequence[stories.Story], members: Sequence[Statement]) -> tuple[str, str]:
    """The text of the stories an event's statements stand in, under the headline of its post."""
    starts = [s.start for s in story_list]
    spans = [story_list[i] for i in sorted({stories.story_at(starts, st.start) for st in members})] if story_list else []
    # a post's own headline; a round-up's entry has none (the report's headline speaks of all its events)
    head = next((s.headline for s in spans if s.headline), None) or ""
    return head, "\n".join(doc.text[s.start : s.end] for s in spans)


def _in_own_story(story_list: Sequence[stories.Story], members: Sequence[Statement]) -> bool:
    """Do the statements stand in a post or an event-opening story (not in a plain paragraph or lead)?"""
    starts = [s.start for s in story_list]
    return bool(story_list) and any(story_list[stories.story_at(starts, st.start)].opens_event for st in members)


def _holds_the_lead(story_list: Sequence[stories.Story], members: Sequence[Statement]) -> bool:
    """Do the statements include one of the report's first paragraph, a paragraph that opens no event of
    its own ("COLOMBO (Reuters) - Sri Lanka's health ministry revised down the toll ...", not "In Kunduz,
    ..." nor a live blog's first post)? Such an event is the report's own, read whole: its dateline and
    headline are its place even where its later statements stand in stories of their own."""
    first = next((s for s in story_list if s.kind != "lead"), None)
    if first is None or first.opens_event:
        return False
    return any(first.start <= st.start < first.end for st in members)


def _opening_places(story_list: Sequence[stories.Story], members: Sequence[Statement]) -> set[str]:
    """The places named by the "In PLACE," openings of the stories an event's statements stand in."""
    if not story_list:
        return set()
    starts = [s.start for s in story_list]
    return {k for st in members for k, _ in story_list[stories.story_at(starts, st.start)].places}


def analyse(doc: Document, statements: Sequence[Statement], digest: str = "") -> AnalysedReport:
    """Cut a report into stories and events and read every statement's cues (stage 1)."""
    sentences = split_sentences(doc.text)
    found = stories.find_stories(doc, sentences)
    # the place and person patterns are read once over the whole report, for its cues and its sentences'
    reading = stories.read_text(doc) if statements else None
    cues = stories.read_cues(doc, statements, sentences, reading)
    groups = stories.split_events(statements, cues, found)
    # the place an event's "In the city of Kherson, ..." opens with is that event's: no fill-in of the
    # report's other events from its lead; a toll over several sites takes none of its parts' places
    local = [{k for i in members for k, _ in cues[i].places} for members in groups]
    opened = [_opening_places(found, [statements[i] for i in m]) if len(groups) > 1 else set() for m in groups]
    events = []
    for n, members in enumerate(groups):
        mine = [statements[i] for i in members]
        # An event of a live blog's post or a round-up's "In PLACE, ..." is read from its own stories; a
        # report that tells one event, or splits only by paragraph, is read whole (dateline, headline, lead).
        own = len(groups) > 1 and _in_own_story(found, mine) and not _holds_the_lead(found, mine)
        region = _region(doc, found, mine) if own else None
        body = [cues[i] for i in members if not cues[i].in_title]
        theirs = local if body and all(c.aggregate for c in body) else [o | loc for o, loc in zip(opened, local, strict=True)]
        elsewhere = frozenset().union(*(k for m, k in enumerate(theirs) if m != n)) - opened[n] - local[n]
        sig = grouping.describe(
            doc, mine, [cues[i] for i in members], region=region, reading=reading, elsewhere=elsewhere
        )
        events.append(ReportEvent(tuple(members), sig, own))
    return AnalysedReport(doc, digest, tuple(statements), tuple(cues), tuple(found), tuple(events))


class Grouper:
    """Grouping decisions against the incidents known so far, including those this batch created."""

    def __init__(
        self, incidents: Iterable[tuple[str, grouping.Signature]] = (), index: grouping.IncidentIndex | None = None
    ) -> None:
        """From every incident's signature, or from an ``index`` that finds them itself (the store's)."""
        #: the signatures decided here (all of them when built from ``incidents``)
        self.sigs: dict[str, grouping.Signature] = dict(incidents)
        self.index = index if index is not None else grouping.IncidentIndex(self.sigs.items())
        self._undo: list[tuple[str, grouping.Signature | None]] = []

    @classmethod
    def over(cls, view: StoreView) -> Grouper:
        """A grouper on a store's incidents: its index answers lookups where it has one."""
        index = view.incident_index()
        return cls(index=index) if index is not None else cls(view.signatures())

    def decide(self, report: AnalysedReport, new_id: Callable[[int], str]) -> list[Decision]:
        """One decision per event of ``report``; ``new_id(n)`` names the incident event ``n`` would create.

        On an exception nothing of this report stays in the grouper's state.
        """
        self._undo = []
        apart: set[str] = set()  # incidents the report's own posts and events created: the others stay out
        out: list[Decision] = []
        # the events that tell a toll first; then those of running totals and recalled events only
        recalled = {n for n, e in enumerate(report.events) if all(report.statements[i].scope == "cumulative" for i in e.statements)}
        order = [n for n in range(len(report.events)) if n not in recalled] + sorted(recalled)
        try:
            for n in order:
                event = report.events[n]
                # a post that revises a toll ("Kramatorsk toll rises to 39") may join the incident an earlier
                # post of the same live blog created; other posts and round-up entries stay apart
                apart_here = event.own_story and not any(report.statements[i].revision is not None for i in event.statements)
                decision = self._decide(n, event, new_id, report, apart if apart_here else ())
                if decision is not None and decision.created and n in recalled and out:
                    # A running total or an event recalled in passing matches nothing: its statements stay
                    # with the report's incident (they never count toward a toll), and make none of their own.
                    self._forget_last()
                    decision = Decision(n, out[0].incident, False, self.sigs[out[0].incident], False)
                if decision is None:
                    continue
                out.append(decision)
                if event.own_story and decision.created:
                    apart.add(decision.incident)
        except Exception:
            self.rollback()
            raise
        # In the order decided: an event decided later may join an incident one decided earlier created
        # (a running total joins the report's incident), and its attach must follow that creation.
        return out

    def _forget_last(self) -> None:
        """Take back the incident the last decision created."""
        iid, _ = self._undo.pop()
        self.index.remove(iid)
        self.sigs.pop(iid, None)

    def _decide(
        self,
        n: int,
        event: ReportEvent,
        new_id: Callable[[int], str],
        report: AnalysedReport,
        exclude: Container[str],
    ) -> Decision | None:
        sig = event.signature
        iid = grouping.match(sig, self.index, exclude) if exclude else grouping.match(sig, self.index)
        if iid is None and all(report.statements[i].high == 0 for i in event.statements):
            # "No casualties were reported": a statement of zero joins the incident it is about, but
            # is never an incident of its own (a toll of 0 for an event nobody counted casualties in).
            return None
        if iid is None:
            iid = new_id(n)
            self._undo.append((iid, None))
            decision = Decision(n, iid, True, sig, True)
        else:
            old = self.sigs[iid] if iid in self.sigs else self.index.signature(iid)
            self._undo.append((iid, old))
            merged = grouping.merge(old, sig)
            decision = Decision(n, iid, False, merged, merged != old)
        self.sigs[iid] = decision.signature
        self.index.put(iid, decision.signature)
        return decision

    def rollback(self) -> None:
        """Undo the decisions of the last :meth:`decide`."""
        for iid, old in reversed(self._undo):
            if old is None:
                self.index.remove(iid)
                self.sigs.pop(iid, None)
            else:
                self.index.put(iid, old)
                self.sigs[iid] = old
        self._undo = []


@dataclass(slots=True)
class Plan:
    """What :func:`plan` made of the analysed reports: one batch, and what became of each report.

    The batch's records are in the order the reports were grouped (:func:`publication_order`); the
    lists of reports ingested, duplicate and failed are in the order the reports were given."""

    batch: Batch = field(default_factory=Batch)
    ingested: list[AnalysedReport] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


def short_id(digest: str, size: int, *taken: Container[str]) -> str:
    """The shortest prefix of ``digest`` (at least ``size`` digits) that no id in ``taken`` holds."""
    for n in range(size, len(digest) + 1):
        if not any(digest[:n] in pool for pool in taken):
            return digest[:n]
    raise ValueError(f"id {digest} already taken")  # a full SHA-256 clash


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class _Taken:
    """The ids of one kind a store holds, as a container (``short_id`` asks it about each prefix).
    The store is asked about ``asked`` beforehand, all at once (``in_use``: those it holds)."""

    view: StoreView
    kind: Literal["report", "statement", "incident"]
    asked: frozenset[str] = frozenset()
    in_use: frozenset[str] = frozenset()

    @classmethod
    def asking(cls, view: StoreView, kind: Literal["report", "statement", "incident"], keys: Iterable[str]) -> _Taken:
        asked = frozenset(keys)
        return cls(view, kind, asked, frozenset(view.ids_taken(kind, asked)))

    def __contains__(self, key: object) -> bool:
        if key in self.asked:
            return key in self.in_use
        return isinstance(key, str) and self.view.id_taken(self.kind, key)


def plan(
    state: StoreView, reports: Sequence[AnalysedReport], at: str, grouper: Grouper | None = None
) -> Plan:
    """Stage 3: the records that add ``reports`` to a store in ``state``, as one batch, ingested at ``at``.

    The reports are grouped and written in :func:`publication_order`. ``grouper`` holds the decisions
    of earlier batches of the same ingest (it is made from the store's incidents when not given); it is
    left holding this batch's decisions too.
    """
    out = Plan()
    if grouper is None:
        grouper = Grouper.over(state)
    taken: set[str] = set()  # short ids handed out in this batch
    next_event = state.next_event
    # what became of each report, by its place in ``reports``: ``out`` lists them in that order
    ingested: dict[int, AnalysedReport] = {}
    duplicates: dict[int, tuple[str, str]] = {}
    failed: dict[int, tuple[str, str]] = {}
    for n in publication_order(reports, at):
        r = reports[n]
        known = state.report_key(r.hash)
        if known is not None:  # another writer added it since we looked
            duplicates[n] = (r.doc.id, known)
            continue
        mine = Batch()
        taken_here: set[str] = set()
        try:
            key = short_id(r.hash, 8, _Taken(state, "report"), taken)
            mine.reports.append(_report_record(r, key, at))
            ids: list[str] = []
            digests = [_sha(f"{r.hash}:{n}:{s.start}:{s.end}:{s.outcome}") for n, s in enumerate(r.statements)]
            held = _Taken.asking(state, "statement", (d[:8] for d in digests))
            for s, digest in zip(r.statements, digests, strict=True):
                sid = short_id(digest, 8, held, taken, taken_here)
                taken_here.add(sid)
                ids.append(sid)
                mine.statements.append({"id": sid, "report": key, **s.to_dict()})

            def new_id(g: int, r: AnalysedReport = r, taken_here: set[str] = taken_here) -> str:
                iid = short_id(_sha(f"{r.hash}:event:{g}"), 7, _Taken(state, "incident"), taken, taken_here)
                taken_here.add(iid)
                return iid

            event_id = next_event
            for d in grouper.decide(r, new_id):
                if d.created:
                    mine.events.append({"id": event_id, "at": at, "type": "incident.create", "incident": d.incident,
                                        "signature": d.signature, "title": grouping.title(d.signature)})  # fmt: skip
                    event_id += 1
                attach: Raw = {"id": event_id, "at": at, "type": "attach", "incident": d.incident, "report": key,
                               "statements": [ids[i] for i in r.events[d.event].statements],
                               "evidence": r.events[d.event].signature}  # fmt: skip
                if d.changed and not d.created:
                    attach["signature"], attach["title"] = d.signature, grouping.title(d.signature)
                event_id += 1
                mine.events.append(attach)
            mine.encoded()  # a record that cannot be written (a signature that is not JSON) fails here, alone
        except Exception as err:  # grouping is another module's rules; its failure is this report's
            grouper.rollback()
            failed[n] = (r.doc.id, f"grouping failed: {type(err).__name__}: {err}")
            continue
        next_event = event_id
        taken.add(key)
        taken.update(taken_here)
        out.batch.add(mine)
        ingested[n] = r
    out.ingested = [ingested[n] for n in sorted(ingested)]
    out.duplicates = [duplicates[n] for n in sorted(duplicates)]
    out.failed = [failed[n] for n in sorted(failed)]
    return out


def publication_order(reports: Sequence[AnalysedReport], at: str) -> list[int]:
    """The places in ``reports`` in the order a batch ingested at ``at`` groups them: oldest first by
    :func:`casualty_cli.history.published_moment`; reports of one moment in the order the input runs.

    An input whose dated reports step back in time more often than forward (a feed, an archive's
    pages: newest first) is read from its end, so that reports of one day, which a feed lists newest
    first too, are also taken oldest first; a sort that keeps the order of equals does the rest. An
    input and the same input reversed are then grouped alike."""
    moments = [history.published_moment(r.doc.published_at or r.doc.published, at) for r in reports]
    dated = [m for r, m in zip(reports, moments, strict=True) if r.doc.published is not None]
    steps = sum((b > a) - (b < a) for a, b in itertools.pairwise(dated))
    places = range(len(reports))
    return sorted(reversed(places) if steps < 0 else places, key=moments.__getitem__)


def _report_record(r: AnalysedReport, key: str, at: str) -> dict[str, Any]:
    doc = r.doc
    return {
        "key": key,
        "hash": r.hash,
        "doc": doc.id,
        "source": doc.source,
        "published": doc.published_iso(),
        "ingested": at,
        "title": doc.title,
        "url": doc.url,
        "origin": doc.origin,
        "chars": len(doc.text),
        "statements": len(r.statements),
    }
