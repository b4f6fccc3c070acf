"""The token reader: small readers over one sentence's tokens, each a plain function.

A sentence that holds an outcome word of the lexicon (lexicon.toml) is tokenised once
(:func:`~casualty_cli.extraction.tokens.tokenize`); each lexicon entry found in it is read by the
reader its role calls for:

- a participle ("were killed", "died"): the subject to its left (:func:`subject_left`), or, in the
  active voice, the object to its right (:func:`object_right`);
- an active verb or gerund ("killing 12 civilians"): the object to its right;
- a noun ("9 deaths"): the figure before it; a toll ("death toll rose to 11"): the figure after it;
- "left two dead": the object and the state after it;
- "a fatal shooting": the event's own figure.

The words it looks for are all the lexicon's, read once into frozensets: the entries, and the words
of syntax of its ``[syntax]`` table (determiners, clause openers, words of place and time, months).
Only marks of the text stay here, since they are punctuation, not words of a language:
:data:`_CLAUSE_END` (". ; : ! ? ( ) [ ] — –") and the "'s" and "-" a name is glued with.

Every reader looks at a bounded window of tokens and looks words up in the lexicon's sets, so a
sentence costs time in proportion to its length. Readers return :class:`Reading` values; the engine
(statements.py) reconciles them across the document and adds each sentence's context.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import itemgetter

from casualty_cli.extraction import compiled
from casualty_cli.extraction.lexicon import Entry, Lexicon, Markers, Outcome, lexicon
from casualty_cli.extraction.numbers import VAGUE, WORD_VALUES, Figure, parse_figure
from casualty_cli.extraction.tokens import Token, tokenize

#: The lexicon's words of syntax ([syntax]), each a set read once at load
_SYNTAX = lexicon().syntax

#: A token's lower-cased text, as map() takes it
_LOW = itemgetter(1)
_BODY_WORDS = _SYNTAX["body_words"]
#: How many tokens a reader looks at, at most, on either side of its word.
_WINDOW = 14
#: How many items a list holds at most: the readers' windows stay bounded, so a sentence costs time in
#: proportion to its length.
_MAX_ITEMS = 20

_NUMBER_WORDS = frozenset([*WORD_VALUES, "hundred", "thousand", "million", "dozen"])
_SCALES = frozenset(["hundred", "thousand", "million", "dozen"])
_VAGUE_LAST = frozenset(v.split()[-1] for v in VAGUE)
_VAGUE_WORDS = frozenset(w for v in VAGUE for w in v.split())
# Words of syntax, all from the lexicon's [syntax] table (its comments say what each is for)
_QUALIFIER_WORDS = _SYNTAX["qualifier_words"]
_ONE = _SYNTAX["one"]
_DETERMINERS = _SYNTAX["determiners"]
_DEFINITE = _SYNTAX["definite"]
_POSSESSIVES = _SYNTAX["possessives"]
_POSSIBLE = _SYNTAX["possibility"]
_GAPPED_AT = _SYNTAX["gapped_at"]
_STOP = _SYNTAX["stop"]
_BARE_LEAD = _SYNTAX["bare_lead"]
_TIME_WORDS = _SYNTAX["time_words"]
_WEEKDAYS = _SYNTAX["weekdays"]
_CLAUSE_START = _SYNTAX["clause_start"]
_SPEECH_VERBS = _SYNTAX["speech_verbs"]
_TOLL_BEYOND = _SYNTAX["toll_beyond"]
_LEADER_PARTS = _SYNTAX["leader_parts"]
_NEGATED_QUALIFIERS = _SYNTAX["negated_qualifiers"]
_NEGATED_COMPARISONS = _SYNTAX["negated_comparisons"]
_WHEN_WORDS = _SYNTAX["when_words"]
MONTHS = _SYNTAX["months"]
_NOUN_MODIFIERS = _SYNTAX["noun_modifiers"]
_CAUSING = _SYNTAX["causing"]
_PLACE_NAME_ENDS = _SYNTAX["place_name_ends"]
_PLACE_WORDS = _SYNTAX["place_words"]
_ITEM_MODIFIERS = _SYNTAX["item_modifiers"]
_AMOUNTS = _SYNTAX["amounts"]
_NO = _SYNTAX["no"]
_ATTEMPTS = _SYNTAX["attempts"]
_ATTEMPTS_OR_PLANS = _ATTEMPTS | _SYNTAX["plans"]
_INCLUDING = _SYNTAX["including"]
_OF_THEM = _SYNTAX["of_them"]
_AGES_OF_SEVERAL = _SYNTAX["ages_of_several"]
_AGES = _AGES_OF_SEVERAL | _SYNTAX["age"]
_LIVES = _SYNTAX["lives"]
_RANKS = _SYNTAX["ranks"]
_RETALIATION = _SYNTAX["retaliation"]
_PLAIN_PEOPLE = _SYNTAX["plain_people"]
_ANY_PEOPLE = _SYNTAX["any_people"]
#: marks before an apposition that tells a count's people one by one: "two occupants, a man and his son"
_APPOSITION_MARKS = frozenset({",", "-", "–", "—", ":"})
_RANGE_JOINERS = _SYNTAX["range_joiners"]
_FIGURE_JOINERS = _RANGE_JOINERS | _SYNTAX["fraction_in_figure"]
_MORE_PEOPLE = _SYNTAX["more_people"]
_MORE_OR_OTHER = _MORE_PEOPLE | {"other"}
_ONE_PERSON_PRONOUNS = _SYNTAX["one_person_pronouns"]
_LIST_JOINERS = _SYNTAX["list_joiners"]
_CONJUNCTIONS = _SYNTAX["conjunctions"]
_LIST_OR_CONJUNCTION = _LIST_JOINERS | _CONJUNCTIONS
_INDEFINITE = _SYNTAX["indefinite"]
_ARTICLES = _SYNTAX["articles"]
_POSSESSIVE_S = _SYNTAX["possessive_s"]
_BEFORE_A_GROUP = _SYNTAX["before_a_group"] | _POSSESSIVE_S
_GROUP_DEFINITE = _SYNTAX["group_definite"]
_RELATIVES_OF_PEOPLE = _SYNTAX["relatives_of_people"]
_ING_PREPOSITIONS = _SYNTAX["ing_prepositions"]
_GENERIC_PEOPLE = _SYNTAX["generic_people"]
_NAME_JOINERS = _SYNTAX["name_joiners"]
_NAME_PREPOSITIONS = _SYNTAX["name_prepositions"]
_FIGURE_OPENERS = _SYNTAX["figure_openers"]
_AFTER_OBJECT = _SYNTAX["after_object"]
_REFLEXIVES = _SYNTAX["reflexives"]
_ONE_PERSON_OBJECTS = _SYNTAX["one_person_objects"]
_POSSESSIVES_OF_ONE = _SYNTAX["possessives_of_one"]
_POSSESSIVES_OF_PEOPLE = _SYNTAX["possessives_of_people"]
_AFTER_A_NAME = _SYNTAX["after_a_name"]
_NATIONALITY_ENDS = tuple(sorted(_SYNTAX["nationality_ends"]))
_TIME_PREPOSITIONS = _SYNTAX["time_prepositions"]
_BEFORE_A_DAY = _SYNTAX["before_a_day"]
_AFTER_OR_BEFORE = _SYNTAX["after_or_before"]
_BEFORE_A_SPAN = _SYNTAX["before_a_span"]
_HAVE = lexicon().have
_ORDINAL_PEOPLE = _SYNTAX["ordinal_people"]
_ONE_BODY = _INDEFINITE | _POSSESSIVES_OF_ONE | _POSSESSIVE_S
_DESCRIBING = _SYNTAX["describing"]
_AMONG = _SYNTAX["among"]
_INCLUDE = _SYNTAX["include"]
_PLURAL_BE = _SYNTAX["plural_be"]
_SINGULAR_BE = _SYNTAX["singular_be"]
_INCLUDE_OR_PLURAL = _INCLUDE | _PLURAL_BE
_INCLUDE_OR_BE = _INCLUDE_OR_PLURAL | _SINGULAR_BE
_FRONTED_PREPOSITIONS = _SYNTAX["fronted_prepositions"]
_AFTER_ONE_FATALLY = _SYNTAX["after_one_fatally"]
_TREATED_FOR = _SYNTAX["treated_for"]
_SURVIVED = _SYNTAX["survived"]
_SAME_SUBJECT = _SYNTAX["same_subject"]
_REMAIN = _SYNTAX["remain"]
_UNKNOWN_WHETHER = _SYNTAX["unknown_whether"]
_AS_MANY = _SYNTAX["as_many"]
_SINGULAR_AUX = _SINGULAR_BE | {"has"}
_PLURAL_AUX = _PLURAL_BE | {"have"}
_CLAUSE_RELATIVES = _SYNTAX["clause_relatives"]
_SUMMING_UP = _SYNTAX["summing_up"]
_APPOSITION_OPENERS = _SUMMING_UP | _ARTICLES | {"including"}
_AFTER_AN_EVENT = _SYNTAX["after_an_event"]
_NOUN_PREPOSITIONS = _SYNTAX["noun_prepositions"]
_DEAD = _SYNTAX["dead"]
_NUMBER_OF = _SYNTAX["number_of"]
_TOLL_PARTICLES = _SYNTAX["toll_particles"]
_BEFORE_LIVES = _SYNTAX["before_lives"]
_SELF = _REFLEXIVES | {"own"}
_APPOSITION_BREAKS = _SYNTAX["apposition_breaks"]
_OFFENCE_PREPOSITIONS = _SYNTAX["offence_prepositions"]
_ONLY_ONE = _SYNTAX["only_one"]
#: marks that end a list's item: "Trees down, lightning injury, roofs damaged."
_ITEM_ENDS = frozenset({",", ".", ";"})
#: Punctuation that ends a clause: marks of the text, not words, so kept here
_CLAUSE_END = frozenset(". ; : ! ? ( ) [ ] — –".split())
_DASHES = frozenset(["-", "–", "—"])
_SENTENCE_MARKS = frozenset(". ; : ! ? ( ) [ ]".split())
_ADDED = _SYNTAX["added"]
_ABBREVIATED = _SYNTAX["abbreviated_outcomes"]
_SIDES = _SYNTAX["sides"]
_FROM_EACH = _SYNTAX["from_each"]
_VERB_ROLES = frozenset(["past", "present", "gerund", "hospital"])
#: A US state's postal code after a town and a comma: "Madrid, NM".
_STATE_CODE = re.compile(r"[A-Z]{2}")


@dataclass(slots=True)
class Reading:
    """One count read from a sentence: who, how many, what happened to them, and where it stands."""

    outcome: Outcome
    figure: Figure
    start: int
    end: int
    #: the head noun of who was counted ("soldiers"), if any
    victims: str | None = None
    #: one person named by a singular noun, a name or a pronoun (not a figure "one soldier")
    single: bool = False
    #: said to be hit *also* ("a woman was also shot")
    also: bool = False
    #: recalled from another event ("a week after 85 protesters were killed")
    other_event: bool = False
    #: a figure made by the reader, not read as is
    derivation: str | None = None
    #: a part of the counted group, no count of people ("half of the 40 passengers")
    fraction: bool = False
    #: where the outcome word ends (what follows it may say more: "six were wounded, two mortally")
    after: int = 0
    #: a crime someone is said to have done ("suspected of killing two officers"): another event, where the
    #: report tells a death besides
    alleged: bool = False


@dataclass(slots=True)
class _Phrase:
    """A noun phrase of counted people: tokens ``first..last`` (inclusive)."""

    figure: Figure
    first: int
    last: int
    head: str | None
    single: bool = False
    #: the tokens of the figure, when there is one: a statement points at its figure
    span: tuple[int, int] | None = None


# -- figures -------------------------------------------------------------------------------------


def _numberish(t: Token) -> bool:
    return _numberish_word(t.low)


@lru_cache(maxsize=1 << 16)
def _numberish_word(low: str) -> bool:
    """(Words repeat: each is worked out once, until 65,536 others have come since.)"""
    if low[0].isdigit():
        return "-" not in low  # not "27-year-old"
    return low in _NUMBER_WORDS or all(p in _NUMBER_WORDS for p in low.split("-"))


def _best_of_range(fig: Figure) -> Figure:
    """A range's best is its lowest figure (ACLED's convention); low and high are kept."""
    if fig.qualifier == "range" and fig.best is None and fig.low is not None:
        return Figure(fig.low, fig.low, fig.high, "range")
    return fig


def _parse(text: str, toks: Sequence[Token], first: int, last: int) -> Figure | None:
    return parse_figure(text[toks[first].start : toks[last].end])


def figure_ending(text: str, toks: Sequence[Token], j: int, lo: int) -> tuple[Figure, int] | None:
    """The figure whose last token is ``j`` (no further left than ``lo``), and its first token."""
    t = toks[j]
    if not (_numberish(t) or t.low in _VAGUE_LAST):
        return None
    k = j
    while k - 1 >= lo and j - k < 7:
        p = toks[k - 1]
        if _numberish(p) and p.low[0].isdigit() and _numberish(toks[k]) and toks[k].low not in _SCALES:
            break  # "19:39 One person": two numbers side by side are two figures
        if _numberish(p) or p.low in _QUALIFIER_WORDS or p.low in _VAGUE_WORDS or p.low in _FIGURE_JOINERS:
            k -= 1  # ("half a dozen")
        else:
            break
    if k == j and (_day_of_month(toks, j, lo) or _minutes(toks, j, lo)):
        return None  # "an Oct. 13 gang shooting", "around 12:45 a.m. about people": a date or a time, not a count
    if k - 1 >= lo and toks[k - 1].low in _NEGATED_QUALIFIERS and toks[k].low in _NEGATED_COMPARISONS:
        k -= 1  # "no fewer than 20"
    for s in range(k, j + 1):
        fig = _parse(text, toks, s, j)
        if fig is not None and _sane(toks, s, j, fig):
            return _best_of_range(fig), s
    return None


def _minutes(toks: Sequence[Token], j: int, lo: int) -> bool:
    """Is token ``j`` the minutes of a time of day: two digits after a number and a colon ("12:45")?"""
    return j - 2 >= lo and len(toks[j].low) == 2 and toks[j].low.isdigit() and toks[j - 1].low == ":" and toks[j - 2].low.isdigit()


def _day_of_month(toks: Sequence[Token], j: int, lo: int) -> bool:
    """Is token ``j`` the day of a date: one or two digits after a capitalised month ("Oct. 13", "May 3";
    not after a date with its day first: "01 Oct. 7 people killed")?"""
    if not (toks[j].low.isdigit() and len(toks[j].low) <= 2):
        return False
    m = j - 2 if j - 2 >= lo and toks[j - 1].low == "." else j - 1
    return m >= lo and toks[m].text[:1].isupper() and toks[m].low.rstrip(".") in MONTHS and not (
        m - 1 >= lo and toks[m - 1].low.isdigit()
    )


def _sane(toks: Sequence[Token], s: int, j: int, fig: Figure) -> bool:
    """Is a figure joined by "and", "to" or a dash a range or one number in words ("one hundred and
    twenty"), not two numbers ("Interstate 8 and 2 fatalities")?"""
    joined = [
        x for x in range(s + 1, j) if toks[x].low in _RANGE_JOINERS
        and _numberish(toks[x - 1]) and _numberish(toks[x + 1])
    ]
    if not joined or fig.qualifier == "range":
        return True
    return all(not t.low[0].isdigit() for t in toks[s : j + 1])


def figure_starting(text: str, toks: Sequence[Token], i: int, hi: int) -> tuple[Figure, int] | None:
    """The longest figure that opens at token ``i`` (ending before ``hi``), and its last token."""
    e = i + 1 if i + 1 < hi and toks[i].low in _NEGATED_QUALIFIERS and toks[i + 1].low in _NEGATED_COMPARISONS else i
    while e < hi and e - i < 8:
        t = toks[e]
        if _numberish(t) or t.low in _QUALIFIER_WORDS or t.low in _VAGUE_WORDS or t.low in _FIGURE_JOINERS:
            e += 1
        else:
            break
    for last in range(e - 1, i - 1, -1):
        if not (_numberish(toks[last]) or toks[last].low in _VAGUE_LAST):
            continue
        if toks[last].low == "of" and toks[last - 1].low[0].isdigit():
            continue  # "killing 30 of the raiders": a partitive's "of", not a vague quantity's ("dozens of")
        fig = _parse(text, toks, i, last)
        if fig is not None and _sane(toks, i, last, fig):
            return _best_of_range(fig), last
    return None


# -- noun phrases -------------------------------------------------------------------------------


_NAME_PARTICLES = _SYNTAX["name_particles"]
_NAME_WORDS = _SYNTAX["name_words"]
_RESULT_VERBS = _SYNTAX["result_verbs"]


def _is_name(t: Token) -> bool:
    """A capitalised word of a name: "Maria", "O'Neal", "al-Hashimi", an initial "D." or "Jr."."""
    text = t.text
    if text[0].islower():
        if "-" not in text:
            return False  # a lower-case word (most words asked about): none of the tests below holds
        particle, _, rest = text.partition("-")
        return particle in _NAME_PARTICLES and rest[:1].isupper()
    if len(text) == 2 and text[1] == "." and text[0].isupper():
        return True
    if (t.low in _STOP and t.low not in _NAME_WORDS) or t.low in lexicon().phrases:
        return False  # a title-case headline's "Shot", "In" (but "Omar Said": a name)
    if text[:3] in ("al-", "el-") and len(text) > 4 and text[3].isupper():
        return True  # "al-Tamimi": an Arabic name's article
    return text[0].isupper() and text[0].isalpha() and len(text) > 1 and not text.isupper()


def _is_age(t: Token) -> bool:
    """ "22-year-old", "3-month-old", "16-year-olds": an age that may name a person."""
    return t.low[0].isdigit() and "-old" in t.low


def _person_head(lex: Lexicon, t: Token, counted: bool = False) -> bool:
    """Does the token name people? ``counted``: a figure stands before it, so a capitalised plural with
    a people's ending is a demonym ("two Palestinians"), not a name ("Lewis")."""
    low = t.low
    if _is_age(t):
        return True
    if counted and t.text[0].isupper() and low.endswith(lex.demonym_endings) and low.isalpha() and len(low) > 4:
        return low not in lex.not_people  # "two Palestinians", "ten Salvadorans"
    # (a hyphenated noun listed in the lexicon too: "co-worker", "mother-in-law"; not "year-old-man")
    return (low.isalpha() and lex.is_person(low)) or low in lex.collective or low == "others" or (
        "-" in low and (low in lex.singular or low in lex.plural)
    )


def _singular(lex: Lexicon, low: str) -> bool:
    """Does a noun of people name one person ("watchman", "dahalo"), not several?"""
    return low in lex.singular or (low not in lex.plural and not low.endswith(("s", "men")))


def _leader_part(toks: Sequence[Token], j: int, lo: int, lex: Lexicon) -> bool:
    """Is token ``j`` a body part that names a leader after a noun of what is led: "a village head",
    "two clan heads" (not "in the head", "his head")?"""
    if toks[j].low not in _LEADER_PARTS or j - 1 < lo:
        return False
    before = toks[j - 1]
    return before.text.islower() and _word(before.low) and before.low not in _STOP and (
        before.low not in _DETERMINERS and before.low not in lex.body_parts
    )


def _word(low: str) -> bool:
    """Letters, perhaps joined by hyphens ("first-grader")."""
    return low.replace("-", "").isalpha()


def _unknown_noun(lex: Lexicon, t: Token) -> bool:
    """A lower-case word that may be a noun of people the lexicon does not list ("a wildlife tracker")."""
    low = t.low
    return (
        t.text.islower() and _word(low) and len(low) > 2 and low not in _STOP and low not in lex.not_people
        and not low.endswith(("ing", "ed"))  # "men coming", "the wounded": no nouns of people
        and low.rsplit("-", 1)[-1] not in lex.not_people  # "time-bomb"
        and low not in lex.phrases and low not in lex.be and low not in lex.adverbs and not low.endswith("ly")
        and low not in lex.groups and low not in _VAGUE_WORDS and low not in _QUALIFIER_WORDS
        and low not in lex.body_parts and low not in lex.fractions  # "grazed her hand", "half of them"
    )


#: The longest aside in parentheses skipped inside a counted noun phrase, in tokens.
_ASIDE = 12


def _aside_opening(toks: Sequence[Token], k: int, lo: int, lex: Lexicon) -> int | None:
    """Where the parenthesis that closes at ``k`` opens, when it is a short aside: an acronym "(KDF)",
    another figure "(or seven, a radio station said)". An aside holds no outcome word of its own, no
    sentence end and no other parenthesis."""
    for m in range(k - 1, max(lo - 1, k - _ASIDE - 1), -1):
        low = toks[m].low
        if low == "(":
            return m if m < k - 1 else None
        if low in (")", ";") or low in _CLAUSE_END or (low in lex.phrases and _match(toks, m, lex) is not None):
            return None
    return None


def _acronym_at(toks: Sequence[Token], k: int) -> bool:
    """Does a parenthesis holding one upper-case word open at ``k``: "(KDF)"?"""
    return (
        k + 2 < len(toks) and toks[k].low == "(" and toks[k + 2].low == ")" and toks[k + 1].text.isupper()
        and toks[k + 1].text.isalpha()
    )


def phrase_ending(text: str, toks: Sequence[Token], j: int, lo: int, lex: Lexicon) -> _Phrase | None:
    """The counted noun phrase whose last token is ``j``: "at least 15 TTP/LI militants", "a wildlife
    tracker", "twenty-seven", "Maria Lopez", "no one"."""
    if j < lo:
        return None
    t = toks[j]
    low = t.low
    if low.rsplit("-", 1)[-1] in lex.fractions and j + 1 < len(toks) and toks[j + 1].low == "of":
        return None  # "a third of the passengers", "two-thirds of the dead": a part, no count of people
    for words in lex.nobody_by_last.get(low, ()):
        n = len(words)
        if j - n + 1 >= lo and tuple(map(_LOW, toks[j - n + 1 : j + 1])) == words:
            return _Phrase(Figure.exact(0), j - n + 1, j, None)
    if low in _OF_THEM and j - 2 >= lo and toks[j - 1].low == "of":
        if toks[j - 2].low == "none":
            return _Phrase(Figure.exact(0), j - 2, j, None)
        found = figure_ending(text, toks, j - 2, lo)
        return None if found is None else _Phrase(found[0], found[1], j, None)
    if (low in _MORE_PEOPLE or (low == "other" and j + 1 < len(toks) and toks[j + 1].low in lex.be)) and (
        j - 1 >= lo and _numberish(toks[j - 1])
    ):  # ("three other were injured": the noun left out; not "three other men")
        found = figure_ending(text, toks, j - 1, lo)  # "and at least three more wounded"
        if found is not None:
            return _Phrase(found[0], found[1], j, "others", span=(found[1], j - 1))
    if low == "another" or (low == "other" and j - 1 >= lo and toks[j - 1].low == "one"):
        return _Phrase(Figure.exact(1), j if low == "another" else j - 1, j, None, single=True)  # "and another injured"
    if low in _ONE_PERSON_PRONOUNS:
        return _Phrase(Figure.exact(1), j, j, None, single=True)
    if low == "both" and (j == lo or toks[j - 1].low in _CLAUSE_END or toks[j - 1].low in _LIST_JOINERS):
        return _Phrase(Figure.exact(2), j, j, None)  # "Both were found dead"
    if low in lex.collective and j - 1 >= lo and toks[j - 1].low not in ("of",):
        k = j - 1
        while k > lo and j - k < 3 and toks[k].low not in _DETERMINERS:
            k -= 1
        if toks[k].low in _DETERMINERS or k == lo:
            return _Phrase(Figure.exact(lex.collective[low]), k, j, low)  # "an elderly couple", "the duo"
    if _numberish(t) or low in _VAGUE_LAST:
        found = figure_ending(text, toks, j, lo)
        if found is None:
            return None
        fig, s = found
        before = toks[s - 1] if s - 1 >= lo else None
        if before is not None and before.low == "of" and s - 2 >= lo and toks[s - 2].low in lex.groups:
            return _Phrase(fig, s - 2, j, toks[s - 2].low, span=(s, j))  # "a family of five"
        if before is not None and before.low == ":" and s - 2 >= lo and _numberish(toks[s - 2]):
            return None  # "10:50": a time
        m = s - 1
        while m >= lo and s - m <= 6 and (toks[m].low in _LIST_JOINERS or _numberish(toks[m])):
            m -= 1
        if m >= lo and m < s - 1 and toks[m].low in _AGES:
            return None  # "ages 54, 33 and 26": ages
        part = _partitive(text, toks, s, lo, definite=True)
        if part is not None:
            return part
        if before is not None and before.low == "," and j + 1 < len(toks) and toks[j + 1].low == ",":
            return None  # ", 27,": an age in apposition
        if before is not None and before.low not in _BARE_LEAD and not _day_and_month(toks, s - 1, lo):
            return None
        if before is not None and before.low == "/" and s - 2 >= lo and _numberish(toks[s - 2]):
            return None  # "on 21/12 were killed": a date
        if before is not None and before.low == "," and s - 2 >= lo and _is_name(toks[s - 2]) and not _place_before(
            toks, s - 2, lo
        ):
            return None  # "Calvin Williams, 24 was shot": an age (but "In Kabul, 15 were killed": a count)
        if fig.best is not None and fig.best > 1000 and "," not in toks[j].text:
            return None  # a year
        return _Phrase(fig, s, j, None, span=(s, j))
    if low in lex.groups:
        # "four police were killed", "one Kenyan airport police"
        for m in range(j - 1, max(lo - 1, j - 4), -1):
            if _numberish(toks[m]):
                found = figure_ending(text, toks, m, lo)
                if found is not None and found[1] - 2 >= lo and toks[found[1] - 1].low == "of" and _person_head(
                    lex, toks[found[1] - 2]
                ):
                    break  # "three members of one family": the count is of the members
                if found is not None and (found[0].best or 0) < 1000:
                    return _Phrase(found[0], found[1], j, low, span=(found[1], m))
                break
            if toks[m].low in _STOP or toks[m].low in _CLAUSE_END or toks[m].low == ",":
                break
    if low in lex.groups and j - 2 >= lo:
        # "nine members of a wedding party": the count is of the members
        k = j - 1
        while k > lo and j - k < 4 and toks[k].low != "of":
            k -= 1
        if toks[k].low == "of" and k - 1 >= lo and _person_head(lex, toks[k - 1]):
            inner = phrase_ending(text, toks, k - 1, lo, lex)
            if inner is not None:
                return _Phrase(inner.figure, inner.first, j, inner.head, inner.single, span=inner.span)
        return None
    if low == "old" and j - 2 >= lo and toks[j - 1].low in lex.age_words and _numberish(toks[j - 2]):
        first = j - 3 if j - 3 >= lo and toks[j - 3].low in _DETERMINERS else j - 2
        return _Phrase(Figure.exact(1), first, j, None, single=True)  # "2 year old dies"
    counted = j - 1 >= lo and (_numberish(toks[j - 1]) or (j - 2 >= lo and _numberish(toks[j - 2])))
    person = _person_head(lex, t, counted) or _leader_part(toks, j, lo, lex)
    if (
        not person and _is_name(t) and j - 1 >= lo and _numberish(toks[j - 1]) and low not in lex.not_people
        and (j - 2 < lo or toks[j - 2].low in _CLAUSE_END or toks[j - 2].low in _QUALIFIER_WORDS
             or toks[j - 2].low in _LIST_JOINERS)
    ):
        person = ((parse_figure(toks[j - 1].low) or Figure.exact(0)).best or 0) < 1000  # "6 Kikuyu were killed"
    if not person and _is_name(t) and j - 1 >= lo and toks[j - 1].low in _INDEFINITE and low not in lex.not_people:
        return _Phrase(Figure.exact(1), j - 1, j, low, single=True)  # "an Israeli was wounded"
    if not person and _is_name(t):
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
        if _numberish(p) and k + 1 < j and toks[k + 1].low in lex.age_words:
            k -= 1  # "a 58 year old male": an age
            continue
        if _numberish(p) or p.low in _VAGUE_LAST or p.low in _DETERMINERS or p.low in _BEFORE_A_GROUP:
            break
        if p.low == "of" and k - 1 >= lo:
            if _is_age(t):
                return _Phrase(Figure.exact(1), k + 1, j, low, single=True)  # "family of 3-year-old"
            break
        # a word of the lexicon where its entry is read ("body guards" is no "body of"); "shooting
        # victims" is a noun phrase
        verb = p.low in lex.phrases and not p.low.endswith("ing") and _match(toks, k, lex) is not None
        if (p.low in _STOP and not p.text.isupper()) or p.low in _CLAUSE_END or p.low == "," or verb:
            # no determiner: a headline's bare singular noun ("Man shot dead in market", "vigil for
            # teenager shot and killed")
            if (person and low in lex.singular) or _is_age(t):
                return _Phrase(Figure.exact(1), k + 1, j, low, single=True)
            return None
        if k < j - 1 and _person_head(lex, p) and not _singular(lex, p.low):
            return None  # "seven officers returned fire": another noun phrase
        k -= 1
    if k < lo:
        if person and _singular(lex, low) and k == lo - 1:
            return _Phrase(Figure.exact(1), lo, j, low, single=True)
        return None
    p = toks[k]
    if p.low in _DEFINITE and k - 2 >= lo and toks[k - 1].low == "of":
        k -= 1
        p = toks[k]
    if p.low == "of":
        # "two of the victims", "dozens of people"
        m = k - 1
        if toks[m].low in _DEFINITE and m - 1 >= lo:
            m -= 1
        found = figure_ending(text, toks, m, lo)
        if found is None:
            return None
        return _Phrase(found[0], found[1], j, low, span=(found[1], m))
    if _numberish(p) or p.low in _VAGUE_LAST:
        found = figure_ending(text, toks, k, lo)
        if found is None:
            return None
        fig, s = found
        if fig.best is not None and 1900 <= fig.best <= 2100 and "," not in toks[k].text:
            return None  # "2014 video": a year
        if (fig.low or 0) > 1 and (not person or _is_age(t)) and _singular(lex, low) and low not in lex.groups:
            return None  # "the 800 block": a plural count takes a plural noun (people forgive a typo)
        if s - 2 >= lo and toks[s - 1].low == "of" and _singular(lex, toks[s - 2].low) and _person_head(lex, toks[s - 2]):
            return phrase_ending(text, toks, s - 2, lo, lex)  # "a father of two children": the father
        part = _partitive(text, toks, s, lo)
        if part is not None:
            return _Phrase(part.figure, part.first, j, low, span=part.span)  # "four of the five people"
        span = (s, k)
        if s > lo and toks[s - 1].low == "all":
            s -= 1
        return _Phrase(fig, s, j, low, span=span)
    if p.low == "both" and low not in lex.singular:
        return _Phrase(Figure.exact(2), k, j, low)
    if low in lex.collective and p.low in _DETERMINERS:
        n = lex.collective[low]
        return _Phrase(Figure.exact(n), k, j, low)
    if _singular(lex, low) and ((p.low in _POSSESSIVE_S and person) or (p.low in _DETERMINERS and (person or p.low in _ONE))):
        return _Phrase(Figure.exact(1), k, j, low, single=True)  # "the caller's father"; "the office" is no one
    if p.low in _INDEFINITE and person and low in lex.plural:
        return _Phrase(Figure.exact(1), k, j, low, single=True)  # "a policemen was shot": the article counts
    return None


def _place_before(toks: Sequence[Token], j: int, lo: int) -> bool:
    """Does a word of place stand before the name that ends at ``j``, over its capitalised words and at
    most one lower-case adjective ("in northern Kenya", "at Kabul")?"""
    k = j
    while k > lo and j - k < 4 and _is_name(toks[k]):
        k -= 1
    if k > lo and toks[k].text.islower() and toks[k].low not in _PLACE_WORDS:
        k -= 1  # "in northern Kenya"
    return toks[k].low in _PLACE_WORDS


def _partitive(text: str, toks: Sequence[Token], s: int, lo: int, definite: bool = False) -> _Phrase | None:
    """ "One of the six", "four of the five people", "four people out of the 75": the count is the figure
    before "of". ``definite``: only with "the" ("8 of 8" is no partitive)."""
    k = s - 1
    if k >= lo and toks[k].low in _GROUP_DEFINITE:
        k -= 1
    elif definite:
        return None
    if k - 1 < lo or toks[k].low != "of":
        return None
    last = k - 1
    if toks[last].low == "out" and last - 1 >= lo:
        last -= 1
        if last - 1 >= lo and _person_head(lexicon(), toks[last]):
            last -= 1  # "four people out of the 75"
    found = figure_ending(text, toks, last, lo)
    if found is None:
        return None
    return _Phrase(found[0], found[1], k - 1, None, span=(found[1], last))


def _fraction_of(toks: Sequence[Token], first: int, lo: int = 0) -> bool:
    """Does a word of a part ("half", "two-thirds", "most") stand before the phrase at ``first``: "half of
    the 40 passengers", "half the crew"? Its figure is the group's, not the part's."""
    lex = lexicon()
    k = first - 1
    if k >= lo and toks[k].low in _GROUP_DEFINITE:
        k -= 1
    if k >= lo and toks[k].low == "of":
        k -= 1
    return lo <= k < first - 1 and toks[k].low.rsplit("-", 1)[-1] in lex.fractions


def _name_ending(toks: Sequence[Token], j: int, lo: int, lex: Lexicon) -> _Phrase | None:
    """A person's name ending at ``j``: one to three capitalised words."""
    k = j
    while k - 1 >= lo and j - k < 2 and _is_name(toks[k - 1]):
        k -= 1
    words = [x.low for x in toks[k : j + 1]]
    if any(w in lex.phrases or (w in _STOP and w not in _NAME_WORDS) or w in lex.groups or w in lex.not_people or w in lex.fractions
           for w in words):
        return None  # (not "Half of the people": a part of a group)
    if words[-1] in _PLACE_NAME_ENDS:
        return None  # "Lawrence County and a third person": a place, then one person
    if k > lo and (_numberish(toks[k - 1]) or toks[k - 1].low in _DETERMINERS) and not _year_of_date(toks, k - 1, lo):
        return None  # "Ten Salvadorans", "the Red Cross": no name of a person (but "On May 3, 2009 Ali Musa")
    if k == j and k > lo and toks[k - 1].text.isupper() and len(toks[k - 1].text) > 1 and toks[k - 1].text.isalpha():
        return None  # "OHI America": a company's name
    return _Phrase(Figure.exact(1), k, j, None, single=True)


def _year_of_date(toks: Sequence[Token], k: int, lo: int) -> bool:
    """Is token ``k`` the year of a date: four digits after a comma, "in" or a month ("May 3, 2009")?"""
    low = toks[k].low
    return len(low) == 4 and low.isdigit() and 1900 <= int(low) <= 2100 and k - 1 >= lo and (
        toks[k - 1].low in (",", "in") or toks[k - 1].low.rstrip(".") in MONTHS
    )


def _day_and_month(toks: Sequence[Token], k: int, lo: int) -> bool:
    """Is token ``k`` the abbreviated month, with its full stop, of a date whose day stands before it
    ("12 Sep.")? The date is whole: a number after it is no day of it ("12 Sep. 4 killed")."""
    low = toks[k].low
    return low.endswith(".") and low[:-1] in MONTHS and k - 1 >= lo and toks[k - 1].low.isdigit() and (
        len(toks[k - 1].low) <= 2
    )


def _skip_age(toks: Sequence[Token], j: int, lo: int) -> int:
    """Step left over an age in apposition: "Maria Lopez, 24," or "a man, 25,"."""
    k = j - 1 if j >= lo and toks[j].low == "," else j
    if k - 2 >= lo and toks[k].low.isdigit() and len(toks[k].low) <= 3 and toks[k - 1].low == "," and (
        k < j or _is_name(toks[k - 2]) or toks[k - 2].low in lex_singular()
    ) and not (
        k == j and _is_name(toks[k - 2]) and _place_before(toks, k - 2, lo) and (k + 1 >= len(toks) or toks[k + 1].low != ",")
    ):
        return k - 2  # (but "In Kabul, 15 were killed": a place, then a count)
    if k < j and k >= lo and _is_name(toks[k]):
        return k  # "Mikula-Conrad, was injured"
    return j


def lex_singular() -> frozenset[str]:
    return lexicon().singular


def list_ending(text: str, toks: Sequence[Token], j: int, lo: int, lex: Lexicon) -> _Phrase | None:
    """A noun phrase or a list of them ending at ``j``: "a soldier and a policeman", "two protesters
    and one policeman", "Inna Gonzalez, 21, and Davion Funderburk, 22"."""
    if j - 2 >= lo and toks[j].low == ")":
        # "A Kenya Police Reservist (KPR) was killed": step over a parenthesis
        k = j - 1
        while k > lo and j - k < 2 * _WINDOW and toks[k].low != "(":
            k -= 1
        if toks[k].low == "(":
            j = k - 1
    if j - 2 >= lo and toks[j].low in _DASHES:
        # "Two friends -- one a Protestant and the other a Catholic -- were shot": step over an aside
        # between dashes to the phrase before it
        k = j
        while k > lo and toks[k - 1].low in _DASHES:
            k -= 1  # ("--": two tokens)
        m = k - 1
        while m > lo and k - m < 2 * _WINDOW and toks[m].low not in _DASHES and toks[m].low not in _SENTENCE_MARKS:
            m -= 1
        if m > lo and toks[m].low in _DASHES:
            while m > lo and toks[m - 1].low in _DASHES:
                m -= 1
            j = m - 1
    if j - 2 >= lo and toks[j].low in _QUOTES and _word(toks[j - 1].low) and any(
        t.low in _QUOTES for t in toks[max(lo, j - 5) : j - 1]
    ):
        j -= 1  # 'a suspected "terrorist" was shot dead': the word inside the quotes
    last = phrase_ending(text, toks, _skip_age(toks, j, lo), lo, lex)
    if last is None and j - 1 >= lo and toks[j - 1].low == "and" and _person_head(lex, toks[j]) and _singular(
        lex, toks[j].low
    ):
        last = _Phrase(Figure.exact(1), j, j, toks[j].low, single=True)  # "Husband and wife"
    joint = j - 1
    while last is None and joint > lo and j - joint <= 3 and toks[joint].low != "and" and _is_name(toks[joint]):
        joint -= 1  # "and Kenya Police Reservists": a force's name before its plural noun
    if last is None and joint - 1 >= lo and toks[joint].low == "and" and toks[j].low in lex.plural:
        counted = phrase_ending(text, toks, joint - 1, lo, lex)
        if counted is not None and counted.head in lex.plural and counted.figure.best is not None:
            # "seven women and children were killed": one count over two bare plural nouns
            last = _Phrase(counted.figure, counted.first, j, None, span=counted.span)
    if last is None or (last.first > lo and toks[last.first - 1].low in _PLACE_WORDS and not (
        last.first - 1 > lo and toks[last.first - 2].low in _RESULT_VERBS  # "resulted in two soldiers killed"
    )):
        return None  # "in a canoe": where, not who
    if _after_preposition(toks, last, lo):
        return None  # "a school for Architecture and Design", "the Organization of African Unity": no one
    relative = last.last + 1 < len(toks) and (
        toks[last.last + 1].low == "," or toks[last.last + 1].low in _RELATIVES_OF_PEOPLE
    )
    if not relative and last.first > lo and toks[last.first - 1].text.islower() and toks[last.first - 1].low.endswith(
        "ing"
    ) and toks[last.first - 1].low not in _ING_PREPOSITIONS:
        return None  # "a bus carrying 20 children": the object of a participle
    if last.first - 1 > lo and toks[last.first - 1].low in _INCLUDING:
        # "Three people including a child were killed", "Three others, including Ellis,": the count
        # before "including"
        stop = last.first - 2
        if toks[stop].low == "," and stop - 1 >= lo:
            stop -= 1
        before = list_ending(text, toks, stop, lo, lex)
        if before is None or before.figure.best is None:
            before = _before_participle(text, toks, stop, lo, lex)  # "four nationals living in the building"
        return before if before is not None and before.figure.best is not None else None
    if last.figure.best == 0:
        return last  # "Damage was very minor and no one was hurt": nobody heads no list
    items = [last]
    while len(items) < _MAX_ITEMS:
        s = items[-1].first
        k = s - 1
        if k - 1 >= lo and toks[k].low in _POSSESSIVES and toks[k - 1].low == "and":
            k -= 1  # "a mother and her three children": the possessive opens the item
        if k < lo or toks[k].low not in _LIST_JOINERS:
            break
        if len(items) == 1 and toks[k].low == ",":
            break  # a list ends with "and": "A, B and C"; "the office, all four people" is no list
        if toks[k].low == "and" and len(items) > 1:
            break  # one "and" a list: "four victims, and X and Y died" is two clauses
        comma_and = toks[k].low == "and" and k - 1 >= lo and toks[k - 1].low == ","
        if comma_and:
            k -= 1
        e = k - 1
        if e > lo and toks[e].low == ")" and (opening := _aside_opening(toks, e, lo, lex)) is not None:
            e = opening - 1  # "4 (confirmed) and 3 (suspected) killed": an aside after an item
        prev = phrase_ending(text, toks, _skip_age(toks, e, lo), lo, lex)
        if comma_and and len(items) == 1 and prev is not None and prev.first - 1 >= lo and toks[prev.first - 1].low == "and":
            break  # "died, one Spanish and one Tunisian, and twelve were wounded": a list has one "and"
        named = _named_before_apposition(text, toks, k, lo, lex)
        if named is not None and (
            prev is None or (prev.single and prev.head is not None) or _after_preposition(toks, prev, lo)
        ):
            # "Hadi Musa, a judge, and Omar Ali", "Ali Saeed, counsellor at the embassy, and his son", "Ali
            # Musa, Director of Planning, and ...": a name and its role between commas are one person
            prev = named
        if prev is None and k - 1 >= lo and _person_head(lex, toks[k - 1]) and _singular(lex, toks[k - 1].low):
            # "husband and wife": a bare noun, its determiner (if any) before
            d = k - 2
            opens = d if d >= lo and toks[d].low in _DETERMINERS else k - 1
            prev = _Phrase(Figure.exact(1), opens, k - 1, toks[k - 1].low, single=True)
        if prev is None or (prev.head is None and prev.first - 1 >= lo and toks[prev.first - 1].low in _PLACE_WORDS):
            # "a teacher from Garissa and a nurse": a person, then where or whose the person is
            prev = _item_before_modifier(text, toks, k - 1, lo, lex) or prev
        if prev is None or prev.figure.best is None:
            break
        if prev.head is not None and not _person_head(lex, toks[prev.last]) and not _is_age(toks[prev.last]) and (
            prev.head not in lex.groups  # "four police and one reservist": a counted group's people
        ) and not (
            prev.last == prev.first + 1 and toks[prev.first].low in _INDEFINITE and _is_name(toks[prev.last])
        ):
            break  # "riding a bicycle, and his father": no person (but "a Briton and a Dane": a people's noun)
        if _after_preposition(toks, prev, lo) and all(x.head is None and x.single for x in items):
            return None  # "the Institute of Prisons and Penitentiaries": a name, no one
        if prev.first - 1 >= lo and toks[prev.first - 1].low in _PLACE_WORDS:
            if toks[k].low == "and" and len(items) == 1 and last.single and last.head is None and prev.single and (
                prev.head is None and last.last + 1 < len(toks) and toks[last.last + 1].low in _PLURAL_AUX
            ):
                return None  # "Herders from Isiolo and Marsabit are feared dead": two places, not one person
            break  # "killed in Homa Bay and 1 injured": a place
        if prev.first - 1 >= lo and toks[prev.first - 1].low in _INCLUDING:
            if toks[k].low == "and" and prev.first - 2 >= lo:
                # "Eight people including four pupils and four officers were killed": the count before
                # "including" heads the list it opens
                stop = prev.first - 2 if toks[prev.first - 2].low != "," else prev.first - 3
                before = list_ending(text, toks, stop, lo, lex)
                if before is not None and before.figure.best is not None:
                    return before
            break  # "four fatalities, including the shooter, and one injured"
        if prev.first - 1 >= lo and toks[prev.first - 1].low in lex.verb_ends:
            break  # "killed 2 soldiers, and 5 others were hurt": the object of another verb
        if toks[k].low == "," and _role_of_name(toks, prev, items[-1]):
            # "Ali Musa, an engineer and Omar Dida, ...": the role after the comma is the name's
            items[-1] = _Phrase(Figure.exact(1), prev.first, items[-1].last, None, single=True)
            continue
        items.append(prev)
    if len(items) == 1:
        return last
    items.reverse()
    first = items[0]
    if first.head in _GENERIC_PEOPLE and not first.single:
        return _Phrase(first.figure, first.first, last.last, first.head)  # "the five victims, three men and..."
    if not first.single and first.head is not None and first.figure.best == len(items) - 1 and all(
        x.single and x.head is None for x in items[1:]
    ):
        return _Phrase(first.figure, first.first, last.last, first.head)  # "two chiefs, Ali Musa and Omar Dida": named
    if len(items) == 2 and items[0].single and toks[items[1].first].low == "only" and items[1].last == items[1].first + 1:
        return _Phrase(Figure.exact(1), first.first, last.last, first.head, single=True)  # "the driver and only occupant"
    if len(items) == 2 and items[1].single and items[0].single:
        a, b = items[0].head, items[1].head
        bare = toks[items[1].first].low not in _DETERMINERS
        if (
            bare and a and b and toks[items[0].first].low in _INDEFINITE and (a, b) not in lex.two_people
            and any(a in g and b in g for g in lex.one_person_roles)
        ):
            return _Phrase(Figure.exact(1), first.first, last.last, a, single=True)  # "a husband and father"
    total = sum(x.figure.best or 0 for x in items)
    # "five staff, five patients and one caretaker": people of several kinds are of no one head
    head = last.head if all(x.head == last.head for x in items) else None
    return _Phrase(Figure.exact(total), first.first, last.last, head)


def _before_participle(text: str, toks: Sequence[Token], j: int, lo: int, lex: Lexicon) -> _Phrase | None:
    """The people before a participle's phrase in "-ing" that ends at token ``j``: "four nationals living
    in the building" (before ", including the consul")."""
    for m in range(j, max(lo, j - 10), -1):
        t = toks[m]
        if t.low in _CLAUSE_END or t.low == ",":
            return None
        if m < j and t.text.islower() and t.low.endswith("ing") and t.low not in _STOP:
            # the participle right after its people (one in "-ed" may be the verb: "three people reported
            # being targeted, including one who ...")
            return list_ending(text, toks, m - 1, lo, lex) if m - 1 >= lo and _person_head(lex, toks[m - 1]) else None
    return None


def _item_before_modifier(text: str, toks: Sequence[Token], j: int, lo: int, lex: Lexicon) -> _Phrase | None:
    """The counted person before a short phrase of place or membership that ends at ``j``: "a teacher"
    of "a teacher from Garissa", "two guards" of "two guards at the bank" (None: no such item)."""
    m = j
    while m > lo and j - m < 6:
        low = toks[m].low
        if low in _CLAUSE_END or low in _LIST_OR_CONJUNCTION or low in lex.verb_ends or low in lex.phrases:
            return None
        if low in _ITEM_MODIFIERS and m < j:
            p = phrase_ending(text, toks, m - 1, lo, lex)
            if (
                p is None or p.head is None or p.figure.best is None or not _person_head(lex, toks[p.last])
                or not (toks[p.first].low in _DETERMINERS or _numberish(toks[p.first]))
            ):
                return None
            return p
        m -= 1
    return None


def _role_of_name(toks: Sequence[Token], name: _Phrase, role: _Phrase) -> bool:
    """Is ``role`` ("an engineer"), after a comma, the apposition of the person ``name`` before it?"""
    return (
        name.single and name.head is None and _is_name(toks[name.last]) and role.single
        and role.head is not None and toks[role.first].low in _INDEFINITE
    )


def _named_before_apposition(text: str, toks: Sequence[Token], k: int, lo: int, lex: Lexicon) -> _Phrase | None:
    """The person named before an apposition that closes at the comma ``k``: "Hadi Musa, a judge," is
    one person (None: no name, or no apposition of a role)."""
    if toks[k].low != ",":
        return None
    m = k - 1
    while m > lo and k - m <= 14 and toks[m].low != ",":
        low = toks[m].low
        if (low in _CLAUSE_END and low not in ("(", ")")) or low in _APPOSITION_BREAKS or (
            low in lex.verb_ends or low in lex.phrases
        ):
            return None
        m -= 1
    if m <= lo or m >= k - 1 or toks[m].low != "," or _numberish(toks[m + 1]):
        return None
    if toks[m + 1].low in _DETERMINERS and toks[m + 1].low not in _ARTICLES:
        return None  # "Ali Musa, his son, and ..." may be two
    if not any(_person_head(lex, t) for t in toks[m + 1 : k]):
        return None  # "However, during the encounter, four ...": no role
    name = phrase_ending(text, toks, m - 1, lo, lex)
    if name is None or not name.single or name.head is not None or not _is_name(toks[m - 1]):
        return None
    return _Phrase(Figure.exact(1), name.first, k - 1, None, single=True)


def _two_roles(toks: Sequence[Token], p: _Phrase) -> _Phrase | None:
    """ "A cleric and critic of the regime was killed": one determiner, two bare nouns joined by "and"
    and a singular verb are one person with two roles (None: no such phrase)."""
    words = [t.low for t in toks[p.first : p.last + 1]]
    if words[0] not in _INDEFINITE or words.count("and") != 1 or "," in words:
        return None
    after = toks[p.first + words.index("and") + 1]
    if after.low in _DETERMINERS or _numberish(after) or _is_name(after):
        return None
    return _Phrase(Figure.exact(1), p.first, p.last, None, single=True)


def _after_preposition(toks: Sequence[Token], p: _Phrase, lo: int) -> bool:
    """Is the phrase a name after "of" or "for", perhaps the last of several joined by "and" ("the
    Organization of African Unity", "the Ministry of Roads and Works")?"""
    if p.head is not None or not _is_name(toks[p.first]):
        return False
    m = p.first - 1
    while m > lo and p.first - m <= 6 and (toks[m].low in _NAME_JOINERS or _is_name(toks[m])):
        m -= 1
    return m >= lo and toks[m].low in _NAME_PREPOSITIONS


def _joined(p: _Phrase, more: _Phrase) -> _Phrase:
    """Two groups of people counted together: "a driver along with two passengers" is three."""
    a, b = p.figure, more.figure
    high = None if a.high is None or b.high is None else a.high + b.high
    fig = Figure((a.best or 0) + (b.best or 0), (a.low or a.best or 0) + (b.low or b.best or 0), high,
                 a.qualifier if a.qualifier != "exact" else b.qualifier)
    # people of two kinds are "people" (a head all the same: "The mayor, along with two aides, was killed")
    return _Phrase(fig, min(p.first, more.first), max(p.last, more.last), p.head if p.head == more.head else "people")


def list_starting(
    text: str, toks: Sequence[Token], i: int, hi: int, lex: Lexicon, stateful: bool = False
) -> _Phrase | None:
    """The counted object that opens at token ``i``: "12 civilians", "a wildlife tracker", "both",
    "the duo", "two soldiers and a policeman"."""
    first = _object_item(text, toks, i, hi, lex)
    if first is None:
        return None
    items = [first]
    had_and = False
    apposed = False  # the last item is a name told again: "Ali Hasan, a teacher"
    while len(items) < _MAX_ITEMS:
        k = items[-1].last + 1
        stepped = ""
        if k + 3 < hi and _acronym_at(toks, k):
            k += 3  # "three Kenya Police Reservists (KPR) and a herder": step over the acronym
        if k < hi and (toks[k].low == "of" or (
            toks[k].low in _ITEM_MODIFIERS and toks[k].low != "with" and (items[-1].head is not None or apposed)
        )):
            # "the police chief of Mahmudiyah, and his driver", "a trader in Mandera and two herders":
            # step over the phrase of membership or place ("with" names companions, read elsewhere)
            m = k + 1
            reach = 5 if toks[k].low == "of" else 4  # "a member of the Karbala city council, and ..."
            while m < hi and m - k <= reach and toks[m].low not in _LIST_JOINERS and toks[m].low not in _CLAUSE_END:
                m += 1
            if m < hi and toks[m].low in _LIST_JOINERS and m - k <= reach:
                k, stepped = m, toks[k].low
        if k >= hi or toks[k].low not in _LIST_JOINERS:
            break
        joined_by_and = toks[k].low == "and"
        if stateful and _state_after(toks, items[-1].last + 1, hi, lex) is not None:
            break  # "left two dead and five others injured": two lists
        if toks[k].low == "," and k + 1 < hi and toks[k + 1].low == "and":
            k += 1
            joined_by_and = True
        nxt = _object_item(text, toks, k + 1, hi, lex)
        if nxt is None and k + 1 < hi and _person_head(lex, toks[k + 1]) and _singular(lex, toks[k + 1].low):
            nxt = _Phrase(Figure.exact(1), k + 1, k + 1, toks[k + 1].low, single=True)  # "his mother, stepfather"
        if nxt is None or nxt.figure.best is None:
            break
        if stepped not in ("", "of") and (nxt.head is None or not _person_head(lex, toks[nxt.last])):
            break  # "two soldiers in the north and the south", "two people at Main Street and Elm": places
        after = toks[nxt.last + 1].low if nxt.last + 1 < hi else ""
        verb = _match(toks, nxt.last + 1, lex) if after else None
        if after in lex.be or after in lex.have or (
            verb is not None and verb.role in _VERB_ROLES
            and not (stateful and _state_after(toks, nxt.last + 1, hi, lex) is not None)
        ):
            break  # "and 5 others were injured", "and two others hurt": a clause of its own
        if not joined_by_and and items[-1].single and nxt.single and (
            (items[-1].head is not None and (_is_name(toks[nxt.first]) or _is_age(toks[nxt.first])))
            or (items[-1].head is None and toks[nxt.first].low in _ONE | _DEFINITE
                and toks[items[-1].first].low not in lex.pronouns)  # ("injuring him, his driver and ...")
        ):
            items[-1] = _Phrase(items[-1].figure, items[-1].first, nxt.last, items[-1].head, single=True)
            apposed = items[-1].head is None
            continue  # "his wife, 72-year-old Leola": one person named again
        if apposed and toks[k].low == "and" and toks[k - 1].low != "," and nxt.single and nxt.head is not None and (
            toks[nxt.first].low in _ONE | _DEFINITE or not _is_name(toks[nxt.first])
        ):
            items[-1] = _Phrase(items[-1].figure, items[-1].first, nxt.last, items[-1].head, single=True)
            continue  # "Ali Hasan, a cleric and a member of the council": one person's two roles
        if joined_by_and and toks[k - 1].low != "," and items[-1].single and items[-1].head is not None and (
            toks[items[-1].first].low in _INDEFINITE and nxt.first == nxt.last and toks[nxt.first].text.islower()
            and nxt.head is not None and (items[-1].head, nxt.head) not in lex.two_people
            and nxt.head not in _PLAIN_PEOPLE
            and nxt.last + 1 < hi and toks[nxt.last + 1].low == "of"
        ):
            items[-1] = _Phrase(items[-1].figure, items[-1].first, nxt.last, items[-1].head, single=True)
            continue  # "a tribal leader and brother of the governor": one person's two roles
        if joined_by_and and toks[k - 1].low != "," and _bare_roles(toks, items[-1], nxt, lex):
            items[-1] = _Phrase(items[-1].figure, items[-1].first, nxt.last, items[-1].head, single=True)
            continue  # "killed journalist and teacher Ram Khadka": two titles of one name
        items.append(nxt)
        if joined_by_and:
            had_and = True
            break  # "A, B and C" ends with its "and"
    if len(items) == 1 or not had_and:
        return first  # "Iris Rodriguez, a news release said": a list ends with its "and"
    if not first.single and first.figure.best == len(items) - 1 and toks[first.last + 1].low == "," and all(
        x.single and x.head is None for x in items[1:]
    ):
        # "two agents, Salvador Neira and Hernando Caicedo": the names tell the two again
        return _Phrase(first.figure, first.first, items[-1].last, first.head, span=first.span)
    if first.head in _ANY_PEOPLE and toks[first.last + 1].low in _APPOSITION_MARKS and sum(
        x.figure.best or 0 for x in items[1:]
    ) == first.figure.best:
        # "its two occupants, a man and his son", "three people - a woman and her two children": the
        # count's people told again, one by one
        return _Phrase(first.figure, first.first, items[-1].last, first.head, span=first.span)
    total = sum(x.figure.best or 0 for x in items)
    return _Phrase(Figure.exact(total), first.first, items[-1].last, items[-1].head)


def _bare_roles(toks: Sequence[Token], a: _Phrase, b: _Phrase, lex: Lexicon) -> bool:
    """Are ``a`` and ``b``, joined by "and", two titles before one name ("journalist and teacher Ram
    Khadka")? Both are bare singular nouns of people (no determiner, no figure), and only ``b`` ends in
    a name."""
    if not (a.single and b.single and a.head is not None and b.head is not None):
        return False
    if not _is_name(toks[b.last]) or not toks[b.first].text.islower() or toks[b.first].low in _DETERMINERS:
        return False
    words = toks[a.first : a.last + 1]
    return all(t.text.islower() and _word(t.low) for t in words) and words[0].low not in _DETERMINERS and (
        _person_head(lex, words[-1])
    )


def _object_item(text: str, toks: Sequence[Token], i: int, hi: int, lex: Lexicon) -> _Phrase | None:
    if i >= hi:
        return None
    t = toks[i]
    low = t.low
    part = i + 1 if low in _INDEFINITE or low == "one" else i
    if part + 1 < hi and toks[part + 1].low == "of" and (part > i or "-" in toks[part].low) and (
        toks[part].low.rsplit("-", 1)[-1] in lex.fractions
    ):
        return None  # "killing a third of the villagers", "two-thirds of them": a part, no count
    if low in lex.collective and (i + 1 >= hi or not _person_head(lex, toks[i + 1])):
        return _Phrase(Figure.exact(lex.collective[low]), i, i, low)  # "killing both"
    if low in _INDEFINITE and i + 1 < hi and toks[i + 1].low in lex.collective and (
        i + 2 >= hi or toks[i + 2].low != "of"
    ):
        return _Phrase(Figure.exact(lex.collective[toks[i + 1].low]), i, i + 1, toks[i + 1].low)  # "killed a couple"
    if low in ("a", "the") and i + 3 < hi and toks[i + 1].low == "total" and toks[i + 2].low == "of":
        i += 3  # "killing a total of forty-three people"
        t = toks[i]
        low = t.low
    elif low == "total" and i + 2 < hi and toks[i + 1].low == "of" and _numberish(toks[i + 2]):
        i += 2  # "leave total of 13 dead": the article left out
        t = toks[i]
        low = t.low
    if low in _FIGURE_OPENERS and i + 1 < hi and _numberish(toks[i + 1]):
        i += 1  # "killing all three", "injured another 27"
    elif low in _INDEFINITE and i + 2 < hi and _numberish(toks[i + 1]) and toks[i + 2].low in lex.age_words:
        i += 1  # "killed a three years old girl": an age
    found = figure_starting(text, toks, i, min(hi, i + 9))
    if found is not None and found[0].best is not None and 1900 <= found[0].best <= 2100 and "," not in toks[i].text:
        return None  # "the killings of 2015": a year
    if found is not None and found[1] + 3 < hi and toks[found[1] + 1].low == "-" and (
        toks[found[1] + 2].low in _CONJUNCTIONS
    ) and _is_age(toks[found[1] + 3]):
        # "his 12- and 10-year-old sons": two ages, two people
        h = found[1] + 4 if found[1] + 4 < hi and _person_head(lex, toks[found[1] + 4]) else found[1] + 3
        return _Phrase(Figure.exact(2), i, h, toks[h].low, span=(i, found[1] + 3))
    if found is not None and found[1] + 1 < hi and toks[found[1] + 1].low in lex.age_words:
        e = found[1] + 1
        while e + 1 < hi and e - i < 6 and (toks[e + 1].low in ("old", "-") or _is_name(toks[e + 1])
                                             or _person_head(lex, toks[e + 1])):
            e += 1  # "killing 22 year old Corey Engleman": an age, one person
        return _Phrase(Figure.exact(1), i, e, None, single=True)
    if found is not None and toks[found[1]].low == "of" and found[1] + 1 < hi and toks[found[1] + 1].low in _OF_THEM:
        return _Phrase(found[0], i, found[1] + 1, None, span=(i, found[1] - 1))  # "kill 16 of them"
    if found is not None:
        fig, e = found
        k = e + 1
        if k + 1 < hi and toks[k].low == "of":
            k += 1
            if k + 1 < hi and toks[k].low in _DEFINITE:
                k += 1
        head = _head_right(toks, k, hi, lex, counted=True)
        if head is not None:
            hl = toks[head].low
            if (fig.low or 0) >= 100 and _singular(lex, hl) and hl not in lex.collective and hl not in lex.groups and (
                hl not in lex.plural
            ):
                return None  # "the 911 caller's father" (small counts forgive a typo: "three policeman")
            return _Phrase(fig, i, head, hl, span=(i, e))
        if e + 2 < hi and toks[e + 1].low == "of" and toks[e + 2].low in _OF_THEM:
            return _Phrase(fig, i, e + 2, None, span=(i, e))  # "kill 16 of them"
        nxt = toks[e + 1] if e + 1 < hi else None
        if nxt is not None and nxt.low in (":", ".") and e + 2 < hi and toks[e + 2].low[0].isdigit():
            return None  # "about 11:15 p.m.": a time
        while e + 1 < hi and toks[e + 1].low in _MORE_OR_OTHER:
            e += 1  # "three more hurt", "four other injured"
            nxt = toks[e + 1] if e + 1 < hi else None
        if nxt is None or nxt.low in _CLAUSE_END or nxt.low in _AFTER_OBJECT or nxt.low.endswith("ing"):
            return _Phrase(fig, i, e, None, span=(i, found[1]))
        if _state_after(toks, e + 1, hi, lex) is not None:
            return _Phrase(fig, i, e, None, span=(i, found[1]))  # "leaving one dead"
        return None
    if _is_age(t) or (low in _DETERMINERS and i + 1 < hi and _is_age(toks[i + 1])):
        a = i if _is_age(t) else i + 1
        e = a
        while e + 1 < hi and e - a < 3 and (_is_name(toks[e + 1]) or _person_head(lex, toks[e + 1])):
            e += 1  # "7-year-old Amari Brown", "a 25-year-old motorcyclist"
        return _Phrase(Figure.exact(1), i, _age_after_name(toks, e, hi), toks[e].low, single=True)
    if low in _REFLEXIVES:
        return _Phrase(Figure.exact(1), i, i, "self", single=True)  # "killing himself and four passengers"
    if low == "them" and i + 1 < hi and toks[i + 1].low in lex.collective:
        return _Phrase(Figure.exact(lex.collective[toks[i + 1].low]), i, i + 1, None)  # "killing them both"
    if low == "them":
        back = _them(text, toks, i, lex)
        if back is not None:
            return back  # "opened fire on two policemen, killing them and their driver"
    if low in _ONE_PERSON_OBJECTS and (i + 1 >= hi or not toks[i + 1].low.isalpha() or toks[i + 1].low in _STOP
                                  or toks[i + 1].low in lex.companions  # "killing him along with his son"
                                  or _state_after(toks, i + 1, hi, lex) is not None):
        return _Phrase(Figure.exact(1), i, i, None, single=True)  # "killing him", "shot him dead"
    if low == "another" and (i + 1 >= hi or not _person_head(lex, toks[i + 1])):
        return _Phrase(Figure.exact(1), i, i, None, single=True)  # "injuring another"
    if low in _DETERMINERS and i + 2 < hi and toks[i + 1].low in lex.body_parts and toks[i + 2].low == "of":
        whose = _object_item(text, toks, i + 3, hi, lex)  # "struck the knee of an 11-year-old girl"
        if whose is None and toks[i + 1].low == "head" and low in _DEFINITE:
            return _Phrase(Figure.exact(1), i, i + 1, "head", single=True)  # "shot dead the head of the village"
        return whose
    if low in _POSSESSIVES_OF_ONE and i + 2 < hi and toks[i + 1].low == "own" and toks[i + 2].low in lex.body_parts:
        return _Phrase(Figure.exact(1), i, i + 2, "self", single=True)  # "shot his own hand": himself
    if low in _POSSESSIVES_OF_PEOPLE and i + 1 < hi and toks[i + 1].low in lex.body_parts:
        return None  # "grazed her hand": no one called "hand"; she is someone told before
    if low in _DETERMINERS and i + 3 < hi and toks[i + 1].low in lex.groups and toks[i + 2].low == "of" and _numberish(
        toks[i + 3]
    ):
        members = _object_item(text, toks, i + 3, hi, lex)  # "a family of seven", "a group of 12 pilgrims"
        if members is not None:
            return _Phrase(members.figure, i, members.last, members.head or toks[i + 1].low, span=members.span)
    if low in _DETERMINERS or low == "both":
        head = _head_right(toks, i + 1, hi, lex, unknown=low in _ONE or low in _DEFINITE)
        if head is None:
            return None
        hl = toks[head].low
        if low == "both":
            return _Phrase(Figure.exact(2), i, head, hl)
        if hl in lex.collective:
            return _Phrase(Figure.exact(lex.collective[hl]), i, head, hl)
        if _singular(lex, hl):
            return _Phrase(Figure.exact(1), i, head, hl, single=True)
        return _ages_listed(toks, i, head, hi)
    ranked = _ranked_name(toks, i, hi, lex)
    if ranked is not None:
        return ranked
    if _is_name(t) and t.low not in lex.phrases:
        e = i
        while e + 1 < hi and e - i < 2 and _is_name(toks[e + 1]):
            e += 1
        words = [x.low for x in toks[i : e + 1]]
        if any((w in _STOP and w not in _NAME_WORDS) or w in lex.groups or w in lex.not_people for w in words):
            return _bare_object(toks, i, hi, lex)  # "killed Communist Party member Ali Hasan"
        follows = toks[e + 1].low if e + 1 < hi else "."
        if e + 1 < hi and not _is_name(toks[e + 1]) and _singular(lex, follows) and _person_head(lex, toks[e + 1]):
            return _Phrase(Figure.exact(1), i, e + 1, follows, single=True)  # "shooting of Detroit girl"
        # one capitalised word is a name where a name's end may stand: "killed Copeland, before ...",
        # "pronounced Lynch dead"
        if e > i or follows in _CLAUSE_END or follows in _AFTER_A_NAME or (
            _state_after(toks, e + 1, hi, lex) is not None
        ):
            return _Phrase(Figure.exact(1), i, _age_after_name(toks, e, hi), None, single=True)
        return _bare_object(toks, i, hi, lex)  # "kill Pokot peace activist": a name as a modifier
    return _bare_object(toks, i, hi, lex)


def _them(text: str, toks: Sequence[Token], i: int, lex: Lexicon) -> _Phrase | None:
    """ "them": the nearest counted group of people before it in the sentence (at most 15 words back)."""
    for j in range(i - 1, max(-1, i - 16), -1):
        if toks[j].low == "them" and j >= 2 and toks[j - 1].low == "of" and _numberish(toks[j - 2]):
            found = figure_ending(text, toks, j - 2, max(0, j - 6))  # "pinning two of them ..., suffocating them"
            if found is not None:
                return _Phrase(found[0], i, i, None)
        if _person_head(lex, toks[j]) and not _singular(lex, toks[j].low):
            p = phrase_ending(text, toks, j, max(0, j - 6), lex)
            if p is not None and p.figure.best and not p.single:
                return _Phrase(p.figure, i, i, p.head)
    return None


_BARE_FOLLOWERS = _SYNTAX["bare_followers"]
_IRREGULAR_PARTICIPLES = _SYNTAX["irregular_participles"]
#: Quotation marks around a word ('a suspected "terrorist"').
_QUOTES = frozenset(['"', "“", "”", "'", "‘", "’"])
_ALLEGED = _SYNTAX["alleged"]


def _bare_object(toks: Sequence[Token], i: int, hi: int, lex: Lexicon) -> _Phrase | None:
    """A headline's object without a determiner: "kills teen girl", "killed Columbia teen Sunday",
    "kills police officer's son": up to five words ending in a singular noun of a person where a noun
    phrase may end."""
    j = i
    while j < hi and j - i < 5:
        t = toks[j]
        low = t.low
        if low.endswith("ed") and t.text.islower() and low not in lex.phrases and any(
            _person_head(lex, x) for x in toks[j + 1 : min(hi, j + (3 if low in _ALLEGED else 2))]
        ):
            j += 1  # "kills suspected robber", "lynch alleged thief", "kills suspected cattle rustler"
            continue
        if low in _STOP or low in _CLAUSE_END or low == "," or low in lex.phrases or low.endswith(("ing", "ed")):
            return None
        if low in _POSSESSIVE_S:
            j += 1
            continue
        e = j
        titled = _unknown_noun(lex, t) and j + 1 < hi and _is_name(toks[j + 1]) and not low.endswith("s")
        if (_person_head(lex, t) or titled) and _singular(lex, low):
            while e + 1 < hi and e - j < 4 and _is_name(toks[e + 1]) and toks[e + 1].low not in lex.not_people:
                e += 1  # "killed party leader Ali Hasan", "councillor Walter Adolfo Acevedo Franco"
        follows = toks[e + 1] if e + 1 < hi else None
        if (_person_head(lex, t) or (titled and e > j)) and _singular(lex, low) and (
            follows is None or follows.low in _CLAUSE_END or follows.low == "," or follows.low in _PLACE_WORDS
            or follows.low in _WHEN_WORDS or follows.low in _BARE_FOLLOWERS
            or (follows.text.islower() and follows.low.endswith(("ed", "ing")) and follows.low not in lex.phrases)
        ):
            # "kills man accused of theft", "kill student protesting": a participle after the object
            return _Phrase(Figure.exact(1), i, e, low, single=True)
        if not (_word(low) or _is_name(t)):
            return None
        j += 1
    return None


def _ranked_name(toks: Sequence[Token], i: int, hi: int, lex: Lexicon) -> _Phrase | None:
    """A rank before a name, after at most two words of a force or a nationality: "Police Sergeant-Major
    Ali Musa", "police Capt. Omar Said", "Iraqi army Lt. Col. Hadi Salim" is one person."""
    j = i
    while j < hi and j - i < 2 and (
        toks[j].low in lex.groups or toks[j].low == "army"
        or (_is_name(toks[j]) and toks[j].low.endswith(_NATIONALITY_ENDS))
    ):
        j += 1
    r = j
    while r < hi and r - j < 3 and all(part in _RANKS for part in toks[r].low.split("-")):
        r += 1
    if r == j:
        return None
    e = r
    while e < hi and e - r < 4 and _is_name(toks[e]) and toks[e].low not in _RANKS and toks[e].low not in lex.not_people:
        e += 1
    if e == r or (e < hi and _person_head(lex, toks[e])):
        return None  # "General Motors workers": a name as a modifier
    return _Phrase(Figure.exact(1), i, e - 1, None, single=True)


def _ages_listed(toks: Sequence[Token], i: int, head: int, hi: int) -> _Phrase | None:
    """ "his sons, ages 3 and 4": as many people as ages."""
    k = head + 1
    if k < hi and toks[k].low == ",":
        k += 1
    if k >= hi or toks[k].low not in _AGES_OF_SEVERAL:
        return None
    ages = 0
    m = k + 1
    while m < hi and m - k < 12:
        low = toks[m].low
        if low.isdigit() and len(low) <= 3:
            ages += 1
        elif low not in _LIST_JOINERS:
            break
        m += 1
    if ages < 2:
        return None
    return _Phrase(Figure.exact(ages), i, m - 1, toks[head].low, span=(i, head))


def _age_after_name(toks: Sequence[Token], e: int, hi: int) -> int:
    """The end of a name with its age after it: "Inna Gonzalez, 21," ends at 21."""
    if e + 2 < hi and toks[e + 1].low == "," and toks[e + 2].low.isdigit() and len(toks[e + 2].low) <= 3:
        return e + 2
    return e


def _head_right(
    toks: Sequence[Token], k: int, hi: int, lex: Lexicon, unknown: bool = True, counted: bool = False
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
        if (t.low == "head" and j + 1 < end and toks[j + 1].low == "of") or (j > k and _leader_part(toks, j, k, lex)):
            return j  # "the head of Kanilwan hamlet", "a village head": a chief
        if t.low in lex.not_people and j + 2 < hi and toks[j + 1].low in _POSSESSIVE_S:
            return _head_right(toks, j + 2, hi, lex, unknown)  # "the store's owner"
        if t.low in lex.not_people and not (j + 1 < end and _person_head(lex, toks[j + 1])):
            return None  # "chickens"; but "cattle thieves" are people
        if _person_head(lex, t, counted=j <= k + 1) or (counted and j == k and t.low in lex.groups):
            if j + 2 < hi and toks[j + 1].low in _POSSESSIVE_S:
                return _head_right(toks, j + 2, hi, lex, unknown)  # "a top diplomat's wife"
            # "an RJD supporter", "a Trinamool Congress member": the last noun of a compound
            if j + 1 < end and _person_head(lex, toks[j + 1]):
                return j + 1
            if _is_name(t) and any(
                m < end and _person_head(lex, toks[m])
                and all(x.low not in _STOP and _word(x.low) for x in toks[j + 1 : m])
                for m in (j + 2, j + 3)
            ):
                j += 1  # "a Canadian Catholic priest", "an Italian aid worker": a nationality, then modifiers
                continue
            return j
        nxt = toks[j + 1] if j + 1 < hi else None
        if j == k and _is_name(t) and t.low not in lex.not_people and (nxt is None or not _is_name(nxt)) and not (
            nxt is not None and nxt.text.islower() and j + 2 < end and _person_head(lex, toks[j + 2])
        ):  # "a British cultural attache": the nationality and an adjective before the noun
            if nxt is not None and j + 1 < end and _person_head(lex, nxt):
                return j + 1  # "stabbed 3 Isiolo inhabitants": the people's noun after a place
            return j  # "killing one Serb"
        if unknown and _unknown_noun(lex, t) and (nxt is None or nxt.low in _CLAUSE_END or nxt.low in _STOP
                                                   or nxt.low == ","):
            return j  # "shot dead a wildlife tracker"
        if t.low in _STOP or t.low in _CLAUSE_END or t.low == "," or (
            t.low in lex.phrases and not t.low.endswith(("ing", "ed")) and _match(toks, j, lex) is not None
            and not (t.low == "dead" and nxt is not None and _person_head(lex, nxt))
        ):
            return None  # (but "the body of a dead soldier": an adjective before the noun)
        j += 1
    return None


def _between_ages(toks: Sequence[Token], j: int) -> bool:
    """Does the comma at ``j`` part the ages of a list ("aged 21, 22 and 24", "ages 4, 6, and 9")?"""
    if not (0 < j < len(toks) - 1 and toks[j - 1].low.isdigit()):
        return False
    after = toks[j + 2] if toks[j + 1].low == "and" and j + 2 < len(toks) else toks[j + 1]
    return after.low.isdigit()


# -- context of one reading ------------------------------------------------------------------------


def _aux_left(toks: Sequence[Token], i: int, lo: int, lex: Lexicon) -> tuple[int, list[str]]:
    """The auxiliaries and adverbs right before token ``i``: where they start, and the words."""
    k = i - 1
    words: list[str] = []
    while k >= lo and i - k <= 6:
        low = toks[k].low
        if low == "both" and words and (k == lo or toks[k - 1].low in _CLAUSE_END):
            break  # "Both were found dead": the subject, not an adverb
        if low in lex.be or low in lex.have or low in lex.adverbs or low in lex.negations or low in lex.modals or (
            low.endswith("ly") and low.isalpha() and len(low) > 4 and low not in lex.groups
            and not (k - 1 >= lo and toks[k - 1].low in _DETERMINERS)  # "the family", "a rally": nouns
        ):
            words.append(low)
            k -= 1
        elif low == "," and k - 1 >= lo and toks[k - 1].low in lex.adverbs:
            k -= 1  # "were, reportedly, killed"
        elif low in ('"', "“", "”") and k - 1 >= lo and toks[k - 1].low in lex.be:
            k -= 1  # 'is "hacked to death"': a quote's mark
        elif k - 2 >= lo and (
            (low in _WEEKDAYS and toks[k - 1].low in lex.be)
            or (low in _TIME_WORDS and toks[k - 1].low in _WEEKDAYS and toks[k - 2].low in lex.be)
        ):
            k -= 1 if low in _WEEKDAYS else 2  # "were Friday afternoon shot dead"
        elif low in _TIME_WORDS and k - 4 >= lo and any(toks[m].low in _TIME_PREPOSITIONS for m in range(k - 3, k)):
            k = next(m for m in range(k - 1, k - 4, -1) if toks[m].low in _TIME_PREPOSITIONS) - 1
            # "were in the evening hours shot dead"
        elif k - 1 >= lo and toks[k].low.isdigit() and toks[k - 1].low in _AGES:
            k -= 2  # "a man aged 52 was killed"
        elif k - 2 >= lo and toks[k - 2].low == "in" and toks[k - 1].low in _POSSESSIVES_OF_PEOPLE and toks[k].low[0].isdigit():
            k -= 3  # "a woman in her 30s"
        elif k - 1 >= lo and toks[k - 1].low in _BEFORE_A_DAY and (
            toks[k].text[0].isupper() or toks[k].low[0].isdigit()
        ):
            k -= 2  # "was on Saturday shot dead"
        else:
            break
    return k, words


def _earlier_event(toks: Sequence[Token], first: int, lo: int, lex: Lexicon) -> bool:
    """Does the text before a count recall another event: a marker of the lexicon's ``earlier_event``
    within ten tokens ("protested the killing of a student"), or of ``other_event`` within forty ("a week
    after the airliner went down, killing all 329 aboard")?"""
    near = max(lo, first - 10)
    for k in range(first - 1, near - 1, -1):
        if toks[k].low == "," or toks[k].low in _CLAUSE_END:
            near = k + 1  # "In retaliation for an earlier attack, residents shot dead five": this event
            break
    if _marked(toks, near, first, lex.earlier_event):
        return True
    m = _first_mark(toks, max(lo, first - 40), first, lex.other_event)
    if m is None:
        return False
    opens = near if near < m else max(lo, first - 40)
    while opens > lo and toks[opens - 1].low not in _CLAUSE_END:
        opens -= 1
    if toks[opens].low == "in" and toks[opens + 1].low in _RETALIATION and any(t.low == "," for t in toks[m:first]):
        # "In retaliation for the killing of a herder the previous day, herders killed two men": the fronted
        # phrase names the other event, the clause after its comma is this one
        return False
    sub = m + 1 if toks[m + 1].low in _AFTER_OR_BEFORE else m + 2
    if sub + 1 >= first or toks[sub].low not in _AFTER_OR_BEFORE or toks[sub + 1].low == ",":
        # "Another bomb exploded here in May, killing 15", "A few days before, a wall collapsed, killing
        # eight": the other event's own sentence
        return True
    # "Two days after a bomb went off, a policeman was killed": a clause that opens the sentence with
    # the other event, and the count after its comma, is this event's
    while m > lo and (_numberish(toks[m - 1]) or toks[m - 1].low in _BEFORE_A_SPAN):
        m -= 1  # "Two days after", "Just a week after"
    fronted = m == 0 or toks[m - 1].low in _CLAUSE_END
    return not (fronted and any(t.low == "," for t in toks[m:first]))


def _sum_of_events(toks: Sequence[Token], lex: Lexicon) -> bool:
    """Does the sentence give a total over several events: a word of the lexicon's ``event_totals`` and a
    plural noun of events ("In total, seven were killed in the attacks", "the blasts together wounded 41")?
    One attack's parts are one event: "the double bombing", "twin blasts"."""
    return _marked(toks, 0, len(toks), lex.event_totals) and any(
        t.low in lex.plural_events and not (m and toks[m - 1].low in lex.one_event_of_parts)
        for m, t in enumerate(toks)
    )


def _marked(toks: Sequence[Token], lo: int, hi: int, markers: Markers) -> bool:
    return _first_mark(toks, lo, hi, markers) is not None


def _first_mark(toks: Sequence[Token], lo: int, hi: int, markers: Markers) -> int | None:
    """Where the first marker in ``toks[lo:hi]`` opens, or None."""
    window = toks[lo:hi]
    if markers.lasts.isdisjoint(map(_LOW, window)) or markers.keys().isdisjoint(map(_LOW, window)):
        return None  # no last or no first word of a marker in the window, told without a loop of Python
    for s, t in enumerate(window, lo):
        low = t.low
        if low not in markers:
            continue
        for words in markers[low]:
            n = len(words)
            if s + n <= hi and (n == 1 or toks[s + 1].low == words[1]) and all(
                toks[s + x].low == words[x] for x in range(2, n)
            ):
                return s
    return None


def _obliged(aux: list[str], word: str) -> bool:
    """ "had to be treated for wounds": "to" after "had" says what had to be done, not what might be."""
    return word == "to" and any(w in _HAVE for w in aux)


def _state_after(toks: Sequence[Token], k: int, hi: int, lex: Lexicon) -> tuple[Outcome, int] | None:
    if k >= hi or k >= len(toks):
        return None
    if k >= 0 and toks[k].low not in lex.state_firsts:
        return None  # no state opens here (most tokens): the states are not tried one by one
    for words, outcome in lex.states.items():
        n = len(words)
        if k + n <= hi and tuple(map(_LOW, toks[k : k + n])) == words:
            return outcome, k + n - 1
    return None


# -- the sentence -------------------------------------------------------------------------------


def _other_outcome_at(toks: Sequence[Token], k: int, lex: Lexicon, outcome: Outcome) -> bool:
    """Does a word of an outcome other than ``outcome`` open at token ``k`` ("injured", "missing")?"""
    if k >= len(toks):
        return False
    state = _state_after(toks, k, len(toks), lex)
    if state is not None:
        return state[0] != outcome
    e = _match(toks, k, lex) if toks[k].low in lex.phrases else None
    return e is not None and e.role in _VERB_ROLES and e.outcome != outcome


def _one_outcome(a: Outcome, b: Outcome) -> bool:
    """Are two groups' outcomes one to count together: the same, or injured and hit?"""
    return a == b or {a, b} == {"injured", "hit"}


def _either(toks: Sequence[Token], i: int, end: int, lex: Lexicon, outcome: Outcome) -> bool:
    """Is the outcome word at tokens ``i``..``end - 1`` one of two joined by "or" ("killed or injured",
    "dead or missing", "injured or killed")? Then a figure counts both together, neither alone."""
    if end < len(toks) and toks[end].low == "or" and _other_outcome_at(toks, end + 1, lex, outcome):
        return True
    if i >= 2 and toks[i - 1].low == "or":
        k = i - 2
        while k > 0 and i - 2 - k < 3 and toks[k - 1].low != "or" and _word(toks[k].low) and toks[k].low not in _STOP:
            k -= 1  # the first word of a two- or three-word outcome before "or"
        return any(_other_outcome_at(toks, m, lex, outcome) for m in range(k, i - 1))
    return False


def _match(toks: Sequence[Token], i: int, lex: Lexicon) -> Entry | None:
    """The longest entry of the lexicon that opens at token ``i``."""
    low = toks[i].low
    longer = lex.by_two_words.get((low, toks[i + 1].low)) if i + 1 < len(toks) else None
    if longer:
        # the words from here, as many as the longest entry has: each entry is one comparison of tuples
        following = tuple(map(_LOW, toks[i : i + lex.longest_entry]))
        for e in longer:
            if following[: len(e.words)] == e.words:
                return e
    return lex.one_word.get(low)


class _Sentence:
    def __init__(self, text: str, toks: list[Token], lex: Lexicon) -> None:
        self.text = text
        self.toks = toks
        self.lex = lex
        self.out: list[Reading] = []
        #: the subject last read left of a passive or intransitive verb: a verb after "and" shares it
        self.last_subject: _Phrase | None = None
        #: where the outcome word being read ends
        self.after = 0
        #: the last token of the last outcome word read
        self.verb_end = -2
        #: the last token of the outcome word being read
        self.here = -1
        #: whether the sentence gives a total over several events (_sum_of_events), once asked
        self.sum_of_events: bool | None = None
        #: the first token of the outcome word being read
        self.verb_start = 0
        #: readings of a crime someone is said to have done ("suspected of killing a farmer")
        self.alleged: list[Reading] = []
        #: the sentence's words, lower-cased
        self.words = frozenset(map(_LOW, toks))
        #: the kinds of markers (ids of the lexicon's Markers) of which the sentence holds words (holds())
        self.held: dict[int, bool] = {}
        #: the sentence tells of a protest (a death it gives as its cause is an earlier event)
        self.protest = not lex.protest_words.isdisjoint(self.words)

    def holds(self, markers: Markers) -> bool:
        """Does the sentence hold a first and a last word of a marker of ``markers``? Where it does not (most
        sentences, for every kind), no window of it holds one: readers ask before looking at a window."""
        found = self.held.get(id(markers))
        if found is None:
            found = self.held[id(markers)] = not (
                markers.lasts.isdisjoint(self.words) or markers.keys().isdisjoint(self.words)
            )
        return found

    def reading(self, outcome: Outcome, p: _Phrase, also: bool = False) -> Reading:
        toks = self.toks
        first, last = p.span or (p.first, p.last)
        around = toks[max(0, p.first - 1) : p.last + 2]
        # "three other men", "two others", "three more": others than those counted before ("the other"
        # alone is one person of a pair)
        # ("more than 30 people" is a qualifier; "another 37 people" are others)
        other = p.head == "others" or (not p.single and any(
            t.low == "other"
            or (t.low == "more" and k + 1 < len(around) and around[k + 1].low != "than")
            or (t.low == "another" and k + 1 < len(around) and _numberish(around[k + 1]))
            for k, t in enumerate(around)
        )) or any(  # "the second victim": not the first one counted
            t.low in self.lex.ordinals and k + 1 < len(around) and around[k + 1].low in _ORDINAL_PEOPLE
            for k, t in enumerate(around)
        )
        victims = "others" if other else p.head
        if victims is not None and p.last - 1 >= p.first and f"{toks[p.last - 1].low} {victims}" in self.lex.plural:
            victims = f"{toks[p.last - 1].low} {victims}"  # "nine staff members"
        # a sum over several events: "eight people were killed in the attacks"
        if self.sum_of_events is None:  # once a sentence: it looks at every token
            self.sum_of_events = self.holds(self.lex.event_totals) and _sum_of_events(toks, self.lex)
        several = self.sum_of_events or (self.holds(self.lex.several_events) and _marked(
            toks, self.here + 1, min(len(toks), self.here + 10), self.lex.several_events
        ))
        earlier = (self.holds(self.lex.earlier_event) or self.holds(self.lex.other_event)) and _earlier_event(
            toks, p.first, 0, self.lex
        )
        figure = p.figure
        if (
            p.last + 3 < len(toks) and toks[p.last + 2].low == "each" and toks[p.last + 1].low in _FROM_EACH
            and toks[p.last + 3].low in _SIDES and figure.best is not None
        ):
            # "one person from each group": a fight's two sides, each with the count
            n = 2 * figure.best
            figure = Figure(n, n, n, figure.qualifier)
        r = Reading(
            outcome, figure, toks[first].start, toks[last].end, victims, p.single, also,
            earlier or several, after=self.after,
            fraction=_fraction_of(toks, p.first),
        )
        # (a relative clause of the crime's noun: "suspected of joining a raid that killed six")
        relative = self.verb_start >= 1 and toks[self.verb_start - 1].low in self.lex.relatives
        if self.holds(self.lex.alleged_crimes) and _marked(
            toks, self.clause_back(self.verb_start, 10) if relative else max(0, self.verb_start - 4),
            self.verb_start + 1, self.lex.alleged_crimes
        ):
            self.alleged.append(r)
            r.alleged = True
        if self.protest and self.protest_cause(min(p.first, self.verb_start), max(p.first, self.verb_start)):
            r.other_event = True  # "Residents protested after a trader was killed": the protest's cause
        return r

    def read(self) -> list[Reading]:
        toks = self.toks
        phrases = self.lex.phrases
        fatal = self.lex.fatal_adjectives
        # the tokens an entry or a fatal adjective may open at, found at once: the loop passes over the
        # others (most of a sentence), where it would do nothing
        first_words = self.lex.first_words
        opens = [k for k, t in enumerate(toks) if t.low in first_words]
        i = 0
        for k in opens:
            if k < i:
                continue  # within the entry read last
            i = k
            e = _match(toks, i, self.lex) if toks[i].low in phrases else None
            if e is None:
                if toks[i].low in fatal:
                    self.fatal_event(i)
                i += 1
                continue
            end = i + len(e.words)
            if toks[i].low in _ABBREVIATED and not self.clause_ends_at(end):
                i += 1
                continue  # "200 KIA attacked the post": the Kachin Independence Army, not "killed in action"
            self.after = toks[end - 1].end
            self.here = end - 1
            self.verb_start = i
            before = len(self.out)
            if self.among(e, i, end) or (e.role == "past" and self.toll_of_people(e, i, end)):
                pass
            elif e.role == "past":
                self.past(e, i, end)
            elif e.role in ("present", "gerund"):
                self.active(e, i, end)
                alone = self.lex.one_word.get(e.words[0]) if len(e.words) > 1 and len(self.out) == before else None
                if alone is not None and alone.role == "noun" and any(
                    _person_head(self.lex, t, counted=True) for t in toks[end : end + 3]
                ):
                    self.noun(alone, i)  # "three bodies of contractors": the count before the noun of the dead
            elif e.role == "noun":
                self.noun(e, i)
            elif e.role == "toll":
                self.toll(i, end)
            elif e.role == "leave":
                end = max(end, self.leave(end))  # its states are read: "left 11,300 dead" (not "dead" again)
            elif e.role == "lives":
                self.lives(end)
            elif e.role == "event":
                self.event(e, i, end)
            elif e.role == "hospital":
                if self.to_hospital(end):
                    self.past(e, i, end)
            elif e.role == "fatal":
                self.fatally(i, end)
            if e.role in _VERB_ROLES and len(self.out) > before and _either(toks, i, end, self.lex, e.outcome):
                # "50 people were killed or injured": a count of both, of neither alone ("no one was
                # killed or injured" is no one of either)
                self.out[before:] = [r for r in self.out[before:] if r.figure.best == 0]
            if len(e.words) == 1 and e.words[0] in self.lex.people_only:
                self.out[before:] = [r for r in self.out[before:]
                                     if r.victims is None or r.victims == "others" or self.lex.is_person(r.victims)]
            if len(self.out) > before and e.words[0] in self.lex.people_only and self.inanimate_agent(i):
                # "a tornado struck Union": what a thing without a will strikes by name is a place (not
                # so "a blast killed Ahmed": killing takes the living)
                self.out[before:] = [r for r in self.out[before:] if not (
                    r.start >= toks[end - 1].end and r.single and r.victims is None
                    and self.text[r.start : r.start + 1].isupper()
                )]
            self.verb_end = end - 1
            i = end
        self.out = [r for r in self.out if not r.fraction]
        self.with_bomber()
        self.crimes_alleged()
        if self.lex.body_finds and not _BODY_WORDS.isdisjoint(self.words):
            self.bodies_found()
        return self.out

    def clause_of_no_outcome(self, k: int) -> bool:
        """Is token ``k`` a relative pronoun of people whose clause tells no outcome in its next words ("along
        with another man who was travelling with him"; not "two others who were wounded")?"""
        return self.toks[k].low in _RELATIVES_OF_PEOPLE and all(
            _match(self.toks, m, self.lex) is None for m in range(k + 1, min(len(self.toks), k + 5))
        )

    def clause_back(self, k: int, reach: int) -> int:
        """The first token of the words before token ``k`` in its clause, at most ``reach`` of them."""
        m = k
        while m > 0 and k - m < reach and self.toks[m - 1].low not in _CLAUSE_END and self.toks[m - 1].low != ",":
            m -= 1
        return m

    def clause_ends_at(self, k: int) -> bool:
        """Does the clause end at token ``k``, or go on only with a place, a time or another clause joined
        to it ("two soldiers KIA, three WIA", "KIA in Helmand", "KIA and three WIA")?"""
        if k >= len(self.toks):
            return True
        low = self.toks[k].low
        return low in _CLAUSE_END or low in _LIST_OR_CONJUNCTION or low in _PLACE_WORDS or low in _WHEN_WORDS

    def inanimate_agent(self, i: int) -> bool:
        """Is the subject of the active verb at ``i`` a thing without a will ("a tornado struck", "floods
        hit")? It is looked for in the verb's clause, at most six words to its left."""
        lex = self.lex
        for m in range(i - 1, max(-1, i - 7), -1):
            low = self.toks[m].low
            if low in _CLAUSE_END or low == "," or low in lex.be or low in _CLAUSE_START:
                return False
            if low in lex.hazards:
                return True
        return False

    def bodies_found(self) -> None:
        """ "His body was found in a river", "Police recovered a body near the camp": one dead, when the
        body is found (a word of finding near it) and nothing counts it already."""
        toks = self.toks
        lex = self.lex
        for k, t in enumerate(toks):
            if t.low not in _BODY_WORDS or k == 0:
                continue
            d = k - 1
            while d > 0 and k - d <= 2 and toks[d].text.islower() and _word(toks[d].low) and (
                toks[d].low not in _STOP and toks[d].low not in _DETERMINERS
            ):
                d -= 1  # "a burnt body", "his mutilated body", "his bullet-riddled body"
            told = None
            if t.low == "bodies":
                # "Two men were kidnapped. Their bodies were found": as many as the people told before
                told = self.antecedent() if toks[d].low == "their" else None
                if told is None:
                    continue
            elif toks[d].low not in _ONE_BODY:
                continue  # "the body" is one told of already; "student body"
            nxt = toks[k + 1].low if k + 1 < len(toks) else "."
            if not (nxt in lex.be or nxt in lex.have or nxt in _CLAUSE_END or nxt in _LIST_JOINERS
                    or nxt in _PLACE_WORDS or nxt in lex.body_finds or nxt in _DEFINITE):
                continue  # "body armour", "body guards", "the body of ..." (read by its entry)
            if not any(x.low in lex.body_finds for x in toks[max(0, d - 6) : k + 10]):
                continue
            start, end = toks[d].start, t.end
            if any(r.outcome == "killed" and r.start <= end and start <= r.end for r in self.out):
                continue
            self.here = self.verb_start = k
            self.after = t.end
            figure = Figure.exact(1) if told is None else told.figure
            self.out.append(self.reading("killed", _Phrase(figure, d, k, None, single=told is None)))

    def antecedent(self) -> _Phrase | None:
        """The people "their" or "they" stands for at the sentence's start: the last counted group of
        people in the two sentences before ("Four men were kidnapped from a taxi. Their bodies were
        found"), or None."""
        first = self.toks[0].start
        before = tokenize(self.text, max(0, first - 300), first)
        stops = [m for m, x in enumerate(before) if x.low in (".", "!", "?")]
        lo = stops[-3] + 1 if len(stops) >= 3 else 0
        for j in range(len(before) - 1, lo - 1, -1):
            if _person_head(self.lex, before[j]):
                p = list_ending(self.text, before, j, lo, self.lex)
                if p is not None and p.figure.best is not None and p.figure.best > 1:
                    return p
                return None
        return None

    def protest_cause(self, first: int, hi: int) -> bool:
        """Does a word of a protest's cause stand in the clause within twelve words before ``first``?"""
        lo = max(0, first - 12)
        for m in range(first - 1, lo - 1, -1):
            if self.toks[m].low in _CLAUSE_END:
                lo = m + 1  # "Riots break out after the ruling; two killed as rioters clashed": this event
                break
        return _marked(self.toks, lo, hi, self.lex.protest_causes)

    def with_companions(self, p: _Phrase, k: int) -> _Phrase:
        """The people counted with those of ``p`` by a companion word within ten tokens from ``k`` in the
        same clause, before any "and": "was killed in the blast along with his two sons" is three, "22 were
        injured, as well as four policemen" 26."""
        toks = self.toks
        lex = self.lex
        for m in range(k, min(len(toks), k + 10)):
            low = toks[m].low
            if low in _CLAUSE_END or low in _CONJUNCTIONS or (low != "," and _match(toks, m, lex) is not None):
                return p  # (", and kidnapped a third along with the money": another verb's)
            if low == "with" and m + 1 < len(toks) and toks[m + 1].low in _POSSESSIVES_OF_PEOPLE and not any(
                t.low in _CLAUSE_START or (t.low.endswith("ing") and t.text.islower()) for t in toks[k:m]
            ):  # (not "while riding his motorcycle with his wife": the riding's)
                # "was killed with his wife and son": kin, as a companion (not "with his gun", "with his
                # brother's rifle")
                kin = list_starting(self.text, toks, m + 1, len(toks), lex)
                if kin is not None and kin.figure.best is not None and p.figure.best is not None and all(
                    _person_head(lex, t) or _numberish(t) or t.low in _LIST_OR_CONJUNCTION or t.low in _POSSESSIVES_OF_PEOPLE
                    for t in toks[m + 2 : kin.last + 1]
                ) and (kin.last + 1 >= len(toks) or toks[kin.last + 1].low not in _POSSESSIVE_S):
                    return _joined(p, kin)
            for words in lex.companions.get(low, ()):
                n = len(words)
                if tuple(map(_LOW, toks[m : m + n])) != words:
                    continue
                more = list_starting(self.text, toks, m + n, len(toks), lex)
                if more is None or more.figure.best is None or p.figure.best is None:
                    return p
                after = more.last + 1
                if after < len(toks) and ((toks[after].low in _DESCRIBING and not self.clause_of_no_outcome(after))
                                          or _state_after(toks, after, len(toks), lex) is not None):
                    return p  # "the bodies of two, along with two others who were wounded": not dead
                return _joined(p, more)
        return p

    def companions_before(self, p: _Phrase) -> _Phrase:
        """ "Two police officers as well as a cook were injured": the people a companion word right before
        the subject ``p`` joins to it (three)."""
        toks = self.toks
        for m in range(max(0, p.first - 3), p.first):
            for words in self.lex.companions.get(toks[m].low, ()):
                n = len(words)
                if m + n != p.first or tuple(t.low for t in toks[m : p.first]) != words or m < 1:
                    continue
                before = list_ending(self.text, toks, m - 1, 0, self.lex)
                if before is None or before.figure.best is None or p.figure.best is None or not (
                    before.head is not None or _person_head(self.lex, toks[m - 1])
                ):
                    return p
                return _joined(before, p)
        return p

    def companions_apposed(self, j: int, k: int) -> _Phrase | None:
        """ "The mayor, along with two aides, was killed": the subject before the apposition that opens
        at the comma ``j`` and closes at ``k``, with the people the apposition joins to it."""
        toks = self.toks
        for words in self.lex.companions.get(toks[j + 1].low, ()):
            n = len(words)
            if tuple(map(_LOW, toks[j + 1 : j + 1 + n])) != words:
                continue
            head = self.subject_at(j - 1)
            more = list_starting(self.text, toks, j + 1 + n, k, self.lex)
            if head is None or more is None or head.figure.best is None or more.figure.best is None:
                return None
            return _joined(head, more)
        return None

    def crimes_alleged(self) -> None:
        """ "Three men suspected of killing a farmer were lynched": with another death told in the
        sentence, the crime the dead were suspected of is an earlier event."""
        if self.alleged and any(r.outcome == "killed" and r not in self.alleged for r in self.out):
            for r in self.alleged:
                r.other_event = True

    def with_bomber(self) -> None:
        """ "A bomber blew himself up, killing fifteen people": the attacker's death is in the toll."""
        # (an event's "blew himself up", not an object's "killing himself and four passengers")
        selves = [r for r in self.out if r.victims == "self" and r.outcome == "killed" and not r.single]
        if not selves:
            return
        others = [r for r in self.out if r.outcome == "killed" and r.victims != "self" and r.figure.best
                  and r.start > selves[0].start]
        if others:
            o = max(others, key=lambda r: r.figure.best or 0)
            n = (o.figure.best or 0) + 1
            self.out.append(Reading("killed", Figure(n, n, n, o.figure.qualifier), o.start, o.end, o.victims,
                                    derivation=f"{o.figure.best} killed plus the attacker", after=o.after))

    def among(self, e: Entry, i: int, end: int) -> bool:
        """ "Five members of a family were among the dead", "Among the dead were 11 children", "The dead
        include five women", "Killed in the attack were three soldiers": the people stand apart from
        the outcome word. True when read so."""
        toks = self.toks
        lex = self.lex
        if e.role not in ("past", "noun"):
            return False
        outcome = e.outcome
        h = i - 1  # the determiner before the outcome word: "among the dead", "among those killed"
        if e.role == "past" and h >= 2 and toks[h].low in lex.be:
            h -= 1  # "among those who were killed"
        if e.role == "past" and h >= 2 and toks[h].low == "who" and toks[h - 1].low == "those":
            h -= 1  # "among those who died", "among those who lost their lives"
        else:
            h = i - 1
        among = h >= 1 and toks[h].low in _AMONG and toks[h - 1].low == "among"
        if among or (i >= 1 and toks[i - 1].low == "among"):  # "Three civilians among dead": a headline
            a = h - 1 if among else i - 1
            if a == 0 or toks[a - 1].low in _CLAUSE_END or toks[a - 1].low == ",":
                return self.object_after_be(outcome, end)  # "Among the dead were 11 children"
            k, aux = _aux_left(toks, a, 0, lex)
            subject = list_ending(self.text, toks, k, 0, lex)
            if subject is not None and (any(w in lex.be for w in aux) or not among):
                self.out.append(self.reading(outcome, subject))
            return True
        opens = i == 0 or toks[i - 1].low in _CLAUSE_END or (
            i == 1 and toks[0].low == "the"
        ) or (i >= 2 and toks[i - 1].low == "the" and toks[i - 2].low in _CLAUSE_END)
        if opens and e.role == "past" and end < len(toks) and (
            toks[end].low in _INCLUDE_OR_PLURAL
            or (toks[i - 1].low != "the" and toks[end].low in _FRONTED_PREPOSITIONS)
        ):
            return self.object_after_be(outcome, end)  # "The dead include...", "Killed in the blast were..."
        return False

    def object_after_be(self, outcome: Outcome, end: int) -> bool:
        toks = self.toks
        for m in range(end, min(len(toks), end + 9)):
            low = toks[m].low
            if low in _CLAUSE_END:
                return False
            if low in _INCLUDE_OR_BE:
                obj = list_starting(self.text, toks, m + 1, len(toks), self.lex)
                if obj is None:
                    return False
                self.out.append(self.reading(outcome, obj))
                return True
        return False

    def to_hospital(self, end: int) -> bool:
        """Does a word of hospitals follow within five words ("taken to Rhode Island Hospital"), or "for
        treatment" within ten, in the same clause ("taken to Marquette for treatment")?"""
        window = [t.low for t in self.toks[end : end + 6]]
        for words in self.lex.hospitals:
            n = len(words)
            for s in range(len(window) - n + 1):
                if tuple(window[s : s + n]) == words:
                    return True
        for k in range(end, min(len(self.toks) - 1, end + 10)):
            low = self.toks[k].low
            if low in _CLAUSE_END or low == ",":
                return False
            if low == "for" and any(t.low == "treatment" for t in self.toks[k + 1 : k + 3]):
                return True
        return False

    def fatally(self, i: int, end: int) -> None:
        """ "Two people were shot, one fatally": the figure right before is a count of the dead."""
        toks = self.toks
        nxt = toks[end].low if end < len(toks) else "."
        if not (nxt in _CLAUSE_END or nxt in _AFTER_ONE_FATALLY):
            return
        if i < 1:
            return
        found = figure_ending(self.text, toks, i - 1, max(0, i - 4))
        if found is None:
            return
        fig, s = found
        self.out.append(self.reading("killed", _Phrase(fig, s, i - 1, None, span=(s, i - 1))))

    def past(self, e: Entry, i: int, end: int) -> None:
        lex = self.lex
        toks = self.toks
        if e.words == ("treated",) and end < len(toks) and toks[end].low in _TREATED_FOR:
            return  # "treated for shock" is no hurt ("treated for wounds" is the injury noun's); "treated as a homicide"
        if end == i + 1 < len(toks) - 1 and toks[end].low == ":" and (
            i == 0 or toks[i - 1].low in _CLAUSE_END or toks[i - 1].low in (",", ";", "-", "–", "—")
        ) and self.labelled(e, i):
            return  # "Killed: 4. Injured: 12.", "Dead: 3, wounded: 15": a label and its figure
        if i > 0 and toks[i - 1].low in _DETERMINERS and end < len(toks) and _person_head(lex, toks[end]):
            if e.outcome == "injured" and toks[i - 1].low in _INDEFINITE and _singular(lex, toks[end].low):
                # "an injured woman was found outside": someone new, hurt (whether they died later is
                # same_person.py's to tell)
                self.out.append(self.reading(e.outcome, _Phrase(Figure.exact(1), i - 1, end, toks[end].low, single=True)))
            return  # an adjective: "a slain friend", "the injured child" (told elsewhere, if at all)
        if i > 0 and e.outcome == "injured" and end < len(toks) and _person_head(lex, toks[end]) and _numberish(toks[i - 1]):
            found = figure_ending(self.text, toks, i - 1, 0)  # "the crash left three injured people"
            if found is not None and found[0].best is not None and found[0].best > 1 and not (
                found[1] >= 1 and toks[found[1] - 1].low in _DEFINITE  # "one of the five wounded people": told before
            ):
                self.out.append(self.reading(e.outcome, _Phrase(found[0], found[1], end, toks[end].low, span=(found[1], i - 1))))
            return
        k, aux = _aux_left(toks, i, 0, lex)
        if not lex.negations.isdisjoint(aux) or (aux and aux[0] in lex.near_misses):
            return  # "was not killed", "was nearly killed"
        passive = not lex.be.isdisjoint(aux)
        # "may have been killed", "claimed to have killed", and "may have died" (an intransitive verb's
        # possibility; "could have died" is what did not happen)
        perfect = not lex.have.isdisjoint(aux) and (
            passive or "to" in aux or (not e.transitive and not _POSSIBLE.isdisjoint(aux))
        )
        if not perfect and not lex.modals.isdisjoint(aux):
            # "could be killed", "could have killed her"; "may have been killed" is hedged, not nothing, and
            # "claimed to have killed 3" is reported
            return
        if passive and end < len(toks) and toks[end].low == "at" and (end + 1 == len(toks) or toks[end + 1].low in lex.fired_upon):
            return  # "was shot at by gunmen": fired upon, not hit
        also = "also" in aux
        if k >= 0 and toks[k].low == "and":
            # "it could have hit her and killed her": the verbs share the first one's modal
            for m in range(k - 1, max(-1, k - 9), -1):
                low = toks[m].low
                if low in _CLAUSE_END or low == ",":
                    break
                if low in lex.modal_verbs:
                    return
        if e.transitive and not passive:
            obj = list_starting(self.text, toks, end, len(toks), lex)
            if obj is not None:
                state = _state_after(toks, obj.last + 1, len(toks), lex)
                outcome = "killed" if state is not None and state[0] == "killed" else e.outcome
                if outcome in ("killed", "injured"):
                    obj = self.with_companions(obj, obj.last + 1)
                self.out.append(self.reading(outcome, self.with_more_elsewhere(obj)))
                return
            if end + 2 < len(toks) and toks[end].low == "and" and toks[end + 1].low.endswith("ed"):
                # "a mob lynched and burned three men": the object of both verbs
                obj = list_starting(self.text, toks, end + 2, len(toks), lex)
                if obj is not None:
                    self.out.append(self.reading(e.outcome, obj))
                    return
            if end < len(toks) and toks[end].low in lex.acted_on:
                return  # "two men walked up and shot him": they shot
            if any(w in lex.have for w in aux):
                return  # "Floods have killed": who killed, with no count of the dead
            if k >= 0 and toks[k].low in lex.relatives:
                return
        if k >= 1 and toks[k].low == "many" and toks[k - 1].low == "as":
            # "three were killed and as many injured"
            if self.out:
                last = self.out[-1]
                self.out.append(Reading(e.outcome, last.figure, last.start, last.end, last.victims,
                                        derivation=f"as many as the {last.figure.best} {last.outcome} before",
                                        after=self.after))
            return
        outcome = e.outcome
        if outcome == "killed" and any(t.low in _SURVIVED for t in toks[end : end + 12]):
            outcome = "hit"  # "was gunned down outside a store and survived"
        subject = None
        if k >= 0 and (toks[k].low in _SAME_SUBJECT or (toks[k].low == "," and 0 <= k - self.verb_end <= 5)) and (
            not passive or self.last_subject is not None
            or any(w in _REMAIN for w in aux)  # "were abducted and remain missing"
            or (toks[k].low == "and" and passive)  # "an infant was carried 300 yards and was injured"
        ):
            subject = self.shared_subject(k)
            if subject is not None and outcome == "killed":
                # "1 other guy shot, killed too", "were shot and died": the people hit are the dead
                lo_tok, hi_tok = subject.span or (subject.first, subject.last)
                start, stop = toks[lo_tok].start, toks[hi_tok].end
                self.out = [r for r in self.out
                            if not (r.outcome in ("hit", "injured") and r.start == start and r.end == stop)]
        if subject is None and (passive or not e.transitive) and k >= 1 and toks[k].low in _RELATIVES_OF_PEOPLE:
            j = k - 2 if toks[k - 1].low == "," else k - 1
            near = phrase_ending(self.text, toks, j, 0, lex)
            if near is not None and near.first >= 1 and toks[near.first - 1].low in _INCLUDING:
                subject = near  # "ten friends, including the boy who was killed": the boy
            else:
                subject = list_ending(self.text, toks, j, 0, lex)
            if subject is None:
                return  # "the boy who was killed": the one before "who"
        if subject is None:
            if k >= 0 and (toks[k].low in lex.relatives or toks[k].low == "and"):
                return
            subject = (self.with_people(k, aux) if outcome == "injured" else None) or self.subject_at(k)
            if subject is None and k >= 0 and toks[k].low == "they" and passive and outcome == "killed" and (
                all(t.low not in self.lex.relatives and t.low != "," for t in toks[:k])
            ):
                told = self.antecedent()  # "Eight workers were abducted. Days later they were found dead"
                subject = None if told is None else _Phrase(told.figure, k, k, None)
            if subject is None:
                return
            if any(t.low in _UNKNOWN_WHETHER or t.low in lex.negations for t in toks[max(0, subject.first - 3) : subject.first]):
                return  # "could not say if the man had died", "don't let my baby die"
            if any(t.low in lex.subject_negations for t in toks[max(0, subject.first - 6) : subject.first + 1]):
                return  # "Neither the driver or the other passenger was injured"
            if passive and all(w not in lex.be or w in lex.present_be for w in aux) and any(
                t.low in lex.generic for t in toks[max(0, subject.first - 4) : subject.first]
            ):
                return  # "Any time one of our students is hurt": no event
            follows = toks[end].low if end < len(toks) else "."
            # "officers killed Thursday were", "seven soldiers killed, ten wounded": no object, a passive
            reduced = follows in _PLACE_WORDS or follows in _WHEN_WORDS or follows in lex.be or (
                # "five suspects killed as they fought police": a clause of time, not an object
                follows == "as" and end + 1 < len(toks) and toks[end + 1].low not in _AS_MANY
            ) or (
                follows in _CLAUSE_END
                or (follows in _LIST_JOINERS and subject.figure.best is not None and not subject.single)
            )
            if e.transitive and not passive and subject.figure.best != 0 and (
                (subject.single and subject.head is None and toks[subject.first].text[0].isupper())
                or (subject.head in lex.agents and not reduced)
            ):
                return  # "He shot...", "Gunmen killed": the subject did it
            if not subject.single and (subject.figure.best or 0) > 1 and any(w in _SINGULAR_AUX for w in aux):
                one = _two_roles(toks, subject)
                if one is None and subject.head is None:
                    return  # "Jamie clayton, 22 was shot": a number with "was" is no count
                subject = one or subject  # "A religious leader and party leader was shot" (a couple was two)
            self.last_subject = subject
        if passive and toks[i - 1].low == "both" and subject.figure.best == 1 and subject.head is None:
            # "Ali Musa and his wife Amina were both killed": "both" counts the two the list did not
            subject = _Phrase(Figure.exact(2), subject.first, subject.last, None, span=subject.span)
        if outcome in ("killed", "injured"):
            subject = self.with_companions(subject, end)
        r = self.reading(outcome, subject, also)
        self.out.append(r)
        if outcome in ("killed", "injured"):
            self.second_clause(r, subject)
            if passive or not e.transitive:
                self.gapped(r, end)

    def gapped(self, r: Reading, end: int) -> None:
        """ "Twenty-one people were killed in Ogossagou and 19 in Welingara": a second count whose verb the
        first's stands for, at another named place. Both are read, and summed as separate groups."""
        toks = self.toks
        hi = min(len(toks), end + 12)
        k = end
        while k < hi and toks[k].low != "and":
            if toks[k].low in _CLAUSE_END or toks[k].low == "," or _match(toks, k, self.lex) is not None:
                return
            k += 1
        if k >= hi or r.other_event or not any(
            toks[m].low in _GAPPED_AT for m in range(end, k)
        ):
            return  # (the first count is at a place too: "killed in X and 19 in Y")
        found = figure_starting(self.text, toks, k + 1, hi)
        if found is None:
            return
        fig, e = found
        if not (e + 2 < len(toks) and toks[e + 1].low in _GAPPED_AT and _is_name(toks[e + 2])):
            return
        after = e + 3
        while after < len(toks) and _is_name(toks[after]):
            after += 1
        if after < len(toks) and (toks[after].low in self.lex.be or toks[after].low in self.lex.phrases):
            return  # "... and 3 in Kandahar were hurt": a clause of its own
        first, second = r.figure.best, fig.best
        if first is None or second is None:
            return
        self.out.append(Reading(r.outcome, fig, toks[k + 1].start, toks[e].end, None, after=r.after))
        n = first + second
        self.out.append(Reading(r.outcome, Figure(n, n, n, r.figure.qualifier), r.start, toks[e].end, None,
                                derivation=f"sum of {first} and {second}: separate groups", after=r.after))

    def second_clause(self, r: Reading, subject: _Phrase) -> None:
        """ "Two raiders were killed in the clash and three herders died": two groups of dead, each the
        subject of its own verb, joined by "and", are counted together; so are two groups of injured ("her
        son was seriously wounded and her husband was slightly hurt"). A pronoun is someone told before
        ("a woman was hurt when a tree fell and she was struck by debris")."""
        toks = self.toks
        a = subject.first - 1
        if a < 1 or toks[a].low != "and" or r.other_event or subject.figure.best is None or any(
            t.low == "of" or t.low in _ADDED for t in toks[subject.first : subject.last + 2]
        ) or (subject.first == subject.last and toks[subject.first].low in self.lex.pronouns):
            # "and one of the dead was a child": one of those counted; "and a third person was killed",
            # "and two more": a report's total (totals.py) tells them
            return
        before = [x for x in self.out[:-1] if _one_outcome(x.outcome, r.outcome) and x.end <= toks[a].start and x.figure.best]
        if not before:
            return
        first = before[-1]
        if first.other_event or first.after > toks[a].start or first.derivation:
            return
        gap = [m for m in range(max(0, a - 9), a) if first.after <= toks[m].start]
        if any(toks[m].low in _CLAUSE_END or toks[m].low.rstrip(".") in MONTHS or toks[m].low in _WEEKDAYS
               or _match(toks, m, self.lex) or toks[m].low in _CLAUSE_START for m in gap) or len(gap) > 8:
            # another verb or clause stands between them, or a date ("on January 15 and a man ..."), or the
            # second group is in a clause of the first's ("was hurt when a tree fell and a boy was struck")
            return
        n = (first.figure.best or 0) + (subject.figure.best or 0)
        outcome: Outcome = r.outcome if first.outcome == r.outcome else "hit"  # (injured and hit: the dead may be among them)
        self.out.append(Reading(outcome, Figure(n, n, n, first.figure.qualifier), first.start, r.end, None,
                                derivation=f"sum of {first.figure.best} and {subject.figure.best}: separate groups",
                                after=r.after))

    def with_people(self, k: int, aux: list[str]) -> _Phrase | None:
        """ "four homes were destroyed with one person injured": the people after "with", when no
        auxiliary stands between them and the verb."""
        if aux or k < 1:
            return None
        p = phrase_ending(self.text, self.toks, k, 0, self.lex)
        if p is None or p.first < 1 or self.toks[p.first - 1].low != "with" or p.head is None:
            return None
        return p if p.head == "others" or _person_head(self.lex, self.toks[p.last]) else None  # "with 40 more wounded"

    def apposed_subject(self, k: int) -> _Phrase | None:
        """A subject with an apposition: "Richard Welch, special assistant to the ambassador, was shot",
        "A French teacher, Richard Roger, was wounded": one person."""
        toks = self.toks
        if k < 1 or toks[k].low != ",":
            return None
        j = k - 1
        who = -1
        while j > 0 and k - j <= 2 * _WINDOW and (toks[j].low != "," or _between_ages(toks, j)):
            low = toks[j].low
            if low in _CLAUSE_RELATIVES and who < 0:
                who = j
            if (low in _CLAUSE_END and low not in ("(", ")")) or low in self.lex.verb_ends:
                return None
            j -= 1
        if who > 0 and (j <= 0 or toks[j].low != "," or who < j):
            # "Two contractors who work with US forces, were found dead": the subject before "who"
            p = list_ending(self.text, toks, who - 1, 0, self.lex)
            if p is None and toks[who].low == "where":
                p = self.subject_before_place(who - 1)  # "A person inside the house where the tree fell,"
            return None if p is None else _Phrase(p.figure, p.first, k - 1, p.head, p.single, p.span)
        if j <= 0 or toks[j].low != ",":
            return None
        # the subject before the apposition ("Five people, including three Belgians,"), else one person
        # named in it ("A French teacher, Richard Roger,")
        p = list_ending(self.text, toks, j - 1, 0, self.lex)
        if p is None and toks[j + 1].low in _AGES_OF_SEVERAL:
            p = self.subject_before_place(j - 1)  # "Two children in the second trailer, ages 5 and 12,"
        if p is None and toks[j + 1].low in _INCLUDING:
            p = _before_participle(self.text, toks, j - 1, 0, self.lex)  # "Four men living there, including"
        if p is not None:
            return _Phrase(p.figure, p.first, k - 1, p.head, p.single, p.span)
        p = phrase_ending(self.text, toks, _skip_age(toks, k - 1, 0), 0, self.lex)
        if p is not None and p.single:
            return _Phrase(p.figure, p.first, k - 1, p.head, single=True)
        return None

    def subject_at(self, k: int) -> _Phrase | None:
        """The subject ending at token ``k``: a noun phrase or list, one before a place, or one with an
        apposition or a relative clause."""
        if k >= 3 and self.toks[k].low == "," and self.toks[k - 1].low == ")":
            # "Ali Hasan (alias Ruta), was shot dead": the subject before the parenthesis
            m = k - 2
            while m > 0 and k - m < 12 and self.toks[m].low != "(":
                m -= 1
            if self.toks[m].low == "(" and m >= 1:
                found = self.subject_at(m - 1)
                if found is not None:
                    return found
        if k >= 3 and self.toks[k - 1].low == "," and _STATE_CODE.fullmatch(self.toks[k].text):
            k -= 2  # "a man from Woodbridge, VA was killed": the place's state
        if k >= 1 and self.toks[k].low == ",":
            # "Six men, all shot to death, were found": the noun phrase before a quantifier's apposition
            j = k - 1
            while j > 0 and k - j <= 16 and self.toks[j].low != ",":
                j -= 1
            if j > 0 and self.toks[j].low == ",":
                joined = self.companions_apposed(j, k)
                if joined is not None:
                    return joined
            # "Two of those men, A and B, died": the count before an apposition that lists them
            listed = any(t.low == "and" for t in self.toks[j + 1 : k])
            if self.toks[j].low == "," and (
                (k - j <= 8 and self.toks[j + 1].low in _SUMMING_UP) or listed
            ):
                before = list_ending(self.text, self.toks, j - 1, 0, self.lex)
                if before is not None and not before.single:
                    return before
                if before is not None and before.head is None and self.toks[j + 1].low in _ARTICLES and (
                    k + 1 < len(self.toks) and self.toks[k + 1].low not in _PLURAL_AUX
                ):
                    # "Ali Hasan, the chief of Khar and a council member, was killed": one person's roles
                    return _Phrase(before.figure, before.first, k - 1, None, single=True)
        near = list_ending(self.text, self.toks, k, 0, self.lex)
        if near is not None and near.single and near.first >= 2 and self.toks[near.first - 1].low == "of":
            # "Two security guards of a Ford executive were killed": the people before "of"
            outer = phrase_ending(self.text, self.toks, near.first - 2, 0, self.lex)
            group = None
            if outer is None or outer.single:
                # "The wife and daughter of a prison officer were injured": a list before "of" (its head
                # is None when its items' nouns differ)
                group = list_ending(self.text, self.toks, near.first - 2, 0, self.lex)
                if group is not None and (group.figure.best or 0) > 1:
                    outer = group
            if outer is not None and (outer.head is not None or outer is group) and not outer.single and (
                outer.figure.best is not None and _person_head(self.lex, self.toks[near.first - 2])
            ):
                near = _Phrase(outer.figure, outer.first, near.last, outer.head, span=outer.span)
        if near is not None and near.single and self.toks[k].low == ",":
            # "Five people, including Hadi Musa, the State Prosecutor, were injured": the count before
            # "including" and the appositions, not the one person the last of them names
            apposed = self.apposed_subject(k)
            if apposed is not None and not apposed.single and apposed.first < near.first and any(
                t.low in _INCLUDING for t in self.toks[apposed.first : near.first]
            ):
                near = apposed
        if near is not None and near.first >= 3 and self.toks[near.first - 1].low == "by" and (
            self.participle(near.first - 2)
        ):
            # "9-year-old shot by his brother dies": the one shot, not the one who shot
            near = list_ending(self.text, self.toks, near.first - 3, 0, self.lex)
        if near is not None:
            near = self.companions_before(near)
        elif (own := phrase_ending(self.text, self.toks, k, 0, self.lex)) is not None and (
            (joined := self.companions_before(own)) is not own
        ):
            near = joined  # "Two guards along with a cook were hurt": the item after "with" read alone
        if near is not None and k + 1 < len(self.toks) and self.toks[k + 1].low in self.lex.be and (
            self.in_relative_clause(near.first)
        ):
            # "A man who killed his neighbour was lynched": the man, not the object inside the clause
            near = self.subject_before_place(k) or near
        return (
            near or self.subject_before_place(k)
            or self.apposed_subject(k)
            # "A senior member of the Council of Ministers, was killed": a comma that closes no apposition
            or (self.subject_before_place(k - 1) if k >= 1 and self.toks[k].low == "," else None)
        )

    def participle(self, j: int) -> bool:
        """Is token ``j`` a participle that may follow its noun ("a girl injured by a stray bullet")?"""
        low = self.toks[j].low
        return low in self.lex.verb_ends and low.endswith(("ed", "shot", "hurt", "slain"))

    def in_relative_clause(self, first: int) -> bool:
        """Does a relative pronoun open the clause the phrase at ``first`` stands in, with a word between
        ("who allegedly killed this woman")?"""
        for m in range(first - 2, max(-1, first - 8), -1):
            low = self.toks[m].low
            if low in _CLAUSE_END or low == ",":
                return False
            if low in self.lex.relatives:
                return True
        return False

    def subject_before_place(self, k: int, nested: bool = False) -> _Phrase | None:
        """A subject followed by where it was: "Two persons in a boat drowned", or by a relative clause:
        "Two drivers who worked for the company were found dead"."""
        if k >= 2 and self.toks[k].low == ")":
            # "A member of the Liberation Front of Assam (ULFA) died": before the parenthesis
            m = k - 1
            while m > 0 and k - m < 12 and self.toks[m].low != "(":
                m -= 1
            if self.toks[m].low == "(":
                k = m - 1
        for m in range(k - 1, max(0, k - 16), -1):
            low = self.toks[m].low
            if low in _CLAUSE_END or low == ",":
                break
            if low in self.lex.relatives:
                # the subject before "who" ("one of the victims in the shooting that sent five people to
                # the hospital has died"), itself perhaps followed by where it was
                found = list_ending(self.text, self.toks, m - 1, 0, self.lex)
                if found is None and not nested:
                    # "A reporter working for Al-Hurra TV, which is based in X, was killed"
                    found = self.subject_before_place(m - 2 if self.toks[m - 1].low == "," else m - 1, nested=True)
                return found
        j = k
        while j > 0 and k - j < 16:
            low = self.toks[j].low
            if low in _AFTER_AN_EVENT and j >= 2 and self.participle(j - 1) and not any(
                e.outcome == "killed" for e in self.lex.phrases.get(self.toks[j - 1].low, ())
            ):
                j -= 1  # "A teen hospitalized after a weekend shooting has died": the participle's noun
                continue
            if low in _CLAUSE_START or low in _SPEECH_VERBS:
                return None  # "The doctor at the hospital said the dead were ...": the speaker
            if j < k and j >= 1 and self.participle(j):
                # "A girl injured by a stray bullet on Friday has died": the noun before the participle
                p = list_ending(self.text, self.toks, j - 1, 0, self.lex)
                if p is not None:
                    return p
            if low in _PLACE_WORDS or low in _NOUN_PREPOSITIONS or (low.endswith(("ing", "ed")) and j < k and low.isalpha()) or (
                low in _IRREGULAR_PARTICIPLES and j < k and self.toks[j - 1].low not in _SUMMING_UP
                and _person_head(self.lex, self.toks[j - 1])  # ("were both taken to the hospital": no participle's noun)
            ):
                # "An influential figure in the Daman district of Qandahar province", "Three men suspected
                # of ...": the nearest reading before a preposition or a participle, the leftmost first
                p = list_ending(self.text, self.toks, j - 1, 0, self.lex)
                if p is not None:
                    return p
            if low == ",":
                return self.before_apposition(j)
            if low in _CLAUSE_END:
                return None
            j -= 1
        return None

    def before_apposition(self, j: int) -> _Phrase | None:
        """The subject before an apposition that ends at the comma ``j``: "Two men, both Iraqi citizens,
        working for a TV channel", "Four guards, including a security chief, of a company"."""
        toks = self.toks
        m = j - 1
        while m > 0 and j - m <= 2 * _WINDOW and toks[m].low != ",":
            if toks[m].low in _CLAUSE_END or toks[m].low in self.lex.verb_ends or toks[m].low in _CLAUSE_START:
                return None
            m -= 1
        if m <= 0 or toks[m].low != ",":
            return None
        if toks[m + 1].low in _PLACE_WORDS and m + 2 < j:
            # "Ten officers from the camp in Garissa, on patrol along the road near the border, died": an
            # aside of where they were, itself after a subject that may say where it was from
            return list_ending(self.text, toks, m - 1, 0, self.lex) or self.subject_before_place(m - 1, nested=True)
        if j - m > 10 or toks[m + 1].low not in _APPOSITION_OPENERS:
            return None
        return list_ending(self.text, toks, m - 1, 0, self.lex)

    def shared_subject(self, k: int) -> _Phrase | None:
        """The subject of a verb after "and": "were shot and died", "were swept away by floods and died"."""
        if self.last_subject is not None and self.last_subject.last < k:
            return self.last_subject
        lex = self.lex
        j = k - 1
        while j >= 0 and k - j <= _WINDOW:
            if self.toks[j].low in lex.be:
                kk, _ = _aux_left(self.toks, j + 1, 0, lex)
                return self.subject_at(kk)
            if self.toks[j].low in _CLAUSE_END:
                return None
            if self.toks[j].low.endswith("ed") and j - 1 >= 0 and _person_head(lex, self.toks[j - 1]):
                return list_ending(self.text, self.toks, j - 1, 0, lex)  # "1 priest dragged from his car and killed"
            j -= 1
        return None

    def active(self, e: Entry, i: int, end: int) -> None:
        lex = self.lex
        toks = self.toks
        if e.role == "present" and e.words[0] in lex.injury_nouns and not (
            i > 0 and (_person_head(lex, toks[i - 1]) or toks[i - 1].low in lex.pronouns or _is_name(toks[i - 1]))
        ):
            self.injury(i)  # "a fatal gunshot wound", "received non-life-threatening wounds": a noun
            return
        if e.role == "gerund" and e.words[0] in lex.injury_nouns and i > 0 and _numberish(toks[i - 1]):
            self.noun(Entry((e.words[0],), "noun", e.outcome), i)  # "caused 15 injuries to festival-goers"
            return
        if e.words == ("injury", "to") and any(t.low in _OFFENCE_PREPOSITIONS for t in toks[max(0, i - 2) : i]):
            return  # "charged with felony injury to a child": an offence's name
        if i > 0 and (toks[i - 1].low in lex.modals or toks[i - 1].low in lex.negations
                      or toks[i - 1].low in lex.near_misses):
            return  # "to kill", "did not kill", "nearly killing"
        if e.role == "present" and i > 0 and toks[i - 1].low in _DETERMINERS and toks[i - 1].low not in _ONE:
            return  # "pointed the gun down the hall": a noun after its determiner
        clause = max(0, i - 7)
        for m in range(i - 1, clause - 1, -1):
            if toks[m].low in _CLAUSE_END:
                clause = m + 1
                break
        if e.role == "present" and not e.words[-1].endswith("s") and i > 0 and toks[i - 1].low in _CONJUNCTIONS and any(
            t.low in lex.modals for t in toks[clause:i]
        ):
            return  # "threatened to blow up the ship and kill two hostages"
        if not e.transitive and e.role == "present":  # "two people die"
            self.past(e, i, end)
            return
        if e.words == ("body", "of") and not any(
            t.low in lex.body_finds for t in toks[max(0, i - 8) : min(len(toks), end + 12)]
        ):
            return  # "put the body of a woman in a car": a death told elsewhere, if at all
        k = end
        if (e.words[-1] == "of" or (k < len(toks) and toks[k].low == "of")) and i > 0 and (
            toks[i - 1].low in _ATTEMPTS_OR_PLANS
        ):
            return  # "the attempted assassination of the governor"
        if k < len(toks) and toks[k].low == "of":
            if e.outcome == "hit" and i > 0 and toks[i - 1].low in _DEFINITE:
                return  # "the shooting of a woman": the event's name; whether she lived is told elsewhere
            k += 1  # "the killing of three men"
        if k < len(toks) and toks[k].low == "them" and self.out:
            last = self.out[-1]  # "shot two nationalists, killing them"
            self.out.append(Reading(e.outcome, last.figure, last.start, last.end, last.victims, after=self.after))
            return
        obj = list_starting(self.text, toks, k, len(toks), lex)
        if obj is None and k + 2 < len(toks) and toks[k].low == "and" and toks[k + 1].text.islower() and (
            toks[k + 1].low.endswith(("ing", "ed", "s")) and toks[k + 1].low not in _STOP
        ) and not (i > 0 and toks[i - 1].low in _DETERMINERS):  # ("away from the shooting and feeds 300 kids")
            obj = list_starting(self.text, toks, k + 2, len(toks), lex)  # "killing and robbing him"
        if obj is None and e.words == ("bodies", "of") and i > 0 and _numberish(toks[i - 1]) and (
            k < len(toks) and _person_head(lex, toks[k])
        ):
            found = figure_ending(self.text, toks, i - 1, 0)  # "three bodies of contractors were found"
            if found is not None and found[0].best is not None and found[0].best < 1000:
                obj = _Phrase(found[0], found[1], i, None, span=(found[1], i - 1))
        if obj is None:
            return
        state = _state_after(toks, obj.last + 1, len(toks), lex)
        outcome = "killed" if state is not None and state[0] == "killed" else e.outcome
        if outcome in ("killed", "injured"):
            obj = self.with_companions(obj, obj.last + 1)
        obj = self.with_more_elsewhere(obj)
        self.out.append(self.reading(outcome, obj))

    def with_more_elsewhere(self, p: _Phrase) -> _Phrase:
        """ "injured eight people in Newport News and two in Hampton": a count after "and" with its noun
        left out, at another place, is more of the same people. The place after each is a preposition of
        `_PLACE_WORDS` and words of a name (at most five); nothing else may stand between."""
        toks = self.toks
        k = p.last + 1
        if p.single or p.figure.best is None or k >= len(toks) or toks[k].low not in _GAPPED_AT:
            return p
        m = k + 1
        while m < len(toks) and m - k <= 5 and toks[m].low not in _LIST_JOINERS and toks[m].low not in _CLAUSE_END:
            m += 1
        if m + 2 >= len(toks) or toks[m].low != "and" or any(_numberish(t) for t in toks[k + 1 : m]):
            return p  # (not "10 soldiers in 2015 and 12 in 2016": years, no places)
        found = figure_starting(self.text, toks, m + 1, min(len(toks), m + 4))
        if found is None or found[0].best is None or found[1] + 1 >= len(toks) or toks[found[1] + 1].low != toks[k].low:
            return p
        return _joined(p, _Phrase(found[0], m + 1, found[1], p.head))

    def leave(self, end: int) -> int:
        """ "left two dead and five wounded": the people left in a state. Returns the token after the first
        state read (``end`` when none was): no reader takes its word again."""
        if end + 1 < len(self.toks) and self.toks[end].low == "up" and self.toks[end + 1].low != "to":
            end += 1  # "beat up two men to death": the verb's particle (not "left up to 20 dead")
        obj = list_starting(self.text, self.toks, end, len(self.toks), self.lex, stateful=True)
        if obj is None:
            return end
        state = _state_after(self.toks, obj.last + 1, len(self.toks), self.lex)
        if state is None:
            return end
        outcome = state[0]
        if state[1] + 1 < len(self.toks) and self.toks[state[1] + 1].low == "or" and _other_outcome_at(
            self.toks, state[1] + 2, self.lex, outcome
        ):
            return end  # "left 30 people dead or missing": both together
        after = [t.low for t in self.toks[state[1] + 1 : state[1] + 8]]
        if outcome == "injured" and after[:1] == [","] and "them" in after[2:4] and any(
            w in _DEAD for w in after[3:]
        ):
            outcome = "hit"  # "found four victims wounded, two of them already dead": four hit, two died
        self.out.append(self.reading(outcome, obj))
        # "left two dead and five wounded"
        k = state[1] + 1
        if k < len(self.toks) and self.toks[k].low in _LIST_JOINERS:
            more = list_starting(self.text, self.toks, k + 1, len(self.toks), self.lex)
            if more is not None:
                state2 = _state_after(self.toks, more.last + 1, len(self.toks), self.lex)
                if state2 is not None:
                    self.out.append(self.reading(state2[0], more))
        return state[1] + 1

    def noun(self, e: Entry, i: int) -> None:
        toks = self.toks
        lex = self.lex
        for words in lex.nobody_by_last.get(toks[i].low, ()):
            n = len(words)
            if i + 1 - n >= 0 and tuple(map(_LOW, toks[i + 1 - n : i + 1])) == words:
                self.out.append(Reading(e.outcome, Figure.exact(0), toks[i + 1 - n].start, toks[i].end))
                return
        if e.words == ("injury",) and self.one_injury(i):
            return
        k = i + 2 if i + 2 < len(toks) and toks[i + 1].low in lex.have else i + 1
        if k < len(toks) and toks[k].low in lex.toll_changes and (i == 0 or not _numberish(toks[i - 1])):
            self.toll(i, i + 1, e.outcome)  # "Deaths rose to 5,000": the noun heads a toll
            return
        j = i - 1
        injury = e.words[0] in ("injuries", "injury")
        while j >= 0 and i - j <= (4 if injury else 2) and toks[j].low not in lex.injury_verb_lasts and (
            toks[j].low in _NOUN_MODIFIERS or (
                (injury or i - j == 1) and _word(toks[j].low) and toks[j].low not in _STOP
                and not _numberish(toks[j]) and toks[j].low not in _VAGUE_WORDS
            )
        ):
            j -= 1  # "six additional deaths", "eight minor injuries", "one non-life-threatening injury"
        # (not past an injury verb: in "two children received minor injuries" the count is the subject's)
        if i + 2 < len(toks) and toks[i + 1].low == ":" and e.words[0] not in lex.injury_nouns and self.labelled(e, i):
            return
        if j < 0:
            return
        found = figure_ending(self.text, toks, j, 0)
        if found is None and j >= 1 and toks[j].low == "or" and toks[j + 1].low == "more":
            lower = figure_ending(self.text, toks, j - 1, 0)  # "three or more minor injuries": at least three
            if lower is not None and lower[0].best is not None:
                found = (Figure(lower[0].best, lower[0].best, None, "at least"), lower[1])
                j += 1
        if found is None and e.words == ("injury",) and toks[j].low in _INDEFINITE and j >= 1 and toks[
            j - 1
        ].low in _CAUSING and (i + 1 >= len(toks) or not _word(toks[i + 1].low) or toks[i + 1].low in _STOP):
            found = (Figure.exact(1), j)  # "winds tore the roof off and caused a minor injury"
        if found is None and e.words[0] in ("injury", "injuries") and toks[j].low in _ONE_PERSON_OBJECTS and j >= 1 and toks[
            j - 1
        ].low in _CAUSING:
            found = (Figure.exact(1), j)  # "a mine exploded, causing him serious injury"
        if found is None and e.words[0] in _ONLY_ONE and any(t.low == "only" for t in toks[max(0, j - 1) : i]):
            found = (Figure.exact(1), j)  # "the only known fatality occurred in a bedroom"
        if found is None and e.words[0] == "death" and i >= 3 and toks[i - 1].low in _POSSESSIVE_S and toks[
            i - 3
        ].low in _ARTICLES and _person_head(lex, toks[i - 2]):
            self.out.append(self.reading(e.outcome, _Phrase(Figure.exact(1), i - 3, i - 2, toks[i - 2].low, single=True)))
            return  # "weather was a factor in the man's death"
        if found is None or (e.words[0] in lex.injury_nouns and not injury):
            if e.words[0] in lex.injury_nouns:
                self.injury(i)  # "suffered minor injuries"; "two stab wounds" count no people
            return
        fig, s = found
        if fig.best is not None and fig.best > 1000 and "," not in toks[j].text:
            return
        if s >= 1 and (toks[s - 1].low.rstrip(".") in MONTHS or (toks[s - 1].low == "." and s >= 2
                                                                  and toks[s - 2].low in MONTHS)):
            return  # "the Feb. 19 deaths": a date
        if e.words == ("bodies",) and fig.best == 1:
            return
        self.out.append(self.reading(e.outcome, _Phrase(fig, s, j, None)))

    def one_injury(self, i: int) -> bool:
        """ "an injury accident", "a moderate injury crash": an event of the lexicon's ``fatal_events`` named
        by "injury" after "a" had at least one person hurt, as "a fatal crash" had one dead. And a list's
        bare item "lightning injury" (a hazard, then "injury", between commas or a sentence's ends) is one."""
        toks = self.toks
        lex = self.lex
        if i + 1 < len(toks) and toks[i + 1].low in lex.fatal_events:
            k = i - 1
            while k >= 0 and i - k <= 2 and toks[k].low not in _INDEFINITE and _word(toks[k].low) and toks[k].low not in _STOP:
                k -= 1  # "a moderate injury accident"
            if k >= 0 and toks[k].low in _INDEFINITE:
                self.out.append(Reading("injured", Figure(1, 1, None, "at least"), toks[k].start, toks[i + 1].end,
                                        after=toks[i + 1].end))
                return True
            return False
        if i >= 1 and toks[i - 1].low in lex.hazards and (i == 1 or toks[i - 2].low in _ITEM_ENDS) and (
            i + 1 == len(toks) or toks[i + 1].low in _ITEM_ENDS
        ):
            self.out.append(Reading("injured", Figure.exact(1), toks[i - 1].start, toks[i].end, after=toks[i].end))
            return True
        return False

    def labelled(self, e: Entry, i: int) -> bool:
        """ "Fatalities: 15", "Fatalities: estimate of 3 people", "FATALITIES: estimate:10/ confirmed: 6":
        the figures after a noun and its colon, over the words that label them. A figure labelled
        confirmed is the best; otherwise the lowest is (ACLED's convention). The largest is the high."""
        toks = self.toks
        labels = self.lex.figure_labels
        hi = min(len(toks), i + 20)
        k = i + 2
        found: list[tuple[Figure, int, bool]] = []  # each figure, its last token, labelled confirmed
        confirmed = labelled = False
        while k < hi:
            low = toks[k].low
            if low in labels:
                confirmed = confirmed or low in self.lex.confirmed_labels
                labelled = labelled or (low.isalpha() and low not in _STOP)
                k += 1
                continue
            # a figure after the first needs a word that labels it ("..., 2011" is no second figure)
            after = figure_starting(self.text, toks, k, min(len(toks), k + 8)) if labelled or not found else None
            if after is None:
                break
            found.append((after[0], after[1], confirmed))
            confirmed = labelled = False
            k = after[1] + 1
        if not found:
            return False
        figures = [f for f, _, _ in found]
        best = next((f for f, _, c in found if c), None) or min(figures, key=lambda f: f.low or 0)
        highs = [f.high or f.best or 0 for f in figures]
        if len(found) > 1 and best.best is not None and max(highs) > (best.high or 0):
            best = Figure(best.best, best.low, max(highs), "range")
        self.out.append(self.reading(e.outcome, _Phrase(best, i + 2, found[-1][1], None)))
        return True

    def injury(self, i: int) -> None:
        """ "Three people suffered minor injuries", "a woman sustained a head injury": the subject of the
        verb before the injury noun was hurt (killed, with a word like "fatal" between them)."""
        toks = self.toks
        lex = self.lex
        fatal = False
        j = i - 1
        while j >= 0 and i - j <= 5:  # "had a leg and back injury"
            for words in lex.injury_verbs if toks[j].low in lex.injury_verb_lasts else ():
                n = len(words)
                if j - n + 1 >= 0 and tuple(map(_LOW, toks[j - n + 1 : j + 1])) == words:
                    verb = j - n + 1
                    if any(t.low == "of" and toks[m - 1].low not in _AMOUNTS for m, t in enumerate(toks[j + 1 : i], j + 1)):
                        return  # "had a history of injuries", "received reports of injuries"
                    if any(t.low in _NO for t in toks[j + 1 : i]):
                        return  # "moved over farmland with no damage or injuries"
                    k, aux = _aux_left(toks, verb, 0, lex)
                    if any(w in lex.negations or (w in lex.modals and not _obliged(aux, w)) for w in aux):
                        return
                    if k >= 1 and toks[k].low in _RELATIVES_OF_PEOPLE:
                        k -= 2 if toks[k - 1].low == "," and k >= 2 else 1  # "a juvenile who had sustained"
                    # "three people were in the trailer and received minor injuries": the subject before "and"
                    subject = self.shared_subject(k) if toks[k].low == "and" else self.subject_at(k)
                    if subject is not None:
                        # ("Crystal also had two cuts": more hurts, not more people)
                        also = "also" in aux and toks[verb].low not in lex.have
                        outcome: Outcome = "killed" if fatal else "injured" if words in lex.living_injury_verbs else "hit"
                        r = self.reading(outcome, subject, also)
                        self.out.append(r)
                        if words != ("with",):  # (a verb of its own: "with injuries" follows any noun)
                            self.second_clause(r, subject)  # "two men were wounded and a woman suffered cuts"
                    return
            if toks[j].low in lex.fatal_words:
                fatal = True
            if toks[j].low in _CLAUSE_END or toks[j].low == ",":
                return
            j -= 1

    def toll_of_people(self, e: Entry, i: int, end: int) -> bool:
        """ "the number of civilians killed has risen to 500", "the number of wounded stood at 45": the
        outcome word says what a toll counts (its figure follows the toll's verb); it is no verb of its own.
        """
        toks = self.toks
        j = i - 1
        while j > 0 and i - j <= 4 and toks[j].low != "of" and toks[j].low.isalpha() and (
            toks[j].low in _DEFINITE or toks[j].low not in _STOP
        ):
            j -= 1
        if e.outcome == "hit" or j < 1 or toks[j].low != "of" or toks[j - 1].low not in self.lex.toll_heads:
            return False  # ("the number of people shot in the city this summer": a running count of the hit)
        if j + 1 < i and not (toks[i - 1].low in _NUMBER_OF or _person_head(self.lex, toks[i - 1], counted=True)):
            return False
        self.toll(j - 1, end, e.outcome)
        return True

    def toll(self, i: int, end: int, outcome: Outcome = "killed") -> None:
        toks = self.toks
        if i > 0 and toks[i - 1].low in self.lex.before_earlier_toll:
            return
        # a verb that says the toll changed may stand past a long phrase of the event ("the death toll
        # from yesterday's strike on the hospital in ..., has risen to 11"); any other only near
        hi = min(len(toks), end + 28)
        for m in range(end, hi):
            low = toks[m].low
            labelled = low == ":" and m == end  # "Death toll: 5", the label of a summary line
            if low in _CLAUSE_END and not labelled:
                return
            if not labelled and (low not in self.lex.toll_verbs or (m >= end + 16 and low not in self.lex.toll_changes)):
                continue
            k = m + 1
            while k < hi and toks[k].low in _TOLL_PARTICLES:
                k += 1
            if k < hi and toks[k].low == "from":
                # "rose from 12 to 19": the toll is the figure after "to"; the one after "from" was the last
                to = next((x for x in range(k + 2, min(hi, k + 10)) if toks[x].low == "to"), None)
                was = figure_starting(self.text, toks, k + 1, to) if to is not None else None
                if to is not None and was is not None and was[1] == to - 1:
                    k = to + 1
            found = figure_starting(self.text, toks, k, hi)
            if labelled and found is not None and 1900 <= (found[0].best or 0) <= 2100 and "," not in toks[k].text:
                return  # "Death toll: 2019 figures": a year
            if found is not None and not (found[1] + 1 < hi and toks[found[1] + 1].low in self.lex.not_people):
                fig, e = found  # (not "... in a span of 80 hours")
                if low in _TOLL_BEYOND and fig.qualifier == "exact" and fig.best is not None:
                    fig = Figure(fig.best, fig.best + 1, None, "more than")  # "the toll has passed 5,000"
                self.out.append(self.reading(outcome, _Phrase(fig, k, e, None)))
                return

    def lives(self, end: int) -> None:
        toks = self.toks
        hi = min(len(toks), end + 6)
        k = end
        while k < hi and toks[k].low in _BEFORE_LIVES:
            if toks[k].low == "the" and k + 2 < hi and toks[k + 1].low in _LIVES and toks[k + 2].low == "of":
                obj = list_starting(self.text, toks, k + 3, len(toks), self.lex)  # "claimed the lives of 12"
                if obj is not None:
                    self.out.append(self.reading("killed", obj))
                return
            k += 1
        found = figure_starting(self.text, toks, end, hi)
        if found is None:
            return
        fig, e = found
        if e + 1 < len(toks) and toks[e + 1].low in _LIVES:
            self.out.append(self.reading("killed", _Phrase(fig, end, e + 1, None)))

    def fatal_event(self, i: int) -> None:
        """ "a fatal Grove City shooting": at least one person died."""
        toks = self.toks
        lex = self.lex
        for k in range(i + 1, min(len(toks), i + 5)):
            low = toks[k].low
            if low in lex.fatal_events:
                if i > 0 and (toks[i - 1].low in _ATTEMPTS or toks[i - 1].low == "non"):
                    return
                self.out.append(Reading("killed", Figure(1, 1, None, "at least"), toks[i].start, toks[k].end,
                                        other_event=self.protest and self.protest_cause(i, i), after=toks[k].end))
                return
            if low in lex.not_events or low in _CLAUSE_END or low == ",":
                return

    def event(self, e: Entry, i: int, end: int) -> None:
        toks = self.toks
        if i > 0 and toks[i - 1].low in _ATTEMPTS:
            return
        if e.exact is not None:
            fig = Figure.exact(e.exact)
        else:
            n = e.least or 1
            fig = Figure(n, n, None, "at least")
        r = Reading(e.outcome, fig, toks[i].start, toks[end - 1].end, after=toks[end - 1].end)
        if any(w in _SELF for w in e.words):
            r.victims = "self"
        if e.least is not None and e.least > 1:
            r.derivation = "a murder-suicide: at least a victim and the attacker"
        self.out.append(r)


def read_sentence(text: str, start: int, end: int) -> list[Reading]:
    """Every count the sentence ``text[start:end]`` gives, in the order of its outcome words."""
    return read_tokens(text, tokenize(text, start, end))


def read_tokens(text: str, toks: list[Token]) -> list[Reading]:
    """Every count a sentence of ``text`` gives, read from its tokens (the sentence's context is read
    from the same tokens: a sentence is tokenised once)."""
    return _Sentence(text, toks, lexicon()).read()


@cache
def outcome_words() -> re.Pattern[str]:
    """Where an entry of the lexicon stands in lower-cased text: a sentence without one holds no count,
    and is not tokenised. An idiom is looked for whole ("in critical condition"), so a sentence with only
    its first word costs nothing more. (Built from the lexicon; one pass over the text.)"""
    lex = lexicon()
    phrases = {_phrase_source(e.words) for es in lex.phrases.values() for e in es}
    phrases |= {re.escape(w) for w in lex.fatal_adjectives}
    alternatives = sorted(phrases, key=len, reverse=True)
    return compiled.compile(r"(?<![\w'’-])" + _by_first_atom(alternatives) + r"(?:(?![\w'’-])|(?=n['’]t\b))")


def _by_first_atom(alternatives: list[str], depth: int = 3) -> str:
    """The alternation of ``alternatives`` (regex sources made of literal characters, escaped ones and
    ``\\s+`` or ``\\s*``), grouped by their first atom, ``depth`` levels deep: ``(?:killed|kills|shot)``
    becomes ``(?:k(?:ill(?:ed|s))|shot)``. ``re`` tries an alternation's branches one by one at every
    word's start; grouped, it enters only the group of the word's first characters.

    What matches is unchanged: groups of different literal atoms cannot match at one place, and within a
    group the alternatives keep their order. A level where an alternative may open with ``\\s*`` (which
    may match nothing) or with nothing at all is left as it is."""
    atoms = [_first_atom(a) for a in alternatives]
    if depth == 0 or len(alternatives) < 2 or any(a in ("", "\\s*") for a in atoms):
        return "(?:" + "|".join(alternatives) + ")"
    groups: dict[str, list[str]] = {}
    for a, atom in zip(alternatives, atoms, strict=True):
        groups.setdefault(atom, []).append(a[len(atom):])
    return "(?:" + "|".join(
        first + (rest[0] if len(rest) == 1 else _by_first_atom(rest, depth - 1)) for first, rest in groups.items()
    ) + ")"


def _first_atom(source: str) -> str:
    if source.startswith(("\\s+", "\\s*")):
        return source[:3]
    return source[:2] if source.startswith("\\") else source[:1]


def _phrase_source(words: tuple[str, ...]) -> str:
    """The regex of an entry's words as written: "did n't survive" matches "didn't survive"."""
    out = re.escape(words[0])
    for w in words[1:]:
        glued = w.startswith(("n'", "n’", "'", "’")) or w in (".", ",")
        out += (r"\s*" if glued else r"\s+") + re.escape(w)
    return out
