"""The token reader: small readers over one sentence's tokens, one method of :class:`_Sentence` a role.

A sentence that holds an outcome word of the lexicon (lexicon.toml) is tokenised once
(:func:`~casualty_cli.extraction.tokens.tokenize`); each lexicon entry found in it is read by the
reader its role calls for:

- a participle ("were killed", "died"): the subject to its left, or, in the active voice, the object
  to its right (``_Sentence.past``);
- an active verb or gerund ("killing 12 civilians"): the object to its right (``_Sentence.active``);
- a noun ("9 deaths"): the figure before it (``noun``); a toll ("death toll rose to 11"): the figure
  after it (``toll``);
- "left two dead": the object and the state after it (``leave``);
- "a fatal shooting": the event's own figure (``event``).

The words it looks for are all the lexicon's, read once into frozensets: the entries, and the words
of syntax of its ``[syntax]`` table (determiners, clause openers, words of place and time, months),
which :mod:`~casualty_cli.extraction.syntax` holds with the few marks of a text that are punctuation,
not words of a language (". ; : ! ? ( ) [ ] — –"). The counted noun phrases and figures the readers
find left and right of an entry are read by :mod:`~casualty_cli.extraction.phrases`.

Every reader looks at a bounded window of tokens and looks words up in the lexicon's sets, so a
sentence costs time in proportion to its length. Readers return :class:`Reading` values; the engine
(statements.py) reconciles them across the document and adds each sentence's context.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Final

from casualty_cli.extraction import compiled
from casualty_cli.extraction import patterns as P
from casualty_cli.extraction.lexicon import (
    AND_BIT,
    BODY_WORDS_BIT,
    MARKER_BITS,
    NONE_SURVIVED_BIT,
    OPENS_BIT,
    OTHER_BIT,
    PROTEST_BIT,
    PROVISIONS_BIT,
    TOLD_AGAIN_TOLLS_BIT,
    TOLL_REVISIONS_BIT,
    TOTAL_BIT,
    Entry,
    Lexicon,
    Markers,
    Outcome,
    lexicon,
    lexicon_data,
    longest_first,
    mark_words,
)
from casualty_cli.extraction.numbers import TIMES_AS_MANY, Figure, parse_figure
from casualty_cli.extraction.phrases import (
    Phrase,
    before_a_region,
    before_participle,
    between_ages,
    counted_items,
    entry_at,
    figure_ending,
    figure_starting,
    fraction_of,
    given_at,
    is_name,
    is_singular,
    is_word,
    joined_phrase,
    list_ending,
    list_starting,
    named_before_apposition,
    numberish,
    person_head,
    phrase_ending,
    skip_age,
    state_after,
    two_roles,
)
from casualty_cli.extraction.sentences import lead_end
from casualty_cli.extraction.syntax import (
    ABBREVIATED,
    ADDED,
    ADJECTIVES_ONLY,
    AFTER_AN_EVENT,
    AFTER_ONE_FATALLY,
    AFTER_OR_BEFORE,
    AGES,
    AGES_OF_SEVERAL,
    AIM_PREPOSITIONS,
    AIMS,
    ALIVE,
    AMONG,
    AMOUNTS,
    APPOSITION_OPENERS,
    ARTICLES,
    AS_MANY,
    ATTEMPTS,
    ATTEMPTS_OR_PLANS,
    BEFORE_A_DAY,
    BEFORE_A_SPAN,
    BEFORE_LIVES,
    BODY_WORDS,
    BROUGHT_TOTALS,
    CAUSATIVES,
    CAUSING,
    CLAIM_TO,
    CLAUSE_END,
    CLAUSE_RELATIVES,
    CLAUSE_START,
    CONFIRMED_ONLY,
    CONFIRMED_PART,
    CONJUNCTIONS,
    DASHES,
    DEAD,
    DEAD_STATES,
    DEED_COMPOUNDS,
    DEFINITE,
    DESCRIBING,
    DETERMINERS,
    DIED_AT_ONCE,
    FINITE_AUX,
    FOR_CARE,
    FORECASTS_BEFORE_TOLL,
    FOUND_AGAIN,
    FOUND_SAFE,
    FROM_EACH,
    FRONTED_PREPOSITIONS,
    FRONTED_TIME_ENDS,
    GAPPED_AT,
    GERUND_PREPOSITIONS_TO,
    HAVE,
    IN_HOSPITAL,
    INCLUDE_OR_BE,
    INCLUDE_OR_PLURAL,
    INCLUDING,
    INDEFINITE,
    INJURY_FIELDS,
    IRREGULAR_PARTICIPLES,
    ITEM_ENDS,
    ITEM_JOINERS,
    KEPT_IN_CARE,
    LIST_JOINERS,
    LIST_OR_CONJUNCTION,
    LIVES,
    MONTHS,
    MORE_OR_OTHER,
    NAMING,
    NO,
    NONE_OF,
    NONE_SURVIVED,
    NOUN_MODIFIERS,
    NOUN_PREPOSITIONS,
    NUMBER_OF,
    NUMBER_WORDS,
    OFFENCE_PREPOSITIONS,
    ONE,
    ONE_BODY,
    ONE_PERSON_OBJECTS,
    ONE_PERSON_PRONOUNS,
    ONLY_ONE,
    ORDINAL_PEOPLE,
    PLACE_WORDS,
    PLURAL_AUX,
    POSSESSIVE_S,
    POSSESSIVES,
    POSSESSIVES_OF_ONE,
    POSSESSIVES_OF_PEOPLE,
    POSSIBLE,
    POST_ADJECTIVES,
    PROVISION_ENDS,
    PROVISIONS,
    RECALLED_TIMES,
    RELATIVES_OF_PEOPLE,
    REMAIN,
    REPORTED_TO,
    RESCUED_WITH,
    RETALIATION,
    SAME_SUBJECT,
    SELF_WORDS,
    SENTENCE_MARKS,
    SIDES,
    SINGULAR_AUX,
    SPEECH_VERBS,
    STATE_CODE,
    STILL_IN_CARE,
    STILL_IN_CARE_ADVERBS,
    STOP,
    SUMMING_UP,
    SURVIVAL_BREAKS,
    SURVIVAL_WORDS,
    SURVIVED_VERBS,
    SURVIVORS,
    SURVIVORS_AMONG,
    TIME_PREPOSITIONS,
    TIME_WORDS,
    TOLD_AGAIN_OBJECTS,
    TOLD_AGAIN_OPENERS,
    TOLD_AGAIN_TOLLS,
    TOLL_BEYOND,
    TOLL_BEYOND_PARTICLES,
    TOLL_FIGURE_OPENERS,
    TOLL_FORECASTS,
    TOLL_LATER,
    TOLL_PARTICLES,
    TOLL_PERFECT,
    TOLL_RANGES,
    TOLL_REVISIONS,
    TOTAL_CLAUSES,
    TOTAL_COUNTS,
    TOTAL_MODIFIERS,
    TREATED_FOR,
    UNKNOWN_WHETHER,
    VAGUE_WORDS,
    VERB_ROLES,
    WEEKDAYS,
    WHEN_WORDS,
    WINDOW,
)
from casualty_cli.extraction.tokens import Token, lows, tokenize

#: How many tokens before a count a marker of the lexicon's ``earlier_event`` may stand and still date it
#: (_earlier_event, _Sentence.told_apart).
_EARLIER_REACH: Final = 10
#: The most words the name of a group may take between "of" and "and" ("of the state's District Reserve
#: Guard and a driver").
GROUP_NAME_WORDS: Final = 7
#: The possessive mark, a token of its own ("the state's").
POSSESSIVE_MARKS: Final = frozenset(["'s", "’s"])
#: Marks after which a record's field opens, besides a clause's end ("Dead: 3, wounded: 15", "... | Killed: 4").
FIELD_MARKS: Final = frozenset([",", ";", "-", "–", "—", "|"])


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
    #: ... of one the news tells beside its own ("In a separate attack, gunmen killed 3"): its own toll
    separate: bool = False
    #: a figure made by the reader, not read as is
    derivation: str | None = None
    #: a part of the counted group, no count of people ("half of the 40 passengers")
    fraction: bool = False
    #: where the outcome word ends (what follows it may say more: "six were wounded, two mortally")
    after: int = 0
    #: a crime someone is said to have done ("suspected of killing two officers"): another event, where the
    #: report tells a death besides
    alleged: bool = False
    #: a forecast of what a toll may become ("the toll could rise to 10,000"): no toll yet
    projected: bool = False

    # (Written out: compiled, a dataclass's generated __init__ stays Python, and readings are many.)
    def __init__(
        self, outcome: Outcome, figure: Figure, start: int, end: int, victims: str | None = None,
        single: bool = False, also: bool = False, other_event: bool = False, separate: bool = False,
        derivation: str | None = None, fraction: bool = False, after: int = 0, alleged: bool = False,
        projected: bool = False,
    ) -> None:
        self.outcome = outcome
        self.figure = figure
        self.start = start
        self.end = end
        self.victims = victims
        self.single = single
        self.also = also
        self.other_event = other_event
        self.separate = separate
        self.derivation = derivation
        self.fraction = fraction
        self.after = after
        self.alleged = alleged
        self.projected = projected


# -- context of one reading ------------------------------------------------------------------------


def _found_safe(toks: list[Token], end: int) -> bool:
    """Are the people said missing before token ``end`` found safe later in the sentence ("but were
    found unharmed")? Not when another figure comes first ("four were later found alive": some of them)."""
    for k in range(end, min(len(toks), end + 15)):
        low = toks[k].low
        if low in SENTENCE_MARKS or numberish(toks[k]):
            return False
        if low in FOUND_AGAIN and any(t.low in FOUND_SAFE for t in toks[k + 1 : k + 4]):
            return True
    return False


def _aimed_at(toks: list[Token], i: int) -> bool:
    """Does a word of an aim and its preposition stand before the gerund ``i`` ("aimed at killing"), or
    before a gerund joined to it ("aimed at capturing or killing")?"""
    if i >= 2 and toks[i - 1].low in CONJUNCTIONS and toks[i - 2].low.endswith("ing"):
        i -= 2
    return i >= 2 and toks[i - 1].low in AIM_PREPOSITIONS and toks[i - 2].low in AIMS


def _hurt_lightly(e: Entry, aux: Sequence[str], lex: Lexicon) -> bool:
    """Do the auxiliaries (nearest first) deny only how bad a hurt was: "was not seriously injured"?"""
    return e.outcome == "injured" and len(aux) >= 2 and aux[0] in lex.negated_degrees and (
        aux[1] in lex.negations and lex.negations.isdisjoint(aux[2:])
    )


def _aux_left(toks: list[Token], i: int, lo: int, lex: Lexicon) -> tuple[int, list[str]]:
    """The auxiliaries and adverbs right before token ``i``: where they start, and the words."""
    k = i - 1
    words: list[str] = []
    while k >= lo and i - k <= 6:
        low = toks[k].low
        if low == "both" and words and (k == lo or toks[k - 1].low in CLAUSE_END):
            break  # "Both were found dead": the subject, not an adverb
        if low in lex.be or low in lex.have or low in lex.adverbs or low in lex.negations or low in lex.modals or (
            low.endswith("ly") and low.isalpha() and len(low) > 4 and low not in lex.groups
            and not (k - 1 >= lo and toks[k - 1].low in DETERMINERS)  # "the family", "a rally": nouns
        ):
            words.append(low)
            k -= 1
        elif low == "," and k - 1 >= lo and toks[k - 1].low in lex.adverbs:
            k -= 1  # "were, reportedly, killed"
        elif k == i - 1 and k - 1 >= lo and toks[k - 1].low in lex.be and toks[k - 1].low.isalpha() and (
            _adverb_slot(toks[k], lex)
        ):
            words.append(low)  # "were slighlty injured": between "be" and its participle stands an adverb
            k -= 1
        elif low in ('"', "“", "”") and k - 1 >= lo and toks[k - 1].low in lex.be:
            k -= 1  # 'is "hacked to death"': a quote's mark
        elif k - 2 >= lo and (
            (low in WEEKDAYS and toks[k - 1].low in lex.be)
            or (low in TIME_WORDS and toks[k - 1].low in WEEKDAYS and toks[k - 2].low in lex.be)
        ):
            k -= 1 if low in WEEKDAYS else 2  # "were Friday afternoon shot dead"
        elif low in TIME_WORDS and k - 4 >= lo and any(toks[m].low in TIME_PREPOSITIONS for m in range(k - 3, k)):
            k = next(m for m in range(k - 1, k - 4, -1) if toks[m].low in TIME_PREPOSITIONS) - 1
            # "were in the evening hours shot dead"
        elif k - 1 >= lo and toks[k].low.isdigit() and toks[k - 1].low in AGES:
            k -= 2  # "a man aged 52 was killed"
        elif k - 2 >= lo and toks[k - 2].low == "in" and toks[k - 1].low in POSSESSIVES_OF_PEOPLE and toks[k].low[0].isdigit():
            k -= 3  # "a woman in her 30s"
        elif k - 1 >= lo and toks[k - 1].low in BEFORE_A_DAY and (
            toks[k].text[0].isupper() or toks[k].low[0].isdigit()
        ) and not given_at(toks, k, lo, lex):
            k -= 2  # "was on Saturday shot dead" (not "placed the casualties at 6,201 dead": the figure given)
        else:
            break
    return k, words


def _adverb_slot(t: Token, lex: Lexicon) -> bool:
    """May ``t``, a word in small letters between a form of "be" and a participle, be an adverb the lexicon
    does not know, misspelt or rare ("were slighlty injured", "was grievously wounded")? Not a word that
    counts or names people or opens a phrase ("were two injured", "were people hurt", "was not"), nor a
    participle ("were listed in critical condition", "were discovered dead": a verb of its own)."""
    low = t.low
    return (
        low.isalpha() and t.text.islower() and not low.endswith(("ed", "en")) and low not in STOP
        and low not in NUMBER_WORDS
        and low not in DETERMINERS and low not in lex.negations and not lex.is_person(low)
        and low not in lex.groups and low not in lex.verb_ends
    )


def _each_side(toks: list[Token], k: int) -> bool:
    """Do the tokens from ``k`` tell "from each group", "on either side": each of a fight's two sides (not
    a place's: "on each side of the river")?"""
    return k + 2 < len(toks) and toks[k].low in FROM_EACH and toks[k + 1].low in ("each", "either") and (
        toks[k + 2].low in SIDES and (k + 3 >= len(toks) or toks[k + 3].low != "of")
    )


def _since_own_event(toks: list[Token], k: int) -> bool:
    """Does the "since" at ``k`` name the report's own event ("since the blast", "since the ferry
    capsized"), which the running totals' pattern reads as no other event or date ("since the attack on the
    shrine", "since the 2014 bombing" are others; "since a boy was stabbed there" tells another)?"""
    return (
        k + 1 < len(toks) and toks[k + 1].low in ("the", "its")
        and P.CUMULATIVE_RE.match(" ".join(t.low for t in toks[k : k + 6])) is None
    )


#: Words that open a clause of contrast ([totals] contrast: "while", "whereas"): a subject told before one
#: is no subject shared by a verb after it.
_CONTRAST: Final = frozenset(lexicon_data()["totals"]["contrast"])


def _in_closed_aside(toks: list[Token], k: int, first: int) -> bool:
    """Is the token at ``k`` inside parentheses that close before ``first``?"""
    close = next((m for m in range(k + 1, first) if toks[m].low in ("(", ")")), None)
    return close is not None and toks[close].low == ")" and any(t.low == "(" for t in toks[max(0, k - 12) : k])


def _after_a_recalled_time(toks: list[Token], first: int, lo: int) -> bool:
    """Does the count at ``first`` stand in a clause of "after" that follows a comma and holds a time of
    the past before it ([syntax] recalled_times): "..., after gunmen ambushed a convoy last week, killing
    42"? (Up to twenty tokens back; a clause's end, or the sentence's, closes the look.)"""
    for k in range(first - 1, max(lo, first - 20) - 1, -1):
        low = toks[k].low
        if low in CLAUSE_END:
            return False
        if low == "after" and k > lo and toks[k - 1].low == ",":
            span = [t.low for t in toks[k + 1 : first]]
            return any(
                tuple(span[x : x + len(words)]) == words for words in RECALLED_TIMES for x in range(len(span))
            )
    return False


_DAY_WORDS: Final = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday day night morning evening".split()
)


#: Natural hazards ([totals] natural_hazards): a storm's report tells its other places "elsewhere".
_NATURAL_HAZARDS: Final = frozenset(lexicon_data()["totals"]["natural_hazards"])


def _lead_names_a_natural_hazard(text: str) -> bool:
    """Does the report's lead (:func:`sentences.lead_end`) name a natural hazard in small letters ("Strong
    winds hit the town, injuring two")? A storm's report tells its other places "elsewhere". (Asked only
    of a sentence that opens with "Elsewhere": totals.lead_names_a_natural_hazard, read here.)"""
    end = lead_end(text)
    return any(t.low in _NATURAL_HAZARDS and t.text[1:].islower() for t in tokenize(text, 0, end))


def _on_an_anniversary(toks: list[Token], at: int, lo: int) -> bool:
    """Is the "anniversary" at ``at`` the day the sentence's own event fell on: "on the first anniversary
    of the massacre, gunmen killed five", "on Wednesday, the fourth anniversary of his killing, leaving 103
    dead" (not "to mark the anniversary of a raid that killed 32": the raid's own count)?"""
    k = at - 1
    while k > lo and at - k <= 3 and toks[k].low not in ("the", "its", "his", "her", "their", ","):
        k -= 1  # "the fourth", "the 10th", "its first"
    if k < lo or toks[k].low == ",":
        return False
    before = toks[k - 1].low if k - 1 >= lo else ""
    if before == "on":
        return True
    return before == "," and k - 2 >= lo and (toks[k - 2].low in _DAY_WORDS or toks[k - 2].low.isdigit())


#: Words after people counted with "with" that make them bystanders ([top] bystanders): "with three friends nearby"
_BYSTANDERS: Final = frozenset(lexicon_data()["bystanders"])
#: Verbs of a document's issue: a month right after one dates the document ([cumulative] publication_verbs)
_PUBLICATION_VERBS: Final = frozenset(lexicon_data()["cumulative"]["publication_verbs"])


def _earlier_event(
    toks: list[Token], first: int, lo: int, lex: Lexicon, earlier: bool = True, other: bool = True
) -> bool:
    """Does the text before a count recall another event: a marker of the lexicon's ``earlier_event``
    within :data:`_EARLIER_REACH` tokens in the count's clause ("protested the killing of a student"), or
    of ``other_event`` within forty ("a week after the airliner went down, killing all 329 aboard")?
    ``earlier``, ``other``: False where the sentence holds no marker of that kind (``_Sentence.holds``), so
    no window of it is looked at for one."""
    near = max(lo, first - _EARLIER_REACH)
    for k in range(first - 1, near - 1, -1):
        if toks[k].low == "," or toks[k].low in CLAUSE_END:
            near = k + 1  # "In retaliation for an earlier attack, residents shot dead five": this event
            break
    m = first_mark(toks, near, first, lex.earlier_event) if earlier else None
    if m is not None and toks[m].low == "since" and ((m > 0 and toks[m - 1].low in HAVE) or _since_own_event(toks, m)):
        # "the toll has since climbed to 85": an adverb; "the toll since the building collapsed has risen to
        # 54": since the report's own event
        m = first_mark(toks, m + 1, first, lex.earlier_event)
    if m is not None and toks[m].low == "previous" and m + 1 < first and toks[m + 1].low in lex.earlier["parts_of_day"]:
        # "exploded the previous afternoon, killing 12": the time of the report's own event, told from the
        # day after (not "the previous attack"; [earlier] parts_of_day)
        m = first_mark(toks, m + 1, first, lex.earlier_event)
    if m is not None and toks[m].low in lex.earlier["mourning"] and any(
        t.low == "when" for t in toks[first + 1 : first + 6]
    ):
        # "Italy mourned on Monday for the 14 people killed when a cable car plunged": the dead mourned with
        # the event told right after them, as news tells its own (a date of long ago is a cue of its own)
        m = first_mark(toks, m + 1, first, lex.earlier_event)
    if m is not None and _in_the_tolls_event_clause(toks, m, lex):
        # "The death toll from the floods that devastated the east two weeks ago rose to 223": the time of the
        # toll's own event, told in its relative clause
        m = None
    if m is not None:
        return True
    if _after_a_recalled_time(toks, first, lo):
        return True
    m = first_mark(toks, max(lo, first - 40), first, lex.other_event) if other else None
    while m is not None and m > lo and toks[m - 1].low in _PUBLICATION_VERBS:
        # "A UN report published in May 2023 ... concluded that at least 500 people had been killed": the month
        # dates the report, no other event ([cumulative] publication_verbs)
        m = first_mark(toks, m + 1, first, lex.other_event)
    while m is not None and _dates_an_earlier_figure(toks, m, lo):
        # "rose to 197 dead, up from 179 a day earlier, with 804 injured": the day of the toll's earlier
        # figure, no other event
        m = first_mark(toks, m + 1, first, lex.other_event)
    if m is None or _in_closed_aside(toks, m, first):
        return False  # (none, or one in an aside closed before the count: "(coded in a separate event)")
    if _dates_the_tolls_event(toks, m, first, lex):
        return False
    if toks[m].low == "anniversary" and (
        _on_an_anniversary(toks, m, lo)
        or (m + 1 < first and toks[m + 1].low in lex.earlier["anniversary_gatherings"])
    ):
        # "on Wednesday, the fourth anniversary of his killing, leaving 103 dead": this event's day; "bombed
        # an anniversary concert, killing 60": the gathering the event struck
        return False
    while (joined := next(
        (x for x in range(m + 1, first - 1) if toks[x].low == "," and toks[x + 1].low == "and"), None
    )) is not None:
        # "on Saturday, a day after a missile tore through the block, and officials said the toll stood at
        # 23": a clause joined after the other event's by ", and" is the report's own, unless it recalls
        # another event of its own ("three years to the day after al Shabaab overran a base, and more than five
        # years after the Westgate Mall siege in which 67 people were killed")
        m = first_mark(toks, joined + 2, first, lex.other_event)
        if m is None or _in_closed_aside(toks, m, first) or _dates_the_tolls_event(toks, m, first, lex):
            return False
    opens = near if near < m else max(lo, first - 40)
    while opens > lo and toks[opens - 1].low not in CLAUSE_END:
        opens -= 1
    if toks[opens].low == "in" and toks[opens + 1].low in RETALIATION and any(t.low == "," for t in toks[m:first]):
        # "In retaliation for the killing of a herder the previous day, herders killed two men": the fronted
        # phrase names the other event, the clause after its comma is this one
        return False
    sub = m + 1 if toks[m + 1].low in AFTER_OR_BEFORE else m + 2
    if sub + 1 >= first or toks[sub].low not in AFTER_OR_BEFORE or toks[sub + 1].low == ",":
        # "Another bomb exploded here in May, killing 15", "A few days before, a wall collapsed, killing
        # eight": the other event's own sentence
        return True
    # "Two days after a bomb went off, a policeman was killed": a clause that opens the sentence with
    # the other event, and the count after its comma, is this event's
    while m > lo and (numberish(toks[m - 1]) or toks[m - 1].low in BEFORE_A_SPAN):
        m -= 1  # "Two days after", "Just a week after"
    # (a spaced hyphen after a dateline's agency is a dash too: "KYIV (Reuters) - Two days after a bomb ...")
    fronted = m == 0 or toks[m - 1].low in CLAUSE_END or (toks[m - 1].low == "-" and m >= 2 and toks[m - 2].low == ")")
    return not (fronted and any(t.low == "," for t in toks[m:first]))


def _in_the_tolls_event_clause(toks: list[Token], m: int, lex: Lexicon) -> bool:
    """Does the marker at ``m`` stand in a relative clause ("that", "which") of the event a toll noun names
    right before it ("the death toll from the floods that devastated eastern Spain two weeks ago", "the toll of
    the blast which hit the port weeks ago"), at most twelve words into the clause and no comma between?"""
    for k in range(m - 1, max(3, m - 12) - 1, -1):
        low = toks[k].low
        if low in CLAUSE_END or low == ",":
            return False
        if low not in _RELATIVE_THAT:
            continue
        d = k - 2 if toks[k - 1].low != "the" else k - 1
        while d > k - 4 and d >= 2 and toks[d].low != "the":
            d -= 1  # ("the devastating floods that", "the floods that")
        return toks[d].low == "the" and toks[d - 1].low in ("from", "of", "in") and (
            toks[d - 2].low == "toll" or toks[d - 2].low in lex.toll_heads
        )
    return False


#: The relative pronouns of a clause about a thing: "the floods that devastated ...", "the blast, which ...".
_RELATIVE_THAT: Final = frozenset(("that", "which"))


def _dates_the_tolls_event(toks: list[Token], m: int, first: int, lex: Lexicon) -> bool:
    """Does the marker at ``m`` date, by a possessive, the event a toll noun right before it names ("lowered
    the death toll from last month's wildfire to 97", "the toll of last month's floods rose to 60"), the
    toll told at ``first`` that event's as it stands now: a follow-up's own event, not another?"""
    if m < 2 or toks[m - 1].low not in ("from", "of", "in") or not (
        toks[m - 2].low == "toll" or toks[m - 2].low in lex.toll_heads
    ):
        return False
    k = m + 1
    while k < min(first, m + 4) and toks[k].low not in ("'s", "’s"):
        k += 1
    return k < first and toks[k].low in ("'s", "’s")


def _dates_an_earlier_figure(toks: list[Token], m: int, lo: int) -> bool:
    """Does the marker of another time at ``m`` date the earlier figure of a revision ("up from 179 a day
    earlier", "from 12 two days earlier", "from 40 the previous day"): "from", a figure, then the time?"""
    k = m - 1
    if k > lo and numberish(toks[k]) and numberish(toks[k - 1]):
        k -= 1  # "from 12 two days earlier": the time's own count
    return k - 1 >= lo and numberish(toks[k]) and toks[k - 1].low == "from"


def _forecast(toks: list[Token], lo: int, hi: int) -> bool:
    """Do the words between a toll's head and its figure (``lo`` to ``hi``) forecast it ("could rise to",
    "is expected to exceed"), with no perfect after the forecast ("is feared to have reached")?"""
    at = next((k for k in range(lo, hi) if toks[k].low in TOLL_FORECASTS), None)
    return at is not None and not any(t.low in TOLL_PERFECT for t in toks[at + 1 : hi])


def _forecast_before(toks: list[Token], i: int) -> bool:
    """Does a verb of forecasting govern the toll's head at ``i`` as its object, up to four words before it
    ([syntax] forecasts_before_toll: "he said he expected the toll to exceed 3,000", "predicts the death
    toll will pass 500")?"""
    for k in range(i - 1, max(-1, i - 5), -1):
        low = toks[k].low
        if low in FORECASTS_BEFORE_TOLL:
            return True
        if low in CLAUSE_END or low == ",":
            return False
    return False


def _survived_after(toks: list[Token], end: int, lex: Lexicon) -> bool:
    """Does a verb of survival follow ``end`` in its subject's clause ("was gunned down outside a store
    and survived"), before another subject's ("died, while 20 others survived"; a count of people opens
    one, not "shot 3 times and survived")?"""
    for k in range(end, min(len(toks), end + 12)):
        low = toks[k].low
        if low in SURVIVAL_WORDS:
            return True
        if low in CLAUSE_END or low in SURVIVAL_BREAKS or (
            numberish(toks[k]) and not (k + 1 < len(toks) and toks[k + 1].low in lex.not_people)
        ):
            return False
    return False


def _in_other_events(toks: list[Token], lo: int, hi: int, lex: Lexicon) -> bool:
    """Does ``toks[lo:hi]`` tell events besides the report's own in the plural after "in": "in [the] [N]
    other [up to two words] strikes" ([lexicon] other_plural_events: "In the other two strikes it examined",
    "in three other strikes")? A count told in them is a sum over those events."""
    for k in range(max(lo, 1), min(hi, len(toks))):
        if toks[k].low != "other":
            continue
        b = k - 1
        if b >= 1 and numberish(toks[b]):
            b -= 1
        if b >= 1 and toks[b].low == "the":
            b -= 1
        if toks[b].low != "in":
            continue
        if any(t.low in lex.other_plural_events for t in toks[k + 1 : min(len(toks), k + 4)]):
            return True
    return False


def _sum_of_events(toks: list[Token], lex: Lexicon) -> bool:
    """Does the sentence give a total over several events: a word of the lexicon's ``event_totals`` and a
    plural noun of events ("In total, seven were killed in the attacks", "the blasts together wounded 41")?
    One attack's parts are one event: "the double bombing", "twin blasts"."""
    return _marked(toks, 0, len(toks), lex.event_totals) and any(
        t.low in lex.plural_events and not (m and toks[m - 1].low in lex.one_event_of_parts)
        for m, t in enumerate(toks)
    )


#: What ends the words after a group that may say it is coded apart: another group, or its clause.
_APART_BREAKS: Final = frozenset({"and", "+", "plus", ".", ";", ":", "!", "?"})


def _marked(toks: list[Token], lo: int, hi: int, markers: Markers) -> bool:
    return first_mark(toks, lo, hi, markers) is not None


def first_mark(toks: list[Token], lo: int, hi: int, markers: Markers) -> int | None:
    """Where the first marker in ``toks[lo:hi]`` opens, or None. (``toks`` a list: compiled, its items are
    read directly, where a Sequence's are looked up through Python's protocols.)"""
    hi = min(hi, len(toks))
    lasts = markers.lasts
    if not any(toks[k].low in lasts for k in range(max(lo, 0), hi)):
        return None  # no last word of a marker in the window (most windows), told before any other test
    in_window = [toks[k].low for k in range(max(lo, 0), hi)]
    if markers.firsts.isdisjoint(in_window):
        return None  # no first word of a marker in the window either
    by_first = markers.by_first
    for s in range(max(lo, 0), hi):
        low = toks[s].low
        if low not in by_first:
            continue
        for words in by_first[low]:
            n = len(words)
            if s + n <= hi and (n == 1 or toks[s + 1].low == words[1]) and all(
                toks[s + x].low == words[x] for x in range(2, n)
            ):
                return s
    return None


def _caused_to(toks: list[Token], t: int, lex: Lexicon) -> bool:
    """Is the "to" at ``t`` an infinitive's after a causative verb and its object, in one clause ("forcing
    police to open fire", "causing two people to be killed", "were forced to kill"): what was made to
    happen did, where "threatened to kill" tells an intent (and so does "tried to force them to kill")?"""
    for m in range(t - 1, max(-1, t - 6), -1):
        low = toks[m].low
        if low in CAUSATIVES:
            before = toks[m - 1].low if m >= 1 else ""
            return before not in lex.modals and before not in lex.modal_verbs and before not in lex.negations
        if low in CLAUSE_END or low == "," or low == "to":
            return False
    return False


def _obliged(aux: list[str], word: str) -> bool:
    """ "had to be treated for wounds": "to" after "had" says what had to be done, not what might be."""
    return word == "to" and any(w in HAVE for w in aux)


# -- the sentence -------------------------------------------------------------------------------


def _other_outcome_at(toks: list[Token], k: int, lex: Lexicon, outcome: Outcome) -> bool:
    """Does a word of an outcome other than ``outcome`` open at token ``k`` ("injured", "missing")?"""
    if k >= len(toks):
        return False
    state = state_after(toks, k, len(toks), lex)
    if state is not None:
        return state[0] != outcome
    e = entry_at(toks, k, lex) if toks[k].low in lex.phrases else None
    return e is not None and e.role in VERB_ROLES and e.outcome != outcome


def _one_outcome(a: Outcome, b: Outcome) -> bool:
    """Are two groups' outcomes one to count together: the same, or injured and hit?"""
    return a == b or {a, b} == {"injured", "hit"}


def _either(toks: list[Token], i: int, end: int, lex: Lexicon, outcome: Outcome) -> bool:
    """Is the outcome word at tokens ``i``..``end - 1`` one of two joined by "or" ("killed or injured",
    "dead or missing", "injured or killed")? Then a figure counts both together, neither alone."""
    if end < len(toks) and toks[end].low == "or" and _other_outcome_at(toks, end + 1, lex, outcome):
        return True
    if i >= 2 and toks[i - 1].low == "or":
        k = i - 2
        while k > 0 and i - 2 - k < 3 and toks[k - 1].low != "or" and is_word(toks[k].low) and toks[k].low not in STOP:
            k -= 1  # the first word of a two- or three-word outcome before "or"
        return any(_other_outcome_at(toks, m, lex, outcome) for m in range(k, i - 1))
    return False


# (the sets of words _Sentence.read asks a sentence for, by their bits: lexicon.mark_words)
mark_words(PROVISIONS, PROVISIONS_BIT)
mark_words(BODY_WORDS, BODY_WORDS_BIT)
mark_words(("and",), AND_BIT)
mark_words(NONE_SURVIVED, NONE_SURVIVED_BIT)
mark_words(("total",), TOTAL_BIT)
mark_words(TOLD_AGAIN_TOLLS, TOLD_AGAIN_TOLLS_BIT)
mark_words(("other",), OTHER_BIT)
mark_words(TOLL_REVISIONS, TOLL_REVISIONS_BIT)

#: Words before a plural event noun that point back to events told before ("the strikes", "those attacks").
_TOLD_BEFORE: Final = frozenset(("the", "those", "these", "its", "their", "his", "her", "our"))


class _Sentence:
    def __init__(self, text: str, toks: list[Token], lex: Lexicon) -> None:
        self.text = text
        self.toks = toks
        self.lex = lex
        self.out: list[Reading] = []
        #: the subject last read left of a passive or intransitive verb: a verb after "and" shares it
        self.last_subject: Phrase | None = None
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
        #: the bits of the kinds of markers and of the sets of words (lexicon.MARKER_BITS) of which the
        #: sentence holds a word, and the tokens an entry or a fatal adjective may open at: one pass over
        #: the tokens, one look-up each (a frozenset of the sentence's words cost twice that to make, and
        #: each set asked of it a method call)
        marks = 0
        opens: list[int] = []
        for k, t in enumerate(toks):
            bits = MARKER_BITS.get(t.low, 0)
            if bits:
                marks |= bits
                if bits & OPENS_BIT:
                    opens.append(k)
        self.marks = marks
        self.opens = opens
        #: whether the sentence tells of a protest (a death it gives as its cause is an earlier event): None
        #: until a count asks (:meth:`protests`; most sentences read give none)
        self.protest: bool | None = None
        #: the toll being read is one a clause of [cumulative] total_clauses brings up ("..., bringing the
        #: death toll to 53"): the report's own news, dated by a time told before it (toll_brought)
        self.brought = False

    def another_event_after(self) -> bool:
        """Is another event named after the verb (up to eight words): "in a similar raid", "in a separate
        attack" ([syntax] other_event_after, then a noun of an event within two words; "in another town"
        is a place)?"""
        m = first_mark(self.toks, *self.after_verb(), self.lex.other_event_after)
        return m is not None and any(
            t.low in self.lex.event_nouns or t.low[:-1] in self.lex.event_nouns  # (or their plural: "in similar attacks")
            for t in self.toks[m + 2 : m + 6]
        )

    def told_apart(self, first: int) -> bool:
        """Is the other event of a count at ``first`` one the news tells beside its own, not one it
        recalls: a marker of [syntax] separate_event before the count ("In a separate attack, gunmen
        killed 3") or after the verb ("died in a similar raid"), and none of an earlier event near it
        ("Last year, in a similar raid, ...")? Near is :func:`_earlier_event`'s reach without its cut at a
        comma: there the marker must stand in the count's own clause, here a time before the comma dates
        the raid after it ("In the previous year, in a similar raid, gunmen killed 3" is a recalled raid)."""
        lex, toks = self.lex, self.toks
        if not self.holds(lex.separate_event) or (
            first_mark(toks, max(0, first - 40), first, lex.separate_event) is None
            and first_mark(toks, *self.after_verb(), lex.separate_event) is None
        ):
            return False
        return not self.holds(lex.earlier_event) or first_mark(toks, max(0, first - _EARLIER_REACH), first, lex.earlier_event) is None

    def opens_apart(self, first: int) -> bool:
        """Does the sentence open with a marker of [syntax] separate_event ("In a separate attack on the same
        day, ..."), which speaks for the whole sentence however far the count at ``first`` stands from it
        (:meth:`told_apart` looks forty words back), with no marker of an earlier event near the count?"""
        lex, toks = self.lex, self.toks
        if first < 1 or toks[0].low not in lex.separate_event or first_mark(toks, 0, min(first, 5), lex.separate_event) != 0:
            return False  # (a marker opens at the first word only where that word is a first word of one)
        if toks[1].low == "another" and not any(t.low in lex.event_nouns for t in toks[2:5]):
            return False  # "In another town, a third person was killed": a place apart, whose group adds up
        if toks[0].low == "elsewhere" and (
            (toks[1].low == "in" and (len(toks) < 3 or not toks[2].text[:1].isupper()))
            or any(t.low in _NATURAL_HAZARDS for t in toks)
            or _lead_names_a_natural_hazard(self.text)
        ):
            # "Elsewhere in the county, two workers were injured when winds ...": a storm's other places, or a
            # part of a city told in small letters, its own event's (not "Elsewhere in Kyiv, ...")
            return False
        return not self.holds(lex.earlier_event) or first_mark(toks, max(0, first - _EARLIER_REACH), first, lex.earlier_event) is None

    def later_event(self, first: int) -> bool:
        """Does the sentence open with a later time ([syntax] later_times) and a comma, and tell in the
        clause of the count at ``first`` an event of its own with "a" or "an" and a noun of one event, at
        most two words between ("The following night, a Russian missile strike on the city killed a boy"),
        or with a count and such a noun or a weapon's ("Later that day, two bombs near the town killed 18")?
        An ordinal between them makes it a part of the report's event ("a second blast")."""
        lex, toks = self.lex, self.toks
        opening = first_mark(toks, 0, min(first, 4), lex.later_times)
        if opening != 0 and not (opening == 1 and numberish(toks[0])):
            return False  # (a count of the span before it: "Two months later, ...")
        comma = next((k for k in range(1, min(first, 6)) if toks[k].low == ","), None)
        if comma is None:
            return False
        if comma + 1 < first and toks[comma + 1].low == "on":
            # "Two months later, on 29 October 2022, two car bombs ...": the later time's day, told between commas
            close = next((k for k in range(comma + 2, min(first, comma + 7)) if toks[k].low == ","), None)
            if close is not None and any(t.low in MONTHS or t.low[0].isdigit() for t in toks[comma + 2 : close]):
                comma = close
        if comma + 1 < first and toks[comma + 1].low == "in":
            # "The next day, in the neighbouring state of Guerrero, soldiers clashed with gunmen": a place
            # beside the report's own ([places_beside]) opens an event of its own there
            close = next((k for k in range(comma + 2, min(first, comma + 10)) if toks[k].low == ","), None)
            if close is not None and any(t.low in lex.places_beside for t in toks[comma + 2 : close]):
                return True
        for k in range(comma + 1, first):
            if toks[k].low in CLAUSE_END or toks[k].low == ",":
                return False
            if toks[k].low in ("a", "an") and any(
                t.low in lex.event_nouns for t in toks[k + 1 : min(first, k + 4)]
            ) and not any(t.low in lex.ordinals for t in toks[k + 1 : min(first, k + 3)]):
                return True
            if toks[k].low.endswith("s") and toks[k].low[:-1] in lex.event_nouns and toks[k - 1].low not in _TOLD_BEFORE:
                # "On the same day, Ukraine said Russian strikes killed at least seven": events of their own,
                # no article needed (not "the strikes", told before)
                return True
            if numberish(toks[k]) and any(
                # "Later that day, two IRA bombs near Warrenpoint killed 18 soldiers": counted weapons or
                # events of their own
                t.low in lex.event_nouns or t.low in lex.hazards for t in toks[k + 1 : min(first, k + 4)]
            ):
                return True
        return False

    def toll_brought_own(self, first: int) -> bool:
        """Is a toll brought up by a clause of [cumulative] total_clauses, its figure at ``first``, the
        report's own event's, for all the time before it that another event's marker tells ("a wall of the
        mine collapsed in February, bringing the death toll to 53", "Months after the quake, rescuers found
        three more bodies, bringing the toll to 310")? A marker of an event told beside the report's own
        ([syntax] separate_event: "In a separate attack, ..., bringing the day's toll to 15") or of an earlier
        one in the count's reach ("since", "in revenge for") leaves it another's."""
        lex, toks = self.lex, self.toks
        if self.holds(lex.separate_event) and first_mark(toks, max(0, first - 40), first, lex.separate_event) is not None:
            return False
        return not self.holds(lex.earlier_event) or first_mark(toks, max(0, first - _EARLIER_REACH), first, lex.earlier_event) is None

    def coded_apart(self, p: Phrase) -> bool:
        """Is the group ``p`` said to be counted as another event's ([syntax] coded_apart: "2 killed (coded
        separately)", "killing 4 (counted separately)"), the words after the group, or after its verb when
        the verb follows it, up to the next group ("and 3 civilians - coded separately" is the other
        group's), figure or clause's end?"""
        toks = self.toks
        lo = max(p.last, self.here) + 1
        hi = lo
        while hi < min(len(toks), lo + 12) and toks[hi].low not in _APART_BREAKS and not numberish(toks[hi]):
            hi += 1
        return _marked(toks, lo, hi, self.lex.coded_apart) or self.clause_coded_apart(lo) or self.coded_apart_after(lo)

    def coded_apart_after(self, lo: int) -> bool:
        """Does the clause after the next semicolon open with a word that points back ([syntax]
        coded_apart_these: "these", "they") and tell its groups coded apart ("2 more bodies were found the
        next day; these are coded as a separate event"), with no figure between ``lo`` and the semicolon?"""
        toks = self.toks
        semi = next((k for k in range(lo, min(len(toks), lo + 25)) if toks[k].low in (".", ";", ":", "!", "?")), None)
        if semi is None or toks[semi].low != ";" or any(
            numberish(toks[k]) and toks[k + 1].low not in self.lex.coded_apart_spans
            for k in range(lo, semi)
        ):
            return False  # (another group between; "two days later" is a time)
        return semi + 1 < len(toks) and toks[semi + 1].low in self.lex.coded_apart_these and _marked(
            toks, semi + 2, min(len(toks), semi + 8), self.lex.coded_apart
        )

    def clause_coded_apart(self, lo: int) -> bool:
        """Does a parenthesis that closes the sentence after ``lo`` tell of several events coded apart
        ([lexicon] coded_apart_all: "... and 6 went missing (coded as separate events)."), with no semicolon
        between (the clause's groups, each of them)?"""
        toks = self.toks
        n = len(toks)
        shut = n - 2 if n >= 2 and toks[-1].low in (".", "!") else n - 1
        if shut <= lo or toks[shut].low != ")":
            return False
        opened = next((k for k in range(shut - 1, max(lo, shut - 8) - 1, -1) if toks[k].low == "("), None)
        return opened is not None and not any(t.low == ";" for t in toks[lo:opened]) and _marked(
            toks, opened + 1, shut, self.lex.coded_apart_all
        )

    def after_verb(self) -> tuple[int, int]:
        """The words after the verb read, up to eight, where a phrase of the events it tells of stands:
        "were killed in the attacks", "died in a separate attack"."""
        return self.here + 1, min(len(self.toks), self.here + 10)

    def holds(self, markers: Markers) -> bool:
        """Does the sentence hold a first and a last word of a marker of ``markers``? Where it does not (most
        sentences, for every kind), no window of it holds one: readers ask before looking at a window."""
        bit = markers.bit
        if bit < 0:  # a kind of no bits (made by hand): asked of its sets
            words = frozenset(lows(self.toks))
            return not (markers.lasts.isdisjoint(words) or markers.firsts.isdisjoint(words))
        return (self.marks >> bit) & 3 == 3

    def reading(self, outcome: Outcome, p: Phrase, also: bool = False) -> Reading:
        toks = self.toks
        first, last = p.span or (p.first, p.last)
        around = toks[max(0, p.first - 1) : p.last + 2]
        # "three other men", "two others", "three more": others than those counted before ("the other"
        # alone is one person of a pair)
        # ("more than 30 people" is a qualifier; "another 37 people" are others)
        other = p.head == "others" or (not p.single and any(
            t.low == "other"
            or (t.low == "more" and k + 1 < len(around) and around[k + 1].low != "than")
            or (t.low == "another" and k + 1 < len(around) and numberish(around[k + 1]))
            for k, t in enumerate(around)
        )) or any(  # "the second victim": not the first one counted
            t.low in self.lex.ordinals and k + 1 < len(around) and around[k + 1].low in ORDINAL_PEOPLE
            for k, t in enumerate(around)
        )
        victims = "others" if other else p.head
        if victims is not None and p.last - 1 >= p.first and f"{toks[p.last - 1].low} {victims}" in self.lex.plural:
            victims = f"{toks[p.last - 1].low} {victims}"  # "nine staff members"
        # a sum over several events: "eight people were killed in the attacks"
        if self.sum_of_events is None:  # once a sentence: it looks at every token
            self.sum_of_events = self.holds(self.lex.event_totals) and _sum_of_events(toks, self.lex)
        several = self.sum_of_events or (
            self.holds(self.lex.several_events) and _marked(toks, *self.after_verb(), self.lex.several_events)
        ) or (self.holds(self.lex.other_event_after) and self.another_event_after()) or (
            self.marks & OTHER_BIT != 0 and (
                _in_other_events(toks, max(0, p.first - 40), p.first, self.lex)
                or _in_other_events(toks, *self.after_verb(), self.lex)
            )
        )
        held_earlier, held_other = self.holds(self.lex.earlier_event), self.holds(self.lex.other_event)
        earlier = (held_earlier or held_other) and _earlier_event(
            toks, p.first, 0, self.lex, held_earlier, held_other
        ) and not (self.brought and self.toll_brought_own(p.first))
        apart = self.holds(self.lex.coded_apart) and self.coded_apart(p)
        figure = p.figure
        if figure.best is not None and (_each_side(toks, p.last + 1) or (
            # "nine were killed on each side", "two died on either side": after the verb
            self.here > p.last and _each_side(toks, self.here + 1)
        )):
            # "one person from each group": a fight's two sides, each with the count
            n = 2 * figure.best
            figure = Figure(n, n, n, figure.qualifier)
        r = Reading(
            outcome, figure, toks[first].start, toks[last].end, victims, p.single, also,
            earlier or several or apart, after=self.after,
            fraction=fraction_of(toks, p.first),
        )
        if (earlier or several) and not self.sum_of_events:
            r.separate = self.told_apart(p.first)
        if apart:
            r.separate = True  # "2 killed (coded separately)": an event of its own, told apart
        if self.holds(self.lex.later_times) and self.later_event(p.first):
            r.other_event = r.separate = True  # "The following night, a strike on the city killed ..."
        elif not r.separate and self.holds(self.lex.separate_event) and self.opens_apart(p.first):
            r.other_event = r.separate = True  # "In a separate attack on the same day, in ..., ..., and 13 died"
        # (a relative clause of the crime's noun: "suspected of joining a raid that killed six")
        relative = self.verb_start >= 1 and toks[self.verb_start - 1].low in self.lex.relatives
        if self.holds(self.lex.alleged_crimes) and _marked(
            toks, self.clause_back(self.verb_start, 10) if relative else max(0, self.verb_start - 4),
            self.verb_start + 1, self.lex.alleged_crimes
        ):
            self.alleged.append(r)
            r.alleged = True
        if self.protests() and self.protest_cause(min(p.first, self.verb_start), max(p.first, self.verb_start)):
            r.other_event = True  # "Residents protested after a trader was killed": the protest's cause
        return r

    def read(self) -> list[Reading]:
        toks = self.toks
        phrases = self.lex.phrases
        fatal = self.lex.fatal_adjectives
        # the tokens an entry or a fatal adjective may open at, found at once: the loop passes over the
        # others (most of a sentence), where it would do nothing
        i = 0
        for k in self.opens:
            if k < i:
                continue  # within the entry read last
            i = k
            e = entry_at(toks, i, self.lex) if toks[i].low in phrases else None
            if e is None:
                if toks[i].low in fatal:
                    self.fatal_event(i)
                i += 1
                continue
            end = i + len(e.words)
            if toks[i].low in ABBREVIATED and not self.clause_ends_at(end):
                i += 1
                continue  # "200 KIA attacked the post": the Kachin Independence Army, not "killed in action"
            self.after = toks[end - 1].end
            self.here = end - 1
            self.verb_start = i
            before = len(self.out)
            if self.among(e, i, end) or (e.role == "past" and self.toll_of_people(e, i, end)):
                pass
            elif e.role == "past" and not e.transitive and i >= 2 and toks[i - 1].low == "the" and toks[i - 2].low == "of":
                pass  # "Estimates of the dead range from 40 to 60": the dead as a noun, of no one before it
            elif e.role == "past":
                self.past(e, i, end)
                if e.outcome == "hit" and len(self.out) > before and self.treated_for_injuries(e, end):
                    for r in self.out[before:]:  # "were hospitalized with carbon monoxide poisoning": alive
                        r.outcome = "injured" if r.outcome == "hit" else r.outcome
            elif e.role == "gerund" and len(e.words) > 1 and e.words[-1] != "of" and i > 0 and numberish(toks[i - 1]) and (
                (alone := self.lex.one_word.get(e.words[0])) is not None and alone.role == "noun"
            ):
                # "attributed 4 deaths to heat": the count before the noun, not "deaths to X" (with "of" the
                # people after it must be people: "three bodies of contractors", not "of water", below)
                self.noun(alone, i)
                if len(self.out) == before:
                    self.active(e, i, end)  # "in the March 1 death of his friend": a date, no count
            elif e.role in ("present", "gerund"):
                self.active(e, i, end)
                if e.words[0] in self.lex.remains_nouns and len(self.out) > before and not any(
                    person_head(self.lex, t, counted=True) for t in toks[end : end + 6]
                ):
                    del self.out[before:]  # "found remains of a vinyl pipe": no people ([lexicon] remains_nouns)
                alone = self.lex.one_word.get(e.words[0]) if len(e.words) > 1 and len(self.out) == before else None
                if alone is not None and alone.role == "noun" and any(
                    person_head(self.lex, t, counted=True) for t in toks[end : end + 3]
                ):
                    self.noun(alone, i)  # "three bodies of contractors": the count before the noun of the dead
            elif e.role == "noun":
                self.noun(e, i)
            elif e.role == "toll":
                # "the injured toll climbed to 87": a toll of the outcome word before it
                before_word = self.lex.one_word.get(toks[i - 1].low) if i > 0 else None
                hurt = before_word is not None and before_word.outcome in ("injured", "hit")
                self.toll(i, end, "injured" if hurt else "killed")
            elif e.role == "leave":
                end = max(end, self.leave(end, e.words[0] in self.lex.finding_verbs, e.words[0] in self.lex.alive_verbs))  # its states are read: "left 11,300 dead" (not "dead" again)
                noun = next((x for x in self.lex.phrases[e.words[0]] if x.role == "noun"), None) if (
                    len(self.out) == before
                ) else None
                if noun is not None:
                    self.noun(noun, i)  # "suffered burns": the noun, where the verb ("burns a man to death") read nothing
            elif e.role == "lives":
                self.lives(end)
            elif e.role == "event":
                self.event(e, i, end)
            elif e.role == "hospital":
                # "38 people were in hospital", "were confined to hospital": alive, in care
                in_care = e.words[-1] in IN_HOSPITAL
                if (in_care and not self.precaution(end)) or self.to_hospital(end, near=toks[i].low in REMAIN):
                    in_care = in_care or e.words[0] in KEPT_IN_CARE
                    self.past(e, i, end)
                    if in_care or self.treated_for_injuries(e, end) or self.still_in_care(i):
                        for r in self.out[before:]:
                            r.outcome = "injured" if r.outcome == "hit" else r.outcome
            elif e.role == "fatal":
                self.fatally(i, end)
            if e.role in VERB_ROLES and len(self.out) > before and _either(toks, i, end, self.lex, e.outcome):
                # "50 people were killed or injured": a count of both, of neither alone ("no one was
                # killed or injured" is no one of either)
                self.out[before:] = [r for r in self.out[before:] if r.figure.best == 0]
            if len(self.out) > before and e.outcome == "missing" and _found_safe(toks, end):
                del self.out[before:]  # "were reported missing but were found unharmed"
            if len(self.out) > before and len(e.words) == 1 and e.words[0] in self.lex.hit_on_the_body and not (
                self.on_the_body(i, end)
            ):
                del self.out[before:]  # "a rocket hit the third floor", "an Iranian hit squad": no one hit
            if len(e.words) == 1 and e.words[0] in self.lex.people_only:
                self.out[before:] = [r for r in self.out[before:]
                                     if r.victims is None or r.victims == "others" or self.lex.is_person(r.victims)]
            if len(self.out) > before and len(e.words) == 1 and e.words[0] in self.lex.losses:
                self.out[before:] = [r for r in self.out[before:] if self.a_loss(r, end)]
            if len(self.out) > before and e.words[0] in self.lex.people_only and self.inanimate_agent(i):
                # "a tornado struck Union": what a thing without a will strikes by name is a place (not
                # so "a blast killed Ahmed": killing takes the living)
                self.out[before:] = [r for r in self.out[before:] if not (
                    r.start >= toks[end - 1].end and r.single and r.victims is None
                    and self.text[r.start : r.start + 1].isupper()
                )]
            if len(self.out) > before and e.words[0] in self.lex.people_only and i > 0 and (
                toks[i - 1].low in self.lex.hazards or toks[i - 1].low in self.lex.event_nouns
            ):
                # "the 110 workers who were underground when the blast struck": the event that struck is the
                # verb's own subject, so nobody left of it was struck (its object may be: "the blast struck
                # two workers")
                self.out[before:] = [r for r in self.out[before:] if r.start >= toks[i].start]
            self.verb_end = end - 1
            i = end
        self.out = [r for r in self.out if not r.fraction]
        marks = self.marks
        if self.out and marks & PROVISIONS_BIT:
            self.out = [r for r in self.out if not self.provided_for(r)]
        self.crimes_alleged()
        if self.lex.body_finds and marks & BODY_WORDS_BIT:
            self.bodies_found()
            if marks & AND_BIT:
                self.bodies_joined()
        if marks & NONE_SURVIVED_BIT:
            self.none_survived()
        if self.out and marks & TOTAL_BIT:
            self.total_brought()
        if marks & TOLD_AGAIN_TOLLS_BIT and (self.out or marks & TOLL_REVISIONS_BIT):
            self.figure_told_again()
        return self.out

    def provided_for(self, r: Reading) -> bool:
        """Is reading ``r`` a count of what is sent or kept for the hurt will serve, no people hurt: after "for" or
        "to treat" ([syntax] provision_ends) and up to two words of a qualifier, a few words after a noun of
        [syntax] provisions ("surgical supplies for 50 wounded patients", "kits to treat up to 300 injured")?"""
        toks = self.toks
        k = next((x for x, t in enumerate(toks) if t.start == r.start), None)
        if k is None:
            return False
        end = next((f for f in range(k - 1, max(-1, k - 4), -1) if toks[f].low in PROVISION_ENDS), None)
        if end is None or any(not toks[x].text.islower() or not is_word(toks[x].low) for x in range(end + 1, k)):
            return False
        return any(t.low in PROVISIONS for t in toks[max(0, end - 4) : end]) and not any(
            t.low in CLAUSE_END or t.low == "," for t in toks[max(0, end - 4) : end]
        )

    def figure_told_again(self) -> None:
        """ "The UN first reported at least 184 killed; the figure was revised to 207": a noun of no
        outcome of its own ([syntax] told_again_tolls) after "the" that a verb of a toll's change moves to a
        figure, is a toll of the outcome read last before it in the sentence."""
        toks = self.toks
        lex = self.lex
        for k in range(len(toks) - 3):
            if toks[k + 1].low not in TOLD_AGAIN_TOLLS:
                continue
            if k > 0 and toks[k - 1].low in TOLL_REVISIONS and toks[k].low in TOLD_AGAIN_OBJECTS and toks[k + 2].low == "to":
                self.figure_raised_to(k)  # "the ministry raised the figure to 118"
                continue
            if toks[k].low not in TOLD_AGAIN_OPENERS:
                continue
            told = [r for r in self.out if r.end <= toks[k].start and r.outcome in ("killed", "injured")]
            m = k + 2
            while m < len(toks) and m - k < 8 and (toks[m].low in lex.be or toks[m].low in lex.have or (
                toks[m].low in lex.adverbs and toks[m].low not in TOLL_FIGURE_OPENERS
            )):
                m += 1
            if not told or m >= len(toks) or not (toks[m].low in TOLL_REVISIONS or toks[m].low in lex.toll_changes):
                continue
            at = self.past_particles(m + 1, len(toks))
            found = figure_starting(self.text, toks, at, len(toks))
            if found is None or (found[1] + 1 < len(toks) and (
                toks[found[1] + 1].low in lex.not_people or person_head(lex, toks[found[1] + 1])
            )):
                continue  # (a count with its own noun is read by its own entry, or is of no one)
            self.here = self.verb_start = m
            self.after = toks[found[1]].end
            self.out.append(self.reading(told[-1].outcome, Phrase(found[0], at, found[1], None)))

    def figure_raised_to(self, k: int) -> None:
        """ "the ministry raised the figure to 118, with 760 wounded", "it raised its count to 50 dead": a noun of no
        outcome of its own ([syntax] told_again_tolls) after a verb of a toll's change and "the", "its" or "their"
        ([syntax] told_again_objects), then "to" and a figure, is a toll of the outcome a state right after the
        figure names ("dead"), else of the one read last before it in the sentence, else of the dead (token ``k`` is
        "the")."""
        toks = self.toks
        lex = self.lex
        found = figure_starting(self.text, toks, k + 3, len(toks))
        if found is None or (found[1] + 1 < len(toks) and (
            toks[found[1] + 1].low in lex.not_people or person_head(lex, toks[found[1] + 1])
        )):
            return  # (a count with its own noun is read by its own entry, or is of no one)
        state = state_after(toks, found[1] + 1, len(toks), lex)
        told = [r for r in self.out if r.end <= toks[k].start and r.outcome in ("killed", "injured")]
        # (a toll raised with no outcome told in its sentence is of the dead, as a bare "toll" is)
        outcome = state[0] if state is not None else told[-1].outcome if told else "killed"
        if outcome not in ("killed", "injured") or any(r.start == toks[k + 3].start for r in self.out):
            return
        self.here = self.verb_start = k - 1
        self.after = toks[state[1] if state is not None else found[1]].end
        self.out.append(self.reading(outcome, Phrase(found[0], k + 3, state[1] if state is not None else found[1], None)))

    def total_brought(self) -> None:
        """ "A further 7 bodies were recovered, bringing the total to 96": a total with no outcome word of its
        own, in a clause of [cumulative] total_clauses, is one of the outcome read last before it ([syntax]
        brought_totals, total_modifiers, total_counts)."""
        toks = self.toks
        for k in range(len(toks) - 4):
            if toks[k].low not in TOTAL_CLAUSES or toks[k + 1].low != "the":
                continue
            m = k + 2 + (toks[k + 2].low in TOTAL_MODIFIERS)
            if toks[m].low not in BROUGHT_TOTALS:
                continue
            m += 1 + (m + 1 < len(toks) and toks[m + 1].low in TOTAL_COUNTS)
            # a time may stand before "to" ("bringing the total since October 7 to 34,183"), not whom the
            # total counts ("bringing the total of people shot to 20": a count of its own, read by its entry)
            to = next((x for x in range(m, min(len(toks), m + 5)) if toks[x].low in ("to", "of") or toks[x].low in CLAUSE_END), None)
            told = [r for r in self.out if r.end <= toks[k].start and r.outcome in ("killed", "injured")]
            if to is None or toks[to].low != "to" or not told:
                continue
            m = to
            found = figure_starting(self.text, toks, m + 1, len(toks))
            if found is None or (found[1] + 1 < len(toks) and toks[found[1] + 1].low in self.lex.not_people):
                continue
            self.here = self.verb_start = k
            self.after = toks[found[1]].end
            self.out.append(self.reading(told[-1].outcome, Phrase(found[0], m + 1, found[1], None)))

    def a_loss(self, r: Reading, end: int) -> bool:
        """Is reading ``r`` of a loss verb ending before token ``end`` a side's dead: known people counted
        after the verb ("lost nine soldiers"), not its subject ("customers lost power") nor one's own
        ("lost his two sons")?"""
        toks = self.toks
        if r.victims is None or not self.lex.is_person(r.victims) or r.start < toks[end - 1].end:
            return False
        for t in toks[end : end + 4]:  # "lost both his parents"; "lost 15 of their fighters" is a side's
            if t.low in self.lex.loss_owners:
                return False
            if t.low == "of" or t.low in self.lex.plural or t.low in self.lex.singular:
                break
        return True

    def none_survived(self) -> None:
        """ "None of the 45 passengers survived", "There were no survivors among the 62 people on board":
        the whole counted group died. "None of the" needs the verb in the group's clause after it."""
        toks = self.toks
        n = len(toks)
        for k, t in enumerate(toks):
            if t.low in NONE_OF and k + 2 < n and toks[k + 1].low == "of" and toks[k + 2].low in DEFINITE:
                verb = True
            elif (t.low in SURVIVORS and k >= 1 and toks[k - 1].low in NO and k + 2 < n
                  and toks[k + 1].low in SURVIVORS_AMONG and toks[k + 2].low in DEFINITE):
                verb = False
            else:
                continue
            group = list_starting(self.text, toks, k + 3, n, self.lex)
            if group is None and verb and k + 3 < n and numberish(toks[k + 3]):
                # a bare count: "none of the 30 survived" (the verb right after it)
                found = figure_starting(self.text, toks, k + 3, n)
                if found is not None and found[1] + 1 < n and toks[found[1] + 1].low in SURVIVED_VERBS:
                    group = Phrase(found[0], k + 3, found[1], None, span=(k + 3, found[1]))
            if group is None or group.figure.best is None or group.single:
                continue
            if verb:
                j = group.last + 1
                while j < n and j - group.last <= 6 and toks[j].low not in CLAUSE_END and toks[j].low not in SURVIVED_VERBS:
                    j += 1
                if j >= n or toks[j].low not in SURVIVED_VERBS or j - group.last > 6:
                    continue
            if any(r.start <= toks[group.last].end and toks[group.first].start <= r.end for r in self.out):
                continue  # counted already
            self.here = self.verb_start = k
            self.after = toks[group.last].end
            self.out.append(self.reading("killed", group))

    def clause_of_no_outcome(self, k: int) -> bool:
        """Is token ``k`` a relative pronoun of people whose clause tells no outcome in its next words ("along
        with another man who was travelling with him"; not "two others who were wounded")?"""
        return self.toks[k].low in RELATIVES_OF_PEOPLE and all(
            entry_at(self.toks, m, self.lex) is None for m in range(k + 1, min(len(self.toks), k + 5))
        )

    def clause_back(self, k: int, reach: int) -> int:
        """The first token of the words before token ``k`` in its clause, at most ``reach`` of them."""
        m = k
        while m > 0 and k - m < reach and self.toks[m - 1].low not in CLAUSE_END and self.toks[m - 1].low != ",":
            m -= 1
        return m

    def clause_ends_at(self, k: int) -> bool:
        """Does the clause end at token ``k``, or go on only with a place, a time or another clause joined
        to it ("two soldiers KIA, three WIA", "KIA in Helmand", "KIA and three WIA")?"""
        if k >= len(self.toks):
            return True
        low = self.toks[k].low
        return low in CLAUSE_END or low in LIST_OR_CONJUNCTION or low in PLACE_WORDS or low in WHEN_WORDS

    def on_the_body(self, i: int, end: int) -> bool:
        """Is the verb at tokens ``i``..``end`` a passive told with where on the body it hit: "was hit in
        the head", "were hit in their legs", "got hit in his upper back"?"""
        toks, lex = self.toks, self.lex
        if i == 0 or toks[i - 1].low not in lex.be or end >= len(toks) or toks[end].low not in ("in", "on"):
            return False
        k = end + 1
        if k < len(toks) and (toks[k].low in DETERMINERS or toks[k].low in POSSESSIVES_OF_PEOPLE):
            k += 1
        while k < len(toks) and toks[k].low in lex.body_sides:
            k += 1
        return k < len(toks) and toks[k].low in lex.body_parts

    def inanimate_agent(self, i: int) -> bool:
        """Is the subject of the active verb at ``i`` a thing without a will ("a tornado struck", "floods
        hit")? It is looked for in the verb's clause, at most six words to its left."""
        lex = self.lex
        for m in range(i - 1, max(-1, i - 7), -1):
            low = self.toks[m].low
            if low in CLAUSE_END or low == "," or low in lex.be or low in CLAUSE_START:
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
            if t.low not in BODY_WORDS or k == 0:
                continue
            d = k - 1
            while d > 0 and k - d <= 2 and toks[d].text.islower() and is_word(toks[d].low) and (
                toks[d].low not in STOP and toks[d].low not in DETERMINERS
            ):
                d -= 1  # "a burnt body", "his mutilated body", "his bullet-riddled body"
            told = None
            if t.low == "bodies":
                # "Two men were kidnapped. Their bodies were found": as many as the people told before
                told = self.antecedent() if toks[d].low == "their" else None
                if told is None:
                    continue
            elif toks[d].low not in ONE_BODY:
                continue  # "the body" is one told of already; "student body"
            nxt = toks[k + 1].low if k + 1 < len(toks) else "."
            if not (nxt in lex.be or nxt in lex.have or nxt in CLAUSE_END or nxt in LIST_JOINERS
                    or nxt in PLACE_WORDS or nxt in lex.body_finds or nxt in DEFINITE):
                continue  # "body armour", "body guards", "the body of ..." (read by its entry)
            if not any(x.low in lex.body_finds for x in toks[max(0, d - 6) : k + 10]):
                continue
            start, end = toks[d].start, t.end
            if any(r.outcome == "killed" and r.start <= end and start <= r.end for r in self.out):
                continue
            self.here = self.verb_start = k
            self.after = t.end
            figure = Figure.exact(1) if told is None else told.figure
            self.out.append(self.reading("killed", Phrase(figure, d, k, None, single=told is None)))

    def bodies_joined(self) -> None:
        """ "His body and the body of a woman were found", "The body of a man and the body of a boy were
        recovered": one dead for each body, the two joined by "and" before "the body of", summed as separate
        groups (each alone is read as one)."""
        toks = self.toks
        for k, t in enumerate(toks):
            if not (t.low == "and" and k + 3 < len(toks) and toks[k + 1].low == "the" and toks[k + 2].low == "body"
                    and toks[k + 3].low == "of"):
                continue
            first = next((r for r in self.out if r.outcome == "killed" and r.figure.best == 1 and r.end <= t.start
                          and not self.text[r.end : t.start].strip(" ,")), None)
            second = next((r for r in self.out if r.outcome == "killed" and r.figure.best == 1
                           and toks[k + 3].end < r.start <= toks[min(len(toks) - 1, k + 6)].start), None)
            if first is None or second is None or first.derivation or second.derivation:
                continue
            self.out.append(Reading("killed", Figure.exact(2), first.start, second.end, None,
                                    derivation="sum of 1 and 1: separate groups", after=second.after))

    def hit_before(self, k: int) -> Phrase | None:
        """The people "they" at token ``k`` stands for in a clause of its sentence: the last group of two
        or more read as hit or injured before it in the sentence ("Two men were shot and taken to a
        hospital, where they died"), or None."""
        told = [r for r in self.out if r.outcome in ("hit", "injured") and r.end <= self.toks[k].start]
        if not told or told[-1].figure.best is None or told[-1].figure.best < 2:
            return None
        return Phrase(told[-1].figure, k, k, None)

    def antecedent(self, k: int = 0) -> Phrase | None:
        """The people "their" or "they" stands for at the sentence's start (or at token ``k`` opening a
        clause after a dash): the last counted group of people in the two sentences before ("Four men were
        kidnapped from a taxi. Their bodies were found"), or in the sentence before ``k``, or None."""
        first = self.toks[k].start
        before = tokenize(self.text, max(0, first - 300), first)
        stops = [m for m, x in enumerate(before) if x.low in (".", "!", "?")]
        lo = stops[-3] + 1 if len(stops) >= 3 else 0
        j = len(before) - 1
        while j >= lo:
            if person_head(self.lex, before[j]):
                p = list_ending(self.text, before, j, lo, self.lex)
                first = j if p is None else p.first
                while first > lo and j - first < 3 and before[first - 1].text.islower() and is_word(before[first - 1].low) and (
                    before[first - 1].low not in STOP and before[first - 1].low != "by"
                ):
                    first -= 1  # ("by unknown gunmen")
                if first > lo and before[first - 1].low == "by":
                    # "Two traders were abducted by gunmen near the market. Their bodies ...": the passive's
                    # agent did it; the people are those told before it
                    j = first - 2
                    continue
                if p is not None and p.figure.best is not None and p.figure.best > 1:
                    return p
                return None
            j -= 1
        return None

    def protests(self) -> bool:
        """Does the sentence tell of a protest (a word of the lexicon's protest_words)? Once a sentence, when first asked."""
        protest = self.protest
        if protest is None:
            protest = self.protest = bool(self.marks & PROTEST_BIT)
        return protest

    def protest_cause(self, first: int, hi: int) -> bool:
        """Does a word of a protest's cause stand in the clause within twelve words before ``first``?"""
        lo = max(0, first - 12)
        if first >= 1 and self.toks[first - 1].low == "," and (
            numberish(self.toks[first]) or (
                # (not an apposition to someone named: "the case of Ana Vasquez, a child who died of ...")
                self.toks[first].low in INDEFINITE and not is_name(self.toks[first - 2])
                and all(t.low not in self.lex.relatives for t in self.toks[first:hi])
            )
        ):
            # "Riots broke out after the shooting of an MP, 1 police officer was killed by rioters": a count
            # that opens a clause after a comma is this event's, and so is someone new ("..., a body is later
            # found in the town")
            return False
        for m in range(first - 1, lo - 1, -1):
            if self.toks[m].low in CLAUSE_END:
                lo = m + 1  # "Riots break out after the ruling; two killed as rioters clashed": this event
                break
        return _marked(self.toks, lo, hi, self.lex.protest_causes)

    def with_companions(self, p: Phrase, k: int) -> Phrase:
        """The people counted with those of ``p`` by a companion word within ten tokens from ``k`` in the
        same clause, before any "and": "was killed in the blast along with his two sons" is three, "22 were
        injured, as well as four policemen" 26."""
        toks = self.toks
        lex = self.lex
        for m in range(k, min(len(toks), k + 10)):
            low = toks[m].low
            if low in CLAUSE_END or low in CONJUNCTIONS or (low != "," and entry_at(toks, m, lex) is not None):
                return p  # (", and kidnapped a third along with the money": another verb's)
            if low == "with" and m + 1 < len(toks) and toks[m + 1].low in POSSESSIVES_OF_PEOPLE and not any(
                t.low in CLAUSE_START or (t.low.endswith("ing") and t.text.islower()) for t in toks[k:m]
            ):  # (not "while riding his motorcycle with his wife": the riding's)
                # "was killed with his wife and son": kin, as a companion (not "with his gun", "with his
                # brother's rifle")
                kin = list_starting(self.text, toks, m + 1, len(toks), lex)
                if kin is not None and kin.figure.best is not None and p.figure.best is not None and all(
                    person_head(lex, t) or numberish(t) or t.low in LIST_OR_CONJUNCTION or t.low in POSSESSIVES_OF_PEOPLE
                    for t in toks[m + 2 : kin.last + 1]
                ) and (kin.last + 1 >= len(toks) or toks[kin.last + 1].low not in POSSESSIVE_S):
                    return joined_phrase(p, kin)
            if low == "with" and m + 3 < len(toks) and numberish(toks[m + 1]) and (
                (toks[m + 2].low == "of" and toks[m + 3].low in POSSESSIVES_OF_PEOPLE) or toks[m + 2].low in MORE_OR_OTHER
            ) and p.figure.best is not None and not any(
                t.low in CLAUSE_START or (t.low.endswith("ing") and t.text.islower()) for t in toks[k:m]
            ):
                # "was killed there with four of his colleagues", "was killed with three others": counted
                # companions (not "with his gun", told above; "with two shots" names no people)
                more = list_starting(self.text, toks, m + 1, len(toks), lex)
                if more is not None and more.figure.best is not None and more.head is not None and not (
                    more.last + 1 < len(toks) and toks[more.last + 1].low in _BYSTANDERS
                ):
                    return joined_phrase(p, more)
            for words in lex.companions.get(low, ()):
                n = len(words)
                if tuple(lows(toks[m : m + n])) != words:
                    continue
                more = list_starting(self.text, toks, m + n, len(toks), lex)
                if more is None or more.figure.best is None or p.figure.best is None:
                    return p
                after = more.last + 1
                if after < len(toks) and ((toks[after].low in DESCRIBING and not self.clause_of_no_outcome(after))
                                          or state_after(toks, after, len(toks), lex) is not None):
                    return p  # "the bodies of two, along with two others who were wounded": not dead
                return joined_phrase(p, more)
        return p

    def companions_before(self, p: Phrase) -> Phrase:
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
                    before.head is not None or person_head(self.lex, toks[m - 1])
                ):
                    return p
                return joined_phrase(before, p)
        return p

    def counted_of_a_group(self, p: Phrase) -> Phrase:
        """ "Eight personnel of the state's District Reserve Guard and a civilian driver were killed": where a
        list's first item is the name of a group after "of", the people counted before "of" are that item
        (nine, not the "Guard" and the driver). ``p``: the list read back from the verb, which opens at
        the group's name or right after "and"."""
        toks = self.toks
        a = next((m for m in range(max(0, p.first - 1), p.last + 1) if toks[m].low == "and"), None)
        if a is None or a < 3:
            return p
        m = a - 1
        while m > 0 and a - m <= GROUP_NAME_WORDS and toks[m].low != "of":
            t = toks[m]
            # a name ("the Border Guard"), a group ("the army"), or whose it is ("the state's")
            if not (
                t.text[0].isupper() or t.low in ARTICLES
                or t.low in POSSESSIVE_MARKS or t.low in self.lex.groups or toks[m + 1].low in POSSESSIVE_MARKS
            ):
                return p
            m -= 1
        if toks[m].low != "of" or m == a - 1:
            return p
        counted = phrase_ending(self.text, toks, m - 1, 0, self.lex)
        tail = p if p.first > a else list_starting(self.text, toks, a + 1, p.last + 1, self.lex)
        if counted is None or tail is None or counted.figure.best is None or tail.figure.best is None or not (
            person_head(self.lex, toks[m - 1])
        ):
            return p
        return joined_phrase(counted, tail)

    def companions_apposed(self, j: int, k: int) -> Phrase | None:
        """ "The mayor, along with two aides, was killed": the subject before the apposition that opens
        at the comma ``j`` and closes at ``k``, with the people the apposition joins to it."""
        toks = self.toks
        for words in self.lex.companions.get(toks[j + 1].low, ()):
            n = len(words)
            if tuple(lows(toks[j + 1 : j + 1 + n])) != words:
                continue
            head = self.subject_at(j - 1)
            more = list_starting(self.text, toks, j + 1 + n, k, self.lex)
            if head is None or more is None or head.figure.best is None or more.figure.best is None:
                return None
            return joined_phrase(head, more)
        return None

    def crimes_alleged(self) -> None:
        """ "Three men suspected of killing a farmer were lynched": with another death told in the
        sentence, the crime the dead were suspected of is an earlier event."""
        if self.alleged and any(r.outcome == "killed" and r not in self.alleged for r in self.out):
            for r in self.alleged:
                r.other_event = True

    def among(self, e: Entry, i: int, end: int) -> bool:
        """ "Five members of a family were among the dead", "Among the dead were 11 children", "The dead
        include five women", "Killed in the attack were three soldiers": the people stand apart from
        the outcome word. True when read so."""
        toks = self.toks
        lex = self.lex
        if e.role not in ("past", "noun"):
            return False
        outcome = e.outcome
        if i >= 2 and numberish(toks[i - 1]) and any(t.low == "among" for t in toks[max(0, i - 4) : i - 1]):
            # "Two staff among 35 dead", "were among 35 dead in the massacre": the count after "among" is
            # the whole the people are part of, the toll
            found = figure_ending(self.text, toks, i - 1, 0)
            if found is not None and found[0].best is not None:
                self.out.append(self.reading(outcome, Phrase(found[0], found[1], i - 1, None)))
                return True
        h = i - 1  # the determiner before the outcome word: "among the dead", "among those killed"
        if e.role == "past":
            w = h - 1 if h >= 2 and toks[h].low in lex.be else h  # "among those who were killed"
            if w >= 2 and toks[w].low == "who" and toks[w - 1].low == "those":
                h = w - 1  # "among those who died", "among those who lost their lives"
        among = h >= 1 and toks[h].low in AMONG and toks[h - 1].low == "among"
        if among or (i >= 1 and toks[i - 1].low == "among"):  # "Three civilians among dead": a headline
            a = h - 1 if among else i - 1
            if a == 0 or toks[a - 1].low in CLAUSE_END or toks[a - 1].low == ",":
                return self.object_after_be(outcome, end)  # "Among the dead were 11 children"
            k, aux = _aux_left(toks, a, 0, lex)
            if not lex.negations.isdisjoint(aux):
                return True  # "His boss was not among the dead": someone the toll leaves out
            subject = list_ending(self.text, toks, k, 0, lex)
            if subject is not None and (any(w in lex.be for w in aux) or not among):
                self.out.append(self.reading(outcome, subject))
            return True
        opens = i == 0 or toks[i - 1].low in CLAUSE_END or (
            i == 1 and toks[0].low == "the"
        ) or (i >= 2 and toks[i - 1].low == "the" and toks[i - 2].low in CLAUSE_END)
        if opens and e.role == "past" and end < len(toks) and (
            toks[end].low in INCLUDE_OR_PLURAL
            or (toks[i - 1].low != "the" and toks[end].low in FRONTED_PREPOSITIONS)
        ):
            return self.object_after_be(outcome, end)  # "The dead include...", "Killed in the blast were..."
        return False

    def object_after_be(self, outcome: Outcome, end: int) -> bool:
        toks = self.toks
        for m in range(end, min(len(toks), end + 9)):
            low = toks[m].low
            if low in CLAUSE_END:
                return False
            if low in INCLUDE_OR_BE:
                k = m + 3 if m + 2 < len(toks) and toks[m + 1].low in NAMING and toks[m + 2].low == "as" else m + 1
                obj = list_starting(self.text, toks, k, len(toks), self.lex)  # ("were named as A, B and C")
                if obj is None:
                    return False
                self.out.append(self.reading(outcome, obj))
                return True
        return False

    def treated_for_injuries(self, e: Entry, end: int) -> bool:
        """Were the people treated for injuries, past the hospital ("were treated in hospital for their
        injuries", "were admitted to the hospital with injuries"): alive, as "treated for injuries" and
        "admitted with injuries" say ([verbs] living_injury_verbs: the preposition of the living verb of
        the hospital verb's first word)?"""
        prepositions = {words[1] for words in self.lex.living_injury_verbs if len(words) == 2 and words[0] == e.words[0]}
        if not prepositions:
            return False
        toks = self.toks
        for k in range(end, min(len(toks) - 1, end + 8)):
            if toks[k].low in CLAUSE_END or toks[k].low == ",":
                return False
            if toks[k].low in prepositions:
                return any(t.low in self.lex.injury_nouns for t in toks[k + 1 : k + 4])
        return False

    def still_in_care(self, i: int) -> bool:
        """Does a passive still going on open the hospital verb at ``i`` ("31 people were being treated in
        hospital", "two are being treated at a local hospital"), or is it a form of "remain" ("450 former
        hostages remain in city hospitals")? Its people are alive: injured, where "were treated in hospital"
        may count the dead."""
        toks = self.toks
        if toks[i].low in REMAIN:
            return True
        if i < 2 or toks[i - 1].low not in STILL_IN_CARE:
            return False
        # (an adverb of time may stand before "being": "49 victims were still being treated")
        return toks[i - 2].low in self.lex.be or (
            i > 2 and toks[i - 2].low in STILL_IN_CARE_ADVERBS and toks[i - 3].low in self.lex.be
        )

    def precaution(self, end: int) -> bool:
        """Does a phrase of the lexicon's ``precautions`` follow within twelve words, before the clause
        ends or another group's words begin ("and two more as a precaution"; a comma only right before it:
        "taken to hospital, as a precaution")?"""
        toks = self.toks
        last = min(len(toks), end + 12) - 1  # the last token a phrase may open at
        for k in range(end, last + 1):
            if toks[k].low in CLAUSE_END or toks[k].low in CONJUNCTIONS or (
                toks[k].low == "," and not (k + 1 < len(toks) and toks[k + 1].low in ("as", "for"))
            ):
                last = k  # (the word that ends the clause is still looked at, as each word before it is)
                break
        at = first_mark(toks, end, len(toks), self.lex.precautions)
        return at is not None and at <= last

    def to_hospital(self, end: int, near: bool = False) -> bool:
        """Does a word of hospitals follow within five words ("taken to Rhode Island Hospital"), or "for
        treatment" within ten, in the same clause ("taken to Marquette for treatment")? Not when the clause
        says it was a precaution ("taken to hospital for checks"). ``near``: the hospital within two words,
        nothing else ("remain in city hospitals", not "remains in police custody in the hospital")."""
        if self.precaution(end):
            return False
        window = [t.low for t in self.toks[end : end + (3 if near else 6)]]
        for words in self.lex.hospitals:
            n = len(words)
            for s in range(len(window) - n + 1):
                if tuple(window[s : s + n]) == words:
                    return True
        if near:
            return False
        for k in range(end, min(len(self.toks) - 1, end + 10)):
            low = self.toks[k].low
            if low in CLAUSE_END or low == ",":
                return False
            if low == "for" and any(t.low in FOR_CARE for t in self.toks[k + 1 : k + 3]):
                return True
        return False

    def fatally(self, i: int, end: int) -> None:
        """ "Two people were shot, one fatally": the figure right before is a count of the dead."""
        toks = self.toks
        nxt = toks[end].low if end < len(toks) else "."
        if not (nxt in CLAUSE_END or nxt in AFTER_ONE_FATALLY):
            return
        if i < 1:
            return
        found = figure_ending(self.text, toks, i - 1, max(0, i - 4))
        if found is None:
            return
        fig, s = found
        self.out.append(self.reading("killed", Phrase(fig, s, i - 1, None, span=(s, i - 1))))

    def past(self, e: Entry, i: int, end: int) -> None:
        lex = self.lex
        toks = self.toks
        if e.words == ("treated",) and end < len(toks) and toks[end].low in TREATED_FOR:
            return  # "treated for shock" is no hurt ("treated for wounds" is the injury noun's); "treated as a homicide"
        if end == i + 1 < len(toks) - 1 and toks[end].low == ":" and self.field_opens(i) and self.labelled(e, i):
            return  # "Killed: 4. Injured: 12.", "Dead: 3, wounded: 15", "Civilians reported killed: 38-57": a label
        if e.words[0] in DEAD_STATES and i > 0 and toks[i - 1].low in INDEFINITE and self.dead_person(i - 1, end):
            return  # "deputies found a dead man", "a deceased white male"
        if i > 0 and toks[i - 1].low in DETERMINERS and end < len(toks) and person_head(lex, toks[end]):
            if e.outcome == "injured" and toks[i - 1].low in INDEFINITE and is_singular(lex, toks[end].low):
                # "an injured woman was found outside": someone new, hurt (whether they died later is
                # same_person.py's to tell)
                self.out.append(self.reading(e.outcome, Phrase(Figure.exact(1), i - 1, end, toks[end].low, single=True)))
            return  # an adjective: "a slain friend", "the injured child" (told elsewhere, if at all)
        # (an adverb of degree may stand between: "evacuated seven seriously wounded people")
        n = i - 2 if i > 1 and toks[i - 1].low in lex.negated_degrees else i - 1
        if n >= 0 and e.outcome == "injured" and end < len(toks) and person_head(lex, toks[end]) and numberish(toks[n]):
            found = figure_ending(self.text, toks, n, 0)  # "the crash left three injured people"
            if found is not None and found[0].best is not None and found[0].best > 1 and not (
                found[1] >= 1 and toks[found[1] - 1].low in DEFINITE  # "one of the five wounded people": told before
            ):
                self.out.append(self.reading(e.outcome, Phrase(found[0], found[1], end, toks[end].low, span=(found[1], n))))
            return
        k, aux = _aux_left(toks, i, 0, lex)
        if e.words[0] in DEAD_STATES and not aux and k == i - 1 >= 1 and toks[k].low in lex.object_pronouns and (
            toks[k - 1].low != "of"  # ("two others, one of them dead": the one is)
        ):
            return  # "the gunman shot her dead": the state of the verb's object, read with the verb
        if e.words[0] in DEAD_STATES and not aux and k == i - 1 >= 0 and toks[k].low in POSSESSIVES:
            return  # "Families buried their dead", "the town mourned its dead": a noun, the dead told elsewhere
        if not aux and k >= 0 and toks[k].low in ARTICLES and toks[k].low not in INDEFINITE:
            # a noun of people, no verb: "told reporters that the wounded had burns"; unless a relative clause
            # gives its figure ("no new figure for the wounded, which it had put at more than 200")
            self.figure_given_by_relative(e, end)
            return
        if e.words[0] in ADJECTIVES_ONLY and lex.be.isdisjoint(aux):
            return  # "the victim was deceased"; no verb ("found the man deceased, the child injured": a list)
        if (not lex.negations.isdisjoint(aux) and not _hurt_lightly(e, aux, lex)) or (aux and aux[0] in lex.near_misses):
            return  # "was not killed", "was nearly killed"
        # (not with "have" right before the verb: "the blast is believed to have killed 14 people" is active)
        passive = not lex.be.isdisjoint(aux) and not (aux and aux[0] in lex.have)
        # "may have been killed", "claimed to have killed", and "may have died" (an intransitive verb's
        # possibility; "could have died" is what did not happen)
        perfect = not lex.have.isdisjoint(aux) and (
            passive or "to" in aux or (not e.transitive and not POSSIBLE.isdisjoint(aux))
        )
        if not perfect and not lex.modals.isdisjoint(aux) and not (
            lex.modals.intersection(aux) == {"to"} and any(
                toks[m].low == "to" and (_caused_to(toks, m, lex) or toks[m - 1].low in REPORTED_TO)
                for m in range(max(k + 1, 1), i)
            )
        ):
            # "could be killed", "could have killed her"; "may have been killed" is hedged, not nothing, and
            # "claimed to have killed 3" is reported, as "caused two people to be killed" is what happened
            # and "1 reported to be lynched" what is told
            return
        if passive and end < len(toks) and toks[end].low == "at" and (end + 1 == len(toks) or toks[end + 1].low in lex.fired_upon):
            return  # "was shot at by gunmen": fired upon, not hit
        also = "also" in aux
        if k >= 0 and toks[k].low == "and":
            # "it could have hit her and killed her": the verbs share the first one's modal. Not a verb with a
            # finite "be" or "have" of its own ("could not be revived and was pronounced dead"), nor an
            # intransitive verb's past after a modal with no "have" ("could not be revived and died": after
            # "could" it would be "die"): those tell what happened.
            own = not FINITE_AUX.isdisjoint(aux)
            for m in range(k - 1, max(-1, k - 9), -1):
                low = toks[m].low
                if low in CLAUSE_END or low == ",":
                    break
                if low in lex.modal_verbs:
                    past = not e.transitive and e.role == "past" and lex.have.isdisjoint(t.low for t in toks[m + 1 : k])
                    if own or past:
                        break
                    return
        if e.transitive and not passive:
            obj = list_starting(self.text, toks, end, len(toks), lex)
            if obj is not None and not aux and self.two_counts(e, i, obj):
                obj = None  # "1 killed 2 injured": a count and its participle, then another
            if obj is not None:
                outcome = self.object_outcome(e.outcome, obj)
                if outcome == "hit" and self.treated_for_injuries(e, obj.last + 1):
                    outcome = "injured"  # "its teams treated 16 people for wounds": alive, as "were treated for wounds"
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
            # "three were killed and as many injured"; "about twice as many wounded"
            times = TIMES_AS_MANY.get(toks[k - 2].low, 1) if k >= 2 else 1
            if self.out and (times == 1 or self.out[-1].figure.best is not None):
                last = self.out[-1]
                fig = last.figure if times == 1 else Figure(
                    (last.figure.best or 0) * times, None, None, "about"
                )
                self.out.append(Reading(e.outcome, fig, last.start, last.end, last.victims,
                                        derivation=f"{'as' if times == 1 else toks[k - 2].low + ' as'} many as the "
                                                   f"{last.figure.best} {last.outcome} before",
                                        after=self.after))
            return
        outcome = e.outcome
        if outcome == "killed" and _survived_after(toks, end, lex):
            outcome = "hit"  # "was gunned down outside a store and survived"
        subject = None
        if k >= 0 and (toks[k].low in SAME_SUBJECT or (toks[k].low == "," and 0 <= k - self.verb_end <= 5)) and (
            not passive or self.last_subject is not None
            or any(w in REMAIN for w in aux)  # "were abducted and remain missing"
            or (toks[k].low == "and" and passive)  # "an infant was carried 300 yards and was injured"
        ):
            subject = self.shared_subject(k, outcome == "killed")
            if subject is not None and outcome == "killed":
                # "1 other guy shot, killed too", "were shot and died": the people hit are the dead
                lo_tok, hi_tok = subject.span or (subject.first, subject.last)
                start, stop = toks[lo_tok].start, toks[hi_tok].end
                self.out = [r for r in self.out
                            if not (r.outcome in ("hit", "injured") and r.start == start and r.end == stop)]
        if subject is None and (passive or not e.transitive) and k >= 1 and toks[k].low in RELATIVES_OF_PEOPLE:
            j = k - 2 if toks[k - 1].low == "," else k - 1
            near = phrase_ending(self.text, toks, j, 0, lex)
            if near is not None and near.first >= 1 and toks[near.first - 1].low in INCLUDING:
                subject = near  # "ten friends, including the boy who was killed": the boy
            else:
                subject = list_ending(self.text, toks, j, 0, lex)
            if subject is None and near is not None and near.single and near.first >= 1 and toks[near.first - 1].low == "by" and (
                toks[k - 1].low == "," and is_name(toks[near.last])
            ):
                subject = near  # "The bomb was carried by Ed Walsh, who was killed": the agent, named after "by"
            if subject is None and toks[k - 1].low == "," and (
                apposed := named_before_apposition(self.text, toks, k - 1, 0, lex)
            ) is not None and apposed.first >= 1 and toks[apposed.first - 1].low == "by":
                subject = apposed  # "... by Ed Walsh, a member of the IRA, who was killed": the one apposed
            if subject is None:
                return  # "the boy who was killed": the one before "who"
        if subject is None:
            if k >= 0 and (toks[k].low in lex.relatives or toks[k].low == "and"):
                return
            subject = (self.with_people(k, aux) if outcome == "injured" else None) or self.count_after_participle(k, aux) or (
                self.subject_at(k)
            )
            if subject is None and k >= 0 and toks[k].low == "they" and (passive or not e.transitive) and (
                outcome == "killed" or (k == 0 and e.role == "hospital")
            ):
                # "Two men were shot and taken to a hospital, where they died"; "Eight workers were
                # abducted. Days later they were found dead"
                told = self.hit_before(k)
                if told is None and all(t.low not in self.lex.relatives and t.low != "," for t in toks[:k]):
                    # ("7 men were detained by police - they were later found dead": a dash or a semicolon
                    # opens a clause whose "they" may stand for the people told before it in the sentence)
                    told = self.antecedent(k if toks[k - 1].low in DASHES or toks[k - 1].low == ";" else 0)
                elif told is None and 2 <= k <= 6 and toks[k - 1].low == "," and toks[k - 2].low in FRONTED_TIME_ENDS and all(
                    t.low != "," and not person_head(self.lex, t) for t in toks[: k - 1]
                ):
                    told = self.antecedent()  # "Two days later, they were found shot dead": a time, then "they"
                subject = None if told is None else Phrase(told.figure, k, k, None)
            if subject is None:
                return
            lo = max(0, subject.first - 6)
            neg = next((m for m in range(lo, subject.first + 1) if toks[m].low in lex.subject_negations), None)
            if neg is not None:
                if passive and (neg == 0 or toks[neg - 1].low in CLAUSE_END):
                    # "Neither the driver nor the passenger was injured", "None of the 12 miners was hurt"
                    self.out.append(self.reading(outcome, Phrase(Figure.exact(0), neg, subject.last, None)))
                return  # (and no figure where the negation stands inside the clause)
            if any(t.low in UNKNOWN_WHETHER or t.low in lex.negations for t in toks[max(0, subject.first - 3) : subject.first]):
                return  # "could not say if the man had died", "don't let my baby die"
            if passive and all(w not in lex.be or w in lex.present_be for w in aux) and any(
                t.low in lex.generic for t in toks[max(0, subject.first - 4) : subject.first]
            ):
                return  # "Any time one of our students is hurt": no event
            follows = toks[end].low if end < len(toks) else "."
            # "officers killed Thursday were", "seven soldiers killed, ten wounded": no object, a passive
            reduced = follows in PLACE_WORDS or follows in WHEN_WORDS or follows in lex.be or (
                # "five suspects killed as they fought police": a clause of time, not an object
                follows == "as" and end + 1 < len(toks) and toks[end + 1].low not in AS_MANY
            ) or (
                follows in CLAUSE_END
                or (follows in LIST_JOINERS and subject.figure.best is not None and not subject.single)
            )
            if e.transitive and not passive and subject.figure.best != 0 and (
                (subject.single and subject.head is None and toks[subject.first].text[0].isupper())
                or (subject.head in lex.agents and not reduced)
            ):
                if len(e.words) == 1 and e.words[0] in lex.losses:
                    self.last_subject = subject  # "Neave lost both legs and died": who lost is who died
                return  # "He shot...", "Gunmen killed": the subject did it
            if subject.head in lex.hazards:
                return  # "A Russian strike on a hotel killed ...": a thing that kills is no one killed
            if not subject.single and (subject.figure.best or 0) > 1 and any(w in SINGULAR_AUX for w in aux):
                one = two_roles(toks, subject)
                if one is None and subject.head is None and not counted_items(toks, subject):
                    # "Jamie clayton, 22 was shot": a number with "was" is no count (but "A British contractor
                    # and one South African was killed": two people, each counted, the verb's number slips)
                    return
                subject = one or subject  # "A religious leader and party leader was shot" (a couple was two)
            self.last_subject = subject
        if passive and toks[i - 1].low == "both" and subject.figure.best == 1 and subject.head is None:
            # "Ali Musa and his wife Amina were both killed": "both" counts the two the list did not
            subject = Phrase(Figure.exact(2), subject.first, subject.last, None, span=subject.span)
        if outcome in ("killed", "injured"):
            subject = self.with_companions(subject, end)
        if outcome != "killed":
            subject = self.named_one_of(subject)
        r = self.reading(outcome, subject, also)
        self.out.append(r)
        if outcome in ("killed", "injured"):
            self.second_clause(r, subject)
            if passive or not e.transitive:
                self.gapped(r, end)

    def named_one_of(self, p: Phrase) -> Phrase:
        """A person hit named in an apposition after "one of the" and a group's noun ("One of the attackers,
        Hans-Joachim Klein, was shot"): one of that group, so that attackers hit are told apart from the
        victims killed (statements.py). Not for the dead: a dead attacker's group adds by its own rules."""
        toks = self.toks
        f = p.first
        if not p.single or p.head is not None or f < 5 or toks[f - 1].low != ",":
            return p
        m = f - 2
        if not (person_head(self.lex, toks[m]) and toks[m - 1].low in DEFINITE and toks[m - 2].low == "of"
                and toks[m - 3].low == "one" and (m - 4 < 0 or toks[m - 4].low in CLAUSE_END)):
            return p
        return Phrase(p.figure, m - 3, p.last, toks[m].low, single=True, span=p.span)

    def gapped(self, r: Reading, end: int) -> None:
        """ "Twenty-one people were killed in Ogossagou and 19 in Welingara": a second count whose verb the
        first's stands for, at another named place; "eight died in Guatemala, five in Honduras and two in
        Nicaragua", a list of them (its last joined by "and"). All are read, and summed as separate groups."""
        toks = self.toks
        hi = min(len(toks), end + 12)
        k = end
        while k < hi and toks[k].low not in ("and", ","):
            if toks[k].low in CLAUSE_END or entry_at(toks, k, self.lex) is not None:
                return
            k += 1
        if k >= hi or r.other_event or not any(
            toks[m].low in GAPPED_AT for m in range(end, k)
        ):
            return  # (the first count is at a place too: "killed in X and 19 in Y")
        if toks[k].low == "," and not any(toks[m].low in GAPPED_AT and is_name(toks[m + 1]) for m in range(end, k - 1)):
            return  # "Six were killed in the tornado, five in Marshall County and one in Cullman": a whole, then its parts
        items: list[tuple[Figure, int, int]] = []  # each further count: its figure, first and last token
        while k < len(toks) and toks[k].low in ("and", ","):
            joined_by_and = toks[k].low == "and" or (k + 1 < len(toks) and toks[k + 1].low == "and")
            s = k + 2 if toks[k].low == "," and joined_by_and else k + 1
            found = figure_starting(self.text, toks, s, min(len(toks), s + 6))
            if found is None:
                return
            fig, e = found
            if e + 2 < len(toks) and toks[e + 1].low == "more" and toks[e + 2].low in GAPPED_AT:
                # "101 civilians died in the building and 4 more in a neighbouring house": "more" says they
                # add, at a place named or not
                items.append((fig, s, e + 1))
                k = e + 3
                while k < len(toks) and k - e < 9 and toks[k].low not in CLAUSE_END and toks[k].low not in (",", "and") and (
                    toks[k].low not in self.lex.be and toks[k].low not in self.lex.phrases
                ):
                    k += 1
                if joined_by_and:
                    break
                continue
            if not (e + 2 < len(toks) and toks[e + 1].low in GAPPED_AT and is_name(toks[e + 2])):
                return
            items.append((fig, s, e))
            k = e + 3
            while k < len(toks) and is_name(toks[k]):
                k += 1
            if joined_by_and:
                break
        else:
            return  # a list ends with "and": "eight in Guatemala, five in Honduras" may go on in a clause
        if k < len(toks) and (toks[k].low in self.lex.be or toks[k].low in self.lex.phrases):
            return  # "... and 3 in Kandahar were hurt": a clause of its own
        figures = [r.figure.best, *(fig.best for fig, _, _ in items)]
        if any(x is None for x in figures) or (len(items) > 1 and sum(x or 0 for x in figures[1:]) == figures[0]):
            return  # (a whole and its parts: "six in the state, five in Alma and one in Dover")
        for fig, s, e in items:
            self.out.append(Reading(r.outcome, fig, toks[s].start, toks[e].end, None, after=r.after))
        n = sum(x or 0 for x in figures)
        last = items[-1][2]
        self.out.append(Reading(r.outcome, Figure(n, n, n, r.figure.qualifier), r.start, toks[last].end, None,
                                derivation=f"sum of {' and '.join(map(str, figures))}: separate groups", after=r.after))

    def second_clause(self, r: Reading, subject: Phrase) -> None:
        """ "Two raiders were killed in the clash and three herders died": two groups of dead, each the
        subject of its own verb, joined by "and", are counted together; so are two groups of injured ("her
        son was seriously wounded and her husband was slightly hurt"). A pronoun is someone told before
        ("a woman was hurt when a tree fell and she was struck by debris")."""
        toks = self.toks
        a = subject.first - 1
        joined = a >= 1 and (toks[a].low == "and" or (toks[a].low in ITEM_JOINERS and numberish(toks[subject.first])) or (
            toks[a].low == "," and numberish(toks[subject.first]) and self.died_at_once(a)
        ))
        if not joined or r.other_event or subject.figure.best is None or any(
            t.low == "of" or t.low in ADDED for t in toks[subject.first : subject.last + 2]
        ) or (subject.first == subject.last and toks[subject.first].low in self.lex.pronouns):
            # "and one of the dead was a child": one of those counted; "and a third person was killed",
            # "and two more": a report's total (totals.py) tells them
            return
        if any(t.low == "still" or t.low in REMAIN for t in toks[subject.last + 1 : subject.last + 4]):
            return  # "16 people had been injured ... and nine were still in hospital": a part of them, in care
        before = [x for x in self.out[:-1] if _one_outcome(x.outcome, r.outcome) and x.end <= toks[a].start and x.figure.best]
        if not before:
            return
        first = before[-1]
        if first.derivation and first.derivation.endswith(": separate groups") and len(before) >= 2 and (
            before[-2].end == first.end or before[-2].start >= first.start
        ) and toks[a].low != "and":
            # "6 burned/ 6 killed by machete/ 3 shot dead": the list's sum so far gives way to its items
            del self.out[next(k for k, x in enumerate(self.out) if x is first)]
            before = before[:-1]
            first = before[-1]
        if first.other_event or first.after > toks[a].start or first.derivation:
            return
        gap = [m for m in range(max(0, a - 9), a) if first.after <= toks[m].start]
        if any(toks[m].low in CLAUSE_END or toks[m].low.rstrip(".") in MONTHS or toks[m].low in WEEKDAYS
               or entry_at(toks, m, self.lex) or toks[m].low in CLAUSE_START for m in gap) or len(gap) > 8:
            # another verb or clause stands between them, or a date ("on January 15 and a man ..."), or the
            # second group is in a clause of the first's ("was hurt when a tree fell and a boy was struck")
            return
        parts = self.listed_before(first, before[:-1], r)
        figures = [p.figure.best or 0 for p in parts] + [subject.figure.best or 0]
        n = sum(figures)
        outcome: Outcome = r.outcome if first.outcome == r.outcome else "hit"  # (injured and hit: the dead may be among them)
        self.out.append(Reading(outcome, Figure(n, n, n, first.figure.qualifier), parts[0].start, r.end, None,
                                derivation=f"sum of {' and '.join(map(str, figures))}: separate groups",
                                after=r.after))

    def two_counts(self, e: Entry, i: int, obj: Phrase) -> bool:
        """Is the bare count after the verb at token ``i`` no object but the subject of a participle of another
        outcome right after it, the verb being the participle of a bare count right before it ("Raid on a
        village - 1 killed 2 injured": a note's clauses with no mark between them; a bare count kills no one)?"""
        toks = self.toks
        j = obj.last + 1
        if not (obj.first == obj.last == i + 1 and numberish(toks[obj.first]) and i >= 1 and numberish(toks[i - 1]) and j < len(toks)):
            return False
        after = entry_at(toks, j, self.lex) if toks[j].low in self.lex.phrases else None
        return after is not None and after.role == "past" and after.outcome != e.outcome

    def count_after_participle(self, k: int, aux: list[str]) -> Phrase | None:
        """The bare count at token ``k`` right before a verb, when a participle of an outcome stands right before
        it ("1 killed 2 injured": the 2 are the injured; see :meth:`two_counts`)."""
        toks = self.toks
        if aux or k < 2 or not toks[k].low[0].isdigit() or not numberish(toks[k]) or toks[k - 1].low not in self.lex.phrases:
            return None
        before = entry_at(toks, k - 1, self.lex)
        if before is None or before.role != "past" or len(before.words) != 1 or not numberish(toks[k - 2]):
            return None
        fig = parse_figure(toks[k].low)
        return None if fig is None else Phrase(fig, k, k, None, span=(k, k))

    def died_at_once(self, comma: int) -> bool:
        """Does a phrase of [syntax] died_at_once ("instantly", "on the spot") close the clause before the comma
        at token ``comma``?"""
        toks = self.toks
        return any(
            comma >= len(words) and all(toks[comma - len(words) + i].low == w for i, w in enumerate(words))
            for words in DIED_AT_ONCE
        )

    def listed_before(self, first: Reading, before: list[Reading], r: Reading) -> list[Reading]:
        """The items of a list of groups, each with its own verb of ``r``'s outcome, told before ``first``
        and joined to it by commas ("Six were burned to death in their houses, six killed by machete and
        three shot dead": the six burned, then ``first``), in order and ending with ``first``; only
        ``first`` where the earlier items are a whole whose parts the later tell ("Ten were killed, six
        were shot and four were hacked")."""
        toks = self.toks
        parts = [first]
        k = next((m for m, t in enumerate(toks) if t.start == first.start), None)
        for x in reversed(before):
            if k is None or k < 2 or (toks[k - 1].low != "," and toks[k - 1].low not in ITEM_JOINERS):
                break
            comma = k - 1
            if x.outcome != r.outcome or x.derivation or x.other_event or x.end > toks[comma].start or x.after > toks[comma].start:
                break
            gap = [m for m in range(comma) if x.after <= toks[m].start]
            if len(gap) > 8 or any(toks[m].low in CLAUSE_END or toks[m].low == "," or toks[m].low in ITEM_JOINERS or toks[m].low in CLAUSE_START
                                   or entry_at(toks, m, self.lex) for m in gap):
                break
            parts.insert(0, x)
            k = next((m for m, t in enumerate(toks) if t.start == x.start), None)
        if len(parts) > 1 and sum(p.figure.best or 0 for p in parts[1:]) + (r.figure.best or 0) == parts[0].figure.best:
            return [first]
        return parts

    def with_people(self, k: int, aux: list[str]) -> Phrase | None:
        """ "four homes were destroyed with one person injured": the people after "with", when no
        auxiliary stands between them and the verb."""
        if aux or k < 1:
            return None
        p = phrase_ending(self.text, self.toks, k, 0, self.lex)
        if p is None or p.first < 1 or self.toks[p.first - 1].low != "with":
            return None
        if p.head is None:
            # ", with 300 injured": a bare count after a clause's comma and "with"
            return p if p.first >= 2 and self.toks[p.first - 2].low == "," and p.figure.best is not None else None
        return p if p.head == "others" or person_head(self.lex, self.toks[p.last]) else None  # "with 40 more wounded"

    def apposed_subject(self, k: int) -> Phrase | None:
        """A subject with an apposition: "Richard Welch, special assistant to the ambassador, was shot",
        "A French teacher, Richard Roger, was wounded": one person."""
        toks = self.toks
        if k < 1 or toks[k].low != ",":
            return None
        j = k - 1
        who = -1
        verb = False
        while j > 0 and k - j <= 2 * WINDOW and (toks[j].low != "," or between_ages(toks, j) or before_a_region(toks, j)):
            low = toks[j].low
            if low in CLAUSE_RELATIVES and who < 0:
                who = j
            if low in CLAUSE_END and low not in ("(", ")"):
                return None
            verb = verb or low in self.lex.verb_ends
            j -= 1
        if verb and not (toks[j].low == "," and toks[j + 1].low in CLAUSE_RELATIVES):
            return None  # a verb between the commas, unless a relative clause holds it: "The assailant, who stabbed 3 people, was shot dead"
        if who > 0 and (j <= 0 or toks[j].low != "," or who < j):
            # "Two contractors who work with US forces, were found dead": the subject before "who"
            p = list_ending(self.text, toks, who - 1, 0, self.lex)
            if p is None and toks[who].low == "where":
                p = self.subject_before_place(who - 1)  # "A person inside the house where the tree fell,"
            return None if p is None else Phrase(p.figure, p.first, k - 1, p.head, p.single, p.span)
        if j <= 0 or toks[j].low != ",":
            return None
        # the subject before the apposition ("Five people, including three Belgians,"), else one person
        # named in it ("A French teacher, Richard Roger,")
        p = list_ending(self.text, toks, j - 1, 0, self.lex)
        if p is None and toks[j + 1].low in AGES_OF_SEVERAL:
            p = self.subject_before_place(j - 1)  # "Two children in the second trailer, ages 5 and 12,"
        if p is None and (toks[j + 1].low in INCLUDING or toks[j + 1].low == "among"):
            p = before_participle(self.text, toks, j - 1, 0, self.lex)  # "Four men living there, including"
            if p is None:
                # "All 329 people on board, among them 86 children,": the subject before its place
                p = self.subject_before_place(j - 1)
        if p is not None:
            return Phrase(p.figure, p.first, k - 1, p.head, p.single, p.span)
        p = phrase_ending(self.text, toks, skip_age(toks, k - 1, 0), 0, self.lex)
        if p is not None and p.single:
            return Phrase(p.figure, p.first, k - 1, p.head, single=True)
        return None

    def count_of_whose(self, j: int, k: int) -> Phrase | None:
        """ "Seventeen national staff of the charity, sixteen Tamils and one Muslim, were shot dead": a count
        of people, "of" and whose they are (up to five words) before the comma ``j``, when the list between
        the commas ``j`` and ``k`` tells as many people again, one kind at a time (not "... of the charity, a
        driver and a guard, were": a list that is not the count's people)."""
        toks = self.toks
        of = next((m for m in range(j - 2, max(0, j - 7), -1) if toks[m].low == "of"), None)
        if of is None or of < 1 or any(t.low in CLAUSE_END or t.low == "," for t in toks[of + 1 : j]):
            return None
        if not person_head(self.lex, toks[of - 1]):
            return None
        count = phrase_ending(self.text, toks, of - 1, 0, self.lex)
        parts = list_ending(self.text, toks, k - 1, j + 1, self.lex)
        if count is None or count.single or count.figure.best is None or parts is None or parts.first != j + 1:
            return None
        if parts.figure.best != count.figure.best:
            return None
        return Phrase(count.figure, count.first, j - 1, count.head, span=count.span)

    def subject_at(self, k: int) -> Phrase | None:
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
        if k >= 4 and self.toks[k].low == ")" and self.toks[k - 2].low == "(" and self.toks[k - 3].low == "," and (
            self.toks[k - 1].low.isdigit()
        ):
            k -= 3  # "the other, his brother, (49) was injured": an age in parentheses after the apposition
        if k >= 3 and self.toks[k - 1].low == "," and STATE_CODE.fullmatch(self.toks[k].text):
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
                (k - j <= 8 and self.toks[j + 1].low in SUMMING_UP) or listed
            ):
                before = list_ending(self.text, self.toks, j - 1, 0, self.lex)
                if before is None:
                    # "Five Afghans travelling with him, his driver and four security guards, were also killed":
                    # the count before a participle's phrase and the apposition that lists them
                    before = before_participle(self.text, self.toks, j - 1, 0, self.lex)
                if before is not None and not before.single:
                    return before
                if listed and (before is None or before.single) and (whose := self.count_of_whose(j, k)):
                    return whose
                if before is not None and before.head is None and self.toks[j + 1].low in ARTICLES and (
                    k + 1 < len(self.toks) and self.toks[k + 1].low not in PLURAL_AUX
                ):
                    # "Ali Hasan, the chief of Khar and a council member, was killed": one person's roles
                    return Phrase(before.figure, before.first, k - 1, None, single=True)
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
                outer.figure.best is not None and person_head(self.lex, self.toks[near.first - 2])
            ):
                near = Phrase(outer.figure, outer.first, near.last, outer.head, span=outer.span)
        if near is not None and near.single and self.toks[k].low == ",":
            # "Five people, including Hadi Musa, the State Prosecutor, were injured": the count before
            # "including" and the appositions, not the one person the last of them names
            apposed = self.apposed_subject(k)
            if apposed is not None and not apposed.single and apposed.first < near.first and any(
                t.low in INCLUDING for t in self.toks[apposed.first : near.first]
            ):
                near = apposed
            elif near.head is None and near.first >= 3 and self.toks[near.first - 1].low == ",":
                near = self.counted_before_of(near.first - 2, k) or near
            elif near.head is not None and near.first >= 1 and self.toks[near.first - 1].low == "," and (
                self.toks[near.first].low in ARTICLES and apposed is not None and not apposed.single
                and (apposed.figure.best or 0) > 1 and apposed.first < near.first
            ):
                # "Ali Hussain, an Assistant Inspector and Omar Ali, a Head Constable of Garissa Police, were
                # killed": a role between commas tells the last name of a list again
                near = apposed
        if near is not None and near.first >= 3 and self.toks[near.first - 1].low == "by" and (
            self.participle(near.first - 2)
        ):
            # "9-year-old shot by his brother dies": the one shot, not the one who shot
            near = list_ending(self.text, self.toks, near.first - 3, 0, self.lex)
        if near is not None:
            near = self.companions_before(self.counted_of_a_group(near))
        elif (own := phrase_ending(self.text, self.toks, k, 0, self.lex)) is not None and (
            (joined := self.companions_before(own)) is not own
        ):
            near = joined  # "Two guards along with a cook were hurt": the item after "with" read alone
        if near is not None and k + 1 < len(self.toks) and (
            self.toks[k + 1].low in self.lex.be
            # (an intransitive verb right after the object of the clause's verb, not after "resulted in a
            # suspect": "dead" there is the suspect's state)
            or (self.intransitive_at(k + 1) and near.first >= 1 and self.toks[near.first - 1].low in self.lex.verb_ends)
        ) and self.in_relative_clause(near.first):
            # "A man who killed his neighbour was lynched", "a teen wounded in a shooting that killed his
            # brother died": the one before the clause, not the object inside it
            near = self.subject_before_place(k) or near
        return (
            near or self.subject_before_place(k)
            or self.apposed_subject(k)
            # "A senior member of the Council of Ministers, was killed": a comma that closes no apposition
            or (self.subject_before_place(k - 1) if k >= 1 and self.toks[k].low == "," else None)
        )

    def counted_before_of(self, j: int, k: int) -> Phrase | None:
        """ "Two workers of an aid group, Helvetas Relief, were killed", "Two sons of the governor, Ali
        Musa,": the people counted before "of" when one thing or person after it ends at token ``j`` and
        a name after its comma, up to the comma ``k``, tells that one again, not one of the people."""
        toks = self.toks
        lex = self.lex
        if not (toks[j].low.isalpha() and is_singular(lex, toks[j].low)):
            return None
        m = j - 1
        while m > 1 and j - m < 6 and toks[m].low != "of":
            if toks[m].low in CLAUSE_END or toks[m].low in LIST_OR_CONJUNCTION or toks[m].low in lex.verb_ends:
                return None
            m -= 1
        if toks[m].low != "of" or toks[m + 1].low not in DETERMINERS:
            return None
        outer = phrase_ending(self.text, toks, m - 1, 0, lex)
        if outer is None or outer.single or (outer.figure.best or 0) < 2 or not person_head(lex, toks[m - 1], counted=True):
            return None
        return Phrase(outer.figure, outer.first, k - 1, outer.head, span=outer.span)

    def intransitive_at(self, j: int) -> bool:
        """Does an entry whose subject is the one it happened to ("died", "perished") open at token ``j``?"""
        e = entry_at(self.toks, j, self.lex)
        return e is not None and not e.transitive and e.role in ("past", "present")

    def participle(self, j: int) -> bool:
        """Is token ``j`` a participle that may follow its noun ("a girl injured by a stray bullet")?"""
        low = self.toks[j].low
        return low in self.lex.verb_ends and low.endswith(("ed", "shot", "hurt", "slain"))

    def in_relative_clause(self, first: int) -> bool:
        """Does a relative pronoun open the clause the phrase at ``first`` stands in, with a word between
        ("who allegedly killed this woman")?"""
        for m in range(first - 2, max(-1, first - 8), -1):
            low = self.toks[m].low
            if low in CLAUSE_END or low == ",":
                return False
            if low in self.lex.relatives:
                return True
        return False

    def subject_before_place(self, k: int, nested: bool = False) -> Phrase | None:
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
            if low in CLAUSE_END or low == ",":
                break
            if low in self.lex.relatives:
                if any(t.low in SPEECH_VERBS for t in self.toks[max(0, m - 4) : m]):
                    break  # "told a reporter that the victims had burns": what was told, no relative
                # the subject before "who" ("one of the victims in the shooting that sent five people to
                # the hospital has died"), itself perhaps followed by where it was
                found = list_ending(self.text, self.toks, m - 1, 0, self.lex)
                if found is not None and found.single and found.first >= 2 and self.toks[found.first - 1].low == "," and (
                    is_name(self.toks[found.first - 2])
                ):
                    # "a captain, two of his men, and Ali Musa, a prisoner who was under arrest": the role and its
                    # clause tell the list's last name again
                    named = list_ending(self.text, self.toks, found.first - 2, 0, self.lex)
                    if named is not None and not named.single and (named.figure.best or 0) > 1:
                        found = Phrase(named.figure, named.first, found.last, named.head, span=named.span)
                if found is None and not nested:
                    # "A reporter working for Al-Hurra TV, which is based in X, was killed"
                    found = self.subject_before_place(m - 2 if self.toks[m - 1].low == "," else m - 1, nested=True)
                return found
        j = k
        while j > 0 and k - j < 16:
            low = self.toks[j].low
            if low == ")" and j < k:
                # "Gang member responsible for coordinating matatu (bus) extortion was shot": an aside
                m = j - 1
                while m > 0 and j - m < 8 and self.toks[m].low not in ("(", ")"):
                    m -= 1
                if self.toks[m].low == "(":
                    j = m - 1
                    continue
            if low in AFTER_AN_EVENT and j >= 2 and self.participle(j - 1) and not any(
                e.outcome == "killed" for e in self.lex.phrases.get(self.toks[j - 1].low, ())
            ):
                j -= 1  # "A teen hospitalized after a weekend shooting has died": the participle's noun
                continue
            if low in CLAUSE_START or low in SPEECH_VERBS:
                return None  # "The doctor at the hospital said the dead were ...": the speaker
            if j < k and j >= 1 and self.participle(j):
                # "A girl injured by a stray bullet on Friday has died": the noun before the participle
                p = list_ending(self.text, self.toks, j - 1, 0, self.lex)
                if p is not None:
                    return p
            if low in PLACE_WORDS or low in NOUN_PREPOSITIONS or (low.endswith(("ing", "ed")) and j < k and low.isalpha()) or (
                low in IRREGULAR_PARTICIPLES and j < k and self.toks[j - 1].low not in SUMMING_UP
                and person_head(self.lex, self.toks[j - 1])  # ("were both taken to the hospital": no participle's noun)
            ):
                # "An influential figure in the Daman district of Qandahar province", "Three men suspected
                # of ...": the nearest reading before a preposition or a participle, the leftmost first
                p = list_ending(self.text, self.toks, j - 1, 0, self.lex)
                if p is None and j >= 2 and self.toks[j - 1].low in POST_ADJECTIVES:
                    p = list_ending(self.text, self.toks, j - 2, 0, self.lex)  # "Six men responsible for ..."
                if p is not None:
                    return p
            if low == ",":
                return self.before_apposition(j)
            if low in CLAUSE_END:
                return None
            j -= 1
        return None

    def before_apposition(self, j: int) -> Phrase | None:
        """The subject before an apposition that ends at the comma ``j``: "Two men, both Iraqi citizens,
        working for a TV channel", "Four guards, including a security chief, of a company"."""
        toks = self.toks
        m = j - 1
        while m > 0 and j - m <= 2 * WINDOW and toks[m].low != ",":
            if toks[m].low in CLAUSE_END or toks[m].low in self.lex.verb_ends or toks[m].low in CLAUSE_START:
                return None
            m -= 1
        if m <= 0 or toks[m].low != ",":
            return None
        if toks[m + 1].low in PLACE_WORDS and m + 2 < j:
            # "Ten officers from the camp in Garissa, on patrol along the road near the border, died": an
            # aside of where they were, itself after a subject that may say where it was from
            return list_ending(self.text, toks, m - 1, 0, self.lex) or self.subject_before_place(m - 1, nested=True)
        if j - m > 10 or toks[m + 1].low not in APPOSITION_OPENERS:
            return None
        return list_ending(self.text, toks, m - 1, 0, self.lex)

    def shared_subject(self, k: int, told_before: bool = False) -> Phrase | None:
        """The subject of a verb after "and": "were shot and died", "were swept away by floods and died".
        Not a subject before a clause of contrast that opens before the verb ("Nineteen persons were killed,
        while seven others sustained gunshot wounds and are in hospital": the seven are in hospital).
        With ``told_before``, a "they" opening the sentence or a clause after a dash stands for the people
        told before it ("Eight workers were abducted. They were handed to a militia and later found dead")."""
        if self.last_subject is not None and self.last_subject.last < k and not any(
            t.low in _CONTRAST for t in self.toks[self.last_subject.last + 1 : k]
        ):
            return self.last_subject
        lex = self.lex
        j = k - 1
        while j >= 0 and k - j <= WINDOW:
            if self.toks[j].low in lex.be:
                kk, _ = _aux_left(self.toks, j + 1, 0, lex)
                if told_before and kk >= 0 and self.toks[kk].low == "they" and (
                    kk == 0 or self.toks[kk - 1].low in DASHES or self.toks[kk - 1].low == ";"
                ):
                    told = self.antecedent(kk)
                    return None if told is None else Phrase(told.figure, kk, kk, None)
                return self.subject_at(kk)
            if self.toks[j].low in CLAUSE_END:
                return None
            if self.toks[j].low.endswith("ed") and j - 1 >= 0 and person_head(lex, self.toks[j - 1]):
                return list_ending(self.text, self.toks, j - 1, 0, lex)  # "1 priest dragged from his car and killed"
            if told_before and self.toks[j].low.endswith("ed") and j - 1 >= 0 and self.toks[j - 1].low in ONE_PERSON_PRONOUNS and (
                k + 1 < len(self.toks) and self.toks[k + 1].low in lex.be
            ):
                # "she arrived home in the Santa Fe neighbourhood and was shot dead in her car": one person, dead
                # (a passive death only: "he exchanged gunfire with an officer and was injured" is often the
                # attacker, whom crime reports count apart)
                return Phrase(Figure.exact(1), j - 1, j - 1, None, single=True)
            j -= 1
        return None

    def active(self, e: Entry, i: int, end: int) -> None:
        lex = self.lex
        toks = self.toks
        if e.role == "present" and e.words[0] in lex.injury_nouns and not (
            i > 0 and (person_head(lex, toks[i - 1]) or toks[i - 1].low in lex.pronouns or is_name(toks[i - 1]))
        ) and not (i + 1 < len(toks) and numberish(toks[i + 1])):  # ("kills 2, wounds 5": a verb, its object)
            self.injury(i)  # "a fatal gunshot wound", "received non-life-threatening wounds": a noun
            return
        if e.role == "gerund" and e.words[0] in lex.injury_nouns and i > 0 and numberish(toks[i - 1]):
            self.noun(Entry((e.words[0],), "noun", e.outcome), i)  # "caused 15 injuries to festival-goers"
            return
        if e.words == ("injury", "to") and any(t.low in OFFENCE_PREPOSITIONS for t in toks[max(0, i - 2) : i]):
            return  # "charged with felony injury to a child": an offence's name
        # "claim to kill three", "forcing police to kill 3": what was done
        claimed = i >= 2 and toks[i - 1].low == "to" and (
            toks[i - 2].low in CLAIM_TO or _caused_to(toks, i - 1, lex)
            # "killed two in addition to wounding five": a gerund after a preposition in "to", no infinitive
            or (e.role == "gerund" and i >= 3 and (toks[i - 3].low, toks[i - 2].low) in GERUND_PREPOSITIONS_TO)
        )
        if i > 0 and not claimed and (toks[i - 1].low in lex.modals or toks[i - 1].low in lex.negations
                                      or toks[i - 1].low in lex.near_misses):
            return  # "to kill", "did not kill", "nearly killing"
        if e.role == "gerund" and _aimed_at(toks, i):
            return  # "a raid aimed at killing the commander": an aim
        if e.role == "gerund" and end < len(toks) and toks[end].low in DEED_COMPOUNDS:
            return  # "the church shooting suspect was caught": a noun, no verb
        if e.role == "present" and i > 0 and toks[i - 1].low in DETERMINERS and toks[i - 1].low not in ONE:
            return  # "pointed the gun down the hall": a noun after its determiner
        clause = max(0, i - 7)
        for m in range(i - 1, clause - 1, -1):
            if toks[m].low in CLAUSE_END:
                clause = m + 1
                break
        joint = i - 2 if i > 1 and toks[i - 1].low.endswith("ly") and toks[i - 1].low.isalpha() else i - 1  # ("or seriously injure")
        if e.role == "present" and not e.words[-1].endswith("s") and joint >= 0 and toks[joint].low in CONJUNCTIONS and any(
            (t.low in lex.modals and not (t.low == "to" and _caused_to(toks, m, lex))) or t.low in lex.negations
            for m, t in enumerate(toks[clause:i], clause)
        ):
            return  # "threatened to blow up the ship and kill two hostages" (not "forcing police to fire and kill 3"),
            # "don't go and shoot another child", "designed to kill or seriously injure him": a bare verb joined
            # to a verb that did not happen
        if not e.transitive and e.role == "present":  # "two people die"
            self.past(e, i, end)
            return
        if e.words == ("body", "of") and not any(
            t.low in lex.body_finds for t in toks[max(0, i - 8) : min(len(toks), end + 12)]
        ):
            return  # "put the body of a woman in a car": a death told elsewhere, if at all
        k = end
        if (e.words[-1] == "of" or (k < len(toks) and toks[k].low == "of")) and i > 0 and (
            toks[i - 1].low in ATTEMPTS_OR_PLANS
        ):
            return  # "the attempted assassination of the governor"
        if k < len(toks) and toks[k].low == "of":
            if e.outcome == "hit" and i > 0 and toks[i - 1].low in DEFINITE:
                return  # "the shooting of a woman": the event's name; whether she lived is told elsewhere
            k += 1  # "the killing of three men"
        # "The bodies of a soldier and a policeman were found": a noun that opens its clause, the list after
        # "of" its complement (a verb after the list is the noun's)
        nominal = toks[k - 1].low == "of" and (i == clause or (i - 1 == clause and toks[i - 1].low in DETERMINERS))
        if k < len(toks) and toks[k].low == "them" and self.out:
            last = self.out[-1]  # "shot two nationalists, killing them"
            self.out.append(Reading(e.outcome, last.figure, last.start, last.end, last.victims, after=self.after))
            return
        obj = list_starting(self.text, toks, k, len(toks), lex, nominal=nominal)
        if obj is None and k + 2 < len(toks) and toks[k].low == "and" and toks[k + 1].text.islower() and (
            toks[k + 1].low.endswith(("ing", "ed", "s")) and toks[k + 1].low not in STOP
        ) and not (i > 0 and toks[i - 1].low in DETERMINERS):  # ("away from the shooting and feeds 300 kids")
            obj = list_starting(self.text, toks, k + 2, len(toks), lex)  # "killing and robbing him"
        if obj is None and e.words == ("bodies", "of") and i > 0 and numberish(toks[i - 1]) and (
            k < len(toks) and person_head(lex, toks[k])
        ):
            found = figure_ending(self.text, toks, i - 1, 0)  # "three bodies of contractors were found"
            if found is not None and found[0].best is not None and found[0].best < 1000:
                obj = Phrase(found[0], found[1], i, None, span=(found[1], i - 1))
        if obj is None:
            return
        outcome = self.object_outcome(e.outcome, obj)
        if outcome in ("killed", "injured"):
            obj = self.with_companions(obj, obj.last + 1)
        obj = self.with_more_elsewhere(obj)
        self.out.append(self.reading(outcome, obj))

    def object_outcome(self, outcome: Outcome, obj: Phrase) -> Outcome:
        """The outcome of a verb's object: the state after it tells it where it says more than the verb
        ("shot two men dead" are killed; "had treated more than 150 wounded" are injured, none of them
        dead, where "treated 150 people" are hit)."""
        state = state_after(self.toks, obj.last + 1, len(self.toks), self.lex)
        if state is not None and (state[0] == "killed" or (state[0] == "injured" and outcome == "hit")):
            return state[0]
        if outcome == "hit" and obj.single and self.body_after(obj.last + 1):
            return "killed"  # "shot Leon Klinghoffer and threw his body overboard": the one shot is dead
        return outcome

    def body_after(self, k: int) -> bool:
        """Does the clause joined by "and" after token ``k`` tell one person's body ("and threw his body
        overboard", "and dumped her body in a canal"), within twenty words and before the sentence's end?"""
        toks = self.toks
        joined = False
        for m in range(k, min(len(toks) - 1, k + 20)):
            low = toks[m].low
            if low in CLAUSE_END:
                return False
            joined = joined or low == "and"
            if joined and low in POSSESSIVES_OF_ONE and toks[m + 1].low == "body":
                return True
        return False

    def with_more_elsewhere(self, p: Phrase) -> Phrase:
        """ "injured eight people in Newport News and two in Hampton": a count after "and" with its noun
        left out, at another place, is more of the same people; so is each of a list of them ("killed 12
        people in Kenya, 7 in Somalia and 4 in Ethiopia", its last joined by "and"), when the first is at a
        named place and the others do not add up to it (then it is a whole and its parts: "killed 12 in
        the region, 7 in Kenya and 5 in Somalia"). The place after each is a preposition of `PLACE_WORDS`
        and words of a name (at most five); nothing else may stand between."""
        toks = self.toks
        k = p.last + 1
        if p.single or p.figure.best is None or k >= len(toks) or toks[k].low not in GAPPED_AT:
            return p
        prep = toks[k].low
        parts: list[Phrase] = []
        while True:
            m = k + 1
            while m < len(toks) and m - k <= 5 and toks[m].low not in LIST_JOINERS and toks[m].low not in CLAUSE_END:
                m += 1
            if m + 2 >= len(toks) or toks[m].low not in LIST_JOINERS or any(numberish(t) for t in toks[k + 1 : m]):
                return p  # (not "10 soldiers in 2015 and 12 in 2016": years, no places)
            if toks[m].low == "," and not (parts or is_name(toks[k + 1])):
                return p  # a list after a place of no name: "killed 12 in the region, 7 in Kenya ..."
            last = toks[m].low == "and" or toks[m + 1].low == "and"
            n = m + 2 if toks[m].low == "," and toks[m + 1].low == "and" else m + 1
            found = figure_starting(self.text, toks, n, min(len(toks), n + 3))
            if found is None or found[0].best is None or found[1] + 1 >= len(toks) or toks[found[1] + 1].low != prep:
                return p
            parts.append(Phrase(found[0], n, found[1], p.head))
            if last:
                break
            k = found[1] + 1
        if len(parts) > 1 and sum(x.figure.best or 0 for x in parts) == p.figure.best:
            return p  # a whole and its parts
        for more in parts:
            p = joined_phrase(p, more)
        return p

    def leave(self, end: int, found: bool = False, alive: bool = False) -> int:
        """ "left two dead and five wounded": the people left in a state. Returns the token after the first
        state read (``end`` when none was): no reader takes its word again. ``found``: the verb tells where
        people were found ("arrived to find three people wounded"), so the wounded are hit, not injured:
        the report's dead may be among them. ``alive``: "alive" after the object is their death ("burned
        11 villagers alive")."""
        if end + 1 < len(self.toks) and self.toks[end].low == "up" and self.toks[end + 1].low != "to":
            end += 1  # "beat up two men to death": the verb's particle (not "left up to 20 dead")
        obj = list_starting(self.text, self.toks, end, len(self.toks), self.lex, stateful=True)
        if obj is None:
            return end
        state = state_after(self.toks, obj.last + 1, len(self.toks), self.lex)
        if state is None and alive and obj.last + 1 < len(self.toks) and self.toks[obj.last + 1].low in ALIVE:
            state = "killed", obj.last + 1
        if state is None:
            return end
        outcome = state[0]
        if state[1] + 1 < len(self.toks) and self.toks[state[1] + 1].low == "or" and _other_outcome_at(
            self.toks, state[1] + 2, self.lex, outcome
        ):
            return end  # "left 30 people dead or missing": both together
        after = [t.low for t in self.toks[state[1] + 1 : state[1] + 8]]
        if outcome == "injured" and after[:1] == [","] and "them" in after[2:4] and any(
            w in DEAD for w in after[3:]
        ):
            outcome = "hit"  # "found four victims wounded, two of them already dead": four hit, two died
        if found and outcome == "injured":
            outcome = "hit"  # "found the father and two children wounded", who all died
        self.out.append(self.reading(outcome, obj))
        # "left two dead and five wounded"
        k = state[1] + 1
        if k < len(self.toks) and self.toks[k].low in LIST_JOINERS:
            more = list_starting(self.text, self.toks, k + 1, len(self.toks), self.lex)
            if more is not None:
                state2 = state_after(self.toks, more.last + 1, len(self.toks), self.lex)
                if state2 is not None:
                    self.out.append(self.reading(state2[0], more))
        return state[1] + 1

    def confirmed_part(self, e: Entry, i: int) -> bool:
        """ "Odisha has recorded 99 suspected heatstroke deaths over the past three days, but only 26 have been
        confirmed": a counted noun of the dead or hurt (a count right before it or one or two modifiers
        away) whose clause is followed by ", but" (and "only") a count and a verb of ``confirmed_part``
        after forms of "have" or "be" is the confirmed count ("but just 12 were verified")."""
        toks = self.toks
        n = len(toks)
        if not toks[i].low.endswith("s") or not any(numberish(t) for t in toks[max(0, i - 3) : i]):
            return False
        for k in range(i + 1, min(n - 3, i + 16)):
            low = toks[k].low
            if low in CLAUSE_END:
                return False
            if low == "," and toks[k + 1].low == "but":
                m = k + 2 + (toks[k + 2].low in CONFIRMED_ONLY)
                if m < n and numberish(toks[m]):
                    found = figure_starting(self.text, toks, m, min(n, m + 4))
                    v = (found[1] if found is not None else m) + 1
                    while v < n and toks[v].low in self.lex.be | self.lex.have:
                        v += 1
                    if found is not None and v < n and toks[v].low in CONFIRMED_PART and v > found[1] + 1:
                        self.out.append(Reading(e.outcome, found[0], toks[m].start, toks[found[1]].end))
                        return True
                return False
        return False

    def counts_by_place(self, e: Entry, i: int) -> bool:
        """ "District authorities reported deaths in Mandi (9), Kullu (4) and Shimla (2)": a plural noun of
        the dead or hurt, no count before it, then "in" and two or more places by name, each with its count
        in parentheses, is the sum of those counts (derivation "sum of 9, 4 and 2: counts by place")."""
        toks = self.toks
        n = len(toks)
        if not toks[i].low.endswith("s") or i + 1 >= n or toks[i + 1].low != "in" or (i > 0 and numberish(toks[i - 1])):
            return False
        counts: list[int] = []
        k = i + 2
        while k < n:
            m = k
            while m < n and m - k < 4 and toks[m].text[:1].isupper():
                m += 1  # the place's name: "Mandi", "Lower Dir"
            if m == k or m + 2 >= n or toks[m].low != "(" or toks[m + 2].low != ")" or not toks[m + 1].low.isdigit() or (
                len(toks[m + 1].low) == 4 and toks[m + 1].low[:2] in ("18", "19", "20")
            ):
                break  # (not a year: "the deaths in Mandi (2019) and Kullu (2021)")
            counts.append(int(toks[m + 1].low))
            k = m + 3
            if k < n and toks[k].low == ",":
                k += 1
            if k < n and toks[k].low == "and":
                k += 1
        if len(counts) < 2:
            return False
        told = ", ".join(str(c) for c in counts[:-1]) + f" and {counts[-1]}"
        self.out.append(Reading(
            e.outcome, Figure.exact(sum(counts)), toks[i].start, toks[k - 1].end,
            derivation=f"sum of {told}: counts by place",
        ))
        return True

    def noun(self, e: Entry, i: int) -> None:
        toks = self.toks
        lex = self.lex
        for words in lex.nobody_by_last.get(toks[i].low, ()):
            n = len(words)
            if i + 1 - n >= 0 and tuple(lows(toks[i + 1 - n : i + 1])) == words:
                self.out.append(Reading(e.outcome, Figure.exact(0), toks[i + 1 - n].start, toks[i].end))
                return
        if e.words == ("injury",) and self.one_injury(i):
            return
        if self.counts_by_place(e, i) or self.confirmed_part(e, i):
            return
        k = i + 2 if i + 2 < len(toks) and toks[i + 1].low in lex.have else i + 1
        if k < len(toks) and (toks[k].low in lex.toll_changes or (k + 1 < len(toks) and (
            (toks[k].low in lex.toll_states and toks[k + 1].low == "at") or (toks[k].low in TOLL_RANGES and toks[k + 1].low == "from")
        ))) and (i == 0 or not numberish(toks[i - 1])):
            # "Deaths rose to 5,000", "Total deaths stand at 1,482", "Deaths ranged from 30 to 40": the noun heads a toll
            self.toll(i, i + 1, e.outcome)
            return
        if i >= 3 and toks[i - 1].low == "of" and toks[i - 2].low in lex.toll_heads and toks[i - 3].low in DEFINITE and (
            i + 1 < len(toks) and toks[i + 1].low in ("of", "from", "in")
        ):
            # "the number of martyrs of the suicide bombing that targeted worshippers ... has reached 27": the
            # noun, with the event it is of after it, is what a toll counts (its verb may stand far after it)
            self.toll(i - 2, i + 1, e.outcome)
            return
        if e.words[0] not in lex.injury_nouns and self.given_figure(e, i):
            return
        if i >= 1 and toks[i - 1].low == "both" and e.outcome == "killed" and toks[i].low.endswith("s") and (
            i == 1 or toks[i - 2].low in CLAUSE_END
        ):
            # "Both deaths were classified as indirect": two, the sentence's subject
            self.out.append(self.reading(e.outcome, Phrase(Figure.exact(2), i - 1, i - 1, None)))
            return
        j = i - 1
        injury = e.words[0] in ("injuries", "injury")
        while j >= 0 and i - j <= (4 if injury else 2) and toks[j].low not in lex.injury_verb_lasts and (
            toks[j].low in NOUN_MODIFIERS or (
                (injury or i - j == 1) and is_word(toks[j].low) and toks[j].low not in STOP
                and not numberish(toks[j]) and toks[j].low not in VAGUE_WORDS
            )
        ):
            j -= 1  # "six additional deaths", "eight minor injuries", "one non-life-threatening injury"
        # (not past an injury verb: in "two children received minor injuries" the count is the subject's)
        if (e.words[0] not in lex.injury_nouns or (toks[i].low in INJURY_FIELDS and self.field_opens(i))) and (
            (i + 2 < len(toks) and toks[i + 1].low == ":" and self.labelled(e, i))
            # "Fatalities reported: 3", "Fatalities confirmed: 12": a label's word before the colon
            or (i + 3 < len(toks) and toks[i + 1].low in lex.figure_labels and toks[i + 1].low.isalpha()
                and toks[i + 2].low == ":" and self.labelled(e, i, i + 3))
            or self.side_field(e, i)
        ):
            return
        if j < 0:
            return
        found = figure_ending(self.text, toks, j, 0)
        if found is None and j >= 1 and toks[j].low == "or" and toks[j + 1].low == "more":
            lower = figure_ending(self.text, toks, j - 1, 0)  # "three or more minor injuries": at least three
            if lower is not None and lower[0].best is not None:
                found = (Figure(lower[0].best, lower[0].best, None, "at least"), lower[1])
                j += 1
        if found is None and e.words == ("injury",) and toks[j].low in INDEFINITE and j >= 1 and toks[
            j - 1
        ].low in CAUSING and (i + 1 >= len(toks) or not is_word(toks[i + 1].low) or toks[i + 1].low in STOP):
            found = (Figure.exact(1), j)  # "winds tore the roof off and caused a minor injury"
        if found is None and e.words[0] in ("injury", "injuries") and toks[j].low in ONE_PERSON_OBJECTS and j >= 1 and toks[
            j - 1
        ].low in CAUSING:
            found = (Figure.exact(1), j)  # "a mine exploded, causing him serious injury"
        cause = next((m for m in range(max(j, 2), i) if toks[m].low in CAUSING), None) if injury and found is None else None
        if cause is not None and toks[cause - 1].low == "," and (
            i + 1 >= len(toks) or toks[i + 1].low in CLAUSE_END or toks[i + 1].low == ","
        ) and self.object_hurt(cause - 2):
            return  # "a tree fell on a girl, causing critical injuries": the girl
        if found is None and e.words[0] in ONLY_ONE and any(t.low == "only" for t in toks[max(0, j - 1) : i]):
            found = (Figure.exact(1), j)  # "the only known fatality occurred in a bedroom"
        if found is None and e.words[0] == "death" and i >= 3 and toks[i - 1].low in POSSESSIVE_S and toks[
            i - 3
        ].low in ARTICLES and person_head(lex, toks[i - 2]):
            self.out.append(self.reading(e.outcome, Phrase(Figure.exact(1), i - 3, i - 2, toks[i - 2].low, single=True)))
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
        r = self.reading(e.outcome, Phrase(fig, s, j, None))
        self.out.append(r)
        if e.outcome == "killed" and i + 1 < len(toks) and toks[i + 1].low in GAPPED_AT:
            self.gapped(r, i + 1)  # "15 bodies at the city mortuary and three at Chiromo"

    def dead_person(self, first: int, end: int) -> bool:
        """ "a dead man", "a deceased white male": after "a" and the adjective (``first``..``end``), one person
        named by a noun over at most two modifiers in small letters. Adds the reading; False where there is
        none ("a dead end", "a dead man's switch" names no one)."""
        toks = self.toks
        for h in range(end, min(len(toks), end + 3)):
            t = toks[h]
            if person_head(self.lex, t) and is_singular(self.lex, t.low):
                if h + 1 < len(toks) and toks[h + 1].low in POSSESSIVE_S:
                    return False
                self.out.append(self.reading("killed", Phrase(Figure.exact(1), first, h, t.low, single=True)))
                return True
            if not (t.text.islower() and t.low.isalpha() and t.low not in STOP):
                return False
        return False

    def object_hurt(self, k: int) -> bool:
        """ "A tree fell on a girl watching the game, causing critical injuries": the one person named last in
        the clause ending at ``k``, after a word of the clause (not its subject), is the one the injuries of a
        participle clause after it are caused to. Adds the reading; False where there is no such person."""
        toks = self.toks
        m = k
        while m >= 1 and k - m < 12 and toks[m].low not in CLAUSE_END and toks[m].low != ",":
            p = phrase_ending(self.text, toks, m, 0, self.lex) if person_head(self.lex, toks[m]) else None
            if p is not None:
                if not (p.single and p.first >= 1 and toks[p.first].low in INDEFINITE) or (
                    toks[p.first - 1].low in CLAUSE_END or toks[p.first - 1].low == ","
                ):
                    return False  # (the clause's subject, or people counted: read as they are)
                self.out.append(self.reading("injured", p))
                return True
            m -= 1
        return False

    def one_injury(self, i: int) -> bool:
        """ "an injury accident", "a moderate injury crash": an event of the lexicon's ``fatal_events`` named
        by "injury" after "a" had at least one person hurt, as "a fatal crash" had one dead. And a list's
        bare item "lightning injury" (a hazard, then "injury", between commas or a sentence's ends) is one."""
        toks = self.toks
        lex = self.lex
        if i + 1 < len(toks) and toks[i + 1].low in lex.fatal_events:
            k = i - 1
            while k >= 0 and i - k <= 2 and toks[k].low not in INDEFINITE and is_word(toks[k].low) and toks[k].low not in STOP:
                k -= 1  # "a moderate injury accident"
            if k >= 0 and toks[k].low in INDEFINITE:
                self.out.append(Reading("injured", Figure(1, 1, None, "at least"), toks[k].start, toks[i + 1].end,
                                        after=toks[i + 1].end))
                return True
            return False
        if i >= 1 and toks[i - 1].low in lex.hazards and (i == 1 or toks[i - 2].low in ITEM_ENDS) and (
            i + 1 == len(toks) or toks[i + 1].low in ITEM_ENDS
        ):
            self.out.append(Reading("injured", Figure.exact(1), toks[i - 1].start, toks[i].end, after=toks[i].end))
            return True
        return False

    def field_opens(self, i: int) -> bool:
        """Does the outcome word at ``i`` open a field of a record, as a label ("Killed: 4")? It opens its
        sentence or follows a mark, or follows at most three words of the label that do ("Civilians reported
        killed: 38-57", "Total killed: 9"; not "... of those killed: ...", a word of syntax before it)."""
        toks = self.toks
        j = i
        while j > 0 and i - j < 3 and is_word(toks[j - 1].low) and toks[j - 1].low not in STOP and not numberish(toks[j - 1]):
            j -= 1
        return j == 0 or toks[j - 1].low in CLAUSE_END or toks[j - 1].low in FIELD_MARKS

    def side_field(self, e: Entry, i: int) -> bool:
        """ "Deaths side A: 7; deaths side B: 20": a noun of the dead opening a record's field, up to two
        words that say whose (a side, a party) and the colon of its figure."""
        toks = self.toks
        colon = next((k for k in range(i + 2, min(len(toks) - 1, i + 4)) if toks[k].low == ":"), None)
        return colon is not None and all(is_word(t.low) and not numberish(t) for t in toks[i + 1 : colon]) and (
            self.field_opens(i) and self.labelled(e, i, colon + 1)
        )

    def labelled(self, e: Entry, i: int, k: int = 0) -> bool:
        """ "Fatalities: 15", "Fatalities: estimate of 3 people", "FATALITIES: estimate:10/ confirmed: 6":
        the figures after a noun and its colon, over the words that label them. A figure labelled
        confirmed is the best; otherwise the lowest is (ACLED's convention). The largest is the high.
        ``k``: where the figures open (0: right after the colon after ``i``)."""
        toks = self.toks
        labels = self.lex.figure_labels
        hi = min(len(toks), i + 20)
        k = first = k or i + 2
        found: list[tuple[Figure, int, bool]] = []  # each figure, its last token, labelled confirmed
        confirmed = labelled = False
        while k < hi:
            low = toks[k].low
            if low in labels and not (low == "at" and k + 1 < hi and toks[k + 1].low in ("least", "most")):
                confirmed = confirmed or low in self.lex.confirmed_labels
                labelled = labelled or (low.isalpha() and low not in STOP)
                k += 1
                continue
            # a figure after the first needs a word that labels it ("..., 2011" is no second figure)
            after = figure_starting(self.text, toks, k, min(len(toks), k + 8)) if labelled or not found else None
            if after is None or (found and after[1] + 1 < len(toks) and person_head(self.lex, toks[after[1] + 1])):
                break  # (the figure of people after it is a part: "Killed: 17-36, including 5 children")
            if after[1] + 1 < len(toks) and toks[after[1] + 1].low == "+" and after[0].best is not None:
                after = (Figure(after[0].best, after[0].best, None, "at least"), after[1] + 1)  # "Injured: 200+"
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
        self.out.append(self.reading(e.outcome, Phrase(best, first, found[-1][1], None)))
        return True

    def given_figure(self, e: Entry, i: int) -> bool:
        """ "Fatalities coded as 11", "Deaths were estimated at 40": a noun of the dead that opens its
        clause, a verb of [lexicon] figure_givers and the figure after "as" or "at"; or the noun as the
        verb's object, as a toll is ("Local sources put the fatalities at 168", "estimated the deaths at 40")."""
        toks = self.toks
        n = len(toks)
        if i > 0 and (numberish(toks[i - 1]) or (toks[i - 1].low not in CLAUSE_END and toks[i - 1].low not in DEFINITE and not (
            toks[i - 1].low in self.lex.result_tos and i + 1 < n and toks[i + 1].low in self.lex.figure_givers
        ))):
            return False  # ("3 deaths reported at ...", "civilian deaths put at": another reading's)
        if i >= 2 and toks[i - 1].low == "the" and toks[i - 2].low in self.lex.figure_givers:
            at = i + 1  # the noun as the verb's object: "put the fatalities at 168"
        else:
            k = i + 1
            while k < n and k - i <= 3 and (toks[k].low in self.lex.be or toks[k].low in self.lex.have):
                k += 1
            if not (k < n and toks[k].low in self.lex.figure_givers):
                return False
            at = k + 1
        if at + 2 < n and toks[at].low == "to" and toks[at + 1].low == "be":
            at += 1  # "Deaths were estimated to be over 10"
        if not (at + 1 < n and toks[at].low in ("as", "at", "be")):
            return False
        found = figure_starting(self.text, toks, at + 1, min(n, at + 9))
        if found is None or (found[1] + 1 < n and toks[found[1] + 1].low in self.lex.not_people):
            return False
        self.out.append(self.reading(e.outcome, Phrase(found[0], at + 1, found[1], None)))
        return True

    def figure_given_by_relative(self, e: Entry, end: int) -> None:
        """ "the wounded, which it had put at more than 200", "the dead, whom officials estimated at 45": a
        relative clause after a noun of people (its token after ``end``) whose verb of [lexicon]
        figure_givers gives the figure after "at" or "as"."""
        toks = self.toks
        n = len(toks)
        if not (end + 1 < n and toks[end].low == "," and toks[end + 1].low in ("which", "whom")):
            return
        for k in range(end + 2, min(n - 2, end + 7)):
            low = toks[k].low
            if low in CLAUSE_END or low == ",":
                return
            if low in self.lex.figure_givers and toks[k + 1].low in ("at", "as"):
                found = figure_starting(self.text, toks, k + 2, min(n, k + 10))
                if found is not None and not (found[1] + 1 < n and toks[found[1] + 1].low in self.lex.not_people):
                    self.out.append(self.reading(e.outcome, Phrase(found[0], k + 2, found[1], None)))
                return

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
                if j - n + 1 >= 0 and tuple(lows(toks[j - n + 1 : j + 1])) == words:
                    verb = j - n + 1
                    if any(t.low == "of" and toks[m - 1].low not in AMOUNTS for m, t in enumerate(toks[j + 1 : i], j + 1)):
                        return  # "had a history of injuries", "received reports of injuries"
                    if any(t.low in NO for t in toks[j + 1 : i]):
                        return  # "moved over farmland with no damage or injuries"
                    k, aux = _aux_left(toks, verb, 0, lex)
                    if any(w in lex.negations or (w in lex.modals and not _obliged(aux, w)) for w in aux):
                        return
                    if words == ("with",) and k >= 0:
                        alive = self.brought_out_alive(k)
                        if alive is not None:  # "Five people were pulled out alive with injuries": hurt, living
                            self.out.append(self.reading("injured", alive))
                            return
                    relative = k >= 1 and toks[k].low in RELATIVES_OF_PEOPLE
                    if relative:
                        k -= 2 if toks[k - 1].low == "," and k >= 2 else 1  # "a juvenile who had sustained"
                    # "three people were in the trailer and received minor injuries": the subject before "and"
                    subject = self.shared_subject(k) if toks[k].low == "and" else self.subject_at(k)
                    if subject is not None and relative and words in lex.living_injury_verbs and toks[subject.first].low in DEFINITE:
                        return  # "The girl, who survived with serious injuries, ...": someone told before, told again
                    if subject is None and k == 0 and toks[0].low == "they":
                        told = self.antecedent()  # "A woman and two children hid. They received minor injuries"
                        subject = None if told is None else Phrase(told.figure, 0, 0, None)
                    elif subject is None and k >= 1 and toks[k].low == "they" and toks[k - 1].low == "where":
                        # "Nine were taken to hospitals in Pescara, where they were treated for injuries": the
                        # people hit told before in the sentence, alive
                        subject = self.hit_before(k)
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
            if toks[j].low in CLAUSE_END or toks[j].low == ",":
                return
            j -= 1

    def brought_out_alive(self, k: int) -> Phrase | None:
        """The people told alive ([syntax] alive) right before "with" and an injury at ``k``: the subject of a
        passive ("Five people were pulled out alive with injuries") or the count after an active verb
        ("Rescuers pulled 12 people from the rubble alive, all of them with injuries"); else None."""
        toks = self.toks
        lex = self.lex
        at = k
        if at >= 4 and [t.low for t in toks[at - 3 : at + 1]] == [",", "all", "of", "them"]:
            at -= 4  # "..., all of them with injuries": those just told
        if toks[at].low not in ALIVE:
            return self.rescued_with(k) or self.survivors_with(k)
        for m in range(at - 1, max(-1, at - WINDOW), -1):
            low = toks[m].low
            if low in CLAUSE_END or low == ",":
                return None
            if low in lex.be:
                kk, _ = _aux_left(toks, m + 1, 0, lex)
                return self.subject_at(kk) if kk >= 0 else None
            if numberish(toks[m]) and not (m > 0 and numberish(toks[m - 1])):
                found = list_starting(self.text, toks, m, at, lex)
                if found is not None and found.figure.best:
                    return found
        return None

    def survivors_with(self, k: int) -> Phrase | None:
        """The counted people right before "with" and an injury at ``k`` in a clause that tells them among the
        survivors ([syntax] survivors): "Survivors treated at the hospital included at least six students with
        gunshot wounds", "Among the survivors were 12 children with burns": hurt and alive, not people hit of
        whom the report's dead are taken off; else None."""
        toks = self.toks
        found = self.subject_at(k)
        if found is None or not found.figure.best or found.single:
            return None
        m = found.first - 1
        while m >= 0 and toks[m].low not in CLAUSE_END and toks[m].low != ",":
            if toks[m].low in SURVIVORS:
                return found
            m -= 1
        return None

    def rescued_with(self, k: int) -> Phrase | None:
        """The people a verb of rescue ([syntax] rescued_with) tells in the clause before "with" and an injury
        at ``k``: the subject of its passive ("Two miners were dug out of the rubble with injuries") or the
        counted people right before it ("Five people pulled out of the debris with injuries were flown to
        Kathmandu"); else None."""
        toks = self.toks
        for m in range(k - 1, max(0, k - WINDOW), -1):
            low = toks[m].low
            if low in CLAUSE_END or low == ",":
                return None
            if low in RESCUED_WITH:
                if toks[m - 1].low in self.lex.be:
                    kk, _ = _aux_left(toks, m, 0, self.lex)
                    return self.subject_at(kk) if kk >= 0 else None
                found = self.subject_at(m - 1)
                return found if found is not None and found.figure.best else None
        return None

    def toll_of_people(self, e: Entry, i: int, end: int) -> bool:
        """ "the number of civilians killed has risen to 500", "the number of wounded stood at 45": the
        outcome word says what a toll counts (its figure follows the toll's verb); it is no verb of its own.
        """
        toks = self.toks
        if e.outcome != "hit" and i > 1 and toks[i - 1].low in self.lex.toll_heads and toks[i - 2].low in DEFINITE:
            self.toll(i - 1, end, e.outcome)  # "the number killed has risen to 30": no "of", no people named
            return True
        # "the number of migrants who died in the fire rose to 40", "... who have been killed": the people
        # stand before the relative and its auxiliaries
        k = i - 1
        while k > i - 3 and k > 1 and (toks[k].low in self.lex.have or toks[k].low in self.lex.be):
            k -= 1
        if k > 1 and toks[k].low in RELATIVES_OF_PEOPLE:
            i = k
        j = i - 1
        while j > 0 and i - j <= 4 and toks[j].low != "of" and toks[j].low.isalpha() and (
            toks[j].low in DEFINITE or toks[j].low not in STOP
        ):
            j -= 1
        if e.outcome == "hit" or j < 1 or toks[j].low != "of" or toks[j - 1].low not in self.lex.toll_heads:
            return False  # ("the number of people shot in the city this summer": a running count of the hit)
        if j + 1 < i and not (toks[i - 1].low in NUMBER_OF or person_head(self.lex, toks[i - 1], counted=True)):
            return False
        self.toll(j - 1, end, e.outcome)
        return True

    def toll(self, i: int, end: int, outcome: Outcome = "killed") -> None:
        toks = self.toks
        if i > 0 and toks[i - 1].low in self.lex.before_earlier_toll:
            return
        if self.estimates(end - 1) or (end == i + 1 and toks[i].low in self.lex.estimate_nouns):
            return  # ("estimate" alone heads no toll: "the best estimate is 2,000 displaced")
        if self.toll_told_first(i, outcome):
            return
        # a verb that says the toll changed may stand past a long phrase of the event ("the death toll
        # from yesterday's strike on the hospital in ..., has risen to 11"); any other only near
        hi = min(len(toks), end + 28)
        shut = -1  # the ")" of a place's parenthesis passed over
        for m in range(end, hi):
            low = toks[m].low
            if m <= shut:
                continue
            labelled = low == ":" and m == end  # "Death toll: 5", the label of a summary line
            if low == "(" and m > end:
                # "the death toll of the attack on Drodro (Djugu) increased to 11": a short aside of
                # words (a place, a name) is stepped over; one with a figure or a clause ends the look
                shut = next((x for x in range(m + 1, min(hi, m + 6)) if toks[x].low == ")"), -1)
                if shut > 0 and all(is_word(t.low) or t.low == "," for t in toks[m + 1 : shut]):
                    continue
                return
            if low in CLAUSE_END and not labelled:
                return
            if not labelled and (low not in self.lex.toll_verbs or (
                m >= end + 16 and low not in self.lex.toll_changes and low not in TOLL_REVISIONS
                and not (low in self.lex.toll_states and m + 1 < hi and toks[m + 1].low == "at")
                and not (low == "at" and toks[m - 1].low in self.lex.figure_givers)
            )):  # (nor one that says where it stands: "the toll from the ... attack on Kyiv ... stood at 23",
                # "the number of people killed in the attack on a nightclub in ... has been confirmed at 39",
                # "the death toll from the bomb explosion at the shrine at ... on Monday evening has been revised to 20")
                continue
            k = self.past_particles(m + 1, hi)
            beyond = low in TOLL_BEYOND
            if k < hi and toks[k].low in TOLL_BEYOND_PARTICLES and low in self.lex.toll_changes:
                k, beyond = k + 1, True  # "rose above 11,000"
            if k < hi and toks[k].low == "from" and low in TOLL_RANGES:
                k += 1  # "ranged from 30 to 40": the range itself
            elif k < hi and toks[k].low == "from":
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
                if beyond and fig.qualifier == "exact" and fig.best is not None:
                    fig = Figure(fig.best, fig.best + 1, None, "more than")  # "the toll has passed 5,000"
                # "..., bringing the death toll to 53": a toll a clause of a total brings up
                self.brought = any(t.low in TOTAL_CLAUSES for t in toks[max(0, i - 4) : i])
                self.out.append(self.reading(outcome, Phrase(fig, k, e, None)))
                self.brought = False
                if _forecast(toks, end, k) or _forecast_before(toks, i):
                    self.out[-1].projected = True  # "the toll could rise to 10,000": what it may become
                    return
                self.toll_later(e + 1, hi, outcome)
                return

    def estimate_at(self, k: int) -> tuple[str, int, Figure] | None:
        """A database's label of an estimate of the dead ([lexicon] estimate_nouns after a word of
        low_estimates, high_estimates or best_estimates) whose noun is token ``k``, with its figure right
        after it (a colon between), the figure ending its field: the label's kind ("low", "high", "best"),
        the figure's last token and the figure. None where there is none ("the best estimate is that ...")."""
        toks = self.toks
        kind = self.lex.estimate_kinds.get(toks[k - 1].low) if k >= 1 and toks[k].low in self.lex.estimate_nouns else None
        if kind is None:
            return None
        at = k + 1
        if at < len(toks) and toks[at].low in (":", "="):
            at += 1
        found = figure_starting(self.text, toks, at, min(len(toks), at + 8))
        best = found[0].best if found is not None else None
        if found is None or best is None:
            return None
        fig, last = found
        if last + 1 < len(toks) and is_word(toks[last + 1].low):
            return None  # "a best estimate of 300 homes": no field of its own
        if 1900 <= best <= 2100 and "," not in toks[at].text:
            return None  # a year
        return kind, last, fig

    def estimates(self, k: int) -> bool:
        """ "Low estimate 12, high estimate 19, best estimate 15": a casualty database's estimates of the
        dead, each label with its figure right after it (:meth:`estimate_at`; ``k`` the label's noun), are
        one figure of the sentence, read at its first label: the best the one labelled best (the database's
        own choice within its range), else the low (a range's best is its lowest figure); the low and the
        high its range. False where the label at ``k`` has no such figure (a toll's head then, "the low
        estimate was 3")."""
        toks = self.toks
        here = self.estimate_at(k)
        if here is None:
            return False
        if any(self.estimate_at(m) is not None for m in range(1, k)):
            return True  # read at the sentence's first label
        told: dict[str, Figure] = {}
        last = here[1]
        for m in range(k, len(toks)):
            at = self.estimate_at(m)
            if at is not None and at[0] not in told:
                told[at[0]] = at[2]
                last = at[1]
        low = told.get("low")
        high = told.get("high")
        best = told.get("best") or low or high
        assert best is not None and best.best is not None
        lowest = low.best if low is not None else (best.low if best is not high else None)
        highest = high.best if high is not None else best.high
        if lowest == highest == best.best:
            fig = Figure.exact(best.best)
        elif low is None and best is high:
            fig = Figure(best.best, None, highest, "up to")
        else:
            fig = Figure(best.best, lowest, highest, "range")
        self.out.append(self.reading("killed", Phrase(fig, k - 1, last, None)))
        return True

    def toll_told_first(self, i: int, outcome: Outcome) -> bool:
        """ "raising to four the number of South Koreans killed", "bringing to 40 the death toll": a clause
        of a total ([cumulative] total_clauses) that gives its figure before the toll it brings up (read as
        "bringing the toll to 40" is). Reads the figure; says whether there was one."""
        toks = self.toks
        if i < 4 or toks[i - 1].low != "the":
            return False
        found = figure_ending(self.text, toks, i - 2, max(0, i - 9))
        if found is None or found[1] < 2 or toks[found[1] - 1].low != "to" or toks[found[1] - 2].low not in TOTAL_CLAUSES:
            return False
        self.brought = True
        self.out.append(self.reading(outcome, Phrase(found[0], found[1], i - 2, None)))
        self.brought = False
        return True

    def past_particles(self, k: int, hi: int) -> int:
        """Where a toll's figure may open, past the particles after its verb from token ``k`` ("rose to
        19", "stands at 12", "has now risen to"). A particle that opens the figure itself is the figure's:
        "rose to at least 82" is at least 82, not "least 82" (no figure)."""
        toks = self.toks
        while k < hi and toks[k].low in TOLL_PARTICLES and figure_starting(self.text, toks, k, hi) is None:
            k += 1
        return k

    def toll_later(self, k: int, hi: int, outcome: Outcome) -> None:
        """The toll's later figure in its clause: "rose to 72 overnight and later to 100", "by Tuesday
        officials put it at 100", "rose to 72 before climbing to 100". Another outcome word ends the look
        ("... and the number of injured to 40")."""
        toks = self.toks
        lex = self.lex
        for m in range(k, hi - 1):
            low = toks[m].low
            if low == "put" and m + 2 < hi and toks[m + 1].low == "it" and toks[m + 2].low == "at":
                at = m + 3  # "officials put it at 100"
            elif low in CLAUSE_END or (low in lex.phrases and entry_at(toks, m, lex) is not None):
                return
            elif low in lex.toll_changes:
                at = self.past_particles(m + 1, hi)
            elif low in TOLL_LATER and toks[m + 1].low == "to":
                at = m + 2  # "and later to 100"
            else:
                continue
            found = figure_starting(self.text, toks, at, hi)
            if found is None or (found[1] + 1 < hi and toks[found[1] + 1].low in lex.not_people):
                return
            if found[1] + 1 < len(toks) and toks[found[1] + 1].low in lex.phrases and entry_at(toks, found[1] + 1, lex) is not None:
                return  # "rose to 17 and to 40 injured": another outcome's figure, read by its own word
            self.out.append(self.reading(outcome, Phrase(found[0], at, found[1], None)))
            return

    def lives(self, end: int) -> None:
        toks = self.toks
        hi = min(len(toks), end + 6)
        k = end
        while k < hi and toks[k].low in BEFORE_LIVES:
            if toks[k].low == "the" and k + 2 < hi and toks[k + 1].low in LIVES and toks[k + 2].low == "of":
                obj = list_starting(self.text, toks, k + 3, len(toks), self.lex)  # "claimed the lives of 12"
                if obj is not None:
                    self.out.append(self.reading("killed", obj))
                return
            k += 1
        found = figure_starting(self.text, toks, end, hi)
        if found is None:
            return
        fig, e = found
        if e + 1 < len(toks) and toks[e + 1].low in LIVES:
            self.out.append(self.reading("killed", Phrase(fig, end, e + 1, None)))

    def fatal_event(self, i: int) -> None:
        """ "a fatal Grove City shooting": at least one person died."""
        toks = self.toks
        lex = self.lex
        for k in range(i + 1, min(len(toks), i + 5)):
            low = toks[k].low
            if low in lex.fatal_events:
                if i > 0 and (toks[i - 1].low in ATTEMPTS or toks[i - 1].low == "non"):
                    return
                if self.dead_of_the_event(i, k + 1):
                    return  # "a deadly shootout of two rival gangs' men": the people after "of"
                self.out.append(Reading("killed", Figure(1, 1, None, "at least"), toks[i].start, toks[k].end,
                                        other_event=self.protests() and self.protest_cause(i, i), after=toks[k].end))
                return
            if low in lex.not_events or low in CLAUSE_END or low == ",":
                return

    def dead_of_the_event(self, i: int, k: int) -> bool:
        """ "the fatal stabbing of two border guards": after a fatal event's noun (opening at token ``i``),
        "of" at token ``k`` and two or more people it was fatal to, counted (read as killed: True). One
        person is the event's "at least one" all the same: "the fatal shooting of a man who had shot his
        girlfriend" may be "the gunman" told again."""
        toks = self.toks
        if k + 1 >= len(toks) or toks[k].low != "of":
            return False
        # "A deadly stabbing of a shopkeeper and his son was reported": the event heads its clause's subject
        opens = i - 1 if i >= 1 and toks[i - 1].low in DETERMINERS else i
        nominal = opens == 0 or toks[opens - 1].low in CLAUSE_END
        obj = list_starting(self.text, toks, k + 1, len(toks), self.lex, nominal=nominal)
        if obj is None or (obj.figure.best or 0) < 2 or not person_head(self.lex, toks[obj.last], counted=True):
            return False
        self.out.append(self.reading("killed", self.with_companions(obj, obj.last + 1)))
        return True

    def event(self, e: Entry, i: int, end: int) -> None:
        toks = self.toks
        if i > 0 and toks[i - 1].low in ATTEMPTS:
            return
        if e.exact is None and (e.least or 1) == 1 and self.dead_of_the_event(i, end):
            return  # "the fatal stabbing of two border guards": the people after "of" are the dead
        if e.exact is not None:
            fig = Figure.exact(e.exact)
        else:
            n = e.least or 1
            fig = Figure(n, n, None, "at least")
        r = Reading(e.outcome, fig, toks[i].start, toks[end - 1].end, after=toks[end - 1].end)
        if any(w in SELF_WORDS for w in e.words):
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
    phrases |= {re.escape(w) for w in NONE_SURVIVED}  # ("None of the 45 passengers survived")
    alternatives = longest_first(phrases)
    # Not after a letter, apostrophe or hyphen. Every entry opens with a letter, so this is a word's start
    # (\b) not after an apostrophe or hyphen: RE2's pre-filter (earlier.search_where_it_may) drops the
    # look-behind but keeps the \b, and so passes over the words inside others ("gunshot", "deputies").
    return compiled.compile(r"\b(?<!['’-])" + _by_first_atom(alternatives) + r"(?:(?![\w'’-])|(?=n['’]t\b))")


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
