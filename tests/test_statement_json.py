"""Statement.to_json, spelt out for speed, is json.dumps of Statement.to_dict, byte for byte."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from casualty_cli.extraction import extract_statements
from casualty_cli.model import QUALIFIERS, Breakdown, Document, Revision, Statement

FIXTURE = Path(__file__).parent / "fixtures" / "liveblog-2016-02-16.txt"

counts = st.none() | st.integers(min_value=-(10**20), max_value=10**20)
texts = st.text()  # any code point: quotes, backslashes, control characters, lone surrogates
maybe_text = st.none() | texts

statements = st.builds(
    Statement,
    doc=texts,
    outcome=st.sampled_from(["killed", "injured", "missing"]),
    best=counts,
    low=counts,
    high=counts,
    qualifier=st.sampled_from(QUALIFIERS) | texts,
    start=st.integers(min_value=0, max_value=10**9),
    end=st.integers(min_value=0, max_value=10**9),
    quote=texts,
    scope=st.sampled_from(["incident", "cumulative"]),
    victims=maybe_text,
    breakdown=st.lists(st.builds(Breakdown, texts, counts), max_size=3),
    breakdown_mismatch=st.booleans(),
    revision=st.none() | st.builds(Revision, st.sampled_from(["up", "down"]), counts),
    hedge=maybe_text,
    attribution=maybe_text,
    event_date=st.none() | st.dates(),
    headline=maybe_text,
    derivation=maybe_text,
    denies=st.none() | st.booleans(),
)


def dumps(s: Statement) -> str:
    return json.dumps(s.to_dict(), ensure_ascii=False)


@settings(max_examples=500, deadline=None)
@given(statements)
def test_to_json_is_json_dumps_of_to_dict(s: Statement) -> None:
    assert s.to_json() == dumps(s)


def test_to_json_of_extracted_statements() -> None:
    doc = Document(id="live", text=FIXTURE.read_text(encoding="utf-8"), published=date(2016, 2, 16))
    found = extract_statements(doc)
    assert found
    for s in found:
        assert s.to_json() == dumps(s)
