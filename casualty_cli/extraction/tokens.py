"""Cutting a sentence into tokens once, each with its offsets in the document.

A token is a word ("gunned", "twenty-seven", "O'Neal"), a number ("1,200", "4.5"), an age
("27-year-old"), a contraction's part ("did" "n't", "'s") or one mark of punctuation. One pass over
the text, so the cost is linear in its length.

The regex below says what a token is. Most tokens of a text are simpler than it: a run of ASCII letters
that no hyphen, point, apostrophe or other word character follows is a word (the regex's first line), a
run of ASCII digits that no letter, hyphen, apostrophe, or comma, point or space before a digit follows
is a number, and most marks are a token of their own. :func:`tokenize` reads those, a word's point
("court." "Jr.") and the spaces between tokens itself, a character at a time, and asks the regex only
for the rest (words with a hyphen the function cannot place, words and numbers with an apostrophe or point
inside, "'s", initials, letters beyond ASCII: about a twentieth of a news text's tokens; ages such as
"27-year-old" it reads itself). The regex's match at a token's start depends
on nothing before it, so the tokens are the regex's own (tests/test_token_reader.py checks them against
it on generated text). Compiled (mypyc), a token read so costs a small part of a regex match.

The spaces before a token are part of its match (its group 1; the token is group 2): without them the
search would try every line at every space and fail, and a space is every sixth character of a text.
Taken whole (possessively), they leave the token itself to the lines as before. Every other character
is some token's (the last line takes any), so tokens and spaces tile the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Final, final

from mypy_extensions import mypyc_attr


@final
@mypyc_attr(acyclic=True)
class Token:
    """One token: its text, the text lower-cased (the form the lexicon is looked up in), its offsets.

    A class with its own ``__init__``, not a named tuple nor a dataclass: compiled (mypyc), it is a C
    struct whose fields the readers read directly, made by one call with its offsets unboxed. A named
    tuple's fields are looked up by name on its type at every read, and a dataclass's generated
    ``__init__`` stays Python: making either cost ~2,000 instructions a token (valgrind), a fifth of
    tokenising. It holds strings and numbers only, so it can be in no reference cycle: compiled, it is
    left out of the cyclic garbage collector (``acyclic``), which the tokens, the most numerous objects
    of a reading, otherwise set off every few hundred made.
    """

    __slots__ = ("end", "low", "start", "text")

    def __init__(self, text: str, low: str, start: int, end: int) -> None:
        self.text = text
        self.low = low
        self.start = start
        self.end = end

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.low!r}, {self.start}, {self.end})"


#: Words whose point is theirs (an abbreviation's), not a mark of its own
_ABBREVIATIONS: Final = frozenset(
    """Jr Sr Dr Mr Mrs Ms Lt St Sgt Gov Rep Sen Det Capt Col Gen Cpl Pvt Mt Ft Ave Rd Co Inc No vs
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""".split()
)

_TOKEN: Final = re.compile(
    r"""
    (\s*+)(                                 # the spaces before the token, taken whole (see below)
      [A-Za-z]++(?![\w'’.-])                # a plain word: what the words' line below reads, sooner
    | [,.;:()"]                             # a mark no line but the last opens with, sooner
    | [A-Za-z]+\d+[A-Za-z\d]*(?![\w'’.-])    # M23, G5, AK47: a name with digits, no count
    | \d{1,3}(?:,\d{3})+(?!\d)              # 1,200
    | \d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d-]|\s\d)  # 1 200 (groups of three apart; not a phone number)
    | \d+(?:st|nd|rd|th)\b                   # 17th: an ordinal, no count
    | \d+(?:\.\d+)?(?:-[^\W\d_]+)*          # 80, 4.5, 27-year-old
    | (?:[A-Za-z]\.){2,}                     # U.S., a.m.
    | (?:""" + "|".join(sorted(_ABBREVIATIONS)) + r""")\.    # abbreviations keep their point
    | [A-Z]\.(?=\s+[A-Z])                    # an initial: "Kjell R. Haeggloef"
    | [^\W\d_]+(?=n['’]t\b)                 # "did" of "didn't"
    | n['’]t\b
    | ['’]s\b                               # a possessive or "is"
    | [^\W\d_]+(?:-(?!(?:a|an|the)\b)[^\W_]+|\.[^\W_]+|['’][^\W\d_]{2,})*   # words: twenty-seven, U.S,
                                            # O'Neal (not "occupants-a man": a dash before an article)
    | \S                                    # one mark of punctuation
    )""",
    re.X,
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]``, with offsets into ``text``.

    >>> [t.text for t in tokenize("Two didn't survive: 27-year-old O'Neal.")]
    ['Two', 'did', "n't", 'survive', ':', '27-year-old', "O'Neal", '.']
    """
    stop = len(text) if end is None else min(end, len(text))  # bounds past the text's, as the regex's
    out: list[Token] = []
    i = max(start, 0)
    # ord(text[i]) makes no string when compiled. Where a token is none of the simple kinds below (a
    # word or number with a hyphen, apostrophe or point inside, letters beyond ASCII), the regex reads it.
    while i < stop:
        c = ord(text[i])
        if c == 32 or 9 <= c <= 13 or 28 <= c <= 31:  # what \s takes below 128 (str.isspace)
            i += 1
            continue
        hyphened = 0  # where a word or number with hyphens ends, where a function below can tell it
        if 97 <= c <= 122 or 65 <= c <= 90:  # ASCII letters
            upper = c <= 90
            j = i + 1
            d = 32
            while j < stop:
                d = ord(text[j])
                if 97 <= d <= 122:
                    j += 1
                elif 65 <= d <= 90:
                    upper = True
                    j += 1
                else:
                    break
            # a plain word: no word character, apostrophe, point or hyphen follows (the regex's first line)
            if j == stop or (d < 128 and not 48 <= d <= 57 and d != 95 and d != 39 and d != 46 and d != 45):
                w = text[i:j]
                out.append(Token(w, w.lower() if upper else w, i, j))
                i = j
                continue
            # two letters or more and a point that ends the word ("court." "Jr."): the word, with its point
            # if it is an abbreviation's (one letter and a point may be an initial or "a.m.": the regex's)
            if d == 46 and j - i >= 2 and (j + 1 == stop or _ascii_not_alnum(ord(text[j + 1]))):
                w = text[i:j]
                if w in _ABBREVIATIONS:
                    j += 1
                    w = text[i:j]
                out.append(Token(w, w.lower() if upper else w, i, j))
                i = j
                continue
            # a word with hyphens ("twenty-seven", "al-Qaeda"), where _hyphened_end can tell its end
            if d == 45:
                hyphened = _hyphened_end(text, j, stop)
            # a word before a possessive's "'s" ("Israel's"): the word; the "'s" is the next token
            elif (d == 39 or d == 0x2019) and _possessive_s(text, j, stop):
                w = text[i:j]
                out.append(Token(w, w.lower() if upper else w, i, j))
                i = j
                continue
        elif 48 <= c <= 57:  # ASCII digits
            j = _digits_end(text, i + 1, stop)
            d = ord(text[j]) if j < stop else 32
            # a plain number: what follows is no letter, hyphen or apostrophe (an ordinal, an age, "90's"),
            # and a comma, point or space no digit follows (1,200 / 4.5 / 1 200)
            if j == stop or (
                (d == 44 or d == 46 or d == 32) and (j + 1 == stop or _ascii_not_digit(ord(text[j + 1])))
            ) or (
                d < 128 and d != 44 and d != 46 and d != 32 and d != 45 and d != 95 and d != 39
                and not 65 <= d <= 90 and not 97 <= d <= 122
            ):
                w = text[i:j]
                out.append(Token(w, w, i, j))
                i = j
                continue
            # an age or a number with words hyphened after it ("27-year-old", "9-mm"), where _age_end can
            # tell its end
            if d == 45:
                hyphened = _age_end(text, j, stop)
        elif c < 128:
            if c != 39:  # any other ASCII character but an apostrophe ('s) is a mark of its own
                w = text[i]
                out.append(Token(w, w, i, i + 1))
                i += 1
                continue
            if _possessive_s(text, i, stop):
                out.append(Token(text[i : i + 2], text[i : i + 2], i, i + 2))
                i += 2
                continue
        elif c != 0x2019:  # beyond ASCII: a mark of its own unless a letter, digit, space or ’ ("’s")
            w = text[i]
            if not w.isalnum() and not w.isspace():
                out.append(Token(w, w.lower(), i, i + 1))
                i += 1
                continue
        elif _possessive_s(text, i, stop):
            out.append(Token(text[i : i + 2], text[i : i + 2], i, i + 2))
            i += 2
            continue
        if hyphened:
            w = text[i:hyphened]
            out.append(Token(w, w.lower(), i, hyphened))
            i = hyphened
            continue
        m = _TOKEN.match(text, i, stop)  # any other token (and spaces beyond ASCII), as the regex reads it
        if m is None:
            break  # spaces to the end
        at, i = m.span(2)
        w = text[at:i]
        out.append(Token(w, w.lower(), at, i))
    return out


#: The words after a hyphen that make it a dash ("its occupants-a man"), as the regex's words' line has them
_ARTICLES: Final = frozenset(("a", "an", "the"))


def _hyphened_end(text: str, j: int, stop: int) -> int:
    """Where a word whose letters reach a hyphen at ``j`` ends, as the regex's words' line reads it, or 0
    where that takes the regex. Each hyphen with a run of ASCII letters and digits after it takes the run
    into the word, but a run of "a", "an" or "the" (a dash before an article); the word ends at a hyphen
    without such a run, or after a run that no hyphen follows. The regex decides where a character beyond
    ASCII, an apostrophe or an underscore follows a run, or a point and a letter or digit."""
    end = j
    while True:
        k = j + 1
        while k < stop and _ascii_alnum(ord(text[k])):
            k += 1
        d = ord(text[k]) if k < stop else 32
        if d >= 128 or d == 39 or d == 95:
            return 0
        if k == j + 1 or (k - j <= 4 and text[j + 1 : k] in _ARTICLES):
            return end
        end = k
        if d == 46 and k + 1 < stop and not _ascii_not_alnum(ord(text[k + 1])):
            return 0
        if d != 45:
            return end
        j = k


def _age_end(text: str, j: int, stop: int) -> int:
    r"""Where a number whose digits reach a hyphen at ``j`` ends, as the regex's line of ages reads it
    (``\d+(?:-[^\W\d_]+)*``: the only line that reads digits a hyphen follows), or 0 where that takes the
    regex. Each hyphen with a run of ASCII letters after it takes the run into the token; it ends at a
    hyphen without one ("2010-2011": "2010"), or after a run that no hyphen follows. The regex decides
    where a character beyond ASCII follows a hyphen or a run (it may be a letter of the run)."""
    end = j
    while True:
        if j >= stop or ord(text[j]) != 45:
            return end
        k = j + 1
        while k < stop and (97 <= ord(text[k]) <= 122 or 65 <= ord(text[k]) <= 90):
            k += 1
        if k < stop and ord(text[k]) >= 128:
            return 0
        if k == j + 1:
            return end
        end = k
        j = k


def _possessive_s(text: str, j: int, stop: int) -> bool:
    """Does an apostrophe at ``j`` open a possessive's "'s" (or "’s") that ends a word, no word character
    after it? (There the regex's words' line ends the word before the apostrophe, and its line of "'s"
    reads "'s".) Beyond ASCII after the "s", the regex decides."""
    if j + 1 >= stop or ord(text[j + 1]) != 115:
        return False
    return j + 2 == stop or (_ascii_not_alnum(ord(text[j + 2])) and ord(text[j + 2]) != 95)


def _digits_end(text: str, j: int, stop: int) -> int:
    """Where the run of ASCII digits at ``j`` ends."""
    while j < stop and 48 <= ord(text[j]) <= 57:
        j += 1
    return j


def _ascii_alnum(c: int) -> bool:
    """Is ``c`` the code of an ASCII letter or digit?"""
    return 48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122


def _ascii_not_alnum(c: int) -> bool:
    """Is ``c`` the code of an ASCII character that is no letter nor digit (so no word character of the
    regex's, nor a part of a word's)? Beyond ASCII, the regex decides."""
    return c < 128 and not (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122)


def _ascii_not_digit(c: int) -> bool:
    """Is ``c`` the code of an ASCII character that is no digit? (Beyond ASCII, \\d may take it.)"""
    return c < 128 and not 48 <= c <= 57


def lows(toks: Sequence[Token]) -> list[str]:
    """The tokens' lower-cased texts. (Compiled, a comprehension reads each field directly, where map()
    with an attrgetter looked each up by name.)"""
    return [t.low for t in toks]


#: The characters beyond ASCII that news text holds most: quotes and dashes, which have no case (nine in
#: ten of gvc-dev's; prefilter.fold replaces them before it encodes too).
FREQUENT_NON_ASCII: Final = "’“”—–‘"
#: Each with the ASCII control character that stands in for it while :func:`lowered` lower-cases as ASCII.
_STAND_INS: Final = [(c, chr(1 + n)) for n, c in enumerate(FREQUENT_NON_ASCII)]


@lru_cache(maxsize=8)
def lowered(text: str) -> str:
    """``text`` lower-cased, its offsets kept: a letter whose small form is longer ("İ") stays as it is.
    Remembered for the last few texts: the reader and the document's totals (totals.py) lower-case one
    report each, and a long report's lower-casing beyond ASCII costs some 35 instructions a character:
    a text whose only characters beyond ASCII are quotes and dashes (:data:`FREQUENT_NON_ASCII`, most
    of those that are not ASCII) is lower-cased as ASCII, with stand-ins for them (:func:`_lowered_as_ascii`)."""
    if not text.isascii():
        low = _lowered_as_ascii(text)
        if low is not None:
            return low
    return lowered_slowly(text)


def lowered_slowly(text: str) -> str:
    """:func:`lowered` for any text, character by character where ``str.lower`` changes the length."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


def _lowered_as_ascii(text: str) -> str | None:
    """``text`` lower-cased when its only characters beyond ASCII are of :data:`FREQUENT_NON_ASCII` and it
    holds none of their stand-ins (else None): each replaced by its stand-in, the rest lower-cased as
    ASCII (1 instruction a character, not 35), then put back."""
    stood_in = text
    used: list[tuple[str, str]] = []
    for c, stand_in in _STAND_INS:
        if c in text:
            if stand_in in text:
                return None
            stood_in = stood_in.replace(c, stand_in)
            used.append((c, stand_in))
    if not stood_in.isascii():
        return None
    low = stood_in.lower()
    for c, stand_in in used:
        low = low.replace(stand_in, c)
    return low


@lru_cache(maxsize=512)
def window(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    """:func:`tokenize`'s tokens as a tuple, remembered for the last few hundred windows: the checks
    that look around a statement's figure (totals.py, same_person.py) ask for the same window of a
    document several times over."""
    return tuple(tokenize(text, start, end))
