"""tokens.lowered: the quick lower-casing of texts whose only characters beyond ASCII are quotes and
dashes gives what the character-by-character one gives, on any text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casualty_cli.extraction.tokens import (
    _STAND_INS,
    FREQUENT_NON_ASCII,
    _lowered_as_ascii,
    lowered,
    lowered_slowly,
)

# ASCII of both cases, the quotes and dashes, their stand-ins, a letter beyond ASCII of each case, one
# whose small form is longer, and an uncased sign beyond ASCII
_ALPHABET = st.sampled_from([*"Aa Z.1", *FREQUENT_NON_ASCII, *(s for _, s in _STAND_INS), "é", "É", "\u0130", "©"])


@given(st.text(alphabet=_ALPHABET))
def test_lowered_is_the_slow_lowering(text: str) -> None:
    lowered.cache_clear()
    assert lowered(text) == lowered_slowly(text)


def test_the_frequent_characters_have_no_case() -> None:
    assert all(c.lower() == c == c.upper() for c in FREQUENT_NON_ASCII)


@pytest.mark.parametrize(
    ("text", "quick"),
    [
        ("Police said: “Two Died” — ‘Officers’", "police said: “two died” — ‘officers’"),
        ("The Mayor’s Office", "the mayor’s office"),
        ("Café “Two”", None),  # a letter beyond ASCII: lower-cased character by character
        ("A\x04B — C", None),  # the dash's stand-in in the text: the same
        ("A\x01B — C", "a\x01b — c"),  # another's, of a character not there: no matter
    ],
)
def test_quick_lowering_only_where_it_holds(text: str, quick: str | None) -> None:
    assert _lowered_as_ascii(text) == quick
    assert lowered(text) == lowered_slowly(text)
