r"""A pattern's matches in a long text without trying the pattern at every character.

Python's ``re`` skips ahead quickly only for a pattern that opens with a literal or a character class.
The grouping cues' patterns open with ``\b`` and an alternation of words ("in", "near", "shelled") or
with a capitalised name that a fixed word must follow ("Harris County", "Edwards Street"), so over a
long report nearly all their time goes into failing where no match can begin. Two shortcuts, each
built from the pattern's own tables and each giving exactly what ``pattern.finditer`` gives:

- :class:`WordLed`: a pattern whose matches begin with one of a few words (or a number): it is tried
  only where such a word begins, found with ``str.find``.
- :class:`Anchored`: a pattern whose every match holds one of a few words (its *needles*) and no
  comma, quote or bracket: only the stretches between two such characters that hold a needle are
  searched.

:class:`WordLed` falls back to the pattern's own ``finditer`` for a text whose lower case is not as
long as it (a few letters, such as the dotted capital I, lower to two characters, shifting offsets).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence

__all__ = ["Anchored", "WordLed", "prefixes", "spans_within", "whole_words", "within"]


def prefixes(words: Iterable[str]) -> tuple[str, ...]:
    """The lower-case words, less those another of them begins ("in" finds "into" and "inside" too).

    >>> prefixes(["In", "into", "near", "inside"])
    ('in', 'near')
    """
    out: list[str] = []
    for w in sorted({w.lower() for w in words}):
        if not any(w.startswith(p) for p in out):
            out.append(w)
    return tuple(out)


def _occurrences(text: str, needle: str, pos: int, end: int) -> list[int]:
    out = []
    i = text.find(needle, pos, end)
    while i != -1:
        out.append(i)
        i = text.find(needle, i + 1, end)
    return out


def _is_word(c: str) -> bool:
    """Whether ``c`` is what ``\\w`` matches (a letter, digit or underscore in any script)."""
    return c.isalnum() or c == "_"


def whole_words(text: str, words: Iterable[str]) -> list[tuple[int, str]]:
    """Where each of ``words`` stands in ``text`` as a whole word (no word character either side), in
    order, as ``(start, word)``.

    >>> whole_words("a bar, a bazaar; barn", ["bar", "bazaar"])
    [(2, 'bar'), (9, 'bazaar')]
    """
    out: list[tuple[int, str]] = []
    for word in words:
        after = len(word)
        out.extend(
            (i, word)
            for i in _occurrences(text, word, 0, len(text))
            if not (i and _is_word(text[i - 1])) and not _is_word(text[i + after : i + after + 1] or " ")
        )
    out.sort()
    return out


#: Below this many characters, looking for where a match may begin costs more than trying everywhere.
SHORT = 1000

_DIGITS = re.compile(r"\d+")
_CAPITAL = re.compile(r"[A-Z](?=[a-z])")


class WordLed:
    """A pattern every match of which begins, after ``\\b``, with a word that starts with one of
    ``words`` (in any case), or with a digit when ``numbers_with`` names a word the text must then hold
    ("50 km north of" is looked for only in a text that says "km", "kilometres" or "miles"), or, with
    ``capitals``, at any ASCII capital followed by a lower-case letter (a name: "Smith", and the
    "Donald" of "McDonald", since such a name needs no ``\\b`` before it). The words of ``inside`` are
    looked for inside words too (a pattern that gives them no ``\\b``)."""

    def __init__(
        self,
        pattern: re.Pattern[str],
        words: Iterable[str],
        numbers_with: Iterable[str] = (),
        *,
        capitals: bool = False,
        inside: Iterable[str] = (),
    ) -> None:
        self.pattern = pattern
        self.words = prefixes(words)
        self.inside = prefixes(inside)
        self.numbers_with = tuple(w.lower() for w in numbers_with)
        self.capitals = capitals

    def starts(self, text: str, low: str, pos: int, end: int) -> list[int]:
        """Where a match may begin in ``text[pos:end]`` (``low`` is the lower case of ``text[:end]``): a
        listed word (or a number) that no word character precedes, or a capital."""
        found: list[int] = []
        for word in self.words:
            found.extend(i for i in _occurrences(low, word, pos, end) if i == 0 or not _is_word(text[i - 1]))
        for word in self.inside:
            found.extend(_occurrences(low, word, pos, end))
        if any(w in low for w in self.numbers_with):
            found.extend(
                m.start() for m in _DIGITS.finditer(text, pos, end) if m.start() == 0 or not _is_word(text[m.start() - 1])
            )
        if self.capitals:
            found.extend(m.start() for m in _CAPITAL.finditer(text, pos, end))
        found.sort()
        return found

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """What ``self.pattern.finditer(text, pos, endpos)`` gives."""
        end = len(text) if endpos is None else min(endpos, len(text))
        low = text[: end].lower() if end - pos >= SHORT else ""
        if len(low) != end:
            yield from self.pattern.finditer(text, pos, end)
            return
        done = pos
        for start in self.starts(text, low, pos, end):
            if start < done:
                continue
            m = self.pattern.match(text, start, end)
            if m is not None:
                yield m
                done = max(m.end(), start + 1)


class Anchored:
    """A pattern every match of which holds one of ``needles`` (exactly as written: list each case the
    pattern allows) and none of the characters of ``breaks``.

    The pattern is searched only in the stretches between two break characters that hold a needle, each
    on its own (``finditer(text, start, end)``). That gives what a search of the whole text gives as
    long as the pattern's lookarounds cannot tell a break character from the end of the text (``\\b``
    or ``(?!\\w)``: no break character is a word character). With ``word_start``, only a needle that
    no word character precedes counts (the pattern has a space or ``\\b`` before it).
    """

    def __init__(self, pattern: re.Pattern[str], needles: Iterable[str], breaks: str, *, word_start: bool = False) -> None:
        self.pattern = pattern
        self.needles = tuple(sorted(set(needles)))
        self.word_start = word_start
        self._break = re.compile(f"[{re.escape(breaks)}]")

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """What ``self.pattern.finditer(text, pos, endpos)`` gives."""
        end = len(text) if endpos is None else min(endpos, len(text))
        if end - pos < SHORT:
            span = text[pos:end]
            if not span:
                return
            if any(needle in span for needle in self.needles):
                yield from self.pattern.finditer(text, pos, end)
            return
        hits = sorted(
            i
            for needle in self.needles
            for i in _occurrences(text, needle, pos, end)
            if not (self.word_start and i and _is_word(text[i - 1]))
        )
        if not hits:
            return
        size = len(text)
        backwards = text[::-1]
        done = pos
        for hit in hits:
            if hit < done:
                continue
            # the last break before the needle: the first after it in the text read backwards
            before = self._break.search(backwards, size - hit)
            after = self._break.search(text, hit, end)
            start = max(done, size - before.start() if before else 0)
            done = after.start() if after else end
            yield from self.pattern.finditer(text, start, done)


def within(
    found: Sequence[Sequence[re.Match[str]]], starts: Sequence[Sequence[int]], text: str, start: int, end: int
) -> tuple[tuple[re.Match[str], ...], ...] | None:
    """Of patterns' matches over all of ``text`` (``found``, each pattern's with their ``starts``), those
    a search of ``text[start:end]`` alone would give; None when that cannot be told from them, and the
    span must be read alone.

    Read alone, a span ends where the text does, so a match may stop, or a lookahead see the end, at its
    edge. The matches are the same when none of them runs across an edge, no word character stands just
    before the span, and after it comes a space and then no lower-case ASCII letter: a lookahead at the
    edge (``(?![\\w'’])``, ``(?!\\s(?:forces|troops)\\b)``, ``(?!\\s[a-z]+\\s...)``) then answers as at the end.
    """
    if start > 0 and _is_word(text[start - 1]):
        return None
    if end < len(text) and not (text[end].isspace() and not "a" <= text[end + 1 : end + 2] <= "z"):
        return None
    out = []
    for matches, at in zip(found, starts, strict=True):
        lo = bisect_left(at, start)
        if lo and matches[lo - 1].end() > start:
            return None  # a match from before runs into the span
        hi = bisect_left(at, end, lo)
        if hi > lo and matches[hi - 1].end() > end:
            return None  # one runs out of it
        out.append(tuple(matches[lo:hi]))
    return tuple(out)


def spans_within(
    found: Sequence[tuple[str, int, int]], starts: Sequence[int], text: str, start: int, end: int
) -> tuple[tuple[str, int, int], ...] | None:
    """Of the ``(kind, start, end)`` words and phrases a word-by-word reader found over all of ``text``
    (in order, with their ``starts``), those it finds in ``text[start:end]`` alone, their offsets taken
    from ``start``; None when that cannot be told from them, and the span must be read alone.

    They are the same when no word (a run of ``\\w``) runs across an edge of the span and none of them
    does: a word cut at an edge reads as another word, and a two-word phrase cut at the end as its first.
    """
    for edge in (start, end):
        if 0 < edge < len(text) and _is_word(text[edge - 1]) and _is_word(text[edge]):
            return None
    lo = bisect_left(starts, start)
    if lo and found[lo - 1][2] > start:
        return None  # one from before runs into the span
    hi = bisect_left(starts, end, lo)
    if hi > lo and found[hi - 1][2] > end:
        return None  # one runs out of it
    return tuple((kind, s - start, e - start) for kind, s, e in found[lo:hi])
