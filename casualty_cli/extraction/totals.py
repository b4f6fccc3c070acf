"""A report's total of separate victim groups: "Two people were killed near their trailer and a third
person was killed in a house" is 3.

Reports often tell the victims of one outcome group by group, in separate clauses or sentences. Each
group is a statement of its own, and none of them is the report's toll. This module adds one statement
more, the sum, with ``derivation`` "sum of 2 and 1: separate groups", when a group is told in words
that say its people come on top of those counted before (the ``[totals]`` table of ``lexicon.toml``):

* a clause of contrast: "two children received minor injuries while their father was badly hurt";
  it adds to the group told before it in its own sentence (a contrast is never the same people).
* a list of hurt groups told by how bad: "one critically injured, and one minor injury" is two; only
  the first item's words of severity and hurt, a comma or "and" stand between the two, and it is the
  group just before in its own sentence.
* an ordinal names the total: "a third person was killed" after two makes three; taken only when the
  groups told before it, of every outcome, count one fewer ("a man was killed ... a second man was
  injured" is one injured).
* *additive* words: "five more people", "an additional three", "a further two", "another 12".
* "also" after the subject's auxiliary ("a woman was also killed") or before the verb ("also
  injuring two"); and its like for places: "in another town", "in a different car" after its figure
  (not "a second" or "a separate" place: "in a separate shooting" is another event; nor "elsewhere",
  which in news opens another incident).
* place by place, in a report of a natural hazard (a storm, a flood, an earthquake: ``natural_hazards``
  of the table): "Two people were hurt in a car near Alma. A woman was injured in Dover when her roof
  fell in" is three (the hazard named in the lead, in a group's sentence or in any sentence before the
  group). A hazard strikes an area and its reports tell each place's hurt once, so a new
  group (a count or "a", not "the", "one of", "others") whose sentence names a place by name that the
  last group's sentence does not, when that one names a place too (a whole, "the storm injured 12
  people", is told with none), and whose count is another, adds to it; so does a group whose sentence
  tells its own mishap after a group told with one ("Two people were hurt when their car was crushed.
  A woman was injured when her roof fell in"; "A tree fell on a car, injuring two people"), and
  "Another occupant was hurt" opening its sentence, after a group of its outcome. Never after a toll
  ("the death toll rose to 2,012"), a whole, nor with a word of a part ("In Dover alone, 41 bodies
  were recovered"). Reports of crimes and attacks tell the same victims again from place to place
  ("was shot on Main Street ... was taken to Mercy Hospital"): none of this there.

Additive words and "also" say "on top of someone", not of whom: in "the gunman killed three officers
and wounded three more" the three more are more than the dead. So they add to the last group of their
outcome only when the nearest group told before them, of any outcome, is of that outcome; and "also"
only from another sentence than that group's (the reader counts a sentence's own "also").

What is never summed:

* "others" and "other": "three others were wounded" are others than the dead as often as not, and
  news reports tell them again and again ("the three other victims are in stable condition"); nor
  "another" as a subject ("another man was wounded"), measured and left out for the same reason
  (but for a natural hazard's report, above). "The other N" is the rest of a whole told before ("Four
  men were shot ... the other two men"), unless no group of its outcome told before is as large and
  the group just before is of its outcome: "injured two other people ... The other four injuries
  were sustained by the occupants" is six, the rest of no group told.
* a group told by "the", a pronoun or a bare name ("the boy was also shot", "the bullet also grazed
  her hand", "Burke was also shot"): someone told before. "His driver was also killed" is someone new.
* re-mentions: "A man was killed ... The man, 34, died at the scene" has no word of an additional
  victim; nor do a headline and the body that tells it again. A group without a cue starts a new
  count: groups told one after the other with no cue are not added ("Six people were killed. Among
  those killed were seven soldiers and ..." is a breakdown, "The tornado killed three people ... Two
  workers were killed" may be a part).
* a derived figure ("4 hit, less 1 killed", "2 people, each said to be hit on their own") is never a
  part added on, only a count to add to; a part such a sum already counts is not added again.
* the dead of one side of a fight another party gives than every source of the report's own dead of the
  other side ("Three Americans were killed, the command said ... the army said four terrorists were
  killed"): that party's claim, made scope ``claimed`` here, whatever cue it is told with.
* running totals, hedged figures, vague ones; a revised figure is a count to add to, from another
  sentence only, when its sentence names a toll ("the toll rose to 11 after two more people died");
  groups of different posts of a live blog.
* people told apart by their ages only ("an eleven year old girl ... a 24-year old male"): measured
  and left out, as news tells other incidents' victims by age and ages change between reports.

Work is linear in the number of statements: each looks at a few tokens around its own figure.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from functools import cache, lru_cache
from typing import Final

from casualty_cli.extraction.context import cues as context_cues
from casualty_cli.extraction.lexicon import lexicon, lexicon_data
from casualty_cli.extraction.numbers import WORD_VALUES
from casualty_cli.extraction.readers import outcome_words
from casualty_cli.extraction.sentences import headline_and_lead_end, lead_end, sentence_open
from casualty_cli.extraction.syntax import (
    NATIONALITY_ENDS,
    POSSESSIVES,
    QUALIFIER_WORDS,
    TOTAL_CLAUSES,
    WEEKDAYS,
)
from casualty_cli.extraction.tokens import Token, lowered, tokenize, window
from casualty_cli.model import Outcome, Statement

__all__ = ["SUM_OF", "add_document_totals", "cues"]

#: How a sum's ``derivation`` opens: "sum of 2 and 5: separate groups".
SUM_OF: Final = "sum of"
#: How the sum of the dead with the wounded who died after them ends its ``derivation`` (same_person.py)
WOUNDED_WHO_DIED: Final = "the wounded who died"
#: Characters looked at around a figure for its cue: a few words each way.
_REACH: Final = 40
# Words of syntax of the [totals] table (its comments say what each is for), as sets
_TABLE: Final = lexicon_data()["totals"]
_AUX: Final = frozenset(_TABLE["aux"])
_DEFINITE: Final = frozenset(_TABLE["definite"])
_PRONOUNS: Final = frozenset(_TABLE["pronouns"])
_OPENERS: Final = frozenset(_TABLE["openers"])
_HAZARDS: Final = frozenset(_TABLE["natural_hazards"])
#: Hazards' words that are verbs of an assault too, and who storms ([totals] hazard_verbs, assault_groups)
_HAZARD_VERBS: Final = frozenset(_TABLE["hazard_verbs"])
_ASSAULT_SUBJECTS: Final = frozenset(
    [*_TABLE["assault_groups"], *lexicon_data()["people"]["plural"], *lexicon_data()["people"]["singular"]]
)
_PLACE_PREPOSITIONS: Final = frozenset(_TABLE["place_prepositions"])
_PLACE_NOUNS: Final = frozenset(_TABLE["place_nouns"])
_PARTS: Final = frozenset(_TABLE["parts_of_a_whole"])
_WHOLE_QUALIFIERS: Final = frozenset(_TABLE["whole_qualifiers"])
_MISHAPS: Final = frozenset(_TABLE["mishaps"])
_MISHAP_RESULTS: Final = frozenset(_TABLE["mishap_results"])
_DIRECTIONS: Final = frozenset(_TABLE["directions"])
_SIDES: Final = frozenset(_TABLE["sides"])
#: Nouns that may name anyone ([identity] anyone), and their plurals: a group so told may be the other side
_ANYONE: Final = frozenset(
    w + e for w in lexicon_data()["identity"]["anyone"] for e in ("", "s")
) | frozenset(["men", "women", "people", "persons", "children"])
_FORCE_VERBS: Final = frozenset(_TABLE["force_verbs"])
_STATE_FORCES: Final = frozenset(_TABLE["state_forces"])
#: The state's forces whose dead are a fight's other side: all but the police
_FORCES: Final = _STATE_FORCES - frozenset(_TABLE["police_forces"])
#: Verbs of a saying before a state's forces that killed: "He said troops had killed all 33 militants"
_SAYINGS: Final = frozenset(_TABLE["force_sayings"])
_PARTS_OF_THE_DEAD: Final = tuple(_TABLE["parts_of_the_dead"])
_SUICIDE_ATTACKS: Final = tuple(_TABLE["suicide_attacks"])
#: A suicide attacker's worn charge, named in the first paragraph ([totals] worn_charges)
_WORN_CHARGES: Final = tuple(_TABLE["worn_charges"])
_LONE_ATTACKERS: Final = frozenset(_TABLE["lone_attackers"])
_SUICIDE_GROUPS: Final = frozenset(_TABLE["suicide_groups"])
_REMAINS_OF: Final = frozenset(_TABLE["attackers_remains"])
#: An attacker's getaway ([totals] getaway) and a weekday, for :func:`_caught_later`
_GETAWAY: Final = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(_TABLE["getaway"]))) + r")\b")
_A_WEEKDAY: Final = re.compile(r"\b(?:" + "|".join(calendar.day_name) + r")\b")
#: A role told with "a", "an" or "one" and a comma right before a name: "a military adviser, Milad Bidi", "One
#: soldier, Lance Naik Dinesh Kumar" (not "One of the wounded, ...": one of those told)
_A_ROLE_BEFORE: Final = re.compile(r"\b(?:a|an|[Oo]ne(?!\s+of\b))\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s*$")
#: A sentence's subject told by "a" or "an" and a role, past a fronted phrase of a few words, then a comma and
#: an age before the name that ends the match: "On Tuesday, a resident of the village of Aghdam in the Tovuz
#: district, 76-year-old " (matched from the sentence's opening to the name)
_A_ROLE_OPENING: Final = re.compile(
    r"(?:[^,;:()]{1,30},\s+)?(?:a|an|one(?!\s+of\b))\s+[^,;:()]{1,80},\s+(?:(?:a\s+)?\d{1,3}-year-old\s+)?$", re.I
)
#: How far before a name its role told as the sentence's subject is looked for
_ROLE_REACH: Final = 160
#: The most words of a label opening a report ("SOMALIA.", "UNITED KINGDOM."), before its lead sentence
_LABEL_WORDS: Final = 3
#: How far before a group "also" killed a phrase of ``parts_of_the_dead`` is looked for.
_PARTS_REACH: Final = 300
#: Qualifiers of a side's dead told roughly: "around 40", "more than 400", "nearly 60"
_ABOUT: Final = frozenset(["about", "more than", "almost"])
_INCLUDING: Final = frozenset(_TABLE["including"])
_UNNAMED_SOURCES: Final = frozenset(_TABLE["unnamed_sources"])
#: Words of a source's name that name nothing of it ("the", "and", "local")
_NOT_A_NAME: Final = frozenset(["the", "a", "an", "and", "of", "in", "local", "state", "senior"])
_HEDGES_OF_THE_DEED: Final = frozenset(_TABLE["hedges_of_the_deed"])
_FIELD_DEAD: Final = frozenset(_TABLE["field_dead"])
_FIELD_NOT_WHOSE: Final = frozenset(_TABLE["field_not_whose"])
_FIELD_OUTCOMES: Final = _FIELD_DEAD | frozenset(_TABLE["field_hurt"])
#: A record's field label right before a figure: the words since the field opened, then the colon
_FIELD_LABEL: Final = re.compile(r"(?:^|[;|.\n])\s*([A-Za-z][A-Za-z ]{0,40}?)\s*:\s*$")
#: [totals] aboard and below, each a pattern of its whole words (made once, not at every pair of groups)
_ABOARD: Final = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(_TABLE["aboard"]))) + r")\b")
_BELOW: Final = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(_TABLE["below"]))) + r")\b")
#: The marks that end a clause after a group's figure, for :func:`_aboard_and_below`
_CLAUSE_MARK: Final = re.compile(r"[.;:,!?]")
#: What ends a sentence, for the sentence a hazard's word stands in
_SENTENCE_ENDS: Final = (". ", "! ", "? ", "\n")
#: Capitalised words after "on" or "in" that name no place: "on Monday", "in May"
_CALENDAR: Final = frozenset(name.lower() for name in (*calendar.month_name[1:], *calendar.day_name))


@dataclass(frozen=True, slots=True)
class _Cues:
    additive: frozenset[str]
    also: frozenset[str]
    ordinals: dict[str, int]
    #: words after which "more" is a qualifier, not more people ("or more", "more than")
    not_more: frozenset[str]
    contrast: frozenset[str]
    severities: frozenset[str]
    hurt_words: frozenset[str]
    places_apart: frozenset[str]
    other_places: frozenset[str]


def toll_nouns() -> frozenset[str]:
    return context_cues().toll_nouns


@cache
def cues() -> _Cues:
    """The ``[totals]`` table of ``lexicon.toml``."""
    data = lexicon_data()["totals"]
    return _Cues(
        additive=frozenset(data["additive"]),
        also=frozenset(data["also"]),
        ordinals=lexicon().ordinals,
        not_more=frozenset(data["not_more"]),
        contrast=frozenset(data["contrast"]),
        severities=frozenset(data["severities"]),
        hurt_words=frozenset(data["hurt_words"]),
        places_apart=frozenset(data["places_apart"]),
        other_places=frozenset(data["other_places"]),
    )


#: One person told by an ordinal, then a comma right before the counted phrase, its apposition: "a sixth victim, "
_ORDINAL_BEFORE_APPOSITION: Final = re.compile(r"\ban?\s+([a-z0-9]+)\s+[a-z-]+,\s*$", re.I)
_APPOSED_REACH: Final = 40


def _cue(text: str, s: Statement, told_again: bool) -> tuple[str, int] | None:
    """The word at ``s``'s figure that says its people come on top of others: ("additive", 0),
    ("also", 0), ("while", 0), ("severity", 0) or ("ordinal", n); None when there is none. Only words right at the figure count: in
    "killing Selmon and injuring three more students" the "more" is the injured's, not Selmon's.
    ``told_again``: :func:`_told_again` of ``s`` (asked once a group)."""
    c = cues()
    around = text[max(0, s.start - _REACH) : s.end + 2 * _REACH].lower()
    if not any(word in around for word in _cue_words()) and not any(
        word in around[: s.start - max(0, s.start - _REACH)] for word in c.hurt_words
    ):
        return None  # no word of a cue around the figure (most groups): nothing is tokenised
    before = _clause(window(text, max(0, s.start - _REACH), s.start)[::-1][:2])[::-1]
    inside = _without_aside(window(text, s.start, s.end))
    after = _clause(window(text, s.end, min(len(text), s.end + _REACH))[:7])
    if before and before[-1].low in c.contrast:
        return "while", 0  # "four people were hurt by debris while a mother and child were hurt in a trailer"
    if _after_an_item(text, s):
        return "severity", 0  # "one critically injured, and one minor injury"
    if not inside or (any(t.low in ("and", ",") for t in inside) and not _counted_list(inside)):
        return None  # a list counts its own parts: "Conley and seven others"
    first = inside[0].low
    # (a bare figure, or one with its qualifier: "killing at least 50 more" as "killing 50 more")
    if (len(inside) == 1 or all(t.low in QUALIFIER_WORDS for t in inside[:-1])) and after:
        follows = after[0].low
        if follows in c.additive or (follows == "more" and not (len(after) > 1 and after[1].low in c.not_more)):
            return "additive", 0  # "five more people", "three additional people" (not "three or more")
    lead = [t.low for t in before if t.low not in ("a", "an") and "\n" not in text[t.end : s.start]]
    if lead and (lead[-1] in c.additive or (lead[-1] == "another" and _count_of_several(inside[0]))):
        return "additive", 0  # "an additional 3", "a further two", "another 12", "another three"
    if _denied(text, s):
        return None  # "an eighth man was treated for other wounds, but had not been shot"
    if len(inside) >= 2 and first in ("a", "an") and inside[1].low in c.ordinals:
        return "ordinal", c.ordinals[inside[1].low]  # "a third person"
    if len(inside) >= 2 and first in ("a", "an") and (
        o := _ORDINAL_BEFORE_APPOSITION.search(text, max(0, s.start - _APPOSED_REACH), s.start)
    ) is not None and o[1].lower() in c.ordinals:
        # "a sixth victim, a woman who had been in intensive care since the attack, died": the reader counts the
        # apposed person, whom the ordinal before the comma names
        return "ordinal", c.ordinals[o[1].lower()]
    bare_name = all(t.text[:1].isupper() for t in inside) and first not in _OPENERS and not all(
        part in WORD_VALUES for part in first.split("-")
    )  # (a count in words opens a new group: "Thirteen soldiers were also killed", "Twenty-one")
    if bare_name and _a_role_before(text, s):
        bare_name = False  # "a military adviser, Milad Bidi, had died as well": the role tells someone new
        # ("A resident of the village, 76-year-old Aziz Azizov, was also killed": the clause past the name)
        after = _past_an_apposition(text, s) or after
    if bare_name and _named_first_here(text, s, inside):
        # "John Doe, 25, was also killed": a name that opens its sentence and that the report never told
        # before is someone new (past an age told between commas)
        bare_name = False
        after = _past_an_age(text, s) or after
    if told_again or first in _DEFINITE or (len(inside) == 1 and first in _PRONOUNS) or bare_name or (
        first in _PRONOUNS and inside[-1].low in lexicon().body_parts
    ):
        return None  # told before: "the boy was also shot", "also grazed her hand", "Burke was also shot",
        # "the other two men were also taken to hospital", "the 18-year-old's elbow had been grazed"
    if any(t.low == "among" for t in after[:4]):
        return None  # "three children were also among the dead": a part of those told
    if _also_after(text, after) or (
        len(before) == 2 and before[0].low in c.also and outcome_words().match(text, before[1].start) is not None
    ):
        return "also", 0  # "three people were also injured", "also injuring two"
    if _as_well_after(text, s) or _also_past_an_aside(text, s):
        return "also", 0  # "an adviser had died in the strike as well", as "was also killed"
    if _elsewhere(text, s):
        return "also", 0  # "a woman was injured in another town", "elsewhere, two workers were hurt"
    return None


def _someone_told_alive(text: str, s: Statement, parts: list[Statement]) -> bool:
    """Is the one dead ``s``, told by "the" and a noun and then "also" ("The friend was also killed"), one the
    report told before only as "a" or "an" and that noun, outside every dead group told before ("gunmen
    opened fire on him while he was driving with a friend")? Such a person is someone besides the dead told
    before, where a group told by "the" is else the same people again."""
    if s.best != 1 or not parts or text[s.start : s.start + 4].lower() != "the " or (
        "also" not in text[s.end : s.end + _REACH]
    ):
        return False  # (asked before any token is made: most groups of one open with no "the")
    inside = _without_aside(window(text, s.start, s.end))
    if len(inside) != 2 or inside[0].low not in _DEFINITE:
        return False
    noun = inside[1].low
    if not noun.isalpha() or noun in _ANYONE or noun in _LONE_ATTACKERS:
        return False
    if not _also_after(text, _clause(window(text, s.end, min(len(text), s.end + _REACH))[:7])):
        return False
    lo = max(0, s.start - 600)
    told = list(re.finditer(r"\b(?:a|an|the)\s+(?:[a-z-]+\s+)?" + re.escape(noun) + r"\b", text[lo : s.start].lower()))
    if len(told) != 1 or not told[0].group().startswith(("a ", "an ")):
        return False
    at = lo + told[0].start()
    return not any(p.start <= at + 3 and at < p.end for p in parts)


def _without_aside(inside: Sequence[Token]) -> Sequence[Token]:
    """A group's words up to a relative clause set aside by a comma ("A sixth man, who was shot while
    trying to run"): the aside tells of the person, and is no list of people."""
    for k in range(1, len(inside) - 1):
        if inside[k].low == "," and inside[k + 1].low in _RELATIVES:
            return inside[:k]
        if inside[k].low == "," and inside[0].low in ("a", "an") and all(
            t.text[:1].isupper() and t.low.isalpha() for t in inside[k + 1 :]
        ):
            return inside[:k]  # "a military adviser, Milad Bidi": one person's role and name
    return inside


def _named_first_here(text: str, s: Statement, inside: Sequence[Token]) -> bool:
    """Is the group a name of two words or more that opens its sentence, none of whose words the report
    gives before it ("Jane Roe was pronounced dead. John Doe was also killed": someone new; "Burke was
    also shot", "Doe was also shot" after "John Doe" or "Jane Doe": someone told before, or kin of theirs;
    "The attack that killed Jane Roe also left ...": the name is no subject of the "also")?"""
    words = [t.text for t in inside if t.text[:1].isupper() and t.low.isalpha()]
    if len(words) < 2 or len(words) != len(inside) or not s.quote.lstrip().startswith(text[s.start : s.end]):
        return False
    told = text[: s.start]
    return not any(re.search(r"\b" + re.escape(w) + r"\b", told) for w in words)


def _named_one_by_one(text: str, s: Statement, parts: list[Statement]) -> bool:
    """Is ``s`` one more person named in a sentence of their own, after groups that are each one person
    named with no count ("The blast killed Alice Roe, 44. Tom Ode, a cameraman, died of a heart attack
    while running to the scene" is 2)? Its name opens its sentence and no word of it is told before
    (:func:`_named_first_here`: "Roe died in hospital" is Alice Roe again), and every part is a name of two
    words or more, and they are every group of the outcome told before (the caller asks). A count or a
    noun among the groups before ("Nine people were killed. John Doe died ...", "a man was killed ...
    John Doe, 57, died after a Thursday shooting") may hold the named one, so it is not added to; nor is
    a name any word of which the report told before in any case ("A judge was shot ... Judge Ali Khan was
    murdered": the role told again)."""
    if s.best != 1 or not parts or any(p.quote == s.quote or p.best != 1 or not _a_name(text, p) for p in parts):
        return False
    inside = _without_aside(window(text, s.start, s.end))
    if not inside or inside[0].low in _DEFINITE or not _named_first_here(text, s, inside):
        return False
    told = lowered(text)[: s.start]
    return not any(re.search(r"\b" + re.escape(t.low) + r"\b", told) for t in inside)


def _sentence_sum_continues(s: Statement, running: tuple[int, list[Statement]] | None) -> Statement | None:
    """Where ``s`` is a sentence's own sum of separate groups ("sum of 3 and 1: separate groups") whose first
    part is the last part of the ``running`` total (the same sentence and figure), the rest of the sum as a
    group of its own (the 1), which adds to that total; else None."""
    if running is None or s.derivation is None or not s.derivation.startswith(SUM_OF + " ") or s.best is None:
        return None
    last = running[1][-1]
    figures = s.derivation[len(SUM_OF) + 1 :].split(":", 1)[0].replace(" and ", ", ").split(", ")
    if last.quote != s.quote or last.best is None or figures[0] != str(last.best) or s.best <= last.best:
        return None
    return replace(s, best=s.best - last.best, low=None, high=None, derivation=None)


def _living_of_a_whole(s: Statement) -> bool:
    """Is ``s`` the living of a wounded whole, those of it who died taken off where it is read ("8 wounded,
    less 1 of them who died")? Such a figure is a group's own count, and adds as one."""
    return s.derivation is not None and s.derivation.endswith(" who died") and " wounded, less " in s.derivation


def _nation_before_noun(text: str, s: Statement) -> str | None:
    """The capitalised word of a nation between ``s``'s count and its plural noun ("Two US soldiers", "Eight
    Nigerien soldiers": "us", "nigerien"), or None."""
    if not s.victims or (s.best or 0) < 2:
        return None
    after = window(text, s.end, min(len(text), s.end + _REACH))[:3]
    noun = s.victims.rsplit(None, 1)[-1].lower()
    if len(after) < 2 or not (after[0].text[:1].isupper() and after[0].low.isalpha()):
        return None
    if after[1].low == noun or (len(after) > 2 and after[2].low == noun and after[1].text[:1].isupper()):
        return after[0].low  # ("Four US Army soldiers": the nation, then its force's name)
    return None


#: One person named in apposition after a nation's word that opens the sentence: "An Israeli police
#: commando, Chief Inspector ..., died" (the nation's adjective ends as [syntax] nationality_ends do).
_ONE_OF_A_NATION: Final = re.compile(r"(?:An?|The)\s+([A-Z][a-z]+)\s+(?:[a-z]+\s+){0,3}[a-z]+,\s*$")


def _nation_of(text: str, s: Statement) -> str | None:
    """The nation ``s``'s group is told by: a capitalised word between its count and its noun
    (:func:`_nation_before_noun`), its noun itself a people's ("274 Palestinians", "three Egyptians":
    [people] demonym_endings; the singular's word, "palestinian"), or, for one person named in apposition,
    the nation's word that opens the sentence ("An Israeli police commando, Chief Inspector Arnon Zamora,
    died in hospital")."""
    nation = _nation_before_noun(text, s)
    if nation is not None:
        return nation
    # (the nation is found first, by tests of the statement's own words; the window after its figure is
    # tokenised only for one found: "among" there takes it back)
    if s.victims:
        if (s.best or 0) < 2:
            return None
        noun = s.victims.rsplit(None, 1)[-1].lower()
        if len(noun) <= 4 or not noun.isalpha() or not noun.endswith(lexicon().demonym_endings):
            return None
        first = window(text, s.end, min(len(text), s.end + _REACH))[:1]
        if not (first and first[0].text[:1].isupper() and first[0].low == noun):
            return None
        nation = noun.removesuffix("s")
    else:
        if s.best != 1:
            return None
        lo = text.find(s.quote, max(0, s.start - len(s.quote)), s.start + len(s.quote))
        found = _ONE_OF_A_NATION.match(text, lo, s.start) if 0 <= lo <= s.start else None
        if found is None or not found.group(1).lower().endswith(NATIONALITY_ENDS):
            return None
        nation = found.group(1).lower()
    after = window(text, s.end, min(len(text), s.end + _REACH))
    comma = next((k for k, t in enumerate(after[:4]) if t.low == ","), None)
    if comma is not None:
        after = after[comma + 1 :]  # (past a name in apposition: "An Egyptian doctor, Omar Said, was among the dead")
    if any(t.low == "among" for t in _clause(after[:6])):
        return None  # "Three Egyptians were among the dead": a part of the dead told before
    return nation


def _nations_apart(text: str, s: Statement, parts: list[Statement]) -> bool:
    """Are ``s`` and every group of ``parts`` told, each in a sentence of its own, as people of a nation
    each of its own ("Two US soldiers were wounded ... Eight Nigerien soldiers were wounded")? People of
    two nations are two groups."""
    nation = _nation_of(text, s)
    if nation is None:
        return False
    nations = {nation}
    for p in parts:
        other = _nation_of(text, p)
        if other is None or other in nations or p.quote == s.quote:
            return False
        nations.add(other)
    return True


def _a_role_before(text: str, s: Statement) -> bool:
    """Is the name ``s`` told in apposition after a role told with "a" or "an" and a comma: right before it ("a
    military adviser, Milad Bidi") or as the sentence's subject, past a fronted phrase and before an age ("On
    Tuesday, a resident of the village of Aghdam in the Tovuz district, 76-year-old Aziz Azizov, was also
    killed")? The role tells someone new, whom the name names."""
    if _A_ROLE_BEFORE.search(text, max(0, s.start - _REACH), s.start) is not None:
        return True
    opens = sentence_open(text, s.start, max(0, s.start - _ROLE_REACH))
    return _A_ROLE_OPENING.match(text, opens, s.start) is not None


def _past_an_apposition(text: str, s: Statement) -> list[Token]:
    """The clause after a name ``s`` told in apposition, past the comma that closes it (and an age between
    commas): "a military adviser, Milad Bidi, was also killed" gives "was also killed"; nothing when no comma
    follows the name."""
    after = window(text, s.end, min(len(text), s.end + _REACH))[:10]
    if len(after) > 3 and after[0].low == "," and after[1].low.isdigit() and after[2].low == ",":
        return _clause(after[3:])
    return _clause(after[1:]) if len(after) > 1 and after[0].low == "," else []


def _past_an_age(text: str, s: Statement) -> list[Token]:
    """The clause after ``s``'s figure past an age told between commas ("John Doe, 25, was also killed"),
    or nothing when no such age follows the figure."""
    after = window(text, s.end, min(len(text), s.end + _REACH))[:10]
    if len(after) > 3 and after[0].low == "," and after[1].low.isdigit() and after[2].low == ",":
        return _clause(after[3:])
    return []


@cache
def _cue_words() -> tuple[str, ...]:
    """Every word of the ``[totals]`` tables that a cue needs, and the words :func:`_cue` names itself
    ("more", "another"), found as a part of any word: a window of text without one holds no cue. Left
    out are the tables that only narrow a cue another word makes: ``not_more`` ("than" after "more") and
    ``places_apart`` ("in", "at": they need "another" or a word of ``other_places`` after them); and those
    of a list's items (``severities``, ``hurt_words``), whose word of hurt before the figure :func:`_cue`
    looks for on its own. A test of :func:`_cue` that needs a word of its own must name it here."""
    c = cues()
    # (a list's item needs a word of hurt before it, looked for apart: severities alone say nothing)
    narrowing = (c.not_more, c.places_apart, c.severities, c.hurt_words)
    words = {"more", "another", "as well"}
    for f in fields(c):
        table = getattr(c, f.name)
        if all(table is not other for other in narrowing):
            words.update(table)
    return tuple(sorted(words))


def _counted_list(inside: Sequence[Token]) -> bool:
    """Is a list a count of several people in each of its groups ("18 fighters and 5 civilians were also
    killed"): new people, where a list that names someone ("Conley and seven others") or counts one ("one
    man and two women", most often the "three others" told before, one by one) tells people told before?"""
    return _count_of_several(inside[0]) and all(
        _count_of_several(inside[k + 1]) for k, t in enumerate(inside[:-1]) if t.low in ("and", ",")
    )


def _count_of_several(t: Token) -> bool:
    """Is ``t`` a count of two or more ("12", "three"; "another one" is one more person, read as such)?"""
    return t.text[0].isdigit() or WORD_VALUES.get(t.low, 0) > 1


def _told_again(text: str, s: Statement) -> bool:
    """Is the group told as people told before: "the other two men" (the rest of a whole told before),
    "the 18-year-old" (someone told by age before)? Not "the two wounded officers": as often a group not
    counted yet. Such a group neither adds to a total nor stands between the groups that do."""
    if not _the_other(text, s) and "-old" not in text[s.start : s.end].lower():
        return False  # neither word the test below needs: nothing to tokenise (most groups)
    before = _clause(window(text, max(0, s.start - _REACH), s.start)[::-1][:2])[::-1]
    inside = window(text, s.start, s.end)
    led = [t.low for t in before]
    return bool(inside and led) and led[0] in _DEFINITE and (led[-1] == "other" or "-old" in inside[0].low)


def _the_other(text: str, s: Statement) -> bool:
    """Is the group told as "the other N" (not someone told by age: "the 18-year-old")?"""
    return text[max(0, s.start - 12) : s.start].rstrip().lower().endswith("other")


def _denied(text: str, s: Statement) -> bool:
    """Does the clause after the group's figure, up to its sentence's end, deny an outcome of it ("but
    had not been shot", "was not hurt")? Such a group is no victim to add."""
    lex = lexicon()
    after = window(text, s.end, min(len(text), s.end + 3 * _REACH))
    for k, t in enumerate(after):
        if t.low in (".", ";", "!", "?"):
            return False
        if t.low in lex.negations:
            rest = [u.low for u in after[k + 1 : k + 3] if u.low not in lex.be]
            if rest and rest[0] in lex.phrases:
                return True  # (not "was not seriously hurt": hurt all the same)
    return False


def _after_an_item(text: str, s: Statement) -> bool:
    """Does the group follow another item of a list of hurt groups told by how bad, with only that item's
    words of severity and hurt, a comma or "and" between ("one critically injured, and one minor
    injury"), and its own words of hurt after it?"""
    c = cues()
    between = window(text, max(0, s.start - _REACH), s.start)[::-1]
    seen_hurt = joined = False
    for k, t in enumerate(between):
        if t.low in c.hurt_words:
            seen_hurt = True
        elif t.low in (",", "and"):
            joined = True
        elif t.low not in c.severities:
            return seen_hurt and joined and _count_at(between, k) and _hurt_after(text, s)
    return False


def _count_at(toks: Sequence[Token], k: int) -> bool:
    """Is ``toks[k]`` (read outward from a figure) the end of another count: a number word or digits?"""
    return toks[k].low in WORD_VALUES or toks[k].low.isdigit()


def _hurt_after(text: str, s: Statement) -> bool:
    """Do the group's own words of hurt follow it, over words of severity ("one minor injury")?"""
    c = cues()
    for t in window(text, s.end, min(len(text), s.end + _REACH)):
        if t.low in c.hurt_words:
            return True
        if t.low not in c.severities:
            return False
    return False


def _elsewhere(text: str, s: Statement) -> bool:
    """A group told at another place: "in another town", "in a different car" in its clause after the
    figure."""
    c = cues()
    after = _clause(window(text, s.end, min(len(text), s.end + 2 * _REACH))[:12])
    for k in range(len(after) - 2):
        where, det, what = after[k].low, after[k + 1].low, after[k + 2].low
        if where in c.places_apart and (det == "another" or (det in ("a", "an") and what in c.other_places)):
            return True
    return False


#: Words that open a relative clause after a subject ("two men who were also there").
_RELATIVES: Final = frozenset(("who", "whom", "whose", "that", "which"))


def _also_shared(text: str, nearest: Statement, s: Statement) -> bool:
    """Is ``s`` a bare count ("four were injured") joined by "and" right after a group of the other outcome
    told as also hit in its sentence ("Three civilians on the ground were also killed and four were injured",
    after "50 soldiers were killed and 49 soldiers were injured")? The count shares that group's subject and
    its "also": people besides those of its outcome told before."""
    if nearest.outcome == s.outcome or nearest.quote != s.quote or nearest.end > s.start:
        return False
    between = text[nearest.end : s.start]
    if "also" not in between or not between.rstrip().endswith(" and"):
        return False  # (most pairs: no "also" between them, or no "and" right before the count)
    after = window(text, s.end, min(len(text), s.end + 12))
    return bool(after) and after[0].low in _AUX and not any(c in between for c in ",;") and _also_after(
        text, window(text, nearest.end, s.start)
    )


def _also_after(text: str, after: Sequence[Token]) -> bool:
    """ "(people) were also (injured)": "also" right after the subject's auxiliary, which may follow a
    noun of several words ("Thirteen American service members were also killed") or the figure's "of" phrase ("two of his guards were also killed"; not "two of the injured were also ...":
    some of those told before); or right before the subject's verb of an outcome ("five civilians also
    died")."""
    told = len(after) > 2 and after[1].low in _DEFINITE and (after[2].low,) in lexicon().dead_nouns
    if told:
        return False
    reach = 6 if after and after[0].low == "of" else 5
    for k, t in enumerate(after[:reach]):
        if t.low in _AUX:
            return k + 1 < len(after) and after[k + 1].low in cues().also
        if t.low in cues().also and k + 1 < len(after):
            return outcome_words().match(text, after[k + 1].start) is not None
        if t.low in _RELATIVES:
            return False  # "three men who were also ...": the clause of someone else's verb
    return False


def _also_past_an_aside(text: str, s: Statement) -> bool:
    """Does "also" follow the subject's auxiliary past an aside between commas that lists its people ("Five
    Afghans travelling with him, his driver and four security guards, were also killed"; "Two soldiers, a
    sergeant and a private, were also killed")? The subject's phrase before the first comma and the aside
    are of a few words each, with no verb of their own (no auxiliary, no relative: "Two men, who were also
    hurt, ..." tells of someone else), and the aside is a list ("and"), not a part named after "including"."""
    if text.find(",", s.end, s.end + _REACH) < 0:
        return False
    after = window(text, s.end, min(len(text), s.end + 3 * _REACH))[:24]
    commas = [k for k, t in enumerate(after) if t.low == ","][:2]
    if len(commas) < 2 or commas[0] > 5 or commas[1] - commas[0] > 12 or len(after) < commas[1] + 4:
        return False
    if any(t.low in _AUX or t.low in _RELATIVES or t.low in (".", ";", ":") for t in after[: commas[1]]):
        return False
    aside = after[commas[0] + 1 : commas[1]]
    if not any(t.low == "and" for t in aside) or aside[0].low in _INCLUDING:
        return False  # no list of the group's people ("Two passersby, including a child, were also hurt": a part)
    verb = after[commas[1] + 1 : commas[1] + 4]
    return verb[0].low in _AUX and verb[1].low in cues().also and (
        outcome_words().match(text, verb[2].start) is not None
    )


def _as_well_after(text: str, s: Statement) -> bool:
    """Does the group's clause end in "as well" after a word of an outcome ("a military adviser had died in
    the strike as well", not "as well as": that joins companions), the clause's end a comma or an "and"
    opening the next ("Four bodyguards were killed in the attack as well and two wounded") as well as its
    sentence's?"""
    rest = text[s.end : s.end + 3 * _REACH]
    ends = [at for at in (rest.find(". "), rest.find(";"), rest.find("\n")) if at >= 0]
    clause = rest[: min(ends, default=len(rest))].rstrip(" .").lower()
    at = clause.find(" as well")
    if at < 0:
        return False
    tail = clause[at + 8 :].lstrip()
    return (not tail or tail[0] == "," or tail.startswith("and ")) and outcome_words().search(clause, 0, at) is not None


def _clause(toks: Sequence[Token]) -> list[Token]:
    """``toks`` (read outward from a figure) up to the first mark of punctuation."""
    out: list[Token] = []
    for t in toks:
        if not (t.low[0].isalnum()):
            break
        out.append(t)
    return out


def _names_a_toll(s: Statement) -> bool:
    """Does the statement's sentence name a toll ("the toll rose to 11")? A revision word alone may be any
    verb ("a tree fell on the car"). A sentence whose lower case holds none of the nouns as a string has no
    token of one, and is not tokenised (two in three of the sentences asked about in gvc-dev)."""
    nouns = toll_nouns()
    low = s.quote.lower()
    return any(n in low for n in nouns) and any(t.low in nouns for t in window(s.quote))


def _rise_of_a_toll(s: Statement, running: int, tolls: set[tuple[Outcome, int]]) -> bool:
    """Is the group ``s``, told with a word of more after a toll of ``running``, that toll's rise: is the toll
    less the group a figure the report tells its toll at ("rose to 1,127 ... 19 more bodies had been recovered
    since Friday evening ... The toll stood at 1,108 on Friday morning")? Then the more are in the toll."""
    return (s.outcome, running) in tolls and (s.outcome, running - (s.best or 0)) in tolls


def _a_risen_toll(s: Statement, running: tuple[int, list[Statement]]) -> bool:
    """Is the ``running`` total of ``s``'s outcome a toll told as risen ("the death toll has risen to 31",
    "rose to nine on Wednesday"), a figure above ``s``, and does ``s``'s sentence name no day of the week but
    one the toll's names? A group told as more after it is how it rose ("divers found three more bodies on
    Friday", "two more residents died on Saturday night and Sunday" under "rose to 19 on Sunday"), already in
    it; one found on a day the toll does not name came after it ("The toll rose to 412 on Sunday. Another 12
    bodies were found on Monday" is 424)."""
    if (s.best or 0) >= running[0]:
        return False
    risen = [p for p in running[1] if p.revision is not None and p.revision.direction == "up" and p.best == running[0]]
    if not risen:
        return False
    low = s.quote.lower()
    days = {d for d in WEEKDAYS if d in low}
    return not days or any(d in p.quote.lower() for p in risen for d in days)


def brings_a_toll(s: Statement) -> bool:
    """Does the statement's sentence bring a toll up in a clause of a total ("..., taking the toll to 38",
    "bringing the number of dead to 40"; [cumulative] total_clauses)? More people told in it are that toll's
    rise, already in it."""
    toks = window(s.quote)
    nouns = toll_nouns()
    return any(t.low in TOTAL_CLAUSES and any(u.low in nouns for u in toks[k + 1:k + 5]) for k, t in enumerate(toks))


def _summable(s: Statement) -> bool:
    return (
        s.scope == "incident" and s.outcome in ("killed", "injured") and s.best is not None and s.best > 0
        and s.qualifier in ("exact", "at least") and (s.hedge is None or s.hedge in _HEDGES_OF_THE_DEED)
    )


def _told_about(s: Statement) -> bool:
    """Is ``s`` a group told "about" N ("wounding about 60")? Such a group adds only a group told after it as
    more in so many words ("A second bomb ... went off about an hour later, injuring four more people": about
    64), never by a place, a name or "also" (:func:`_total`)."""
    return (
        s.scope == "incident" and s.outcome in ("killed", "injured") and s.best is not None and s.best > 0
        and s.hedge is None and s.qualifier == "about"
    )


def _one_side_about(text: str, s: Statement) -> bool:
    """Is ``s`` a dead group of one side of a fight told about, over or nearly ("around 40 terrorists were
    neutralised")? Such a group adds only to the other side's dead (:func:`_other_side`)."""
    return (
        s.scope == "incident" and s.outcome == "killed" and s.best is not None and s.best > 0 and s.hedge is None
        and s.qualifier in _ABOUT and _side(text, s) is not None
    )


def add_document_totals(text: str, statements: list[Statement]) -> list[Statement]:
    """``statements`` (in document order) with a sum after each group told as more of its outcome, and a
    "nearly N" told by another sentence's figure just below N (:func:`_told_short`), and an "up to N" by a
    range whose top is N (:func:`_top_of_a_range`)."""
    summed = _with_sums(text, statements)
    if any(s.qualifier == "almost" for s in summed):
        exact = [t for t in summed if t.qualifier == "exact"]
        summed = [_told_short(s, exact) for s in summed]
    if any(s.qualifier == "up to" for s in summed):
        ranges = [t for t in summed if t.qualifier == "range"]
        summed = [_top_of_a_range(s, ranges) for s in summed]
    return summed


def _top_of_a_range(s: Statement, ranges: Iterable[Statement]) -> Statement:
    """``s``, or where it is an "up to N" ("Somali president says up to 200 Kenyan troops killed") and
    another sentence tells a range of its outcome whose top is N ("between 180 and 200"), that range: the
    "up to" tells its top in short, and a range's best is its lowest figure (the README's convention; the
    derivation says so). ``ranges``: the report's statements of a range."""
    if s.qualifier != "up to" or s.best is None:
        return s
    tops = [t for t in ranges if t.outcome == s.outcome and t.scope == s.scope and t.high == s.best
            and t.best is not None and t.quote != s.quote and t.headline == s.headline]
    if not tops:
        return s
    r = tops[0]
    return replace(s, best=r.best, low=r.low, high=r.high, qualifier="range",
                   derivation=f"up to {s.best}: the range {r.best} to {r.high}")


def _a_ranges_top(ranges: list[Statement], s: Statement, running: int, total: int) -> bool:
    """Is the sum ``total`` of a running total and the group ``s`` the top of a range of their outcome that
    the report tells elsewhere (``ranges``: the report's statements told as a range), with the running total its lowest figure ("Civilians reported killed: 3-5"
    over "named three members of the family who died. Two further deaths were reported by a single source")?
    The groups are the range told in parts: its best is its lowest figure, as a range's is, not their sum."""
    return any(r.qualifier == "range" and r.outcome == s.outcome and r.high == total and r.best == running
               and r.quote != s.quote for r in ranges)


def _with_sums(text: str, statements: list[Statement]) -> list[Statement]:
    """``statements`` (in document order) with a sum after each group told as more of its outcome."""
    _SIDES_ASKED.clear()  # (a report's statements are not changed while its sums are made: no side kept is stale)
    # a part already counted by a sum of its own sentence ("2 people, each said to be hit on their own")
    summed = {(s.outcome, s.end) for s in statements if s.derivation is not None}
    groups = [s for s in statements if (_summable(s) or _one_side_about(text, s) or _told_about(s)) and (
        s.derivation is not None or (s.outcome, s.end) not in summed
    )]
    if len(groups) < 2:
        return statements
    sums: dict[int, Statement] = {}  # by the index in ``statements`` of the part it follows
    claims: set[int] = set()  # the indices in ``statements`` of the other side's dead another party gives
    totals: dict[str, tuple[int, list[Statement]]] = {}  # by outcome: the running total and its parts
    nearest: Statement | None = None  # the group told last, of any outcome
    position = {id(s): n for n, s in enumerate(statements)}
    ranges = [s for s in statements if s.qualifier == "range"]  # (asked of each sum: once here, not per group)
    told: dict[str, int] = {}  # by outcome: the largest group told so far
    groups_told: dict[str, int] = {}  # by outcome: how many groups were told so far
    sides_told: set[bool] = set()  # the sides (:func:`_side`) of the dead groups told so far
    # the figures tolls are told at, and their earlier figures, by outcome (:func:`_rise_of_a_toll`)
    tolls = {(s.outcome, n) for s in statements if s.scope == "incident" and _names_a_toll(s)
             for n in (s.best, s.revision.previous if s.revision is not None else None) if n}
    # (and the earlier figure of any revision: "The agency had on Saturday put the figure at 18 dead. ... 14 more
    # bodies had been recorded" is the rise of a toll of 32 from 18)
    tolls |= {(s.outcome, s.revision.previous) for s in statements
              if s.scope == "incident" and s.revision is not None and s.revision.previous}
    for s in groups:
        assert s.best is not None
        running = totals.get(s.outcome)
        if running is not None and running[1][-1].headline != s.headline:
            running = None  # another post of a live blog
        if running is not None and s.outcome == "killed" and _lone_pronoun(text, s) and not (
            _told_before_a_side(text, s.start, True) and not _names_a_suicide_attack(text)
        ):
            # "He was taken to hospital, where he died": someone told dead before, no new count (of the hurt,
            # "a bullet struck him" may be one of a whole told before, and the groups after him others);
            # not the attacker a sentence before opens with ("The gunman ... opened fire. He was shot dead")
            nearest = s
            continue
        if running is not None and s.outcome == "killed" and _a_partys_count_of_the_other_side(
            text, s, running[1], sides_told
        ):
            claims.add(position[id(s)])  # the other side's dead another party gives: its claim, not a group
            continue
        others = sum(t[0] for outcome, t in totals.items() if outcome != s.outcome)
        all_told = running is not None and groups_told.get(s.outcome, 0) == len(running[1])
        groups_told[s.outcome] = groups_told.get(s.outcome, 0) + 1
        again = _told_again(text, s)
        most = told.get(s.outcome, 0)
        told[s.outcome] = max(most, s.best)
        continued = _sentence_sum_continues(s, running)
        if continued is not None and running is not None:
            # "In Chattogram, six people died. Three people were killed in Cox's Bazar, and one man drowned in
            # Khagrachhari": the sentence's own sum of 3 and 1 opens with the running total's last part, so the
            # rest of it adds to that total (not a total begun afresh at 4)
            parts = [*running[1], continued]
            totals[s.outcome] = (running[0] + (continued.best or 0), parts)
            sums[position[id(s)]] = _sum(running[0] + (continued.best or 0), parts)
            nearest = s
            continue
        total = None if running is None or (s.derivation is not None and not _living_of_a_whole(s)) else _total(
            text, s, running, nearest, others, again, most, sides_told, all_told,
            nearest is not None and nearest.outcome != s.outcome and _both_told_as_more(text, s, groups),
        )
        if total is not None and running is not None and _rise_of_a_toll(s, running[0], tolls):
            total = None  # "rose to 1,127 ... 19 more bodies had been recovered ... The toll stood at 1,108"
        if total is not None and running is not None and ranges and _a_ranges_top(ranges, s, running[0], total):
            total = None  # "Civilians reported killed: 3-5 ... named three ... Two further deaths": the range's top
        if running is not None and total is None and _part_of_the_dead(text, s, running[0]):
            pass  # "30 were killed ... Among the dead were six Canadians ...": a part; the whole still runs
        elif running is not None and total is None and _part_after_its_whole(text, s, running[1][-1]):
            pass  # "treated six people who were lightly hurt, among them a 24-year-old man": a part of the six
        elif running is not None and total is None and _the_same_count_again(text, s, running[1]):
            pass  # "Two officers were shot dead ... two men attacked and shot two of them dead": told again
        elif total is None or running is None:
            totals[s.outcome] = (s.best, [s])
        else:
            parts = [*running[1], s]
            totals[s.outcome] = (total, parts)
            sums[position[id(s)]] = _sum(total, parts)
        if not again:
            nearest = s  # ("the other three victims had minor injuries" is no group between)
        if s.outcome == "killed" and (side := _side(text, s)) is not None and not in_headline(s):
            sides_told.add(side)  # (a headline's "three gunmen killed" is told again in the body, no side told)
    if not sums and not claims:
        return statements
    out: list[Statement] = []
    for n, s in enumerate(statements):
        out.append(replace(s, scope="claimed") if n in claims else s)
        if n in sums:
            out.append(sums[n])
    return out


#: How far below a "nearly N" another sentence's figure or sum may fall and still be what it tells in short
_SHORT_BY: Final = 0.1


def _told_short(s: Statement, exact: Iterable[Statement]) -> Statement:
    """``s``, or where it is a "nearly N" ("Armenia and Azerbaijan report nearly 100 troops dead", in a
    headline or a body's sentence) and another sentence tells an exact figure of its outcome just below N,
    or sums its groups to one (49 and 50: 99), that figure: the "nearly" tells the exact figure in short,
    as "nearly 100" is fewer than 100 (the derivation says so; "nearly 200 wounded" in a lead and
    hospitals' "197 wounded" later is 197). ``exact``: the report's exact statements and its sums."""
    if s.qualifier != "almost" or s.best is None:
        return s
    below = [t.best for t in exact if t.outcome == s.outcome and t.scope == s.scope and t.best is not None
             and t.quote != s.quote and t.headline == s.headline and (1 - _SHORT_BY) * s.best <= t.best < s.best]
    if not below:
        return s
    told = max(below)
    return replace(s, best=told, low=None, high=told, derivation=f"nearly {s.best}: the body's {told}")


def _the_same_count_again(text: str, s: Statement, parts: list[Statement]) -> bool:
    """Is the dead group ``s``, of no side, the count of the last of ``parts`` told again, that group of a
    side and named by a role ("Two officers were shot dead ... two men attacked and shot two of them dead";
    not "a man", who may be anyone, the attacker too)? It does not stand for the group told before, so that
    the other side's dead told after it still add to that one."""
    last = parts[-1]
    return s.outcome == "killed" and s.best == last.best and s.quote != last.quote and (
        ((last.victims or "").split() or [""])[-1].lower() not in _ANYONE
    ) and _side(text, s) is None and _side(text, last) is not None


def _total(
    text: str, s: Statement, running: tuple[int, list[Statement]], nearest: Statement | None, others: int,
    told_again: bool, most: int, sides_told: set[bool], all_told: bool = False, both_more: bool = False,
) -> int | None:
    """The total with ``s`` added to the ``running`` total of its outcome, if its words say it adds.
    ``others`` counts the people of the other outcome told so far: an ordinal counts them too ("a man
    was killed ... a second man was injured" is one injured). ``told_again``: :func:`_told_again` of ``s``;
    ``most``: the largest group of its outcome told before it; ``sides_told``: the sides of the dead
    groups told before it (:func:`_other_side`); ``all_told``: the ``running`` parts are every group of
    its outcome the report told before it (:func:`_named_one_by_one`); ``both_more``: :func:`_both_told_as_more`
    of ``s``."""
    assert s.best is not None
    if s.outcome == "killed" and s.best == 1 and s.victims in _LONE_ATTACKERS and _names_a_suicide_attack(text):
        return None  # "killing at least 13 recruits. The bomber also died": not added, as news counts
    if s.outcome == "killed" and _suicide_attackers(text, s):
        return None  # "killing 33 people. Three suicide bombers also died": attackers named so, never added
    if not all(_summable(p) for p in (*running[1], s)):
        if _summable(s) and all(_summable(p) or _told_about(p) for p in running[1]) and (
            _cue(text, s, told_again) == ("additive", 0) and not brings_a_toll(s)
            and (nearest is running[1][-1] or (nearest is not None and nearest.quote != s.quote))
        ):
            # "wounding about 60 ... injuring four more people": about 64 (a group of the other outcome told
            # in between, in a sentence of its own, does not take the "more": "killed three officers and
            # wounded three more" does)
            return running[0] + s.best
        # a group told about, over or nearly adds to the other side's dead only
        return running[0] + s.best if _other_side(text, s, running[1], sides_told) else None
    cue = _cue(text, s, told_again)
    if cue is None and _place_by_place(text, s, running[1], nearest, told_again):
        cue = "place", 0
    if cue is None and _aboard_and_below(text, running[1][-1], s):
        cue = "place", 0  # "killed all 107 people on board; three people on the ground were killed"
    if cue is None and told_again and s.best > most and _the_other(text, s):
        cue = "rest", 0  # "injured two other people ... The other four injuries": the rest of no group told
    if cue is None and _other_side(text, s, running[1], sides_told):
        return running[0] + s.best
    if cue is None and nearest is not None and _also_shared(text, nearest, s):
        return running[0] + s.best  # "Three civilians were also killed and four were injured": four more hurt
    if cue is None and _someone_told_alive(text, s, running[1]):
        cue = "also", 0  # "... driving with a friend. The friend was also killed": told before, not as dead
    if cue is None and _each_partys_own(text, s, running[1]):
        return running[0] + s.best
    if cue is None and _party_fields(text, s, running[1]):
        return running[0] + s.best
    if cue is None and all_told and _named_one_by_one(text, s, running[1]):
        cue = "named", 0
    if cue is None and _nations_apart(text, s, running[1]):
        cue = "named", 0
    if cue is None:
        return None
    kind, n = cue
    if any(p.quote == s.quote and p.start < s.end and s.start < p.end for p in running[1]):
        # one figure read twice ("One bystander was also hit and wounded", "Another 110 people were injured
        # and taken to hospital")
        return None
    if (s.revision is not None or any(p.revision is not None and p.quote == s.quote for p in running[1])) and _names_a_toll(s):
        return None  # "the toll rose to 11 after two more people died": the two are in the 11
    if kind == "additive" and brings_a_toll(s):
        return None  # "recovered two more bodies, taking the toll to 38": the two are in the 38
    if kind == "additive" and _a_risen_toll(s, running):
        return None  # "the toll has risen to 31 ... divers found three more bodies": the three are the rise
    if kind == "ordinal":
        return running[0] + 1 if s.best == 1 and running[0] + others == n - 1 else None
    if kind in ("place", "named"):
        return running[0] + s.best
    if (nearest is None or nearest.outcome != s.outcome) and not (kind == "additive" and _more_of_the_dead(text, s)) and not (
        kind == "also" and s.outcome == "killed" and nearest is not None and _apart(text, nearest, s)
    ) and not (kind == "additive" and both_more):
        # (a sentence that tells both outcomes as more tells a second blow's toll: "killing four people and
        # wounding 11. ... a second device went off, killing three more people and wounding nine more" is 7
        # dead and 20 hurt, whatever group of the other outcome was told last)
        # "killed three officers and wounded three more": more than the dead (but "A bomb killed a soldier
        # and wounded two. An interpreter was also killed": "also killed" in a sentence of its own, or in a
        # clause after a semicolon, is someone killed besides the dead)
        return None
    if kind == "also" and s.outcome == "killed" and _told_by_parts(text, running[1][-1].end, s.start):
        return None  # "Two of the dead were Filipino. A Vietnamese crew member was also killed": a part
    if kind == "while" and running[1][-1].quote != s.quote:
        return None  # a clause of contrast adds to the group of its own sentence only
    if kind == "severity" and (running[1][-1].quote != s.quote or nearest is not running[1][-1]):
        return None  # a list's item adds to the item just before it
    return running[0] + s.best


def _both_told_as_more(text: str, s: Statement, groups: list[Statement]) -> bool:
    """Does the sentence of ``s`` tell a group of each outcome as more ("killing three more people and
    wounding nine more"): a second blow's toll, each group more of its own outcome?"""
    if "more" not in s.quote:
        return False  # (most sentences: no group is told as more)
    return _cue(text, s, False) == ("additive", 0) and any(
        g is not s and g.quote == s.quote and g.outcome != s.outcome and _cue(text, g, False) == ("additive", 0)
        for g in groups
    )


def _aboard_and_below(text: str, first: Statement, then: Statement) -> bool:
    """Is ``first`` a group told aboard a craft ("all 107 people on board") and ``then`` one told on the
    ground below it ("three people on the ground were killed by debris": [totals] aboard and below, in the
    clause right after each figure)? Those are two places, so two groups."""
    def told(s: Statement, words: re.Pattern[str], strings: list[str]) -> bool:
        after = text[s.end : s.end + _REACH].lower()
        if not any(w in after for w in strings):
            return False  # (most groups: no word of the table after the figure, so none in its clause)
        clause = _CLAUSE_MARK.split(after, maxsplit=1)[0]
        return words.search(clause) is not None

    return first.outcome == then.outcome and first.end <= then.start and told(then, _BELOW, _TABLE["below"]) and (
        told(first, _ABOARD, _TABLE["aboard"])
    )


def _apart(text: str, first: Statement, then: Statement) -> bool:
    """Are ``first`` and ``then`` told in sentences of their own, or in clauses a semicolon parts ("One
    soldier was killed and two were wounded; three rebels were also killed")?"""
    return first.quote != then.quote or ";" in text[first.end : then.start]


def _suicide_attackers(text: str, s: Statement) -> bool:
    """Is ``s``'s group the attackers who died by their own attack: named so ("three suicide bombers", "two
    suicide attackers": "suicide" right before a noun of ``lone_attackers`` or its plural), or told again by
    "the" and the count of such attackers the report names before it ("Two female suicide bombers ... the two
    women also died")? Such a group is not added to the toll of the people they killed, however many."""
    if s.best is None or s.best < 2:
        return False
    after = window(text, s.end, min(len(text), s.end + _REACH))[:3]
    if any(_suicide_attacker_at(after, k) for k in range(len(after))):
        return True
    own = window(text, s.start, s.end)
    if len(own) == 2 and own[0].low == "both" and own[1].low.removesuffix("s") in _LONE_ATTACKERS and (
        " ".join(text[max(0, s.start - 20) : s.start].lower().split()[-2:]) in _REMAINS_OF
    ) and _names_a_suicide_attack(text):
        # "Suicide bombers struck ... the remains of both attackers were found": their bodies, told again (not
        # "both bombers also died", which a coder may add)
        return True
    before = window(text, max(0, s.start - 12), s.start)[-1:]
    if not before or before[0].low != "the":
        return False
    told = window(text, max(0, s.start - _PARTS_REACH), s.start)
    return any(_suicide_attacker_at(told, k) and any(_count_of(t) == s.best for t in told[max(0, k - 3) : k])
               for k in range(len(told)))


def _suicide_attacker_at(toks: Sequence[Token], k: int) -> bool:
    """Do ``toks[k]`` and the token after it name attackers who die by their attack ("suicide bombers";
    [totals] suicide_groups and lone_attackers)?"""
    return toks[k].low in _SUICIDE_GROUPS and k + 1 < len(toks) and toks[k + 1].low.removesuffix("s") in _LONE_ATTACKERS


def _count_of(t: Token) -> int | None:
    """The count a token of digits or a number word gives ("2", "two"), else None."""
    return int(t.low) if t.low.isdigit() else WORD_VALUES.get(t.low)


@lru_cache(maxsize=8)
def _names_a_suicide_attack(text: str) -> bool:
    """Does the report's lead, or its headline, name a suicide attack ([totals] suicide_attacks)? (Once a
    report. Not a word of one anywhere: "named for the first suicide bomber" tells of another.)"""
    low = text[: headline_and_lead_end(text)].lower()
    if any(words in low for words in _SUICIDE_ATTACKS):
        return True
    if " vest" not in text and " belt" not in text:
        return False
    opens = 0
    while opens < len(text) and text[opens].isspace():
        opens += 1
    para = text.find("\n\n", opens)
    return any(words in text[: len(text) if para < 0 else para].lower() for words in _WORN_CHARGES)


def _part_of_the_dead(text: str, s: Statement, whole: int) -> bool:
    """Is the dead group ``s`` told as a part of the dead counted before ("Among the dead were six
    Canadians, two French citizens ..." after 30 killed), fewer than their ``whole``: a phrase of
    ``parts_of_the_dead`` in its sentence before its figure? A group adding after it adds to the whole."""
    if s.outcome != "killed" or s.best is None or s.best >= whole:
        return False
    before = text[sentence_open(text, s.start, max(0, s.start - 80)) : s.start].lower()
    return any(phrase in before for phrase in _PARTS_OF_THE_DEAD)


#: The words that open a part of a group told just before in its sentence ([breakdown] part: "among them",
#: "including")
_PART_WORDS: Final = tuple(lexicon_data()["breakdown"]["part"])
#: How far before a part's figure its word of a part may stand ("among them a 24-year-old man")
_PART_REACH: Final = 30


def _part_after_its_whole(text: str, s: Statement, last: Statement) -> bool:
    """Is ``s`` a part of the group ``last`` told just before it in its sentence, of its outcome and fewer,
    after a word of a part ("Medics treated six people who were lightly hurt, among them a 24-year-old man
    with shrapnel wounds")? A group told after it adds to the whole, not to the part ("Another two people
    were hurt" is 8)."""
    if s.outcome != last.outcome or s.quote != last.quote or last.best is None or s.best is None:
        return False
    if s.best >= last.best or s.start <= last.end:
        return False
    before = text[max(last.end, s.start - _PART_REACH) : s.start].lower()
    return any(word in before for word in _PART_WORDS)


def _told_by_parts(text: str, lo: int, hi: int) -> bool:
    """Does a phrase of ``parts_of_the_dead`` ("of the dead", "among those killed") stand between ``lo``
    and ``hi`` (at most a few sentences: a breakdown follows its whole)?"""
    between = text[max(lo, hi - _PARTS_REACH) : hi].lower()
    return any(phrase in between for phrase in _PARTS_OF_THE_DEAD)


@cache
def _nouns_of_the_dead() -> frozenset[str]:
    """The lexicon's nouns of the killed outcome ("bodies", "deaths"): people who can only be dead."""
    return frozenset(n["words"] for n in lexicon_data()["nouns"] if n["outcome"] == "killed" and " " not in n["words"])


def _more_of_the_dead(text: str, s: Statement) -> bool:
    """Is ``s`` told as more of the dead by its own noun ("three more bodies were found", "two more
    deaths"): more than the dead told before, whatever group of another outcome stands between?"""
    after = _clause(window(text, s.end, min(len(text), s.end + _REACH))[:3])
    return s.outcome == "killed" and any(
        t.low == "more" and k + 1 < len(after) and after[k + 1].low in _nouns_of_the_dead() for k, t in enumerate(after)
    )


#: :func:`_side` of each statement asked about, by the statement's id, with the statement and the text it was
#: asked of (the statement held, so that no other takes its id while it is kept): :func:`_with_sums` asks it of
#: each group, and :func:`_of_the_other_side` again of every group before each later one (14,000 calls over
#: gvc-dev at ~20,000 instructions each, compiled). Emptied as each report's sums begin.
_SIDES_ASKED: dict[int, tuple[Statement, str, bool | None]] = {}


def _side(text: str, s: Statement) -> bool | None:
    """:func:`_side_of`, remembered for the statement (:data:`_SIDES_ASKED`; no rule changes a statement)."""
    kept = _SIDES_ASKED.get(id(s))
    if kept is not None and kept[0] is s and kept[1] is text:
        return kept[2]
    side = _side_of(text, s)
    if len(_SIDES_ASKED) >= 1024:
        _SIDES_ASKED.clear()
    _SIDES_ASKED[id(s)] = (s, text, side)
    return side


def _side_of(text: str, s: Statement) -> bool | None:
    """Is ``s``'s group told as those who fought or attacked (True), as others (False), or by no noun
    (None: "the toll rose to 12", "killing 12"; "self": one who killed himself may be either)? A list
    of groups of different nouns ("39 hostages and a security guard") is of the others when no word of
    it names a side."""
    if s.victims == "self":
        return None
    if _of_its_own(text, s) and (s.victims is None or s.victims.rsplit(None, 1)[-1].lower() not in _SIDES):
        return None  # "one of its members", "two of their men": a party's own, of either side
    if s.victims is None:
        words = [t.low for t in window(text, s.start, s.end)]
        if any(w in _SIDES for w in words):
            return None
        if _bodies_of_a_side(text, s):
            return True  # "12 bodies of terrorists were found in the clash area": that side's dead
        if words[-2:] == ["of", "them"] or words in (["he"], ["she"]):
            return _told_before_a_side(text, s.start, words[0] in ("he", "she"))
        if _a_name(text, s):
            # "The attacker, Joel Cauchi, 40, ..., was shot dead": a name in apposition to a noun of a side is
            # that side's; any other named person ("Carlos Manzo, the mayor of the city") no fighter
            # (one the sentence says someone killed: not "One of the terrorists, Ulrich Wessel, was killed in
            # the blast" of their own explosives)
            role = window(text, max(0, s.start - _REACH), s.start)[-3:]
            return len(role) == 3 and role[0].low in ("the", "a", "an") and role[1].low in _SIDES and (
                role[2].low == ","
            ) and _killed_by(text, s.end)
        if "and" not in words:
            # "Gunmen stormed a hotel, killing two": the figure right after a gerund of killing is those
            # the attack killed, the other side from its attackers; any other bare figure ("the toll rose
            # to 12", "12 were killed") may count either side
            # (the text must end in such a gerund before its tokens are asked for: most figures follow
            # no gerund, and tokenizing the window before each of them cost the reader 7% more windows)
            told = text[max(0, s.start - _REACH) : s.start].rstrip().lower()
            if not any(told.endswith(g) for g in _killing_gerunds()):
                return None
            before = window(text, max(0, s.start - _REACH), s.start)[-1:]
            return False if before and before[0].low in _killing_gerunds() else None
        return False
    noun = s.victims.rsplit(None, 1)[-1].lower()
    return noun in _SIDES or _side_before_noun(text, s) or (_no_known_people(noun) and _killed_by_forces(text, s))


#: Nouns of the dead told by their remains, before "of" and whose they are ("12 bodies of terrorists")
_REMAINS: Final = frozenset(("bodies", "corpses"))


def _bodies_of_a_side(text: str, s: Statement) -> bool:
    """Is ``s`` a count of bodies of a side, the noun of the remains in or right after its figure and the
    side's noun after "of" ("12 bodies of terrorists were found", "the 7 corpses of the militants")? (Its
    text asked first for a noun of the remains: a token's word is in the text's small letters.)"""
    told = text[s.start : min(len(text), s.end + _REACH)].lower()
    if not any(r in told for r in _REMAINS):
        return False
    after = window(text, s.start, min(len(text), s.end + _REACH))[:6]
    k = next((k for k, t in enumerate(after) if t.low in _REMAINS), None)
    if k is None or k + 2 >= len(after) or after[k + 1].low != "of":
        return False
    side = after[k + 3] if after[k + 2].low == "the" and k + 3 < len(after) else after[k + 2]
    return side.low in _SIDES


def _no_known_people(noun: str) -> bool:
    """Is ``noun`` none of the lexicon's nouns of people (a group's name: "al Shabaab", "the ADF")?"""
    lex = lexicon()
    return noun not in lex.plural and noun not in lex.singular


def _killed_by_forces(text: str, s: Statement) -> bool:
    """Is ``s``'s group the object of a state's forces' verb of killing, right before its figure ("The
    Kenya Defence Forces killed eight al Shabaab": [totals] state_forces but police_forces, force_verbs), its subject at most five
    words before the verb in the same clause: the side they fought?"""
    told = text[max(0, s.start - _REACH) : s.start].rstrip().lower()
    if not any(told.endswith(v) for v in _FORCE_VERBS):
        return False
    before = _clause(window(text, max(0, s.start - _REACH), s.start)[::-1])[::-1]
    if len(before) < 2 or before[-1].low not in _FORCE_VERBS or (before[-1].low == "dead" and before[-2].low != "shot"):
        return False
    verb = len(before) - (2 if before[-1].low == "dead" else 1)
    return any(t.low in _FORCES for t in before[max(0, verb - 5) : verb])


#: The words of a side that hold no other as a part ("bandit", not "bandits"): one of them stands in a
#: text as a string wherever a word of :data:`_SIDES` does (:func:`_side_before_noun` asks tokens only
#: there). Searched one by one with ``in``: a ``re`` alternation of them all tried each at every place
#: (165 M instructions on gvc-dev, compiled).
_SIDE_STRINGS: Final = tuple(sorted(w for w in _SIDES if not any(v != w and v in w for v in _SIDES)))


def _side_before_noun(text: str, s: Statement) -> bool:
    """Is ``s``'s noun told with a word of a side right before it ("four of the rebel guards", "two militant
    commanders"): that side's people?"""
    if not s.victims:
        return False
    low = text[s.end : s.end + _REACH].lower()
    if not any(w in low for w in _SIDE_STRINGS):
        return False
    noun = s.victims.rsplit(None, 1)[-1].lower()
    after = window(text, s.end, min(len(text), s.end + _REACH))[:6]
    return any(t.low == noun and k > 0 and after[k - 1].low in _SIDES for k, t in enumerate(after))


def _killed_by(text: str, start: int) -> bool:
    """Does the sentence from ``start`` say by whom its person was killed ("was shot dead by police")?"""
    end = text.find(". ", start, start + 8 * _REACH)
    return _BY.search(text, start, end if end > 0 else min(len(text), start + 8 * _REACH)) is not None


_BY: Final = re.compile(r"\bby\b")


def _told_before_a_side(text: str, start: int, one: bool) -> bool | None:
    """ "Fifteen insurgents armed with rifles breached the fence at about 10 p.m. and split into three teams.
    Fourteen of them were killed"; "The gunman, a 23-year-old student, opened fire ... He was shot dead by
    police": does the sentence before "N of them" or "he" (``one``; at ``start``, opening its own) open with
    a count, or "the" for one person, and a noun that names a side (True)? Else None: they may be anyone;
    and a bomber who died is left to the suicide-attack rule (``_suicide_attackers``)."""
    before = window(text, max(0, start - 4 * _PARTS_REACH // 3), start)
    ends = [k for k, t in enumerate(before) if t.low in (".", "!", "?")]
    if not one and ends and ends[-1] < len(before) - 3:
        # "The attackers were pursued and two of them were shot dead": its own sentence opens with "the" and
        # a noun of a side
        own = before[ends[-1] + 1 : ends[-1] + 3]
        return True if own[0].low == "the" and own[1].low in _SIDES and not own[1].low.startswith("bomber") else None
    if not ends or ends[-1] != len(before) - 1 or len(ends) < 2:
        return None  # (not one opening its sentence, or no whole sentence before it in reach)
    opening = before[ends[-2] + 1 : ends[-2] + 3]
    if len(opening) < 2 or opening[1].low not in _SIDES or opening[1].low.startswith("bomber"):
        return None
    if one:
        # (killed by someone: "He was shot dead by police", not "He was pronounced dead at a hospital",
        # which may tell again an attacker counted among the dead)
        by = _killed_by(text, start)
        return True if by and opening[0].low == "the" and not opening[1].low.endswith("s") else None
    return True if opening[0].low[:1].isdigit() or opening[0].low in WORD_VALUES else None


def _a_name(text: str, s: Statement) -> bool:
    """Is ``s``'s figure a person's name of two capitalised words or more ("Carlos Manzo, the mayor")?"""
    inside = window(text, s.start, s.end)[:2]
    return len(inside) == 2 and all(
        t.text[:1].isupper() and t.low.isalpha() and t.low not in WORD_VALUES and t.low not in _OPENERS for t in inside
    )


def _lone_pronoun(text: str, s: Statement) -> bool:
    """Is ``s``'s figure a pronoun alone ("he died in hospital"), or a possessive and "body" ("rescuers
    recovered his body"): someone told before?"""
    inside = window(text, s.start, s.end)
    return (len(inside) == 1 and inside[0].low in _PRONOUNS) or (
        len(inside) == 2 and inside[0].low in POSSESSIVES and inside[1].low in ("body", "remains")
    )


@cache
def _killing_gerunds() -> frozenset[str]:
    """The one-word gerunds of the lexicon's verbs of the killed outcome ("killing", "slaughtering")."""
    return frozenset(v.gerund for v in lexicon().verbs if v.outcome == "killed" and v.gerund and " " not in v.gerund)


def _of_its_own(text: str, s: Statement) -> bool:
    """Does "of" and a possessive ("of its", "of their") follow ``s``'s figure? (Tokens are asked for only
    where the text after the figure opens with "of": tokenizing the window after every statement cost
    the reader a window's tokens for each of its statements, nearly all for nothing.)"""
    if text[s.end : s.end + _REACH].lstrip()[:2].lower() != "of":
        return False  # (tokens skip only spaces: a first token "of" opens so)
    after = window(text, s.end, min(len(text), s.end + _REACH))[:2]
    return len(after) == 2 and after[0].low == "of" and after[1].low in POSSESSIVES


def _each_partys_own(text: str, s: Statement, parts: list[Statement]) -> bool:
    """Do ``s`` and every group of ``parts`` give, each in a sentence of its own, a party's own losses told
    by that party ("Azerbaijan's defence ministry reported 7 of its servicemen killed ... Armenia's defence
    ministry reported 2 of its soldiers killed" is 9: the two sides of a clash, each counting its own)?
    Each is attributed, to another source than the others, and told "of its" or "of their", or by the
    nation its source names ("Armenia's prime minister said 49 Armenian soldiers had been killed ...
    Azerbaijan's defence ministry said 50 of its servicemen had died" is 99: :func:`_of_its_nation`)."""
    if not s.attribution or not _a_partys_own(text, s):
        return False
    sources = {s.attribution.lower()}
    for p in parts:
        if not p.attribution or p.quote == s.quote or p.attribution.lower() in sources or not _a_partys_own(text, p):
            return False
        sources.add(p.attribution.lower())
    return True


def field_label(text: str, start: int) -> list[str] | None:
    """The words of a record's field label, lower-cased, when the figure at ``start`` follows one and its
    colon ("Civilians reported killed: 38-57", "Deaths side A: 7", "Injured: 200+"): a label of up to 40
    letters opening its field and holding a word of the dead or the hurt ([totals] field_dead, field_hurt).
    None where there is none. (The label's colon is the last before the figure, with only spaces after it:
    where there is no such colon, ``re`` is not asked, which tried its label at each of the 60 places.)"""
    lo = max(0, start - 60)
    colon = text.rfind(":", lo, start)
    if colon < 0 or text[colon + 1 : start].strip():
        return None
    found = _FIELD_LABEL.search(text, lo, start)
    if found is None:
        return None
    words = found.group(1).lower().split()
    return words if _FIELD_OUTCOMES.intersection(words) else None


def _whose_field(text: str, s: Statement) -> frozenset[str] | None:
    """The words that say whose dead a record's field counts, when ``s`` is the figure of a field labelled
    with a noun of the dead ("deaths side B: 20" is {"side", "b"}, "civilian deaths: 2" {"civilian"}), else
    None (no such label, or one that names no one: "Killed: 4", "Reported killed: 23-27")."""
    words = field_label(text, s.start)
    if words is None or not _FIELD_DEAD.intersection(words):
        return None
    whose = frozenset(w for w in words if w not in _FIELD_DEAD and w not in _FIELD_NOT_WHOSE)
    return whose or None


def _party_fields(text: str, s: Statement, parts: list[Statement]) -> bool:
    """Are ``s`` and every group of ``parts`` fields of one record's sentence, each labelled with the dead of
    another party ("Deaths side A: 7; deaths side B: 20; civilian deaths: 2": [totals] field_dead)? Those
    add up, as the sides of a fight do."""
    whose = _whose_field(text, s)
    if whose is None or s.outcome != "killed":
        return False
    told = {whose}
    for p in parts:
        other = _whose_field(text, p)
        if other is None or p.quote != s.quote or other in told:
            return False
        told.add(other)
    return True
def _a_partys_own(text: str, s: Statement) -> bool:
    """Is ``s`` (attributed) its source's own dead: "of its" / "of their", or :func:`_of_its_nation`?"""
    return _of_its_own(text, s) or _of_its_nation(text, s)


def _of_its_nation(text: str, s: Statement) -> bool:
    """Is ``s``'s group told by a nation's adjective that its source's name holds, the one a stem of the
    other ("49 Armenian soldiers" told by "Armenian Prime Minister Nikol Pashinyan" or "Armenia's defence
    ministry"; "41 Tajik citizens" by "Tajikistan's government")? A capitalised adjective between the
    figure and a plural noun of the group's."""
    if not s.attribution or not s.victims or text[s.end : s.end + 2].strip()[:1].islower():
        return False
    after = window(text, s.end, min(len(text), s.end + _REACH))[:2]
    if len(after) < 2 or not (after[0].text[:1].isupper() and after[0].low.isalpha() and len(after[0].low) > 3):
        return False
    if after[1].low != s.victims.rsplit(None, 1)[-1].lower():
        return False
    nation = after[0].low
    named = re.findall(r"[a-z]+", s.attribution.lower())
    return any(len(w) > 3 and (nation.startswith(w) or w.startswith(nation)) for w in named)


def _other_side(text: str, s: Statement, parts: list[Statement], told: set[bool]) -> bool:
    """Is the dead group ``s`` the other side of the fight whose dead ``parts`` count, each on one side, and
    told by the report's own sources: "89 soldiers were killed ... 77 assailants were neutralised" (the
    ``sides`` table of ``[totals]`` says why)? One another party gives is that party's claim
    (:func:`_a_partys_count_of_the_other_side`), never added."""
    return _of_the_other_side(text, s, parts, told) and not _given_by_another_party(s, parts) and not (
        _caught_later(text, s, parts)
    )


def _caught_later(text: str, s: Statement, parts: list[Statement]) -> bool:
    """Is the other side's dead ``s`` told on a weekday of its own sentence (one no part's sentence names),
    after the report tells, since the last of ``parts``, the attacker getting away ([totals] getaway: "opened fire ... before escaping in a taxi.
    He was shot dead by police on Thursday night")? He died in a later shoot-out, not the attack's fight."""
    last = max((p.end for p in parts), default=0)
    day = _A_WEEKDAY.search(s.quote)
    return (
        last < s.start and day is not None and not any(day.group() in p.quote for p in parts)
        and _GETAWAY.search(text[last : s.start].lower()) is not None
    )


def _a_partys_count_of_the_other_side(text: str, s: Statement, parts: list[Statement], told: set[bool]) -> bool:
    """Is the dead group ``s`` the other side of the fight whose dead ``parts`` count (:func:`_of_the_other_side`),
    given by another source than every part's own ("Three Americans were killed, the command said ... the
    Kenyan army said four terrorists were killed"; "at least 93 people were killed, the civil defence said
    ... the military said 19 militants had been killed")? The party that fought counts the other side's
    dead, as often as not among the dead others count, and in its own interest: its claim, kept on record
    and never counted (the README's convention), nor the report's figure however large."""
    return (
        _given_by_another_party(s, parts) or _said_killed_by_forces(text, s) or _said_of_its_forces(text, s, parts)
    ) and _of_the_other_side(text, s, parts, told, of_no_side=True)


def _said_killed_by_forces(text: str, s: Statement) -> bool:
    """Does ``s``'s clause tell, as someone's saying, a state's forces ([totals] state_forces) as its group's
    killers, the subject of the verb of killing right before the figure ("He said troops had killed all 33
    militants", "the army said soldiers killed 12 insurgents")? The party that killed them gives their
    count, as a party that gives a side's dead does. (Not the report's own telling, "Both gunmen were
    killed by troops", "Police killed the shooter": RAND codes those dead with the victims.)"""
    lo = max(0, s.start - 2 * _REACH)
    told = text[lo : s.start].lower()
    if not (any(w in told for w in _SAYINGS) and any(w in told for w in _STATE_FORCES)
            and any(w in told for w in _killings())):
        return False  # (a word of each kind stands in the text before the figure: 12 of 3,459 on gvc-dev)
    before = _clause_before(window(text, lo, s.start))[-8:]
    forces = next((k for k, t in enumerate(before) if t.low in _STATE_FORCES), None)
    return forces is not None and any(t.low in _SAYINGS for t in before[:forces]) and any(
        t.low in _killings() for t in before[forces + 1 :]
    )


def _said_of_its_forces(text: str, s: Statement, parts: list[Statement]) -> bool:
    """Does a party that fought give ``s``'s dead, another source than the parts': its forces are the source, told by
    a verb of killing ("The National Police said its officers had 'neutralized more than 30 bandits'"), or a saying
    tells them before the figure in its sentence ("The ISPR said security forces had engaged the attackers and that
    all 16 had been sent to hell")? Only beside parts a source tells, none sharing a word of its source: one
    party's two sides add ("the military said ... killing all 33 militants, while 26 hostages lost their lives"),
    and so do the report's own and a party's ("89 soldiers were killed. The army said 77 assailants were
    neutralised"). (Only asked of a group of the other side: the caller's :func:`_of_the_other_side`.)"""
    named = set(re.findall(r"[a-z]+", (s.attribution or "").lower())) - _NOT_A_NAME
    if not any(p.attribution for p in parts) or any(
        named & set(re.findall(r"[a-z]+", (p.attribution or "").lower())) for p in parts
    ):
        return False  # (the parts told in the report's own voice: "89 soldiers were killed. The army said 77
        # assailants were neutralised" is 166, the army the report's source)
    if not _FORCES.isdisjoint(named) and not _killings().isdisjoint(re.findall(r"[a-z]+", s.quote.lower())):
        return True  # "The military said all 16 attackers had been killed in the fighting that followed"
    if not _STATE_FORCES.isdisjoint(named) and any(
        t.low in _killings() for t in _clause_before(window(text, max(0, s.start - _REACH), s.start))[-4:]
    ):
        # (the police, whose word is most crime news's own: only the forces' deed, a verb of killing right before
        # the figure, "had 'neutralized more than 30'"; not "The shooter died of a self-inflicted wound, police
        # said", nor "... while police said the gunman was shot dead by an officer")
        return True
    lo = max(0, s.start - 4 * _REACH)
    told = text[lo : s.start].lower()
    if not (any(w in told for w in _SAYINGS) and any(w in told for w in _STATE_FORCES)):
        return False  # (a word of each kind stands in the text before the figure)
    toks = window(text, lo, s.start)
    stop = max((k for k, t in enumerate(toks) if t.low in (".", "!", "?", ";")), default=-1)
    saying = next((k for k in range(stop + 1, len(toks)) if toks[k].low in _SAYINGS), None)
    return saying is not None and any(t.low in _STATE_FORCES for t in toks[saying + 1 :])


def _clause_before(toks: Sequence[Token]) -> Sequence[Token]:
    """The tokens after the last mark that ends a clause (a comma, a stop) in ``toks``."""
    marks = [k for k, t in enumerate(toks) if t.low in (",", ";", ":", ".", "!", "?")]
    return toks[marks[-1] + 1 :] if marks else toks


@cache
def _killings() -> frozenset[str]:
    """The one-word past forms of the lexicon's transitive verbs of the killed outcome ("killed", "neutralised")."""
    return frozenset(v.past for v in lexicon().verbs if v.outcome == "killed" and v.transitive and " " not in v.past)


def _given_by_another_party(s: Statement, parts: list[Statement]) -> bool:
    """Is ``s`` attributed, to another source than every one of ``parts`` (each attributed)?"""
    return bool(s.attribution) and all(
        p.attribution and not _same_source(p.attribution, s.attribution or "") for p in _groups_of_their_own(parts)
    )


def _groups_of_their_own(parts: list[Statement]) -> list[Statement]:
    """``parts`` less the dead of a side told with its wounded who died after ("two soldiers were killed and 11
    injured. Three of the injured died"): that sum is a side's told before."""
    return [p for p in parts if not (p.derivation or "").endswith(WOUNDED_WHO_DIED)]


def _of_the_other_side(
    text: str, s: Statement, parts: list[Statement], told: set[bool], of_no_side: bool = False
) -> bool:
    """Is the dead group ``s`` the other side of the fight whose dead ``parts`` count, each on one side,
    whoever tells it? Not a side ``told`` before in the report (the sides of its dead groups so far: "the
    gunman" told again), nor one told as among the dead ("the shooter was among those who died"), one
    named by a copula ("the victim was a militant killed by ..."), or one a part already names after
    "including". ``of_no_side``: parts of no side may stand beside the other side's, once the report has
    told a group of the other side ("killing 19 people ... 14 bodies ... five more bodies")."""
    side = _side(text, s)
    if s.outcome != "killed" or side is None or s.derivation is not None or side in told:
        return False
    parts = _groups_of_their_own(parts)  # (a side's dead with its wounded who died after: told before)
    loose = of_no_side and (not side) in told
    if not (parts or told) or any(
        (_side(text, p) is not (not side) and not (loose and _side(text, p) is None)) or p.derivation is not None
        for p in parts
    ):
        return False
    before = window(text, max(0, s.start - 12), s.start)[-1:]
    if before and before[0].low in _AUX and text[s.start : s.end].lower().startswith(("a ", "an ")):
        return False  # "the victim was a militant killed by ...": someone told before, named again
    if any(t.low == "among" for t in _clause(window(text, s.end, min(len(text), s.end + _REACH))[:6])):
        return False
    noun = s.victims.rsplit(None, 1)[-1].lower() if s.victims else ""
    for p in parts:
        toks = window(p.quote)
        for k, t in enumerate(toks):
            if t.low in _INCLUDING and any(u.low.rstrip("s") == noun.rstrip("s") for u in toks[k + 1 : k + 6]):
                return False  # "killing 22 people, including the bomber": the bomber is counted
    own = window(s.quote)
    nouns = {p.victims.rsplit(None, 1)[-1].lower().rstrip("s") for p in parts if p.victims}
    for k, t in enumerate(own):
        if t.low in _INCLUDING and any(u.low.rstrip("s") in nouns for u in own[k + 1 : k + 6]):
            return False  # "three gunmen killed ... Eighteen people, including the three gunmen, died": counted
    # "killing all four gunmen ... Seven people died: three passengers ... and the four hijackers": counted
    return ":" not in s.quote or not _parts_name_a_side(own, {p.best for p in parts})


def _parts_name_a_side(own: Sequence[Token], counts: set[int | None]) -> bool:
    """Do the parts a sentence lists after a colon name a side's dead by one of ``counts``, the count right
    before the side's noun or one word before it ("Seven people died in the 54-hour affair: three passengers
    shot ..., and the four hijackers")? The whole holds that side: its dead, told before, are not added."""
    colon = next((k for k, t in enumerate(own) if t.low == ":"), None)
    return colon is not None and any(
        t.low in _SIDES and any(_count_of(u) in counts for u in own[max(colon + 1, k - 2) : k])
        for k, t in enumerate(own) if k > colon
    )


def in_headline(s: Statement) -> bool:
    """Is the statement read from its post's headline?"""
    quote = s.quote.strip()
    return s.headline is not None and bool(quote) and quote in s.headline


def _same_source(one: str, other: str) -> bool:
    """May two sources' names be one party: a word in common ("police", "Israeli police and medics"), or
    either only a word that names no party ([totals] unnamed_sources: "officials said", "authorities said")?"""
    a, b = (set(re.findall(r"[\w'’-]+", name.lower())) - _NOT_A_NAME for name in (one, other))
    return bool(a & b) or a <= _UNNAMED_SOURCES or b <= _UNNAMED_SOURCES


def _place_by_place(
    text: str, s: Statement, parts: list[Statement], nearest: Statement | None, told_again: bool
) -> bool:
    """Is ``s`` the group of another place than the last of ``parts`` in a report of a natural hazard:
    a new group whose sentence names a place that the last part's sentence does not (and that one names
    a place), or "Another occupant was hurt" opening its sentence? (The module's docstring says why.)"""
    last = parts[-1]
    if told_again or s.quote == last.quote or s.start < last.end:
        return False
    inside = window(text, s.start, s.end)
    if not inside:
        return False
    # (whether the report is of a natural hazard is asked last: it reads its lead and every group's sentence)
    first = inside[0].low
    if first == "another":
        # someone besides the group told just before: "Another occupant sustained minor injuries"
        return s.quote.lstrip().lower().startswith(first) and nearest is not None and nearest.outcome == s.outcome and (
            _of_a_natural_hazard(text, [*parts, s])
        )
    beside = (*inside[1:2], *window(text, s.end, min(len(text), s.end + 12))[:1])
    other = any(t.low == "other" for t in beside)
    if not (first in _OPENERS or first[0].isdigit()) or s.best == last.best or any(
        t.low in ("of", "others") for t in beside
    ) or (other and not (_tells_a_mishap(last.quote) and _tells_a_mishap(s.quote))):
        return False  # "all three", "both", "the two", "one of the people", "three others", a count again
    if last.revision is not None or _names_a_toll(last) or last.qualifier in _WHOLE_QUALIFIERS or any(
        t.low in _PARTS for t in window(s.quote)
    ):
        # a toll is a whole, "at least 57 people were killed by the tornadoes" told as one too, and "In
        # Dover alone, 41 bodies were found" a part of one
        return False
    if not _of_a_natural_hazard(text, [*parts, s]):
        return False
    if _tells_a_mishap(last.quote) and _tells_a_mishap(s.quote):
        return True  # "Two people were hurt when their car was crushed. A woman was hurt when her roof fell in"
    named = _places(last.quote)
    return bool(named) and not _places(s.quote) <= named


def _tells_a_mishap(sentence: str) -> bool:
    """Does a sentence tell its group's own mishap ("... were hurt when a tree fell on their car", "A tree
    fell on a car, injuring two people")?"""
    toks = window(sentence)
    return any(
        t.low in _MISHAPS or (t.low == "," and k + 1 < len(toks) and toks[k + 1].low in _MISHAP_RESULTS)
        for k, t in enumerate(toks)
    )


def _of_a_natural_hazard(text: str, groups: list[Statement]) -> bool:
    """Does the report name a natural hazard in its lead (its first line or sentence), in the sentence of
    one of its ``groups``, or in a sentence before the last of them ("Two people were hurt at the fair.
    Winds near 70 mph downed trees. North of town, three people were injured")? Not after it: a news
    page's weather box at its foot names storms and snow."""
    if lead_names_a_natural_hazard(text) or any(names_a_natural_hazard(window(s.quote)) for s in groups):
        return True
    # a sentence before the last group (a hazard capitalised as a sentence's first word is one too)
    first = _first_hazard_sentence(text)
    return first is not None and first < groups[-1].start


def _stems(words: frozenset[str]) -> tuple[str, ...]:
    """The words of ``words`` no other of them begins ("flood" of "flood", "floods", "flooding"): each word
    begins with one of them."""
    return tuple(sorted(w for w in words if not any(w.startswith(v) for v in words if v != w)))


def _word_places(low: str, words: frozenset[str], stems: tuple[str, ...]) -> list[int]:
    """Where each of ``words`` stands as a whole word in ``low`` (a lower-cased text): one ``str.find``
    pass a stem of them (:func:`_stems`), far quicker than a pattern of them all; where a stem opens a
    word, the word is the letters and digits from there, one of ``words`` or not."""
    places = []
    n = len(low)
    for stem in stems:
        at = low.find(stem)
        while at >= 0:
            end = at + len(stem)
            if at == 0 or not low[at - 1].isalnum():
                while end < n and low[end].isalnum():
                    end += 1
                if low[at:end] in words:
                    places.append(at)
            at = low.find(stem, end)
    return places


_HAZARD_STEMS: Final = _stems(_HAZARDS)


@lru_cache(maxsize=8)
def _first_hazard_sentence(text: str) -> int | None:
    """Where the first sentence of ``text`` that names a natural hazard has its hazard's word (worked out
    once a report: only the sentences where a hazard's word stands, in any case, are tokenised)."""
    low = lowered(text)  # (offsets kept: the reader's own lower-casing of the report, remembered)
    for at in sorted(_word_places(low, _HAZARDS, _HAZARD_STEMS)):
        opens = max((k + len(mark) for mark in _SENTENCE_ENDS if (k := text.rfind(mark, 0, at)) >= 0), default=0)
        ends = [k for mark in _SENTENCE_ENDS if (k := text.find(mark, at)) >= 0]
        if names_a_natural_hazard(tokenize(text, opens, min(ends) + 1 if ends else len(text))):
            return at
    return None


def names_a_natural_hazard(toks: Sequence[Token]) -> bool:
    """Is a word of ``toks`` (a sentence's) a natural hazard? In small letters, or capitalised only as the
    sentence's first word before one in small letters: not in capitals ("ICE", an agency), nor a name's
    word ("Storm Shadow missiles", "Operation Desert Storm"); nor before "of" ("a hail of bullets", "a
    storm of protest": a figure of speech); nor a verb of an assault after who does it ("Gangs storm
    town", [totals] hazard_verbs). A capitalised plural is one in a title's capitals ("Herat
    Earthquakes - Flash Update No. 5", "Kenya Floods: Toll Rises"): a name's word is singular."""
    for k, t in enumerate(toks):
        if t.low not in _HAZARDS or (k + 1 < len(toks) and toks[k + 1].low == "of"):
            continue
        if t.low in _HAZARD_VERBS and k and toks[k - 1].low in _ASSAULT_SUBJECTS:
            continue  # "Gangs storm town": an assault's verb
        if t.text.islower() or (t.text[1:].islower() and (
            (k == 0 and (k + 1 == len(toks) or toks[k + 1].text.islower())) or t.low.endswith("s")
        )):
            return True
    return False


@lru_cache(maxsize=8)
def lead_names_a_natural_hazard(text: str) -> bool:
    """Does the report's lead (:func:`sentences.lead_end`) name a natural hazard? (Once a report.)"""
    return names_a_natural_hazard(window(text, 0, lead_end(text)))


def since_a_hazard(since: str | None) -> bool:
    """Is ``since`` ("since the monsoon began" up to its noun: "since the monsoon") a time from a
    natural hazard on ("since the rains", not "since the war")?"""
    return since is not None and since.rsplit(None, 1)[-1] in _HAZARDS


def _places(sentence: str) -> frozenset[str]:
    """The capitalised words of a sentence that name a place: those after a preposition of place, up to
    three words after it ("in Dover", "near the town of Alma"), and one right before a noun of a land's
    division ("Cumilla district", [totals] place_nouns), other than its first word, a month's or
    a day's name, or a hospital's ("taken to Mercy Hospital" is no place where anyone was hurt). A
    name after a direction's "of" is kept with it: "north of alma", another place than "alma"."""
    toks = window(sentence)
    names: set[str] = set()
    for k in range(len(toks) - 1):
        if toks[k + 1].low in _PLACE_NOUNS and _title(toks[k].text) and toks[k].low not in _CALENDAR:
            names.add(toks[k].low)  # "Cumilla district recorded 14 deaths": a division's name, a subject too
    k = 1
    while k < len(toks):
        if not _title(toks[k].text) or not any(t.low in _PLACE_PREPOSITIONS for t in toks[max(0, k - 3) : k]):
            k += 1
            continue
        end = k
        while end < len(toks) and _title(toks[end].text):
            end += 1
        run = " ".join(t.low for t in toks[k : end + 1])  # (the word after the name: "Mercy Hospital")
        if not any(" ".join(phrase) in run for phrase in lexicon().hospitals):
            # "two miles north of Alma" is no place in Alma
            off = f"{toks[k - 2].low} of " if k >= 2 and toks[k - 1].low == "of" and toks[k - 2].low in _DIRECTIONS else ""
            names.update(off + t.low for t in toks[k:end] if t.low not in _CALENDAR)
        k = end
    return frozenset(names)


def _title(word: str) -> bool:
    """A word of a name: a capital, then a small letter ("Dover", "Mt."; not "CST", "I-70")."""
    return word[:1].isupper() and any(c.islower() for c in word[1:3])


def _sum(total: int, parts: list[Statement]) -> Statement:
    last = parts[-1]
    figures = [str(p.best) for p in parts]
    named = ", ".join(figures[:-1]) + " and " + figures[-1]
    qualifier = "at least" if any(p.qualifier == "at least" for p in parts) else "exact"
    if any(p.qualifier in _ABOUT for p in parts):
        qualifier = "about"  # "33 soldiers were killed ... around 40 terrorists were neutralised"
    return replace(
        last, best=total, low=total if qualifier != "about" else None, high=total if qualifier == "exact" else None,
        qualifier=qualifier,
        victims=None, breakdown=[], breakdown_mismatch=False,
        # (a hedge of the deed a part carries is the sum's too: "allegedly")
        hedge=last.hedge or next((p.hedge for p in parts if p.hedge is not None), None),
        derivation=f"{SUM_OF} {named}: separate groups",
    )
