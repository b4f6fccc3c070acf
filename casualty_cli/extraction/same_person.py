"""Who is who: a person reported hurt who then died is one of the dead, not one injured more.

Reports tell one victim's fate in steps: "a 16-year-old boy was critically wounded", then "the boy
died"; "Kendal Pinkerton was critically injured", then "the 2-year-old has died". The person moved
from the injured to the killed, which is one of the report's revisions; the injured statement of that
person is dropped, as people hit are dropped once the deaths are known (statements._resolve_hits).

A one-person injured statement is taken for one of the dead when nothing marks them as someone else
("another", "a second", "also", "is expected to survive", a count: "1 injured") and either:

* the same sentence says they died: a killed statement with the same subject ("A boy who was
  critically wounded Friday died Saturday"), or a pronoun after them ("..., but he later died");
* they are the Nth victim and the report counts N or more dead ("a fourth person was shot" beside
  "four people were killed");
* they and one of the dead agree on everything told of both (age, name, sex, a noun that tells people
  apart: "driver") and the report does not set them apart in one sentence ("X was killed and Y
  wounded"). With one dead person that is enough for "the victim" or a name; someone new ("a woman")
  or beside another ("his son", "the diplomat's driver") must share an age or a name, and a role
  ("the driver") the dead one's role. The dead told of only by a pronoun after the injured person
  ("A woman was critically injured on Friday. She died on Saturday.") are that person.

A person hit whose body was found is dead ("found the body of a police captain who had been shot").
The words are the lexicon's ``[identity]`` tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Final

from casualty_cli.extraction.lexicon import Lexicon, lexicon
from casualty_cli.extraction.numbers import WORD_VALUES
from casualty_cli.extraction.patterns import (
    APPOSITION_THEN_DIED_RE,
    HURT_BEFORE_APPOSITION_RE,
    HURT_WHO_DIED_RE,
    KIN_OF,
    ONE_OF_THEM_BEFORE_RE,
    ONE_OF_THEM_DIED_RE,
    PART_RE,
    SOME_OF_THE_WHOLE_DIED_RE,
    WHOLE_OF_THE_HURT_RE,
)
from casualty_cli.extraction.tokens import Token, window
from casualty_cli.extraction.totals import WOUNDED_WHO_DIED, brings_a_toll, in_headline, toll_nouns
from casualty_cli.model import DIED_OF_WOUNDS, Statement

__all__ = ["set_the_dead_apart"]

_AGE: Final = re.compile(r"(\d{1,3}|[a-z]+)[- ](?:year|month|week)s?[- ]old", re.I)
#: an age in apposition after a name: "Joel Harrison, 34, died"
_AGE_AFTER: Final = re.compile(r"\s*,\s*(\d{1,3})\s*[,.]")
_NUMBER: Final = re.compile(r"\d+$")
#: Qualifiers of a wounded whole that those of it who died are taken off ("at least 36 wounded" less 4 is
#: at least 32); a whole told roughly ("about", "dozens") keeps its people
_LESS_WHO_DIED: Final = frozenset(("exact", "at least", "more than", "up to"))
#: the end of a sentence: a full stop, "!" or "?" before a space
_SENTENCE_END: Final = re.compile(r"[.!?][\"'”’]?\s")
#: a word of a name: "Harbin", "Mikula-Conrad", "McKee" (not "UPDATE")
_NAME: Final = re.compile(r"[A-Z][a-z'’]*(?:[A-Z]?[a-z'’]+)(?:-[A-Z][a-z'’]+)*")
#: after a subject, the verb of a relative clause: "A boy who was critically wounded ... died",
#: "A juvenile injured in a shooting ... has died"
_RELATIVE: Final = re.compile(
    r"\s*,?\s*(?:who|that)\b|\s+(?:\w+ly\s+)?(?:injured|wounded|hurt|shot|hospitali[sz]ed)\b", re.I
)


@dataclass(slots=True)
class _Person:
    """What statements tell of one person (or, merged, of the report's one dead person): ages, the words
    of names, sex and the noun that tells people apart ("driver"), each empty when not told."""

    ages: frozenset[str]
    names: tuple[frozenset[str], ...]
    sexes: frozenset[str]
    nouns: frozenset[str]

    def agrees(self, other: _Person) -> bool:
        """Nothing told of both differs."""
        if self.ages and other.ages and not self.ages & other.ages:
            return False
        if self.names and other.names and not self._same_name(other):
            return False
        if self.sexes and other.sexes and not self.sexes & other.sexes:
            return False
        return not (self.nouns and other.nouns and not self.nouns & other.nouns)

    def _same_name(self, other: _Person) -> bool:
        # "Knijah Bibb" is "Knijah Amore Bibb"; "Mary Smith" is not "John Smith"
        return any(a <= b or b <= a for a in self.names for b in other.names)

    def matches(self, other: _Person, by_noun: bool = True) -> bool:
        """Something told of both is the same: an age, a name, or (``by_noun``) a noun that tells people apart."""
        return (
            bool(self.ages & other.ages)
            or self._same_name(other)
            or (by_noun and bool(self.nouns & other.nouns))
        )


class _People:
    """The report's dead told one by one, looked up by what they may share with someone: an age, a word of
    a name, a noun. (A person who matches another shares one of these with them: a name that is part of
    another shares its words. Looked up so, a long report's people are not compared each with each.)"""

    def __init__(self, people: list[_Person]) -> None:
        self.people = people
        self._merged: _Person | None = None
        self.by_key: dict[tuple[str, str], list[int]] = {}
        for n, p in enumerate(people):
            keys = {("age", a) for a in p.ages} | {("name", w) for name in p.names for w in name}
            for key in keys | {("noun", w) for w in p.nouns}:
                self.by_key.setdefault(key, []).append(n)

    def merged(self) -> _Person:
        """All of them as one person (the report's one dead person, told several times)."""
        if self._merged is None:
            self._merged = _merged(self.people)
        return self._merged

    def sharing(self, me: _Person) -> list[_Person]:
        """The people who share an age, a word of a name or a noun with ``me``, in the order told."""
        keys = {("age", a) for a in me.ages} | {("name", w) for name in me.names for w in name}
        keys |= {("noun", w) for w in me.nouns}
        found = sorted({n for key in keys for n in self.by_key.get(key, ())})
        return [self.people[n] for n in found]


def _merged(people: list[_Person]) -> _Person:
    return _Person(
        frozenset().union(*(p.ages for p in people)),
        tuple(n for p in people for n in p.names),
        frozenset().union(*(p.sexes for p in people)),
        frozenset().union(*(p.nouns for p in people)),
    )


def _age(text: str) -> str | None:
    m = _AGE.search(text)
    if m is None:
        return None
    n = m.group(1).lower()
    if n.isdigit():
        return n
    value = WORD_VALUES.get(n)
    return None if value is None else str(value)


def _person(text: str, st: Statement, lex: Lexicon) -> _Person:
    span = text[st.start : st.end]
    toks = window(span)
    owner = max((n for n, t in enumerate(toks) if t.low in lex.identity["possessive"]), default=-1)
    if owner >= 0:  # "the French woman's driver": the driver, not the woman
        span = span[toks[owner].end - st.start :]
        toks = toks[owner + 1 :]
    ident = lex.identity
    age = _age(span)
    if age is None and (after := _AGE_AFTER.match(text, st.end)):
        age = after.group(1)
    names = _names(toks, lex)
    sexes = frozenset(
        "male" if t.low in ident["male"] else "female"
        for t in toks
        if t.low in ident["male"] or t.low in ident["female"]
    )
    last = toks[-1].low if toks else ""
    noun = last if last.isalpha() and lex.is_person(last) and last not in ident["anyone"] else None
    return _Person(
        frozenset([age]) if age else frozenset(),
        (names,) if names else (),
        sexes,
        frozenset([noun]) if noun else frozenset(),
    )


def _names(toks: tuple[Token, ...], lex: Lexicon) -> frozenset[str]:
    """The words of the names among ``toks``: runs of capitalised words, less those naming a place or
    a body ("Catoosa County", "Brighton High", "Chicago Police")."""
    ident = lex.identity
    names: set[str] = set()
    run: list[Token] = []
    for t in [*toks, None]:
        if t is not None and _NAME.fullmatch(t.text) and not (not run and t.low in lex.pronouns):
            run.append(t)
            continue
        while run and run[0].low in ident["titles"]:
            run.pop(0)
        if run and not any(w.low in ident["not_names"] for w in run):
            names.update(
                w.low
                for w in run
                if w.low not in ident["male"]
                and w.low not in ident["female"]
                and not lex.is_person(w.low)
                and w.low not in WORD_VALUES
            )
        run = []
    return frozenset(names)


def _has(toks: tuple[Token, ...], words: frozenset[str]) -> bool:
    """Does a word or phrase of ``words`` stand in ``toks``?"""
    lows = [t.low for t in toks]
    joined = f" {' '.join(lows)} "
    return any(f" {w} " in joined for w in words)


def _someone_else(text: str, st: Statement, lex: Lexicon) -> bool:
    """Is the person of an injured statement marked as someone besides the dead?"""
    span = window(text, st.start, st.end)
    if not span or _NUMBER.match(span[0].text) or span[0].low in WORD_VALUES:
        return True  # a count, "1 injured": told apart from the dead by the report itself
    near = [
        *window(text, max(0, st.start - 25), st.start)[-3:],
        *span,
        *window(text, st.end, st.end + 30)[:4],
    ]
    if span[0].low == "another" and (before := window(text, max(0, st.start - 30), st.start)) and (
        before[-1].low in lex.verb_ends
    ):
        near.remove(span[0])  # "he accidentally shot another man": another than the one who shot
    if any(t.low in lex.identity["someone_else"] for t in near):
        return True  # "another man", "the other passenger", "Carlos Aguilar was also shot"
    return _has(window(st.quote), lex.identity["alive"])


@cache
def _body_of() -> re.Pattern[str]:
    """What stands before a person whose body was found: "the body of (the) (25-year-old)"."""
    nouns = "|".join(sorted(lexicon().identity["bodies"]))
    return re.compile(rf"\b(?:{nouns})\s+of\s+(?:the\s+)?(?:\d{{1,3}}-(?:year|month)-old\s+)?$", re.I)


def _ordinal(text: str, st: Statement, lex: Lexicon) -> int | None:
    for t in window(text, st.start, st.end)[:3]:
        if t.low in lex.ordinals:
            return lex.ordinals[t.low]
    return None


def set_the_dead_apart(text: str, statements: list[Statement]) -> list[Statement]:
    """``statements`` without the injured statements of people who are among the report's dead; people
    hit whose body was found are dead ("found the body of a police captain who had been shot")."""
    body_of = _body_of()
    statements = [
        replace(st, outcome="killed")
        if st.outcome == "injured" and body_of.search(text, max(0, st.start - 30), st.start)
        else st
        for st in statements
    ]
    statements = _wounded_of_whom_died(text, statements)
    statements = _wounded_in_a_risen_toll(statements)
    dead = [s for s in statements if s.outcome == "killed" and s.scope == "incident" and s.best]
    if not dead:
        return statements
    if not any(_may_be_dead(st) for st in statements):
        return statements
    lex = lexicon()
    killed = max(s.best or 0 for s in dead)
    people = _People([_person(text, s, lex) for s in dead if s.best == 1])
    # the dead of each sentence (quote and headline), in order: an injured statement is compared with its
    # own sentence's, not with every statement of a long report
    by_sentence: dict[tuple[str, str | None], list[Statement]] = {}
    for d in dead:
        by_sentence.setdefault((d.quote, d.headline), []).append(d)
    told_dead = _told_dead_next(text, statements, lex)
    besides = _dead_besides(text, statements, told_dead, dead, lex)
    out = [
        st
        for n, st in enumerate(statements)
        if not _may_be_dead(st)
        or not (
            n in told_dead
            or _is_one_of_the_dead(text, st, by_sentence.get((st.quote, st.headline), []), dead, people, killed, lex)
        )
    ]
    out = _wounded_who_died(text, out)
    out = _whole_of_the_wounded(text, out)
    return sorted([*out, *besides], key=lambda st: st.start) if besides else out


def _wounded_in_a_risen_toll(statements: list[Statement]) -> list[Statement]:
    """ "... killing 58 and wounding 36. The toll had risen to 62 after 4 of the wounded died": a toll that
    holds some of the wounded who died (its breakdown part :data:`~casualty_cli.model.DIED_OF_WOUNDS`, read
    by earlier.py) and rose past the dead told before it takes them off the wounded told before it: injured
    32, "36 injured, less 4 who died" (a toll told before the deaths, "killing 62 and wounding 32", is the
    new one already: nothing moves), and so does a headline that tells the dead before the rise ("kills 58,
    wounds 36": a headline of the risen toll, "kills 62", tells the wounded left). The first such toll only, found in one pass over the statements (the
    wounded so derived are no whole of a later one)."""
    if not any(s.breakdown for s in statements):
        return statements
    h = k = pending_h = pending_k = 0
    quote: str | None = None
    for t in sorted(statements, key=lambda x: x.start):
        if t.quote != quote:  # the figures of the sentences before this one
            h, k, pending_h, pending_k, quote = max(h, pending_h), max(k, pending_k), 0, 0, t.quote
        n = next((b.best for b in t.breakdown if b.group == DIED_OF_WOUNDS and b.best), 0) if t.breakdown else 0
        if n and t.outcome == "killed" and t.scope == "incident" and t.best and h > n and 0 < k < t.best:
            whole = h
            # a headline that tells the dead before the rise ("... kills 41, wounds 180" above "had risen to 43
            # after two of the wounded died") tells the wounded before it too: its whole is the body's
            stale = {s.quote for s in statements if s.outcome == "killed" and s.scope == "incident" and s.best
                     and s.best < t.best and in_headline(s)}
            return [
                replace(s, best=whole - n, low=None if s.low is None else s.low - n,
                        high=None if s.high is None else s.high - n, derivation=f"{whole} injured, less {n} who died")
                if s.outcome == "injured" and s.best == whole and s.end <= t.start and s.quote != t.quote
                and s.scope == "incident" and s.derivation is None and s.qualifier in _LESS_WHO_DIED
                and (not in_headline(s) or s.quote in stale) else s
                for s in statements
            ]
        if n and h == 0 and t.outcome == "killed" and t.scope == "incident" and t.best and t.best > n:
            later = _first_toll_told_after_a_rise(statements, t, n)
            if later is not None:
                return later
        if t.scope == "incident" and t.best and t.derivation is None and not in_headline(t):
            if t.outcome == "injured" and t.qualifier in _LESS_WHO_DIED:
                pending_h = max(pending_h, t.best)
            elif t.outcome == "killed":
                pending_k = max(pending_k, t.best)
    return statements


def _first_toll_told_after_a_rise(statements: list[Statement], t: Statement, n: int) -> list[Statement] | None:
    """ "The number of gendarmes killed has risen to five, after one of the wounded officers died. The fighters
    had opened fire on a patrol, killing four gendarmes and wounding three others": a toll risen by ``n`` of the
    wounded (``t``, no wounded told before it), then a later sentence that tells the dead before the rise
    (``t``'s figure less ``n``) with its wounded, told the wounded before the deaths too: injured 2, "3 injured,
    less 1 who died". None where no later sentence tells that first toll with wounded."""
    prior = (t.best or 0) - n
    firsts = {s.quote for s in statements if s.outcome == "killed" and s.scope == "incident" and s.best == prior
              and s.start > t.end and s.quote != t.quote and s.derivation is None and not in_headline(s)}
    if not firsts:
        return None
    hurt = next((s for s in statements if s.outcome == "injured" and s.quote in firsts and s.scope == "incident"
                 and s.derivation is None and s.best and s.best > n and s.qualifier in _LESS_WHO_DIED), None)
    if hurt is None or hurt.best is None:
        return None
    whole = hurt.best
    return [
        replace(s, best=whole - n, low=None if s.low is None else s.low - n, high=None if s.high is None else s.high - n,
                derivation=f"{whole} injured, less {n} who died")
        if s is hurt else s
        for s in statements
    ]


def _whole_of_the_wounded(text: str, statements: list[Statement]) -> list[Statement]:
    """ "The toll rose to 23 after a woman undergoing treatment succumbed ... Of the 39 persons injured in
    the crush, she was the only one to die": a wounded whole told "Of the N ..." at its sentence's start, in
    a sentence that tells some of them died ("she was the only one to die", "the two who died overnight"),
    or after a sentence that tells a toll rise by some of the wounded who died ("rose to 43 as two of the
    wounded died"), holds them: the injured are the whole less those who died, wherever the whole is told
    (GVA's convention: injured means injured and not killed)."""
    rises = sum(s.best or 0 for s in statements if s.outcome == "killed" and s.scope == "incident" and s.best
                and HURT_WHO_DIED_RE.match(text, s.end) and any(
                    t.outcome == "killed" and t.quote == s.quote and (t.best or 0) > (s.best or 0)
                    for t in statements))
    less: dict[int, int] = {}  # the whole's figure -> those of it who died
    for st in statements:
        if st.outcome != "injured" or st.scope != "incident" or st.derivation is not None or not st.best or (
            st.qualifier != "exact"
        ):
            continue
        if (one_of := ONE_OF_THEM_DIED_RE.match(text, st.end)) is not None:
            n = _count_who_died(one_of.group("part"))  # "...; the woman who died was one of them"
        elif WHOLE_OF_THE_HURT_RE.search(text, max(0, st.start - 12), st.start) is None:
            continue
        else:
            died = SOME_OF_THE_WHOLE_DIED_RE.match(text, st.end)
            n = rises if died is None else _count_who_died(died.group("part"))
        if n and n < st.best:
            less[st.best] = n
    if not less:
        return statements
    return [
        replace(s, best=s.best - less[s.best], low=s.best - less[s.best], high=s.best - less[s.best],
                derivation=f"{s.best} injured, less {less[s.best]} who died")
        if s.outcome == "injured" and s.scope == "incident" and s.derivation is None and s.qualifier == "exact"
        and s.best in less else s
        for s in statements
    ]


def _count_who_died(part: str) -> int:
    """How many the words before a death in a part of a wounded whole name: "the two who died overnight" 2,
    "she was the only one to die" or "the student was the first to die" 1; none where they say several."""
    words = part.lower().split()
    for w in words:
        if w in WORD_VALUES or w.isdigit():
            return WORD_VALUES[w] if w in WORD_VALUES else int(w)
    return 0 if lexicon().identity["several_who_died"].intersection(words) else 1


def less_of_them_who_died(n: int) -> str:
    """How the derivation of a wounded whole ends when the ``n`` of them who died are taken off it where it
    is read ("155 wounded, less 3 of them who died": statements.py writes it, :func:`_wounded_of_whom_died`
    finds the wounded by it)."""
    return f"less {n} of them who died"


def _wounded_of_whom_died(text: str, statements: list[Statement]) -> list[Statement]:
    """ "Twenty-two people were killed outright and 155 were wounded, three of whom later died": the three,
    taken off the wounded where they were read ("155 wounded, less 3 of them who died"), are deaths besides
    the 22 told before them: a sum, "sum of 22 and 3: the wounded who died", after the three."""
    out = statements
    for st in statements:
        n = st.best
        if st.outcome != "killed" or st.scope != "incident" or not n or st.derivation is not None or not (
            PART_RE.fullmatch(text, st.start, st.end)
        ):
            continue
        less = less_of_them_who_died(n)
        if not any(s.outcome == "injured" and s.quote == st.quote and (s.derivation or "").endswith(less) for s in statements):
            continue
        told = [s for s in statements if s.outcome == "killed" and s.scope == "incident" and s.derivation is None
                and s.end <= st.start]
        # the dead of the wounded's own sentence, if it tells some ("killing one and wounding four, one of
        # whom later died" is two, whoever else the report told dead before)
        own = [s for s in told if s.quote == st.quote]
        # (not a toll a clause of a total brought up before: "bringing the number killed to five ... Thirteen
        # were wounded, two of whom have now died" holds the two in the five; the three told dead do not)
        k = max((s.best or 0 for s in own or [s for s in told if s.revision is None and not brings_a_toll(s)]), default=0)
        if k:
            out = [*out, _dead_with_the_wounded(st, k, n)]
    return out if out is statements else sorted(out, key=lambda s: s.start)


def _wounded_who_died(text: str, statements: list[Statement]) -> list[Statement]:
    """ "... killing seven people and wounding 11. Two of the wounded later died": the two moved from the
    injured to the dead, so the dead are nine (a sum after the two) and the injured nine (the 11, less
    two); the two read as injured are no injured group. Only where the report told the injured before,
    read as such (an injured figure derived from people hit has its dead taken off already)."""
    found = HURT_WHO_DIED_RE
    out = list(statements)
    for st in statements:
        if st.outcome != "killed" or st.scope != "incident" or not st.best:
            continue
        if found.match(text, st.end) is None and not (
            # "One of the wounded, a woman aged 30, died in hospital": the apposition read as the one who died
            (HURT_BEFORE_APPOSITION_RE.search(text, max(0, st.start - 40), st.start) is not None
             or _one_of_the_wounded_told_last(text, st, out))
            and APPOSITION_THEN_DIED_RE.match(text, st.end) is not None
        ):
            continue
        n = st.best
        before = [s for s in out if s.end <= st.start and s.scope == "incident" and s.best and s.derivation is None]
        hurt = [s for s in before if s.outcome == "injured"]
        h = max((s.best or 0 for s in hurt), default=0)
        if h < n:
            continue
        # (a headline tells the newest toll first: "Blast kills 59" above "52 were killed ... Seven of the
        # wounded died, raising the toll to 59" is no toll the body told before the seven)
        k = max((s.best or 0 for s in before if s.outcome == "killed" and not in_headline(s)
                 and not (s.quote == st.quote and _toll_before(text, s))), default=0)
        # "two of the wounded had died, bringing the toll to 12": the sentence gives the new toll, with them
        # (or told before them: "The death toll later rose to 51 when one of the wounded died")
        toll = max((s.best or 0 for s in statements if s.outcome == "killed" and s.quote == st.quote
                    and (s.start > st.end or (s.end <= st.start and _toll_before(text, s))) and s.scope == "incident"),
                   default=0)
        if toll == 0 and k >= n and _rise_told_before(text, st):
            # "64 had been killed and 180 wounded. The toll rose as ... three of the wounded died": the deaths
            # tell why the toll told before rose, so they are in it and out of its wounded already
            out = [s for s in out if not (s.outcome == "injured" and s.start == st.start and s.end == st.end)]
            continue
        if toll > n:
            if k >= toll and not _hurt_told_with_the_toll_before(text, before, h, toll - n):
                # the report told the new toll before ("killing 12 and wounding 20"): its wounded are those
                # left, so nothing moves; the two read as injured are no group
                out = [s for s in out if not (s.outcome == "injured" and s.start == st.start and s.end == st.end)]
                continue
            k = 0  # the toll is told: no sum of the dead before and the two
        out = [
            replace(s, best=h - n, low=h - n, high=h - n, derivation=f"{h} injured, less {n} who died")
            if s.outcome == "injured" and s in hurt and s.best == h else s
            for s in out
            # the people read as injured at the same figure are the dead
            if not (s.outcome == "injured" and s.start == st.start and s.end == st.end)
        ]
        if k and _toll_told_with_them(before, hurt, h, n):
            k = 0  # "rose to 27 ... had killed 10 and injured 60 ... 17 of the injured have died": the 27 holds them
        if k and _death_told_with_its_rise(before, n):
            k = 0  # "A woman wounded in the strike has died, raising the number killed to 35": told and counted
        if k:
            out.append(_dead_with_the_wounded(st, k, n))
    return sorted(out, key=lambda s: s.start)


def _toll_told_with_them(before: list[Statement], hurt: list[Statement], h: int, n: int) -> bool:
    """Do the dead told with the ``h`` wounded, in their sentence, and the ``n`` of them who died make a toll
    the report told before ("the toll rose to 27" in a lead, then "had killed 10 people and injured 60 ... 17 of
    the injured have died")? Then that toll holds the ``n``: no sum of theirs with it."""
    quotes = {s.quote for s in hurt if s.best == h}
    own = [s.best for s in before if s.outcome == "killed" and s.quote in quotes and s.best]
    return any(s.outcome == "killed" and s.best == k + n for k in own for s in before)
def _death_told_with_its_rise(before: list[Statement], n: int) -> bool:
    """Did a sentence before tell ``n`` dead with a toll they brought up ("A woman wounded in Sunday's strike has
    died in hospital, ..., raising the number of people killed in the attack to 35")? Those of the wounded who
    died, told again later ("One of them, a 60-year-old woman ..., died on Monday night"), are in that toll."""
    return any(
        s.outcome == "killed" and s.best == n and any(
            t.outcome == "killed" and t.quote == s.quote and (t.best or 0) > n and brings_a_toll(t) for t in before
        )
        for s in before
    )


def _one_of_the_wounded_told_last(text: str, st: Statement, statements: list[Statement]) -> bool:
    """Does ``st`` follow "One of them, " at its sentence's start, where the group told last before it, in the
    sentence before, is the wounded ("117 people were wounded in the attack, 15 of them children. One of them, a
    60-year-old woman who had been taken to the regional hospital with shrapnel wounds, died on Monday night")?"""
    if "of them" not in text[max(0, st.start - 20) : st.start] or ONE_OF_THEM_BEFORE_RE.search(
        text, max(0, st.start - 40), st.start
    ) is None:
        return False
    told = [s for s in statements if s.end <= st.start and s.best and s.scope == "incident"]
    last = max(told, key=lambda s: s.start, default=None)
    return last is not None and last.outcome == "injured" and last.quote != st.quote


def _hurt_told_with_the_toll_before(text: str, before: list[Statement], h: int, prior: int) -> bool:
    """Were the ``h`` wounded told after the toll the deaths raised, ``prior`` dead, in their sentence ("eight
    people had been killed and 10 injured ... The toll rose to nine after one of the injured died", where a lead
    told the nine first)? Then they were counted before the deaths, and those who died leave them (10 less 1)."""
    for s in before:
        if s.outcome != "injured" or s.best != h or prior <= 0:
            continue
        lo = text.rfind(s.quote[:40], max(0, s.start - 1000), s.start + 1) if s.quote else -1
        if lo >= 0 and any(
            (WORD_VALUES.get(t.low) if t.low in WORD_VALUES else int(t.low) if t.low.isdigit() else None) == prior
            for t in window(text, lo, s.start)
        ):
            return True
    return False


def _rise_told_before(text: str, st: Statement) -> bool:
    """Does ``st``'s sentence tell a toll's rise before it, with no figure ("The toll rose as families reported
    relatives buried and three of the wounded died": a toll noun, then one of ``toll_changes``)?"""
    start = text.rfind(st.quote[:40], max(0, st.start - 1000), st.start + 1) if st.quote else -1
    toks = [t.low for t in window(text, start if start >= 0 else max(0, st.start - 200), st.start)]
    lex = lexicon()
    return any(
        w in toll_nouns() and j + 1 < len(toks) and (toks[j + 1] in lex.toll_changes or (
            j + 2 < len(toks) and toks[j + 1] in ("has", "had") and toks[j + 2] in lex.toll_changes))
        and not any(any(c.isdigit() for c in x) or x in WORD_VALUES for x in toks[j + 1 :])
        for j, w in enumerate(toks)
    )


def _toll_before(text: str, s: Statement) -> bool:
    """Is ``s``'s figure told as a toll, a noun of one just before it ("the death toll rose to 51")?"""
    return any(t.low in toll_nouns() for t in window(text, max(0, s.start - 40), s.start)[-5:])


def _dead_with_the_wounded(st: Statement, k: int, n: int) -> Statement:
    """``st``, the ``n`` of the wounded who died, made the sum of the dead with the ``k`` told dead before
    them: "22 were killed and 155 wounded, three of whom later died" is "sum of 22 and 3: the wounded who
    died" (both :func:`_wounded_of_whom_died` and :func:`_wounded_who_died` add it)."""
    return replace(st, best=k + n, low=k + n, high=k + n, qualifier="exact",
                   derivation=f"sum of {k} and {n}: {WOUNDED_WHO_DIED}")


def _dead_besides(
    text: str, statements: list[Statement], told_dead: dict[int, int], dead: list[Statement], lex: Lexicon
) -> list[Statement]:
    """Deaths that add to the report's dead: a person told injured who then died, kin of someone told
    before ("His wife was seriously injured. She died in hospital."), after the deaths of others told in
    sentences before. "An official was shot dead. His wife was seriously injured. She died two days
    later." is two dead; the kin of a dead person is someone besides them."""
    out: list[Statement] = []
    for n, later in told_dead.items():
        st = statements[n]
        before = [d for d in dead if d.end <= st.start and d.quote != st.quote and d.headline == st.headline]
        if not before or any(d.best is None for d in before):
            continue
        if KIN_OF.match(text, st.start) is None:
            continue  # (someone told apart only by age or sex may be of another event the report tells)
        k = max(d.best or 0 for d in before)
        d = statements[later]
        out.append(replace(d, best=k + 1, low=k + 1, high=k + 1, qualifier="exact",
                           derivation=f"sum of {k} and 1: separate groups"))
    return out


def _told_dead_next(text: str, statements: list[Statement], lex: Lexicon) -> dict[int, int]:
    """The indexes of one-person injured statements whose next statement, in their sentence or the one
    after, is a death told by a lone pronoun: "they found a man with a gunshot wound. He was rushed to a
    hospital, where he died." The pronoun's antecedent is the person told last, the injured one (not
    when the injured one is said to live, "is expected to survive", or is of the other sex, or when their
    own sentence tells a death of someone the pronoun may stand for), each with the index of that death."""
    ident = lex.identity
    out: dict[int, int] = {}
    for n, st in enumerate(statements):
        if not (_may_be_dead(st) and st.best == 1) or _has(window(st.quote), ident["alive"]):
            continue
        later = next((m for m in range(n + 1, len(statements)) if statements[m].start >= st.end), None)
        after = None if later is None else statements[later]
        if after is None or after.outcome != "killed" or after.scope != "incident" or after.headline != st.headline:
            continue
        pronoun = text[after.start : after.end].lower()
        if pronoun not in ident["one_pronouns"]:
            continue
        sex = "male" if pronoun in ident["male"] else "female"
        if not _may_be(sex, _person(text, st, lex)):
            continue  # "a woman was injured ... He died": someone else
        if any(
            d.outcome == "killed" and d.quote == st.quote and d.headline == st.headline and _may_be(sex, _person(text, d, lex))
            for d in statements
        ):
            continue  # "A trader was shot dead and a boy wounded. Elders say he was killed by ...": either
        if len(_SENTENCE_END.findall(text, st.end, after.start)) <= 1 and later is not None:
            out[n] = later
    return out


def _may_be(sex: str, person: _Person) -> bool:
    """May ``person`` be told of by a pronoun of ``sex``?"""
    return not person.sexes or sex in person.sexes


def _may_be_dead(st: Statement) -> bool:
    """Is the statement one of people injured, read as such (no derivation), who may be among the dead?"""
    return st.outcome == "injured" and st.scope == "incident" and bool(st.best) and st.derivation is None


def _is_one_of_the_dead(
    text: str,
    st: Statement,
    same_sentence: list[Statement],
    dead: list[Statement],
    people: _People,
    killed: int,
    lex: Lexicon,
) -> bool:
    """Is the injured statement ``st`` about people among ``dead`` (``same_sentence``: those of its own
    sentence)?"""
    ident = lex.identity
    pronouns = ident["one_pronouns"] if st.best == 1 else ident["many_pronouns"]
    if same_sentence and all(
        d.start > st.end and text[d.start : d.end].lower() in pronouns for d in same_sentence
    ):
        # "A fourth person was taken to the hospital, but he later died", "The three were injured and were
        # taken to a hospital where they died"
        return True
    if st.best != 1:
        return False
    if any(d.start == st.start for d in same_sentence) and _RELATIVE.match(text, st.end):
        return True  # "A boy who was critically wounded Friday died Saturday": one subject, two verbs
    ordinal = _ordinal(text, st, lex)
    if ordinal is not None:
        # "a fourth person was also shot" beside "four people were killed": one of the four
        return not same_sentence and ordinal <= killed and not _has(window(st.quote), ident["alive"])
    if _someone_else(text, st, lex) or same_sentence:
        # "X was killed and Y wounded", "the driver is in critical condition and a passenger died"
        return False
    me = _person(text, st, lex)
    span = window(text, st.start, st.end)
    # "a woman was injured" is someone new, and "the diplomat's driver", "his son" someone beside another:
    # either is one of the dead only when their age or name is
    indefinite = span[0].low in ident["new_person"] or any(t.low in ident["possessive"] for t in span)
    if killed == 1:
        # one dead person, however many times told: the injured one is them unless something differs;
        # "a woman was injured" is someone new unless her age or name is the dead one's
        # "the driver was injured" beside "an assistant was killed": a noun that tells people apart must be
        # the dead one's too
        one = people.merged()
        if all(text[d.start : d.end].lower() in ident["one_pronouns"] and d.start > st.end for d in dead):
            # "A woman was critically injured on Friday. She died on Saturday.": the dead one is told of only
            # by a pronoun after the injured one, who is its antecedent
            return me.agrees(one)
        return me.agrees(one) and (me.matches(one, by_noun=not indefinite) or not (indefinite or me.nouns))
    return any(me.agrees(p) and me.matches(p, by_noun=not indefinite) for p in people.sharing(me))
