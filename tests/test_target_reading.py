"""The targets of a sentence taken from one reading of the whole report are those a reading of the
sentence alone finds, and the quick reader of target words finds what a walk through every word finds.

Texts are made of sentences of our own that name targets in the ways the reader must tell apart
(phrases across a space or a line break, a hospital that speaks or treats, a table word inside a longer
word, a letter whose lower case is longer), joined in many ways and cut at any two points.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualty_cli import cues
from casualty_cli.model import Document
from casualty_cli.stories import read_text
from casualty_cli.textscan import spans_within

PIECES = [
    "Rockets hit a crowded market and a school in the north of the town.",
    "Two people died when shells struck the Al-Shifa Hospital on Sunday.",
    "The wounded were rushed to the hospital, where doctors said three later died.",
    "Hospital officials said 40 people were treated for burns.",
    "The doctor at the Central Hospital said the toll could rise.",
    "A gunman opened fire at a gas station and then at a shopping center.",
    "A car bomb exploded near the medical\ncenter and the Health Centre.",
    "Shopping  center workers fled the MALL.",
    "The schoolhouse and the barracks were empty; the homework was done.",
    "Militants stormed a refugee camp near the airport.",
    "İstanbul police said a bomb went off at a bus station.",
    "He was taken to a clinic in Goma.",
    "Hospitals in Goma said they were treating 200 people.",
    "A wedding party in a hotel was hit",
    "medical",
    "station",
    "Café",
]
_NEAR = re.compile(r"(?i)school|gas|medical|health|shopping|bar|hospital|station|refugee")
JOINTS = [" ", "\n", ". ", "", ", "]


def _walk(text: str) -> list[tuple[str, int, int]]:
    """The targets of ``text`` read word by word, every word lowered on its own: what the quick reader
    must find."""
    out = []
    phrase_end = 0
    for m in re.finditer(r"\w+", text):
        if m.start() < phrase_end:
            continue
        word = m.group().lower()
        nxt = re.match(r"\s(\w+)", text[m.end() :])
        phrase = cues._TARGET_PHRASES.get((word, nxt.group(1).lower())) if nxt else None
        if nxt and phrase:
            phrase_end = m.end() + nxt.end()
            out.append((phrase, m.start(), phrase_end))
        elif word in cues._TARGET_OF:
            out.append((cues._TARGET_OF[word], m.start(), m.end()))
    return out


def _text(pieces: list[str], joints: list[str]) -> str:
    out = pieces[0]
    for n, piece in enumerate(pieces[1:]):
        out += joints[n % len(joints)] + piece
    return out


texts = st.builds(
    _text,
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=25),
    st.lists(st.sampled_from(JOINTS), min_size=1, max_size=5),
)


@settings(max_examples=150, deadline=None)
@given(texts, st.sampled_from([None, "Blasts hit a market and a hospital"]), st.data())
def test_a_sentences_targets_from_the_whole_report(text: str, title: str | None, data: st.DataObject) -> None:
    reading = read_text(Document("d", text, title=title))
    # cuts anywhere, and cuts in and around the words of the table ("school|house", "gas| station")
    near = sorted({m.start() + k for m in _NEAR.finditer(text) for k in range(10)} & set(range(1, len(text))))
    start = data.draw(st.integers(0, len(text) - 1) | (st.sampled_from(near) if near else st.nothing()))
    ends = [i for i in near if i > start]
    end = data.draw(st.integers(start + 1, len(text)) | (st.sampled_from(ends) if ends else st.nothing()))
    got = reading.sentence_targets(start, end)
    if got is not None:
        assert got == cues.targets(text[start:end])
    # the lead: the headline and the body's first characters
    lead_end = data.draw(st.integers(1, len(reading.names_text)))
    lead = reading.head_targets(0, lead_end)
    if lead is not None:
        assert lead == cues.targets(reading.names_text[:lead_end])


@settings(max_examples=60, deadline=None)
@given(texts)
def test_quick_reader_finds_what_the_walk_finds(text: str) -> None:
    assert list(cues._target_words(text)) == _walk(text)


@given(st.text(alphabet="aAbBcCdeéhilmoprstnİK\u212a \n.,'-", max_size=80))
def test_quick_reader_on_any_letters(text: str) -> None:
    text = f"{text} market Bar {text} medical Center"
    assert list(cues._target_words(text)) == _walk(text)


def test_a_report_cut_at_its_sentences_is_read_from_the_reading() -> None:
    text = "Shells hit a school. Hospital officials said 40 died.\nA gas station burned."
    reading = read_text(Document("d", text))
    for sentence, expected in [
        ("Shells hit a school.", ["school"]),
        ("Hospital officials said 40 died.", []),
        ("A gas station burned.", ["store"]),
    ]:
        start = text.index(sentence)
        assert reading.sentence_targets(start, start + len(sentence)) == expected


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The schoolhouse burned.", 0, len("The school")),  # a word cut at the end reads as another word
        ("The gas station burned.", 0, len("The gas")),  # a phrase cut after its first word
        ("The gas station burned.", len("The gas "), len("The gas station")),  # ... or before its second
        ("A bar, a pub.", 3, 13),  # a word cut at the start
    ],
)
def test_a_span_cut_across_a_word_or_phrase_is_read_alone(text: str, start: int, end: int) -> None:
    found = cues.find_targets(text)
    assert spans_within(found, [s for _, s, _ in found], text, start, end) is None
