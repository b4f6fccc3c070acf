"""Cutting a sentence into tokens once, each with its offsets in the document.

A token is a word ("gunned", "twenty-seven", "O'Neal"), a number ("1,200", "4.5"), an age
("27-year-old"), a contraction's part ("did" "n't", "'s") or one mark of punctuation. One regex
pass over the text, so the cost is linear in its length.

The regex's first line is a shortcut: a run of ASCII letters that no hyphen, point, apostrophe or other
word character follows (most words of a text) is a word, which no line before the words' line can take
(each needs a digit, a point or an apostrophe there), and which the words' line reads whole. Tried
first, it spares the lines that would fail on it one by one. So does the second for the common marks
of punctuation, which only the last line reads.

The spaces before a token are part of its match (its group 1; the token is group 2): without them the
search would try every line at every space and fail, and a space is every sixth character of a text.
Taken whole (possessively), they leave the token itself to the lines as before. Every other character
is some token's (the last line takes any), so tokens and spaces tile the text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple


class Token(NamedTuple):
    text: str
    #: the text lower-cased, the form the lexicon is looked up in
    low: str
    start: int
    end: int


_TOKEN = re.compile(
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
    | (?:Jr|Sr|Dr|Mr|Mrs|Ms|Lt|St|Sgt|Gov|Rep|Sen|Det|Capt|Col|Gen|Cpl|Pvt|Mt|Ft|Ave|Rd|Co|Inc|No|vs
        |Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.     # abbreviations keep their point
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
    stop = len(text) if end is None else end
    new = tuple.__new__  # Token(...) without the Python frame of its generated __new__
    out: list[Token] = []
    pos = start
    # findall makes no match objects (a third of the cost); a token's offset is the length of what came
    # before it: spaces and tokens tile the text, so no search is needed to find it. (Its two groups
    # make each item a pair of strings: so typed, compiled code takes the pair apart without iterating it.)
    pairs: list[tuple[str, str]] = _TOKEN.findall(text, start, stop)
    for spaces, w in pairs:
        at = pos + len(spaces)
        pos = at + len(w)
        out.append(new(Token, (w, w.lower(), at, pos)))
    return out


@lru_cache(maxsize=512)
def window(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    """:func:`tokenize`'s tokens as a tuple, remembered for the last few hundred windows: the checks
    that look around a statement's figure (totals.py, same_person.py) ask for the same window of a
    document several times over."""
    return tuple(tokenize(text, start, end))
