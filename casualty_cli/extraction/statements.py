r"""From report text to casualty statements: the reading of a whole report around the token reader.

How it reads a report:

1. Each sentence holding an outcome word of the lexicon is read once by the token reader
   (readers.py), which gives its figures as :class:`~casualty_cli.extraction.readers.Reading`\s;
   a report without any outcome word costs nothing more.
2. Each reading gets its sentence's context: revision, hedge, attribution (context.py), scope
   (running totals are "cumulative"), breakdown and event date (dates.py).
3. People reported "shot" (or taken to hospital) whose fate is not said are *hit*. Once the report's
   deaths are known they become injured: "four teens were shot" and "one died" is 3 injured, as the
   statement's ``derivation`` says.
4. Earlier figures and recalled events are set apart (earlier.py).
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from operator import attrgetter
from typing import Final, Literal

from casualty_cli.extraction import compiled
from casualty_cli.extraction import context as C
from casualty_cli.extraction import patterns as P
from casualty_cli.extraction.breakdown import read_breakdown
from casualty_cli.extraction.dates import days_told, find_event_date
from casualty_cli.extraction.earlier import (
    finditer_where_it_may,
    matches_from_first_place,
    search_where_it_may,
    search_within,
    set_compared_events_apart,
    set_earlier_figures_apart,
    set_recalled_events_apart,
)
from casualty_cli.extraction.fatality_codes import fatality_codes
from casualty_cli.extraction.lexicon import alternation, lexicon, lexicon_data
from casualty_cli.extraction.numbers import FIGURE, FIGURE_LAST_WORDS, WORD_VALUES, Figure, parse_figure
from casualty_cli.extraction.prefilter import CASED_AS_ASCII, fold
from casualty_cli.extraction.readers import Reading, first_mark, outcome_words, read_tokens
from casualty_cli.extraction.same_person import less_of_them_who_died, set_the_dead_apart
from casualty_cli.extraction.sentences import (
    LEAD_REACH,
    MAX_SENTENCE,
    Sentence,
    SentenceIndex,
    headline_and_lead_end,
    lead_end,
    sentence_close,
    sentence_open,
    text_end_before,
)
from casualty_cli.extraction.syntax import ANY_PEOPLE, GENERIC_PEOPLE, IN_HOSPITAL, MONTHS, PLAIN_KINDS
from casualty_cli.extraction.tables import table_statements
from casualty_cli.extraction.tokens import Token, lowered, tokenize
from casualty_cli.extraction.totals import (
    add_document_totals,
    field_label,
    lead_names_a_natural_hazard,
    names_a_natural_hazard,
    since_a_hazard,
)
from casualty_cli.model import Breakdown, Document, Revision, Scope, Statement

Kind = Literal["killed", "injured", "hit", "missing"]
#: The kinds of a mention of people hurt or killed (not missing): the ones an event's day sets apart
_HURT_KINDS: Final = frozenset(("killed", "injured", "hit"))
#: A token's start, as bisect's key takes it
_START: Final = attrgetter("start")

#: A party's claim of a figure ("Al Shabaab claims 15 fatalities", "they claimed to have killed 25"),
#: not of a deed ("claimed responsibility") nor a toll ("claimed 15 lives"); or another account than
#: the report's own ("Conflicting reports give eight deaths", "a second report says three were killed",
#: "local sources put the toll at 160": where sources differ, the report's own figure counts, as event
#: data sets code the lowest reported),
#: but not another story told in the report ("In another report, ..."). (The tests of what stands before
#: a form's first letter, "c" or "a", follow the letter, so that ``re`` looks for a "c" or an "a" in C
#: before trying the forms, instead of trying them at every place of a sentence.)
_CLAIM: Final = compiled.compile(
    # (not the passive of a place or a deed someone lays claim to: "the Abyei region, claimed by both
    # Sudan and South Sudan", "the attack, claimed by Islamic State")
    r"c(?<!\wc)(?:laim(?:s|ed(?!\s+by\s)|ing)?\b(?!(?:\s+\S+){0,4}?\s+(?:responsibility|credit|lives|life)\b)"
    # a party that claimed the attack, then what it says of it: "The Taliban claimed credit for the attack
    # and stated six guards had been killed"
    r"|laim(?:s|ed)?\s+(?:responsibility|credit)\b[^.;]{0,80}?(?:\band|,)\s+(?P<told>said|says|stated|states|added|announced|saying|stating|adding)\b"
    r"|onflicting\s+(?:reports?|accounts?|figures?)\b)"
    r"|a(?<!\wa)(?<!\bin\sa)(?:\s+second|nother|\s+different|\s+separate)\s+(?:report|source|account)\b"
    # other sources than the report's own: "Local sources put the toll at 160", "some reports say 110"
    r"|o(?<!\wo)ther\s+(?:sources|reports|accounts)\b|s(?<!\ws)ome\s+(?:sources|reports|accounts)\b"
    # one source among several: "One source indicates that two were killed", "one report says 12"
    r"|o(?<!\wo)ne\s+(?:source|report|account)\b"
    # a toll another source gives against the report's: "The Observatory gave a higher toll of eight dead",
    # "the foreign ministry gave a far higher toll, saying 433 civilians had been killed"
    # (the claimant is the subject before the verb: "gave a", "put a" belong to the claim)
    # (with "a": "he gave the higher figure" is the report's own told on)
    r"|(?:(?:g(?<!\wg)ave|p(?<!\wp)ut|r(?<!\wr)eported|c(?<!\wc)ited|o(?<!\wo)ffered)\s+)?a(?<!\wa)n?\s+"
    r"(?:(?:f(?<!\wf)ar|m(?<!\wm)uch|s(?<!\ws)lightly)\s+)?"
    r"(?:h(?<!\wh)igh|l(?<!\wl)ow)er\s+(?:death\s+)?(?:toll|figure|count|tally|estimate)\b"
    # (not a monitor's way of counting: "ACLED, which relies on local sources, counted at least 400")
    # (or put the report's toll higher or lower in words of its own: "Residents put the number of dead higher,
    # at more than 120"; "Amnesty also cited the higher toll of more than 120", a toll told just before)
    r"|p(?<!\wp)ut\s+(?:the|their|its)\s+(?:number\s+of\s+(?:the\s+)?(?:dead|deaths|victims|killed)|(?:death\s+)?toll|figure|count)"
    r"\s+(?:(?:far|much|even|still)\s+)?(?:high|low)er\b"
    r"|a(?<!\wa)lso\s+(?:gave|put|reported|cited|offered)\s+the\s+(?:(?:far|much)\s+)?(?:high|low)er\s+(?:death\s+)?(?:toll|figure|count|tally|estimate)\b"
    r"|l(?<!\wl)(?<!relies\son\sl)(?<!rely\son\sl)(?<!relying\son\sl)(?<!draws\son\sl)(?<!drawing\son\sl)ocal\s+sources\b"
    r"|u(?<!\wu)n(?:confirmed|official)\s+(?:sources|reports|accounts)\b"
    # a side's losses told in a party's words: "the enemy lost up to 310 troops", "enemy losses reached 90"
    # ("the enemy" is a belligerent's word, never a reporter's)
    r"|e(?<!\we)nemy\s+(?:(?:has|have|had)\s+)?(?:lost|losses)\b"
    # a party that says it killed: "The Taliban said they had killed 40 soldiers" (a verb of killing of
    # the lexicon), or that its fighters did something, the figures after it theirs ("The RSF said its
    # fighters had repelled an attack, killing 70 soldiers")
    # (a when or a where between the verb and what was said: "said on Sunday that it had killed", "said in
    # a statement on its radio station that it had killed")
    # (or "told" someone so: "A commander told a local radio station that his fighters had killed 47")
    # (or a bare day: "The army said Tuesday its forces killed 47 militants")
    r"|(?:s(?<!\ws)(?:aid|ays|tated|tates)\s+(?:(?:in|on|at|through|via)\s+(?:[\w'’-]+\s+){1,6}?|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday)\s+)?(?:that\s+)?"
    r"|t(?<!\wt)old\s+(?:[\w'’-]+\s+){1,6}?that\s+)(?:(?:it|they|we)\s+(?:had\s+|have\s+|has\s+)?"
    # (or did something else first: "Russia said it had targeted a meeting of commanders and killed 60")
    # (not past a clause of what it found, the dead told in a passive of their own: "said it had established
    # that 385 people were killed" is a finding, no deed)
    r"(?:(?:(?!(?:that|were|was)\s)[\w-]+\s+){0,8}?(?:and\s+)?(?:KILLING)\b"
    # (or told a strike of its own at length, then what it killed: "it had carried out "a precision
    # strike" on a restaurant where commanders were meeting, killing up to 85 servicemen")
    # (a figure or a number word after it: "struck a base of a brigade, killing two generals")
    r"|(?:(?!who\b|whom\b)[\w\x22“”'’-]+,?\s+){1,16}?(?:GERUNDS)\s+(?:up\s+to\s+|as\s+many\s+as\s+|more\s+than\s+|over\s+)?(?:\d|NUMBER_WORDS\b))"
    # (its aircraft too: "the air force said its aircraft had struck a gathering and neutralised 20")
    # (and its weapons, a word of their kind before them: "said its Iskander-M missiles had struck a meeting")
    r"|(?:its|their|our|his|her)\s+(?:[\w-]+\s+)?(?:forces|troops|fighters|units|army|soldiers|men|aircraft|jets|warplanes|drones|missiles|rockets)\s+"
    r"(?!(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\b)(?:had\s+|have\s+|has\s+)?[a-z]+"
    # (or a state's forces named bare, what they killed: "The military said troops had killed 9 attackers")
    r"|(?P<forces>(?:the\s+)?(?:security\s+)?(?:FORCES)\s+(?:had\s+|have\s+|has\s+)?(?:KILLING)\b))"
    .replace("FORCES", alternation(lexicon_data()["context"]["claiming_forces"]))
    .replace("KILLING", alternation([v.past for v in lexicon().verbs if v.outcome == "killed" and v.transitive]))
    .replace("GERUNDS", alternation([v.gerund for v in lexicon().verbs if v.outcome == "killed" and v.transitive and v.gerund]))
    .replace("NUMBER_WORDS", alternation([w for w in WORD_VALUES if w != "zero"]))
)
# A figure in the present perfect ("have been killed", "has died", "has killed"), with the lexicon's verbs.
# (The tests of what stands before "has" or "have" follow its "h", as in _CLAIM: re looks for an "h" in C,
# where a pattern opening with \b is tried at every place of a sentence, four times slower.)
_PERFECT: Final = compiled.compile(
    r"h(?<!\wh)(?<!to\sh)a(?:s|ve)\s+(?:now\s+|so\s+far\s+|reportedly\s+)?(?:been\s+)?(?:VERBS)\b".replace(
        "VERBS", alternation(sorted({v.past for v in lexicon().verbs}, key=len, reverse=True))
    )
)
# What anchors a figure to one event: a noun of an attack or a disaster, a day, a clause of its time ("as"
# opening one, not the "as" of a measure: "as many as 150,000 people may have died" is still a tally).
_ANCHORED: Final = compiled.compile(
    r"\b(?:EVENTS|today|yesterday|tonight|overnight|last\s+night|this\s+(?:morning|afternoon|evening)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|when|after|hours?|murder|suicide|(?:in|during|by)\s+an?|"
    r"as(?!\s+(?:many|much|few|high|well)\b)(?<!many\sas)(?<!much\sas)(?<!\bfew\sas)(?<!high\sas)(?<!well\sas))\b".replace(
        "EVENTS", alternation(sorted(
            {*lexicon().hazards, *lexicon_data()["cumulative"]["one_events"],
             *lexicon_data()["cumulative"]["spread_events"], *lexicon().fatal_events,
             *lexicon_data()["cumulative"]["episodes"],
             "attacks", "bombings", "shootings", "crashes"},
            key=len, reverse=True,
        ))
    )
)
#: A part of a whole told right before a verb ("two of whom have died", "17 of the injured have died": of the
#: hurt told before, [identity] hurt_nouns): the whole's sentence tells one event.
_PART_BEFORE: Final = re.compile(
    r"\bof\s+(?:whom|them|those|the\s+(?:" + "|".join(sorted(lexicon().identity["hurt_nouns"])) + r"))\b"
)
#: A claim word of a party's own claim (_CLAIM's "claims", "said they killed"), not of another account than
#: the report's ("local sources", "conflicting reports")
_PARTYS_CLAIM: Final = re.compile(r"claim|sa(?:id|ys)\b|told\b")
#: The most words a claimant's name may have ("the Islamic State group in Iraq"); more is a clause.
_CLAIMANT_WORDS: Final = 7
#: People hit are of the injured's outcome, when figures are compared by outcome
_OUTCOME_OF: Final = {"hit": "injured"}
#: Qualifiers of a wounded whole that a part said to have died is taken off ("at least 155 were wounded,
#: three of whom later died" is at least 152; "as many as 72 ..., two of whom died" up to 70); a whole told roughly
#: ("about", "dozens") keeps its people hit.
_LESS_SOME_DIED: Final = frozenset(("exact", "at least", "more than", "up to"))
#: Qualifiers of a wounded figure told roughly, that an exact count of people hit told elsewhere may hold
#: (_resolve_hits: "more than 50 wounded ... 52 people had been hospitalised" is 52 wounded)
_ROUGH_WOUNDED: Final = frozenset(("at least", "more than", "about", "almost"))
#: Another account set against the report's in a clause of contrast ([context] contrasted_account_verbs):
#: "Police said 71 were killed, though rescue workers said they had counted over 100 bodies", "But residents
#: put the figure at 23"; or told to someone apart ("a deacon told the AP separately that about 800 died").
#: Its subject has no pronoun, verb of being, number (but one after "than": "counts released by more than 20
#: governments") or word of a later count ([context] accounts_not_subjects), and no rise follows in its clause.
_SET_AGAINST: Final = compiled.compile(
    r"\b(?:(?:CONTRASTS)\s+(?:(?:(?!(?:NOT)\b)[a-z'’-]+|(?<=than\s)\d[\d,]*)\s+){1,10}?(?:VERBS)\b"
    r"|told\s+(?:[\w'’.-]+\s+){1,5}?(?:APART)\b"
    # (a subject, an aside of contrast between commas, then the verb: "Villagers, however, put the number at 70")
    r"|(?<![\w'’-])(?!(?:NOT)\b)[a-z'’-]+,\s+(?:ASIDES),\s+(?:VERBS)\b)(?![^.;]*\b(?:RISES)\b)"
    .replace("CONTRASTS", alternation([w for w in lexicon_data()["context"]["contrast_clauses"] if w.isalpha()]))
    .replace("NOT", alternation([
        *lexicon_data()["context"]["accounts_not_subjects"], *(w for w in FIGURE_LAST_WORDS if w not in ("of", "number"))
    ]))
    .replace("VERBS", alternation(lexicon_data()["context"]["contrasted_account_verbs"]))
    .replace("APART", alternation(lexicon_data()["context"]["separate_telling"]))
    .replace("ASIDES", alternation(lexicon_data()["context"]["contrast_asides"]))
    .replace("RISES", alternation(lexicon_data()["context"]["accounts_not_rises"]))
)
#: The words one of which stands in any text _SET_AGAINST matches (its contrasts and its words of a telling
#: apart): a sentence without them is not searched
_SET_AGAINST_WORDS: Final = tuple(sorted({
    *(w for w in lexicon_data()["context"]["contrast_clauses"] if w.isalpha()),
    *lexicon_data()["context"]["separate_telling"],
    *lexicon_data()["context"]["contrast_asides"],
}))
#: A party told again with a saying verb where a sentence opens ([syntax] claimant_again), and an attack
#: claimed ([syntax] claimed_deeds): the first sentence tells the claimant's account when one before it claims
_CLAIMANT_AGAIN: Final = tuple(lexicon().syntax["claimant_again"])
_CLAIMED_AN_ATTACK: Final = re.compile(
    r"\bclaim(?:s|ed)\s+(?:" + alternation(lexicon().syntax["claimed_deeds"]) + r")\b"
)
#: Words of more people right after a figure or before it ("three more bodies", "another three"): people
#: besides those told before, no other account of them (Reading.told_as_more)
_MORE_AFTER: Final = re.compile(r"\s+(?:more|additional|further|other|others)\b")
_MORE_BEFORE: Final = re.compile(r"\b(?:another|further|additional)\s+$")
_ALSO: Final = re.compile(r"\balso\b")
#: Who tells what they saw, not a party to the fight ([context] witnesses): their claim is an account
_WITNESSES: Final = frozenset(lexicon_data()["context"]["witnesses"])
#: Words of a fear in a witness's figure's clause ([context] witness_fears: "were feared dead"), and the
#: saying verbs after a witness that opens the sentence ([context] contrasted_account_verbs: "Residents said")
_WITNESS_FEARS: Final = tuple(lexicon_data()["context"]["witness_fears"])
_SAYING: Final = frozenset(lexicon_data()["context"]["contrasted_account_verbs"])
#: The other side of a fight ([totals] sides): what a state's forces named bare are said to have killed
_SIDES: Final = frozenset(lexicon_data()["totals"]["sides"])
#: A label of links to other stories ([cumulative] other_story_labels) where a line opens, and the colon
#: after it if one follows: a line that opens with one and a colon, or holds one alone, or one of two
#: words or more before a capitalised headline ("Related Coverage Man shot and killed in ..."), is a link
#: (other_story_lines); so is a sentence that opens with one and a colon, mid-line too ("... on Monday.
#: Related: Man shot dead on Elm Street"), where no line opens (_links_another_story). ``^`` holds where
#: a line starts and at the start of a sentence's own text.
_OTHER_STORY_LABEL: Final = compiled.compile(
    r"(?im)^[ \t]*\W*(" + alternation([*lexicon_data()["cumulative"]["other_story_labels"],
                                           *lexicon_data()["cumulative"]["briefing_sections"]])
    + r")(?![\w-])[ \t]*(:?)"
)
#: A video's minutes and seconds before its title: "0:47 Driver shot to death on ..." ("10:42 Missile
#: strike ..." is a live blog's clock time over its post, and "10:42 a.m." a time).
_VIDEO_CLOCK: Final = compiled.compile(r"\s*\d:\d{2}\s+(?!a\.?m|p\.?m)\S")
#: Labels of other_story_labels that head a section of a long read, not a list of links ("Background"):
#: the paragraphs under one, up to the next heading, tell other events and running totals.
_SECTION_LABELS: Final = frozenset(lexicon_data()["cumulative"]["section_labels"])
#: Headings of a briefing's items below its top story ([cumulative] briefing_sections): a section's heading
#: only alone on its line.
_BRIEFING_SECTIONS: Final = frozenset(lexicon_data()["cumulative"]["briefing_sections"])
#: A heading line after an empty line: up to eight words, no closing mark of a sentence.
_HEADING_LINE: Final = re.compile(r"\n[ \t]*\n[ \t]*(?:[^\s.!?]+[ \t]+){0,7}[^\s.!?]+[ \t]*(?=\n)")
#: How many lines a label alone on its line may head.
_OTHER_STORY_LIST: Final = 8


def _links_another_story(low: str) -> bool:
    """Does the sentence ``low`` (lower-cased) open as a link to another story does: a label of
    :data:`_OTHER_STORY_LABEL` and a colon, or a video's clock (:data:`_VIDEO_CLOCK`)?"""
    if ":" not in low:
        return False  # (both forms hold a colon: most sentences are none, found without a regex)
    label = _OTHER_STORY_LABEL.match(low)
    return (label is not None and label.group(2) != "" and label.group(1) not in _BRIEFING_SECTIONS) or (
        _VIDEO_CLOCK.match(low) is not None
    )


def _line_labels(text: str, folded: bytes | None = None) -> list[re.Match[str]]:
    """``_OTHER_STORY_LABEL.finditer(text)``, ``re`` tried only where RE2 finds a label may open
    (:func:`earlier.finditer_where_it_may`; ``folded`` is ``fold(text)`` where the caller has it). A
    search tried the pattern at every place of the text (a twentieth of the reader's time on gvc-dev), a
    match at each line's start some 9,000 instructions a line (compiled)."""
    return list(finditer_where_it_may(_OTHER_STORY_LABEL, text, fold(text) if folded is None else folded))


def other_story_lines(text: str, folded: bytes | None = None) -> list[tuple[int, int]]:
    """The lines (start, end) of ``text`` that are links to other pages' stories: each line that opens
    with a label of :data:`_OTHER_STORY_LABEL`, and after a label alone on its line, the lines that follow
    it up to the first that closes as a sentence does (at most eight: "Related Coverage", then "Gaza
    death toll passes 52,000, ministry says", then "Advertisement")."""
    spans: list[tuple[int, int]] = []
    for m in _line_labels(text, folded):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        rest = text[m.end() : end].strip()
        label = m.group(1).lower()
        if not rest and (label in _SECTION_LABELS or label in _BRIEFING_SECTIONS):
            # "Background" alone on its line heads a section; so does a briefing's "ALSO IN THE NEWS"
            spans.append((m.start(), _section_end(text, end)))
        elif label in _BRIEFING_SECTIONS:
            continue  # ("In brief: three killed in ..." may sum up the report's own event)
        elif not rest:  # a label alone on its line heads the headlines under it
            spans.append((m.start(), end))
            spans.extend(_headlines_after(text, end))
        elif m.group(2) or (" " in m.group(1) and rest[0].isupper()):
            spans.append((m.start(), end))  # "Related: ...", "Related Coverage Man shot and killed in ..."
    return spans


def _section_end(text: str, pos: int) -> int:
    """Where the section a heading at ``pos`` opens ends: at the next line that is a heading (a short line
    that does not close as a sentence does, after an empty line), else at the text's end."""
    m = _HEADING_LINE.search(text, pos)
    return len(text) if m is None else m.start() + 1


def _headlines_after(text: str, pos: int) -> list[tuple[int, int]]:
    """The non-empty lines after ``pos`` up to the first that closes as a sentence does, at most
    :data:`_OTHER_STORY_LIST` of them."""
    spans: list[tuple[int, int]] = []
    nxt = pos
    for _ in range(_OTHER_STORY_LIST):
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if nxt >= len(text):
            break
        stop = text.find("\n", nxt)
        stop = len(text) if stop < 0 else stop
        line = text[nxt:stop].rstrip()
        if line[-1:] in (".", "!", "?"):
            break
        spans.append((nxt, nxt + len(line)))
        nxt = stop
    return spans


#: A sentence that cites a named source in the present tense, as a note cites another account than its
#: own: "The Star reports 4 dead", "Shabelle Media Network reports nine officers dead" (not "Police said")
_CITED: Final = re.compile(
    r"\s*(?:The\s+)?(?:[A-Z][\w&.-]*\s+){1,4}(?:reports|records)\b"
    r"(?!\s+(?:say|says|said|show|showed|shows|suggest|suggests|suggested|indicate|indicates|indicated)\b)"  # nouns
)
#: The participles of _UNCONFIRMED, one of which each of its forms ends with ("unconfirmed" too), and the
#: word that ends its form of an untold share ("did not say how many"): where none stands in a window, it
#: holds no match, told without the pattern (substring tests).
_CONFIRMED: Final = ("confirmed", "verified", "many")
#: Words that say a figure is not confirmed ([context] hedges has them among others), or that its share of
#: the event is not told ("its morgues had received over 500 bodies but did not say how many were linked to
#: the heat"). (Each form's test of what stands before it follows its first letter, as in _CLAIM: re looks
#: for a "u", an "n" or a "d" in C.)
_UNCONFIRMED: Final = compiled.compile(
    r"(?:u(?<!\wu)nconfirmed|n(?<!\wn)ot\s+(?:yet\s+)?(?:been\s+|be\s+)?(?:independently\s+)?(?:confirmed|verified)"
    r"|d(?<!\wd)(?:id\s+not|idn['’]t)\s+(?:say|specify|give)\s+how\s+many)\b"
)
#: How far after a figure a word of _UNCONFIRMED may stand in its clause ("more than 200 people have been
#: killed in the strikes in total, a figure that has not been verified": the figure's own appositive)
_UNCONFIRMED_AFTER: Final = 100
#: Words, to read the first of a sentence (called_unconfirmed_after)
_WORDS: Final = re.compile(r"[a-z]+")
_INDEFINITE: Final = compiled.compile(r"(?:an?|another|one\s+other)\s|a\s+(?:second|third|fourth|fifth)\b", re.I)
_WHO_AFTER: Final = compiled.compile(r"\s*,?\s*(?:who|that)\b")
#: A count and "of them" or "of those", not of the dead: a part of the group told before
_OF_THEM: Final = compiled.compile(r"[\w-]+(?:\s+[\w-]+)?\s+of\s+(?:them|those)\b(?!\s+(?:killed|dead|who\s+died))", re.I)
_NEW_PERSON: Final = compiled.compile(r"(?:an?|another)\s", re.I)
_OTHER_ONE: Final = compiled.compile(r"the\s+other\s", re.I)
_ANOTHER: Final = compiled.compile(r"(?:another|one\s+other|a\s+(?:second|third|fourth|fifth|sixth))\b", re.I)
_IDENTITY: Final = lexicon().identity
_NTH_VICTIM_BEFORE: Final = compiled.compile(
    r"\b(?:a|an|the)\s+(?:second|third|fourth|fifth|sixth|other|2nd|3rd|4th|5th)\s+(?:victim|person|man|woman|"
    r"passenger|occupant)\s*,\s*(?:(?:a|an)\s+)?$",
    re.I,
)
#: Nouns that may name anyone, so tell no two people apart ("the victim" may be "the man"): [identity]
#: anyone and anyone_among_the_dead
_ANYONE: Final = _IDENTITY["anyone"] | _IDENTITY["anyone_among_the_dead"]
#: Nouns of plain people and their plurals ("two men"), which name no role
_PLAIN: Final = PLAIN_KINDS | {"others", "people"}
#: Words right before a count of people hit that put them on top of those told before ([totals] additive,
#: with "a" or "an", and "another"): "A further 109 persons received injuries" after 25 dead are 109 injured.
_ON_TOP: Final = (
    *(f"{article} {word} " for word in lexicon_data()["totals"]["additive"] for article in ("a", "an")),
    "another ",
)
#: Words of people in care, alive when told ([syntax] in_care)
_IN_CARE: Final = lexicon().syntax["in_care"]
#: A time long ago in a lead ("two months ago", "years ago"), or an event dated by an earlier week or month
#: ("the toll from last week's explosion rose to 171"): its event is an earlier one (set_dated_apart)
_AGO: Final = re.compile(r"\b(?:(?:weeks|months|years|a week|a month|a year) ago|last (?:week|month)['’]s)\b")
#: A sentence that opens on a calendar day with its year, after at most a fronted place and its comma ("On 3
#: May 2004,", "At Odek, on 29 April 2004,", "On April 29, 2004,"): the opening, up to the year
_OPENS_ON_A_DAY: Final = compiled.compile(
    r"(?:(?:At|In|Near)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s+)?[Oo]n\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,)\s+(?:19|20)\d\d\b"
)
#: A storm told by its title and its name ([cumulative] storm_titles, no_storm_names): "Cyclone Idai"
_STORM_NAME: Final = compiled.compile(
    r"\b(?:" + alternation(lexicon_data()["cumulative"]["storm_titles"]) + r")\s+([A-Z][a-z]+)\b"
)
_NO_STORM_NAMES: Final = frozenset(lexicon_data()["cumulative"]["no_storm_names"])
_STORM_TITLES: Final[tuple[str, ...]] = tuple(lexicon_data()["cumulative"]["storm_titles"])
#: How many days before the report's day a count's own calendar day dates another event (set_dated_apart)
_DAYS_APART: Final = 5
#: ... and at most how many: a day told with no year that resolves further back is most often a later day of
#: the report's own year read into the year before ("wounded on June 3 ... later died on 25 June")
_DAYS_WITHIN: Final = 183
#: Words of people admitted and kept in care ([syntax] admitted), and where the clause that may tell them so
#: ends ([syntax] admitted_clause_ends)
_ADMITTED: Final = lexicon().syntax["admitted"]
_ADMITTED_CLAUSE_ENDS: Final = lexicon().syntax["admitted_clause_ends"]
#: The share of people an aside tells the hurt of ([identity] most_of_them: "some with serious injuries")
_MOST_OF_THEM: Final = frozenset(lexicon_data()["identity"]["most_of_them"])
_TREATING: Final = frozenset(lexicon().syntax["treating"])
_TREATING_NOW: Final = frozenset(lexicon().syntax["treating_now"])
_CARRIED_TO_CARE: Final = lexicon().syntax["carried_to_care"]
_RESCUED_TO_CARE: Final = lexicon().syntax["rescued_to_care"]
#: Verbs that end the count's noun phrase ("150 people were ...": no hurt of theirs told right after them):
#: the auxiliaries of [totals] aux, and "been", "being"
_AUX_VERBS: Final = frozenset([*lexicon_data()["totals"]["aux"], "been", "being"])
#: Pronouns a mention's victims may be: someone told before
_PRONOUNS: Final = _IDENTITY["one_pronouns"] | _IDENTITY["many_pronouns"]
#: Nouns of attackers ([identity] attackers): a dead attacker is none of the people they shot
_ATTACKERS: Final = _IDENTITY["attackers"]
#: Kin of someone told before, several of them, by a possessive before their count: "his two brothers"
#: ([identity] kin_owners; the plurals of [identity] kin are the victims' nouns)
_KIN_OWNER_BEFORE: Final = compiled.compile(r"\b" + alternation(_IDENTITY["kin_owners"]) + r"\s+$", re.I)
_KIN_PLURALS: Final = frozenset({k + "s" for k in _IDENTITY["kin"]} | {"children", "grandchildren"})
#: A natural hazard's noun and a relative clause whose verb comes right before a count: "the March 28
#: earthquake, which killed " ([totals] natural_hazards)
_RELATIVES: Final = ("which", "that")
_RELATIVE_VERBS: Final = ("killed", "left", "claimed")
_HAZARD_RELATIVE: Final = compiled.compile(
    r"\b(?P<hazard>" + alternation(sorted(lexicon_data()["totals"]["natural_hazards"])) + r"),?\s+(?:"
    + "|".join(_RELATIVES) + r")\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(_RELATIVE_VERBS) + r")\s+(?:[\w-]+\s+){0,2}?$",
    re.I,
)
#: The last word of each hazard's noun of _HAZARD_RELATIVE, lower-cased (_may_tell_a_hazard_relative)
_HAZARD_ENDS: Final = tuple(sorted({h.split()[-1].lower() for h in lexicon_data()["totals"]["natural_hazards"]}))
#: A report that says its own count is unknown: "fatalities are coded as unknown", "the death toll remains
#: unknown" ([syntax] unknown_counts; lower-cased text)
_COUNT_UNKNOWN: Final = compiled.compile(
    r"\b(?:" + alternation(sorted(lexicon().syntax["unknown_counts"])) + r")\s+(?:(?:is|are|was|were|remains?|remained)\s+)?"
    r"(?:(?:coded|recorded|listed|given)\s+as\s+)?(?:still\s+)?unknown\b"
)
#: An event note's share of deaths split across events: "(300 coded to each day)", "150 of the reported 300
#: coded here" ([syntax] coded_shares)
_CODED_SHARE: Final = compiled.compile(
    r"(?<![\w,.])(?P<n>\d[\d,]*)\s+(?:of\s+(?:the\s+)?(?:reported\s+|total\s+)?\d[\d,]*\s+)?"
    r"(?:(?:fatalities|deaths|killed)\s+)?(?:(?:are|were|is)\s+)?(?:"
    + "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(lexicon().syntax["coded_shares"])) + r")\b",
    re.I,
)
#: A count's later figure in a parenthesis right after it: "five (later determined to be seven)" ([syntax]
#: aside_revisions, aside_revision_adverbs)
_ASIDE_REVISION: Final = compiled.compile(
    r"\s*\(\s*(?:(?:" + "|".join(map(re.escape, sorted(lexicon().syntax["aside_revision_adverbs"]))) + r")\s+)?(?:"
    + "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(lexicon().syntax["aside_revisions"]))
    + r")\s+(?P<n>" + FIGURE + r")\s*\)",
    re.I | re.X,
)
#: The share of each of several events a note codes: "Two events coded at two villages, with 1 fatality each"
#: ([syntax] coded_each; "coded" or "recorded" before it in its sentence)
_CODED_EACH: Final = compiled.compile(
    r"\b(?:coded|recorded)\b[^.;]{0,120}?(?<![\w,.])(?P<n>\d[\d,]*|" + alternation(sorted(WORD_VALUES)) + r")\s+(?:"
    + "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(lexicon().syntax["coded_each"])) + r")\b",
    re.I,
)
#: The end of an event note's field of the dead and its labels, before its figure: "FATALITIES: BBC estimate "
#: ([syntax] fatality_fields)
_FATALITY_FIELD: Final = compiled.compile(
    r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(lexicon().syntax["fatality_fields"]))
    + r")\s*:\s*(?:[A-Za-z]+\s+){0,3}$",
    re.I,
)
#: A span of some days after such a figure: "over two days", "in 3 days" ([syntax] fatality_field_spans)
_FIELD_SPAN: Final = compiled.compile(
    r"[^.;]{0,60}?\b(?:over|in|during|across)\s+(?:the\s+)?(?:\d+|" + alternation(sorted(WORD_VALUES))
    + r"|several|a\s+few)\s+(?:" + alternation(sorted(lexicon().syntax["fatality_field_spans"])) + r")\b",
    re.I,
)
#: The rest of a count's dead coded as other events: "(other fatalities coded elsewhere)" ([syntax] coded_others,
#: coded_apart)
_CODED_OTHERS: Final = compiled.compile(
    r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(lexicon().syntax["coded_others"]))
    + r")\s+(?:(?:are|were|is|was)\s+)?(?:"
    + "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(lexicon_data()["coded_apart"])) + r")\b",
    re.I,
)
#: The last word of each noun of _CODED_OTHERS: a report holds one where it may match ("fatalities", "rest")
_CODED_OTHERS_ENDS: Final = tuple(sorted({w.split()[-1] for w in lexicon().syntax["coded_others"]}))
#: The figure an event note codes: "Fatalities coded as 300" ([syntax] coded_as)
_CODED_AS: Final = compiled.compile(
    r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(lexicon().syntax["coded_as"]))
    + r")\s+(?P<n>\d[\d,]*)\b",
    re.I,
)
#: The first words of a sentence about someone told before: "The victim", "He"
_TOLD_BEFORE: Final = lexicon().syntax["definite"] | lexicon().syntax["one_person_pronouns"] | {"they"}


def _may_tell_a_hazard_relative(part: str) -> bool:
    """May _HAZARD_RELATIVE match at the end of ``part``, a window of text? Each match holds a relative
    word and a verb of the pattern's, and each of its parts is a word between spaces: a word that ends with
    a hazard's noun ("earthquake", "(earthquake"), a comma after it or not; a relative word; up to two
    words; its verb; up to two words, then the window's end. So a relative word is one of the last six
    words but the last, and the word before it ends with a hazard's noun. Words of ASCII letters: in text
    without the four characters beyond ASCII that re.I matches with one (prefilter.CASED_AS_ASCII), the
    lower-cased text tells where they stand; with one, the pattern decides."""
    if not part.isascii() and any(c in part for c in CASED_AS_ASCII):
        return True
    low = part.lower()
    if not (any(w in low for w in _RELATIVES) and any(w in low for w in _RELATIVE_VERBS)):
        return False
    words = low.split()
    n = len(words)
    return any(
        words[j] in _RELATIVES and words[j - 1].removesuffix(",").endswith(_HAZARD_ENDS)
        for j in range(max(1, n - 6), n - 1)
    )


def _tells_apart(noun: str | None) -> bool:
    """Is a victim's noun one that tells two people apart ("driver" and "passenger"), not an age or anyone?"""
    return noun is not None and noun.isalpha() and noun not in _ANYONE


def _role(noun: str | None) -> str | None:
    """The role a victim's noun names, in the singular ("drivers": driver), when it is one that tells people
    apart and no kin ("his brothers" may be the boy who died); else None."""
    if noun is None or noun in ANY_PEOPLE or noun in _PLAIN:
        return None  # "four people", "two men": anyone
    noun = noun.rsplit(" ", 1)[-1]  # "police officers": the head, officer
    one = noun[:-1] if noun.endswith("s") and noun not in lexicon().singular else noun
    return one if _tells_apart(one) and lexicon().is_person(one) and one not in _IDENTITY["kin"] else None


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
    #: ... from one told beside the report's own ("In a separate attack, ..."): that event's toll
    separate: bool = False
    #: a party's claim beside the report's own figure ("Al Shabaab claims 15 fatalities"): kept, not counted
    claimed: bool = False
    #: a crime someone is said to have done ("the victim was suspected of killing two officers")
    alleged: bool = False
    #: a forecast of what a toll may become ("the toll could rise to 10,000"): kept, not counted
    projected: bool = False
    #: people hit told as admitted to care ("Four passengers were hospitalised"): alive when told
    admitted: bool = False

    # (Written out, as readers.Reading's: compiled, a dataclass's generated __init__ stays Python, ~7,000
    # instructions a mention)
    def __init__(
        self, kind: Kind, figure: Figure, start: int, end: int, sentence: int, victims: str | None = None,
        revision: Revision | None = None, derivation: str | None = None, breakdown: list[Breakdown] | None = None,
        who: str | None = None, stated_injured: bool = False, also: bool = False, other_event: bool = False,
        separate: bool = False, claimed: bool = False, alleged: bool = False, projected: bool = False,
        admitted: bool = False,
    ) -> None:
        self.kind = kind
        self.figure = figure
        self.start = start
        self.end = end
        self.sentence = sentence
        self.victims = victims
        self.revision = revision
        self.derivation = derivation
        self.breakdown = [] if breakdown is None else breakdown
        self.who = who
        self.stated_injured = stated_injured
        self.also = also
        self.other_event = other_event
        self.separate = separate
        self.claimed = claimed
        self.alleged = alleged
        self.projected = projected
        self.admitted = admitted


@dataclass(slots=True)
class _RunningTotal:
    """Where a sentence gives a running total. ``whole``: all of it (a round-up's headline, a link to
    another story). Else the offsets of its cue words (``cues``: "since October 7", "this year") and of
    the clauses of a total (``bounds``): a cue speaks for its own clause and those after it, so in
    "Airstrikes killed 27 people overnight, bringing the toll since October 7 to 34,183" the 34,183 is a
    running total and the 27 the night's toll."""

    whole: bool
    cues: tuple[int, ...] = ()
    bounds: tuple[int, ...] = ()
    #: cues of a comparison ("the deadliest attack since 2014, when a bombing killed 96"), each with the
    #: end of the comparison (start, end): they speak only for the figures after them up to its end, those
    #: of the event compared with ("the deadliest attack this year, with 52 killed" tells its own 52)
    compared: tuple[tuple[int, int], ...] = ()
    #: relative clauses between commas (start, end): a cue inside one speaks for it only
    asides: tuple[tuple[int, int], ...] = ()

    # (Written out, as _Mention's, and not frozen: a frozen dataclass's __init__ sets each field through
    # object.__setattr__, ~7,000 instructions a sentence compiled. Never changed once made all the same.)
    def __init__(
        self, whole: bool, cues: tuple[int, ...] = (), bounds: tuple[int, ...] = (),
        compared: tuple[tuple[int, int], ...] = (), asides: tuple[tuple[int, int], ...] = (),
    ) -> None:
        self.whole = whole
        self.cues = cues
        self.bounds = bounds
        self.compared = compared
        self.asides = asides

    def at(self, pos: int) -> bool:
        if self.whole:
            return True
        clause = bisect_right(self.bounds, pos)
        return any(
            bisect_right(self.bounds, c) <= clause and all(a <= pos < b for a, b in self.asides if a <= c < b)
            for c in self.cues
        ) or any(c < pos < e for c, e in self.compared)


#: A sentence's context, as every statement of it gives it: hedge, attribution, where it gives a running
#: total, event date.
_Context = tuple[str | None, C.Attribution | None, _RunningTotal, date | None]


def _one(start: int, end: int, sentence: int, kind: Kind, victims: str | None) -> _Mention:
    # One person said to be injured may be the one who died later in the report: read as *hit*.
    if kind == "injured":
        m = _Mention("hit", Figure.exact(1), start, end, sentence, victims)
        m.stated_injured = True
        return m
    return _Mention(kind, Figure.exact(1), start, end, sentence, victims)


def _yield_to_own(
    mentions: list[_Mention], flagged: list[bool], as_total: bool = False, across: list[bool] | None = None
) -> list[_Mention]:
    """The mentions, those ``flagged`` (another party's claim, an unconfirmed or cited figure) made
    ``claimed`` where the report gives an unflagged figure of their own outcome (those ``across`` too: of
    any outcome): kept on record, never counted. Alone, a flagged figure is the only one told and counts.
    ``as_total``: the flagged are made another event's (a running total) instead of a claim."""
    told = [m for m, f in zip(mentions, flagged, strict=True) if not f and not m.claimed and not m.other_event]
    own = {_OUTCOME_OF.get(m.kind, m.kind) for m in told if m.figure.best}
    # a party's claim yields to the report's own account of nobody hurt too ("No casualties were reported.
    # The Taliban claimed 8 policemen killed"); a witness's and a cited figure do not
    none = across is not None and any(m.figure.best == 0 for m in told)
    yields = [f and (
        (bool(own) and (_OUTCOME_OF.get(m.kind, m.kind) in own or (across is not None and across[i])))
        or (none and across is not None and across[i])
    ) for i, (m, f) in enumerate(zip(mentions, flagged, strict=True))]
    return [
        (replace(m, other_event=True) if as_total else replace(m, claimed=True)) if y else m
        for m, y in zip(mentions, yields, strict=True)
    ]


def _rival_counts(mentions: list[_Mention], claimed: list[bool], against: list[bool]) -> list[bool]:
    """Which of the accounts ``against`` the report's (Reading.set_against) are rival counts: larger than a
    figure of their outcome the report gives itself, unclaimed. The least of a disputed toll counts, as
    ACLED codes it: a smaller account is the one that counts ("Villagers said 30 were killed, whereas the
    governor said 18 had died", compared in its sentence by _least_of_sources; "The mayor had earlier given
    a figure of 64 dead, but the coroner said 51 people died")."""
    own = [m for m, c, a in zip(mentions, claimed, against, strict=True)
           if not c and not a and not m.claimed and not m.other_event and m.figure.best is not None]
    return [
        a and m.figure.best is not None and any(
            _OUTCOME_OF.get(o.kind, o.kind) == _OUTCOME_OF.get(m.kind, m.kind) and (o.figure.best or 0) < m.figure.best
            for o in own
        )
        for m, a in zip(mentions, against, strict=True)
    ]


def _least_of_sources(statements: list[Statement]) -> list[Statement]:
    """ "12 soldiers were killed according to a local source, while the army reported 7": where one
    sentence gives figures of an outcome from two named sources, the least is the report's figure (as
    ACLED codes a toll its sources dispute) and the others are claims, kept on record, never counted."""
    told: dict[tuple[str, str], list[Statement]] = {}
    for st in statements:
        if st.scope == "incident" and st.best is not None and st.attribution:
            told.setdefault((st.quote, st.outcome), []).append(st)
    higher: set[int] = set()
    for group in told.values():
        # a source's count of a part another gives apart ("51 people, including 40 children, according to
        # the ministry; the ICRC said a hospital had received the bodies of 29 children"): no other toll
        group = [st for st in group if not _count_of_a_part(st, group)]
        if len({st.attribution.lower() for st in group if st.attribution}) > 1:
            least = min(st.best for st in group if st.best is not None)
            higher.update(id(st) for st in group if st.best is not None and st.best > least)
    return [replace(st, scope="claimed") if id(st) in higher else st for st in statements]


def _range_ends_told(statements: list[Statement]) -> list[Statement]:
    """ "Between 4 and 9 civilians were reported killed ... The Syrian Network for Human Rights put the toll at
    9": a named source's figure told after a range of its outcome, equal to the range's top, is the source
    that range's top came from, no later toll: a claim, kept on record, never counted (the range's lowest is
    the report's figure, ACLED's and Airwars' convention). A revision ("rose to 9") stays the toll."""
    tops = [(st.end, st.outcome, st.high) for st in statements
            if st.scope == "incident" and st.qualifier == "range" and st.high is not None]
    if not tops:
        return statements
    return [
        replace(st, scope="claimed") if st.scope == "incident" and st.attribution and st.revision is None
        and st.qualifier != "range" and any(
            end <= st.start and outcome == st.outcome and high == st.best for end, outcome, high in tops
        ) else st
        for st in statements
    ]


def _fields_own(text: str, statements: list[Statement]) -> list[Statement]:
    """ "AFRICOM said the strike killed 5 al-Shabaab militants. ... Civilians reported killed: 2": a record's
    labelled field of an outcome (:func:`totals.field_label`) is the record's own figure, as a coder gives
    it; a figure of that outcome a named source gives in the record's prose is that source's account: a
    claim, kept on record, never counted (as a claim yields to the report's own). A revision stays a toll."""
    fields = {st.outcome for st in statements if st.scope == "incident" and st.best is not None
              and field_label(text, st.start) is not None}
    if not fields:
        return statements
    return [
        replace(st, scope="claimed") if st.scope == "incident" and st.outcome in fields and st.attribution
        and st.revision is None and field_label(text, st.start) is None else st
        for st in statements
    ]


def _count_of_a_part(st: Statement, group: list[Statement]) -> bool:
    """Is ``st`` a count of the people another source's figure in ``group`` names as its part, no more than
    that part ("29 children" beside "51 people, including 40 children")?"""
    return st.victims is not None and st.best is not None and any(
        other.attribution != st.attribution and any(
            b.group == st.victims and b.best is not None and st.best <= b.best for b in other.breakdown
        )
        for other in group
    )


#: A sentence whose subject is a natural hazard ([totals] natural_hazards) that killed: "The quake killed 3,700"
_HAZARD_SUBJECT: Final = compiled.compile(
    r"(?:the|a|an|that|this)\s+(?:[\w-]+\s+){0,2}?(?:" + alternation(lexicon_data()["totals"]["natural_hazards"])
    + r")\s+(?:(?:has|had|have)\s+)?(?:killed|left|claimed)\b"
)
#: Nouns of one battle fought over days, in small letters ([cumulative] battles).
_BATTLES: Final = frozenset(lexicon_data()["cumulative"]["battles"])
#: Nouns of fighting or of an outbreak that, as the subject of a present perfect, tell what it has done over its
#: span ([cumulative] battles and episodes: "The fighting has killed more than 2,000 people")
_FIGHTS: Final = frozenset([*lexicon_data()["cumulative"]["battles"], *lexicon_data()["cumulative"]["episodes"]])


def _a_fights_tally(lowered_text: str, anchor: re.Match[str], perfect: int) -> bool:
    """Is ``anchor`` (an _ANCHORED match) a noun of fighting or an outbreak right before the sentence's
    present perfect, or an aside before it ("the fighting has killed", "the violence, which began in May, has
    killed")? It anchors the figure to no one
    event: the toll is what the fighting has done so far, a tally, unless a day or a clause of its time in
    the sentence anchors it ("Fighting in and around Goma has killed 773 people since Sunday")."""
    if anchor.group() not in _FIGHTS or anchor.end() > perfect:
        return False
    between = lowered_text[anchor.end() : perfect].strip()
    # (or past an aside: "The fighting, which began in April 2019, has killed ...")
    return not between or (between[0] == "," and between[-1] == "," and len(between) < 80)


def _names_a_battle(toks: Sequence[Token]) -> bool:
    """Is a word of ``toks`` (a sentence's) a battle's ([cumulative] battles: "fighting", "clashes")? In
    small letters, or capitalised as the sentence's first word or after a dateline's dash ("GOMA -
    Fighting in and around Goma ...")."""
    return any(
        t.low in _BATTLES and (t.text.islower() or k == 0 or toks[k - 1].low in ("-", "—", "–"))
        for k, t in enumerate(toks)
    )


def _a_battles_report(text: str, at: int, toks: Sequence[Token]) -> bool:
    """Is the sentence at ``at`` (of tokens ``toks``) in a report of its battle: its headline or lead sentence
    (:func:`sentences.headline_and_lead_end`), after ones that name a battle ([cumulative] battles), or a
    battle told in no place the lead does not name? "Israeli jets struck the ministry in Damascus ... Three
    people were killed. Fighting in Sweida province has killed more than 300 people since Sunday": a fight in
    another place, told after a lead of another event, is a running total beside it, not the report's own
    ("Rockets hit a police academy, killing 17 cadets. The fighting has killed 60 people since Friday" is)."""
    lead = headline_and_lead_end(text)
    if at < lead:
        return True
    told = _lead_without_headline_as(text, lead)
    if _BATTLE_IN_LEAD.search(told) is not None:
        return True
    places = [
        toks[k + 1].text for k, t in enumerate(toks[:-1])
        if k > 0 and t.low in _PLACE_PREPOSITIONS and toks[k + 1].text[:1].isupper()
    ]
    return not places or any(re.search(r"\b" + re.escape(p) + r"\b", told) for p in places)


def _lead_without_headline_as(text: str, lead: int) -> str:
    """The headline and lead sentence (``text[:lead]``) less a headline line's clause of "as" ("Israel strikes
    Damascus as Sweida fighting rages"): the clause names what goes on beside the report's event, so a battle
    named only there makes no report of the battle (sentences.lead_end ends a headline's line)."""
    head = lead_end(text)
    if head >= lead or text[head - 1 : head] != "\n":
        return text[:lead]
    joint = P.HEADLINE_AS_RE.search(text, 0, head)
    return text[:lead] if joint is None else text[: joint.start()] + " " + text[head:lead]


#: Words before a place's name in a battle's sentence: "Fighting in Sweida province", "clashes around Goma".
_PLACE_PREPOSITIONS: Final = frozenset(["in", "around", "near"])


#: A battle's noun ([cumulative] battles), any case.
_BATTLE_IN_LEAD: Final = re.compile(r"\b(?:" + alternation(sorted(_BATTLES)) + r")\b", re.I)


#: What a count of days is of, right after it, when it is one fight's ([cumulative] battles and
#: spread_events): "in three days of attacks on villages", "over four days of shelling".
_DAYS_OF_A_FIGHT: Final = re.compile(
    r"\s+of\s+(?:[a-z-]+\s+)?(?:" + alternation([*lexicon_data()["cumulative"]["battles"], *lexicon_data()["cumulative"]["spread_events"]]) + r")\b"
)


#: One-word nouns of an event, of one or of many ([cumulative] one_events, battles, spread_events, wars, campaigns)
_EVENT_WORDS: Final = frozenset(
    w for table in ("one_events", "battles", "spread_events", "wars", "campaigns")
    for w in lexicon_data()["cumulative"][table] if " " not in w
)
#: An event of armed forces told back by "in the" or "during the" and its noun ([cumulative] operations, battles,
#: spread_events, wars, campaigns): "were killed in the operation" (the noun is the group). Not one_events: "A
#: second teenager suffered a wound in the shooting" after a lead that a span made a total is the lead's shooting.
#: (searched from its "the", a literal re finds fast, by :func:`_the_event_told_back_at`: the whole pattern
#: opens with no literal, so re tried it at every character of a report, 2% of all instructions on gvc-dev)
_THE_EVENT_TOLD_BACK: Final = re.compile(
    r"the\s+(" + alternation(sorted(
        w for table in ("operations", "battles", "spread_events", "wars", "campaigns")
        for w in lexicon_data()["cumulative"][table] if " " not in w
    )) + r")\b"
)
#: "last week" or "last month" in any case (a lead that dates its own event so: :data:`patterns.CUMULATIVE_RE`'s
#: ``last_span``)
_LAST_SPAN: Final = re.compile(r"\blast\s+(?:week|month)\b", re.I)
#: The one-word places of care of the lexicon's ``hospitals`` ("hospitals", "clinics").
_HOSPITAL_WORDS: Final = frozenset(w for w in lexicon_data()["hospitals"] if " " not in w)
#: Verbs of a rescue whose "since" a weekday is its event's own span ([syntax] rescue_spans).
_RESCUE_SPANS: Final = frozenset(lexicon_data()["syntax"]["rescue_spans"])
#: A day's tally of a natural hazard's mishaps ([cumulative] hazard_day_tallies, last_day): "died in
#: flood-related incidents in the last 24 hours".
_HAZARD_DAY_TALLIES: Final = frozenset(lexicon_data()["cumulative"]["hazard_day_tallies"])
#: ... its hazard told in the phrase itself: "flood-related", "rain-related" ([totals] natural_hazards)
_HAZARD_BEFORE: Final = re.compile(
    r"\b(?:" + alternation(lexicon_data()["totals"]["natural_hazards"]) + r")-$"
)
_LAST_DAY: Final = re.compile(
    r"\b(?:in|during|over|within)\s+the\s+(?:" + alternation(lexicon_data()["cumulative"]["last_day"]) + r")\b"
)
#: A year after a date: "between 1 and 7 March 2025".
_YEAR_AFTER: Final = re.compile(r",?\s+(?:19|20)\d\d\b")
#: A running total's cue that is a year alone, a month and its year, or an event named by its year ("in
#: 2008", "in July 2008", "the 2008 bombings"), and the words of a court's verdict ([cumulative] verdicts)
_A_YEARS_CUE: Final = re.compile(
    r"(?:in\s+)?(?:(?:the|a)\s+)?(?:(?:" + alternation([m.lower() for m in calendar.month_name[1:]])
    + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+)?(?:19|20)\d\d\b.*", re.S
)
_VERDICTS: Final = tuple(lexicon_data()["cumulative"]["verdicts"])
_VERDICT: Final = re.compile(r"\b(?:" + alternation(list(_VERDICTS)) + r")\b")


#: A war or a campaign named in a sentence ([cumulative] wars, campaigns): the span a "have since been
#: killed" in the sentence after it counts from
_WAR_WORDS: Final = compiled.compile(
    r"\b(?:" + alternation([*lexicon_data()["cumulative"]["wars"], *lexicon_data()["cumulative"]["campaigns"]]) + r")\b"
)
#: A headline that gives a party's saying: "Army says 47 militants killed", "Rebels claim 30 soldiers dead"
_HEADLINE_SAYS: Final = re.compile(r"\b(?:says|said|claims|claimed)\b", re.I)
#: The least figure a headline and its body are taken to tell alike when both give it.
_TOLD_AGAIN: Final = 20


class _Reader:
    """Reads one document. Keeps the per-sentence context it computes so each is computed once."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        #: the text lower-cased, same offsets: most patterns run case-sensitive on it, which is faster
        self.lowered = lowered(doc.text)
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
        #: the report pre-filter's answer (P.report_prefilter), when first asked
        self._report_maybe: Sequence[int] | None = None
        #: the sentences (by start) that say a toll moved, with what they say (context.py)
        self.revision_cues: dict[int, C.RevisionCue] = {}
        #: where a sentence (by start) gives a figure it disputes: the other side's, never its claim
        self.denied: dict[int, list[tuple[int, int]]] = {}
        #: the event date each headline gives (statements() reads one document's, one publication date)
        self.headline_dates: dict[str, date | None] = {}
        #: each sentence's context (statements()), by start
        self.contexts: dict[int, _Context] = {}
        #: the tokens of each sentence read (by start): its context is read from them, not tokenised again
        self.tokens: dict[int, list[Token]] = {}
        #: whether the sentence after each asked about (by start) calls its figures unconfirmed
        self.unconfirmed_after: dict[int, bool] = {}
        #: where each sentence asked about (by start) names a claim (_CLAIM), or None: asked once a sentence
        self.claims: dict[int, re.Match[str] | None] = {}
        self.against: dict[int, int] = {}
        #: whether a denial may open in each sentence asked about (by start), and whether one does
        self.may_deny: dict[int, bool] = {}
        self.denials: dict[int, bool] = {}
        #: whether each sentence asked about (by start) says someone is alive
        self.survived: dict[int, bool] = {}
        #: the lines of links to other pages' stories ("RELATED: ...", a "Related Coverage" list)
        self.other_stories = other_story_lines(self.text, self.folded()) if self.may_hold(P.OTHER_STORIES) else []

    def folded(self) -> bytes:
        """The text as RE2's pre-filters read it: ASCII, one byte a character (prefilter.fold)."""
        if self._folded is None:
            self._folded = fold(self.text)
        return self._folded

    def may_hold(self, *searched: int) -> bool:
        """May one of the patterns of :func:`~casualty_cli.extraction.patterns.report_prefilter` (by index)
        match somewhere in the report? One RE2 pass over the report's fold answers for all, when first asked."""
        if self._report_maybe is None:
            self._report_maybe = P.report_prefilter().Match(self.folded()) or ()
        return any(n in self._report_maybe for n in searched)

    def maybe(self, sent: Sentence) -> Sequence[int]:
        """The patterns of :func:`~casualty_cli.extraction.patterns.context_prefilter` that may match the
        sentence (SURVIVED, DATE, CUE, CLAIM): one RE2 pass a sentence, when first asked."""
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
        if m.kind == "hit" and (m.figure.best or 0) > 1 and self.part_of_the_living(m):
            m.kind = "injured"  # "192 people were rescued alive. Twenty-three of them were taken to hospitals"
        if m.kind == "hit" and m.figure.best == 1 and self.is_someone_else(m):
            m.kind = "injured"
        if m.kind == "hit" and self.after_the_dead(m):
            m.kind = "injured"  # "14 people lost their lives and 30 sustained injuries": others than the dead
        if m.kind == "hit" and self.kin_of_the_dead(m):
            m.kind = "injured"  # "A man was killed. His two brothers sustained injuries": not the man
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

    def kin_of_the_dead(self, m: _Mention) -> bool:
        """Are several people hit told as the kin of someone by a possessive ("his two brothers", "her three
        children") that open their sentence, after a sentence that told the dead? Someone's brothers are others than that someone, so
        none of them is one of the dead told before. (One kinsman, "his father was wounded", may be the one
        who died later: tried, it cost more than it won; kin told before the dead, "His two sons were shot.
        One died", are the dead's own whole.)"""
        if m.figure.best is None or m.figure.best < 2 or m.victims not in _KIN_PLURALS:
            return False
        owner = _KIN_OWNER_BEFORE.search(self.text, max(0, m.start - 8), m.start)
        if owner is None or owner.start() != self.sentences[m.sentence].start:
            return False  # (kin that open their sentence, whose owner is the one told before: not "shot his two daughters")
        return any(x.kind == "killed" and x.sentence != m.sentence and x.end <= m.start for x in self.mentions)

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
        if search_within(_NTH_VICTIM_BEFORE, text, self.folded(), max(0, m.start - 40), m.start) and not self.died_after(m):
            return True  # "The second victim, a female, was still hospitalized"
        if self.says_survived(m):
            return True
        # "the boy was killed, and his father was critically injured": kin of the dead, beside them
        return P.KIN_OF.match(text, m.start) is not None and any(
            k.kind == "killed" and k.start != m.start for k in self.in_sentence(m.sentence)
        )

    def says_survived(self, m: _Mention) -> bool:
        """Does the mention's sentence say someone is alive ("in stable condition", "survived")?"""
        found = self.survived.get(m.sentence)
        if found is None:
            found = self.survived[m.sentence] = self.sentence_says_survived(self.sentences[m.sentence])
        return found

    def part_of_the_living(self, m: _Mention) -> bool:
        """Is the mention a part "of them" (its count then "of them" or "of those") of a group the sentence
        before says is alive ("192 people were rescued alive. Twenty-three of them were taken to hospitals")?"""
        sent = self.sentences[m.sentence]
        if sent.start == 0 or _OF_THEM.match(self.text, m.start, sent.end) is None:
            return False
        before = self.index.find(sent.start - 1)
        return before is not None and self.sentence_says_survived(before)

    def sentence_says_survived(self, sent: Sentence) -> bool:
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
        return P.DIED_LATER_RE.search(self.lowered, m.end, self.sentences[m.sentence].end) is not None

    def with_attacker(self, m: _Mention | None) -> _Mention | None:
        """"killed his daughter and himself": the attacker's death is part of the toll."""
        if m is None or m.figure.best is None:
            return m
        sent = self.sentences[m.sentence]
        if search_within(P.SUICIDE_RE, self.text, self.folded(), m.end, sent.end) is None:
            return m
        self.add(m)  # the victims alone stay a statement of their own
        n = m.figure.best + 1
        return _Mention(
            "killed", Figure(n, n, n, m.figure.qualifier), m.start, m.end + 1, m.sentence, m.victims,
            derivation=f"{m.figure.best} killed plus the attacker",
        )

    def read_tokens(self) -> None:
        """Read with the token reader (readers.py): each sentence holding an outcome word once."""
        text = self.text
        index = self.index  # (index.find called natively: a bound method in a local is called as any object)
        words = outcome_words()
        folded = self.folded_lower()
        pos = 0
        while True:
            # (one pass of RE2 finds the places; over the whole report, ``re`` took a sixth of this loop's time)
            hit = search_where_it_may(words, self.lowered, folded, pos)
            if hit is None:
                return
            sent = index.find(hit.start())
            if sent is None or hit.start() >= sent.end:
                pos = hit.end()
                continue
            pos = sent.end
            si = sent.start
            self.sentences[si] = sent
            toks = self.tokens[si] = tokenize(text, sent.start, sent.end)
            for r in read_tokens(text, toks):
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
        if m.kind == "hit" and P.OF_THE_HURT_RE.match(self.text, r.end):
            m.kind = "injured"  # "Nineteen of the wounded were in critical condition": at least 19 injured
        if kind == "injured" and r.single and r.after <= r.start and self.lowered.startswith(("a ", "an ", "another "), r.start):
            m.kind = "injured"  # "wounding a passerby": the object of the wounding is someone new
        if m.kind == "hit" and not r.single and self.lowered.endswith(_ON_TOP, max(0, r.start - 16), r.start):
            m.kind = "injured"  # "25 died ... A further 109 persons received injuries": on top of the dead
        m.also = r.also
        m.other_event = r.other_event
        m.separate = r.separate  # (set only of a reading recalled from another event)
        m.alleged = r.alleged
        m.projected = r.projected
        end = self.sentences[si].end
        if m.kind in ("injured", "hit") and (
            some_died := ((P.SOME_DIED_RE.match(self.text, r.after, end) if _may_tell_some_died(self.lowered, r.after, end)
                           else None) if r.after > r.start
                          else P.SOME_DIED_AFTER_OBJECT_RE.match(self.text, r.end, end) if _tells_a_death(self.lowered, r.end, end)
                          else None) or (
                # "... were admitted to two hospitals that day; two of them died overnight": a part past a semicolon
                P.SOME_DIED_PAST_SEMICOLON_RE.match(self.text, r.end, end)
                if self.text.find(";", r.end, end) >= 0 and _may_tell_some_died(self.lowered, r.end, end) else None
            )
        ):
            died = parse_figure(some_died.group("died")) if some_died.group("died") else None
            wounded = m.figure.best
            if died is not None and died.best and wounded is not None and m.figure.qualifier in _LESS_SOME_DIED and (
                wounded > died.best
            ):
                # "wounding four employees, one of whom later died": the part that died is taken off its own
                # whole, whoever else the report counts dead ("Minutes later, a second bomb killed a guard");
                # a whole told as a least keeps its qualifier ("at least 155 were wounded, three of whom
                # later died" is at least 152)
                f, d = m.figure, died.best
                m.figure = Figure(wounded - d, None if f.low is None else f.low - d, None if f.high is None else f.high - d,
                                  f.qualifier)
                if m.kind == "hit":
                    # "shot five passengers, two of whom died": 3 hit who lived (the two are no dead besides
                    # those told before: crime news tells its dead again)
                    m.derivation = f"{wounded} hit, less {d} who died"
                    m.kind = "injured"
                else:
                    m.derivation = f"{wounded} wounded, {less_of_them_who_died(d)}"
            else:
                m.kind = "hit"  # "six people were wounded -- two mortally"
        elif m.kind == "killed" and r.after <= r.start:
            with_attacker = self.with_attacker(m)  # "killed his daughter and himself"
            if with_attacker is None:
                return None
            m = with_attacker
        if not m.other_event and self.hazard_recalled(m):
            m.other_event = True  # "a ceasefire announced after the March 28 earthquake, which killed 3,700"
        return m

    def hazard_recalled(self, m: _Mention) -> bool:
        """Is the mention's count what a natural hazard did, told in a relative clause of the hazard's noun
        ("... after the March 28 earthquake, which killed more than 3,700 people"), in a report whose lead
        names no natural hazard? An air strike's report names a quake in passing: another event."""
        sent = self.sentences[m.sentence]
        lo = max(sent.start, m.start - 80)
        # (the pattern tried its hazards at every place of the window, for each mention: most windows are
        # told without it, even with both words: "the shooting that killed ")
        if not _may_tell_a_hazard_relative(self.text[lo : m.start]):
            return False
        before = _HAZARD_RELATIVE.search(self.text, lo, m.start)
        return before is not None and before.group("hazard").islower() and not lead_names_a_natural_hazard(self.text)

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
        if not self.may_hold(P.ZEROS):
            return
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

    def set_told_after_another_event(self) -> None:
        """ "Hours earlier, in Amalfi, a police helicopter was downed by a drone. Thirteen police officers
        died.": a sentence that opens with a phrase of an earlier event before a comma ([cumulative]
        other_event with a word of ``scene_before``: "Hours earlier,", "Two days earlier,", "The day
        before,") tells that event, and so do the sentences after it in its paragraph that count people,
        up to one that gives the report's own figures (a mention of no other event). Only counts that open
        their sentence, as its subject ("Thirteen police officers died", "Two others were hurt"): "A car
        bomb killed 12 people in Maiduguri on Monday" tells an attack of its own."""
        if not self.mentions:
            return
        opens: dict[int, bool] = {}
        for m in self.mentions:
            if m.other_event or m.claimed:
                continue
            sent = self.sentences[m.sentence]
            # (three words or more before it are three tokens or more, told without tokenizing them)
            if len(self.text[sent.start : m.start].split(None, 3)) > 3 or len(tokenize(self.text, sent.start, m.start)) > 2:
                continue
            before = self.index.find(sent.start - 1) if sent.start > 0 else None
            while before is not None and before.start < sent.start and "\n" not in self.text[before.end : sent.start]:
                if self.sets_an_earlier_scene(before, opens):
                    m.other_event = True
                    break
                if any(not x.other_event for x in self.in_sentence(before.start)):
                    break  # the report's own figures told between
                sent = before
                before = self.index.find(before.start - 1) if before.start > 0 else None

    def set_dated_apart(self, published: date | None) -> None:
        """ "KRAMATORSK (Jan. 8, 2023) - The ministry said on Sunday it had struck two barracks ... The
        ministry has acknowledged that 89 soldiers died when rockets hit a building in Makiivka on Jan. 1":
        a count whose sentence's first calendar day is :data:`_DAYS_APART` days or more before the report's
        day (its publication's, else the full date its lead gives, a dateline's) is another event's, when
        the lead dates its own on the report's day or the day before and names no day near that one. A
        report that tells of an earlier day's event ("the man shot on Jan. 1 died on Sunday") dates its
        lead by that day, or by none."""
        first = self.lead_sentence()
        if first is None or not any(m.sentence != first.start for m in self.mentions) or not any(
            m.sentence == first.start and m.kind in _HURT_KINDS for m in self.mentions
        ):
            return  # (a lead that tells no toll of its own: a court's day, a vigil's)
        lead = first.start
        told = published
        if told is None:
            told = next((day for day, calendar in days_told(self.text, None, first.start, first.end) if calendar), None)
        if told is None:
            return
        lead_days = [day for day, _ in days_told(self.text, told, first.start, first.end)]
        if not any(timedelta(0) <= told - day <= timedelta(days=1) for day in lead_days) or _AGO.search(
            self.lowered, first.start, first.end
        ):
            return  # the lead dates no event on the report's day, or tells one of long ago ("two months ago")
        for m in self.mentions:
            if m.sentence == lead or m.other_event or m.claimed or m.kind not in _HURT_KINDS:
                continue
            sent = self.sentences[m.sentence]
            # (only where the context pre-filter finds a date phrase may stand, as event_date asks: its pass
            # over the sentence, which disputed() asks for anyway, costs a part of the date scan's)
            day = next(
                (d for d, calendar in days_told(self.text, told, sent.start, sent.end) if calendar), None
            ) if P.DATE in self.maybe(sent) else None
            if day is not None and _DAYS_APART <= (told - day).days <= _DAYS_WITHIN and not any(
                abs(day - d) <= timedelta(days=1) for d in lead_days
            ):
                m.other_event = True

    def set_other_days_apart(self) -> None:
        """ "118. On 19 May 2004, ... attacked the Lukodi camp ... at least 45 civilians were killed ... At Odek,
        on 29 April 2004, LRA fighters killed at least 52 civilians": after the report's first toll, a sentence
        that opens on a calendar day with its year (after at most a fronted place and its comma) tells another
        event when that day is :data:`_DAYS_APART` days or more from every calendar day the report told up to
        its first toll (and it told one). A later day of a hostage-taking or of a death in hospital is most
        often the same event's within days."""
        first = next((m for m in self.mentions if m.kind in _HURT_KINDS and not m.other_event), None)
        if first is None:
            return
        lead_end = self.sentences[first.sentence].end
        told = [day for day, calendar in days_told(self.text, None, 0, lead_end) if calendar]
        if not told:
            return
        for m in self.mentions:
            if m.sentence <= first.sentence or m.other_event or m.claimed or m.kind not in _HURT_KINDS:
                continue
            sent = self.sentences[m.sentence]
            opening = _OPENS_ON_A_DAY.match(self.text, sent.start)
            if opening is None:
                continue
            days = [day for day, calendar in days_told(self.text, None, opening.start(), opening.end()) if calendar]
            if days and all(abs((days[0] - d).days) >= _DAYS_APART for d in told):
                m.other_event = True

    def set_other_storms_apart(self) -> None:
        """ "MOZAMBIQUE: Cyclone Kenneth ... Cyclone Idai, which made landfall near Beira on 14 March, left more
        than 600 people dead": where the report names a storm by its title and name first, a count in a
        sentence that names a storm of another name, and not the report's, is that other storm's."""
        if not any(title in self.text for title in _STORM_TITLES):
            return
        names = [(m.start(), m[1]) for m in _STORM_NAME.finditer(self.text) if m[1].lower() not in _NO_STORM_NAMES]
        if len({n for _, n in names}) < 2:
            return
        own = names[0][1]
        for m in self.mentions:
            if m.other_event or m.claimed:
                continue
            sent = self.sentences[m.sentence]
            told = {n for at, n in names if sent.start <= at < sent.end}
            if told and own not in told:
                m.other_event = True

    def lead_sentence(self) -> Sentence | None:
        """The report's first sentence that is no headline's, or None."""
        for start, end in self.index.lines:
            if self.text[start:end].strip():
                sent = self.index.find(start)
                if sent is not None and not sent.is_headline:
                    return sent
        return None

    def sets_an_earlier_scene(self, sent: Sentence, opens: dict[int, bool]) -> bool:
        """Does the sentence open with a phrase of an earlier event and a comma ("Hours earlier, in Amalfi,
        ...", "Two days earlier, ...")? ``opens``: the answers so far, by sentence start."""
        told = opens.get(sent.start)
        if told is None and "," not in self.text[sent.start : min(sent.end, sent.start + 80)]:
            told = opens[sent.start] = False  # no comma where the phrase must end
        if told is None:
            lex = lexicon()
            toks = tokenize(self.text, sent.start, min(sent.end, sent.start + 80))
            at = first_mark(toks, 0, min(len(toks), 6), lex.other_event)
            told = False
            if at is not None and at <= 1:  # (after one word at most: "Two days earlier,", "But hours earlier,")
                # the phrase, then a comma at once ("The day before," not "Two days before elections,")
                told = any(
                    at + len(words) < len(toks) and toks[at + len(words)].low == ","
                    and all(toks[at + x].low == w for x, w in enumerate(words))
                    and not lex.scene_before.isdisjoint(words)
                    for words in lex.other_event[toks[at].low]
                )
            opens[sent.start] = told
        return told

    def set_crimes_alleged_apart(self) -> None:
        """ "Police shot dead a man. He was suspected of killing two officers": a crime the report says
        someone is suspected of, after it has told a death in a sentence before, is another event (in one
        sentence the reader sets it apart). Told first, it is what the report is about ("Ali Musa, accused
        of killing two guards, went on trial")."""
        first = next((m.sentence for m in self.mentions if m.kind == "killed" and not m.alleged and not m.other_event), None)
        if first is None:
            return
        for m in self.mentions:
            if m.alleged and m.sentence > first and self.tokens[m.sentence][0].low in _TOLD_BEFORE:
                m.other_event = True  # (of someone told before: "The victim was", "He was", not "Ali Musa is")

    def set_cared_for_apart(self) -> None:
        """ "71 people were hospitalized and one person was killed": people told in care, then in one clause
        people killed (not "died": "five were hospitalized and two died" may be among them), are others than
        the dead, as people hit told after the dead are ("five were shot and one was killed" are not)."""
        for m in self.mentions:
            if m.kind != "hit" or (m.figure.best or 0) < 2:
                continue
            for x in self.in_sentence(m.sentence):
                if x.kind != "killed" or not self.joined_before(m, x):
                    continue
                between = self.tokens[m.sentence]
                words = {t.low for t in between if m.end <= t.start < x.start}
                if words & _IN_CARE and not P.DIED_LATER_RE.search(self.lowered, x.start, self.sentences[m.sentence].end):
                    m.kind = "injured"

    def set_admitted(self) -> None:
        """Mark several people hit whose clause tells them admitted to care ("Four passengers were
        hospitalised, two of them in a grave condition"; [syntax] admitted), up to the clause's end:
        :func:`_resolve_hits` does not take a larger count of the dead off them. So are people brought to a
        hospital with a hurt of the living ("Seven inmates were taken to the Hospital Escuela with gunshot
        wounds": a hospital's word, then "with" and an injury's noun within four words), people a verb of
        treating counts, told with such a hurt right after ("had treated 150 people with gunshot wounds"), and
        people told with an injury's noun whose clause goes on after "and" with a verb of carrying them to care
        ("Eight persons sustained gunshot injuries and were taken to the teaching hospital"; [syntax]
        carried_to_care)."""
        injuries = lexicon().injury_nouns
        for m in self.mentions:
            if m.kind != "hit" or (m.figure.best or 0) < 2:
                continue
            toks = self.tokens[m.sentence]
            to_hospital = False
            # words after a count a treating verb stands before: "treated 150 people with", "treated more than 150
            # wounded civilians with" (else none: "Twelve women with gunshot wounds were taken to hospital")
            before = [t.low for t in toks if t.end <= m.start][-3:]
            after = 0 if _TREATING.intersection(before) else 3
            if before[-1:] and before[-1] in _TREATING_NOW and not P.DIED_LATER_RE.search(
                self.lowered, m.end, self.sentences[m.sentence].end
            ):
                m.kind = "injured"  # "they were treating 188 people for injuries": in care now, alive
                continue
            if self._rescued_to_care(m, toks):
                m.admitted = True  # "Five passengers were rescued and taken to the hospital": alive when rescued
                continue
            hurt = False
            for k, t in enumerate(toks):
                if t.start < m.end:
                    continue
                if t.low in injuries:
                    hurt = True
                if hurt and t.low == "and":
                    rest = [u.low for u in toks[k + 1 : k + 7]]
                    rest = rest[2:] if rest[:2] == ["had", "been"] else rest[1:] if rest[:1] in (["were"], ["was"]) else rest
                    if len(rest) >= 4 and rest[0] in _CARRIED_TO_CARE and rest[1] == "by" and rest[3] == "to":
                        rest = rest[:1] + rest[3:]  # "and were flown by helicopter to hospitals": how, then where
                    if len(rest) >= 2 and rest[0] in _CARRIED_TO_CARE and rest[1] == "to":
                        # (unless told dead after, in the sentence or the next: "... and were transported to
                        # hospitals. Both later died.")
                        end = self.sentences[m.sentence].end
                        stop = self.lowered.find(". ", end + 1)
                        stop = len(self.lowered) if stop < 0 else stop
                        m.admitted = P.DIED_LATER_RE.search(self.lowered, t.start, stop) is None
                if t.low in _ADMITTED:
                    m.admitted = True
                elif t.low in IN_HOSPITAL:
                    to_hospital = True
                elif (to_hospital or after < 3) and t.low == "with" and any(u.low in injuries for u in toks[k + 1 : k + 5]):
                    # (or right after the count: "its teams had treated more than 150 people with gunshot and
                    # blast wounds" after 400 dead, the people a team treated for a hurt of the living)
                    m.admitted = True
                after = after + 1 if t.low.isalpha() and t.low not in _AUX_VERBS else 3
                if to_hospital and t.low == "," and k + 3 < len(toks) and toks[k + 1].low in _MOST_OF_THEM and (
                    toks[k + 2].low == "with" and any(u.low in injuries for u in toks[k + 3 : k + 7])
                ) and not P.DIED_LATER_RE.search(self.lowered, m.end, self.sentences[m.sentence].end):
                    # "110 people had been taken to hospital, some with serious injuries": an aside that tells the
                    # hurt of a share of them tells the living, however many (the dead are told with none)
                    m.kind = "injured"
                    break
                if to_hospital and t.low in (",", "and") and k + 1 < len(toks) and toks[k + 1].text[:1].isupper():
                    continue  # "taken to hospitals in Mai Mahiu, Naivasha and Kijabe, some with ...": the places of care
                if t.low in _ADMITTED_CLAUSE_ENDS or m.admitted:
                    break

    def _rescued_to_care(self, m: _Mention, toks: Sequence[Token]) -> bool:
        """Does the clause of the people hit ``m``, from their count to its end, tell them rescued ([syntax]
        rescued_to_care: "Five passengers were rescued and taken to the hospital", "Twenty-three of the rescued
        passengers were brought to the hospital"), and no death of theirs after it in the sentence?"""
        end = self.sentences[m.sentence].end
        if not any(w in self.lowered[m.start : end] for w in _RESCUED_TO_CARE):
            return False  # (a word of rescue is a string of the sentence past the count, or no token is one)
        for t in toks:
            if t.start < m.start:
                continue
            if t.low in _RESCUED_TO_CARE:
                return P.DIED_LATER_RE.search(self.lowered, t.end, end) is None
            if t.end > m.end and t.low in _ADMITTED_CLAUSE_ENDS:
                return False
        return False

    def statements(self, published: date | None) -> list[Statement]:
        self.set_told_after_another_event()
        self.set_crimes_alleged_apart()
        self.set_cared_for_apart()
        self.set_admitted()
        self.set_dated_apart(published)
        self.set_other_storms_apart()
        self.set_other_days_apart()
        self.add_people_one_by_one()
        self.add_people_also_hit()
        # "The ministry said 9 were killed, disputing MSF's claim that 25 died": the 25 is MSF's figure
        self.mentions = [m for m in self.mentions if not self.disputed(m, published)]
        self.mentions = self.without_unconfirmed(self.without_claims(self.mentions))
        self.mentions = self.without_tallies(self.mentions)
        # People hit are resolved first: the sentences of those it drops (an eighth) need no context. A
        # claim stands apart from them: the report's own figures are reconciled without it.
        own = [m for m in self.mentions if not m.claimed]
        # (the dead of an event recalled or told beside the report's own are none of its people hit: "treated
        # 98 people ... The rampage came hours after a gunman shot dead two brothers")
        resolved = _resolve_hits(
            own, lambda m: m.other_event or m.separate or self.context(m.sentence, published)[2].at(m.start)
        )
        resolved += [(m, m.figure, m.derivation) for m in self.mentions if m.claimed]
        told = sorted(
            ((self.statement_of(m, figure, derivation, published), self.sentences[m.sentence].is_headline,
              self.context(m.sentence, published)[2].whole)
             for m, figure, derivation in resolved),
            key=lambda row: row[0].start,
        )
        return _fields_own(self.text, _range_ends_told(_least_of_sources(self.headlines_as_told(told))))

    @staticmethod
    def headlines_as_told(told: list[tuple[Statement, bool, bool]]) -> list[Statement]:
        """ "Gaza death toll passes 40,000 as strikes kill 20 more" over a body that tells the 40,000 as
        the war's total: a headline's figure that the body gives as a running total is one too (a
        headline says in short what its body says). Only a figure too large to meet again by chance: a
        small one ("1 killed") is as often another story's on the page. Not a figure of a link to another
        story ("Most popular: Floods: 2,000 feared dead"): the link tells no more of this report's
        headline than a round-up does. ``told``: each statement in order, whether it stands in a
        headline, and whether its whole sentence is a running total's (a link's, in the body)."""
        totals = {(st.outcome, st.best) for st, headline, whole in told
                  if not headline and not whole and st.scope == "cumulative" and st.best and st.best >= _TOLD_AGAIN}
        # a party's claim the body tells, that a headline gives in the party's saying: "Somali army says 47
        # al-Shabaab militants killed" over "The army said Tuesday its forces killed 47 ..." (claimed there)
        claims = {(st.outcome, st.best) for st, headline, _ in told if not headline and st.scope == "claimed" and st.best}
        return [replace(st, scope="cumulative")
                if headline and st.scope == "incident" and (st.outcome, st.best) in totals
                else replace(st, scope="claimed")
                if headline and st.scope == "incident" and (st.outcome, st.best) in claims
                and _HEADLINE_SAYS.search(st.quote) is not None
                else st
                for st, headline, _ in told]

    def statement_of(self, m: _Mention, figure: Figure, derivation: str | None, published: date | None) -> Statement:
        """The statement of one mention, with its sentence's context."""
        sent = self.sentences[m.sentence]
        hedge, sources, running, event_date = self.context(m.sentence, published)
        cumulative = running.at(m.start)
        attribution = sources.at(m.start) if sources is not None else None
        revision = m.revision or self.revision_of(sent, m)
        breakdown, mismatch = self.breakdown_of(sent, m)
        scope: Scope = (
            "claimed" if m.claimed else "projected" if m.projected
            else "cumulative" if cumulative or (m.other_event and not m.separate)
            else "separate" if m.other_event else "incident"
        )
        if m.claimed and attribution is None:
            attribution = self.claimant(sent)
        return Statement(
            doc=self.doc.id,
            outcome="injured" if m.kind == "hit" else m.kind,
            best=figure.best,
            low=figure.low,
            high=figure.high,
            qualifier=figure.qualifier,
            start=m.start,
            end=m.end,
            quote=self.text[sent.start : sent.end],
            scope=scope,
            victims=m.victims,
            breakdown=breakdown,
            breakdown_mismatch=mismatch,
            revision=revision,
            hedge=hedge,
            attribution=attribution,
            event_date=event_date,
            headline=sent.headline,
            derivation=derivation,
            denies=self.denies(sent),
        )

    def without_unconfirmed(self, mentions: list[_Mention]) -> list[_Mention]:
        """ "Two police officers were killed. Seven other deaths are feared but unconfirmed": a figure its
        clause calls unconfirmed yields to the report's confirmed figure of the outcome, as a claim does
        (alone, it is the only figure told, and counts). So does a figure a sentence cites from a named
        source in the present tense, after the report's own: "Three were killed. The Star reports 4 dead"."""
        return _yield_to_own(mentions, [
            self.is_unconfirmed(m) or _CITED.match(self.text, self.sentences[m.sentence].start) is not None
            or self.witness_fear(m)
            for m in mentions
        ])

    def witness_fear(self, m: _Mention) -> bool:
        """Is the mention a fear a witness tells, no count: a word of [context] witness_fears in its clause
        right after it, in a sentence that opens with a witness and a saying verb ("Residents said over 50
        people were feared dead")?"""
        sent = self.sentences[m.sentence]
        after = self.lowered[m.end : min(sent.end, m.end + 40)]
        if not any(w in after for w in _WITNESS_FEARS):
            return False  # (most mentions: no word of a fear after them)
        opening = self.lowered[sent.start : m.start].split()
        return (
            len(opening) >= 2 and opening[0].strip(",") in _WITNESSES and opening[1] in _SAYING
            and not any(c in ",;" for c in after.split(next(w for w in _WITNESS_FEARS if w in after))[0])
        )

    def is_unconfirmed(self, m: _Mention) -> bool:
        """Does a word of _UNCONFIRMED stand by the mention, in its clause, with no other figure between
        ("20 unconfirmed deaths", "may have been killed (unconfirmed)", "feared dead but not confirmed")?"""
        sent = self.sentences[m.sentence]
        lo, hi = max(sent.start, m.start - 40), min(sent.end, m.end + _UNCONFIRMED_AFTER)
        window = self.lowered[lo:hi]
        if not any(w in window for w in _CONFIRMED):
            return self.called_unconfirmed_after(sent)  # (most windows: ``re`` would try the pattern at every "u" and "n" of them)
        for found in _UNCONFIRMED.finditer(self.lowered, lo, hi):
            between = self.text[m.end : found.start()] if found.start() >= m.end else self.text[found.end() : m.start]
            if not any(c in ".;" or c.isdigit() for c in between):
                return True
        return self.called_unconfirmed_after(sent)

    def called_unconfirmed_after(self, sent: Sentence) -> bool:
        """Does the next sentence of the paragraph speak of this one's figures ("His figure", "The claim":
        [context] told_back_determiners and a toll noun) and call them unconfirmed, with no figure of its
        own? "'There are 118 dead at the morgue alone,' a doctor said. His figure could not be independently
        confirmed." The 118 yields to the report's confirmed figure as an unconfirmed one in its own clause."""
        known = self.unconfirmed_after.get(sent.start)
        if known is not None:
            return known
        pos, text = sent.end, self.text
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        after = self.index.find(pos) if pos < len(text) and text[pos] not in "\r\n" else None
        told = False
        if after is not None and after.start == pos and not after.is_headline:
            words = _WORDS.findall(self.lowered, after.start, min(after.end, after.start + 40))[:3]
            cues = C.cues()
            told = (
                len(words) >= 2 and words[0] in cues.told_back_determiners
                and any(w in cues.told_back_nouns for w in words[1:])
                and not any(c.isdigit() for c in text[after.start : after.end])
                and _UNCONFIRMED.search(self.lowered, after.start, after.end) is not None
            )
        self.unconfirmed_after[sent.start] = told
        return told

    def without_tallies(self, mentions: list[_Mention]) -> list[_Mention]:
        """ "A missile killed 9 people in Pokrovsk. At least 10,000 civilians have been killed in Ukraine":
        a figure told in the present perfect with no event of its own in its sentence (no noun of an
        attack or a disaster, no day, no "when" or "after" clause) is a tally of many events, where the
        report gives a figure of its own for the outcome (alone, it is the only figure told, and counts)."""
        tally: dict[int, bool] = {}  # a sentence's answer, asked once
        for m in mentions:
            if m.sentence not in tally:
                sent = self.sentences[m.sentence]
                perfect = _PERFECT.search(self.lowered, sent.start, sent.end)
                tally[m.sentence] = (
                    perfect is not None
                    and not any(
                        not _a_fights_tally(self.lowered, a, perfect.start())
                        for a in _ANCHORED.finditer(self.lowered, sent.start, sent.end)
                    )
                    # "Thirteen were wounded, two of whom have now died": a part of a whole the sentence tells
                    and _PART_BEFORE.search(self.lowered, max(sent.start, perfect.start() - 30), perfect.start()) is None
                )
        if any(tally.values()) and lead_names_a_natural_hazard(self.text):
            # "In Feni, the hardest-hit district, 17 people have died": a natural hazard's report tells its own
            # dead place by place in the present perfect (its totals of a season or a land have cues)
            return mentions
        return _yield_to_own(mentions, [tally[m.sentence] for m in mentions], as_total=True)

    def without_claims(self, mentions: list[_Mention]) -> list[_Mention]:
        """ "An IED killed 8 officers. Al Shabaab claims 15 fatalities": a figure someone claims after
        the claim word is that party's, not the report's, where the report gives a figure of its own
        for the outcome in a sentence with no claim (alone, the claim is the only figure told). Such a claim
        is kept, with scope "claimed": who said what stays on record, and it never counts."""
        claimed, party, by_party, against = [], [], [], []
        for m in mentions:
            sent = self.sentences[m.sentence]
            found = self.claim(sent)
            claimed.append(found is not None and found.start("told" if found.group("told") else 0) < m.start)
            who = self.claimant(sent) if claimed[-1] else None
            if claimed[-1] and found is not None and found.group("forces") is not None and not (
                m.victims in _SIDES and who is not None and who.split()[-1].lower() not in _WITNESSES
            ):
                # "The military said troops had killed 9 attackers": a party's claim of the other side's dead
                # (not a witness's or a monitor's "soldiers had killed 12 civilians", an account)
                claimed[-1] = False
                who = None
            # another account set against the report's: it yields to a figure of its own outcome only
            against.append(not claimed[-1] and self.set_against(sent) < m.start and not self.told_as_more(m))
            party.append(not against[-1] and (who is None or who.split()[-1].lower() not in _WITNESSES))
            by_party.append(claimed[-1] and party[-1] and found is not None and _PARTYS_CLAIM.match(found.group()) is not None)
            if not claimed[-1] and self.said_after_a_claim(sent):
                claimed[-1] = by_party[-1] = party[-1] = True  # "... claimed the attack. It said ... killed 200"
        if any(against):
            claimed = [c or a for c, a in zip(claimed, _rival_counts(mentions, claimed, against), strict=True)]
        if any(by_party):
            # a party's claim yields to another account too ("Local sources report 5 soldiers killed. Al
            # Shabaab claims 27 fatalities": the sources' account is the note's, the group's 27 its claim)
            mentions = _yield_to_own(mentions, by_party, across=party)
        # A party's claim yields to the report's own account of any outcome ("Four officers were injured
        # in the ambush. Al Shabaab claims 7 dead": the report tells of no dead; the party's is its claim);
        # a witness's only to a figure of its own outcome ("Police said two were injured. Residents claim
        # three were killed": the report has no figure of the dead but theirs)
        out = _yield_to_own(mentions, claimed, across=party)
        if any(claimed) and _COUNT_UNKNOWN.search(self.lowered) is not None:
            # "The PDF claimed that 15 junta soldiers were killed; ... fatalities are coded as unknown": the
            # report says it has no count of its own, so the claim stays a claim
            out = [replace(m, claimed=True) if c else m for m, c in zip(out, claimed, strict=True)]
        return out

    def said_after_a_claim(self, sent: Sentence) -> bool:
        """Does the sentence open with a party told again and a saying verb ("It said", "The group said";
        [syntax] claimant_again) right after a sentence in which a party claims an attack ("... claimed the
        attack in a message to news agencies")? What it says is that party's account."""
        low = self.lowered
        if not low.startswith(_CLAIMANT_AGAIN, sent.start):
            return False
        floor = max(0, sent.start - 400)
        before_end = text_end_before(low, sent.start)
        return _CLAIMED_AN_ATTACK.search(low, sentence_open(low, before_end, floor), before_end) is not None

    def claim(self, sent: Sentence) -> re.Match[str] | None:
        """The first claim word of a sentence (_CLAIM), found once a sentence: searched only where the context
        pre-filter finds one may stand (most sentences hold none)."""
        if sent.start not in self.claims:
            self.claims[sent.start] = search_within(
                _CLAIM, self.lowered, self.folded_lower(), sent.start, sent.end
            ) if P.CLAIM in self.maybe(sent) else None
        return self.claims[sent.start]

    def told_as_more(self, m: _Mention) -> bool:
        """Is the mention told as more people than those told before ("three more bodies", "another three",
        "4 others died later", "the gunman was also killed"), or as one person ("a third victim died", "the
        gunman was shot dead")? Those add to the report's own as before: no rival count of the same people."""
        sent = self.sentences[m.sentence]
        return (
            m.figure.best is None or m.figure.best < 2
            or _MORE_AFTER.match(self.lowered, m.end) is not None
            or _MORE_BEFORE.search(self.lowered, max(sent.start, m.start - 20), m.start) is not None
            or _ALSO.search(self.lowered, sent.start, sent.end) is not None
        )

    def set_against(self, sent: Sentence) -> int:
        """Where another account set against the report's opens in the sentence (_SET_AGAINST), or past its
        end where none does; found once a sentence."""
        at = self.against.get(sent.start)
        if at is None:
            low = self.lowered
            found: re.Match[str] | None = None
            told = low[sent.start : sent.end]  # (a slice and ``in``: str.find with bounds is a generic call, compiled)
            for w in _SET_AGAINST_WORDS:
                if w in told:
                    found = _SET_AGAINST.search(low, sent.start, sent.end)
                    break
            at = self.against[sent.start] = found.start() if found is not None else sent.end
        return at

    def claimant(self, sent: Sentence) -> str | None:
        """Who claims, for a claimed figure: the words before the claim word in its clause ("The rebels
        claim 20 fatalities", "Al Shabaab claimed 15"), when they are few (a subject, not a clause)."""
        found = self.claim(sent)
        if found is None:
            return None
        lead = self.text[sent.start : found.start()]
        who = re.split(r"[,;:]", lead)[-1].strip()
        return who if who and len(who.split()) <= _CLAIMANT_WORDS else None

    def disputed(self, m: _Mention, published: date | None) -> bool:
        """Does the mention stand where its sentence gives the figure it disputes?"""
        sent = self.sentences[m.sentence]
        if not self.may_deny_in(sent):
            return False
        self.context(m.sentence, published)
        return any(lo <= m.start < hi for lo, hi in self.denied.get(m.sentence, ()))

    def may_deny_in(self, sent: Sentence) -> bool:
        """May a denial open in the sentence (a cue's first word, then a denial's, stands in it)? Asked
        once a sentence, whose figures each ask whether it is the one disputed."""
        found = self.may_deny.get(sent.start)
        if found is None:
            found = self.may_deny[sent.start] = P.CUE in self.maybe(sent) and C.denial_may_open(
                self.lowered, sent.start, sent.end
            )
        return found

    def denies(self, sent: Sentence) -> bool:
        """Whether the sentence disputes another figure in so many words, once a sentence: what
        :func:`context.disputes` says of it (as of any statement's quote), read from its tokens."""
        found = self.denials.get(sent.start)
        if found is None:
            toks = self.tokens.get(sent.start) or tokenize(self.text, sent.start, sent.end)
            found = self.denials[sent.start] = C.disputes(self.text, toks)
        return found

    def _previous_sentence(self, sent: Sentence) -> tuple[int, int]:
        """The span of the sentence before ``sent`` (empty at the report's start)."""
        before = self.index.find(sent.start - 1) if sent.start > 0 else None
        return (before.start, before.end) if before is not None else (sent.start, sent.start)

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
            toks = self.tokens.get(sent.start) or tokenize(text, sent.start, sent.end)
            if (cue := C.revision(text, toks)) is not None:
                self.revision_cues[sent.start] = cue
            if denied := C.denied_spans(text, toks):
                self.denied[sent.start] = denied
            hedge, attribution = C.hedge(text, toks), C.attribution(text, toks)
        # A headline over several shootings ("2 dead, 8 wounded in Chicago shootings") is a round-up.
        running = _RunningTotal(
            (sent.is_headline and "shootings" in low) or _links_another_story(low)
            or any(s <= sent.start < e for s, e in self.other_stories)
            or self.another_hazards_toll(sent, low)
        )
        if not running.whole:
            # (``re`` tried its cues at every place of the sentence: 0.55 M instructions a sentence of gvc-dev;
            # searched where RE2 finds they may stand, the search of most sentences is RE2's one pass)
            matches = list(finditer_where_it_may(P.CUMULATIVE_RE, low, self.folded_lower()[sent.start : sent.end]))
            if matches and (tied := [t.span() for t in P.TIED_TO_EVENTS_RE.finditer(low)]):
                # "Five suspects linked to the two attacks were shot dead": the events the people are tied to
                matches = [m for m in matches if not any(a <= m.start() and m.end() <= b for a, b in tied)]
            if matches and "toll" in low and any(m.group().endswith("ago") for m in matches):
                # "The death toll from the floods that devastated eastern Spain two weeks ago rose to 223": the
                # time of the toll's own event, told in its relative clause
                matches = [m for m in matches if not (m.group().endswith("ago") and _TOLLS_EVENT_CLAUSE.search(
                    low, max(0, m.start() - 120), m.start()
                ))]
            # "in coordinated attacks across Paris": one operation's reach, no total over many events; "being
            # treated in hospitals across the city": where the hurt are cared for, no spread of the event
            matches = [m for m in matches if not m.group("joint") and not (
                m.group("spread") and _HOSPITAL_WORDS.intersection(low[max(0, m.start() - 20) : m.start()].split()[-1:])
            )]
            hazards_own = [  # cues a natural hazard's report makes its own event's
                m for m in matches
                if m.group("since_month") or m.group("since_day") or m.group("spread") or m.group("country")
                or m.group("past_weeks") or m.group("past_days") or m.group("weeks") or m.group("stretch")
                or m.group("days")
                or since_a_hazard(m.group("since_the"))
            ]
            # (not a "since" after a superlative: "Kerala's worst since the floods of 2018, which killed about
            # 480" dates a comparison with another hazard, as in any report)
            hazards_own = [m for m in hazards_own if not (
                m.group().startswith("since")
                and P.COMPARED_RE.search(low, max(0, m.start() - P.COMPARED_REACH), m.start()) is not None
            )]
            if any(_a_season(m) or m.group("spread") for m in hazards_own) and self.lead_tells_a_death(sent):
                # "Floods had killed 169 people across Kenya since mid-March" after a lead that told one flash
                # flood's 52: a season's weeks told past a lead with a toll of its own are the season's total;
                # so is a land's ("heavy rain has left 71 people dead across the State", after one landslide's
                # 17), unless the sentence names the lead's event with "the" ("By Tuesday the storm had killed
                # 30 people across the region": its own reach)
                own_reach = any(m.group("spread") for m in hazards_own) and self.names_the_leads_event(sent, low)
                hazards_own = [m for m in hazards_own if not (_a_season(m) or (m.group("spread") and not own_reach))]
            if hazards_own and (
                names_a_natural_hazard(self.tokens.get(sent.start) or tokenize(text, sent.start, sent.end))
                or lead_names_a_natural_hazard(text)
            ):
                # a disaster's own weeks and land ("Floods have killed 1,700 people since June", "since the
                # monsoon began", "in the past week", "during the 5-day stretch" of a heat wave, "AFAD said
                # 44,218 had died in the country" in a report of an earthquake): no total
                matches = [m for m in matches if m not in hazards_own]
            if any(" ".join(m.group().split()) in _HAZARD_DAY_TALLIES for m in matches) and _LAST_DAY.search(low) and (
                any(_HAZARD_BEFORE.search(low, max(0, m.start() - 20), m.start()) for m in matches)
                or names_a_natural_hazard(self.tokens.get(sent.start) or tokenize(text, sent.start, sent.end))
                or lead_names_a_natural_hazard(text)
            ):
                # "Six more people died in flood-related incidents in the last 24 hours": a hazard's day tally,
                # that day's toll, as a daily bulletin gives it
                matches = [m for m in matches if " ".join(m.group().split()) not in _HAZARD_DAY_TALLIES]
            if matches and any(w in low for w in _PUBLICATION_VERBS) and any(
                low[max(0, m.start() - 12) : m.start()].split()[-1:] in _PUBLICATION_VERBS_ONE for m in matches
            ):
                # "A UN report published in May 2023 ... concluded that at least 500 people had been killed": the
                # month dates the report, not the dead ([cumulative] publication_verbs)
                matches = [m for m in matches if low[max(0, m.start() - 12) : m.start()].split()[-1:] not in _PUBLICATION_VERBS_ONE]
            if any(m.group("named_day") for m in matches):
                # "the earthquake of February 6 killed 50,000" in the earthquake's own report, "the attack of
                # 12 March killed 40" in one whose lead tells an attack: the report's own event, its toll
                matches = [m for m in matches if not m.group("named_day") or not (
                    lead_names_a_natural_hazard(text)
                    or _lead_names(text, sent.start, m.group("named_event") or m.group("day_event"))
                )]
            if any(m.group("since_then") for m in matches) and not _WAR_WORDS.search(
                self.lowered, *self._previous_sentence(sent)
            ):
                # "Two of the wounded have since died": "since" is the report's own event's, unless the sentence
                # before tells a war or a campaign ("following an attack last October. Nearly 39,800 have since
                # been killed")
                matches = [m for m in matches if not m.group("since_then")]
            if "of the" in low and any(m.group() == "since then" for m in matches) and P.HURT_WHO_DIED_RE.search(low):
                # "Since then, 17 of the injured have died": a part of the report's own hurt, since its event
                matches = [m for m in matches if m.group() != "since then"]
            if any(m.group("since_day") or m.group("days") or m.group("past_days") for m in matches) and _names_a_battle(
                toks_here := self.tokens.get(sent.start) or tokenize(text, sent.start, sent.end)
            ) and _a_battles_report(text, sent.start, toks_here):
                # "Fighting in and around Goma has killed 773 people since Sunday", "clashes have killed 25
                # over three days": a battle's days are its own, as a storm's are (not "shootings ... since
                # Friday", many events), in a report of the battle
                matches = [m for m in matches if not (m.group("since_day") or m.group("days") or m.group("past_days"))]
            if any(m.group("days") for m in matches):
                # "killed more than 200 people in three days of attacks on villages": a few days of one
                # fight or raid, named right after them, are its own, as a battle's are
                matches = [m for m in matches if not (m.group("days") and _DAYS_OF_A_FIGHT.match(low, m.end()))]
            if any(m.group("run_clause") for m in matches) and not self.lead_tells_a_death(sent):
                # "launched a wave of strikes that killed 12" in a lead, or past one with no toll: the report's
                # own night of strikes
                matches = [m for m in matches if not m.group("run_clause")]
            if any(m.group("on_day") for m in matches) and text.count("\n\n", 0, sent.start) < 2:
                # "On August 28, gunmen killed 12" in a headline or a lead: the report's own event's day
                matches = [m for m in matches if not m.group("on_day")]
            if any(m.group("last_span") for m in matches) and (
                not self.lead_tells_a_death(sent) or _LAST_SPAN.search(text, 0, headline_and_lead_end(text)) is not None
                or not _another_event_than_the_leads(text, sent.start, low)
            ):
                # "... killed during the two days of fighting last week" in a lead, past one that tells no toll or
                # dates its own event so, or of no event the lead does not name ("shot and killed Brennon Davis,
                # 15, last month" under a lead of the charges for his killing): the report's own event
                matches = [m for m in matches if not m.group("last_span")]
            if any(m.group("since_day") for m in matches):
                # "363 miners had been brought out alive since Tuesday": a rescue's days are its event's own
                matches = [m for m in matches if not (m.group("since_day") and _RESCUE_SPANS.intersection(
                    low[max(0, m.start() - 50) : m.start()].split()[-6:]
                ))]
            if any(_A_YEARS_CUE.fullmatch(m.group()) for m in matches) and any(v in low for v in _VERDICTS) and (
                sent.start < headline_and_lead_end(text)
            ):
                # "A special court sentenced 38 people to death on Friday for the bombings that killed 56 people
                # ... in July 2008": the event a verdict in the lead is about is the report's own, dated by its year
                matches = [m for m in matches if not (
                    _A_YEARS_CUE.fullmatch(m.group()) and _VERDICT.search(low, 0, m.start()) is not None
                )]
            if sent.start == len(text) - len(text.lstrip()):
                # "Between 1 and 7 March 2025, clashes in Bahri resulted in 10 fatalities": a span of days
                # with its year that opens an event note is its event's date, not a running total's (a
                # report's lead, "Between 1 and 7 May, 12 people were killed", sums the days' events)
                matches = [m for m in matches if not (
                    m.group("span") and m.start() == 0 and _YEAR_AFTER.match(low, m.end()) is not None
                )]
            if any(m.group() in P.DATED_PERIODS for m in matches):
                # the lead sentence under a headline of one event ("UN: hundreds killed in RSF assault on
                # Zamzam camp"): the event it dates is the headline's
                in_lead = (sent.headline is not None and not sent.is_headline and sent.start < headline_and_lead_end(text)
                           and not lexicon().event_nouns.isdisjoint(_WORDS.findall(sent.headline.lower())))
                matches = [m for m in matches if not (
                    m.group() in P.DATED_PERIODS
                    and (P.ONE_EVENT_DATED_IN_LEAD_RE if in_lead else P.ONE_EVENT_DATED_RE).search(
                        low, max(0, m.start() - P.COMPARED_REACH), m.start()) is not None
                )]  # "in an attack on a village this month": the one attack's date (in the lead, "the attack
                # on the camp earlier this month": the report's own)
            if any(" ".join(m.group().split()) in P.TALLIES for m in matches):
                # "The Mission has verified that the attack killed 20 civilians": a finding about one event
                matches = [m for m in matches if not (
                    " ".join(m.group().split()) in P.TALLIES and P.ONE_EVENT_FINDING_RE.match(low, m.end()) is not None
                )]
            found = [(m, P.COMPARED_RE.search(low, max(0, m.start() - P.COMPARED_REACH), m.start())) for m in matches]
            cues = tuple(sent.start + m.start() for m, comparison in found if comparison is None)
            compared = tuple(
                (sent.start + m.start(), sent.start + _comparison_end(low, comparison.start(), m.end()))
                for m, comparison in found if comparison is not None
            )
            if found:
                bounds = tuple(sent.start + m.start() for m in P.TOTAL_CLAUSE_RE.finditer(low))
                asides = tuple(
                    (sent.start + m.start(), sent.start + m.end()) for m in P.RELATIVE_ASIDE_RE.finditer(low)
                    # (an aside of "which" about the event itself dates the event: "Cyclone Nargis, which hit
                    # the delta in 2008, killed about 138,000")
                    # (not one of how it is remembered: "the massacre, which the State commemorates every year,")
                    if not (m.group().lstrip(", ").startswith(("which", *P.ASIDE_PARTICIPLES))
                            and P.EVENT_BEFORE_ASIDE_RE.search(low, max(0, m.start() - 60), m.start()) is not None
                            and P.RECURRENCE_RE.search(m.group()) is None)
                )
                # "12 were killed when pagers exploded across the country": a spread told in the clause of
                # how the event happened is the event's own reach, and a count of days its length ("300
                # were killed when fighters stormed the camp over two days"), as a span of days is ("535 were
                # killed when villagers attacked three places between 16 and 18 December"); it speaks for
                # that clause only
                asides += tuple(
                    (sent.start + w.start(), sent.end) for m, _ in found
                    if m.group("spread") or m.group("days") or m.group("span")
                    for w in [P.WHEN_CLAUSE_RE.search(low, 0, m.start())] if w is not None and w.start() > 0
                )
                # "the explosion of pagers used by members across the country killed 12": the spread of one
                # event named as the subject's head is its reach too, speaking for nothing after it
                asides += tuple(
                    (sent.start + m.start(), sent.start + m.end()) for m, _ in found if m.group("spread")
                    and (P.ONE_EVENT_SUBJECT_RE.search(low, max(0, m.start() - 160), m.start()) is not None
                         # (and so is one told with "the" before it: "injured in the attack across the city")
                         or P.ONE_EVENT_ACROSS_RE.search(low, max(0, m.start() - 40), m.end()) is not None)
                )
                if sent.is_headline and (joint := P.HEADLINE_AS_RE.search(low)) is not None:
                    # "Toll in the war passes 40,000 as a strike kills 9": a headline's two clauses, each
                    # its own (a cue in one speaks for it only)
                    at = sent.start + joint.start()
                    asides += ((sent.start, at), (at, sent.end))
                running = _RunningTotal(False, cues, bounds, compared, asides)
        event_date = self.event_date(sent, published, P.DATE in maybe)
        return (hedge, attribution, running, event_date)

    def another_hazards_toll(self, sent: Sentence, low: str) -> bool:
        """Is ``sent`` (``low``, in small letters) past a lead that names no natural hazard and tells a death, one
        whose subject is a natural hazard that killed ("The quake killed more than 3,700 people", in a report of
        an air strike)? That hazard is another event than the report's, its toll no toll of the report's own."""
        return (
            _HAZARD_SUBJECT.match(low) is not None and not lead_names_a_natural_hazard(self.text)
            and self.lead_tells_a_death(sent)
        )

    def names_the_leads_event(self, sent: Sentence, low: str) -> bool:
        """Does the sentence (``low``, in small letters) name with "the" an event by a noun the report's lead
        names too ("the storm", "the quake" after "earthquake"; [cumulative] one_events, same_events)?"""
        return any(
            _lead_names(self.text, sent.start, m.group(1)) for m in _THE_ONE_EVENT.finditer(low)
        )

    def lead_tells_a_death(self, sent: Sentence) -> bool:
        """Does the report's headline or lead, before ``sent`` (a sentence past them), tell a count of the dead?"""
        lead = headline_and_lead_end(self.text)
        return sent.start >= lead and any(
            m.kind == "killed" and m.figure.best and m.start < lead for m in self.mentions
        )

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
        return read_breakdown(self.text, m.end, sent.end, m.figure.best, self.tokens_from(sent, m.end))

    def tokens_from(self, sent: Sentence, pos: int) -> list[Token] | None:
        """The sentence's tokens from ``pos`` on, as tokenising ``text[pos:sent.end]`` gives them, when the
        sentence was tokenised and no token of it stands across ``pos``; else None."""
        toks = self.tokens.get(sent.start)
        if toks is None:
            return None
        k = bisect_left(toks, pos, key=_START)
        if k > 0 and toks[k - 1].end > pos:
            return None  # (a figure that ends inside a token: not one the reader read)
        return toks[k:]


#: The words of a season a natural hazard's toll may be counted over ([cumulative] hazard_seasons: "since
#: the monsoon began", "since the rains")
_HAZARD_SEASONS: Final = frozenset(lexicon_data()["cumulative"]["hazard_seasons"])


def _a_season(m: re.Match[str]) -> bool:
    """Is a running total's cue a span of a season's length: since a month ("since mid-March"), a count of
    weeks or months, or since a season's start ("since the monsoon began")?"""
    since = m.group("since_the")
    return bool(m.group("since_month") or m.group("weeks") or (
        since is not None and since.rsplit(None, 1)[-1] in _HAZARD_SEASONS
    ))


def _another_event_than_the_leads(text: str, before: int, low: str) -> bool:
    """Does the sentence at ``before`` (``low``, in small letters) name an event by a noun of one ([cumulative]
    one_events, battles, spread_events, wars, campaigns: "fighting", "explosion", "offensive"), none of which
    the report's opening names (:func:`_lead_names`)?"""
    nouns = _EVENT_WORDS.intersection(_WORDS.findall(low))
    return bool(nouns) and not any(_lead_names(text, before, noun) for noun in nouns)


def _lead_names(text: str, before: int, noun: str) -> bool:
    """Does the report's opening (its first :data:`sentences.LEAD_REACH` characters: the widest reach of a
    report's lead, see sentences.py), before the sentence at ``before``, name an event by ``noun``
    ("attack", "strike")?"""
    nouns = _SAME_EVENTS.get(noun.lower(), (noun,))
    return re.search(r"\b(?:" + "|".join(map(re.escape, nouns)) + r")s?\b", text[: min(LEAD_REACH, before)], re.I) is not None


#: A toll's event and a relative clause of it, up to where a time stands: "the death toll from the floods that
#: devastated eastern Spain " (before "two weeks ago")
_TOLLS_EVENT_CLAUSE: Final = re.compile(
    r"\btoll\s+(?:from|of|in)\s+the\s+(?:[a-z-]+\s+){0,2}?(?:that|which)\s+[^,;:.]*\s$"
)


#: One event named with "the" ([cumulative] one_events): "the storm", "the flash flood"
_THE_ONE_EVENT: Final = re.compile(
    r"\bthe\s+(?:[a-z-]+\s+)?(" + alternation(lexicon_data()["cumulative"]["one_events"]) + r")\b"
)


#: The nouns that name one event alike ([cumulative] same_events), by each of them.
_SAME_EVENTS: Final[dict[str, tuple[str, ...]]] = {
    noun: tuple(group) for group in lexicon_data()["cumulative"]["same_events"] for noun in group
}


#: Words one of which any match of :data:`patterns.SOME_DIED_RE` holds: those of SOME_DIED_AFTER_OBJECT_RE
#: (:data:`patterns.SOME_DIED_WORDS`) and "dead" ("two were already dead")
_SOME_DIED_OR_DEAD: Final = (*P.SOME_DIED_WORDS, "dead")


def _may_tell_some_died(lowered: str, start: int, end: int) -> bool:
    """May :data:`patterns.SOME_DIED_RE` match in ``lowered[start:end]``: does one of its words stand there
    (or a letter beyond ASCII, which its IGNORECASE may take for one of theirs: "ſ" for "s")? Asked of each
    wounded or hit count (8,632 on gvc-dev, 892 of them with one), where the pattern cost some 85,000
    instructions a try (compiled)."""
    window = lowered[start:end]
    return not window.isascii() or any(w in window for w in _SOME_DIED_OR_DEAD)


def _tells_a_death(lowered: str, start: int, end: int) -> bool:
    """Whether the words after an object may tell some of them died (:data:`patterns.SOME_DIED_AFTER_OBJECT_RE`
    needs one of :data:`patterns.SOME_DIED_WORDS` within its reach): a test of substrings that spares most objects the pattern."""
    window = lowered[start : min(end, start + 160)]
    return any(w in window for w in P.SOME_DIED_WORDS)


def _comparison_end(low: str, start: int, cue_end: int) -> int:
    """Where a comparison that opens at ``start`` (its superlative) and whose cue ends at ``cue_end`` ends in
    the lower-cased sentence ``low``: at a comma that opens the report's own figure ("the deadliest attack
    this year, killing 31"), unless a clause of the compared event opens before it ("the worst since 2014,
    when a bomb hit a bus, killing 96"; "the worst loss of life since an airliner plunged into the river in
    1982, killing 78"); else at the sentence's end."""
    end = P.COMPARISON_END_RE.search(low, cue_end)
    if end is None or P.COMPARED_EVENT_RE.search(low, start, end.start()) is not None:
        return len(low)
    return end.start()


def _resolve_hits(
    mentions: list[_Mention], cumulative: Callable[[_Mention], bool]
) -> list[tuple[_Mention, Figure, str | None]]:
    """The mentions to state, with their figures and derivations: people *hit* become injured, less the
    report's deaths (the dead were among those shot).

    ``cumulative`` says whether a mention is of a running total, whose deaths are no incident's: it is
    asked only about killed mentions.
    """
    killed = max(
        (
            m.figure.best for m in mentions
            if m.kind == "killed" and m.figure.best is not None and not cumulative(m)
        ),
        default=0,
    )
    # the dead other than attackers: those an attacker shot do not count the attacker among them
    killed_victims = max(
        (
            m.figure.best for m in mentions
            if m.kind == "killed" and m.figure.best is not None and m.victims not in _ATTACKERS and not cumulative(m)
        ),
        default=0,
    ) if killed else 0
    # the dead who may be attackers: attackers hit are none of the victims the report names ("Three people
    # were killed ... One of the gunmen was shot in the stomach" is one hurt)
    killed_attackers = max(
        (
            m.figure.best for m in mentions
            if m.kind == "killed" and m.figure.best is not None and (m.victims is None or m.victims in _ATTACKERS)
            and not cumulative(m)
        ),
        default=0,
    ) if killed else 0
    dead = {m.who for m in mentions if m.kind == "killed" and m.figure.best == 1}
    # "the driver is in critical condition and a passenger was pronounced dead": told apart by their nouns
    dead_nouns = {
        (m.sentence, m.victims) for m in mentions
        if m.kind == "killed" and m.figure.best == 1 and _tells_apart(m.victims)
    }
    dead_ages = {w for w in dead if w and w[0].isdigit()}
    # "A passenger was killed. Both drivers were taken to hospital": when every dead person told by a noun
    # is told by a role, people hit of another role are none of them (pronouns stand for someone told before)
    nouned = [
        m.victims for m in mentions
        if m.kind == "killed" and m.figure.best and not cumulative(m)
        and m.victims is not None and m.victims not in _PRONOUNS
    ]
    dead_roles = {_role(v) for v in nouned}
    # the report's wounded told roughly ("more than 50", "at least 50"), by sentence: an exact count of people
    # taken into care that holds one of them, where the count less the dead would fall below it, is those
    # wounded told exactly ("more than 50 wounded ... 52 people had been hospitalised" after 13 dead is 52,
    # not 39; people "shot" may hold the dead: "at least five injured ... 6 people were shot. 2 died")
    wounded = [
        (m.sentence, m.figure.best) for m in mentions
        if m.kind == "injured" and m.figure.best and m.figure.qualifier in _ROUGH_WOUNDED and not cumulative(m)
    ]
    # counts read as injured by their own noun: "About 2,500 injured people were treated at the hospital" is
    # one count, injured, whatever the verb after it makes of it (people hit, less the dead) too
    # (the same count read as is: not a sum that starts there, "A driver was wounded and his son sustained cuts")
    told_injured = {(m.start, m.figure.best) for m in mentions if m.kind == "injured" and m.derivation is None}
    out: list[tuple[_Mention, Figure, str | None]] = []
    for m in mentions:
        fig = m.figure
        if m.kind != "hit" or m.victims == "others":
            out.append((m, fig, m.derivation))  # "three others were shot": others than the dead, so injured as they are
            continue
        if m.derivation is None and (m.start, fig.best) in told_injured:
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
        # (a pronoun, "police shot her", may be the attacker told before)
        dead_of = killed if m.victims is None else killed_attackers if m.victims in _ATTACKERS else killed_victims
        role = _role(m.victims) if (fig.best or 0) > 1 and dead_roles and None not in dead_roles else None
        role_apart = role is not None and role not in dead_roles
        if dead_of == 0 or aged_apart or apart_by_noun or role_apart or (m.who is not None and None not in dead and dead and m.who not in dead):
            out.append((m, fig, m.derivation))
            continue
        if fig.best is None:
            out.append((m, fig, m.derivation))  # a vague "several were shot" stays vague
            continue
        injured = fig.best - dead_of
        if m.admitted and fig.qualifier == "exact" and any(si != m.sentence and injured < w <= fig.best for si, w in wounded):
            out.append((m, fig, m.derivation))
            continue
        if injured < 0 and m.admitted:
            # "killing nine people ... Four passengers were hospitalised": fewer people admitted to care
            # than the dead cannot hold them all; people told in care are the living hurt
            out.append((m, fig, m.derivation))
            continue
        if injured <= 0:
            continue
        low = None if fig.low is None else max(0, fig.low - dead_of)
        high = None if fig.high is None else max(0, fig.high - dead_of)
        out.append((m, Figure(injured, low, high, fig.qualifier), f"{fig.best} hit, less {dead_of} killed"))
    return out


def extract_statements(doc: Document) -> list[Statement]:
    """Every casualty-figure statement in ``doc``, in document order."""
    if not doc.text:
        return []
    reader = _Reader(doc)
    reader.read_tokens()
    reader.add_zeros()
    folded = reader.folded()
    statements = reader.statements(doc.published)
    # (the searches of the whole report RE2 finds no place for in it are not made: they would find none)
    if reader.may_hold(P.EARLIER, P.INJURED_DIED):
        statements = set_earlier_figures_apart(doc.text, statements, folded)
    if reader.may_hold(P.RECALLED):
        statements = set_recalled_events_apart(doc.text, statements, folded)
    statements = _follow_up_lead(doc.text, statements)
    statements = set_compared_events_apart(doc.text, statements, folded)
    statements = set_the_dead_apart(doc.text, statements)
    statements = _parts_take_their_whole_scope(doc.text, statements)
    statements = _round_up_first_incident(doc.text, statements)
    statements = _live_post_of_another_place(doc.text, statements)
    statements = _day_tally_after_the_lead(doc.text, statements)
    statements = _those_events_told_before(doc.text, statements)
    statements = _the_event_told_before(doc.text, statements)
    statements = _a_countrys_tally_past_the_lead(doc.text, statements)
    statements = _far_above_the_lead(doc.text, statements)
    statements = _revised_down_past(doc.text, statements)
    statements = _tracker_first_entry(doc.text, statements)
    coded = fatality_codes(doc.id, doc.text, folded) if reader.may_hold(P.FATALITY_CODES) else None
    if coded is not None:
        statements = sorted([*statements, coded], key=lambda st: st.start)
    tabled = table_statements(doc.id, doc.text) if "\n" in doc.text else []
    if tabled:
        # a figure a table gives is told once: a row the sentence reader read too ("Injured   19,359") is the table's
        told = [(t.start, t.end, t.outcome, t.best) for t in tabled]
        kept = [s for s in statements if not any(a <= s.start < b and s.outcome == o and s.best == n for a, b, o, n in told)]
        statements = sorted([*kept, *tabled], key=lambda st: st.start)
    if "(" in doc.text:
        statements = _revised_in_aside(doc.text, statements)
    if ":" in doc.text:
        statements = _fatality_field(doc.text, statements)
    if "coded" in doc.text or "recorded" in doc.text:
        statements = _coded_share(doc.id, doc.text, statements)
        if any(w in doc.text for w in _CODED_OTHERS_ENDS):
            statements = _coded_others(doc.text, statements)
    statements = add_document_totals(doc.text, statements)
    statements = _recap_holds_the_toll(doc.text, statements)
    if "coded" in doc.text:
        statements = _coded_as(doc.text, statements)
    return _judged(_distinct(statements))


def _fatality_field(text: str, statements: list[Statement]) -> list[Statement]:
    """The statements, a killed figure a running total only by a span of its sentence ("FATALITIES: 19 more
    people were killed over two days") the report's own where it opens an event note's field of the dead: the
    figure the note codes for its event."""
    out = []
    for st in statements:
        if st.outcome == "killed" and st.scope == "cumulative" and text.find(":", max(0, st.start - 40), st.start) != -1 and (
            _FATALITY_FIELD.search(text, max(0, st.start - 40), st.start) is not None
            and _FIELD_SPAN.match(text, st.end) is not None
        ):
            st = replace(st, scope="incident")
        out.append(st)
    return out


def _revised_in_aside(text: str, statements: list[Statement]) -> list[Statement]:
    """The statements, a count told with its later figure in a parenthesis right after it ("a bomb killed a
    group of five (later determined to be seven) police officers") given that figure."""
    out = []
    for st in statements:
        found = _ASIDE_REVISION.match(text, st.end) if text.startswith("(", st.end, st.end + 3) or (
            text.startswith(" (", st.end)) else None
        fig = None if found is None else parse_figure(found["n"])
        if fig is not None and fig.best is not None and st.best is not None and fig.best != st.best:
            st = replace(st, best=fig.best, low=fig.low, high=fig.high, qualifier=fig.qualifier,
                         derivation=f"{fig.best}: the later figure told beside {st.best}")
        out.append(st)
    return out


def _coded_others(text: str, statements: list[Statement]) -> list[Statement]:
    """The statements, a killed count of the sentence before a note's "(other fatalities coded elsewhere)" a
    running total when a smaller killed count of the report's own follows: the whole, of which the note codes
    the part it goes on to tell ("9 people are killed in the town over five days of riots (other fatalities
    coded elsewhere). Four are killed on the 9th" is 4)."""
    found = _CODED_OTHERS.search(text)
    if found is None:
        return statements
    opens = sentence_open(text, found.start())
    later = [st.best for st in statements if st.outcome == "killed" and st.scope == "incident" and st.best is not None
             and st.start >= found.end()]
    if not later:
        return statements
    return [
        replace(st, scope="cumulative") if (
            st.outcome == "killed" and st.scope == "incident" and st.best is not None and opens <= st.start < found.start()
            and st.best > max(later)
        ) else st
        for st in statements
    ]


def _coded_as(text: str, statements: list[Statement]) -> list[Statement]:
    """The statements, where an event note gives the figure it codes ("Fatalities coded as 300": [syntax]
    coded_as), every larger killed figure of the note's own, a source's, another's or a sum of sides, a
    claim: the coder chose among them ("about 300 ... a UN report later put the toll at over 500. The army
    stated that 203 militants were neutralised. Fatalities coded as 300" is 300)."""
    found = _CODED_AS.search(text)
    if found is None:
        return statements
    n = int(found["n"].replace(",", ""))
    return [
        replace(st, scope="claimed") if st.outcome == "killed" and st.scope == "incident" and st.best is not None
        and st.best > n else st
        for st in statements
    ]


def _coded_share(doc: str, text: str, statements: list[Statement]) -> list[Statement]:
    """The statements, with an event note's share of deaths split across events ("Reports give at least 800
    killed over two days; the fatalities are split across events (400 coded to each day)") as its killed
    figure, and a larger killed count of the share's sentence or one before it (the whole over the events:
    "At least 23 were killed over the weekend. 16 fatalities coded for this event") as a running total."""
    found = _CODED_SHARE.search(text)
    if found is None and "each" in text:
        found = _CODED_EACH.search(text)
    if found is None:
        return statements
    n = int(found["n"].replace(",", "")) if found["n"][0].isdigit() else WORD_VALUES[found["n"].lower()]
    opens = sentence_open(text, found.start())
    share = Statement(
        doc=doc, outcome="killed", best=n, low=n, high=n, qualifier="exact", start=found.start("n"), end=found.end(),
        quote=text[opens : found.end()].strip()[:1000], derivation=f"{n}: the note's share of deaths split across events",
    )
    out = [
        replace(st, scope="cumulative") if (
            st.outcome == "killed" and st.scope == "incident" and st.best is not None and st.best > n
            and st.start < found.start()
        ) else st
        for st in statements
    ]
    return sorted([*out, share], key=lambda st: st.start)


#: A part of the dead told before, after its count: "more than 17,000 of those killed were fighters", "The
#: monitor said 27 of them were civilians" (the subject: not "murdering four of them", the victims told)
_OF_THOSE_KILLED: Final = compiled.compile(
    r"(?:[^.;:]{0,30}?\bof\s+(?:those|the)\s+(?:killed|dead)|[\w,-]+\s+of\s+them\s+(?:were|was)\s)\b", re.I
)
#: How far before a part its whole may be told (about two sentences)
_WHOLE_REACH: Final = 400


def _parts_take_their_whole_scope(text: str, statements: list[Statement]) -> list[Statement]:
    """The statements, a part of the dead told before ("Israel says more than 17,000 of those killed were
    fighters", after "at least 41,020 Palestinians have been killed since Oct. 7"; "27 of them were civilians
    killed", after "Fighting has killed more than 300 since Sunday") with the scope of its
    whole, the last killed count before it: a part of a running total is no toll of the report's own."""
    out = []
    last: Statement | None = None
    for st in statements:
        if st.outcome == "killed" and st.scope == "incident" and last is not None and last.scope != "incident" and (
            st.start - last.end < _WHOLE_REACH and _OF_THOSE_KILLED.match(text, st.start, st.end + 16) is not None
        ):
            st = replace(st, scope=last.scope)
        if st.outcome == "killed":
            last = st
        out.append(st)
    return out


#: A round-up's lead: a total of the day's attacks over a country ("Russian attacks against Ukrainian regions
#: killed six people and injured 31 over the past day") or a label of one ("security round-up")
_ROUND_UP_LEAD: Final = compiled.compile(
    r"\bround-?up\b|\b(?:attacks|strikes|airstrikes|shelling|raids)\b[^.;]{0,80}?\b(?:over|in)\s+(?:the\s+)?past\s+"
    r"(?:day|24\s+hours)\b",
    re.I,
)
#: Words one of which any match of :data:`_ROUND_UP_LEAD` holds, in any case ("round" of "round-up", "past" of
#: "over the past day"); "paſt" too, as its re.I takes the long s for an s.
_ROUND_UP_WORDS: Final = ("round", "past", "pa\u017ft")


def _may_lead_a_round_up(quote: str) -> bool:
    """May :data:`_ROUND_UP_LEAD` match in ``quote``: does one of :data:`_ROUND_UP_WORDS` stand in it? (The
    pattern, tried at every word of the first quote of each report, cost some 40,000 instructions a report.)"""
    low = quote.lower()
    return any(w in low for w in _ROUND_UP_WORDS)


#: Where a round-up's next incident opens: a paragraph that opens with "In" and a capitalised word ("In
#: Kherson Oblast, ..."), or a heading (a short line with no closing mark of a sentence: "Zamfara: abducted
#: worshippers"), after an empty line
_NEXT_INCIDENT: Final = compiled.compile(
    r"\n[ \t]*\n[ \t]*(?:In\s+(?:the\s+)?[A-Z]|(?:[^\s.!?]+[ \t]+){0,7}[^\s.!?]+[ \t]*\n)"
)


def _round_up_first_incident(text: str, statements: list[Statement]) -> list[Statement]:
    """A round-up's statements: where the report opens with a day's total over a country or a label of a
    round-up (:data:`_ROUND_UP_LEAD`), those totals are running totals, the report's own incident is the
    first told after them, and the incidents of the later sections (from the next paragraph that opens with
    "In" and a place, or a heading) are other events."""
    told = [st for st in statements if st.outcome in ("killed", "injured") and st.best]
    if not told or not _may_lead_a_round_up(told[0].quote) or _ROUND_UP_LEAD.search(told[0].quote) is None:
        return statements
    lead: set[int] = set()  # the statements of the round-up's lead sentences, up to its first incident
    first: Statement | None = None
    for st in told:
        if _ROUND_UP_LEAD.search(st.quote) is not None:
            lead.add(id(st))
        elif st.scope == "incident":
            first = st
            break
    if first is None:
        return statements
    after = _NEXT_INCIDENT.search(text, first.end)
    section_end = after.start() if after is not None else len(text)
    return [
        replace(st, scope="cumulative") if st.scope == "incident" and (id(st) in lead or st.start >= section_end) else st
        for st in statements
    ]


#: A live page's post time where a line opens ("10:58 ...", "16:05 BST"): the posts of a live blog or ticker
_POST_CLOCK_LINE: Final = compiled.compile(r"(?m)^[ \t]*\d{1,2}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?(?=[ \t]|$)")
#: A place's label that opens a post, after its time if it has one: "10:58 Kherson: drone drops ...",
#: "Kherson: regional governor says ..." (one to three capitalised words and a colon)
_POST_LABEL: Final = compiled.compile(
    r"(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s+)?(?P<label>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}):\s"
)
#: Nouns of a source ([context] sources): "Police: two dead" labels who tells, not where
_SOURCE_NOUNS: Final = frozenset(lexicon_data()["context"]["sources"])


def _second_clock_line(text: str) -> int | None:
    """Where the second line of :data:`_POST_CLOCK_LINE` starts in ``text``, or None: the pattern asked at
    each line's start only (where its ``^`` may stand), and no further than that line. (``finditer`` over
    the whole report tried it at every character: 370,000 instructions a report its gate let through.)"""
    found = False
    at = 0
    while True:
        if _POST_CLOCK_LINE.match(text, at) is not None:
            if found:
                return at
            found = True
        at = text.find("\n", at) + 1
        if at == 0:
            return None


def _live_post_of_another_place(text: str, statements: list[Statement]) -> list[Statement]:
    """A live page's statements (two posts or more under a clock time: "10:42 Russian guided bomb hits
    Kupiansk ... 10:58 Kherson: drone drops explosive on city bus, driver killed, 6 passengers injured"):
    a later post's sentence that opens with a label of a place and a colon ("Kherson:") the page's headline
    and first post do not name tells another event than the page's own (scope ``separate``), as a ticker
    sets its items apart. Not a source's label ("Police: ...", [context] sources), nor a toll that rises."""
    if not any(st.headline and st.headline[:1].isdigit() for st in statements) or ":" not in text:
        return statements
    second_post = _second_clock_line(text)
    if second_post is None:
        return statements
    first_post_end = second_post  # (not sentences.lead_end, which this module imports)
    lead: set[str] | None = None
    out = []
    for st in statements:
        if st.scope == "incident" and st.start >= first_post_end and st.revision is None and ":" in st.quote:
            m = _POST_LABEL.match(st.quote)
            if m is not None:
                words = m.group("label").lower().split()
                if lead is None:
                    lead = set(re.findall(r"[\w'’-]+", text[:first_post_end].lower()))
                if not _SOURCE_NOUNS.intersection(words) and not lead.intersection(words):
                    st = replace(st, scope="separate")
        out.append(st)
    return out


#: A sentence that spans the last day ([cumulative] day_tallies): "killed 2 people and injured 14 over the
#: past day", "Israeli attacks over the past 24 hours killed 112"
_DAY_TALLY: Final = compiled.compile(
    r"\b(?:over|in|during|within|for)\s+the\s+(?:" + alternation(lexicon_data()["cumulative"]["day_tallies"]) + r")\b", re.I
)


#: The first and the last words of the day tallies ("past", "last"; "day", "hours"): one of each stands in a
#: sentence's small letters wherever :data:`_DAY_TALLY` matches there (asked first: the pattern's search,
#: case-blind, is the dearer; "day" alone is in every weekday's name)
_DAY_TALLY_FIRSTS: Final = frozenset(p.split()[0] for p in lexicon_data()["cumulative"]["day_tallies"])
_DAY_TALLY_ENDS: Final = frozenset(p.split()[-1] for p in lexicon_data()["cumulative"]["day_tallies"])


def _spans_a_day(quote: str) -> bool:
    """Does ``quote`` span the last day (:data:`_DAY_TALLY`: "over the past 24 hours")?"""
    low = quote.lower()
    return (
        any(w in low for w in _DAY_TALLY_FIRSTS) and any(w in low for w in _DAY_TALLY_ENDS)
        and _DAY_TALLY.search(quote) is not None
    )


#: A figure a toll is told at ("the toll rose to 12 over the past day", "stood at 30"): the toll's, not a tally's
_TOLD_TO: Final = re.compile(r"\b(?:to|at)\s+$", re.I)
#: More of the report's own dead or hurt ("Rescuers found five more bodies over the past day"): its toll's rise
_TOLD_MORE: Final = re.compile(r"\s+(?:[\w-]+\s+)?more\b", re.I)


#: A follow-up lead's clause of time after its main clause: ", a day after the attack that ... killed 93",
#: ", two days after a suicide bombing at the station killed 26" ([earlier] spans; "the" or "a" before the
#: event, named by the words up to the count, which hold no comma, semicolon or second clause of time)
_FOLLOW_UP_AFTER: Final = compiled.compile(
    r",\s+(?:(?:just|only|barely)\s+)?(?:a|one|" + alternation(WORD_VALUES) + r"|\d+)\s+"
    + alternation(lexicon().earlier["spans"]) + r"\s+after\s+(?P<det>the|a|an)\s+(?P<event>[^,;]*)$",
    re.I,
)


#: The words that name or tell one event of its own in a follow-up lead's main clause ([cumulative] one_events,
#: and the one-word one_event_verbs: "A bomb exploded at a bus stop on Sunday, a day after ...")
_ONE_EVENTS: Final = frozenset([
    *lexicon_data()["cumulative"]["one_events"],
    *(v for v in lexicon_data()["cumulative"]["one_event_verbs"] if " " not in v),
])


def _follow_up_lead(text: str, statements: list[Statement]) -> list[Statement]:
    """A follow-up's lead that tells the day's news of the event's aftermath, then the event by a clause of
    time with its toll ("Families buried their dead on Sunday, a day after a suicide bombing at the station
    killed 26 people"; "Palestinians buried the dead of a strike on a school on Sunday, a day after the attack
    that the civil defence said killed 93"): the toll is the report's own, not a recalled event's, where the
    main clause before the comma counts no one and names no event of its own (a noun or a verb of one,
    [cumulative] one_events and one_event_verbs), or the clause names its event with "the", the one the main
    clause told. "A bomb hit a market on Sunday, a day after a bombing killed 26" stays another event's."""
    lead = headline_and_lead_end(text)
    if " after " not in text[:lead]:
        return statements
    out = statements
    for n, st in enumerate(statements):
        if st.scope != "cumulative" or st.outcome not in ("killed", "injured") or st.start >= lead:
            continue
        head = st.quote[:60]
        start = text.rfind(head, max(0, st.start - MAX_SENTENCE), st.start + len(head)) if head else -1
        if start < 0:
            continue
        found = _FOLLOW_UP_AFTER.search(text, start, st.start)
        if found is None or any(
            o is not st and o.outcome in ("killed", "injured") and start <= o.start < found.start() for o in statements
        ):
            continue  # (the main clause counts people of its own)
        if " after " in found["event"] or " since " in found["event"]:
            continue
        main = {w.strip(".,;:'’\"()").lower() for w in text[start : found.start()].split()}
        if found["det"].lower() != "the" and not main.isdisjoint(_ONE_EVENTS):
            continue  # (the main clause names an event of its own: the clause's is another)
        out = out if out is not statements else list(statements)
        out[n] = replace(st, scope="incident")
    return out


#: "Those" and a plural noun of events: "Those blasts killed 39 people", "said those blasts killed at least 20"
#: (the lexicon's plural_events of the sentence before, told back).
_THOSE_EVENTS: Final = compiled.compile(
    r"\b[Tt]hose\s+(?:[a-z-]+\s+)?(?:" + alternation(lexicon().plural_events) + r")\b"
)


def _those_at(text: str) -> list[int]:
    """Where :data:`_THOSE_EVENTS` matches in ``text``: asked only where "hose " stands (str.find), not by a
    search of the whole text ("those " is in many reports; the search cost more than the rule's other work)."""
    found: list[int] = []
    i = text.find("hose ", 1)
    while i != -1:
        if _THOSE_EVENTS.match(text, i - 1) is not None:
            found.append(i - 1)
        i = text.find("hose ", i + 5)
    return found


def _those_events_told_before(text: str, statements: list[Statement]) -> list[Statement]:
    """ "The strike came at the end of a week in which thousands of pagers exploded across Lebanon. Those blasts
    killed 39 people and wounded nearly 3,000": "those" and a plural noun of events tell the events of the
    sentence before, after the report has told its own toll; where that sentence counts no one, they are other
    events than the report's, and the figures after them in their sentence are theirs (a second wave's, a
    week's). Not where the sentence before gives the figures of the events told back ("Two bombs exploded,
    killing 20. Those blasts also wounded 50" are the report's own)."""
    out = statements
    for at in _those_at(text):
        opens = sentence_open(text, at)
        before = sentence_open(text, text_end_before(text, opens))
        told = [st for st in out if st.outcome in ("killed", "injured") and st.best and st.scope == "incident"]
        if not any(st.start < before for st in told) or any(
            before <= st.start < opens and st.best is not None for st in out
        ):
            continue  # (no own toll told before, or the sentence before counts people)
        end = sentence_close(text, at)
        out = [replace(st, scope="cumulative") if at <= st.start < end and st.scope == "incident" else st for st in out]
    return out


def _the_event_told_back_at(text: str) -> list[tuple[int, str]]:
    """Where "in the" or "during the" and a noun of :data:`_THE_EVENT_TOLD_BACK` stand (as
    ``\\b(?:in|during)\\s+the\\s+(NOUN)\\b``), each with its noun: found from "the" and its noun, then the word
    before asked by hand (white space, then "in" or "during" with no word character before it)."""
    found: list[tuple[int, str]] = []
    for m in _THE_EVENT_TOLD_BACK.finditer(text):
        j = m.start()
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j == m.start():
            continue
        for word in ("in", "during"):
            s = j - len(word)
            if s >= 0 and text.startswith(word, s) and (s == 0 or not (text[s - 1].isalnum() or text[s - 1] == "_")):
                found.append((s, m.group(1)))
                break
    return found


def _the_event_told_before(text: str, statements: list[Statement]) -> list[Statement]:
    """ "At least 200 people were killed during the two days of fighting last week. Azerbaijan's Defence Ministry
    has said 192 of its soldiers were killed in the operation": a sentence right after one whose every figure is
    another event's (a running total, a recalled or separate event), past the report's own toll, that tells its
    figures "in the" or "during the" and a noun of an armed forces' event the report's opening does not name
    (:data:`_THE_EVENT_TOLD_BACK`), tells that other event again: its figures are that event's. Not where the
    opening names the noun ("in the fighting", in a report of the fighting, is the report's own). Asked only of
    reports with another event's figure, at the places the pattern finds (one search of the text)."""
    apart = [st for st in statements if st.scope in ("cumulative", "separate") and st.best]
    if not apart:
        return statements  # (most reports: no other event's figure)
    out = statements
    for at, noun in _the_event_told_back_at(text):
        opens = sentence_open(text, at, max(0, at - MAX_SENTENCE))
        end = sentence_close(text, opens)
        here = [st for st in out if opens <= st.start < end and st.scope == "incident" and st.best
                and st.outcome in ("killed", "injured")]
        if not here or _lead_names(text, opens, noun):
            continue
        before = sentence_open(text, text_end_before(text, opens), max(0, opens - MAX_SENTENCE))
        if not any(before <= a.start < opens for a in apart) or any(
            before <= x.start < opens and x.scope == "incident" and x.best is not None for x in out
        ) or not any(x.scope == "incident" and x.best and x.start < before for x in out):
            continue  # (no other event's figure just before, or the report's own, or no own toll before)
        out = [replace(x, scope="cumulative") if opens <= x.start < end and x.scope == "incident" else x for x in out]
    return out


def _day_tally_after_the_lead(text: str, statements: list[Statement]) -> list[Statement]:
    """A day's tally told after the report's own toll: a killed or injured figure whose sentence spans the last
    day (:data:`_DAY_TALLY`), told in a later sentence than the report's first toll (which does not), is the
    day's running total over many attacks, beside the one strike the report leads with (a region's or a
    ministry's daily bulletin). Not in a report of a natural hazard, whose day tally is the toll."""
    told = [st for st in statements if st.outcome in ("killed", "injured") and st.best and st.scope == "incident"]
    if len(told) < 2 or _spans_a_day(told[0].quote):
        return statements
    tallies = {
        id(st) for st in told
        if st.quote != told[0].quote and _spans_a_day(st.quote)
        and _TOLD_TO.search(text, max(0, st.start - 12), st.start) is None
        and _TOLD_MORE.match(text, st.end) is None
    }
    if not tallies or lead_names_a_natural_hazard(text):
        return statements
    return [replace(st, scope="cumulative") if id(st) in tallies else st for st in statements]


#: The one-word cues of a toll told down ([context] revision_down and direction_down): "revised the toll down to 84"
_TOLD_DOWN: Final = frozenset(
    w for w in [*lexicon_data()["context"]["revision_down"], *lexicon_data()["context"]["direction_down"]] if " " not in w
) - {"cut", "lower"}  # (words of other uses too: "villages cut off by mud", "the lower floors")

def _told_before_figure(text: str, st: Statement) -> str:
    """The words of ``st``'s quote before its figure."""
    opens = text.rfind(st.quote[:40], max(0, st.start - len(st.quote)), st.start + 1)
    return st.quote[: st.start - opens] if opens >= 0 else st.quote


#: A figure in digits ("1,500")
_DIGITS: Final = re.compile(r"\d[\d,]*\d|\d")
#: Verbs of killing that end in "down" ("gunned down", "mowed down"): no toll told down
_KILLED_DOWN: Final = re.compile(r"\b(?:gun|guns|gunned|gunning|mow|mowed|mown|mowing|shot|laid|cut|struck)\s+down\b")


def _revised_down_past(text: str, statements: list[Statement]) -> list[Statement]:
    """A toll revised down in a later sentence ("by 31 January they were putting it at 101 ... Two days later, the
    police chief revised the toll down to 84, saying some victims had been counted twice"): the larger figures of
    its outcome told before it are the history it corrects, as an earlier figure is ("It had earlier put the
    toll at 11"): they go, and the last of them is the revision's ``previous``. (A toll's rise needs no such
    pass: the largest figure is the report's.)"""
    downs = [st for st in statements if st.scope == "incident" and st.revision is not None
             and st.revision.direction == "down" and st.best is not None
             # (told down in words before the figure: not a figure below an earlier one the paragraph gave, "Among
             # the dead was X", nor "reported 131 deaths, as rescuers reached villages cut off by mud")
             and not _TOLD_DOWN.isdisjoint(_WORDS.findall(_KILLED_DOWN.sub(" ", _told_before_figure(text, st).lower())))]
    if not downs:
        return statements
    gone: dict[int, int] = {}  # id of a corrected figure -> its best
    revised: dict[int, Statement] = {}
    for down in downs:
        # (not a figure the revising sentence tells itself: "Iran revised down the number of people killed ... to 84"
        # under a headline's 84, whose stray 1 is no toll told down)
        told = {int(n.replace(",", "")) for n in _DIGITS.findall(down.quote)}
        before = [st for st in statements if st.scope == "incident" and st.outcome == down.outcome
                  and st.end <= down.start and st.quote != down.quote and st.best is not None and st.best > (down.best or 0)
                  and st.best not in told]
        for st in before:
            gone[id(st)] = st.best or 0
        if before and down.revision is not None and down.revision.previous is None:
            revised[id(down)] = replace(down, revision=Revision("down", before[-1].best))
    if not gone:
        return statements
    return [revised.get(id(st), st) for st in statements if id(st) not in gone]


#: A broadcast's recap of its own toll before the colon that opens its figures ([earlier] recaps): "To recap:",
#: "So, to update our viewers:", "Summary of the day:", "the host recaps:", "So, the latest figure from the ministry:"
_RECAPS: Final = tuple(lexicon_data()["earlier"]["recaps"])
_RECAP: Final = compiled.compile(r"\b" + alternation(list(_RECAPS)) + r"\b[^:.;!?]{0,60}:")
#: Words of a running total that keep a recap's figure what its sentence makes it ([earlier] recap_totals)
_RECAP_TOTALS: Final = compiled.compile(r"\b" + alternation(list(lexicon_data()["earlier"]["recap_totals"])) + r"\b")


def _recap_holds_the_toll(text: str, statements: list[Statement]) -> list[Statement]:
    """A broadcast's or a newsletter's recap of its own toll ("To recap: six people killed and 81 wounded in the
    bomb attack", "So, to update our viewers: 31 people killed ... in the attacks at the airport and the metro
    station", "Summary of the day: ... 50 killed, 98 wounded"), the last sentence that tells a figure of its
    outcome, gives the report's toll of that outcome: its figure told as read (exact or "at least") is the
    report's own, not a sum over the events its plural names ("in the attacks", "by the earthquakes"), and the
    larger figures of that outcome told before it are figures it no longer holds (one corrected on air, one it
    revised down) or another event's (a war's, an attack recalled in passing): they go, as an earlier figure
    does. Not a recap that tells a running total ("since", "in total", "across"), nor one of a named group
    ("To recap: three police officers killed") over the others' figures."""
    recaps = [st for st in statements if ":" in st.quote and st.best is not None and st.derivation is None
              and st.scope in ("incident", "cumulative") and st.qualifier in ("exact", "at least")]
    if not recaps:
        return statements
    quotes = {st.quote.lower() for st in recaps}
    if not any(cue in quote for quote in quotes for cue in _RECAPS):
        return statements  # (a cue's word in no quote with a colon: no search)
    held: dict[str, Statement] = {}
    for st in recaps:
        before = _told_before_figure(text, st).lower()
        m = _RECAP.search(before)
        if m is None or _RECAP_TOTALS.search(st.quote.lower()) is not None:
            continue
        later = [o for o in statements if o.outcome == st.outcome and o.start > st.end and o.quote != st.quote
                 and o.scope == "incident"]
        if later:
            continue  # (not the last sentence to tell the outcome: a recap in passing)
        if st.outcome not in held or (held[st.outcome].best or 0) < (st.best or 0):
            held[st.outcome] = st
    if not held:
        return statements
    kept: list[Statement] = []
    for st in statements:
        recap = held.get(st.outcome)
        if recap is not None and st.quote == recap.quote and st.scope == "cumulative" and st.best == recap.best:
            kept.append(replace(st, scope="incident"))
        elif (recap is not None and st.scope == "incident" and st.end <= recap.start and st.quote != recap.quote
              and st.best is not None and st.best > (recap.best or 0) and not _summed_in(st, recap)
              # (a recap of one group, "To recap: three police officers killed", holds no whole toll)
              and (recap.victims is None or recap.victims in GENERIC_PEOPLE or recap.victims == st.victims)):
            continue  # a figure the recap no longer holds
        else:
            kept.append(st)
    return kept


def _summed_in(st: Statement, recap: Statement) -> bool:
    """Is ``st`` a report's sum of groups ("sum of 241 and 19: separate groups") whose every part the recap's
    sentence tells ("241 of the 242 people on board were killed, and at least 19 on the ground"): the recap told
    in parts, not a figure it no longer holds?"""
    if st.derivation is None or not st.derivation.startswith("sum of"):
        return False
    told = {n.replace(",", "") for n in _DIGITS.findall(recap.quote)}
    return {n.replace(",", "") for n in _DIGITS.findall(st.derivation.split(":")[0])} <= told


#: Verbs of a document's issue before a date that dates it, not the dead ([cumulative] publication_verbs): "a report
#: published in May 2023"
_PUBLICATION_VERBS: Final = tuple(lexicon_data()["cumulative"]["publication_verbs"])
_PUBLICATION_VERBS_ONE: Final = [[w] for w in _PUBLICATION_VERBS]
#: Words of a background figure ([cumulative] background_signs) and how many times the report's first toll of
#: its outcome such a figure is at least ([cumulative] far_above)
_BACKGROUND_SIGNS: Final = frozenset(lexicon_data()["cumulative"]["background_signs"])
_FAR_ABOVE: Final = int(lexicon_data()["cumulative"]["far_above"])
_FAR_ABOVE_LEAST: Final = int(lexicon_data()["cumulative"]["far_above_least"])


def _far_above_the_lead(text: str, statements: list[Statement]) -> list[Statement]:
    """A background figure: a count of an outcome at least ``_FAR_ABOVE`` times the report's first toll of that
    outcome, told in a later paragraph, whose sentence holds a word of a background figure (a past perfect's
    "had", "estimated", "recorded", "counted", a war) and revises no toll, is a running total (the war's, the
    year's, a monitor's), as features tell it after their lead ("The strike killed Alareer and six of his family.
    ... By early 2024 officials said more than 90 professors had been killed"). Not in a natural hazard's report,
    whose tolls grow by as much."""
    first: dict[str, Statement] = {}
    for st in statements:
        if st.scope == "incident" and st.best and st.outcome not in first and st.victims != "self":
            first[st.outcome] = st  # (not a suicide bomber's own death, told first as often as not)
    far = {
        id(st) for st in statements
        if st.scope == "incident" and st.best and st.outcome in first
        and st.best >= max(_FAR_ABOVE * (first[st.outcome].best or 0), _FAR_ABOVE_LEAST) and st.revision is None
        and st.start > first[st.outcome].end
    }
    if not far:
        return statements
    far = {
        id(st) for st in statements if id(st) in far
        and not _BACKGROUND_SIGNS.isdisjoint(_WORDS.findall(st.quote.lower()))
        and _PARAGRAPH_END.search(text, first[st.outcome].end, st.start) is not None
    }
    if not far or lead_names_a_natural_hazard(text):
        return statements
    return [replace(st, scope="cumulative") if id(st) in far else st for st in statements]


#: A toll told over a land named by its name, right after the outcome's verb: "224 people had been killed in
#: Iran" (a possessive names a part of it: "killed in Nigeria's northwest" is no whole country), or after
#: an active verb's count and its people, in small letters: "the strikes have killed at least 224 people in Iran",
#: "were killed in violence in Iraq" (not past a place's word: "killed near his home in Denmark" is a town's)
_IN_A_NAMED_LAND: Final = compiled.compile(
    r"\b(?:killed|died|dead|wounded|injured)\s+"
    r"(?:(?:at\s+least|(?!(?:near|at|outside|inside|by|on|from|to|his|her|their|its|the|a|an|home)\s)[a-z\d,]+)\s+){0,4}?"
    r"in\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b(?![\w'’-])"
)


def _a_countrys_tally_past_the_lead(text: str, statements: list[Statement]) -> list[Statement]:
    """A toll over a whole country named by its name ("Iran's health ministry said that at least 224 people had
    been killed in Iran"; a country as :func:`casualty_cli.places.is_region` knows it) past a lead that tells a
    count of the dead and names no such land is that country's running total, as one "in the country" is: the
    other side's, or the war's, beside the lead's one strike. Not in a natural hazard's report (its land is its
    own), nor a country the headline or lead names ("... in Iraq" after a lead in Baghdad, Iraq)."""
    lead = headline_and_lead_end(text)
    if "in " not in text[lead:] or not any(
        st.outcome == "killed" and st.scope == "incident" and st.best and st.start < lead for st in statements
    ):
        return statements
    found = {
        id(st): m for st in statements
        if st.scope == "incident" and st.start >= lead and st.best and (m := _IN_A_NAMED_LAND.search(st.quote))
    }
    if not found or lead_names_a_natural_hazard(text):  # (the hazard asked last: the dearer question)
        return statements
    out = []
    for st in statements:
        m = found.get(id(st))
        if m is not None and _a_country_not_in(m.group(1), text[:lead]):
            st = replace(st, scope="cumulative")
        out.append(st)
    return out


def _a_country_not_in(name: str, lead: str) -> bool:
    """Is ``name`` a country's or a wide region's (not a town's), and not named in ``lead``?"""
    from casualty_cli.places import is_region, place_key  # (babel's names, read once, only when asked)

    return re.search(r"\b" + re.escape(name) + r"\b", lead) is None and is_region(place_key(name))


_MONTH_NAMES: Final = "|".join(sorted((m for m in MONTHS if len(m) > 3), key=lambda m: (-len(m), m)))
#: An incident tracker's entry: a line that opens with a full calendar day and a colon ("04 February 2024: In
#: Songho village, ...", "March 3, 2021: Gunmen ...")
_TRACKER_ENTRY: Final = compiled.compile(
    r"[ \t]*(?:\d{1,2}[ \t]+(?:" + _MONTH_NAMES + r")[ \t]+\d{4}|(?:" + _MONTH_NAMES + r")[ \t]+\d{1,2},[ \t]*\d{4}):[ \t]+\S",
    re.I,
)
#: The end of a paragraph: an empty line
_PARAGRAPH_END: Final = compiled.compile(r"\n[ \t]*\n")


def _tracker_first_entry(text: str, statements: list[Statement]) -> list[Statement]:
    """An incident tracker's or a news brief's statements: where two lines or more open with a full calendar
    day and a colon, each an entry of its own incident ("04 February 2024: In Songho village, an ambulance
    struck an explosive device ... 20 February 2024: In El Obeid, shelling hit the hospital, killing three"),
    the report's own incident is the first entry's; the later entries tell other incidents (scope
    ``separate``), and what follows their paragraphs (a month's summary) is a running total. A later entry
    that revises a toll ("the toll rose to 41") tells the same incident on and is left as read."""
    if "\n" not in text:
        return statements
    entries: list[int] = []
    # Each line's start looked at once (a search over the whole text costs more), and only a line with a
    # colon: nothing before an entry's colon crosses a line's end. (``re`` tried the month names at each of
    # 76,000 lines of gvc-dev, 3,200 instructions a line, compiled; the colons are on few.)
    colon = text.find(":")
    while colon >= 0:
        line = text.rfind("\n", 0, colon) + 1
        if _TRACKER_ENTRY.match(text, line) is not None:
            entries.append(line)
        end = text.find("\n", colon)
        colon = text.find(":", end + 1) if end >= 0 else -1
    if len(entries) < 2:
        return statements
    last = _PARAGRAPH_END.search(text, entries[-1])
    after = last.start() if last is not None else len(text)
    out = []
    for st in statements:
        if st.scope == "incident" and st.start >= entries[1] and st.revision is None:
            st = replace(st, scope="separate" if st.start < after else "cumulative")
        out.append(st)
    return out


def _judged(statements: list[Statement]) -> list[Statement]:
    """The statements, each with ``denies`` (whether its quote disputes another figure: conflicts read it
    from the store without loading the reader). The reader judged those it read, once a sentence; the
    rest (the NWS fatality codes) are judged on their quotes here."""
    for s in statements:
        if s.denies is None:
            s.denies = C.disputes(s.quote)
    return statements


def _distinct(statements: list[Statement]) -> list[Statement]:
    """The statements, each once: two readers may read one figure of one span alike ("Six of the wounded
    are in critical condition": the participle and the condition), and a report says it once."""
    at: dict[tuple[int, int, str], list[Statement]] = {}
    out = []
    for s in statements:
        same_span = at.setdefault((s.start, s.end, s.outcome), [])
        if s not in same_span:  # (a dataclass's ==: every field)
            same_span.append(s)
            out.append(s)
    return out
