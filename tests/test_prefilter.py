"""RE2's pre-filters rule out only what the Python patterns could not match (see prefilter.py)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from casualty_cli.extraction import patterns as P
from casualty_cli.extraction.context import cue_pattern
from casualty_cli.extraction.dates import _DATE_PHRASE
from casualty_cli.extraction.earlier import finditer_where_it_may
from casualty_cli.extraction.lexicon import lexicon
from casualty_cli.extraction.prefilter import _FOLD_ERRORS, _FREQUENT, fold, leftmost, relaxed, relaxed_source
from casualty_cli.extraction.statements import _CLAIM, _Reader
from casualty_cli.model import Document

_EVERY_CHARACTER = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
_LIVEBLOG = (Path(__file__).parent / "fixtures" / "liveblog-2016-02-16.txt").read_text(encoding="utf-8")
# characters the fold must get right: what re.I matches with an ASCII letter, Python's other spaces,
# a non-ASCII digit, letter and space, dashes and quotes
_ODD = ["\u212a", "\u017f", "\u0130", "\u0131", "\x0b", "\x1c", "\u0663", "é", "É", "\xa0", "—", "–", "’", "‘", "“", "_"]


def _texts(n: int, seed: int, more: list[str] | None = None) -> list[str]:
    """Sentences of the live blog's words, the patterns' words and odd characters, mixed at random."""
    rng = random.Random(seed)
    words = _LIVEBLOG.split()
    words += [*sorted(lexicon().plural)[::3], *sorted(lexicon().singular)[::3]]
    words += re.findall(r"[a-z]+", P.CUMULATIVE_RE.pattern + P.SURVIVED_RE.pattern)
    words += ["were", "was", "shot", "and", "two", "21,", "Maria", "Lopez,", "12-year-old", "of", "whom", ","]
    words += (more or []) * 30
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 14)):
            w = rng.choice(words) if rng.random() > 0.1 else rng.choice(_ODD)
            w = w.capitalize() if rng.random() < 0.2 else w.upper() if rng.random() < 0.03 else w
            parts.append(w)
            parts.append(rng.choice([" ", " ", " ", "  ", ", ", "\u212a" if rng.random() < 0.01 else " "]))
        out.append("".join(parts))
    return out


def test_fold_keeps_offsets_and_lower_case() -> None:
    folded = fold(_EVERY_CHARACTER)
    assert len(folded) == len(_EVERY_CHARACTER)
    assert folded.isascii()
    # _Reader lower-cases a character only when it stays one character; the fold of that is the fold's lower case
    lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in _EVERY_CHARACTER)
    assert fold(lowered) == folded.lower()


@given(st.text(alphabet=st.sampled_from([*"aZ1 .\u0663\xa0é\u212a", *(c for c, _ in _FREQUENT)])))
def test_fold_replaces_frequent_characters_as_the_error_handler_folds_them(text: str) -> None:
    assert fold(text) == text.encode("ascii", errors=_FOLD_ERRORS)


def test_the_sentence_prefilter_finds_every_match() -> None:
    found = P.context_prefilter()
    checked = dated = claimed = 0
    months = ["Feb.", "February", "Monday", "15,", "2016", "2/15/2016", "2016-02-15", "today", "ago", "days", "last"]
    # (claims, which the generated texts hold none of)
    claims = ["The rebels claim 20 fatalities.", "Local sources put the toll at 160.", "Some reports say 110 died.",
              "The monitor gave a higher toll of eight dead.", "Another source said 12 were killed."]
    for text in [*_texts(3000, 1), *_texts(1000, 3, months), *_LIVEBLOG.splitlines(), *claims]:
        low = _Reader(Document(id="t", text=text)).lowered
        maybe = found.Match(fold(low)) or ()
        if P.SURVIVED_RE.search(low):
            checked += 1
            assert P.SURVIVED in maybe, text
        # (the running totals are no member of the set: their search asks RE2 where they may stand)
        cumulative = [m.span() for m in P.CUMULATIVE_RE.finditer(low)]
        checked += bool(cumulative)
        assert [m.span() for m in finditer_where_it_may(P.CUMULATIVE_RE, low, fold(low))] == cumulative, text
        if cue_pattern().search(low):
            checked += 1
            assert P.CUE in maybe, text
        if _DATE_PHRASE.search(text):  # the dates' pattern reads the text as it is
            dated += 1
            assert P.DATE in maybe, text
        if _CLAIM.search(low):
            claimed += 1
            assert P.CLAIM in maybe, text
    assert checked > 150
    assert dated > 100
    assert claimed >= len(claims)


def test_relaxed_widens_what_re2_cannot_run() -> None:
    source = relaxed_source(r"(?P<a>\bab(?=c)(?<!x)\s[^,;.]{1,40}\S\$ ’ x{0,3} #comment" + "\n" + r")$", re.X)
    assert source == r"(?:\bab[\t\n\x0b\x0c\r\x1c-\x1f ][^,;.]{1,}[^\t\n\x0b\x0c\r\x1c-\x1f ]\x24\x27x{0,3})\n?$"
    assert relaxed(r"\d+\s+killed", 0).search(fold("\u0663\xa0killed")) is not None


def test_leftmost_is_the_public_search() -> None:
    pattern = relaxed(r"\bshot|(?=x)", 0)
    find = leftmost(pattern)
    for text in [b"", b"he was shot", b"x shot", b"mugshot shot", b"none"]:
        for pos in range(len(text) + 1):
            m = pattern.search(text, pos, len(text))
            assert find(text, pos, len(text)) == ((-1, -1) if m is None else m.span()), (text, pos)


def test_running_totals_are_read_where_re2_finds_they_may_stand() -> None:
    """A sentence's cues of a running total are read by ``re`` only from the places RE2 finds one may stand
    (earlier.finditer_where_it_may): the matches are finditer's, all of them, with their groups."""
    from casualty_cli.extraction.earlier import finditer_where_it_may

    checked = 0
    months = ["since", "in", "the", "past", "two", "weeks", "across", "country", "2016", "war", "attacks", "this"]
    for text in [*_texts(4000, 5, months), *_LIVEBLOG.splitlines()]:
        low = _Reader(Document(id="t", text=text)).lowered
        expected = [(m.span(), m.groupdict()) for m in P.CUMULATIVE_RE.finditer(low)]
        found = [(m.span(), m.groupdict()) for m in finditer_where_it_may(P.CUMULATIVE_RE, low, fold(low))]
        assert found == expected, text
        checked += bool(expected)
    assert checked > 80
