"""Reading the figure of a casualty statement: "at least 80", "between 20 and 30", "dozens", "1.2 million".

:data:`NUMBER` is a regex fragment that matches one number (digits, scales, number words, "a dozen") and
:data:`FIGURE` one number with its qualifier or range. :func:`parse_figure` turns the matched text into a
:class:`Figure`. English number words go through text2num (a well-kept library that, unlike
word2number, never sums unrelated words); the words it does not know ("dozen", "dozens", "scores",
"several") are read here, as vague ranges where they are vague, never as a made-up exact point.

>>> parse_figure("at least 80")
Figure(best=80, low=80, high=None, qualifier='at least')
>>> parse_figure("between 20 and 30")
Figure(best=None, low=20, high=30, qualifier='range')
>>> parse_figure("one hundred and twenty")
Figure(best=120, low=120, high=120, qualifier='exact')
>>> parse_figure("dozens")
Figure(best=None, low=24, high=None, qualifier='vague')
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, final

from mypy_extensions import mypyc_attr

from casualty_cli.extraction import compiled

_UNITS: Final = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
_TENS: Final = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES: dict[str, int] = {w: i for i, w in enumerate(_UNITS)}
WORD_VALUES.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})

_SCALE_WORDS: Final = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
#: South Asian English's scales: "2.3 lakh people" is 230,000 ("crore", ten million, is mostly money).
INDIAN_SCALES: Final = {"lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
#: Words of a multiple: "about twice as many wounded" as the figure told before.
TIMES_AS_MANY: Final = {"twice": 2, "thrice": 3}

#: One number word; longest alternatives first so "seventeen" is not read as "seven".
_WORD: Final = r"(?:" + "|".join(sorted([*WORD_VALUES, "hundred", "thousand", "million", *INDIAN_SCALES], key=len, reverse=True)) + r")"

#: Vague quantity words: (low, high). None for an open end. They are ranges, never a point.
VAGUE: dict[str, tuple[int, int | None]] = {
    "a couple of": (2, 2),
    "a couple": (2, 2),
    "a few": (2, 5),
    "several": (3, 9),
    "a handful of": (2, 6),
    "several dozen": (36, None),
    "several hundred": (300, None),
    "several thousand": (3000, None),
    "a few hundred": (200, None),
    "a few thousand": (2000, None),
    "dozens of": (24, None),
    "dozens": (24, None),
    "scores of": (40, None),
    "scores": (40, None),
    "hundreds of": (200, None),
    "hundreds": (200, None),
    "thousands of": (2000, None),
    "thousands": (2000, None),
    "tens of thousands of": (20_000, None),
    "tens of thousands": (20_000, None),
    "hundreds of thousands of": (200_000, None),
    "hundreds of thousands": (200_000, None),
    # a count the report does not know: "6 soldiers and an unknown number of militants were killed"
    # counts the 6 (a figure of its own, it adds no best to a list's)
    "an unknown number of": (1, None),
    "an unknown number": (1, None),
    "an undetermined number of": (1, None),
    "an undetermined number": (1, None),
    "an unspecified number of": (1, None),
    "an unspecified number": (1, None),
    "an undisclosed number of": (1, None),
    "an undisclosed number": (1, None),
    "an unconfirmed number of": (1, None),
    "an unconfirmed number": (1, None),
    "many": (2, None),
    "numerous": (2, None),
}

NUMBER: Final = (
    r"""(?:
      \d{1,3}(?:,\d{3})+(?!\d)                # 1,200
    | \d+(?:\.\d+)?(?!\.?\d|[a-z])(?:\s+(?:million|thousand|lakhs?|crores?)(?![a-z]))?  # 80, 1.2 million, 2.3 lakh; never part of "22"
    | (?:a\s+|one\s+|two\s+|three\s+|four\s+|five\s+|half\s+a\s+|a\s+couple\s+(?:of\s+)?|\d{1,2}\s+)?dozen(?![a-z])
                                               # a dozen, two dozen, half a dozen (not "dozens": vague)
    | """
    + _WORD
    + r"""(?:(?:\s+and\s+|[\s-]+)"""
    + _WORD
    + r""")*(?![a-z])   # twenty-five, one hundred and twenty; not "sixth"
)"""
)

#: The last word of every figure that ends with a letter (a number word, a scale, "dozen", a vague word).
FIGURE_LAST_WORDS: Final = frozenset([*WORD_VALUES, *_SCALE_WORDS, *INDIAN_SCALES, "dozen", *(v.split()[-1] for v in VAGUE)])

_VAGUE_ALT: Final = "(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(VAGUE, key=len, reverse=True)) + ")"
_QUALIFIERS: tuple[tuple[str, str], ...] = (
    # (the negated forms first: "no fewer than 20" is at least 20, not fewer than 20)
    ("no fewer than", "at least"),
    ("not fewer than", "at least"),
    ("no less than", "at least"),
    ("not less than", "at least"),
    ("no more than", "up to"),
    ("not more than", "up to"),
    ("at least", "at least"),
    ("more than", "more than"),
    ("over", "more than"),
    ("above", "more than"),
    ("upwards of", "more than"),
    ("in excess of", "more than"),
    ("as many as", "up to"),
    ("up to", "up to"),
    ("nearly", "almost"),
    ("almost", "almost"),
    ("close to", "almost"),
    ("fewer than", "fewer than"),
    ("less than", "fewer than"),
    ("under", "fewer than"),
    ("about", "about"),
    ("around", "about"),
    ("approximately", "about"),
    ("roughly", "about"),
    ("some", "about"),
    ("an estimated", "about"),
    ("only", "exact"),
    ("just", "exact"),
)
_QUALIFIER_WORDS: Final = "(?:" + "|".join(p.replace(" ", r"\s+") for p, _ in _QUALIFIERS) + ")"



def _figure(joins: str) -> str:
    """A figure whose ranges join their two numbers with one of ``joins`` (a regex alternation)."""
    return (
        r"""(?:
      (?:between\s+)?"""
        + NUMBER
        + r"\s*(?:" + joins + r")\s*"
        + NUMBER
        + r"""   # 20 to 30, between 20 and 30
    | (?:"""
        + _QUALIFIER_WORDS
        + r"""\s+)?"""
        + NUMBER
        + r"""
    | (?:"""
        + _VAGUE_ALT
        + r""")
)"""
    )


#: A figure: a number with its qualifier, a range, or a vague quantity word.
FIGURE: Final = _figure("-|–|to|and")
#: A figure that "to" or a dash after it does not join into a range: in "rose from 12 to 19" the figure
#: after "from" is 12 (only "between 20 and 30" and "20 and 30" stay ranges).
FIGURE_BEFORE_TO: Final = _figure("and")


#: A range: "between 20 and 30", "20 to 30", "12-15", and two numbers either of which is the count
#: ("either one or four"; a plain "two or three" reads as its last number, as RAND codes it).
_RANGE_RE: Final = compiled.compile(
    r"(?:(?:between\s+)?(" + NUMBER + r")\s*(?:-|–|to|and)|either\s+(" + NUMBER + r")\s+or)\s*(" + NUMBER + r")$",
    re.X | re.I,
)
_SPACES: Final = compiled.compile(r"\s+")


@final
@mypyc_attr(acyclic=True)
class Figure:
    """A figure as best, low and high, with its qualifier; a value, never changed once made.

    A class with its own ``__init__`` (as tokens.Token), not a frozen dataclass: compiled (mypyc), it is
    made by one direct call, where a frozen dataclass's generated ``__init__`` stays Python and sets
    each field through ``object.__setattr__`` (6,400 instructions a figure, callgrind, of ``Figure.exact``:
    the reader makes one for every count it reads). Equal and hashed by value, as the dataclass was.
    Numbers and strings only: out of the cyclic garbage collector (``acyclic``)."""

    __slots__ = ("best", "high", "low", "qualifier")

    def __init__(self, best: int | None, low: int | None, high: int | None, qualifier: str) -> None:
        self.best: Final = best
        self.low: Final = low
        self.high: Final = high
        self.qualifier: Final = qualifier

    def _fields(self) -> tuple[int | None, int | None, int | None, str]:
        return self.best, self.low, self.high, self.qualifier

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Figure) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"Figure(best={self.best!r}, low={self.low!r}, high={self.high!r}, qualifier={self.qualifier!r})"

    @classmethod
    def exact(cls, n: int) -> Figure:
        """A figure given as one number: best, low and high are all ``n``."""
        return cls(n, n, n, "exact")


@lru_cache(maxsize=4096)
def parse_number(text: str) -> int | None:
    """The value of one number as written, or None when it is not a number.

    >>> parse_number("1,200"), parse_number("1.2 million"), parse_number("twenty-five"), parse_number("a dozen")
    (1200, 1200000, 25, 12)
    """
    t = _SPACES.sub(" ", text.strip().lower())
    if not t:
        return None
    if t.endswith("dozen"):
        times = t[: -len("dozen")].strip()
        if times.startswith("half"):
            return 6
        if times.startswith("a couple"):
            return 24
        n = 1 if times in ("", "a", "one") else parse_number(times)
        return None if n is None else 12 * n
    if t[0].isdigit():
        if _GROUPED.fullmatch(t):
            return int(t.replace(" ", ""))  # "1 200": groups of three set apart by spaces
        parts = t.split(" ")
        try:
            value = float(parts[0].replace(",", ""))
        except ValueError:
            return None
        if len(parts) > 1:
            value *= _SCALE_WORDS.get(parts[1], INDIAN_SCALES.get(parts[1], 1))
        return round(value)
    if t in WORD_VALUES:
        return WORD_VALUES[t]
    head, _, scale = t.rpartition(" ")
    if scale in INDIAN_SCALES:
        n = parse_number(head) if head else None  # "two lakh", "one and a half lakh" (text2num knows no lakh)
        return None if n is None else n * INDIAN_SCALES[scale]
    if t.startswith("a ") and t[2:].split(" ", 1)[0] in _SCALE_WORDS:
        t = "one " + t[2:]  # "a hundred", "a thousand and twelve": text2num reads "one hundred"
    from text_to_num import text2num  # cheap import; only compound words get here

    try:
        return int(text2num(t, "en"))
    except ValueError:
        return None


#: A number whose groups of three digits stand apart ("1 200", "12 000"), as many style guides write it.
_GROUPED: Final = re.compile(r"\d{1,3}(?: \d{3})+")


@lru_cache(maxsize=4096)
def parse_figure(text: str) -> Figure | None:
    """Read a figure matched by :data:`FIGURE` (qualifier, range or vague word included)."""
    t = _SPACES.sub(" ", text.strip().lower())
    if t in VAGUE:
        vague_low, vague_high = VAGUE[t]
        return Figure(None, vague_low, vague_high, "vague")
    m = _RANGE_RE.match(t)
    if m:
        low, high = parse_number(m.group(1) or m.group(2)), parse_number(m.group(3))
        if m.group(2) and low is not None and high is not None:
            low, high = min(low, high), max(low, high)  # "either 12 or 9": either may come first
        if low is not None and high is not None and low < high:
            return Figure(None, low, high, "range")
    qualifier = "exact"
    for prefix, name in _QUALIFIERS:
        if t.startswith(prefix + " "):
            qualifier = name
            t = t[len(prefix) + 1 :]
            break
    value = parse_number(t)
    if value is None:
        return None
    if qualifier == "exact":
        return Figure.exact(value)
    if qualifier == "at least":
        return Figure(value, value, None, qualifier)
    if qualifier == "more than":
        return Figure(value, value + 1, None, qualifier)
    if qualifier in ("up to", "fewer than"):
        return Figure(value, None, value if qualifier == "up to" else value - 1, qualifier)
    # almost / about: the figure is the best reading, without a hard bound either way.
    return Figure(value, None, None, qualifier)
