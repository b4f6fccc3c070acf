"""The shortcuts of textscan find exactly what the patterns find, and the cues read once over a report
are those read sentence by sentence.

Each wrapped pattern (places, streets, people) is compared with its own ``re`` search on sentences of
our own and on long texts made of them (the shortcuts work only on texts of ``SHORT`` characters or
more), and a report's sentences' places and people taken from the whole report's matches are compared
with a reading of each sentence alone.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualty_cli import cues, places
from casualty_cli.model import Document
from casualty_cli.stories import read_text
from casualty_cli.textscan import SHORT, prefixes

WRAPPED = {
    "in_place": places._IN_PLACE,
    "place_noun": places._PLACE_NOUN,
    "police": places._POLICE,
    "possessive": places._POSSESSIVE,
    "street": places._STREET,
    "site": places._SITE,
    "framed": places._FRAMED,
    "person": cues._PERSON_CUES,
}

PIECES = [
    "Three people were shot in Rocky Mount, N.C., on Saturday.",
    "Shells pounded eastern Aleppo overnight",
    "The attack took place 40 km (25 miles) north of Baghdad.",
    "Harris County deputies said the victim, Kevin Barbee, 32, died.",
    "Chicago police found the man in the 4800 block of South Throop.",
    "A 15-year-old boy was hit near Edwards Street and Main St. late Friday.",
    "The unidentified as John Smith case",
    "Maiduguri's Monday Market was bombed; Erie's west side too.",
    "Shells hit the Kramatorsk railway station and the Children's market near the Mariupol theatre.",
    "Jane O'Neil was fatally shot outside a McDonald County bar",
    "Fire Department crews and the Rocky Mount Fire Department came.",
    "in St.\nLouis, the Sheriff's office said",
    "Officials in Idlib province said Syrian government strikes hit the town of Kafr Nabl.",
    "In the Somali capital, Mogadishu, a suburb of Kabul and the city of Aleppo",
    "the death of Maria Lopez-Garcia Jr. was ruled a homicide",
    "Advertisement",
    "İstanbul's Taksim Square police said",
    "\u201cIn Kunduz,\u201d he said, \u201cnear Kabul\u201d",
]


def _spans(found: object) -> list[tuple[int, int]]:
    return [m.span() for m in found]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(WRAPPED))
@pytest.mark.parametrize("text", [*PIECES, " ".join(PIECES * 4), "\n".join(PIECES * 5)])
def test_wrapped_pattern_finds_what_the_pattern_finds(name: str, text: str) -> None:
    wrapped = WRAPPED[name]
    assert _spans(wrapped.finditer(text)) == _spans(wrapped.pattern.finditer(text))
    assert _spans(wrapped.finditer(text, 7, len(text) - 5)) == _spans(wrapped.pattern.finditer(text, 7, len(text) - 5))


def test_long_texts_take_the_shortcut() -> None:
    assert len(" ".join(PIECES * 4)) >= SHORT


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=8, max_size=40), st.sampled_from([" ", "\n", "  ", ". "]))
def test_wrapped_patterns_on_generated_texts(pieces: list[str], joint: str) -> None:
    text = joint.join(pieces)
    for wrapped in WRAPPED.values():
        assert _spans(wrapped.finditer(text)) == _spans(wrapped.pattern.finditer(text))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=2, max_size=30), st.sampled_from([" ", "\n", ". "]), st.data())
def test_sentence_cues_from_the_whole_report(pieces: list[str], joint: str, data: st.DataObject) -> None:
    text = joint.join(pieces)
    reading = read_text(Document("d", text))
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    got = reading.sentence_places(start, end)
    if got is not None:
        assert got == places.extract_places(text[start:end], title="")
    names = reading.sentence_names(start, end)
    if names is not None:
        assert names == cues.person_names(text[start:end])


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["In", "into", "near", "inside"], ("in", "near")),
        (["north", "north-east", "northeast"], ("north",)),
        ([], ()),
    ],
)
def test_prefixes(words: list[str], expected: tuple[str, ...]) -> None:
    assert prefixes(words) == expected


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        # (a headline line first: places are read in the body under it)
        ("Report\nShells hit houses in Rocky Mount overnight.", "Rocky"),  # a place runs past the span's end
        ("Report\nPolice named the victim as Kevin Barbee Smith today.", "Kevin Barbee"),
        ("Report\nHe was in Gaza. Forces said so.", "in Gaza."),
        ("Report\nHe was in Gaza forces said", "in Gaza"),  # a lowercase word after: a lookahead could differ
    ],
)
def test_a_span_cut_inside_a_match_is_read_alone_or_alike(text: str, cut: str) -> None:
    reading = read_text(Document("d", text))
    end = text.index(cut) + len(cut)
    for start in (0, text.index(cut)):
        got = reading.sentence_places(start, end)
        assert got is None or got == places.extract_places(text[start:end], title="")
        names = reading.sentence_names(start, end)
        assert names is None or names == cues.person_names(text[start:end])
