"""Events as typed values: every record of the format reads into its class and writes back unchanged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from casualty_cli.store.events import (
    EVENT_CLASSES,
    Attach,
    EventError,
    IncidentRename,
    Move,
    ReportSet,
    Undo,
    parse_event,
)

FIXTURE = Path(__file__).parent / "fixtures" / "store-v2" / "events.jsonl"


def test_every_record_of_an_older_store_reads_and_writes_back_byte_for_byte() -> None:
    lines = FIXTURE.read_bytes().splitlines()
    kinds = set()
    for line in lines:
        raw = json.loads(line)
        event = parse_event(raw)
        kinds.add(event.TYPE)
        assert json.dumps(event.to_raw(), ensure_ascii=False, separators=(",", ":")).encode() == line
    # creates, attaches and five kinds of act (merges, report fixes and renames came later)
    assert kinds == set(EVENT_CLASSES) - {"incident.merge", "report.set", "incident.rename"}


RECORDS: list[tuple[dict[str, Any], type, dict[str, Any]]] = [
    (  # an attach that changed nothing keeps no signature or title
        {"id": 3, "at": "t", "type": "attach", "incident": "abc1234", "report": "r1", "statements": ["s1"]},
        Attach,
        {"signature": None, "title": None},
    ),
    (
        {"id": 9, "at": "t", "type": "statement.move", "statement": "s1", "from": "a", "to": "b", "reason": None,
         "user": "u"},
        Move,
        {"source": "a", "target": "b", "new": None},
    ),
    (  # a source set to none is said (null), a published date left alone is not
        {"id": 11, "at": "t", "type": "report.set", "report": "r1", "incident": None, "source": None,
         "was": {"source": "Wire"}, "reason": None, "user": "u"},
        ReportSet,
        {"changes": {"source": None}, "was": {"source": "Wire"}},
    ),
    (
        {"id": 12, "at": "t", "type": "incident.rename", "incident": "a", "title": "New", "was": "Old",
         "reason": None, "user": "u"},
        IncidentRename,
        {"title": "New", "was": "Old"},
    ),
    (
        {"id": "10", "at": "t", "type": "undo", "undoes": 9, "act": "statement.move", "incident": None,
         "reason": "wrong", "user": "u"},
        Undo,
        {"id": 10, "undoes": 9, "reason": "wrong"},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "cls", "fields"), RECORDS)
def test_records_read_into_their_class(raw: dict[str, Any], cls: type, fields: dict[str, Any]) -> None:
    event = parse_event(raw)
    assert type(event) is cls
    assert {k: getattr(event, k) for k in fields} == fields
    assert event.to_raw() == {**raw, "id": int(raw["id"])}  # and back, keys in the same order
    assert list(event.to_raw()) == list(raw)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"id": 1, "at": "t", "type": "incident.split"}, "unknown to this casualty"),
        ({"id": 1, "at": "t", "type": "attach", "incident": "a", "report": "r"}, "no 'statements'"),
        ({"id": "x", "at": "t", "type": "incident.note", "incident": "a", "text": "n", "user": "u"}, "not a number"),
    ],
)
def test_a_record_this_version_cannot_read_is_an_error(raw: dict[str, Any], message: str) -> None:
    with pytest.raises(EventError, match=message):
        parse_event(raw)
