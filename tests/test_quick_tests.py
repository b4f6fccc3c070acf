"""The reader's quick tests give the answers of the slower tests they stand for (speed21): a sentence's
marker bits and the sets of each kind of markers, the strings of a side and the words of a side, and the
colons a tracker's entry is looked for at and every line's start."""

from __future__ import annotations

import dataclasses

import pytest

from casualty_cli.extraction import statements, totals
from casualty_cli.extraction.lexicon import Markers, lexicon
from casualty_cli.extraction.readers import _Sentence
from casualty_cli.extraction.tokens import tokenize
from casualty_cli.model import Statement

SENTENCES = [
    "In a separate attack last week, gunmen killed three farmers near the river.",
    "Two more bodies were found on Sunday, days after the earlier raid on the market.",
    "Police said the suspect was accused of the killing of a shopkeeper in March.",
    "The storm destroyed forty homes.",
    "",
    "Protesters were shot dead as crowds marched over the death of a student.",
    "A similar blast in another town left six people injured, officials said on Monday.",
]


def _kinds() -> list[tuple[str, Markers]]:
    lex = lexicon()
    return [(f.name, getattr(lex, f.name)) for f in dataclasses.fields(lex) if isinstance(getattr(lex, f.name), Markers)]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_sentences_marker_bits_answer_as_the_sets_do(text: str) -> None:
    lex = lexicon()
    toks = tokenize(text)
    words = {t.low for t in toks}
    kinds = _kinds()
    assert len(kinds) >= 10  # every kind of the lexicon, each with bits of its own
    for name, markers in kinds:
        assert markers.bit >= 0, name
        expected = not (markers.lasts.isdisjoint(words) or markers.firsts.isdisjoint(words))
        assert _Sentence(text, toks, lex).holds(markers) is expected, name


def test_a_kind_made_by_hand_is_asked_of_its_sets() -> None:
    markers = Markers(last=[("the", "last")])
    markers.lasts, markers.firsts = frozenset({"last"}), frozenset({"the"})
    text = "It was the last one."
    toks = tokenize(text)
    assert _Sentence(text, toks, lexicon()).holds(markers)
    assert not _Sentence("It was one.", tokenize("It was one."), lexicon()).holds(markers)


def test_every_word_of_a_side_holds_a_string_of_a_side() -> None:
    assert set(totals._SIDE_STRINGS) <= totals._SIDES
    for word in totals._SIDES:
        assert any(s in word for s in totals._SIDE_STRINGS), word


@pytest.mark.parametrize(
    ("text", "figures", "scopes"),
    [
        # two entries (the second indented): the later entry's figure is its own incident's; after its
        # paragraph, a running total
        (
            "Weekly brief\n04 February 2024: In a village, a mine killed one driver.\n"
            "  20 February 2024: In a town, shelling: it killed one nurse.\n\nThis month: one more died.",
            ["one driver", "one nurse", "one more"],
            ["incident", "separate", "cumulative"],
        ),
        # a colon on a line that is no entry, then two entries
        (
            "Note: one dead.\nMarch 3, 2021: Gunmen killed one guard.\nApril 9, 2021: one died.",
            ["one dead", "one guard", "one died"],
            ["incident", "incident", "separate"],
        ),
        # a single entry: nothing to tell apart
        ("Update:\n04 February 2024: one killed.\nLater: one died.", ["one killed", "one died"], ["incident", "incident"]),
        # a date whose colon stands on the next line is no entry
        ("04 February 2024\n: one killed.\n05 February 2024: one died.", ["one killed", "one died"], ["incident", "incident"]),
    ],
)
def test_a_trackers_entries_are_found_at_their_colons(text: str, figures: list[str], scopes: list[str]) -> None:
    out: list[Statement] = []
    for at in figures:
        start = text.index(at, out[-1].end if out else 0)
        out.append(Statement("d", "killed", 1, 1, 1, "exact", start, start + len(at), at))
    assert [s.scope for s in statements._tracker_first_entry(text, out)] == scopes
