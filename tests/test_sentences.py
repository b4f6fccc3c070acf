"""The lazy sentence index finds the sentences split_sentences lists; its fast paths match plain loops."""

from __future__ import annotations

import random
import re
from bisect import bisect_right

import pytest

from casualty_cli.extraction import sentences
from casualty_cli.extraction.sentences import _CLOSERS, SentenceIndex, _headline_lines, split_sentences


def reference_lines(text: str) -> list[tuple[int, int, bool]]:
    """_headline_lines as it was first written: a loop over the lines, stripped by str.isspace()."""
    lines: list[tuple[int, int]] = []
    pos = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        if nl < 0:
            nl = len(text)
        s, e = pos, nl
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            lines.append((s, e))
        pos = nl + 1
    out = []
    for i, (s, e) in enumerate(lines):
        is_head = False
        if i + 1 < len(lines) and e - s <= 160 and text[e - 1] not in _CLOSERS:
            # a capital, or a live blog's clock time and a capital ("10:42 Missile strike ...")
            timed = re.match(r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s+[A-Z]", text[s:e]) is not None
            is_head = i == 0 or (text.count(" ", s, e) + 1 <= 20 and (text[s].isupper() or timed))
        out.append((s, e, is_head))
    return out


def test_lines_and_headlines_are_those_of_the_plain_loop() -> None:
    rng = random.Random(5)
    # spaces str.isspace() knows besides " " and "\n" (\r, \x1c, no-break, line separator), closers,
    # capitals and not, and long lines (more than 160 characters, more than 20 words)
    pieces = [" ", "\n", "\n\n", "\r\n", "\t", "\x0b", "\x1c", "\xa0", "\u2028", "\u3000", ".", ":", "”", "'",
              "Two men shot", "police said", "É", "é", "x" * 150, "a b c d e f g h i j ", "Z",
              "A" + " w" * 19, "A" + " w" * 20, "10:42 ", "9.15 GMT ", "1:05 pm ", "0:47", "12:30 x"]  # 20 words, 21
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert _headline_lines(text) == reference_lines(text), repr(text)


def test_the_index_finds_what_a_search_of_all_sentences_finds() -> None:
    rng = random.Random(11)
    pieces = ["Two men were shot", ". ", "\n", "\n\n", " ", "St. Louis", "dead.The", "Police said", "?", "! ", "“Quote.” ", "a",
              "Approx. 5", "Mmmapprox. 5", "U.S. Army", "Breaking News"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        sentences = split_sentences(text)
        starts = [s.start for s in sentences]
        index = SentenceIndex(text)
        for pos in range(len(text) + 1):
            i = bisect_right(starts, pos) - 1
            assert index.find(pos) == (sentences[i] if i >= 0 else None), (text, pos)



#: The word before a boundary, as _line_sentences was first written to find it
WORD_BEFORE = re.compile(r"([\w.]+)$")
#: A line without the spaces around it, as _line_spans was first written to find it
LINE = re.compile(r"\S(?:[^\n]*\S)?")


def reference_cut(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """_line_sentences as it was first written: every boundary match, the word before it in 12 characters."""
    spans = []
    start = s
    for m in sentences._BOUNDARY.finditer(text, s, e):
        w = WORD_BEFORE.search(text, max(start, m.start() - 12), m.start())
        if w is not None:
            word = w.group(1).lower()
            if word in sentences._ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        spans.append((start, m.start() + 1))
        start = m.end()
    if start < e:
        spans.append((start, e))
    return spans


def test_a_line_is_cut_as_by_every_boundary_match() -> None:
    """The shortcuts (no punctuation before the last two characters, a short window) change no cut."""
    rng = random.Random(3)
    words = ["approx", "Approx", "xapprox", "U.S", "xU.S", "u.s.a", "St", "Mr", "J", "é", "word", "x" * 11, "_", "."]
    pieces = [*words, " ", ". ", "? ", "! ", ".", "!", "?", "”", ")", "A", "Two", "Ab", "dead.The", "\xa0"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))).strip()
        for s, e in sentences._line_spans(text):
            cut = [(x.start, x.end) for x in sentences._line_sentences(text, s, e, None)]
            assert cut == reference_cut(text, s, e), repr(text)


def test_lines_are_found_as_by_a_pattern_of_them() -> None:
    """_line_spans finds each line with str.find: the spans a pattern of a line without its spaces finds."""
    rng = random.Random(5)
    pieces = ["word", " ", "\n", "\r\n", "\t", "\xa0", "\u2028", "\x1c", "\x85", ".", "é", "\n\n  \n"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert sentences._line_spans(text) == [m.span() for m in LINE.finditer(text)], repr(text)


def test_a_post_headline_may_open_with_its_clock_time() -> None:
    text = "Live: the war\n\n10:42 Missile strike on port kills two\nA missile hit the port overnight.\n"
    assert [h for _s, _e, h in _headline_lines(text)] == [True, True, False]


# Pages glued by scraping lose the space after a full stop: a period between a lower-case word and a
# capitalised one ends a sentence, as before the one-letter words "A" and "I".
GLUED = [
    ("Five others were injured.A third man was arrested.", ["Five others were injured.", "A third man was arrested."]),
    ("Two were hurt.I saw it.", ["Two were hurt.", "I saw it."]),
    ("Two were hurt.Police came.", ["Two were hurt.", "Police came."]),
    ("He lives in the U.S.A few are here.", ["He lives in the U.S.A few are here."]),
]


@pytest.mark.parametrize(("text", "cut"), GLUED)
def test_glued_sentences_are_cut(text: str, cut: list[str]) -> None:
    assert [text[s.start : s.end] for s in split_sentences(text)] == cut


# --- where a sentence opens and closes, found by hand (sentence_open, sentence_close) ------------------------

OPENS = [
    # (text, the place asked about marked by "|", where the sentence opens marked by "^" in the answer)
    ("Two died.| Those blasts", "^Two died.| Those blasts"),
    ("Two died. Those |blasts", "Two died. ^Those |blasts"),
    ("Headline\nSeven were |hurt", "Headline\n^Seven were |hurt"),
    ("No stop before |here", "^No stop before |here"),  # the text's start, not one past it
    ("A. B.\nC d |e", "A. B.\n^C d |e"),
]


@pytest.mark.parametrize(("text", "answer"), OPENS)
def test_a_sentence_opens_after_the_last_stop_or_line_end(text: str, answer: str) -> None:
    at = text.index("|")
    plain = text.replace("|", "")
    opens = answer.replace("|", "").index("^")
    assert sentences.sentence_open(plain, at) == opens


@pytest.mark.parametrize(
    ("text", "close"),
    [("Two died. Those", "Two died"), ("Seven hurt\nMore", "Seven hurt"), ("No end", "No end"), ("3.5 km. Then", "3.5 km")],
)
def test_a_sentence_closes_at_a_stop_or_line_end(text: str, close: str) -> None:
    assert sentences.sentence_close(text, 0) == len(close)


def test_a_window_floors_where_a_sentence_opens() -> None:
    text = "An old sentence. " + "x" * 50 + " among the dead were six"
    at = text.index("six")
    assert sentences.sentence_open(text, at) == len("An old sentence. ")
    assert sentences.sentence_open(text, at, at - 20) == at - 20


@pytest.mark.parametrize("text", ["", "a", "a. ", "a.  \n ", " \t", "word word  "])
def test_text_end_before_is_rstrip_without_a_copy(text: str) -> None:
    for at in range(len(text) + 1):
        assert sentences.text_end_before(text, at) == len(text[:at].rstrip())
