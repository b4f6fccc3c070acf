"""From report text to casualty statements.

How it reads a report:

1. One pass of :data:`~casualty_cli.extraction.patterns.TRIGGER` finds outcome words; a report
   without any costs nothing more.
2. Around each trigger, within its sentence, anchored patterns read the figure: the subject of a
   passive verb, the object of an active one, or the number of a noun form ("death toll ... 11").
   Implicit counts are counted: "a man was shot dead" is 1, "a trader and his daughter" 2.
3. Each reading gets its sentence's context: revision, hedge, attribution, scope (running totals are
   "cumulative"), breakdown and event date.

Several costly patterns run only where RE2 (a DFA, prefilter.py) finds they may match: the subjects'
pattern from the first place it may, the sentence context's patterns in the sentences they may.
4. People reported "shot" (or taken to hospital) whose fate is not said are *hit*. Once the report's
   deaths are known they become injured: "four teens were shot" and "one died" is 3 injured, as the
   statement's ``derivation`` says.
"""

from __future__ import annotations

import os
import re
import string
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from casualty_cli.extraction import compiled
from casualty_cli.extraction import context as C
from casualty_cli.extraction import patterns as P
from casualty_cli.extraction.dates import find_event_date
from casualty_cli.extraction.earlier import (
    matches_from_first_place,
    set_earlier_figures_apart,
    set_recalled_events_apart,
)
from casualty_cli.extraction.numbers import FIGURE, FIGURE_LAST_WORDS, WORD_VALUES, Figure, parse_figure
from casualty_cli.extraction.prefilter import fold
from casualty_cli.extraction.readers import MONTHS, Reading, outcome_words, read_sentence
from casualty_cli.extraction.same_person import set_the_dead_apart
from casualty_cli.extraction.sentences import Sentence, SentenceIndex
from casualty_cli.extraction.tokens import tokenize
from casualty_cli.model import Breakdown, Document, Revision, Statement

Kind = Literal["killed", "injured", "hit", "missing"]

_MULTIPLIERS = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
_NOT_NAMES = frozenset(
    """police officers officials authorities witnesses deputies troopers investigators detectives
    he she it they we i you the a an this that there here his her their its one two three four
    five six seven eight nine ten both all none some many several others another update breaking
    related watch video photos read more click advertisement nobody everyone everybody someone anyone
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december shot killed dead wounded injured hurt died in at on near after during outside inside from by for with
    of as be been or and could would should can may might will must""".split()
)
_BE_AUX = frozenset("were was are is been being be have has had got get gets".split())
_PASSIVE_AUX = _BE_AUX - {"have", "has", "had"}
_PLURAL_ONLY_AFTER = frozenset("others people".split())
_LEAD_FIGURE = compiled.compile(r"(?:the\s+|his\s+|her\s+|their\s+)?(" + FIGURE + r")(?![-\w])", re.I | re.X)
#: A name inside a list of names ("Inna Gonzalez, 21, and Davion Funderburk, 22"): each is one person.
_AGE_NUMBER = compiled.compile(r"\d{1,2}")
# A line of a page's links to other stories: "Related: ...", "0:47 Driver shot to death on ..."
_OTHER_STORY = compiled.compile(
    r"\W*(?:related|related stories|related coverage|more|previous story|also read|see also)\s*:"
    r"|\s*\d{1,2}:\d{2}\s+(?!a\.?m|p\.?m)\S"
)
_BRAND_BEFORE = compiled.compile(r"\b(?:[A-Z]{2,}|Channel|Fox|Local|Action|Eyewitness)\s+$")
_BRAND_AFTER = compiled.compile(r"\s+(?:News|Action|Eyewitness|Investigates|First|Alive|Now|On\s+Your\s+Side)\b")
_SINGULAR_VERB_AFTER = compiled.compile(r"\s+(?:was|is|has)\b")
_NAME_IN_LIST = compiled.compile(P.NAME + r"(?=\s*,|\s+and\b|\s*$)")
_INDEFINITE = compiled.compile(r"(?:an?|another|one\s+other)\s|a\s+(?:second|third|fourth|fifth)\b", re.I)
# "assault with a deadly weapon after the shooting" names no deadly shooting
_NOT_AN_EVENT = compiled.compile(r"\b(?:weapon|force|after|before|near|of|the|a|an)\b")
_WHO_AFTER = compiled.compile(r"\s*,?\s*(?:who|that)\b")
_NEW_PERSON = compiled.compile(r"(?:an?|another)\s", re.I)
_OTHER_ONE = compiled.compile(r"the\s+other\s", re.I)
_ANOTHER = compiled.compile(r"(?:another|one\s+other|a\s+(?:second|third|fourth|fifth|sixth))\b", re.I)
_KIN_OF = compiled.compile(
    r"(?:his|her|their)\s+(?:\w+\s+)?(?:father|mother|dad|mom|wife|husband|brother|sister|son|daughter|"
    r"stepfather|stepmother|grandmother|grandfather|uncle|aunt|cousin|girlfriend|boyfriend)\b",
    re.I,
)
_NTH_VICTIM_BEFORE = compiled.compile(
    r"\b(?:a|an|the)\s+(?:second|third|fourth|fifth|sixth|other|2nd|3rd|4th|5th)\s+(?:victim|person|man|woman|"
    r"passenger|occupant)\s*,\s*(?:(?:a|an)\s+)?$",
    re.I,
)
_DIED_AFTER = compiled.compile(r"\b(?:died|dies|pronounced\s+dead|succumbed|passed\s+away)\b")
_HYPOTHETICAL_AUX = compiled.compile(r"\b(?:could|would|will|can|should)\s+(?:\w+\s+)?be\b")
_NEGATED_AUX = compiled.compile(r"\b(?:not|never)\b|n't|n’t")
#: The last letters of QUESTIONED_RE's words, as re.I matches them: "if", "whether".
_QUESTION_ENDS = ("f", "F", "r", "R")
_INTENT_BEFORE = compiled.compile(r"\b(?:to|would|will|could|might|or|not|never|tried\s+to|trying\s+to)\s+$", re.I)
_ATTEMPTED_BEFORE = compiled.compile(r"\b(?:attempted|attempt\s+at\s+an?|failed|foiled|thwarted)\s+$", re.I)
_NAMEISH = compiled.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s*,\s*\d{1,3})?")
_WORD_START = compiled.compile(r"\b(\w+)")
_LAST_WORD = compiled.compile(r"\w[\w'’-]*$")
_ASCII_WORD_TAIL = string.ascii_letters + string.digits + "_'’-"
#: A space run of _SubjectEnds, whole (greedy on both sides of its space), in the reversed text.
_SPACE_RUN_REVERSED = compiled.compile(r"[\s,]*\s[\s,]*")
_NAME_BEFORE = compiled.compile(r"\b[A-Z][a-z'’-]+$")
#: The direction a revision names after its verb: "revised down to 31", "revised upward".
#: The people noun a figure may carry before its breakdown: "25 people, including nine staff".
_PEOPLE_NOUN_AFTER = compiled.compile(r"\s+(?:people|persons|civilians|victims)(?=[,:(]|\s+including\b)")
#: A breakdown told later in the figure's sentence: "25 people were killed in the attack on the hospital,
#: including nine members of its staff". Taken only when no other figure stands between (see breakdown_of).
_LATE_BREAKDOWN_LEAD = re.compile(r",\s*(?:including|among\s+them)\s+", re.I)
#: "nine members of its staff" counts staff: the group a "members of" part belongs to names it.
_MEMBERS_OF = re.compile(r"\s+of\s+(?:its|the|their|his|her|our)\s+(?P<noun>[A-Za-z-]+)", re.I)


def _holds_a_figure(words: str) -> bool:
    """Whether ``words`` hold a number (digits or a number word) that is no day of a month ("the February 15
    attack"): a later breakdown may then be that number's own."""
    found = re.findall(r"[A-Za-z]+|\d+", words)
    return any(
        (w.isdigit() and not (n and found[n - 1].lower() in MONTHS)) or w.lower() in WORD_VALUES
        for n, w in enumerate(found)
    )
#: Nouns that may name anyone, so tell no two people apart ("the victim" may be "the man").
_ANYONE = frozenset(
    """victim person individual resident man woman male female teen teenager juvenile adult self attacker
    child kid baby infant toddler boy girl youth minor""".split()
)


def _tells_apart(noun: str | None) -> bool:
    """Is a victim's noun one that tells two people apart ("driver" and "passenger"), not an age or anyone?"""
    return noun is not None and noun.isalpha() and noun not in _ANYONE


#: Participles that may open a sentence with the count after them: "Injured in the gunfire were ..."
_FRONTED = frozenset("injured wounded killed hurt shot slain".split())
_PERPETRATORS = frozenset("gunman shooter suspect attacker killer assailant bomber robber".split())
_TRANSITIVE = frozenset("killed injured wounded hurt shot stabbed knifed murdered executed slain down massacred assassinated".split())


@dataclass(slots=True)
class _Mention:
    kind: Kind
    figure: Figure
    start: int
    end: int
    #: the start of its sentence, which names it
    sentence: int
    victims: str | None = None
    revision: Revision | None = None
    derivation: str | None = None
    breakdown: list[Breakdown] = field(default_factory=list)
    #: for one person: an age or name that tells them apart from another victim
    who: str | None = None
    #: said to be injured, read as hit: it may be the one who died
    stated_injured: bool = False
    #: one person said to be hit *also* ("a woman was also shot"): someone besides a person named before
    also: bool = False
    #: recalled from another event ("a week after 85 protesters were killed"): not this report's toll
    other_event: bool = False


#: A sentence's context, as every statement of it gives it: hedge, attribution, whether it gives a running
#: total, event date.
_Context = tuple[str | None, str | None, bool, date | None]


def _one(start: int, end: int, sentence: int, kind: Kind, victims: str | None) -> _Mention:
    # One person said to be injured may be the one who died later in the report: read as *hit*.
    if kind == "injured":
        m = _Mention("hit", Figure.exact(1), start, end, sentence, victims)
        m.stated_injured = True
        return m
    return _Mention(kind, Figure.exact(1), start, end, sentence, victims)


#: A word for a whole group, which a list's later items may break down ("the five victims, three men and...").
_GROUP_WORD = compiled.compile(r"\b(?:victims|people|persons|individuals|casualties)\b", re.I)


def _count_items(text: str) -> int | None:
    """People in a list like "two protesters and one policeman" (3) or "a trader and his daughter" (2)."""
    counts: list[int] = []
    items = list(P.ITEM_RE.finditer(text))
    for item in items:
        lead = _LEAD_FIGURE.match(item.group(0))
        if lead is None:
            counts.append(1)
            continue
        fig = parse_figure(lead.group(1))
        if fig is None or fig.best is None:
            return None
        counts.append(fig.best)
    if len(counts) > 2 and counts[0] == sum(counts[1:]) and _GROUP_WORD.search(items[0].group(0)):
        return counts[0]  # "the five victims, three men and two women": the parts of the first item
    return sum(counts) or None


#: Roles one person holds at once: "a husband and father" is one man, "a husband and wife" two people.
_ONE_PERSON_ROLES = [
    frozenset({"husband", "father", "dad", "grandfather", "son", "brother", "uncle"}),
    frozenset({"wife", "mother", "mom", "grandmother", "daughter", "sister", "aunt"}),
]
_ONE_PERSON_EXCEPT = {frozenset({"father", "son"}), frozenset({"mother", "daughter"}), frozenset({"brother"}),
                      frozenset({"sister"}), frozenset({"dad", "son"}), frozenset({"mom", "daughter"}),
                      frozenset({"grandfather", "son"}), frozenset({"grandmother", "daughter"}),
                      frozenset({"father", "uncle"}), frozenset({"mother", "aunt"})}


def _pair_count(pair: str) -> int:
    """People in "a husband and father" (1) or "a trader and his daughter", "husband and wife" (2)."""
    words = pair.lower().replace(",", " ").split()
    if "of" in words:
        words = words[: words.index("of")]  # "a husband and father of two children"
    if words[0] not in ("a", "an") or len(words) != 4:
        return 2  # "his wife and her son", "husband and wife"
    roles = frozenset({words[1], words[3]})
    if any(roles <= same for same in _ONE_PERSON_ROLES) and roles not in _ONE_PERSON_EXCEPT:
        return 1
    return 2


def _not_a_name(words: str | None) -> bool:
    """Does a capitalised match open with a word that is no name ("Police", "Monday", "Killed")?"""
    if not words:
        return False
    return words.split()[0].strip(",").lower() in _NOT_NAMES


def _last_word(head: str) -> str:
    """``_LAST_WORD.search(head)``'s text, or "": with str methods when the word is ASCII (4x faster)."""
    stripped = head.rstrip(_ASCII_WORD_TAIL)
    if (stripped and not stripped[-1].isascii()) or head.endswith("\n"):
        w = _LAST_WORD.search(head)  # a non-ASCII letter may belong to the word; $ may stand before a \n
        return w.group(0) if w else ""
    # the trailing run of [\w'’-]; the word opens at its first \w
    return head[len(stripped) :].lstrip("'’-")


class _SubjectEnds:
    """Where a subject can end: before auxiliaries that run to the end, after a word a subject can end with.

    Only the last 12 space runs are candidates. They are found from the right, and each is tested, when
    first asked about, as the auxiliaries' pattern runs to the end of the text: most readings need one
    or two of them.
    """

    __slots__ = ("_found", "_runs", "known", "left")

    def __init__(self, left: str) -> None:
        self.left = left
        # a space run: a longest run of spaces and commas that holds a space (a subject's end is its
        # start); found in the reversed text, the runs come from the right, as any() asks for them
        self._runs = _SPACE_RUN_REVERSED.finditer(left[::-1])
        self._found: list[int] = []  # their starts so far, right to left
        self.known: dict[int, bool] = {}

    def _next(self) -> int | None:
        """The start of the next space run to the left, or None past the 12th or the first."""
        if len(self._found) == 12:
            return None
        run = next(self._runs, None)
        if run is None:
            return None
        start = len(self.left) - run.end()
        self._found.append(start)
        return start

    @property
    def spaces(self) -> list[int]:
        """The starts of the last 12 space runs, left to right."""
        while self._next() is not None:
            pass
        return self._found[::-1]

    def at(self, pos: int) -> bool:
        """Can a subject end at ``pos`` (one of :attr:`spaces`)?"""
        known = self.known.get(pos)
        if known is None:
            known = self.known[pos] = self._test(pos)
        return known

    def _test(self, pos: int) -> bool:
        # The word test first: it is cheaper than the auxiliaries' pattern, and fails as often.
        last = _last_word(self.left[max(0, pos - 40) : pos].rstrip(" ,\n\t"))
        return (
            bool(last)
            and (
                last[0].isdigit() or last[0].isupper() or last.lower() in P.SUBJECT_CLOSERS
                or P.OPEN_NOUN_RE.fullmatch(last) is not None
                or last.lower().endswith(("-old", "-olds"))
            )
            and P.AUX_TAIL_RE.match(self.left, pos) is not None
        )

    def any(self) -> bool:
        """Can a subject end at any of :attr:`spaces`? The rightmost first."""
        for pos in self._found:
            if self.at(pos):
                return True
        while (more := self._next()) is not None:
            if self.at(more):
                return True
        return False

    def name_reaches(self, pos: int) -> bool:
        """Does a name-like run of capitals from ``pos`` reach an end? It can end no later than its longest run."""
        longest = _NAMEISH.match(self.left, pos)
        if longest is None:
            return False
        return any(
            pos < e <= longest.end() and _NAMEISH.fullmatch(self.left, pos, e) is not None and self.at(e)
            for e in self.spaces
        )


#: Before a trigger, the first word a subject may open with mostly opens it when the text is this short:
#: shorter, RE2's pass costs more than it saves (longer, it seldom does).
_PREFILTER_FROM = 30


def _search_subjects(left: str, folded: bytes, lo: int) -> Iterator[re.Match[str]]:
    """The subjects' pattern searched in ``left``, trying only the word starts a subject can begin with.

    A subject opens with a number, a determiner, a qualifier, a pronoun or a capital, so the regex
    (costly at every position) runs only there; the leftmost match is the same as search's. A capital
    that opens no other form can only open a name, so it is tried only where a name reaches an end.
    ``folded[lo:]`` is ``left`` as :func:`~casualty_cli.extraction.prefilter.fold` gives it: RE2 finds
    there the first place the regex may match, so the places before it, where it would fail at 5-15 µs
    each, are not tried (nor anything, when RE2 finds no place).
    """
    with_and = " and " in left
    start = 0
    if len(left) >= _PREFILTER_FROM:
        window = folded[lo : lo + len(left)]
        start = P.subject_prefilter()(window)
        if start < 0:
            return
    # Cheap test first: some word followed only by auxiliaries must be one a subject can end with.
    ends = _SubjectEnds(left)
    if not ends.any():
        return
    aged = "age" in left or "-old" in left
    matchers = P.subject_matchers(with_and, aged)
    # the word starts from RE2's first place on are those the whole of left has there: \b sees left[start - 1]
    for w in _WORD_START.finditer(left, start):
        pos = w.start()
        c = left[pos]
        opener = pos == 0 or c.isdigit() or w.group(1).lower() in P.SUBJECT_OPENERS or left.startswith(",", w.end())
        if not opener:
            if not c.isupper():
                continue
            if not with_and and not ends.name_reaches(pos):
                continue
        for match in matchers:
            m = match(left, pos)
            if m is not None:
                if not _not_a_name(m.group("name")):
                    yield m
                break


#: Words after an active verb that open no object: "shot in the leg", "killed on Sunday", "wounded at
#: the scene". Not a name (lower case), no figure, determiner or pronoun, and none can be a filler word of
#: the bare form ("obare" excludes them): so OBJECT_RE can match there only if the next word makes them
#: part of a figure ("at least", "in excess of") or of an age ("in year old" would be a bare noun).
_NO_OBJECT_WORDS = frozenset("in on at to of and them into toward towards".split())
#: How the next word may open such a figure or age, as ASCII ``re.I`` matches it.
_OBJECT_AFTER = ("least", "excess", "year", "month", "week")
#: The first word after the spaces: lower-case ASCII letters followed by a space, and the next word.
_LEAD_WORD = compiled.compile(r"\s+([a-z]+)\s+(\S*)")


def _no_object(right: str) -> bool:
    """Can OBJECT_RE not match ``right``? An exact rule-out (a test compares them), 8x cheaper than its
    failure: every form opens after spaces, with a figure, a determiner, a capital or a noun."""
    if not right[:1].isspace():
        return True
    lead = _LEAD_WORD.match(right)
    if lead is None or lead[1] not in _NO_OBJECT_WORDS:
        return False
    after = lead[2]
    return after.isascii() and not after.lower().startswith(_OBJECT_AFTER)


def _match_object(right: str) -> re.Match[str] | None:
    """The object pattern matched at the start; its costly list-of-ages form only where the text speaks of ages."""
    if "age" in right or "-old" in right:
        m = P.object_aged_re().match(right)
        if m is not None:
            return m
    if _no_object(right):
        return None
    return P.OBJECT_RE.match(right)


_FIGURE_ENDS = tuple(sorted(FIGURE_LAST_WORDS))
#: The words FIGURE_BEFORE_RE allows between a figure and its trigger, as ASCII ``re.I`` matches them.
_BEFORE_MODIFIERS = frozenset("more new confirmed reported civilian other total".split())


def _no_figure_before(left: str) -> bool:
    """Can FIGURE_BEFORE_RE not match ``left``? An exact rule-out (a test compares them), 10x cheaper than
    the search's failure: a figure is followed by spaces and at most two modifiers, so one of the last three
    words ends it, with a digit or with a word a figure ends with ("twenty-five", "dozen", "several")."""
    for word in reversed(left.split()[-3:]):
        if not word.isascii():
            return False  # "ſix" is "six" to re.I
        low = word.lower()
        if low[-1].isdigit() or low.endswith(_FIGURE_ENDS):
            return False
        if low not in _BEFORE_MODIFIERS:
            return True  # no figure ends here, and none further left can reach the trigger
    return True


def _state_kind(state: str) -> Kind:
    """The outcome a state after an object says: "left two dead" killed, "... wounded" injured."""
    s = state.strip().lower()
    if s in ("dead", "to death"):
        return "killed"
    return "injured" if s in ("injured", "wounded", "hurt") else "hit"


def _list_mention(m: re.Match[str], base: int, sentence: int, kind: Kind) -> _Mention | None:
    """The people of a matched list ("a trader and his daughter"), or None when a part is vague."""
    n = _count_items(m.group("list"))
    if n is None:
        return None
    return _Mention(kind, Figure.exact(n), base + m.start("list"), base + m.end("list"), sentence)


def _aged_mention(m: re.Match[str], base: int, sentence: int, kind: Kind) -> _Mention:
    """ "his 12- and 10-year-old sons", "his sons, ages 3 and 4": one person an age."""
    n = len(_AGE_NUMBER.findall(m.group("agelist") or m.group("agelist2")))
    return _Mention(kind, Figure.exact(n), base + m.start("aged"), base + m.end("aged"), sentence)


def _is_not_a_count(text: str, fig_start: int, fig_end: int) -> bool:
    """Ages, times, money, measures: "a 12-year-old", "6 p.m.", "$15,000", "10 times"."""
    after = text[fig_end : fig_end + 14]
    if P.AGE_AFTER_RE.match(after) or (after[:1] in ":/" and after[1:2].isdigit()) or after[:1] == "-":
        return True  # ages, measures, times ("8:30"), fractions, dates ("2/15"), compounds ("12- and 10-year-old")
    if fig_start > 0 and (text[fig_start - 1].isalnum() or text[fig_start - 1] == "-"):
        return True  # glued to a word: "K-9", "Route66", "I-95"
    if fig_start > 1 and text[fig_start - 1] in ":." and text[fig_start - 2].isdigit():
        return True  # the minutes of a time or a decimal: "1:53", "4.5"
    if text[fig_start].isdigit() and _BRAND_BEFORE.search(text, max(0, fig_start - 12), fig_start) and _BRAND_AFTER.match(text, fig_end):
        return True  # a station or a name: "WPXI 11 News", "Channel 4 Action"
    before = text[max(0, fig_start - 16) : fig_start]
    return bool(P.AGE_BEFORE_RE.search(before))


def _is_bare_age(text: str, fig_start: int, fig_end: int, sent_start: int) -> bool:
    """A number with no noun that is an age: "Alex Smith, 24, was killed", "boy, 9, dies", "of 8 A man"."""
    if text.startswith(",", fig_end) or text.startswith(" ,", fig_end):
        return True
    before = text[max(sent_start, fig_start - 30) : fig_start].rstrip()
    if not before:
        return False
    if text[fig_start].isdigit() and (
        P.NAME_COMMA_RE.search(before) or (text[fig_start:fig_end] != "1" and _SINGULAR_VERB_AFTER.match(text, fig_end))
    ):
        return True  # "Calvin Williams, 24 was shot": a number that takes "was" is one person's age
    # a bare count follows the start, a reporting verb, or a clause break; anything else is suspect
    return not P.BARE_LEAD_RE.search(before)


class _Reader:
    """Reads one document. Keeps the per-sentence context it computes so each is computed once."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        lowered = doc.text.lower()
        if len(lowered) != len(doc.text):  # a few characters lower-case to two; keep offsets exact
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in doc.text)
        #: the text lower-cased, same offsets: most patterns run case-sensitive on it, which is faster
        self.lowered = lowered
        self.index = SentenceIndex(self.text)
        #: the sentences read so far, by start; a mention's ``sentence`` is its sentence's start
        self.sentences: dict[int, Sentence] = {}
        self.mentions: list[_Mention] = []
        #: the mentions of each sentence (by start), in order: what a mention is compared with is in its
        #: sentence, and looking there, not through the whole report, keeps a long report's time linear
        self.by_sentence: dict[int, list[_Mention]] = {}
        self.seen: set[tuple[str, int, int | None]] = set()
        #: the text and the lower-cased text as RE2's pre-filters read them (prefilter.fold), made when first needed
        self._folded: bytes | None = None
        self._folded_lower: bytes | None = None
        #: the context pre-filter's answer for each sentence asked about, by start
        self._maybe: dict[int, Sequence[int]] = {}
        #: the sentences (by start) that say a toll moved, with what they say (context.py)
        self.revision_cues: dict[int, C.RevisionCue] = {}
        #: where a sentence (by start) gives a figure it disputes: the other side's, never its claim
        self.denied: dict[int, list[tuple[int, int]]] = {}
        #: the event date each headline gives (statements() reads one document's, one publication date)
        self.headline_dates: dict[str, date | None] = {}
        #: each sentence's context (statements()), by start
        self.contexts: dict[int, _Context] = {}

    def folded(self) -> bytes:
        """The text as RE2's pre-filters read it: ASCII, one byte a character (prefilter.fold)."""
        if self._folded is None:
            self._folded = fold(self.text)
        return self._folded

    def maybe(self, sent: Sentence) -> Sequence[int]:
        """The patterns of :func:`~casualty_cli.extraction.patterns.context_prefilter` that may match the
        sentence (CUMULATIVE, SURVIVED, DATE): one RE2 pass a sentence, when first asked."""
        found = self._maybe.get(sent.start)
        if found is None:
            found = self._maybe[sent.start] = P.context_prefilter().Match(self.folded_lower()[sent.start : sent.end]) or ()
        return found

    def folded_lower(self) -> bytes:
        """The fold of :attr:`lowered`: the fold's lower case (a test checks this for every character)."""
        if self._folded_lower is None:
            self._folded_lower = self.folded().lower()
        return self._folded_lower

    # -- reading the figure around one trigger ---------------------------------------------------

    def add(self, m: _Mention | None) -> None:
        if m is None:
            return
        if m.kind == "hit" and m.figure.best is not None and m.figure.best > 1 and self.says_survived(m):
            m.kind = "injured"  # "three men were taken to hospital in stable condition": all alive
        if m.kind == "hit" and m.figure.best == 1 and self.is_someone_else(m):
            m.kind = "injured"
        if m.kind == "hit" and self.after_the_dead(m):
            m.kind = "injured"  # "14 people lost their lives and 30 sustained injuries": others than the dead
        if m.victims == "others" and m.kind in ("injured", "hit") and m.figure.best is not None:
            # "two men were in critical condition and two others injured": the others come on top
            before = [
                x for x in self.in_sentence(m.sentence)
                if x.kind in ("injured", "hit") and x.figure.best is not None and x.victims != "others"
                and self.joined_before(x, m)  # the same clause: "two were hurt and two others"
            ]
            if before:
                first = before[-1]
                assert first.figure.best is not None
                n = first.figure.best + m.figure.best
                m = _Mention("injured", Figure.exact(n), m.start, m.end, m.sentence, m.victims,
                             derivation=f"{first.figure.best} plus {m.figure.best} others")
        key = (m.kind, m.start, m.figure.best)
        if key in self.seen:
            return
        self.seen.add(key)
        if m.figure.best == 1:
            w = P.WHO_RE.search(self.text, m.start, max(m.end, m.start + 1))
            m.who = w.group(0).lower() if w else None
        self.keep(m)

    def keep(self, m: _Mention) -> None:
        self.mentions.append(m)
        self.by_sentence.setdefault(m.sentence, []).append(m)

    def in_sentence(self, si: int) -> list[_Mention]:
        """The mentions kept so far in the sentence starting at ``si``."""
        return self.by_sentence.get(si, [])

    def after_the_dead(self, m: _Mention) -> bool:
        """Do people hit follow, in one clause, the sentence's count of the dead ("two were killed and five
        shot")? Told after the dead, they are others; told first ("five were shot and two died"), they are not."""
        if m.victims == "self" or m.figure.best is None or (m.figure.best == 1 and not _INDEFINITE.match(self.text, m.start)):
            return False  # "... and shot himself", "... the boy was shot": the dead, told again
        if _WHO_AFTER.match(self.text, m.end):
            return False  # "the killing of a boy, son of an officer, who was shot": whose clause is unclear
        return any(x.kind == "killed" and self.joined_before(x, m) for x in self.in_sentence(m.sentence))

    def joined_before(self, x: _Mention, m: _Mention) -> bool:
        """Does ``x`` come just before ``m`` in its sentence, joined to it by "and" (one clause's two counts)?"""
        return x.sentence == m.sentence and 0 < m.start - x.end < 80 and " and " in self.text[x.end : m.start]

    def is_someone_else(self, m: _Mention) -> bool:
        """Is one person hit plainly alive, or plainly not the one who died?

        "A second person was also injured", "another man was shot", "was shot but survived".
        (Kin, "his father was wounded", and "also" were tried: they cost more false tolls than they won.)
        """
        text = self.text
        if m.stated_injured and _INDEFINITE.match(text, m.start):
            return True
        if _ANOTHER.match(text, m.start) or _OTHER_ONE.match(text, m.start):
            return True
        if _NTH_VICTIM_BEFORE.search(text, max(0, m.start - 40), m.start) and not self.died_after(m):
            return True  # "The second victim, a female, was still hospitalized"
        if self.says_survived(m):
            return True
        # "the boy was killed, and his father was critically injured": kin of the dead, beside them
        return _KIN_OF.match(text, m.start) is not None and any(
            k.kind == "killed" and k.start != m.start for k in self.in_sentence(m.sentence)
        )

    def says_survived(self, m: _Mention) -> bool:
        """Does the mention's sentence say someone is alive ("in stable condition", "survived")?"""
        sent = self.sentences[m.sentence]
        maybe = self._maybe.get(sent.start)
        if maybe is None:
            # Every form of SURVIVED_RE holds one of these words. Without them the sentence's RE2 pass is
            # not made here: an eighth of the sentences asked about get no context later.
            low = self.lowered[sent.start : sent.end]
            if not any(w in low for w in P.SURVIVED_WORDS):
                return False
            maybe = self.maybe(sent)
        return P.SURVIVED in maybe and P.SURVIVED_RE.search(self.lowered, sent.start, sent.end) is not None

    def died_after(self, m: _Mention) -> bool:
        """Does the mention's sentence go on to say they died ("... and was later pronounced dead")?"""
        return _DIED_AFTER.search(self.lowered, m.end, self.sentences[m.sentence].end) is not None

    def subject(self, si: int, trig_start: int, kind: Kind, verb: str) -> _Mention | None:
        """The counted subject before a passive or intransitive outcome verb."""
        sent = self.sentences[si]
        lo = max(sent.start, trig_start - 110)
        left = self.text[lo:trig_start]
        # The leftmost reading first; a later one when it is no count ("WPXI 11 News Two brothers").
        for m in _search_subjects(left, self.folded(), lo):
            found = self.subject_of(m, lo, left, si, kind, verb)
            if found is not None and found.figure.best == 1 and not m.group("pron"):
                found.also = "also" in left[m.start() :].lower().split()
            if found is not None or not m.group("fig"):
                return found  # only a number that is no count makes a later reading worth its cost
        return None

    def subject_of(
        self, m: re.Match[str], lo: int, left: str, si: int, kind: Kind, verb: str
    ) -> _Mention | None:
        """The mention a subject match gives, or None when it is no victim count."""
        sent = self.sentences[si]
        start = lo + m.start()
        # (each pattern only where the words it needs are: "if"/"whether" end the text before the subject,
        # "not", "never", "n't" or "be" stand in it; the searches cost more than the tests)
        if self.text[max(0, start - 12) : start].rstrip().endswith(_QUESTION_ENDS) and P.QUESTIONED_RE.search(
            self.text, max(0, start - 12), start
        ):
            return None
        aux = left[m.end("both") if m.group("both") else m.start() :].lower()
        if (
            ("not" in aux or "never" in aux or "n't" in aux or "n’t" in aux) and _NEGATED_AUX.search(aux)
        ) or ("be" in aux and _HYPOTHETICAL_AUX.search(aux)):
            return None  # "another child was not killed", "trees could be damaged or killed"
        aux_words = aux.replace(",", " ").split()
        shot_dead = verb.lower() == "shot dead"
        transitive_verb = shot_dead or verb.split()[-1].lower() in _TRANSITIVE
        # "have"/"has" alone make no passive: "Floods have killed 41 people" names who killed
        has_aux = any(w in _BE_AUX for w in aux_words) and (
            not transitive_verb or any(w in _PASSIVE_AUX for w in aux_words)
        )
        if not has_aux and ("who" in aux_words or "that" in aux_words) and transitive_verb:
            return None  # "the deputy who killed a man": who did it, not who died
        # "a man shot dead" drops its "was" (a headline); "gunmen shot dead two policemen" has an object
        transitive = transitive_verb and (
            not shot_dead or (not has_aux and self.object_follows(si, lo + len(left) + len(verb)))
        )
        g = m.group
        if g("both"):
            fig = parse_figure(g("allfig")) if g("allfig") else Figure.exact(2)
            if fig is None:
                return None
            return _Mention(kind, fig, lo + m.start(), lo + m.end("both"), si, "both")
        if g("named") or g("pair"):
            grp = "named" if g("named") else "pair"
            people = len(_NAME_IN_LIST.findall(g("named"))) if g("named") else _pair_count(g("pair"))
            return _Mention(kind, Figure.exact(people), lo + m.start(grp), lo + m.end(grp), si)
        if g("aged"):
            return _aged_mention(m, lo, si, kind)
        if g("list"):
            return _list_mention(m, lo, si, kind)
        if g("fig"):
            fs, fe = lo + m.start("fig"), lo + m.end("fig")
            noun = g("noun")
            if _is_not_a_count(self.text, fs, fe) or (
                noun is None and _is_bare_age(self.text, fs, fe, sent.start)
            ):
                return None
            if transitive and not has_aux and self.object_follows(si, lo + len(left) + len(verb)):
                return None  # "killed 2,300 people and injured over 10,000": the count is the killed's
            fig = parse_figure(g("fig"))
            if fig is None:
                return None
            if noun is None and g("fig").lower() == "a couple":
                fig, noun = Figure.exact(2), "couple"  # "a couple was found dead": two people, not "a couple of"
            # "two other victims": other than those already counted (usually the dead)
            np = left[m.start() : m.end("noun") if noun else m.end("fig")].lower()
            other = " other " in f" {np} " or left[: m.start("fig")].lower().rstrip().endswith("other")
            victims = "others" if other else noun
            return _Mention(kind, fig, fs, fe, si, victims.lower() if victims else None)
        if (
            transitive
            and not has_aux
            and (
                self.object_follows(si, lo + len(left) + len(verb))
                or (g("sing") or g("bare") or "").lower() in _PERPETRATORS
                or g("name")
                or g("pron")
            )
        ):
            return None  # "Gunmen killed two", "He shot ...": active voice, the subject is no victim
        if g("ofwhom"):
            fig = parse_figure(g("ofwhom"))  # "shot two people, one of whom died"
            if fig is None:
                return None
            return _Mention(kind, fig, lo + m.start("ofwhom"), lo + m.end("ofwhom"), si)
        if g("fam"):
            fam = parse_figure(g("fam"))
            if fam is None:
                return None
            return _Mention(kind, fam, lo + m.start("fam"), lo + m.end("fam"), si, "family")
        if g("bareage"):
            return _one(lo + m.start("bareage"), lo + m.end("bareage"), si, kind, g("bareage").lower())
        if g("bare"):
            return _one(lo + m.start("bare"), lo + m.end("bare"), si, kind, g("bare").lower())
        if g("sing") or g("agesing"):
            name = (g("sing") or g("agesing")).lower()
            if name == "couple":  # "an elderly couple were killed": two people
                return _Mention(kind, Figure.exact(2), lo + m.start(), lo + m.end("sing"), si, name)
            one = _one(
                lo + m.start(), lo + m.end("sing") if g("sing") else lo + m.end("agesing"), si, kind, name
            )
            if left[m.start() :].lower().startswith("another"):
                one.kind = kind  # "another girl injured": someone else than the dead
            return one
        if g("pron"):
            return _one(lo + m.start("pron"), lo + m.end("pron"), si, kind, None)
        if g("another"):
            return _one(lo + m.start("another"), lo + m.end("another"), si, kind, None)
        if g("name"):  # (_search_subjects has already passed over capitals that are no names)
            return _one(lo + m.start("name"), lo + m.end("name"), si, kind, None)
        return None

    def count_after_verb(self, sent: Sentence, t: re.Match[str], kind: Kind) -> _Mention | None:
        """The count when it follows its verb: "Among the dead were 11 children", "Injured in the
        gunfire were a boy and a woman" (a participle that opens its sentence)."""
        text = self.text
        ts, te = t.start(), t.end()
        found = None
        if P.AMONG_BEFORE_RE.search(text, max(0, ts - 12), ts) or (
            ts - sent.start <= 6 and text[sent.start : ts].strip().lower() == "the"  # "The dead include five women"
        ):
            after = P.AMONG_AFTER_RE.match(text, te, sent.end)
            if after is not None:
                found = self.obj(sent.start, after.end(), kind)
        if found is None and ts - sent.start <= 2 and t.group(0).lower() in _FRONTED:
            after = P.FRONTED_AFTER_RE.match(text, te, sent.end)
            if after is not None:
                found = self.obj(sent.start, after.end(), kind)
        return found

    def object_follows(self, si: int, pos: int) -> bool:
        right = self.text[pos : min(self.sentences[si].end, pos + 160)]
        m = _match_object(right)
        return m is not None and not _not_a_name(m.group("oname"))

    def obj(self, si: int, trig_end: int, kind: Kind, need_state: bool = False) -> _Mention | None:
        """The counted object after an active outcome verb: "killing 50 civilians", "left two dead"."""
        sent = self.sentences[si]
        right = self.text[trig_end : min(sent.end, trig_end + 180)]
        m = _match_object(right)
        if m is None:
            return None
        state = m.group("state")
        if state and _state_kind(state) == "killed":
            kind = "killed"  # "shot his daughter dead"
        if need_state:
            if not state:
                return None
            kind = _state_kind(state)
        g = m.group
        base = trig_end
        if need_state and g("more"):
            more = g("fig2").lower()
            fig2 = Figure.exact(1) if more in ("another", "one other") else parse_figure(more)
            kind2 = _state_kind(g("state2"))
            if fig2 is None and more.split()[0] in ("a", "an", "his", "her", "their"):
                fig2 = Figure.exact(1)
            if fig2 is not None:
                self.add(_Mention(kind2, fig2, base + m.start("fig2"), base + m.end("fig2"), si))
        if g("aged"):
            return _aged_mention(m, base, si, kind)
        if g("list"):
            return _list_mention(m, base, si, kind)
        if g("fig"):
            fs, fe = base + m.start("fig"), base + m.end("fig")
            if _is_not_a_count(self.text, fs, fe):
                return None
            fig = parse_figure(g("fig"))
            if fig is None:
                return None
            noun = g("noun")
            return _Mention(kind, fig, fs, fe, si, noun.lower() if noun else None)
        if g("sing") or g("agesing"):
            name = (g("sing") or g("agesing")).lower()
            if name == "couple":  # "killing an elderly couple": two people
                return _Mention(kind, Figure.exact(2), base + m.start(), base + m.end(), si, name)
            one = _one(base + m.start(), base + m.end(), si, kind, name)
            one.kind = kind  # "wounding his father": the object of the wounding is someone else than the dead
            return one
        if g("onamed"):
            n = len(_NAME_IN_LIST.findall(g("onamed")))
            return _Mention(kind, Figure.exact(n), base + m.start("onamed"), base + m.end("onamed"), si)
        if g("obare"):  # "shooting that killed township man", "accidentally shot roommate"
            return _one(base + m.start("obare"), base + m.end("obare"), si, kind, None)
        if g("oname") and not _not_a_name(g("oname")):
            return _one(base + m.start("oname"), base + m.end("oname"), si, kind, None)
        return None

    def with_attacker(self, m: _Mention | None) -> _Mention | None:
        """"killed his daughter and himself": the attacker's death is part of the toll."""
        if m is None or m.figure.best is None:
            return m
        sent = self.sentences[m.sentence]
        if P.SUICIDE_RE.search(self.text, m.end, sent.end) is None:
            return m
        self.add(m)  # the victims alone stay a statement of their own
        n = m.figure.best + 1
        return _Mention(
            "killed", Figure(n, n, n, m.figure.qualifier), m.start, m.end + 1, m.sentence, m.victims,
            derivation=f"{m.figure.best} killed plus the attacker",
        )

    def toll(self, si: int, trig_start: int, trig_end: int) -> _Mention | None:
        sent = self.sentences[si]
        if P.EARLIER_TOLL_RE.search(self.text, max(sent.start, trig_start - 20), trig_start):
            return None  # "an earlier toll of 11": the figure this report replaces
        right = self.text[trig_end : min(sent.end, trig_end + 160)]
        m = P.TOLL_RE.match(right)
        if m is None:
            return None
        fs, fe = trig_end + m.start("fig"), trig_end + m.end("fig")
        if _is_not_a_count(self.text, fs, fe):
            return None
        fig = parse_figure(m.group("fig"))
        if fig is None:
            return None
        return _Mention("killed", fig, fs, fe, si)

    def lives(self, si: int, t: re.Match[str]) -> _Mention | None:
        """ "the blast claimed 15 lives", "cost at least 20 lives", "15 lives were lost"."""
        if t.group(0).lower().startswith("lives"):
            return self.figure_before(si, t.start(), "killed")
        m = P.LIVES_CLAIMED_RE.match(self.text, t.start(), t.end())
        if m is None:
            return None
        fs, fe = m.start("fig"), m.end("fig")
        fig = parse_figure(m.group("fig"))
        if fig is None or _is_not_a_count(self.text, fs, fe):
            return None
        return _Mention("killed", fig, fs, fe, si)

    def as_many(self, si: int, trig_start: int, kind: Kind) -> _Mention | None:
        """The figure of the clause before, in the same sentence, for "and as many injured"."""
        before = [m for m in self.in_sentence(si) if m.end <= trig_start and m.figure.best is not None]
        if not before:
            return None
        last = before[-1]
        return _Mention(kind, last.figure, last.start, last.end, si, last.victims,
                        derivation=f"as many as the {last.figure.best} {last.kind} before")

    def figure_before(self, si: int, trig_start: int, kind: Kind) -> _Mention | None:
        sent = self.sentences[si]
        lo = max(sent.start, trig_start - 60)
        left = self.text[lo:trig_start]
        m = None if _no_figure_before(left) else P.FIGURE_BEFORE_RE.search(left)
        if m is None:
            return None
        fs, fe = lo + m.start("fig"), lo + m.end("fig")
        fig = parse_figure(m.group("fig"))
        if fig is None or _is_not_a_count(self.text, fs, fe):
            return None
        return _Mention(kind, fig, fs, fe, si)

    # -- the whole document -----------------------------------------------------------------------

    def read(self) -> None:
        text = self.text
        sentences = self.sentences
        lowered = self.lowered
        find = self.index.find
        for t in P.find_triggers(lowered, self.folded_lower()):
            ts = t.start()
            sent = find(ts)
            if sent is None or ts >= sent.end:
                continue
            si = sent.start
            sentences[si] = sent
            group = t.lastgroup
            verb = t.group(0)
            if group in ("killed", "injured", "hit", "missing"):
                kind: Kind = group  # type: ignore[assignment]
                if group == "injured" and verb.lower() in ("injuring", "wounding", "injures", "wounds"):
                    end = t.end()
                    if verb.lower() == "wounding" and lowered.startswith(" of ", end):
                        end += 3  # "the fatal shooting of a woman and the wounding of three men"
                    self.add(self.obj(si, end, "injured"))
                    continue
                # (searched only where "many" stands: every reading of the pattern holds it)
                if "many" in lowered[max(si, ts - 30) : ts] and P.AS_MANY_BEFORE_RE.search(text, max(si, ts - 30), ts):
                    self.add(self.as_many(si, ts, kind))  # "three were killed and as many injured"
                    continue
                found = self.subject(si, ts, kind, verb)
                if found is None:
                    found = self.count_after_verb(sent, t, kind)
                    if found is not None:
                        self.add(found)
                        continue
                if (
                    found is None
                    and group != "missing"
                    and verb.lower() not in ("dead", "died", "die", "dies")
                ):
                    found = self.obj(si, t.end(), kind)
                    if found is not None and found.kind == "killed":
                        found = self.with_attacker(found)
                if found is not None and found.kind == "injured" and P.SOME_DIED_RE.match(text, t.end(), sentences[si].end):
                    found.kind = "hit"  # "six people were wounded -- two mortally"
                self.add(found)
            elif group == "fatalevent" and not _NOT_AN_EVENT.search(verb):
                # "a fatal shooting": at least one person died, though the report may not say who
                self.add(_Mention("killed", Figure(1, 1, None, "at least"), ts, t.end(), si, None))
            elif group == "fatal":
                if P.FATAL_AFTER_RE.match(lowered, t.end()):
                    self.add(self.subject(si, ts, "killed", verb))
            elif group == "selfhit":
                self.add(_Mention("hit", Figure.exact(1), ts, t.end(), si, "self"))
            elif group == "ahit":
                part = P.BODY_PART_OF_RE.match(lowered, t.end())
                victim_at = part.end() if part else t.end()  # "struck the knee of an 11-year-old girl"
                if P.AHIT_AFTER_RE.match(lowered, victim_at):
                    self.add(self.obj(si, victim_at, "hit"))
            elif group in ("akill", "selfkill") and _INTENT_BEFORE.search(text, max(0, ts - 25), ts):
                continue  # "was going to kill his wife", "threatened to kill": no death
            elif group == "selfkill":
                self.add(_Mention("killed", Figure.exact(1), ts, t.end(), si, "attacker"))
            elif group == "akill":
                self.add(self.with_attacker(self.obj(si, t.end(), "killed")))
            elif group == "sent":
                found = self.obj(si, t.end(), "hit")
                if found is not None and P.TO_HOSPITAL_RE.search(text, found.end, min(sentences[si].end, found.end + 50)):
                    self.add(found)  # "sent five people to the hospital"
            elif group == "left":
                left_by = self.obj(si, t.end(), "killed", need_state=True)
                self.add(self.with_attacker(left_by) if left_by is not None and left_by.kind == "killed" else left_by)
            elif group == "toll":
                self.add(self.toll(si, ts, t.end()))
            elif group == "kdeath":
                self.add(self.figure_before(si, ts, "killed"))
            elif group == "kinjury":
                self.add(self.figure_before(si, ts, "injured"))  # "7 deaths and 24 injuries"
            elif group == "lives":
                self.add(self.lives(si, t))
            elif group == "multi":
                n = _MULTIPLIERS[verb.split()[0].strip(",").lower()]
                kind = "hit" if verb.lower().rstrip("s").endswith(("shooting", "stabbing")) else "killed"
                self.add(_Mention(kind, Figure.exact(n), ts, t.end(), si))
            elif group == "possdeath":
                name = _NAME_BEFORE.search(text, max(0, ts - 30), ts)
                if name is not None:
                    self.add(_one(name.start(), t.end(), si, "killed", None))
            elif group == "msuicide" and not _ATTEMPTED_BEFORE.search(text, max(0, ts - 20), ts):
                # a murder-suicide leaves at least two dead: a victim and the attacker
                self.add(_Mention("killed", Figure(2, 2, None, "at least"), ts, t.end(), si, None,
                                  derivation="a murder-suicide: at least a victim and the attacker"))
            elif group == "bodyof":
                self.add(self.obj(si, t.end(), "killed"))  # "the bodies of three miners were recovered"
            elif group == "ofdeath":
                self.add(self.obj(si, t.end(), "killed"))
        for neg in P.NEGATION_RE.finditer(lowered):
            ns = neg.start()
            sent = find(ns)
            if sent is None:
                continue
            si = sent.start
            sentences[si] = sent
            v = neg.group("verb").lower()
            head = neg.group(0).lower()
            kind = (
                "killed" if v in ("killed", "dead") or "deaths" in head or "fatalities" in head else "injured"
            )
            self.add(_Mention(kind, Figure.exact(0), ns, neg.end(), si))

    def read_tokens(self) -> None:
        """Read with the token reader (readers.py): each sentence holding an outcome word once."""
        text = self.text
        find = self.index.find
        search = outcome_words().search
        pos = 0
        while True:
            hit = search(self.lowered, pos)
            if hit is None:
                return
            sent = find(hit.start())
            if sent is None or hit.start() >= sent.end:
                pos = hit.end()
                continue
            pos = sent.end
            si = sent.start
            self.sentences[si] = sent
            for r in read_sentence(text, sent.start, sent.end):
                self.add(self.mention_of(r, si))

    def mention_of(self, r: Reading, si: int) -> _Mention | None:
        """The engine's mention of one reading of the token reader."""
        kind: Kind = r.outcome
        if r.single and r.figure.best == 1:
            m = _one(r.start, r.end, si, kind, r.victims)
        else:
            m = _Mention(kind, r.figure, r.start, r.end, si, r.victims, derivation=r.derivation)
        if r.victims == "others":
            m.kind = kind  # "three others were shot": others than the dead
        if kind == "injured" and r.single and r.after <= r.start and self.lowered.startswith(("a ", "an ", "another "), r.start):
            m.kind = "injured"  # "wounding a passerby": the object of the wounding is someone new
        m.also = r.also
        m.other_event = r.other_event
        end = self.sentences[si].end
        if m.kind == "injured" and P.SOME_DIED_RE.match(self.text, r.after, end):
            m.kind = "hit"  # "six people were wounded -- two mortally"
        elif m.kind == "killed" and r.after <= r.start:
            return self.with_attacker(m)  # "killed his daughter and himself"
        return m

    def add_people_one_by_one(self) -> None:
        """ "A woman was shot in the back and a boy was shot in the arm": two people, each counted 1.

        Within one sentence, people hit or injured one at a time (different subjects) add up.
        """
        by_sentence: dict[int, list[_Mention]] = {}
        for m in self.mentions:
            if (
                m.kind in ("hit", "injured")
                and m.figure.best == 1
                and m.figure.qualifier == "exact"
                and _NEW_PERSON.match(self.text, m.start)  # "a woman", "another man": not "he", "the girl"
            ):
                by_sentence.setdefault(m.sentence, []).append(m)
        for ones in by_sentence.values():
            people = {(m.victims or "", m.who or "") for m in ones}
            if len({m.start for m in ones}) < 2 or len(people) < 2:
                continue
            n = len({m.start for m in ones})
            kind: Kind = "hit" if any(m.kind == "hit" for m in ones) else "injured"
            first = min(ones, key=lambda m: m.start)
            last = max(ones, key=lambda m: m.end)
            self.add(_Mention(kind, Figure.exact(n), first.start, last.end, first.sentence,
                              derivation=f"{n} people, each named on their own"))

    def add_people_also_hit(self) -> None:
        """ "Tim Reed was shot in the chest. A 2-year-old was also shot.": one more person each time.

        A person said to be *also* hit, in a later sentence than a first one hit, is someone else; the
        people hit so far are counted (the dead are taken off later, as for any people hit).
        """
        ones = [
            m for m in self.mentions
            if m.kind in ("hit", "injured") and m.figure.best == 1 and m.figure.qualifier == "exact"
            and m.derivation is None
        ]
        if not any(m.also for m in ones):
            return
        first = None
        n = 0
        for m in ones:
            if first is None:
                if m.also:
                    if not self.died_after(m):
                        m.kind = "injured"  # "also" with no one hit before it: someone besides the dead
                    continue
                first, n = m, 1
                continue
            if not m.also or m.sentence == first.sentence:
                continue
            n += 1
            # hit, not injured: the first one may be the one who died ("he died; a woman was also shot").
            # Appended as it is: that the last one survived says nothing of the others.
            self.keep(_Mention("hit", Figure.exact(n), first.start, m.end, m.sentence,
                               derivation=f"{n} people, each said to be hit on their own"))

    def add_zeros(self) -> None:
        """Statements of zero the readers leave ("There were no casualties", "ended without loss of life"):
        one for each outcome a sentence names and gives no figure of."""
        find = self.index.find
        said: dict[int, set[str]] = {}  # by sentence: the outcomes it gives a figure of
        text = self.text
        # (one RE2 pass over the fold finds where the first one may stand: in most reports nowhere)
        for hit in matches_from_first_place(C.zero_finder(), self.lowered, self.folded_lower()):
            at = hit.start()
            sent = find(at)
            if sent is None or at >= sent.end:
                continue
            # a phrase of zero is a few words, after at most one negator: a bounded window
            window = tokenize(text, max(sent.start, text.rfind(" ", sent.start, max(sent.start, at - 1)) + 1), min(sent.end, hit.end()))
            for outcome, start, end in C.zeros(text, window):
                if start < at:
                    continue
                given = said.setdefault(sent.start, {m.kind for m in self.in_sentence(sent.start)})
                if outcome not in given and not (outcome == "injured" and "hit" in given):
                    given.add(outcome)
                    self.sentences[sent.start] = sent
                    self.keep(_Mention(outcome, Figure.exact(0), start, end, sent.start))

    def statements(self, published: date | None) -> list[Statement]:
        self.add_people_one_by_one()
        self.add_people_also_hit()
        text = self.text
        doc_id = self.doc.id
        # "The ministry said 9 were killed, disputing MSF's claim that 25 died": the 25 is MSF's figure
        self.mentions = [m for m in self.mentions if not self.disputed(m, published)]
        out: list[Statement] = []
        # People hit are resolved first: the sentences of those it drops (an eighth) need no context.
        for m, figure, derivation in _resolve_hits(self.mentions, lambda si: self.context(si, published)[2]):
            sent = self.sentences[m.sentence]
            hedge, attribution, cumulative, event_date = self.context(m.sentence, published)
            revision = m.revision or self.revision_of(sent, m)
            breakdown, mismatch = self.breakdown_of(sent, m)
            out.append(
                Statement(
                    doc=doc_id,
                    outcome="injured" if m.kind == "hit" else m.kind,
                    best=figure.best,
                    low=figure.low,
                    high=figure.high,
                    qualifier=figure.qualifier,
                    start=m.start,
                    end=m.end,
                    quote=text[sent.start : sent.end],
                    scope="cumulative" if cumulative or m.other_event else "incident",
                    victims=m.victims,
                    breakdown=breakdown,
                    breakdown_mismatch=mismatch,
                    revision=revision,
                    hedge=hedge,
                    attribution=attribution,
                    event_date=event_date,
                    headline=sent.headline,
                    derivation=derivation,
                )
            )
        out.sort(key=lambda st: st.start)
        return out

    def disputed(self, m: _Mention, published: date | None) -> bool:
        """Does the mention stand where its sentence gives the figure it disputes?"""
        sent = self.sentences[m.sentence]
        if P.CUE not in self.maybe(sent) or C.denial_finder().search(self.lowered, sent.start, sent.end) is None:
            return False
        self.context(m.sentence, published)
        return any(lo <= m.start < hi for lo, hi in self.denied.get(m.sentence, ()))

    def context(self, si: int, published: date | None) -> _Context:
        """The context of the sentence starting at ``si``, computed when first asked for."""
        found = self.contexts.get(si)
        if found is None:
            found = self.contexts[si] = self.sentence_context(self.sentences[si], published)
        return found

    def sentence_context(self, sent: Sentence, published: date | None) -> _Context:
        text = self.text
        low = self.lowered[sent.start : sent.end]
        hedge = attribution = None
        # the patterns RE2 finds no place for in the sentence are not searched: they would find none
        maybe = self.maybe(sent)
        if P.CUE in maybe:  # a sentence where no cue's first word stands needs no tokens
            toks = tokenize(text, sent.start, sent.end)
            if (cue := C.revision(text, toks)) is not None:
                self.revision_cues[sent.start] = cue
            if denied := C.denied_spans(text, toks):
                self.denied[sent.start] = denied
            hedge, attribution = C.hedge(text, toks), C.attribution(text, toks)
        # A headline over several shootings ("2 dead, 8 wounded in Chicago shootings") is a round-up.
        cumulative = (
            (P.CUMULATIVE in maybe and P.CUMULATIVE_RE.search(low) is not None)
            or (sent.is_headline and "shootings" in low)
            or _OTHER_STORY.match(low) is not None
        )
        event_date = self.event_date(sent, published, P.DATE in maybe)
        return (hedge, attribution, cumulative, event_date)

    def event_date(self, sent: Sentence, published: date | None, may_hold_date: bool) -> date | None:
        """The date the sentence gives the event, else the date its post's headline gives.

        ``may_hold_date`` False says the sentence holds no date phrase (the context pre-filter found none).
        """
        found = find_event_date(self.text, published, sent.start, sent.end) if may_hold_date else None
        if found is None and sent.headline is not None and not sent.is_headline:
            # the post's headline often carries the date the body leaves implicit; read once a post
            if sent.headline not in self.headline_dates:
                self.headline_dates[sent.headline] = find_event_date(sent.headline, published)
            found = self.headline_dates[sent.headline]
        return found

    def revision_of(self, sent: Sentence, m: _Mention) -> Revision | None:
        """The revision a mention's sentence says ("rose to 11 from 9"); its context must be known."""
        cue = self.revision_cues.get(sent.start)
        if cue is None or m.kind not in ("killed", "injured", "missing") or m.figure.best == 0:
            return None
        previous = cue.previous if cue.previous_at != m.start else None
        if cue.direction is not None:
            return Revision(cue.direction, previous)
        # "corrected the toll to 12, from 14": the direction is what the two figures say
        if previous is None or m.figure.best is None or previous == m.figure.best:
            return None
        return Revision("up" if m.figure.best > previous else "down", previous)

    def breakdown_of(self, sent: Sentence, m: _Mention) -> tuple[list[Breakdown], bool]:
        text = self.text
        lead = P.BREAKDOWN_LEAD_RE.match(text, m.end, sent.end)
        if lead is None:
            # the figure may be followed by its noun first: "25 people, including nine staff"
            noun = _PEOPLE_NOUN_AFTER.match(text, m.end, sent.end)
            lead = P.BREAKDOWN_LEAD_RE.match(text, noun.end(), sent.end) if noun else None
        if lead is None:
            late = _LATE_BREAKDOWN_LEAD.search(text, m.end, sent.end)
            if late is None or _holds_a_figure(text[m.end : late.start()]):
                return [], False
            lead = late
        pos = lead.end()
        parts: list[Breakdown] = []
        while pos < sent.end:
            item = P.BREAKDOWN_ITEM_RE.match(text, pos, sent.end)
            if item is None:
                break
            fig = parse_figure(item.group("fig"))
            if fig is None or _is_not_a_count(text, item.start("fig"), item.end("fig")):
                break
            group, end = item.group("group").lower(), item.end()
            of = _MEMBERS_OF.match(text, end, sent.end) if group in ("members", "member") else None
            if of is not None:
                group, end = of.group("noun").lower(), of.end()
            parts.append(Breakdown(group, fig.best))
            sep = P.BREAKDOWN_SEP_RE.match(text, end, sent.end)
            if sep is None:
                break
            pos = sep.end()
        if not parts:
            return [], False
        total = sum(p.best or 0 for p in parts)
        best = m.figure.best
        including = "includ" in lead.group(0).lower() or "among" in lead.group(0).lower()
        mismatch = best is not None and (total > best if including else total != best)
        return parts, mismatch


def _resolve_hits(
    mentions: list[_Mention], cumulative: Callable[[int], bool]
) -> list[tuple[_Mention, Figure, str | None]]:
    """The mentions to state, with their figures and derivations: people *hit* become injured, less the
    report's deaths (the dead were among those shot).

    ``cumulative`` says whether a sentence (by start) gives a running total, whose deaths are no
    incident's: it is asked only about the sentences of killed mentions.
    """
    killed = max(
        (
            m.figure.best for m in mentions
            if m.kind == "killed" and m.figure.best is not None and not cumulative(m.sentence)
        ),
        default=0,
    )
    dead = {m.who for m in mentions if m.kind == "killed" and m.figure.best == 1}
    # "the driver is in critical condition and a passenger was pronounced dead": told apart by their nouns
    dead_nouns = {
        (m.sentence, m.victims) for m in mentions
        if m.kind == "killed" and m.figure.best == 1 and _tells_apart(m.victims)
    }
    dead_ages = {w for w in dead if w and w[0].isdigit()}
    out: list[tuple[_Mention, Figure, str | None]] = []
    for m in mentions:
        fig = m.figure
        if m.kind != "hit" or m.victims == "others":
            out.append((m, fig, m.derivation))  # "three others were shot": others than the dead, so injured as they are
            continue
        if m.stated_injured and fig.best == 1:
            # one person said to be injured: whether they are one of the dead is told by who they are
            # (same_person.py), not by the count of the dead
            out.append((m, fig, m.derivation))
            continue
        # one person told apart by age or name from everyone who died is someone else
        # (an age is the surest tell: "a 56-year-old was shot in the leg" beside "a 7-year-old girl died")
        aged_apart = m.who is not None and m.who[0].isdigit() and bool(dead_ages) and m.who not in dead_ages
        apart_by_noun = (
            fig.best == 1 and _tells_apart(m.victims)
            and any(si == m.sentence and v != m.victims for si, v in dead_nouns)
        )
        if killed == 0 or aged_apart or apart_by_noun or (m.who is not None and None not in dead and dead and m.who not in dead):
            out.append((m, fig, m.derivation))
            continue
        if fig.best is None:
            out.append((m, fig, m.derivation))  # a vague "several were shot" stays vague
            continue
        injured = fig.best - killed
        if injured <= 0:
            continue
        low = None if fig.low is None else max(0, fig.low - killed)
        high = None if fig.high is None else max(0, fig.high - killed)
        out.append((m, Figure(injured, low, high, fig.qualifier), f"{fig.best} hit, less {killed} killed"))
    return out


def _reader_name() -> str:
    """Which reader reads figures: the token reader (readers.py, the default) or, with
    ``CASUALTY_READER=regex``, this module's."""
    return os.environ.get("CASUALTY_READER", "tokens")


def extract_statements(doc: Document) -> list[Statement]:
    """Every casualty-figure statement in ``doc``, in document order."""
    if not doc.text:
        return []
    reader = _Reader(doc)
    if _reader_name() == "tokens":
        reader.read_tokens()
    else:
        reader.read()
    reader.add_zeros()
    folded = reader.folded()
    found = set_recalled_events_apart(
        doc.text, set_earlier_figures_apart(doc.text, reader.statements(doc.published), folded), folded
    )
    return set_the_dead_apart(doc.text, found)
