"""_no_object rules out only texts where OBJECT_RE cannot match: checked on generated and written texts."""

from __future__ import annotations

import random

import pytest

from casualty_cli.extraction import patterns as P
from casualty_cli.extraction.statements import _NO_OBJECT_WORDS, _match_object, _no_object

# Words that open objects or change them, odd spaces and letters re.I folds oddly among them.
_PIECES = [
    *sorted(_NO_OBJECT_WORDS), "At", "IN", "least", "LEAST", "leaſt", "excess", "of", "year", "years", "old",
    "year-old", "wee\u212a", "week", "month", "two", "three", "a", "the", "his", "her", "him", "man", "woman",
    "people", "Maria Lopez", "roommate", "neighbor", "back", "head", "Sunday", "scene", "5", "12-year-old",
    "in-law", ",", ".", "-", "x", "security guard", "gunman", "dozen", "a dozen", "and his wife",
]
_SPACES = [" ", "  ", "\t", "\n", "\xa0", "\u2028", ""]


def _text(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randint(0, 7)):
        out.append(rng.choice(_SPACES) if rng.random() < 0.3 else " ")
        out.append(rng.choice(_PIECES))
    return "".join(out)


def test_rules_out_only_where_the_object_pattern_fails() -> None:
    rng = random.Random(3)
    ruled_out = 0
    for _ in range(40000):
        right = _text(rng)
        if _no_object(right):
            ruled_out += 1
            assert P.OBJECT_RE.match(right) is None, right
    assert ruled_out > 10000  # the generator reaches the rule-outs, not only texts that open with a noun


@pytest.mark.parametrize(
    ("right", "ruled_out"),
    [
        (" in the shoulder during a fight.", True),
        (" on the porch of a house", True),
        (" at the park", True),
        (".", True),
        ("", True),
        (" at least four bystanders", False),  # a figure
        (" in excess of 40 villagers", False),
        (" in year old boy", False),  # a bare noun, however odd
        (" two hikers", False),
        (" In Tacoma", False),  # a capital may open a name
        (" into the crowd", True),
        (" by a stray bullet", False),  # "by" may be a filler of a bare noun: only OBJECT_RE can tell
    ],
)
def test_written_objects(right: str, ruled_out: bool) -> None:
    assert _no_object(right) is ruled_out
    if ruled_out:
        assert _match_object(right) is None or "age" in right or "-old" in right
    if right.startswith((" at least", " in excess", " two")):
        assert _match_object(right) is not None


def test_survival_needs_one_of_its_words() -> None:
    """_Reader.says_survived skips a sentence's RE2 pass where none of SURVIVED_WORDS stands in it."""
    rng = random.Random(5)
    pieces = ["survived", "survives", "expected to live", "is recovering", "on life support", "non-life threatening",
              "minor injuries", "doing well", "not life-threatening", "treated and released", "in stable condition",
              "in a good condition", "was", "the man", " ", ",", "surviv", "life", "stable", "good", "\n"]
    for _ in range(20000):
        low = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        if P.SURVIVED_RE.search(low):
            assert any(w in low for w in P.SURVIVED_WORDS), low


def test_as_many_needs_many() -> None:
    """_Reader.read searches AS_MANY_BEFORE_RE only where the lower-cased text holds "many"."""
    rng = random.Random(9)
    pieces = ["as", "AS", "many", "MANY", "Many", "others", "more", "were", "have been", " ", "\xa0", "x", "maNy", "ma ny"]
    for _ in range(20000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        if P.AS_MANY_BEFORE_RE.search(text):
            assert "many" in text.lower(), text
