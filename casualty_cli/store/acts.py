"""Curation acts in replay: what each act event does to the store's state, and how undo reverses it.

The event records are described in :mod:`casualty_cli.store` (the format contract); building them from
a command is :mod:`casualty_cli.store.curation`'s job. Here they are applied, as every event is, by
:meth:`StoreState.apply_event <casualty_cli.store.state.StoreState.apply_event>`, so a fresh load, an
index's tail and a new commit all go the same way.

Undo reverses an act by its inverse, not by restoring a snapshot: reports ingested after the act keep
their place (a report that joined a merged incident stays with it when the merge is undone).
Because ``undo`` always reverses the latest act still in force, every act after it is already undone,
so the inverse always finds the state the act left.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from casualty_cli.errors import StoreError
from casualty_cli.model import Statement
from casualty_cli.store.files import EVENTS, Raw

if TYPE_CHECKING:
    # The event classes are imported where acts are replayed: a read of the index (`casualty show`)
    # needs :class:`Curation` only, not the dozen event dataclasses (about 9 ms of start-up).
    from casualty_cli.store.events import Act, Event, Merge, Move, Undo
    from casualty_cli.store.state import IncidentRecord, StoreState

__all__ = ["Curation", "apply_act"]


@dataclass(slots=True)
class Curation:
    """The acts replayed so far and what is in force now. Cached in the index with the rest."""

    #: every act event by id, as recorded (undo events included)
    acts: dict[int, Raw] = field(default_factory=dict)
    #: what replay did for an act, so that undo reverses exactly that
    effects: dict[int, Raw] = field(default_factory=dict)
    #: act id -> id of the undo event that reversed it
    undone: dict[int, int] = field(default_factory=dict)
    #: statement id -> the retract act in force
    retracted: dict[str, int] = field(default_factory=dict)
    #: statement id -> correct acts in force, oldest first; the last one counts
    corrections: dict[str, list[int]] = field(default_factory=dict)
    #: incident id -> note acts in force
    notes: dict[str, list[int]] = field(default_factory=dict)
    #: incident merged away -> incident it was merged into
    merged_into: dict[str, str] = field(default_factory=dict)
    #: incident id -> rename acts in force, oldest first; the last one names it
    renamed: dict[str, list[int]] = field(default_factory=dict)
    #: incident id -> the title grouping gives it, kept aside while a person's title is in force
    machine_titles: dict[str, str] = field(default_factory=dict)

    def set_machine_title(self, inc: IncidentRecord, title: str) -> None:
        """Grouping retitled ``inc`` (a report changed its signature): shown unless a person renamed it."""
        if inc.id in self.machine_titles:
            self.machine_titles[inc.id] = title
        else:
            inc.title = title

    def status(self, sid: str) -> str:
        if sid in self.retracted:
            return "retracted"
        if sid in self.corrections:
            return "corrected"
        return "counting"

    def correction(self, sid: str) -> Raw | None:
        held = self.corrections.get(sid)
        return self.acts[held[-1]] if held else None

    def reading(self, sid: str, statement: Statement) -> tuple[str, Statement]:
        """The statement's status, and the reading that counts (the human one when corrected)."""
        fix = self.correction(sid)
        if fix is not None:
            statement = replace(
                statement, best=fix["best"], low=fix["low"], high=fix["high"], qualifier=fix["qualifier"]
            )
        return self.status(sid), statement

    def last_in_force(self) -> Raw | None:
        """The act ``undo`` would reverse: the latest one, not an undo, not undone already."""
        for aid in sorted(self.acts, reverse=True):
            act = self.acts[aid]
            if act["type"] != "undo" and aid not in self.undone:
                return act
        return None

    def to_dict(self) -> Raw:
        return {
            "acts": {str(k): v for k, v in self.acts.items()},
            "effects": {str(k): v for k, v in self.effects.items()},
            "undone": {str(k): v for k, v in self.undone.items()},
            "retracted": self.retracted,
            "corrections": self.corrections,
            "notes": self.notes,
            "merged_into": self.merged_into,
            "renamed": self.renamed,
            "machine_titles": self.machine_titles,
        }

    @classmethod
    def from_dict(cls, d: Raw) -> Curation:
        return cls(
            acts={int(k): v for k, v in (d.get("acts") or {}).items()},
            effects={int(k): v for k, v in (d.get("effects") or {}).items()},
            undone={int(k): int(v) for k, v in (d.get("undone") or {}).items()},
            retracted={k: int(v) for k, v in (d.get("retracted") or {}).items()},
            corrections={k: [int(x) for x in v] for k, v in (d.get("corrections") or {}).items()},
            notes={k: [int(x) for x in v] for k, v in (d.get("notes") or {}).items()},
            merged_into=dict(d.get("merged_into") or {}),
            renamed={k: [int(x) for x in v] for k, v in (d.get("renamed") or {}).items()},
            machine_titles=dict(d.get("machine_titles") or {}),
        )


def _bad(d: Event, problem: str) -> StoreError:
    return StoreError(f"{EVENTS} event {d.id} ({d.TYPE}): {problem}")


def _statement(state: StoreState, d: Event, sid: str) -> list[Any]:
    loc = state.locations.get(sid)
    if loc is None:
        raise _bad(d, f"unknown statement {sid}")
    return loc


def _incident(state: StoreState, d: Event, iid: str) -> IncidentRecord:
    inc = state.incidents.get(iid)
    if inc is None:
        raise _bad(d, f"unknown incident {iid}")
    return inc


def _touch(state: StoreState, d: Event, *incidents: IncidentRecord) -> None:
    for inc in incidents:
        inc.updated = d.at
        state.dirty.add(inc.id)


def _touch_statement(state: StoreState, d: Event, sid: str) -> None:
    iid = _statement(state, d, sid)[3]
    if iid in state.incidents:
        _touch(state, d, state.incidents[iid])


def apply_act(state: StoreState, d: Act, raw: Raw) -> None:
    """Apply one curation event (``raw`` is its record, kept as the act); a record that does not fit
    the state is a ``StoreError``."""
    from casualty_cli.store import events as ev

    c = state.curation
    aid = d.id
    match d:
        case ev.Retract(statement=sid):
            _statement(state, d, sid)
            if sid in c.retracted:
                raise _bad(d, f"statement {sid} is retracted already")
            c.retracted[sid] = aid
            _touch_statement(state, d, sid)
        case ev.Correct(statement=sid):
            _statement(state, d, sid)
            c.corrections.setdefault(sid, []).append(aid)
            _touch_statement(state, d, sid)
        case ev.Note(incident=iid):
            _touch(state, d, _incident(state, d, iid))
            c.notes.setdefault(iid, []).append(aid)
        case ev.Move():
            c.effects[aid] = _move(state, d)
        case ev.Merge():
            c.effects[aid] = _merge(state, d)
        case ev.ReportSet(report=key, changes=changes):
            _set_report(state, d, key, changes)
        case ev.IncidentRename(incident=iid, title=title):
            inc = _incident(state, d, iid)
            c.machine_titles.setdefault(inc.id, inc.title)
            c.renamed.setdefault(inc.id, []).append(aid)
            inc.title = title
            _touch(state, d, inc)
        case ev.Undo(undoes=target):
            act = c.acts.get(target)
            if act is None or act["type"] == ev.Undo.TYPE or target in c.undone:
                raise _bad(d, f"event {target} is not an act in force")
            _revert(state, d, ev.parse_event(act))
            c.undone[target] = aid
        case _:  # pragma: no cover - every Act subclass is matched above
            raise _bad(d, "not a curation act")
    _apply_views(state, d, raw)
    c.acts[aid] = raw


def _apply_views(state: StoreState, d: Act, raw: Raw) -> None:
    """An act's recorded views: each incident's signature and title, made from the statements that count
    once the act is done (places, targets, date and title follow what a person moved or retracted)."""
    for iid, view in (raw.get("views") or {}).items():
        inc = state.incidents.get(iid)
        if inc is not None:
            inc.signature = view["signature"]
            state.curation.set_machine_title(inc, view["title"])  # a person's title (rename) stays
            _touch(state, d, inc)


def _move(state: StoreState, d: Move) -> Raw:
    sid, src_id, dst_id = d.statement, d.source, d.target
    loc = _statement(state, d, sid)
    src = _incident(state, d, src_id)
    if loc[3] != src_id or src_id == dst_id:
        raise _bad(d, f"statement {sid} is not in incident {src_id}")
    new = d.new
    if new is not None:
        if dst_id in state.incidents or dst_id in state.curation.merged_into:
            raise _bad(d, f"incident {dst_id} exists already")
        state.incidents[dst_id] = type(src)(
            id=dst_id, signature=new["signature"], title=new["title"], created=d.at, updated=d.at
        )
    dst = _incident(state, d, dst_id)
    position = src.statements.index(sid)
    del src.statements[position]
    dst.statements.append(sid)
    loc[3] = dst_id
    report = loc[2]
    left: int | None = None
    if all(state.locations[other][2] != report for other in src.statements) and report in src.reports:
        left = src.reports.index(report)
        del src.reports[left]
    joined = report not in dst.reports
    if joined:
        dst.reports.append(report)
    _touch(state, d, src, dst)
    return {"position": position, "report_left": left, "report_joined": joined}


def _merge(state: StoreState, d: Merge) -> Raw:
    target = _incident(state, d, d.incident)
    absorbed = [_incident(state, d, iid) for iid in d.merged]
    if not absorbed or target.id in d.merged or len(set(d.merged)) != len(absorbed):
        raise _bad(d, "an incident cannot be merged into itself")
    effects: Raw = {
        "incidents": [inc.to_dict() for inc in absorbed],
        "signature": target.signature,
        "title": state.curation.machine_titles.get(target.id, target.title),
        "reports_added": [],
    }
    for inc in absorbed:
        del state.incidents[inc.id]
        state.dirty.discard(inc.id)
        state.curation.merged_into[inc.id] = target.id
        for sid in inc.statements:
            target.statements.append(sid)
            state.locations[sid][3] = target.id
        for report in inc.reports:
            if report not in target.reports:
                target.reports.append(report)
                effects["reports_added"].append(report)
    target.signature = d.signature
    state.curation.set_machine_title(target, d.title)
    _touch(state, d, target)
    return effects


def _forget(acts_by_key: dict[str, list[int]], key: str, aid: int) -> None:
    """Take act ``aid`` out of ``key``'s list, and the key out when nothing is left."""
    held = acts_by_key[key]
    held.remove(aid)
    if not held:
        del acts_by_key[key]


def _revert(state: StoreState, d: Undo, act: Event) -> None:
    from casualty_cli.store.events import Correct, IncidentRename, Merge, Move, Note, ReportSet, Retract

    c = state.curation
    aid = act.id
    match act:
        case Retract(statement=sid):
            del c.retracted[sid]
            _touch_statement(state, d, sid)
        case Correct(statement=sid):
            _forget(c.corrections, sid, aid)
            _touch_statement(state, d, sid)
        case Note(incident=iid):
            _forget(c.notes, iid, aid)
            _touch(state, d, _incident(state, d, iid))
        case Move():
            _unmove(state, d, act, c.effects.pop(aid))
        case Merge():
            _unmerge(state, d, act, c.effects.pop(aid))
        case ReportSet(report=key, was=was):
            _set_report(state, d, key, was)
        case IncidentRename(incident=iid):
            inc = _incident(state, d, iid)
            _forget(c.renamed, inc.id, aid)
            held = c.renamed.get(inc.id)
            inc.title = c.acts[held[-1]]["title"] if held else c.machine_titles.pop(inc.id)
            _touch(state, d, inc)


def _set_report(state: StoreState, d: Event, key: str, values: Raw) -> None:
    """Give a report the ``published`` and ``source`` in ``values`` (those present); its incidents'
    tolls are recomputed, since a report's date orders the revisions."""
    from casualty_cli.store.events import ReportSet
    from casualty_cli.store.state import ReportRecord

    rep = state.reports.get(key)
    if rep is None:
        raise _bad(d, f"unknown report {key}")
    fixed = ReportRecord.from_dict(
        {**rep.to_dict(), **{k: values[k] for k in ReportSet.CHANGEABLE if k in values}}
    )
    rep.published, rep.published_at, rep.source = fixed.published, fixed.published_at, fixed.source
    state.reports.mark(key)  # changed in place: the index takes it at the next flush
    _touch(state, d, *state.incidents_with_report(key))


def _unmove(state: StoreState, d: Undo, act: Move, done: Raw) -> None:
    sid = act.statement
    src, dst = _incident(state, d, act.source), _incident(state, d, act.target)
    loc = _statement(state, d, sid)
    dst.statements.remove(sid)
    src.statements.insert(done["position"], sid)
    loc[3] = src.id
    report = loc[2]
    if done["report_joined"] and all(state.locations[o][2] != report for o in dst.statements):
        dst.reports.remove(report)
    if done["report_left"] is not None and report not in src.reports:
        src.reports.insert(done["report_left"], report)
    _touch(state, d, src, dst)
    if act.new is not None and not dst.statements and not dst.reports:
        del state.incidents[dst.id]  # the incident the move created, and nothing joined it since
        state.dirty.discard(dst.id)


def _unmerge(state: StoreState, d: Undo, act: Merge, done: Raw) -> None:
    target = _incident(state, d, act.incident)
    for rec in done["incidents"]:
        inc = type(target).from_dict(rec)
        state.incidents[inc.id] = inc
        del state.curation.merged_into[inc.id]
        mine = set(inc.statements)
        target.statements = [s for s in target.statements if s not in mine]
        for sid in inc.statements:
            state.locations[sid][3] = inc.id
        _touch(state, d, inc)
    kept = {state.locations[s][2] for s in target.statements}
    target.reports = [r for r in target.reports if r not in done["reports_added"] or r in kept]
    if target.signature == act.signature:  # not grown by a report since: back to its own
        target.signature = done["signature"]
        state.curation.set_machine_title(target, done["title"])
    _touch(state, d, target)
