"""_SubjectEnds finds its space runs from the right: the same as the leftmost ``[\\s,]*\\s`` matches, the last 12."""

from __future__ import annotations

import random
import re

from casualty_cli.extraction import patterns as P
from casualty_cli.extraction.statements import (
    _HYPOTHETICAL_AUX,
    _NEGATED_AUX,
    _QUESTION_ENDS,
    _no_figure_before,
    _SubjectEnds,
)

_SPACE_RUN = re.compile(r"[\s,]*\s")


def test_space_runs_from_the_right_are_the_leftmost_matches() -> None:
    """_SubjectEnds finds its space runs from the right: the leftmost ``[\\s,]*\\s`` matches, the last 12."""
    rng = random.Random(7)
    pieces = [" ", ",", "\n", "\t", "a", "B", "\xa0", "\u2028", ",,", " ,", "x y", "were", "Two men"]
    for _ in range(20000):
        left = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        expected = [m.start() for m in _SPACE_RUN.finditer(left)][-12:]
        asked_first = _SubjectEnds(left)
        assert asked_first.any() == any(_SubjectEnds(left).at(p) for p in reversed(expected)), left
        assert asked_first.spaces == expected, left
        assert _SubjectEnds(left).spaces == expected, left


def test_word_tests_before_the_searches() -> None:
    rng = random.Random(11)
    pieces = ["if", "IF", "If", "whether", "WHETHER", " ", "\n", "\xa0", "not", "never", "n't", "n’t", "be",
              "could", "would", "x", "ı", "İ", "ſ", "-", "can", "Be", "wONT"]
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        start = rng.randint(0, len(text))
        if P.QUESTIONED_RE.search(text, max(0, start - 12), start):
            assert text[max(0, start - 12) : start].rstrip().endswith(_QUESTION_ENDS), (text, start)
        aux = text.lower()
        if _NEGATED_AUX.search(aux):
            assert "not" in aux or "never" in aux or "n't" in aux or "n’t" in aux, aux
        if _HYPOTHETICAL_AUX.search(aux):
            assert "be" in aux, aux


def test_no_figure_before_never_rules_out_a_match() -> None:
    """_no_figure_before is exact: where it says FIGURE_BEFORE_RE cannot match, it does not."""
    rng = random.Random(13)
    pieces = ["5", "1,200", "1.2 million", "twenty-five", "Twenty", "someone", "dozen", "a few", "several", "couple",
              "dozens of", "at least 3", "more", "More", "TOTAL", "new", "other", "civilian", "reported", "ſix",
              "\u212aids", "people", "x", "3x", "-", ",", " ", "  ", "\n", "\xa0", "\t", "seventeen", "hundreds"]
    ruled_out = 0
    for _ in range(40000):
        left = "".join(rng.choice(pieces) + rng.choice(["", " ", " "]) for _ in range(rng.randint(0, 7)))
        if _no_figure_before(left):
            ruled_out += 1
            assert P.FIGURE_BEFORE_RE.search(left) is None, repr(left)
    assert ruled_out > 10000  # the test rules out enough texts to mean something
