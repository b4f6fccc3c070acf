"""The records of ``events.jsonl`` as typed values: one dataclass per event type.

Every event is read with :func:`parse_event` and written with :meth:`to_raw`, which gives back the
record exactly as the format in :mod:`casualty_cli.store` describes it (same keys, same order), so
replay, undo and the act descriptions match on classes instead of comparing ``type`` strings.
A record of a type this version does not know, or without a key its type needs, is an error.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, ClassVar

Raw = dict[str, Any]

#: field name -> record key, where the record's key is a Python keyword
_KEYS = {"source": "from", "target": "to"}
#: optional fields, left out of the record when None (present only when they say something)
_OPTIONAL = frozenset({"signature", "title", "new", "evidence", "views"})


class EventError(ValueError):
    """A record that is not an event this version can read."""


@dataclass(slots=True)
class Event:
    """What every event has: its id (counting from 1) and when it was recorded (UTC)."""

    id: int
    at: str

    TYPE: ClassVar[str] = ""

    def to_raw(self) -> Raw:
        out: Raw = {"id": self.id, "at": self.at, "type": self.TYPE}
        for f in fields(self)[2:]:
            value = getattr(self, f.name)
            if f.name == "changes":  # each key set is a key of the record
                out.update(value)
            elif value is not None or f.name not in _OPTIONAL:
                out[_KEYS.get(f.name, f.name)] = value
        return out


@dataclass(slots=True)
class IncidentCreate(Event):
    incident: str
    signature: dict[str, Any]
    title: str

    TYPE: ClassVar[str] = "incident.create"


@dataclass(slots=True)
class Attach(Event):
    """A report's statements (one event of it) join an incident; its signature and title change only
    when merging the report changed them."""

    incident: str
    report: str
    statements: list[str]
    #: the event's own signature (attach events of stores before it was kept lack it)
    evidence: dict[str, Any] | None = None
    signature: dict[str, Any] | None = None
    title: str | None = None

    TYPE: ClassVar[str] = "attach"


@dataclass(slots=True)
class Act(Event):
    """A person's curation act: why (``reason``, or None) and who (``user``) end every record."""


@dataclass(slots=True)
class Retract(Act):
    statement: str
    incident: str | None
    #: each touched incident's signature and title, made afresh from what counts after the act
    views: dict[str, Any] | None
    reason: str | None
    user: str | None

    TYPE: ClassVar[str] = "statement.retract"


@dataclass(slots=True)
class Correct(Act):
    statement: str
    incident: str | None
    best: int
    low: int | None
    high: int | None
    qualifier: str
    was: dict[str, Any]
    reason: str | None
    user: str | None

    TYPE: ClassVar[str] = "statement.correct"


@dataclass(slots=True)
class Move(Act):
    statement: str
    source: str
    target: str
    new: dict[str, Any] | None
    views: dict[str, Any] | None
    reason: str | None
    user: str | None

    TYPE: ClassVar[str] = "statement.move"


@dataclass(slots=True)
class Merge(Act):
    incident: str
    merged: list[str]
    signature: dict[str, Any]
    title: str
    reason: str | None
    user: str | None

    TYPE: ClassVar[str] = "incident.merge"


@dataclass(slots=True)
class Note(Act):
    incident: str
    text: str
    reason: str | None
    user: str | None

    TYPE: ClassVar[str] = "incident.note"


@dataclass(slots=True)
class ReportSet(Act):
    """A report's ``published`` and/or ``source`` as a person fixes them (``changes`` holds the keys
    set, a source of None included); ``was`` the values replaced."""

    report: str
    incident: str | None
    changes: dict[str, Any]
    was: dict[str, Any]
    reason: str | None
    user: str | None

    TYPE: ClassVar[str] = "report.set"
    #: the record's keys that ``changes`` holds, in their order
    CHANGEABLE: ClassVar[tuple[str, ...]] = ("published", "source")


@dataclass(slots=True)
class IncidentRename(Act):
    incident: str
    title: str
    was: str
    reason: str | None
    user: str | None

    TYPE: ClassVar[str] = "incident.rename"


@dataclass(slots=True)
class Undo(Act):
    undoes: int
    act: str
    incident: str | None
    views: dict[str, Any] | None
    reason: str | None
    user: str | None

    TYPE: ClassVar[str] = "undo"


EVENT_CLASSES: dict[str, type[Event]] = {
    c.TYPE: c
    for c in (IncidentCreate, Attach, Retract, Correct, Move, Merge, Note, Undo, ReportSet, IncidentRename)
}
#: The curation act types, in the order the format lists them.
ACT_TYPES = tuple(t for t, c in EVENT_CLASSES.items() if issubclass(c, Act))


def parse_event(raw: Raw) -> Event:
    """The typed event of a record; ``EventError`` for an unknown type or a missing key."""
    kind = raw.get("type")
    cls = EVENT_CLASSES.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise EventError(f"event type {kind!r} is unknown to this casualty; upgrade casualty")
    values: dict[str, Any] = {}
    for f in fields(cls):
        key = _KEYS.get(f.name, f.name)
        if f.name == "changes":
            values[f.name] = {k: raw[k] for k in ReportSet.CHANGEABLE if k in raw}
        elif key in raw:
            values[f.name] = raw[key]
        elif f.name in _OPTIONAL or f.name in ("reason", "user"):  # who and why: None when not said
            values[f.name] = None
        else:
            raise EventError(f"event {raw.get('id')} ({kind}) has no {key!r}")
    try:
        values["id"] = int(values["id"])
    except (TypeError, ValueError):
        raise EventError(f"event id {raw.get('id')!r} is not a number") from None
    return cls(**values)
