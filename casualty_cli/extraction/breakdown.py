"""A figure's breakdown into groups of people, read over the tokens after it.

"11 people were killed: five staff, five patients and one caregiver" breaks the 11 down whole; "25
people, including nine staff" names some of the 25. What opens a breakdown is the lexicon's
``[breakdown]`` table; a part is a figure (or, after a first part, "a": one), at most three modifiers and a noun of people.

>>> text = "The strike killed 11: five staff, five patients and one caregiver."
>>> read_breakdown(text, text.index(":"), len(text), 11)
([Breakdown(group='staff', best=5), Breakdown(group='patients', best=5), Breakdown(group='caregiver', best=1)], False)
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from casualty_cli.extraction.lexicon import Lexicon, lexicon
from casualty_cli.extraction.numbers import WORD_VALUES, Figure
from casualty_cli.extraction.phrases import figure_starting
from casualty_cli.extraction.syntax import DEFINITE, MONTHS, STOP
from casualty_cli.extraction.tokens import Token, tokenize
from casualty_cli.model import Breakdown

#: How many modifiers may stand between a part's figure and its noun: "five MSF medical staff".
_MODIFIERS: Final = 3
#: Words that count one person in a part: "three adults, a boy and an infant".
ONE: Final = frozenset(["a", "an"])


def read_breakdown(
    text: str, start: int, end: int, best: int | None, toks: list[Token] | None = None
) -> tuple[list[Breakdown], bool]:
    """The breakdown of the figure ``best`` told in ``text[start:end]`` (the rest of its sentence), and
    whether it fails to add up: a whole breakdown must make the figure, a part of it no more.
    ``toks``: the tokens of ``text[start:end]`` when the caller has them (its sentence's, from ``start``)."""
    lex = lexicon()
    if not _may_lead_in(text, start, end):
        return [], False  # (most figures: no tokens needed)
    if toks is None:
        toks = tokenize(text, start, end)
    lead = _lead(toks, 0, lex)
    if lead is None and toks and _people(toks[0], lex):
        lead = _lead(toks, 1, lex)  # "25 people, including nine staff"
    if lead is None:
        lead = _late_lead(text, toks, start, lex)
    if lead is None:
        return [], False
    pos, whole = lead
    parts: list[Breakdown] = []
    while pos < len(toks):
        found = figure_starting(text, toks, pos, len(toks))
        if found is None and parts and toks[pos].low in ONE:
            found = Figure.exact(1), pos  # "three adults, a boy and an infant": one, after a part
        if found is None:
            break
        fig, last = found
        noun = _noun(toks, last + 1, lex)
        if noun is None:
            break
        group, pos = noun
        parts.append(Breakdown(group, fig.best))
        if pos < len(toks) and toks[pos].low == ",":
            pos += 1
            pos += pos < len(toks) and toks[pos].low == "and"
        elif pos < len(toks) and toks[pos].low == "and":
            pos += 1
        else:
            break
    if not parts:
        return [], False
    total = sum(p.best or 0 for p in parts)
    mismatch = best is not None and (total != best if whole else total > best)
    return parts, mismatch


@cache
def _lead_firsts() -> list[str]:
    """The first words of every lead: where none stands, no breakdown opens."""
    lex = lexicon()
    return sorted({*lex.breakdown_whole, *(words[0] for words in lex.breakdown_part)})


@cache
def _may_lead() -> re.Pattern[str]:
    """:func:`_lead_firsts` as a pattern, in any case."""
    return re.compile("|".join(map(re.escape, _lead_firsts())), re.I)


def _may_lead_in(text: str, start: int, end: int) -> bool:
    """Does a lead's first word stand in ``text[start:end]``, in any case? In ASCII text, where ``re.I``
    matches a letter's two cases only, a substring of the lower-cased text tells (the pattern paid ~25,000
    instructions a call trying its words, in any case, at every place); beyond ASCII, the pattern does."""
    part = text[start:end]
    if part.isascii():
        low = part.lower()
        return any(w in low for w in _lead_firsts_lower())
    return _may_lead().search(text, start, end) is not None


@cache
def _lead_firsts_lower() -> tuple[str, ...]:
    return tuple(w.lower() for w in _lead_firsts())


def _people(t: Token, lex: Lexicon) -> bool:
    return t.low.isalpha() and lex.is_person(t.low)


def _lead(toks: list[Token], i: int, lex: Lexicon) -> tuple[int, bool] | None:
    """Where the parts start when a breakdown opens at token ``i``, and whether it is the whole figure's."""
    if i < len(toks) and toks[i].low in lex.breakdown_whole:
        return i + 1, True
    if i < len(toks) and toks[i].low == ",":
        i += 1
    after = _part_word(toks, i, lex)
    return None if after is None else (after, False)


def _part_word(toks: list[Token], i: int, lex: Lexicon) -> int | None:
    """The token after a word of ``part`` ("including", "among them") at token ``i``, or None."""
    for words in lex.breakdown_part:
        if tuple(t.low for t in toks[i : i + len(words)]) == words:
            return i + len(words)
    return None


def _late_lead(text: str, toks: list[Token], start: int, lex: Lexicon) -> tuple[int, bool] | None:
    """A part told later in the sentence, after a comma: "25 people were killed in the attack on the
    hospital, including nine members of its staff". Taken only when no other figure stands between."""
    for i, t in enumerate(toks):
        if t.low == "," and (after := _part_word(toks, i + 1, lex)) is not None:
            return None if _holds_a_figure(text[start : t.start]) else (after, False)
    return None


def _noun(toks: list[Token], i: int, lex: Lexicon) -> tuple[str, int] | None:
    """The group a part's figure counts, after at most three modifiers, and the token after it.
    "nine members of its staff" counts staff: the group the members belong to names it."""
    for k in range(i, min(len(toks), i + _MODIFIERS + 1)):
        t = toks[k]
        if k + 1 < len(toks) and ((two := f"{t.low} {toks[k + 1].low}") in lex.plural or two in lex.singular):
            return two, k + 2  # "police officers", "staff members"
        if _people(t, lex):
            if t.low in lex.members and _of_group(toks, k + 1):
                return toks[k + 3].low, k + 4
            return t.low, k + 1
        if t.low in STOP or not t.low.replace("-", "").isalnum():
            return None
    return None


def _of_group(toks: list[Token], k: int) -> bool:
    """ "of its staff", "of the crew": a group after "of" and a determiner."""
    return (
        k + 2 < len(toks) and toks[k].low == "of" and toks[k + 1].low in DEFINITE
        and toks[k + 2].low.replace("-", "").isalpha()
    )


def _holds_a_figure(words: str) -> bool:
    """Whether ``words`` hold a number (digits or a number word) that is no day of a month ("the February 15
    attack"): a later breakdown may then be that number's own."""
    found = re.findall(r"[A-Za-z]+|\d+", words)
    return any(
        (w.isdigit() and not (n and found[n - 1].lower() in MONTHS)) or w.lower() in WORD_VALUES
        for n, w in enumerate(found)
    )
