"""Figures and noun phrases over one sentence's tokens: the counted phrase that ends or starts at a token
("at least 15 TTP/LI militants", "a wildlife tracker", "a mother and her three children"), lists of them,
and the tests of a token they rest on (a number, a name, a noun of people). Each is a plain function over a
bounded window of tokens; the sentence reader (readers.py) calls them around the lexicon's entries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from casualty_cli.extraction.lexicon import Entry, Lexicon, Outcome, lexicon, lexicon_data
from casualty_cli.extraction.numbers import Figure, parse_figure
from casualty_cli.extraction.syntax import (
    AFTER_A_NAME,
    AFTER_OBJECT,
    AFTER_ONE_PERSON_OBJECT,
    AGES,
    AGES_OF_SEVERAL,
    ALLEGED,
    ANY_PEOPLE,
    APPOSITION_BREAKS,
    APPOSITION_MARKS,
    ARTICLE_FIGURE_OPENERS,
    ARTICLES,
    ASIDE,
    BARE_FOLLOWERS,
    BARE_LEAD,
    BEFORE_A_GROUP,
    CARRY_VERBS,
    CIVILIAN_PEOPLE,
    CLAUSE_END,
    CONJUNCTIONS,
    DASHES,
    DEFINITE,
    DETERMINERS,
    FIGURE_JOINERS,
    FIGURE_OF_NOUNS,
    FIGURE_OPENERS,
    GENERIC_PEOPLE,
    GROUP_DEFINITE,
    INCLUDING,
    INDEFINITE,
    ING_PREPOSITIONS,
    IRREGULAR_PARTICIPLES,
    ITEM_MODIFIERS,
    LATER_IN_LIST,
    LEADER_PARTS,
    LIST_JOINERS,
    LIST_OR_CONJUNCTION,
    MAX_ITEMS,
    MEASURES,
    MONTHS,
    MORE_OR_OTHER,
    MORE_PEOPLE,
    NAME_JOINERS,
    NAME_PARTICLES,
    NAME_PARTICLES_APART,
    NAME_PLACE_WORDS,
    NAME_PREPOSITIONS,
    NAME_WORDS,
    NATIONALITY_ENDS,
    NEGATED_COMPARISONS,
    NEGATED_QUALIFIERS,
    NO,
    NUMBER_WORDS,
    OF_THEM,
    ONE,
    ONE_OF_A_GROUP,
    ONE_PERSON_OBJECTS,
    ONE_PERSON_PRONOUNS,
    PLACE_NAME_ENDS,
    PLACE_WORDS,
    PLAIN_KINDS,
    PLAIN_PEOPLE,
    PLURAL_AUX,
    POSSESSIVE_S,
    POSSESSIVES,
    POSSESSIVES_OF_ONE,
    POSSESSIVES_OF_PEOPLE,
    QUALIFIER_WORDS,
    QUOTES,
    RANGE_JOINERS,
    RANKS,
    REFLEXIVES,
    REGION_NOUNS,
    RELATIVES_OF_PEOPLE,
    RESULT_VERBS,
    SCALES,
    SENTENCE_MARKS,
    SPEECH_GERUNDS,
    SPEECH_VERBS,
    STOP,
    VAGUE_LAST,
    VAGUE_WORDS,
    VERB_ROLES,
    WEEKDAYS,
    WHEN_WORDS,
    WINDOW,
    ZONES,
)
from casualty_cli.extraction.tokens import Token, lows

#: Kin of a name told before, with whose they are ([identity] kin_owners and kin): "Omar Said, his wife Mona and
#: their two children" names three people
_KIN_POSSESSIVES: Final = frozenset(lexicon_data()["identity"]["kin_owners"])
_KIN: Final = frozenset(lexicon_data()["identity"]["kin"])


@dataclass(slots=True)
class Phrase:
    """A noun phrase of counted people: tokens ``first..last`` (inclusive)."""

    figure: Figure
    first: int
    last: int
    head: str | None
    single: bool = False
    #: the tokens of the figure, when there is one: a statement points at its figure
    span: tuple[int, int] | None = None

    # (Written out: compiled, a dataclass's generated __init__ stays Python, and a phrase is made often.)
    def __init__(
        self, figure: Figure, first: int, last: int, head: str | None, single: bool = False,
        span: tuple[int, int] | None = None,
    ) -> None:
        self.figure = figure
        self.first = first
        self.last = last
        self.head = head
        self.single = single
        self.span = span


# -- figures -------------------------------------------------------------------------------------


def numberish(t: Token) -> bool:
    """Is the token a number, in digits or words ("twenty-five")? (Worked out each time: a test of one
    set or two, which costs less than a call of an lru_cache, compiled: 580 instructions, callgrind.)"""
    low = t.low
    if low[0].isdigit():
        return "-" not in low  # not "27-year-old"
    if low in NUMBER_WORDS:
        return True
    return "-" in low and all(p in NUMBER_WORDS for p in low.split("-"))


def _best_of_range(fig: Figure) -> Figure:
    """A range's best is its lowest figure (ACLED's convention); low and high are kept."""
    if fig.qualifier == "range" and fig.best is None and fig.low is not None:
        return Figure(fig.low, fig.low, fig.high, "range")
    return fig


def _parse(text: str, toks: list[Token], first: int, last: int) -> Figure | None:
    return parse_figure(text[toks[first].start : toks[last].end])


def figure_ending(text: str, toks: list[Token], j: int, lo: int) -> tuple[Figure, int] | None:
    """The figure whose last token is ``j`` (no further left than ``lo``), and its first token."""
    t = toks[j]
    if not (numberish(t) or t.low in VAGUE_LAST):
        return None
    k = j
    while k - 1 >= lo and j - k < 7:
        p = toks[k - 1]
        if numberish(p) and p.low[0].isdigit() and numberish(toks[k]) and toks[k].low not in SCALES:
            break  # "19:39 One person": two numbers side by side are two figures
        if p.low in RANGE_JOINERS and not p.low.isalpha() and not numberish(toks[k]):
            break  # "LONDON, July 8, 2005 - More than 50 people": a dash joins two numbers, not a year and a qualifier
        if numberish(p) or p.low in QUALIFIER_WORDS or p.low in VAGUE_WORDS or p.low in FIGURE_JOINERS:
            k -= 1  # ("half a dozen")
        else:
            break
    if k == j and (_day_of_month(toks, j, lo) or _minutes(toks, j, lo)):
        return None  # "an Oct. 13 gang shooting", "around 12:45 a.m. about people": a date or a time, not a count
    if k - 1 >= lo and toks[k - 1].low in NEGATED_QUALIFIERS and toks[k].low in NEGATED_COMPARISONS:
        k -= 1  # "no fewer than 20"
    for s in range(k, j + 1):
        fig = _parse(text, toks, s, j)
        if fig is not None and _sane(toks, s, j, fig):
            return _best_of_range(fig), s
    return None


def _minutes(toks: list[Token], j: int, lo: int) -> bool:
    """Is token ``j`` the minutes of a time of day: two digits after a number and a colon, no space
    between ("12:45"; "Nov 2023: 14 soldiers killed" is a timeline's line and its count)?"""
    return j - 2 >= lo and len(toks[j].low) == 2 and toks[j].low.isdigit() and toks[j - 1].low == ":" and (
        toks[j - 2].low.isdigit() and toks[j - 1].start == toks[j - 2].end and toks[j].start == toks[j - 1].end
    )


def _day_of_month(toks: list[Token], j: int, lo: int) -> bool:
    """Is token ``j`` the day of a date: one or two digits after a capitalised month ("Oct. 13", "May 3";
    not after a date with its day first: "01 Oct. 7 people killed")?"""
    if not (toks[j].low.isdigit() and len(toks[j].low) <= 2):
        return False
    m = j - 2 if j - 2 >= lo and toks[j - 1].low == "." else j - 1
    return m >= lo and toks[m].text[:1].isupper() and toks[m].low.rstrip(".") in MONTHS and not (
        m - 1 >= lo and toks[m - 1].low.isdigit()
    )


def _sane(toks: list[Token], s: int, j: int, fig: Figure) -> bool:
    """Is a figure joined by "and", "to" or a dash a range or one number in words ("one hundred and
    twenty"), not two numbers ("Interstate 8 and 2 fatalities")? Is one whose groups of digits stand
    apart no day and a count ("March 3 100")?"""
    if " " in toks[s].low and s >= 1 and toks[s - 1].text[:1].isupper() and toks[s - 1].low.rstrip(".") in MONTHS:
        return False  # "On March 3 100 people died": a day and a count, not "3 100"
    if j > s and _day_of_month(toks, s, 0):
        return False  # "BAMAKO, Sept 8 - 49 civilians were killed": a dateline's day, then the count
    joined = [
        x for x in range(s + 1, j) if toks[x].low in RANGE_JOINERS
        and numberish(toks[x - 1]) and numberish(toks[x + 1])
    ]
    if not joined or fig.qualifier == "range":
        return True
    return all(not t.low[0].isdigit() for t in toks[s : j + 1])


def figure_starting(text: str, toks: list[Token], i: int, hi: int) -> tuple[Figure, int] | None:
    """The longest figure that opens at token ``i`` (ending before ``hi``), and its last token."""
    e = i + 1 if i + 1 < hi and toks[i].low in NEGATED_QUALIFIERS and toks[i + 1].low in NEGATED_COMPARISONS else i
    while e < hi and e - i < 8:
        t = toks[e]
        if numberish(t) or t.low in QUALIFIER_WORDS or t.low in VAGUE_WORDS or t.low in FIGURE_JOINERS:
            e += 1
        else:
            break
    for last in range(e - 1, i - 1, -1):
        if not (numberish(toks[last]) or toks[last].low in VAGUE_LAST):
            continue
        if toks[last].low == "of" and toks[last - 1].low[0].isdigit():
            continue  # "killing 30 of the raiders": a partitive's "of", not a vague quantity's ("dozens of")
        if last + 1 < len(toks) and toks[last].low.isdigit() and len(toks[last].low) <= 2 and (
            toks[last + 1].text[:1].isupper() and toks[last + 1].low.rstrip(".") in MONTHS
        ):
            return None  # "killed over 4-5 November", "on 3 May": days of a month, no count
        if i >= 2 and toks[i - 1].low in RANGE_JOINERS and len(toks[i].low) <= 2 and toks[i].low.isdigit() and (
            _day_of_month(toks, i - 2, 0)
        ):
            return None  # "the attack of June 4 to 5 at 132 dead": the last day of a span of days, no count
        fig = _parse(text, toks, i, last)
        if fig is not None and _sane(toks, i, last, fig):
            return _best_of_range(fig), last
    return None


def is_name(t: Token) -> bool:
    """A capitalised word of a name: "Maria", "O'Neal", "al-Hashimi", an initial "D." or "Jr."."""
    text = t.text
    c = ord(text[0])
    # (an ASCII letter told by its code: compiled, str.islower() is a call of Python, and most words asked
    # about are lower-case ASCII)
    if (97 <= c <= 122) if c < 128 else text[0].islower():
        if "-" not in text:
            return False  # a lower-case word (most words asked about): none of the tests below holds
        particle, _, rest = text.partition("-")
        return particle in NAME_PARTICLES and rest[:1].isupper()
    if len(text) == 2 and text[1] == "." and text[0].isupper():
        return True
    if (t.low in STOP and t.low not in NAME_WORDS) or t.low in lexicon().phrases:
        return False  # a title-case headline's "Shot", "In" (but "Omar Said": a name)
    if text[:3] in ("al-", "el-") and len(text) > 4 and text[3].isupper():
        return True  # "al-Tamimi": an Arabic name's article
    return text[0].isupper() and text[0].isalpha() and len(text) > 1 and not text.isupper()


def _is_age(t: Token) -> bool:
    """ "22-year-old", "3-month-old", "16-year-olds": an age that may name a person."""
    return t.low[0].isdigit() and "-old" in t.low


def person_head(lex: Lexicon, t: Token, counted: bool = False) -> bool:
    """Does the token name people? ``counted``: a figure stands before it, so a capitalised plural with
    a people's ending is a demonym ("two Palestinians"), not a name ("Lewis")."""
    low = t.low
    if _is_age(t):
        return True
    if counted and t.text[0].isupper() and low.endswith(lex.demonym_endings) and low.isalpha() and len(low) > 4:
        return low not in lex.not_people  # "two Palestinians", "ten Salvadorans"
    # (a hyphenated noun listed in the lexicon too: "co-worker", "mother-in-law"; not "year-old-man")
    return (low.isalpha() and lex.is_person(low)) or low in lex.collective or low == "others" or (
        "-" in low and (low in lex.singular or low in lex.plural or _person_compound(lex, low))
    )


def _person_compound(lex: Lexicon, low: str) -> bool:
    """Is ``low`` a word joined by one hyphen whose last part names people and whose first is a prefix of
    letters ("sub-inspector", "ex-soldier", "vice-chairman"; not "year-old" nor "anti-government")?"""
    first, _, last = low.partition("-")
    return first.isalpha() and last.isalpha() and len(first) <= 5 and lex.is_person(last) and first not in lex.not_people


def is_singular(lex: Lexicon, low: str) -> bool:
    """Does a noun of people name one person ("watchman", "dahalo"), not several?"""
    return low in lex.singular or (low not in lex.plural and not low.endswith(("s", "men")))


def _leader_part(toks: list[Token], j: int, lo: int, lex: Lexicon) -> bool:
    """Is token ``j`` a body part that names a leader after a noun of what is led: "a village head",
    "two clan heads", "the head of the council" (not "in the head", "his head", "in the head of a boy")?"""
    if toks[j].low not in LEADER_PARTS or j - 1 < lo:
        return False
    before = toks[j - 1]
    if j + 1 < len(toks) and toks[j + 1].low == "of" and before.low in ARTICLES:
        return not (j - 2 >= lo and toks[j - 2].low in PLACE_WORDS)  # a chief "of" what is led, not a hit
    if _acronym(before):
        return True  # "DPR head Alexander Zakharchenko", "the PTA head": a body's letters before its chief
    return before.text.islower() and is_word(before.low) and before.low not in STOP and (
        before.low not in DETERMINERS and before.low not in lex.body_parts
    )


def _one_of_a_people(toks: list[Token], j: int, lo: int, lex: Lexicon) -> bool:
    """Is token ``j`` the last of two capitalised words after "a" or "one" that name one person of a people:
    "a South African", "one Sri Lankan", "a New Zealander" (not "a Red Cross", "a Land Cruiser")?"""
    t, before = toks[j], toks[j - 1] if j - 1 >= lo else None
    return (
        before is not None and j - 2 >= lo and toks[j - 2].low in ONE and is_name(t) and is_name(before)
        and t.low.isalpha() and (
            t.low.endswith(lex.demonym_one_endings) or (t.low.endswith("er") and before.low in lex.demonym_er_firsts)
        )
        and t.low not in lex.not_people and before.low not in lex.not_people
    )


def is_word(low: str) -> bool:
    """Letters, perhaps joined by hyphens ("first-grader")."""
    return low.replace("-", "").isalpha()


def _unknown_noun(lex: Lexicon, t: Token) -> bool:
    """A lower-case word that may be a noun of people the lexicon does not list ("a wildlife tracker")."""
    low = t.low
    return (
        t.text.islower() and is_word(low) and len(low) > 2 and low not in STOP and low not in lex.not_people
        and not low.endswith(("ing", "ed"))  # "men coming", "the wounded": no nouns of people
        and low.rsplit("-", 1)[-1] not in lex.not_people  # "time-bomb"
        and low not in lex.phrases and low not in lex.be and low not in lex.adverbs and not low.endswith("ly")
        and low not in lex.groups and low not in VAGUE_WORDS and low not in QUALIFIER_WORDS
        and low not in lex.body_parts and low not in lex.fractions  # "grazed her hand", "half of them"
    )


def _noun_of_a_thing(lex: Lexicon, t: Token) -> bool:
    """Is ``t`` a lower-case word that goes on a noun phrase after a capitalised word but names no people
    ("a Russian military unit", "a Syrian army base"): not a word of syntax, an adverb, a verb's or a
    participle's ("a Palestinian carrying explosives")?"""
    low = t.low
    return t.text.islower() and is_word(low) and low not in STOP and low not in lex.adverbs and (
        not low.endswith(("ly", "ing", "ed")) and low not in lex.phrases and low not in lex.be
        and not person_head(lex, t)
    )


def _aside_opening(toks: list[Token], k: int, lo: int, lex: Lexicon) -> int | None:
    """Where the parenthesis that closes at ``k`` opens, when it is a short aside: an acronym "(KDF)",
    another figure "(or seven, a radio station said)". An aside holds no outcome word of its own, no
    sentence end and no other parenthesis."""
    for m in range(k - 1, max(lo - 1, k - ASIDE - 1), -1):
        low = toks[m].low
        if low == "(":
            return m if m < k - 1 else None
        if low in (")", ";") or low in CLAUSE_END or (low in lex.phrases and entry_at(toks, m, lex) is not None):
            return None
    return None


def _aside_closing(toks: list[Token], k: int, hi: int) -> int | None:
    """Where the parenthesis that opens at ``k`` closes, when it is a short aside of words (a place's
    district, a force's letters: "(Zangon Kataf)", "(Isa LGA)") with no mark or figure inside."""
    for m in range(k + 1, min(hi, k + ASIDE + 2)):
        if toks[m].low == ")":
            return m if m > k + 1 else None
        if not is_word(toks[m].low):
            return None
    return None


def _acronym(t: Token) -> bool:
    """An upper-case name of two to six letters or digits that is no time of day: "ISIS", "KDF", "M23"."""
    text = t.text
    return 2 <= len(text) <= 6 and text.isupper() and text.isalnum() and text[0].isalpha() and t.low not in ZONES


def _stop(toks: list[Token], j: int) -> bool:
    """Is the word at ``j`` one a noun phrase cannot run through ("of", "in", "us"), not an acronym that
    reads as one among words in small letters ("killed 13 US soldiers": the US is no "us"; in a headline
    all in capitals, "IN" is "in")?"""
    t = toks[j]
    return t.low in STOP and not (_acronym(t) and j + 1 < len(toks) and not toks[j + 1].text.isupper())


def _acronym_at(toks: list[Token], k: int) -> bool:
    """Does a parenthesis holding one upper-case word open at ``k``: "(KDF)"?"""
    return (
        k + 2 < len(toks) and toks[k].low == "(" and toks[k + 2].low == ")" and toks[k + 1].text.isupper()
        and toks[k + 1].text.isalpha()
    )


def _no_before(toks: list[Token], j: int, lo: int) -> int | None:
    """Where "no" stands before the plural people noun ``j``, right before it or before one word that
    describes it ("no soldiers", "no American troops"), or None."""
    for k in (j - 1, j - 2):
        if k >= lo and toks[k].low in NO:
            return k if k == j - 1 or toks[j - 1].low.isalpha() else None
    return None


def _school_grade(toks: list[Token], k: int, lo: int, lex: Lexicon) -> bool:
    """Does a school's grade noun stand before the number at ``k`` ("form four", "class 8": [syntax]
    school_grades), with no word of time before it ("last year 10 students": grade_not_after)?"""
    return k - 1 >= lo and toks[k - 1].low in lex.school_grades and not (
        k - 2 >= lo and toks[k - 2].low in lex.grade_not_after
    )


def phrase_ending(text: str, toks: list[Token], j: int, lo: int, lex: Lexicon) -> Phrase | None:
    """The counted noun phrase whose last token is ``j``: "at least 15 TTP/LI militants", "a wildlife
    tracker", "twenty-seven", "Maria Lopez", "no one"."""
    if j < lo:
        return None
    t = toks[j]
    low = t.low
    if part_of_a_group(toks, j, len(toks), lex):
        return None  # "a third of the passengers", "two-thirds of the dead": a part, no count of people
    for words in lex.nobody_by_last.get(low, ()):
        n = len(words)
        if j - n + 1 >= lo and tuple(lows(toks[j - n + 1 : j + 1])) == words:
            return Phrase(Figure.exact(0), j - n + 1, j, None)
    if low in lex.plural and (k := _no_before(toks, j, lo)) is not None:
        return Phrase(Figure.exact(0), k, j, low)  # "no soldiers", "no Israeli soldiers": nobody
    if low in OF_THEM and j - 2 >= lo and toks[j - 1].low == "of":
        if toks[j - 2].low == "none":
            return Phrase(Figure.exact(0), j - 2, j, None)
        found = figure_ending(text, toks, j - 2, lo)
        return None if found is None else Phrase(found[0], found[1], j, None)
    if (low in MORE_PEOPLE or (low == "other" and j + 1 < len(toks) and (
        toks[j + 1].low in lex.be or (toks[j + 1].low.endswith("ed") and entry_at(toks, j + 1, lex) is not None)
    ))) and (
        j - 1 >= lo and numberish(toks[j - 1])
    ):  # ("three other were injured", "and 24 other injured": the noun left out; not "three other men")
        found = figure_ending(text, toks, j - 1, lo)  # "and at least three more wounded"
        if found is not None:
            return Phrase(found[0], found[1], j, "others", span=(found[1], j - 1))
    if low == "another" or (low == "other" and j - 1 >= lo and toks[j - 1].low in ("one", "the")):
        # "and another injured", "one was killed and the other wounded": the other of two is one person
        return Phrase(Figure.exact(1), j if low == "another" else j - 1, j, None, single=True)
    if low in ONE_PERSON_PRONOUNS:
        return Phrase(Figure.exact(1), j, j, None, single=True)
    if low == "both" and (j == lo or toks[j - 1].low in CLAUSE_END or toks[j - 1].low in LIST_JOINERS):
        return Phrase(Figure.exact(2), j, j, None)  # "Both were found dead"
    if low in lex.collective and j - 1 >= lo and toks[j - 1].low not in ("of",) and not numberish(toks[j - 1]):
        # (a count of its own counts: "three grandparents", "two twins")
        k = j - 1
        while k > lo and j - k < 3 and toks[k].low not in DETERMINERS:
            k -= 1
        if toks[k].low in DETERMINERS or k == lo:
            return Phrase(Figure.exact(lex.collective[low]), k, j, low)  # "an elderly couple", "the duo"
    if numberish(t) or low in VAGUE_LAST:
        found = figure_ending(text, toks, j, lo)
        if found is None:
            return None
        fig, s = found
        before = toks[s - 1] if s - 1 >= lo else None
        if before is not None and before.low == "of" and s - 2 >= lo and toks[s - 2].low in lex.groups:
            return Phrase(fig, s - 2, j, toks[s - 2].low, span=(s, j))  # "a family of five"
        if before is not None and before.low == ":" and s - 2 >= lo and numberish(toks[s - 2]):
            return None  # "10:50": a time
        m = s - 1
        while m >= lo and s - m <= 6 and (toks[m].low in LIST_JOINERS or numberish(toks[m])):
            m -= 1
        if m >= lo and m < s - 1 and toks[m].low in AGES:
            return None  # "ages 54, 33 and 26": ages
        part = _partitive(text, toks, s, lo, definite=True)
        if part is not None:
            return part
        if before is not None and before.low == "," and j + 1 < len(toks) and toks[j + 1].low == ",":
            return None  # ", 27,": an age in apposition
        if before is not None and before.low not in BARE_LEAD and not _count_of_a_figure(toks, s, lo, fig) and (
            not _day_and_month(toks, s - 1, lo)
        ) and not given_at(toks, s, lo, lex):
            return None
        if before is not None and before.low == "/" and s - 2 >= lo and numberish(toks[s - 2]):
            return None  # "on 21/12 were killed": a date
        if before is not None and before.low == "," and s - 2 >= lo and is_name(toks[s - 2]) and not _place_before(
            toks, s - 2, lo
        ) and toks[s - 2].low not in WEEKDAYS:
            # "Calvin Williams, 24 was shot": an age (but "In Kabul, 15 were killed": a count; and "on Friday
            # and Saturday, five dead": a day is no one's name)
            return None
        if fig.best is not None and fig.best > 1000 and "," not in toks[j].text:
            return None  # a year
        return Phrase(fig, s, j, None, span=(s, j))
    if low in lex.groups:
        # "four police were killed", "one Kenyan airport police"
        for m in range(j - 1, max(lo - 1, j - 4), -1):
            if numberish(toks[m]):
                found = figure_ending(text, toks, m, lo)
                if found is not None and found[1] - 2 >= lo and toks[found[1] - 1].low == "of" and person_head(
                    lex, toks[found[1] - 2]
                ):
                    break  # "three members of one family": the count is of the members
                if found is not None and (found[0].best or 0) < 1000:
                    return Phrase(found[0], found[1], j, low, span=(found[1], m))
                break
            if toks[m].low in STOP or toks[m].low in CLAUSE_END or toks[m].low == ",":
                break
    if low in lex.groups and j - 2 >= lo:
        # "nine members of a wedding party": the count is of the members
        k = j - 1
        while k > lo and j - k < 4 and toks[k].low != "of":
            k -= 1
        if toks[k].low == "of" and k - 1 >= lo and person_head(lex, toks[k - 1]):
            inner = phrase_ending(text, toks, k - 1, lo, lex)
            if inner is not None:
                return Phrase(inner.figure, inner.first, j, inner.head, inner.single, span=inner.span)
        return None
    if low == "old" and j - 2 >= lo and toks[j - 1].low in lex.age_words and numberish(toks[j - 2]):
        first = j - 3 if j - 3 >= lo and toks[j - 3].low in DETERMINERS else j - 2
        return Phrase(Figure.exact(1), first, j, None, single=True)  # "2 year old dies"
    counted = j - 1 >= lo and (numberish(toks[j - 1]) or (j - 2 >= lo and numberish(toks[j - 2])))
    person = person_head(lex, t, counted) or _leader_part(toks, j, lo, lex)
    if (
        not person and (is_name(t) or _force_acronym(t)) and j - 1 >= lo and numberish(toks[j - 1])
        and low not in lex.not_people and (j - 2 < lo or toks[j - 2].low in CLAUSE_END or toks[j - 2].low in QUALIFIER_WORDS
             or toks[j - 2].low in LIST_JOINERS)
    ):
        # "6 Kikuyu were killed", "6 VDP were killed" (members of a force named by its letters)
        person = ((parse_figure(toks[j - 1].low) or Figure.exact(0)).best or 0) < 1000
    if not person and is_name(t) and j - 1 >= lo and toks[j - 1].low in INDEFINITE and low not in lex.not_people:
        return Phrase(Figure.exact(1), j - 1, j, low, single=True)  # "an Israeli was wounded"
    if not person and _one_of_a_people(toks, j, lo, lex):
        return Phrase(Figure.exact(1), j - 2, j, low, single=True)  # "a South African was wounded"
    if not person and is_name(t):
        return _name_ending(toks, j, lo, lex)
    if not person and not _unknown_noun(lex, t):
        return None
    # walk left over modifiers to a figure or a determiner
    k = j - 1
    reach = 5
    while k >= lo and j - k <= reach:
        p = toks[k]
        if p.low == ")" and (opening := _aside_opening(toks, k, lo, lex)) is not None:
            # "two Kenya Defence Forces (KDF) soldiers", "six police (or seven, a radio said) officers":
            # an acronym or an aside between the modifiers
            reach += k - opening + 1
            k = opening - 1
            continue
        if numberish(p) and k + 1 < j and toks[k + 1].low in lex.age_words:
            k -= 1  # "a 58 year old male": an age
            continue
        if numberish(p) and _school_grade(toks, k, lo, lex) and low in lex.school_pupils:
            k -= 2  # "a form four student", "two class 8 pupils": a grade
            continue
        if numberish(p) or p.low in VAGUE_LAST or p.low in DETERMINERS or p.low in BEFORE_A_GROUP:
            break
        if p.low == "of" and k - 1 >= lo:
            if _is_age(t):
                return Phrase(Figure.exact(1), k + 1, j, low, single=True)  # "family of 3-year-old"
            break
        # a word of the lexicon where its entry is read ("body guards" is no "body of"); "shooting
        # victims" is a noun phrase
        verb = p.low in lex.phrases and not p.low.endswith("ing") and entry_at(toks, k, lex) is not None and not (
            # "three club members", "two burn victims": a present "to death" verb's word with no "death" after
            # it modifies the noun
            p.low in lex.to_death_present and all(x.low != "death" for x in toks[k + 1 : k + 8])
        )
        if _stop(toks, k) or p.low in CLAUSE_END or p.low == "," or verb:
            # no determiner: a headline's bare singular noun ("Man shot dead in market", "vigil for
            # teenager shot and killed")
            if (person and low in lex.singular) or _is_age(t):
                return Phrase(Figure.exact(1), k + 1, j, low, single=True)
            return None
        if k < j - 1 and person_head(lex, p) and not is_singular(lex, p.low):
            return None  # "seven officers returned fire": another noun phrase
        if not person and p.low in MEASURES:
            return None  # "about 12 miles downstream": a measure before a word the lexicon does not know
        k -= 1
    if k < lo:
        if person and is_singular(lex, low) and k == lo - 1:
            return Phrase(Figure.exact(1), lo, j, low, single=True)
        return None
    p = toks[k]
    determiner = k
    if p.low in POSSESSIVE_S and low in lex.plural and (part := _part_of_whose(text, toks, k, j, lo, low)) is not None:
        return part  # "two of the Emir's bodyguards": the count before "of" and the owner
    if p.low in DEFINITE and k - 2 >= lo and toks[k - 1].low == "of":
        k -= 1
        p = toks[k]
    if p.low == "of":
        # "two of the victims", "dozens of people"
        m = k - 1
        if toks[m].low in DEFINITE and m - 1 >= lo:
            m -= 1
        found = figure_ending(text, toks, m, lo)
        if found is None:
            if determiner > k and person and is_singular(lex, low) and not person_head(lex, toks[m]):
                # "the identity of the man shot and killed": no part of a group, the man (but in "a friend
                # of the official was killed", the friend)
                return Phrase(Figure.exact(1), determiner, j, low, single=True)
            return None
        first = found[1]
        if found[0].best == 1 and first - 2 >= lo and toks[first - 1].low == "of" and person_head(lex, toks[first - 2]) and (
            (owned := phrase_ending(text, toks, first - 2, lo, lex)) is not None
            and ((owned.figure.best or 0) > 1 or (owned.first - 1 >= lo and toks[owned.first - 1].low == "and"))
        ):
            # "the wife and the daughter-in-law of one of our colleagues", "two sons of one of the leaders":
            # "one of" them owns the people told before it, who are the group, more than one (as "a father
            # of two children" is the father; "the husband of one of the candidates" stays one person new)
            return owned
        if found[0].best == 1 and first - 1 >= lo and toks[first - 1].low == "another":
            first -= 1  # "another one of the guards": one more person, the item opens at "another"
        return Phrase(found[0], first, j, low, span=(found[1], m))
    if numberish(p) or p.low in VAGUE_LAST:
        found = figure_ending(text, toks, k, lo)
        if found is None:
            return None
        fig, s = found
        if fig.best is not None and 1900 <= fig.best <= 2100 and "," not in toks[k].text:
            return None  # "2014 video": a year
        if (fig.low or 0) > 1 and (not person or _is_age(t)) and is_singular(lex, low) and low not in lex.groups:
            return None  # "the 800 block": a plural count takes a plural noun (people forgive a typo)
        if s - 2 >= lo and toks[s - 1].low == "of" and is_singular(lex, toks[s - 2].low) and person_head(lex, toks[s - 2]):
            return phrase_ending(text, toks, s - 2, lo, lex)  # "a father of two children": the father
        part = _partitive(text, toks, s, lo)
        if part is not None and not _told_of_the_group(toks, j + 1, lex):
            return Phrase(part.figure, part.first, j, low, part.single, part.span)  # "four of the five people"
        span = (s, k)
        if s > lo and toks[s - 1].low == "all":
            s -= 1
        return Phrase(fig, s, j, low, span=span)
    if p.low == "both" and low not in lex.singular:
        return Phrase(Figure.exact(2), k, j, low)
    if low in lex.collective and p.low in DETERMINERS:
        n = lex.collective[low]
        return Phrase(Figure.exact(n), k, j, low)
    if is_singular(lex, low) and ((p.low in POSSESSIVE_S and person) or (p.low in DETERMINERS and (person or p.low in ONE))):
        first = _owner_named(toks, k, lo) if p.low in POSSESSIVE_S else k
        return Phrase(Figure.exact(1), first, j, low, single=True)  # "the caller's father"; "the office" is no one
    if p.low in INDEFINITE and person and low in lex.plural:
        return Phrase(Figure.exact(1), k, j, low, single=True)  # "a policemen was shot": the article counts
    return None


def _count_of_a_figure(toks: list[Token], s: int, lo: int, fig: Figure) -> bool:
    """Is the figure opening at ``s`` the count of a figure's noun ([syntax] figure_of_nouns): after "of"
    ("cited a figure of 18 dead"), or qualified right after the noun ("figures above 200 dead")? The count
    is the people; the noun is no person."""
    before = toks[s - 1].low
    if before == "of":
        return s - 2 >= lo and toks[s - 2].low in FIGURE_OF_NOUNS
    return before in FIGURE_OF_NOUNS and fig.qualifier != "exact"


def _part_of_whose(text: str, toks: list[Token], k: int, j: int, lo: int, head: str) -> Phrase | None:
    """Before a plural noun ending at ``j`` and whose it is, the possessive "'s" at ``k``: a count, "of" and
    "the" before an owner of up to three words ("two of the Emir's bodyguards", "three of the minister's
    guards") is the count of the people, the phrase opening at the count."""
    m = k - 1
    while m > lo and k - m <= 3 and toks[m].low not in DEFINITE and toks[m].low not in CLAUSE_END and toks[m].low != ",":
        m -= 1
    if m - 2 < lo or toks[m].low not in DEFINITE or toks[m - 1].low != "of" or m == k - 1:
        return None
    found = figure_ending(text, toks, m - 2, lo)
    return None if found is None else Phrase(found[0], found[1], j, head, span=(found[1], m - 2))


def _who_clause_opening(toks: list[Token], e: int, lo: int) -> int | None:
    """Where a relative clause of a person that ends at ``e``, before ", and", opens: the comma before its
    "who" (", who had moved to the back seat"), at most 12 words back and no clause's end between."""
    m = e
    while m - 1 > lo and e - m < 12 and toks[m].low != "," and toks[m].low not in CLAUSE_END:
        m -= 1
    return m if m < e and toks[m].low == "," and toks[m + 1].low == "who" else None


def _group_apposition_opening(toks: list[Token], e: int, lo: int, lex: Lexicon) -> int | None:
    """Where an apposition that tells what a named body is, ending at ``e``, opens: the comma before its
    "a" or "an" (", a civilian auxiliary force": up to five words, the last a noun of a group, after a name
    or its letters in parentheses, "the Homeland Guard (HG)"). It tells of the body, and names no one."""
    if e - 2 < lo or toks[e].low not in lex.groups:
        return None
    m = e - 1
    while m > lo and e - m <= 5 and toks[m].low not in ("a", "an"):
        if not is_word(toks[m].low):
            return None
        m -= 1
    if toks[m].low not in ("a", "an") or m - 2 < lo or toks[m - 1].low != ",":
        return None
    owner = toks[m - 2]
    return m - 1 if owner.low == ")" or is_name(owner) or _acronym(owner) else None


def _members_of_a_name(text: str, toks: list[Token], e: int, lo: int, lex: Lexicon) -> Phrase | None:
    """A counted group of people of a body named in full, ending at the name's last word ``e``: "Thirty-four
    members of the Volunteers for the Defence of the Homeland" (a name of up to twelve words, capitalised
    but for the words that join a name's, [syntax] name_joiners and name_prepositions, and "the"; or
    letters: "of the VDP"), or None."""
    if not (is_name(toks[e]) or _acronym(toks[e])):
        return None
    m = e
    while m - 1 > lo and e - m < 12 and (
        is_name(toks[m]) or _acronym(toks[m]) or toks[m].low in NAME_JOINERS or toks[m].low in NAME_PREPOSITIONS
        or toks[m].low == "the"
    ):
        if toks[m].low == "of" and toks[m + 1].low == "the":
            p = phrase_ending(text, toks, m - 1, lo, lex)
            if p is not None and not p.single and p.figure.best is not None and person_head(lex, toks[p.last]):
                return Phrase(p.figure, p.first, e, p.head, span=p.span)
        m -= 1
    return None


def _the_count(toks: list[Token], s: int) -> bool:
    """Does a count that "the" opens an item of a list stand at ``s`` ("the judge and the three officers"),
    not "the N other(s)", a group told before ("Simpson and the four other teens")?"""
    return numberish(toks[s]) and not (s + 1 < len(toks) and toks[s + 1].low in ("other", "others"))


def _owner_named(toks: list[Token], k: int, lo: int) -> int:
    """Where one person told by whose they are opens, the possessive "'s" at token ``k``: at the name of up to
    four words before it that opens a list's item ("the driver and Ali's cousin": the item opens at "Ali"),
    else at ``k``, the possessive itself ("the caller's father", "a man's son": no name before it). An owner
    told by an article and one noun of people opens such an item too, after a list's "and" or comma ("the
    driver and the patient's relative": the item opens at "the"; not "The general's daughter was also
    killed", a sentence's subject, whose "The" would make a group told before)."""
    if k - 2 >= lo and toks[k - 2].low in ARTICLES and toks[k - 1].text.islower() and person_head(lexicon(), toks[k - 1]):
        m = k - 2
        return m if m > lo and toks[m - 1].low in LIST_JOINERS else k
    if k - 1 < lo or not is_name(toks[k - 1]):
        return k
    m = k - 1
    while m - 1 >= lo and k - m < 4 and is_name(toks[m - 1]):
        m -= 1
    return m if m == lo or toks[m - 1].low in LIST_JOINERS or toks[m - 1].low in CLAUSE_END else k


def _force_acronym(t: Token) -> bool:
    """A force or group named by three to six capital letters ("VDP", "SSPDF"): its members, after a count
    that opens a clause."""
    return 3 <= len(t.text) <= 6 and t.text.isalpha() and t.text.isupper()


def _place_before(toks: list[Token], j: int, lo: int) -> bool:
    """Does a word of place stand before the name that ends at ``j``, over its capitalised words and at
    most one lower-case adjective ("in northern Kenya", "at Kabul")?"""
    k = j
    while k > lo and j - k < 4 and is_name(toks[k]):
        k -= 1
    if k > lo and toks[k].text.islower() and toks[k].low not in PLACE_WORDS and toks[k].low not in NAME_PLACE_WORDS:
        k -= 1  # "in northern Kenya"
    return toks[k].low in PLACE_WORDS or toks[k].low in NAME_PLACE_WORDS


def _partitive(text: str, toks: list[Token], s: int, lo: int, definite: bool = False) -> Phrase | None:
    """ "One of the six", "four of the five people", "four people out of the 75": the count is the figure
    before "of". ``definite``: only with "the" ("8 of 8" is no partitive)."""
    k = s - 1
    if k >= lo and toks[k].low in GROUP_DEFINITE:
        k -= 1
    elif definite:
        return None
    if k - 1 < lo or toks[k].low != "of":
        return None
    last = k - 1
    if toks[last].low == "out" and last - 1 >= lo:
        last -= 1
        if last - 1 >= lo and person_head(lexicon(), toks[last]):
            last -= 1  # "four people out of the 75"
    if toks[last].low in ONE_OF_A_GROUP:
        # "which of the three victims": one of them (the phrase opens after "of": "which" opens a clause)
        return Phrase(Figure.exact(1), k + 1, s, None, single=True)
    found = figure_ending(text, toks, last, lo)
    if found is None:
        return None
    return Phrase(found[0], found[1], k - 1, None, span=(found[1], last))


def _told_of_the_group(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Does an outcome told of the whole group stand right after its noun, at ``k``: a participle with no
    auxiliary ("one of 20 civilians killed in the attack", "one of the 20 people killed was a child") or a
    relative clause of dying ("one of at least 20 civilians who died")? Then the group's count is the
    toll, not the part's ("four of the five people were killed": the four)."""
    if k >= len(toks):
        return False
    if toks[k].low == "who" and k + 1 < len(toks):
        k += 1
        while k < len(toks) and (toks[k].low in lex.be or toks[k].low in lex.have):
            k += 1  # "who were killed", "who have died"
        e = entry_at(toks, k, lex) if k < len(toks) else None
        return e is not None and e.role in ("past", "present") and e.outcome in ("killed", "injured")
    e = entry_at(toks, k, lex)
    return e is not None and e.role == "past" and e.outcome in ("killed", "injured") and not any(
        # "One of four women wounded in the shooting has died": the part is the subject of a verb after
        entry_at(toks, m, lex) is not None for m in range(k + len(e.words), min(len(toks), k + 16))
        if toks[m].low not in CLAUSE_END
    )


def part_of_a_group(toks: list[Token], j: int, hi: int, lex: Lexicon) -> bool:
    """Is token ``j`` a word of a part ("third", "two-thirds") with "of" after it, before ``hi``: "a third
    of the passengers", a part of a group and no count of people?"""
    return j + 1 < hi and toks[j + 1].low == "of" and toks[j].low.rsplit("-", 1)[-1] in lex.fractions


def fraction_of(toks: list[Token], first: int, lo: int = 0) -> bool:
    """Does a word of a part ("half", "two-thirds", "most") stand before the phrase at ``first``: "half of
    the 40 passengers", "half the crew"? Its figure is the group's, not the part's."""
    lex = lexicon()
    k = first - 1
    if k >= lo and toks[k].low in GROUP_DEFINITE:
        k -= 1
    if k >= lo and toks[k].low == "of":
        k -= 1
    return lo <= k < first - 1 and toks[k].low.rsplit("-", 1)[-1] in lex.fractions


def _particle_in_name(toks: list[Token], k: int, hi: int) -> bool:
    """Is token ``k`` a particle of a name, in small letters, between its capitalised words: the "al" of
    "Ahmed al Rashid", the "de la" of "Pedro de la Cruz" ([syntax] name_particles_apart)?"""
    m = k
    while m < hi and m - k < 2 and toks[m].text in NAME_PARTICLES_APART:
        m += 1
    return m > k and m < hi and is_name(toks[m])


def _not_of_a_name(w: str, lex: Lexicon) -> bool:
    return w in lex.phrases or (w in STOP and w not in NAME_WORDS) or w in lex.groups or w in lex.not_people or (
        w in lex.fractions
    )


def _name_ending(toks: list[Token], j: int, lo: int, lex: Lexicon) -> Phrase | None:
    """A person's name ending at ``j``: one to three capitalised words."""
    k = j
    while k - 1 >= lo and j - k < 2 and is_name(toks[k - 1]):
        k -= 1
    words = [x.low for x in toks[k : j + 1]]
    if any(_not_of_a_name(w, lex) for w in words):
        return None  # (not "Half of the people": a part of a group)
    m = k
    while m - 1 >= lo and j - m < 4 and is_name(toks[m - 1]) and not _not_of_a_name(toks[m - 1].low, lex):
        m -= 1  # a longer name: "Sheikh Khaled Ali Obeid al-Saadoun"
    if m < k and not (m > lo and (numberish(toks[m - 1]) or toks[m - 1].low in DETERMINERS)):
        k = m  # (not "the Oscar Foundation Kamau Kingara": a body's name, then a person's)
        words = [x.low for x in toks[k : j + 1]]
    if words[-1] in PLACE_NAME_ENDS:
        return None  # "Lawrence County and a third person": a place, then one person
    if k > lo and (numberish(toks[k - 1]) or toks[k - 1].low in DETERMINERS) and not _year_of_date(toks, k - 1, lo):
        return None  # "Ten Salvadorans", "the Red Cross": no name of a person (but "On May 3, 2009 Ali Musa")
    if k == j and k > lo and toks[k - 1].text.isupper() and len(toks[k - 1].text) > 1 and toks[k - 1].text.isalpha():
        return None  # "OHI America": a company's name
    return Phrase(Figure.exact(1), k, j, None, single=True)


def _year_of_date(toks: list[Token], k: int, lo: int) -> bool:
    """Is token ``k`` the year of a date: four digits after a comma, "in" or a month ("May 3, 2009")?"""
    low = toks[k].low
    return len(low) == 4 and low.isdigit() and 1900 <= int(low) <= 2100 and k - 1 >= lo and (
        toks[k - 1].low in (",", "in") or toks[k - 1].low.rstrip(".") in MONTHS
    )


def _day_and_month(toks: list[Token], k: int, lo: int) -> bool:
    """Is token ``k`` the abbreviated month, with its full stop, of a date whose day stands before it
    ("12 Sep.")? The date is whole: a number after it is no day of it ("12 Sep. 4 killed")."""
    low = toks[k].low
    return low.endswith(".") and low[:-1] in MONTHS and k - 1 >= lo and toks[k - 1].low.isdigit() and (
        len(toks[k - 1].low) <= 2
    )


def skip_age(toks: list[Token], j: int, lo: int) -> int:
    """Step left over an age in apposition: "Maria Lopez, 24," or "a man, 25,"."""
    k = j - 1 if j >= lo and toks[j].low == "," else j
    if k - 2 >= lo and toks[k].low.isdigit() and len(toks[k].low) <= 3 and toks[k - 1].low == "," and (
        k < j or is_name(toks[k - 2]) or toks[k - 2].low in lex_singular()
    ) and not (
        k == j and is_name(toks[k - 2]) and _place_before(toks, k - 2, lo) and (k + 1 >= len(toks) or toks[k + 1].low != ",")
    ) and not (
        k == j and k + 1 < len(toks) and entry_at(toks, k + 1, lexicon()) is not None
    ):
        # (but "In Kabul, 15 were killed": a place, then a count; and "30 dead including gunman, 57 wounded":
        # a count with its own verb, no age closed by a comma)
        return k - 2
    if k < j and k >= lo and is_name(toks[k]):
        return k  # "Mikula-Conrad, was injured"
    return j


def lex_singular() -> frozenset[str]:
    return lexicon().singular


def list_ending(text: str, toks: list[Token], j: int, lo: int, lex: Lexicon) -> Phrase | None:
    """A noun phrase or a list of them ending at ``j``: "a soldier and a policeman", "two protesters
    and one policeman", "Inna Gonzalez, 21, and Davion Funderburk, 22"."""
    if j - 2 >= lo and toks[j].low == "," and (opening := _group_apposition_opening(toks, j - 1, lo, lex)) is not None:
        j = opening - 1  # "34 members of the Homeland Guard, a civilian force, were killed": the members
    if j - 2 >= lo and toks[j].low == ")":
        # "A Kenya Police Reservist (KPR) was killed": step over a parenthesis
        k = j - 1
        while k > lo and j - k < 2 * WINDOW and toks[k].low != "(":
            k -= 1
        if toks[k].low == "(":
            j = k - 1
    if j - 2 >= lo and toks[j].low in DASHES:
        # "Two friends -- one a Protestant and the other a Catholic -- were shot": step over an aside
        # between dashes to the phrase before it
        k = j
        while k > lo and toks[k - 1].low in DASHES:
            k -= 1  # ("--": two tokens)
        m = k - 1
        while m > lo and k - m < 2 * WINDOW and toks[m].low not in DASHES and toks[m].low not in SENTENCE_MARKS:
            m -= 1
        if m > lo and toks[m].low in DASHES:
            while m > lo and toks[m - 1].low in DASHES:
                m -= 1
            j = m - 1
    if j - 2 >= lo and toks[j].low in QUOTES and is_word(toks[j - 1].low) and any(
        t.low in QUOTES for t in toks[max(lo, j - 5) : j - 1]
    ):
        j -= 1  # 'a suspected "terrorist" was shot dead': the word inside the quotes
    last = phrase_ending(text, toks, skip_age(toks, j, lo), lo, lex)
    if (last is None or (last.first - 1 > lo and toks[last.first - 1].low in PLACE_WORDS)) and (
        elided := _elided_head_before_place(text, toks, j, lo, lex)
    ) is not None:
        return elided  # "7 militiamen from one clan and 4 from the other": 11 militiamen
    if last is not None:
        last = _role_before_name(text, toks, last, lo, lex)
    elif toks[j].text[:1].isupper():
        last = _members_of_a_name(text, toks, j, lo, lex)  # "Thirty-four members of the Homeland Guard"
    if last is None and j - 1 >= lo and toks[j - 1].low == "and" and person_head(lex, toks[j]) and is_singular(
        lex, toks[j].low
    ):
        last = Phrase(Figure.exact(1), j, j, toks[j].low, single=True)  # "Husband and wife"
    joint = j - 1
    while last is None and joint > lo and j - joint <= 3 and toks[joint].low != "and" and (
        is_name(toks[joint]) or _acronym(toks[joint]) or person_head(lex, toks[joint]) or toks[joint].low in lex.groups
    ):
        # "and Kenya Police Reservists", "and VDP members", "and police officers": a force's name, or a
        # noun of people or of a group as a modifier, before its plural noun
        joint -= 1
    if last is None and joint - 1 >= lo and toks[joint].low == "and" and toks[j].low in lex.plural:
        counted = phrase_ending(text, toks, joint - 1, lo, lex)
        if counted is not None and (counted.head in lex.plural or counted.head in lex.groups) and counted.figure.best is not None:
            # "seven women and children were killed", "seven police and civilians were wounded": one count over
            # two bare plural nouns (a group's noun the first)
            last = Phrase(counted.figure, counted.first, j, None, span=counted.span)
    if last is None and j - 4 >= lo and toks[j - 2].low == "and" and toks[j].low in lex.plural and person_head(
        lex, toks[j]
    ) and all(
        is_word(toks[x].low) and toks[x].low not in DETERMINERS and not numberish(toks[x]) for x in (j - 3, j - 1)
    ) and (count := figure_ending(text, toks, j - 4, lo)) is not None and count[0].best is not None:
        # "Fifteen emergency and humanitarian workers": one count before two words that modify one plural
        # noun of people
        last = Phrase(count[0], count[1], j, toks[j].low)
    if last is None or (last.first > lo and toks[last.first - 1].low in PLACE_WORDS and not (
        last.first - 1 > lo and toks[last.first - 2].low in RESULT_VERBS  # "resulted in two soldiers killed"
    ) and not (toks[last.first - 1].low == "with" and last.figure.best is not None and _participle_after(toks, j, lex))
        and not given_at(toks, last.first, lo, lex)):
        # "in a canoe": where, not who ("with 12 killed": the count of an absolute clause; "placed the
        # casualties at 6,201 dead": the figure given)
        return None
    if last.single and last.head is None and last.first - 3 >= lo and toks[last.first - 1].low in POSSESSIVE_S and (
        is_name(toks[last.first - 2]) and toks[last.first - 3].low in PLACE_WORDS
    ):
        return None  # "in Yala's Raman District": a place's part, named after the place's possessive
    if _after_preposition(toks, last, lo):
        return None  # "a school for Architecture and Design", "the Organization of African Unity": no one
    relative = last.last + 1 < len(toks) and (
        toks[last.last + 1].low == "," or toks[last.last + 1].low in RELATIVES_OF_PEOPLE
    )
    if not relative and last.first > lo and _participle_object(toks[last.first - 1]):
        return None  # "a bus carrying 20 children": the object of a participle
    if last.first - 1 > lo and toks[last.first - 1].low in INCLUDING and not (
        last.head is None and not last.single and last.first == last.last and numberish(toks[last.first])
        and j + 1 < len(toks) and toks[j + 1].low not in CLAUSE_END and toks[j + 1].low != ","
    ):
        # "Three people including a child were killed", "Three others, including Ellis,": the count
        # before "including" (not a bare count right before its own word: "30 casualties, including 8 dead")
        stop = last.first - 2
        if toks[stop].low == "," and stop - 1 >= lo:
            stop -= 1
        before = list_ending(text, toks, stop, lo, lex)
        if before is None or before.figure.best is None:
            before = before_participle(text, toks, stop, lo, lex)  # "four nationals living in the building"
        return before if before is not None and before.figure.best is not None else None
    if last.figure.best == 0:
        return last  # "Damage was very minor and no one was hurt": nobody heads no list
    items = [last]
    while len(items) < MAX_ITEMS:
        s = items[-1].first
        k = s - 1
        if k - 1 >= lo and (toks[k].low in POSSESSIVES or (toks[k].low == "the" and _the_count(toks, s))) and toks[k - 1].low == "and":
            k -= 1  # "a mother and her three children", "the judge and the three officers": the item opens before
        if k < lo or toks[k].low not in LIST_JOINERS:
            break
        if len(items) == 1 and toks[k].low == ",":
            pair = _headline_pair(text, toks, k, lo, last, lex)
            if pair is not None:
                return pair  # "Man, woman killed in crash", "10 jawans, driver martyred": a headline's "and"
            break  # a list ends with "and": "A, B and C"; "the office, all four people" is no list
        if toks[k].low == "and" and len(items) > 1:
            break  # one "and" a list: "four victims, and X and Y died" is two clauses
        comma_and = toks[k].low == "and" and k - 1 >= lo and toks[k - 1].low == ","
        if comma_and and len(items) == 1 and last.head is None and last.first == last.last and not last.single and (
            numberish(toks[last.first])
        ) and _including_before(toks, k - 1, lo):
            break  # "killed 16 people, including the mayor, Ahmad Kahil, and 52 were wounded": a bare count's clause
        if comma_and:
            k -= 1
        e = k - 1
        if comma_and and (opening := _group_apposition_opening(toks, e, lo, lex)) is not None:
            e = opening - 1  # "34 members of the Homeland Guard (HG), a civilian force, and six soldiers"
        if e > lo and toks[e].low == ")" and (opening := _aside_opening(toks, e, lo, lex)) is not None:
            e = opening - 1  # "4 (confirmed) and 3 (suspected) killed": an aside after an item
        elif comma_and and (opening := _who_clause_opening(toks, e, lo)) is not None:
            e = opening - 1  # "the driver, who had moved to the back seat, and 22 other people": the driver
        prev = phrase_ending(text, toks, skip_age(toks, e, lo), lo, lex) or _members_of_a_name(text, toks, e, lo, lex)
        if comma_and and len(items) == 1 and prev is not None and prev.first - 4 >= lo and (
            toks[prev.first - 1].low == "them" and toks[prev.first - 2].low == "of" and toks[prev.first - 4].low == ","
        ):
            # "two were killed at the hospital, one of them a doctor, and 16 were wounded": the part of a group
            # told before is an aside; the item is that group ("Two guards, one of them a woman, and a driver")
            prev = phrase_ending(text, toks, prev.first - 5, lo, lex)
            if prev is None or prev.head is None or not person_head(lex, toks[prev.last]):
                break
        if comma_and and len(items) == 1 and prev is not None and prev.first - 1 >= lo and toks[prev.first - 1].low == "and":
            named_group = _named_group_ending(text, toks, e, lo, lex)
            if named_group is None:
                break  # "died, one Spanish and one Tunisian, and twelve were wounded": a list has one "and"
            # "three cricketers, Kabir, Omar and Ali, and five other people": a counted group and the names
            # of its people, then the next item
            items.append(named_group)
            continue
        named = named_before_apposition(text, toks, k, lo, lex)
        if named is not None and (
            prev is None or (prev.single and prev.head is not None) or _after_preposition(toks, prev, lo)
        ):
            # "Hadi Musa, a judge, and Omar Ali", "Ali Saeed, counsellor at the embassy, and his son", "Ali
            # Musa, Director of Planning, and ...": a name and its role between commas are one person
            prev = named
            if comma_and and len(items) == 1 and prev.first - 1 >= lo and toks[prev.first - 1].low == "and":
                break  # "among them A and B, wife of C, and 31 others were hurt": the list before had its "and"
        if prev is None and k - 1 >= lo and person_head(lex, toks[k - 1]) and is_singular(lex, toks[k - 1].low) and (
            k - 2 >= lo and toks[k - 1].text[:1].isupper() and is_name(toks[k - 2]) and toks[k - 1].low not in lex.singular
        ):
            # a capitalised word after a name that ends as a noun of people does, no listed one, is the name's
            # last word: "Willie Norman and Christopher Chaney" are two; "in Barangay Kajatian and 22 others" a
            # place (the name's "in" ends the list below)
            prev = _name_ending(toks, k - 1, lo, lex)
        elif prev is None and k - 1 >= lo and person_head(lex, toks[k - 1]) and is_singular(lex, toks[k - 1].low):
            # "husband and wife": a bare noun, its determiner (if any) before
            d = k - 2
            opens = d if d >= lo and toks[d].low in DETERMINERS else k - 1
            prev = Phrase(Figure.exact(1), opens, k - 1, toks[k - 1].low, single=True)
        if prev is None or (prev.head is None and prev.first - 1 >= lo and toks[prev.first - 1].low in PLACE_WORDS):
            # "a teacher from Garissa and a nurse": a person, then where or whose the person is (the next
            # with its own determiner or figure: "a leader in Kirkuk and former council member" is one)
            nxt = toks[items[-1].first]
            if nxt.low in DETERMINERS or numberish(nxt) or is_name(nxt) or toks[k].low == ",":
                prev = _item_before_modifier(text, toks, k - 1, lo, lex) or prev
        elided = _elided_item(text, toks, k, lo, items[-1], lex) if toks[k].low == "and" and not comma_and else None
        if elided is not None:
            prev = elided  # "one Dutch and one Belgian hostage": two, the noun said once
        if prev is None or prev.figure.best is None:
            break
        if prev is not elided and prev.head is not None and not person_head(lex, toks[prev.last]) and not _is_age(toks[prev.last]) and not (
            _leader_part(toks, prev.last, lo, lex)  # "the head of the council and his driver"
        ) and (
            prev.head not in lex.groups  # "four police and one reservist": a counted group's people
        ) and not (
            # "the leader of the party, one of his guards and ...": a person and of what, the head the person
            prev.head.isalpha() and lex.is_person(prev.head) and any(t.low == "of" for t in toks[prev.first : prev.last])
        ) and not (
            # "three police trainers and two civilians", "five Biharis and two policemen": a counted group
            # of a noun the lexicon does not list, beside people
            (prev.figure.best or 0) >= 2 and toks[prev.last].low.endswith("s") and (
                _unknown_noun(lex, toks[prev.last]) or person_head(lex, toks[prev.last], counted=True)
            )
        ) and not (
            prev.last == prev.first + 1 and (
                (toks[prev.first].low in INDEFINITE and is_name(toks[prev.last]))
                or (numberish(toks[prev.first]) and _force_acronym(toks[prev.last]))
            )
        ) and not (prev.last == prev.first + 2 and _one_of_a_people(toks, prev.last, lo, lex)):
            # "riding a bicycle, and his father": no person (but "a Briton and a Dane", "6 VDP and 3
            # militants": a people's noun, a force's letters)
            break
        if _after_preposition(toks, prev, lo) and all(x.head is None and x.single for x in items):
            return None  # "the Institute of Prisons and Penitentiaries": a name, no one
        if prev.first - 1 >= lo and toks[prev.first - 1].low in PLACE_WORDS:
            if toks[k].low == "and" and len(items) == 1 and last.single and last.head is None and prev.single and (
                prev.head is None and last.last + 1 < len(toks) and toks[last.last + 1].low in PLURAL_AUX
            ):
                return None  # "Herders from Isiolo and Marsabit are feared dead": two places, not one person
            break  # "killed in Homa Bay and 1 injured": a place
        if prev.single and prev.head is None and prev.first - 3 >= lo and toks[prev.first - 1].low in POSSESSIVE_S and (
            is_name(toks[prev.first - 2]) and toks[prev.first - 3].low in PLACE_WORDS
        ):
            break  # "killed in Cox's Bazar, and one man drowned": a place named by a possessive, as the last item's
        if prev.first - 1 >= lo and toks[prev.first - 1].low in INCLUDING:
            # (or a list of three or more: "Five people, including two women, one child, and two men, died")
            if (toks[k].low == "and" or len(items) > 1) and prev.first - 2 >= lo:
                # "Eight people including four pupils and four officers were killed": the count before
                # "including" heads the list it opens
                stop = prev.first - 2 if toks[prev.first - 2].low != "," else prev.first - 3
                before = list_ending(text, toks, stop, lo, lex)
                if before is not None and before.figure.best is not None:
                    return before
            break  # "four fatalities, including the shooter, and one injured"
        if comma_and and len(items) == 1 and prev.first - 2 >= lo and toks[prev.first - 1].low == ",":
            owner = phrase_ending(text, toks, prev.first - 2, lo, lex)
            if owner is not None and owner.first - 1 >= lo and toks[owner.first - 1].low in INCLUDING and (
                owner.single and prev.single and toks[owner.first].low == "the" and toks[prev.first].low in ("a", "an")
            ):
                # "30 had died including the gunman, a sergeant major, and 57 others were wounded": one
                # person told by "the", then "a" role, is the apposition of one the other clause's
                # "including" names, no item of this list ("including two women, one child, and two men" is)
                break
        if prev.first - 2 >= lo and toks[prev.first - 1].low in ("them", "whom") and (
            toks[prev.first - 2].low == "among" or toks[prev.first - 2].low in INCLUDING
        ):  # (not `in ("among", *INCLUDING)`: mypyc fails on a starred Final name in a tuple it tests)
            break  # "27 people died, among them three children, and 202 were injured": a part of the 27
        if prev.first - 1 >= lo and (
            toks[prev.first - 1].low in lex.verb_ends or toks[prev.first - 1].low in CARRY_VERBS
            or _participle_object(toks[prev.first - 1])
        ):
            # "killed 2 soldiers, and 5 others were hurt", "the bus was carrying 50 passengers, and 12
            # were killed": the object of another verb
            break
        if toks[k].low == "," and _place_of_a_role(toks, prev, items[-1], lo):
            # "the governor of Garissa, Ali Musa, and his bodyguard": the name is the governor's, no item
            # of its own; the place is no person
            items[-1] = Phrase(Figure.exact(1), prev.first, items[-1].last, None, single=True)
            break
        if toks[k].low == "," and not comma_and and _role_of_name(toks, prev, items[-1]):
            # "Ali Musa, an engineer and Omar Dida, ...": the role after the comma is the name's (not after
            # ", and": "Omar Dida, and a passer-by" are two)
            items[-1] = Phrase(Figure.exact(1), prev.first, items[-1].last, None, single=True)
            continue
        if toks[k].low == "," and not comma_and and len(items) > 1 and _name_of_role(toks, prev, items[-1], lex):
            # "one of his guards, Ali Musa, and a passer-by": the name between commas tells the guard again
            items[-1] = Phrase(Figure.exact(1), prev.first, items[-1].last, prev.head, single=True)
            continue
        items.append(prev)
    if len(items) == 1:
        return last
    items.reverse()
    first = items[0]
    if first.head in GENERIC_PEOPLE and not first.single:
        return Phrase(first.figure, first.first, last.last, first.head)  # "the five victims, three men and..."
    if not first.single and first.head is not None and first.figure.best == len(items) - 1 and all(
        x.single and x.head is None for x in items[1:]
    ):
        return Phrase(first.figure, first.first, last.last, first.head)  # "two chiefs, Ali Musa and Omar Dida": named
    if len(items) == 2 and items[0].single and toks[items[1].first].low == "only" and items[1].last == items[1].first + 1:
        return Phrase(Figure.exact(1), first.first, last.last, first.head, single=True)  # "the driver and only occupant"
    if len(items) == 2 and items[1].single and items[0].single:
        a, b = items[0].head, items[1].head
        bare = toks[items[1].first].low not in DETERMINERS
        if (
            bare and a and b and toks[items[0].first].low in INDEFINITE and (a, b) not in lex.two_people
            and any(a in g and b in g for g in lex.one_person_roles)
        ):
            return Phrase(Figure.exact(1), first.first, last.last, a, single=True)  # "a husband and father"
    total = sum(x.figure.best or 0 for x in items)
    # "five staff, five patients and one caretaker": people of several kinds are of no one head
    head = last.head if all(x.head == last.head for x in items) else None
    return Phrase(Figure.exact(total), first.first, last.last, head)


def _headline_pair(text: str, toks: list[Token], k: int, lo: int, last: Phrase, lex: Lexicon) -> Phrase | None:
    """The two people a headline's subject joins by a comma alone, where a sentence would say "and": "Man,
    woman killed in crash", "10 police, driver martyred in blast" (None: no such pair). A headline (no mark
    that closes a sentence) that opens with the pair, each item people told by a noun of people (not a name
    nor an age: "Ohio man, 34, killed", "Jane Roe, nurse, killed" tell one person)."""
    if toks[-1].low in SENTENCE_MARKS or last.figure.best is None or not person_head(lex, toks[last.last], counted=True):
        return None
    prev = phrase_ending(text, toks, k - 1, lo, lex)
    if prev is None or prev.first != lo or prev.figure.best is None or not person_head(lex, toks[prev.last], counted=True):
        return None
    if any(is_name(toks[x]) or _is_age(toks[x]) for x in (prev.last, last.first, last.last)):
        return None
    return Phrase(Figure.exact(prev.figure.best + last.figure.best), prev.first, last.last, None)
def _named_group_ending(text: str, toks: list[Token], e: int, lo: int, lex: Lexicon) -> Phrase | None:
    """A counted group of people and their names in apposition, joined by their own "and", ending at ``e``
    ("three cricketers, Kabir, Omar and Ali": 3), or None. The names' count is the group's (the list reader
    reads it so: "two chiefs, Ali Musa and Omar Dida"), and the group's own words end at its first comma."""
    group = list_ending(text, toks, e, lo, lex)
    if group is None or group.single or group.head is None or group.last != e or not numberish(toks[group.first]):
        return None
    comma = next((c for c in range(group.first + 1, e) if toks[c].low == ","), None)
    if comma is None:
        return None
    counted = phrase_ending(text, toks, comma - 1, lo, lex)
    if counted is None or counted.first != group.first or counted.single or counted.figure.best != group.figure.best:
        return None
    return group


def _elided_head_before_place(text: str, toks: list[Token], j: int, lo: int, lex: Lexicon) -> Phrase | None:
    """A counted group, "and", and a count whose noun is left out, each told with the same preposition of
    where or whose they are: "7 militiamen from one clan and 4 from the other", "five soldiers on the Chadian
    side and three on the Nigerien side" are 11 and 8 people of the first noun (None: no such pair; the
    second item ends at ``j``, its preposition at most four words before)."""
    p = j - 1
    while p - 1 > lo and j - p <= 4 and not (toks[p].low in PLACE_WORDS and numberish(toks[p - 1])):
        if toks[p].low in SENTENCE_MARKS or toks[p].low in (",", "and", "or"):
            return None
        p -= 1
    if p - 3 <= lo or j - p > 4 or toks[p].low not in PLACE_WORDS or not numberish(toks[p - 1]):
        return None
    found = figure_ending(text, toks, p - 1, lo)
    if found is None or found[0].best is None or found[1] - 2 < lo or toks[found[1] - 1].low != "and":
        return None
    joint = found[1] - 1
    q = joint - 1
    while q > lo and joint - q <= 5 and toks[q].low != toks[p].low:
        if toks[q].low in SENTENCE_MARKS or toks[q].low in (",", "and", "or"):
            return None
        q -= 1
    if q <= lo or toks[q].low != toks[p].low:
        return None
    first = phrase_ending(text, toks, q - 1, lo, lex)
    if first is None or first.single or first.head is None or first.figure.best is None or not person_head(
        lex, toks[q - 1], counted=True
    ) or not numberish(toks[first.first]):
        return None
    if first.first - 1 >= lo and (toks[first.first - 1].low in lex.verb_ends or toks[first.first - 1].low in CARRY_VERBS):
        return None  # "killed 4 robbers from the gang and 2 from the village were hurt": another verb's object
    return Phrase(Figure.exact(first.figure.best + found[0].best), first.first, j, first.head)


def _elided_item(text: str, toks: list[Token], k: int, lo: int, right: Phrase, lex: Lexicon) -> Phrase | None:
    """The item before "and" at ``k`` whose noun is left out, said once in the counted item ``right``
    after it: a figure or "one" and one or two words that describe ("one Dutch and one Belgian hostage",
    "two local and three foreign journalists", "one German and one Austrian"). It counts its own figure of
    the same people (None: no such item)."""
    if right.head is None or not (toks[right.first].low in ONE or numberish(toks[right.first])):
        return None
    m = k - 1
    while m > lo and k - m <= 2 and toks[m].start > toks[m - 1].end and (is_name(toks[m]) or (
        toks[m].text.islower() and is_word(toks[m].low) and toks[m].low not in STOP and toks[m].low not in lex.phrases
        and not person_head(lex, toks[m]) and not toks[m].low.endswith(("ly", "ing", "ed", "s"))
        and toks[m].low not in lex.not_people and toks[m].low not in lex.age_words and toks[m].low != "old"
    )) and not numberish(toks[m]):
        # (words apart: "in her 50s" is an age, "50" and "s"; no plural noun: "2.5 hours and 3 people")
        m -= 1
    if m == k - 1 or m < lo or toks[m].low in lex.phrases or (m - 1 >= lo and toks[m - 1].low in DETERMINERS):
        return None
    if toks[m].low in ONE and toks[m].low not in INDEFINITE:
        return Phrase(Figure.exact(1), m, k - 1, right.head, single=True)
    found = figure_ending(text, toks, m, lo)
    if found is None or found[0].best is None or found[0].best >= 1000 or not numberish(toks[m]):
        return None
    return Phrase(found[0], found[1], k - 1, right.head, span=(found[1], m))


def _participle_object(t: Token) -> bool:
    """Is ``t`` a participle in "-ing" whose object follows ("a bus carrying 20 children"), not a
    preposition ("including") or a verb of speech opening a clause ("saying")?"""
    return t.text.islower() and t.low.endswith("ing") and t.low not in ING_PREPOSITIONS and t.low not in SPEECH_GERUNDS


def before_participle(text: str, toks: list[Token], j: int, lo: int, lex: Lexicon) -> Phrase | None:
    """The people before a participle's phrase in "-ing" that ends at token ``j``: "four nationals living
    in the building" (before ", including the consul")."""
    for m in range(j, max(lo, j - 10), -1):
        t = toks[m]
        if t.low in CLAUSE_END or t.low == ",":
            return None
        if m < j and t.text.islower() and t.low.endswith("ing") and t.low not in STOP:
            # the participle right after its people (one in "-ed" may be the verb: "three people reported
            # being targeted, including one who ...")
            if m - 1 < lo:
                return None
            p = list_ending(text, toks, m - 1, lo, lex)
            # (its people a listed noun, or a count of a head the list reader knows: "five Afghans travelling")
            return p if person_head(lex, toks[m - 1]) or (
                p is not None and p.head == toks[m - 1].low and numberish(toks[p.first])
            ) else None
    return None


def _item_before_modifier(text: str, toks: list[Token], j: int, lo: int, lex: Lexicon) -> Phrase | None:
    """The counted person before a short phrase of place or membership that ends at ``j``: "a teacher"
    of "a teacher from Garissa", "two guards" of "two guards at the bank" (None: no such item)."""
    m = j
    while m > lo and j - m < 8:
        low = toks[m].low
        if low in CLAUSE_END or low in LIST_OR_CONJUNCTION or low in lex.verb_ends or (
            low in lex.phrases and entry_at(toks, m, lex) is not None  # (an entry's first word: "in" is no entry alone)
        ):
            return None
        participle = _participle_modifier(toks[m], lex)
        if (low in ITEM_MODIFIERS or participle) and m < j:
            p = phrase_ending(text, toks, m - 1, lo, lex)
            if (
                p is None or p.head is None or p.figure.best is None
                or not (person_head(lex, toks[p.last]) or _leader_part(toks, p.last, lo, lex))
                or not (toks[p.first].low in DETERMINERS or numberish(toks[p.first]))
            ):
                if participle or j - m >= 6:
                    return None
                m -= 1  # "a teacher from a school in Garissa": "in" follows no person, "from" may
                continue
            return p
        m -= 1
    return None


def _participle_modifier(t: Token, lex: Lexicon) -> bool:
    """Is ``t`` a participle in "-ing" that may open a phrase after a noun of people, in small letters and no
    word of the lexicon ("two teachers working in poor communities")? (Not one in "-ed": after a noun it is
    a clause's verb as often, "one driver fled prior to deputy arrival and one victim was taken ...".)"""
    low = t.low
    return t.text.islower() and low.endswith("ing") and is_word(low) and low not in lex.phrases and (
        low not in STOP and low not in ING_PREPOSITIONS and low not in SPEECH_GERUNDS
    )


def _place_of_a_role(toks: list[Token], place: Phrase, name: Phrase, lo: int) -> bool:
    """Is ``place``, a name after "of" and a word before it ("the governor of Garissa"), followed by a
    comma and the name of the person with that role (``name``)?"""
    return (
        place.single and place.head is None and place.first - 2 >= lo and toks[place.first - 1].low == "of"
        and is_word(toks[place.first - 2].low) and toks[place.first - 2].low not in STOP
        and name.single and name.head is None and is_name(toks[name.first])
    )


def _role_of_name(toks: list[Token], name: Phrase, role: Phrase) -> bool:
    """Is ``role`` ("an engineer"), after a comma, the apposition of the person ``name`` before it?"""
    return (
        name.single and name.head is None and is_name(toks[name.last]) and role.single
        and role.head is not None and toks[role.first].low in INDEFINITE
    )


def _name_of_role(toks: list[Token], role: Phrase, name: Phrase, lex: Lexicon) -> bool:
    """Is ``name``, a name closed by a comma, the apposition of ``role``, one person told by a noun of
    people before the comma that opens it ("one of his guards, Ali Musa,", "the driver, Omar Dida,")?"""
    return (
        name.single and name.head is None and is_name(toks[name.first]) and is_name(toks[name.last])
        and name.last + 1 < len(toks) and toks[name.last + 1].low == ","
        and role.figure.best == 1 and role.head is not None and person_head(lex, toks[role.last])
    )


def named_before_apposition(text: str, toks: list[Token], k: int, lo: int, lex: Lexicon) -> Phrase | None:
    """The person named before an apposition that closes at the comma ``k``: "Hadi Musa, a judge," is
    one person (None: no name, or no apposition of a role)."""
    if toks[k].low != ",":
        return None
    m = k - 1
    while m > lo and k - m <= 14 and toks[m].low != ",":
        low = toks[m].low
        if (low in CLAUSE_END and low not in ("(", ")")) or low in APPOSITION_BREAKS or (
            low in lex.verb_ends or low in lex.phrases
        ):
            return None
        m -= 1
    if m <= lo or m >= k - 1 or toks[m].low != "," or numberish(toks[m + 1]):
        return None
    if toks[m + 1].low in DETERMINERS and toks[m + 1].low not in ARTICLES:
        return None  # "Ali Musa, his son, and ..." may be two
    if not any(person_head(lex, t) for t in toks[m + 1 : k]):
        return None  # "However, during the encounter, four ...": no role
    name = phrase_ending(text, toks, m - 1, lo, lex)
    if name is None or not name.single or name.head is not None or not is_name(toks[m - 1]):
        return None
    first = name.first
    if first - 2 >= lo and toks[first - 2].low in DETERMINERS and is_singular(lex, toks[first - 1].low) and person_head(lex, toks[first - 1]):
        first -= 2  # "his wife Maria Ruiz, also a judge,": the role before the name is the same person
    return Phrase(Figure.exact(1), first, k - 1, None, single=True)


def two_roles(toks: list[Token], p: Phrase) -> Phrase | None:
    """ "A cleric and critic of the regime was killed", "His bodyguard and driver was killed": one determiner,
    two bare nouns joined by "and" and a singular verb are one person with two roles (None: no such phrase)."""
    words = [t.low for t in toks[p.first : p.last + 1]]
    if not words or not (words[0] in INDEFINITE or words[0] in DEFINITE) or words.count("and") != 1 or "," in words:
        return None  # (and "His bodyguard and driver was killed": one determiner, one person)
    after = toks[p.first + words.index("and") + 1]
    if after.low in DETERMINERS or numberish(after) or is_name(after):
        return None
    return Phrase(Figure.exact(1), p.first, p.last, None, single=True)


def counted_items(toks: list[Token], p: Phrase) -> bool:
    """Is ``p`` a list whose items each open with their own determiner or figure ("a contractor and one
    South African", "a soldier and two police"), people counted one by one whatever the verb's number?"""
    first = toks[p.first]
    if not (first.low in DETERMINERS or numberish(first)):
        return False
    return any(
        toks[m].low == "and" and m + 1 <= p.last and (toks[m + 1].low in DETERMINERS or numberish(toks[m + 1]))
        for m in range(p.first + 1, p.last)
    )


def _after_preposition(toks: list[Token], p: Phrase, lo: int) -> bool:
    """Is the phrase a name after "of" or "for", perhaps the last of several joined by "and" ("the
    Organization of African Unity", "the Ministry of Roads and Works")?"""
    if p.head is not None or not is_name(toks[p.first]):
        return False
    m = p.first - 1
    while m > lo and p.first - m <= 6 and (toks[m].low in NAME_JOINERS or is_name(toks[m])):
        m -= 1
    if m > lo and toks[m].low in ARTICLES and is_name(toks[m + 1]) and any(
        t.low in NAME_JOINERS for t in toks[m + 1 : p.first]
    ):
        m -= 1  # "guards for the Industry and Minerals Ministry" (not "of the Kano Foundation Musa Adamu": a name)
    return m >= lo and toks[m].low in NAME_PREPOSITIONS


def joined_phrase(p: Phrase, more: Phrase) -> Phrase:
    """Two groups of people counted together: "a driver along with two passengers" is three."""
    a, b = p.figure, more.figure
    high = None if a.high is None or b.high is None else a.high + b.high
    fig = Figure((a.best or 0) + (b.best or 0), (a.low or a.best or 0) + (b.low or b.best or 0), high,
                 a.qualifier if a.qualifier != "exact" else b.qualifier)
    # people of two kinds are "people" (a head all the same: "The mayor, along with two aides, was killed")
    return Phrase(fig, min(p.first, more.first), max(p.last, more.last), p.head if p.head == more.head else "people")


def list_starting(
    text: str, toks: list[Token], i: int, hi: int, lex: Lexicon, stateful: bool = False, nominal: bool = False
) -> Phrase | None:
    """The counted object that opens at token ``i``: "12 civilians", "a wildlife tracker", "both",
    "the duo", "two soldiers and a policeman". ``nominal``: the list is the complement of a noun that
    heads its clause's subject ("The bodies of a soldier and a policeman were found"), so a verb after
    its last item is that subject's, not the item's own."""
    first = _object_item(text, toks, i, hi, lex)
    if first is None:
        return None
    if not stateful and (by_semicolons := _semicolon_list(text, toks, i, hi, lex)) is not None:
        return by_semicolons
    items = [first]
    had_and = False
    apposed = False  # the last item is a name told again: "Ali Hasan, a teacher"
    while len(items) < MAX_ITEMS:
        k = items[-1].last + 1
        stepped = ""
        if k + 3 < hi and _acronym_at(toks, k):
            k += 3  # "three Kenya Police Reservists (KPR) and a herder": step over the acronym
        if k < hi and (toks[k].low == "of" or (
            toks[k].low in ITEM_MODIFIERS and toks[k].low != "with" and (items[-1].head is not None or apposed)
        )):
            # "the police chief of Mahmudiyah, and his driver", "a trader in Mandera and two herders":
            # step over the phrase of membership or place ("with" names companions, read elsewhere)
            m = k + 1
            # a name's role told again reaches further, up to its closing comma: "General Omar Said, the head
            # of the army's chemical troops, and his assistant" (not "... of the Youth and Sports office")
            wide = apposed and toks[k].low == "of"
            reach = 8 if wide else 5 if toks[k].low == "of" else 4  # "a member of the Karbala city council, and ..."
            while m < hi and m - k <= reach and toks[m].low not in LIST_JOINERS and (
                toks[m].low not in CLAUSE_END or toks[m].low == "("
            ):
                if toks[m].low == "(":
                    close = _aside_closing(toks, m, hi)
                    if close is None:
                        break
                    reach += close - m + 1  # "the village head of Bakin Kogi (Zangon Kataf) and his wife"
                    m = close
                elif toks[k].low != "of" and (is_name(toks[m]) or toks[m].low in POSSESSIVE_S) and reach < 10:
                    reach += 1  # "a guard for Kenya's Oil Company, ...": a name's words stretch the phrase
                elif m > k + 1 and toks[m].low in ITEM_MODIFIERS and toks[m].low != "with" and reach < 10:
                    # "three members of the peacekeeping force from the Fijian battalion and four civilians": a
                    # second phrase of place or membership after the first
                    reach = min(10, m - k + 4)
                m += 1
            if m < hi and toks[m].low in LIST_JOINERS and m - k <= reach and (not wide or m - k <= 5 or toks[m].low == ","):
                k, stepped = m, toks[k].low
        if k >= hi or toks[k].low not in LIST_JOINERS:
            break
        joined_by_and = toks[k].low == "and"
        if stateful and state_after(toks, items[-1].last + 1, hi, lex) is not None:
            break  # "left two dead and five others injured": two lists
        if toks[k].low == "," and items[-1].single and _age_apposed(toks, k, hi):
            items[-1] = Phrase(items[-1].figure, items[-1].first, k + 1, items[-1].head, single=True)
            continue  # "killing a girl, 12, and her brother, 9": the girl's age, no count
        if toks[k].low == "," and not items[-1].single and (
            ages_end := _ages_apposed(toks, k, hi, items[-1].figure.best)
        ) is not None:
            last = items[-1]
            items[-1] = Phrase(last.figure, last.first, ages_end, last.head, span=last.span)
            continue  # "her two sisters, aged 12 and 7, and her grandmother": the sisters' ages, no count
        if toks[k].low == "," and k + 1 < hi and toks[k + 1].low == "and":
            k += 1
            joined_by_and = True
        if joined_by_and and k + 2 < hi and toks[k + 1].low in LATER_IN_LIST:
            k += 1  # "shot dead the military attache and later the economic attache": one more, told later
        nxt = _object_item(text, toks, k + 1, hi, lex)
        if nxt is None and k + 1 < hi and person_head(lex, toks[k + 1]) and is_singular(lex, toks[k + 1].low):
            nxt = Phrase(Figure.exact(1), k + 1, k + 1, toks[k + 1].low, single=True)  # "his mother, stepfather"
        if nxt is not None and stateful and joined_by_and and _unknown_count(nxt.figure) and (
            state_after(toks, nxt.last + 1, hi, lex) is not None
        ):
            # "left 4 soldiers and an unknown number of rebels dead": the state after the list is that of
            # its known counts too, and the unknown count adds nothing to them
            if len(items) == 1:
                return Phrase(first.figure, first.first, nxt.last, first.head, first.single, first.span)
            known = sum(x.figure.best or 0 for x in items)
            return Phrase(Figure.exact(known), first.first, nxt.last, items[-1].head)
        if (nxt is None or nxt.head is None) and stepped not in ("", "of") and joined_by_and and items[-1].head is not None and (
            not items[-1].single and k + 2 < hi and numberish(toks[k + 1]) and toks[k + 2].low == stepped
        ) and (found := figure_starting(text, toks, k + 1, k + 2)) is not None and found[0].best is not None:
            # "killed 7 militiamen from one clan and 4 from the other": the second count's noun is the first's,
            # left out before the same preposition (its phrase of where up to the next comma or joiner)
            m = k + 3
            while m < hi and m - k <= 6 and toks[m].low not in LIST_JOINERS and toks[m].low not in CLAUSE_END and not (
                toks[m].low in lex.be or toks[m].low in lex.have or entry_at(toks, m, lex) is not None
            ):
                m += 1
            nxt = Phrase(found[0], k + 1, m - 1, items[-1].head)
            stepped = ""  # (its phrase of where is no place standing for the item: "and 4 from the other")
        if nxt is None and joined_by_and and toks[k - 1].low != "," and k + 1 < hi and not items[-1].single and (
            items[-1].head in lex.plural and toks[k + 1].text.islower()
            and (toks[k + 1].low in lex.plural or toks[k + 1].low in lex.groups)
        ):
            # "all 259 passengers and crew and 11 residents": one count over two bare nouns, then more
            last = items[-1]
            items[-1] = Phrase(last.figure, last.first, k + 1, last.head, span=last.span)
            continue
        if nxt is None or nxt.figure.best is None:
            break
        if stepped not in ("", "of") and (nxt.head is None or not person_head(lex, toks[nxt.last])) and not (
            toks[k].low == "," and nxt.single and nxt.head is None and is_name(toks[nxt.first])
            and items[-1].single and items[-1].head is not None and nxt.last + 1 < hi and toks[nxt.last + 1].low == ","
        ):  # (but "a guard for the bank, Ali Musa, and ...": the guard's name between commas)
            break  # "two soldiers in the north and the south", "two people at Main Street and Elm": places
        after = toks[nxt.last + 1].low if nxt.last + 1 < hi else ""
        verb = entry_at(toks, nxt.last + 1, lex) if after else None
        if (not nominal and (after in lex.be or after in lex.have)) or (
            verb is not None and verb.role in VERB_ROLES
            and not (stateful and state_after(toks, nxt.last + 1, hi, lex) is not None)
        ):
            break  # "and 5 others were injured", "and two others hurt": a clause of its own
        if after in lex.relatives and _relative_verb(toks, nxt.last + 2, hi, lex):
            break  # "we lost 29 citizens in the fire, and one citizen who was injured ...": told by a verb of its own
        if "," in (toks[k].low, toks[k - 1].low) and (
            _opens_a_clause(toks, nxt.last + 1, hi) or (nxt.last > nxt.first and _opens_a_clause(toks, nxt.last, hi))
        ):
            # "killed 14 people, and the mayor declared a curfew", ", and the town held a vigil": a clause
            # (not "the deaths of the woman and boy marked the 98th homicide": the verb of the whole)
            break
        if _speech_after(toks, nxt.last + 1, hi) and any(t.low == "," for t in toks[first.last + 1 : nxt.first]):
            break  # "wounded 55, a doctor and an official told Reuters": who told it, no list (also past
            # the official's "of" phrase: "an official of the local administration said")
        if not joined_by_and and items[-1].single and nxt.single and not _two_named(toks, items[-1], nxt) and (
            (items[-1].head not in (None, "self") and (is_name(toks[nxt.first]) or _is_age(toks[nxt.first])))
            or (items[-1].head is None and toks[nxt.first].low in ONE | DEFINITE
                and toks[items[-1].first].low not in lex.pronouns  # ("injuring him, his driver and ...")
                # (not a kin of the name's told with "his" or "her" right before the list's "and": "killed
                # Alareer, his brother Salah and Salah's son", "Omar Said, his wife Mona and their two children")
                and not (toks[nxt.first].low in _KIN_POSSESSIVES and nxt.last + 1 < hi and toks[nxt.last + 1].low == "and"
                         and any(toks[x].low in _KIN for x in range(nxt.first + 1, min(nxt.last + 1, nxt.first + 3)))))
            # a name's bare role of kin or work told with whose it is: "Hosne Ara, 50, wife of Badsha Mia, and
            # Nabi Hossain" is two (the "of" phrase names someone else, no victim)
            or (items[-1].head is None and nxt.first == nxt.last and toks[nxt.first].text.islower()
                and is_name(toks[items[-1].first]) and nxt.last + 1 < hi and toks[nxt.last + 1].low == "of")
        ):
            items[-1] = Phrase(items[-1].figure, items[-1].first, nxt.last, items[-1].head, single=True)
            apposed = items[-1].head is None
            continue  # "his wife, 72-year-old Leola": one person named again
        if apposed and toks[k].low == "and" and toks[k - 1].low != "," and nxt.single and nxt.head is not None and (
            toks[nxt.first].low in ONE | DEFINITE or not is_name(toks[nxt.first])
        ):
            items[-1] = Phrase(items[-1].figure, items[-1].first, nxt.last, items[-1].head, single=True)
            continue  # "Ali Hasan, a cleric and a member of the council": one person's two roles
        if joined_by_and and toks[k - 1].low != "," and items[-1].single and items[-1].head is not None and (
            toks[items[-1].first].low in INDEFINITE and nxt.first == nxt.last and toks[nxt.first].text.islower()
            and nxt.head is not None and (items[-1].head, nxt.head) not in lex.two_people
            and nxt.head not in PLAIN_PEOPLE
            and nxt.last + 1 < hi and toks[nxt.last + 1].low == "of"
        ):
            items[-1] = Phrase(items[-1].figure, items[-1].first, nxt.last, items[-1].head, single=True)
            continue  # "a tribal leader and brother of the governor": one person's two roles
        if joined_by_and and toks[k - 1].low != "," and _bare_roles(toks, items[-1], nxt, lex):
            items[-1] = Phrase(items[-1].figure, items[-1].first, nxt.last, items[-1].head, single=True)
            continue  # "killed journalist and teacher Ram Khadka": two titles of one name
        items.append(nxt)
        if joined_by_and:
            had_and = True
            a = nxt.last + 1
            if a + 2 < hi and toks[a].low == "," and toks[a + 1].low == "and" and _names_of_the_count(toks, items):
                # "killed three cricketers, Kabir, Omar and Ali, and five other people": the count and the
                # names of its people are one item, and the list goes on after their ", and"
                items = [Phrase(first.figure, first.first, nxt.last, first.head, span=first.span)]
                had_and = False
                continue
            if not (a + 1 < hi and toks[a].low == "and" and toks[k - 1].low != "," and all(
                numberish(toks[x.first]) for x in items
            ) and numberish(toks[a + 1])):
                break  # "A, B and C" ends with its "and" (but "eight Iraqis and three guards and two drivers")
    if len(items) > 1 and not had_and and _headline_list(toks, items, hi, lex):
        total = sum(x.figure.best or 0 for x in items)
        return Phrase(Figure.exact(total), first.first, items[-1].last, None)
    if len(items) == 1 or not had_and:
        return first  # "Iris Rodriguez, a news release said": a list ends with its "and"
    if _names_of_the_count(toks, items):
        # "two agents, Salvador Neira and Hernando Caicedo": the names tell the two again
        return Phrase(first.figure, first.first, items[-1].last, first.head, span=first.span)
    if (first.head in ANY_PEOPLE or (
        first.head in CIVILIAN_PEOPLE and all(x.head in PLAIN_KINDS for x in items[1:])
    )) and toks[first.last + 1].low in APPOSITION_MARKS and sum(
        x.figure.best or 0 for x in items[1:]
    ) == first.figure.best:
        # "its two occupants, a man and his son", "three people - a woman and her two children", "two
        # civilians, a man and a boy": the count's people told again, one by one
        return Phrase(first.figure, first.first, items[-1].last, first.head, span=first.span)
    if not first.single and first.first >= 1 and toks[first.first - 1].low == "all" and (
        toks[items[1].first - 1].low == ","
    ) and sum(x.figure.best or 0 for x in items[1:]) == first.figure.best:
        # "killed all five men of his escort, two carabinieri and three police officers": a whole told
        # with "all", then its people one group at a time
        return Phrase(first.figure, first.first, items[-1].last, first.head, span=first.span)
    total = sum(x.figure.best or 0 for x in items)
    return Phrase(Figure.exact(total), first.first, items[-1].last, items[-1].head)


def _relative_verb(toks: list[Token], k: int, hi: int, lex: Lexicon) -> bool:
    """Does a verb of the lexicon (a death, a hurt, a rescue) open the relative clause whose words start at
    ``k``, past a form of "be" or "have" ("who was injured", "who had been hurt")?"""
    while k < hi and (toks[k].low in lex.be or toks[k].low in lex.have or toks[k].low == "been"):
        k += 1
    verb = entry_at(toks, k, lex) if k < hi else None
    return verb is not None and verb.role in VERB_ROLES


def _including_before(toks: list[Token], k: int, lo: int) -> bool:
    """Does a word of "including" open the clause that ends at ``k``, at most ten tokens before it, with no "and"
    or end of a clause between: the aside of the parts of a count told before?"""
    for x in range(k - 1, max(lo, k - 11) - 1, -1):
        low = toks[x].low
        if low in INCLUDING:
            return True
        if low == "and" or low in CLAUSE_END:
            return False
    return False


def _names_of_the_count(toks: list[Token], items: list[Phrase]) -> bool:
    """Are ``items`` a count of people, a comma, then as many people named one by one ("two agents, Salvador
    Neira and Hernando Caicedo"): the names tell the count's people again?"""
    first = items[0]
    return len(items) > 1 and not first.single and first.figure.best == len(items) - 1 and (
        toks[first.last + 1].low == ","
    ) and all(x.single and x.head is None for x in items[1:])


#: The most tokens a list whose items semicolons part may run over ("killing A, 79, a cousin of ...; his
#: grandson B; and C, 15, a local boy working as crew")
_SEMICOLON_LIST_REACH = 60


def _semicolon_list(text: str, toks: list[Token], i: int, hi: int, lex: Lexicon) -> Phrase | None:
    """An object list whose items semicolons part, the last after "; and", each item a person or a counted
    group with its own commas of age and role ("killing Lord Ali Musa, 79, a cousin of the king; his
    grandson Omar Musa; and Paul Roe, 15, a local boy": 3), or None. Every part must open with an item and
    hold no verb of its own (an outcome's word, "be" or "have"): "killed two soldiers; three others were
    wounded" is two clauses."""
    end = min(hi, i + _SEMICOLON_LIST_REACH)
    if end <= i or ";" not in text[toks[i].start : toks[end - 1].end]:
        return None  # (most lists: no semicolon in reach, nothing to look at)
    marks: list[int] = []
    stop = end
    for k in range(i, end):
        low = toks[k].low
        if low in CLAUSE_END and low != ";":
            stop = k
            break
        if low == ";":
            marks.append(k)
    if not marks or marks[-1] + 2 >= stop or toks[marks[-1] + 1].low != "and":
        return None
    starts = [i, *(m + 2 if m == marks[-1] else m + 1 for m in marks)]
    ends = [*marks, stop]
    total = 0
    items: list[Phrase] = []
    for a, b in zip(starts, ends, strict=True):
        if any(t.low in lex.be or t.low in lex.have or (
            t.low in lex.phrases and entry_at(toks, x, lex) is not None
        ) for x, t in enumerate(toks[a:b], start=a)):
            return None
        item = list_starting(text, toks, a, b, lex)
        if item is None or item.figure.best is None:
            return None
        items.append(item)
        total += item.figure.best
    if not items[0].single and items[0].figure.best == len(items):
        # "wounding three other people, Ann Roe, 28; Eve Doe, 20; and Jim Poe, 30": the parts name the count's
        # people one by one, the first after its comma
        return Phrase(items[0].figure, i, stop - 1, items[0].head)
    return Phrase(Figure.exact(total), i, stop - 1, None)


def _speech_after(toks: list[Token], k: int, hi: int) -> bool:
    """Does a verb of speech stand at ``k``, or right after a phrase of "of" there (up to eight words:
    "an official of the Arakan Army-led administration said")?"""
    if k < hi and toks[k].low == "of":
        m = k + 1
        while m < hi and m - k <= 8 and toks[m].low not in CLAUSE_END and toks[m].low not in SPEECH_VERBS:
            m += 1
        k = m
    return k < hi and toks[k].low in SPEECH_VERBS


def _headline_list(toks: list[Token], items: list[Phrase], hi: int, lex: Lexicon) -> bool:
    """Are ``items``, joined by commas alone, a headline's list ("Man kills woman, her son, himself in
    Las Vegas", "Father kills wife, 2 young children"): a sentence with no full stop, each item people
    told by a noun of people or a pronoun of self, and after the last the sentence's end, a place or a
    time?"""
    if toks[hi - 1].low in SENTENCE_MARKS:
        return False
    end = items[-1].last + 1
    if end < hi and not (toks[end].low in PLACE_WORDS or toks[end].low in WHEN_WORDS or toks[end].low in DASHES):
        return False
    return all(
        x.figure.best is not None and (x.head == "self" or person_head(lex, toks[x.last], counted=True))
        for x in items
    ) and all(
        # each after the first opens with a figure, a possessive or its bare noun ("her son, himself", "2
        # young children"): not an article ("her cousin, a civilian" tells her again), nor a verb ("kills
        # man, grazes child")
        numberish(toks[x.first]) or toks[x.first].low in POSSESSIVES or toks[x.first].low in REFLEXIVES
        or person_head(lex, toks[x.first], counted=True)
        for x in items[1:]
    )


def _opens_a_clause(toks: list[Token], j: int, hi: int) -> bool:
    """Is token ``j`` a verb in the past with its object after it ("declared a curfew", "held a vigil"):
    a word in small letters in "-ed" or an irregular participle, then a determiner? Then the words before
    it are a clause's subject, no item of a list (a reduced relative takes no object: "a woman named
    Rosa", "a guard hired by the firm")."""
    if j + 1 >= hi:
        return False
    low = toks[j].low
    return toks[j].text.islower() and (low.endswith("ed") or low in IRREGULAR_PARTICIPLES) and (
        toks[j + 1].low in DETERMINERS
    )


def _unknown_count(figure: Figure) -> bool:
    """Is the figure a count the report does not know ("an unknown number of", "an unspecified number of":
    at least one, no best and no upper end)?"""
    return figure.best is None and figure.low == 1 and figure.high is None


def _age_apposed(toks: list[Token], k: int, hi: int) -> bool:
    """Is the comma at ``k`` after one person followed by an age between commas, or before the list's end
    ("a girl, 12, and her brother, 9")? A bare number of up to three digits with nothing after it."""
    if k + 1 >= hi or not (toks[k + 1].low.isdigit() and len(toks[k + 1].low) <= 3):
        return False
    after = toks[k + 2].low if k + 2 < hi else "."
    return after in (",", "and") or after in CLAUSE_END


def _ages_apposed(toks: list[Token], k: int, hi: int, count: int | None) -> int | None:
    """Where the ages of a counted group end, between the comma at ``k`` and a comma or the clause's end
    after them: as many ages as the count, each a bare number of up to three digits, joined by "and" or
    commas, after "aged" or "ages" or none ("two sisters, aged 12 and 7, and", "his sons, 4 and 6,")."""
    if count is None or count < 2:
        return None
    m = k + 1
    if m < hi and toks[m].low in AGES_OF_SEVERAL:
        m += 1
    ages = 0
    while m < hi and m - k < 12:
        low = toks[m].low
        if low.isdigit() and len(low) <= 3:
            ages += 1
        elif low not in ("and", ",") or ages == count:
            break
        m += 1
    if ages != count or (m < hi and toks[m].low != "," and toks[m].low not in CLAUSE_END):
        return None
    return m - 1


def _two_named(toks: list[Token], a: Phrase, b: Phrase) -> bool:
    """Do both ``a`` and ``b`` end in a name ("54-year-old Mark Mata, 42-year-old Min Haung")? Then ``b``
    is another person, not ``a`` named again as in "his wife, 72-year-old Leola"."""
    return a.first < a.last and is_name(toks[a.last]) and is_name(toks[b.last]) and not is_name(toks[a.first])


def _participle_after(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """Does a participle of an outcome follow token ``j`` ("with 12 killed", "with at least four dead")?"""
    if j + 1 >= len(toks) or toks[j + 1].low not in lex.phrases:
        return False
    e = entry_at(toks, j + 1, lex)
    if e is None or e.role != "past":
        return False
    after = j + 1 + len(e.words)
    # ("with at least one shot fired": a noun before a verb of its own)
    return not (after < len(toks) and toks[after].low.endswith("ed") and toks[after].low not in lex.phrases)


def given_at(toks: list[Token], s: int, lo: int, lex: Lexicon) -> bool:
    """Is the count at ``s`` the figure a verb of [lexicon] figure_givers gives after "at", past its object of
    up to three words ("the council placed the casualties at 6,201 dead, 28,626 injured", "put it at 40
    dead")?"""
    return s - 1 >= lo and toks[s - 1].low == "at" and any(
        toks[x].low in lex.figure_givers for x in range(max(lo, s - 5), s - 2)
    )


def _bare_roles(toks: list[Token], a: Phrase, b: Phrase, lex: Lexicon) -> bool:
    """Are ``a`` and ``b``, joined by "and", two titles before one name ("journalist and teacher Ram
    Khadka")? Both are bare singular nouns of people (no determiner, no figure), and only ``b`` ends in
    a name."""
    if not (a.single and b.single and a.head is not None and b.head is not None):
        return False
    if not is_name(toks[b.last]) or not toks[b.first].text.islower() or toks[b.first].low in DETERMINERS:
        return False
    words = toks[a.first : a.last + 1]
    return all(t.text.islower() and is_word(t.low) for t in words) and words[0].low not in DETERMINERS and (
        person_head(lex, words[-1])
    )


def _ordinal_of_a_thing(toks: list[Token], k: int, hi: int, lex: Lexicon) -> bool:
    """After "a second", does token ``k`` name a thing ("a second strike") or stand for one whose clause
    goes on to a verb of its own and its object ("a second one on a nearby village killed four")?"""
    t = toks[k]
    if t.low != "one":
        return t.text.islower() and is_word(t.low) and t.low not in STOP and not person_head(lex, t)
    for m in range(k + 1, min(hi - 1, k + 7)):
        low = toks[m].low
        if low in CLAUSE_END or low in LIST_JOINERS:
            return False
        found = entry_at(toks, m, lex) if low in lex.phrases else None
        if found is not None:
            return found.role in ("present", "past") and found.transitive and (
                numberish(toks[m + 1]) or toks[m + 1].low in DETERMINERS
            )
    return False


def _object_item(text: str, toks: list[Token], i: int, hi: int, lex: Lexicon) -> Phrase | None:
    if i >= hi:
        return None
    t = toks[i]
    low = t.low
    part = i + 1 if low in INDEFINITE or low == "one" else i
    if (part > i or "-" in low) and part_of_a_group(toks, part, hi, lex):
        return None  # "killing a third of the villagers", "two-thirds of them": a part, no count
    if low in INDEFINITE and i + 2 < hi and toks[i + 1].low in lex.ordinals and _ordinal_of_a_thing(toks, i + 2, hi, lex):
        return None  # "killed nine and a second strike killed four": the ordinal counts events, not people
    if low in lex.collective and (i + 1 >= hi or not person_head(lex, toks[i + 1])):
        if i + 1 < hi and (toks[i + 1].low in lex.body_parts or toks[i + 1].low in lex.not_people):
            return None  # "lost both legs", "shot both tyres": no one counted
        return Phrase(Figure.exact(lex.collective[low]), i, i, low)  # "killing both"
    if low in INDEFINITE and i + 1 < hi and toks[i + 1].low in lex.collective and (
        i + 2 >= hi or toks[i + 2].low != "of"
    ):
        return Phrase(Figure.exact(lex.collective[toks[i + 1].low]), i, i + 1, toks[i + 1].low)  # "killed a couple"
    if low in ("a", "the") and i + 3 < hi and toks[i + 1].low == "total" and toks[i + 2].low == "of":
        i += 3  # "killing a total of forty-three people"
        t = toks[i]
        low = t.low
    elif low == "total" and i + 2 < hi and toks[i + 1].low == "of" and numberish(toks[i + 2]):
        i += 2  # "leave total of 13 dead": the article left out
        t = toks[i]
        low = t.low
    if low in FIGURE_OPENERS and i + 1 < hi and numberish(toks[i + 1]):
        i += 1  # "killing all three", "injured another 27"
    elif low in INDEFINITE and i + 2 < hi and toks[i + 1].low in ARTICLE_FIGURE_OPENERS and numberish(toks[i + 2]):
        i += 2  # "killed a further 179 people", "wounding an additional 12"
    elif low in INDEFINITE and i + 2 < hi and numberish(toks[i + 1]) and toks[i + 2].low in lex.age_words:
        i += 1  # "killed a three years old girl": an age
    found = figure_starting(text, toks, i, min(hi, i + 9))
    if found is not None and found[0].best is not None and 1900 <= found[0].best <= 2100 and "," not in toks[found[1]].text:
        return None  # "the killings of 2015": a year
    if found is not None and found[1] + 3 < hi and toks[found[1] + 1].low == "-" and (
        toks[found[1] + 2].low in CONJUNCTIONS
    ) and _is_age(toks[found[1] + 3]):
        # "his 12- and 10-year-old sons": two ages, two people
        h = found[1] + 4 if found[1] + 4 < hi and person_head(lex, toks[found[1] + 4]) else found[1] + 3
        return Phrase(Figure.exact(2), i, h, toks[h].low, span=(i, found[1] + 3))
    if found is not None and found[1] + 1 < hi and toks[found[1] + 1].low in lex.age_words:
        e = found[1] + 1
        while e + 1 < hi and e - i < 6 and (toks[e + 1].low in ("old", "-") or is_name(toks[e + 1])
                                             or person_head(lex, toks[e + 1])):
            e += 1  # "killing 22 year old Corey Engleman": an age, one person
        return Phrase(Figure.exact(1), i, e, None, single=True)
    if found is not None and toks[found[1]].low == "of" and found[1] + 1 < hi and toks[found[1] + 1].low in OF_THEM:
        return Phrase(found[0], i, found[1] + 1, None, span=(i, found[1] - 1))  # "kill 16 of them"
    if found is not None:
        fig, e = found
        k = e + 1
        if k + 1 < hi and toks[k].low == "of":
            k += 1
            if k + 1 < hi and toks[k].low in DEFINITE:
                k += 1
        head = _head_right(toks, k, hi, lex, counted=True)
        if head is not None:
            hl = toks[head].low
            if (fig.low or 0) >= 100 and is_singular(lex, hl) and hl not in lex.collective and hl not in lex.groups and (
                hl not in lex.plural
            ):
                return None  # "the 911 caller's father" (small counts forgive a typo: "three policeman")
            return Phrase(fig, i, head, hl, span=(i, e))
        if e + 2 < hi and toks[e + 1].low == "of" and toks[e + 2].low in OF_THEM:
            return Phrase(fig, i, e + 2, None, span=(i, e))  # "kill 16 of them"
        nxt = toks[e + 1] if e + 1 < hi else None
        if nxt is not None and nxt.low in (":", ".") and e + 2 < hi and toks[e + 2].low[0].isdigit():
            return None  # "about 11:15 p.m.": a time
        while e + 1 < hi and toks[e + 1].low in MORE_OR_OTHER:
            e += 1  # "three more hurt", "four other injured"
            nxt = toks[e + 1] if e + 1 < hi else None
        if nxt is None or nxt.low in CLAUSE_END or nxt.low in AFTER_OBJECT or nxt.low.endswith("ing"):
            return Phrase(fig, i, e, None, span=(i, found[1]))
        if state_after(toks, e + 1, hi, lex) is not None:
            return Phrase(fig, i, e, None, span=(i, found[1]))  # "leaving one dead"
        return None
    if _is_age(t) or (low in DETERMINERS and i + 1 < hi and _is_age(toks[i + 1])):
        a = i if _is_age(t) else i + 1
        e = a
        while e + 1 < hi and e - a < 3 and (is_name(toks[e + 1]) or person_head(lex, toks[e + 1])):
            e += 1  # "7-year-old Amari Brown", "a 25-year-old motorcyclist"
        return Phrase(Figure.exact(1), i, _age_after_name(toks, e, hi), toks[e].low, single=True)
    if low in REFLEXIVES:
        return Phrase(Figure.exact(1), i, i, "self", single=True)  # "killing himself and four passengers"
    if low == "them" and i + 1 < hi and toks[i + 1].low in lex.collective:
        return Phrase(Figure.exact(lex.collective[toks[i + 1].low]), i, i + 1, None)  # "killing them both"
    if low == "them":
        back = _them(text, toks, i, lex)
        if back is not None:
            return back  # "opened fire on two policemen, killing them and their driver"
    if low in ONE_PERSON_OBJECTS and (i + 1 >= hi or not toks[i + 1].low.isalpha() or toks[i + 1].low in STOP
                                  or toks[i + 1].low in lex.companions  # "killing him along with his son"
                                  or toks[i + 1].low in AFTER_ONE_PERSON_OBJECT  # "killing him instantly"
                                  or state_after(toks, i + 1, hi, lex) is not None):
        return Phrase(Figure.exact(1), i, i, None, single=True)  # "killing him", "shot him dead"
    if low == "another" and (i + 1 >= hi or not person_head(lex, toks[i + 1])):
        return Phrase(Figure.exact(1), i, i, None, single=True)  # "injuring another"
    if low in DETERMINERS and i + 2 < hi and toks[i + 1].low in lex.body_parts and toks[i + 2].low == "of":
        whose = _object_item(text, toks, i + 3, hi, lex)  # "struck the knee of an 11-year-old girl"
        if whose is None and toks[i + 1].low == "head" and low in DEFINITE:
            return Phrase(Figure.exact(1), i, i + 1, "head", single=True)  # "shot dead the head of the village"
        return whose
    if low in POSSESSIVES_OF_ONE and i + 2 < hi and toks[i + 1].low == "own" and toks[i + 2].low in lex.body_parts:
        return Phrase(Figure.exact(1), i, i + 2, "self", single=True)  # "shot his own hand": himself
    if low in POSSESSIVES_OF_PEOPLE and i + 1 < hi and toks[i + 1].low in lex.body_parts:
        return None  # "grazed her hand": no one called "hand"; she is someone told before
    g = i + 1 if low in DETERMINERS else i  # (a headline's bare noun: "gunmen kill family of 9")
    if g + 2 < hi and toks[g].low in lex.groups and toks[g + 1].low == "of" and numberish(toks[g + 2]):
        members = _object_item(text, toks, g + 2, hi, lex)  # "a family of seven", "a group of 12 pilgrims"
        if members is not None:
            return Phrase(members.figure, i, members.last, members.head or toks[g].low, span=members.span)
    if low in DETERMINERS or low == "both":
        head = _head_right(toks, i + 1, hi, lex, unknown=low in ONE or low in DEFINITE)
        if head is None and low in INDEFINITE and i + 2 < hi and _one_of_a_people(toks, i + 2, i, lex):
            return Phrase(Figure.exact(1), i, i + 2, toks[i + 2].low, single=True)  # "killed a Sri Lankan"
        if head is None:
            return None
        hl = toks[head].low
        if low == "both":
            return Phrase(Figure.exact(2), i, head, hl)
        if hl in lex.collective:
            return Phrase(Figure.exact(lex.collective[hl]), i, head, hl)
        if is_singular(lex, hl):
            return Phrase(Figure.exact(1), i, _name_after_role(toks, head, hi, lex), hl, single=True)
        return _ages_listed(toks, i, head, hi)
    if _acronym(t) and i + 1 < hi and toks[i + 1].low in LEADER_PARTS and _leader_part(toks, i + 1, i, lex):
        # "killing DPR head Alexander Zakharchenko and one of his bodyguards": a body's chief and his name
        return Phrase(Figure.exact(1), i, _name_after_role(toks, i + 1, hi, lex), toks[i + 1].low, single=True)
    ranked = _ranked_name(toks, i, hi, lex)
    if ranked is not None:
        return ranked
    if is_name(t) and t.low not in lex.phrases:
        e = i
        while e + 1 < hi and e - i < 4 and (is_name(toks[e + 1]) or _particle_in_name(toks, e + 1, hi)):
            e += 1  # "Khaled Ali Obeid al-Saadoun", "Pedro de la Cruz", "Ahmed al Rashid"
        words = [x.low for x in toks[i : e + 1]]
        if any((w in STOP and w not in NAME_WORDS) or w in lex.groups or w in lex.not_people for w in words):
            return _bare_object(toks, i, hi, lex)  # "killed Communist Party member Ali Hasan"
        follows = toks[e + 1].low if e + 1 < hi else "."
        if e + 1 < hi and not is_name(toks[e + 1]) and is_singular(lex, follows) and person_head(lex, toks[e + 1]):
            return Phrase(Figure.exact(1), i, e + 1, follows, single=True)  # "shooting of Detroit girl"
        # one capitalised word is a name where a name's end may stand: "killed Copeland, before ...",
        # "pronounced Lynch dead"
        if e > i or follows in CLAUSE_END or follows in AFTER_A_NAME or (
            state_after(toks, e + 1, hi, lex) is not None
        ):
            return Phrase(Figure.exact(1), i, _age_after_name(toks, e, hi), None, single=True)
        return _bare_object(toks, i, hi, lex)  # "kill Pokot peace activist": a name as a modifier
    return _bare_object(toks, i, hi, lex)


def _name_after_role(toks: list[Token], head: int, hi: int, lex: Lexicon) -> int:
    """Where a name right after one person's noun ends, the noun's apposition with no comma ("the town's
    mayor Luis Ortega Rivas", "a member of the union Pedro Gomez"): the same person; else ``head``."""
    e = head
    while e + 1 < hi and e - head < 5 and (
        is_name(toks[e + 1]) or (e > head and _particle_in_name(toks, e + 1, hi))
    ) and not _not_of_a_name(toks[e + 1].low, lex) and toks[e + 1].low.rstrip(".") not in MONTHS and (
        toks[e + 1].low not in WEEKDAYS
    ):
        e += 1
    return e


def _role_before_name(text: str, toks: list[Token], p: Phrase, lo: int, lex: Lexicon) -> Phrase:
    """The name ``p`` with the noun of one person right before it, its apposition with no comma ("the
    town's mayor Luis Ortega Rivas", "a member of the dockworkers union Pedro Gomez"): one person, an
    item of a list as a whole ("Silva and a member of the union Pedro Gomez" are two)."""
    if not (p.single and p.head is None and is_name(toks[p.first])) or p.first - 1 < lo:
        return p
    end = p.first - 1
    before = toks[end]
    # (only over a noun of what the person is of: in "the brother of 15-year-old Ana Ruiz" she is no brother)
    reach = max(lo, p.first - 6) if before.text.islower() and not person_head(lex, before) else p.first - 2
    for m in range(p.first - 2, reach, -1):
        # "a member of the dockworkers union Pedro Gomez": the role before "of" and what the person is of
        low = toks[m].low
        if low == "of":
            end = m - 1
            break
        if not (toks[m].text.islower() and is_word(low)) or (low in STOP and low not in ARTICLES) or low in lex.phrases:
            break
    role = phrase_ending(text, toks, end, lo, lex)
    if role is None or role.figure.best != 1 or role.head is None or not role.head.isalpha() or not (
        lex.is_person(role.head)
        # "a party hopeful Omar Dida": a noun the lexicon does not list, after "a" and before a name
        or (toks[role.first].low in INDEFINITE and role.last == end and _unknown_noun(lex, toks[end]))
    ) or toks[role.first].low not in DETERMINERS:
        return p
    return Phrase(Figure.exact(1), role.first, p.last, role.head, single=True)


def _them(text: str, toks: list[Token], i: int, lex: Lexicon) -> Phrase | None:
    """ "them": the nearest counted group of people before it in the sentence (at most 15 words back)."""
    for j in range(i - 1, max(-1, i - 16), -1):
        if toks[j].low == "them" and j >= 2 and toks[j - 1].low == "of" and numberish(toks[j - 2]):
            found = figure_ending(text, toks, j - 2, max(0, j - 6))  # "pinning two of them ..., suffocating them"
            if found is not None:
                return Phrase(found[0], i, i, None)
        if person_head(lex, toks[j]) and not is_singular(lex, toks[j].low):
            p = phrase_ending(text, toks, j, max(0, j - 6), lex)
            if p is not None and p.figure.best and not p.single:
                return Phrase(p.figure, i, i, p.head)
    return None


def _bare_object(toks: list[Token], i: int, hi: int, lex: Lexicon) -> Phrase | None:
    """A headline's object without a determiner: "kills teen girl", "killed Columbia teen Sunday",
    "kills police officer's son": up to five words ending in a singular noun of a person where a noun
    phrase may end."""
    j = i
    while j < hi and j - i < 5:
        t = toks[j]
        low = t.low
        if low.endswith("ed") and t.text.islower() and low not in lex.phrases and any(
            person_head(lex, x) for x in toks[j + 1 : min(hi, j + (3 if low in ALLEGED else 2))]
        ):
            j += 1  # "kills suspected robber", "lynch alleged thief", "kills suspected cattle rustler"
            continue
        if _stop(toks, j) or low in CLAUSE_END or low == "," or low in lex.phrases or low.endswith(("ing", "ed")):
            return None
        if low in POSSESSIVE_S:
            j += 1
            continue
        e = j
        titled = _unknown_noun(lex, t) and j + 1 < hi and is_name(toks[j + 1]) and not low.endswith("s")
        if (person_head(lex, t) or titled) and is_singular(lex, low):
            while e + 1 < hi and e - j < 4 and is_name(toks[e + 1]) and toks[e + 1].low not in lex.not_people:
                e += 1  # "killed party leader Ali Hasan", "councillor Walter Adolfo Acevedo Franco"
        follows = toks[e + 1] if e + 1 < hi else None
        if (person_head(lex, t) or (titled and e > j)) and is_singular(lex, low) and (
            follows is None or follows.low in CLAUSE_END or follows.low == "," or follows.low in PLACE_WORDS
            or follows.low in WHEN_WORDS or follows.low in BARE_FOLLOWERS
            or follows.low in lex.companions  # "killed commander Khalil Bahtini along with his wife"
            or (follows.text.islower() and follows.low.endswith(("ed", "ing")) and follows.low not in lex.phrases)
        ):
            # "kills man accused of theft", "kill student protesting": a participle after the object
            return Phrase(Figure.exact(1), i, e, low, single=True)
        if not (is_word(low) or is_name(t)):
            return None
        j += 1
    return None


def _ranked_name(toks: list[Token], i: int, hi: int, lex: Lexicon) -> Phrase | None:
    """A rank before a name, after at most two words of a force or a nationality: "Police Sergeant-Major
    Ali Musa", "police Capt. Omar Said", "Iraqi army Lt. Col. Hadi Salim" is one person."""
    j = i
    while j < hi and j - i < 2 and (
        toks[j].low in lex.groups or toks[j].low == "army"
        or (is_name(toks[j]) and toks[j].low.endswith(NATIONALITY_ENDS))
    ):
        j += 1
    r = j
    while r < hi and r - j < 3 and all(part in RANKS for part in toks[r].low.split("-")):
        r += 1
    if r == j:
        return None
    e = r
    while e < hi and e - r < 5 and (
        (is_name(toks[e]) and toks[e].low not in RANKS and toks[e].low not in lex.not_people)
        or (e > r and _particle_in_name(toks, e, hi))  # "Lt. Col. Andreas von Mirbach"
    ):
        e += 1
    if e == r or (e < hi and person_head(lex, toks[e])):
        return None  # "General Motors workers": a name as a modifier
    return Phrase(Figure.exact(1), i, e - 1, None, single=True)


def _ages_listed(toks: list[Token], i: int, head: int, hi: int) -> Phrase | None:
    """ "his sons, ages 3 and 4": as many people as ages."""
    k = head + 1
    if k < hi and toks[k].low == ",":
        k += 1
    if k >= hi or toks[k].low not in AGES_OF_SEVERAL:
        return None
    ages = 0
    m = k + 1
    while m < hi and m - k < 12:
        low = toks[m].low
        if low.isdigit() and len(low) <= 3:
            ages += 1
        elif low not in LIST_JOINERS:
            break
        m += 1
    if ages < 2:
        return None
    return Phrase(Figure.exact(ages), i, m - 1, toks[head].low, span=(i, head))


def _age_after_name(toks: list[Token], e: int, hi: int) -> int:
    """The end of a name with its age after it: "Inna Gonzalez, 21," ends at 21."""
    if e + 2 < hi and toks[e + 1].low == "," and toks[e + 2].low.isdigit() and len(toks[e + 2].low) <= 3:
        return e + 2
    return e


def _head_right(
    toks: list[Token], k: int, hi: int, lex: Lexicon, unknown: bool = True, counted: bool = False
) -> int | None:
    """The head noun of people at or after ``k`` over at most three modifiers, or None."""
    end = min(hi, k + 8)
    j = k
    while j < end:
        t = toks[j]
        if t.low == "(":
            while j < end and toks[j].low != ")":
                j += 1  # "two Kenya Defense Forces (KDF) soldiers"
            j += 1
            continue
        if (t.low == "head" and j + 1 < end and toks[j + 1].low == "of" and not (
            j + 2 < len(toks) and toks[j + 2].low in lex.not_people  # "12 head of cattle": animals counted
        )) or (j > k and _leader_part(toks, j, k, lex)):
            return j  # "the head of Kanilwan hamlet", "a village head": a chief
        if j > k and numberish(t):
            return None  # "two buses killed nine people": another figure, another noun phrase
        if t.low in lex.not_people and j + 2 < hi and toks[j + 1].low in POSSESSIVE_S:
            return _head_right(toks, j + 2, hi, lex, unknown)  # "the store's owner"
        if t.low in lex.not_people and not (j + 1 < end and person_head(lex, toks[j + 1])):
            return None  # "chickens"; but "cattle thieves" are people
        if person_head(lex, t, counted=j <= k + 1) or (counted and t.low in lex.groups and (
            j == k or (j == k + 1 and toks[k].low in MORE_OR_OTHER)  # "wounding three other police"
        )):
            if j + 2 < hi and toks[j + 1].low in POSSESSIVE_S:
                return _head_right(toks, j + 2, hi, lex, unknown)  # "a top diplomat's wife"
            # "an RJD supporter", "a Trinamool Congress member": the last noun of a compound
            if j + 1 < end and person_head(lex, toks[j + 1]):
                return j + 1
            if j + 2 < end and toks[j + 1].low in lex.groups and person_head(lex, toks[j + 2]):
                return j + 2  # "a senior police officer", "a young army captain": a force's noun between
            if is_name(t) and any(
                m < end and person_head(lex, toks[m])
                and all(x.low not in STOP and is_word(x.low) for x in toks[j + 1 : m])
                for m in (j + 2, j + 3)
            ):
                j += 1  # "a Canadian Catholic priest", "an Italian aid worker": a nationality, then modifiers
                continue
            if is_name(t) and j + 1 < end and _noun_of_a_thing(lex, toks[j + 1]):
                j += 1  # "struck a Russian military unit": a nationality before the noun of a thing
                continue
            return j
        nxt = toks[j + 1] if j + 1 < hi else None
        if counted and j == k and t.low not in lex.not_people and (is_name(t) or _acronym(t)):
            # "killed 12 Boko Haram in the raid", "7 ISIS", "9 M23": a count of a group's members by its
            # name, when the name (up to three words) ends the phrase
            m = j
            while m + 1 < end and m - j < 2 and (is_name(toks[m + 1]) or _acronym(toks[m + 1])):
                m += 1
            after = toks[m + 1].low if m + 1 < hi else "."
            if (m > j or _acronym(t)) and (after in CLAUSE_END or after == "," or after in STOP) and not any(
                x.low in lex.not_people for x in toks[j + 1 : m + 1]
            ):
                return m
        if j == k and is_name(t) and t.low not in lex.not_people and (nxt is None or not is_name(nxt)) and not (
            nxt is not None and nxt.text.islower() and j + 2 < end and person_head(lex, toks[j + 2])
        ):  # "a British cultural attache": the nationality and an adjective before the noun
            if nxt is not None and j + 1 < end and person_head(lex, nxt):
                return j + 1  # "stabbed 3 Isiolo inhabitants": the people's noun after a place
            return j  # "killing one Serb"
        if unknown and _unknown_noun(lex, t) and (nxt is None or nxt.low in CLAUSE_END or nxt.low in STOP
                                                   or nxt.low == ","):
            return j  # "shot dead a wildlife tracker"
        if _stop(toks, j) or t.low in CLAUSE_END or t.low == "," or (
            t.low in lex.phrases and not t.low.endswith(("ing", "ed")) and entry_at(toks, j, lex) is not None
            and not (t.low == "dead" and nxt is not None and person_head(lex, nxt))
            and not (
                # "killed three club cricketers": a present "to death" verb's word before a noun of people,
                # with no "death" after it, modifies the noun (as in a subject: :func:`phrase_ending`)
                t.low in lex.to_death_present and nxt is not None and person_head(lex, nxt)
                and all(x.low != "death" for x in toks[j + 1 : j + 8])
            )
        ):
            return None  # (but "the body of a dead soldier": an adjective before the noun)
        j += 1
    return None


def before_a_region(toks: list[Token], j: int) -> bool:
    """Does the comma at ``j`` open a region's name that ends at the next comma ("mayor of Alma, Kord
    province, was killed"): a place's parts, no list's?"""
    m = j + 1
    while m < len(toks) and m - j <= 3 and is_name(toks[m]) and toks[m].low not in REGION_NOUNS:
        m += 1
    return m > j + 1 and m + 1 < len(toks) and toks[m].low in REGION_NOUNS and toks[m + 1].low == ","


def between_ages(toks: list[Token], j: int) -> bool:
    """Does the comma at ``j`` part the ages of a list ("aged 21, 22 and 24", "ages 4, 6, and 9")?"""
    if not (0 < j < len(toks) - 1 and toks[j - 1].low.isdigit()):
        return False
    after = toks[j + 2] if toks[j + 1].low == "and" and j + 2 < len(toks) else toks[j + 1]
    return after.low.isdigit()


def state_after(toks: list[Token], k: int, hi: int, lex: Lexicon) -> tuple[Outcome, int] | None:
    if k >= hi or k >= len(toks):
        return None
    if k >= 0 and toks[k].low not in lex.state_firsts:
        return None  # no state opens here (most tokens): the states are not tried one by one
    for words, outcome in lex.states.items():
        n = len(words)
        if k + n <= hi and tuple(lows(toks[k : k + n])) == words:
            return outcome, k + n - 1
    return None


def entry_at(toks: list[Token], i: int, lex: Lexicon) -> Entry | None:
    """The longest entry of the lexicon that opens at token ``i``."""
    low = toks[i].low
    seconds = lex.by_two_words.get(low)
    longer = seconds.get(toks[i + 1].low) if seconds is not None and i + 1 < len(toks) else None
    if longer:
        # the words from here, as many as the longest entry has: each entry is one comparison of tuples
        following = tuple(lows(toks[i : i + lex.longest_entry]))
        for e in longer:
            if following[: len(e.words)] == e.words:
                return e
    return lex.one_word.get(low)
