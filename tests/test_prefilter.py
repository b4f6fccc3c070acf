"""RE2's pre-filters rule out only what the Python patterns could not match (see prefilter.py)."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import pytest
import re2
from hypothesis import given, settings
from hypothesis import strategies as st

from casualty_cli.extraction import patterns as P
from casualty_cli.extraction.context import cue_pattern
from casualty_cli.extraction.dates import _DATE_PHRASE
from casualty_cli.extraction.prefilter import fold, leftmost, relaxed, relaxed_source
from casualty_cli.extraction.reversal import reversed_source
from casualty_cli.extraction.statements import _Reader
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
    words += re.findall(r"[a-z]+", P._PLURAL_LIST + P._SINGULAR_LIST + P.CUMULATIVE_RE.pattern + P.SURVIVED_RE.pattern)
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


def test_the_sentence_prefilter_finds_every_match() -> None:
    found = P.context_prefilter()
    checked = dated = 0
    months = ["Feb.", "February", "Monday", "15,", "2016", "2/15/2016", "2016-02-15", "today", "ago", "days", "last"]
    for text in [*_texts(3000, 1), *_texts(1000, 3, months), *_LIVEBLOG.splitlines()]:
        low = _Reader(Document(id="t", text=text)).lowered
        maybe = found.Match(fold(low)) or ()
        for index, pattern in enumerate((P.CUMULATIVE_RE, P.SURVIVED_RE)):
            if pattern.search(low):
                checked += 1
                assert index in maybe, (pattern.pattern[:30], text)
        if cue_pattern().search(low):
            checked += 1
            assert P.CUE in maybe, text
        if _DATE_PHRASE.search(text):  # the dates' pattern reads the text as it is
            dated += 1
            assert P.DATE in maybe, text
    assert checked > 150
    assert dated > 100


def test_the_subject_prefilter_starts_no_later_than_any_subject() -> None:
    checked = 0
    lines = [line[: i] for line in _LIVEBLOG.splitlines() for i in range(0, len(line), 37)]
    for left in [t + " were " for t in _texts(1500, 2)] + lines:
        folded = fold(left)
        first = P.subject_prefilter()(folded)
        for pos in range(len(left)):
            if any(match(left, pos) for match in P.subject_matchers(True, True)):
                checked += 1
                assert 0 <= first <= pos, (left, pos)
    assert checked > 300


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


# --- The reversed pre-filter (reversal.py, prefilter.leftmost_to_end) ---

# Sentences of my own making, each as the text before an outcome verb: a subject of each form, an
# auxiliary tail, a Kelvin sign and a non-ASCII space, a final newline ($ matches before it).
_BEFORE_TRIGGERS = [
    "Authorities said two teenagers and a 45-year-old man were ",
    "Both the driver and his passenger, 19, were ",
    "both legs and one arm were ",
    "The victim, 23, was ",
    "Officers found that Maria Lopez, 34, and Daniel Ruiz, 36, were ",
    "A third person, identified as Kevin Marsh, was later ",
    "Seven of them were ",
    "Among those hurt, three young children were\n",
    "Police said the gunman, who was ",
    "His 12- and 10-year-old sons were ",
    "his sons, ages 3 and 4, were ",
    "Another man was ",
    "He was critically ",
    "At least 14 people, including five police officers, were ",
    "Officials said a family of four had been ",
    "Nobody in the crowd of roughly two hundred was ",
    "a trader and his daughter were ",
    "All 11 passengers aboard the bus were reportedly ",
    "The boy was taken to a nearby hospital where he was ",
    "Dozens of protesters were \u212anown to have been ",
    "Two\xa0men in their twenties were ",
    "The couple's neighbour, a 70-year-old widow, was ",
    "In a statement on Tuesday the ministry said that ",
    "one other person was ",
]


def _start_by_python(left: str) -> int:
    """The first place any of the subjects' Python matchers matches in ``left``, -1 for none."""
    for pos in range(len(left) + 1):
        if any(match(left, pos) for match in P.subject_matchers(True, True)):
            return pos
    return -1


def test_the_reversed_subject_prefilter_starts_no_later_than_the_python_matchers() -> None:
    find = P.subject_prefilter()
    matched = 0
    lefts = [*_BEFORE_TRIGGERS, *(t + " were " for t in _texts(400, 5))]
    lefts += ["Earlier today, " + t for t in _BEFORE_TRIGGERS]
    for left in lefts:
        first, python = find(fold(left)), _start_by_python(left)
        if python >= 0:
            matched += 1
            assert 0 <= first <= python, (left, first, python)
    assert matched > 100


def test_the_reversed_subject_prefilter_finds_what_the_forward_search_finds() -> None:
    # Reversal keeps the language exactly: the start is the forward search's, not merely no later.
    forward = leftmost(relaxed(P.subject_whole_source(), P._F))
    find = P.subject_prefilter()
    lefts = [*_BEFORE_TRIGGERS, *(t + " were " for t in _texts(800, 6)), *(t + " was\n" for t in _texts(200, 7))]
    found = 0
    for left in lefts:
        folded = fold(left)
        start = forward(folded, 0, len(folded))[0]
        assert find(folded) == start, left
        found += start >= 0
    assert found > 250


_REVERSALS = [
    # (RE2 source, its reversal): each construct alone
    ("abc", "cba"),
    ("ab|cd", "ba|dc"),
    ("a(?:bc|d)e", "e(?:cba|da)"),  # groups of letters are written out, as a tree
    ("abc+", "c+ba"),
    ("a(?:bc)+", "(?:cb)+a"),
    ("(?:ab){2,}?x", "x(?:ba){2,}?"),
    ("a{1,3}b*c?", "(?:|c)b*a{1,3}"),  # an optional letter too
    ("[^,;.]+x[a-z']", "[a-z']x[^,;.]+"),
    (r"\d\s\w\bx\B", r"\Bx\b\w\s\d"),
    (r"^ab$", r"^ba$"),
    (r"\Aab\z", r"\Aba\z"),
    (r"a\n?$", r"^(?:\x0aa|a)"),
    (r"a\x27\.\ b", r"b\x20\x2e\x27a"),
    (r"(ab)(?P<n>cd)", r"dcba"),
    ("(?i)ab|CD", "(?i)ba|dc"),
    ("(?i)x(?-i:[A-Z][a-z]+)", "(?i)(?-i:[a-z]+[A-Z])x"),
    ("x(?i:ab)", "(?i:b)(?i:a)x"),  # in a word, each letter in the other case mode
    ("(?i)a(?-i:b)c", "(?i)c(?-i:b)a"),
    # a set of a letter's two cases is that letter, and word lists are written out, reversed and sorted
    ("(?i)(?:(?-i:[Mm])(?:an|en)|(?-i:[Ww])oman)s?", "(?i)n(?:am(?:|ow)|em)|sn(?:am(?:|ow)|em)"),
    ("(?-i:[iIii])n", "n(?i:i)"),
    ("(?:men|police[ ]+officers|women)", "nem(?:|ow)|sreciffo[ ]+ecilop"),
    ("(?:|ab|c)d", "d(?:|ba|c)"),
    ("a{,2}}]", r"\x5d\x7d\x7d2\x2c\x7ba"),
    # a group written twice is read once, in each case mode it stands in
    ("(?:a|bc)d(?:a|bc)", "ad(?:a|cb)|cbd(?:a|cb)"),
    ("(?i)(?:ab|c)x(?-i:(?:ab|c))", "(?i)(?-i:b)(?-i:a)x(?:ba|c)|(?-i:c)x(?:ba|c)"),
    ("(?:ab|c)+(?:ab|c)", "(?:ba|c)(?:ba|c)+"),
]


@pytest.mark.parametrize(("source", "expected"), _REVERSALS)
def test_reversed_source_of_each_construct(source: str, expected: str) -> None:
    assert reversed_source(source) == expected


@pytest.mark.parametrize("source", [r"\pL", r"a\Qb\E", r"a(?i)b", r"(?s:a.)", r"(?m)^a", r"(ab", r"ab)", r"*a", r"\1"])
def test_reversed_source_refuses_what_it_does_not_understand(source: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the message names the construct
        reversed_source(source)


def _latin1(source: str, longest: bool = False) -> Any:
    options = re2.Options()
    options.encoding = re2.Options.Encoding.LATIN1
    options.longest_match = longest
    return re2.compile(source.encode("latin-1"), options)


_ATOMS = ["a", "b", "B", "0", " ", r"\x27", r"\.", "[ab]", "[^a]", "[a-c]", "[Bb]", r"\d", r"\s", r"\w", ".", r"\b", r"\B", "^", "$"]


@st.composite
def _re2_sources(draw: st.DrawFn, depth: int = 3) -> str:
    """Small RE2 sources of every construct reversed_source reads."""
    if depth == 0 or draw(st.booleans()):
        return draw(st.sampled_from(_ATOMS))
    kind = draw(st.sampled_from(["seq", "seq", "alt", "group", "repeat", "case"]))
    if kind == "seq":
        return "".join(draw(st.lists(_re2_sources(depth - 1), min_size=2, max_size=4)))
    if kind == "alt":
        return "(?:" + "|".join(draw(st.lists(_re2_sources(depth - 1), min_size=1, max_size=4))) + ")"
    inner = draw(_re2_sources(depth - 1))
    if kind == "group":
        return draw(st.sampled_from(["(?:", "(", "(?P<g>"])) + inner + ")"
    if kind == "case":
        return draw(st.sampled_from(["(?i:", "(?-i:"])) + inner + ")"
    op = draw(st.sampled_from(["*", "+", "?", "{2}", "{1,3}", "{0,}", "*?", "??"]))
    return "(?:" + inner + ")" + op


@given(_re2_sources(), st.booleans(), st.lists(st.text(alphabet="abAB0 .'\n", max_size=7), min_size=1, max_size=6))
@settings(max_examples=300, deadline=None)
def test_the_reversed_pattern_starts_where_the_forward_one_starts(source: str, fold_all: bool, texts: list[str]) -> None:
    """Where a match that runs to the end of the text starts first, read forwards and backwards."""
    source = ("(?i)" if fold_all else "") + source.replace("(?P<g>", "(?:")
    forward = _latin1(source + r"\z")
    backward = _latin1(reversed_source(source), longest=True)
    for text in texts:
        data = text.encode()
        first = next((k for k in range(len(data) + 1) if forward.match(data, k) is not None), -1)
        m = backward.match(data[::-1])
        assert (-1 if m is None else len(data) - m.end()) == first, (source, text)
