"""_SubjectEnds finds its space runs from the right: the same as the leftmost ``[\\s,]*\\s`` matches, the last 12."""

from __future__ import annotations

import random
import re

from casualty_cli.extraction.statements import _SubjectEnds

_SPACE_RUN = re.compile(r"[\s,]*\s")


def test_space_runs_from_the_right_are_the_leftmost_matches() -> None:
    rng = random.Random(7)
    pieces = [" ", ",", "\n", "\t", "a", "B", "\xa0", "\u2028", ",,", " ,", "x y", "were", "Two men"]
    for _ in range(20000):
        left = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        expected = [m.start() for m in _SPACE_RUN.finditer(left)][-12:]
        asked_first = _SubjectEnds(left)
        assert asked_first.any() == any(_SubjectEnds(left).at(p) for p in reversed(expected)), left
        assert asked_first.spaces == expected, left
        assert _SubjectEnds(left).spaces == expected, left
