"""Curation: a person's corrections to what the machine read and grouped, each one recorded as an act.

``retract``, ``correct``, ``move``, ``merge``, ``note``, ``set_report``, ``rename`` and ``undo`` each append one event to
``events.jsonl`` (the record formats are in :mod:`casualty_cli.store`); nothing already written is
changed. Every act says what was done, when (``at``), why (``reason``, optional except for a
retraction) and who (``user``: ``--user``, else ``$CASUALTY_USER``, else the login name).

Ids are resolved against the store before the lock is taken, so an unknown or ambiguous id fails
before anything (even a new store directory) is written; they are resolved again under the lock,
against the store as it is then.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Container, Iterable
from dataclasses import replace
from typing import Any

from casualty_cli.errors import CasualtyError, NotFoundError, StoreError, UsageError
from casualty_cli.model import Statement
from casualty_cli.store import Batch, files
from casualty_cli.store.backend import StoreBackend, StoreView
from casualty_cli.store.files import Raw
from casualty_cli.store.state import IncidentRecord

#: ``casualty move STATEMENT --to new``
NEW_INCIDENT = "new"


class CurationError(CasualtyError):
    """The act makes no sense on the store as it is (retracting twice, nothing to undo)."""


def who(user: str | None = None) -> str:
    """The person acting: the option, else ``$CASUALTY_USER``, else the login name."""
    for value in (user, os.environ.get("CASUALTY_USER")):
        if value and value.strip():
            return value.strip()
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in this environment (a container)
        return "unknown"


def resolve_statement(state: StoreView, prefix: str) -> str:
    """A statement id from its id or any unique prefix of it, as incidents are resolved."""
    wanted = prefix.strip().lower()
    if not wanted:
        raise NotFoundError("a statement id is required")
    hits = state.statement_ids(wanted)
    if wanted in hits:
        return wanted
    if len(hits) == 1:
        return hits[0]
    if not hits:
        if not state.statement_ids(""):
            raise NotFoundError(f"no statement {prefix!r}: the store holds no statements yet")
        raise NotFoundError(f"no statement {prefix!r} (statement ids are listed by `casualty show ID`)")
    shown = ", ".join(hits[:8]) + (f" and {len(hits) - 8} more" if len(hits) > 8 else "")
    raise NotFoundError(f"statement id {prefix!r} is ambiguous: {shown}")


def _event(state: StoreView, kind: str, body: Raw, reason: str | None, user: str) -> Raw:
    """The act's record, read back as its typed event (so a record missing a key fails here, before
    anything is written) and written out again in the format's key order."""
    from casualty_cli.store.events import parse_event

    raw = {
        "id": state.next_event,
        "at": files.now_utc(),
        "type": kind,
        **body,
        "reason": reason.strip() if reason and reason.strip() else None,
        "user": user,
    }
    return parse_event(raw).to_raw()


def _record(store: StoreBackend, plan: Callable[[StoreView], Raw]) -> Raw:
    """Plan the act on the committed state (errors here write nothing), then again under the lock."""
    known = store.read()
    plan(known)
    with store.writing(known) as writer:
        event = plan(writer.view)
        writer.append(Batch(events=[event]))
    return event


def _statements(state: StoreView, iid: str) -> list[str]:
    """The statement ids an incident holds now."""
    inc = state.incident(iid)
    if inc is None:
        raise StoreError(f"internal: no incident {iid}")
    return list(inc.statements)


def _incident_of(state: StoreView, sid: str) -> str | None:
    return state.statement_incident(sid)


# --- the acts ----------------------------------------------------------------------------------------


def retract(store: StoreBackend, statement: str, reason: str, user: str | None = None) -> Raw:
    """Stop a statement counting toward any toll; it stays visible as retracted, with the reason."""
    if not reason.strip():
        raise UsageError("--reason: say why the statement is retracted")
    actor = who(user)

    def plan(state: StoreView) -> Raw:
        sid = resolve_statement(state, statement)
        if sid in state.curation.retracted:
            raise CurationError(f"statement {sid} is retracted already")
        iid = _incident_of(state, sid)
        body: Raw = {"statement": sid, "incident": iid}
        if iid is not None:
            body["views"] = _views(state, {iid: [x for x in _statements(state, iid) if x != sid]})
        return _event(state, "statement.retract", body, reason, actor)

    return _record(store, plan)


def check_figure(best: int, low: int | None, high: int | None) -> str:
    """The qualifier of a human figure; ``UsageError`` when its bounds do not hold ``best``."""
    for name, value in (("--best", best), ("--low", low), ("--high", high)):
        if value is not None and value < 0:
            raise UsageError(f"{name}: a toll cannot be negative ({value})")
    if low is not None and low > best:
        raise UsageError(f"--low {low} is above --best {best}")
    if high is not None and high < best:
        raise UsageError(f"--high {high} is below --best {best}")
    return "exact" if low in (None, best) and high in (None, best) else "range"


def correct(
    store: StoreBackend,
    statement: str,
    best: int,
    low: int | None = None,
    high: int | None = None,
    reason: str | None = None,
    user: str | None = None,
) -> Raw:
    """Record a person's reading of a statement's figure beside the machine's; it is the one that counts."""
    qualifier = check_figure(best, low, high)
    actor = who(user)

    def plan(state: StoreView) -> Raw:
        sid = resolve_statement(state, statement)
        machine = state.record(sid)
        body = {
            "statement": sid,
            "incident": _incident_of(state, sid),
            "best": best,
            "low": low,
            "high": high,
            "qualifier": qualifier,
            "was": {k: machine.get(k) for k in ("best", "low", "high", "qualifier")},
        }
        return _event(state, "statement.correct", body, reason, actor)

    return _record(store, plan)


def note(store: StoreBackend, incident: str, text: str, user: str | None = None) -> Raw:
    """Add a free-text note to an incident."""
    if not text.strip():
        raise UsageError("TEXT: a note cannot be empty")
    actor = who(user)

    def plan(state: StoreView) -> Raw:
        inc = state.resolve(incident)
        return _event(state, "incident.note", {"incident": inc.id, "text": text.strip()}, None, actor)

    return _record(store, plan)


def merge(store: StoreBackend, incidents: Iterable[str], reason: str | None = None, user: str | None = None) -> Raw:
    """Make several incidents one: the first keeps its id, the others' statements and reports join it."""
    wanted = list(incidents)
    if len(wanted) < 2:
        raise UsageError("merge needs at least two incident ids")
    actor = who(user)

    def plan(state: StoreView) -> Raw:
        from casualty_cli import grouping  # lazy: it loads the extraction patterns

        found = [state.resolve(i) for i in wanted]
        target, others = found[0], []
        for inc in found[1:]:
            if inc.id == target.id or inc in others:
                raise UsageError(f"incident {inc.id} is named twice")
            others.append(inc)
        sig = target.signature
        for inc in others:
            sig = grouping.merge(sig, inc.signature)
        view = _view(state, target.id, [x for inc in found for x in inc.statements])
        body = {
            "incident": target.id,
            "merged": [i.id for i in others],
            "signature": view["signature"] if view else sig,
            "title": view["title"] if view else grouping.title(sig),
        }
        return _event(state, "incident.merge", body, reason, actor)

    return _record(store, plan)


def _new_signature(state: StoreView, sid: str) -> dict[str, Any]:
    """A signature for an incident made of one statement: read from that statement's own sentence."""
    from casualty_cli import grouping  # lazy: it loads the extraction patterns
    from casualty_cli.model import Document

    raw = state.record(sid)
    rep = state.report(raw["report"])
    body = {k: v for k, v in raw.items() if k not in ("id", "report")}
    st: Statement = Statement.from_dict(body)
    st = replace(st, start=0, end=len(st.quote))
    doc = Document(id=rep.doc, text=st.quote, published=rep.published, title="", source=rep.source)
    try:
        return grouping.describe(doc, [st])
    except Exception:  # grouping is another module's rules: an empty signature still makes an incident
        return {}


def _evidence(state: StoreView, sids: set[str]) -> tuple[dict[str, tuple[int, Raw]], dict[str, int]]:
    """Each statement's attach event id and evidence: the signature of the event it was grouped with, as
    its attach event recorded it (a statement whose attach lacks it, from a store written before
    evidence was recorded, gets a signature read from its own sentence); and each incident's first
    attach event id."""
    found: dict[str, tuple[int, Raw]] = {}
    first: dict[str, int] = {}
    for e in state.events():
        if e.get("type") != "attach":
            continue
        first.setdefault(e["incident"], int(e["id"]))
        for sid in e["statements"]:
            if sid in sids:
                evidence = e.get("evidence")
                found[sid] = (int(e["id"]), evidence if isinstance(evidence, dict) else _new_signature(state, sid))
    for sid in sids - found.keys():
        found[sid] = (0, _new_signature(state, sid))
    return found, first


def _view(
    state: StoreView, iid: str, sids: Iterable[str], retracted: Container[str] | None = None
) -> Raw | None:
    """An incident's signature and title made afresh from the statements that count in it (``sids`` less
    the retracted ones); None when none counts. The evidence it was created from leads (it keeps the
    incident's place and date first), then the rest in the order grouping met it."""
    from casualty_cli import grouping  # lazy: it loads the extraction patterns

    gone = state.curation.retracted if retracted is None else retracted
    counting = [s for s in sids if s not in gone]
    if not counting:
        return None
    evidence, first = _evidence(state, set(counting))
    home = first.get(iid)
    sig: Raw | None = None
    seen: set[int] = set()
    for sid in sorted(counting, key=lambda x: (evidence[x][0] != home, evidence[x][0], x)):
        attach, part = evidence[sid]
        if attach in seen:
            continue  # one event's statements are one piece of evidence
        if attach:
            seen.add(attach)
        sig = dict(part) if sig is None else grouping.merge(sig, part)
    assert sig is not None
    return {"signature": sig, "title": grouping.title(sig)}


def _views(
    state: StoreView, members: dict[str, list[str]], retracted: Container[str] | None = None
) -> Raw:
    """``{incident: {"signature", "title"}}`` for each incident, from the statements it will hold."""
    out: Raw = {}
    for iid, sids in members.items():
        view = _view(state, iid, sids, retracted)
        if view is not None:
            out[iid] = view
    return out


def move(store: StoreBackend, statement: str, to: str, reason: str | None = None, user: str | None = None) -> Raw:
    """Move a statement to another incident, or (``to="new"``) to an incident of its own."""
    actor = who(user)

    def plan(state: StoreView) -> Raw:
        sid = resolve_statement(state, statement)
        src = _incident_of(state, sid)
        if src is None:
            raise CurationError(f"statement {sid} belongs to no incident")
        body: Raw = {"statement": sid, "from": src}
        if to.strip().lower() == NEW_INCIDENT:
            import hashlib

            digest = hashlib.sha256(f"{sid}:move:{state.next_event}".encode()).hexdigest()
            merged = state.curation.merged_into
            iid = next(
                digest[:n]
                for n in range(7, 65)
                if digest[:n] not in merged and state.incident(digest[:n]) is None
            )
            from casualty_cli import grouping  # lazy: it loads the extraction patterns

            sig = _new_signature(state, sid)
            body.update(to=iid, new={"signature": sig, "title": grouping.title(sig)})
            members = {src: [x for x in _statements(state, src) if x != sid]}
        else:
            dst: IncidentRecord = state.resolve(to)
            if dst.id == src:
                raise CurationError(f"statement {sid} is in incident {src} already")
            body["to"] = dst.id
            members = {src: [x for x in _statements(state, src) if x != sid], dst.id: [*dst.statements, sid]}
        body["views"] = _views(state, members)
        return _event(state, "statement.move", body, reason, actor)

    return _record(store, plan)


def undo(store: StoreBackend, reason: str | None = None, user: str | None = None) -> Raw:
    """Reverse the latest act still in force (itself recorded as an act); repeat to go further back."""
    actor = who(user)

    def plan(state: StoreView) -> Raw:
        act = state.curation.last_in_force()
        if act is None:
            raise CurationError("nothing to undo: no curation act is in force")
        body: Raw = {"undoes": act["id"], "act": act["type"], "incident": act.get("incident")}
        members = _after_undo(state, act)
        if members:
            retracted = {k for k in state.curation.retracted if k != act.get("statement") or act["type"] != "statement.retract"}
            body["views"] = _views(state, members, retracted)
        return _event(state, "undo", body, reason, actor)

    return _record(store, plan)


def resolve_report(state: StoreView, wanted: str) -> str:
    """A report's key from its key, a unique prefix of it, or its document id (path, JSONL id)."""
    text = wanted.strip()
    if not text:
        raise NotFoundError("a report id is required")
    hits = state.report_ids(text.lower())
    if text.lower() in hits:
        return text.lower()
    if not hits:
        hits = state.report_ids_of_doc(text)
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise NotFoundError(f"no report {wanted!r} (report ids are listed by `casualty show ID`)")
    shown = ", ".join(f"{k} ({state.report(k).doc})" for k in hits[:8])
    raise NotFoundError(f"report {wanted!r} is ambiguous: {shown}")


def set_report(
    store: StoreBackend,
    report: str,
    published: str | None = None,
    source: str | None = None,
    reason: str | None = None,
    user: str | None = None,
) -> Raw:
    """Fix what was said of a report when it was ingested: its publication date (and time) or source.

    ``published`` is ISO text as the store keeps it (the caller reads it from what the person typed);
    ``source`` an outlet name, or "" for none. Grouping decisions stay as they were recorded; dates,
    the order of revisions and tolls follow the fix.
    """
    if published is None and source is None:
        raise UsageError("say what to set: --published DATE and/or --source NAME")
    actor = who(user)

    def plan(state: StoreView) -> Raw:
        key = resolve_report(state, report)
        rep = state.report(key)
        now = rep.to_dict()
        new: Raw = {}
        if published is not None:
            new["published"] = published
        if source is not None:
            new["source"] = source.strip() or None
        if all(now[k] == v for k, v in new.items()):
            raise CurationError(f"report {key} has {', '.join(f'{k} {v!r}' for k, v in new.items())} already")
        incidents = [i.id for i in state.incidents_with_report(key)]
        body = {
            "report": key,
            "incident": incidents[0] if incidents else None,
            **new,
            "was": {k: now[k] for k in new},
        }
        return _event(state, "report.set", body, reason, actor)

    return _record(store, plan)


def rename(store: StoreBackend, incident: str, title: str, reason: str | None = None, user: str | None = None) -> Raw:
    """Give an incident a title of a person's choosing; grouping's later retitling does not replace it."""
    clean = " ".join(title.split())
    if not clean:
        raise UsageError("TITLE: a title cannot be empty")
    actor = who(user)

    def plan(state: StoreView) -> Raw:
        inc = state.resolve(incident)
        if inc.title == clean:
            raise CurationError(f"incident {inc.id} is called {inc.title!r} already")
        body = {"incident": inc.id, "title": clean, "was": inc.title}
        return _event(state, "incident.rename", body, reason, actor)

    return _record(store, plan)


def _after_undo(state: StoreView, act: Raw) -> dict[str, list[str]]:
    """The statements each incident an undo touches will hold once it is done (a merge's absorbed
    incidents get their own records back; a note or a correction moves nothing)."""
    from casualty_cli.store.events import Merge, Move, Retract, parse_event

    def held(iid: str | None) -> list[str] | None:
        inc = state.incident(iid) if iid else None
        return None if inc is None else list(inc.statements)

    out: dict[str, list[str]] = {}
    match parse_event(act):
        case Retract(incident=iid) if iid is not None and (now := held(iid)) is not None:
            out[iid] = now
        case Move(statement=sid, source=src, target=dst, new=new):
            if (at_src := held(src)) is not None:
                out[src] = [*at_src, sid]
            if new is None and (at_dst := held(dst)) is not None:
                out[dst] = [s for s in at_dst if s != sid]
        case Merge(id=aid, incident=iid) if (now := held(iid)) is not None:
            done = state.curation.effects.get(aid) or {}
            back = {s for rec in done.get("incidents") or [] for s in rec["statements"]}
            out[iid] = [s for s in now if s not in back]
    return out


# --- reading them back ---------------------------------------------------------------------------------


def _figure(d: Raw) -> str:
    best, low, high, qual = d.get("best"), d.get("low"), d.get("high"), d.get("qualifier") or "exact"
    text = str(best) if qual in ("exact", "range", "vague") else f"{qual} {best}"
    if low is not None and high is not None and (low, high) != (best, best):
        text += f" ({low}–{high})"
    elif low is not None and low != best:
        text += f" (from {low})"
    elif high is not None and high != best:
        text += f" (up to {high})"
    return text


def describe_act(act: Raw, acts: dict[int, Raw] | None = None) -> str:
    """One line saying what an act did: ``retracted statement 1a2b3c4d``."""
    # (the event classes are loaded by the commands that meet an act, not by every read)
    from casualty_cli.store import events as ev

    match ev.parse_event(act):
        case ev.Retract(statement=sid):
            return f"retracted statement {sid}"
        case ev.Correct(statement=sid, was=was):
            return f"corrected statement {sid}: {_figure(was or {})} → {_figure(act)}"
        case ev.Move(statement=sid, source=src, target=dst, new=new):
            return f"moved statement {sid} from {src} to {dst}{' (new)' if new is not None else ''}"
        case ev.Merge(incident=iid, merged=merged):
            return f"merged {', '.join(merged)} into {iid}"
        case ev.Note(incident=iid, text=text):
            return f"note on {iid}: {text}"
        case ev.ReportSet(report=key, changes=changes, was=was):
            told = [f"{k} {was.get(k)!r} → {v!r}" for k, v in changes.items()]
            return f"set report {key}: {', '.join(told)}"
        case ev.IncidentRename(incident=iid, title=title, was=was_title):
            return f"renamed {iid}: {was_title!r} → {title!r}"
        case ev.Undo(undoes=target, act=kind):
            undone = (acts or {}).get(target)
            return f"undid event {target} ({describe_act(undone) if undone else kind})"
        case other:
            return other.TYPE


def act_row(state: StoreView, act: Raw) -> Raw:
    """An act as ``--json`` shows it: the event, what it did in words, and whether it was undone."""
    aid = int(act["id"])
    return {
        **act,
        "what": describe_act(act, state.curation.acts),
        "undone_by": state.curation.undone.get(aid),
    }


def family(state: StoreView, inc: IncidentRecord) -> set[str]:
    """The incident's id and the ids of every incident merged into it (directly or through another)."""
    into = state.curation.merged_into
    out = {inc.id}
    for iid in into:
        seen, at = {iid}, into[iid]
        while at in into and at not in seen:
            seen.add(at)
            at = into[at]
        if at == inc.id:
            out.add(iid)
    return out


def _involves(act: Raw, ids: set[str], statements: set[str], acts: dict[int, Raw]) -> bool:
    from casualty_cli.store import events as ev

    match ev.parse_event(act):
        case ev.Undo(undoes=target):
            undone = acts.get(target)
            return undone is not None and _involves(undone, ids, statements, acts)
        case ev.Retract(statement=sid, incident=iid) | ev.Correct(statement=sid, incident=iid):
            return sid in statements or iid in ids
        case ev.Move(statement=sid, source=src, target=dst):
            return sid in statements or bool(ids & {src, dst})
        case ev.Merge(incident=iid, merged=merged):
            return bool(ids & {iid, *merged})
        case ev.Note(incident=iid) | ev.ReportSet(incident=iid) | ev.IncidentRename(incident=iid):
            return iid in ids
        case _:
            return False


def acts_of(state: StoreView, inc: IncidentRecord | None = None) -> list[Raw]:
    """Every act (on one incident, the incidents merged into it and its statements; or all), oldest
    first, undone ones and undos included."""
    acts = state.curation.acts
    if inc is None:
        return [act_row(state, acts[aid]) for aid in sorted(acts)]
    ids, statements = family(state, inc), set(inc.statements)
    return [act_row(state, acts[aid]) for aid in sorted(acts) if _involves(acts[aid], ids, statements, acts)]


def notes_of(state: StoreView, inc: IncidentRecord) -> list[Raw]:
    """The notes in force on the incident and on the incidents merged into it, oldest first."""
    held = state.curation.notes
    return [state.curation.acts[a] for a in sorted(a for i in family(state, inc) for a in held.get(i, []))]


# --- settings ------------------------------------------------------------------------------------------


def settings(store: StoreBackend) -> Raw:
    """The store's settings (defaults for a store not created yet)."""
    return store.settings()


def set_toll_rule(store: StoreBackend, rule: str) -> Raw:
    """Set ``settings.toll_rule``; cached tolls are recomputed under it."""
    return store.set_setting("toll_rule", rule)
