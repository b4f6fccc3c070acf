"""The context of a statement's sentence, read over its tokens: hedge, attribution, revision and denial.

Each reader is a plain function over the tokens of one sentence (:func:`~casualty_cli.extraction.tokens.tokenize`)
that returns a typed value. The words are data: the ``[context]`` tables at the end of ``lexicon.toml``,
one table per cue, so teaching a reporting verb or a hedge is one line there (the tests read every entry).

Work is linear in the sentence: phrases are looked up by their first word, and the readers that walk
from a cue (a source before "said", a direction after "revised") stop within :data:`REACH` tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Final, Literal

from casualty_cli.extraction import compiled
from casualty_cli.extraction.lexicon import lexicon_data, longest_first, words_of
from casualty_cli.extraction.numbers import FIGURE, parse_figure
from casualty_cli.extraction.tokens import Token, lows, tokenize

__all__ = [
    "Attribution",
    "Cues",
    "RevisionCue",
    "Source",
    "attribution",
    "cue_pattern",
    "cues",
    "denial",
    "denial_may_open",
    "denied_spans",
    "hedge",
    "revision",
    "zero_finder",
    "zeros",
]

Direction = Literal["up", "down"]
ZeroOutcome = Literal["killed", "injured"]
#: first word -> the phrases that open with it, longest first
Phrases = dict[str, tuple[tuple[str, ...], ...]]

#: How far (tokens) a reader walks from its cue: a source's name, a direction word, a denied figure.
REACH: Final = 8
#: How many tokens may follow a source at a sentence's end for it to speak for the whole sentence
#: ("police said Sunday .")
_ASIDE_TAIL: Final = 4
_BE: Final = frozenset("is are was were be been being".split())
_QUOTES: Final = frozenset("\" ' “ ” ‘ ’".split())
_FIGURE_AT: Final = compiled.compile(r"(?:" + FIGURE + r")(?![\w-])", re.I | re.X)


@dataclass(frozen=True, slots=True)
class Cues:
    """The ``[context]`` tables of the lexicon, indexed for the readers."""

    hedges: Phrases
    up: Phrases
    down: Phrases
    either: Phrases
    of_toll: frozenset[str]
    toll_nouns: frozenset[str]
    #: the first words of a sentence that speaks of the figures of the one before ("His figure ...")
    told_back_determiners: frozenset[str]
    told_back_nouns: frozenset[str]
    direction_up: frozenset[str]
    direction_down: frozenset[str]
    previous: Phrases
    reporting: Phrases
    reporting_after: Phrases
    reporting_before: frozenset[str]
    sources: frozenset[str]
    modifiers: frozenset[str]
    between: frozenset[str]
    joiners: frozenset[str]
    not_sources: frozenset[str]
    zeros: Phrases
    zero_outcomes: dict[tuple[str, ...], tuple[ZeroOutcome, ...]]
    zero_negators: frozenset[str]
    denials: Phrases
    denied_objects: frozenset[str]
    real_tolls: Phrases
    #: words that open a clause of contrast, whose source speaks only for it ("..., but residents said")
    contrast_clauses: frozenset[str]
    #: the first words of the phrases of each reader, and of them all: a sentence without one has no context
    revision_first: frozenset[str]
    reporting_first: frozenset[str]
    denial_first: frozenset[str]
    first_words: frozenset[str]


def _index(phrases: list[str]) -> Phrases:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        words = words_of(p)
        by_first.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


@cache
def cues() -> Cues:
    """The context cues of ``lexicon.toml``, read once."""
    data = lexicon_data()["context"]
    up, down, either = _index(data["revision_up"]), _index(data["revision_down"]), _index(data["revision_either"])
    reporting, reporting_after = _index(data["reporting"]), _index(data["reporting_after"])
    denials, real_tolls, hedges = _index(data["denials"]), _index(data["real_tolls"]), _index(data["hedges"])
    revision_first = frozenset([*up, *down, *either, *data["revision_of_toll"]])
    return Cues(
        hedges=hedges,
        up=up,
        down=down,
        either=either,
        of_toll=frozenset(data["revision_of_toll"]),
        toll_nouns=frozenset(data["toll_nouns"]),
        told_back_determiners=frozenset(data["told_back_determiners"]),
        told_back_nouns=frozenset([*data["toll_nouns"], *data["told_back_nouns"]]),
        direction_up=frozenset(data["direction_up"]),
        direction_down=frozenset(data["direction_down"]),
        previous=_index(data["previous"]),
        reporting=reporting,
        reporting_after=reporting_after,
        reporting_before=frozenset(data["reporting_before"]),
        sources=frozenset(data["sources"]),
        modifiers=frozenset(w for p in data["source_modifiers"] for w in words_of(p)),
        between=frozenset(data["between_source_and_verb"]),
        joiners=frozenset(data["name_joiners"]),
        not_sources=frozenset(data["not_sources"]),
        zeros=_index([z["words"] for z in data["zeros"]]),
        zero_outcomes={words_of(z["words"]): tuple(z["outcomes"]) for z in data["zeros"]},
        zero_negators=frozenset(w for p in data["zero_negators"] for w in words_of(p)),
        denials=denials,
        denied_objects=frozenset(data["denied_objects"]),
        real_tolls=real_tolls,
        contrast_clauses=frozenset(data["contrast_clauses"]),
        revision_first=revision_first,
        reporting_first=frozenset([*reporting, *reporting_after]),
        denial_first=frozenset([*denials, *real_tolls]),
        first_words=frozenset([*hedges, *revision_first, *reporting, *reporting_after, *denials, *real_tolls]),
    )


@cache
def cue_pattern() -> re.Pattern[str]:
    """The first words of every cue of hedge, revision, attribution or denial, as whole words, for
    lower-cased text: a sentence where none stands needs no tokens (the context pre-filter runs it)."""
    words = longest_first(cues().first_words)
    return compiled.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")


def denial_may_open(lowered: str, start: int, end: int) -> bool:
    """May a denial open in ``lowered[start:end]`` (lower-cased text)? Where none of the first words of
    denials stands, even inside a word, the sentence disputes nothing. (Substrings, not a pattern of the
    words: a search tried every word at every place, ~39,000 instructions a sentence.)"""
    part = lowered[start:end]
    return any(w in part for w in cues().denial_first)


def phrase_at(toks: list[Token], i: int, phrases: Phrases) -> int:
    """The length in tokens of the longest phrase of ``phrases`` that starts at token ``i`` (0: none)."""
    for words in phrases.get(toks[i].low, ()):
        n = len(words)
        if all(i + k < len(toks) and toks[i + k].low == words[k] for k in range(1, n)):
            return n
    return 0


def find_phrases(toks: list[Token], phrases: Phrases) -> Iterator[tuple[int, int]]:
    """The token spans ``(i, j)`` of the phrases of ``phrases``, left to right, none overlapping."""
    if phrases.keys().isdisjoint(lows(toks)):
        return  # no phrase's first word in the sentence (most sentences), told without a loop of Python
    after = 0
    for i, t in enumerate(toks):
        if i >= after and t.low in phrases and (n := phrase_at(toks, i, phrases)):
            yield i, i + n
            after = i + n


def _span(text: str, toks: list[Token], i: int, j: int) -> str:
    return text[toks[i].start : toks[j - 1].end]


def hedge(text: str, toks: list[Token]) -> str | None:
    """The first hedge of the sentence, as written ("could rise", "reportedly"), or None."""
    for i, j in find_phrases(toks, cues().hedges):
        return _span(text, toks, i, j)
    return None


# -- revision ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RevisionCue:
    """A sentence's word that a toll moved: its direction when the words say it (None: "revised"
    alone), and the previous figure with where it stands, when the sentence gives one."""

    direction: Direction | None
    previous: int | None = None
    #: where the previous figure stands in the text (start offset), to tell it from the new one
    previous_at: int | None = None


def _is_word(t: Token) -> bool:
    return t.low[:1].isalpha()


def _direction_after(toks: list[Token], j: int) -> Direction | None:
    """An explicit "up"/"down" within a few words after a cue, before any figure or mark."""
    c = cues()
    for t in toks[j : j + REACH // 2 + 1]:
        if t.low in c.direction_up:
            return "up"
        if t.low in c.direction_down:
            return "down"
        if not _is_word(t):
            return None
    return None


def _toll_follows(toks: list[Token], j: int) -> bool:
    nouns = cues().toll_nouns
    return any(t.low in nouns for t in toks[j : j + 4] if _is_word(t))


def _moves_a_toll(toks: list[Token], i: int, n: int) -> bool:
    """Does the one-word cue at ``i`` move a toll? A word like "fell" or "rose" is any verb ("a tree fell
    on their car") unless a toll or figure goes with it: a toll noun or a count shortly before ("the
    death toll has risen", "deaths rose"), or "to", "from" or "by" right after ("rose to 19", "fell by
    two") or a toll noun right after ("lowered the toll"). Cues of several words ("up from", "revised down") are a toll's own."""
    if n > 1:
        return True
    if (i + 2 < len(toks) and toks[i + 1].low in ("to", "from", "by") and _FIGURE_AT.match(toks[i + 2].text)) or (
        _toll_follows(toks, i + 1)
    ):
        return True  # "rose to 19" (not "fell to his knees"), "lowered the death toll to 8"
    nouns = cues().toll_nouns
    return any(t.low in nouns or t.low in _COUNT_NOUNS for t in toks[max(0, i - REACH) : i])


#: Nouns of counted people a toll word may follow without a toll noun: "deaths rose" ([context] count_nouns).
_COUNT_NOUNS: Final = frozenset(lexicon_data()["context"]["count_nouns"])


def _previous(text: str, toks: list[Token]) -> tuple[int, int] | None:
    """The previous figure a sentence names ("up from 21", "an earlier toll of 11") and where it stands."""
    for _, j in find_phrases(toks, cues().previous):
        if j < len(toks):
            m = _FIGURE_AT.match(text, toks[j].start)
            fig = parse_figure(m.group()) if m else None
            if m is not None and fig is not None and fig.best is not None:
                return fig.best, toks[j].start
    return None


def revision(text: str, toks: list[Token]) -> RevisionCue | None:
    """The sentence's word that a toll moved, or None: "has risen to 19" (up), "revised the death toll
    down to 19" (down), "corrected the toll to 12" (direction from the previous figure, if any)."""
    c = cues()
    found: RevisionCue | None = None
    first = c.revision_first
    if first.isdisjoint(lows(toks)):
        return None
    for i, t in enumerate(toks):
        if t.low not in first:
            continue
        if (n := phrase_at(toks, i, c.up)) and _moves_a_toll(toks, i, n):
            found = RevisionCue(_direction_after(toks, i + n) or "up")
        elif (n := phrase_at(toks, i, c.down)) and _moves_a_toll(toks, i, n):
            found = RevisionCue("down")
        elif n := phrase_at(toks, i, c.either):
            found = RevisionCue(_direction_after(toks, i + n))
        elif toks[i].low in c.of_toll and _toll_follows(toks, i + 1):
            found = RevisionCue(_direction_after(toks, i + 1) or "up")
        if found is not None:
            break
    if found is None:
        return None
    prev = _previous(text, toks)
    return found if prev is None else RevisionCue(found.direction, prev[0], prev[1])


# -- attribution -----------------------------------------------------------------------------------


def _capital(t: Token) -> bool:
    return t.text[:1].isupper() and t.low not in cues().not_sources


def _source_word(t: Token) -> bool:
    c = cues()
    return (_capital(t) or t.low in c.sources) and t.low not in c.not_sources


def _source_before(text: str, toks: list[Token], v: int) -> tuple[str, int] | None:
    """The source named right before the reporting verb at token ``v`` ("the Health Ministry said") and
    its first token."""
    c = cues()
    i = v - 1
    while i >= 0 and v - i <= 3 and toks[i].low in c.between:
        i -= 1
    end = i + 1
    if i >= 2 and toks[i].text == ")" and toks[i - 2].text == "(":
        i -= 3  # "Doctors Without Borders (MSF) said"
    if i < 0 or not _source_word(toks[i]):
        return None
    start = i
    noun = i if toks[i].low in c.sources else None  # the source noun the run holds, if any
    while start > 0 and end - start < REACH:
        t = toks[start - 1]
        if _source_word(t) or (t.low in c.joiners and start - 2 >= 0 and _source_word(toks[start - 2])):
            start -= 1
            if noun is None and toks[start].low in c.sources:
                noun = start  # "state news agency SANA": the noun before the name
        elif t.low in c.modifiers and noun is not None and noun - start < 2:
            start -= 1  # "local health officials": up to two words before a source noun
        else:
            break
    if start > 0 and toks[start - 1].low in ("the", "a", "an"):
        start -= 1
    return _span(text, toks, start, end), start


def _source_after(text: str, toks: list[Token], j: int) -> tuple[str, int] | None:
    """The source named right after a reporting verb ("said police", "according to the Health Ministry")
    and the token after it."""
    c = cues()
    i = j
    if i < len(toks) and toks[i].low in ("the", "a", "an"):
        i += 1
    end = i
    while end < len(toks) and end - j < REACH:
        t = toks[end]
        if _source_word(t) or (t.low in c.joiners and end > i and end + 1 < len(toks) and _source_word(toks[end + 1])):
            end += 1
        elif t.text == "(" and end + 2 < len(toks) and toks[end + 2].text == ")" and end > i:
            end += 3  # "Doctors Without Borders (MSF)"
        elif t.low in c.modifiers and end - i < 2 and any(u.low in c.sources for u in toks[end + 1 : end + 3]):
            end += 1  # "according to hospital officials", "said local police"
        else:
            break
    if end == i:
        return None
    # a capitalised run must end in a name or a source noun, not a joiner
    while end > i and toks[end - 1].low in c.joiners:
        end -= 1
    return (_span(text, toks, j, end), end) if end > i else None


@dataclass(frozen=True, slots=True)
class Source:
    """A source a sentence names: ``name`` as written ("" for a reporting verb whose source it does not
    name), in the ``clause``-th clause of contrast (0: the first); ``aside``: it stands after a comma
    (", police said", ", according to X"), so it speaks for the whole sentence."""

    name: str
    clause: int
    aside: bool


@dataclass(frozen=True, slots=True)
class Attribution:
    """The sources of one sentence and where its clauses of contrast open ("..., but residents said")."""

    sources: tuple[Source, ...]
    #: character offsets of the words that open a clause of contrast
    bounds: tuple[int, ...]

    def at(self, pos: int) -> str | None:
        """Who said the figure at ``pos``: the first source of its own clause (None when that one is not
        named: "..., while he said 20 died"); else the last of an earlier clause ("Police said 3 died,
        but 2 more ..."); else one set aside after a comma (", police said"). A source in a later clause
        of contrast that is no aside speaks only for its own: in "Officials gave a toll of 18, but
        residents said more than 40 died", the 18 is no one's the sentence names."""
        clause = bisect_right(self.bounds, pos)
        own = [s.name for s in self.sources if s.clause == clause]
        if own:
            return next((name for name in own if name), None)
        earlier = [s.name for s in self.sources if s.clause < clause and s.name]
        return earlier[-1] if earlier else next((s.name for s in self.sources if s.aside and s.name), None)


def _aside(toks: list[Token], opens: int, ends: int) -> bool:
    """Do a source and its verb (tokens ``opens`` to ``ends``, not included) stand aside: after a comma
    (', police said Sunday, adding ...', ',” said the coroner') or at the sentence's end, a few words at
    most after them ('..., a statement from the agency said.')?"""
    k = opens - 1
    while k > 0 and toks[k].low in _QUOTES:
        k -= 1
    return (k >= 0 and toks[k].low == ",") or len(toks) - ends <= _ASIDE_TAIL


def attribution(text: str, toks: list[Token]) -> Attribution | None:
    """Who the sentence says said what, as written: "according to X", "X said", "said X"; else None."""
    c = cues()
    first = c.reporting_first
    if first.isdisjoint(lows(toks)):
        return None
    bounds = [t.start for t in toks if t.low in c.contrast_clauses]
    found: list[Source] = []
    for i, t in enumerate(toks):
        if t.low not in first:
            continue
        opens = i  # the first token of the source and its verb, and the token after them
        if n := phrase_at(toks, i, c.reporting_after):
            source = _source_after(text, toks, i + n)
            ends = source[1] if source is not None else i + n
        elif n := phrase_at(toks, i, c.reporting):
            source = _source_before(text, toks, i)
            ends = i + n
            if source is not None:
                opens = source[1]
            elif toks[i].low not in c.reporting_before:
                source = _source_after(text, toks, i + n)
                ends = source[1] if source is not None else ends
        else:
            continue
        clause = bisect_right(bounds, t.start)
        if source is not None:
            found.append(Source(source[0].strip(), clause, _aside(toks, opens, ends)))
        elif bounds and not (i > 0 and toks[i - 1].low in _BE):
            # "..., while he said 20 died": a source the sentence does not name, in its clause (not "was
            # reported": no one speaks)
            found.append(Source("", clause, False))
    return Attribution(tuple(found), tuple(bounds)) if any(s.name for s in found) else None


# -- denial ----------------------------------------------------------------------------------------


def denial(text: str, toks: list[Token] | None = None) -> str | None:
    """The words of a denial, when the sentence disputes another figure in so many words ("disputing
    the MSF figure", "denied reports that", "the real toll"), else None: "in disputed Kashmir" is none."""
    words = tokenize(text) if toks is None else toks
    c = cues()
    for i, t in enumerate(words):
        if t.low not in c.denial_first:
            continue
        if n := phrase_at(words, i, c.real_tolls):
            return _span(text, words, i, i + n)
        if (n := phrase_at(words, i, c.denials)) and _denied_object(words, i + n) is not None:
            return _span(text, words, i, i + n)
    return None


def disputes(text: str, toks: list[Token] | None = None) -> bool:
    """Does the sentence ``text`` (or the one whose tokens in ``text`` are ``toks``) dispute another
    figure in so many words (:func:`denial`)? What a statement's ``denies`` says of its quote, and the
    one place that says it: the reader asks it once a sentence, of the tokens it read; extraction asks
    it of the quotes of the statements it did not read from a sentence, and the store of a statement
    stored before ``denies`` existed. A quote where no denial's first word stands
    (:func:`denial_may_open`) is not tokenised."""
    if toks is None:
        low = text.lower()
        if not denial_may_open(low, 0, len(low)):
            return False
    return denial(text, toks) is not None


def _denied_object(toks: list[Token], j: int) -> int | None:
    """The end (token index) of a denial's object starting at ``j`` when it names a figure, a claim or
    a report: up to the end of its clause, at most :data:`REACH` tokens; else None."""
    c = cues()
    k = j
    while k < len(toks) and k - j < REACH and toks[k].text not in ",;.:" and toks[k].low not in ("and", "but"):
        k += 1
    return k if any(t.low in c.denied_objects for t in toks[j:k]) else None


def denied_spans(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """Where the sentence gives the figure it disputes (the other side's): a denial's object (see
    :func:`denial`), as "the MSF figure of 25" in "disputing the MSF figure of 25"."""
    out: list[tuple[int, int]] = []
    for _, j in find_phrases(toks, cues().denials):
        if (k := _denied_object(toks, j)) is not None:
            out.append((toks[j].start, toks[k - 1].end))
    return out


# -- zero ------------------------------------------------------------------------------------------


@cache
def zero_finder() -> re.Pattern[str]:
    """Where a phrase of zero may stand in lower-cased text (perhaps inside a word, as "casino deaths"
    holds "no deaths"): where none does, :func:`zeros` finds none."""
    phrases = sorted((p for ps in cues().zeros.values() for p in ps), key=len, reverse=True)
    alternatives = (r"\s+".join(map(re.escape, p)) for p in phrases)
    return compiled.compile(r"(?:" + "|".join(alternatives) + r")(?![\w'’-])")


def zeros(text: str, toks: list[Token]) -> list[tuple[ZeroOutcome, int, int]]:
    """The outcomes the sentence says nobody suffered, with where it says so: "There were no
    casualties" is killed and injured 0; "not without casualties" is nothing."""
    c = cues()
    out: list[tuple[ZeroOutcome, int, int]] = []
    for i, j in find_phrases(toks, c.zeros):
        if i > 0 and toks[i - 1].low in c.zero_negators:
            continue
        words = tuple(t.low for t in toks[i:j])
        out.extend((outcome, toks[i].start, toks[j - 1].end) for outcome in c.zero_outcomes[words])
    return out
